//! Writes reactions and their scores for the people and programs that read them.
//!
//! Data flows from [`rows::ReportData`] (articles, scored reactions, stance rows) through
//! [`summary::Summary`] (aggregates with Wilson intervals) into every output:
//! [`dataset`] (Parquet with polars, partitioned by day), [`tables`] (CSV and Markdown),
//! [`html`] (a self-contained page with [`charts`]) and [`notebook`]. [`write_report`] writes
//! them all; [`dataset::read_dataset`] reads a dataset back so the human-facing files can be
//! rebuilt. The [`writers`] serialize plain reaction records (JSON Lines, CSV) for
//! `reactions collect`. Every file goes through [`atomic::write_file`] or a staged directory
//! swap, so a reader never sees half a file, and [`owned`] keeps the writers to the names
//! this tool made in an output directory.
//!
//! ```
//! use report::writers;
//!
//! let reaction = collector::article_reactions(
//!     "a.txt",
//!     "Headline\n\n@someone said: “=HYPERLINK(\"http://x\")”",
//!     None,
//! ).1.remove(0);
//! let mut csv = Vec::new();
//! writers::by_name("csv").unwrap().write(&[reaction], &mut csv).unwrap();
//! let csv = String::from_utf8(csv).unwrap();
//! assert!(csv.contains("'=HYPERLINK"), "formulas are neutralized: {csv}");
//! ```

#![warn(missing_docs)]

pub mod aggregate;
pub mod atomic;
pub mod charts;
#[cfg(feature = "parquet")]
pub mod dataset;
pub mod dataset_columns;
pub mod evaluate;
pub mod html;
pub mod labels;
pub mod notebook;
pub mod owned;
pub mod rows;
pub mod summary;
pub mod tables;
pub mod views;
pub mod writers;

use std::io::Write;
use std::path::{Path, PathBuf};

pub use dataset_columns::SCHEMA_VERSION;
pub use rows::ReportData;

/// An output that could not be written or a dataset that could not be read, with its path.
#[derive(Debug, thiserror::Error)]
#[error("{}: {problem}", path.display())]
pub struct ReportError {
    /// The file or directory that could not be written or read.
    pub path: PathBuf,
    /// What went wrong there.
    #[source]
    pub problem: ReportProblem,
}

/// Why a path could not be written or read; the library's own error is kept.
#[derive(Debug, thiserror::Error)]
pub enum ReportProblem {
    /// The operating system refused a read or write.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// polars could not write or read a Parquet file.
    #[cfg(feature = "parquet")]
    #[error("{0}")]
    Parquet(#[from] polars::error::PolarsError),
    /// A JSON output (the notebook, an aggregate) could not be written or read.
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    /// Content this build cannot use (a bad partition date, an unknown stance label), or an
    /// output path taken by something of the other kind.
    #[error("{0}")]
    Invalid(String),
    /// Something the tool will not touch: a file or directory it did not write. The user
    /// decides what to do with it.
    #[error("{0}")]
    Refused(String),
}

impl ReportError {
    /// An error of `path`.
    pub fn new(path: &Path, problem: impl Into<ReportProblem>) -> Self {
        ReportError {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }

    /// An error for content that cannot be used, in words.
    pub fn invalid(path: &Path, message: impl Into<String>) -> Self {
        ReportError::new(path, ReportProblem::Invalid(message.into()))
    }

    /// Whether the tool refused to touch the path (see [`ReportProblem::Refused`]).
    pub fn is_refusal(&self) -> bool {
        matches!(self.problem, ReportProblem::Refused(_))
    }
}

/// Which outputs [`write_report`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outputs<'a> {
    /// The Parquet dataset and every human-facing file (`reactions run`).
    #[cfg(feature = "parquet")]
    Everything,
    /// Tables, HTML, notebook and views only, from an existing dataset (`reactions report`)
    /// in the directory `dataset`, which the views read (by a path relative to the output
    /// directory).
    HumanFacing {
        /// The dataset's directory: the output directory itself, or another.
        dataset: &'a Path,
    },
}

impl Outputs<'_> {
    /// The names these outputs take in the output directory.
    pub fn names(self) -> Vec<&'static str> {
        let mut names = Vec::new();
        #[cfg(feature = "parquet")]
        if self == Outputs::Everything {
            names.extend(owned::DATASET_TABLES);
        }
        names.extend(owned::HUMAN_FACING);
        names
    }
}

