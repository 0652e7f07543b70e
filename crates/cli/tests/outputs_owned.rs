//! The tool writes into an output directory only what it owns there: it refuses to replace a
//! file or directory it did not write, cleans up only its own leftovers, does not read its
//! own outputs back as input, and keeps a dataset's history when its state is lost.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{reactions, Scratch};

const STORY: &[u8] = b"Fuel prices climb\n\nPublished: 2024-10-02\n\nPetrol rose again.\n\n\
@reader said:\n\n\xe2\x80\x9cPetrol at R25 is daylight robbery.\xe2\x80\x9d\n";
const OTHER_STORY: &[u8] = b"Budget meeting\n\nPublished: 2024-10-03\n\nThe council met.\n\n\
@ratepayer said:\n\n\xe2\x80\x9cGreat work, council! The new bins are a real improvement.\xe2\x80\x9d\n";

fn run(inputs: &[&str], out: &Path, more: &[&str]) -> std::process::Output {
    let out = out.display().to_string();
    let mut args = vec!["run"];
    args.extend(inputs);
    args.extend(["--out", &out, "--collected-on", "2026-11-28"]);
    args.extend(more);
    reactions(&args, None)
}

fn names(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_folder_the_tool_did_not_write_is_refused_and_nothing_changes() {
    let scratch = Scratch::new("not-ours");
    scratch.file("articles/story.txt", STORY);
    scratch.file("tables/budget.csv", b"x\n");
    let articles = scratch.path("articles").display().to_string();
    // `reactions run articles --out .`: the dataset's articles/ table would replace the input.
    let output = run(&[&articles], &scratch.0, &[]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert!(
        message.contains(&format!(
            "{articles}: exists and was not written by reactions"
        )),
        "{message}"
    );
    assert_eq!(
        std::fs::read(scratch.path("articles/story.txt")).unwrap(),
        STORY
    );
    assert_eq!(
        std::fs::read(scratch.path("tables/budget.csv")).unwrap(),
        b"x\n"
    );
    assert_eq!(
        names(&scratch.0),
        BTreeSet::from(["articles".into(), "tables".into()])
    );

    // A file of the user's where the report goes is refused the same way.
    let out = scratch.path("out");
    scratch.file("out/report.html", b"my own notes");
    let output = run(&[&articles], &out, &[]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert!(
        message.contains(&format!("{}: exists", out.join("report.html").display())),
        "{message}"
    );
    assert_eq!(
        std::fs::read(out.join("report.html")).unwrap(),
        b"my own notes"
    );
    assert_eq!(names(&out), BTreeSet::from(["report.html".into()]));
}

#[test]
fn only_the_tools_own_leftovers_are_cleaned_up() {
    let scratch = Scratch::new("leftovers");
    scratch.file("articles/story.txt", STORY);
    let articles = scratch.path("articles").display().to_string();
    let out = scratch.path("out");
    // The user's files, named as the tool's temporary files once were.
    scratch.file("out/.old-photos/cat.jpg", b"cat");
    scratch.file("out/.vimrc.tmp-save", b"set nu");
    scratch.file("out/.staging-notes/todo.txt", b"todo");
    scratch.file("out/tables-draft.tmp-1", b"draft");
    let first = run(&[&articles], &out, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    // What a killed run leaves is in the work directory the tool made.
    let work = out.join(".reactions-output/work");
    scratch.file(
        "out/.reactions-output/work/staging-4242/reactions/x.parquet",
        b"half",
    );
    scratch.file("out/.reactions-output/work/.report.html.tmp-4242", b"half");
    let second = run(&[&articles], &out, &[]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert!(names(&work).is_empty(), "{:?}", names(&work));
    assert_eq!(
        std::fs::read(out.join(".old-photos/cat.jpg")).unwrap(),
        b"cat"
    );
    assert_eq!(
        std::fs::read(out.join(".vimrc.tmp-save")).unwrap(),
        b"set nu"
    );
    assert_eq!(
        std::fs::read(out.join(".staging-notes/todo.txt")).unwrap(),
        b"todo"
    );
    assert_eq!(
        std::fs::read(out.join("tables-draft.tmp-1")).unwrap(),
        b"draft"
    );
    // Not named as the tool's files ever were: not even reported.
    assert!(
        !stderr(&second).contains("named as earlier versions"),
        "{}",
        stderr(&second)
    );
}

#[test]
fn a_directory_written_by_an_earlier_version_is_recognised() {
    let scratch = Scratch::new("upgrade");
    scratch.file("articles/story.txt", STORY);
    let articles = scratch.path("articles").display().to_string();
    let out = scratch.path("out");
    let first = run(&[&articles], &out, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    // Earlier versions kept no record: state.sqlite and runs/ say the tool wrote here.
    std::fs::remove_dir_all(out.join(".reactions-output")).unwrap();
    // What such a version killed mid-run left, named as it named them: reported, not removed.
    let older_leftovers = [
        ".staging-77/reactions/part-0.parquet",
        ".old-stance-77/part-0.parquet",
        ".report.html.tmp-77",
        "runs/.20241001T000000Z.json.tmp-77",
    ];
    for leftover in older_leftovers {
        scratch.file(&format!("out/{leftover}"), b"half");
    }
    scratch.file("articles/other.txt", OTHER_STORY);
    let second = run(&[&articles], &out, &[]);
    let message = stderr(&second);
    assert_eq!(second.status.code(), Some(0), "{message}");
    assert!(message.contains("1 new; dataset 2 reactions"), "{message}");
    assert!(out.join(".reactions-output/owned").is_file());
    for leftover in older_leftovers {
        assert_eq!(std::fs::read(out.join(leftover)).unwrap(), b"half");
        let named = leftover
            .split('/')
            .take(if leftover.starts_with("runs") { 2 } else { 1 });
        let path = out.join(named.collect::<Vec<_>>().join("/"));
        assert!(
            message.contains(&format!("{}: named as earlier versions", path.display())),
            "{leftover}: {message}"
        );
    }

    // An earlier `reactions report --out` left a report.html this tool rendered.
    let brief = scratch.path("brief");
    let dataset = out.display().to_string();
    let made = reactions(
        &[
            "report",
            "--dataset",
            &dataset,
            "--out",
            &brief.display().to_string(),
        ],
        None,
    );
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    std::fs::remove_dir_all(brief.join(".reactions-output")).unwrap();
    let again = reactions(
        &[
            "report",
            "--dataset",
            &dataset,
            "--out",
            &brief.display().to_string(),
        ],
        None,
    );
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
}

#[cfg(unix)]
#[test]
fn a_lock_file_that_is_a_symbolic_link_is_refused() {
    let scratch = Scratch::new("lock-link");
    scratch.file("articles/story.txt", STORY);
    let precious = scratch.file("precious.txt", b"keep me");
    let out = scratch.path("out");
    std::fs::create_dir_all(&out).unwrap();
    std::os::unix::fs::symlink(&precious, out.join(".reactions.lock")).unwrap();
    let output = run(
        &[&scratch.path("articles").display().to_string()],
        &out,
        &[],
    );
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert!(message.contains("is not a regular file"), "{message}");
    assert_eq!(std::fs::read(&precious).unwrap(), b"keep me");
    assert!(!out.join("reactions").exists());
}

#[test]
fn an_output_directory_inside_an_input_is_not_read_back() {
    let scratch = Scratch::new("out-inside");
    scratch.file("articles/story.txt", STORY);
    let articles = scratch.path("articles").display().to_string();
    let out = scratch.path("articles/out");
    for _ in 0..2 {
        let output = run(&[&articles], &out, &[]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(0), "{message}");
        // report.html, tables/*.csv and *.md, runs/*.json are never read as articles.
        assert!(message.contains("1 inputs read"), "{message}");
        assert!(message.contains("dataset 1 reactions"), "{message}");
        assert!(
            message.contains(&format!(
                "{}: an output directory of reactions",
                out.display()
            )),
            "{message}"
        );
    }
    // A glob reaching into it passes over it too.
    let pattern = format!("{articles}/**/*.*");
    let output = run(&[&pattern], &out, &[]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{message}");
    assert!(message.contains("1 inputs read"), "{message}");
}

#[test]
fn a_missing_or_empty_state_beside_a_dataset_is_refused_and_can_be_rebuilt() {
    let scratch = Scratch::new("state-lost");
    let first = scratch.file("a/story.txt", STORY);
    let second = scratch.file("b/other.txt", OTHER_STORY);
    let out = scratch.path("out");
    let state = out.join("state.sqlite");
    let made = run(&[&first], &out, &[]);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let day = out.join("reactions/date=2024-10-02/part-0.parquet");
    let before = std::fs::read(&day).unwrap();

    std::fs::write(&state, b"").unwrap();
    let refused = run(&[&second], &out, &[]);
    let message = stderr(&refused);
    assert_eq!(refused.status.code(), Some(2), "{message}");
    assert!(
        message.contains(&format!("{}: is empty, but", state.display()))
            && message.contains("--rebuild-state"),
        "{message}"
    );
    assert_eq!(std::fs::read(&day).unwrap(), before, "the dataset is kept");

    std::fs::remove_file(&state).unwrap();
    let refused = run(&[&second], &out, &[]);
    let message = stderr(&refused);
    assert_eq!(refused.status.code(), Some(2), "{message}");
    assert!(
        message.contains(&format!("{}: is missing", state.display())),
        "{message}"
    );
    assert_eq!(std::fs::read(&day).unwrap(), before);

    let rebuilt = run(&[&second], &out, &["--rebuild-state"]);
    let message = stderr(&rebuilt);
    assert_eq!(rebuilt.status.code(), Some(0), "{message}");
    assert!(message.contains("1 new; dataset 2 reactions"), "{message}");
    // The same dataset and tables as runs that never lost their state.
    let clean = scratch.path("clean");
    assert_eq!(run(&[&first], &clean, &[]).status.code(), Some(0));
    assert_eq!(run(&[&second], &clean, &[]).status.code(), Some(0));
    for file in [
        "reactions/date=2024-10-02/part-0.parquet",
        "reactions/date=2024-10-03/part-0.parquet",
        "articles/part-0.parquet",
        "tables/articles.csv",
    ] {
        assert!(
            std::fs::read(out.join(file)).unwrap() == std::fs::read(clean.join(file)).unwrap(),
            "{file} differs"
        );
    }
    // A state that holds the history is not rebuilt over.
    let again = run(&[&second], &out, &["--rebuild-state"]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
}

#[cfg(unix)]
#[test]
fn collect_writes_through_links_to_devices_and_never_over_an_input() {
    use std::os::unix::fs::FileTypeExt;
    let scratch = Scratch::new("collect-output");
    let story = scratch.file("story.txt", STORY);
    let collect = |output: &Path, inputs: &[&str]| {
        let output = output.display().to_string();
        let mut args = vec!["collect"];
        args.extend(inputs);
        args.extend(["-o", &output]);
        reactions(&args, None)
    };

    // A device is written to, not replaced by a regular file.
    let null = Path::new("/dev/null");
    let written = collect(null, &[&story]);
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    assert!(std::fs::symlink_metadata(null)
        .unwrap()
        .file_type()
        .is_char_device());

    // A link is written through: it stays a link, and the file it names gets the records.
    let real = scratch.path("real.jsonl");
    std::fs::write(&real, b"old\n").unwrap();
    let link = scratch.path("link.jsonl");
    std::os::unix::fs::symlink("real.jsonl", &link).unwrap();
    let written = collect(&link, &[&story]);
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let records = std::fs::read_to_string(&real).unwrap();
    assert!(records.contains("daylight robbery"), "{records}");
    // A link to a file not there yet makes that file.
    let dangling = scratch.path("dangling.jsonl");
    std::os::unix::fs::symlink("made.jsonl", &dangling).unwrap();
    assert_eq!(collect(&dangling, &[&story]).status.code(), Some(0));
    assert!(std::fs::symlink_metadata(&dangling)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        std::fs::read_to_string(scratch.path("made.jsonl")).unwrap(),
        records
    );

    // An input as the output is refused, by any name.
    let export = scratch.file("export.jsonl", records.as_bytes());
    for output in [Path::new(&export), link.as_path()] {
        let input = if output == link {
            real.display().to_string()
        } else {
            export.clone()
        };
        let refused = collect(output, &[&input]);
        let message = stderr(&refused);
        assert_eq!(refused.status.code(), Some(2), "{message}");
        assert!(message.contains("is also an input"), "{message}");
    }
    assert_eq!(std::fs::read_to_string(&export).unwrap(), records);
    assert_eq!(std::fs::read_to_string(&real).unwrap(), records);

    // An output a directory walk finds is passed over, not read back in.
    let dir = scratch.path("dir");
    scratch.file("dir/story.txt", STORY);
    let inside = dir.join("reactions.jsonl");
    let dir = dir.display().to_string();
    for _ in 0..2 {
        let written = collect(&inside, &[&dir]);
        assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
        let lines = std::fs::read_to_string(&inside).unwrap();
        assert_eq!(lines.lines().count(), 1, "{lines}");
    }
    assert!(stderr(&collect(&inside, &[&dir])).contains("the file this command writes"));

    // A FIFO is written to as a stream.
    let fifo = scratch.path("fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|status| status.success()) {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
        };
        let written = collect(&fifo, &[&story]);
        assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
        assert_eq!(reader.join().unwrap(), records);
        assert!(std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo());
    }
}

#[test]
fn report_reads_a_dataset_only_while_no_run_writes_it() {
    let scratch = Scratch::new("report-shared");
    let story = scratch.file("a/story.txt", STORY);
    let dataset = scratch.path("out");
    let made = run(&[&story], &dataset, &[]);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let brief = scratch.path("brief").display().to_string();
    let args = |wait: &'static str| {
        vec![
            "report".to_string(),
            "--dataset".into(),
            dataset.display().to_string(),
            "--out".into(),
            brief.clone(),
            "--wait-lock".into(),
            wait.into(),
        ]
    };
    // This test holds the dataset as a run writing it would.
    let run_lock = run::lock::OutputLock::acquire(&dataset, std::time::Duration::ZERO).unwrap();
    let refused = reactions(
        &args("0").iter().map(String::as_str).collect::<Vec<_>>(),
        None,
    );
    let message = stderr(&refused);
    assert_eq!(refused.status.code(), Some(1), "{message}");
    assert!(
        message.contains(&format!("another run holds {}", dataset.display())),
        "{message}"
    );
    assert!(!scratch.path("brief/report.html").exists());
    let waiting = args("600");
    let reader = std::thread::spawn(move || {
        reactions(
            &waiting.iter().map(String::as_str).collect::<Vec<_>>(),
            None,
        )
    });
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(!reader.is_finished(), "the report waits for the run");
    drop(run_lock);
    let read = reader.join().unwrap();
    assert_eq!(read.status.code(), Some(0), "{}", stderr(&read));
    assert!(scratch.path("brief/report.html").is_file());
}
