//! Each sentiment method's measured accuracy, from one place: what the report's method table
//! shows beside the reactions each method read, so that an analyst knows how far to trust
//! each figure. Nothing here is typed in by hand:
//!
//! - a trained pack's figures are those `make train-sentiment` measured on its official
//!   AfriSenti test set ([`Pack::metrics`]);
//! - the VADER-format packs' are in `data/vader-accuracy.jsonl`, written by `reactions
//!   sentiment eval --write-vader-accuracy` (`make eval-sentiment`) with [`measure_vader_tweets`]
//!   (English, on the VADER paper's human-rated tweets) and [`measure_labelled`] (LeIA, on
//!   AfriSenti's Mozambican Portuguese test tweets);
//! - a method with no labelled test set here (vaderSentiment-fr) is [`Accuracy::NotMeasured`],
//!   with the reason, never a made-up number.
//!
//! A VADER-format pack's label is its compound read by [`SentimentLabel::from_compound`], as
//! the dataset's `sentiment` column has it. Figures are 0–100, rounded to two decimals.

use textcat::data::Labelled;
use textcat::metrics::Evaluation;

use crate::packs::{self, Pack, PACKS};
use crate::{LanguagePack, SentimentAnalyzer, SentimentLabel};

/// The VADER-format packs' measured figures, one [`Measured`] as JSON a line.
pub const VADER_ACCURACY: &str = include_str!("../data/vader-accuracy.jsonl");

/// The test set LeIA is measured on.
pub const PORTUGUESE_TEST_SET: &str = "AfriSenti-SemEval 2023 test, Mozambican Portuguese tweets";

/// The test set English VADER is measured on.
pub const ENGLISH_TEST_SET: &str =
    "VADER paper's tweets (Hutto & Gilbert 2014), human mean rating / 4 at ±0.05";

/// A method's figures on a labelled test set.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Measured {
    /// The `sentiment_method` measured.
    pub method: String,
    /// What it was measured on, for people.
    pub test_set: String,
    /// Texts in the test set.
    pub texts: usize,
    /// Weighted F1 over positive, neutral and negative, 0–100 (the AfriSenti shared task's
    /// metric).
    pub weighted_f1: f64,
    /// Share of texts labelled as the test set labels them, 0–100.
    pub accuracy: f64,
}

/// How far a method has been measured.
#[derive(Debug, Clone, PartialEq)]
pub enum Accuracy {
    /// Its figures on a labelled test set.
    Measured(Measured),
    /// Not measured, and why.
    NotMeasured {
        /// Why, for people.
        reason: &'static str,
    },
}

/// Why vaderSentiment-fr has no figure.
const FRENCH_NOT_MEASURED: &str = "not measured: no labelled French test set is vendored here";

/// Every method the scoring step can record, in the order the step runs them: the
/// VADER-format packs, then the trained packs.
pub fn methods() -> impl Iterator<Item = &'static str> {
    LanguagePack::ALL
        .into_iter()
        .map(LanguagePack::method)
        .chain(PACKS.iter().map(|pack| pack.method))
}

/// The accuracy of the method the dataset's `sentiment_method` names; `None` for a name no
/// shipped method has (a dataset written by another version).
pub fn of_method(method: &str) -> Option<Accuracy> {
    if let Some(pack) = PACKS.iter().find(|pack| pack.method == method) {
        return Some(of_pack(pack));
    }
    let pack = LanguagePack::ALL
        .into_iter()
        .find(|pack| pack.method() == method)?;
    let recorded = VADER_ACCURACY
        .lines()
        .filter_map(|line| serde_json::from_str::<Measured>(line).ok())
        .find(|measured| measured.method == method);
    Some(match (recorded, pack) {
        (Some(measured), _) => Accuracy::Measured(measured),
        (None, LanguagePack::French) => Accuracy::NotMeasured {
            reason: FRENCH_NOT_MEASURED,
        },
        (None, _) => Accuracy::NotMeasured {
            reason: "not measured: its figures are missing from data/vader-accuracy.jsonl",
        },
    })
}

fn of_pack(pack: &Pack) -> Accuracy {
    match pack.metrics().and_then(|report| report.test) {
        Some(test) => Accuracy::Measured(Measured {
            method: pack.method.to_string(),
            test_set: format!("AfriSenti-SemEval 2023 test, {} tweets", pack.language),
            texts: test.texts,
            weighted_f1: test.weighted_f1,
            accuracy: test.accuracy,
        }),
        None => Accuracy::NotMeasured {
            reason: "not measured: training recorded no test figures",
        },
    }
}

