//! Comment exports, registered by kind: each file here reads one platform's export format
//! and hands its posts and comments to a [`ThreadWriter`], which turns them into
//! [`Reaction`](crate::Reaction)s. Adding a format means adding a file and one line to
//! [`COMMENT_FORMATS`]. Beside the formats: `writer.rs` (the [`ThreadWriter`]), `lines.rs`
//! (records read within the size limit), `json.rs` (JSON trees of any real depth, for every
//! JSON format) and `values.rs` (timestamps and counts as exports spell them).
//!
//! Unlike an article, an export holds many threads and may be far larger than memory, so the
//! formats that allow it (JSON Lines, CSV, Disqus XML) are read as a stream and every reaction
//! goes to a callback as soon as it is made.
//!
//! ```
//! use collector::comments::{self, ReadOptions};
//!
//! let dump = br#"{"id":"k3x9","link_id":"t3_abc","parent_id":"t3_abc","author":"kgomotso_m","body":"Petrol at R25 is daylight robbery.","created_utc":1614762000,"score":12}"#;
//! let format = comments::detect(dump).unwrap();
//! let mut reactions = Vec::new();
//! let read = comments::read(format, "dump.jsonl", &mut &dump[..], &ReadOptions::default(), &mut |r| {
//!     reactions.push(r);
//!     std::ops::ControlFlow::Continue(())
//! });
//! assert_eq!(format.name(), "reddit");
//! assert_eq!(read.articles.len(), 1);
//! assert_eq!(reactions[0].handle.as_deref(), Some("kgomotso_m"));
//! assert_eq!(reactions[0].posted_at.as_deref(), Some("2021-03-03T09:00:00Z"));
//! assert_eq!(reactions[0].reply_depth, Some(0));
//! ```

mod columns;
mod csv_records;
mod disqus;
mod json;
mod lines;
mod markup;
mod reddit;
mod table;
mod values;
mod writer;
mod x;
mod youtube;

use std::collections::BTreeMap;
use std::io::{BufRead, Read};

use crate::input::{InputError, Problem};
use crate::ArticleSummary;

pub use columns::{ColumnMap, COLUMN_KEYS};
pub(crate) use lines::{for_each_json_text, for_each_line};
pub(crate) use values::{count, epoch_seconds, timestamp};
pub use writer::ThreadWriter;

/// One kind of comment export.
pub trait CommentFormat: Sync {
    /// The name `--input-format` and error messages use.
    fn name(&self) -> &'static str;
    /// File extensions (lower case, without the dot) under which a directory walk picks up an
    /// input that may be this format; its content decides.
    fn extensions(&self) -> &'static [&'static str];
    /// Extensions under which an input is read as this format even when its first bytes show
    /// no format's signature: those of the generic tables, which read any record with a text
    /// column.
    fn read_by_extension(&self) -> &'static [&'static str] {
        &[]
    }
    /// Whether the first bytes of an input (up to [`SNIFF_BYTES`]) look like this format.
    fn sniff(&self, head: &str) -> bool;
    /// Reads the whole input. A malformed record is reported through
    /// [`ThreadWriter::malformed`] and reading goes on; an `Err` means nothing more could be
    /// read from the input.
    fn read(&self, input: &mut dyn BufRead, out: &mut ThreadWriter<'_>) -> Result<(), Problem>;
    /// The thread of one record (a line) of this format's JSON Lines exports, for a reader
    /// that splits a large export across workers and reads each thread's records together
    /// (the Spark job); `None` when the format's exports are not split that way.
    fn record_thread(&self, _record: &str) -> Option<RecordThread> {
        None
    }
}

/// Which thread a record of a JSON Lines export belongs to ([`CommentFormat::record_thread`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordThread {
    /// Every reaction the record can make is in the thread of this key, the one the format
    /// hands to the [`ThreadWriter`].
    Thread(String),
    /// The record names no single thread (not JSON, or several threads in one response): it
    /// is read with the export's other such records.
    Unsplit,
}

/// Every comment format, most specific first; the generic tables come last because they read
/// anything with a text column.
pub static COMMENT_FORMATS: &[&dyn CommentFormat] = &[
    &reddit::Reddit,
    &youtube::YouTube,
    &x::X,
    &disqus::Disqus,
    &table::JsonLines,
    &table::Csv,
];

