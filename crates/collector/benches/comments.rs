//! `make bench`: comment dumps. Prints the single-core throughput of reading a Reddit
//! JSON Lines dump into reaction records (lines shaped like Pushshift's, about 1 KB each,
//! with every field such dumps carry, a third of the comments in other languages), and the peak memory of streaming a 1 GB dump from disk
//! through `collect_each` to a JSON Lines file, as `reactions collect` does.
//!
//! The 1 GB file is written to `target/bench-data/` on the first run and reused; pass a size
//! in MB as the first argument to change it (`cargo bench --bench comments -- 200`).

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use collector::comments::{self, ReadOptions};

const BODIES: &[&str] = &[
    "This is another big problem for Ukraine.",
    "If North Korea joins the fight with Russia, I can think of no better reason for welcoming Ukraine into NATO. Seriously, what else would it take at this point?",
    "&gt; Petrol at R25 is daylight robbery.\n\nAgreed, and the taxi fares will follow within a week. **Every** time.",
    "Source: [the ministry's statement](https://example.org/statement). They admit the tariff goes up 12.7% in April.",
    "Nobody in Pyongyang gets a vote on any of this, which is the whole point. Sad to see people cheering it on.",
    "lol",
    "I was at the rally yesterday — the mood was angry but peaceful. Police kept their distance until about 6pm, then it got tense near the station.",
    // Comments in other languages, for the language detection each comment gets: function
    // words decide Swahili and Spanish, the script Chinese, and trigrams Indonesian.
    "Serikali hii imetuangusha sana, hakuna kazi wala chakula kwa watu wetu.",
    "Qué vergüenza, este gobierno no sirve para nada y los precios no paran de subir.",
    "这是另一个大问题，政府应该早点采取行动，老百姓怎么活？",
    "Harga sembako naik terus, rakyat kecil makin susah, pemerintah harus bertanggung jawab.",
];

fn dump_line(n: usize) -> String {
    let body = BODIES[n % BODIES.len()];
    let parent = if n.is_multiple_of(3) {
        format!("t3_{:x}", n / 50)
    } else {
        format!("t1_{:x}", n - 1)
    };
    let body = serde_json::to_string(&format!("{body} ({n})")).expect("a string");
    format!(
        concat!(
            r#"{{"all_awardings":[],"associated_award":null,"author":"reader_{author}","author_created_utc":1500000000,"#,
            r#""author_flair_background_color":null,"author_flair_css_class":null,"author_flair_richtext":[],"#,
            r#""author_flair_template_id":null,"author_flair_text":null,"author_flair_text_color":null,"author_flair_type":"text","#,
            r#""author_fullname":"t2_{author:x}","author_patreon_flair":false,"author_premium":false,"awarders":[],"body":{body},"#,
            r#""collapsed_because_crowd_control":null,"comment_type":null,"created_utc":{time},"gildings":{{}},"id":"{id:x}","#,
            r#""is_submitter":false,"link_id":"t3_{link:x}","locked":false,"no_follow":true,"parent_id":"{parent}","#,
            r#""permalink":"/r/worldnews/comments/{link:x}/north_korean_troops_in_kursk/{id:x}/","retrieved_on":1729400000,"#,
            r#""score":{score},"send_replies":true,"stickied":false,"subreddit":"worldnews","subreddit_id":"t5_2qh13","#,
            r#""top_awarded_type":null,"total_awards_received":0,"treatment_tags":[]}}"#
        ),
        author = n % 40_000,
        body = body,
        time = 1_729_324_800 + n,
        id = n,
        link = n / 50,
        parent = parent,
        score = (n % 300) as i64 - 20,
    )
}

fn throughput() {
    let mut dump = String::new();
    let mut lines = 0;
    while dump.len() < 100_000_000 {
        dump.push_str(&dump_line(lines));
        dump.push('\n');
        lines += 1;
    }
    let reddit = comments::by_name("reddit").expect("reddit format");
    let options = ReadOptions::default();
    let mut best = f64::INFINITY;
    let mut reactions = 0;
    for _ in 0..3 {
        reactions = 0;
        let started = Instant::now();
        let read = comments::read(
            reddit,
            "dump.jsonl",
            &mut dump.as_bytes(),
            &options,
            &mut |r| {
                reactions += 1;
                std::hint::black_box(r);
                std::ops::ControlFlow::Continue(())
            },
        );
        best = best.min(started.elapsed().as_secs_f64());
        assert!(read.problems.is_empty(), "{:?}", read.problems);
    }
    println!(
        "Reddit JSON Lines dump: {:.1} MB ({lines} lines) read into {reactions} records in {best:.2} s = {:.0} MB/s on one core (best of 3)",
        dump.len() as f64 / 1e6,
        dump.len() as f64 / 1e6 / best,
    );
}

fn big_dump(megabytes: usize) -> PathBuf {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data");
    fs::create_dir_all(&directory).expect("bench directory");
    // Named by content version: a dump from older bench bodies is not reused.
    let path = directory.join(format!("reddit-dump-v2-{megabytes}MB.jsonl"));
    let wanted = (megabytes * 1_000_000) as u64;
    if fs::metadata(&path).is_ok_and(|m| m.len() >= wanted) {
        return path;
    }
    let partial = path.with_extension("partial");
    let mut out = BufWriter::new(fs::File::create(&partial).expect("bench file"));
    let (mut written, mut n) = (0u64, 0);
    while written < wanted {
        let line = dump_line(n);
        out.write_all(line.as_bytes()).expect("write");
        out.write_all(b"\n").expect("write");
        written += line.len() as u64 + 1;
        n += 1;
    }
    out.flush().expect("flush");
    drop(out);
    fs::rename(&partial, &path).expect("rename");
    path
}

fn peak_rss_mib() -> f64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn streaming(megabytes: usize) {
    let path = big_dump(megabytes);
    let size = fs::metadata(&path).expect("dump").len();
    let output = path.with_extension("out.jsonl");
    let before = peak_rss_mib();
    let started = Instant::now();
    let mut out = BufWriter::new(fs::File::create(&output).expect("output"));
    let collection = collector::collect_each(
        &[path.display().to_string()],
        &collector::CollectOptions::default(),
        &mut |reaction| {
            serde_json::to_writer(&mut out, &reaction).expect("write");
            out.write_all(b"\n").expect("write");
            std::ops::ControlFlow::Continue(())
        },
    );
    out.flush().expect("flush");
    let seconds = started.elapsed().as_secs_f64();
    let written = fs::metadata(&output).map_or(0, |m| m.len());
    fs::remove_file(&output).ok();
    assert!(collection.errors.is_empty(), "{:?}", collection.errors);
    println!(
        "{:.2} GB dump streamed to {:.2} GB of JSON Lines: {} reactions, {} articles in {seconds:.1} s ({:.0} MB/s); \
         peak RSS {:.0} MiB (before: {before:.0} MiB)",
        size as f64 / 1e9,
        written as f64 / 1e9,
        collection.reaction_count,
        collection.articles.len(),
        size as f64 / 1e6 / seconds,
        peak_rss_mib(),
    );
}

fn main() {
    let megabytes = std::env::args()
        .skip(1)
        .find_map(|a| a.parse::<usize>().ok())
        .unwrap_or(1000);
    // The streaming pass runs first, so that the peak it reports is not the 100 MB sample's.
    streaming(megabytes);
    throughput();
}