/// Writes the outputs under `out`; returns the paths written, dataset directories first.
///
/// Only names this tool owns in `out` are replaced (see [`owned`]): an existing file or
/// directory it did not write is refused ([`ReportProblem::Refused`]) before anything is
/// written. Everything is first written into a staging directory in `out`'s work directory,
/// then swapped into place: each directory (`reactions/`, …, `tables/`) by renaming the old
/// one aside and the new one in, each file by a rename over the old. An output that cannot be
/// written (a full disk, a directory that refuses it) therefore leaves every old output as it
/// was, never a new dataset beside old tables.
pub fn write_report(
    out: &Path,
    data: &ReportData,
    outputs: Outputs,
) -> Result<Vec<PathBuf>, ReportError> {
    let dataset = views_location(out, outputs)?;
    write_staged(out, &outputs.names(), |staging| {
        stage(staging, data, outputs, &dataset)
    })
}

/// Writes the tables, `report.html`, `report.ipynb` and `views.sql` of `summary` under `out`,
/// as [`write_report`] does with [`Outputs::HumanFacing`]: for a summary made without holding
/// the rows ([`aggregate::Totals`]) of the dataset in `dataset`.
pub fn write_human_facing(
    out: &Path,
    summary: &summary::Summary,
    dataset: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    let outputs = Outputs::HumanFacing { dataset };
    let location = views_location(out, outputs)?;
    write_staged(out, &outputs.names(), |staging| {
        Ok(stage_human_facing(staging, summary, &location)?.to_vec())
    })
}

/// Puts `labels` on the rows of the dataset in `out` in place of any they had, and writes it
/// again with every output made from it (`reactions report --labels`): one partition at a
/// time into a staging directory, then swapped into place as [`write_report`] does.
#[cfg(feature = "parquet")]
pub fn write_relabelled(out: &Path, labels: &labels::Labels) -> Result<Vec<PathBuf>, ReportError> {
    let index = labels.index();
    write_staged(out, &Outputs::Everything.names(), |staging| {
        let totals = dataset::relabel_dataset(out, &index, staging)?;
        let mut summary = totals.summary();
        summary.labels = Some(labels);
        dataset::stage_summary_tables(staging, &summary)?;
        let mut staged = dataset::TABLES.to_vec();
        staged.extend(stage_human_facing(staging, &summary, "")?);
        Ok(staged)
    })
}

/// Writes `articles/`, `daily/` and the human-facing files of `summary`, a summary of the
/// whole dataset in `out` made from its tallies ([`aggregate::Totals`]), and swaps them into
/// place together with the `reactions/` and `stance/` already written under
/// `staged_partitions` when there are some (a rebuild of every partition). Returns the paths
/// written.
#[cfg(feature = "parquet")]
pub fn write_summary_outputs(
    out: &Path,
    summary: &summary::Summary,
    staged_partitions: Option<&Path>,
) -> Result<Vec<PathBuf>, ReportError> {
    let mut names: Vec<&str> = vec!["articles", "daily"];
    names.extend(owned::HUMAN_FACING);
    if staged_partitions.is_some() {
        names.extend(["reactions", "stance"]);
    }
    write_staged(out, &names, |staging| {
        let mut staged = Vec::new();
        if let Some(partitions) = staged_partitions {
            std::fs::create_dir_all(staging).map_err(|e| ReportError::new(staging, e))?;
            for table in ["reactions", "stance"] {
                let (from, to) = (partitions.join(table), staging.join(table));
                std::fs::rename(&from, &to).map_err(|e| ReportError::new(&from, e))?;
                staged.push(table);
            }
        }
        dataset::stage_summary_tables(staging, summary)?;
        staged.extend(["articles", "daily"]);
        staged.extend(stage_human_facing(staging, summary, "")?);
        Ok(staged)
    })
}

/// Where the views of `out` find the dataset `outputs` reads or writes (see
/// [`views::dataset_location`]).
fn views_location(out: &Path, outputs: Outputs) -> Result<String, ReportError> {
    match outputs {
        #[cfg(feature = "parquet")]
        Outputs::Everything => Ok(String::new()),
        Outputs::HumanFacing { dataset } => views::dataset_location(out, dataset),
    }
}

