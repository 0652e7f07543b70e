//! `reactions run` on comment exports whose many threads share a day and a file: every table
//! lists its rows in one order whatever order the threads were read in, names each thread by
//! its title or URL with the file beside, and a day whose reactions are all unscored counts 0.

mod common;

use std::fs::File;
use std::path::Path;

use common::{reactions, Scratch};
use polars::prelude::{ParquetReader, SerReader};
use report::dataset::read_dataset;

const COLLECTED_ON: &str = "2026-11-28";
/// 2008-01-01T00:00:00Z, the day every titled thread of the dump was posted.
const NEW_YEAR: i64 = 1_199_145_600;
const DUMP_THREADS: usize = 300;
const SITE_THREADS: usize = 200;
const COMMENTS: [&str; 4] = [
    "Great point about the budget, I agree",
    "This is a terrible waste of money",
    "The council met again today",
    "I love this city and its people",
];

fn title(thread: usize) -> Option<String> {
    thread
        .is_multiple_of(3)
        .then(|| format!("Thread {thread} on the city budget"))
}

/// A Pushshift dump (`RC_2008-01.json`): every third thread has its submission, and so a title
/// and a post date; the others are known by their comments alone.
fn dump_threads() -> Vec<String> {
    (0..DUMP_THREADS)
        .map(|t| {
            let mut lines: Vec<String> = (0..3)
                .map(|c| {
                    format!(
                        r#"{{"id":"c{t}x{c}","link_id":"t3_th{t}","parent_id":"t3_th{t}","author":"reader{}","body":"{} ({t}-{c})","created_utc":{},"score":1,"subreddit":"news"}}"#,
                        (t + c) % 40,
                        COMMENTS[(t + c) % COMMENTS.len()],
                        NEW_YEAR + 60 * (t * 3 + c) as i64 % 86_400,
                    )
                })
                .collect();
            if let Some(title) = title(t) {
                lines.push(format!(
                    r#"{{"id":"th{t}","name":"t3_th{t}","title":"{title}","permalink":"/r/news/comments/th{t}/x/","created_utc":{NEW_YEAR}}}"#
                ));
            }
            lines.join("\n") + "\n"
        })
        .collect()
}

/// A site's CSV export: threads known by their URL, all filed on the day of collection.
fn site_threads() -> Vec<String> {
    (0..SITE_THREADS)
        .map(|t| {
            (0..2)
                .map(|c| {
                    format!(
                        "https://daily.example/news/story-{t},Reader {c},\"{} [{t}-{c}]\",2024-10-0{}T08:{:02}:00Z,1,s{t}c{c},\n",
                        COMMENTS[(t + c + 1) % COMMENTS.len()],
                        1 + (t + c) % 2,
                        c * 10,
                    )
                })
                .collect()
        })
        .collect()
}

fn write_exports(scratch: &Scratch, reversed: bool) {
    let order = |mut threads: Vec<String>| {
        if reversed {
            threads.reverse();
        }
        threads.concat()
    };
    scratch.file("data/RC_2008-01.json", order(dump_threads()).as_bytes());
    let site = String::from("Article URL,Name,Comment,Posted At,Likes,Comment ID,Reply To\n")
        + &order(site_threads());
    scratch.file("data/site-comments.csv", site.as_bytes());
}

fn run(inputs: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "run",
        inputs.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--collected-on",
        COLLECTED_ON,
    ];
    args.extend_from_slice(extra);
    let run = reactions(&args, None);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

fn csv_rows(path: &Path) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut table = csv::Reader::from_path(path).unwrap();
    let header = table.headers().unwrap().clone();
    (header, table.records().map(Result::unwrap).collect())
}

/// Every file a person reads, by name: the tables, the page and the notebook.
fn human_outputs(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(out.join("tables"))
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    for name in ["report.html", "report.ipynb"] {
        files.push((name.to_string(), std::fs::read(out.join(name)).unwrap()));
    }
    files
}

