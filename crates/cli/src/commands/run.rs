//! `reactions run`: the scheduled job. Collect (files and the web), add what is new to the
//! state beside the output, score everything the state holds, and write the dataset, report
//! and a run manifest.

use std::path::PathBuf;

use chrono::{NaiveDate, SecondsFormat, Utc};
use run::incremental::{RunLabels, Scoring};
use run::manifest::{ManifestLabels, Outcome};
use run::Run;
use scoring::stance::TargetSet;
use scoring::{SentimentAnalyzer, StanceJudge};
use tracing::{info, warn};

use crate::config::{self, Config};
use crate::{ExitStatus, UsageError};

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
reactions run                                      # the embedded default: data/ into notebooks-out/, no network\n  \
reactions run --config reactions.toml              # sources, targets, output and HTTP settings from a file\n  \
reactions run articles/ https://example.org/rss.xml --targets targets.toml --out out/\n  \
REACTIONS_OUT=/srv/reactions reactions run --config reactions.toml --log-format json\n\n\
Writes DIR/reactions/, stance/, articles/, daily/ (Parquet), DIR/tables/ (CSV, Markdown),\n\
DIR/report.html, DIR/report.ipynb, DIR/views.sql (DuckDB views), DIR/runs/RUN.json (the\n\
manifest) and DIR/state.sqlite.\n\
Each run adds what is new to DIR: running it twice adds nothing the second time.\n\
Only one run at a time writes into DIR: a second exits with status 1, naming the first\n\
(or waits for it with --wait-lock SECONDS).\n\
Only names it wrote itself are replaced in DIR: anything else where an output goes is refused.\n\
Exit status: 0 when every source succeeded, 3 when some failed, 1 when DIR is held by another\n\
run or an output could not be written, 2 on a usage or configuration error, or when DIR holds\n\
something the run refuses to replace, or a dataset whose state is missing or empty.")]
/// Collect reactions, score sentiment and stance, and write the dataset and report.
pub struct Args {
    /// Files, directories, glob patterns, `-`, article URLs or feed URLs; the configuration's
    /// sources when absent.
    inputs: Vec<String>,
    /// The job's configuration (TOML); the embedded default when absent.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Stance targets (TOML).
    #[arg(long)]
    targets: Option<PathBuf>,
    /// A model from `reactions stance train`: it decides for its targets, the rules for the rest.
    #[arg(long)]
    stance_model: Option<PathBuf>,
    /// Analysts' labels (CSV: reaction_id, field, value, author, note), applied in the dataset
    /// and every figure; a row that cannot be used is a warning naming its line.
    #[arg(long)]
    labels: Option<PathBuf>,
    /// Output directory.
    #[arg(long)]
    out: Option<PathBuf>,
    /// The day new rows without a date of their own are filed under (default: today, UTC).
    #[arg(long)]
    collected_on: Option<NaiveDate>,
    /// When another run holds the output directory, wait up to this many seconds for it to
    /// end instead of exiting with status 1.
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    wait_lock: u64,
    /// When DIR/state.sqlite is missing or empty beside a dataset (which a run then refuses),
    /// read the dataset back into a new state first.
    #[arg(long)]
    rebuild_state: bool,
    /// Score and write the whole dataset from the state, instead of only what this run adds
    /// (a run rebuilds by itself when the targets, stance model or schema changed).
    #[arg(long)]
    rebuild: bool,
    #[command(flatten)]
    input: super::InputArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let started_at = now();
    let loaded = config::load(args.config.as_deref(), std::env::vars()).map_err(UsageError)?;
    let config = with_flags(loaded.config, &args);
    let targets = load_targets(&config, loaded.file.is_none() && args.targets.is_none())?;
    let model = match &config.stance_model {
        Some(path) => Some(super::load_stance_model(path)?),
        None => None,
    };
    let label_bytes = match &config.labels {
        Some(path) => Some(collector::input::read_file(
            path,
            collector::input::FileKind::Labels,
        )?),
        None => None,
    };
    let mut options = args.input.options_over(&config).map_err(UsageError)?;

