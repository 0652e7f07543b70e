//! The state that lives with the output (`DIR/state.sqlite`): every reaction and article
//! the dataset holds, the web sources with what their servers said last time, and the runs.
//!
//! The store, not the Parquet files, is the record of what has been collected: a run commits
//! what it collected in one SQLite transaction, then writes the dataset and report from the
//! store. A run killed before its commit leaves the store as it was (the sources it fetched
//! are fetched again next time, their validators not having been saved); a run killed after
//! it leaves everything needed for the next run to write the same dataset. Reactions are
//! keyed by `reaction_id`, so collecting the same thing twice adds nothing.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use collector::record::reaction_filing_date;
use collector::{ArticleSummary, KnownSource, Reaction, WebSource};
use rusqlite::{params, Connection, Statement, ToSql};

use crate::score::article_day;
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
            // Left for the write step to file, which reads every reaction back to score it.
            let unfiled: Option<String> = None;
            for row in &data.reactions {
                let day = row.date.to_string();
                let key: [&dyn ToSql; 4] =
                    [&row.reaction.reaction_id, &day, &REBUILT_RUN, &unfiled];
                REACTION_RECORD
                    .insert_without_returning(
                        &transaction,
                        &mut insert_reaction,
                        &key,
                        &row.reaction,
                    )
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
    /// here are kept as first collected), and the web sources' latest outcomes. Each new
    /// reaction whose article the state holds after the commit is filed under its day, so that
    /// the write step need not read it back for that; a commit that changes the day of an
    /// article the state held leaves every filing day for the write step to check (see
    /// [`Store::file_reactions`]).
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
            let mut existing = transaction.prepare(&article_by_id()).map_err(failed)?;
            // Each article's day as this commit leaves it (`None`: the state does not hold
            // it), and the articles the state did not hold before this commit.
            let mut article_days: HashMap<String, Option<NaiveDate>> = HashMap::new();
            let mut new_articles: HashSet<&str> = HashSet::new();
            let mut article_moved = false;
            for article in articles {
                let known = stored_article(&transaction, &mut existing, &article.article_id)
                    .map_err(problem)?;
                // The same article may come as a page and as the post of its comment thread;
                // what was known first stays, and the other fills its gaps.
                let (merged, first_collected_on) = match known {
                    Some(CommittedArticle {
                        article: mut first,
                        collected_on: first_collected_on,
                    }) => {
                        let before = article_day(&first, first_collected_on);
                        fill(&mut first.title, &article.title);
                        fill(&mut first.url, &article.url);
                        fill(&mut first.published_at, &article.published_at);
                        fill(&mut first.lang, &article.lang);
                        article_moved |= !new_articles.contains(article.article_id.as_str())
                            && article_day(&first, first_collected_on) != before;
                        (first, first_collected_on)
                    }
                    None => {
                        added.articles += 1;
                        new_articles.insert(&article.article_id);
                        (article.clone(), collected_on)
                    }
                };
                article_days.insert(
                    article.article_id.clone(),
                    Some(article_day(&merged, first_collected_on)),
                );
                ARTICLE_RECORD
                    .insert(
                        &transaction,
                        &mut insert_article,
                        &[&article.article_id, &day],
                        &merged,
                    )
                    .map_err(problem)?;
            }
            // The state's reactions of an article whose day changed are filed under the day
            // it had.
            if article_moved {
                aggregates::uncheck_filing(&transaction).map_err(failed)?;
            }
            let mut insert_reaction = transaction.prepare(INSERT_REACTION).map_err(failed)?;
            for reaction in reactions {
                let article = reaction.article_id.as_str();
                let article_day = match article_days.get(article) {
                    Some(known) => *known,
                    None => {
                        let stored = stored_article(&transaction, &mut existing, article)
                            .map_err(problem)?
                            .map(|stored| article_day(&stored.article, stored.collected_on));
                        article_days.insert(article.to_string(), stored);
                        stored
                    }
                };
                // Without its article the day is the write step's to decide.
                let filed_on = article_day
                    .map(|day| reaction_filing_date(reaction, Some(day), collected_on).to_string());
                let key: [&dyn ToSql; 4] = [&reaction.reaction_id, &day, &run_id, &filed_on];
                let new = REACTION_RECORD
                    .insert_without_returning(&transaction, &mut insert_reaction, &key, reaction)
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
        let rows = self.dated_records(&ARTICLE_RECORD, &query, &[], |_| Ok(()))?;
        Ok(rows
            .into_iter()
            .map(|(_, article, collected_on, ())| CommittedArticle {
                article,
                collected_on,
            })
            .collect())
    }

    /// The rows `query` selects as `rowid, RECORD, collected_on, …`, RECORD being `column`'s
    /// [`JsonColumn::inline`](json::JsonColumn::inline): each row's rowid, record and day, and
    /// what `rest` reads of the columns after them.
    fn dated_records<T: serde::de::DeserializeOwned, R>(
        &self,
        column: &json::JsonColumn,
        query: &str,
        values: &[&dyn ToSql],
        rest: impl Fn(&rusqlite::Row) -> rusqlite::Result<R>,
    ) -> Result<Vec<(i64, T, NaiveDate, R)>, StateError> {
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
            records.push((rowid, record, collected_on, rest(row).map_err(&failed)?));
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

/// Adds a reaction unless the store holds it, with the day, run and filing day (NULL: not
/// decided yet) given.
const INSERT_REACTION: &str =
    "INSERT OR IGNORE INTO reactions (reaction_id, collected_on, run_id, filed_on, record)
     VALUES (?1, ?2, ?3, ?4, ?5)";

/// A query of the article whose id is `?1`, as [`stored_article`] reads it.
fn article_by_id() -> String {
    format!(
        "SELECT rowid, {}, collected_on FROM articles WHERE article_id = ?1",
        ARTICLE_RECORD.inline()
    )
}

/// The article `article_id` as the state holds it, with the day it was first collected, read
/// with `lookup` ([`article_by_id`]).
fn stored_article(
    connection: &Connection,
    lookup: &mut Statement,
    article_id: &str,
) -> Result<Option<CommittedArticle>, StateProblem> {
    let mut rows = lookup.query([article_id])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let article = ARTICLE_RECORD.parse(connection, row.get(0)?, row.get_ref(1)?)?;
    let collected_on = aggregates::parse_day(&row.get::<_, String>(2)?)?;
    Ok(Some(CommittedArticle {
        article,
        collected_on,
    }))
}

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

    /// Each stored article's day, as the write step gives them to [`Store::file_reactions`].
    fn article_dates(store: &Store) -> HashMap<String, NaiveDate> {
        crate::score::article_rows(&store.articles().unwrap())
            .into_iter()
            .map(|row| (row.article_id, row.date))
            .collect()
    }

    /// Files the reactions as the write step does.
    fn file(store: &mut Store) {
        let dates = article_dates(store);
        let dates = dates.iter().map(|(id, day)| (id.as_str(), *day)).collect();
        store.file_reactions(&dates).unwrap();
    }

    /// The reactions filed (all on one day) in the order committed.
    fn read_back(store: &mut Store) -> Vec<Reaction> {
        file(store);
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

    fn article(id: &str, published_at: Option<&str>) -> ArticleSummary {
        ArticleSummary {
            article_id: id.to_string(),
            source: format!("{id}.html"),
            title: None,
            url: None,
            published_at: published_at.map(str::to_string),
            lang: None,
            reactions: 0,
        }
    }

    fn quoted(id: &str, article_id: &str) -> Reaction {
        Reaction {
            article_id: article_id.to_string(),
            ..reaction(id, format!("what {id} said"))
        }
    }

    fn comment(id: &str, article_id: &str, posted_at: &str) -> Reaction {
        Reaction {
            comment_id: Some(id.to_string()),
            posted_at: Some(posted_at.to_string()),
            ..quoted(id, article_id)
        }
    }

    /// Each reaction's id and `filed_on`, in the order committed.
    fn filed_on(store: &Store) -> Vec<(String, Option<String>)> {
        let mut statement = store
            .connection
            .prepare("SELECT reaction_id, filed_on FROM reactions ORDER BY rowid")
            .unwrap();
        let rows = statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .unwrap();
        rows.map(Result::unwrap).collect()
    }

    fn filed(pairs: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
        pairs
            .iter()
            .map(|(id, day)| (id.to_string(), Some(day.to_string())))
            .collect()
    }

    /// How many reaction rows filing as the write step does rewrites.
    fn rows_rewritten_by_filing(store: &mut Store) -> i64 {
        store
            .connection
            .execute_batch(
                "CREATE TEMP TABLE IF NOT EXISTS rewrites (row INTEGER);
                 DELETE FROM rewrites;
                 CREATE TEMP TRIGGER IF NOT EXISTS count_rewrites AFTER UPDATE ON main.reactions
                 BEGIN INSERT INTO rewrites VALUES (new.rowid); END;",
            )
            .unwrap();
        file(store);
        store
            .connection
            .query_row("SELECT COUNT(*) FROM rewrites", [], |row| row.get(0))
            .unwrap()
    }

    #[test]
    fn a_commit_files_the_reactions_whose_articles_it_knows_and_filing_rewrites_none() {
        let (mut store, out) = store("filed");
        let earlier = article("earlier", Some("2023-06-01"));
        store.commit("run-1", day(), &[earlier], &[], &[]).unwrap();
        let articles = [
            article("dated", Some("2024-03-05T22:30:00Z")),
            article("undated", None),
        ];
        let reactions = [
            quoted("on-dated", "dated"),
            quoted("on-undated", "undated"),
            comment("comment", "dated", "2024-12-24T08:00:00Z"),
            // Its article came in an earlier run.
            quoted("on-earlier", "earlier"),
        ];
        store
            .commit("run-2", day(), &articles, &reactions, &[])
            .unwrap();
        let expected = filed(&[
            ("on-dated", "2024-03-05"),
            ("on-undated", "2025-01-01"),
            ("comment", "2024-12-24"),
            ("on-earlier", "2023-06-01"),
        ]);
        assert_eq!(filed_on(&store), expected);
        // The write step finds every day set and vouched for: it rewrites no row, and reads
        // none back (a record it cannot read is not looked at).
        store
            .connection
            .execute(
                "UPDATE reactions SET record = 'not JSON' WHERE reaction_id = 'on-dated'",
                [],
            )
            .unwrap();
        assert_eq!(rows_rewritten_by_filing(&mut store), 0);
        assert_eq!(filed_on(&store), expected);
        std::fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn reactions_committed_before_their_article_was_dated_are_filed_again_and_no_others() {
        let (mut store, out) = store("moved");
        // A run that committed and was stopped before its write step, then one that learns
        // the article's date.
        store
            .commit(
                "run-1",
                day(),
                &[article("thread", None), article("other", None)],
                &[
                    quoted("undated", "thread"),
                    comment("comment", "thread", "2024-12-24T08:00:00Z"),
                    quoted("elsewhere", "other"),
                ],
                &[],
            )
            .unwrap();
        let later = NaiveDate::from_ymd_opt(2025, 1, 2).unwrap();
        store
            .commit(
                "run-2",
                later,
                &[article("thread", Some("2024-12-20"))],
                &[quoted("dated", "thread")],
                &[],
            )
            .unwrap();
        assert_eq!(
            filed_on(&store),
            filed(&[
                ("undated", "2025-01-01"),
                ("comment", "2024-12-24"),
                ("elsewhere", "2025-01-01"),
                ("dated", "2024-12-20"),
            ])
        );
        // Only the reaction filed under the article's former day is rewritten.
        assert_eq!(rows_rewritten_by_filing(&mut store), 1);
        assert_eq!(
            filed_on(&store),
            filed(&[
                ("undated", "2024-12-20"),
                ("comment", "2024-12-24"),
                ("elsewhere", "2025-01-01"),
                ("dated", "2024-12-20"),
            ])
        );
        assert_eq!(rows_rewritten_by_filing(&mut store), 0);

        // The same article seen twice in one commit, dated the second time: no reaction was
        // filed under its first day, so the days stay vouched for.
        store
            .commit(
                "run-3",
                later,
                &[article("new", None), article("new", Some("2024-11-11"))],
                &[quoted("on-new", "new")],
                &[],
            )
            .unwrap();
        assert_eq!(filed_on(&store)[4], filed(&[("on-new", "2024-11-11")])[0]);
        assert_eq!(rows_rewritten_by_filing(&mut store), 0);
        std::fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn a_reaction_without_its_article_is_filed_by_the_write_step_and_moves_when_it_comes() {
        let (mut store, out) = store("orphan");
        store
            .commit("run-1", day(), &[], &[quoted("orphan", "missing")], &[])
            .unwrap();
        assert_eq!(filed_on(&store), [("orphan".to_string(), None)]);
        file(&mut store);
        assert_eq!(filed_on(&store), filed(&[("orphan", "2025-01-01")]));
        let later = NaiveDate::from_ymd_opt(2025, 1, 2).unwrap();
        store
            .commit(
                "run-2",
                later,
                &[article("missing", Some("2024-10-10"))],
                &[],
                &[],
            )
            .unwrap();
        file(&mut store);
        assert_eq!(filed_on(&store), filed(&[("orphan", "2024-10-10")]));
        std::fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn a_state_from_before_commits_filed_reactions_has_every_day_checked_once() {
        let (mut store, out) = store("older");
        store
            .commit(
                "run-1",
                day(),
                &[article("a", Some("2024-05-05")), article("b", None)],
                &[
                    quoted("unfiled", "a"),
                    quoted("stale", "b"),
                    quoted("right", "b"),
                ],
                &[],
            )
            .unwrap();
        // As a state an earlier version wrote holds them: one reaction not filed yet (its run
        // stopped before the write step), one filed under a day its article no longer has.
        store
            .connection
            .execute_batch(
                "UPDATE reactions SET filed_on = NULL WHERE reaction_id = 'unfiled';
                 UPDATE reactions SET filed_on = '2020-02-02' WHERE reaction_id = 'stale';
                 DELETE FROM agg_meta WHERE key = 'filing_checked';",
            )
            .unwrap();
        drop(store);
        let mut store = Store::open(&out).unwrap();
        assert_eq!(rows_rewritten_by_filing(&mut store), 2);
        assert_eq!(
            filed_on(&store),
            filed(&[
                ("unfiled", "2024-05-05"),
                ("stale", "2025-01-01"),
                ("right", "2025-01-01")
            ])
        );
        assert_eq!(rows_rewritten_by_filing(&mut store), 0);
        std::fs::remove_dir_all(&out).unwrap();
    }
}