/// Claims `names` in `out`, has `stage` write them into a staging directory, and swaps them
/// into place (see [`write_report`]).
fn write_staged(
    out: &Path,
    names: &[&str],
    stage: impl FnOnce(&Path) -> Result<Vec<&'static str>, ReportError>,
) -> Result<Vec<PathBuf>, ReportError> {
    let mut owned = owned::OutputDir::open(out)?;
    owned.claim(names)?;
    let work = owned.work()?;
    let staging = work.join(format!("staging-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    let result = stage(&staging).and_then(|staged| publish(&staging, &work, out, &staged));
    let _ = std::fs::remove_dir_all(&staging);
    result
}

/// Writes every output into `staging`; returns the names staged, directories first.
#[cfg_attr(not(feature = "parquet"), allow(unused_variables))] // one kind of output then
fn stage(
    staging: &Path,
    data: &ReportData,
    outputs: Outputs,
    dataset: &str,
) -> Result<Vec<&'static str>, ReportError> {
    let summary = summary::Summary::new(data);
    let mut staged = Vec::new();
    #[cfg(feature = "parquet")]
    if outputs == Outputs::Everything {
        dataset::stage_dataset(staging, data, &summary)?;
        staged.extend(dataset::TABLES);
    }
    staged.extend(stage_human_facing(staging, &summary, dataset)?);
    Ok(staged)
}

/// Writes the tables, `report.html`, `report.ipynb` and `views.sql` of `summary` into
/// `staging` (the views reading the dataset at `dataset`, relative to the output directory);
/// returns their names.
fn stage_human_facing(
    staging: &Path,
    summary: &summary::Summary,
    dataset: &str,
) -> Result<[&'static str; 4], ReportError> {
    let tables = tables::tables(summary);
    let write = |path: PathBuf, fill: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| {
        atomic::write_file(&path, |w| fill(w)).map_err(|e| ReportError::new(&path, e))
    };
    let tables_dir = staging.join("tables");
    std::fs::create_dir_all(&tables_dir).map_err(|e| ReportError::new(&tables_dir, e))?;
    for table in &tables {
        write(tables_dir.join(format!("{}.csv", table.name)), &|w| {
            table.write_csv(w)
        })?;
        write(tables_dir.join(format!("{}.md", table.name)), &|w| {
            table.write_markdown(w)
        })?;
    }
    let charts = html::Charts::new(summary);
    write(staging.join("report.html"), &|w| {
        w.write_all(html::render(summary, &tables, &charts).as_bytes())
    })?;
    write(staging.join("report.ipynb"), &|w| {
        notebook::write(w, summary, &tables, &charts)
    })?;
    let views = views::views_sql(dataset, summary);
    write(staging.join(views::FILE_NAME), &|w| {
        w.write_all(views.as_bytes())
    })?;
    Ok(["tables", "report.html", "report.ipynb", views::FILE_NAME])
}

/// Moves each staged output into `out`: a directory swapped by two renames (the old one aside,
/// then removed), a file renamed over the old.
fn publish(
    staging: &Path,
    work: &Path,
    out: &Path,
    staged: &[&str],
) -> Result<Vec<PathBuf>, ReportError> {
    // A target of the other kind (a directory where report.html goes) would fail half-way
    // through the swaps: refuse before the first.
    for name in staged {
        let (from, target) = (staging.join(name), out.join(name));
        if target.exists() && target.is_dir() != from.is_dir() {
            let kind = if target.is_dir() {
                "a directory"
            } else {
                "a file"
            };
            return Err(ReportError::invalid(
                &target,
                format!("is {kind}, where the report writes the other; nothing was replaced"),
            ));
        }
    }
    let mut written = Vec::new();
    for name in staged {
        let (from, target) = (staging.join(name), out.join(name));
        let failed = |e: std::io::Error| ReportError::new(&target, e);
        if from.is_dir() {
            let aside = work.join(format!("old-{name}-{}", std::process::id()));
            if target.exists() {
                std::fs::rename(&target, &aside).map_err(failed)?;
            }
            std::fs::rename(&from, &target).map_err(failed)?;
            let _ = std::fs::remove_dir_all(&aside);
        } else {
            std::fs::rename(&from, &target).map_err(failed)?;
        }
        written.push(target);
    }
    Ok(written)
}
