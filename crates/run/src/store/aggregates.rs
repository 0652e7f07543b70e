//! The aggregates of the dataset kept in the state, so that a run adds its new reactions to
//! them instead of reading the whole history (see [`report::aggregate`] and
//! [`crate::incremental`]).
//!
//! Tables: `agg_days` (one tally per `date=` partition), `agg_articles` (per article, with the
//! day its reactions were filed under when it was last folded), `agg_handles` and
//! `agg_handle_articles` (per handle, and its distinct articles), `agg_quotes` (the quoted
//! extremes) and `agg_meta` (the fingerprint of what scoring depended on, the last reaction
//! folded in, whether an update was under way, and whether the reactions' filing days are
//! checked). Each reaction also keeps the day it is filed under (`reactions.filed_on`), so that
//! a rebuild reads the store one partition at a time: the commit sets it when it knows the
//! reaction's article, and the write step files the rest, rewriting only a row whose day is not
//! set or must change ([`Store::file_reactions`]). What grows: a row per day, per article, per
//! handle and per handle and article.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use collector::Reaction;
use rusqlite::{params, Connection, OptionalExtension};

use super::json::{JsonColumn, ARTICLE_TALLY, QUOTES, REACTION_RECORD};
use super::{CommittedReaction, Store};
use crate::score::filing_day;
use crate::{StateError, StateProblem};
use report::aggregate::{ArticleTally, DayTally, Fold, Quote, Totals};
use report::rows::ArticleRow;
use report::summary::{HandleAggregate, SentimentTally, HANDLES_LISTED};

pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS agg_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS agg_days (date TEXT PRIMARY KEY, tally TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS agg_articles (
    article_id TEXT PRIMARY KEY,
    filed_on TEXT,
    tally TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS agg_handles (
    who TEXT PRIMARY KEY,
    reactions INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    tally TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS agg_handles_rank ON agg_handles (reactions DESC, who);
CREATE TABLE IF NOT EXISTS agg_handle_articles (
    who TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (who, article_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS agg_quotes (end_of_scale TEXT PRIMARY KEY, quotes TEXT NOT NULL);
";

/// The `agg_meta` key that, while present, vouches for the filing days the state holds: every
/// reaction whose `filed_on` is set is filed under its day among the articles the state holds
/// now, and none under a day decided without its article. The write step then reads back only
/// the reactions whose day is not set. A commit that changes the day of an article the state
/// held removes it, as does filing a reaction whose article the state does not hold (its day
/// changes when the article comes); checking every reaction's day puts it back.
const FILING_CHECKED: &str = "filing_checked";

/// Adds `reactions.filed_on` to a state made before it existed, and vouches for the filing days
/// of a state that holds no reaction. A state made before [`FILING_CHECKED`] existed, reactions
/// in it, has every day checked by its next write step.
pub(super) fn migrate(connection: &Connection) -> rusqlite::Result<()> {
    let has_column: bool = connection.query_row(
        "SELECT EXISTS (SELECT 1 FROM pragma_table_info('reactions') WHERE name = 'filed_on')",
        [],
        |row| row.get(0),
    )?;
    if !has_column {
        connection.execute_batch("ALTER TABLE reactions ADD COLUMN filed_on TEXT;")?;
    }
    connection
        .execute_batch("CREATE INDEX IF NOT EXISTS reactions_filed_on ON reactions (filed_on);")?;
    let empty_and_unchecked: bool = connection.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM agg_meta WHERE key = ?1)
             AND NOT EXISTS (SELECT 1 FROM reactions)",
        [FILING_CHECKED],
        |row| row.get(0),
    )?;
    if empty_and_unchecked {
        connection.execute(
            "INSERT INTO agg_meta (key, value) VALUES (?1, '1')",
            [FILING_CHECKED],
        )?;
    }
    Ok(())
}

/// Withdraws [`FILING_CHECKED`], in the transaction that makes a filing day it vouched for
/// wrong or undecided.
pub(super) fn uncheck_filing(connection: &Connection) -> rusqlite::Result<()> {
    connection.execute("DELETE FROM agg_meta WHERE key = ?1", [FILING_CHECKED])?;
    Ok(())
}

/// A day as the state stores it (`YYYY-MM-DD`).
pub(super) fn parse_day(text: &str) -> Result<NaiveDate, StateProblem> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| StateProblem::Invalid(format!("a stored day {text:?}: {e}")))
}

/// Where the aggregates stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AggregateState {
    /// The fingerprint of what scoring depended on when they were made.
    pub fingerprint: String,
    /// The last reaction (by `rowid`) they hold.
    pub watermark: i64,
    /// An update started and did not finish: the aggregates and the dataset may disagree.
    pub in_progress: bool,
}

