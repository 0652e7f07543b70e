//! The VADER-format language packs: Portuguese (LeIA) and French (vaderSentiment-fr) texts
//! scored as their reference packages score them, after English VADER.

use rayon::prelude::*;

use super::{FilledColumn, ReactionText, Scorer, Scores};
use crate::{LanguagePack, SentimentAnalyzer, SentimentStatus};

/// Scores every text whose language has a VADER-format pack other than English, unless it
/// has no text to score: `sentiment_status` becomes `scored` and `neg`, `neu`, `pos`,
/// `compound` (so the `sentiment` label, by the same threshold as English) come from the
/// pack, with its `sentiment_method`. The texts' language, not the English readability rule,
/// decides: a Portuguese
/// comment is read by LeIA whether or not it shares enough words with English.
pub struct VaderPackScorer {
    packs: Vec<&'static SentimentAnalyzer>,
}

impl VaderPackScorer {
    /// The Portuguese and French packs, built on first use and shared by the process.
    pub fn new() -> Self {
        let packs = [LanguagePack::Portuguese, LanguagePack::French]
            .into_iter()
            .map(SentimentAnalyzer::shared_pack)
            .collect();
        VaderPackScorer { packs }
    }

    fn analyzer_for(&self, lang: Option<&str>) -> Option<&'static SentimentAnalyzer> {
        let pack = LanguagePack::for_lang(lang?)?;
        self.packs.iter().copied().find(|a| a.pack() == pack)
    }
}

impl Default for VaderPackScorer {
    fn default() -> Self {
        Self::new()
    }
}

impl Scorer for VaderPackScorer {
    /// None of its own: it fills again, for its languages' texts, the columns the readability
    /// and VADER scorers declare, and a column is listed once.
    fn columns(&self) -> &[FilledColumn] {
        &[]
    }

    fn score(&self, batch: &[ReactionText<'_>], scores: &mut Scores) {
        batch
            .par_iter()
            .zip(scores.status.par_iter_mut())
            .zip(scores.polarity.par_iter_mut())
            .zip(scores.label.par_iter_mut())
            .zip(scores.method.par_iter_mut())
            .for_each(|((((text, status), polarity), label), method)| {
                let Some(analyzer) = self.analyzer_for(text.lang) else {
                    return;
                };
                if *status != SentimentStatus::NoText {
                    let scored = analyzer.polarity_scores(text.text);
                    *status = SentimentStatus::Scored;
                    *polarity = Some(scored);
                    *label = Some(scored.label());
                    *method = Some(analyzer.pack().method());
                }
            });
    }
}
