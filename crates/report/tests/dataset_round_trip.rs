//! The Parquet dataset read back gives the rows that were written, and a rewrite replaces the
//! old dataset without leaving staging directories or partitions of days no longer present.

use std::borrow::Cow;

use chrono::NaiveDate;
use report::rows::{ArticleRow, ReactionRow, ReportData, StanceRow};
use report::Outputs;
use scoring::stance::{StanceJudge, Target, TargetSet};
use scoring::{Sentiment, SentimentAnalyzer, SentimentLabel, SentimentStatus};

const ARTICLE: &str = "Fuel prices climb again\n\nPublished: 2024-10-02\n\nPetrol rose by 80 cents.\n\n@kgomotso_m said:\n\n“Petrol at R25 is daylight robbery. Shame on the government.”\n\nThandeka Zulu wrote: “I love my car but I can't afford to drive it anymore. https://example.com/x”\n";
const UNDATED: &str =
    "Budget meeting\n\nThe council met.\n\n@ratepayer tweeted:\n\n“Great work, council! The new bins are a real improvement.”\n";

fn data(collected_on: NaiveDate) -> ReportData {
    data_of(
        collected_on,
        &[("fuel.txt", ARTICLE), ("budget.txt", UNDATED)],
    )
}

fn data_of(collected_on: NaiveDate, articles: &[(&str, &str)]) -> ReportData {
    let targets = TargetSet::new(vec![
        Target::new("Government", &["the government"], &[], &[]).unwrap(),
        Target::new("Council", &[], &[], &[]).unwrap(),
    ]);
    let analyzer = SentimentAnalyzer::shared();
    let judge = StanceJudge::new(analyzer, &targets, None);
    let mut data = ReportData {
        targets: vec!["Government".into(), "Council".into()],
        ..ReportData::default()
    };
    for &(source, text) in articles {
        let (summary, reactions) = collector::article_reactions(source, text, None);
        let article = ArticleRow::new(&summary, collected_on);
        for reaction in reactions {
            let sentiment = analyzer.sentiment(&reaction.text);
            let row = ReactionRow {
                method: (sentiment.status() == SentimentStatus::Scored)
                    .then_some(Cow::Borrowed("vader")),
                sentiment,
                reaction,
                date: article.date,
                human_sentiment: None,
                human_is_reaction: None,
            };
            for judgement in judge.judge_with_status(&row.reaction.text, row.sentiment.status()) {
                let target = std::sync::Arc::from(judgement.target.as_str());
                data.stance.push(StanceRow::new(&row, target, &judgement));
            }
            data.reactions.push(row);
        }
        data.articles.push(article);
    }
    data
}

