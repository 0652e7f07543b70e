//! The Parquet dataset that dashboards and notebooks read, written and read with polars.
//!
//! Four tables under the output directory: `reactions/` and `stance/` partitioned Hive-style
//! by day (`date=YYYY-MM-DD/part-0.parquet`), `articles/` and `daily/` as one file each. The
//! partition column lives in the path only, as Hive-style readers (pyarrow, DuckDB, polars)
//! expect. Every file carries `reactions.schema_version` in its key-value metadata. The schema
//! is documented field by field in `docs/dataset.md`.
//!
//! The whole dataset is first written into a staging directory beside it, then each table's
//! directory is swapped into place by rename, so a reader sees either the old table or the new
//! one, never a partial file.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use std::sync::Arc;

use chrono::NaiveDate;
use polars::prelude::*;
use scoring::{SentimentLabel, SentimentStatus};

use crate::rows::{
    stored_sentiment, timestamp_micros, timestamp_text, ArticleRow, ReactionRow, ReportData,
    StanceRow,
};
use crate::summary::{SentimentTally, Summary};
use crate::ReportError;

pub use crate::SCHEMA_VERSION;
pub const TABLES: [&str; 4] = ["reactions", "stance", "articles", "daily"];

fn polars_error(path: &Path) -> impl Fn(PolarsError) -> ReportError + '_ {
    move |e| ReportError::new(path, e)
}

fn io_error(path: &Path) -> impl Fn(std::io::Error) -> ReportError + '_ {
    move |e| ReportError::new(path, e)
}

fn text<'a>(name: &str, values: impl Iterator<Item = Option<&'a str>>) -> Column {
    Column::new(name.into(), values.collect::<Vec<_>>())
}

fn timestamps<'a>(name: &str, values: impl Iterator<Item = Option<&'a str>>) -> Column {
    let micros: Int64Chunked = values.map(|v| v.and_then(timestamp_micros)).collect();
    micros
        .with_name(name.into())
        .into_datetime(TimeUnit::Microseconds, Some(TimeZone::UTC))
        .into_column()
}

fn dates(name: &str, values: impl Iterator<Item = NaiveDate>) -> Column {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");
    let days: Int32Chunked = values
        .map(|d| Some((d - epoch).num_days() as i32))
        .collect();
    days.with_name(name.into()).into_date().into_column()
}

fn floats(name: &str, values: impl Iterator<Item = Option<f64>>) -> Column {
    Column::new(name.into(), values.collect::<Vec<_>>())
}

/// `zh 280, sw 32` per group; null where every reaction was scored.
fn languages<'a>(name: &str, tallies: impl Iterator<Item = &'a SentimentTally>) -> Column {
    let values: Vec<Option<String>> = tallies
        .map(|tally| Some(tally.languages_text()).filter(|text| !text.is_empty()))
        .collect();
    Column::new(name.into(), values)
}

fn counts(name: &str, values: impl Iterator<Item = usize>) -> Column {
    Column::new(name.into(), values.map(|v| v as u32).collect::<Vec<_>>())
}

/// A list-of-strings column, typed as one even when it has no rows.
fn string_lists<'a>(
    name: &str,
    values: impl Iterator<Item = Vec<&'a str>>,
) -> PolarsResult<Column> {
    let lists: Vec<Series> = values.map(|list| Series::new("".into(), list)).collect();
    let mut column = Series::new(name.into(), lists);
    if column.is_empty() {
        column = column.cast(&DataType::List(Box::new(DataType::String)))?;
    }
    Ok(column.into_column())
}

