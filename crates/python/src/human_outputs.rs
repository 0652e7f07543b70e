//! `write_report`: the human-facing outputs of `reactions report` (summary tables, HTML page,
//! notebook, DuckDB views) from a dataset's tables handed over as Arrow. The Spark job writes the dataset
//! with Spark and then reads it back to make these on the driver, with the same code the
//! command line runs: the tables are read through the report crate's column declarations
//! ([`report::columns`]), as `reactions report` reads its Parquet files.
//!
//! Tables arrive in the types the package's own functions return (`string`, `int64`,
//! `timestamp[us, UTC]`, `date32`, `list<string>`, `bool`): `reactions.spark` casts to them first, so
//! each column type is read one way here.

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
use report::columns::{self, Column, Read};
use report::rows::ReportData;

type Stream = PyArrowType<RecordBatchStreamReader>;

fn batches(table: &'static str, stream: Stream) -> PyResult<Vec<RecordBatch>> {
    stream
        .0
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| PyValueError::new_err(format!("{table}: {e}")))
}

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

/// Writes `tables/`, `report.html`, `report.ipynb` and `views.sql` under `out` from the dataset's articles,
/// reactions and (when there are targets) stance tables, each with its `date` column, as
/// `reactions report --dataset out` would; returns the paths written.
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
        data.articles
            .extend(records("articles", &columns::articles(), &batch)?);
    }
    for batch in batches("reactions", reactions)? {
        let stored = records("reactions", &columns::reactions(), &batch)?;
        for (i, (stored, date)) in stored
            .into_iter()
            .zip(dates("reactions", &batch, "date")?)
            .enumerate()
        {
            let row = stored
                .into_row(date)
                .map_err(|e| PyValueError::new_err(format!("reactions: row {i}: {e}")))?;
            data.reactions.push(row);
        }
    }
    let mut targets = Vec::new();
    for batch in stance
        .map(|s| batches("stance", s))
        .transpose()?
        .unwrap_or_default()
    {
        let stored = records("stance", columns::STANCE, &batch)?;
        for (i, (stored, date)) in stored
            .into_iter()
            .zip(dates("stance", &batch, "date")?)
            .enumerate()
        {
            let row = stored
                .into_row(date, &mut targets)
                .map_err(|e| PyValueError::new_err(format!("stance: row {i}: {e}")))?;
            data.stance.push(row);
        }
    }
    data.restore_collection_order();
    let written = py.detach(|| {
        let out = Path::new(out);
        report::write_report(out, &data, report::Outputs::HumanFacing { dataset: out })
    });
    let written = written.map_err(|error| match &error.problem {
        report::ReportProblem::Io(io) => crate::file_error(&error.path, io, error.to_string()),
        _ => PyValueError::new_err(error.to_string()),
    })?;
    Ok(written
        .iter()
        .map(|path| path.display().to_string())
        .collect())
}
