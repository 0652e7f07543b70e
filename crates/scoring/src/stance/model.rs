//! The trainable stance model: per target, a linear SVM over hashed word and character
//! n-grams — the organisers' SemEval-2016 baseline design — trained deterministically.
//!
//! Training solves the L2-regularized squared-hinge SVM in its dual by coordinate descent
//! (Hsieh et al., 2008, as liblinear does), one class against the rest with class-balanced
//! costs, visiting examples in
//! an order drawn from a fixed seed: the same data and options give a byte-identical model.
//! The model file is a magic line, one line of JSON (format version, feature settings,
//! targets and training figures) and the non-zero weights as little-endian binary.

use serde::{Deserialize, Serialize};

use super::features::FeatureSettings;
use super::rules::{passages, PASSAGE_BYTES};
use super::semeval::{self, SemevalEvaluation, SemevalExample};
use super::{Evidence, Method, Stance, StanceJudgement, StanceRule};

const MAGIC: &[u8] = b"reactions-stance-model\n";
const FORMAT_VERSION: u32 = 1;
const CLASSES: usize = 3;

/// What training may be told.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StanceTrainingOptions {
    /// The SVM's cost: larger fits the training data more closely.
    pub c: f64,
    /// Which n-grams make the features, and how many bits their hashes keep.
    pub features: FeatureSettings,
    /// The seed of the order examples are visited in: the same seed trains the same model.
    pub seed: u64,
    /// The most passes over the examples before training stops.
    pub max_epochs: usize,
}

impl Default for StanceTrainingOptions {
    fn default() -> Self {
        StanceTrainingOptions {
            c: 0.5,
            features: FeatureSettings::default(),
            seed: 2016,
            max_epochs: 300,
        }
    }
}

/// Training figures for one target, stored in the model file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetSummary {
    /// The target, as the training file names it.
    pub name: String,
    /// The training examples of the target.
    pub examples: usize,
    /// Of those, the FAVOR ones.
    pub favor: usize,
    /// The AGAINST ones.
    pub against: usize,
    /// The NONE ones.
    pub none: usize,
    /// F_avg on the training data itself: a fit check, not an estimate of accuracy.
    pub training_f_avg: f64,
    /// Weights training left non-zero: a measure of the model's size.
    pub nonzero_weights: usize,
}

/// The model file's JSON header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Header {
    format: String,
    format_version: u32,
    classifier: String,
    options: StanceTrainingOptions,
    targets: Vec<TargetSummary>,
}

/// The figures `train` reports.
pub type StanceTrainingReport = Vec<TargetSummary>;

struct TargetWeights {
    /// `(slot, class)` at `slot * 3 + class`; the last slot is the bias.
    weights: Vec<f32>,
}

/// A trained model: one linear classifier per target.
pub struct StanceModel {
    header: Header,
    weights: Vec<TargetWeights>,
}

/// A model that cannot be trained, read or used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// Training options out of range.
    #[error("{0}")]
    Options(String),
    /// Training was given no examples.
    #[error("no training examples")]
    NoExamples,
    /// A training example without a stance label.
    #[error("line {line}: ID {id} has no stance label")]
    Unlabelled {
        /// Its line in the training file.
        line: usize,
        /// Its `ID`.
        id: String,
    },
    /// Bytes that are not a model this build reads, by the name of the file they came from.
    #[error("{origin}: {why}")]
    Unreadable {
        /// The file the bytes came from.
        origin: String,
        /// What is wrong with them.
        why: String,
    },
}

/// An example as training sees it: merged features (slot-sorted) and a label.
struct Prepared {
    features: Vec<(u32, f32)>,
    squared_norm: f64,
    label: Stance,
}

fn prepare(settings: &FeatureSettings, text: &str, label: Stance) -> Prepared {
    let mut raw = Vec::new();
    settings.featurize(text, &mut raw, &mut String::new());
    raw.sort_unstable_by_key(|f| f.0);
    let mut features: Vec<(u32, f32)> = Vec::with_capacity(raw.len() + 1);
    for (slot, value) in raw {
        match features.last_mut() {
            Some(last) if last.0 == slot => last.1 += value,
            _ => features.push((slot, value)),
        }
    }
    features.push((settings.dimensions() as u32, 1.0));
    let squared_norm = features.iter().map(|f| f64::from(f.1).powi(2)).sum();
    Prepared {
        features,
        squared_norm,
        label,
    }
}

