//! The figures of the Spark job, made by the command line's code: tasks fold the rows they
//! write into [`report::aggregate::Fold`]'s tallies ([`Figures`]), which cross to the
//! driver as JSON and merge exactly there ([`report::aggregate::Partial`]); the driver writes
//! `tables/`, `report.html`, `report.ipynb` and `views.sql` from the merged tallies, as
//! `reactions report --dataset` does, and hands back the `articles` and `daily` tables for
//! Python to write. No table is ever held whole.
//!
//! Rows arrive in the types the package's own functions return (`string`, `int64`,
//! `timestamp[us, UTC]`, `date32`, `list<string>`, `bool`): `reactions.spark` casts to them first, so
//! each column type is read one way here, through the report crate's column declarations
//! ([`report::dataset_columns`]), as `reactions report` reads its Parquet files.

use std::path::Path;

use arrow_array::ffi_stream::RecordBatchStreamReader;
use arrow_array::types::TimestampMicrosecondType;
use arrow_array::{
    Array, BooleanArray, Date32Array, Float64Array, Int64Array, ListArray, PrimitiveArray,
    RecordBatch, StringArray,
};
use arrow_pyarrow::PyArrowType;
use chrono::NaiveDate;
use collector::record::timestamp_text;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use report::aggregate::{Fold, Partial};
use report::dataset_columns::{self, Column, Read};
use report::rows::{ArticleRow, ReactionRow, StanceRow};

use crate::{schema, PyBatch};

type Stream = PyArrowType<RecordBatchStreamReader>;

fn array<'a, T: Array + 'static>(
    table: &str,
    batch: &'a RecordBatch,
    name: &str,
) -> PyResult<&'a T> {
    batch
        .column_by_name(name)
        .and_then(|column| column.as_any().downcast_ref::<T>())
        .ok_or_else(|| {
            PyValueError::new_err(format!(
                "{table}: column {name} is missing or not of the expected type"
            ))
        })
}

fn dates(table: &str, batch: &RecordBatch, name: &str) -> PyResult<Vec<NaiveDate>> {
    let epoch = NaiveDate::default();
    Ok(array::<Date32Array>(table, batch, name)?
        .iter()
        .map(|days| epoch + chrono::Duration::days(i64::from(days.unwrap_or(0))))
        .collect())
}

/// A batch's rows as records: every column declared as read that the batch has.
fn records<W, R: Default>(
    table: &str,
    declared: &[Column<W, R>],
    batch: &RecordBatch,
) -> PyResult<Vec<R>> {
    let mut records: Vec<R> = (0..batch.num_rows()).map(|_| R::default()).collect();
    for column in declared {
        let Some(read) = &column.read else { continue };
        if batch.column_by_name(column.name).is_none() {
            continue;
        }
        let rows = records.iter_mut();
        match read {
            Read::Text(set) => {
                let values = array::<StringArray>(table, batch, column.name)?;
                for (record, value) in rows.zip(values.iter()) {
                    set(record, value.map(str::to_string));
                }
            }
            Read::Timestamp(set) => {
                let values =
                    array::<PrimitiveArray<TimestampMicrosecondType>>(table, batch, column.name)?;
                for (record, value) in rows.zip(values.iter()) {
                    set(record, value.and_then(timestamp_text));
                }
            }
            Read::Date(set) => {
                for (record, day) in rows.zip(dates(table, batch, column.name)?) {
                    set(record, day);
                }
            }
            Read::Count(set) => {
                let values = array::<Int64Array>(table, batch, column.name)?;
                for (record, value) in rows.zip(values.iter()) {
                    set(record, value.and_then(|v| u32::try_from(v).ok()));
                }
            }
            Read::Integer(set) => {
                let values = array::<Int64Array>(table, batch, column.name)?;
                for (record, value) in rows.zip(values.iter()) {
                    set(record, value);
                }
            }
            Read::Float(set) => {
                let values = array::<Float64Array>(table, batch, column.name)?;
                for (record, value) in rows.zip(values.iter()) {
                    set(record, value);
                }
            }
            Read::Bool(set) => {
                let values = array::<BooleanArray>(table, batch, column.name)?;
                for (record, value) in rows.zip(values.iter()) {
                    set(record, value);
                }
            }
            Read::TextList(set) => {
                let lists = array::<ListArray>(table, batch, column.name)?;
                for (i, record) in rows.enumerate() {
                    let values = lists.value(i);
                    let texts = values
                        .as_any()
                        .downcast_ref::<StringArray>()
                        .ok_or_else(|| {
                            PyValueError::new_err(format!(
                                "{table}: {} is not a list of strings",
                                column.name
                            ))
                        })?;
                    set(record, texts.iter().flatten().map(str::to_string).collect());
                }
            }
        }
    }
    Ok(records)
}

/// Every batch of `stream`, which the error names as `table`.
fn each_batch(
    table: &'static str,
    stream: Stream,
    mut each: impl FnMut(&RecordBatch) -> PyResult<()>,
) -> PyResult<()> {
    for batch in stream.0 {
        each(&batch.map_err(|e| PyValueError::new_err(format!("{table}: {e}")))?)?;
    }
    Ok(())
}

/// The reactions of `batch`, each filed under its `date`.
fn reaction_rows(batch: &RecordBatch) -> PyResult<Vec<ReactionRow>> {
    let stored = records("reactions", &dataset_columns::reactions(), batch)?;
    stored
        .into_iter()
        .zip(dates("reactions", batch, "date")?)
        .enumerate()
        .map(|(i, (stored, date))| {
            stored
                .into_row(date)
                .map_err(|e| PyValueError::new_err(format!("reactions: row {i}: {e}")))
        })
        .collect()
}

