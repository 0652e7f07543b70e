use super::*;
use crate::{Sentiment, Target, TargetSet};

const TEXTS: [&str; 5] = [
    "NATO must stand with Ukraine.",
    "Shame on them.",
    "这是另一个大问题",
    "https://t.co/x",
    "The meeting is on Tuesday.",
];

fn batch() -> Vec<Text<'static>> {
    TEXTS.iter().map(|text| Text { text, lang: None }).collect()
}

fn targets() -> TargetSet {
    TargetSet::new(vec![
        Target::new("Ukraine", &[], &[], &[]).unwrap(),
        Target::new("NATO", &[], &[], &[]).unwrap(),
    ])
}

#[test]
fn the_step_scores_as_the_analyzer_and_the_judge_do_alone() {
    let analyzer = SentimentAnalyzer::shared();
    let targets = targets();
    let step = ScoringStep::new(analyzer, Some(StanceJudge::new(analyzer, &targets, None)));
    let scores = step.score(&batch());
    let judge = StanceJudge::new(analyzer, &targets, None);
    for (row, text) in TEXTS.iter().enumerate() {
        assert_eq!(scores.sentiment(row), analyzer.sentiment(text), "{text}");
        assert_eq!(scores.stance[row], judge.judge(text), "{text}");
    }
    let statuses: Vec<&str> = scores.status.iter().map(|s| s.as_str()).collect();
    assert_eq!(
        statuses,
        ["scored", "scored", "other_language", "no_text", "scored"]
    );
}

#[test]
fn a_text_no_scorer_could_read_has_no_scores_and_claims_no_stance() {
    let analyzer = SentimentAnalyzer::shared();
    let targets = targets();
    let step = ScoringStep::new(analyzer, Some(StanceJudge::new(analyzer, &targets, None)));
    let scores = step.score(&batch());
    assert_eq!(scores.polarity[2], None);
    assert_eq!(scores.sentiment(2), Sentiment::OtherLanguage);
    assert!(scores.stance[2]
        .iter()
        .all(|j| j.evidence.rule == crate::stance::Rule::Unreadable));
}

#[test]
fn without_targets_the_step_fills_the_sentiment_columns_alone() {
    let analyzer = SentimentAnalyzer::shared();
    let step = ScoringStep::new(analyzer, None);
    let names: Vec<&str> = step.columns().map(|c| c.name).collect();
    assert_eq!(
        names,
        [
            "sentiment_status",
            "neg",
            "neu",
            "pos",
            "compound",
            "sentiment"
        ]
    );
    assert!(step.columns().all(|c| c.table == Table::Reactions));
    let scores = step.score(&batch());
    assert!(scores.stance.is_empty());
    assert_eq!(scores.polarity[1].map(|p| p.compound), Some(-0.4767));
}

#[test]
fn an_empty_batch_gives_empty_columns() {
    let analyzer = SentimentAnalyzer::shared();
    let targets = targets();
    let step = ScoringStep::new(analyzer, Some(StanceJudge::new(analyzer, &targets, None)));
    let scores = step.score(&[]);
    assert!(scores.status.is_empty() && scores.polarity.is_empty() && scores.stance.is_empty());
}

#[test]
fn portuguese_and_french_texts_are_scored_by_their_packs() {
    let analyzer = SentimentAnalyzer::shared();
    let step = ScoringStep::new(analyzer, None);
    let batch = [
        Text {
            text: "Não gostei, mas o final é ótimo!",
            lang: Some("pt"),
        },
        Text {
            text: "Ce film est génial, mais la fin est décevante.",
            lang: Some("fr-FR"),
        },
        Text {
            text: "https://t.co/x",
            lang: Some("fr"),
        },
        Text {
            text: "Shame on them.",
            lang: Some("en"),
        },
    ];
    let scores = step.score(&batch);
    let statuses: Vec<&str> = scores.status.iter().map(|s| s.as_str()).collect();
    assert_eq!(statuses, ["scored", "scored", "no_text", "scored"]);
    let compounds: Vec<Option<f64>> = scores
        .polarity
        .iter()
        .map(|p| p.map(|p| p.compound))
        .collect();
    assert_eq!(
        compounds,
        [Some(0.5916), Some(-0.3818), None, Some(-0.4767)]
    );
    assert_eq!(
        scores.sentiment(1).polarity().unwrap().label().as_str(),
        "negative"
    );
}
