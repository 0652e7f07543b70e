//! `reactions report`: rebuild the tables, HTML report and notebook from a Parquet dataset.

use std::path::{Path, PathBuf};

use report::labels::Labels;
use report::Outputs;

use crate::{ExitStatus, UsageError};

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  reactions report --dataset notebooks-out/ --out /tmp/brief/\n  \
reactions report --dataset spark-out/ --labels checked.csv\n\n\
With --labels, the labels are put on the dataset's reactions/ and stance/ (replacing any it had)\n\
and every figure counts them; the dataset is rewritten, so --out must be the dataset's own\n\
directory, and a run's directory (with state.sqlite) takes its labels from `reactions run`."
)]
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
    /// Analysts' labels (CSV: reaction_id, field, value, author, note), put on the dataset's
    /// rows and counted in every figure; a row that cannot be used is a warning naming its line.
    #[arg(long)]
    labels: Option<PathBuf>,
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
    if let Some(labels) = &args.labels {
        return relabel(&args.dataset, &out, labels, args.wait_lock);
    }
    // Refused before the lock file is made: a directory that is not ours is left as it was.
    let outputs = Outputs::HumanFacing {
        dataset: &args.dataset,
    };
    let owned = report::owned::OutputDir::open(&out)?;
    owned.check(&outputs.names())?;
    super::report_older_leftovers(&owned.older_leftovers());
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

/// `reactions report --labels`: the labels put on the dataset's rows, which are written again
/// with them, and every human-facing file written from the relabelled rows.
fn relabel(
    dataset: &Path,
    out: &Path,
    labels: &Path,
    wait_lock: u64,
) -> anyhow::Result<ExitStatus> {
    if !same_directory(dataset, out) {
        return Err(UsageError(format!(
            "--labels rewrites the dataset's reactions/ and stance/, whose views --out would read \
             from elsewhere: leave --out out (or give {})",
            dataset.display()
        ))
        .into());
    }
    if dataset.join(run::store::FILE_NAME).exists() {
        return Err(UsageError(format!(
            "{} holds a run's state: give the labels to `reactions run --labels` (or `labels` in \
             its configuration), which keeps them through later runs",
            dataset.display()
        ))
        .into());
    }
    let bytes = collector::input::read_file(labels, collector::input::FileKind::Labels)?;
    report::owned::OutputDir::open(out)?.check(&Outputs::Everything.names())?;
    let _lock = match super::lock_output(out, wait_lock) {
        Ok(lock) => lock,
        Err(status) => return Ok(status),
    };
    let (ids, targets) = report::dataset::dataset_keys(dataset)?;
    let labels: Labels = Labels::parse_for(
        &bytes,
        &labels.display().to_string(),
        &|id| ids.contains(id),
        &targets,
    )?;
    for problem in &labels.problems {
        tracing::warn!("warning: {problem}");
    }
    let written = report::write_relabelled(out, &labels)?;
    tracing::info!(
        "report: {} labels applied, {} rows skipped; wrote {} files",
        labels.labels.len(),
        labels.problems.len(),
        written.len()
    );
    Ok(ExitStatus::Success)
}
