//! Linear text classifiers over hashed word and character n-grams.
//!
//! The principal types are [`FeatureSpec`] (which n-grams a model reads and how many hash
//! buckets hold them), [`TrainingOptions`], [`Classifier`] (a trained model: its labels, one
//! bias per class and a quantized weight table) and [`Prediction`]. Data flows one way:
//!
//! 1. **Features.** [`FeatureSpec::for_each`] turns a text into hash buckets: lower-cased
//!    word 1–2-grams, character n-grams inside space-padded words (scikit-learn's `char_wb`)
//!    and emoji, each hashed (Fx hash) into `2^hash_bits` buckets.
//! 2. **Training.** [`Classifier::train`] fits a multinomial logistic regression with an L2
//!    penalty and optional balanced class weights by full-batch L-BFGS: no randomness, so the
//!    same data and options give a byte-identical model.
//! 3. **Quantization.** The weights are stored as `i8` with one scale for the table, a byte
//!    per bucket and class, so that a model of 2^18 buckets and three classes is 768 KiB and
//!    prediction reads a cache-friendly table.
//! 4. **Prediction.** [`Classifier::predict`] sums the integer weights of a text's buckets,
//!    scales them, adds the biases and returns the best class and its softmax probability;
//!    [`Classifier::probabilities`] returns every class's.
//! 5. **Files.** [`Classifier::to_bytes`] and [`Classifier::from_bytes`] write and read the
//!    model (see [`Classifier::to_bytes`] for the layout). [`data::parse_tsv`] reads labelled
//!    TSV files and [`metrics::Evaluation`] scores predictions (weighted F1, accuracy,
//!    confusion matrix).
//!
//! ```
//! use textcat::{Classifier, FeatureSpec, TrainingOptions};
//!
//! let texts = ["ina son ka", "ina sonki sosai", "ban son shi", "ban so ba"];
//! let labels = ["positive", "positive", "negative", "negative"];
//! let options = TrainingOptions {
//!     features: FeatureSpec { hash_bits: 12, ..FeatureSpec::default() },
//!     ..TrainingOptions::default()
//! };
//! let model = Classifier::train(&texts, &labels, &options).unwrap();
//! let prediction = model.predict("ina son ka sosai");
//! assert_eq!(model.label(prediction.class), "positive");
//! assert!(prediction.probability > 0.5);
//!
//! let bytes = model.to_bytes();
//! assert_eq!(Classifier::from_bytes(&bytes, "model").unwrap(), model);
//! ```

#![warn(missing_docs)]

pub mod data;
mod features;
pub mod metrics;
mod train;

pub use features::FeatureSpec;
pub use train::TrainingOptions;

/// At most this many classes: prediction keeps its sums on the stack.
pub const MAX_CLASSES: usize = 32;

const MAGIC: &[u8; 8] = b"TEXTCAT1";

/// Why a model could not be trained or read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Training was given no texts, or texts and labels of different lengths.
    #[error("training needs texts with one label each (got {texts} texts and {labels} labels)")]
    NoExamples {
        /// Texts given.
        texts: usize,
        /// Labels given.
        labels: usize,
    },
    /// Fewer than two distinct labels, or more than [`MAX_CLASSES`].
    #[error("training needs 2 to {MAX_CLASSES} classes, got {0}")]
    Classes(usize),
    /// Feature settings [`FeatureSpec::is_valid`] refuses.
    #[error("feature settings out of range: {0:?}")]
    Features(FeatureSpec),
    /// A model file that is not one, or is cut short.
    #[error("{origin}: not a textcat model: {why}")]
    Format {
        /// The file or name it was read from.
        origin: String,
        /// What is wrong with it.
        why: String,
    },
}

/// A class and how sure the model is of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prediction {
    /// The class's index in [`Classifier::labels`].
    pub class: usize,
    /// Its softmax probability.
    pub probability: f32,
}

/// A trained linear classifier with quantized weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Classifier {
    spec: FeatureSpec,
    labels: Vec<String>,
    /// What one unit of a quantized weight is worth.
    scale: f32,
    bias: Vec<f32>,
    /// Bucket-major: the weights of bucket `b` are `weights[b * classes..][..classes]`.
    weights: Vec<i8>,
}

impl Classifier {
    /// Trains on `texts` with their `labels`; the classes are the distinct labels, sorted.
    pub fn train<T: AsRef<str>, L: AsRef<str>>(
        texts: &[T],
        labels: &[L],
        options: &TrainingOptions,
    ) -> Result<Classifier, Error> {
        if texts.is_empty() || texts.len() != labels.len() {
            return Err(Error::NoExamples {
                texts: texts.len(),
                labels: labels.len(),
            });
        }
        if !options.features.is_valid() {
            return Err(Error::Features(options.features));
        }
        let mut names: Vec<String> = labels.iter().map(|l| l.as_ref().to_string()).collect();
        names.sort();
        names.dedup();
        if !(2..=MAX_CLASSES).contains(&names.len()) {
            return Err(Error::Classes(names.len()));
        }
        let indices: Vec<usize> = labels
            .iter()
            .map(|l| {
                names
                    .binary_search_by(|n| n.as_str().cmp(l.as_ref()))
                    .unwrap_or(0)
            })
            .collect();
        let texts: Vec<&str> = texts.iter().map(AsRef::as_ref).collect();
        let params = train::fit(&texts, &indices, names.len(), options);
        let (weights, bias) = params.split_at(params.len() - names.len());
        Ok(Classifier::quantized(
            options.features,
            names,
            weights,
            bias,
        ))
    }