/// A reaction read for folding, with its place in the store.
pub struct PendingReaction {
    /// The store's `rowid`: reactions are folded in this order.
    pub rowid: i64,
    /// The reaction.
    pub stored: CommittedReaction,
}

const BATCH: i64 = 50_000;

fn day_text(day: NaiveDate) -> String {
    day.to_string()
}

impl Store {
    pub(super) fn day(&self, text: &str) -> Result<NaiveDate, StateError> {
        parse_day(text).map_err(|e| StateError::new(&self.path, e))
    }

    fn parse_json<T: serde::de::DeserializeOwned>(&self, json: &str) -> Result<T, StateError> {
        serde_json::from_str(json)
            .map_err(|e| StateError::invalid(&self.path, format!("a stored aggregate: {e}")))
    }

    fn meta(&self, key: &str) -> Result<Option<String>, StateError> {
        self.connection
            .query_row("SELECT value FROM agg_meta WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()
            .map_err(self.error())
    }

    /// Where the aggregates stand; `None` when none were made (a state from before them, or
    /// a new one).
    pub fn aggregate_state(&self) -> Result<Option<AggregateState>, StateError> {
        let (Some(fingerprint), Some(watermark)) =
            (self.meta("fingerprint")?, self.meta("watermark")?)
        else {
            return Ok(None);
        };
        let watermark = watermark
            .parse()
            .map_err(|e| StateError::invalid(&self.path, format!("agg_meta watermark: {e}")))?;
        Ok(Some(AggregateState {
            fingerprint,
            watermark,
            in_progress: self.meta("in_progress")?.as_deref() == Some("1"),
        }))
    }

    /// Marks an update as under way (a run killed before [`Store::finish_aggregates`] is
    /// rebuilt next time); `rebuild` empties the aggregates first.
    pub fn start_aggregates(&mut self, rebuild: bool) -> Result<(), StateError> {
        let path = self.path.clone();
        let failed = |e: rusqlite::Error| StateError::new(&path, e);
        let transaction = self.connection.transaction().map_err(failed)?;
        transaction
            .execute(
                "INSERT OR REPLACE INTO agg_meta (key, value) VALUES ('in_progress', '1')",
                [],
            )
            .map_err(failed)?;
        if rebuild {
            transaction
                .execute_batch(
                    "DELETE FROM agg_days; DELETE FROM agg_articles; DELETE FROM agg_handles;
                     DELETE FROM agg_handle_articles; DELETE FROM agg_quotes;
                     DELETE FROM agg_meta WHERE key IN ('fingerprint', 'watermark');",
                )
                .map_err(failed)?;
        }
        transaction.commit().map_err(failed)
    }

    /// Marks the update finished: the aggregates hold every reaction up to `watermark`,
    /// scored as `fingerprint` says.
    pub fn finish_aggregates(&self, fingerprint: &str, watermark: i64) -> Result<(), StateError> {
        self.connection
            .execute_batch("BEGIN")
            .map_err(self.error())?;
        for (key, value) in [
            ("fingerprint", fingerprint.to_string()),
            ("watermark", watermark.to_string()),
            ("in_progress", "0".to_string()),
        ] {
            self.connection
                .execute(
                    "INSERT OR REPLACE INTO agg_meta (key, value) VALUES (?1, ?2)",
                    params![key, value],
                )
                .map_err(self.error())?;
        }
        self.connection
            .execute_batch("COMMIT")
            .map_err(self.error())
    }

    /// The last reaction's `rowid` (0 when there is none).
    pub fn last_reaction(&self) -> Result<i64, StateError> {
        self.connection
            .query_row("SELECT COALESCE(MAX(rowid), 0) FROM reactions", [], |row| {
                row.get(0)
            })
            .map_err(self.error())
    }

    /// The reactions `query` selects: `SELECT rowid, RECORD, collected_on FROM reactions …`,
    /// RECORD being [`REACTION_RECORD`]'s [`JsonColumn::inline`](super::json::JsonColumn::inline).
    fn pending(
        &self,
        query: &str,
        values: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<PendingReaction>, StateError> {
        let rows = self.dated_records(&REACTION_RECORD, query, values, |_| Ok(()))?;
        Ok(rows
            .into_iter()
            .map(|(rowid, reaction, collected_on, ())| PendingReaction {
                rowid,
                stored: CommittedReaction {
                    reaction,
                    collected_on,
                },
            })
            .collect())
    }

    /// The reactions committed after `after` and filed under `day`, in the order committed.
    pub fn reactions_filed_on(
        &self,
        day: NaiveDate,
        after: i64,
    ) -> Result<Vec<PendingReaction>, StateError> {
        self.pending(
            &format!(
                "SELECT rowid, {}, collected_on FROM reactions
                 WHERE filed_on = ?1 AND rowid > ?2 ORDER BY rowid",
                REACTION_RECORD.inline()
            ),
            &[&day_text(day), &after],
        )
    }

    /// Every day a reaction committed after `after` is filed under, in order.
    pub fn filing_days(&self, after: i64) -> Result<Vec<NaiveDate>, StateError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT DISTINCT filed_on FROM reactions
                 WHERE rowid > ?1 AND filed_on IS NOT NULL ORDER BY filed_on",
            )
            .map_err(self.error())?;
        let days = statement
            .query_map([after], |row| row.get::<_, String>(0))
            .map_err(self.error())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(self.error())?;
        days.iter().map(|d| self.day(d)).collect()
    }

