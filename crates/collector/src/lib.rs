//! Reads articles and turns the reader reactions they quote into normalized records.
//!
//! Data flows through three steps:
//!
//! 1. [`input`] expands arguments (files, directories, globs, `-`) into sources and reads
//!    each one, within a size limit, decoding what is not UTF-8 without failing the run;
//! 2. a [`formats::ArticleFormat`] (text, HTML, … one file each) parses the content into a
//!    [`Document`]: metadata and body blocks in reading order;
//! 3. [`extract::find_reactions`] recognizes the reaction shapes in the blocks, and
//!    [`article_reactions`] gives each one its identity and article metadata as a [`Reaction`].
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

pub mod comments;
mod dates;
pub mod document;
pub mod extract;
pub mod formats;
pub mod http;
pub mod input;
mod language;
pub mod record;
mod web;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use rayon::prelude::*;

pub use document::{Block, Document, EmbeddedPost};
pub use input::{InputError, InputSource, Problem};
pub use record::Reaction;

/// Inputs larger than this are refused unless the caller raises the limit. Comment exports
/// read as a stream (JSON Lines, CSV, Disqus XML) may be of any size; the limit applies to
/// each of their records instead.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 50 * 1024 * 1024;

/// How [`collect`] reads its inputs.
#[derive(Debug, Clone)]
pub struct CollectOptions {
    pub max_input_bytes: u64,
    /// Force a format by name (`text`, `html`, `reddit`, `youtube`, `x`, `disqus`, `jsonl`,
    /// `csv`) instead of deciding per input.
    pub format: Option<String>,
    /// Which columns of generic CSV and JSON Lines exports hold what.
    pub columns: comments::ColumnMap,
    pub http: http::HttpSettings,
    /// What the last run learnt of web sources, by URL: their validators make requests
    /// conditional, and an unchanged content hash means the page is not read again.
    pub known_sources: HashMap<String, KnownSource>,
    /// Told of sources found and finished, for a progress bar.
    pub progress: Option<Progress>,
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
        }
    }
}

/// A web source as a previous run left it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownSource {
    pub validators: http::Validators,
    pub content_hash: Option<String>,
}

/// What became of one web source in this collection.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WebSource {
    pub url: String,
    pub outcome: WebOutcome,
    /// The HTTP status of a failure that was one.
    pub status: Option<u16>,
    pub validators: http::Validators,
    pub content_hash: Option<String>,
    pub error: Option<String>,
    pub attempts: u32,
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
    Failed,
}

impl WebOutcome {
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
    pub article_id: String,
    pub source: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published_at: Option<String>,
    pub lang: Option<String>,
    pub reactions: usize,
}

/// Everything one collection produced.
#[derive(Debug, Default)]
pub struct Collection {
    pub inputs_read: usize,
    pub articles: Vec<ArticleSummary>,
    /// Empty when the reactions were streamed with [`collect_each`].
    pub reactions: Vec<Reaction>,
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
    pub timings: Timings,
    /// The sink asked to stop: inputs after that point were not read.
    pub stopped: bool,
}

/// An input that was read: its summary, reactions, and a decoding caveat if any.
type ReadArticle = (ArticleSummary, Vec<Reaction>, Option<InputError>);

