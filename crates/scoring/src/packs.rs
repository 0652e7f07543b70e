//! Trained sentiment packs: one linear classifier per language ([`textcat::Classifier`]),
//! trained on AfriSenti-SemEval 2023 (CC BY 4.0) and shipped inside the binary.
//!
//! A [`Pack`] names the languages routed to it, its method (`afrisenti-ha`, …), the data it
//! was trained on with its licence, and its measured accuracy ([`Pack::metrics`], read from
//! the committed `data/afrisenti/metrics.jsonl` that `make train-sentiment` writes). A pack
//! gives a class label (positive, neutral, negative), not VADER's scores: its classes are
//! the annotators' judgement of a whole tweet, learned from n-grams, not sums of word
//! valences, so there is no `compound` to give and none is made up.
//!
//! [`train`] is how a pack is made, here and by a user with their own labelled TSV: it picks
//! the L2 penalty on the dev file, then fits on train and dev together, deterministically.

use std::sync::OnceLock;

pub use textcat::data::{parse_tsv, Labelled};
use textcat::metrics::Evaluation;
use textcat::{Classifier, FeatureSpec, TrainingOptions};

use crate::SentimentLabel;

/// A trained sentiment model for one language, shipped in the binary.
pub struct Pack {
    /// The language code of the reactions it reads, as collection decides it: ISO 639-1, or
    /// 639-3 where there is none (`pcm`, and `arq`, `ary`, which no detector here decides).
    pub lang: &'static str,
    /// AfriSenti's code for the language (its file names: `kr` for Kinyarwanda, `twi`).
    pub afrisenti: &'static str,
    /// Its `sentiment_method`.
    pub method: &'static str,
    /// The language's name, for people.
    pub language: &'static str,
    /// What it was trained on.
    pub data: &'static str,
    model: &'static [u8],
    classifier: OnceLock<Classifier>,
}

/// Where the training data and its provenance are, for people.
pub const PROVENANCE: &str = "AfriSenti-SemEval 2023 Subtask A (github.com/afrisenti-semeval/afrisent-semeval-2023, commit 5aec3cfcf87b59f885e98641f72e52182776429d), CC BY 4.0: crates/scoring/data/afrisenti/PROVENANCE.md";

macro_rules! pack {
    ($afrisenti:literal, $lang:literal, $language:literal) => {
        Pack {
            lang: $lang,
            afrisenti: $afrisenti,
            method: concat!("afrisenti-", $afrisenti),
            language: $language,
            data: concat!(
                "AfriSenti-SemEval 2023 Subtask A, ",
                $afrisenti,
                " train + dev (CC BY 4.0)"
            ),
            model: include_bytes!(concat!("../data/afrisenti/models/", $afrisenti, ".model")),
            classifier: OnceLock::new(),
        }
    };
}

/// Every shipped pack: the five languages of Nigerian and Kenyan readers first, then every
/// other AfriSenti language whose pack beats the majority class by 20 points of weighted F1 on
/// its test set (Amharic, +0.8, and Mozambican Portuguese, +11.9, do not).
pub static PACKS: [Pack; 10] = [
    pack!("ha", "ha", "Hausa"),
    pack!("ig", "ig", "Igbo"),
    pack!("yo", "yo", "Yoruba"),
    pack!("pcm", "pcm", "Nigerian Pidgin"),
    pack!("sw", "sw", "Swahili"),
    pack!("kr", "rw", "Kinyarwanda"),
    pack!("ts", "ts", "Xitsonga"),
    pack!("twi", "tw", "Twi"),
    pack!("dz", "arq", "Algerian Arabic"),
    pack!("ma", "ary", "Moroccan Arabic"),
];

/// The measured figures of every shipped pack, one JSON object a line ([`PackTrainingReport`]).
pub const METRICS: &str = include_str!("../data/afrisenti/metrics.jsonl");

/// The pack that reads `lang`, if one does.
pub fn for_lang(lang: &str) -> Option<&'static Pack> {
    PACKS.iter().find(|pack| pack.lang == lang)
}

impl Pack {
    /// The model, read from the binary on first use.
    ///
    /// # Panics
    ///
    /// When the shipped model file is damaged, which the crate's tests rule out.
    pub fn classifier(&self) -> &Classifier {
        self.classifier.get_or_init(|| {
            Classifier::from_bytes(self.model, self.method).expect("shipped models are valid")
        })
    }

