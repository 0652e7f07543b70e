//! Every file the tool reads is a regular file within its kind's size limit, and every file
//! it writes is written as `collect -o` is (issue 30, fault 7 and the `--out` renames).

#![cfg(unix)]

mod common;

use std::os::unix::fs::FileTypeExt;

use std::time::{Duration, Instant};

use common::{reactions, Scratch};

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A small SemEval training file.
fn training_file() -> Vec<u8> {
    let mut rows = b"ID\tTarget\tTweet\tStance\n".to_vec();
    let texts = [
        ("The park is great, build more parks", "FAVOR"),
        ("The park is a waste of money, scrap it", "AGAINST"),
        ("Traffic on the highway this morning", "NONE"),
    ];
    for round in 0..4 {
        for (i, (text, label)) in texts.iter().enumerate() {
            rows.extend(format!("{}\tParks\t{text}\t{label}\n", round * 10 + i).as_bytes());
        }
    }
    rows
}

#[test]
fn devices_and_fifos_are_refused_by_name_for_every_file_option() {
    let scratch = Scratch::new("bounded-devices");
    let fifo = scratch.path("fifo");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let story = scratch.file("story.txt", b"Title\n\nText.\n");
    let out = scratch.path("out").display().to_string();
    let model = scratch.path("m.model").display().to_string();
    for special in ["/dev/zero".to_string(), fifo.display().to_string()] {
        let s = special.as_str();
        let commands: [Vec<&str>; 6] = [
            vec!["run", &story, "--out", &out, "--config", s],
            vec!["run", &story, "--out", &out, "--targets", s],
            vec!["run", &story, "--out", &out, "--stance-model", s],
            vec!["stance", "train", "--data", s, "--out", &model],
            vec!["sentiment", "--input", s],
            vec!["config", "check", s],
        ];
        for command in commands {
            let started = Instant::now();
            let output = reactions(&command, None);
            assert!(started.elapsed() < Duration::from_secs(30), "{command:?}");
            assert_eq!(
                output.status.code(),
                Some(2),
                "{command:?}: {}",
                stderr(&output)
            );
            assert!(
                stderr(&output).contains(&format!(
                    "{s}: not a regular file (a FIFO, socket or device)"
                )),
                "{command:?}: {}",
                stderr(&output)
            );
        }
    }
}

#[test]
fn a_targets_file_over_its_limit_is_refused() {
    let scratch = Scratch::new("bounded-targets");
    let story = scratch.file("story.txt", b"Title\n\nText.\n");
    let big = scratch.file("targets.toml", &vec![b'#'; 2 * 1024 * 1024]);
    let out = scratch.path("out").display().to_string();
    let output = reactions(&["run", &story, "--out", &out, "--targets", &big], None);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!(
            "{big}: over the 1048576-byte limit for a targets file"
        )),
        "{}",
        stderr(&output)
    );
}

#[test]
fn stance_outputs_write_through_links_and_to_devices_and_never_over_an_input() {
    let scratch = Scratch::new("bounded-outputs");
    let train = scratch.file("train.txt", &training_file());
    let real = scratch.path("real.model");
    let link = scratch.path("link.model");
    std::os::unix::fs::symlink("real.model", &link).unwrap();
    let link = link.display().to_string();
    let trained = reactions(&["stance", "train", "--data", &train, "--out", &link], None);
    assert_eq!(trained.status.code(), Some(0), "{}", stderr(&trained));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(real.is_file());

    let to_null = reactions(
        &["stance", "train", "--data", &train, "--out", "/dev/null"],
        None,
    );
    assert_eq!(to_null.status.code(), Some(0), "{}", stderr(&to_null));
    let null = std::fs::symlink_metadata("/dev/null").unwrap();
    assert!(null.file_type().is_char_device());

    let over_input = reactions(
        &["stance", "train", "--data", &train, "--out", &train],
        None,
    );
    assert_eq!(over_input.status.code(), Some(2), "{}", stderr(&over_input));
    assert!(
        stderr(&over_input).contains("is also an input"),
        "{}",
        stderr(&over_input)
    );
    assert_eq!(std::fs::read(&train).unwrap(), training_file());

    let predicted = reactions(
        &[
            "stance", "predict", "--model", &link, "--data", &train, "--output", &train,
        ],
        None,
    );
    assert_eq!(predicted.status.code(), Some(2), "{}", stderr(&predicted));
    assert_eq!(std::fs::read(&train).unwrap(), training_file());
}

#[test]
fn a_huge_rayon_num_threads_is_clamped_to_the_machine() {
    let started = Instant::now();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_reactions"))
        .args(["sentiment"])
        .env("RAYON_NUM_THREADS", "100000")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"What a great idea!\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(started.elapsed() < Duration::from_secs(20));
    assert!(String::from_utf8_lossy(&output.stdout).contains("\"compound\":0.6588"));
}
