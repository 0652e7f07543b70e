//! Stance toward every configured target, by a [`StanceJudge`]: no stance is claimed in a
//! text no sentiment scorer could read (rule `unreadable`).

use rayon::prelude::*;

use super::{FilledColumn, ReactionText, Scorer, Scores};
use crate::StanceJudge;

/// Fills the `stance` table: a judgement per reaction and target.
pub struct StanceScorer<'a> {
    judge: StanceJudge<'a>,
}

impl<'a> StanceScorer<'a> {
    /// Judges with `judge`'s targets, rules and model.
    pub fn new(judge: StanceJudge<'a>) -> Self {
        StanceScorer { judge }
    }
}

impl Scorer for StanceScorer<'_> {
    fn columns(&self) -> &[FilledColumn] {
        const COLUMNS: &[FilledColumn] = &[
            FilledColumn::stance("target"),
            FilledColumn::stance("stance"),
            FilledColumn::stance("confidence"),
            FilledColumn::stance("method"),
            FilledColumn::stance("rule"),
            FilledColumn::stance("alias"),
            FilledColumn::stance("evidence"),
        ];
        COLUMNS
    }

    fn score(&self, batch: &[ReactionText<'_>], scores: &mut Scores) {
        batch
            .par_iter()
            .zip(&scores.status)
            .map(|(text, status)| self.judge.judge_with_status(text.text, *status))
            .collect_into_vec(&mut scores.stance);
    }
}