    /// Bytes of the shipped model.
    pub fn model_bytes(&self) -> usize {
        self.model.len()
    }

    /// The label of `text`.
    pub fn label(&self, text: &str) -> SentimentLabel {
        let classifier = self.classifier();
        label_of(classifier.label(classifier.predict(text).class))
            .expect("shipped packs have the three sentiment classes")
    }

    /// Its figures in [`METRICS`], measured when it was trained.
    pub fn metrics(&self) -> Option<PackTrainingReport> {
        METRICS
            .lines()
            .filter_map(|line| serde_json::from_str::<PackTrainingReport>(line).ok())
            .find(|report| report.method == self.method)
    }
}

/// A class name as a sentiment label.
pub fn label_of(class: &str) -> Option<SentimentLabel> {
    match class {
        "positive" => Some(SentimentLabel::Positive),
        "neutral" => Some(SentimentLabel::Neutral),
        "negative" => Some(SentimentLabel::Negative),
        _ => None,
    }
}

/// The features every pack reads: words 1–2, characters 2–5 inside words, emoji, 2^18
/// buckets (768 KiB a pack: 2^16 lost 0.6 points of weighted F1 on the Hausa dev set, 2^20
/// gained 0.6 for four times the size).
pub const FEATURES: FeatureSpec = FeatureSpec {
    hash_bits: 18,
    word_max: 2,
    char_min: 2,
    char_max: 5,
    emoji: true,
};

/// The L2 penalties [`train`] chooses from on the dev file.
pub const L2_GRID: [f64; 4] = [1e-4, 3e-4, 1e-3, 3e-3];

/// What training measured; one line of [`METRICS`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PackTrainingReport {
    /// The pack's method name.
    pub method: String,
    /// Its language code.
    pub lang: String,
    /// The L2 penalty chosen on dev.
    pub l2: f64,
    /// Weighted F1 on dev (0–100) of each penalty of [`L2_GRID`], fitted on train alone.
    pub dev_weighted_f1: Vec<f64>,
    /// Examples of the final fit (train and dev).
    pub examples: usize,
    /// Bytes of the model file.
    pub model_bytes: usize,
    /// Figures on the test file, when one was given.
    pub test: Option<TestFigures>,
}

/// A model's figures on a labelled test file.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestFigures {
    /// Texts in it.
    pub texts: usize,
    /// Weighted F1, 0–100 (the AfriSenti shared task's metric).
    pub weighted_f1: f64,
    /// Accuracy, 0–100.
    pub accuracy: f64,
    /// Weighted F1 of always answering the most frequent class, 0–100.
    pub majority_weighted_f1: f64,
}

/// Why a pack could not be trained.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    /// The classifier refused the data.
    #[error("training the {lang} pack")]
    Classifier {
        /// The language.
        lang: String,
        /// What the classifier said.
        #[source]
        source: textcat::Error,
    },
    /// A dev or test label the training file does not have.
    #[error("label {label:?} of the {file} file is not among the training labels {known:?}")]
    UnknownLabel {
        /// The label.
        label: String,
        /// Which file: dev or test.
        file: &'static str,
        /// The training file's labels.
        known: Vec<String>,
    },
}