    /// Files the reactions whose day is not set (the commit sets it when it knows the
    /// article) under their day among the articles whose days `article_dates` gives, and, when
    /// the state does not vouch for the days that are set (`filing_checked` in `agg_meta`:
    /// missing from a state made before it, withdrawn by a commit that changed an article's
    /// day), checks every reaction's day too. Only a row whose day is not set or differs is
    /// rewritten: an UPDATE rewrites the whole row, record included. A reaction whose article
    /// is not among `article_dates` is filed without it, and the days are then left unchecked,
    /// since its day changes when the article comes. Read a batch at a time, so that the
    /// reactions are never all held at once.
    pub fn file_reactions(
        &mut self,
        article_dates: &HashMap<&str, NaiveDate>,
    ) -> Result<(), StateError> {
        let checked = self.meta(FILING_CHECKED)?.is_some();
        // Vouched for, the days that are set are not read: the index on `filed_on` finds the
        // rows without one.
        let which = if checked { "filed_on IS NULL AND" } else { "" };
        let query = format!(
            "SELECT rowid, {}, collected_on, filed_on FROM reactions
             WHERE {which} rowid > ?1 ORDER BY rowid LIMIT {BATCH}",
            REACTION_RECORD.inline()
        );
        let mut after = 0;
        let mut filed_without_article = false;
        loop {
            let batch: Vec<(i64, Reaction, NaiveDate, Option<String>)> =
                self.dated_records(&REACTION_RECORD, &query, &[&after], |row| {
                    row.get::<_, Option<String>>(3)
                })?;
            let Some(last) = batch.last() else {
                break;
            };
            after = last.0;
            let mut refiled = Vec::new();
            let mut without_article = false;
            for (rowid, reaction, collected_on, filed_on) in batch {
                without_article |= !article_dates.contains_key(reaction.article_id.as_str());
                let day = filing_day(
                    article_dates,
                    &CommittedReaction {
                        reaction,
                        collected_on,
                    },
                );
                if filed_on.as_deref() != Some(day_text(day).as_str()) {
                    refiled.push((rowid, day));
                }
            }
            self.set_filed_on(&refiled, checked && without_article)?;
            filed_without_article |= without_article;
        }
        if !checked && !filed_without_article {
            self.connection
                .execute(
                    "INSERT OR REPLACE INTO agg_meta (key, value) VALUES (?1, '1')",
                    [FILING_CHECKED],
                )
                .map_err(self.error())?;
        }
        Ok(())
    }

    /// Records the day reactions are filed under, and with `uncheck` (one of them was filed
    /// without its article) withdraws [`FILING_CHECKED`] in the same transaction.
    fn set_filed_on(
        &mut self,
        filed: &[(i64, NaiveDate)],
        uncheck: bool,
    ) -> Result<(), StateError> {
        if filed.is_empty() && !uncheck {
            return Ok(());
        }
        let path = self.path.clone();
        let failed = |e: rusqlite::Error| StateError::new(&path, e);
        let transaction = self.connection.transaction().map_err(failed)?;
        {
            let mut update = transaction
                .prepare("UPDATE reactions SET filed_on = ?2 WHERE rowid = ?1")
                .map_err(failed)?;
            for (rowid, day) in filed {
                update
                    .execute(params![rowid, day_text(*day)])
                    .map_err(failed)?;
            }
        }
        if uncheck {
            uncheck_filing(&transaction).map_err(failed)?;
        }
        transaction.commit().map_err(failed)
    }

