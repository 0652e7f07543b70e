//! `reactions run` and `reactions report` as a scheduled job runs them: exit statuses, a
//! stance model beside the rules, and errors that name their input.

mod common;

use common::{reactions, Scratch};

const ARTICLE: &str = "Park plan approved\n\nPublished: 2024-11-03\n\nThe council approved the park.\n\n@green_lee said:\n\n“I love the park plan, build more parks.”\n\n@grumpy wrote:\n\n“Shame on the council for this waste of money.”\n";

fn training_file() -> String {
    let mut rows = String::from("ID\tTarget\tTweet\tStance\n");
    let texts = [
        ("love the park plan, great", "FAVOR"),
        ("build more parks, wonderful", "FAVOR"),
        ("the park is a waste of money", "AGAINST"),
        ("scrap the park plan, terrible", "AGAINST"),
        ("weather is cloudy today", "NONE"),
        ("traffic on the highway", "NONE"),
    ];
    for round in 0..5 {
        for (i, (text, label)) in texts.iter().enumerate() {
            rows.push_str(&format!("{}\tPark\t{text}\t{label}\n", round * 10 + i));
        }
    }
    rows
}

#[test]
fn the_model_decides_for_its_targets_and_the_rules_for_the_rest() {
    let scratch = Scratch::new("run-model");
    let article = scratch.file("articles/park.txt", ARTICLE.as_bytes());
    let targets = scratch.file(
        "targets.toml",
        b"[[target]]\nname = \"Park\"\naliases = [\"parks\"]\n\n[[target]]\nname = \"Council\"\n",
    );
    let train = scratch.file("train.txt", training_file().as_bytes());
    let model = scratch.path("park.model").display().to_string();
    let trained = reactions(
        &["stance", "train", "--data", &train, "--out", &model],
        None,
    );
    assert!(trained.status.success());

    let out = scratch.path("out");
    let run = reactions(
        &[
            "run",
            &article,
            "--targets",
            &targets,
            "--stance-model",
            &model,
            "--out",
            &out.display().to_string(),
            "--collected-on",
            "2026-11-28",
        ],
        None,
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert_eq!(
        stderr.matches("does not know target \"Council\"").count(),
        1,
        "{stderr}"
    );

    let data = report::dataset::read_dataset(&out).unwrap();
    assert_eq!(data.reactions.len(), 2);
    assert_eq!(data.targets, ["Park", "Council"]);
    let judged: Vec<(String, &str, &str)> = data
        .stance
        .iter()
        .map(|s| (s.target.to_string(), s.stance.as_str(), s.method.as_str()))
        .collect();
    assert_eq!(
        judged,
        [
            ("Park".to_string(), "FAVOR", "model"),
            ("Council".to_string(), "NONE", "rules"),
            ("Park".to_string(), "AGAINST", "model"),
            ("Council".to_string(), "AGAINST", "rules"),
        ]
    );
    assert!(out
        .join("reactions/date=2024-11-03/part-0.parquet")
        .exists());
    assert!(out.join("report.html").exists() && out.join("report.ipynb").exists());
}

#[test]
fn a_bad_targets_file_is_a_configuration_error() {
    let scratch = Scratch::new("run-bad-targets");
    let article = scratch.file("park.txt", ARTICLE.as_bytes());
    let targets = scratch.file(
        "targets.toml",
        b"[[target]]\nname = \"Park\"\nalias = [\"parks\"]\n",
    );
    let out = scratch.path("out").display().to_string();
    let run = reactions(
        &["run", &article, "--targets", &targets, "--out", &out],
        None,
    );
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("targets.toml") && stderr.contains("line 3"),
        "{stderr}"
    );
    assert!(
        !scratch.path("out").exists(),
        "nothing is written on a configuration error"
    );
}

#[test]
fn a_missing_input_fails_alone_and_the_report_is_still_written() {
    let scratch = Scratch::new("run-partial");
    let article = scratch.file("park.txt", ARTICLE.as_bytes());
    let missing = scratch.path("gone.txt").display().to_string();
    let out = scratch.path("out");
    let run = reactions(
        &[
            "run",
            &article,
            &missing,
            "--out",
            &out.display().to_string(),
        ],
        None,
    );
    assert_eq!(run.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("gone.txt"), "{stderr}");
    assert_eq!(
        report::dataset::read_dataset(&out).unwrap().reactions.len(),
        2
    );

    let rebuilt = scratch.path("rebuilt");
    let report = reactions(
        &[
            "report",
            "--dataset",
            &out.display().to_string(),
            "--out",
            &rebuilt.display().to_string(),
        ],
        None,
    );
    assert!(report.status.success());
    assert_eq!(
        std::fs::read(out.join("report.html")).unwrap(),
        std::fs::read(rebuilt.join("report.html")).unwrap()
    );
}

#[test]
fn the_exit_status_follows_the_kind_of_error() {
    let scratch = Scratch::new("run-error-kinds");
    let article = scratch.file("park.txt", ARTICLE.as_bytes());
    let out = scratch.path("out").display().to_string();
    let missing_model = scratch.path("stance.model").display().to_string();
    let run = reactions(
        &[
            "run",
            &article,
            "--stance-model",
            &missing_model,
            "--out",
            &out,
        ],
        None,
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(
        run.status.code(),
        Some(2),
        "a model the run is given: {stderr}"
    );
    assert_eq!(
        stderr.matches("No such file or directory").count(),
        1,
        "the cause is said once: {stderr}"
    );
    assert!(stderr.contains(&missing_model), "{stderr}");

    let not_a_directory = scratch.file("taken", b"a file where the output directory goes");
    let run = reactions(&["run", &article, "--out", &not_a_directory], None);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(
        run.status.code(),
        Some(1),
        "an output that cannot be written: {stderr}"
    );
    assert!(
        stderr.contains(&format!("{not_a_directory} is not a directory")),
        "{stderr}"
    );
}
