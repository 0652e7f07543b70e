//! Reads articles and turns the reader reactions they quote into normalized records.
//!
//! Data flows through three steps:
//!
//! 1. [`input`] expands arguments (files, directories, globs, `-`) into sources and reads
//!    each one, within a size limit, decoding what is not UTF-8 without failing the run;
//! 2. a [`formats::ArticleFormat`] (text, HTML, … one file each, from the `extract` crate)
//!    parses the content into a [`Document`]: metadata and body blocks in reading order;
//! 3. [`extract::find_reactions`] proposes every shape a reader's words take in the blocks and
//!    keeps the reactions by a decision learned from labelled articles, and
//!    [`article_reactions`] gives each one its identity, article metadata and confidence as a
//!    [`Reaction`]. [`labelled`] reads hand-labelled articles, to train and measure that
//!    decision.
//!
//! Comment exports (Reddit, YouTube, X, Disqus, generic CSV and JSON Lines) take another road:
//! a [`comments::CommentFormat`] reads the export as a stream of posts and comments, and a
//! [`comments::ThreadWriter`] makes the same [`Reaction`] records of them, with the thread's
//! post as the article.
//!
//! [`collect`] runs all of it over many inputs and keeps going past bad ones;
//! [`collect_each`] does the same but hands over each reaction as soon as it is made.
//!
//! ```
//! let article = "Fuel prices\n\nPetrol went up again.\n\n@kgomotso_m said:\n\n“Petrol at R25 is daylight robbery.”\n";
//! let (summary, reactions) = collector::article_reactions("example.txt", article, None);
//! assert_eq!(summary.title.as_deref(), Some("Fuel prices"));
//! assert_eq!(reactions.len(), 1);
//! assert_eq!(reactions[0].handle.as_deref(), Some("kgomotso_m"));
//! assert_eq!(reactions[0].text, "Petrol at R25 is daylight robbery.");
//! ```

#![warn(missing_docs)]

mod collect;
pub mod comments;
pub mod http;
pub mod input;
pub mod labelled;
pub mod language;
mod read;
pub mod record;
mod web;
mod wide;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

pub use collect::{
    collect, collect_each, collect_sources, input_format_names, is_known_extension, Sink,
};
pub use document::{Block, Document, EmbeddedPost};
pub use extract::{dates, document, formats};
pub use input::{InputError, InputSource, Problem};
pub use record::Reaction;

/// Inputs larger than this are refused unless the caller raises the limit. Comment exports
/// read as a stream (JSON Lines, CSV, Disqus XML) may be of any size; the limit applies to
/// each of their records instead.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 50 * 1024 * 1024;

/// How [`collect`] reads its inputs.
#[derive(Debug, Clone)]
pub struct CollectOptions {
    /// Inputs (and records of streamed exports) larger than this are refused.
    pub max_input_bytes: u64,
    /// Force a format by name (`text`, `html`, `reddit`, `youtube`, `x`, `disqus`, `jsonl`,
    /// `csv`) instead of deciding per input.
    pub format: Option<String>,
    /// Which columns of generic CSV and JSON Lines exports hold what.
    pub columns: comments::ColumnMap,
    /// How web sources are fetched.
    pub http: http::HttpSettings,
    /// What the last run learnt of web sources, by URL: their validators make requests
    /// conditional, and an unchanged content hash means the page is not read again.
    pub known_sources: HashMap<String, KnownSource>,
    /// Told of sources found and finished, for a progress bar.
    pub progress: Option<Progress>,
    /// The file the records are being written to: a directory walk or glob that finds it
    /// passes over it rather than reading the output back in.
    pub output: Option<std::path::PathBuf>,
}

/// What a progress display is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressEvent {
    /// This many more sources are to be read or fetched.
    Found(usize),
    /// One source was read or fetched.
    Done,
}

/// A callback for [`ProgressEvent`]s; it may be called from several threads.
#[derive(Clone)]
pub struct Progress(pub std::sync::Arc<dyn Fn(ProgressEvent) + Send + Sync>);

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}

impl CollectOptions {
    fn report(&self, event: ProgressEvent) {
        if let Some(progress) = &self.progress {
            (progress.0)(event);
        }
    }
}

impl Default for CollectOptions {
    fn default() -> Self {
        CollectOptions {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            format: None,
            columns: comments::ColumnMap::default(),
            http: http::HttpSettings::default(),
            known_sources: HashMap::new(),
            progress: None,
            output: None,
        }
    }
}

/// A web source as a previous run left it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownSource {
    /// The validators its last response carried.
    pub validators: http::Validators,
    /// The hash of its last content.
    pub content_hash: Option<String>,
}

/// What became of one web source in this collection.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WebSource {
    /// The URL as given.
    pub url: String,
    /// What became of it.
    pub outcome: WebOutcome,
    /// The HTTP status of a failure that was one.
    pub status: Option<u16>,
    /// The validators of its response, for the next run.
    pub validators: http::Validators,
    /// The hash of its content, for the next run.
    pub content_hash: Option<String>,
    /// Why it failed, when it did.
    pub error: Option<String>,
    /// How many requests it took.
    pub attempts: u32,
    /// How long it took, in seconds.
    pub seconds: f64,
    /// The feed that listed this page, if a feed did.
    pub via_feed: Option<String>,
}

/// What became of a web source, as the run manifest and the state beside the output name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WebOutcome {
    /// Fetched and read.
    Fetched,
    /// The server answered 304 to the validators of the last fetch.
    NotModified,
    /// Fetched, with the same content hash as last time: not read again.
    Unchanged,
    /// A feed: its entries were fetched.
    Feed,
    /// A feed entry of a scheme that is not fetched.
    Refused,
    /// Could not be fetched.
    Failed,
}

