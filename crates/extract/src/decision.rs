//! The decision whether a candidate is a reaction: a logistic regression over the candidate's
//! [`features`](crate::features), learned from hand-labelled articles rather than set by hand.
//!
//! Training is Newton's method on the L2-regularized log-loss (the intercept is not
//! penalized), from zero weights, for a fixed number of steps: the same examples give the same
//! weights on every machine, bit for bit. The model is a small JSON file that names the data it
//! was trained on; [`Decision::bundled`] is the one committed beside this crate
//! (`data/decision.json`, written by `make train-extraction`).

use serde::{Deserialize, Serialize};

use crate::features::FEATURE_NAMES;
use crate::find::Candidate;

const FORMAT: &str = "reactions-extraction-decision";
const FORMAT_VERSION: u32 = 1;

/// A trained decision: one weight per feature, an intercept and the probability from which a
/// candidate is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    format: String,
    format_version: u32,
    /// What the weights were learned from, for the reader of the file.
    pub trained_on: String,
    /// The L2 penalty the weights were fitted with.
    pub l2: f64,
    /// Candidates whose probability is at least this are kept.
    pub threshold: f64,
    /// The weight of the constant feature: the log-odds of a candidate with no feature on.
    pub intercept: f64,
    /// Feature names beside their weights, in [`FEATURE_NAMES`] order.
    pub weights: Vec<(String, f64)>,
}

/// Why a decision file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DecisionError {
    /// The text is not JSON of a decision's shape.
    #[error("not an extraction decision file: {0}")]
    Malformed(#[from] serde_json::Error),
    /// Another format, or another version of this one.
    #[error("extraction decision format {found} {version}, expected {FORMAT} {FORMAT_VERSION}")]
    Format {
        /// The format the file names.
        found: String,
        /// Its version.
        version: u32,
    },
    /// Weights for other features than this build computes.
    #[error("the decision's features differ from this build's at feature {index} ({found:?}, expected {expected:?}): retrain it with `make train-extraction`")]
    Features {
        /// The first position where the names differ.
        index: usize,
        /// The file's name there.
        found: String,
        /// This build's name there.
        expected: String,
    },
}

/// One labelled candidate: its feature values and whether a person marked it a reaction.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Feature values, in [`FEATURE_NAMES`] order.
    pub features: Vec<f64>,
    /// The label: a reaction, or not.
    pub is_reaction: bool,
}

const NEWTON_STEPS: usize = 30;

/// Candidates of a run, at least, for the run's majority to keep the ones the decision doubts.
pub const SHORTEST_RUN: usize = 3;

/// The share of the threshold from which a candidate is kept with its run's majority: 0.35
/// at the default 0.5, and as much stricter as a stricter threshold asks.
pub const RUN_FLOOR: f64 = 0.7;

