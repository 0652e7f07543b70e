//! Incremental runs: a run adds its new reactions to the partitions they fall in and the
//! tables from the aggregates in the state; `--rebuild` writes everything from the store, and
//! gives the same bytes. So does the bundled `data/` collected in two runs or in one.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{assert_same_files, reactions, Scratch};

const COLLECTED_ON: &str = "2026-11-28";
/// 2008-01-01T00:00:00Z.
const NEW_YEAR: i64 = 1_199_145_600;
/// In English and in languages with a pack of each kind, and one without: the methods table
/// has a row per language and method to fold.
const COMMENTS: [&str; 10] = [
    "Great point about the budget, I agree",
    "This is a terrible waste of money",
    "The council met again today",
    "I love this city and its people",
    "Terrible, awful, the worst decision",
    "Allah ya kara daukaka, muna godiya sosai da wannan aiki mai kyau.",
    "Dis government no dey hear word at all, wetin we go chop now?",
    "Que vergonha, este governo não faz nada pelo povo e os preços não param de subir.",
    "C'est une honte, ce gouvernement ne fait rien pour les familles.",
    "这是另一个大问题，政府应该早点采取行动。",
];

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// One night's Pushshift lines: comments on threads old and new, filed over several days,
/// with texts repeated so that compound scores tie; every third thread has its submission.
fn night(n: usize) -> String {
    let mut lines = Vec::new();
    for c in 0..60 {
        let thread = (n * 7 + c) % 12;
        let day = (thread % 5) as i64;
        lines.push(format!(
            r#"{{"id":"n{n}c{c}","link_id":"t3_th{thread}","parent_id":"t3_th{thread}","author":"reader{}","body":"{} #{}","created_utc":{},"score":1,"subreddit":"news"}}"#,
            (n * 3 + c) % 17,
            COMMENTS[(n + c) % COMMENTS.len()],
            c % 3,
            NEW_YEAR + day * 86_400 + (n * 100 + c) as i64,
        ));
    }
    for thread in (0..12).filter(|t| t % 3 == 0) {
        lines.push(format!(
            r#"{{"id":"th{thread}","name":"t3_th{thread}","title":"Thread {thread} on the budget","permalink":"/r/news/comments/th{thread}/x/","created_utc":{NEW_YEAR}}}"#
        ));
    }
    lines.join("\n") + "\n"
}

fn run(out: &Path, inputs: &[&str], targets: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args: Vec<&str> = vec!["run"];
    args.extend(inputs);
    let out_text = out.display().to_string();
    let targets_text = targets.display().to_string();
    args.extend([
        "--targets",
        &targets_text,
        "--out",
        &out_text,
        "--collected-on",
        COLLECTED_ON,
    ]);
    args.extend(extra);
    let output = reactions(&args, None);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    latest_manifest(out)
}

fn latest_manifest(out: &Path) -> serde_json::Value {
    let mut runs: Vec<PathBuf> = std::fs::read_dir(out.join("runs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    runs.sort_by_key(|p| std::fs::metadata(p).unwrap().modified().unwrap());
    serde_json::from_slice(&std::fs::read(runs.last().unwrap()).unwrap()).unwrap()
}

/// Every file of the outputs under `out` (not the state, the manifests or the work
/// directory), by path, with its bytes; `tables_only` leaves out `reactions/` and `stance/`.
fn outputs(out: &Path, tables_only: bool) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, base: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, base, files);
            } else {
                let name = path.strip_prefix(base).unwrap().display().to_string();
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut files = BTreeMap::new();
    let mut names = vec!["articles", "daily", "tables"];
    if !tables_only {
        names.extend(["reactions", "stance"]);
    }
    for name in names {
        walk(&out.join(name), out, &mut files);
    }
    for name in ["report.html", "report.ipynb"] {
        files.insert(name.into(), std::fs::read(out.join(name)).unwrap());
    }
    files
}

