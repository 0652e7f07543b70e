//! Column declarations ([`report::dataset_columns`]) as Arrow: `collect` builds its tables from them,
//! and `schema` hands a dataset table's schema to Python, where the Spark job makes its own
//! from it. A column declared in the report crate therefore reaches both with no code here.

use std::sync::Arc;

use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_array::types::TimestampMicrosecondType;
use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, Float64Array, Int64Array, PrimitiveArray, RecordBatch,
    StringArray, UInt32Array,
};
use arrow_pyarrow::PyArrowType;
use arrow_schema::{ArrowError, DataType, Field, Schema, TimeUnit};
use chrono::NaiveDate;
use collector::record::timestamp_micros;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use report::dataset_columns::{self, Column, Type, Write};

/// The Arrow type a column's values are given in, the one `reactions run`'s Parquet files load
/// as (text aside, which polars asks pyarrow to load as views).
fn data_type(column_type: Type) -> DataType {
    match column_type {
        Type::Text => DataType::Utf8,
        Type::Timestamp => DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
        Type::Date => DataType::Date32,
        Type::Count => DataType::UInt32,
        Type::Integer => DataType::Int64,
        Type::Float => DataType::Float64,
        Type::TextList => DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
        Type::Bool => DataType::Boolean,
    }
}

fn arrow_schema(fields: impl IntoIterator<Item = dataset_columns::Field>) -> Schema {
    Schema::new(
        fields
            .into_iter()
            .map(|f| Field::new(f.name, data_type(f.column_type), f.nullable))
            .collect::<Vec<_>>(),
    )
}

pub fn days_since_epoch(day: NaiveDate) -> i32 {
    (day - NaiveDate::default()).num_days() as i32
}

/// One column's values, in the type [`data_type`] gives it.
fn array<W>(write: &Write<W>, rows: &[W]) -> ArrayRef {
    match write {
        Write::Text(get) => Arc::new(rows.iter().map(get).collect::<StringArray>()),
        Write::Timestamp(get) => Arc::new(
            rows.iter()
                .map(|row| get(row).and_then(timestamp_micros))
                .collect::<PrimitiveArray<TimestampMicrosecondType>>()
                .with_timezone("UTC"),
        ),
        Write::Date(get) => Arc::new(
            rows.iter()
                .map(|row| Some(days_since_epoch(get(row))))
                .collect::<Date32Array>(),
        ),
        Write::Count(get) => Arc::new(rows.iter().map(get).collect::<UInt32Array>()),
        Write::Integer(get) => Arc::new(rows.iter().map(get).collect::<Int64Array>()),
        Write::Float(get) => Arc::new(rows.iter().map(get).collect::<Float64Array>()),
        Write::Bool(get) => Arc::new(rows.iter().map(get).collect::<BooleanArray>()),
        Write::TextList(get) => {
            let mut builder = ListBuilder::new(StringBuilder::new());
            for row in rows {
                for item in get(row) {
                    builder.values().append_value(item);
                }
                builder.append(true);
            }
            Arc::new(builder.finish())
        }
    }
}

/// `rows` as a record batch of the `declared` columns, in their order.
pub fn batch<W, R>(declared: &[Column<W, R>], rows: &[W]) -> Result<RecordBatch, ArrowError> {
    let schema = arrow_schema(declared.iter().map(Column::field));
    let arrays = declared
        .iter()
        .map(|column| array(&column.write, rows))
        .collect();
    RecordBatch::try_new(Arc::new(schema), arrays)
}

/// The Arrow schema of the dataset's table `table` (`reactions`, `stance`, `articles` or
/// `daily`): its columns in the order `reactions run` writes them, with their types and
/// whether they may be null.
#[pyfunction]
pub fn schema(table: &str) -> PyResult<PyArrowType<Schema>> {
    let tables = dataset_columns::schema();
    let names: Vec<&str> = tables.iter().map(|(name, _)| *name).collect();
    let (_, fields) = tables
        .into_iter()
        .find(|(name, _)| *name == table)
        .ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown table {table:?}; one of {}",
                names.join(", ")
            ))
        })?;
    Ok(PyArrowType(arrow_schema(fields)))
}
