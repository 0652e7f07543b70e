//! A collection: inputs expanded and routed by name or first bytes to an article format or a
//! comment export, articles read in parallel and handed on in input order, exports streamed,
//! each reaction given to the caller's [`Sink`] as it is made; web sources go through
//! [`crate::web`] after the local ones.

use std::io::Read;
use std::ops::ControlFlow;
use std::time::Instant;

use rayon::prelude::*;

use crate::input::{self, InputError, InputSource, Problem};
use crate::{
    article_reactions, comments, dates, formats, http, web, ArticleSummary, CollectOptions,
    Collection, ProgressEvent, Reaction,
};

/// An input that was read: its summary, reactions, and a decoding caveat if any.
pub(crate) type ReadArticle = (ArticleSummary, Vec<Reaction>, Option<InputError>);

/// How an input is read, as far as its name (or a forced format) tells.
pub(crate) enum Route {
    Article(Option<&'static dyn formats::ArticleFormat>),
    Export(&'static dyn comments::CommentFormat),
    /// Decided on the first bytes: a comment export, else an article.
    Sniff,
}

pub(crate) fn route(source: &InputSource, forced: Option<&str>) -> Route {
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
        || comments::is_known_extension(&extension.to_ascii_lowercase())
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
    let expanded = input::expand(arguments, is_known_extension, options.output.as_deref());
    collection.errors.extend(expanded.errors);
    collection.warnings.extend(expanded.passed_over);
    read_sources(&expanded.sources, options, collection, emit);
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

pub(crate) fn read_article(
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

pub(crate) fn add_article(
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
pub(crate) fn read_sniffed(
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
    // An export in UTF-16 or UTF-32 is read as the UTF-8 it holds, for its format to be
    // recognised and its records read.
    if let Some(wide) = crate::wide::Wide::detect(&head) {
        reader = wide.reader(Box::new(std::io::Cursor::new(head).chain(reader)));
        head = Vec::with_capacity(comments::SNIFF_BYTES);
        if let Err(error) = (&mut reader)
            .take(comments::SNIFF_BYTES as u64)
            .read_to_end(&mut head)
        {
            return collection.errors.push(failed(error.into()));
        }
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