/// The stance rows of `batch`, each filed under its `date`.
fn stance_rows(batch: &RecordBatch) -> PyResult<Vec<StanceRow>> {
    let stored = records("stance", dataset_columns::STANCE, batch)?;
    let mut targets = Vec::new();
    stored
        .into_iter()
        .zip(dates("stance", batch, "date")?)
        .enumerate()
        .map(|(i, (stored, date))| {
            stored
                .into_row(date, &mut targets)
                .map_err(|e| PyValueError::new_err(format!("stance: row {i}: {e}")))
        })
        .collect()
}

/// The dataset's articles, which place the quoted reactions ([`report::aggregate::Fold`]):
/// made once per process from the `articles` rows (their `article_id`, `source`, `title`,
/// `url`, `published_at`, `lang` and `date`).
#[pyclass(frozen)]
pub struct Listing {
    articles: Vec<ArticleRow>,
}

#[pymethods]
impl Listing {
    #[new]
    fn new(articles: Stream) -> PyResult<Listing> {
        let mut rows = Vec::new();
        each_batch("articles", articles, |batch| {
            rows.extend(records("articles", &dataset_columns::articles(), batch)?);
            Ok(())
        })?;
        Ok(Listing { articles: rows })
    }
}

/// Tallies of rows folded as `reactions run` folds them, merged with other processes' and
/// written as its outputs; see the module's documentation.
#[pyclass]
pub struct Figures {
    listing: Py<Listing>,
    targets: Vec<String>,
    partial: Partial,
}

#[pymethods]
impl Figures {
    /// Nothing folded yet, over `listing`'s articles and the `targets` in configured order.
    #[new]
    fn new(listing: Py<Listing>, targets: Vec<String>) -> Figures {
        let partial = Fold::new(&listing.get().articles, &targets).into_partial();
        Figures {
            listing,
            targets,
            partial,
        }
    }

    /// Folds in reaction rows (`reactions` columns and `date`) and stance rows (`stance`
    /// columns and `date`).
    #[pyo3(signature = (reactions, stance))]
    fn add_rows(
        &mut self,
        py: Python<'_>,
        reactions: Option<Stream>,
        stance: Option<Stream>,
    ) -> PyResult<()> {
        let mut reaction_part = Vec::new();
        if let Some(reactions) = reactions {
            each_batch("reactions", reactions, |batch| {
                reaction_part.extend(reaction_rows(batch)?);
                Ok(())
            })?;
        }
        let mut stance_part = Vec::new();
        if let Some(stance) = stance {
            each_batch("stance", stance, |batch| {
                stance_part.extend(stance_rows(batch)?);
                Ok(())
            })?;
        }
        let listing = self.listing.get();
        let targets = &self.targets;
        let folded = py.detach(|| {
            let mut fold = Fold::new(&listing.articles, targets);
            fold.add_reactions(&reaction_part);
            fold.add_stance(&stance_part);
            fold.into_partial()
        });
        self.partial.merge(folded);
        Ok(())
    }

    /// Everything folded so far, as JSON for [`Figures::merge`] in another process.
    fn tallies<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let json = serde_json::to_vec(&self.partial)
            .map_err(|e| PyValueError::new_err(format!("the tallies: {e}")))?;
        Ok(PyBytes::new(py, &json))
    }

    /// Adds the tallies another process folded ([`Figures::tallies`]).
    fn merge(&mut self, tallies: &[u8]) -> PyResult<()> {
        let other = serde_json::from_slice(tallies)
            .map_err(|e| PyValueError::new_err(format!("tallies from a task: {e}")))?;
        self.partial.merge(other);
        Ok(())
    }

    /// Writes `tables/`, `report.html`, `report.ipynb` and `views.sql` under `out` from the
    /// tallies (unless `human_facing` is false), as `reactions report --dataset out` would, and
    /// returns the `articles` and `daily` tables and the paths written.
    #[pyo3(signature = (out, human_facing))]
    fn write(
        &mut self,
        py: Python<'_>,
        out: &str,
        human_facing: bool,
    ) -> PyResult<(PyBatch, PyBatch, Vec<String>)> {
        let partial = std::mem::take(&mut self.partial);
        let articles = self.listing.get().articles.clone();
        let (written, articles, daily) = py.detach(|| {
            let totals = partial.into_totals(articles);
            let summary = totals.summary();
            let written = if human_facing {
                let out = Path::new(out);
                report::write_human_facing(out, &summary, out)
            } else {
                Ok(Vec::new())
            };
            let articles = schema::batch(&dataset_columns::articles(), &summary.articles);
            let daily = schema::batch(
                &dataset_columns::daily(),
                &dataset_columns::day_rows(&summary),
            );
            (written, articles, daily)
        });
        let written = written.map_err(|error| match &error.problem {
            report::ReportProblem::Io(io) => crate::file_error(&error.path, io, error.to_string()),
            _ => PyValueError::new_err(error.to_string()),
        })?;
        Ok((
            PyArrowType(articles.map_err(crate::arrow_error)?),
            PyArrowType(daily.map_err(crate::arrow_error)?),
            written
                .iter()
                .map(|path| path.display().to_string())
                .collect(),
        ))
    }
}
