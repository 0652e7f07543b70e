//! The trained packs ([`crate::packs`]): a text whose language has a pack is read by it, in
//! place of VADER, unless it has nothing to read (`no_text`).
//!
//! A pack gives the `sentiment` label and its `sentiment_method`, and leaves `neg`, `neu`,
//! `pos` and `compound` null: its classes are the annotators' judgement of whole tweets, not
//! VADER's sums of word valences, so no compound exists to report (a softmax probability is
//! not one, and averaging it with VADER's would mix two scales). Its status is `scored`.

use rayon::prelude::*;

use super::{FilledColumn, ReactionText, Scorer, Scores};
use crate::packs;
use crate::SentimentStatus;

/// Fills `sentiment`, `sentiment_method` and `sentiment_status` for texts in a pack's
/// language.
pub struct PackScorer;

impl Scorer for PackScorer {
    fn columns(&self) -> &[FilledColumn] {
        // The columns VADER declares; a pack writes some of them for other texts.
        &[]
    }

    fn score(&self, batch: &[ReactionText<'_>], scores: &mut Scores) {
        let labels: Vec<Option<(&'static packs::Pack, crate::SentimentLabel)>> = batch
            .par_iter()
            .zip(&scores.status)
            .map(|(text, status)| {
                let pack = packs::for_lang(text.lang?)?;
                (*status != SentimentStatus::NoText).then(|| (pack, pack.label(text.text)))
            })
            .collect();
        for (row, found) in labels.into_iter().enumerate() {
            if let Some((pack, label)) = found {
                scores.status[row] = SentimentStatus::Scored;
                scores.polarity[row] = None;
                scores.label[row] = Some(label);
                scores.method[row] = Some(pack.method);
            }
        }
    }
}
