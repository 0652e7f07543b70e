//! Input formats, registered by kind: each file here reads one kind of input into a
//! [`Document`]. Adding a format means adding a file and one line to [`FORMATS`].

pub(crate) mod html;
mod text;

use crate::document::Document;

/// One kind of article input.
pub trait ArticleFormat: Sync {
    /// The name `--input-format` and error messages use.
    fn name(&self) -> &'static str;
    /// File extensions (lower case, without the dot) this format claims.
    fn extensions(&self) -> &'static [&'static str];
    /// Whether content of unknown extension looks like this format.
    fn sniff(&self, content: &str) -> bool;
    /// Reads the content. Formats are lenient: broken markup still gives a document.
    fn parse(&self, content: &str) -> Document;
}

/// Every format, most specific first; the last one accepts anything.
pub static FORMATS: &[&dyn ArticleFormat] = &[&html::Html, &text::Text];

/// The format for an input: by extension, else by content.
pub fn for_input(extension: Option<&str>, content: &str) -> &'static dyn ArticleFormat {
    let extension = extension.map(str::to_ascii_lowercase);
    if let Some(extension) = extension.as_deref() {
        if let Some(format) = FORMATS.iter().find(|f| f.extensions().contains(&extension)) {
            return *format;
        }
    }
    FORMATS
        .iter()
        .find(|f| f.sniff(content))
        .copied()
        .unwrap_or(&text::Text)
}

/// Whether a directory walk should pick up a file with this extension.
pub fn is_known_extension(extension: &str) -> bool {
    let extension = extension.to_ascii_lowercase();
    FORMATS
        .iter()
        .any(|f| f.extensions().contains(&extension.as_str()))
}

/// Looks a format up by name.
pub fn by_name(name: &str) -> Option<&'static dyn ArticleFormat> {
    FORMATS.iter().find(|f| f.name() == name).copied()
}