/// xorshift64*: a small, fixed generator, so the visiting order never depends on a crate's
/// version.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// One class against the rest: the dual coordinate descent of liblinear's L2-loss SVM.
fn train_binary(
    examples: &[Prepared],
    positive: Stance,
    options: &StanceTrainingOptions,
    dimensions: usize,
    seed: u64,
) -> Vec<f64> {
    let positives = examples
        .iter()
        .filter(|e| e.label == positive)
        .count()
        .max(1) as f64;
    let negatives = (examples.len() as f64 - positives).max(1.0);
    let total = examples.len() as f64;
    // Class-balanced costs: each side of the split weighs as much as the other in total, so
    // the minority FAVOR class is not sacrificed to the AGAINST majority (F_avg counts both).
    let positive_diagonal = 0.5 / (options.c * total / (2.0 * positives));
    let negative_diagonal = 0.5 / (options.c * total / (2.0 * negatives));
    let mut weights = vec![0.0f64; dimensions + 1];
    let mut alpha = vec![0.0f64; examples.len()];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(seed | 1);
    for _ in 0..options.max_epochs {
        rng.shuffle(&mut order);
        let (mut max_gradient, mut min_gradient) = (f64::NEG_INFINITY, f64::INFINITY);
        for &i in &order {
            let example = &examples[i];
            let (y, diagonal) = if example.label == positive {
                (1.0, positive_diagonal)
            } else {
                (-1.0, negative_diagonal)
            };
            let margin: f64 = example
                .features
                .iter()
                .map(|&(slot, value)| weights[slot as usize] * f64::from(value))
                .sum();
            let gradient = y * margin - 1.0 + diagonal * alpha[i];
            let projected = if alpha[i] == 0.0 {
                gradient.min(0.0)
            } else {
                gradient
            };
            max_gradient = max_gradient.max(projected);
            min_gradient = min_gradient.min(projected);
            if projected.abs() > 1e-12 {
                let old = alpha[i];
                alpha[i] = (alpha[i] - gradient / (example.squared_norm + diagonal)).max(0.0);
                let step = (alpha[i] - old) * y;
                for &(slot, value) in &example.features {
                    weights[slot as usize] += step * f64::from(value);
                }
            }
        }
        if max_gradient - min_gradient < 0.01 {
            break;
        }
    }
    weights
}

