//! Comment exports, registered by kind: each file here reads one platform's export format
//! and hands its posts and comments to a [`ThreadWriter`], which turns them into
//! [`Reaction`]s. Adding a format means adding a file and one line to [`COMMENT_FORMATS`].
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
mod markup;
mod reddit;
mod table;
mod x;
mod youtube;

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Read};

use crate::input::{InputError, Problem};
use crate::record::{self, ReactionBuilder};
use crate::ArticleSummary;

pub use columns::{ColumnMap, COLUMN_KEYS};

/// One kind of comment export.
pub trait CommentFormat: Sync {
    /// The name `--input-format` and error messages use.
    fn name(&self) -> &'static str;
    /// Whether the first bytes of an input (up to [`SNIFF_BYTES`]) look like this format.
    fn sniff(&self, head: &str) -> bool;
    /// Reads the whole input. A malformed record is reported through
    /// [`ThreadWriter::malformed`] and reading goes on; an `Err` means nothing more could be
    /// read from the input.
    fn read(&self, input: &mut dyn BufRead, out: &mut ThreadWriter<'_>) -> Result<(), Problem>;
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

/// Extensions a directory walk picks up as possible comment exports; the content decides.
pub const EXTENSIONS: &[&str] = &["json", "jsonl", "ndjson", "xml", "csv"];

/// The comment format whose signature the head of an input has, if any.
pub fn detect(head: &[u8]) -> Option<&'static dyn CommentFormat> {
    let head = sniff_text(head);
    COMMENT_FORMATS.iter().find(|f| f.sniff(&head)).copied()
}

/// Looks a format up by name.
pub fn by_name(name: &str) -> Option<&'static dyn CommentFormat> {
    COMMENT_FORMATS.iter().find(|f| f.name() == name).copied()
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
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_record_bytes: crate::DEFAULT_MAX_INPUT_BYTES,
            columns: ColumnMap::default(),
            max_reported_problems: 20,
        }
    }
}

/// What reading one export produced besides its reactions.
#[derive(Debug, Default)]
pub struct ExportRead {
    /// One per thread (submission, video, conversation, page), in order of first appearance.
    pub articles: Vec<ArticleSummary>,
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
    crate::dates::take_refused();
    if let Err(problem) = format.read(&mut buffered, &mut out) {
        out.read.problems.push(InputError::new(source, problem));
    }
    if let Some(reason) = crate::dates::refused_warning(crate::dates::take_refused()) {
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
    pub platform: &'static str,
    pub key: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published_at: Option<String>,
    /// Whether the article id comes from the URL rather than the key, so that comments on a
    /// news page (Disqus, a site's own export) join the reactions quoted in the page itself.
    pub identified_by_url: bool,
}

/// One comment, as a format read it.
#[derive(Debug, Clone, Default)]
pub struct Comment {
    pub id: Option<String>,
    /// The platform id of the comment this one replies to; `None` for a comment on the post.
    pub parent: Option<String>,
    /// Set when the export states the depth; otherwise it is worked out from the parent.
    pub depth: Option<u32>,
    pub handle: Option<String>,
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
    pub posted_at: Option<String>,
    pub like_count: Option<i64>,
    pub lang: Option<String>,
}

/// Why a comment is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    Deleted,
    Removed,
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

struct Thread {
    summary: usize,
    article_id: String,
    post: Post,
}

/// Receives posts and comments from a format and makes reactions of them: identifiers,
/// normalized text, the parent's reaction id and the reply depth, duplicates dropped.
pub struct ThreadWriter<'e> {
    source: String,
    options: ReadOptions,
    emit: &'e mut crate::Sink<'e>,
    /// By the post's key; an export holds one platform's threads.
    threads: HashMap<String, Thread>,
    /// Every comment seen, by reaction id: replies find their depth and their parent's words
    /// here, and a comment seen twice is dropped. About 20 bytes per comment.
    seen: HashMap<u64, Seen>,
    /// When each recent (article, author, text) was posted ([`UNDATED`] when the export does
    /// not say), to drop double posts.
    posted: HashMap<u64, i64>,
    latest_post: i64,
    prune_at: usize,
    unreported_problems: usize,
    read: ExportRead,
}

