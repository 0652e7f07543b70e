//! Extraction must survive anything an input can hold.

use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "<p>",
    "</p>",
    "<blockquote class=\"twitter-tweet\">",
    "</blockquote>",
    "<br>",
    "<article>",
    "<script>",
    "&mdash;",
    "— ",
    "(@",
    ")",
    "@user said:",
    "\n\n",
    "“",
    "”",
    "\"",
    ":",
    ";",
    "March 3, 2021",
    "pic.twitter.com/x",
    "<div class='share'>",
    "<!--",
    "-->",
    "<meta property=\"article:published_time\" content=\"",
    "@Big Name wrote:",
    "Jane Doe replied; ",
    "\u{0}",
    "\u{feff}",
    "é",
    "𝒳",
    "<",
    ">",
    "&",
    "&#x1F600;",
    "---\n",
];

fn fragments() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            ".{0,12}"
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_as_text_or_html(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let (content, _) = collector::input::decode(&bytes);
        for format in collector::formats::FORMATS {
            let _ = collector::article_reactions("fuzz", &content, Some(*format));
        }
    }

    #[test]
    fn arbitrary_article_like_markup(content in fragments()) {
        for format in collector::formats::FORMATS {
            let (_, reactions) = collector::article_reactions("fuzz", &content, Some(*format));
            for reaction in reactions {
                prop_assert!(!reaction.text.is_empty());
                prop_assert_eq!(reaction.reaction_id.len(), 16);
            }
        }
    }
}
