//! Training: multinomial logistic regression with an L2 penalty, solved by L-BFGS over the
//! whole training set. Full-batch optimization visits examples in their given order and sums
//! in one fixed order, so the same data and options give the same weights to the last bit,
//! with no seed to keep.

use crate::features::FeatureSpec;

/// What training may be told.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainingOptions {
    /// Which features the model reads.
    pub features: FeatureSpec,
    /// The L2 penalty's weight, per example (larger: smaller weights, smoother model).
    pub l2: f64,
    /// Weigh each class inversely to its frequency (scikit-learn's `class_weight="balanced"`),
    /// so that a rare class is not ignored.
    pub balanced: bool,
    /// L-BFGS iterations at most.
    pub max_iterations: usize,
    /// Weigh each feature by its inverse document frequency while training (rare n-grams
    /// count more); the weights are multiplied by it afterwards, so prediction needs no table.
    pub idf: bool,
}

impl Default for TrainingOptions {
    fn default() -> Self {
        TrainingOptions {
            features: FeatureSpec::default(),
            l2: 1e-4,
            balanced: true,
            max_iterations: 200,
            idf: false,
        }
    }
}

/// The training set as sparse rows: each example's distinct buckets and their values (counts
/// divided by the square root of the example's feature count, as prediction computes them).
pub(crate) struct SparseRows {
    offsets: Vec<usize>,
    buckets: Vec<u32>,
    values: Vec<f32>,
}

impl SparseRows {
    pub(crate) fn new(spec: &FeatureSpec, texts: &[&str]) -> SparseRows {
        let mut rows = SparseRows {
            offsets: vec![0],
            buckets: Vec::new(),
            values: Vec::new(),
        };
        let mut scratch = Vec::new();
        for text in texts {
            scratch.clear();
            let count = spec.for_each(text, |b| scratch.push(b));
            scratch.sort_unstable();
            let norm = 1.0 / (count.max(1) as f32).sqrt();
            let mut at = 0;
            while at < scratch.len() {
                let bucket = scratch[at];
                let run = scratch[at..].iter().take_while(|&&b| b == bucket).count();
                rows.buckets.push(bucket);
                rows.values.push(run as f32 * norm);
                at += run;
            }
            rows.offsets.push(rows.buckets.len());
        }
        rows
    }

    /// Multiplies every value by its bucket's smoothed inverse document frequency
    /// (`ln((1 + n) / (1 + df)) + 1`, scikit-learn's), and returns that per bucket.
    fn weigh_by_idf(&mut self, buckets: usize) -> Vec<f64> {
        let mut df = vec![0u32; buckets];
        for &b in &self.buckets {
            df[b as usize] += 1;
        }
        let n = (self.offsets.len() - 1) as f64;
        let idf: Vec<f64> = df
            .iter()
            .map(|&d| ((1.0 + n) / (1.0 + f64::from(d))).ln() + 1.0)
            .collect();
        for (v, &b) in self.values.iter_mut().zip(&self.buckets) {
            *v *= idf[b as usize] as f32;
        }
        idf
    }

    fn row(&self, i: usize) -> (&[u32], &[f32]) {
        let range = self.offsets[i]..self.offsets[i + 1];
        (&self.buckets[range.clone()], &self.values[range])
    }
}

/// The penalized, weighted cross-entropy and its gradient, for parameters laid out as the
/// weight table (bucket-major, `classes` per bucket) followed by one bias per class.
struct Objective<'a> {
    rows: &'a SparseRows,
    labels: &'a [usize],
    example_weights: Vec<f64>,
    classes: usize,
    l2: f64,
    weight_count: usize,
}

impl Objective<'_> {
    fn evaluate(&self, params: &[f64], gradient: &mut [f64]) -> f64 {
        let k = self.classes;
        let (weights, bias) = params.split_at(self.weight_count);
        gradient.fill(0.0);
        let mut loss = 0.0;
        let mut logits = vec![0.0f64; k];
        for (i, &label) in self.labels.iter().enumerate() {
            let (buckets, values) = self.rows.row(i);
            logits.copy_from_slice(bias);
            for (&b, &v) in buckets.iter().zip(values) {
                let row = &weights[b as usize * k..][..k];
                for (logit, w) in logits.iter_mut().zip(row) {
                    *logit += w * f64::from(v);
                }
            }
            let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let sum: f64 = logits.iter().map(|z| (z - max).exp()).sum();
            let weight = self.example_weights[i];
            loss += weight * (max + sum.ln() - logits[label]);
            // d loss / d logit = weight * (softmax - one-hot).
            for (c, logit) in logits.iter_mut().enumerate() {
                let p = (*logit - max).exp() / sum;
                *logit = weight * (p - f64::from(u8::from(c == label)));
            }
            let (weight_gradient, bias_gradient) = gradient.split_at_mut(self.weight_count);
            for (g, d) in bias_gradient.iter_mut().zip(&logits) {
                *g += d;
            }
            for (&b, &v) in buckets.iter().zip(values) {
                let row = &mut weight_gradient[b as usize * k..][..k];
                for (g, d) in row.iter_mut().zip(&logits) {
                    *g += d * f64::from(v);
                }
            }
        }
        let mut penalty = 0.0;
        for (g, w) in gradient.iter_mut().zip(weights) {
            penalty += w * w;
            *g += self.l2 * w;
        }
        loss + 0.5 * self.l2 * penalty
    }
}