impl<'e> ThreadWriter<'e> {
    fn new(source: &str, options: &ReadOptions, emit: &'e mut crate::Sink<'e>) -> Self {
        ThreadWriter {
            source: source.to_string(),
            options: options.clone(),
            emit,
            threads: HashMap::new(),
            seen: HashMap::new(),
            posted: HashMap::new(),
            latest_post: i64::MIN,
            prune_at: PRUNE_FIRST_AT,
            unreported_problems: 0,
            read: ExportRead::default(),
        }
    }

    /// The input's name, as records and messages give it.
    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn options(&self) -> &ReadOptions {
        &self.options
    }

    /// Records a thread's post, or completes what is known of it (a Reddit dump names a
    /// submission by id long before, or without ever, giving its title).
    pub fn post(&mut self, post: Post) {
        if let Some(thread) = self.threads.get_mut(&post.key) {
            let summary = &mut self.read.articles[thread.summary];
            fill(&mut summary.title, &post.title);
            fill(&mut summary.url, &post.url);
            fill(&mut summary.published_at, &post.published_at);
            fill(&mut thread.post.title, &post.title);
            fill(&mut thread.post.url, &post.url);
            fill(&mut thread.post.published_at, &post.published_at);
            return;
        }
        let article_id = match (&post.url, post.identified_by_url) {
            (Some(url), true) => record::stable_id(&["url", url.trim()]),
            _ => record::stable_id(&["thread", post.platform, &post.key]),
        };
        self.read.articles.push(ArticleSummary {
            article_id: article_id.clone(),
            source: self.source.clone(),
            title: post.title.clone(),
            url: post.url.clone(),
            published_at: post.published_at.clone(),
            lang: None,
            reactions: 0,
        });
        let summary = self.read.articles.len() - 1;
        self.threads.insert(
            post.key.clone(),
            Thread {
                summary,
                article_id,
                post,
            },
        );
    }

    /// Makes a reaction of a comment on the thread `thread_key` (a post given to
    /// [`ThreadWriter::post`] before, or a bare key, for which a post is recorded).
    pub fn comment(&mut self, platform: &'static str, thread_key: &str, comment: Comment) {
        if !self.has_thread(thread_key) {
            self.post(Post {
                platform,
                key: thread_key.to_string(),
                ..Post::default()
            });
        }
        let thread = &self.threads[thread_key];
        let article_id = thread.article_id.clone();
        let (mut text, links) = record::normalize_text(&comment.text);
        let parent_id = comment
            .parent
            .as_deref()
            .map(|parent| comment_reaction_id(&article_id, parent));
        if text.is_empty() && !comment.quoted.trim().is_empty() {
            let (quoted, _) = record::normalize_text(&comment.quoted);
            let parent_text = parent_id
                .as_deref()
                .and_then(|parent| self.seen.get(&short_hash(parent)))
                .map(|seen| seen.text);
            if parent_text != Some(text_hash(&quoted)) {
                text = quoted;
            }
        }
        if text.is_empty() {
            self.skip(Skip::Empty, 1);
            return;
        }
        let post = &thread.post;
        let article = record::ArticleRef {
            article_id: &article_id,
            source: &self.source,
            title: post.title.as_deref(),
            url: post.url.as_deref(),
            published_at: post.published_at.as_deref(),
        };
        let mut builder =
            ReactionBuilder::new(article, (text, links), comment.handle, comment.display_name)
                .links(comment.links);
        if let Some(id) = &comment.id {
            builder = builder.reaction_id(comment_reaction_id(&article_id, id));
        }
        let depth = comment
            .depth
            .or_else(|| self.depth_below(parent_id.as_deref()));
        let seen = Seen {
            depth: depth.unwrap_or(Seen::NO_DEPTH),
            text: text_hash(builder.text()),
        };
        if self.seen.insert(short_hash(builder.id()), seen).is_some() {
            self.skip(Skip::Duplicate, 1);
            return;
        }
        // The same words from the same author twice within minutes are one comment posted
        // twice (a double click, a retry), whatever ids the platform gave them.
        if !builder.author().is_empty()
            && self.is_double_post(
                &[&article_id, builder.author(), builder.identity()],
                comment.posted_at.as_deref(),
            )
        {
            self.skip(Skip::DoublePost, 1);
            return;
        }
        let summary = &mut self.read.articles[self.threads[thread_key].summary];
        let position = summary.reactions as u32;
        summary.reactions += 1;
        self.read.reactions += 1;
        // The platform's declared language when it gives one, else the comment's own.
        let lang = comment
            .lang
            .or_else(|| crate::language::of_text(builder.text()));
        let reaction = builder
            .raw_text(comment.raw_text)
            .position(position)
            .platform(platform)
            .posted_at(comment.posted_at)
            .lang(lang)
            .in_thread(comment.id, parent_id, depth, comment.like_count)
            .cues(vec![record::Cue::CommentExport])
            .build();
        let flow = (self.emit)(reaction);
        self.read.stopped |= flow.is_break();
    }