/// How much of an input detection looks at.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// Whether a directory walk picks up a file with this (lower-case) extension as a possible
/// comment export: one of the registered formats claims it.
pub fn is_known_extension(extension: &str) -> bool {
    COMMENT_FORMATS
        .iter()
        .any(|format| format.extensions().contains(&extension))
}

/// The comment format whose signature the head of an input has, if any.
pub fn detect(head: &[u8]) -> Option<&'static dyn CommentFormat> {
    let head = sniff_text(head);
    COMMENT_FORMATS.iter().find(|f| f.sniff(&head)).copied()
}

/// The format that reads an input with this (lower-case) extension when no format
/// recognised its first bytes.
pub fn by_extension(extension: &str) -> Option<&'static dyn CommentFormat> {
    COMMENT_FORMATS
        .iter()
        .find(|format| format.read_by_extension().contains(&extension))
        .copied()
}

/// Looks a format up by name.
pub fn by_name(name: &str) -> Option<&'static dyn CommentFormat> {
    COMMENT_FORMATS.iter().find(|f| f.name() == name).copied()
}

/// The format of an export whose records are lines a reader may split across workers by byte
/// range and route by [`CommentFormat::record_thread`], when the input named `name` that
/// begins with `head` is one (`forced` as `--input-format`). Its first non-blank line must
/// end within `head` and be a whole JSON value (else the export is one document); an export
/// in UTF-16 or UTF-32 is not split.
pub fn line_split_format(
    name: &str,
    head: &[u8],
    forced: Option<&str>,
) -> Option<&'static dyn CommentFormat> {
    use crate::read::{export_format, route, Route};
    if crate::wide::Wide::detect(head).is_some() {
        return None;
    }
    let source = crate::input::InputSource::Memory {
        name: name.to_string(),
        bytes: std::sync::Arc::from(Vec::new()),
    };
    let format = match route(&source, forced) {
        Route::Article(_) => return None,
        Route::Export(format) => format,
        Route::Sniff => {
            let extension = source.extension().map(|e| e.to_ascii_lowercase());
            export_format(None, head, extension.as_deref())?
        }
    };
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = head
        .split_inclusive(|byte| *byte == b'\n')
        .find(|line| !line.iter().all(u8::is_ascii_whitespace))?;
    let first = first.strip_suffix(b"\n")?;
    let first = first.strip_suffix(b"\r").unwrap_or(first);
    if !json::is_value(first) {
        return None;
    }
    format.record_thread(std::str::from_utf8(first).ok()?)?;
    Some(format)
}

fn sniff_text(head: &[u8]) -> String {
    let head = &head[..head.len().min(SNIFF_BYTES)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    String::from_utf8_lossy(head).into_owned()
}

/// How [`read`] treats an input.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The largest document read whole (a thread's JSON) or record read at once (a line).
    pub max_record_bytes: u64,
    /// Which columns of a generic CSV or JSON Lines export hold what.
    pub columns: ColumnMap,
    /// At most this many malformed records are reported one by one per input; the rest are
    /// counted.
    pub max_reported_problems: usize,
    /// Every line is one JSON record, the first included, where otherwise a first line that
    /// is not a whole JSON value makes the input one document: for a reader handed a part of
    /// an export's lines (one thread's), whose first may be a malformed record.
    pub lines: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_record_bytes: crate::DEFAULT_MAX_INPUT_BYTES,
            columns: ColumnMap::default(),
            max_reported_problems: 20,
            lines: false,
        }
    }
}

/// What reading one export produced besides its reactions.
#[derive(Debug, Default)]
pub struct ExportRead {
    /// One per thread (submission, video, conversation, page), in order of first appearance.
    pub articles: Vec<ArticleSummary>,
    /// How many reactions it made.
    pub reactions: usize,
    /// Comments left out, by [`Skip`] reason as written (`deleted`, `double_post`, …).
    pub skipped: BTreeMap<&'static str, usize>,
    /// Malformed records, each naming the input and its line or position; and, when the
    /// input could not be read to its end, why.
    pub problems: Vec<InputError>,
    /// What was read with a caveat (dates out of range, taken as no date).
    pub warnings: Vec<InputError>,
    /// The sink asked to stop: the rest of the export was not read.
    pub stopped: bool,
}