    let out = config.out.clone();
    // Refused before the lock file is made, so that a directory that is not ours is left
    // exactly as it was.
    Run::check(&out)?;
    // Held until the run ends: a second run into the same directory would delete this one's
    // staging directory and interleave its writes with ours.
    let lock = match super::lock_output(&out, args.wait_lock) {
        Ok(lock) => lock,
        Err(status) => return Ok(status),
    };
    let run_id = run_id();
    let opened = Run::open(lock, (&run_id, &started_at), args.rebuild_state, |found| {
        for leftover in &found.removed_leftovers {
            info!(path = %leftover.display(), "removed a file left by an interrupted run: {}", leftover.display());
        }
        super::report_older_leftovers(&found.older_leftovers);
    })?;
    if args.rebuild_state {
        info!(
            "rebuilt {} from the dataset in {}",
            out.join(run::store::FILE_NAME).display(),
            out.display()
        );
    }
    options.known_sources = opened.known_sources()?;

    let bar = super::progress_bar(&mut options);
    let mut collection = collector::collect(&config.sources, &options);
    drop(bar);
    super::print_problems(&collection);
    let collected_on = args.collected_on.unwrap_or_else(|| Utc::now().date_naive());
    let committed = opened.commit(collected_on, &collection)?;
    // The store holds them now, and scoring reads them back from it: a record at the size
    // limit is not kept through the writing as well.
    collection.reactions = Vec::new();

    if model.is_some() {
        let judge = StanceJudge::new(SentimentAnalyzer::shared(), &targets, model.as_ref());
        for target in judge.targets_without_model() {
            warn!("note: the stance model does not know target {target:?}; the rules judge it");
        }
    }
    // Read after the commit, so that a label of a reaction this run collected applies.
    let labels = match (&config.labels, &label_bytes) {
        (Some(path), Some(bytes)) => Some(super::read_labels(
            path,
            bytes,
            &|id| committed.has_reaction(id),
            &targets,
        )?),
        _ => None,
    };
    let scoring = Scoring {
        targets: &targets,
        model: model.as_ref(),
        labels: labels
            .as_ref()
            .zip(label_bytes.as_deref())
            .map(|(labels, bytes)| RunLabels { bytes, labels }),
    };
    let added = committed.added();
    let finished = committed.write(scoring, args.rebuild)?;
    let written = finished.written();
    match &written.rebuilt {
        Some(reason) => info!(
            "rebuilt the dataset from the state ({reason}): {} reactions scored",
            written.scored
        ),
        None => info!(
            "added {} reactions to the dataset: {} partitions rewritten",
            written.scored, written.partitions
        ),
    }

    let status = if collection.errors.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::PartialFailure
    };
    let mut manifest = finished.manifest(
        &now(),
        Outcome {
            inputs: &config.sources,
            collection: &collection,
            exit_status: status as u8,
        },
    );
    manifest.labels = config
        .labels
        .as_deref()
        .zip(labels.as_ref())
        .map(|(path, labels)| ManifestLabels::new(path, labels));
    let size = written.size;
    let manifest_path = finished.finish(&manifest)?;
    info!(
        run_id = %run_id,
        new_reactions = added.reactions,
        "run: {}; {} new; dataset {} reactions, {} stance rows ({} targets); wrote {} and {}",
        super::summary_line(&collection),
        added.reactions,
        size.reactions,
        size.stance_rows,
        size.targets,
        out.join("report.html").display(),
        manifest_path.display()
    );
    Ok(status)
}

/// Command-line flags override the configuration.
fn with_flags(mut config: Config, args: &Args) -> Config {
    if !args.inputs.is_empty() {
        config.sources = args.inputs.clone();
    }
    if let Some(targets) = &args.targets {
        config.targets = Some(targets.clone());
    }
    if let Some(model) = &args.stance_model {
        config.stance_model = Some(model.clone());
    }
    if let Some(labels) = &args.labels {
        config.labels = Some(labels.clone());
    }
    if let Some(out) = &args.out {
        config.out = out.clone();
    }
    config
}

/// The configured targets; the embedded default's `data/targets.toml` is optional, so that
/// `reactions run` works outside a clone of this repository.
fn load_targets(config: &Config, optional: bool) -> anyhow::Result<TargetSet> {
    match &config.targets {
        Some(path) if optional && !path.exists() => {
            warn!(
                "warning: {} does not exist; no stance targets",
                path.display()
            );
            Ok(TargetSet::default())
        }
        Some(path) => super::load_targets(path),
        None => Ok(TargetSet::default()),
    }
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Sortable and unique per process: `20261128T054501Z-4242`.
fn run_id() -> String {
    format!(
        "{}-{}",
        Utc::now().format("%Y%m%dT%H%M%SZ"),
        std::process::id()
    )
}