impl StanceModel {
    /// Trains one classifier per target found in `examples`; targets are kept in name order.
    pub fn train(
        examples: &[SemevalExample],
        options: &StanceTrainingOptions,
    ) -> Result<StanceModel, ModelError> {
        if !(options.c > 0.0 && options.c.is_finite()) {
            return Err(ModelError::Options(format!(
                "C must be a positive number, not {}",
                options.c
            )));
        }
        options.features.validate().map_err(ModelError::Options)?;
        let mut names: Vec<&str> = examples.iter().map(|e| e.target.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        if names.is_empty() {
            return Err(ModelError::NoExamples);
        }
        let dimensions = options.features.dimensions();
        let mut summaries = Vec::new();
        let mut all_weights = Vec::new();
        for (target_index, name) in names.iter().enumerate() {
            let prepared: Vec<Prepared> = examples
                .iter()
                .filter(|e| e.target == *name)
                .map(|e| {
                    let label = e.stance.ok_or_else(|| ModelError::Unlabelled {
                        line: e.line,
                        id: e.id.clone(),
                    })?;
                    Ok(prepare(&options.features, &e.text, label))
                })
                .collect::<Result<_, ModelError>>()?;
            let mut interleaved = vec![0.0f32; (dimensions + 1) * CLASSES];
            for class in Stance::ALL {
                let seed = options.seed ^ ((target_index as u64) << 8) ^ class.index() as u64;
                let binary = train_binary(&prepared, class, options, dimensions, seed);
                for (slot, weight) in binary.into_iter().enumerate() {
                    interleaved[slot * CLASSES + class.index()] = weight as f32;
                }
            }
            let target_weights = TargetWeights {
                weights: interleaved,
            };
            let count = |s: Stance| prepared.iter().filter(|p| p.label == s).count();
            let fit = semeval::score(prepared.iter().map(|p| {
                let scores = target_weights.decision(
                    p.features
                        .iter()
                        .copied()
                        .filter(|f| (f.0 as usize) < dimensions),
                    dimensions,
                );
                (p.label, argmax(&scores))
            }));
            summaries.push(TargetSummary {
                name: name.to_string(),
                examples: prepared.len(),
                favor: count(Stance::Favor),
                against: count(Stance::Against),
                none: count(Stance::None),
                training_f_avg: (fit.f_avg * 10_000.0).round() / 10_000.0,
                nonzero_weights: target_weights.nonzero_slots().count(),
            });
            all_weights.push(target_weights);
        }
        Ok(StanceModel {
            header: Header {
                format: "reactions-stance-model".into(),
                format_version: FORMAT_VERSION,
                classifier: "linear SVM (L2-regularized squared hinge, dual coordinate descent, class-balanced costs), one class against the rest".into(),
                options: *options,
                targets: summaries,
            },
            weights: all_weights,
        })
    }

    /// The training figures of each target, as stored in the model file.
    pub fn training_report(&self) -> &StanceTrainingReport {
        &self.header.targets
    }

    /// The targets the model was trained on, in training order.
    pub fn target_names(&self) -> impl Iterator<Item = &str> {
        self.header.targets.iter().map(|t| t.name.as_str())
    }

    fn target_index(&self, target: &str) -> Option<usize> {
        self.header
            .targets
            .iter()
            .position(|t| t.name.eq_ignore_ascii_case(target))
    }

    /// Whether the model was trained on `target` (compared without regard to case).
    pub fn knows(&self, target: &str) -> bool {
        self.target_index(target).is_some()
    }

    /// The stance toward `target` and a confidence (the winning class's softmax share), or
    /// `None` when the model was not trained on that target. The model reads a text's first
    /// passage ([`PASSAGE_BYTES`], cut after a sentence): it learned from texts of a few
    /// sentences, and a text's n-grams take 32 bytes for each of its bytes.
    pub fn predict(&self, target: &str, text: &str) -> Option<(Stance, f64)> {
        let index = self.target_index(target)?;
        let text = passages(text, PASSAGE_BYTES).next().unwrap_or_default();
        let settings = &self.header.options.features;
        FEATURES.with(|cell| {
            let (features, normalized) = &mut *cell.borrow_mut();
            settings.featurize(text, features, normalized);
            let scores =
                self.weights[index].decision(features.iter().copied(), settings.dimensions());
            let stance = argmax(&scores);
            let best = scores[stance.index()];
            let total: f64 = scores.iter().map(|s| (2.0 * (s - best)).exp()).sum();
            Some((stance, ((1.0 / total) * 1000.0).round() / 1000.0))
        })
    }

    /// [`StanceModel::predict`] as a judgement with its evidence.
    pub fn judge(&self, target: &str, text: &str) -> Option<StanceJudgement> {
        let index = self.target_index(target)?;
        let (stance, confidence) = self.predict(target, text)?;
        Some(StanceJudgement {
            target: target.to_string(),
            stance,
            confidence,
            method: Method::Model,
            evidence: Evidence {
                rule: StanceRule::Classifier,
                alias: None,
                span: format!(
                    "linear SVM trained on {} labelled examples",
                    self.header.targets[index].examples
                ),
            },
        })
    }

    /// The model file's bytes: magic, JSON header line, then per target the count of non-zero
    /// slots and each slot's index and three weights, little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend(serde_json::to_vec(&self.header).expect("the header serializes"));
        out.push(b'\n');
        for target in &self.weights {
            let slots: Vec<usize> = target.nonzero_slots().collect();
            out.extend((slots.len() as u32).to_le_bytes());
            for slot in slots {
                out.extend((slot as u32).to_le_bytes());
                for class in 0..CLASSES {
                    out.extend(target.weights[slot * CLASSES + class].to_le_bytes());
                }
            }
        }
        out
    }

