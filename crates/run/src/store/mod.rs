//! The state that lives with the output (`DIR/state.sqlite`): every reaction and article
//! the dataset holds, the web sources with what their servers said last time, and the runs.
//!
//! The store, not the Parquet files, is the record of what has been collected: a run commits
//! what it collected in one SQLite transaction, then writes the dataset and report from the
//! store. A run killed before its commit leaves the store as it was (the sources it fetched
//! are fetched again next time, their validators not having been saved); a run killed after
//! it leaves everything needed for the next run to write the same dataset. Reactions are
//! keyed by `reaction_id`, so collecting the same thing twice adds nothing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use collector::{ArticleSummary, KnownSource, Reaction, WebSource};
use rusqlite::{params, Connection, OptionalExtension};

use crate::{RunError, StateError};

mod aggregates;
mod sources;

pub use aggregates::{AggregateState, PendingReaction};

/// The state's file name inside the output directory.
pub const FILE_NAME: &str = "state.sqlite";

/// The run id of rows read back from the dataset by `--rebuild-state`.
const REBUILT_RUN: &str = "rebuilt-from-dataset";

/// The state of the dataset in one output directory (`DIR/state.sqlite`), open for a run: what
/// every run collected, the web sources' outcomes, the aggregates and the runs. See the module's
/// documentation.
pub struct Store {
    connection: Connection,
    path: PathBuf,
}

/// A collected reaction and the day it was first collected (its filing day when it has no
/// date of its own, fixed so that later runs file it in the same place).
pub struct CommittedReaction {
    /// The reaction as collected.
    pub reaction: Reaction,
    /// The day a run first committed it.
    pub collected_on: NaiveDate,
}

/// A collected article and the day it was first collected (its reactions' filing day when they have
/// no date of their own).
pub struct CommittedArticle {
    /// The article as collected, gaps filled by later sightings of it.
    pub article: ArticleSummary,
    /// The day a run first committed it.
    pub collected_on: NaiveDate,
}

/// What one commit added.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Added {
    /// Reactions the state did not hold.
    pub reactions: usize,
    /// Articles the state did not hold.
    pub articles: usize,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    exit_status INTEGER,
    manifest TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    collected_on TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reactions (
    reaction_id TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    collected_on TEXT NOT NULL,
    run_id TEXT NOT NULL
);
";

impl Store {
    /// Opens (creating) the store in the output directory.
    pub fn open(out: &Path) -> Result<Store, StateError> {
        std::fs::create_dir_all(out).map_err(|e| StateError::new(out, e))?;
        let path = out.join(FILE_NAME);
        let failed = |e: rusqlite::Error| StateError::new(&path, e);
        let connection = Connection::open(&path).map_err(failed)?;
        connection
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
            .map_err(failed)?;
        connection
            .busy_timeout(std::time::Duration::from_secs(30))
            .map_err(failed)?;
        connection.execute_batch(SCHEMA).map_err(failed)?;
        connection.execute_batch(sources::SCHEMA).map_err(failed)?;
        connection
            .execute_batch(aggregates::SCHEMA)
            .map_err(failed)?;
        aggregates::migrate(&connection).map_err(failed)?;
        Ok(Store { connection, path })
    }

    /// Opens the store of the dataset in `out` for a run. The store is the record of what the
    /// dataset holds: a store that is missing, empty or holds no rows beside a dataset that
    /// has rows would have the run write the dataset again from nothing, so it is refused,
    /// naming it, unless `rebuild` asks to read the dataset back into it first.
    pub fn open_beside_dataset(out: &Path, rebuild: bool) -> Result<Store, RunError> {
        let path = out.join(FILE_NAME);
        let state = match std::fs::metadata(&path) {
            Ok(metadata) if metadata.len() == 0 => "is empty",
            Ok(_) => "holds no rows",
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => "is missing",
            Err(error) => return Err(StateError::new(&path, error).into()),
        };
        let has_dataset = report::dataset::holds_rows(out)?;
        if rebuild && !has_dataset {
            return Err(StateError::refused(
                &path,
                format!(
                    "--rebuild-state reads the dataset back into the state, but {} holds no \
                     dataset rows",
                    out.display()
                ),
            )
            .into());
        }
        let mut store = Store::open(out)?;
        let holds_history = store.holds_history()?;
        match (holds_history, has_dataset, rebuild) {
            (true, _, true) => Err(StateError::refused(
                &path,
                "already holds the history; --rebuild-state only fills a missing or empty \
                 state (move this one away first to rebuild it)",
            )
            .into()),
            (false, true, false) => Err(StateError::refused(
                &path,
                format!(
                    "{state}, but {} holds a dataset: a run would write it again from the empty \
                     state and lose its rows. Restore state.sqlite from a backup, or rebuild it \
                     from the dataset with --rebuild-state",
                    out.display()
                ),
            )
            .into()),
            (false, true, true) => {
                let data = report::dataset::read_dataset(out)?;
                store.import(&data)?;
                Ok(store)
            }
            _ => Ok(store),
        }
    }

