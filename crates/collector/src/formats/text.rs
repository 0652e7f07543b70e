//! Plain-text and Markdown articles, as a reader would copy them from a page.
//!
//! The first paragraph is the headline (or a Markdown `# ` heading, or a front-matter
//! `title:`). Paragraphs are separated by blank lines; lines inside one are kept as lines.
//! A YAML-style front matter (`---` … `---`) may give `title`, `date` and `url`, and a
//! `Published: …` line near the top gives the date.

use crate::dates;
use crate::document::{Block, Document};

use super::ArticleFormat;

pub struct Text;

impl ArticleFormat for Text {
    fn name(&self) -> &'static str {
        "text"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["txt", "md", "markdown", "text"]
    }

    fn sniff(&self, _content: &str) -> bool {
        true
    }

    fn parse(&self, content: &str) -> Document {
        let mut document = Document::default();
        let body = front_matter(content, &mut document);

        let mut paragraph = String::new();
        let mut paragraphs: Vec<String> = Vec::new();
        for line in crate::document::lines(body) {
            let line = markdown_line(line.trim());
            if line.is_empty() {
                if !paragraph.is_empty() {
                    paragraphs.push(std::mem::take(&mut paragraph));
                }
            } else {
                if !paragraph.is_empty() {
                    paragraph.push('\n');
                }
                paragraph.push_str(line);
            }
        }
        if !paragraph.is_empty() {
            paragraphs.push(paragraph);
        }

        let mut paragraphs = paragraphs.into_iter().peekable();
        if document.title.is_none() {
            document.title = paragraphs.next().map(|p| p.replace('\n', " "));
        }
        for (k, paragraph) in paragraphs.enumerate() {
            if k < 4 && document.published_at.is_none() {
                if let Some(date) = dateline(&paragraph) {
                    document.published_at = Some(date);
                    continue;
                }
            }
            document.blocks.push(Block::Paragraph(paragraph));
        }
        document
    }
}

/// Reads a leading `---` block of `key: value` lines; returns the rest of the content.
fn front_matter<'c>(content: &'c str, document: &mut Document) -> &'c str {
    let content = content.trim_start_matches('\u{feff}');
    let Some(after_open) = content
        .strip_prefix("---\n")
        .or_else(|| content.strip_prefix("---\r\n"))
    else {
        return content;
    };
    let Some(close) = after_open.find("\n---") else {
        return content;
    };
    for line in after_open[..close].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).to_string();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => document.title = Some(value),
            "date" | "published" | "published_at" => {
                document.published_at = dates::normalize(&value)
            }
            "url" | "canonical" | "canonical_url" => document.canonical_url = Some(value),
            "lang" | "language" => document.lang = Some(value),
            _ => {}
        }
    }
    let rest = &after_open[close + 4..];
    rest.strip_prefix('\n')
        .or_else(|| rest.strip_prefix("\r\n"))
        .unwrap_or(rest)
}

/// Drops Markdown's heading and block-quote markers, which are layout, not text.
fn markdown_line(line: &str) -> &str {
    let unheaded = line.trim_start_matches('#');
    let line = if unheaded.len() < line.len() && unheaded.starts_with(' ') {
        unheaded.trim_start()
    } else {
        line
    };
    match line.strip_prefix('>') {
        Some(quoted) if quoted.is_empty() || quoted.starts_with(' ') => quoted.trim_start(),
        _ => line,
    }
}

/// `Published: 3 March 2021`, `Date: 2021-03-03`, `Updated …` on its own line.
fn dateline(paragraph: &str) -> Option<String> {
    if paragraph.contains('\n') {
        return None;
    }
    let (label, value) = paragraph.split_once(':')?;
    let label = label.trim().to_ascii_lowercase();
    if matches!(
        label.as_str(),
        "published" | "date" | "posted" | "published on" | "posted on"
    ) {
        dates::normalize(value)
    } else {
        None
    }
}
