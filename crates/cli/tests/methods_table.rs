//! `reactions run` on comments in English, Hausa, Pidgin, Portuguese, French, Chinese and
//! without words: `tables/methods.csv` counts them per language, method and status, and its
//! accuracy cells are the methods' own measured figures (`scoring::accuracy`).

mod common;

use std::collections::BTreeMap;

use common::{reactions, Scratch};
use scoring::accuracy::{self, Accuracy};

const ARTICLE: &str = "https://daily.example/news/fuel";

/// (comment, the language it must get).
const COMMENTS: &[(&str, &str)] = &[
    (
        "Terrible news, my thoughts are with the families who lost everything.",
        "en",
    ),
    (
        "What a wonderful decision, I am so happy for the farmers.",
        "en",
    ),
    (
        "Allah ya kara daukaka, muna godiya sosai da wannan aiki mai kyau.",
        "ha",
    ),
    (
        "Wallahi gwamnati ba ta taimaka mana ba, talakawa suna shan wahala.",
        "ha",
    ),
    (
        "Dis government no dey hear word at all, wetin we go chop now?",
        "pcm",
    ),
    (
        "Abeg make una free us, dis fuel price don pass our power o.",
        "pcm",
    ),
    (
        "Que vergonha, este governo não faz nada pelo povo e os preços não param de subir.",
        "pt",
    ),
    (
        "Que bom, este governo finalmente fez uma coisa boa pelo povo e os preços vão descer.",
        "pt",
    ),
    (
        "C'est une honte, ce gouvernement ne fait rien pour les familles.",
        "fr",
    ),
    ("这是另一个大问题，政府应该早点采取行动。", "zh"),
    ("物价涨得太快了，老百姓怎么活？", "zh"),
    ("https://example.org/photos/1234", ""),
];

fn export() -> String {
    let mut csv = String::from("Article URL,Name,Comment,Posted At,Likes,Comment ID,Reply To\n");
    for (i, (text, _)) in COMMENTS.iter().enumerate() {
        csv.push_str(&format!(
            "{ARTICLE},Reader {i},\"{text}\",2024-10-05T07:{:02}:00Z,1,c{i},\n",
            10 + i
        ));
    }
    csv
}

#[test]
fn the_methods_table_counts_each_language_and_method_with_its_measured_accuracy() {
    let scratch = Scratch::new("methods-table");
    let input = scratch.file("comments/fuel.csv", export().as_bytes());
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

    let mut table = csv::Reader::from_path(out.join("tables/methods.csv")).unwrap();
    let header = table.headers().unwrap().clone();
    let rows: Vec<BTreeMap<String, String>> = table
        .records()
        .map(|record| {
            header
                .iter()
                .zip(record.unwrap().iter())
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect()
        })
        .collect();
    let groups: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["language"].as_str(),
                r["method"].as_str(),
                r["status"].as_str(),
                r["reactions"].as_str(),
            )
        })
        .collect();
    // Languages with the most reactions first, then by code; the link has no words and no
    // language.
    assert_eq!(
        groups,
        [
            ("en", "vader", "scored", "2"),
            ("ha", "afrisenti-ha", "scored", "2"),
            ("pcm", "afrisenti-pcm", "scored", "2"),
            ("pt", "vader-pt-leia", "scored", "2"),
            ("zh", "none", "other_language", "2"),
            ("fr", "vader-fr", "scored", "1"),
            ("und", "none", "no_text", "1"),
        ]
    );
    for (lang, _, _, count) in &groups[..6] {
        let expected = COMMENTS.iter().filter(|(_, l)| l == lang).count();
        assert_eq!(count.parse::<usize>().unwrap(), expected, "{lang}");
    }
    let total: usize = groups.iter().map(|g| g.3.parse::<usize>().unwrap()).sum();
    assert_eq!(total, COMMENTS.len());
    assert_eq!(rows[0]["of_all_reactions_share"], "0.1667");
    // The labelled shares are over the row's reactions, and a row no method read has none.
    for row in &rows {
        let labelled: f64 = ["positive_share", "neutral_share", "negative_share"]
            .iter()
            .map(|c| row[*c].parse::<f64>().unwrap_or(0.0))
            .sum();
        let scored = row["status"] == "scored";
        assert!(
            (labelled - f64::from(u8::from(scored))).abs() < 1e-3,
            "{row:?}"
        );
    }

    // The accuracy cells are the methods' measured figures, as scoring records them.
    for row in &rows {
        match accuracy::of_method(&row["method"]) {
            Some(Accuracy::Measured(measured)) => {
                assert_eq!(row["weighted_f1"], format!("{:.2}", measured.weighted_f1));
                assert_eq!(row["accuracy"], format!("{:.2}", measured.accuracy));
                assert_eq!(row["test_set"], measured.test_set);
                assert_eq!(row["test_texts"], measured.texts.to_string());
            }
            Some(Accuracy::NotMeasured { reason }) => {
                assert_eq!(row["method"], "vader-fr");
                assert_eq!(
                    (row["weighted_f1"].as_str(), row["test_set"].as_str()),
                    ("", reason)
                );
            }
            None => {
                assert_eq!(row["method"], "none");
                assert_eq!(row["test_set"], "");
            }
        }
    }
    let hausa = rows.iter().find(|r| r["method"] == "afrisenti-ha").unwrap();
    assert!(hausa["test_set"].contains("Hausa"), "{hausa:?}");
    let portuguese = rows
        .iter()
        .find(|r| r["method"] == "vader-pt-leia")
        .unwrap();
    assert!(
        portuguese["test_set"].contains("Mozambican"),
        "{portuguese:?}"
    );

    // The page and the notebook show the same table, its text escaped.
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(page.contains("<h2>How each language was scored</h2>"));
    assert!(
        page.contains("Hutto &amp; Gilbert"),
        "escaped like every cell"
    );
    let notebook = std::fs::read_to_string(out.join("report.ipynb")).unwrap();
    assert!(notebook.contains("## How each language was scored"));
    assert!(notebook.contains("AfriSenti-SemEval 2023 test, Nigerian Pidgin tweets"));
}