/// Trains weights (bucket-major, then the biases) for `labels` (class indices below
/// `classes`) of `texts`.
pub(crate) fn fit(
    texts: &[&str],
    labels: &[usize],
    classes: usize,
    options: &TrainingOptions,
) -> Vec<f64> {
    let mut rows = SparseRows::new(&options.features, texts);
    let idf = options
        .idf
        .then(|| rows.weigh_by_idf(options.features.buckets()));
    let n = labels.len() as f64;
    let mut counts = vec![0usize; classes];
    for &label in labels {
        counts[label] += 1;
    }
    // Each example's share of the loss: 1/n, or balanced so every class weighs the same.
    let example_weights = labels
        .iter()
        .map(|&label| {
            if options.balanced {
                1.0 / (classes as f64 * counts[label] as f64)
            } else {
                1.0 / n
            }
        })
        .collect();
    let weight_count = options.features.buckets() * classes;
    let objective = Objective {
        rows: &rows,
        labels,
        example_weights,
        classes,
        l2: options.l2,
        weight_count,
    };
    let mut params = lbfgs(
        |params, gradient| objective.evaluate(params, gradient),
        weight_count + classes,
        options.max_iterations,
    );
    if let Some(idf) = idf {
        for (row, weight) in params[..weight_count].chunks_mut(classes).zip(idf) {
            row.iter_mut().for_each(|w| *w *= weight);
        }
    }
    params
}

/// Minimizes `f` (which writes its gradient) from zero by L-BFGS with a backtracking
/// (Armijo) line search; stops after `max_iterations` or when the loss stops falling.
fn lbfgs(
    mut f: impl FnMut(&[f64], &mut [f64]) -> f64,
    dimension: usize,
    max_iterations: usize,
) -> Vec<f64> {
    const MEMORY: usize = 8;
    const TOLERANCE: f64 = 1e-7;
    let mut x = vec![0.0; dimension];
    let mut gradient = vec![0.0; dimension];
    let mut loss = f(&x, &mut gradient);
    let mut history: Vec<(Vec<f64>, Vec<f64>, f64)> = Vec::with_capacity(MEMORY);
    let mut direction = vec![0.0; dimension];
    let mut candidate = vec![0.0; dimension];
    let mut candidate_gradient = vec![0.0; dimension];
    let mut alphas = [0.0; MEMORY];
    for iteration in 0..max_iterations {
        // The two-loop recursion: direction = -H * gradient.
        direction.copy_from_slice(&gradient);
        for (j, (s, y, rho)) in history.iter().enumerate().rev() {
            alphas[j] = rho * dot(s, &direction);
            axpy(-alphas[j], y, &mut direction);
        }
        let gamma = match history.last() {
            Some((s, y, _)) => dot(s, y) / dot(y, y),
            None => 1.0 / norm(&gradient).max(1e-12),
        };
        direction.iter_mut().for_each(|d| *d *= gamma);
        for (j, (s, y, rho)) in history.iter().enumerate() {
            let beta = rho * dot(y, &direction);
            axpy(alphas[j] - beta, s, &mut direction);
        }
        direction.iter_mut().for_each(|d| *d = -*d);
        let slope = dot(&gradient, &direction);
        if slope >= 0.0 {
            // Not a descent direction (numerical trouble): restart from steepest descent.
            history.clear();
            continue;
        }
        let mut step = 1.0;
        let mut new_loss;
        loop {
            for ((c, xi), d) in candidate.iter_mut().zip(&x).zip(&direction) {
                *c = xi + step * d;
            }
            new_loss = f(&candidate, &mut candidate_gradient);
            if new_loss <= loss + 1e-4 * step * slope || step < 1e-10 {
                break;
            }
            step *= 0.5;
        }
        let s: Vec<f64> = candidate.iter().zip(&x).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = candidate_gradient
            .iter()
            .zip(&gradient)
            .map(|(a, b)| a - b)
            .collect();
        let sy = dot(&s, &y);
        std::mem::swap(&mut x, &mut candidate);
        std::mem::swap(&mut gradient, &mut candidate_gradient);
        let improvement = (loss - new_loss) / loss.abs().max(1.0);
        loss = new_loss;
        if sy > 1e-12 {
            if history.len() == MEMORY {
                history.remove(0);
            }
            history.push((s, y, 1.0 / sy));
        }
        if iteration > 0 && improvement < TOLERANCE {
            break;
        }
    }
    x
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn norm(a: &[f64]) -> f64 {
    dot(a, a).sqrt()
}

fn axpy(alpha: f64, x: &[f64], y: &mut [f64]) {
    for (yi, xi) in y.iter_mut().zip(x) {
        *yi += alpha * xi;
    }
}
