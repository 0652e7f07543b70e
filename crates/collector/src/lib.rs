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
//! [`collect`] runs all three over many inputs and keeps going past bad ones.
//!
//! ```
//! let article = "Fuel prices\n\nPetrol went up again.\n\n@kgomotso_m said:\n\n“Petrol at R25 is daylight robbery.”\n";
//! let (summary, reactions) = collector::article_reactions("example.txt", article, None);
//! assert_eq!(summary.title.as_deref(), Some("Fuel prices"));
//! assert_eq!(reactions.len(), 1);
//! assert_eq!(reactions[0].handle.as_deref(), Some("kgomotso_m"));
//! assert_eq!(reactions[0].text, "Petrol at R25 is daylight robbery.");
//! ```

mod dates;
pub mod document;
pub mod extract;
pub mod formats;
pub mod input;
mod language;
pub mod record;

use rayon::prelude::*;

pub use document::{Block, Document, EmbeddedPost};
pub use input::{InputError, InputSource};
pub use record::Reaction;

/// Inputs larger than this are refused unless the caller raises the limit.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 50 * 1024 * 1024;

/// How [`collect`] reads its inputs.
#[derive(Debug, Clone)]
pub struct CollectOptions {
    pub max_input_bytes: u64,
    /// Force a format by name (`text`, `html`) instead of deciding per input.
    pub format: Option<String>,
}

impl Default for CollectOptions {
    fn default() -> Self {
        CollectOptions {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            format: None,
        }
    }
}

/// One article that was read, reactions or not.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
    pub reactions: Vec<Reaction>,
    /// Inputs that could not be used at all.
    pub errors: Vec<InputError>,
    /// Inputs that were used, with a caveat (lossy decoding).
    pub warnings: Vec<InputError>,
}

/// An input that was read: its summary, reactions, and a decoding caveat if any.
type ReadArticle = (ArticleSummary, Vec<Reaction>, Option<InputError>);

/// Reads every input and extracts its reactions. A bad input is recorded in
/// [`Collection::errors`] and the others are still processed; the output order is the input
/// order.
pub fn collect(arguments: &[String], options: &CollectOptions) -> Collection {
    let (sources, mut errors) = input::expand(arguments, formats::is_known_extension);
    let forced = options.format.as_deref().and_then(formats::by_name);

    let outcomes: Vec<Result<ReadArticle, InputError>> = sources
        .par_iter()
        .map(|source| {
            let bytes = input::read(source, options.max_input_bytes)?;
            let (content, warning) = input::decode(&bytes);
            let format = forced
                .unwrap_or_else(|| formats::for_input(source.extension().as_deref(), &content));
            let (summary, reactions) = article_reactions(&source.name(), &content, Some(format));
            let warning = warning.map(|reason| InputError {
                source: source.name(),
                reason,
            });
            Ok((summary, reactions, warning))
        })
        .collect();

    let mut collection = Collection::default();
    for outcome in outcomes {
        match outcome {
            Ok((summary, reactions, warning)) => {
                collection.inputs_read += 1;
                collection.articles.push(summary);
                collection.reactions.extend(reactions);
                collection.warnings.extend(warning);
            }
            Err(error) => errors.push(error),
        }
    }
    collection.errors = errors;
    collection
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
        None => record::stable_id(&[
            "content",
            &record::identity_text(document.title.as_deref().unwrap_or_default()),
            &record::identity_text(&body),
        ]),
    };
    let article_language = language::ArticleLanguage::new(document.lang.clone(), &body);

    let mut reactions: Vec<Reaction> = Vec::new();
    for found in extract::find_reactions(&document) {
        let (text, mut links) = record::normalize_text(&found.raw_text);
        if text.is_empty() {
            continue;
        }
        for link in found.links {
            if !links.contains(&link) {
                links.push(link);
            }
        }
        let author = found
            .handle
            .as_deref()
            .or(found.display_name.as_deref())
            .unwrap_or_default()
            .to_lowercase();
        let identity = record::identity_text(&text);
        let reaction_id = record::stable_id(&[&article_id, &author, &identity]);
        if reactions.iter().any(|r| r.reaction_id == reaction_id) {
            continue;
        }
        let lang = found.lang.or_else(|| article_language.of_reaction(&text));
        reactions.push(Reaction {
            reaction_id,
            content_id: record::stable_id(&[&author, &identity]),
            article_id: article_id.clone(),
            source: source.to_string(),
            article_title: document.title.clone(),
            article_url: document.canonical_url.clone(),
            published_at: document.published_at.clone(),
            position: reactions.len() as u32,
            platform: found.platform,
            handle: found.handle,
            display_name: found.display_name,
            verb: found.verb,
            text,
            raw_text: found.raw_text,
            links,
            posted_at: found.posted_at,
            lang,
        });
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
