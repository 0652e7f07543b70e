//! Comment bodies as plain text: the HTML YouTube and Disqus serve, and Reddit's Markdown.
//! Quoted parent text (a `<blockquote>`, a `>` line) is the replied-to comment's words, not
//! the commenter's, so it is dropped; links are kept aside.

use std::sync::LazyLock;

use regex::Regex;

/// Plain text of an HTML fragment: tags dropped, `<br>` and block ends as line breaks,
/// `<blockquote>` content dropped, entities decoded; `href`s of links returned aside.
pub fn html_to_text(html: &str) -> (String, Vec<String>) {
    if !html.contains(['<', '&']) {
        return (html.to_string(), Vec::new());
    }
    let mut text = String::with_capacity(html.len());
    let mut links = Vec::new();
    let mut quote_depth = 0usize;
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        if quote_depth == 0 {
            text.push_str(&rest[..open]);
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
            "blockquote" if closing => quote_depth = quote_depth.saturating_sub(1),
            "blockquote" => quote_depth += 1,
            "br" if quote_depth == 0 => text.push('\n'),
            "p" | "div" | "li" if closing && quote_depth == 0 => text.push_str("\n\n"),
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
    let decoded = html_escape::decode_html_entities(&text).into_owned();
    (without_invisible(decoded), links)
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
/// bodies), `>` quote lines dropped, links reduced to their text, emphasis, strike-through,
/// superscript, inline code, heading and list markers and backslash escapes removed.
pub fn markdown_to_text(body: &str) -> (String, Vec<String>) {
    let decoded = if body.contains('&') {
        html_escape::decode_html_entities(body)
    } else {
        std::borrow::Cow::Borrowed(body)
    };
    let mut links = Vec::new();
    let mut text = String::with_capacity(decoded.len());
    for line in decoded.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('>') {
            continue;
        }
        let line = strip_block_marker(trimmed);
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(line);
    }
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
    if text.contains('`') {
        text = text.replace('`', "");
    }
    if escaped {
        text = restore_escapes(&text);
    }
    (without_invisible(text), links)
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

fn restore_escapes(text: &str) -> String {
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
        let (text, links) = html_to_text(
            "<blockquote><p>They lied again</p></blockquote><p>No, they didn&#39;t &amp; you know it.<br>Read <a href=\"https://example.com/a?x=1&amp;y=2\">this</a></p>",
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            "No, they didn't & you know it. Read this"
        );
        assert_eq!(links, ["https://example.com/a?x=1&y=2"]);
    }

    #[test]
    fn a_greater_than_sign_inside_an_attribute_does_not_end_the_tag() {
        let (text, _) = html_to_text(r#"<a title="a > b" href="https://x.test/">link</a> text"#);
        assert_eq!(text, "link text");
    }

    #[test]
    fn markdown_quotes_links_and_emphasis_go() {
        let (text, links) = markdown_to_text(
            "&gt; Ukraine will never join NATO\n\nIt **will**, and ~~soon~~ *sooner* than you think. [Source](https://example.com/nato) ^(edit: typo) \\*sigh\\*",
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            "It will, and soon sooner than you think. Source edit: typo *sigh*"
        );
        assert_eq!(links, ["https://example.com/nato"]);
    }

    #[test]
    fn arithmetic_and_usernames_survive() {
        let (text, _) = markdown_to_text("5 * 3 = 15, ask u/some_user_name &amp; co");
        assert_eq!(text, "5 * 3 = 15, ask u/some_user_name & co");
    }
}
