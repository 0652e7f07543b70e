//! Comment bodies as plain text: the HTML YouTube and Disqus serve, and Reddit's Markdown.
//! Quoted text (a `<blockquote>`, a `>` line) is usually the replied-to comment's words, not
//! the commenter's, so it is kept apart in [`Markup::quoted`]: the thread decides, knowing
//! the parent, whether a comment that is only a quote said something of its own. Links are
//! kept aside; code stays literal.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// A comment body as text.
#[derive(Debug, Default, PartialEq)]
pub struct Markup {
    /// The commenter's own words.
    pub text: String,
    /// Link targets the markup held.
    pub links: Vec<String>,
    /// The quoted passages, one per line.
    pub quoted: String,
}

/// Plain text of an HTML fragment: tags dropped, `<br>` and block ends as line breaks,
/// `<blockquote>` content apart, entities decoded; `href`s of links returned aside.
pub fn html_to_text(html: &str) -> Markup {
    if !html.contains(['<', '&']) {
        return Markup {
            text: html.to_string(),
            ..Markup::default()
        };
    }
    let mut text = String::with_capacity(html.len());
    let mut quoted = String::new();
    let mut links = Vec::new();
    let mut quote_depth = 0usize;
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        match quote_depth {
            0 => text.push_str(&rest[..open]),
            _ => quoted.push_str(&rest[..open]),
        }
        let tag_and_after = &rest[open..];
        let Some(close) = tag_end(tag_and_after) else {
            if quote_depth == 0 {
                text.push_str(tag_and_after);
            }
            rest = "";
            break;
        };
        let tag = &tag_and_after[1..close];
        rest = &tag_and_after[close + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match name.as_str() {
            "blockquote" if closing => {
                quote_depth = quote_depth.saturating_sub(1);
                quoted.push('\n');
            }
            "blockquote" => quote_depth += 1,
            "br" | "p" | "div" | "li" if quote_depth > 0 => quoted.push('\n'),
            "br" => text.push('\n'),
            "p" | "div" | "li" if closing => text.push_str("\n\n"),
            "a" if !closing => {
                if let Some(href) = attribute(tag, "href") {
                    let href = html_escape::decode_html_entities(href).into_owned();
                    if href.starts_with("http") && !links.contains(&href) {
                        links.push(href);
                    }
                }
            }
            _ => {}
        }
    }
    if quote_depth == 0 {
        text.push_str(rest);
    }
    let decoded =
        |text: &str| without_invisible(html_escape::decode_html_entities(text).into_owned());
    Markup {
        text: decoded(&text),
        links,
        quoted: decoded(&quoted),
    }
}

/// The index of the `>` that ends the tag starting at `tag[0] == '<'`, skipping quoted
/// attribute values.
fn tag_end(tag: &str) -> Option<usize> {
    let mut quote = None;
    for (at, c) in tag.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(at),
            _ => {}
        }
    }
    None
}

fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let value = &tag[at..];
    match value.chars().next()? {
        quote @ ('"' | '\'') => value[1..].split(quote).next(),
        _ => value.split([' ', '>']).next(),
    }
}

static MARKDOWN_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?[^)]*\)").expect("valid"));
static EMPHASIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\*\*\*([^*\n]+)\*\*\*|\*\*([^*\n]+)\*\*|\*([^*\s][^*\n]*)\*|~~([^~\n]+)~~")
        .expect("valid")
});
static SUPERSCRIPT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\^\(([^)\n]*)\)|\^(\S)").expect("valid"));

/// Plain text of a Reddit body: entities decoded (Reddit escapes `>`, `<` and `&` in
/// bodies), `>` quote lines apart, links reduced to their text, emphasis, strike-through,
/// superscript, heading and list markers and backslash escapes removed; code blocks (fenced
/// or indented) and code spans kept literally, without their backticks.
pub fn markdown_to_text(body: &str) -> Markup {
    let decoded = if body.contains('&') {
        html_escape::decode_html_entities(body)
    } else {
        Cow::Borrowed(body)
    };
    let mut links = Vec::new();
    let mut text = String::with_capacity(decoded.len());
    let mut quoted = String::new();
    let mut in_fence = false;
    let mut previous_blank = true;
    for line in decoded.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        let indented_code = previous_blank_or_code(previous_blank, &text)
            && (line.starts_with("    ") || line.starts_with('\t'));
        previous_blank = trimmed.is_empty();
        let line = if in_fence || indented_code {
            let code = if in_fence {
                line
            } else {
                line.strip_prefix("    ")
                    .or_else(|| line.strip_prefix('\t'))
                    .unwrap_or(line)
            };
            Cow::Owned(protect(code))
        } else if let Some(quote) = trimmed.strip_prefix('>') {
            quoted.push_str(quote.trim_start_matches('>').trim());
            quoted.push('\n');
            continue;
        } else {
            protect_code_spans(strip_block_marker(trimmed))
        };
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&line);
    }
    drop(decoded);
    let escaped = text.contains('\\');
    if escaped {
        text = hide_escapes(&text);
    }
    if text.contains("](") {
        for link in MARKDOWN_LINK.captures_iter(&text) {
            let url = link[2].to_string();
            if !links.contains(&url) {
                links.push(url);
            }
        }
        text = MARKDOWN_LINK.replace_all(&text, "$1").into_owned();
    }
    if memchr::memchr2(b'*', b'~', text.as_bytes()).is_some() {
        text = EMPHASIS.replace_all(&text, "$1$2$3$4").into_owned();
    }
    if text.contains('^') {
        text = SUPERSCRIPT.replace_all(&text, "$1$2").into_owned();
    }
    // Escapes and code were hidden as private-use characters; they come back as written.
    text = restore_escapes(text);
    Markup {
        text: without_invisible(text),
        links,
        quoted: without_invisible(quoted),
    }
}

