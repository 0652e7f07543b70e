//! The readability rule on reader comments in the languages of the stories this tool reads
//! (`fixtures/languages.tsv`): English, English with a Swahili word or two, and emoji are
//! scored; Swahili, Chinese, Hindi, Spanish and the rest are not.

use scoring::{SentimentAnalyzer, SentimentStatus};

#[test]
fn every_comment_gets_the_status_its_language_calls_for() {
    let fixture = include_str!("fixtures/languages.tsv");
    let analyzer = SentimentAnalyzer::shared();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for line in fixture.lines().filter(|line| !line.starts_with('#')) {
        let (language, text) = line.split_once('\t').expect("language<TAB>text");
        let want = match language {
            "en" | "en+sw" | "emoji" => SentimentStatus::Scored,
            _ => SentimentStatus::OtherLanguage,
        };
        let got = analyzer.readability(text);
        if got.status() != want {
            wrong.push(format!("{language}: {text:?} is {got:?}"));
        }
        checked += 1;
    }
    assert!(checked > 100, "the fixture has {checked} comments");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn text_without_words_or_emoji_is_no_text() {
    let analyzer = SentimentAnalyzer::shared();
    for text in [
        "",
        "   ",
        "!!!",
        "https://t.co/x1",
        "@someone",
        "12 345",
        "…",
    ] {
        assert_eq!(
            analyzer.readability(text).status(),
            SentimentStatus::NoText,
            "{text:?}"
        );
    }
    // An emoticon VADER reads is text.
    assert_eq!(analyzer.readability(":)").status(), SentimentStatus::Scored);
}

#[test]
fn names_do_not_decide_the_language_unless_they_outnumber_the_words() {
    let analyzer = SentimentAnalyzer::shared();
    let scored = |text| analyzer.readability(text).status() == SentimentStatus::Scored;
    assert!(scored("Zelenskyy met Stoltenberg in Kharkiv today"));
    assert!(!scored("Mein Beileid an die Familien der Opfer."));
    assert!(!scored("Slava Ukraini"));
    assert!(scored("Yaaaay, sooo good"));
}
