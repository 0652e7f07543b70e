//! `methods`: the methods table of `reactions run` (`tables/methods.csv`) for reactions that
//! `reactions.score()` scored, counted and laid out by the report crate's own code
//! ([`report::summary::MethodTally`], [`report::tables::methods_table`]), so that the
//! package, the Spark job and the command line cannot give different tables.

use std::borrow::Cow;
use std::sync::Arc;

use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_data::ArrayData;
use arrow_pyarrow::PyArrowType;
use arrow_schema::{DataType, Field, Schema};
use collector::Reaction;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use report::rows::ReactionRow;
use report::summary::MethodTally;
use report::tables::{methods_table, Cell, Table};
use scoring::{packs, Sentiment, SentimentStatus};

use crate::{arrow_error, PyBatch, Texts};

/// The methods table of reactions given by their `lang` (optional), `sentiment_status`,
/// `sentiment` and `sentiment_method` columns, as the CSV's columns (a share in three).
/// Rows without a status (a null text) are not reactions and are left out.
#[pyfunction]
#[pyo3(signature = (langs, statuses, labels, methods))]
pub fn methods(
    langs: Option<PyArrowType<ArrayData>>,
    statuses: PyArrowType<ArrayData>,
    labels: PyArrowType<ArrayData>,
    methods: PyArrowType<ArrayData>,
) -> PyResult<PyBatch> {
    let arrays: Vec<ArrayRef> = [statuses, labels, methods]
        .into_iter()
        .map(|array| arrow_array::make_array(array.0))
        .collect();
    let langs = langs.map(|langs| arrow_array::make_array(langs.0));
    let [statuses, labels, methods] = [&arrays[0], &arrays[1], &arrays[2]].map(Texts::of);
    let (statuses, labels, methods) = (statuses?, labels?, methods?);
    let langs = langs.as_ref().map(Texts::of).transpose()?;
    let rows = statuses.len();
    if [labels.len(), methods.len()].iter().any(|n| *n != rows)
        || langs.is_some_and(|l| l.len() != rows)
    {
        return Err(PyValueError::new_err("the columns must be equally long"));
    }
    let mut tally = MethodTally::default();
    for row in 0..rows {
        let Some(status) = statuses.get(row) else {
            continue;
        };
        let status = SentimentStatus::parse(status).ok_or_else(|| {
            PyValueError::new_err(format!("row {row}: sentiment_status {status:?} is unknown"))
        })?;
        let label = labels.get(row).map(|label| {
            packs::label_of(label).ok_or_else(|| {
                PyValueError::new_err(format!("row {row}: sentiment {label:?} is unknown"))
            })
        });
        let sentiment =
            Sentiment::from_parts(status, None, label.transpose()?).ok_or_else(|| {
                PyValueError::new_err(format!("row {row}: a scored reaction without a sentiment"))
            })?;
        tally.add(&ReactionRow {
            reaction: Reaction {
                lang: langs.and_then(|l| l.get(row)).map(str::to_string),
                ..Reaction::default()
            },
            sentiment,
            method: methods.get(row).map(|m| Cow::Owned(m.to_string())),
            date: chrono::NaiveDate::default(),
            human_sentiment: None,
            human_is_reaction: None,
        });
    }
    Ok(PyArrowType(table_batch(&methods_table(&tally))?))
}

/// `table`'s cells as Arrow columns named as its CSV's: text as strings (an empty cell null),
/// counts as integers, numbers and shares (with their bounds) as doubles.
fn table_batch(table: &Table) -> PyResult<RecordBatch> {
    let mut fields = Vec::new();
    let mut columns: Vec<ArrayRef> = Vec::new();
    let mut names = table.header().into_iter();
    for i in 0..table.columns.len() {
        let cells = table.rows.iter().map(|row| &row[i]);
        let mut name = || names.next().expect("a name per column");
        match table.rows.first().map(|row| &row[i]) {
            Some(Cell::Count(_)) => {
                let values = cells.map(|c| match c {
                    Cell::Count(n) => i64::try_from(*n).ok(),
                    _ => None,
                });
                fields.push(Field::new(name(), DataType::Int64, true));
                columns.push(Arc::new(values.collect::<Int64Array>()));
            }
            Some(Cell::Number(..)) => {
                let values = cells.map(|c| match c {
                    Cell::Number(value, _) => *value,
                    _ => None,
                });
                fields.push(Field::new(name(), DataType::Float64, true));
                columns.push(Arc::new(values.collect::<Float64Array>()));
            }
            Some(Cell::Share(_)) => {
                // The share, then its bounds, each a column.
                let shares: Vec<[Option<f64>; 3]> = cells
                    .map(|c| match c {
                        Cell::Share(share) => {
                            let (low, high) = share.wilson().unzip();
                            [share.value(), low, high]
                        }
                        _ => [None; 3],
                    })
                    .collect();
                for part in 0..3 {
                    fields.push(Field::new(name(), DataType::Float64, true));
                    columns.push(Arc::new(
                        shares.iter().map(|s| s[part]).collect::<Float64Array>(),
                    ));
                }
            }
            Some(Cell::Text(_)) | None => {
                let values = cells.map(|c| match c {
                    // Empty, as the CSV and the view leave it: null.
                    Cell::Text(text) if !text.is_empty() => Some(text.as_str()),
                    _ => None,
                });
                fields.push(Field::new(name(), DataType::Utf8, true));
                columns.push(Arc::new(values.collect::<StringArray>()));
            }
        }
    }
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).map_err(arrow_error)
}
