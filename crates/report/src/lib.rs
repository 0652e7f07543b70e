//! Writes reactions and their scores for the people and programs that read them.
//!
//! Data flows from [`rows::ReportData`] (articles, scored reactions, stance rows) through
//! [`summary::Summary`] (aggregates with Wilson intervals) into every output:
//! [`dataset`] (Parquet with polars, partitioned by day), [`tables`] (CSV and Markdown),
//! [`html`] (a self-contained page with [`charts`]) and [`notebook`]. [`write_report`] writes
//! them all; [`dataset::read_dataset`] reads a dataset back so the human-facing files can be
//! rebuilt. The [`writers`] serialize plain reaction records (JSON Lines, CSV) for
//! `reactions collect`. Every file goes through [`atomic::write_file`] or a staged directory
//! swap, so a reader never sees half a file.
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

pub mod atomic;
pub mod charts;
pub mod dataset;
pub mod html;
pub mod lock;
pub mod notebook;
pub mod rows;
pub mod store;
pub mod summary;
pub mod tables;
pub mod writers;

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

pub use rows::ReportData;

/// An output that could not be written or a dataset that could not be read, with its path.
#[derive(Debug)]
pub struct ReportError {
    pub path: PathBuf,
    pub message: String,
}

impl ReportError {
    pub fn new(path: &Path, message: impl Into<String>) -> Self {
        ReportError {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for ReportError {}

/// Which outputs [`write_report`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outputs {
    /// The Parquet dataset and every human-facing file (`reactions run`).
    Everything,
    /// Tables, HTML and notebook only, from an existing dataset (`reactions report`).
    HumanFacing,
}

/// Writes the outputs under `out`; returns the paths written, dataset directories first.
pub fn write_report(
    out: &Path,
    data: &ReportData,
    outputs: Outputs,
) -> Result<Vec<PathBuf>, ReportError> {
    let summary = summary::Summary::new(data);
    let tables = tables::tables(&summary);
    let mut written = Vec::new();
    if outputs == Outputs::Everything {
        dataset::write_dataset(out, data, &summary)?;
        written.extend(dataset::TABLES.iter().map(|t| out.join(t)));
    }
    let write = |path: PathBuf, fill: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| {
        atomic::write_file(&path, |w| fill(w))
            .map_err(|e| ReportError::new(&path, e.to_string()))?;
        Ok::<PathBuf, ReportError>(path)
    };
    for table in &tables {
        written.push(write(
            out.join("tables").join(format!("{}.csv", table.name)),
            &|w| table.write_csv(w),
        )?);
        written.push(write(
            out.join("tables").join(format!("{}.md", table.name)),
            &|w| table.write_markdown(w),
        )?);
    }
    let charts = html::Charts::new(&summary);
    let page = html::render(data, &summary, &tables, &charts);
    written.push(write(out.join("report.html"), &|w| {
        w.write_all(page.as_bytes())
    })?);
    let notebook = notebook::render(data, &tables, &charts);
    written.push(write(out.join("report.ipynb"), &|w| {
        w.write_all(notebook.as_bytes())
    })?);
    Ok(written)
}
