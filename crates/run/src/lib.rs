//! A scheduled run of reactions (`reactions run`): everything about a run apart from the
//! outputs it writes, which are `report`'s.
//!
//! A run goes through four steps, each a type that the next step consumes (`sequence.rs`):
//! [`Run::open`] takes the output directory under its [`lock::OutputLock`], claims the names a
//! run writes there and opens the state ([`store::Store`], `DIR/state.sqlite`: every article
//! and reaction collected so far, the web sources' validators, the aggregates and the runs);
//! the caller collects (with [`Run::known_sources`] for conditional requests);
//! [`Run::commit`] adds what is new to the state in one transaction and gives a
//! [`CommittedRun`]; [`CommittedRun::write`] scores what the state holds that no earlier run
//! scored ([`score`], over the `scoring::ScoringStep`), appends it to the dataset's `date=`
//! partitions and writes the tables and report from the state's aggregates, or rebuilds
//! everything when what scoring depends on changed ([`incremental`]); [`WrittenRun::finish`]
//! writes the [`manifest::Manifest`] and records the run's end. The outputs themselves
//! (Parquet, tables, HTML, notebook, views) and their atomic, staged writing are `report`'s;
//! what a user sees between the steps (progress, log lines, exit status) is the caller's.
//!
//! ```
//! use std::time::Duration;
//!
//! use run::incremental::Scoring;
//! use run::lock::OutputLock;
//! use run::manifest::Outcome;
//! use run::Run;
//!
//! let dir = std::env::temp_dir().join(format!("run-doctest-{}", std::process::id()));
//! # let _ = std::fs::remove_dir_all(&dir);
//! let (inputs, out) = (dir.join("articles"), dir.join("out"));
//! std::fs::create_dir_all(&inputs)?;
//! let article = "Headline\n\n@someone said: “The new bridge is a wonderful idea.”";
//! std::fs::write(inputs.join("bridge.txt"), article)?;
//! let sources = vec![inputs.display().to_string()];
//! let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
//! let targets = scoring::TargetSet::default();
//!
//! for (round, new) in [(1, 1), (2, 0)] {
//!     Run::check(&out)?;
//!     let lock = OutputLock::acquire(&out, Duration::ZERO)?;
//!     let run_id = format!("run-{round}");
//!     let opened = Run::open(lock, (&run_id, "2026-01-01T00:00:00Z"), false, |_| {})?;
//!     let collection = collector::collect(&sources, &collector::CollectOptions::default());
//!     let committed = opened.commit(day, &collection)?;
//!     // Collecting the same article again adds nothing.
//!     assert_eq!(committed.added().reactions, new);
//!     let scoring = Scoring { targets: &targets, model: None, labels: None };
//!     let written = committed.write(scoring, false)?;
//!     assert_eq!(written.written().size.reactions, 1);
//!     let outcome = Outcome { inputs: &sources, collection: &collection, exit_status: 0 };
//!     let manifest = written.manifest("2026-01-01T00:00:01Z", outcome);
//!     let path = written.finish(&manifest)?;
//!     assert_eq!(path, out.join(format!("runs/{run_id}.json")));
//! }
//! assert!(out.join("reactions/date=2026-01-01/part-0.parquet").is_file());
//! assert!(out.join("report.html").is_file() && out.join("state.sqlite").is_file());
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![warn(missing_docs)]

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
