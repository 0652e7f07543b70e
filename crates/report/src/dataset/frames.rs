//! The column declarations ([`crate::dataset_columns`]) written to and read from polars frames.

use std::borrow::Cow;

use chrono::NaiveDate;
use polars::prelude::*;

use crate::dataset_columns::{self, Column, Read, Write};
use crate::rows::{timestamp_micros, timestamp_text};
use crate::rows::{ReactionRow, StanceRow};

/// Reactions as the `reactions/` table's frame.
pub(crate) fn reaction_frame(rows: &[ReactionRow]) -> PolarsResult<DataFrame> {
    frame(
        &dataset_columns::reactions(),
        &rows.iter().collect::<Vec<_>>(),
    )
}

/// Stance rows as the `stance/` table's frame.
pub(crate) fn stance_frame(rows: &[StanceRow]) -> PolarsResult<DataFrame> {
    frame(dataset_columns::STANCE, &rows.iter().collect::<Vec<_>>())
}

/// A table's rows as a frame, its columns in declaration order.
///
/// Built in one pass over the rows, every column at once: a column at a time read each row
/// once a column (34 times for `reactions`), and a day's rows, scattered over the run's, are
/// then read from far caches every time.
pub(super) fn frame<W, R>(columns: &[Column<W, R>], rows: &[&W]) -> PolarsResult<DataFrame> {
    let mut builders: Vec<Builder<W>> = columns
        .iter()
        .map(|column| Builder::new(column.name, &column.write, rows.len()))
        .collect();
    for row in rows {
        for builder in &mut builders {
            builder.push(row);
        }
    }
    let built = builders
        .into_iter()
        .map(Builder::finish)
        .collect::<PolarsResult<Vec<_>>>()?;
    DataFrame::new(rows.len(), built)
}

/// A column being filled a row at a time: the values as each column took them when it was
/// made in a pass of its own, so that the arrays, and the files, are the same.
enum Builder<W> {
    /// Straight into polars' array, without a vector of the values and a second of them
    /// borrowed: two allocations of a row's worth for every text column of every day.
    Text(
        for<'a> fn(&'a W) -> Option<Cow<'a, str>>,
        StringChunkedBuilder,
    ),
    Timestamp(
        PlSmallStr,
        for<'a> fn(&'a W) -> Option<&'a str>,
        Vec<Option<i64>>,
    ),
    Date(PlSmallStr, fn(&W) -> NaiveDate, Vec<i32>),
    Count(PlSmallStr, fn(&W) -> Option<u32>, Vec<Option<u32>>),
    Integer(PlSmallStr, fn(&W) -> Option<i64>, Vec<Option<i64>>),
    Float(PlSmallStr, fn(&W) -> Option<f64>, Vec<Option<f64>>),
    Bool(PlSmallStr, fn(&W) -> Option<bool>, Vec<Option<bool>>),
    /// One builder for the column, not a series a row (a million of them for the bench's
    /// reactions); typed as a list of strings even when the table has no rows.
    TextList(for<'a> fn(&'a W) -> Vec<&'a str>, ListStringChunkedBuilder),
}

impl<W> Builder<W> {
    fn new(name: &str, write: &Write<W>, rows: usize) -> Self {
        let name: PlSmallStr = name.into();
        match *write {
            Write::Text(get) => Builder::Text(get, StringChunkedBuilder::new(name, rows)),
            Write::Timestamp(get) => Builder::Timestamp(name, get, Vec::with_capacity(rows)),
            Write::Date(get) => Builder::Date(name, get, Vec::with_capacity(rows)),
            Write::Count(get) => Builder::Count(name, get, Vec::with_capacity(rows)),
            Write::Integer(get) => Builder::Integer(name, get, Vec::with_capacity(rows)),
            Write::Float(get) => Builder::Float(name, get, Vec::with_capacity(rows)),
            Write::Bool(get) => Builder::Bool(name, get, Vec::with_capacity(rows)),
            Write::TextList(get) => {
                Builder::TextList(get, ListStringChunkedBuilder::new(name, rows, rows))
            }
        }
    }

