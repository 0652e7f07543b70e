//! `reactions report`: rebuild the tables, HTML report and notebook from a Parquet dataset.

use std::path::PathBuf;

use report::Outputs;

use crate::ExitStatus;

#[derive(clap::Args)]
#[command(after_help = "Example:\n  reactions report --dataset notebooks-out/ --out /tmp/brief/")]
/// Rebuild tables/, report.html and report.ipynb from a dataset written by `reactions run`.
pub struct Args {
    /// The directory holding reactions/, stance/, articles/ and daily/.
    #[arg(long)]
    dataset: PathBuf,
    /// Where to write; the dataset directory when absent.
    #[arg(long)]
    out: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let data = report::dataset::read_dataset(&args.dataset)?;
    let out = args.out.unwrap_or_else(|| args.dataset.clone());
    report::write_report(&out, &data, Outputs::HumanFacing)?;
    tracing::info!(
        "report: {} articles, {} reactions, {} stance rows; wrote {}",
        data.articles.len(),
        data.reactions.len(),
        data.stance.len(),
        out.join("report.html").display()
    );
    Ok(ExitStatus::Success)
}
