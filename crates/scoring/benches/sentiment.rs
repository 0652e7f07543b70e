//! `make bench`: VADER throughput, ours against the `vader_sentiment` crate and against the
//! reference Python package, in one run on the same corpus.
//!
//! The corpus is the 4,200 tweets of `<shared>/vader/tweets.tsv` (the first argument, default
//! `../shared`). The comparison runs in rounds: each round times ours and the crate on one
//! thread over the tweets repeated 48 times (201,600 texts), then one pass of the Python
//! package over the 4,200 tweets (in a Python process kept running between rounds, so that
//! start-up is not counted). Five rounds make 1,008,000 texts for ours and for the crate.
//! This shared machine's speed drifts by up to a factor of two over seconds, so each ratio is
//! taken within a round, where all three ran under the same conditions, and the median round
//! is reported. The batch API then runs on every core, to show how close to linear it scales.
//! Last, the tweets with every apostrophe typographic, as phones type them, against the plain
//! tweets on one thread.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Instant;

use scoring::SentimentAnalyzer;

const ROUNDS: usize = 5;
const REPEATS_PER_ROUND: usize = 48;

fn main() {
    let shared = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared"));
    let path = shared.join("vader/tweets.tsv");
    let Ok(tsv) = std::fs::read_to_string(&path) else {
        println!(
            "sentiment bench SKIPPED: {} is not available",
            path.display()
        );
        return;
    };
    let tweets: Vec<&str> = tsv
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').nth(2))
        .collect();
    let corpus: Vec<&str> = std::iter::repeat_n(&tweets, REPEATS_PER_ROUND)
        .flatten()
        .copied()
        .collect();
    println!(
        "corpus: {ROUNDS} rounds of {} texts ({} tweets x {REPEATS_PER_ROUND}) = {} texts each for ours and the crate",
        corpus.len(),
        tweets.len(),
        ROUNDS * corpus.len()
    );

    let ours = SentimentAnalyzer::shared();
    let crate_analyzer = vader_sentiment::SentimentIntensityAnalyzer::new();
    let mut python = PythonReference::start(&path);
    if python.is_none() {
        println!(
            "vaderSentiment 3.3.2 (Python): not measured (python3 with vaderSentiment==3.3.2 not found)"
        );
    }

    let mut rounds: Vec<Round> = Vec::new();
    for _ in 0..ROUNDS {
        let ours_rate = rate(&corpus, |text| ours.polarity_scores(text).compound);
        let crate_rate = rate(&corpus, |text| {
            crate_analyzer.polarity_scores(text)["compound"]
        });
        let python_rate = python.as_mut().and_then(PythonReference::pass);
        rounds.push(Round {
            ours: ours_rate,
            crate_: crate_rate,
            python: python_rate,
        });
    }

    let reference_compound: Vec<f64> = tsv
        .lines()
        .skip(1)
        .filter_map(|line| line.rsplit('\t').next()?.parse().ok())
        .collect();
    let differing = |score: &dyn Fn(&str) -> f64| {
        tweets
            .iter()
            .zip(&reference_compound)
            .filter(|(text, want)| (score(text) - **want).abs() > 5e-5)
            .count()
    };
    let ours_differ = differing(&|t| ours.polarity_scores(t).compound);
    let crate_differ = differing(&|t| crate_analyzer.polarity_scores(t)["compound"]);
    println!(
        "compound differs from vaderSentiment 3.3.2 on tweets.tsv: ours {ours_differ} of {n}, crate {crate_differ} of {n}",
        n = tweets.len()
    );

    let ours_rates: Vec<f64> = rounds.iter().map(|r| r.ours).collect();
    println!(
        "ours, one thread:            {:>9.0} texts/s (median round; range {:.0}-{:.0})",
        median(&ours_rates),
        min(&ours_rates),
        max(&ours_rates)
    );
    let crate_rates: Vec<f64> = rounds.iter().map(|r| r.crate_).collect();
    let crate_ratios: Vec<f64> = rounds.iter().map(|r| r.ours / r.crate_).collect();
    println!(
        "vader_sentiment 0.1.1 crate: {:>9.0} texts/s   ours/crate  = {:.1}x (median of rounds; range {:.1}-{:.1}x)",
        median(&crate_rates),
        median(&crate_ratios),
        min(&crate_ratios),
        max(&crate_ratios)
    );
    let python_rounds: Vec<&Round> = rounds.iter().filter(|r| r.python.is_some()).collect();
    if !python_rounds.is_empty() {
        let python_rates: Vec<f64> = python_rounds.iter().filter_map(|r| r.python).collect();
        let python_ratios: Vec<f64> = python_rounds
            .iter()
            .filter_map(|r| Some(r.ours / r.python?))
            .collect();
        println!(
            "vaderSentiment 3.3.2 (Python, {} texts a round, scaled): {:>7.0} texts/s   ours/python = {:.1}x (median of rounds; range {:.1}-{:.1}x)",
            tweets.len(),
            median(&python_rates),
            median(&python_ratios),
            min(&python_ratios),
            max(&python_ratios)
        );
    }

    // Scaling is a ratio too: the one-thread rate is measured again right before the batch.
    let full: Vec<&str> = std::iter::repeat_n(&corpus, ROUNDS)
        .flatten()
        .copied()
        .collect();
    let threads = rayon::current_num_threads();
    let single = rate(&full, |text| ours.polarity_scores(text).compound);
    let started = Instant::now();
    let batch = ours.polarity_scores_batch(&full);
    let batch_rate = full.len() as f64 / started.elapsed().as_secs_f64();
    std::hint::black_box(batch);
    println!(
        "ours, batch on {threads} threads:    {batch_rate:>9.0} texts/s   scaling = {:.0}% of linear (one thread just before: {single:.0} texts/s)",
        100.0 * batch_rate / (single * threads as f64)
    );

    // Comments typed on phones have typographic apostrophes (don’t); they must not cost
    // much more than plain ones. Measured against the plain tweets just before.
    let typographic: Vec<String> = corpus.iter().map(|t| t.replace('\'', "’")).collect();
    let typographic: Vec<&str> = typographic.iter().map(String::as_str).collect();
    let changed = tweets.iter().filter(|t| t.contains('\'')).count();
    let plain = rate(&corpus, |text| ours.polarity_scores(text).compound);
    let typographic_rate = rate(&typographic, |text| ours.polarity_scores(text).compound);
    println!(
        "ours, one thread, every ' made ’ ({changed} of {} tweets changed): {typographic_rate:.0} texts/s = {:.0}% of the plain tweets' {plain:.0}",
        tweets.len(),
        100.0 * typographic_rate / plain
    );
}

