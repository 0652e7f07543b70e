pub mod collect;
pub mod config;
pub mod evaluate;
pub mod extraction;
pub mod language;
pub mod report;
pub mod run;
pub mod sentiment;
pub mod sentiment_packs;
pub mod stance;

use std::path::Path;

use collector::comments::ColumnMap;
use collector::input::{read_file, FileKind};
use collector::{CollectOptions, DEFAULT_MAX_INPUT_BYTES};
use scoring::stance::{semeval, StanceModel, TargetSet};

/// A targets file, read within its size limit.
pub fn load_targets(path: &Path) -> anyhow::Result<TargetSet> {
    let bytes = read_file(path, FileKind::Targets)?;
    Ok(TargetSet::from_bytes(&bytes, &path.display().to_string())?)
}

/// A stance model, read within its size limit.
pub fn load_stance_model(path: &Path) -> anyhow::Result<StanceModel> {
    let bytes = read_file(path, FileKind::StanceModel)?;
    Ok(StanceModel::from_bytes(
        &bytes,
        &path.display().to_string(),
    )?)
}

/// The labels of a labels file's `bytes` that fit a dataset (`known` says whether a
/// `reaction_id` is in it), every row that does not printed as a warning naming its line.
pub fn read_labels<E: std::error::Error + Send + Sync + 'static>(
    path: &Path,
    bytes: &[u8],
    known: &dyn Fn(&str) -> Result<bool, E>,
    targets: &TargetSet,
) -> anyhow::Result<::report::labels::Labels> {
    let failure = std::cell::RefCell::new(None);
    let names: Vec<String> = targets.targets().iter().map(|t| t.name.clone()).collect();
    let labels = ::report::labels::Labels::parse_for(
        bytes,
        &path.display().to_string(),
        &|id| {
            known(id).unwrap_or_else(|error| {
                failure.borrow_mut().get_or_insert(error);
                false
            })
        },
        &names,
    )?;
    if let Some(error) = failure.into_inner() {
        return Err(error.into());
    }
    for problem in &labels.problems {
        tracing::warn!("warning: {problem}");
    }
    Ok(labels)
}

/// A SemEval file, read within its size limit; see [`semeval::parse`].
pub fn load_semeval(path: &Path, labels_required: bool) -> anyhow::Result<semeval::Dataset> {
    let bytes = read_file(path, FileKind::StanceData)?;
    Ok(semeval::parse(
        &bytes,
        &path.display().to_string(),
        labels_required,
    )?)
}

/// How inputs are read; shared by `collect` and `run`.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Read every input as this format instead of deciding by extension and content.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(collector::input_format_names()))]
    input_format: Option<String>,
    /// For generic CSV and JSON Lines exports: which column holds what, as KEY=COLUMN pairs
    /// (keys: text, author, handle, created_at, url, id, parent_id, title, likes, thread,
    /// platform). Common column names are found without it.
    #[arg(long, value_name = "KEY=COLUMN,…", value_parser = ColumnMap::parse)]
    columns: Option<ColumnMap>,
    /// Refuse articles and JSON documents larger than this many bytes, and stream records
    /// (lines, rows) larger than it [default: 52428800].
    #[arg(long)]
    max_input_bytes: Option<u64>,
}

impl InputArgs {
    /// The flags over the defaults.
    pub fn options(&self) -> CollectOptions {
        CollectOptions {
            max_input_bytes: self.max_input_bytes.unwrap_or(DEFAULT_MAX_INPUT_BYTES),
            format: self.input_format.clone(),
            columns: self.columns.clone().unwrap_or_default(),
            ..CollectOptions::default()
        }
    }

    /// The flags over a configuration.
    pub fn options_over(&self, config: &crate::config::Config) -> Result<CollectOptions, String> {
        Ok(CollectOptions {
            max_input_bytes: self.max_input_bytes.unwrap_or(config.max_input_bytes),
            format: self.input_format.clone().or(config.input_format.clone()),
            columns: match &self.columns {
                Some(columns) => columns.clone(),
                None => crate::config::columns(config)?,
            },
            http: config.http.clone(),
            ..CollectOptions::default()
        })
    }
}

static PROGRESS_ALLOWED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

