//! The JSON manifest each run leaves in `DIR/runs/RUN.json`: what was asked, what happened to
//! every source, the counts, every error with its source and reason, and the versions.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use collector::{Collection, InputError, WebSource};
use serde::Serialize;

use crate::incremental::Written;
use crate::store::Added;

#[derive(Serialize)]
/// A run's manifest: what it was asked to do, what became of every source and what it wrote,
/// serialized as `DIR/runs/RUN_ID.json`. The fields are its JSON keys, documented for users in
/// docs/running.md.
pub struct Manifest<'a> {
    /// The run's id: its start as `YYYYMMDDTHHMMSSZ` and the process id.
    pub run_id: String,
    /// When the run started (RFC 3339, UTC).
    pub started_at: String,
    /// When the run finished (RFC 3339, UTC).
    pub finished_at: String,
    /// The process's exit status (0, or 3 when some source failed).
    pub exit_status: u8,
    /// The output directory, as given.
    pub out: String,
    /// The sources the run was given, credentials taken out of URLs.
    pub inputs: Vec<String>,
    /// How much was read, added and is in the dataset.
    pub counts: Counts,
    /// How the dataset was written.
    pub write: ManifestWrite,
    /// Comments left out, by reason (deleted, removed, empty, …), with their counts.
    pub skipped: BTreeMap<String, usize>,
    /// Every input that could not be read, with its source and reason.
    pub errors: &'a [InputError],
    /// What was read with a problem (refused dates, decoded lossily, …).
    pub warnings: &'a [InputError],
    /// Every web source's outcome: fetched, not modified, unchanged or failed, with its validators.
    pub web: Vec<WebSource>,
    /// The analysts' labels, when the run had a labels file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<ManifestLabels>,
    /// How long the collection took.
    pub timings: ManifestTimings,
    /// The versions of what made the outputs.
    pub versions: Versions,
}

/// What became of a labels file's rows.
#[derive(Serialize)]
pub struct ManifestLabels {
    /// The labels file, as given.
    pub file: String,
    /// Labels put on the dataset's rows (one per reaction and field).
    pub applied: usize,
    /// Rows skipped or overridden, each named in `problems`.
    pub skipped: usize,
    /// `FILE:LINE: why`, as the warnings printed them.
    pub problems: Vec<String>,
}

impl ManifestLabels {
    /// The counts of `labels`, read from `file`.
    pub fn new(file: &Path, labels: &report::labels::Labels) -> ManifestLabels {
        ManifestLabels {
            file: file.display().to_string(),
            applied: labels.labels.len(),
            skipped: labels.problems.len(),
            problems: labels.problems.iter().map(ToString::to_string).collect(),
        }
    }
}

#[derive(Serialize)]
/// How much the run read and added, and how much the dataset holds after it.
pub struct Counts {
    /// Inputs (files, pages, feeds) read.
    pub inputs_read: usize,
    /// Articles read, comment threads included.
    pub articles_read: usize,
    /// Reactions collected, before those already in the state are left out.
    pub reactions_collected: usize,
    /// Articles the state did not hold before.
    pub new_articles: usize,
    /// Reactions the state did not hold before.
    pub new_reactions: usize,
    /// Inputs that could not be read.
    pub errors: usize,
    /// Articles in the dataset after the run.
    pub dataset_articles: usize,
    /// Reactions in the dataset after the run.
    pub dataset_reactions: usize,
    /// Stance rows in the dataset after the run: one per reaction and target.
    pub dataset_stance_rows: usize,
}

/// How the dataset was written: added to (`rebuilt` null) or rebuilt from the state, and why.
#[derive(Serialize)]
pub struct ManifestWrite {
    /// Why the run rebuilt the dataset, in words; `null` when it added to it.
    pub rebuilt: Option<String>,
    /// Reactions this run scored.
    pub reactions_scored: usize,
    /// `date=` partitions written (reactions and stance each count).
    pub partitions_written: usize,
}

