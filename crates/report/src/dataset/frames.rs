//! The column declarations ([`crate::dataset_columns`]) written to and read from polars frames.

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
pub(super) fn frame<W, R>(columns: &[Column<W, R>], rows: &[&W]) -> PolarsResult<DataFrame> {
    let built = columns
        .iter()
        .map(|column| write_column(column.name, &column.write, rows))
        .collect::<PolarsResult<Vec<_>>>()?;
    DataFrame::new(rows.len(), built)
}

fn write_column<W>(
    name: &str,
    write: &Write<W>,
    rows: &[&W],
) -> PolarsResult<polars::prelude::Column> {
    let name: PlSmallStr = name.into();
    Ok(match write {
        // Straight into polars' array, without a vector of the values and a second of them
        // borrowed: two allocations of a row's worth for every text column of every day.
        Write::Text(get) => rows
            .iter()
            .map(|row| get(row))
            .collect::<StringChunked>()
            .with_name(name)
            .into_column(),
        Write::Timestamp(get) => {
            let micros: Int64Chunked = rows
                .iter()
                .map(|row| get(row).and_then(timestamp_micros))
                .collect();
            micros
                .with_name(name)
                .into_datetime(TimeUnit::Microseconds, Some(TimeZone::UTC))
                .into_column()
        }
        Write::Date(get) => {
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");
            let days: Int32Chunked = rows
                .iter()
                .map(|row| Some((get(row) - epoch).num_days() as i32))
                .collect();
            days.with_name(name).into_date().into_column()
        }
        Write::Count(get) => {
            polars::prelude::Column::new(name, rows.iter().map(|row| get(row)).collect::<Vec<_>>())
        }
        Write::Integer(get) => {
            polars::prelude::Column::new(name, rows.iter().map(|row| get(row)).collect::<Vec<_>>())
        }
        Write::Float(get) => {
            polars::prelude::Column::new(name, rows.iter().map(|row| get(row)).collect::<Vec<_>>())
        }
        Write::Bool(get) => {
            polars::prelude::Column::new(name, rows.iter().map(|row| get(row)).collect::<Vec<_>>())
        }
        // One builder for the column, not a series a row (a million of them for the bench's
        // reactions); typed as a list of strings even when the table has no rows.
        Write::TextList(get) => {
            let mut lists = ListStringChunkedBuilder::new(name, rows.len(), rows.len());
            for row in rows {
                lists.append_values_iter(get(row).into_iter());
            }
            lists.finish().into_column()
        }
    })
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