    /// Whether the post `key` has been recorded (so a format builds a [`Post`] only once).
    pub fn has_thread(&self, key: &str) -> bool {
        self.threads.contains_key(key)
    }

    /// Counts comments left out; replies to them are still read.
    pub fn skip(&mut self, reason: Skip, count: usize) {
        *self.read.skipped.entry(reason.as_str()).or_default() += count;
    }

    /// Counts one comment left out whose replies may follow: its depth is kept so theirs
    /// can be worked out.
    pub fn skip_comment(&mut self, reason: Skip, thread_key: &str, id: &str, parent: Option<&str>) {
        self.skip(reason, 1);
        if let Some(thread) = self.threads.get(thread_key) {
            let reaction_id = comment_reaction_id(&thread.article_id, id);
            let parent_id = parent.map(|p| comment_reaction_id(&thread.article_id, p));
            let depth = self.depth_below(parent_id.as_deref());
            self.seen.entry(short_hash(&reaction_id)).or_insert(Seen {
                depth: depth.unwrap_or(Seen::NO_DEPTH),
                text: 0,
            });
        }
    }

    /// Whether the comment repeats words its author posted in the thread within
    /// [`DOUBLE_POST_SECONDS`]; it is remembered either way. Times long past the latest seen
    /// are forgotten now and then, so a dump's memory does not grow with its length.
    fn is_double_post(&mut self, identity: &[&str], posted_at: Option<&str>) -> bool {
        let at = posted_at.and_then(epoch_of).unwrap_or(UNDATED);
        self.latest_post = self.latest_post.max(at);
        let before = self.posted.insert(fnv(identity), at);
        if self.posted.len() >= self.prune_at {
            let horizon = self.latest_post.saturating_sub(DOUBLE_POST_SECONDS);
            self.posted.retain(|_, at| *at == UNDATED || *at >= horizon);
            self.prune_at = (self.posted.len() * 2).max(PRUNE_FIRST_AT);
        }
        match before {
            Some(UNDATED) => at == UNDATED,
            Some(before) => at != UNDATED && (at - before).abs() <= DOUBLE_POST_SECONDS,
            None => false,
        }
    }

    /// The depth of a comment replying to the comment `parent_id` (a reaction id; `None` for
    /// the post).
    fn depth_below(&self, parent_id: Option<&str>) -> Option<u32> {
        match parent_id {
            None => Some(0),
            Some(parent_id) => self
                .seen
                .get(&short_hash(parent_id))
                .map(|seen| seen.depth)
                .filter(|depth| *depth != Seen::NO_DEPTH)
                .map(|d| d + 1),
        }
    }

    /// Reports a record that could not be read (`position` says where: "line 17"); the
    /// format goes on with the next one.
    pub fn malformed(&mut self, position: &str, reason: &str) {
        if self.read.problems.len() < self.options.max_reported_problems {
            self.read.problems.push(InputError::new(
                &self.source,
                Problem::Malformed {
                    position: position.to_string(),
                    reason: reason.to_string(),
                },
            ));
        } else {
            self.unreported_problems += 1;
        }
    }