#[derive(Serialize)]
/// How long the collection's two parts took, in seconds.
pub struct ManifestTimings {
    /// Fetching web sources.
    pub fetching_secs: f64,
    /// Reading and extracting the inputs.
    pub parsing_secs: f64,
}

#[derive(Serialize)]
/// The versions of what made the outputs.
pub struct Versions {
    /// The `reactions` release.
    pub reactions: &'static str,
    /// The dataset's schema version ([`report::SCHEMA_VERSION`]).
    pub dataset_schema: &'static str,
    /// The VADER implementation the sentiment scores are identical to.
    pub vader: &'static str,
}

/// What a run was asked to do and how it ended, besides what it did: the parts of a
/// [`Manifest`] the caller knows.
pub struct Outcome<'a> {
    /// The sources it was given (files, directories, patterns, URLs), credentials removed in the
    /// manifest.
    pub inputs: &'a [String],
    /// What the collection gave.
    pub collection: &'a Collection,
    /// The process's exit status for this run.
    pub exit_status: u8,
}

impl<'a> Manifest<'a> {
    /// The manifest of the run `run_id` in `out`, which started at `started_at` and finished
    /// at `finished_at` (RFC 3339), added `added` to the state and wrote `written`.
    pub fn new(
        (run_id, started_at, finished_at): (&str, &str, &str),
        out: &Path,
        outcome: Outcome<'a>,
        added: Added,
        written: &Written,
    ) -> Manifest<'a> {
        let Outcome {
            inputs,
            collection,
            exit_status,
        } = outcome;
        Manifest {
            run_id: run_id.to_string(),
            started_at: started_at.to_string(),
            finished_at: finished_at.to_string(),
            exit_status,
            out: out.display().to_string(),
            inputs: inputs
                .iter()
                .map(|source| collector::http::without_credentials(source).into_owned())
                .collect(),
            counts: Counts {
                inputs_read: collection.inputs_read,
                articles_read: collection.articles.len(),
                reactions_collected: collection.reaction_count,
                new_articles: added.articles,
                new_reactions: added.reactions,
                errors: collection.errors.len(),
                dataset_articles: written.size.articles,
                dataset_reactions: written.size.reactions,
                dataset_stance_rows: written.size.stance_rows,
            },
            write: ManifestWrite {
                rebuilt: written.rebuilt.as_ref().map(ToString::to_string),
                reactions_scored: written.scored,
                partitions_written: written.partitions,
            },
            skipped: collection.skipped.clone(),
            errors: &collection.errors,
            warnings: &collection.warnings,
            web: collection.web.clone(),
            labels: None,
            timings: ManifestTimings {
                fetching_secs: collection.timings.fetching.as_secs_f64(),
                parsing_secs: collection.timings.parsing.as_secs_f64(),
            },
            versions: Versions {
                reactions: env!("CARGO_PKG_VERSION"),
                dataset_schema: report::dataset::SCHEMA_VERSION,
                vader: "vaderSentiment 3.3.2",
            },
        }
    }

    /// The manifest as pretty-printed JSON, as written to its file and kept in the state.
    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a manifest serializes")
    }

    /// Writes the manifest atomically, through the output directory's work directory `work`;
    /// returns its path.
    pub fn write(&self, out: &Path, work: &Path) -> Result<PathBuf, ManifestError> {
        let path = manifest_path(out, &self.run_id);
        let json = self.json();
        report::atomic::write_file_via(&path, work, |w| w.write_all(json.as_bytes())).map_err(
            |source| ManifestError {
                path: path.clone(),
                source,
            },
        )?;
        Ok(path)
    }
}

/// The manifest could not be written.
#[derive(Debug, thiserror::Error)]
#[error("writing {}: {source}", path.display())]
pub struct ManifestError {
    /// Where it was to go.
    pub path: PathBuf,
    /// Why the operating system refused it.
    #[source]
    pub source: std::io::Error,
}

/// Where the manifest of the run `run_id` goes.
pub fn manifest_path(out: &Path, run_id: &str) -> PathBuf {
    out.join("runs").join(format!("{run_id}.json"))
}