fn reactions_frame(rows: &[&ReactionRow]) -> PolarsResult<DataFrame> {
    let r = || rows.iter().map(|row| &row.reaction);
    let links = string_lists(
        "links",
        r().map(|x| x.links.iter().map(String::as_str).collect()),
    )?;
    let cues = string_lists(
        "cues",
        r().map(|x| x.cues.iter().map(|cue| cue.as_str()).collect()),
    )?;
    DataFrame::new(
        rows.len(),
        vec![
            text("reaction_id", r().map(|x| Some(x.reaction_id.as_str()))),
            text("content_id", r().map(|x| Some(x.content_id.as_str()))),
            text("article_id", r().map(|x| Some(x.article_id.as_str()))),
            text("source", r().map(|x| Some(x.source.as_str()))),
            text("article_title", r().map(|x| x.article_title.as_deref())),
            text("article_url", r().map(|x| x.article_url.as_deref())),
            timestamps("published_at", r().map(|x| x.published_at.as_deref())),
            Column::new(
                "position".into(),
                r().map(|x| x.position).collect::<Vec<u32>>(),
            ),
            text("platform", r().map(|x| Some(x.platform.as_str()))),
            text("handle", r().map(|x| x.handle.as_deref())),
            text("display_name", r().map(|x| x.display_name.as_deref())),
            text("verb", r().map(|x| x.verb.as_deref())),
            text("text", r().map(|x| Some(x.text.as_str()))),
            text("raw_text", r().map(|x| Some(x.raw_text.as_str()))),
            links,
            timestamps("posted_at", r().map(|x| x.posted_at.as_deref())),
            text("lang", r().map(|x| x.lang.as_deref())),
            text("comment_id", r().map(|x| x.comment_id.as_deref())),
            text("parent_id", r().map(|x| x.parent_id.as_deref())),
            Column::new(
                "reply_depth".into(),
                r().map(|x| x.reply_depth).collect::<Vec<Option<u32>>>(),
            ),
            Column::new(
                "like_count".into(),
                r().map(|x| x.like_count).collect::<Vec<Option<i64>>>(),
            ),
            cues,
            floats("neg", rows.iter().map(|x| x.polarity().map(|p| p.neg))),
            floats("neu", rows.iter().map(|x| x.polarity().map(|p| p.neu))),
            floats("pos", rows.iter().map(|x| x.polarity().map(|p| p.pos))),
            floats(
                "compound",
                rows.iter().map(|x| x.polarity().map(|p| p.compound)),
            ),
            text(
                "sentiment",
                rows.iter().map(|x| x.label().map(SentimentLabel::as_str)),
            ),
            text(
                "sentiment_status",
                rows.iter().map(|x| Some(x.sentiment.status().as_str())),
            ),
        ],
    )
}

fn stance_frame(rows: &[&StanceRow]) -> PolarsResult<DataFrame> {
    DataFrame::new(
        rows.len(),
        vec![
            text(
                "reaction_id",
                rows.iter().map(|x| Some(x.reaction_id.as_str())),
            ),
            text(
                "article_id",
                rows.iter().map(|x| Some(x.article_id.as_str())),
            ),
            text("target", rows.iter().map(|x| Some(&*x.target))),
            text("stance", rows.iter().map(|x| Some(x.stance.as_str()))),
            floats("confidence", rows.iter().map(|x| Some(x.confidence))),
            text("method", rows.iter().map(|x| Some(x.method.as_str()))),
            text("rule", rows.iter().map(|x| Some(x.rule.as_str()))),
            text("alias", rows.iter().map(|x| x.alias.as_deref())),
            text("evidence", rows.iter().map(|x| Some(x.evidence.as_str()))),
        ],
    )
}

fn articles_frame(summary: &Summary) -> PolarsResult<DataFrame> {
    let a = &summary.articles;
    let share = |pick: fn(&SentimentTally) -> usize| {
        floats(
            "",
            a.iter()
                .map(move |x| x.sentiment.share(pick(&x.sentiment)).value()),
        )
    };
    let mut positive_share = share(|s| s.positive);
    positive_share.rename("positive_share".into());
    let mut negative_share = share(|s| s.negative);
    negative_share.rename("negative_share".into());
    DataFrame::new(
        a.len(),
        vec![
            text(
                "article_id",
                a.iter().map(|x| Some(x.article.article_id.as_str())),
            ),
            text("source", a.iter().map(|x| Some(x.article.source.as_str()))),
            text("title", a.iter().map(|x| x.article.title.as_deref())),
            text("url", a.iter().map(|x| x.article.url.as_deref())),
            timestamps(
                "published_at",
                a.iter().map(|x| x.article.published_at.as_deref()),
            ),
            text("lang", a.iter().map(|x| x.article.lang.as_deref())),
            dates("date", a.iter().map(|x| x.article.date)),
            counts("reactions", a.iter().map(|x| x.sentiment.reactions)),
            counts("scored", a.iter().map(|x| x.sentiment.scored)),
            counts("unscored", a.iter().map(|x| x.sentiment.unscored())),
            languages("unscored_languages", a.iter().map(|x| &x.sentiment)),
            floats(
                "mean_compound",
                a.iter().map(|x| x.sentiment.mean_compound()),
            ),
            counts("positive", a.iter().map(|x| x.sentiment.positive)),
            counts("neutral", a.iter().map(|x| x.sentiment.neutral)),
            counts("negative", a.iter().map(|x| x.sentiment.negative)),
            positive_share,
            negative_share,
            counts("favor", a.iter().map(|x| x.stance.favor)),
            counts("against", a.iter().map(|x| x.stance.against)),
        ],
    )
}

