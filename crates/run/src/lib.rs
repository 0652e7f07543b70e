//! A scheduled run of reactions (`reactions run`): everything about a run apart from the
//! outputs it writes, which are `report`'s.

pub mod incremental;
pub mod lock;
pub mod manifest;
pub mod score;
mod sequence;
pub mod store;

use std::path::{Path, PathBuf};

use report::ReportError;

pub use sequence::{CommittedRun, Opening, Run, WrittenRun};

/// The state (`DIR/state.sqlite`) could not be read or written, or holds what this build
/// cannot use; with the state's path.
#[derive(Debug, thiserror::Error)]
#[error("{}: {problem}", path.display())]
pub struct StateError {
    /// The state's file (or the output directory it could not be made in).
    pub path: PathBuf,
    /// What went wrong, with the library's own error kept.
    #[source]
    pub problem: StateProblem,
}

/// Why the state could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StateProblem {
    /// The output directory could not be made.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// SQLite refused a statement or could not open the file.
    #[error("{0}")]
    Database(#[from] rusqlite::Error),
    /// A record could not be written as JSON.
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    /// A stored record, day or aggregate this build cannot read.
    #[error("{0}")]
    Invalid(String),
    /// A state whose use would lose the dataset's history (missing or empty beside a
    /// dataset), or one `--rebuild-state` must not overwrite. The user decides what to do.
    #[error("{0}")]
    Refused(String),
}

impl StateError {
    /// An error of the state at `path`.
    pub fn new(path: &Path, problem: impl Into<StateProblem>) -> Self {
        StateError {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }

    /// An error for stored content that cannot be used, in words.
    pub fn invalid(path: &Path, message: impl Into<String>) -> Self {
        StateError::new(path, StateProblem::Invalid(message.into()))
    }

    /// A refusal to use the state at `path` (see [`StateProblem::Refused`]).
    pub fn refused(path: &Path, message: impl Into<String>) -> Self {
        StateError::new(path, StateProblem::Refused(message.into()))
    }

    /// Whether the run refused to use the state (see [`StateProblem::Refused`]).
    pub fn is_refusal(&self) -> bool {
        matches!(self.problem, StateProblem::Refused(_))
    }
}

/// Why a step of a run failed: its state, or an output it reads or writes.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The state could not be used.
    #[error(transparent)]
    State(#[from] StateError),
    /// An output could not be written, or the dataset read back.
    #[error(transparent)]
    Output(#[from] ReportError),
    /// The run's manifest could not be written.
    #[error(transparent)]
    Manifest(#[from] manifest::ManifestError),
}

impl RunError {
    /// Whether the run refused to touch something (a state, or an output it did not write)
    /// rather than failed at it: the user's decision, not a fault.
    pub fn is_refusal(&self) -> bool {
        match self {
            RunError::State(error) => error.is_refusal(),
            RunError::Output(error) => error.is_refusal(),
            RunError::Manifest(_) => false,
        }
    }
}