/// Whether the flags allow a progress bar (not `--quiet`, not JSON logs).
pub fn allow_progress(allowed: bool) {
    let _ = PROGRESS_ALLOWED.set(allowed);
}

/// A progress bar for the collection, when stderr is a terminal and the flags allow one; the
/// bar is cleared when dropped.
pub fn progress_bar(options: &mut CollectOptions) -> Option<ProgressBarGuard> {
    use std::io::IsTerminal;
    if !PROGRESS_ALLOWED.get().copied().unwrap_or(false) || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} sources {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let shared = bar.clone();
    options.progress = Some(collector::Progress(std::sync::Arc::new(
        move |event| match event {
            collector::ProgressEvent::Found(more) => shared.inc_length(more as u64),
            collector::ProgressEvent::Done => shared.inc(1),
        },
    )));
    Some(ProgressBarGuard(bar))
}

pub struct ProgressBarGuard(indicatif::ProgressBar);

impl Drop for ProgressBarGuard {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}

/// Takes the output directory's lock for the rest of the command, waiting up to `wait_secs`
/// for another run to end; else the refusal is logged and the status to exit with returned:
/// 2 for a lock file that is not a regular file, 1 otherwise (held, cannot be made).
pub fn lock_output(
    out: &Path,
    wait_secs: u64,
) -> Result<::run::lock::OutputLock, crate::ExitStatus> {
    use ::run::lock::{LockError, OutputLock};
    OutputLock::acquire(out, std::time::Duration::from_secs(wait_secs)).map_err(|error| {
        tracing::error!("error: {error}");
        match error {
            LockError::NotRegularFile { .. } => crate::ExitStatus::UsageError,
            _ => crate::ExitStatus::Failure,
        }
    })
}

/// Warns of each leftover an older version may have left in the output directory, which the
/// tool does not remove (its name alone does not show it is not the user's).
pub fn report_older_leftovers(older_leftovers: &[std::path::PathBuf]) {
    for path in older_leftovers {
        tracing::warn!(
            "warning: {}: named as earlier versions of reactions (before DIR/.reactions-output) \
             named a staging or temporary file a killed run left; not removed, as it may be \
             yours: delete it by hand if it is not",
            path.display()
        );
    }
}

/// Takes the dataset's lock shared for the rest of the command, for reading it while no run
/// writes it; as [`lock_output`] when it is held. `None` when there is no lock to take: no
/// such directory (reading it says what is missing), or one this user may not write, which no
/// run of theirs writes either.
pub fn lock_dataset(
    dataset: &Path,
    wait_secs: u64,
) -> Result<Option<::run::lock::OutputLock>, crate::ExitStatus> {
    use ::run::lock::{LockError, OutputLock};
    if !dataset.is_dir() {
        return Ok(None);
    }
    match OutputLock::acquire_shared(dataset, std::time::Duration::from_secs(wait_secs)) {
        Ok(lock) => Ok(Some(lock)),
        Err(LockError::Io { path, source })
            if matches!(
                source.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            tracing::warn!(
                "note: {}: {source}; the dataset is read unlocked",
                path.display()
            );
            Ok(None)
        }
        Err(error) => {
            tracing::error!("error: {error}");
            Err(match error {
                LockError::NotRegularFile { .. } => crate::ExitStatus::UsageError,
                _ => crate::ExitStatus::Failure,
            })
        }
    }
}

/// The run's one-line count of what was read, kept and left out.
pub fn summary_line(collection: &collector::Collection) -> String {
    let mut line = format!(
        "{} inputs read, {} articles, {} reactions, {} errors",
        collection.inputs_read,
        collection.articles.len(),
        collection.reaction_count,
        collection.errors.len()
    );
    if !collection.skipped.is_empty() {
        let skipped: Vec<String> = collection
            .skipped
            .iter()
            .map(|(reason, count)| format!("{count} {reason}"))
            .collect();
        line.push_str(&format!("; comments skipped: {}", skipped.join(", ")));
    }
    line
}

/// Logs the collector's warnings and errors, one line each, naming the input.
pub fn print_problems(collection: &collector::Collection) {
    for warning in &collection.warnings {
        tracing::warn!(source = %warning.source, reason = %warning.problem, "warning: {warning}");
    }
    for error in &collection.errors {
        tracing::error!(source = %error.source, reason = %error.problem, "error: {error}");
    }
}