impl WebOutcome {
    /// Its name in the run manifest and the state.
    pub fn as_str(self) -> &'static str {
        match self {
            WebOutcome::Fetched => "fetched",
            WebOutcome::NotModified => "not_modified",
            WebOutcome::Unchanged => "unchanged",
            WebOutcome::Feed => "feed",
            WebOutcome::Refused => "refused",
            WebOutcome::Failed => "failed",
        }
    }
}

/// Where a collection's time went.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Timings {
    /// Wall time spent fetching web sources, waiting on the network and backing off.
    pub fetching: Duration,
    /// Wall time spent reading and parsing inputs, local and fetched.
    pub parsing: Duration,
}

/// One article that was read, reactions or not: a page, a text, or the post a comment
/// thread hangs from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ArticleSummary {
    /// Its stable id, as its reactions' `article_id` gives it.
    pub article_id: String,
    /// The path or URL it was read from.
    pub source: String,
    /// The headline, or the thread's title.
    pub title: Option<String>,
    /// The canonical URL, when the page declares one.
    pub url: Option<String>,
    /// When it was published, as UTC RFC 3339 or a day.
    pub published_at: Option<String>,
    /// Its language (ISO 639-1), declared or detected.
    pub lang: Option<String>,
    /// How many reactions it has.
    pub reactions: usize,
}

/// Everything one collection produced.
#[derive(Debug, Default)]
pub struct Collection {
    /// How many inputs were read.
    pub inputs_read: usize,
    /// Every article read, reactions or not, in input order.
    pub articles: Vec<ArticleSummary>,
    /// Empty when the reactions were streamed with [`collect_each`].
    pub reactions: Vec<Reaction>,
    /// How many reactions were made, streamed or not.
    pub reaction_count: usize,
    /// Comments left out of exports, by reason (`deleted`, `removed`, `spam`, …).
    pub skipped: BTreeMap<String, usize>,
    /// Inputs that could not be used at all, and malformed records in exports (named by
    /// line or position).
    pub errors: Vec<InputError>,
    /// Inputs that were used, with a caveat (lossy decoding).
    pub warnings: Vec<InputError>,
    /// Every web source and what became of it, in input order (feeds' entries after them).
    pub web: Vec<WebSource>,
    /// Where the time went.
    pub timings: Timings,
    /// The sink asked to stop: inputs after that point were not read.
    pub stopped: bool,
}

/// A found reaction's text as its record keeps it, and the links taken out of it: each piece
/// of a quote interrupted by its attribution unquoted on its own, then joined.
pub(crate) fn record_text(found: &extract::Found) -> (String, Vec<String>) {
    let (mut text, mut links) = record::normalize_text(&found.raw_text);
    if let Some(continuation) = &found.continuation {
        let (more, more_links) = record::normalize_text(continuation);
        // A quote put before its attribution ends in a comma, which unquoting drops.
        let joiner = match text.ends_with(char::is_alphanumeric) {
            true => ", ",
            false => " ",
        };
        text = format!("{text}{joiner}{more}");
        links.extend(more_links);
    }
    (text, links)
}

/// Parses one article (by `format`, else by sniffing the content) and returns its summary
/// and reactions, each repeated reaction once.
pub fn article_reactions(
    source: &str,
    content: &str,
    format: Option<&dyn formats::ArticleFormat>,
) -> (ArticleSummary, Vec<Reaction>) {
    let (summary, reactions, _) = parse_article(source, content, format);
    (summary, reactions)
}

/// As [`article_reactions`], and the reader of the article's dates, which counted those it
/// refused: the collection warns about them.
pub(crate) fn parse_article(
    source: &str,
    content: &str,
    format: Option<&dyn formats::ArticleFormat>,
) -> (ArticleSummary, Vec<Reaction>, dates::DateReader) {
    let extension = std::path::Path::new(source)
        .extension()
        .and_then(|e| e.to_str());
    let format = format.unwrap_or_else(|| formats::for_input(extension, content));
    let document = format.parse(content);
    let body = document.body_text();
    let article_id = match &document.canonical_url {
        Some(url) => record::stable_id(&["url", url.trim()]),
        None => record::content_id(document.title.as_deref().unwrap_or_default(), &body),
    };
    let article_language = language::ArticleLanguage::new(document.lang.clone(), &body);

    let mut reactions: Vec<Reaction> = Vec::new();
    // A hash lookup: a page can quote tens of thousands of reactions.
    let mut seen = HashSet::new();
    for mut found in extract::find_reactions(&document) {
        let (text, links) = record_text(&found);
        if let Some(continuation) = found.continuation.take() {
            found.raw_text = format!("{}\n{continuation}", found.raw_text);
        }
        if text.is_empty() {
            continue;
        }
        let article = record::ArticleRef {
            article_id: &article_id,
            source,
            title: document.title.as_deref(),
            url: document.canonical_url.as_deref(),
            published_at: document.published_at.as_deref(),
        };
        let builder =
            record::ReactionBuilder::new(article, (text, links), found.handle, found.display_name)
                .links(found.links);
        if !seen.insert(builder.id().to_string()) {
            continue;
        }
        let lang = found
            .lang
            .or_else(|| article_language.of_reaction(builder.text()));
        let position = reactions.len() as u32;
        reactions.push(
            builder
                .raw_text(found.raw_text)
                .position(position)
                .platform(found.platform)
                .verb(found.verb)
                .posted_at(found.posted_at)
                .lang(lang)
                .cues(found.cues)
                .confidence(found.confidence)
                .build(),
        );
    }
    let summary = ArticleSummary {
        article_id,
        source: source.to_string(),
        title: document.title,
        url: document.canonical_url,
        published_at: document.published_at,
        lang: article_language.lang,
        reactions: reactions.len(),
    };
    (summary, reactions, document.dates)
}