fn daily_frame(summary: &Summary) -> PolarsResult<DataFrame> {
    // One row per day and target, plus one per day with a null target for the day overall.
    let mut rows: Vec<(
        NaiveDate,
        Option<&str>,
        &crate::summary::DayAggregate,
        Option<crate::summary::StanceTally>,
    )> = Vec::new();
    for day in &summary.days {
        rows.push((day.date, None, day, None));
        for (target, tally) in &day.stance {
            rows.push((day.date, Some(target.as_str()), day, Some(*tally)));
        }
    }
    let stance_count = |pick: fn(&crate::summary::StanceTally) -> usize| -> Vec<Option<u32>> {
        rows.iter().map(|r| r.3.map(|t| pick(&t) as u32)).collect()
    };
    DataFrame::new(
        rows.len(),
        vec![
            dates("date", rows.iter().map(|r| r.0)),
            text("target", rows.iter().map(|r| r.1)),
            counts("reactions", rows.iter().map(|r| r.2.sentiment.reactions)),
            counts("scored", rows.iter().map(|r| r.2.sentiment.scored)),
            counts("unscored", rows.iter().map(|r| r.2.sentiment.unscored())),
            languages("unscored_languages", rows.iter().map(|r| &r.2.sentiment)),
            floats(
                "mean_compound",
                rows.iter().map(|r| r.2.sentiment.mean_compound()),
            ),
            counts("positive", rows.iter().map(|r| r.2.sentiment.positive)),
            counts("negative", rows.iter().map(|r| r.2.sentiment.negative)),
            Column::new("favor".into(), stance_count(|t| t.favor)),
            Column::new("against".into(), stance_count(|t| t.against)),
            Column::new("none".into(), stance_count(|t| t.none)),
            floats("net_stance", rows.iter().map(|r| r.3.and_then(|t| t.net()))),
        ],
    )
}

fn write_parquet(path: &Path, frame: &mut DataFrame) -> Result<(), ReportError> {
    if let Some(directory) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(directory).map_err(io_error(path))?;
    }
    let file = File::create(path).map_err(io_error(path))?;
    let metadata = KeyValueMetadata::from_static(vec![(
        "reactions.schema_version".to_string(),
        SCHEMA_VERSION.to_string(),
    )]);
    let failure = Arc::new(std::sync::Mutex::new(None));
    let writer = RecordingWriter {
        inner: file,
        failure: failure.clone(),
    };
    ParquetWriter::new(writer)
        .with_key_value_metadata(Some(metadata))
        .finish(frame)
        .map_err(|error| {
            // polars reports a failed write as "Invalid thrift: transport error"; the
            // operating system's reason ("No space left on device") is the one to give.
            let cause = failure.lock().ok().and_then(|mut f| f.take());
            match cause {
                Some(cause) => ReportError::new(path, cause),
                None => ReportError::new(path, error),
            }
        })?;
    Ok(())
}

/// A writer that keeps the first write error for the caller.
struct RecordingWriter<W> {
    inner: W,
    failure: Arc<std::sync::Mutex<Option<std::io::Error>>>,
}

impl<W: std::io::Write> std::io::Write for RecordingWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.inner.write(bytes).inspect_err(|e| self.remember(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush().inspect_err(|e| self.remember(e))
    }
}

