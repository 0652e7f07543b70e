//! Whether VADER can read a text (`sentiment_status`), by the rule of
//! [`crate::sentiment::Readability`]: text it cannot read is marked, never scored as neutral.

use rayon::prelude::*;

use super::{FilledColumn, ReactionText, Scorer, Scores};
use crate::SentimentAnalyzer;

/// Fills `sentiment_status` for every text.
pub struct ReadabilityScorer<'a> {
    analyzer: &'a SentimentAnalyzer,
}

impl<'a> ReadabilityScorer<'a> {
    /// Counts words with `analyzer`'s lexicons.
    pub fn new(analyzer: &'a SentimentAnalyzer) -> Self {
        ReadabilityScorer { analyzer }
    }
}

impl Scorer for ReadabilityScorer<'_> {
    fn columns(&self) -> &[FilledColumn] {
        const COLUMNS: &[FilledColumn] = &[FilledColumn::reactions("sentiment_status")];
        COLUMNS
    }

    fn score(&self, batch: &[ReactionText<'_>], scores: &mut Scores) {
        batch
            .par_iter()
            .map(|text| self.analyzer.readability(text.text).status())
            .collect_into_vec(&mut scores.status);
    }
}
