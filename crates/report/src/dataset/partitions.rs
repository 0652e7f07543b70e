//! A dataset read one `date=` partition at a time and folded into aggregates (`reactions
//! report`), so that no more than a partition's rows are held; with analysts' labels, each
//! partition is written again with them into a staging directory as it is read.

use std::collections::HashSet;
use std::path::Path;

use polars::prelude::DataFrame;

use super::{frames, partition_path, polars_error, read_parquet, table_files, write_parquet};
use crate::aggregate::{Fold, Totals};
use crate::dataset_columns;
use crate::labels::LabelIndex;
use crate::rows::ArticleRow;
use crate::ReportError;

/// Reads a dataset written by `reactions run` one partition at a time into the aggregates a
/// report is written from: what is held is the articles, a partition's rows, and the
/// tallies (per day, article and handle).
pub fn summarize_dataset(dir: &Path) -> Result<Totals, ReportError> {
    fold_dataset(dir, None)
}

/// The reaction ids and the stance targets (in the order first met) of the dataset in `dir`,
/// for [`crate::labels::Labels::parse_for`].
pub fn dataset_keys(dir: &Path) -> Result<(HashSet<String>, Vec<String>), ReportError> {
    let column = |path: &Path, name: &str| -> Result<Vec<String>, ReportError> {
        let frame = read_parquet(path)?;
        let values = frame
            .column(name)
            .and_then(|c| c.str().cloned())
            .map_err(polars_error(path))?;
        Ok(values.iter().flatten().map(str::to_string).collect())
    };
    let mut ids = HashSet::new();
    for (_, path) in table_files(&dir.join("reactions"), true)? {
        ids.extend(column(&path, "reaction_id")?);
    }
    let mut targets: Vec<String> = Vec::new();
    for (_, path) in table_files(&dir.join("stance"), true)? {
        for target in column(&path, "target")? {
            if !targets.contains(&target) {
                targets.push(target);
            }
        }
    }
    Ok((ids, targets))
}

/// [`summarize_dataset`] with `labels` put on every row in place of those it had, each
/// partition written again with them under `staging` (its `reactions/` and `stance/`), for
/// the caller to swap in.
pub fn relabel_dataset(
    dir: &Path,
    labels: &LabelIndex,
    staging: &Path,
) -> Result<Totals, ReportError> {
    fold_dataset(dir, Some((labels, staging)))
}

/// Writes a relabelled partition under `staging/table`.
fn restage(
    staging: &Path,
    table: &str,
    date: chrono::NaiveDate,
    frame: polars::prelude::PolarsResult<DataFrame>,
) -> Result<(), ReportError> {
    let path = partition_path(&staging.join(table), date);
    write_parquet(&path, &mut frame.map_err(polars_error(&path))?)
}

fn fold_dataset(dir: &Path, relabel: Option<(&LabelIndex, &Path)>) -> Result<Totals, ReportError> {
    let articles_dir = dir.join("articles");
    let mut articles: Vec<ArticleRow> = Vec::new();
    for (_, path) in table_files(&articles_dir, false)? {
        articles = frames::records(&dataset_columns::articles(), &read_parquet(&path)?)
            .map_err(polars_error(&articles_dir))?;
    }
    let mut fold = Fold::new(&articles, &[]);
    let reactions_dir = dir.join("reactions");
    for (date, path) in table_files(&reactions_dir, true)? {
        let date = date.expect("partitioned");
        let stored = frames::records(&dataset_columns::reactions(), &read_parquet(&path)?)
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
        let mut rows = rows;
        if let Some((labels, staging)) = relabel {
            labels.apply(&mut rows, &mut []);
            restage(staging, "reactions", date, super::reaction_frame(&rows))?;
        }
        fold.add_reactions(&rows);
    }
    let stance_dir = dir.join("stance");
    for (date, path) in table_files(&stance_dir, true)? {
        let date = date.expect("partitioned");
        let stored = frames::records(dataset_columns::STANCE, &read_parquet(&path)?)
            .map_err(polars_error(&path))?;
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
        let mut rows = rows;
        if let Some((labels, staging)) = relabel {
            labels.apply(&mut [], &mut rows);
            restage(staging, "stance", date, super::stance_frame(&rows))?;
        }
        fold.add_stance(&rows);
    }
    if let Some((_, staging)) = relabel {
        for table in ["reactions", "stance"] {
            let dir = staging.join(table);
            std::fs::create_dir_all(&dir).map_err(|e| ReportError::new(&dir, e))?;
        }
    }
    let totals = fold.into_totals(articles.clone());
    Ok(totals)
}
