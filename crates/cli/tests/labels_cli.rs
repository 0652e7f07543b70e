//! Analysts' labels through the binary: `reactions run --labels` puts them on the dataset's
//! rows beside the model's values, every figure counts them, a record labelled
//! `is_reaction=false` leaves every figure, and a row that cannot be used is a warning naming
//! its line while the rest apply. `reactions report --labels` does the same to a dataset
//! without a run's state.

mod common;

use std::collections::HashMap;
use std::path::Path;

use common::{assert_same_files, reactions, Scratch};
use report::rows::ReportData;
use scoring::{SentimentLabel, Stance};

/// 2024-10-09T08:00:00Z.
const POSTED: i64 = 1_728_460_800;

/// A Reddit thread under a NATO story, as a Pushshift dump has it.
fn thread() -> String {
    let comments = [
        (
            "c0",
            "reader1",
            "Oh great, another summit. I love wasting money.",
        ),
        ("c1", "reader2", "This is a terrible waste of money"),
        (
            "c2",
            "reader3",
            "NATO did a good job keeping the peace here",
        ),
        (
            "c3",
            "press_office",
            "The spokesperson said the summit will go ahead today",
        ),
        (
            "c4",
            "reader4",
            "Happy to see the leaders talking, wonderful news",
        ),
    ];
    let mut lines: Vec<String> = comments
        .iter()
        .enumerate()
        .map(|(i, (id, author, body))| {
            format!(
                r#"{{"id":"{id}","link_id":"t3_nato","parent_id":"t3_nato","author":"{author}","body":"{body}","created_utc":{},"score":3,"subreddit":"worldnews"}}"#,
                POSTED + i as i64 * 60
            )
        })
        .collect();
    lines.push(format!(
        r#"{{"id":"nato","name":"t3_nato","title":"NATO leaders meet in Washington","permalink":"/r/worldnews/comments/nato/x/","created_utc":{POSTED}}}"#
    ));
    lines.join("\n") + "\n"
}

fn targets(scratch: &Scratch) -> String {
    scratch.file(
        "targets.toml",
        b"[[target]]\nname = \"NATO\"\naliases = [\"North Atlantic Treaty Organization\"]\n",
    )
}

fn run(out: &Path, input: &str, targets: &str, extra: &[&str]) -> std::process::Output {
    let out_text = out.display().to_string();
    let mut args = vec![
        "run",
        input,
        "--targets",
        targets,
        "--out",
        &out_text,
        "--collected-on",
        "2024-10-10",
    ];
    args.extend(extra);
    let output = reactions(&args, None);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The reaction ids by the start of their text.
fn ids(data: &ReportData) -> HashMap<String, String> {
    data.reactions
        .iter()
        .map(|r| {
            let words: String = r
                .reaction
                .text
                .split(' ')
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            (words, r.reaction.reaction_id.clone())
        })
        .collect()
}

/// The column `name` of a table's CSV, every row.
fn column(path: &Path, name: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("{} has no column {name}", path.display()));
    reader
        .records()
        .map(|r| r.unwrap().get(at).unwrap().to_string())
        .collect()
}

fn total(path: &Path, name: &str) -> usize {
    column(path, name)
        .iter()
        .map(|v| v.parse::<usize>().unwrap())
        .sum()
}

/// The negative reactions of `days.csv`: the share times n, per day.
fn negative(out: &Path) -> usize {
    let days = out.join("tables/days.csv");
    column(&days, "negative_share")
        .iter()
        .zip(column(&days, "n"))
        .map(|(share, n)| {
            (share.parse::<f64>().unwrap() * n.parse::<f64>().unwrap()).round() as usize
        })
        .sum()
}

fn labels_file(scratch: &Scratch, ids: &HashMap<String, String>) -> String {
    let content = format!(
        "reaction_id,field,value,author,note\n\
         {sarcasm},sentiment,Negative,ana,\"sarcasm <script>alert(1)</script>\"\n\
         nope,sentiment,positive,ana,\n\
         {waste},sentiment,furious,bo,\n\
         {nato},stance:NATO,AGAINST,bo,\"=HYPERLINK(\"\"http://x\"\")\"\n\
         {press},is_reaction,false,cy,the press office's statement\n",
        sarcasm = ids["Oh great,"],
        waste = ids["This is"],
        nato = ids["NATO did"],
        press = ids["The spokesperson"],
    );
    scratch.file("labels.csv", content.as_bytes())
}

