//! A collection: local inputs expanded and read through [`crate::read`], articles in parallel
//! and handed on in input order, exports streamed, each reaction given to the caller's
//! [`Sink`] as it is made; web sources are fetched by [`crate::web`] after the local ones and
//! read through the same step.

use std::ops::ControlFlow;
use std::time::Instant;

use rayon::prelude::*;

use crate::input::{self, InputError, InputSource, Problem};
use crate::read::{add_article, read_article, read_sniffed, route, ReadArticle, Route};
use crate::{comments, formats, http, web, CollectOptions, Collection, ProgressEvent, Reaction};

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
