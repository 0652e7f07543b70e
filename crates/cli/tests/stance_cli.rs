//! `reactions stance`: train, predict and evaluate on SemEval-format files, as a user would.

mod common;

use common::{reactions, Scratch};

/// A small Windows-1252 training file with CRLF line ends; 0x92 is the curly apostrophe.
fn training_file() -> Vec<u8> {
    let mut rows = b"ID\tTarget\tTweet\tStance\r\n".to_vec();
    let texts: [(&[u8], &str); 6] = [
        (b"We love the new park, it\x92s wonderful", "FAVOR"),
        (b"The park is great, build more parks", "FAVOR"),
        (b"The park is a waste of money, scrap it", "AGAINST"),
        (b"Terrible park plan, stop it now", "AGAINST"),
        (b"Weather is cloudy today", "NONE"),
        (b"Traffic on the highway this morning", "NONE"),
    ];
    for round in 0..5 {
        for (i, (text, label)) in texts.iter().enumerate() {
            rows.extend(format!("{}\tParks\t", round * 10 + i).as_bytes());
            rows.extend(*text);
            rows.extend(format!("\t{label}\r\n").as_bytes());
        }
    }
    rows
}

#[test]
fn train_predict_eval_round_trip() {
    let scratch = Scratch::new("stance-round-trip");
    let train = scratch.file("train.txt", &training_file());
    let model = scratch.path("parks.model").display().to_string();
    let trained = reactions(
        &["stance", "train", "--data", &train, "--out", &model],
        None,
    );
    assert!(
        trained.status.success(),
        "{}",
        String::from_utf8_lossy(&trained.stderr)
    );
    let stderr = String::from_utf8_lossy(&trained.stderr);
    assert!(
        stderr.contains("Parks: 30 examples (FAVOR 10, AGAINST 10, NONE 10)"),
        "{stderr}"
    );
    assert!(stderr.contains("windows-1252"), "{stderr}");

    let again = scratch.path("again.model").display().to_string();
    reactions(
        &["stance", "train", "--data", &train, "--out", &again],
        None,
    );
    assert_eq!(
        std::fs::read(&model).unwrap(),
        std::fs::read(&again).unwrap()
    );

    let test = scratch.file(
        "test.txt",
        "ID\tTarget\tTweet\tStance\n1\tParks\tWhat a wonderful park, build more\tUNKNOWN\n2\tParks\tScrap this waste of money\tUNKNOWN\n3\tLibraries\tI love libraries\tUNKNOWN\n".as_bytes(),
    );
    let predicted = scratch.path("predicted.txt").display().to_string();
    let output = reactions(
        &[
            "stance", "predict", "--model", &model, "--data", &test, "--output", &predicted,
        ],
        None,
    );
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr
            .matches("not trained on target \"Libraries\"")
            .count(),
        1,
        "{stderr}"
    );
    let written = std::fs::read_to_string(&predicted).unwrap();
    assert_eq!(
        written,
        "ID\tTarget\tTweet\tStance\n1\tParks\tWhat a wonderful park, build more\tFAVOR\n2\tParks\tScrap this waste of money\tAGAINST\n3\tLibraries\tI love libraries\tFAVOR\n"
    );

    let gold = scratch.file(
        "gold.txt",
        b"ID\tTarget\tTweet\tStance\n1\tParks\tx\tFAVOR\n2\tParks\tx\tNONE\n3\tLibraries\tx\tFAVOR\n",
    );
    let evaluation = reactions(
        &["stance", "eval", "--gold", &gold, "--pred", &predicted],
        None,
    );
    let printed = String::from_utf8_lossy(&evaluation.stdout);
    // FAVOR: P 1, R 1, F1 1; AGAINST: P 0, F1 0 → F_avg 0.5.
    assert!(
        printed.contains("F_avg = (F1_FAVOR + F1_AGAINST) / 2 = 0.5000 over 3 examples"),
        "{printed}"
    );
}

#[test]
fn bad_training_files_name_file_and_line() {
    let scratch = Scratch::new("stance-bad");
    let out = scratch.path("m.model").display().to_string();
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "missing.txt",
            b"ID\tTarget\tTweet\tStance\n1\tParks\tno label here\n",
            "missing.txt:2: expected 4 tab-separated columns",
        ),
        (
            "label.txt",
            b"ID\tTarget\tTweet\tStance\n1\tParks\tok\tFAVOR\n2\tParks\tbad\tPRO\n",
            "label.txt:3: unknown stance label \"PRO\"",
        ),
        ("empty.txt", b"", "empty.txt: empty file"),
    ];
    for (name, content, expected) in cases {
        let path = scratch.file(name, content);
        let output = reactions(&["stance", "train", "--data", &path, "--out", &out], None);
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(!scratch.path("m.model").exists());
    }
}

#[test]
fn a_bad_training_option_is_a_usage_error() {
    for args in [
        &[
            "stance",
            "train",
            "--data",
            "/dev/null",
            "--out",
            "/dev/null",
            "--hash-bits",
            "3",
        ][..],
        &[
            "stance",
            "cross-validate",
            "--data",
            "/dev/null",
            "--folds",
            "1",
        ][..],
    ] {
        let output = reactions(args, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("--hash-bits") || stderr.contains("--folds"),
            "{stderr}"
        );
    }
}
