//! Inputs shaped to crash, hang or silently drop data (issue 16): each is read, or refused with
//! an error that names it, and the rest of the run goes on.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use collector::{CollectOptions, Collection};

/// A scratch directory under the target directory, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("hostile-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

const ARTICLE: &str = "Fuel price up\n\n@kgomotso_m said: “Petrol at R25 is daylight robbery.”\n";

/// Collects on another thread, failing the test if it takes longer than a hang would.
fn collect_within(arguments: Vec<String>, limit: Duration) -> Collection {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(collector::collect(&arguments, &CollectOptions::default()));
    });
    receiver
        .recv_timeout(limit)
        .unwrap_or_else(|_| panic!("collect did not finish within {limit:?}"))
}

fn path_string(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(unix)]
#[test]
fn a_fifo_is_reported_by_name_and_never_opened() {
    let dir = scratch("fifo");
    std::fs::write(dir.join("good.txt"), ARTICLE).unwrap();
    let fifo = dir.join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // In a directory walk and named outright.
    let collection = collect_within(
        vec![path_string(&dir), path_string(&fifo)],
        Duration::from_secs(60),
    );
    assert_eq!(collection.reactions.len(), 1, "the good article is read");
    let refused: Vec<_> = collection
        .errors
        .iter()
        .filter(|e| e.source.ends_with("pipe.txt"))
        .collect();
    assert_eq!(refused.len(), 2, "{:?}", collection.errors);
    assert!(refused[0].reason().contains("not a regular file"));
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_are_walked_once() {
    let dir = scratch("symlinks");
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/article.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink(".", dir.join("self")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    let collection = collect_within(vec![path_string(&dir)], Duration::from_secs(60));
    assert_eq!(collection.inputs_read, 1, "{:?}", collection.errors);
    assert_eq!(collection.reactions.len(), 1);
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let dir = scratch("utf16");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(ARTICLE.encode_utf16().flat_map(u16::to_le_bytes));
    let path = dir.join("windows.txt");
    std::fs::write(&path, bytes).unwrap();
    let collection = collect_within(vec![path_string(&path)], Duration::from_secs(60));
    assert!(collection.warnings.is_empty(), "{:?}", collection.warnings);
    assert_eq!(collection.reactions.len(), 1);
    assert_eq!(
        collection.reactions[0].text,
        "Petrol at R25 is daylight robbery."
    );
}

#[test]
fn deeply_nested_html_is_read_without_overflowing_the_stack() {
    // Tests run on threads with a 2 MiB stack: a walker that recursed per element would
    // overflow long before these depths, and the HTML parser, which checks every open element
    // at each start tag, took 20 s on the 100,000 <div>s before their depth was capped.
    for (open, close, depth) in [("<b>", "</b>", 40_000), ("<div>", "</div>", 100_000)] {
        let page = format!(
            "<html><body><article><p>@kgomotso_m said: “Petrol at R25 is daylight robbery.”</p>{}deep text{}</article></body></html>",
            open.repeat(depth),
            close.repeat(depth)
        );
        let (_, reactions) = collector::article_reactions("deep.html", &page, None);
        assert_eq!(reactions.len(), 1, "{open} × {depth}");
        let html = collector::formats::by_name("html").expect("the HTML format");
        assert!(html.parse(&page).body_text().contains("deep text"));
    }
}

#[test]
fn an_article_quoting_many_reactions_keeps_every_distinct_one() {
    // The duplicate check was a scan of every earlier reaction: quadratic in their number.
    let count = 30_000;
    let mut article = String::from("Thread\n\nHere is what readers said:\n\n");
    for i in 0..count {
        article.push_str(&format!("@reader{i} said: “Comment number {i}.”\n\n"));
    }
    article.push_str("@reader0 said: “Comment number 0.”\n");
    let (summary, reactions) = collector::article_reactions("many.txt", &article, None);
    assert_eq!(reactions.len(), count, "the repeated last one is dropped");
    assert_eq!(summary.reactions, count);
}

#[test]
fn a_stray_quote_in_a_csv_export_costs_one_row_not_the_rest_of_the_file() {
    let dir = scratch("csv");
    let path = dir.join("comments.csv");
    std::fs::write(&path, "text,author,id\nfine,a,1\n\"stray,b,2\nthird,c,3\n").unwrap();
    let collection = collect_within(vec![path_string(&path)], Duration::from_secs(60));
    let texts: Vec<_> = collection
        .reactions
        .iter()
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(texts, ["fine", "third"]);
    assert_eq!(collection.errors.len(), 1, "{:?}", collection.errors);
    assert!(collection.errors[0]
        .reason()
        .contains("line 3: a quoted field opened on this line is never closed"));
}

fn disqus_fixture() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/comments/disqus-export.xml");
    std::fs::read_to_string(path).expect("the Disqus fixture")
}

#[test]
fn a_disqus_export_cut_off_inside_a_post_is_an_error_at_its_byte() {
    let whole = disqus_fixture();
    let complete = collector::collect(
        &[path_string(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/comments/disqus-export.xml"),
        )],
        &CollectOptions::default(),
    );
    let message = whole
        .find("<message>&lt;")
        .expect("a message of escaped text");
    let cut = &whole[..message + "<message>".len() + 5];
    let dir = scratch("disqus-cut");
    let path = dir.join("cut.xml");
    std::fs::write(&path, cut).unwrap();
    let collection = collect_within(vec![path_string(&path)], Duration::from_secs(60));
    assert_eq!(collection.errors.len(), 1, "{:?}", collection.errors);
    let post_at = cut.rfind("<post ").expect("the cut post");
    assert!(
        collection.errors[0].reason().starts_with(&format!(
            "byte {post_at}: the export ends inside this <post>"
        )),
        "{}",
        collection.errors[0].reason()
    );
    // The posts before the cut are kept.
    let kept = complete.reactions.iter().take(collection.reactions.len());
    assert!(!collection.reactions.is_empty());
    assert!(collection
        .reactions
        .iter()
        .zip(kept)
        .all(|(a, b)| a.text == b.text));
}

#[test]
fn a_disqus_post_over_the_record_limit_is_reported_and_the_next_read() {
    let whole = disqus_fixture();
    let first = whole.find("<message>").expect("a message") + "<message>".len();
    let padded = format!(
        "{}{}{}",
        &whole[..first],
        " ".repeat(5_000),
        &whole[first..]
    );
    let dir = scratch("disqus-big");
    let path = dir.join("big.xml");
    std::fs::write(&path, &padded).unwrap();
    let options = CollectOptions {
        max_input_bytes: 4_000,
        ..CollectOptions::default()
    };
    let normal = collector::collect(&[path_string(&path)], &CollectOptions::default());
    let limited = collector::collect(&[path_string(&path)], &options);
    assert_eq!(limited.errors.len(), 1, "{:?}", limited.errors);
    assert!(limited.errors[0]
        .reason()
        .contains("4000-byte record limit"));
    assert_eq!(limited.reactions.len(), normal.reactions.len() - 1);
}

#[test]
fn a_date_outside_years_1_to_9999_is_ignored_with_a_warning() {
    let dir = scratch("dates");
    let path = dir.join("RC_far.jsonl");
    let line = |id: &str, at: i64| {
        format!(
            r#"{{"id":"{id}","link_id":"t3_p","parent_id":"t3_p","author":"a{id}","body":"Comment {id}.","created_utc":{at}}}"#
        )
    };
    std::fs::write(
        &path,
        [line("c1", 253_402_300_800), line("c2", 1_700_000_000)].join("\n"),
    )
    .unwrap();
    let collection = collect_within(vec![path_string(&path)], Duration::from_secs(60));
    assert!(collection.errors.is_empty(), "{:?}", collection.errors);
    let posted: Vec<_> = collection
        .reactions
        .iter()
        .map(|r| r.posted_at.as_deref())
        .collect();
    assert_eq!(posted, [None, Some("2023-11-14T22:13:20Z")]);
    assert_eq!(collection.warnings.len(), 1, "{:?}", collection.warnings);
    assert!(collection.warnings[0]
        .reason()
        .starts_with("1 date(s) outside the years 1 to 9999 ignored"));
}

#[test]
fn refused_dates_are_counted_for_the_article_that_has_them() {
    let dir = scratch("article-dates");
    let page = |published: &str| {
        format!(
            r#"<html><head><meta property="article:published_time" content="{published}"></head><body><h1>Fans react</h1><p>Readers were quick to respond.</p><blockquote class="twitter-tweet"><p>What a night.</p>&mdash; Ama (@ama_k) <a href="https://twitter.com/ama_k/status/1">January 1, 0000</a></blockquote></body></html>"#
        )
    };
    let mut paths = Vec::new();
    for (name, published) in [("far.html", "0000-01-01"), ("near.html", "2024-10-19")] {
        let path = dir.join(name);
        std::fs::write(&path, page(published)).unwrap();
        paths.push(path_string(&path));
    }
    let collection = collect_within(paths, Duration::from_secs(60));
    assert!(collection.errors.is_empty(), "{:?}", collection.errors);
    let warnings: Vec<String> = collection
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.source, w.reason()))
        .collect();
    // Each page's embed has a refused date; only the first page's own date is refused too.
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].contains("far.html") && warnings[0].contains(": 2 date(s) outside"));
    assert!(warnings[1].contains("near.html") && warnings[1].contains(": 1 date(s) outside"));
}