/// Trains a pack for `lang` (its method is `afrisenti-LANG`): fits `train` with each penalty of [`L2_GRID`], keeps the one
/// with the best weighted F1 on `dev` (the first on a tie), fits train and dev together with
/// it, and measures the result on `test` when given. The same files give the same bytes.
pub fn train(
    lang: &str,
    train: &[Labelled],
    dev: &[Labelled],
    test: Option<&[Labelled]>,
) -> Result<(Classifier, PackTrainingReport), TrainError> {
    let fit = |rows: &[&Labelled], l2: f64| {
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        let options = TrainingOptions {
            features: FEATURES,
            l2,
            balanced: true,
            max_iterations: 200,
            idf: true,
        };
        Classifier::train(&texts, &labels, &options).map_err(|source| TrainError::Classifier {
            lang: lang.to_string(),
            source,
        })
    };
    let train_rows: Vec<&Labelled> = train.iter().collect();
    let mut dev_weighted_f1 = Vec::new();
    for l2 in L2_GRID {
        let model = fit(&train_rows, l2)?;
        dev_weighted_f1.push(round2(100.0 * evaluate(&model, dev, "dev")?.weighted_f1()));
    }
    let best = (0..L2_GRID.len()).fold(0, |best, i| {
        if dev_weighted_f1[i] > dev_weighted_f1[best] {
            i
        } else {
            best
        }
    });
    let all: Vec<&Labelled> = train.iter().chain(dev).collect();
    let model = fit(&all, L2_GRID[best])?;
    let test = match test {
        Some(test) => {
            let evaluation = evaluate(&model, test, "test")?;
            Some(TestFigures {
                texts: test.len(),
                weighted_f1: round2(100.0 * evaluation.weighted_f1()),
                accuracy: round2(100.0 * evaluation.accuracy()),
                majority_weighted_f1: round2(100.0 * evaluation.majority_weighted_f1()),
            })
        }
        None => None,
    };
    let report = PackTrainingReport {
        method: format!("afrisenti-{lang}"),
        lang: lang.to_string(),
        l2: L2_GRID[best],
        dev_weighted_f1,
        examples: all.len(),
        model_bytes: model.to_bytes().len(),
        test,
    };
    Ok((model, report))
}

/// `model`'s predictions on `rows` against their labels.
pub fn evaluate(
    model: &Classifier,
    rows: &[Labelled],
    file: &'static str,
) -> Result<Evaluation, TrainError> {
    let class = |label: &str| {
        model
            .labels()
            .iter()
            .position(|l| l == label)
            .ok_or_else(|| TrainError::UnknownLabel {
                label: label.to_string(),
                file,
                known: model.labels().to_vec(),
            })
    };
    let pairs = rows
        .iter()
        .map(|r| Ok((class(&r.label)?, model.predict(&r.text).class)))
        .collect::<Result<Vec<_>, TrainError>>()?;
    Ok(Evaluation::new(model.labels().len(), pairs))
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_pack_loads_with_the_three_classes_and_its_figures() {
        for pack in &PACKS {
            let classifier = pack.classifier();
            assert_eq!(classifier.labels(), ["negative", "neutral", "positive"]);
            assert_eq!(classifier.features(), FEATURES, "{}", pack.method);
            let metrics = pack.metrics().expect(pack.method);
            assert_eq!(metrics.model_bytes, pack.model_bytes(), "{}", pack.method);
            let test = metrics.test.expect(pack.method);
            // The rule a pack ships by: 20 points over always answering the majority class,
            // except the five languages asked for by name (Swahili is 12.5 points over).
            assert!(
                test.weighted_f1 >= test.majority_weighted_f1 + 20.0 || pack.lang == "sw",
                "{}: {test:?}",
                pack.method
            );
        }
    }

    /// `take` rows spread over the file, which is sorted by label.
    fn rows(path: &str, take: usize) -> Vec<Labelled> {
        let bytes = std::fs::read(path).unwrap();
        let rows = parse_tsv(&bytes, path).unwrap();
        let step = rows.len() / take;
        rows.into_iter().step_by(step).take(take).collect()
    }

    #[test]
    fn training_is_deterministic_and_measures_the_test_file() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/afrisenti/tsv");
        let training = rows(&format!("{dir}/ts_train.tsv"), 300);
        let dev = rows(&format!("{dir}/ts_dev.tsv"), 100);
        let test = rows(&format!("{dir}/ts_test.tsv"), 100);
        let (first, report) = train("ts", &training, &dev, Some(&test)).unwrap();
        let (second, _) = train("ts", &training, &dev, Some(&test)).unwrap();
        assert_eq!(first.to_bytes(), second.to_bytes());
        assert_eq!(report.method, "afrisenti-ts");
        assert_eq!(report.examples, 400);
        assert_eq!(report.dev_weighted_f1.len(), L2_GRID.len());
        assert_eq!(report.test.unwrap().texts, 100);
    }

    #[test]
    fn a_test_label_training_never_saw_is_an_error() {
        let labelled = |text: &str, label: &str| Labelled {
            text: text.to_string(),
            label: label.to_string(),
        };
        let train_rows = [labelled("good", "positive"), labelled("bad", "negative")];
        let test = [labelled("meh", "mixed")];
        let error = train("xx", &train_rows, &train_rows, Some(&test)).unwrap_err();
        assert!(error.to_string().contains("\"mixed\""), "{error}");
    }
}