    fn push(&mut self, row: &W) {
        match self {
            Builder::Text(get, values) => values.append_option(get(row)),
            Builder::Timestamp(_, get, values) => {
                values.push(get(row).and_then(timestamp_micros));
            }
            Builder::Date(_, get, values) => {
                let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");
                values.push((get(row) - epoch).num_days() as i32);
            }
            Builder::Count(_, get, values) => values.push(get(row)),
            Builder::Integer(_, get, values) => values.push(get(row)),
            Builder::Float(_, get, values) => values.push(get(row)),
            Builder::Bool(_, get, values) => values.push(get(row)),
            Builder::TextList(get, lists) => lists.append_values_iter(get(row).into_iter()),
        }
    }

    fn finish(self) -> PolarsResult<polars::prelude::Column> {
        use polars::prelude::Column as Values;
        Ok(match self {
            Builder::Text(_, values) => values.finish().into_column(),
            Builder::Timestamp(name, _, values) => {
                let micros: Int64Chunked = values.into_iter().collect();
                micros
                    .with_name(name)
                    .into_datetime(TimeUnit::Microseconds, Some(TimeZone::UTC))
                    .into_column()
            }
            Builder::Date(name, _, values) => {
                let days: Int32Chunked = values.into_iter().map(Some).collect();
                days.with_name(name).into_date().into_column()
            }
            Builder::Count(name, _, values) => Values::new(name, values),
            Builder::Integer(name, _, values) => Values::new(name, values),
            Builder::Float(name, _, values) => Values::new(name, values),
            Builder::Bool(name, _, values) => Values::new(name, values),
            Builder::TextList(_, mut lists) => lists.finish().into_column(),
        })
    }
}

/// A frame's rows as records: every column declared as read that the frame has.
pub(super) fn records<W, R: Default>(
    columns: &[Column<W, R>],
    frame: &DataFrame,
) -> PolarsResult<Vec<R>> {
    let mut records: Vec<R> = (0..frame.height()).map(|_| R::default()).collect();
    for column in columns {
        let Some(read) = &column.read else { continue };
        let Ok(values) = frame.column(column.name) else {
            continue;
        };
        let rows = records.iter_mut();
        match read {
            Read::Text(set) => {
                for (record, value) in rows.zip(values.str()?.iter()) {
                    set(record, value.map(str::to_string));
                }
            }
            Read::Timestamp(set) => {
                for (record, value) in rows.zip(values.datetime()?.physical().iter()) {
                    set(record, value.and_then(timestamp_text));
                }
            }
            Read::Date(set) => {
                let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");
                for (record, days) in rows.zip(values.date()?.physical().iter()) {
                    set(
                        record,
                        epoch + chrono::Duration::days(i64::from(days.unwrap_or(0))),
                    );
                }
            }
            Read::Count(set) => {
                for (record, value) in rows.zip(values.u32()?.iter()) {
                    set(record, value);
                }
            }
            Read::Integer(set) => {
                for (record, value) in rows.zip(values.i64()?.iter()) {
                    set(record, value);
                }
            }
            Read::Float(set) => {
                for (record, value) in rows.zip(values.f64()?.iter()) {
                    set(record, value);
                }
            }
            Read::Bool(set) => {
                for (record, value) in rows.zip(values.bool()?.iter()) {
                    set(record, value);
                }
            }
            Read::TextList(set) => {
                for (record, list) in rows.zip(values.list()?.series_iter()) {
                    let texts = list
                        .and_then(|s| {
                            s.str()
                                .ok()
                                .map(|c| c.iter().flatten().map(str::to_string).collect())
                        })
                        .unwrap_or_default();
                    set(record, texts);
                }
            }
        }
    }
    Ok(records)
}
