//! A dataset read one `date=` partition at a time and folded into aggregates (`reactions
//! report`), so that no more than a partition's rows are held.

use std::path::Path;

use super::{frames, polars_error, read_parquet, table_files};
use crate::aggregate::{Fold, Totals};
use crate::columns;
use crate::rows::ArticleRow;
use crate::ReportError;

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
