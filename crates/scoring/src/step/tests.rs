use super::*;
use crate::{Sentiment, Target, TargetSet};

const TEXTS: [&str; 5] = [
    "NATO must stand with Ukraine.",
    "Shame on them.",
    "这是另一个大问题",
    "https://t.co/x",
    "The meeting is on Tuesday.",
];

fn batch() -> Vec<ReactionText<'static>> {
    TEXTS
        .iter()
        .map(|text| ReactionText { text, lang: None })
        .collect()
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
        .all(|j| j.evidence.rule == crate::stance::StanceRule::Unreadable));
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
            "sentiment",
            "sentiment_method"
        ]
    );
    assert!(step.columns().all(|c| c.table == DatasetTable::Reactions));
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
        ReactionText {
            text: "Não gostei, mas o final é ótimo!",
            lang: Some("pt"),
        },
        ReactionText {
            text: "Ce film est génial, mais la fin est décevante.",
            lang: Some("fr-FR"),
        },
        ReactionText {
            text: "https://t.co/x",
            lang: Some("fr"),
        },
        ReactionText {
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

#[test]
fn vader_names_itself_as_the_method_of_what_it_scored() {
    let scores = ScoringStep::new(SentimentAnalyzer::shared(), None).score(&batch());
    assert_eq!(
        scores.method,
        [Some("vader"), Some("vader"), None, None, Some("vader")]
    );
    assert_eq!(scores.label[1], Some(SentimentLabel::Negative));
}

/// Tweets of AfriSenti's held-out test files (`ha_test_00002`, `pcm_test_00001`,
/// `sw_test_00008`) with their gold labels, which the shipped packs give.
const PACK_TWEETS: [(&str, &str, &str); 3] = [
    ("ha", "tohh allah shi taimaka", "positive"),
    ("pcm", "i don go follow and patiently waiting for her for apple music should i blow powder before you notice me abeg na", "positive"),
    ("sw", "Watu 12 wamefariki na wengine kuokolewa wakiwa salama baada ya Toyota Hiace kutumbukia Ziwa", "negative"),
];

#[test]
fn a_text_in_a_pack_language_gets_the_pack_label_and_no_compound() {
    let step = ScoringStep::new(SentimentAnalyzer::shared(), None);
    let texts: Vec<ReactionText> = PACK_TWEETS
        .iter()
        .map(|(lang, text, _)| ReactionText {
            text,
            lang: Some(lang),
        })
        .collect();
    let scores = step.score(&texts);
    for (row, (lang, text, label)) in PACK_TWEETS.iter().enumerate() {
        assert_eq!(scores.status[row], SentimentStatus::Scored, "{text}");
        assert_eq!(scores.polarity[row], None, "{text}");
        assert_eq!(
            scores.label[row].map(|l| l.as_str()),
            Some(*label),
            "{text}"
        );
        let method = format!("afrisenti-{lang}");
        assert_eq!(scores.method[row], Some(method.as_str()), "{text}");
        assert!(matches!(scores.sentiment(row), Sentiment::Classified(_)));
    }
}

#[test]
fn the_same_text_without_a_pack_language_is_left_to_vader() {
    let step = ScoringStep::new(SentimentAnalyzer::shared(), None);
    let hausa = ReactionText {
        text: "tohh allah shi taimaka",
        lang: None,
    };
    let scores = step.score(&[
        hausa,
        ReactionText {
            lang: Some("en"),
            ..hausa
        },
    ]);
    assert_eq!(scores.method, [None, None]);
    assert_eq!(scores.status, [SentimentStatus::OtherLanguage; 2]);
    // A link in Hausa has nothing to read: no pack claims it.
    let scores = step.score(&[ReactionText {
        text: "https://t.co/x",
        lang: Some("ha"),
    }]);
    assert_eq!(scores.status[0], SentimentStatus::NoText);
    assert_eq!(scores.method[0], None);
}
