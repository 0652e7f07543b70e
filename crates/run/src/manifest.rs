//! The JSON manifest each run leaves in `DIR/runs/RUN.json`: what was asked, what happened to
//! every source, the counts, every error with its source and reason, and the versions.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use collector::{Collection, InputError, WebSource};
use serde::Serialize;

use crate::incremental::Written;
use crate::store::Added;

#[derive(Serialize)]
pub struct Manifest<'a> {
    pub run_id: String,
    pub started_at: String,
    pub finished_at: String,
    pub exit_status: u8,
    pub out: String,
    pub inputs: Vec<String>,
    pub counts: Counts,
    pub write: ManifestWrite,
    pub skipped: BTreeMap<String, usize>,
    pub errors: &'a [InputError],
    pub warnings: &'a [InputError],
    pub web: Vec<WebSource>,
    /// The analysts' labels, when the run had a labels file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<ManifestLabels>,
    pub timings: ManifestTimings,
    pub versions: Versions,
}

/// What became of a labels file's rows.
#[derive(Serialize)]
pub struct ManifestLabels {
    pub file: String,
    /// Labels put on the dataset's rows (one per reaction and field).
    pub applied: usize,
    /// Rows skipped or overridden, each named in `problems`.
    pub skipped: usize,
    /// `FILE:LINE: why`, as the warnings printed them.
    pub problems: Vec<String>,
}

impl ManifestLabels {
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
pub struct Counts {
    pub inputs_read: usize,
    pub articles_read: usize,
    pub reactions_collected: usize,
    pub new_articles: usize,
    pub new_reactions: usize,
    pub errors: usize,
    pub dataset_articles: usize,
    pub dataset_reactions: usize,
    pub dataset_stance_rows: usize,
}

/// How the dataset was written: added to (`rebuilt` null) or rebuilt from the state, and why.
#[derive(Serialize)]
pub struct ManifestWrite {
    pub rebuilt: Option<String>,
    pub reactions_scored: usize,
    pub partitions_written: usize,
}

#[derive(Serialize)]
pub struct ManifestTimings {
    pub fetching_secs: f64,
    pub parsing_secs: f64,
}

#[derive(Serialize)]
pub struct Versions {
    pub reactions: &'static str,
    pub dataset_schema: &'static str,
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
