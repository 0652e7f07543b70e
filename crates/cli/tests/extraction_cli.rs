//! `reactions extraction`: the decision trained, measured and explained on labelled articles a
//! user writes, as a desk would retrain it on its own publishers.

mod common;

use common::{reactions, Scratch};

/// Six labelled articles: comment round-ups whose readers are labelled, and news stories whose
/// officials are not.
fn labelled(scratch: &Scratch) -> String {
    for k in 0..3 {
        scratch.file(
            &format!("round-up-{k}.txt"),
            format!(
                "Fuel levy {k}\n\nThe levy rose again.\n\nHere are some of the comments:\n\n\
                 Wanjiru Kamau: This levy will finish us all {k}\n\n\
                 otieno_{k}: Budget after budget, the same story\n"
            )
            .as_bytes(),
        );
        scratch.file(
            &format!("round-up-{k}.expected.json"),
            format!(
                r#"{{"expected": [["Wanjiru Kamau", "will finish us all {k}"], ["otieno_{k}", "the same story"]], "optional": []}}"#
            )
            .as_bytes(),
        );
        scratch.file(
            &format!("news-{k}.txt"),
            format!(
                "Budget {k}\n\nThe minister spoke on Tuesday.\n\n\
                 John Mbadi said: “We will review the levy next year {k}.”\n"
            )
            .as_bytes(),
        );
        scratch.file(
            &format!("news-{k}.expected.json"),
            br#"{"expected": [], "optional": []}"#,
        );
    }
    scratch.0.display().to_string()
}

fn stdout_of(args: &[&str]) -> String {
    let output = reactions(args, None);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn train_cross_validate_eval_and_explain() {
    let scratch = Scratch::new("extraction-cli");
    let data = labelled(&scratch);
    let decision = scratch.path("decision.json").display().to_string();
    let trained = stdout_of(&["extraction", "train", "--data", &data, "--out", &decision]);
    assert!(
        trained.contains("6 articles, 6 labelled reactions"),
        "{trained}"
    );
    let first = std::fs::read(&decision).unwrap();
    stdout_of(&["extraction", "train", "--data", &data, "--out", &decision]);
    assert_eq!(
        first,
        std::fs::read(&decision).unwrap(),
        "training is deterministic"
    );

    let evaluated = stdout_of(&[
        "extraction",
        "eval",
        "--data",
        &data,
        "--decision",
        &decision,
    ]);
    assert!(evaluated.starts_with("recall 1.000 (6/6)"), "{evaluated}");

    let folds = stdout_of(&[
        "extraction",
        "cross-validate",
        "--data",
        &data,
        "--folds",
        "3",
    ]);
    assert!(
        folds.starts_with("3-fold cross-validation by article: recall"),
        "{folds}"
    );

    let article = scratch.path("news-0.txt").display().to_string();
    let explained = stdout_of(&["extraction", "explain", &article, "--decision", &decision]);
    assert!(explained.starts_with("drop "), "{explained}");
    assert!(explained.contains("John Mbadi"), "{explained}");
    assert!(explained.contains("verb:speech"), "{explained}");
}

#[test]
fn a_decision_for_other_features_is_refused_with_the_way_out() {
    let scratch = Scratch::new("extraction-cli-stale");
    let data = labelled(&scratch);
    let stale = scratch.file(
        "stale.json",
        br#"{"format": "reactions-extraction-decision", "format_version": 1, "trained_on": "x",
            "l2": 1.0, "threshold": 0.5, "intercept": 0.0, "weights": [["form:gone", 1.0]]}"#,
    );
    let output = reactions(
        &["extraction", "eval", "--data", &data, "--decision", &stale],
        None,
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("stale.json"), "{stderr}");
    assert!(stderr.contains("make train-extraction"), "{stderr}");
}

/// `reactions extraction explain page.html | head`: a reader that closed the pipe ends the
/// command quietly, with status 0, not with a panic.
#[test]
fn explain_into_a_closed_pipe_ends_quietly() {
    let dir = std::env::temp_dir().join(format!("explain-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join("levy.txt");
    let mut text =
        String::from("Kenyans react to the new fuel levy\n\nHere are some of the comments:\n\n");
    for n in 0..2000 {
        text.push_str(&format!(
            "reader_{n}: The levy will finish us, number {n}\n\n"
        ));
    }
    std::fs::write(&article, text).unwrap();
    let mut child = common::spawn(&["extraction", "explain", article.to_str().unwrap()]);
    // Closed before the command writes its first line.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}
