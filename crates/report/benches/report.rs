//! From scored records to every output: one million synthetic reactions over 10,000 articles
//! (three stance targets, so three million stance rows) written as the Parquet dataset, tables,
//! HTML and notebook. Prints the wall time and the process's peak resident memory.
//! Usage: `cargo bench -p report --bench report [-- REACTIONS]`; with `REPORT_BENCH_OUT=DIR` the
//! outputs are written to DIR and kept.

use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;
use collector::Reaction;
use report::rows::{ArticleRow, ReactionRow, ReportData, StanceRow};
use report::Outputs;
use scoring::stance::{Method, StanceRule};
use scoring::{Polarity, Sentiment, Stance};

const ARTICLES: usize = 10_000;
const TARGETS: [&str; 3] = ["Ukraine", "NATO", "Government"];
const WORDS: &[&str] = &[
    "petrol",
    "prices",
    "again",
    "terrible",
    "great",
    "news",
    "council",
    "budget",
    "strike",
    "taxi",
    "Ukraine",
    "NATO",
    "support",
    "shame",
    "the",
    "government",
    "is",
    "not",
    "doing",
    "enough",
    "love",
    "this",
    "city",
    "power",
    "cuts",
    "tired",
    "of",
    "it",
    "winter",
];

/// A small deterministic generator: the same data on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

fn synthetic(reactions: usize) -> ReportData {
    let mut rng = Lcg(2024);
    let first_day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let targets: Vec<Arc<str>> = TARGETS.iter().map(|t| Arc::from(*t)).collect();
    let mut data = ReportData {
        targets: TARGETS.iter().map(|t| t.to_string()).collect(),
        ..ReportData::default()
    };
    for a in 0..ARTICLES {
        let date = first_day + chrono::Days::new((a % 366) as u64);
        data.articles.push(ArticleRow {
            article_id: format!("{:016x}", a * 7919 + 1),
            source: format!("archive/{date}/article-{a}.html"),
            title: Some(format!(
                "Article number {a} about the {} debate",
                WORDS[a % WORDS.len()]
            )),
            url: Some(format!("https://news.example/{date}/{a}")),
            published_at: Some(format!("{date}T06:00:00Z")),
            lang: Some("en".into()),
            date,
        });
    }
    for r in 0..reactions {
        let article = &data.articles[r % ARTICLES];
        let words = 6 + (rng.next() % 20) as usize;
        let text: Vec<&str> = (0..words)
            .map(|_| WORDS[(rng.next() as usize) % WORDS.len()])
            .collect();
        let text = text.join(" ");
        let compound = ((rng.next() % 20001) as f64 - 10000.0) / 10000.0;
        let row = ReactionRow {
            reaction: Reaction {
                reaction_id: format!("{:016x}", r * 104729 + 3),
                content_id: format!("{:016x}", r * 1299709 + 5),
                article_id: article.article_id.clone(),
                source: article.source.clone(),
                article_title: article.title.clone(),
                article_url: article.url.clone(),
                published_at: article.published_at.clone(),
                position: (r / ARTICLES) as u32,
                platform: collector::record::Platform::Twitter,
                handle: Some(format!("reader{}", rng.next() % 50_000)),
                display_name: None,
                verb: Some("said".into()),
                raw_text: format!("“{text}”"),
                text,
                links: Vec::new(),
                posted_at: None,
                lang: Some("en".into()),
                comment_id: None,
                parent_id: None,
                reply_depth: None,
                like_count: None,
                cues: vec![collector::record::Cue::Handle],
                confidence: 1.0,
            },
            sentiment: Sentiment::Scored(Polarity {
                neg: 0.2,
                neu: 0.6,
                pos: 0.2,
                compound,
            }),
            method: Some(std::borrow::Cow::Borrowed("vader")),
            date: article.date,
            human_sentiment: None,
            human_is_reaction: None,
        };
        for target in &targets {
            let mentioned = rng.next().is_multiple_of(10);
            data.stance.push(StanceRow {
                reaction_id: row.reaction.reaction_id.clone(),
                article_id: row.reaction.article_id.clone(),
                date: row.date,
                target: target.clone(),
                stance: if !mentioned {
                    Stance::None
                } else if compound > 0.0 {
                    Stance::Favor
                } else {
                    Stance::Against
                },
                confidence: if mentioned { 0.6 } else { 0.5 },
                method: Method::Rules,
                rule: if mentioned {
                    StanceRule::Sentiment
                } else {
                    StanceRule::NoMention
                },
                alias: mentioned.then(|| target.to_string()),
                evidence: if mentioned {
                    row.reaction.text.clone()
                } else {
                    String::new()
                },
                human_stance: None,
                is_reaction: true,
            });
        }
        data.reactions.push(row);
    }
    data
}

fn walk_size(path: &std::path::Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|entries| entries.flatten().map(|e| walk_size(&e.path())).sum())
            .unwrap_or(0)
    } else {
        path.metadata().map_or(0, |m| m.len())
    }
}

fn main() {
    let reactions: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let started = Instant::now();
    let data = synthetic(reactions);
    println!(
        "report bench: generated {} reactions, {} stance rows over {} articles in {:.1} s; {:.0} MiB resident holding them",
        data.reactions.len(),
        data.stance.len(),
        data.articles.len(),
        started.elapsed().as_secs_f64(),
        peak_rss_mib()
    );
    // REPORT_BENCH_OUT=DIR keeps the outputs in DIR, to compare two builds' bytes.
    let kept = std::env::var_os("REPORT_BENCH_OUT").map(std::path::PathBuf::from);
    let out = kept.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("reactions-report-bench-{}", std::process::id()))
    });
    let started = Instant::now();
    let written =
        report::write_report(&out, &data, Outputs::Everything).expect("the report is written");
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "report bench: scored records to every output ({} paths, {:.0} MB on disk) in {elapsed:.1} s (target <= 30 s); peak memory {:.0} MiB (target <= 2048 MiB)",
        written.len(),
        walk_size(&out) as f64 / 1e6,
        peak_rss_mib()
    );
    if kept.is_none() {
        let _ = std::fs::remove_dir_all(&out);
    }
}