/// A Reddit thread's `.json` whose comments each reply to the one before, `depth` deep.
fn nested_reddit_thread(depth: usize) -> String {
    let submission = r#"{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"id":"abc","name":"t3_abc","title":"Deep thread","permalink":"/r/test/comments/abc/deep_thread/"}}]}}"#;
    let mut replies = String::from("\"\"");
    for level in (0..depth).rev() {
        replies = format!(
            r#"{{"kind":"Listing","data":{{"children":[{{"kind":"t1","data":{{"id":"c{level}","name":"t1_c{level}","body":"Reply number {level} in the chain.","author":"user{level}","created_utc":1730000000,"link_id":"t3_abc","parent_id":"{parent}","permalink":"/r/test/comments/abc/deep_thread/c{level}/","replies":{replies}}}}}]}}}}"#,
            parent = if level == 0 {
                "t3_abc".to_string()
            } else {
                format!("t1_c{}", level - 1)
            },
        );
    }
    format!("[{submission},{replies}]")
}

#[test]
fn a_reddit_thread_a_thousand_replies_deep_is_read_whole() {
    let dir = scratch("deep-reddit");
    for depth in [30, 1_000] {
        let path = dir.join(format!("thread-{depth}.json"));
        std::fs::write(&path, nested_reddit_thread(depth)).unwrap();
        let c = collect_within(vec![path.display().to_string()], Duration::from_secs(60));
        assert!(c.errors.is_empty(), "{depth}: {:?}", c.errors);
        assert_eq!(c.reactions.len(), depth, "every comment of {depth}");
        let deepest = c.reactions.iter().filter_map(|r| r.reply_depth).max();
        assert_eq!(deepest, Some(depth as u32 - 1));
    }
}