    /// Whether the sink asked to stop: a format's reading loop ends at the next record.
    pub fn stopped(&self) -> bool {
        self.read.stopped
    }

    fn finish(mut self) -> ExportRead {
        if self.unreported_problems > 0 {
            self.read.problems.push(InputError::new(
                &self.source,
                Problem::MoreMalformed(self.unreported_problems),
            ));
        }
        self.read
    }
}

fn fill(slot: &mut Option<String>, value: &Option<String>) {
    if slot.is_none() {
        slot.clone_from(value);
    }
}

/// A comment's reaction id follows from its article and platform id alone, so a reply names
/// its parent's reaction id without having seen the parent.
fn comment_reaction_id(article_id: &str, comment_id: &str) -> String {
    record::stable_id(&[article_id, "comment", comment_id])
}

/// What the thread remembers of a comment, in 8 bytes: dumps hold millions.
#[derive(Debug, Clone, Copy)]
struct Seen {
    /// Its reply depth, or [`Seen::NO_DEPTH`] when it is not known.
    depth: u32,
    /// [`text_hash`] of its normalized text; 0 for a comment left out.
    text: u32,
}

impl Seen {
    const NO_DEPTH: u32 = u32::MAX;
}

/// Posts of the same words by the same author this close together are one.
const DOUBLE_POST_SECONDS: i64 = 600;
const UNDATED: i64 = i64::MIN;
const PRUNE_FIRST_AT: usize = 1 << 16;

/// A text's identity, hashed: what a quote of it is compared with.
fn text_hash(text: &str) -> u32 {
    (fnv(&[&record::identity_text(text)]) >> 32) as u32
}

/// FNV-1a over the parts, each ended by a unit separator: a cheap key for in-memory tables
/// (identifiers in the output use SHA-256).
fn fnv(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0x1f)) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3);
        }
    }
    hash
}

fn epoch_of(timestamp: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(timestamp)
        .ok()
        .map(|t| t.timestamp())
}

/// A reaction id (16 hex digits, from [`record::stable_id`]) as the number it spells.
fn short_hash(reaction_id: &str) -> u64 {
    u64::from_str_radix(reaction_id, 16).expect("reaction ids are 16 hex digits")
}

/// Reads JSON that is either one document (pretty-printed or not) or JSON Lines: when the
/// first line is a whole JSON value, every line is a record; otherwise the input is one
/// document. `record` gets each JSON text and its position for error messages.
pub(crate) fn for_each_json_text(
    input: &mut dyn BufRead,
    out: &mut ThreadWriter<'_>,
    mut record: impl FnMut(&str, &str, &mut ThreadWriter<'_>),
) -> Result<(), Problem> {
    let limit = out.options.max_record_bytes as usize;
    let mut first = Vec::new();
    let mut skipped_blank = 0;
    loop {
        first.clear();
        match read_line_within(input, &mut first, limit)? {
            LineRead::End => return Ok(()),
            LineRead::TooLong => {
                return Err(Problem::Unreadable(format!(
                    "the first line is over the {limit}-byte input limit (raise it with --max-input-bytes)"
                )))
            }
            LineRead::Line if first.iter().all(u8::is_ascii_whitespace) => skipped_blank += 1,
            LineRead::Line => break,
        }
    }
    let first_line = first.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&first);
    let is_whole_value = serde_json::from_slice::<serde::de::IgnoredAny>(first_line).is_ok();
    if is_whole_value {
        let number = skipped_blank + 1;
        let text =
            std::str::from_utf8(first_line).map_err(|e| Problem::Unreadable(e.to_string()))?;
        record(text, &format!("line {number}"), out);
        return for_each_line(input, out, number + 1, |text, number, out| {
            record(text, &format!("line {number}"), out)
        });
    }
    let mut document = first_line.to_vec();
    document.push(b'\n');
    input
        .take((limit.saturating_sub(document.len()) + 1) as u64)
        .read_to_end(&mut document)?;
    if document.len() > limit {
        return Err(Problem::Unreadable(format!(
            "the document is over the {limit}-byte input limit (raise it with --max-input-bytes)"
        )));
    }
    let text = std::str::from_utf8(&document).map_err(|e| {
        Problem::Unreadable(format!(
            "not valid UTF-8 at byte {} (JSON must be UTF-8)",
            e.valid_up_to()
        ))
    })?;
    record(text, "document", out);
    Ok(())
}