fn assert_same(a: &Path, b: &Path, tables_only: bool) {
    let (a_files, b_files) = (outputs(a, tables_only), outputs(b, tables_only));
    assert_eq!(
        a_files.keys().collect::<Vec<_>>(),
        b_files.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &a_files {
        assert!(
            *bytes == b_files[name],
            "{name} differs between {} and {}",
            a.display(),
            b.display()
        );
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A labels file over the reactions of `dataset` (by their place in it): sentiment flipped,
/// a stance given, a record taken out, and a label of `later`, a reaction not collected yet.
fn labels_over(dataset: &Path, flip: usize, later: &str) -> Vec<u8> {
    let data = report::dataset::read_dataset(dataset).unwrap();
    let id = |i: usize| {
        &data.reactions[i % data.reactions.len()]
            .reaction
            .reaction_id
    };
    format!(
        "reaction_id,field,value,author,note\n\
         {},sentiment,negative,ana,\n\
         {},stance:Russia,FAVOR,ana,\n\
         {},is_reaction,false,bo,a bot\n\
         {later},sentiment,positive,bo,\n",
        id(flip),
        id(flip + 1),
        id(flip + 2),
    )
    .into_bytes()
}

#[test]
fn changed_labels_between_runs_give_the_bytes_of_a_rebuild() {
    let scratch = Scratch::new("incremental-labels");
    let targets = data_dir().join("targets.toml");
    let nights: Vec<String> = (0..3)
        .map(|n| scratch.file(&format!("dumps/RC_{n}.json"), night(n).as_bytes()))
        .collect();
    // The ids a later night brings, learnt from a run of its own.
    let later = scratch.path("later");
    run(&later, &[&nights[2]], &targets, &[]);
    let later_id = report::dataset::read_dataset(&later).unwrap().reactions[0]
        .reaction
        .reaction_id
        .clone();

    let out = scratch.path("nightly");
    run(&out, &[&nights[0]], &targets, &[]);
    let first = scratch.file("first.csv", &labels_over(&out, 0, &later_id));
    let manifest = run(&out, &[&nights[1]], &targets, &["--labels", &first]);
    let reason = manifest["write"]["rebuilt"].as_str().unwrap_or_default();
    assert!(reason.contains("the labels"), "{manifest}");
    assert_eq!(manifest["labels"]["applied"], 3, "{manifest}");
    // The labels changed: the run rebuilds.
    let second = scratch.file("second.csv", &labels_over(&out, 7, &later_id));
    let manifest = run(&out, &[&nights[1]], &targets, &["--labels", &second]);
    assert!(manifest["write"]["rebuilt"].is_string(), "{manifest}");
    // The same labels: an incremental run, in which the label of a reaction it collects applies.
    let manifest = run(&out, &[&nights[2]], &targets, &["--labels", &second]);
    assert!(manifest["write"]["rebuilt"].is_null(), "{manifest}");
    assert_eq!(manifest["labels"]["applied"], 4, "{manifest}");
    let data = report::dataset::read_dataset(&out).unwrap();
    let labelled = |id: &str| {
        data.reactions
            .iter()
            .find(|r| r.reaction.reaction_id == id)
            .unwrap()
            .human_sentiment
    };
    assert_eq!(labelled(&later_id), Some(scoring::SentimentLabel::Positive));

    let rebuilt = scratch.path("rebuilt");
    copy_dir(&out, &rebuilt);
    run(
        &rebuilt,
        &[&nights[2]],
        &targets,
        &["--labels", &second, "--rebuild"],
    );
    assert_same(&out, &rebuilt, false);
    // And a run that never saw the first labels.
    let fresh = scratch.path("fresh");
    let all: Vec<&str> = nights.iter().map(String::as_str).collect();
    run(&fresh, &all, &targets, &["--labels", &second]);
    assert_same(&out, &fresh, true);
}

#[test]
fn nightly_runs_then_a_rebuild_give_the_same_bytes() {
    let scratch = Scratch::new("incremental-nights");
    let targets = data_dir().join("targets.toml");
    let nights: Vec<String> = (0..4)
        .map(|n| {
            scratch.file(
                &format!("dumps/RC_2008-01-{n:02}.json"),
                night(n).as_bytes(),
            )
        })
        .collect();
    let out = scratch.path("nightly");
    let first = run(&out, &[&nights[0]], &targets, &[]);
    assert!(first["write"]["rebuilt"].is_string(), "{first}");
    let mut partitions = 0;
    for night in &nights[1..] {
        let manifest = run(&out, &[night], &targets, &[]);
        assert!(manifest["write"]["rebuilt"].is_null(), "{manifest}");
        assert_eq!(
            manifest["write"]["reactions_scored"],
            manifest["counts"]["new_reactions"]
        );
        partitions = manifest["write"]["partitions_written"].as_u64().unwrap();
    }
    let days = std::fs::read_dir(out.join("reactions")).unwrap().count() as u64;
    assert!(partitions > 0 && days > 0, "{partitions} {days}");

    // The same history rebuilt from the store.
    let rebuilt = scratch.path("rebuilt");
    copy_dir(&out, &rebuilt);
    let manifest = run(&rebuilt, &[&nights[3]], &targets, &["--rebuild"]);
    assert_eq!(manifest["write"]["rebuilt"], "--rebuild asked for it");
    assert_same(&out, &rebuilt, false);
    let methods = std::fs::read_to_string(out.join("tables/methods.csv")).unwrap();
    for group in [
        "en,vader,scored",
        "ha,afrisenti-ha,scored",
        "pcm,afrisenti-pcm,scored",
        "pt,vader-pt-leia,scored",
        "fr,vader-fr,scored",
        "zh,none,other_language",
    ] {
        assert!(methods.contains(group), "{group} in {methods}");
    }

    // Collected in one run: the same tables (the partitions hold the rows in another order).
    let at_once = scratch.path("at-once");
    let all: Vec<&str> = nights.iter().map(String::as_str).collect();
    run(&at_once, &all, &targets, &[]);
    assert_same(&out, &at_once, true);

    // `reactions report` folds the dataset a partition at a time into the same tables.
    let report = scratch.path("report");
    common::report(&out, &report);
    assert_same_files(
        &out,
        &report,
        &[
            "tables/articles.csv",
            "tables/handles.csv",
            "tables/days.csv",
            "tables/methods.csv",
            "report.html",
        ],
    );

    // Other targets: what scoring depends on changed, so the run rebuilds, and says why.
    let fewer = scratch.file(
        "targets.toml",
        b"[[target]]\nname = \"council\"\naliases = [\"council\"]\n",
    );
    let manifest = run(&out, &[&nights[3]], Path::new(&fewer), &[]);
    let reason = manifest["write"]["rebuilt"].as_str().unwrap_or_default();
    assert!(reason.contains("scoring depends on changed"), "{manifest}");
    assert_eq!(
        manifest["counts"]["dataset_stance_rows"],
        manifest["counts"]["dataset_reactions"]
    );
}

/// Comments without a time of their own on the thread `t3_late`, which no line of the dump
/// dates; `submission` adds the thread's submission, which does.
fn undated_comments(first: usize, submission: bool) -> String {
    let mut lines: Vec<String> = (first..first + 4)
        .map(|c| {
            format!(
                r#"{{"id":"late{c}","link_id":"t3_late","parent_id":"t3_late","author":"reader{c}","body":"{}","subreddit":"news"}}"#,
                COMMENTS[c % COMMENTS.len()]
            )
        })
        .collect();
    if submission {
        lines.push(format!(
            r#"{{"id":"late","name":"t3_late","title":"A thread dated later","permalink":"/r/news/comments/late/x/","created_utc":{}}}"#,
            NEW_YEAR + 3 * 86_400
        ));
    }
    lines.join("\n") + "\n"
}

#[test]
fn reactions_filed_before_their_article_was_dated_move_with_it() {
    let scratch = Scratch::new("incremental-dated-later");
    let targets = data_dir().join("targets.toml");
    let first = [
        scratch.file("dumps/RC_0.json", night(0).as_bytes()),
        scratch.file(
            "dumps/RC_late_0.json",
            undated_comments(0, false).as_bytes(),
        ),
    ];
    let second = [
        scratch.file("dumps/RC_1.json", night(1).as_bytes()),
        scratch.file("dumps/RC_late_1.json", undated_comments(4, true).as_bytes()),
    ];
    let out = scratch.path("nightly");
    run(&out, &[&first[0], &first[1]], &targets, &[]);
    let undated_day = format!("date={COLLECTED_ON}");
    assert!(out.join("reactions").join(&undated_day).is_dir());
    // The thread's submission dates it: its comments, those of the first run too, move to
    // its day.
    let manifest = run(&out, &[&second[0], &second[1]], &targets, &[]);
    let reason = manifest["write"]["rebuilt"].as_str().unwrap_or_default();
    assert!(reason.contains("now filed under another day"), "{manifest}");
    assert!(!out.join("reactions").join(&undated_day).exists());
    assert!(out.join("reactions/date=2008-01-04").is_dir());

    let rebuilt = scratch.path("rebuilt");
    copy_dir(&out, &rebuilt);
    run(&rebuilt, &[&second[0]], &targets, &["--rebuild"]);
    assert_same(&out, &rebuilt, false);
    let at_once = scratch.path("at-once");
    run(
        &at_once,
        &[&first[0], &first[1], &second[0], &second[1]],
        &targets,
        &[],
    );
    assert_same(&out, &at_once, false);
}

#[test]
fn the_bundled_data_in_two_runs_equals_one_run() {
    let scratch = Scratch::new("incremental-data");
    let data = data_dir();
    let targets = data.join("targets.toml");
    let articles = data.join("articles");
    let mut files: Vec<String> = std::fs::read_dir(&articles)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    files.sort();
    let (first, second) = files.split_at(files.len() / 2);
    let two = scratch.path("two");
    let first: Vec<&str> = first.iter().map(String::as_str).collect();
    run(&two, &first, &targets, &[]);
    let mut rest: Vec<&str> = second.iter().map(String::as_str).collect();
    let comments = data.join("comments").display().to_string();
    rest.push(&comments);
    let manifest = run(&two, &rest, &targets, &[]);
    assert!(manifest["write"]["rebuilt"].is_null(), "{manifest}");
    assert!(manifest["counts"]["new_reactions"].as_u64().unwrap() > 0);

    let one = scratch.path("one");
    let everything = data.display().to_string();
    run(&one, &[&everything], &targets, &[]);
    assert_same(&two, &one, true);
}
