//! `reactions run` on a comment export in several languages: VADER scores only what it can
//! read, a trained pack the languages it has (Swahili here), and every table says what its
//! figures cover.

mod common;

use common::{reactions, Scratch};
use report::dataset::read_dataset;
use scoring::SentimentStatus;

const FLOODS: &str = "https://daily.example/news/floods";
const WEIBO: &str = "https://daily.example/news/weibo-reacts";

/// (article, comment id, comment, the status it must get, the language it must get).
const COMMENTS: &[(&str, &str, &str, &str, &str)] = &[
    (
        FLOODS,
        "c1",
        "Terrible news, my thoughts are with the families who lost everything.",
        "scored",
        "en",
    ),
    (
        FLOODS,
        "c2",
        "The council was warned about these drains years ago and did nothing.",
        "scored",
        "en",
    ),
    (
        FLOODS,
        "c3",
        "Pole sana to the families, this is heartbreaking.",
        "scored",
        "en",
    ),
    (FLOODS, "c4", "🙏🙏🙏", "scored", ""),
    (
        FLOODS,
        "c5",
        "Serikali hii imetuangusha sana, hakuna kazi wala chakula kwa watu.",
        "scored",
        "sw",
    ),
    (
        FLOODS,
        "c6",
        "这是另一个大问题，政府应该早点采取行动。",
        "other_language",
        "zh",
    ),
    (
        FLOODS,
        "c7",
        "यह सरकार पूरी तरह से नाकाम है, किसानों की कोई नहीं सुनता।",
        "other_language",
        "hi",
    ),
    (
        FLOODS,
        "c8",
        "Qué vergüenza, este gobierno no sirve para nada y los precios no paran de subir.",
        "other_language",
        "es",
    ),
    (
        FLOODS,
        "c9",
        "https://example.org/photos/1234",
        "no_text",
        "",
    ),
    (
        WEIBO,
        "w1",
        "说得太好了，支持！希望和平早日到来。",
        "other_language",
        "zh",
    ),
    (
        WEIBO,
        "w2",
        "物价涨得太快了，老百姓怎么活？",
        "other_language",
        "zh",
    ),
];

fn export() -> String {
    let mut csv = String::from("Article URL,Name,Comment,Posted At,Likes,Comment ID,Reply To\n");
    for (i, (article, id, text, _, _)) in COMMENTS.iter().enumerate() {
        csv.push_str(&format!(
            "{article},Reader {i},\"{text}\",2024-10-05T07:{:02}:00Z,1,{id},\n",
            10 + i
        ));
    }
    csv
}

#[test]
fn only_readable_comments_are_scored_and_the_tables_count_the_rest_apart() {
    let scratch = Scratch::new("mixed-languages");
    let input = scratch.file("comments/floods.csv", export().as_bytes());
    let out = scratch.path("out");
    let run = reactions(
        &[
            "run",
            &input,
            "--out",
            &out.display().to_string(),
            "--collected-on",
            "2024-10-06",
        ],
        None,
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let data = read_dataset(&out).expect("the dataset reads back");
    assert_eq!(data.reactions.len(), COMMENTS.len());
    for (_, id, text, status, lang) in COMMENTS {
        let row = data
            .reactions
            .iter()
            .find(|r| r.reaction.comment_id.as_deref() == Some(*id))
            .unwrap_or_else(|| panic!("comment {id} is in the dataset"));
        assert_eq!(row.sentiment.status().as_str(), *status, "{text}");
        let method = if *lang == "sw" {
            "afrisenti-sw"
        } else {
            "vader"
        };
        assert_eq!(
            row.method.as_deref(),
            (*status == "scored").then_some(method),
            "{text}"
        );
        assert_eq!(
            row.polarity().is_some(),
            row.method.as_deref() == Some("vader"),
            "VADER's scores are set exactly when VADER scored: {text}"
        );
        if !lang.is_empty() {
            assert_eq!(row.reaction.lang.as_deref(), Some(*lang), "{text}");
        }
    }
    assert!(data
        .stance
        .iter()
        .filter(|s| {
            let row = data
                .reactions
                .iter()
                .find(|r| r.reaction.reaction_id == s.reaction_id);
            row.unwrap().sentiment.status() != SentimentStatus::Scored
        })
        .all(|s| s.rule.as_str() == "unreadable"));

    let mut table = csv::Reader::from_path(out.join("tables/articles.csv")).unwrap();
    let header = table.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|c| c == name).unwrap();
    let rows: Vec<csv::StringRecord> = table.records().map(Result::unwrap).collect();
    // One row per thread, named by its URL.
    let thread = |url: &str| {
        rows.iter()
            .find(|r| &r[column("article")] == url)
            .unwrap_or_else(|| panic!("no row names {url}"))
    };
    let (floods, weibo) = (thread(FLOODS), thread(WEIBO));
    assert_eq!(rows.len(), 2);
    assert_eq!(&floods[column("n")], "5");
    assert_eq!(&floods[column("unscored")], "4");
    assert_eq!(&floods[column("unscored_languages")], "es 1, hi 1, zh 1");
    // Shares are over the 5 scored reactions, not the 9 collected: VADER's 3 negative, and
    // the Swahili pack's label, neutral (a reader would say negative: the pack is right on
    // 58% of its test tweets, docs/sentiment.md).
    assert_eq!(&floods[column("negative_share")], "0.6000");
    // The mean compound is VADER's alone: the pack gives none.
    let swahili = data
        .reactions
        .iter()
        .find(|r| r.reaction.comment_id.as_deref() == Some("c5"))
        .unwrap();
    assert_eq!(swahili.label().map(|l| l.as_str()), Some("neutral"));
    assert_eq!(&weibo[column("n")], "0");
    assert_eq!(&weibo[column("unscored")], "2");
    assert_eq!(&weibo[column("unscored_languages")], "zh 2");
    assert_eq!(&weibo[column("mean_compound")], "");
    assert_eq!(&weibo[column("neutral_share")], "", "no fake neutral share");

    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(
        page.contains(
            "5 reactions in other languages were not scored (zh 3, es 1, hi 1); 1 reaction had no text to score."
        ),
        "the headline says what was not scored"
    );
    assert!(
        page.contains("—, 2 unscored"),
        "the all-Chinese article has no mean"
    );
    let notebook = std::fs::read_to_string(out.join("report.ipynb")).unwrap();
    assert!(notebook.contains("5 reactions in other languages were not scored (zh 3"));
}
