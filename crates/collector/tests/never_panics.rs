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

const EXPORT_FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\n",
    "\\",
    "null",
    "true",
    "1.5e3",
    "-7",
    r#""kind":"Listing","data":{"children":["#,
    r#""kind":"t1","data":{"#,
    r#""kind":"more""#,
    r#""body":"#,
    r#""replies":"#,
    r#""link_id":"t3_a""#,
    r#""parent_id":"t1_b""#,
    r#""created_utc":"#,
    r#""score":"1.2K""#,
    r#""[deleted]""#,
    r#""items":["#,
    r#""snippet":{"#,
    r#""topLevelComment":{"#,
    r#""textDisplay":"<b>x</b>&amp;""#,
    r#""kind":"youtube#commentThreadListResponse""#,
    r#""data":["#,
    r#""author_id":"1""#,
    r#""conversation_id":"1""#,
    r#""referenced_tweets":[{"type":"replied_to","id":"1"}]"#,
    r#""cid":"a.b""#,
    r#""votes":"#,
    "<disqus>",
    "<thread dsq:id=\"1\">",
    "<post dsq:id=\"2\">",
    "</post>",
    "</thread>",
    "<message><![CDATA[<p>hi</p>]]></message>",
    "&lt;",
    "&#0;",
    "text,author\n",
    ";",
    "é",
    "𝒳",
    "\u{feff}",
];

fn export_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(EXPORT_FRAGMENTS).prop_map(|f| f.as_bytes().to_vec()),
            prop::collection::vec(any::<u8>(), 0..8),
        ],
        0..80,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn comment_formats_never_panic(bytes in export_bytes()) {
        for format in collector::comments::COMMENT_FORMATS {
            let mut reactions = 0;
            let read = collector::comments::read(
                *format,
                "fuzz",
                &mut bytes.as_slice(),
                &Default::default(),
                &mut |_| reactions += 1,
            );
            prop_assert_eq!(read.reactions, reactions);
        }
    }
}
