//! One `date=` partition at a time: written whole (a rebuild, into staging), extended in place
//! with a run's new rows (an incremental run), or read and folded into aggregates
//! (`reactions report`), so that no step holds more than a partition's rows.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use polars::prelude::*;

use super::{
    frames, io_error, partition_path, polars_error, read_parquet, table_files, write_parquet,
};
use crate::aggregate::{Fold, Totals};
use crate::columns;
use crate::rows::{ArticleRow, ReactionRow, StanceRow};
use crate::ReportError;

/// Reactions as the `reactions/` table's frame.
pub(crate) fn reaction_frame(rows: &[ReactionRow]) -> PolarsResult<DataFrame> {
    frames::frame(&columns::reactions(), &rows.iter().collect::<Vec<_>>())
}

/// Stance rows as the `stance/` table's frame.
pub(crate) fn stance_frame(rows: &[StanceRow]) -> PolarsResult<DataFrame> {
    frames::frame(columns::STANCE, &rows.iter().collect::<Vec<_>>())
}

/// Writes a whole partition of the table in `table_dir` (a staging directory).
pub(crate) fn stage_partition(
    table_dir: &Path,
    date: NaiveDate,
    mut frame: DataFrame,
) -> Result<(), ReportError> {
    write_parquet(&partition_path(table_dir, date), &mut frame)
}

/// Adds `frame`'s rows after those of the partition of `date` in `table_dir` (a new partition
/// when there is none): the partition is written whole under `work`, then renamed over the
/// old one, so a reader sees the old partition or the new, never part of one. Returns its path.
pub(crate) fn append_partition(
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

/// Reads a dataset written by `reactions run` one partition at a time into the aggregates a
/// report is written from: what is held is the articles, a partition's rows, and the
/// tallies (per day, article and handle).
pub fn summarize_dataset(dir: &Path) -> Result<Totals, ReportError> {
    let articles_dir = dir.join("articles");
    let mut articles: Vec<ArticleRow> = Vec::new();
    for (_, path) in table_files(&articles_dir, false)? {
        articles = frames::records(&columns::articles(), &read_parquet(&path)?)
            .map_err(polars_error(&articles_dir))?;
    }
    let mut fold = Fold::new(&articles, &[]);
    let reactions_dir = dir.join("reactions");
    for (date, path) in table_files(&reactions_dir, true)? {
        let date = date.expect("partitioned");
        let stored = frames::records(&columns::reactions(), &read_parquet(&path)?)
            .map_err(polars_error(&path))?;
        let rows = stored
            .into_iter()
            .enumerate()
            .map(|(i, stored)| {
                stored.into_row(date).map_err(|e| {
                    ReportError::invalid(&reactions_dir, format!("row {i} of {date}: {e}"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        fold.add_reactions(&rows);
    }
    let stance_dir = dir.join("stance");
    for (date, path) in table_files(&stance_dir, true)? {
        let date = date.expect("partitioned");
        let stored =
            frames::records(columns::STANCE, &read_parquet(&path)?).map_err(polars_error(&path))?;
        let mut targets = Vec::new();
        let rows = stored
            .into_iter()
            .enumerate()
            .map(|(i, stored)| {
                stored.into_row(date, &mut targets).map_err(|e| {
                    ReportError::invalid(&stance_dir, format!("row {i} of {date}: {e}"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        fold.add_stance(&rows);
    }
    let totals = fold.into_totals(articles.clone());
    Ok(totals)
}