/// Reads one export with `format`, sending each reaction to `emit` as it is made, until
/// `emit` asks to stop.
pub fn read(
    format: &dyn CommentFormat,
    source: &str,
    input: &mut dyn Read,
    options: &ReadOptions,
    emit: &mut crate::Sink<'_>,
) -> ExportRead {
    let mut buffered = std::io::BufReader::with_capacity(256 * 1024, input);
    let mut out = ThreadWriter::new(source, options, emit);
    if let Err(problem) = format.read(&mut buffered, &mut out) {
        out.read.problems.push(InputError::new(source, problem));
    }
    if let Some(reason) = out.dates().warning() {
        out.read
            .warnings
            .push(InputError::new(source, Problem::Caveat(reason)));
    }
    out.finish()
}

/// The post a thread of comments hangs from; it becomes the comments' article.
#[derive(Debug, Clone, Default)]
pub struct Post {
    /// The platform and the post's id there identify the thread (`reddit`, `t3_abc`).
    pub platform: crate::record::Platform,
    /// What identifies the thread in the export (a submission's name, a video id, a thread
    /// link).
    pub key: String,
    /// The thread's title, when the export gives one.
    pub title: Option<String>,
    /// The thread's address, when the export gives or implies one.
    pub url: Option<String>,
    /// When the thread was posted, as UTC RFC 3339.
    pub published_at: Option<String>,
    /// Whether the article id comes from the URL rather than the key, so that comments on a
    /// news page (Disqus, a site's own export) join the reactions quoted in the page itself.
    pub identified_by_url: bool,
}

/// One comment, as a format read it.
#[derive(Debug, Clone, Default)]
pub struct Comment {
    /// The platform's id for the comment, when the export gives one.
    pub id: Option<String>,
    /// The platform id of the comment this one replies to; `None` for a comment on the post.
    pub parent: Option<String>,
    /// Set when the export states the depth; otherwise it is worked out from the parent.
    pub depth: Option<u32>,
    /// The author's handle, without `@`.
    pub handle: Option<String>,
    /// The author's display name.
    pub display_name: Option<String>,
    /// The comment's own words as plain text (markup converted, quoted parent text dropped).
    pub text: String,
    /// Links the markup held (a Markdown or HTML link's target).
    pub links: Vec<String>,
    /// What the comment quoted (`>` lines, `<blockquote>`), kept out of `text`: it becomes
    /// the text only when the comment has no words of its own and the quote is not its
    /// parent's words (a passage of the linked article, say).
    pub quoted: String,
    /// The body exactly as the export has it.
    pub raw_text: String,
    /// When it was posted, as UTC RFC 3339.
    pub posted_at: Option<String>,
    /// Its likes (or score, or votes), as the platform counts them.
    pub like_count: Option<i64>,
    /// Its language (ISO 639-1), when the platform declares it.
    pub lang: Option<String>,
}

/// Why a comment is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Deleted by its author.
    Deleted,
    /// Removed by a moderator.
    Removed,
    /// Marked as spam by the platform.
    Spam,
    /// A repost of someone else's words (an X retweet).
    Retweet,
    /// Listed by the export but not included (Reddit's "load more" stubs).
    NotLoaded,
    /// Nothing of the commenter's own once markup and quoted parent text are gone.
    Empty,
    /// The same comment (the same platform id) met again.
    Duplicate,
    /// The same words from the same author within minutes of the first.
    DoublePost,
}

impl Skip {
    /// The reason as the summary line and the manifest count it.
    pub fn as_str(self) -> &'static str {
        match self {
            Skip::Deleted => "deleted",
            Skip::Removed => "removed",
            Skip::Spam => "spam",
            Skip::Retweet => "retweet",
            Skip::NotLoaded => "not_loaded",
            Skip::Empty => "empty",
            Skip::Duplicate => "duplicate",
            Skip::DoublePost => "double_post",
        }
    }
}

#[cfg(test)]
mod tests;
