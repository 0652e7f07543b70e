//! How the state keeps a value as JSON in a column (a reaction's or article's record, an
//! article's tallies, the quoted extremes) and reads it back without copies of it: a value may
//! hold a text as large as the record limit (a 50 MiB comment is about 100 MiB of record, its
//! text and raw text), and each copy of it counts against the memory a run may hold.
//!
//! JSON up to [`INLINE_BYTES`] is bound as text, as it always was. Longer JSON is not: binding
//! it would have SQLite copy it, then copy it again into the row it builds, on top of the JSON
//! itself and the value it was made from. Its row is written holding a `zeroblob` of the
//! JSON's length, which SQLite writes without building it in memory, and the JSON is then
//! streamed into the row through an incremental BLOB handle. Read back, long JSON is parsed
//! from a BLOB handle as it is read, never held whole. The column therefore holds TEXT (all
//! JSON of states made before this, and short JSON) or a BLOB of UTF-8 JSON (long JSON); both
//! read the same.

use std::io::{self, BufReader, BufWriter, Seek, Write};

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, OptionalExtension, Statement, ToSql, MAIN_DB};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::StateProblem;

/// The longest JSON bound as text; longer JSON is streamed into its row.
pub(super) const INLINE_BYTES: usize = 1 << 20;

/// A column of a table with a `rowid` that holds JSON.
pub(super) struct JsonColumn {
    pub(super) table: &'static str,
    pub(super) column: &'static str,
}

/// Each reaction's record.
pub(super) const REACTION_RECORD: JsonColumn = JsonColumn {
    table: "reactions",
    column: "record",
};

/// Each article's record.
pub(super) const ARTICLE_RECORD: JsonColumn = JsonColumn {
    table: "articles",
    column: "record",
};

/// Each article's tallies, which quote its most positive and most negative reactions.
pub(super) const ARTICLE_TALLY: JsonColumn = JsonColumn {
    table: "agg_articles",
    column: "tally",
};

/// The quoted extremes of the dataset.
pub(super) const QUOTES: JsonColumn = JsonColumn {
    table: "agg_quotes",
    column: "quotes",
};

impl JsonColumn {
    /// The column in a query that reads it: the JSON when it is up to [`INLINE_BYTES`] long,
    /// NULL when it is longer (which [`JsonColumn::parse`] reads through a BLOB handle).
    /// `octet_length` reads a TEXT or BLOB value's length from the row's header, without
    /// loading the value; a stored value is never NULL (`NOT NULL`).
    pub(super) fn inline(&self) -> String {
        let column = self.column;
        format!("CASE WHEN octet_length({column}) > {INLINE_BYTES} THEN NULL ELSE {column} END")
    }

    /// A query of the `rowid` and [`JsonColumn::inline`] of the row whose `key` is `?1`.
    pub(super) fn select_by(&self, key: &str) -> String {
        format!(
            "SELECT rowid, {} FROM {} WHERE {key} = ?1",
            self.inline(),
            self.table
        )
    }

    /// Parses the value of row `rowid` read as `inline` (see [`JsonColumn::inline`]): the JSON
    /// itself, or NULL for long JSON, which is read through a BLOB handle.
    pub(super) fn parse<T: DeserializeOwned>(
        &self,
        connection: &Connection,
        rowid: i64,
        inline: ValueRef,
    ) -> Result<T, StateProblem> {
        let invalid = |e: serde_json::Error| {
            StateProblem::Invalid(format!("a stored {}.{}: {e}", self.table, self.column))
        };
        match inline {
            ValueRef::Text(json) | ValueRef::Blob(json) => {
                serde_json::from_slice(json).map_err(invalid)
            }
            ValueRef::Null => {
                let blob = connection.blob_open(MAIN_DB, self.table, self.column, rowid, true)?;
                serde_json::from_reader(BufReader::with_capacity(1 << 16, blob)).map_err(|e| {
                    if e.is_io() {
                        StateProblem::Io(e.into())
                    } else {
                        invalid(e)
                    }
                })
            }
            other => Err(StateProblem::Invalid(format!(
                "a stored {}.{} of type {}",
                self.table,
                self.column,
                other.data_type()
            ))),
        }
    }

    /// The value `lookup` (a [`JsonColumn::select_by`] query) finds for `key`, if any.
    pub(super) fn read_by<T: DeserializeOwned>(
        &self,
        connection: &Connection,
        lookup: &mut Statement,
        key: &dyn ToSql,
    ) -> Result<Option<T>, StateProblem> {
        let mut rows = lookup.query([key])?;
        match rows.next()? {
            Some(row) => Ok(Some(self.parse(
                connection,
                row.get(0)?,
                row.get_ref(1)?,
            )?)),
            None => Ok(None),
        }
    }