    /// The day each article's reactions were filed under when it was last folded (`None`:
    /// they were filed without the article).
    pub fn article_filing_days(&self) -> Result<HashMap<String, Option<NaiveDate>>, StateError> {
        let mut statement = self
            .connection
            .prepare("SELECT article_id, filed_on FROM agg_articles")
            .map_err(self.error())?;
        let rows = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, Option<String>>(1)?))
            })
            .map_err(self.error())?;
        let mut days = HashMap::new();
        for row in rows {
            let (id, day) = row.map_err(self.error())?;
            let day = day.map(|d| self.day(&d)).transpose()?;
            days.insert(id, day);
        }
        Ok(days)
    }

    /// Adds a fold's tallies to the stored ones, in one transaction. The fold is taken, so
    /// that the quotes it holds (whose texts may be as long as the record limit) are moved
    /// into the stored ones rather than copied.
    pub fn merge_fold(&mut self, mut fold: Fold) -> Result<(), StateError> {
        let path = self.path.clone();
        let failed = |e: rusqlite::Error| StateError::new(&path, e);
        let problem = |e: StateProblem| StateError::new(&path, e);
        let json = |e: serde_json::Error| StateError::new(&path, e);
        let invalid =
            |e: serde_json::Error| StateError::invalid(&path, format!("a stored aggregate: {e}"));
        let transaction = self.connection.transaction().map_err(failed)?;
        {
            let mut read_day = transaction
                .prepare("SELECT tally FROM agg_days WHERE date = ?1")
                .map_err(failed)?;
            let mut write_day = transaction
                .prepare("INSERT OR REPLACE INTO agg_days (date, tally) VALUES (?1, ?2)")
                .map_err(failed)?;
            for (day, tally) in &fold.days {
                let key = day_text(*day);
                let mut kept: DayTally = match read_day
                    .query_row([&key], |row| row.get::<_, String>(0))
                    .optional()
                    .map_err(failed)?
                {
                    Some(stored) => serde_json::from_str(&stored).map_err(invalid)?,
                    None => DayTally::default(),
                };
                kept.merge(tally);
                write_day
                    .execute(params![key, serde_json::to_string(&kept).map_err(json)?])
                    .map_err(failed)?;
            }

            let mut read_article = transaction
                .prepare(&ARTICLE_TALLY.select_by("article_id"))
                .map_err(failed)?;
            let mut write_article = transaction
                .prepare(
                    "INSERT OR REPLACE INTO agg_articles (article_id, filed_on, tally)
                     VALUES (?1, ?2, ?3)",
                )
                .map_err(failed)?;
            for (id, tally) in std::mem::take(&mut fold.articles) {
                let stored: Option<ArticleTally> = ARTICLE_TALLY
                    .read_by(&transaction, &mut read_article, &id)
                    .map_err(problem)?;
                let merged = match stored {
                    Some(mut kept) => {
                        kept.merge(&tally);
                        kept
                    }
                    None => tally,
                };
                let filed_on = fold.article_day(&id).map(day_text);
                ARTICLE_TALLY
                    .insert_without_returning(
                        &transaction,
                        &mut write_article,
                        &[&id, &filed_on],
                        &merged,
                    )
                    .map_err(problem)?;
            }

            let mut read_handle = transaction
                .prepare("SELECT articles, tally FROM agg_handles WHERE who = ?1")
                .map_err(failed)?;
            let mut write_handle = transaction
                .prepare(
                    "INSERT OR REPLACE INTO agg_handles (who, reactions, articles, tally)
                     VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(failed)?;
            let mut add_pair = transaction
                .prepare(
                    "INSERT OR IGNORE INTO agg_handle_articles (who, article_id) VALUES (?1, ?2)",
                )
                .map_err(failed)?;
            for (who, tally) in &fold.handles {
                let (mut articles, mut kept): (i64, SentimentTally) = match read_handle
                    .query_row([who], |row| {
                        Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
                    })
                    .optional()
                    .map_err(failed)?
                {
                    Some((articles, stored)) => {
                        (articles, serde_json::from_str(&stored).map_err(invalid)?)
                    }
                    None => (0, SentimentTally::default()),
                };
                kept.merge(&tally.sentiment);
                for number in tally.article_numbers() {
                    articles += add_pair
                        .execute(params![who, fold.article_id(number)])
                        .map_err(failed)? as i64;
                }
                write_handle
                    .execute(params![
                        who,
                        kept.reactions as i64,
                        articles,
                        serde_json::to_string(&kept).map_err(json)?
                    ])
                    .map_err(failed)?;
            }

            let mut read_quotes = transaction
                .prepare(&QUOTES.select_by("end_of_scale"))
                .map_err(failed)?;
            let mut write_quotes = transaction
                .prepare(
                    "INSERT OR REPLACE INTO agg_quotes (end_of_scale, quotes) VALUES (?1, ?2)
                     RETURNING rowid",
                )
                .map_err(failed)?;
            for (end, quotes, positive) in [
                ("positive", std::mem::take(&mut fold.positive), true),
                ("negative", std::mem::take(&mut fold.negative), false),
            ] {
                let mut kept: Vec<Quote> = QUOTES
                    .read_by(&transaction, &mut read_quotes, &end)
                    .map_err(problem)?
                    .unwrap_or_default();
                report::aggregate::merge_quotes(&mut kept, quotes, positive);
                QUOTES
                    .insert(&transaction, &mut write_quotes, &[&end], &kept)
                    .map_err(problem)?;
            }
        }
        transaction.commit().map_err(failed)
    }

    /// Every value of `column` by its row's `key`.
    fn keyed_json<T: serde::de::DeserializeOwned>(
        &self,
        column: &JsonColumn,
        key: &str,
    ) -> Result<HashMap<String, T>, StateError> {
        let failed = self.error();
        let mut statement = self
            .connection
            .prepare(&format!(
                "SELECT rowid, {}, {key} FROM {}",
                column.inline(),
                column.table
            ))
            .map_err(&failed)?;
        let mut rows = statement.query([]).map_err(&failed)?;
        let mut values = HashMap::new();
        while let Some(row) = rows.next().map_err(&failed)? {
            let value = column
                .parse(
                    &self.connection,
                    row.get(0).map_err(&failed)?,
                    row.get_ref(1).map_err(&failed)?,
                )
                .map_err(|e| StateError::new(&self.path, e))?;
            values.insert(row.get(2).map_err(&failed)?, value);
        }
        Ok(values)
    }

    /// What the report is written from: every article and day, the listed handles.
    pub fn totals(
        &self,
        articles: Vec<ArticleRow>,
        targets: &[String],
    ) -> Result<Totals, StateError> {
        let pairs = |query: &str| -> Result<Vec<(String, String)>, StateError> {
            let mut statement = self.connection.prepare(query).map_err(self.error())?;
            let rows = statement
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
                .map_err(self.error())?
                .collect::<Result<Vec<_>, _>>()
                .map_err(self.error());
            rows
        };
        let mut days = BTreeMap::new();
        for (day, tally) in pairs("SELECT date, tally FROM agg_days")? {
            days.insert(self.day(&day)?, self.parse_json::<DayTally>(&tally)?);
        }
        let article_tallies = self.keyed_json(&ARTICLE_TALLY, "article_id")?;
        let mut handles = Vec::new();
        {
            let mut statement = self
                .connection
                .prepare(
                    "SELECT who, articles, tally FROM agg_handles
                     ORDER BY reactions DESC, who LIMIT ?1",
                )
                .map_err(self.error())?;
            let rows = statement
                .query_map([HANDLES_LISTED as i64], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, i64>(1)?,
                        row.get::<_, String>(2)?,
                    ))
                })
                .map_err(self.error())?;
            for row in rows {
                let (who, articles, tally) = row.map_err(self.error())?;
                handles.push(HandleAggregate {
                    who,
                    sentiment: self.parse_json(&tally)?,
                    articles: articles as usize,
                });
            }
        }
        let people: i64 = self
            .connection
            .query_row("SELECT COUNT(*) FROM agg_handles", [], |row| row.get(0))
            .map_err(self.error())?;
        let mut quotes: HashMap<String, Vec<Quote>> = self.keyed_json(&QUOTES, "end_of_scale")?;
        Ok(Totals {
            articles,
            article_tallies,
            days,
            targets: targets.to_vec(),
            handles,
            people: people as usize,
            positive: quotes.remove("positive").unwrap_or_default(),
            negative: quotes.remove("negative").unwrap_or_default(),
        })
    }
}
