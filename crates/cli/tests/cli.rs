//! The `reactions` binary as a user runs it: inputs, outputs, errors and exit statuses.

mod common;

use std::process::Output;

use common::{reactions, Scratch};

const ARTICLE: &str =
    "Fuel prices\n\nPetrol rose.\n\n@kgomotso_m said:\n\n“Petrol at R25 is daylight robbery.”\n";

fn lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn collect_reads_directories_recursively_and_reports_a_summary() {
    let scratch = Scratch::new("dir");
    scratch.file("a/one.txt", ARTICLE.as_bytes());
    scratch.file(
        "a/b/two.md",
        "Other\n\n@x_y wrote: “Shame on them.”\n".as_bytes(),
    );
    scratch.file("a/ignored.json", b"{}");
    let output = reactions(&["collect", &scratch.path("a").display().to_string()], None);
    assert_eq!(output.status.code(), Some(0));
    let records = lines(&output);
    let handles: Vec<&str> = records
        .iter()
        .map(|r| r["handle"].as_str().unwrap())
        .collect();
    assert_eq!(
        handles,
        ["x_y", "kgomotso_m"],
        "directories are walked in sorted order"
    );
    for column in report::dataset_columns::record::<collector::Reaction, collector::Reaction>() {
        let field = column.name;
        assert!(records[0].get(field).is_some(), "field {field} missing");
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("2 inputs read, 2 articles, 2 reactions, 0 errors"),
        "{stderr}"
    );
}

#[test]
fn a_bad_input_is_named_and_the_rest_still_collected() {
    let scratch = Scratch::new("bad");
    let good = scratch.file("good.txt", ARTICLE.as_bytes());
    let missing = scratch.path("missing.txt").display().to_string();
    let output = reactions(&["collect", &missing, &good], None);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(lines(&output).len(), 1);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("error: {missing}: no such file or directory")),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 inputs read, 1 articles, 1 reactions, 1 errors"),
        "{stderr}"
    );
}

#[test]
fn oversized_inputs_are_refused_unless_the_limit_is_raised() {
    let scratch = Scratch::new("big");
    let big = scratch.file("big.txt", ARTICLE.as_bytes());
    let refused = reactions(&["collect", "--max-input-bytes", "20", &big], None);
    assert_eq!(refused.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("input limit"));
    let accepted = reactions(&["collect", "--max-input-bytes", "1000", &big], None);
    assert_eq!(accepted.status.code(), Some(0));
    assert_eq!(lines(&accepted).len(), 1);
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.extend_from_slice(
        b"\n@other said: \xff\xfe\xe2 \xe2\x80\x9cBroken bytes here.\xe2\x80\x9d\n",
    );
    let output = reactions(&["collect", "-"], Some(&bytes));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(lines(&output).len(), 2);
    assert!(String::from_utf8_lossy(&output.stderr).contains("warning: -: not valid UTF-8"));
}

#[test]
fn globs_and_csv_output_written_atomically() {
    let scratch = Scratch::new("csv");
    scratch.file("x1.txt", ARTICLE.as_bytes());
    scratch.file(
        "x2.txt",
        "T\n\n@evil said: “=HYPERLINK(\"http://evil\",\"x\")”\n".as_bytes(),
    );
    let pattern = scratch.path("x*.txt").display().to_string();
    let out = scratch.path("out/reactions.csv");
    let output = reactions(
        &[
            "collect",
            &pattern,
            "--format",
            "csv",
            "--output",
            &out.display().to_string(),
        ],
        None,
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.starts_with("reaction_id,content_id,article_id,source,"));
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");
    let leftovers: Vec<_> = std::fs::read_dir(out.parent().unwrap()).unwrap().collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no temporary file left next to the output"
    );
}

#[test]
fn the_output_format_follows_the_extension_and_dash_is_standard_output() {
    let scratch = Scratch::new("output-kinds");
    let article = scratch.file("a.txt", ARTICLE.as_bytes());
    let csv = scratch.path("reactions.csv");
    let output = reactions(
        &["collect", &article, "-o", &csv.display().to_string()],
        None,
    );
    assert_eq!(output.status.code(), Some(0));
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(written.starts_with("reaction_id,"), "{written}");
    // An explicit --format wins over the extension.
    let forced = reactions(
        &[
            "collect",
            &article,
            "-o",
            &csv.display().to_string(),
            "--format",
            "jsonl",
        ],
        None,
    );
    assert_eq!(forced.status.code(), Some(0));
    assert!(std::fs::read_to_string(&csv).unwrap().starts_with('{'));
    // `-o -` writes to standard output, not to a file named `-`.
    let dash = std::process::Command::new(env!("CARGO_BIN_EXE_reactions"))
        .args(["collect", &article, "-o", "-"])
        .current_dir(&scratch.0)
        .output()
        .unwrap();
    assert_eq!(dash.status.code(), Some(0));
    assert_eq!(lines(&dash).len(), 1);
    assert!(!scratch.path("-").exists());
}

#[test]
fn a_file_name_cannot_forge_a_log_line() {
    let scratch = Scratch::new("forged");
    let name = "bad\nerror: forged line.txt";
    scratch.file(name, b"\xff\xfe not text \xc3");
    let output = reactions(
        &["collect", &scratch.path(name).display().to_string()],
        None,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.lines().any(|line| line.starts_with("error: forged")),
        "{stderr}"
    );
    assert!(stderr.contains("bad\\nerror: forged line.txt"), "{stderr}");
}

#[test]
fn usage_errors_exit_with_two() {
    assert_eq!(reactions(&["collect"], None).status.code(), Some(2));
    assert_eq!(
        reactions(&["collect", "--format", "xml", "a.txt"], None)
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    for subcommand in ["collect", "sentiment"] {
        let output = reactions(&[subcommand, "--help"], None);
        assert_eq!(output.status.code(), Some(0));
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("Example"),
            "{subcommand}"
        );
    }
}

#[test]
fn sentiment_scores_each_line_in_order_and_names_bad_lines() {
    let output = reactions(
        &["sentiment"],
        Some(b"Shame on them.\n\xff bad\nWhat a great idea!\n"),
    );
    assert_eq!(output.status.code(), Some(3));
    let records = lines(&output);
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["compound"], -0.4767);
    assert_eq!(records[0]["neg"], 0.608);
    assert!(records[1]["error"].as_str().unwrap().contains("line 2"));
    assert_eq!(records[2]["compound"], 0.6588);
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("standard input: line 2: not valid UTF-8")
    );
}

#[test]
fn sentiment_reads_a_file() {
    let scratch = Scratch::new("sentiment");
    let input = scratch.file("texts.txt", b"good\nbad");
    let output = reactions(&["sentiment", "--input", &input], None);
    assert_eq!(output.status.code(), Some(0));
    let records = lines(&output);
    assert_eq!(records.len(), 2);
    assert!(records[0]["compound"].as_f64().unwrap() > 0.0);
    assert!(records[1]["compound"].as_f64().unwrap() < 0.0);
}
