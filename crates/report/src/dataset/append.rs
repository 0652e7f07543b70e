//! One `date=` partition at a time: written whole (a rebuild, into staging) or extended in
//! place with a run's new rows (an incremental run), so that no step holds more than a
//! partition's rows.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use polars::prelude::*;

use super::{io_error, partition_path, polars_error, read_parquet, write_parquet};
use crate::rows::{ReactionRow, StanceRow};
use crate::ReportError;

/// How [`write_day_partitions`] writes a day's partitions.
#[derive(Debug, Clone, Copy)]
pub enum PartitionWrite<'a> {
    /// Each partition written whole, into a staging directory that is swapped in later (a
    /// rebuild).
    Stage,
    /// The rows added after those of the partition already there, the partition written whole
    /// in `work` (the output directory's work directory) and renamed over the old one (an
    /// incremental run).
    Append {
        /// Where the partition is written before it is renamed into place.
        work: &'a Path,
    },
}

/// Writes one day's `reactions` and `stance` rows under `base` (into its `reactions/` and
/// `stance/`) as `how` says, skipping a table with no rows; returns how many partitions were
/// written. The rows are dropped once in their frames, before Parquet encodes them (which
/// copies a text again): a record at the size limit is then held by the frame alone.
pub fn write_day_partitions(
    base: &Path,
    day: NaiveDate,
    reactions: Vec<ReactionRow>,
    stance: Vec<StanceRow>,
    how: PartitionWrite,
) -> Result<usize, ReportError> {
    let mut written = 0;
    let reaction_frame = super::reaction_frame(&reactions);
    drop(reactions);
    let stance_frame = super::stance_frame(&stance);
    drop(stance);
    for (table, frame) in [("reactions", reaction_frame), ("stance", stance_frame)] {
        let path = base.join(table);
        let frame = frame.map_err(|e| ReportError::new(&path, e))?;
        if frame.height() > 0 {
            match how {
                PartitionWrite::Stage => stage_partition(&path, day, frame)?,
                PartitionWrite::Append { work } => {
                    append_partition(&path, day, frame, work)?;
                }
            }
            written += 1;
        }
    }
    Ok(written)
}

/// Writes a whole partition of the table in `table_dir` (a staging directory).
fn stage_partition(
    table_dir: &Path,
    date: NaiveDate,
    mut frame: DataFrame,
) -> Result<(), ReportError> {
    write_parquet(&partition_path(table_dir, date), &mut frame)
}

/// Adds `frame`'s rows after those of the partition of `date` in `table_dir` (a new partition
/// when there is none): the partition is written whole under `work`, then renamed over the
/// old one, so a reader sees the old partition or the new, never part of one. Returns its path.
fn append_partition(
    table_dir: &Path,
    date: NaiveDate,
    frame: DataFrame,
    work: &Path,
) -> Result<PathBuf, ReportError> {
    let path = partition_path(table_dir, date);
    let mut whole = if path.exists() {
        let mut old = read_parquet(&path)?;
        old.vstack_mut_owned(frame).map_err(polars_error(&path))?;
        old
    } else {
        frame
    };
    whole.rechunk_mut();
    let staged = work.join(format!("partition-{}.parquet", std::process::id()));
    write_parquet(&staged, &mut whole)?;
    let directory = path.parent().expect("a partition is in a directory");
    fs::create_dir_all(directory).map_err(io_error(directory))?;
    fs::rename(&staged, &path).map_err(io_error(&path))?;
    Ok(path)
}