impl<W> RecordingWriter<W> {
    fn remember(&self, error: &std::io::Error) {
        if let Ok(mut failure) = self.failure.lock() {
            failure.get_or_insert_with(|| std::io::Error::new(error.kind(), error.to_string()));
        }
    }
}

fn partition_path(table: &Path, date: NaiveDate) -> PathBuf {
    table.join(format!("date={date}")).join("part-0.parquet")
}

/// Writes the four tables into `staging` (a directory no reader looks in), for
/// [`crate::write_report`] to swap into place with the other outputs.
pub fn stage_dataset(
    staging: &Path,
    data: &ReportData,
    summary: &Summary,
) -> Result<(), ReportError> {
    let mut reactions: BTreeMap<NaiveDate, Vec<&ReactionRow>> = BTreeMap::new();
    for row in &data.reactions {
        reactions.entry(row.date).or_default().push(row);
    }
    for (date, rows) in &reactions {
        let path = partition_path(&staging.join("reactions"), *date);
        write_parquet(
            &path,
            &mut reactions_frame(rows).map_err(polars_error(&path))?,
        )?;
    }
    let mut stance: BTreeMap<NaiveDate, Vec<&StanceRow>> = BTreeMap::new();
    for row in &data.stance {
        stance.entry(row.date).or_default().push(row);
    }
    for (date, rows) in &stance {
        let path = partition_path(&staging.join("stance"), *date);
        write_parquet(&path, &mut stance_frame(rows).map_err(polars_error(&path))?)?;
    }
    for table in ["reactions", "stance"] {
        fs::create_dir_all(staging.join(table)).map_err(io_error(staging))?;
    }
    let path = staging.join("articles/part-0.parquet");
    write_parquet(
        &path,
        &mut articles_frame(summary).map_err(polars_error(&path))?,
    )?;
    let path = staging.join("daily/part-0.parquet");
    write_parquet(
        &path,
        &mut daily_frame(summary).map_err(polars_error(&path))?,
    )
}

fn read_table(
    dir: &Path,
    partitioned: bool,
) -> Result<Vec<(Option<NaiveDate>, DataFrame)>, ReportError> {
    let mut files: Vec<(Option<NaiveDate>, PathBuf)> = Vec::new();
    if partitioned {
        let entries = fs::read_dir(dir).map_err(io_error(dir))?;
        for entry in entries {
            let path = entry.map_err(io_error(dir))?.path();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some(day) = name.strip_prefix("date=") else {
                continue;
            };
            let date = NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_err(|e| ReportError::invalid(&path, format!("bad partition date: {e}")))?;
            files.push((Some(date), path.join("part-0.parquet")));
        }
        files.sort();
    } else {
        files.push((None, dir.join("part-0.parquet")));
    }
    files
        .into_iter()
        .map(|(date, path)| {
            let file = File::open(&path).map_err(io_error(&path))?;
            let frame = ParquetReader::new(file)
                .finish()
                .map_err(polars_error(&path))?;
            Ok((date, frame))
        })
        .collect()
}

fn column_text(frame: &DataFrame, name: &str) -> PolarsResult<Vec<Option<String>>> {
    Ok(frame
        .column(name)?
        .str()?
        .iter()
        .map(|v| v.map(str::to_string))
        .collect())
}

fn column_string_lists(frame: &DataFrame, name: &str) -> PolarsResult<Vec<Vec<String>>> {
    Ok(frame
        .column(name)?
        .list()?
        .series_iter()
        .map(|list| {
            list.map(|s| {
                s.str()
                    .map(|c| c.iter().flatten().map(str::to_string).collect())
                    .unwrap_or_default()
            })
            .unwrap_or_default()
        })
        .collect())
}

fn column_timestamps(frame: &DataFrame, name: &str) -> PolarsResult<Vec<Option<String>>> {
    Ok(frame
        .column(name)?
        .datetime()?
        .physical()
        .iter()
        .map(|v| v.and_then(timestamp_text))
        .collect())
}

fn column_optional_floats(frame: &DataFrame, name: &str) -> PolarsResult<Vec<Option<f64>>> {
    Ok(frame.column(name)?.f64()?.iter().collect())
}