#[test]
fn a_reddit_thread_nested_past_the_documented_limit_is_refused_by_name() {
    let dir = scratch("too-deep-reddit");
    let path = dir.join("thread.json");
    // Five levels of JSON a reply: 2,100 replies is past the 10,000-level limit.
    std::fs::write(&path, nested_reddit_thread(2_100)).unwrap();
    let c = collect_within(vec![path.display().to_string()], Duration::from_secs(60));
    assert!(c.reactions.is_empty());
    assert_eq!(c.errors.len(), 1, "{:?}", c.errors);
    assert!(c.errors[0].source.ends_with("thread.json"));
    assert!(
        c.errors[0].reason().contains("over the 10000-level limit"),
        "{}",
        c.errors[0].reason()
    );
}

/// `source` with an array `depth` levels deep added to each record, last (the first bytes,
/// which decide the format, are left as they are): before the last `}` of a document, or
/// of each line of JSON Lines.
fn with_deep_field(source: &str, depth: usize, lines: bool) -> String {
    let field = format!(",\"deep\":{}{}}}", "[".repeat(depth), "]".repeat(depth));
    let add = |record: &str| {
        let end = record.rfind('}').expect("a JSON object");
        format!("{}{field}{}", &record[..end], &record[end + 1..])
    };
    if lines {
        source.lines().map(|line| add(line) + "\n").collect()
    } else {
        add(source)
    }
}

