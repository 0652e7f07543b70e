//! The web sources' part of the state: for each URL, what its server said last time (ETag,
//! Last-Modified), the hash of what it sent, and how the last fetch went. A run reads it to
//! make conditional requests and to skip content it has read; its commit records the new
//! outcomes in the same transaction as the reactions they gave.

use std::collections::HashMap;

use collector::http::Validators;
use collector::{KnownSource, WebSource};
use rusqlite::{params, Connection};

pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sources (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,
    last_outcome TEXT NOT NULL,
    last_status INTEGER,
    last_error TEXT,
    last_run TEXT NOT NULL
);
";

/// Every source whose last fetch did not fail, with its validators and content hash.
pub(super) fn known(connection: &Connection) -> rusqlite::Result<HashMap<String, KnownSource>> {
    let mut statement = connection.prepare(
        "SELECT url, etag, last_modified, content_hash FROM sources WHERE last_outcome != 'failed'",
    )?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            KnownSource {
                validators: Validators {
                    etag: row.get(1)?,
                    last_modified: row.get(2)?,
                },
                content_hash: row.get(3)?,
            },
        ))
    })?;
    rows.collect()
}

/// Records each source's outcome in this run; a failure keeps what was known of it before.
pub(super) fn record(
    connection: &Connection,
    web: &[WebSource],
    run_id: &str,
) -> rusqlite::Result<()> {
    let mut upsert = connection.prepare(
        "INSERT INTO sources (url, etag, last_modified, content_hash, last_outcome,
                              last_status, last_error, last_run)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT(url) DO UPDATE SET
            etag = CASE WHEN excluded.last_outcome = 'failed' THEN etag ELSE excluded.etag END,
            last_modified = CASE WHEN excluded.last_outcome = 'failed' THEN last_modified ELSE excluded.last_modified END,
            content_hash = CASE WHEN excluded.last_outcome = 'failed' THEN content_hash ELSE excluded.content_hash END,
            last_outcome = excluded.last_outcome,
            last_status = excluded.last_status,
            last_error = excluded.last_error,
            last_run = excluded.last_run",
    )?;
    for source in web {
        upsert.execute(params![
            source.url,
            source.validators.etag,
            source.validators.last_modified,
            source.content_hash,
            source.outcome.as_str(),
            source.status,
            source.error,
            run_id,
        ])?;
    }
    Ok(())
}
