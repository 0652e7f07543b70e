//! What an input format hands to the extractor: an article as metadata and ordered blocks.

/// One article, as read from a text file or an HTML page, before reactions are extracted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub title: Option<String>,
    /// The canonical URL when the page declares one.
    pub canonical_url: Option<String>,
    /// RFC 3339 timestamp, normalized to UTC where the page gave an offset.
    pub published_at: Option<String>,
    /// The page's declared language (ISO 639-1), when it declares one.
    pub lang: Option<String>,
    pub blocks: Vec<Block>,
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
    pub platform: String,
    pub handle: Option<String>,
    pub display_name: Option<String>,
    /// The post's text as the page printed it.
    pub text: String,
    pub posted_at: Option<String>,
    pub links: Vec<String>,
    pub lang: Option<String>,
}

impl Document {
    /// The body as plain text, paragraphs separated by blank lines (used for identity and
    /// language detection).
    pub fn body_text(&self) -> String {
        let mut body = String::new();
        for block in &self.blocks {
            let text = match block {
                Block::Paragraph(text) => text.as_str(),
                Block::Embed(post) => post.text.as_str(),
            };
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            body.push_str(text);
        }
        body
    }
}
