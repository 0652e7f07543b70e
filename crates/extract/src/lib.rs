//! Finds the reader reactions an article quotes: text in, reactions out, no I/O.
//!
//! Data flows through three steps:
//!
//! 1. a [`formats::ArticleFormat`] (plain text, HTML; one file each, registered in
//!    [`formats::FORMATS`]) parses an article's content into a [`Document`]: its metadata and
//!    its body as [`Block`]s (paragraphs and [`EmbeddedPost`]s) in reading order;
//! 2. [`find_reactions`] walks the blocks' lines and recognizes the shapes a reader's words
//!    take in print (embeds, flattened embed signatures, attributions, quoted spans, round-ups,
//!    comments pasted without quote marks), each with its speaker;
//! 3. each result is a [`Found`]: author, verb, text as printed, [`Platform`] and the
//!    [`Cue`]s (evidence) it was taken on.
//!
//! Reading files and URLs, identity, text normalization and the record a dataset stores are
//! the `collector` crate's; this crate only reads strings.
//!
//! ```
//! use extract::{find_reactions, formats};
//!
//! let article = "Fuel prices\n\nPetrol went up again.\n\n@kgomotso_m said:\n\n“Petrol at R25 is daylight robbery.”\n";
//! let document = formats::for_input(Some("txt"), article).parse(article);
//! let found = find_reactions(&document);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].handle.as_deref(), Some("kgomotso_m"));
//! assert!(found[0].cues.contains(&extract::Cue::Handle));
//! ```

#![warn(missing_docs)]

mod cue;
pub mod dates;
pub mod decision;
pub mod document;
pub mod features;
pub mod find;
pub mod formats;
mod platform;
mod vocabulary;

pub use cue::Cue;
pub use decision::Decision;
pub use document::{Block, Document, EmbeddedPost};
pub use find::{find_reactions, Found};
pub use platform::Platform;
