//! Parity with vaderSentiment 3.3.2 on the VADER paper's 4,200 tweets in `../shared`.

use std::path::PathBuf;

use scoring::{Polarity, Sentiment, SentimentAnalyzer, SentimentStatus};

fn shared_dir() -> PathBuf {
    std::env::var_os("REACTIONS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

/// The corpus, or `None` (with a message) when `../shared` is absent.
fn tweets() -> Option<String> {
    let path = shared_dir().join("vader/tweets.tsv");
    let corpus = std::fs::read_to_string(&path).ok();
    if corpus.is_none() {
        eprintln!(
            "SKIPPED: {} is not available; parity on tweets.tsv not checked",
            path.display()
        );
    }
    corpus
}

/// (text, the reference's scores) per row.
fn rows(corpus: &str) -> Vec<(String, Polarity)> {
    corpus
        .lines()
        .enumerate()
        .skip(1)
        .map(|(index, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert!(
                fields.len() >= 7,
                "line {} has {} fields",
                index + 1,
                fields.len()
            );
            let number = |k: usize| -> f64 { fields[fields.len() - 4 + k].parse().unwrap() };
            let text = fields[2..fields.len() - 4].join("\t");
            let want = Polarity {
                neg: number(0),
                neu: number(1),
                pos: number(2),
                compound: number(3),
            };
            (text, want)
        })
        .collect()
}

#[test]
fn the_readability_rule_scores_the_english_tweets_and_changes_no_score() {
    let Some(corpus) = tweets() else {
        return;
    };
    let analyzer = SentimentAnalyzer::shared();
    let rows = rows(&corpus);
    let mut unscored = Vec::new();
    for (text, want) in &rows {
        match analyzer.sentiment(text) {
            Sentiment::Scored(got) => assert_eq!(&got, want, "{text:?}"),
            other => unscored.push(format!("{:?}: {text:?}", other.status())),
        }
    }
    // The corpus is English but for a few tweets in Turkish, Dutch, Norwegian, Spanish and
    // romanised Hindi; at least 99% must be scored.
    assert!(
        unscored.len() * 100 <= rows.len(),
        "{} of {} tweets not scored:\n{}",
        unscored.len(),
        rows.len(),
        unscored.join("\n")
    );
    assert_eq!(
        analyzer.sentiment("@anonymous 11?").status(),
        SentimentStatus::NoText
    );
}

#[test]
fn every_tweet_scores_exactly_as_the_reference() {
    let Some(corpus) = tweets() else {
        return;
    };
    let analyzer = SentimentAnalyzer::shared();
    let rows = rows(&corpus);
    let mut mismatches = Vec::new();
    for (index, (text, want)) in rows.iter().enumerate() {
        let got = analyzer.polarity_scores(text);
        if &got != want {
            mismatches.push(format!(
                "row {}: {text:?}\n   got {got:?}\n  want {want:?}",
                index + 1
            ));
        }
    }
    assert_eq!(rows.len(), 4200, "tweets.tsv should hold 4,200 rows");
    assert!(
        mismatches.is_empty(),
        "{} of {} rows differ; first ones:\n{}",
        mismatches.len(),
        rows.len(),
        mismatches
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The committed accuracy of English VADER (`data/vader-accuracy.jsonl`, which the methods
/// table shows) is what `reactions sentiment eval --english` measures on these tweets.
#[test]
fn vaders_committed_accuracy_is_what_the_tweets_give() {
    let Some(tsv) = tweets() else { return };
    let measured =
        scoring::accuracy::measure_vader_tweets(SentimentAnalyzer::shared(), &tsv, "tweets.tsv")
            .unwrap();
    assert_eq!(measured.texts, 4200);
    assert_eq!(
        scoring::accuracy::of_method("vader"),
        Some(scoring::accuracy::Accuracy::Measured(measured))
    );
}