#[test]
fn labels_apply_everywhere_and_keep_the_models_values() {
    let scratch = Scratch::new("labels-everywhere");
    let input = scratch.file("RC_2024-10.json", thread().as_bytes());
    let targets = targets(&scratch);
    let (plain, labelled) = (scratch.path("plain"), scratch.path("labelled"));
    run(&plain, &input, &targets, &[]);
    let model = report::dataset::read_dataset(&plain).unwrap();
    let ids = ids(&model);
    let labels = labels_file(&scratch, &ids);

    let output = run(&labelled, &input, &targets, &["--labels", &labels]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("labels.csv:3: reaction_id \"nope\" is not in the dataset; skipped"),
        "{stderr}"
    );
    assert!(
        stderr.contains("labels.csv:4: sentiment value \"furious\" is not positive, neutral or negative; skipped"),
        "{stderr}"
    );
    let manifest = std::fs::read_dir(labelled.join("runs"))
        .unwrap()
        .next()
        .unwrap();
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(manifest.unwrap().path()).unwrap()).unwrap();
    assert_eq!(manifest["labels"]["applied"], 3, "{manifest}");
    assert_eq!(manifest["labels"]["skipped"], 2, "{manifest}");

    // The dataset: the person's value beside the model's, which is kept as it was.
    let data = report::dataset::read_dataset(&labelled).unwrap();
    let row = |id: &str| {
        data.reactions
            .iter()
            .find(|r| r.reaction.reaction_id == id)
            .unwrap()
    };
    let sarcasm = row(&ids["Oh great,"]);
    assert_eq!(sarcasm.label(), Some(SentimentLabel::Positive));
    assert_eq!(sarcasm.human_sentiment, Some(SentimentLabel::Negative));
    assert_eq!(sarcasm.applied_label(), Some(SentimentLabel::Negative));
    assert!(!row(&ids["The spokesperson"]).is_reaction());
    assert_eq!(data.reactions.len(), model.reactions.len(), "kept, flagged");
    let stance = |data: &ReportData| {
        data.stance
            .iter()
            .find(|s| s.reaction_id == ids["NATO did"])
            .unwrap()
            .clone()
    };
    assert_eq!(stance(&data).stance, stance(&model).stance);
    assert_ne!(stance(&model).stance, Stance::Against);
    assert_eq!(stance(&data).human_stance, Some(Stance::Against));

    // Every figure: the press office's statement is out, the sarcasm negative, NATO opposed.
    let days = |out: &Path| out.join("tables/days.csv");
    assert_eq!(total(&days(&labelled), "n"), total(&days(&plain), "n") - 1);
    assert_eq!(negative(&labelled), negative(&plain) + 1);
    assert_eq!(
        total(&days(&labelled), "against_any_target"),
        total(&days(&plain), "against_any_target") + 1
    );
    let handles = column(&labelled.join("tables/handles.csv"), "who");
    assert!(
        !handles.contains(&"'@press_office".to_string()),
        "{handles:?}"
    );
    assert!(
        column(&plain.join("tables/handles.csv"), "who").contains(&"'@press_office".to_string())
    );

    // Checked by people: agreement per field, the labels with their authors and notes,
    // escaped in the page and neutralized in the CSV.
    let checked = labelled.join("tables/checked.csv");
    assert_eq!(
        column(&checked, "field"),
        ["is_reaction", "sentiment", "stance:NATO"]
    );
    assert_eq!(column(&checked, "accuracy"), ["0.000", "0.000", "0.000"]);
    let html = std::fs::read_to_string(labelled.join("report.html")).unwrap();
    assert!(html.contains("<h2>Checked by people</h2>"), "no section");
    assert!(html.contains("sarcasm &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>alert(1)"));
    assert!(!std::fs::read_to_string(plain.join("report.html"))
        .unwrap()
        .contains("Checked by people"));
    let notes = column(&labelled.join("tables/labels.csv"), "note");
    assert!(
        notes.contains(&"'=HYPERLINK(\"http://x\")".to_string()),
        "{notes:?}"
    );
    let notebook = std::fs::read_to_string(labelled.join("report.ipynb")).unwrap();
    assert!(notebook.contains("## Checked by people"));

    // `reactions report` reads the labels back from the dataset: the same figures.
    let rebuilt = scratch.path("report");
    common::report(&labelled, &rebuilt);
    assert_same_files(
        &labelled,
        &rebuilt,
        &[
            "tables/days.csv",
            "tables/handles.csv",
            "tables/articles.csv",
            "tables/checked.csv",
        ],
    );
}

#[test]
fn report_labels_a_dataset_without_a_state_as_a_run_would() {
    let scratch = Scratch::new("labels-report");
    let input = scratch.file("RC_2024-10.json", thread().as_bytes());
    let targets = targets(&scratch);
    let (plain, labelled) = (scratch.path("plain"), scratch.path("labelled"));
    run(&plain, &input, &targets, &[]);
    let labels = labels_file(
        &scratch,
        &ids(&report::dataset::read_dataset(&plain).unwrap()),
    );
    run(&labelled, &input, &targets, &["--labels", &labels]);

    // A run's directory takes its labels from the run.
    let plain_text = plain.display().to_string();
    let refused = reactions(
        &["report", "--dataset", &plain_text, "--labels", &labels],
        None,
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("reactions run --labels"));

    // Without the state (a Spark job's output, say), the dataset is relabelled in place.
    std::fs::remove_file(plain.join("state.sqlite")).unwrap();
    let output = reactions(
        &["report", "--dataset", &plain_text, "--labels", &labels],
        None,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("labels.csv:3: "));
    assert_same_files(
        &labelled,
        &plain,
        &[
            "tables/days.csv",
            "tables/handles.csv",
            "tables/articles.csv",
            "tables/targets.csv",
            "tables/checked.csv",
            "tables/labels.csv",
            "report.html",
        ],
    );
    assert_eq!(
        report::dataset::read_dataset(&plain).unwrap(),
        report::dataset::read_dataset(&labelled).unwrap()
    );
}