/// Why a test set could not be read.
#[derive(Debug, thiserror::Error)]
pub enum MeasureError {
    /// A line that is not `id<TAB>human_mean<TAB>text…`, or whose rating is not a number.
    #[error("{origin}, line {line}: {reason}")]
    Line {
        /// The file.
        origin: String,
        /// Its line, from 1.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A gold label that is not positive, neutral or negative.
    #[error("{origin}: label {label:?} is not positive, neutral or negative")]
    Label {
        /// The file.
        origin: String,
        /// The label.
        label: String,
    },
    /// No text to measure on.
    #[error("{origin} has no labelled texts")]
    Empty {
        /// The file.
        origin: String,
    },
}

fn class(label: SentimentLabel) -> usize {
    match label {
        SentimentLabel::Negative => 0,
        SentimentLabel::Neutral => 1,
        SentimentLabel::Positive => 2,
    }
}

fn figures(
    method: &str,
    test_set: &str,
    pairs: Vec<(usize, usize)>,
    origin: &str,
) -> Result<Measured, MeasureError> {
    if pairs.is_empty() {
        return Err(MeasureError::Empty {
            origin: origin.to_string(),
        });
    }
    let texts = pairs.len();
    let evaluation = Evaluation::new(3, pairs);
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    Ok(Measured {
        method: method.to_string(),
        test_set: test_set.to_string(),
        texts,
        weighted_f1: round2(100.0 * evaluation.weighted_f1()),
        accuracy: round2(100.0 * evaluation.accuracy()),
    })
}

/// `analyzer`'s labels against `rows`' gold labels (AfriSenti's TSV, [`packs::parse_tsv`]).
pub fn measure_labelled(
    analyzer: &SentimentAnalyzer,
    rows: &[Labelled],
    test_set: &str,
    origin: &str,
) -> Result<Measured, MeasureError> {
    let pairs = rows
        .iter()
        .map(|row| {
            let gold = packs::label_of(&row.label).ok_or_else(|| MeasureError::Label {
                origin: origin.to_string(),
                label: row.label.clone(),
            })?;
            let predicted = analyzer.polarity_scores(&row.text).label();
            Ok((class(gold), class(predicted)))
        })
        .collect::<Result<Vec<_>, MeasureError>>()?;
    figures(analyzer.pack().method(), test_set, pairs, origin)
}

/// The gold label of a tweet whose raters' mean is `human_mean` on the VADER paper's scale
/// (−4 to +4): the mean scaled to VADER's −1 to +1 and read with the one threshold the
/// dataset reads a compound with, so that gold and prediction are cut alike.
pub fn human_label(human_mean: f64) -> SentimentLabel {
    SentimentLabel::from_compound(human_mean / 4.0)
}

/// English VADER on the VADER paper's tweets (`tweets.tsv`: `id`, `human_mean`, `text`, …,
/// a header line first): every tweet scored, its label against [`human_label`].
pub fn measure_vader_tweets(
    analyzer: &SentimentAnalyzer,
    tsv: &str,
    origin: &str,
) -> Result<Measured, MeasureError> {
    let error = |line: usize, reason: String| MeasureError::Line {
        origin: origin.to_string(),
        line,
        reason,
    };
    let mut pairs = Vec::new();
    for (index, line) in tsv.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(_id), Some(mean), Some(text)) = (fields.next(), fields.next(), fields.next())
        else {
            return Err(error(index + 1, "fewer than three columns".into()));
        };
        let mean: f64 = mean
            .trim()
            .parse()
            .map_err(|e| error(index + 1, format!("human_mean {mean:?}: {e}")))?;
        let predicted = analyzer.polarity_scores(text).label();
        pairs.push((class(human_label(mean)), class(predicted)));
    }
    figures(analyzer.pack().method(), ENGLISH_TEST_SET, pairs, origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_method_has_an_accuracy_or_a_reason() {
        for method in methods() {
            match of_method(method).expect(method) {
                Accuracy::Measured(measured) => {
                    assert_eq!(measured.method, method);
                    assert!(measured.texts > 0 && (0.0..=100.0).contains(&measured.accuracy));
                }
                Accuracy::NotMeasured { reason } => {
                    assert_eq!(method, "vader-fr", "{reason}");
                }
            }
        }
        assert_eq!(of_method("no-such-method"), None);
    }

    #[test]
    fn a_trained_packs_accuracy_is_its_training_report() {
        let pack = packs::for_lang("ha").unwrap();
        let test = pack.metrics().unwrap().test.unwrap();
        let Some(Accuracy::Measured(measured)) = of_method("afrisenti-ha") else {
            panic!("the Hausa pack is measured");
        };
        assert_eq!(
            (measured.weighted_f1, measured.accuracy, measured.texts),
            (test.weighted_f1, test.accuracy, test.texts)
        );
        assert!(measured.test_set.contains("Hausa"), "{measured:?}");
    }

    #[test]
    fn leias_committed_figures_are_what_the_vendored_test_set_gives() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/afrisenti/tsv/pt_test.tsv"
        );
        let rows = packs::parse_tsv(&std::fs::read(path).unwrap(), path).unwrap();
        let analyzer = SentimentAnalyzer::shared_pack(LanguagePack::Portuguese);
        let measured = measure_labelled(analyzer, &rows, PORTUGUESE_TEST_SET, path).unwrap();
        assert_eq!(
            of_method("vader-pt-leia"),
            Some(Accuracy::Measured(measured))
        );
    }

    #[test]
    fn the_human_scale_is_cut_at_the_same_threshold() {
        assert_eq!(human_label(0.2), SentimentLabel::Positive);
        assert_eq!(human_label(0.19), SentimentLabel::Neutral);
        assert_eq!(human_label(-0.2), SentimentLabel::Negative);
    }

    #[test]
    fn a_bad_line_is_named() {
        let analyzer = SentimentAnalyzer::shared();
        let error =
            measure_vader_tweets(analyzer, "id\thuman_mean\ttext\n1\tlots\tgood\n", "t.tsv")
                .unwrap_err();
        assert!(error.to_string().starts_with("t.tsv, line 2:"), "{error}");
    }
}
