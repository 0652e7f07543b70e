//! A JSON Lines export read thread by thread, as the Spark job reads one split across tasks
//! (`CommentFormat::record_thread`, `ReadOptions::lines`), gives the reactions of reading it
//! whole; and only exports whose records are lines with a thread are split.

use std::collections::HashMap;
use std::ops::ControlFlow;

use collector::comments::{self, ReadOptions, RecordThread};
use collector::Reaction;

/// Interleaved Reddit threads: replies, a reply that only quotes its parent, one quoting other
/// words, a double post, a comment twice, a submission after its first comment, a comment
/// with no submission, and a malformed line.
fn reddit_dump() -> String {
    let mut lines = Vec::new();
    let mut bodies: HashMap<usize, String> = HashMap::new();
    for n in 0..120usize {
        let thread = n * 7 % 5;
        let parent = match (0..n).rev().find(|m| m * 7 % 5 == thread) {
            Some(earlier) if n % 3 != 0 => format!("t1_c{earlier}"),
            _ => format!("t3_s{thread}"),
        };
        let mut body = format!(
            "Comment {} says the mayor {}",
            n % 9,
            ["won", "lost"][n % 2]
        );
        if let (Some(earlier), 0) = (parent.strip_prefix("t1_c"), n % 10) {
            body = format!("> {}", bodies[&earlier.parse::<usize>().unwrap()]);
        } else if n % 13 == 0 {
            body = "> the budget is fine, they said".to_string();
        }
        bodies.insert(n, body.clone());
        let line = |id: String, at: usize| {
            serde_json::json!({"id": id, "link_id": format!("t3_s{thread}"), "parent_id": parent,
                "author": format!("u{}", n % 11), "body": body, "created_utc": 1_700_000_000 + at})
            .to_string()
        };
        lines.push(line(format!("c{n}"), n * 40));
        if n % 17 == 4 {
            lines.push(line(format!("d{n}"), n * 40 + 60));
        }
        if n % 19 == 2 {
            lines.push(line(format!("c{n}"), n * 40));
        }
        if n == 30 + thread {
            lines.push(format!(
                r#"{{"name":"t3_s{thread}","title":"Thread {thread}","created_utc":1700000000}}"#
            ));
        }
    }
    lines.insert(
        50,
        r#"{"body":"orphan","parent_id":"t1_x","id":"o1"}"#.to_string(),
    );
    lines.insert(70, r#"{"body": "unterminated"#.to_string());
    lines.join("\n") + "\n"
}

fn read(
    format: &dyn comments::CommentFormat,
    text: &str,
    options: &ReadOptions,
) -> (Vec<Reaction>, comments::ExportRead) {
    let mut reactions = Vec::new();
    let read = comments::read(
        format,
        "RC.jsonl",
        &mut text.as_bytes(),
        options,
        &mut |r| {
            reactions.push(r);
            ControlFlow::Continue(())
        },
    );
    (reactions, read)
}

#[test]
fn a_dump_read_thread_by_thread_gives_the_reactions_of_reading_it_whole() {
    let dump = reddit_dump();
    let format = comments::line_split_format("RC.jsonl", dump.as_bytes(), None).unwrap();
    assert_eq!(format.name(), "reddit");
    let (whole, whole_read) = read(format, &dump, &ReadOptions::default());

    let mut threads: Vec<(Option<String>, Vec<&str>)> = Vec::new();
    for line in dump.lines() {
        let key = match format.record_thread(line).unwrap() {
            RecordThread::Thread(key) => Some(key),
            RecordThread::Unsplit => None,
        };
        match threads.iter_mut().find(|(k, _)| *k == key) {
            Some((_, lines)) => lines.push(line),
            None => threads.push((key, vec![line])),
        }
    }
    assert_eq!(
        threads.len(),
        7,
        "five threads, t3_unknown and the malformed line"
    );
    let lines_only = ReadOptions {
        lines: true,
        ..ReadOptions::default()
    };
    let mut by_thread = HashMap::new();
    let mut problems = 0;
    for (_, lines) in &threads {
        let (reactions, read) = read(format, &(lines.join("\n") + "\n"), &lines_only);
        problems += read.problems.len();
        by_thread.extend(reactions.into_iter().map(|r| (r.reaction_id.clone(), r)));
    }
    assert_eq!(problems, 1);
    assert_eq!(whole_read.problems.len(), 1);
    assert_eq!(by_thread.len(), whole.len());
    for reaction in &whole {
        assert_eq!(Some(reaction), by_thread.get(&reaction.reaction_id));
    }
    // What the threads' earlier comments decide was at stake.
    assert!(whole.iter().any(|r| r.reply_depth == Some(2)));
    assert!(whole
        .iter()
        .any(|r| r.text.starts_with("the budget is fine")));
    assert!(whole_read.skipped["double_post"] > 0);
    assert!(whole_read.skipped["duplicate"] > 0);
    assert!(whole_read.skipped["empty"] > 0);
}

#[test]
fn only_line_delimited_exports_with_threads_are_split() {
    let split = |name: &str, head: &str, forced: Option<&str>| {
        comments::line_split_format(name, head.as_bytes(), forced).map(|f| f.name())
    };
    let dump = r#"{"id":"c1","link_id":"t3_a","body":"Fine.","author":"a"}"#.to_string() + "\n";
    assert_eq!(split("RC.jsonl", &dump, None), Some("reddit"));
    assert_eq!(split("RC", &dump, Some("reddit")), Some("reddit"));
    let flattened = r#"{"id":"2","conversation_id":"1","author_id":"9","text":"Yes"}"#;
    assert_eq!(
        split("tweets.jsonl", &format!("{flattened}\n"), None),
        Some("x")
    );
    // A line not yet ended, pretty-printed JSON, CSV, an article and UTF-16 are read whole.
    assert_eq!(split("RC.jsonl", dump.trim_end(), None), None);
    assert_eq!(
        split("thread.json", "[\n  {\"kind\": \"Listing\"}\n]\n", None),
        None
    );
    assert_eq!(split("c.csv", "Comment,Name\nFine,a\n", None), None);
    assert_eq!(split("page.html", &dump, None), None);
    assert_eq!(split("RC.jsonl", &dump, Some("html")), None);
    let wide: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(dump.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert!(comments::line_split_format("RC.jsonl", &wide, None).is_none());
}

#[test]
fn records_name_their_thread_or_none() {
    let reddit = comments::by_name("reddit").unwrap();
    let thread = |format: &dyn comments::CommentFormat, line: &str| format.record_thread(line);
    let key = |key: &str| Some(RecordThread::Thread(key.to_string()));
    assert_eq!(
        thread(reddit, r#"{"body":"x","link_id":"abc"}"#),
        key("t3_abc")
    );
    assert_eq!(
        thread(reddit, r#"{"body":"x","parent_id":"t3_abc"}"#),
        key("t3_abc")
    );
    assert_eq!(
        thread(reddit, r#"{"body":"x","parent_id":"t1_q"}"#),
        key("t3_unknown")
    );
    assert_eq!(thread(reddit, r#"{"title":"T","id":"abc"}"#), key("t3_abc"));
    let listing = r#"{"kind":"Listing","data":{"children":[]}}"#;
    assert_eq!(thread(reddit, listing), Some(RecordThread::Unsplit));
    assert_eq!(thread(reddit, "not json"), Some(RecordThread::Unsplit));
    let x = comments::by_name("x").unwrap();
    let post = |id: &str, conversation: &str| {
        format!(r#"{{"id":"{id}","conversation_id":"{conversation}","text":"t"}}"#)
    };
    assert_eq!(thread(x, &post("2", "1")), key("1"));
    let one = format!(r#"{{"data":[{},{}]}}"#, post("2", "1"), post("3", "1"));
    assert_eq!(thread(x, &one), key("1"));
    let two = format!(r#"{{"data":[{},{}]}}"#, post("2", "1"), post("5", "4"));
    assert_eq!(thread(x, &two), Some(RecordThread::Unsplit));
    assert_eq!(
        comments::by_name("youtube").unwrap().record_thread("{}"),
        None
    );
}
