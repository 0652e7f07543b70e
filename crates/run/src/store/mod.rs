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
use rusqlite::{params, Connection, ToSql};

use crate::{RunError, StateError, StateProblem};

mod aggregates;
mod json;
mod sources;

use json::{ARTICLE_RECORD, REACTION_RECORD};

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
        // A 32 MiB page cache (SQLite's default is 2 MiB): a commit inserts each reaction's id
        // into the key index at a random place, and with the default cache nearly every insert
        // evicted a page to the WAL and read another back (docs/benchmarks.md, "The state's
        // I/O").
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;",
            )
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
        let transaction = self.connection.transaction().map_err(failed)?;
        {
            let mut insert_article = transaction
                .prepare(
                    "INSERT OR IGNORE INTO articles (article_id, collected_on, record)
                     VALUES (?1, ?2, ?3) RETURNING rowid",
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
                let day = row.date.to_string();
                ARTICLE_RECORD
                    .insert(
                        &transaction,
                        &mut insert_article,
                        &[&row.article_id, &day],
                        &article,
                    )
                    .map_err(|e| StateError::new(&path, e))?;
            }
            let mut insert_reaction = transaction.prepare(INSERT_REACTION).map_err(failed)?;
            for row in &data.reactions {
                let day = row.date.to_string();
                let key: [&dyn ToSql; 3] = [&row.reaction.reaction_id, &day, &REBUILT_RUN];
                REACTION_RECORD
                    .insert(&transaction, &mut insert_reaction, &key, &row.reaction)
                    .map_err(|e| StateError::new(&path, e))?;
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
        let problem = |e: StateProblem| StateError::new(&path, e);
        let day = collected_on.to_string();
        let transaction = self.connection.transaction().map_err(failed)?;
        let mut added = Added::default();
        {
            let mut insert_article = transaction
                .prepare(
                    "INSERT INTO articles (article_id, collected_on, record) VALUES (?1, ?2, ?3)
                     ON CONFLICT(article_id) DO UPDATE SET record = excluded.record
                     RETURNING rowid",
                )
                .map_err(failed)?;
            let mut existing = transaction
                .prepare(&ARTICLE_RECORD.select_by("article_id"))
                .map_err(failed)?;
            for article in articles {
                let known: Option<ArticleSummary> = ARTICLE_RECORD
                    .read_by(&transaction, &mut existing, &article.article_id)
                    .map_err(problem)?;
                added.articles += usize::from(known.is_none());
                // The same article may come as a page and as the post of its comment thread;
                // what was known first stays, and the other fills its gaps.
                let merged = match known {
                    Some(mut first) => {
                        fill(&mut first.title, &article.title);
                        fill(&mut first.url, &article.url);
                        fill(&mut first.published_at, &article.published_at);
                        fill(&mut first.lang, &article.lang);
                        first
                    }
                    None => article.clone(),
                };
                ARTICLE_RECORD
                    .insert(
                        &transaction,
                        &mut insert_article,
                        &[&article.article_id, &day],
                        &merged,
                    )
                    .map_err(problem)?;
            }
            let mut insert_reaction = transaction.prepare(INSERT_REACTION).map_err(failed)?;
            for reaction in reactions {
                let key: [&dyn ToSql; 3] = [&reaction.reaction_id, &day, &run_id];
                let new = REACTION_RECORD
                    .insert(&transaction, &mut insert_reaction, &key, reaction)
                    .map_err(problem)?;
                added.reactions += usize::from(new);
            }
            sources::record(&transaction, web, run_id).map_err(failed)?;
        }
        transaction.commit().map_err(failed)?;
        Ok(added)
    }

    /// Every article, in the order first collected.
    pub fn articles(&self) -> Result<Vec<CommittedArticle>, StateError> {
        let query = format!(
            "SELECT rowid, {}, collected_on FROM articles ORDER BY rowid",
            ARTICLE_RECORD.inline()
        );
        let rows = self.dated_records(&ARTICLE_RECORD, &query, &[])?;
        Ok(rows
            .into_iter()
            .map(|(_, article, collected_on)| CommittedArticle {
                article,
                collected_on,
            })
            .collect())
    }

    /// The rows `query` selects as `rowid, RECORD, collected_on`, RECORD being `column`'s
    /// [`JsonColumn::inline`](json::JsonColumn::inline): each row's rowid, record and day.
    fn dated_records<T: serde::de::DeserializeOwned>(
        &self,
        column: &json::JsonColumn,
        query: &str,
        values: &[&dyn ToSql],
    ) -> Result<Vec<(i64, T, NaiveDate)>, StateError> {
        let failed = self.error();
        let mut statement = self.connection.prepare(query).map_err(&failed)?;
        let mut rows = statement.query(values).map_err(&failed)?;
        let mut records = Vec::new();
        while let Some(row) = rows.next().map_err(&failed)? {
            let rowid = row.get(0).map_err(&failed)?;
            let json = row.get_ref(1).map_err(&failed)?;
            let record = column
                .parse(&self.connection, rowid, json)
                .map_err(|e| StateError::new(&self.path, e))?;
            let collected_on = self.day(&row.get::<_, String>(2).map_err(&failed)?)?;
            records.push((rowid, record, collected_on));
        }
        Ok(records)
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

/// Adds a reaction unless the store holds it, with the day and run given.
const INSERT_REACTION: &str =
    "INSERT OR IGNORE INTO reactions (reaction_id, collected_on, run_id, record)
     VALUES (?1, ?2, ?3, ?4) RETURNING rowid";

fn fill(slot: &mut Option<String>, value: &Option<String>) {
    if slot.is_none() {
        slot.clone_from(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new store in a directory of its own.
    fn store(name: &str) -> (Store, PathBuf) {
        let out =
            std::env::temp_dir().join(format!("reactions-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        (Store::open(&out).unwrap(), out)
    }

    fn reaction(id: &str, text: String) -> Reaction {
        Reaction {
            reaction_id: id.to_string(),
            article_id: "a1".to_string(),
            source: "thread.jsonl".to_string(),
            raw_text: format!("  {text} "),
            text,
            lang: Some("en".to_string()),
            ..Reaction::default()
        }
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
    }

    /// The reactions filed (all on one day) in the order committed.
    fn read_back(store: &mut Store) -> Vec<Reaction> {
        store.file_reactions(0, &|_| day()).unwrap();
        store
            .reactions_filed_on(day(), 0)
            .unwrap()
            .into_iter()
            .map(|pending| pending.stored.reaction)
            .collect()
    }

    fn stored_types(store: &Store, table: &str) -> Vec<String> {
        let mut statement = store
            .connection
            .prepare(&format!(
                "SELECT typeof(record) FROM {table} ORDER BY rowid"
            ))
            .unwrap();
        let rows = statement.query_map([], |row| row.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    }

    #[test]
    fn records_longer_than_the_text_bound_are_streamed_into_their_rows_and_read_back_whole() {
        let (mut store, out) = store("long");
        // Quotes and a control character, which JSON escapes: the JSON is longer than the text.
        let long_text = "She said \"no\".\u{1} ".repeat(json::INLINE_BYTES / 8);
        let reactions = vec![
            reaction("short", "a short comment".to_string()),
            reaction("long", long_text.clone()),
        ];
        let article = ArticleSummary {
            article_id: "a1".to_string(),
            source: "thread.jsonl".to_string(),
            title: Some("t".repeat(json::INLINE_BYTES + 1)),
            url: None,
            published_at: None,
            lang: None,
            reactions: 0,
        };
        let added = store
            .commit(
                "run-1",
                day(),
                std::slice::from_ref(&article),
                &reactions,
                &[],
            )
            .unwrap();
        assert_eq!(
            added,
            Added {
                reactions: 2,
                articles: 1
            }
        );
        assert_eq!(stored_types(&store, "reactions"), ["text", "blob"]);
        assert_eq!(stored_types(&store, "articles"), ["blob"]);
        assert_eq!(read_back(&mut store), reactions);

        // Committed again, the long reaction adds nothing, and the long article read back
        // keeps what was known first and takes the URL it lacked.
        let later = ArticleSummary {
            title: Some("another title".to_string()),
            url: Some("https://example.com/thread".to_string()),
            ..article.clone()
        };
        let added = store
            .commit("run-2", day(), &[later], &reactions[1..], &[])
            .unwrap();
        assert_eq!(added, Added::default());
        let articles = store.articles().unwrap();
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].article.title, article.title);
        assert_eq!(
            articles[0].article.url.as_deref(),
            Some("https://example.com/thread")
        );
        assert_eq!(read_back(&mut store), reactions);
        std::fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn long_records_a_state_kept_as_text_are_read_back() {
        let (mut store, out) = store("text");
        let reactions = vec![
            reaction("long", "word ".repeat(json::INLINE_BYTES)),
            reaction("short", "a short comment".to_string()),
        ];
        // As every state before records were streamed holds them.
        for reaction in &reactions {
            store
                .connection
                .execute(
                    "INSERT INTO reactions (reaction_id, record, collected_on, run_id)
                     VALUES (?1, ?2, '2025-01-01', 'run-1')",
                    params![
                        reaction.reaction_id,
                        serde_json::to_string(reaction).unwrap()
                    ],
                )
                .unwrap();
        }
        assert_eq!(stored_types(&store, "reactions"), ["text", "text"]);
        assert_eq!(read_back(&mut store), reactions);
        std::fs::remove_dir_all(&out).unwrap();
    }
}
