//! The order of a run's steps, held by its types: a [`Run`] is opened under the output
//! directory's lock, [`Run::commit`] adds what was collected to the state and gives a
//! [`CommittedRun`], [`CommittedRun::write`] scores what is new and writes the outputs and
//! gives a [`WrittenRun`], and [`WrittenRun::finish`] records the manifest. Each step consumes
//! the one before, so that nothing is written before the commit, and the lock is held from
//! before the first write to after the last.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use collector::{Collection, KnownSource};
use report::owned::OutputDir;
use report::Outputs;

use crate::incremental::{self, Scoring, Written};
use crate::lock::OutputLock;
use crate::manifest::{Manifest, Outcome};
use crate::store::{Added, Store};
use crate::{RunError, StateError};

/// A run under way in an output directory, before its commit: it holds the directory's lock,
/// the directory's record of the names this tool owns, and the state.
pub struct Run {
    out: PathBuf,
    run_id: String,
    started_at: String,
    owned: OutputDir,
    store: Store,
    _lock: OutputLock,
}

/// What opening a run found in its output directory, for the caller to tell the user.
#[derive(Debug)]
pub struct Opening {
    /// What a killed run left in the work directory, now removed.
    pub removed_leftovers: Vec<PathBuf>,
    /// What a version older than the record of owned names may have left; not removed (see
    /// [`OutputDir::older_leftovers`]).
    pub older_leftovers: Vec<PathBuf>,
}

impl Run {
    /// Every name a run writes in its output directory: the dataset, the human-facing files,
    /// the manifests and the state.
    pub fn names() -> Vec<&'static str> {
        Outputs::Everything
            .names()
            .into_iter()
            .chain(report::owned::RUN_ONLY)
            .collect()
    }

    /// Refuses `out` when a name a run writes there is taken by something this tool did not
    /// write. Writes nothing, so that a directory that is not ours is left exactly as it was;
    /// [`Run::open`] checks again under the lock, which is what counts.
    pub fn check(out: &Path) -> Result<(), RunError> {
        OutputDir::open(out)?.check(&Run::names())?;
        Ok(())
    }

    /// Opens the run `run_id` (which started at `started_at`, RFC 3339) in the directory
    /// whose lock is `lock`: claims the names a run writes, removes what a killed run left
    /// and hands what it found to `found` (before the state is opened, which may be refused),
    /// opens the state (reading the dataset back into a missing or empty one with
    /// `rebuild_state`, see [`Store::open_beside_dataset`]) and records the run's start.
    pub fn open(
        lock: OutputLock,
        (run_id, started_at): (&str, &str),
        rebuild_state: bool,
        found: impl FnOnce(&Opening),
    ) -> Result<Run, RunError> {
        let out = lock.dir().to_path_buf();
        let mut owned = OutputDir::open(&out)?;
        owned.claim(&Run::names())?;
        found(&Opening {
            removed_leftovers: owned.remove_leftovers()?,
            older_leftovers: owned.older_leftovers(),
        });
        let store = Store::open_beside_dataset(&out, rebuild_state)?;
        store.begin_run(run_id, started_at)?;
        let run = Run {
            out,
            run_id: run_id.to_string(),
            started_at: started_at.to_string(),
            owned,
            store,
            _lock: lock,
        };
        Ok(run)
    }

    /// What the last runs learnt of each web source, for the collection's conditional
    /// requests ([`collector::CollectOptions::known_sources`]).
    pub fn known_sources(&self) -> Result<HashMap<String, KnownSource>, StateError> {
        self.store.known_sources()
    }

    /// Adds what `collection` holds that the state does not, all or nothing; new rows without
    /// a date of their own are filed under `collected_on`.
    pub fn commit(
        mut self,
        collected_on: NaiveDate,
        collection: &Collection,
    ) -> Result<CommittedRun, RunError> {
        let added = self.store.commit(
            &self.run_id,
            collected_on,
            &collection.articles,
            &collection.reactions,
            &collection.web,
        )?;
        Ok(CommittedRun { run: self, added })
    }
}

/// A run whose collection is in the state; its outputs are not yet written.
pub struct CommittedRun {
    run: Run,
    added: Added,
}

impl CommittedRun {
    /// What the commit added.
    pub fn added(&self) -> Added {
        self.added
    }

    /// Whether the state holds the reaction `reaction_id` (this run's included): what a
    /// labels file may name.
    pub fn has_reaction(&self, reaction_id: &str) -> Result<bool, StateError> {
        self.run.store.has_reaction(reaction_id)
    }

    /// Scores what is new and writes the dataset and report, or everything again when the
    /// state asks for it or `rebuild` does (see [`incremental::write_run`]).
    pub fn write(mut self, scoring: Scoring, rebuild: bool) -> Result<WrittenRun, RunError> {
        let written = incremental::write_run(&mut self.run.store, &self.run.out, scoring, rebuild)?;
        Ok(WrittenRun {
            run: self.run,
            added: self.added,
            written,
        })
    }
}

/// A run whose outputs are written; what is left is its manifest.
pub struct WrittenRun {
    run: Run,
    added: Added,
    written: Written,
}

impl WrittenRun {
    /// What the write step did.
    pub fn written(&self) -> &Written {
        &self.written
    }

    /// The run's manifest, finished at `finished_at` (RFC 3339).
    pub fn manifest<'a>(&self, finished_at: &str, outcome: Outcome<'a>) -> Manifest<'a> {
        Manifest::new(
            (&self.run.run_id, &self.run.started_at, finished_at),
            &self.run.out,
            outcome,
            self.added,
            &self.written,
        )
    }

    /// Writes `manifest` to `DIR/runs/RUN_ID.json` and records the run's end in the state;
    /// returns the manifest's path. The lock is let go when this returns.
    pub fn finish(self, manifest: &Manifest) -> Result<PathBuf, RunError> {
        let path = manifest.write(&self.run.out, &self.run.owned.work()?)?;
        self.run.store.finish_run(
            &self.run.run_id,
            &manifest.finished_at,
            i32::from(manifest.exit_status),
            &manifest.json(),
        )?;
        Ok(path)
    }
}