/// How an input is read, as far as its name (or a forced format) tells.
enum Route {
    Article(Option<&'static dyn formats::ArticleFormat>),
    Export(&'static dyn comments::CommentFormat),
    /// Decided on the first bytes: a comment export, else an article.
    Sniff,
}

fn route(source: &InputSource, forced: Option<&str>) -> Route {
    if let Some(name) = forced {
        if let Some(format) = formats::by_name(name) {
            return Route::Article(Some(format));
        }
        if let Some(format) = comments::by_name(name) {
            return Route::Export(format);
        }
    }
    let extension = source.extension().map(|e| e.to_ascii_lowercase());
    match extension.as_deref() {
        Some(extension) if formats::is_known_extension(extension) => Route::Article(None),
        _ => Route::Sniff,
    }
}

/// The name of every input format, article formats first, as `--input-format` and the
/// configuration's `input_format` accept them: from the registries, so a format added there
/// is offered everywhere.
pub fn input_format_names() -> Vec<&'static str> {
    formats::FORMATS
        .iter()
        .map(|f| f.name())
        .chain(comments::COMMENT_FORMATS.iter().map(|f| f.name()))
        .collect()
}

/// Whether a directory walk picks up a file with this extension.
pub fn is_known_extension(extension: &str) -> bool {
    formats::is_known_extension(extension)
        || comments::EXTENSIONS.contains(&extension.to_ascii_lowercase().as_str())
}

/// Reads every input and extracts its reactions. A bad input is recorded in
/// [`Collection::errors`] and the others are still processed. Local inputs come out in the
/// order given, then web sources in the order given (a feed's pages after it).
pub fn collect(arguments: &[String], options: &CollectOptions) -> Collection {
    let mut reactions = Vec::new();
    let mut collection = collect_each(arguments, options, &mut |r| {
        reactions.push(r);
        ControlFlow::Continue(())
    });
    collection.reactions = reactions;
    collection
}

/// Where reactions go as they are made. Returning [`ControlFlow::Break`] stops the collection:
/// no more reactions are made and no further input is read (a write failed, a reader closed
/// the pipe), and [`Collection::stopped`] says so.
pub type Sink<'a> = dyn FnMut(Reaction) -> ControlFlow<()> + 'a;

/// Like [`collect`], but hands each reaction to `emit` as soon as it is made, in the same
/// order, so that an export larger than memory can be written out as it is read.
pub fn collect_each(
    arguments: &[String],
    options: &CollectOptions,
    emit: &mut Sink<'_>,
) -> Collection {
    let mut collection = Collection::default();
    let (urls, local): (Vec<String>, Vec<String>) =
        arguments.iter().cloned().partition(|a| http::is_url(a));
    let (other_schemes, local): (Vec<String>, Vec<String>) =
        local.into_iter().partition(|a| http::is_other_scheme(a));
    for argument in other_schemes {
        collection
            .errors
            .push(InputError::new(argument, Problem::NotHttp));
    }
    let started = Instant::now();
    read_local(&local, options, &mut collection, emit);
    collection.timings.parsing += started.elapsed();
    if !urls.is_empty() && !collection.stopped {
        web::read_web(&urls, options, &mut collection, emit);
    }
    collection
}

/// Hands reactions to the sink in order until it asks to stop.
fn emit_all(reactions: Vec<Reaction>, collection: &mut Collection, emit: &mut Sink<'_>) {
    if collection.stopped {
        return;
    }
    for reaction in reactions {
        if emit(reaction).is_break() {
            collection.stopped = true;
            return;
        }
    }
}

/// Reads inputs already named (no directory walk, no web): the entry point of an engine that
/// hands out the files itself, such as a Spark task given one file's bytes as
/// [`InputSource::Memory`]. Reactions come out as [`collect`] would give them for the same
/// files.
pub fn collect_sources(sources: &[InputSource], options: &CollectOptions) -> Collection {
    let mut reactions = Vec::new();
    let mut collection = Collection::default();
    read_sources(sources, options, &mut collection, &mut |r| {
        reactions.push(r);
        ControlFlow::Continue(())
    });
    collection.reactions = reactions;
    collection
}

fn read_local(
    arguments: &[String],
    options: &CollectOptions,
    collection: &mut Collection,
    emit: &mut Sink<'_>,
) {
    let (sources, errors) = input::expand(arguments, is_known_extension);
    collection.errors.extend(errors);
    read_sources(&sources, options, collection, emit);
}

fn read_sources(
    sources: &[InputSource],
    options: &CollectOptions,
    collection: &mut Collection,
    emit: &mut Sink<'_>,
) {
    options.report(ProgressEvent::Found(sources.len()));
    let mut articles: Vec<(&InputSource, Option<&'static dyn formats::ArticleFormat>)> = Vec::new();
    for source in sources {
        if collection.stopped {
            return;
        }
        match route(source, options.format.as_deref()) {
            Route::Article(format) => articles.push((source, format)),
            route => {
                read_articles(&articles, options, collection, emit);
                articles.clear();
                let format = match route {
                    Route::Export(format) => Some(format),
                    _ => None,
                };
                match input::open(source) {
                    Ok(reader) => read_sniffed(source, reader, format, options, collection, emit),
                    Err(error) => collection.errors.push(error),
                }
                options.report(ProgressEvent::Done);
            }
        }
    }
    read_articles(&articles, options, collection, emit);
}

/// Reads article inputs in parallel and hands their reactions on in input order.
fn read_articles(
    sources: &[(&InputSource, Option<&'static dyn formats::ArticleFormat>)],
    options: &CollectOptions,
    collection: &mut Collection,
    emit: &mut Sink<'_>,
) {
    let outcomes: Vec<Result<ReadArticle, InputError>> = sources
        .par_iter()
        .map(|(source, format)| {
            let bytes = input::read(source, options.max_input_bytes);
            options.report(ProgressEvent::Done);
            Ok(read_article(source, &bytes?, *format))
        })
        .collect();
    for outcome in outcomes {
        match outcome {
            Ok(article) => add_article(article, collection, emit),
            Err(error) => collection.errors.push(error),
        }
    }
}

fn read_article(
    source: &InputSource,
    bytes: &[u8],
    format: Option<&'static dyn formats::ArticleFormat>,
) -> ReadArticle {
    let (content, warning) = input::decode(bytes);
    let format =
        format.unwrap_or_else(|| formats::for_input(source.extension().as_deref(), &content));
    dates::take_refused();
    let (summary, reactions) = article_reactions(&source.name(), &content, Some(format));
    let reasons: Vec<String> = warning
        .into_iter()
        .chain(dates::refused_warning(dates::take_refused()))
        .collect();
    let warning = (!reasons.is_empty())
        .then(|| InputError::new(source.name(), Problem::Caveat(reasons.join("; "))));
    (summary, reactions, warning)
}

fn add_article(
    (summary, reactions, warning): ReadArticle,
    collection: &mut Collection,
    emit: &mut Sink<'_>,
) {
    collection.inputs_read += 1;
    collection.articles.push(summary);
    collection.reaction_count += reactions.len();
    emit_all(reactions, collection, emit);
    collection.warnings.extend(warning);
}

/// Reads an input whose kind its first bytes decide: a comment export is streamed through its
/// format; anything else is read whole as an article.
fn read_sniffed(
    source: &InputSource,
    mut reader: Box<dyn Read + '_>,
    forced: Option<&'static dyn comments::CommentFormat>,
    options: &CollectOptions,
    collection: &mut Collection,
    emit: &mut Sink<'_>,
) {
    let failed = |problem: Problem| InputError::new(source.name(), problem);
    let mut head = Vec::with_capacity(comments::SNIFF_BYTES);
    if let Err(error) = (&mut reader)
        .take(comments::SNIFF_BYTES as u64)
        .read_to_end(&mut head)
    {
        return collection.errors.push(failed(error.into()));
    }
    let extension = source.extension().map(|e| e.to_ascii_lowercase());
    let format =
        forced
            .or_else(|| comments::detect(&head))
            .or_else(|| match extension.as_deref() {
                Some("jsonl" | "ndjson") => comments::by_name("jsonl"),
                Some("csv") => comments::by_name("csv"),
                _ => None,
            });
    if let Some(format) = format {
        let read_options = comments::ReadOptions {
            max_record_bytes: options.max_input_bytes,
            columns: options.columns.clone(),
            ..comments::ReadOptions::default()
        };
        let mut whole = std::io::Cursor::new(head).chain(reader);
        if collection.stopped {
            return;
        }
        let read = comments::read(format, &source.name(), &mut whole, &read_options, emit);
        collection.stopped |= read.stopped;
        collection.inputs_read += 1;
        collection.articles.extend(read.articles);
        collection.reaction_count += read.reactions;
        for (reason, count) in read.skipped {
            *collection.skipped.entry(reason.to_string()).or_default() += count;
        }
        collection.errors.extend(read.problems);
        collection.warnings.extend(read.warnings);
        return;
    }
    if matches!(extension.as_deref(), Some("json" | "xml")) {
        let unknown = failed(Problem::UnknownExport);
        return match source {
            InputSource::Found(_) => collection.warnings.push(unknown),
            _ => collection.errors.push(unknown),
        };
    }
    let mut bytes = head;
    let limit = options.max_input_bytes;
    if let Err(error) = reader
        .take((limit + 1).saturating_sub(bytes.len() as u64))
        .read_to_end(&mut bytes)
    {
        return collection.errors.push(failed(error.into()));
    }
    if bytes.len() as u64 > limit {
        return collection
            .errors
            .push(input::too_large(source, bytes.len() as u64, limit));
    }
    let article = read_article(source, &bytes, None);
    add_article(article, collection, emit);
}

/// Parses one article (by `format`, else by sniffing the content) and returns its summary
/// and reactions, each repeated reaction once.
pub fn article_reactions(
    source: &str,
    content: &str,
    format: Option<&dyn formats::ArticleFormat>,
) -> (ArticleSummary, Vec<Reaction>) {
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
        let (mut text, links) = record::normalize_text(&found.raw_text);
        // Each piece of a quote interrupted by its attribution is unquoted on its own.
        if let Some(continuation) = found.continuation.take() {
            let (more, more_links) = record::normalize_text(&continuation);
            // A quote put before its attribution ends in a comma, which unquoting drops.
            let joiner = match text.ends_with(char::is_alphanumeric) {
                true => ", ",
                false => " ",
            };
            text = format!("{text}{joiner}{more}");
            found.links.extend(more_links);
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
                .platform(&found.platform)
                .verb(found.verb)
                .posted_at(found.posted_at)
                .lang(lang)
                .cues(found.cues)
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
    (summary, reactions)
}