fn column_floats(frame: &DataFrame, name: &str) -> PolarsResult<Vec<f64>> {
    Ok(frame
        .column(name)?
        .f64()?
        .iter()
        .map(|v| v.unwrap_or(f64::NAN))
        .collect())
}

/// Reads a dataset written by [`crate::write_report`] back into rows, in the order written.
pub fn read_dataset(dir: &Path) -> Result<ReportData, ReportError> {
    let mut data = ReportData::default();
    let articles_dir = dir.join("articles");
    for (_, frame) in read_table(&articles_dir, false)? {
        let read = || -> PolarsResult<Vec<ArticleRow>> {
            let ids = column_text(&frame, "article_id")?;
            let sources = column_text(&frame, "source")?;
            let titles = column_text(&frame, "title")?;
            let urls = column_text(&frame, "url")?;
            let published = column_timestamps(&frame, "published_at")?;
            let langs = column_text(&frame, "lang")?;
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");
            let days: Vec<Option<i32>> = frame.column("date")?.date()?.physical().iter().collect();
            Ok((0..frame.height())
                .map(|i| ArticleRow {
                    article_id: ids[i].clone().unwrap_or_default(),
                    source: sources[i].clone().unwrap_or_default(),
                    title: titles[i].clone(),
                    url: urls[i].clone(),
                    published_at: published[i].clone(),
                    lang: langs[i].clone(),
                    date: epoch + chrono::Duration::days(i64::from(days[i].unwrap_or(0))),
                })
                .collect())
        };
        data.articles = read().map_err(polars_error(&articles_dir))?;
    }

    let reactions_dir = dir.join("reactions");
    for (date, frame) in read_table(&reactions_dir, true)? {
        let date = date.expect("partitioned");
        let read = || -> PolarsResult<Vec<ReactionRow>> {
            let t = |name| column_text(&frame, name);
            let (ids, contents, articles, sources) = (
                t("reaction_id")?,
                t("content_id")?,
                t("article_id")?,
                t("source")?,
            );
            let (titles, urls, platforms, handles) = (
                t("article_title")?,
                t("article_url")?,
                t("platform")?,
                t("handle")?,
            );
            let (names, verbs, texts, raws, langs) = (
                t("display_name")?,
                t("verb")?,
                t("text")?,
                t("raw_text")?,
                t("lang")?,
            );
            let has_column = |name| frame.get_column_names().iter().any(|c| c.as_str() == name);
            let rows = frame.height();
            let (comment_ids, parent_ids, depths, likes) = if has_column("comment_id") {
                (
                    t("comment_id")?,
                    t("parent_id")?,
                    frame.column("reply_depth")?.u32()?.iter().collect(),
                    frame.column("like_count")?.i64()?.iter().collect(),
                )
            } else {
                (
                    vec![None; rows],
                    vec![None; rows],
                    vec![None; rows],
                    vec![None; rows],
                )
            };
            let published = column_timestamps(&frame, "published_at")?;
            let posted = column_timestamps(&frame, "posted_at")?;
            let positions: Vec<Option<u32>> = frame.column("position")?.u32()?.iter().collect();
            let links = column_string_lists(&frame, "links")?;
            let cues: Vec<Vec<collector::record::Cue>> = if has_column("cues") {
                column_string_lists(&frame, "cues")?
                    .into_iter()
                    .map(|names| {
                        names
                            .iter()
                            .filter_map(|name| collector::record::Cue::from_name(name))
                            .collect()
                    })
                    .collect()
            } else {
                vec![Vec::new(); rows]
            };
            let (neg, neu, pos, compound) = (
                column_optional_floats(&frame, "neg")?,
                column_optional_floats(&frame, "neu")?,
                column_optional_floats(&frame, "pos")?,
                column_optional_floats(&frame, "compound")?,
            );
            let statuses = if has_column("sentiment_status") {
                t("sentiment_status")?
            } else {
                vec![Some(SentimentStatus::Scored.as_str().to_string()); rows]
            };
            let mut sentiments = Vec::with_capacity(rows);
            for i in 0..rows {
                let scores = [neg[i], neu[i], pos[i], compound[i]];
                let sentiment = stored_sentiment(statuses[i].as_deref(), scores).map_err(|e| {
                    PolarsError::ComputeError(format!("row {i} of {date}: {e}").into())
                })?;
                sentiments.push(sentiment);
            }
            let owned = |v: &Option<String>| v.clone().unwrap_or_default();
            Ok((0..frame.height())
                .map(|i| ReactionRow {
                    reaction: collector::Reaction {
                        reaction_id: owned(&ids[i]),
                        content_id: owned(&contents[i]),
                        article_id: owned(&articles[i]),
                        source: owned(&sources[i]),
                        article_title: titles[i].clone(),
                        article_url: urls[i].clone(),
                        published_at: published[i].clone(),
                        position: positions[i].unwrap_or(0),
                        platform: platforms[i]
                            .as_deref()
                            .and_then(collector::record::Platform::from_name)
                            .unwrap_or_default(),
                        handle: handles[i].clone(),
                        display_name: names[i].clone(),
                        verb: verbs[i].clone(),
                        text: owned(&texts[i]),
                        raw_text: owned(&raws[i]),
                        links: links[i].clone(),
                        posted_at: posted[i].clone(),
                        lang: langs[i].clone(),
                        comment_id: comment_ids[i].clone(),
                        parent_id: parent_ids[i].clone(),
                        reply_depth: depths[i],
                        like_count: likes[i],
                        cues: cues[i].clone(),
                    },
                    sentiment: sentiments[i],
                    date,
                })
                .collect())
        };
        data.reactions
            .extend(read().map_err(polars_error(&reactions_dir))?);
    }

    let stance_dir = dir.join("stance");
    for (date, frame) in read_table(&stance_dir, true)? {
        let date = date.expect("partitioned");
        let read = || -> Result<Vec<StanceRow>, ReportError> {
            let polars = polars_error(&stance_dir);
            let t = |name| column_text(&frame, name).map_err(&polars);
            let (ids, articles, targets, stances) = (
                t("reaction_id")?,
                t("article_id")?,
                t("target")?,
                t("stance")?,
            );
            let (methods, rules, aliases, evidence) =
                (t("method")?, t("rule")?, t("alias")?, t("evidence")?);
            let confidence = column_floats(&frame, "confidence").map_err(&polars)?;
            let owned = |v: &Option<String>| v.clone().unwrap_or_default();
            let mut shared_targets: Vec<Arc<str>> = Vec::new();
            let mut rows = Vec::with_capacity(frame.height());
            for i in 0..frame.height() {
                let target = owned(&targets[i]);
                let target = match shared_targets.iter().find(|t| ***t == *target) {
                    Some(shared) => shared.clone(),
                    None => {
                        let shared: Arc<str> = target.into();
                        shared_targets.push(shared.clone());
                        shared
                    }
                };
                let judged = StanceRow::stored_labels(
                    [&stances[i], &methods[i], &rules[i]].map(|v| v.as_deref()),
                );
                let (stance, method, rule) = judged.map_err(|e| {
                    ReportError::invalid(&stance_dir, format!("row {i} of {date}: {e}"))
                })?;
                rows.push(StanceRow {
                    reaction_id: owned(&ids[i]),
                    article_id: owned(&articles[i]),
                    date,
                    target,
                    stance,
                    confidence: confidence[i],
                    method,
                    rule,
                    alias: aliases[i].clone(),
                    evidence: owned(&evidence[i]),
                });
            }
            Ok(rows)
        };
        data.stance.extend(read()?);
    }

    data.restore_collection_order();
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ReportProblem;

    #[test]
    fn a_full_disk_is_named_as_one() {
        let full = Path::new("/dev/full");
        if !full.exists() {
            eprintln!("skipped: no /dev/full on this system");
            return;
        }
        let mut frame = df!("text" => ["a".repeat(1 << 20)]).unwrap();
        let error = write_parquet(full, &mut frame).unwrap_err();
        assert_eq!(error.path, full);
        let ReportProblem::Io(cause) = &error.problem else {
            panic!("not the operating system's error: {error}");
        };
        assert_eq!(cause.kind(), std::io::ErrorKind::StorageFull, "{error}");
        assert!(
            error.to_string().contains("No space left on device"),
            "{error}"
        );
    }
}
