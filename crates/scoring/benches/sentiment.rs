//! `make bench`: VADER throughput, ours against the `vader_sentiment` crate and against the
//! reference Python package, in one run on the same corpus.
//!
//! The corpus is the 4,200 tweets of `<shared>/vader/tweets.tsv` (the first argument, default
//! `../shared`) repeated to 1,008,000 texts. Ours and the crate run single-threaded on all of
//! it; Python runs once over the 4,200 tweets and is scaled. The batch API then runs on every
//! core, to show how close to linear it scales.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use scoring::SentimentAnalyzer;

const REPEATS: usize = 240;

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
    let corpus: Vec<&str> = std::iter::repeat_n(&tweets, REPEATS)
        .flatten()
        .copied()
        .collect();
    println!(
        "corpus: {} texts ({} tweets x {REPEATS})",
        corpus.len(),
        tweets.len()
    );

    let ours = SentimentAnalyzer::shared();
    let started = Instant::now();
    let mut checksum = 0.0;
    for text in &corpus {
        checksum += ours.polarity_scores(text).compound;
    }
    let ours_rate = corpus.len() as f64 / started.elapsed().as_secs_f64();
    std::hint::black_box(checksum);

    let crate_analyzer = vader_sentiment::SentimentIntensityAnalyzer::new();
    let started = Instant::now();
    let mut checksum = 0.0;
    for text in &corpus {
        checksum += crate_analyzer.polarity_scores(text)["compound"];
    }
    let crate_rate = corpus.len() as f64 / started.elapsed().as_secs_f64();
    std::hint::black_box(checksum);

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

    let threads = rayon::current_num_threads();
    let started = Instant::now();
    let batch = ours.polarity_scores_batch(&corpus);
    let batch_rate = corpus.len() as f64 / started.elapsed().as_secs_f64();
    std::hint::black_box(batch);

    println!(
        "compound differs from vaderSentiment 3.3.2 on tweets.tsv: ours {ours_differ} of {n}, crate {crate_differ} of {n}",
        n = tweets.len()
    );
    println!("ours, one thread:            {ours_rate:>12.0} texts/s");
    println!(
        "vader_sentiment 0.1.1 crate: {crate_rate:>12.0} texts/s   ours/crate  = {:.1}x",
        ours_rate / crate_rate
    );
    match python_rate(&path) {
        Some(python) => println!(
            "vaderSentiment 3.3.2 (Python, {} texts, scaled): {python:>8.0} texts/s   ours/python = {:.1}x",
            tweets.len(),
            ours_rate / python
        ),
        None => println!("vaderSentiment 3.3.2 (Python): not measured (python3 with vaderSentiment==3.3.2 not found)"),
    }
    println!(
        "ours, batch on {threads} threads:    {batch_rate:>12.0} texts/s   scaling = {:.0}% of linear",
        100.0 * batch_rate / (ours_rate * threads as f64)
    );
}

/// Texts per second of the reference package over the tweets, timed inside Python so that
/// interpreter start-up is not counted.
fn python_rate(tsv: &std::path::Path) -> Option<f64> {
    let script = r#"
import sys, time
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
texts = [l.split("\t")[2] for l in open(sys.argv[1], encoding="utf-8").read().splitlines()[1:]]
analyzer = SentimentIntensityAnalyzer()
start = time.perf_counter()
for t in texts:
    analyzer.polarity_scores(t)
print(len(texts) / (time.perf_counter() - start))
"#;
    let output = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(tsv)
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8(output.stdout).ok()?.trim().parse().ok()
}
