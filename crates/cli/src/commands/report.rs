//! `reactions report`: rebuild the tables, HTML report and notebook from a Parquet dataset.

use std::path::{Path, PathBuf};

use report::Outputs;

use crate::ExitStatus;

#[derive(clap::Args)]
#[command(after_help = "Example:\n  reactions report --dataset notebooks-out/ --out /tmp/brief/")]
/// Rebuild tables/, report.html, report.ipynb and views.sql from a dataset written by `reactions run`.
pub struct Args {
    /// The directory holding reactions/, stance/, articles/ and daily/.
    #[arg(long)]
    dataset: PathBuf,
    /// Where to write; the dataset directory when absent.
    #[arg(long)]
    out: Option<PathBuf>,
    /// When a run holds the output directory or is writing the dataset, wait up to this many
    /// seconds for it to end instead of exiting with status 1.
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    wait_lock: u64,
}

/// Whether two paths name one directory, however spelt.
fn same_directory(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let out = args.out.clone().unwrap_or_else(|| args.dataset.clone());
    // Refused before the lock file is made: a directory that is not ours is left as it was.
    let outputs = Outputs::HumanFacing {
        dataset: &args.dataset,
    };
    let owned = report::owned::OutputDir::open(&out)?;
    owned.check(&outputs.names())?;
    super::report_older_leftovers(&owned);
    let _lock = match super::lock_output(&out, args.wait_lock) {
        Ok(lock) => lock,
        Err(status) => return Ok(status),
    };
    // A run writing the dataset swaps its tables in one by one: shared, the dataset's lock
    // keeps them all of one generation while they are read. Into the dataset's own directory,
    // the lock above already covers it.
    let _reading = match same_directory(&args.dataset, &out) {
        true => None,
        false => match super::lock_dataset(&args.dataset, args.wait_lock) {
            Ok(lock) => lock,
            Err(status) => return Ok(status),
        },
    };
    // One partition at a time into aggregates: the rows are never all held.
    let totals = report::dataset::summarize_dataset(&args.dataset)?;
    let summary = totals.summary();
    report::write_human_facing(&out, &summary, &args.dataset)?;
    tracing::info!(
        "report: {} articles, {} reactions, {} stance rows; wrote {}",
        summary.articles.len(),
        summary.overall.reactions,
        summary.stance_rows(),
        out.join("report.html").display()
    );
    Ok(ExitStatus::Success)
}