struct Round {
    ours: f64,
    crate_: f64,
    python: Option<f64>,
}

/// Texts per second of `score` over `texts`, on this thread.
fn rate(texts: &[&str], score: impl Fn(&str) -> f64) -> f64 {
    let started = Instant::now();
    let mut checksum = 0.0;
    for text in texts {
        checksum += score(text);
    }
    std::hint::black_box(checksum);
    texts.len() as f64 / started.elapsed().as_secs_f64()
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted[sorted.len() / 2]
}

fn min(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::INFINITY, f64::min)
}

fn max(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}

/// The reference package in a Python process that scores the tweets once per line it reads
/// and answers with the rate, timed inside Python.
struct PythonReference {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl PythonReference {
    fn start(tsv: &Path) -> Option<PythonReference> {
        let script = r#"
import sys, time
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
texts = [l.split("\t")[2] for l in open(sys.argv[1], encoding="utf-8").read().splitlines()[1:]]
analyzer = SentimentIntensityAnalyzer()
print("ready", flush=True)
for _ in sys.stdin:
    start = time.perf_counter()
    for t in texts:
        analyzer.polarity_scores(t)
    print(len(texts) / (time.perf_counter() - start), flush=True)
"#;
        let mut child = Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(tsv)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let input = child.stdin.take()?;
        let mut output = BufReader::new(child.stdout.take()?);
        let mut ready = String::new();
        output.read_line(&mut ready).ok()?;
        if ready.trim() != "ready" {
            let _ = child.wait();
            return None;
        }
        Some(PythonReference {
            child,
            input,
            output,
        })
    }

    fn pass(&mut self) -> Option<f64> {
        self.input.write_all(b"go\n").ok()?;
        self.input.flush().ok()?;
        let mut line = String::new();
        self.output.read_line(&mut line).ok()?;
        line.trim().parse().ok()
    }
}

impl Drop for PythonReference {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