/// An indented line is code only after a blank line or more code, as in CommonMark.
fn previous_blank_or_code(previous_blank: bool, text: &str) -> bool {
    previous_blank
        || text
            .rsplit('\n')
            .next()
            .is_some_and(|last| last.chars().any(is_hidden))
}

fn is_hidden(c: char) -> bool {
    (ESCAPE_BASE..ESCAPE_BASE + 128).contains(&(c as u32))
}

/// Code: every ASCII punctuation mark hidden from the patterns that reduce Markdown, so that
/// it comes out exactly as written (`.\|.||/..` keeps its backslash).
fn protect(code: &str) -> String {
    code.chars()
        .map(|c| match c.is_ascii_punctuation() {
            true => char::from_u32(ESCAPE_BASE + c as u32).unwrap_or(c),
            false => c,
        })
        .collect()
}

/// A line with its `code spans` protected and their backticks dropped.
fn protect_code_spans(line: &str) -> Cow<'_, str> {
    if !line.contains('`') {
        return Cow::Borrowed(line);
    }
    let pieces: Vec<&str> = line.split('`').collect();
    // An odd number of backticks leaves the last one unmatched: it is text.
    let closed = pieces.len() % 2 == 1;
    let mut out = String::with_capacity(line.len());
    for (k, piece) in pieces.iter().enumerate() {
        let last = k + 1 == pieces.len();
        match k % 2 {
            1 if closed || !last => out.push_str(&protect(piece)),
            1 => {
                out.push('`');
                out.push_str(piece);
            }
            _ => out.push_str(piece),
        }
    }
    Cow::Owned(out)
}

/// A heading's `#`s and a list item's bullet are layout.
fn strip_block_marker(line: &str) -> &str {
    let unheaded = line.trim_start_matches('#');
    if unheaded.len() < line.len() && unheaded.starts_with(' ') {
        return unheaded.trim_start();
    }
    for bullet in ["* ", "- ", "+ "] {
        if let Some(item) = line.strip_prefix(bullet) {
            return item;
        }
    }
    line
}

/// Markdown escapes (`\*`, `\_`) become private-use characters, so that the emphasis and
/// link patterns do not see them, and come back as the bare character afterwards.
const ESCAPE_BASE: u32 = 0xE000;

fn hide_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                chars.next();
                out.extend(char::from_u32(ESCAPE_BASE + next as u32));
            }
            _ => out.push(c),
        }
    }
    out
}

fn restore_escapes(text: String) -> String {
    // Most bodies hide nothing: they are kept as they are rather than copied.
    if !text.chars().any(is_hidden) {
        return text;
    }
    text.chars()
        .map(|c| match (c as u32).checked_sub(ESCAPE_BASE) {
            Some(offset) if offset < 128 => char::from(offset as u8),
            _ => c,
        })
        .collect()
}

/// Zero-width spaces and joiners that Reddit and YouTube use as spacers would otherwise
/// survive whitespace collapsing.
fn without_invisible(text: String) -> String {
    if !text.is_ascii() && text.contains(['\u{200B}', '\u{FEFF}']) {
        text.replace(['\u{200B}', '\u{FEFF}'], " ")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_text_without_the_quoted_parent() {
        let Markup {
            text,
            links,
            quoted,
        } = html_to_text(
            "<blockquote><p>They lied again</p></blockquote><p>No, they didn&#39;t &amp; you know it.<br>Read <a href=\"https://example.com/a?x=1&amp;y=2\">this</a></p>",
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            "No, they didn't & you know it. Read this"
        );
        assert_eq!(links, ["https://example.com/a?x=1&y=2"]);
        assert_eq!(quoted.trim(), "They lied again");
    }

    #[test]
    fn a_greater_than_sign_inside_an_attribute_does_not_end_the_tag() {
        let text = html_to_text(r#"<a title="a > b" href="https://x.test/">link</a> text"#).text;
        assert_eq!(text, "link text");
    }

    #[test]
    fn markdown_quotes_links_and_emphasis_go() {
        let Markup {
            text,
            links,
            quoted,
        } = markdown_to_text(
            "&gt; Ukraine will never join NATO\n\nIt **will**, and ~~soon~~ *sooner* than you think. [Source](https://example.com/nato) ^(edit: typo) \\*sigh\\*",
        );
        assert_eq!(quoted.trim(), "Ukraine will never join NATO");
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            "It will, and soon sooner than you think. Source edit: typo *sigh*"
        );
        assert_eq!(links, ["https://example.com/nato"]);
    }

    #[test]
    fn arithmetic_and_usernames_survive() {
        let text = markdown_to_text("5 * 3 = 15, ask u/some_user_name &amp; co").text;
        assert_eq!(text, "5 * 3 = 15, ask u/some_user_name & co");
    }

    #[test]
    fn code_stays_literal() {
        let text = markdown_to_text(
            "Try this:\n\n    .\\|.||/..\n    **not bold**\n\nor `a\\_b *c*` and\n```\n[x](y) \\*\n```\nend *em*",
        )
        .text;
        assert_eq!(
            text,
            "Try this:\n\n.\\|.||/..\n**not bold**\n\nor a\\_b *c* and\n[x](y) \\*\nend em"
        );
    }
}