    /// Reads a model file's bytes; `origin` names the file in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<StanceModel, ModelError> {
        let error = |why: &str| ModelError::Unreadable {
            origin: origin.to_string(),
            why: why.to_string(),
        };
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or_else(|| error("not a reactions stance model (wrong magic line)"))?;
        let header_end = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| error("truncated header"))?;
        let header: Header = serde_json::from_slice(&rest[..header_end])
            .map_err(|e| error(&format!("bad header: {e}")))?;
        if header.format_version != FORMAT_VERSION {
            return Err(error(&format!(
                "format version {} is not supported (this build reads {FORMAT_VERSION})",
                header.format_version
            )));
        }
        header
            .options
            .features
            .validate()
            .map_err(|why| error(&format!("bad feature settings: {why}")))?;
        let dimensions = header.options.features.dimensions();
        // Each target's weights are held dense: refuse a header that asks for more memory
        // than any real model needs before allocating it.
        const MAX_WEIGHT_BYTES: usize = 1 << 30;
        let weight_bytes = (dimensions + 1) * CLASSES * 4 * header.targets.len();
        if weight_bytes > MAX_WEIGHT_BYTES {
            return Err(error(&format!(
                "{} targets of 2^{} slots would need {} MiB of weights (at most {} MiB)",
                header.targets.len(),
                header.options.features.hash_bits,
                weight_bytes >> 20,
                MAX_WEIGHT_BYTES >> 20
            )));
        }
        let mut cursor = &rest[header_end + 1..];
        let mut take = |n: usize| -> Result<&[u8], ModelError> {
            if cursor.len() < n {
                return Err(error("truncated weights"));
            }
            let (head, tail) = cursor.split_at(n);
            cursor = tail;
            Ok(head)
        };
        let mut weights = Vec::with_capacity(header.targets.len());
        for _ in &header.targets {
            let count = u32::from_le_bytes(take(4)?.try_into().expect("4 bytes")) as usize;
            let mut dense = vec![0.0f32; (dimensions + 1) * CLASSES];
            for _ in 0..count {
                let slot = u32::from_le_bytes(take(4)?.try_into().expect("4 bytes")) as usize;
                if slot > dimensions {
                    return Err(error("weight slot out of range"));
                }
                for class in 0..CLASSES {
                    dense[slot * CLASSES + class] =
                        f32::from_le_bytes(take(4)?.try_into().expect("4 bytes"));
                }
            }
            weights.push(TargetWeights { weights: dense });
        }
        if !cursor.is_empty() {
            return Err(error("unexpected bytes after the weights"));
        }
        Ok(StanceModel { header, weights })
    }

    /// k-fold cross-validation, stratified per target and label, folds drawn from the
    /// options' seed: F_avg per target and over all examples.
    pub fn cross_validate(
        examples: &[SemevalExample],
        options: &StanceTrainingOptions,
        folds: usize,
    ) -> Result<CrossValidation, ModelError> {
        let mut fold_of = vec![0usize; examples.len()];
        let mut groups: std::collections::BTreeMap<(&str, Option<Stance>), Vec<usize>> =
            Default::default();
        for (i, e) in examples.iter().enumerate() {
            groups
                .entry((e.target.as_str(), e.stance))
                .or_default()
                .push(i);
        }
        let mut rng = Rng(options.seed | 1);
        for members in groups.values_mut() {
            rng.shuffle(members);
            for (k, &i) in members.iter().enumerate() {
                fold_of[i] = k % folds;
            }
        }
        let mut predictions: Vec<Option<Stance>> = vec![None; examples.len()];
        for fold in 0..folds {
            let train: Vec<SemevalExample> = examples
                .iter()
                .zip(&fold_of)
                .filter(|(_, &f)| f != fold)
                .map(|(e, _)| e.clone())
                .collect();
            let model = StanceModel::train(&train, options)?;
            for (i, e) in examples.iter().enumerate() {
                if fold_of[i] == fold {
                    predictions[i] = model.predict(&e.target, &e.text).map(|p| p.0);
                }
            }
        }
        let pair = |e: &SemevalExample, p: &Option<Stance>| {
            (e.stance.expect("labelled"), p.unwrap_or(Stance::None))
        };
        let mut names: Vec<&str> = examples.iter().map(|e| e.target.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let per_target = names
            .iter()
            .map(|name| {
                let evaluation = semeval::score(
                    examples
                        .iter()
                        .zip(&predictions)
                        .filter(|(e, _)| e.target == *name)
                        .map(|(e, p)| pair(e, p)),
                );
                (name.to_string(), evaluation)
            })
            .collect();
        let overall = semeval::score(examples.iter().zip(&predictions).map(|(e, p)| pair(e, p)));
        Ok(CrossValidation {
            per_target,
            overall,
        })
    }
}

/// What [`StanceModel::cross_validate`] measured.
pub struct CrossValidation {
    /// Each target's scores over its held-out folds.
    pub per_target: Vec<(String, SemevalEvaluation)>,
    /// The scores over every target's held-out examples together.
    pub overall: SemevalEvaluation,
}

thread_local! {
    static FEATURES: std::cell::RefCell<(Vec<(u32, f32)>, String)> = Default::default();
}

impl TargetWeights {
    /// The three decision values (FAVOR, AGAINST, NONE) for a text's features; the bias slot is
    /// added here, not passed in.
    fn decision(&self, features: impl Iterator<Item = (u32, f32)>, dimensions: usize) -> [f64; 3] {
        let bias = &self.weights[dimensions * CLASSES..];
        let mut scores = [bias[0], bias[1], bias[2]];
        for (slot, value) in features {
            let row = &self.weights[slot as usize * CLASSES..slot as usize * CLASSES + CLASSES];
            scores[0] += row[0] * value;
            scores[1] += row[1] * value;
            scores[2] += row[2] * value;
        }
        scores.map(f64::from)
    }

    fn nonzero_slots(&self) -> impl Iterator<Item = usize> + '_ {
        self.weights
            .chunks_exact(CLASSES)
            .enumerate()
            .filter(|(_, row)| row.iter().any(|w| *w != 0.0))
            .map(|(slot, _)| slot)
    }
}

fn argmax(scores: &[f64; 3]) -> Stance {
    let mut best = 0;
    for i in 1..CLASSES {
        if scores[i] > scores[best] {
            best = i;
        }
    }
    Stance::ALL[best]
}
