//! `make bench`: the trained sentiment packs' prediction speed on one thread.
//!
//! The corpus of each pack is its official AfriSenti test file (vendored under
//! `data/afrisenti/tsv`), repeated to 200,000 texts a round; five rounds, and the median round
//! is reported, since this shared machine's speed drifts by up to a factor of two over
//! seconds. Prediction is what `PackScorer` runs per text: features, the integer weight sums,
//! the argmax. The target is 200,000 texts a second per core.

use std::time::Instant;

use scoring::packs::{self, PACKS};

const ROUNDS: usize = 5;
const TEXTS_PER_ROUND: usize = 200_000;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/afrisenti/tsv");
    println!("packs: median of {ROUNDS} rounds of {TEXTS_PER_ROUND} test tweets, one thread");
    println!("pack\ttweets\tmean bytes\ttexts/s\tMB/s");
    let mut slowest = f64::INFINITY;
    for pack in &PACKS {
        let path = format!("{dir}/{}_test.tsv", pack.afrisenti);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let rows = packs::parse_tsv(&bytes, &path).expect("the vendored test files parse");
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        let corpus: Vec<&str> = texts
            .iter()
            .copied()
            .cycle()
            .take(TEXTS_PER_ROUND)
            .collect();
        let corpus_bytes: usize = corpus.iter().map(|t| t.len()).sum();
        let classifier = pack.classifier();
        let mut rates: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let start = Instant::now();
                let mut checksum = 0usize;
                for text in &corpus {
                    checksum += classifier.predict(text).class;
                }
                std::hint::black_box(checksum);
                corpus.len() as f64 / start.elapsed().as_secs_f64()
            })
            .collect();
        rates.sort_by(f64::total_cmp);
        let median = rates[ROUNDS / 2];
        slowest = slowest.min(median);
        println!(
            "{}\t{}\t{:.0}\t{:.0}\t{:.1}",
            pack.method,
            texts.len(),
            corpus_bytes as f64 / corpus.len() as f64,
            median,
            median * corpus_bytes as f64 / corpus.len() as f64 / 1e6,
        );
    }
    println!("slowest pack: {slowest:.0} texts/s (target 200,000)");
}
