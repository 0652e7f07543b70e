//! The one read step every input goes through, a local file or a fetched page: routed by
//! name (or a forced format) to an article format, a comment export, or a look at its first
//! bytes; read; its reactions handed to the caller's [`Sink`](crate::Sink) in order.

use std::io::Read;

use crate::input::{self, InputError, InputSource, Problem};
use crate::{
    comments, formats, parse_article, ArticleSummary, CollectOptions, Collection, Reaction, Sink,
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

/// Reads a page or export whose bytes are at hand (a fetched body), by the name it was asked
/// for.
#[cfg(feature = "web")]
pub(crate) fn read_bytes(
    source: &InputSource,
    body: &[u8],
    options: &CollectOptions,
    collection: &mut Collection,
    emit: &mut Sink<'_>,
) {
    match route(source, options.format.as_deref()) {
        Route::Article(format) => {
            let article = read_article(source, body, format);
            add_article(article, collection, emit);
        }
        Route::Export(format) => read_sniffed(
            source,
            Box::new(body),
            Some(format),
            options,
            collection,
            emit,
        ),
        Route::Sniff => read_sniffed(source, Box::new(body), None, options, collection, emit),
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
    let (summary, reactions, dates) = parse_article(&source.name(), &content, Some(format));
    let reasons: Vec<String> = warning.into_iter().chain(dates.warning()).collect();
    let warning = (!reasons.is_empty())
        .then(|| InputError::new(source.name(), Problem::Caveat(reasons.join("; "))));
    (summary, reactions, warning)
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

/// The export format of an input [`route`] left to its first bytes: the forced one, else the
/// one whose signature `head` shows, else the one its (lower-case) extension names.
pub(crate) fn export_format(
    forced: Option<&'static dyn comments::CommentFormat>,
    head: &[u8],
    extension: Option<&str>,
) -> Option<&'static dyn comments::CommentFormat> {
    forced
        .or_else(|| comments::detect(head))
        .or_else(|| extension.and_then(comments::by_extension))
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
    let format = export_format(forced, &head, extension.as_deref());
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
    // Named as an export (`.json`, `.xml`) yet no export format's: not an article either.
    if extension
        .as_deref()
        .is_some_and(|e| comments::is_known_extension(e) && !formats::is_known_extension(e))
    {
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