impl Decision {
    /// The decision committed with this crate, trained on the labelled development articles.
    pub fn bundled() -> &'static Decision {
        static BUNDLED: std::sync::LazyLock<Decision> = std::sync::LazyLock::new(|| {
            Decision::from_json(include_str!("../data/decision.json"))
                .unwrap_or_else(|error| panic!("crates/extract/data/decision.json: {error}"))
        });
        &BUNDLED
    }

    /// Reads a decision file, checking that it was trained on this build's features.
    pub fn from_json(json: &str) -> Result<Decision, DecisionError> {
        let decision: Decision = serde_json::from_str(json)?;
        if decision.format != FORMAT || decision.format_version != FORMAT_VERSION {
            return Err(DecisionError::Format {
                found: decision.format,
                version: decision.format_version,
            });
        }
        let names = decision.weights.iter().map(|(name, _)| name.as_str());
        for (index, expected) in FEATURE_NAMES.iter().enumerate() {
            let found = names.clone().nth(index).unwrap_or("");
            if found != *expected {
                return Err(DecisionError::Features {
                    index,
                    found: found.to_string(),
                    expected: expected.to_string(),
                });
            }
        }
        if decision.weights.len() != FEATURE_NAMES.len() {
            return Err(DecisionError::Features {
                index: FEATURE_NAMES.len(),
                found: decision.weights[FEATURE_NAMES.len()].0.clone(),
                expected: String::new(),
            });
        }
        Ok(decision)
    }

    /// The file's text: pretty JSON, one weight per line, so that a retraining reads as a diff.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).expect("a decision serializes");
        json.push('\n');
        json
    }

    /// The same weights, keeping candidates from another probability (0 keeps every one).
    pub fn with_threshold(&self, threshold: f64) -> Decision {
        Decision {
            threshold,
            ..self.clone()
        }
    }

    /// The decision's confidence in each of an article's candidates that it keeps as a
    /// reaction, `None` for one it drops: 1 for a post on its face
    /// ([`Found::is_certain`](crate::Found::is_certain)), else its probability, kept from the
    /// threshold; and, in a run of [`SHORTEST_RUN`] or more candidates of which most are kept,
    /// from [`RUN_FLOOR`] of the threshold. A round-up's items are all readers' or none are:
    /// the ones the decision doubts differ from the rest in what it reads (a name with no
    /// reader noun before it, a verb of speech), not in what they are.
    pub fn confidences(&self, candidates: &[Candidate]) -> Vec<Option<f64>> {
        let probabilities: Vec<f64> = candidates
            .iter()
            .map(|candidate| match candidate.found.is_certain() {
                true => 1.0,
                false => self.probability(&candidate.features),
            })
            .collect();
        let mut confidences: Vec<Option<f64>> = probabilities
            .iter()
            .map(|&p| (p >= self.threshold).then_some(p))
            .collect();
        let mut start = 0;
        while start < candidates.len() {
            let run = candidates[start].run;
            let end = start
                + candidates[start..]
                    .iter()
                    .take_while(|candidate| candidate.run == run)
                    .count();
            let kept = confidences[start..end].iter().flatten().count();
            if end - start >= SHORTEST_RUN && 2 * kept > end - start {
                for k in start..end {
                    if probabilities[k] >= RUN_FLOOR * self.threshold {
                        confidences[k] = Some(probabilities[k]);
                    }
                }
            }
            start = end;
        }
        confidences
    }

    /// The probability that a candidate with these feature values is a reaction.
    pub fn probability(&self, features: &[f64]) -> f64 {
        let margin = self.intercept
            + self
                .weights
                .iter()
                .zip(features)
                .map(|((_, weight), value)| weight * value)
                .sum::<f64>();
        sigmoid(margin)
    }

    /// Fits the weights to `examples`. `trained_on` says what they are, for the file's reader.
    pub fn fit(examples: &[Example], l2: f64, threshold: f64, trained_on: String) -> Decision {
        let dimensions = FEATURE_NAMES.len() + 1;
        // Coefficient 0 is the intercept; the features follow in order.
        let mut beta = vec![0.0; dimensions];
        let row = |example: &Example| -> Vec<f64> {
            std::iter::once(1.0)
                .chain(example.features.iter().copied())
                .collect()
        };
        let rows: Vec<Vec<f64>> = examples.iter().map(row).collect();
        for _ in 0..NEWTON_STEPS {
            let mut gradient = vec![0.0; dimensions];
            let mut hessian = vec![vec![0.0; dimensions]; dimensions];
            for (x, example) in rows.iter().zip(examples) {
                let p = sigmoid(dot(&beta, x));
                let y = if example.is_reaction { 1.0 } else { 0.0 };
                let curvature = p * (1.0 - p);
                for i in 0..dimensions {
                    if x[i] == 0.0 {
                        continue;
                    }
                    gradient[i] += (p - y) * x[i];
                    for j in 0..dimensions {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            for i in 1..dimensions {
                gradient[i] += l2 * beta[i];
                hessian[i][i] += l2;
            }
            // A feature no example has keeps a zero row; the intercept's is never empty.
            hessian[0][0] += 1e-9;
            let step = solve(hessian, gradient);
            let largest = step.iter().fold(0.0f64, |m, s| m.max(s.abs()));
            for (b, s) in beta.iter_mut().zip(&step) {
                *b -= s;
            }
            if largest < 1e-10 {
                break;
            }
        }
        Decision {
            format: FORMAT.to_string(),
            format_version: FORMAT_VERSION,
            trained_on,
            l2,
            threshold,
            intercept: round(beta[0]),
            weights: FEATURE_NAMES
                .iter()
                .zip(&beta[1..])
                .map(|(name, weight)| (name.to_string(), round(*weight)))
                .collect(),
        }
    }
}

/// Weights kept to 6 decimals: more than any decision needs, and a file that diffs cleanly.
fn round(weight: f64) -> f64 {
    (weight * 1e6).round() / 1e6
}

fn sigmoid(margin: f64) -> f64 {
    1.0 / (1.0 + (-margin).exp())
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Solves `a · x = b` for a symmetric positive-definite `a` (the regularized Hessian) by
/// Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for column in 0..n {
        let pivot = (column..n)
            .max_by(|&i, &j| a[i][column].abs().total_cmp(&a[j][column].abs()))
            .unwrap_or(column);
        a.swap(column, pivot);
        b.swap(column, pivot);
        let diagonal = a[column][column];
        if diagonal.abs() < 1e-300 {
            continue;
        }
        let (above, below) = a.split_at_mut(column + 1);
        let pivot_row = &above[column];
        for (offset, row) in below.iter_mut().enumerate() {
            let factor = row[column] / diagonal;
            if factor == 0.0 {
                continue;
            }
            for (value, pivot_value) in row[column..].iter_mut().zip(&pivot_row[column..]) {
                *value -= factor * pivot_value;
            }
            b[column + 1 + offset] -= factor * b[column];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let known: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = match a[row][row] {
            d if d.abs() < 1e-300 => 0.0,
            d => (b[row] - known) / d,
        };
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(feature: usize, is_reaction: bool) -> Example {
        let mut features = vec![0.0; FEATURE_NAMES.len()];
        features[feature] = 1.0;
        Example {
            features,
            is_reaction,
        }
    }

    #[test]
    fn learns_which_feature_marks_a_reaction_and_round_trips() {
        let mut examples = Vec::new();
        for k in 0..40 {
            examples.push(example(0, k % 10 != 0));
            examples.push(example(1, k % 10 == 0));
        }
        let decision = Decision::fit(&examples, 1.0, 0.5, "fixture".into());
        assert!(decision.probability(&examples[0].features) > 0.8);
        assert!(decision.probability(&examples[1].features) < 0.2);
        let again = Decision::fit(&examples, 1.0, 0.5, "fixture".into());
        assert_eq!(decision.to_json(), again.to_json());
        assert_eq!(Decision::from_json(&decision.to_json()).unwrap(), decision);
    }

    #[test]
    fn a_file_for_other_features_is_refused_by_name() {
        let decision = Decision::fit(&[example(0, true)], 1.0, 0.5, "fixture".into());
        let renamed = decision
            .to_json()
            .replacen(FEATURE_NAMES[2], "no-such-feature", 1);
        let error = Decision::from_json(&renamed).unwrap_err().to_string();
        assert!(error.contains("no-such-feature"), "{error}");
        assert!(error.contains("make train-extraction"), "{error}");
    }

    #[test]
    fn a_run_whose_most_are_kept_keeps_the_ones_doubted_above_the_floor() {
        // Feature 0 alone gives a probability of 0.4; features 0 and 1, 0.8; feature 2, 0.1.
        let mut weights: Vec<(String, f64)> =
            FEATURE_NAMES.iter().map(|n| (n.to_string(), 0.0)).collect();
        let logit = |p: f64| (p / (1.0 - p)).ln();
        weights[0].1 = logit(0.4);
        weights[1].1 = logit(0.8) - logit(0.4);
        weights[2].1 = logit(0.1);
        let decision = Decision {
            weights,
            intercept: 0.0,
            ..Decision::fit(&[example(0, true)], 1.0, 0.5, "fixture".into())
        };
        let candidate = |on: &[usize], run: usize| {
            let mut features = vec![0.0; FEATURE_NAMES.len()];
            for &k in on {
                features[k] = 1.0;
            }
            Candidate {
                found: crate::Found::default(),
                features,
                run,
            }
        };
        let kept = |candidates: &[Candidate]| -> Vec<bool> {
            decision
                .confidences(candidates)
                .iter()
                .map(Option::is_some)
                .collect()
        };
        let (doubted, sure, unlikely) = (&[0][..], &[0, 1][..], &[2][..]);
        // Two of three kept: the doubted one joins them, the unlikely one does not.
        let run = [
            candidate(sure, 0),
            candidate(doubted, 0),
            candidate(sure, 0),
        ];
        assert_eq!(kept(&run), [true, true, true]);
        let run = [
            candidate(sure, 0),
            candidate(unlikely, 0),
            candidate(sure, 0),
        ];
        assert_eq!(kept(&run), [true, false, true]);
        // Half kept is no majority; two candidates are no run; other runs are not counted.
        let run = [
            candidate(sure, 0),
            candidate(doubted, 0),
            candidate(doubted, 0),
            candidate(sure, 0),
        ];
        assert_eq!(kept(&run), [true, false, false, true]);
        let pair = [candidate(sure, 0), candidate(doubted, 0)];
        assert_eq!(kept(&pair), [true, false]);
        let apart = [
            candidate(sure, 0),
            candidate(sure, 0),
            candidate(doubted, 1),
        ];
        assert_eq!(kept(&apart), [true, true, false]);
        // A stricter threshold raises the floor with it: 0.4 is below 0.7 of 0.7.
        let strict = decision.with_threshold(0.7);
        let run = [
            candidate(sure, 0),
            candidate(doubted, 0),
            candidate(sure, 0),
        ];
        let kept_strictly: Vec<bool> = strict
            .confidences(&run)
            .iter()
            .map(Option::is_some)
            .collect();
        assert_eq!(kept_strictly, [true, false, true]);
    }

    #[test]
    fn the_bundled_decision_loads() {
        assert!(Decision::bundled().threshold > 0.0);
    }
}
