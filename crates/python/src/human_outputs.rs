//! `write_report`: the human-facing outputs of `reactions report` (summary tables, HTML page,
//! notebook) from a dataset's tables handed over as Arrow. The Spark job writes the dataset
//! with Spark and then reads it back to make these on the driver, with the same code the
//! command line runs.
//!
//! Tables arrive in the types the package's own functions return (`string`, `int64`,
//! `timestamp[us, UTC]`, `date32`, `list<string>`): `reactions.spark` casts to them first, so
//! each column is read one way here.

use std::path::Path;
use std::sync::Arc;

use arrow_array::ffi_stream::RecordBatchStreamReader;
use arrow_array::types::TimestampMicrosecondType;
use arrow_array::{
    Array, Date32Array, Float64Array, Int64Array, ListArray, PrimitiveArray, RecordBatch,
    StringArray,
};
use arrow_pyarrow::PyArrowType;
use chrono::NaiveDate;
use collector::record::{timestamp_text, Cue, Platform};
use collector::Reaction;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use report::rows::{stored_sentiment, ArticleRow, ReactionRow, ReportData, StanceRow};

type Stream = PyArrowType<RecordBatchStreamReader>;

/// One batch of a named table, read column by column.
struct Columns<'a> {
    table: &'static str,
    batch: &'a RecordBatch,
}

impl<'a> Columns<'a> {
    fn array<T: Array + 'static>(&self, name: &str) -> PyResult<&'a T> {
        self.batch
            .column_by_name(name)
            .and_then(|column| column.as_any().downcast_ref::<T>())
            .ok_or_else(|| {
                PyValueError::new_err(format!(
                    "{}: column {name} is missing or not of the expected type",
                    self.table
                ))
            })
    }

    fn texts(&self, name: &str) -> PyResult<Vec<Option<String>>> {
        let array = self.array::<StringArray>(name)?;
        Ok(array.iter().map(|v| v.map(str::to_string)).collect())
    }

    /// A text column that has a value in every row (an id, a source).
    fn required_texts(&self, name: &str) -> PyResult<Vec<String>> {
        Ok(self
            .texts(name)?
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect())
    }

    fn timestamps(&self, name: &str) -> PyResult<Vec<Option<String>>> {
        let array = self.array::<PrimitiveArray<TimestampMicrosecondType>>(name)?;
        Ok(array.iter().map(|v| v.and_then(timestamp_text)).collect())
    }

    fn integers(&self, name: &str) -> PyResult<Vec<Option<i64>>> {
        Ok(self.array::<Int64Array>(name)?.iter().collect())
    }

    fn floats(&self, name: &str) -> PyResult<Vec<Option<f64>>> {
        Ok(self.array::<Float64Array>(name)?.iter().collect())
    }

    fn dates(&self, name: &str) -> PyResult<Vec<NaiveDate>> {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");
        let array = self.array::<Date32Array>(name)?;
        Ok(array
            .iter()
            .map(|days| epoch + chrono::Duration::days(i64::from(days.unwrap_or(0))))
            .collect())
    }

    fn text_lists(&self, name: &str) -> PyResult<Vec<Vec<String>>> {
        let lists = self.array::<ListArray>(name)?;
        let mut rows = Vec::with_capacity(lists.len());
        for i in 0..lists.len() {
            let values = lists.value(i);
            let values = values
                .as_any()
                .downcast_ref::<StringArray>()
                .ok_or_else(|| {
                    PyValueError::new_err(format!(
                        "{}: {name} is not a list of strings",
                        self.table
                    ))
                })?;
            rows.push(values.iter().flatten().map(str::to_string).collect());
        }
        Ok(rows)
    }
}

fn batches(table: &'static str, stream: Stream) -> PyResult<Vec<RecordBatch>> {
    stream
        .0
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| PyValueError::new_err(format!("{table}: {e}")))
}

fn article_rows(columns: &Columns) -> PyResult<Vec<ArticleRow>> {
    let (ids, sources) = (
        columns.required_texts("article_id")?,
        columns.required_texts("source")?,
    );
    let (titles, urls, langs) = (
        columns.texts("title")?,
        columns.texts("url")?,
        columns.texts("lang")?,
    );
    let published = columns.timestamps("published_at")?;
    let dates = columns.dates("date")?;
    Ok((0..columns.batch.num_rows())
        .map(|i| ArticleRow {
            article_id: ids[i].clone(),
            source: sources[i].clone(),
            title: titles[i].clone(),
            url: urls[i].clone(),
            published_at: published[i].clone(),
            lang: langs[i].clone(),
            date: dates[i],
        })
        .collect())
}