#[test]
fn x_youtube_and_json_lines_nested_past_serde_limit_are_read_and_far_past_refused_by_name() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/comments");
    let fixture = |name: &str| std::fs::read_to_string(fixtures.join(name)).unwrap();
    let table = "{\"text\":\"Petrol at R25 is daylight robbery.\",\"author\":\"kgomotso_m\"}\n\
                 {\"text\":\"Eskom must go.\",\"author\":\"naledi\"}\n";
    let exports = [
        ("x-conversation.json", fixture("x-conversation.json"), false),
        (
            "youtube-comment-threads.json",
            fixture("youtube-comment-threads.json"),
            false,
        ),
        (
            "youtube-comment-downloader.jsonl",
            fixture("youtube-comment-downloader.jsonl"),
            true,
        ),
        ("table.jsonl", table.to_string(), true),
    ];
    let dir = scratch("deep-json");
    for (name, source, lines) in exports {
        let plain = dir.join(format!("plain-{name}"));
        std::fs::write(&plain, &source).unwrap();
        let expected = collect_within(vec![path_string(&plain)], Duration::from_secs(30));
        assert!(
            expected.errors.is_empty() && !expected.reactions.is_empty(),
            "{name}"
        );

        // 300 levels: past serde_json's 128, within the documented 10,000.
        let deep = dir.join(format!("deep-{name}"));
        std::fs::write(&deep, with_deep_field(&source, 300, lines)).unwrap();
        let c = collect_within(vec![path_string(&deep)], Duration::from_secs(30));
        assert!(c.errors.is_empty(), "{name}: {:?}", c.errors);
        assert!(c.warnings.is_empty(), "{name}: {:?}", c.warnings);
        assert_eq!(c.reactions.len(), expected.reactions.len(), "{name}");

        // 100,000 levels: refused by name on a collector thread's ordinary stack.
        let too_deep = dir.join(format!("too-deep-{name}"));
        std::fs::write(&too_deep, with_deep_field(&source, 100_000, lines)).unwrap();
        let c = collect_within(vec![path_string(&too_deep)], Duration::from_secs(30));
        assert!(c.reactions.is_empty(), "{name}");
        let refusals: Vec<String> = c
            .errors
            .iter()
            .chain(&c.warnings)
            .map(|e| format!("{}: {}", e.source, e.reason()))
            .collect();
        assert!(!refusals.is_empty(), "{name}");
        for refusal in &refusals {
            assert!(
                refusal.contains(&format!("too-deep-{name}"))
                    && refusal.contains("levels deep, over the 10000-level limit"),
                "{refusal}"
            );
        }
    }
}