    /// Rounds `weights` to `i8` with one scale: the largest weight maps to 127.
    fn quantized(spec: FeatureSpec, labels: Vec<String>, weights: &[f64], bias: &[f64]) -> Self {
        let largest = weights.iter().fold(0.0f64, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
        Classifier {
            spec,
            labels,
            scale: scale as f32,
            bias: bias.iter().map(|&b| b as f32).collect(),
            weights: weights
                .iter()
                .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8)
                .collect(),
        }
    }

    /// The class names, in class order.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Class `class`'s name.
    pub fn label(&self, class: usize) -> &str {
        &self.labels[class]
    }

    /// The features the model reads.
    pub fn features(&self) -> FeatureSpec {
        self.spec
    }

    /// The linear scores of `text`, one per class, into `logits[..classes]`.
    fn logits(&self, text: &str, logits: &mut [f32; MAX_CLASSES]) {
        let k = self.labels.len();
        let mut sums = [0i32; MAX_CLASSES];
        let count = match k {
            // The common case of three sentiment classes, unrolled.
            3 => self.spec.for_each(text, |b| {
                let row = &self.weights[b as usize * 3..][..3];
                sums[0] += i32::from(row[0]);
                sums[1] += i32::from(row[1]);
                sums[2] += i32::from(row[2]);
            }),
            _ => self.spec.for_each(text, |b| {
                let row = &self.weights[b as usize * k..][..k];
                for (sum, &w) in sums.iter_mut().zip(row) {
                    *sum += i32::from(w);
                }
            }),
        };
        let unit = self.scale / (count.max(1) as f32).sqrt();
        for c in 0..k {
            logits[c] = self.bias[c] + unit * sums[c] as f32;
        }
    }

    /// The most probable class of `text` and its probability.
    pub fn predict(&self, text: &str) -> Prediction {
        let mut logits = [0.0f32; MAX_CLASSES];
        self.logits(text, &mut logits);
        let logits = &logits[..self.labels.len()];
        let (class, &best) =
            logits.iter().enumerate().fold(
                (0, &f32::NEG_INFINITY),
                |a, b| if b.1 > a.1 { b } else { a },
            );
        let sum: f32 = logits.iter().map(|z| (z - best).exp()).sum();
        Prediction {
            class,
            probability: 1.0 / sum,
        }
    }

    /// Every class's probability for `text`, in class order.
    pub fn probabilities(&self, text: &str) -> Vec<f32> {
        let mut logits = [0.0f32; MAX_CLASSES];
        self.logits(text, &mut logits);
        let logits = &logits[..self.labels.len()];
        let best = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let exps: Vec<f32> = logits.iter().map(|z| (z - best).exp()).collect();
        let sum: f32 = exps.iter().sum();
        exps.into_iter().map(|e| e / sum).collect()
    }

    /// The model file: the magic `TEXTCAT1`; the feature settings (hash bits, longest word
    /// n-gram, shortest and longest character n-gram, emoji flag: one byte each); the number
    /// of classes and each label as a length byte and UTF-8; the scale and the biases as
    /// little-endian `f32`; then the weight table, one `i8` per bucket and class.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.weights.len());
        out.extend_from_slice(MAGIC);
        let s = &self.spec;
        out.extend_from_slice(&[
            s.hash_bits,
            s.word_max,
            s.char_min,
            s.char_max,
            u8::from(s.emoji),
        ]);
        out.push(self.labels.len() as u8);
        for label in &self.labels {
            let bytes = &label.as_bytes()[..label.len().min(255)];
            out.push(bytes.len() as u8);
            out.extend_from_slice(bytes);
        }
        out.extend_from_slice(&self.scale.to_le_bytes());
        for b in &self.bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        out.extend(self.weights.iter().map(|&w| w as u8));
        out
    }

    /// Reads a model written by [`Classifier::to_bytes`]; `origin` names it in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<Classifier, Error> {
        let fail = |why: &str| Error::Format {
            origin: origin.to_string(),
            why: why.to_string(),
        };
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(MAGIC.len()) != Some(&MAGIC[..]) {
            return Err(fail("wrong magic bytes"));
        }
        let head = reader
            .take(6)
            .ok_or_else(|| fail("cut short in its settings"))?;
        let spec = FeatureSpec {
            hash_bits: head[0],
            word_max: head[1],
            char_min: head[2],
            char_max: head[3],
            emoji: head[4] != 0,
        };
        if !spec.is_valid() {
            return Err(fail(&format!("feature settings out of range: {spec:?}")));
        }
        let classes = usize::from(head[5]);
        if !(2..=MAX_CLASSES).contains(&classes) {
            return Err(fail(&format!("{classes} classes")));
        }
        let mut labels = Vec::with_capacity(classes);
        for _ in 0..classes {
            let length = reader
                .take(1)
                .ok_or_else(|| fail("cut short in its labels"))?[0];
            let label = reader
                .take(usize::from(length))
                .ok_or_else(|| fail("cut short in its labels"))?;
            labels
                .push(String::from_utf8(label.to_vec()).map_err(|_| fail("a label is not UTF-8"))?);
        }
        let mut float = || -> Result<f32, Error> {
            let b = reader
                .take(4)
                .ok_or_else(|| fail("cut short in its biases"))?;
            Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let scale = float()?;
        let bias = (0..classes)
            .map(|_| float())
            .collect::<Result<Vec<_>, _>>()?;
        let table = reader.rest();
        if table.len() != spec.buckets() * classes {
            return Err(fail(&format!(
                "weight table of {} bytes, expected {}",
                table.len(),
                spec.buckets() * classes
            )));
        }
        Ok(Classifier {
            spec,
            labels,
            scale,
            bias,
            weights: table.iter().map(|&b| b as i8).collect(),
        })
    }
}

/// Reads a model file front to back.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(slice)
    }

    fn rest(&self) -> &'a [u8] {
        &self.bytes[self.at..]
    }
}

#[cfg(test)]
mod tests;
