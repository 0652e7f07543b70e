//! Extraction and every export reader must survive anything an input can hold: random bytes,
//! article-like and export-like fragments, and damaged copies of every fixture.

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
        every_comment_format_counts_what_it_emits(&bytes)?;
    }
}

/// Reads `bytes` as every comment format: each must count exactly the reactions it emitted.
fn every_comment_format_counts_what_it_emits(bytes: &[u8]) -> Result<(), TestCaseError> {
    for format in collector::comments::COMMENT_FORMATS {
        let mut reactions = 0;
        let read = collector::comments::read(
            *format,
            "fuzz",
            &mut &bytes[..],
            &Default::default(),
            &mut |_| {
                reactions += 1;
                std::ops::ControlFlow::Continue(())
            },
        );
        prop_assert_eq!(read.reactions, reactions);
    }
    Ok(())
}

/// Every fixture of the repository's tests, as bytes.
fn fixtures() -> Vec<Vec<u8>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    for dir in ["comments", "publishers"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("fixture directory")
            .map(|entry| entry.expect("entry").path())
            .collect();
        paths.sort();
        files.extend(paths.iter().map(|p| std::fs::read(p).expect("fixture")));
    }
    files
}

static FIXTURES: std::sync::LazyLock<Vec<Vec<u8>>> = std::sync::LazyLock::new(fixtures);

/// One edit of a file: what real damage looks like (a cut, a lost or doubled stretch, flipped
/// bytes, bytes from elsewhere).
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 0..512usize).prop_map(|(at, n)| Mutation::Delete(at, n)),
        (any::<usize>(), 0..512usize).prop_map(|(at, n)| Mutation::Duplicate(at, n)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Flip(at, b)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 0..64))
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::Truncate(at) => bytes.truncate(at % len),
            Mutation::Delete(at, n) => {
                let start = (at % len).min(bytes.len());
                let end = (start + n).min(bytes.len());
                bytes.drain(start..end);
            }
            Mutation::Duplicate(at, n) => {
                let start = (at % len).min(bytes.len());
                let end = (start + n).min(bytes.len());
                let copy = bytes[start..end].to_vec();
                bytes.splice(end..end, copy);
            }
            Mutation::Flip(at, byte) => {
                if !bytes.is_empty() {
                    let at = at % bytes.len();
                    bytes[at] ^= byte;
                }
            }
            Mutation::Insert(at, inserted) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, inserted.iter().copied());
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Damaged copies of every fixture, read as every format: no panic, and no input takes
    /// long (a hang or a quadratic blow-up would).
    #[test]
    fn every_reader_survives_damaged_fixtures(
        which in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let original = which.get(&FIXTURES).clone();
        let bytes = mutate(original, &mutations);
        let started = std::time::Instant::now();
        let (content, _) = collector::input::decode(&bytes);
        for format in collector::formats::FORMATS {
            let _ = collector::article_reactions("damaged", &content, Some(*format));
        }
        every_comment_format_counts_what_it_emits(&bytes)?;
        prop_assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{} bytes took {:?}",
            bytes.len(),
            started.elapsed()
        );
    }
}