/// Reads JSON Lines: each non-blank line goes to `record` with its 1-based number. A line
/// over the record limit is reported and skipped without being held in memory.
pub(crate) fn for_each_line(
    input: &mut dyn BufRead,
    out: &mut ThreadWriter<'_>,
    first_number: usize,
    mut record: impl FnMut(&str, usize, &mut ThreadWriter<'_>),
) -> Result<(), Problem> {
    let limit = out.options.max_record_bytes as usize;
    let mut line = Vec::with_capacity(4096);
    let mut number = first_number - 1;
    loop {
        if out.stopped() {
            return Ok(());
        }
        line.clear();
        number += 1;
        let read = read_line_within(input, &mut line, limit)?;
        match read {
            LineRead::End => return Ok(()),
            LineRead::TooLong => {
                out.malformed(
                    &format!("line {number}"),
                    &format!("longer than the {limit}-byte record limit"),
                );
                continue;
            }
            LineRead::Line => {}
        }
        let text = match std::str::from_utf8(&line) {
            Ok(text) => text,
            Err(error) => {
                out.malformed(
                    &format!("line {number}"),
                    &format!("not valid UTF-8 at byte {}", error.valid_up_to()),
                );
                continue;
            }
        };
        let text = if number == 1 {
            text.trim_start_matches('\u{feff}')
        } else {
            text
        };
        if text.trim().is_empty() {
            continue;
        }
        record(text, number, out);
    }
}

enum LineRead {
    Line,
    TooLong,
    End,
}

fn read_line_within(
    input: &mut dyn BufRead,
    line: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<LineRead> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(match (any, too_long) {
                (false, _) => LineRead::End,
                (true, true) => LineRead::TooLong,
                (true, false) => LineRead::Line,
            });
        }
        any = true;
        let (chunk, done) = match memchr::memchr(b'\n', buffer) {
            Some(at) => (&buffer[..at], at + 1),
            None => (buffer, buffer.len()),
        };
        let found_end = done > chunk.len();
        if !too_long {
            if line.len() + chunk.len() > limit {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        input.consume(done);
        if found_end {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(if too_long {
                LineRead::TooLong
            } else {
                LineRead::Line
            });
        }
    }
}

/// Epoch seconds (a number or a numeric string, as dumps vary) or an ISO 8601 timestamp,
/// as UTC RFC 3339.
pub(crate) fn timestamp(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Number(n) => n.as_f64().and_then(epoch_seconds),
        serde_json::Value::String(s) => match s.trim().parse::<f64>() {
            Ok(seconds) => epoch_seconds(seconds),
            Err(_) => crate::dates::normalize(s),
        },
        _ => None,
    }
}

/// A count as exports print it: `12`, `-3`, `1,204`, `1.2K`, `3M`.
pub(crate) fn count(text: &str) -> Option<i64> {
    let text = text.trim().replace(',', "");
    let (number, scale) = match text.chars().last()? {
        'k' | 'K' => (&text[..text.len() - 1], 1e3),
        'm' | 'M' => (&text[..text.len() - 1], 1e6),
        _ => (text.as_str(), 1.0),
    };
    let value = number.trim().parse::<f64>().ok()? * scale;
    value.is_finite().then(|| value.round() as i64)
}

pub(crate) fn epoch_seconds(seconds: f64) -> Option<String> {
    crate::dates::utc(chrono::DateTime::from_timestamp(seconds.floor() as i64, 0)?)
}

#[cfg(test)]
mod tests;
