//! `reactions collect` and `reactions run` on comment exports, as a user runs them.

mod common;

use common::{reactions, Scratch};

const DUMP: &str = concat!(
    r#"{"id":"a1","link_id":"t3_p1","parent_id":"t3_p1","author":"kgomotso_m","body":"Petrol at R25 is daylight robbery.","created_utc":1614762000,"score":12}"#,
    "\n",
    r#"{"id":"a2","link_id":"t3_p1","parent_id":"t1_a1" "author":"oops"}"#,
    "\n",
    r#"{"id":"a3","link_id":"t3_p1","parent_id":"t1_a1","author":"[deleted]","body":"[deleted]","created_utc":1614762100}"#,
    "\n",
    r#"{"id":"a4","link_id":"t3_p1","parent_id":"t1_a3","author":"sipho_k","body":"=HYPERLINK(\"http://evil.test\") shame on Eskom","created_utc":1614762200,"score":-2}"#,
    "\n",
);

#[test]
fn a_dump_streams_out_with_thread_columns_and_its_bad_line_named() {
    let scratch = Scratch::new("dump");
    let dump = scratch.file("RC_2021-03.jsonl", DUMP.as_bytes());
    let csv = scratch.path("out.csv");
    let output = reactions(
        &[
            "collect",
            &dump,
            "--format",
            "csv",
            "-o",
            &csv.display().to_string(),
        ],
        None,
    );
    assert_eq!(
        output.status.code(),
        Some(3),
        "a malformed line is a partial failure"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("error: {dump}: line 2:")),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "1 inputs read, 1 articles, 2 reactions, 1 errors; comments skipped: 1 deleted"
        ),
        "{stderr}"
    );

    let mut rows = csv::Reader::from_path(&csv).unwrap();
    let header: Vec<String> = rows.headers().unwrap().iter().map(str::to_string).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let (first, reply) = (&rows[0], &rows[1]);
    assert_eq!(&first[column("comment_id")], "t1_a1");
    assert_eq!(&first[column("reply_depth")], "0");
    assert_eq!(&first[column("parent_id")], "");
    assert_eq!(&reply[column("reply_depth")], "2");
    assert_eq!(&reply[column("like_count")], "-2");
    assert!(
        reply[column("text")].starts_with("'=HYPERLINK"),
        "a formula in a comment is neutralized"
    );
}

#[test]
fn run_puts_comments_in_the_dataset_beside_articles() {
    let scratch = Scratch::new("run-comments");
    let dump = scratch.file("comments/RC.jsonl", DUMP.as_bytes());
    let article = scratch.file(
        "articles/fuel.txt",
        "Fuel prices\n\nPublished: 2021-03-03\n\n@lerato_m said: “Eskom must go.”\n".as_bytes(),
    );
    let out = scratch.path("out");
    let output = reactions(
        &[
            "run",
            &dump,
            &article,
            "--out",
            &out.display().to_string(),
            "--collected-on",
            "2021-03-04",
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("3 reactions"), "{stderr}");
    assert!(out.join("report.html").exists());
    let partitions: Vec<String> = std::fs::read_dir(out.join("reactions"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        partitions == ["date=2021-03-03"],
        "comments are filed under the day they were posted, not the collection day: {partitions:?}"
    );
}

/// `reactions collect - | head -1`: once the reader has closed the pipe, the collection stops
/// at once, without reading the rest of its input, and exits 0 without a message.
#[test]
fn a_closed_pipe_stops_the_collection_quietly() {
    use std::io::{BufRead, BufReader, Write};
    use std::time::{Duration, Instant};

    let mut child = common::spawn(&["collect", "-", "--input-format", "reddit"]);
    // An endless dump: a collection that read on after its reader went away never ends.
    let mut input = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        for n in 0.. {
            let line = format!(
                "{{\"id\":\"c{n}\",\"link_id\":\"t3_p1\",\"parent_id\":\"t3_p1\",\"author\":\"reader_{n}\",\"body\":\"Comment number {n} on the fuel levy, which is far too high.\",\"created_utc\":1614762000}}\n"
            );
            if input.write_all(line.as_bytes()).is_err() {
                return n;
            }
        }
        unreachable!()
    });
    let mut output = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    output.read_line(&mut first).unwrap();
    assert!(first.contains("reader_0"), "{first}");
    drop(output);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "still reading after its reader went away"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    feeder.join().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}
