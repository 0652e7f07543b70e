//! The worked example in `../shared/examples`: exactly its four reader reactions.

use std::path::PathBuf;

#[test]
fn north_korea_article_yields_its_four_reactions() {
    let shared = std::env::var_os("REACTIONS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let path = shared.join("examples/north-korea-reactions.txt");
    let Ok(article) = std::fs::read_to_string(&path) else {
        eprintln!(
            "SKIPPED: {} is not available; worked example not checked",
            path.display()
        );
        return;
    };
    let (summary, reactions) =
        collector::article_reactions(&path.display().to_string(), &article, None);
    let got: Vec<(&str, &str, &str)> = reactions
        .iter()
        .map(|r| {
            (
                r.handle.as_deref().unwrap_or("-"),
                r.verb.as_deref().unwrap_or("-"),
                r.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("fmelly966", "said", "This is another big problem for Ukraine."),
            ("pauljuman", "wrote", "Shame on them."),
            (
                "SkepticKen",
                "commented",
                "If North Korea joins the fight with Russia, I can think of no better reason for welcoming Ukraine into NATO."
            ),
            ("worldandoliver", "added", "Russia, China, and North Korea. These countries will cause WWIII."),
        ]
    );
    assert_eq!(reactions[1].raw_text, "“Shame on them.”");
    assert!(reactions
        .iter()
        .enumerate()
        .all(|(i, r)| r.position as usize == i));
    assert!(reactions.iter().all(|r| r.lang.as_deref() == Some("en")));
    assert_eq!(
        summary.title.as_deref(),
        Some("North Korea has allegedly volunteered 100 000 military troops to assist amid the country's onslaught in Ukraine")
    );
}