    /// Runs `insert`, a statement into this column's table whose last parameter is this
    /// column and which ends `RETURNING rowid`, with `params` then `value`'s JSON; long JSON is
    /// then streamed into the row it made. Whether it made or updated a row (`INSERT OR
    /// IGNORE` may leave the table as it was).
    pub(super) fn insert<T: Serialize>(
        &self,
        connection: &Connection,
        insert: &mut Statement,
        params: &[&dyn ToSql],
        value: &T,
    ) -> Result<bool, StateProblem> {
        self.insert_with(connection, params, value, |parameters| {
            Ok(insert.query_row(parameters, |row| row.get(0)).optional()?)
        })
    }

    /// As [`JsonColumn::insert`], for an `INSERT OR IGNORE` or `INSERT OR REPLACE` without
    /// `RETURNING`: the row it made, if any, is the connection's last inserted one. SQLite
    /// gathers what `RETURNING` returns in a temporary table opened for each statement, a third
    /// of the cost of inserting a reaction.
    pub(super) fn insert_without_returning<T: Serialize>(
        &self,
        connection: &Connection,
        insert: &mut Statement,
        params: &[&dyn ToSql],
        value: &T,
    ) -> Result<bool, StateProblem> {
        self.insert_with(connection, params, value, |parameters| {
            let inserted = insert.execute(parameters)? > 0;
            Ok(inserted.then(|| connection.last_insert_rowid()))
        })
    }

    /// `params` then `value`'s JSON handed to `run`, which inserts them and says which row it
    /// made, if any; long JSON is then streamed into that row. Whether a row was made.
    fn insert_with<T: Serialize>(
        &self,
        connection: &Connection,
        params: &[&dyn ToSql],
        value: &T,
        run: impl FnOnce(&[&dyn ToSql]) -> Result<Option<i64>, StateProblem>,
    ) -> Result<bool, StateProblem> {
        let json = Json::of(value)?;
        let mut parameters = params.to_vec();
        parameters.push(&json);
        let Some(rowid) = run(&parameters)? else {
            return Ok(false);
        };
        if let Json::Long(_) = json {
            self.write_long(connection, rowid, value)?;
        }
        Ok(true)
    }

    /// Streams `value`'s JSON into row `rowid`, written with its [`Json::Long`] length.
    fn write_long<T: Serialize>(
        &self,
        connection: &Connection,
        rowid: i64,
        value: &T,
    ) -> Result<(), StateProblem> {
        let blob = connection.blob_open(MAIN_DB, self.table, self.column, rowid, false)?;
        let mut writer = BufWriter::with_capacity(1 << 16, blob);
        serde_json::to_writer(&mut writer, value).map_err(io::Error::from)?;
        let mut blob = writer.into_inner().map_err(|e| e.into_error())?;
        // Serializing is deterministic, so the JSON fills the row exactly; shorter JSON would
        // leave zero bytes after it.
        if blob.stream_position()? != blob.len() as u64 {
            return Err(StateProblem::Invalid(format!(
                "JSON for {}.{} shorter than the {} bytes counted",
                self.table,
                self.column,
                blob.len()
            )));
        }
        blob.close()?;
        Ok(())
    }
}

/// A value made ready for its row: short JSON, or the length of long JSON (the row then holds
/// that many zero bytes until [`JsonColumn::write_long`] fills them).
enum Json {
    Inline(Vec<u8>),
    Long(u64),
}

impl Json {
    fn of<T: Serialize>(value: &T) -> Result<Json, serde_json::Error> {
        // serde_json's own start for `to_vec`.
        let mut inline = Bounded(Vec::with_capacity(128));
        match serde_json::to_writer(&mut inline, value) {
            Ok(()) => Ok(Json::Inline(inline.0)),
            // Only `Bounded` fails to write: the JSON is longer than INLINE_BYTES.
            Err(error) if error.is_io() => {
                let mut length = Length(0);
                serde_json::to_writer(&mut length, value)?;
                Ok(Json::Long(length.0))
            }
            Err(error) => Err(error),
        }
    }
}

impl ToSql for Json {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Json::Inline(json) => ToSqlOutput::Borrowed(ValueRef::Text(json)),
            Json::Long(length) => ToSqlOutput::ZeroBlob(*length),
        })
    }
}

/// A buffer that refuses to grow past [`INLINE_BYTES`]. serde_json writes a value in pieces
/// of a few bytes (a quote, a key, a colon), so its writes are inlined as `Vec`'s are: called,
/// they made serializing a reaction twice as slow as into a `Vec`.
struct Bounded(Vec<u8>);

impl Write for Bounded {
    #[inline]
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    #[inline]
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.0.len() + bytes.len() > INLINE_BYTES {
            return Err(io::Error::other("longer than JSON bound as text"));
        }
        self.0.extend_from_slice(bytes);
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Counts the bytes written to it.
struct Length(u64);

impl Write for Length {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0 += bytes.len() as u64;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