/// Hidden names in `out` and anything left in its work directory: what a write left behind.
fn stray(out: &std::path::Path) -> Vec<String> {
    let names = |dir: &std::path::Path| -> Vec<String> {
        std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut stray: Vec<String> = names(out)
        .into_iter()
        .filter(|name| name.starts_with('.') && name != report::owned::OUTPUT_MARKER)
        .collect();
    stray.extend(names(&out.join(report::owned::OUTPUT_MARKER).join("work")));
    stray
}

#[test]
fn dataset_reads_back_as_written() {
    let out = std::env::temp_dir().join(format!("reactions-round-trip-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let collected_on = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mut written = data(collected_on);
    assert_eq!(written.reactions.len(), 3);
    // Every status round-trips, with null scores where nothing was scored.
    written.reactions[0].sentiment = Sentiment::OtherLanguage;
    written.reactions[0].method = None;
    written.reactions[2].sentiment = Sentiment::NoText;
    written.reactions[2].method = None;
    // A trained pack's reaction: a label and its method, no scores.
    let mut pack = written.reactions[1].clone();
    pack.reaction.reaction_id.push_str("-ha");
    pack.sentiment = Sentiment::Classified(SentimentLabel::Negative);
    pack.method = Some(Cow::Borrowed("afrisenti-ha"));
    // Beside its copy, in the same day's partition, where reading back puts it.
    written.reactions.insert(2, pack);
    // Analysts' labels: a sentiment for a reaction no scorer could read, a record taken out
    // (its stance rows flagged with it), a stance given; the model's values stay beside.
    written.reactions[0].human_sentiment = Some(SentimentLabel::Positive);
    written.reactions[1].human_is_reaction = Some(false);
    let taken_out = written.reactions[1].reaction.reaction_id.clone();
    for row in &mut written.stance {
        row.is_reaction = row.reaction_id != taken_out;
    }
    written.stance[0].human_stance = Some(scoring::Stance::Against);
    assert_eq!(
        written.reactions[1].reaction.links,
        ["https://example.com/x"]
    );
    report::write_report(&out, &written, Outputs::Everything).unwrap();

    assert!(out
        .join("reactions/date=2024-10-02/part-0.parquet")
        .exists());
    assert!(out
        .join("reactions/date=2026-11-28/part-0.parquet")
        .exists());
    let mut expected = written.clone();
    // A bare publish date is stored as a timestamp at midnight UTC.
    for article in &mut expected.articles {
        if let Some(p) = &mut article.published_at {
            *p = format!("{p}T00:00:00Z");
        }
    }
    for row in &mut expected.reactions {
        if let Some(p) = &mut row.reaction.published_at {
            *p = format!("{p}T00:00:00Z");
        }
    }
    let read = report::dataset::read_dataset(&out).unwrap();
    assert_eq!(read, expected);

    // Rewriting with one article fewer drops the day that is gone.
    let mut smaller = written.clone();
    smaller.articles.truncate(1);
    smaller.reactions.truncate(3);
    smaller.stance.truncate(4);
    report::write_report(&out, &smaller, Outputs::Everything).unwrap();
    assert!(!out.join("reactions/date=2026-11-28").exists());
    assert!(stray(&out).is_empty(), "{:?}", stray(&out));
    assert_eq!(
        report::dataset::read_dataset(&out).unwrap().reactions.len(),
        3
    );
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn reading_a_missing_dataset_names_the_path() {
    let error = report::dataset::read_dataset(std::path::Path::new("/nonexistent/dataset"))
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("/nonexistent/dataset/articles/part-0.parquet"),
        "{error}"
    );
}

#[test]
fn a_day_before_1970_reads_back() {
    // Days before the epoch are negative: reading them back panicked and left the directory
    // unreportable.
    let out = std::env::temp_dir().join(format!("reactions-before-1970-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let moon =
        "Men walk on the Moon\n\nPublished: 1969-07-20\n\n@houston said: “The Eagle has landed.”\n";
    let written = data_of(
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        &[("moon.txt", moon)],
    );
    assert_eq!(
        written.articles[0].date,
        NaiveDate::from_ymd_opt(1969, 7, 20).unwrap()
    );
    report::write_report(&out, &written, Outputs::Everything).unwrap();
    assert!(out
        .join("reactions/date=1969-07-20/part-0.parquet")
        .exists());
    let read = report::dataset::read_dataset(&out).unwrap();
    assert_eq!(read.articles[0].date, written.articles[0].date);
    assert_eq!(read.reactions[0].date, written.reactions[0].date);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn an_output_that_cannot_be_written_leaves_every_old_output_in_place() {
    let out = std::env::temp_dir().join(format!("reactions-all-or-none-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let collected_on = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let first = data(collected_on);
    report::write_report(&out, &first, Outputs::Everything).unwrap();
    let tables_before = std::fs::read(out.join("tables/articles.csv")).unwrap();
    // Something now stands where report.html goes.
    std::fs::remove_file(out.join("report.html")).unwrap();
    std::fs::create_dir(out.join("report.html")).unwrap();
    let second = data_of(collected_on, &[("budget.txt", UNDATED)]);
    let error = report::write_report(&out, &second, Outputs::Everything).unwrap_err();
    assert_eq!(error.path, out.join("report.html"));
    // Neither the dataset nor the tables moved on without the report.
    assert_eq!(
        report::dataset::read_dataset(&out).unwrap().reactions.len(),
        first.reactions.len()
    );
    assert_eq!(
        std::fs::read(out.join("tables/articles.csv")).unwrap(),
        tables_before
    );
    assert!(stray(&out).is_empty(), "{:?}", stray(&out));
    let _ = std::fs::remove_dir_all(&out);
}
