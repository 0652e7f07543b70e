//! `reactions run` as a scheduled job: running twice adds nothing, a run killed at any moment
//! is finished by the next one with the same rows and no stray files, and the manifest says
//! what happened.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{reactions, Scratch};

/// Enough articles that a debug-build run takes a while, each with reactions.
fn write_articles(scratch: &Scratch, count: usize) -> String {
    for n in 0..count {
        let article = format!(
            "Story {n} about fuel prices\n\nPublished: 2024-10-{:02}\n\nPetrol rose again.\n\n\
             @reader_{n} said:\n\n“Petrol at R{n} is daylight robbery.”\n\n\
             Jane Doe (@jane_{n}) wrote: “Shame on Eskom, again and again.”\n",
            1 + n % 28
        );
        scratch.file(&format!("articles/{n:04}.txt"), article.as_bytes());
    }
    scratch.path("articles").display().to_string()
}

/// Every file under `dir` with its bytes, except the run manifests, the state database and
/// the lock file, which name the run.
fn outputs(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).unwrap() {
            let path = entry.unwrap().path();
            let relative = path.strip_prefix(dir).unwrap().to_path_buf();
            if relative.starts_with("runs")
                || relative.to_string_lossy().starts_with("state.sqlite")
                || relative == Path::new(run::lock::LOCK_FILE)
            {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                files.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// The job's command line, as cron would run it.
fn job_args(articles: &str, out: &Path) -> Vec<String> {
    vec![
        "run".into(),
        articles.into(),
        "--targets".into(),
        format!("{}/../../data/targets.toml", env!("CARGO_MANIFEST_DIR")),
        "--out".into(),
        out.display().to_string(),
        "--collected-on".into(),
        "2026-11-28".into(),
    ]
}

fn run_job(articles: &str, out: &Path) -> std::process::Output {
    let args = job_args(articles, out);
    reactions(&args.iter().map(String::as_str).collect::<Vec<_>>(), None)
}

#[test]
fn running_twice_adds_nothing_the_second_time() {
    let scratch = Scratch::new("twice");
    let articles = write_articles(&scratch, 20);
    let out = scratch.path("out");
    let first = run_job(&articles, &out);
    assert_eq!(
        first.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let before = outputs(&out);
    let second = run_job(&articles, &out);
    assert_eq!(second.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains("0 new; dataset 40 reactions"), "{stderr}");
    assert_eq!(
        outputs(&out),
        before,
        "the second run rewrote the same bytes"
    );

    let manifests: Vec<PathBuf> = std::fs::read_dir(out.join("runs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(manifests.len(), 2);
    let manifest: serde_json::Value = manifests
        .iter()
        .map(|p| serde_json::from_slice::<serde_json::Value>(&std::fs::read(p).unwrap()).unwrap())
        .find(|m| m["counts"]["new_reactions"] == 0)
        .expect("the second run's manifest");
    assert_eq!(manifest["counts"]["reactions_collected"], 40);
    assert_eq!(manifest["counts"]["dataset_reactions"], 40);
    assert_eq!(manifest["exit_status"], 0);
    assert_eq!(
        manifest["versions"]["dataset_schema"],
        report::SCHEMA_VERSION
    );
    assert!(manifest["started_at"].as_str().unwrap() <= manifest["finished_at"].as_str().unwrap());
}

#[test]
fn a_killed_run_is_finished_by_the_next_with_the_same_rows_and_no_stray_files() {
    let scratch = Scratch::new("killed");
    let articles = write_articles(&scratch, 300);
    let whole = scratch.path("uninterrupted");
    assert_eq!(run_job(&articles, &whole).status.code(), Some(0));
    let expected = outputs(&whole);

    let killed = scratch.path("killed");
    // Kills land at different moments: before the commit, while the dataset is written, while
    // the report is written.
    for delay_ms in [30, 150, 400, 700, 1000, 1500, 2200] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_reactions"))
            .args(job_args(&articles, &killed))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
    }
    let finish = run_job(&articles, &killed);
    assert_eq!(
        finish.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&finish.stderr)
    );
    let finished = outputs(&killed);
    // The record of what the tool owns stays; anything else hidden is a leftover.
    let record = Path::new(report::owned::OUTPUT_MARKER).join("owned");
    let stray: Vec<&PathBuf> = finished
        .keys()
        .filter(|p| {
            **p != record
                && p.components()
                    .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        })
        .collect();
    assert!(stray.is_empty(), "stray files: {stray:?}");
    assert_eq!(
        finished.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &expected {
        assert!(finished[path] == *bytes, "{} differs", path.display());
    }
}

#[test]
fn a_second_run_into_the_same_directory_is_refused_or_waits() {
    let scratch = Scratch::new("concurrent");
    let articles = write_articles(&scratch, 20);
    let out = scratch.path("out");
    // This test holds the directory as a running job would.
    let held = run::lock::OutputLock::acquire(&out, Duration::ZERO).unwrap();
    let holder = format!("pid {} since", std::process::id());
    let refused = run_job(&articles, &out);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("another run holds {} ({holder}", out.display())),
        "{stderr}"
    );
    assert!(
        !out.join("reactions").exists(),
        "the refused run wrote nothing"
    );
    // Waiting instead: the run starts once the holder lets go.
    let mut waiting = job_args(&articles, &out);
    waiting.extend(["--wait-lock".to_string(), "600".to_string()]);
    let waiter = std::thread::spawn(move || {
        reactions(
            &waiting.iter().map(String::as_str).collect::<Vec<_>>(),
            None,
        )
    });
    std::thread::sleep(Duration::from_millis(500));
    assert!(!waiter.is_finished(), "the waiting run waits");
    drop(held);
    let waited = waiter.join().unwrap();
    let stderr = String::from_utf8_lossy(&waited.stderr);
    assert_eq!(waited.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("40 new; dataset 40 reactions"), "{stderr}");
}

#[test]
fn the_configuration_is_checked_and_printed_with_overrides() {
    let scratch = Scratch::new("config");
    let file = scratch.file(
        "reactions.toml",
        b"sources = [\"data/\"]\nout = \"out\"\n\n[http]\nconcurrency = 2\n",
    );
    let output = Command::new(env!("CARGO_BIN_EXE_reactions"))
        .args(["config", "check", &file])
        .env("REACTIONS_HTTP_PER_HOST", "1")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let printed: toml::Table = toml::from_str(&String::from_utf8_lossy(&output.stdout)).unwrap();
    assert_eq!(printed["http"]["concurrency"].as_integer(), Some(2));
    assert_eq!(printed["http"]["per_host"].as_integer(), Some(1));
    assert_eq!(printed["out"].as_str(), Some("out"));

    let bad = scratch.file("bad.toml", b"out = \"out\"\nsourcs = []\n");
    let output = reactions(&["config", "check", &bad], None);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("bad.toml") && stderr.contains("line 2") && stderr.contains("sourcs"),
        "{stderr}"
    );
}

#[test]
fn json_logs_carry_the_source_and_reason_as_fields() {
    let scratch = Scratch::new("json-logs");
    let missing = scratch.path("missing.txt").display().to_string();
    let output = reactions(&["--log-format", "json", "collect", &missing], None);
    assert_eq!(output.status.code(), Some(3));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&output.stderr)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let error = lines
        .iter()
        .find(|l| l["level"] == "ERROR")
        .expect("an error line");
    assert_eq!(error["fields"]["source"], missing.as_str());
    assert_eq!(error["fields"]["reason"], "no such file or directory");

    let quiet = reactions(&["--quiet", "collect", &missing], None);
    let stderr = String::from_utf8_lossy(&quiet.stderr);
    assert!(
        stderr.contains("error:") && !stderr.contains("collected:"),
        "{stderr}"
    );
}