    /// Whether any article or reaction has been committed.
    fn holds_history(&self) -> Result<bool, StateError> {
        self.connection
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM reactions)",
                [],
                |row| row.get(0),
            )
            .map_err(self.error())
    }

    /// Fills the store with a dataset's rows, in one transaction: each row is taken as
    /// collected on the day it is filed under, which files it there again.
    fn import(&mut self, data: &report::ReportData) -> Result<(), StateError> {
        let path = self.path.clone();
        let failed = |e: rusqlite::Error| StateError::new(&path, e);
        let json = |e: serde_json::Error| StateError::new(&path, e);
        let transaction = self.connection.transaction().map_err(failed)?;
        {
            let mut insert_article = transaction
                .prepare(
                    "INSERT OR IGNORE INTO articles (article_id, record, collected_on)
                     VALUES (?1, ?2, ?3)",
                )
                .map_err(failed)?;
            for row in &data.articles {
                let article = ArticleSummary {
                    article_id: row.article_id.clone(),
                    source: row.source.clone(),
                    title: row.title.clone(),
                    url: row.url.clone(),
                    published_at: row.published_at.clone(),
                    lang: row.lang.clone(),
                    reactions: 0,
                };
                let record = serde_json::to_string(&article).map_err(json)?;
                insert_article
                    .execute(params![row.article_id, record, row.date.to_string()])
                    .map_err(failed)?;
            }
            let mut insert_reaction = transaction
                .prepare(
                    "INSERT OR IGNORE INTO reactions (reaction_id, record, collected_on, run_id)
                     VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(failed)?;
            for row in &data.reactions {
                let record = serde_json::to_string(&row.reaction).map_err(json)?;
                insert_reaction
                    .execute(params![
                        row.reaction.reaction_id,
                        record,
                        row.date.to_string(),
                        REBUILT_RUN
                    ])
                    .map_err(failed)?;
            }
        }
        transaction.commit().map_err(failed)
    }

    fn error(&self) -> impl Fn(rusqlite::Error) -> StateError + '_ {
        move |e| StateError::new(&self.path, e)
    }

    /// Records that a run started.
    pub fn begin_run(&self, run_id: &str, started_at: &str) -> Result<(), StateError> {
        self.connection
            .execute(
                "INSERT OR REPLACE INTO runs (run_id, started_at) VALUES (?1, ?2)",
                params![run_id, started_at],
            )
            .map_err(self.error())?;
        Ok(())
    }

    /// What the last runs learnt of each web source.
    pub fn known_sources(&self) -> Result<HashMap<String, KnownSource>, StateError> {
        sources::known(&self.connection).map_err(self.error())
    }

    /// Adds what a run collected, all or nothing: new articles and reactions (those already
    /// here are kept as first collected), and the web sources' latest outcomes.
    pub fn commit(
        &mut self,
        run_id: &str,
        collected_on: NaiveDate,
        articles: &[ArticleSummary],
        reactions: &[Reaction],
        web: &[WebSource],
    ) -> Result<Added, StateError> {
        let path = self.path.clone();
        let failed = |e: rusqlite::Error| StateError::new(&path, e);
        let json = |e: serde_json::Error| StateError::new(&path, e);
        let day = collected_on.to_string();
        let transaction = self.connection.transaction().map_err(failed)?;
        let mut added = Added::default();
        {
            let mut insert_article = transaction
                .prepare(
                    "INSERT INTO articles (article_id, record, collected_on) VALUES (?1, ?2, ?3)
                     ON CONFLICT(article_id) DO UPDATE SET record = excluded.record",
                )
                .map_err(failed)?;
            let mut existing = transaction
                .prepare("SELECT record FROM articles WHERE article_id = ?1")
                .map_err(failed)?;
            for article in articles {
                let known: Option<String> = existing
                    .query_row([&article.article_id], |row| row.get(0))
                    .optional()
                    .map_err(failed)?;
                // The same article may come as a page and as the post of its comment thread;
                // what was known first stays, and the other fills its gaps.
                let merged = match &known {
                    Some(record) => {
                        let mut first: ArticleSummary =
                            serde_json::from_str(record).map_err(json)?;
                        fill(&mut first.title, &article.title);
                        fill(&mut first.url, &article.url);
                        fill(&mut first.published_at, &article.published_at);
                        fill(&mut first.lang, &article.lang);
                        first
                    }
                    None => article.clone(),
                };
                let record = serde_json::to_string(&merged).map_err(json)?;
                insert_article
                    .execute(params![article.article_id, record, day])
                    .map_err(failed)?;
                added.articles += usize::from(known.is_none());
            }
            let mut insert_reaction = transaction
                .prepare(
                    "INSERT OR IGNORE INTO reactions (reaction_id, record, collected_on, run_id)
                     VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(failed)?;
            for reaction in reactions {
                let record = serde_json::to_string(reaction).map_err(json)?;
                added.reactions += insert_reaction
                    .execute(params![reaction.reaction_id, record, day, run_id])
                    .map_err(failed)?;
            }
            sources::record(&transaction, web, run_id).map_err(failed)?;
        }
        transaction.commit().map_err(failed)?;
        Ok(added)
    }

    /// Every article, in the order first collected.
    pub fn articles(&self) -> Result<Vec<CommittedArticle>, StateError> {
        self.records("SELECT record, collected_on FROM articles ORDER BY rowid")
            .map(|rows| {
                rows.into_iter()
                    .map(|(article, collected_on)| CommittedArticle {
                        article,
                        collected_on,
                    })
                    .collect()
            })
    }

    /// Whether the store holds the reaction `reaction_id`.
    pub fn has_reaction(&self, reaction_id: &str) -> Result<bool, StateError> {
        self.connection
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM reactions WHERE reaction_id = ?1)",
                [reaction_id],
                |row| row.get(0),
            )
            .map_err(self.error())
    }

    /// Every reaction, in the order first collected.
    pub fn reactions(&self) -> Result<Vec<CommittedReaction>, StateError> {
        self.records("SELECT record, collected_on FROM reactions ORDER BY rowid")
            .map(|rows| {
                rows.into_iter()
                    .map(|(reaction, collected_on)| CommittedReaction {
                        reaction,
                        collected_on,
                    })
                    .collect()
            })
    }

    fn records<T: serde::de::DeserializeOwned>(
        &self,
        query: &str,
    ) -> Result<Vec<(T, NaiveDate)>, StateError> {
        let mut statement = self.connection.prepare(query).map_err(self.error())?;
        let rows = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })
            .map_err(self.error())?;
        let mut records = Vec::new();
        for row in rows {
            let (record, day) = row.map_err(self.error())?;
            let record = serde_json::from_str(&record)
                .map_err(|e| StateError::invalid(&self.path, format!("a stored record: {e}")))?;
            let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                .map_err(|e| StateError::invalid(&self.path, format!("a stored day: {e}")))?;
            records.push((record, day));
        }
        Ok(records)
    }

    /// Records how a run ended, with its manifest.
    pub fn finish_run(
        &self,
        run_id: &str,
        finished_at: &str,
        exit_status: i32,
        manifest: &str,
    ) -> Result<(), StateError> {
        self.connection
            .execute(
                "UPDATE runs SET finished_at = ?2, exit_status = ?3, manifest = ?4 WHERE run_id = ?1",
                params![run_id, finished_at, exit_status, manifest],
            )
            .map_err(self.error())?;
        Ok(())
    }
}

fn fill(slot: &mut Option<String>, value: &Option<String>) {
    if slot.is_none() {
        slot.clone_from(value);
    }
}
