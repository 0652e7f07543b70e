//! Parity with vaderSentiment 3.3.2 on the VADER paper's 4,200 tweets in `../shared`.

use std::path::PathBuf;

use scoring::{Polarity, SentimentAnalyzer};

fn shared_dir() -> PathBuf {
    std::env::var_os("REACTIONS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

#[test]
fn every_tweet_scores_exactly_as_the_reference() {
    let path = shared_dir().join("vader/tweets.tsv");
    let Ok(corpus) = std::fs::read_to_string(&path) else {
        eprintln!(
            "SKIPPED: {} is not available; parity on tweets.tsv not checked",
            path.display()
        );
        return;
    };
    let analyzer = SentimentAnalyzer::shared();
    let mut rows = 0;
    let mut mismatches = Vec::new();
    for (index, line) in corpus.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert!(
            fields.len() >= 7,
            "line {} has {} fields",
            index + 1,
            fields.len()
        );
        let text = fields[2..fields.len() - 4].join("\t");
        let number = |k: usize| -> f64 { fields[fields.len() - 4 + k].parse().unwrap() };
        let want = Polarity {
            neg: number(0),
            neu: number(1),
            pos: number(2),
            compound: number(3),
        };
        let got = analyzer.polarity_scores(&text);
        rows += 1;
        if got != want {
            mismatches.push(format!(
                "line {}: {text:?}\n   got {got:?}\n  want {want:?}",
                index + 1
            ));
        }
    }
    assert_eq!(rows, 4200, "tweets.tsv should hold 4,200 rows");
    assert!(
        mismatches.is_empty(),
        "{} of {rows} rows differ; first ones:\n{}",
        mismatches.len(),
        mismatches
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
