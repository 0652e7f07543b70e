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
///
/// A pack is built the first time a text of its language comes (and then shared by the
/// process): building one parses its lexicons and makes its word tables, which cost a run
/// with no Portuguese or French text as much as scoring thousands of texts.
#[derive(Default)]
pub struct VaderPackScorer;

impl VaderPackScorer {
    /// The scorer of the Portuguese and French packs, each built on first use.
    pub fn new() -> Self {
        VaderPackScorer
    }

    fn analyzer_for(&self, lang: Option<&str>) -> Option<&'static SentimentAnalyzer> {
        match LanguagePack::for_lang(lang?)? {
            LanguagePack::English => None,
            pack @ (LanguagePack::Portuguese | LanguagePack::French) => {
                Some(SentimentAnalyzer::shared_pack(pack))
            }
        }
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