#[test]
fn threads_sharing_a_day_and_a_file_are_listed_in_one_order_and_named_by_title_or_url() {
    let scratch = Scratch::new("tables-order");
    let inputs = scratch.path("data");
    write_exports(&scratch, false);
    let first = scratch.path("first");
    run(&inputs, &first, &[]);
    // The same threads met in the opposite order, from the same files.
    write_exports(&scratch, true);
    let second = scratch.path("second");
    run(&inputs, &second, &[]);

    let tables = human_outputs(&first);
    for ((name, mine), (_, theirs)) in tables.iter().zip(human_outputs(&second)) {
        assert!(
            *mine == theirs,
            "{name} depends on the order threads were read in"
        );
    }
    for table in ["articles", "daily"] {
        let path = format!("{table}/part-0.parquet");
        assert!(
            std::fs::read(first.join(&path)).unwrap() == std::fs::read(second.join(&path)).unwrap(),
            "{path} depends on the order threads were read in"
        );
    }

    let dump = inputs.join("RC_2008-01.json").display().to_string();
    let site = inputs.join("site-comments.csv").display().to_string();
    let mut expected: Vec<(String, String, String)> = (0..DUMP_THREADS)
        .map(|t| match title(t) {
            Some(title) => ("2008-01-01".to_string(), title, dump.clone()),
            None => (
                COLLECTED_ON.to_string(),
                format!("https://www.reddit.com/comments/th{t}/"),
                dump.clone(),
            ),
        })
        .chain((0..SITE_THREADS).map(|t| {
            (
                COLLECTED_ON.to_string(),
                format!("https://daily.example/news/story-{t}"),
                site.clone(),
            )
        }))
        .collect();
    // By day, then file, then article_id: the dataset says which id each name has.
    let data = read_dataset(&first).unwrap();
    let id = |name: &str| {
        let article = data.articles.iter().find(|a| a.name() == name);
        article
            .unwrap_or_else(|| panic!("{name} is not an article"))
            .article_id
            .clone()
    };
    expected.sort_by_cached_key(|(date, name, source)| (date.clone(), source.clone(), id(name)));

    let (header, rows) = csv_rows(&first.join("tables/articles.csv"));
    assert_eq!(
        header.iter().take(3).collect::<Vec<_>>(),
        ["date", "article", "source"]
    );
    let listed: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| (r[0].to_string(), r[1].to_string(), r[2].to_string()))
        .collect();
    assert_eq!(listed.len(), DUMP_THREADS + SITE_THREADS);
    assert_eq!(listed, expected);
    let page = std::fs::read_to_string(first.join("report.html")).unwrap();
    assert!(page.contains(&format!(
        "<td>Thread 0 on the city budget</td><td>{dump}</td>"
    )));

    // The dataset rebuilt into tables gives the same bytes as the run that wrote it.
    let rebuilt = scratch.path("rebuilt");
    let report = reactions(
        &[
            "report",
            "--dataset",
            first.to_str().unwrap(),
            "--out",
            rebuilt.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        report.status.success(),
        "{}",
        String::from_utf8_lossy(&report.stderr)
    );
    for ((name, mine), (_, theirs)) in tables.iter().zip(human_outputs(&rebuilt)) {
        assert!(
            *mine == theirs,
            "{name} differs once rebuilt from the dataset"
        );
    }
}

#[test]
fn a_day_whose_reactions_are_all_unscored_counts_zero_not_nothing() {
    let scratch = Scratch::new("all-unscored");
    let mut export = String::from("Article URL,Name,Comment,Posted At,Likes,Comment ID,Reply To\n");
    let chinese = [
        "说得太好了，支持！希望和平早日到来。",
        "物价涨得太快了，老百姓怎么活？",
        "这是另一个大问题，政府应该早点采取行动。",
    ];
    for (i, text) in chinese.iter().cycle().take(12).enumerate() {
        export.push_str(&format!(
            "https://weibo.example/thread-{},Reader {i},\"{text}{i}\",2024-10-0{}T08:00:00Z,1,w{i},\n",
            i % 3,
            1 + i % 4,
        ));
    }
    let input = scratch.file("weibo.csv", export.as_bytes());
    let targets = scratch.file(
        "targets.toml",
        b"[[target]]\nname = \"Government\"\naliases = [\"government\"]\n",
    );
    let out = scratch.path("out");
    run(Path::new(&input), &out, &["--targets", &targets]);

    let (header, days) = csv_rows(&out.join("tables/days.csv"));
    let column = |name: &str| header.iter().position(|c| c == name).unwrap();
    assert_eq!(days.len(), 4);
    for day in &days {
        assert_eq!(&day[column("n")], "0");
        assert_eq!(&day[column("unscored")], "3");
        assert_eq!(&day[column("unscored_languages")], "zh 3");
        assert_eq!(&day[column("positive_share")], "", "no share of nothing");
    }
    let (header, articles) = csv_rows(&out.join("tables/articles.csv"));
    let n = header.iter().position(|c| c == "n").unwrap();
    let mut named: Vec<&str> = articles.iter().map(|a| &a[1]).collect();
    named.sort_unstable();
    assert_eq!(
        named,
        (0..3)
            .map(|t| format!("https://weibo.example/thread-{t}"))
            .collect::<Vec<_>>()
    );
    assert!(articles.iter().all(|a| a[2] == *input && &a[n] == "0"));

    let daily = ParquetReader::new(File::open(out.join("daily/part-0.parquet")).unwrap())
        .finish()
        .unwrap();
    // A day overall and the day toward the one target: 4 days of each.
    assert_eq!(daily.height(), 8);
    for name in ["scored", "positive", "negative"] {
        let counts = daily.column(name).unwrap().u32().unwrap();
        assert_eq!(counts.null_count(), 0, "{name} is null on some day");
        assert!(counts.iter().all(|n| n == Some(0)), "{name}: {counts:?}");
    }
    let mean = daily.column("mean_compound").unwrap();
    assert_eq!(mean.null_count(), daily.height(), "no mean of nothing");
}
