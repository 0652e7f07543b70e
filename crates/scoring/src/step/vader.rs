//! VADER's scores, identical to vaderSentiment 3.3.2's, for the texts the scorers before it
//! left readable.

use rayon::prelude::*;

use super::{FilledColumn, ReactionText, Scorer, Scores};
use crate::{SentimentAnalyzer, SentimentStatus};

/// Fills `neg`, `neu`, `pos`, `compound`, the `sentiment` label and the `sentiment_method` of
/// every readable text.
pub struct VaderScorer<'a> {
    analyzer: &'a SentimentAnalyzer,
}

impl<'a> VaderScorer<'a> {
    /// Scores with `analyzer`.
    pub fn new(analyzer: &'a SentimentAnalyzer) -> Self {
        VaderScorer { analyzer }
    }
}

impl Scorer for VaderScorer<'_> {
    fn columns(&self) -> &[FilledColumn] {
        const COLUMNS: &[FilledColumn] = &[
            FilledColumn::reactions("neg"),
            FilledColumn::reactions("neu"),
            FilledColumn::reactions("pos"),
            FilledColumn::reactions("compound"),
            FilledColumn::reactions("sentiment"),
            FilledColumn::reactions("sentiment_method"),
        ];
        COLUMNS
    }

    fn score(&self, batch: &[ReactionText<'_>], scores: &mut Scores) {
        batch
            .par_iter()
            .zip(&scores.status)
            .map(|(text, status)| {
                (*status == SentimentStatus::Scored)
                    .then(|| self.analyzer.polarity_scores(text.text))
            })
            .collect_into_vec(&mut scores.polarity);
        for ((polarity, label), method) in scores
            .polarity
            .iter()
            .zip(&mut scores.label)
            .zip(&mut scores.method)
        {
            if let Some(polarity) = polarity {
                *label = Some(polarity.label());
                *method = Some(self.analyzer.pack().method());
            }
        }
    }
}