fn reaction_rows(columns: &Columns) -> PyResult<Vec<ReactionRow>> {
    let required = |name| columns.required_texts(name);
    let text = |name| columns.texts(name);
    let (ids, contents, articles, sources, platforms, texts, raws) = (
        required("reaction_id")?,
        required("content_id")?,
        required("article_id")?,
        required("source")?,
        required("platform")?,
        required("text")?,
        required("raw_text")?,
    );
    let (titles, urls, handles, names, verbs, langs, comment_ids, parent_ids) = (
        text("article_title")?,
        text("article_url")?,
        text("handle")?,
        text("display_name")?,
        text("verb")?,
        text("lang")?,
        text("comment_id")?,
        text("parent_id")?,
    );
    let (published, posted) = (
        columns.timestamps("published_at")?,
        columns.timestamps("posted_at")?,
    );
    let (positions, depths, likes) = (
        columns.integers("position")?,
        columns.integers("reply_depth")?,
        columns.integers("like_count")?,
    );
    let (links, cues) = (columns.text_lists("links")?, columns.text_lists("cues")?);
    let scores = ["neg", "neu", "pos", "compound"].map(|name| columns.floats(name));
    let [neg, neu, pos, compound] = scores;
    let (neg, neu, pos, compound) = (neg?, neu?, pos?, compound?);
    let statuses = text("sentiment_status")?;
    let dates = columns.dates("date")?;
    let mut rows = Vec::with_capacity(columns.batch.num_rows());
    for i in 0..columns.batch.num_rows() {
        let sentiment = stored_sentiment(
            statuses[i].as_deref(),
            [neg[i], neu[i], pos[i], compound[i]],
        )
        .map_err(|e| PyValueError::new_err(format!("reactions: row {i}: {e}")))?;
        let count = |value: Option<i64>| value.and_then(|v| u32::try_from(v).ok());
        rows.push(ReactionRow {
            reaction: Reaction {
                reaction_id: ids[i].clone(),
                content_id: contents[i].clone(),
                article_id: articles[i].clone(),
                source: sources[i].clone(),
                article_title: titles[i].clone(),
                article_url: urls[i].clone(),
                published_at: published[i].clone(),
                position: count(positions[i]).unwrap_or(0),
                platform: Platform::from_name(&platforms[i]).unwrap_or_default(),
                handle: handles[i].clone(),
                display_name: names[i].clone(),
                verb: verbs[i].clone(),
                text: texts[i].clone(),
                raw_text: raws[i].clone(),
                links: links[i].clone(),
                posted_at: posted[i].clone(),
                lang: langs[i].clone(),
                comment_id: comment_ids[i].clone(),
                parent_id: parent_ids[i].clone(),
                reply_depth: count(depths[i]),
                like_count: likes[i],
                cues: cues[i].iter().filter_map(|c| Cue::from_name(c)).collect(),
            },
            sentiment,
            date: dates[i],
        });
    }
    Ok(rows)
}

fn stance_rows(columns: &Columns) -> PyResult<Vec<StanceRow>> {
    let required = |name| columns.required_texts(name);
    let (ids, articles, targets, evidence) = (
        required("reaction_id")?,
        required("article_id")?,
        required("target")?,
        required("evidence")?,
    );
    let (stances, methods, rules, aliases) = (
        columns.texts("stance")?,
        columns.texts("method")?,
        columns.texts("rule")?,
        columns.texts("alias")?,
    );
    let confidence = columns.floats("confidence")?;
    let dates = columns.dates("date")?;
    let mut shared_targets: Vec<Arc<str>> = Vec::new();
    let mut rows = Vec::with_capacity(columns.batch.num_rows());
    for i in 0..columns.batch.num_rows() {
        let (stance, method, rule) =
            StanceRow::stored_labels([&stances[i], &methods[i], &rules[i]].map(|v| v.as_deref()))
                .map_err(|e| PyValueError::new_err(format!("stance: row {i}: {e}")))?;
        let target = match shared_targets.iter().find(|t| ***t == *targets[i]) {
            Some(shared) => shared.clone(),
            None => {
                let shared: Arc<str> = targets[i].as_str().into();
                shared_targets.push(shared.clone());
                shared
            }
        };
        rows.push(StanceRow {
            reaction_id: ids[i].clone(),
            article_id: articles[i].clone(),
            date: dates[i],
            target,
            stance,
            confidence: confidence[i].unwrap_or(0.0),
            method,
            rule,
            alias: aliases[i].clone(),
            evidence: evidence[i].clone(),
        });
    }
    Ok(rows)
}

/// Writes `tables/`, `report.html` and `report.ipynb` under `out` from the dataset's articles,
/// reactions and (when there are targets) stance tables, as `reactions report --from out`
/// would; returns the paths written.
#[pyfunction]
#[pyo3(signature = (articles, reactions, stance, out))]
pub fn write_report(
    py: Python<'_>,
    articles: Stream,
    reactions: Stream,
    stance: Option<Stream>,
    out: &str,
) -> PyResult<Vec<String>> {
    let mut data = ReportData::default();
    for batch in batches("articles", articles)? {
        let columns = Columns {
            table: "articles",
            batch: &batch,
        };
        data.articles.extend(article_rows(&columns)?);
    }
    for batch in batches("reactions", reactions)? {
        let columns = Columns {
            table: "reactions",
            batch: &batch,
        };
        data.reactions.extend(reaction_rows(&columns)?);
    }
    if let Some(stance) = stance {
        for batch in batches("stance", stance)? {
            let columns = Columns {
                table: "stance",
                batch: &batch,
            };
            data.stance.extend(stance_rows(&columns)?);
        }
    }
    data.restore_collection_order();
    let written =
        py.detach(|| report::write_report(Path::new(out), &data, report::Outputs::HumanFacing));
    let written = written.map_err(|error| match &error.problem {
        report::ReportProblem::Io(io) => crate::file_error(&error.path, io, error.to_string()),
        _ => PyValueError::new_err(error.to_string()),
    })?;
    Ok(written
        .iter()
        .map(|path| path.display().to_string())
        .collect())
}