#[test]
fn utf16_without_a_mark_and_utf32_are_read_as_the_text_they_hold() {
    let dir = scratch("wide");
    let dump = "{\"body\":\"Petrol at R25 is daylight robbery.\",\"author\":\"kgomotso_m\",\"created_utc\":1730000000,\"link_id\":\"t3_fuel\",\"parent_id\":\"t3_fuel\",\"id\":\"c1\"}\n";
    let utf16 = |text: &str, big: bool| -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    };
    let utf32 = |text: &str, big: bool| -> Vec<u8> {
        text.chars()
            .flat_map(|c| {
                let c = c as u32;
                if big {
                    c.to_be_bytes()
                } else {
                    c.to_le_bytes()
                }
            })
            .collect()
    };
    let mut inputs = Vec::new();
    for (text, name) in [(ARTICLE, "article.txt"), (dump, "dump.jsonl")] {
        for (encoding, bytes) in [
            ("utf16le", utf16(text, false)),
            ("utf16be", utf16(text, true)),
            ("utf32le", utf32(text, false)),
            ("utf32be", utf32(text, true)),
            (
                "utf32le-bom",
                [&[0xFF, 0xFE, 0, 0][..], &utf32(text, false)].concat(),
            ),
        ] {
            let path = dir.join(format!("{encoding}-{name}"));
            std::fs::write(&path, bytes).unwrap();
            inputs.push(path.display().to_string());
        }
    }
    for input in inputs {
        let c = collect_within(vec![input.clone()], Duration::from_secs(30));
        assert!(c.errors.is_empty(), "{input}: {:?}", c.errors);
        assert!(c.warnings.is_empty(), "{input}: {:?}", c.warnings);
        assert_eq!(c.reactions.len(), 1, "{input}");
        assert_eq!(
            c.reactions[0].handle.as_deref(),
            Some("kgomotso_m"),
            "{input}"
        );
    }
}

#[test]
fn configuration_and_model_files_are_bounded_and_must_be_regular_files() {
    use collector::input::{read_file, read_within, FileKind, InputSource};
    let error = read_file(Path::new("/dev/zero"), FileKind::Config).unwrap_err();
    assert_eq!(
        error.to_string(),
        "/dev/zero: not a regular file (a FIFO, socket or device): not read"
    );
    let dir = scratch("kinds");
    let big = dir.join("model.bin");
    std::fs::write(&big, vec![b'x'; 2_000]).unwrap();
    let source = InputSource::Path(big.clone());
    let error = read_within(&source, 1_000, FileKind::StanceModel).unwrap_err();
    assert!(
        error
            .to_string()
            .ends_with("over the 1000-byte limit for a stance model"),
        "{error}"
    );
    #[cfg(unix)]
    {
        let fifo = dir.join("targets.toml");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let error = read_file(&fifo, FileKind::Targets).unwrap_err();
        assert!(error.to_string().contains("not a regular file"), "{error}");
    }
}

#[test]
fn a_disqus_comment_or_text_between_posts_is_held_to_the_record_limit() {
    let whole = disqus_fixture();
    let first = whole.find("<thread ").expect("a thread");
    let options = CollectOptions {
        max_input_bytes: 4_000,
        ..CollectOptions::default()
    };
    let dir = scratch("disqus-outside");
    for (name, filler) in [
        ("text.xml", "x".repeat(50_000)),
        ("comment.xml", format!("<!--{}-->", "x".repeat(50_000))),
    ] {
        let path = dir.join(name);
        std::fs::write(
            &path,
            format!("{}{filler}{}", &whole[..first], &whole[first..]),
        )
        .unwrap();
        let normal = collector::collect(&[path_string(&path)], &CollectOptions::default());
        assert!(normal.errors.is_empty(), "{:?}", normal.errors);
        let limited = collector::collect(&[path_string(&path)], &options);
        assert_eq!(limited.errors.len(), 1, "{:?}", limited.errors);
        let reason = limited.errors[0].reason();
        assert!(
            reason.contains("of more than 8000 bytes, twice the record limit")
                && reason.ends_with("the rest of the export was not read"),
            "{reason}"
        );
        assert!(limited.reactions.is_empty());
    }
}
