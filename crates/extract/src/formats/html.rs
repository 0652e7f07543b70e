//! Article pages. Metadata comes from the head (Open Graph, `article:published_time`,
//! JSON-LD, canonical link); the body is the article element's text with paragraph breaks kept
//! and page furniture dropped (scripts, navigation, share and "Read also" blocks, captions).
//! Embedded posts (`blockquote.twitter-tweet` and its kin) become [`EmbeddedPost`]s.

use std::sync::LazyLock;

use regex::Regex;
use regex_automata::meta;
use scraper::{ElementRef, Html as Page, Node, Selector};

use crate::dates::DateReader;
use crate::document::{Block, Document, EmbeddedPost};
use crate::Platform;

use super::ArticleFormat;

/// A built-in selector, parsed once per call site rather than on every page.
macro_rules! selector {
    ($css:literal) => {{
        static SELECTOR: LazyLock<Selector> = LazyLock::new(|| {
            Selector::parse($css).unwrap_or_else(|_| panic!("invalid built-in selector {}", $css))
        });
        &*SELECTOR
    }};
}

pub struct Html;

impl ArticleFormat for Html {
    fn name(&self) -> &'static str {
        "html"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["html", "htm", "xhtml"]
    }

    fn sniff(&self, content: &str) -> bool {
        let head: String = content
            .trim_start()
            .chars()
            .take(512)
            .collect::<String>()
            .to_ascii_lowercase();
        head.starts_with("<!doctype html")
            || head.starts_with("<html")
            || head.contains("<body")
            || head.contains("<head")
    }

    fn parse(&self, content: &str) -> Document {
        let page = Page::parse_document(&within_nesting_limit(&within_attribute_limit(content)));
        let head = HeadElements::of(&page);
        let mut walker = BodyWalker::default();
        let published_at = published_at(&head, &walker.dates);
        for root in body_roots(&page) {
            walker.walk(root);
            walker.flush();
        }
        let lang = head
            .select("html", selector!("html[lang]"))
            .next()
            .and_then(|html| html.value().attr("lang"))
            .and_then(language_code);
        Document {
            title: title(&head),
            canonical_url: canonical_url(&head),
            published_at,
            lang,
            blocks: walker.blocks,
            dates: walker.dates,
        }
    }
}

/// More attributes than any real element has (they stay under a few dozen).
const MAX_ATTRIBUTES: usize = 1_000;

/// The page with the attributes of an element past the [`MAX_ATTRIBUTES`]th left out. The
/// HTML parser compares each attribute with every one before it on the element, to drop
/// duplicates, so 100,000 attributes on one element took 5.5 s and a million over 200 s.
/// A page within the limit is returned as it is, after one pass over its tags.
fn within_attribute_limit(content: &str) -> std::borrow::Cow<'_, str> {
    const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];
    let bytes = content.as_bytes();
    let mut dropped: Vec<std::ops::Range<usize>> = Vec::new();
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + offset;
        if content[start..].starts_with("<!--") {
            at = content[start..]
                .find("-->")
                .map_or(bytes.len(), |end| start + end + 3);
            continue;
        }
        let name_length = bytes[start + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        at = start + 1 + name_length;
        if name_length == 0 || !bytes[start + 1].is_ascii_alphabetic() {
            continue;
        }
        let name = &content[start + 1..at];
        let (end, past_limit) = attributes_end(bytes, at);
        if let Some(cut) = past_limit {
            dropped.push(cut..end);
        }
        at = end;
        if RAW_TEXT.iter().any(|raw| raw.eq_ignore_ascii_case(name)) {
            // Script and style text is not markup: `a<b` in it starts no tag.
            let closes = |i: usize| {
                bytes.get(i + 1) == Some(&b'/')
                    && bytes
                        .get(i + 2..i + 2 + name.len())
                        .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            };
            at = memchr::memchr_iter(b'<', &bytes[at..])
                .map(|found| at + found)
                .find(|&i| closes(i))
                .unwrap_or(bytes.len());
        }
    }
    if dropped.is_empty() {
        return std::borrow::Cow::Borrowed(content);
    }
    let mut out = String::with_capacity(content.len());
    let mut copied = 0;
    for range in dropped {
        out.push_str(&content[copied..range.start]);
        copied = range.end;
    }
    out.push_str(&content[copied..]);
    std::borrow::Cow::Owned(out)
}

/// Reads the attributes of a start tag from `at` (just past its name), as the HTML tokenizer
/// does: returns where the tag's closing `>` is (or the end of the page), and where its
/// attribute past [`MAX_ATTRIBUTES`] starts, if it has one.
fn attributes_end(bytes: &[u8], mut at: usize) -> (usize, Option<usize>) {
    #[derive(PartialEq)]
    enum State {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Quoted(u8),
        Unquoted,
    }
    let mut state = State::BeforeName;
    let (mut count, mut past_limit) = (0usize, None);
    while at < bytes.len() {
        let byte = bytes[at];
        let space = byte.is_ascii_whitespace();
        state = match state {
            State::Quoted(quote) if byte == quote => State::BeforeName,
            State::Quoted(quote) => State::Quoted(quote),
            _ if byte == b'>' => return (at, past_limit),
            State::AfterName if space => State::AfterName,
            State::BeforeName | State::AfterName if space || byte == b'/' => State::BeforeName,
            State::AfterName | State::Name if byte == b'=' => State::BeforeValue,
            State::BeforeName | State::AfterName => {
                count += 1;
                if count == MAX_ATTRIBUTES + 1 {
                    past_limit = Some(at);
                }
                State::Name
            }
            State::Name if space => State::AfterName,
            State::Name if byte == b'/' => State::BeforeName,
            State::Name => State::Name,
            State::BeforeValue if space => State::BeforeValue,
            State::BeforeValue if byte == b'"' || byte == b'\'' => State::Quoted(byte),
            State::BeforeValue => State::Unquoted,
            State::Unquoted if space => State::BeforeName,
            State::Unquoted => State::Unquoted,
        };
        at += 1;
    }
    (at, past_limit)
}

/// Deeper than any real page nests its elements (they stay under a hundred).
const MAX_NESTING: usize = 512;

/// The page with start tags beyond [`MAX_NESTING`] open elements left out, with the end tags
/// that match them. The HTML parser checks the whole stack of open elements at every start
/// tag, so a page of 100,000 nested `<div>`s took it 20 s; text is kept wherever it stood.
/// A page within the limit is returned as it is, after one pass over its tags.
fn within_nesting_limit(content: &str) -> std::borrow::Cow<'_, str> {
    if nesting_depth(content, usize::MAX).1 <= MAX_NESTING {
        return std::borrow::Cow::Borrowed(content);
    }
    std::borrow::Cow::Owned(nesting_depth(content, MAX_NESTING).0)
}

/// Walks the tags of `content`, tracking how many elements are open; with a `limit`, writes
/// the page without the start tags past it and as many end tags of each such name. Returns the
/// page so written (empty without a limit) and the deepest nesting met.
fn nesting_depth(content: &str, limit: usize) -> (String, usize) {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    ];
    const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];
    let rewriting = limit != usize::MAX;
    let mut out = String::with_capacity(if rewriting { content.len() } else { 0 });
    let mut dropped: std::collections::HashMap<String, usize> = Default::default();
    let (mut depth, mut deepest, mut copied) = (0usize, 0usize, 0usize);
    let bytes = content.as_bytes();
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + offset;
        let rest = &content[start..];
        if rest.starts_with("<!--") {
            at = rest.find("-->").map_or(bytes.len(), |end| start + end + 3);
            continue;
        }
        let Some(close) = memchr::memchr(b'>', &bytes[start..]) else {
            break;
        };
        let end = start + close + 1;
        let tag = &content[start + 1..end - 1];
        let closing = tag.starts_with('/');
        let unslashed = tag.trim_start_matches('/');
        let name_length = unslashed
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let name = &unslashed[..name_length];
        at = end;
        if name.is_empty() {
            continue;
        }
        let is = |list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(name));
        let mut keep = true;
        if closing {
            // Nothing is dropped on a page within the limit: no name to lower-case then.
            let dropped_of_name = match dropped.is_empty() {
                true => None,
                false => dropped.get_mut(&name.to_ascii_lowercase()),
            };
            match dropped_of_name {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    keep = false;
                }
                _ => depth = depth.saturating_sub(1),
            }
        } else if !is(VOID) && !tag.ends_with('/') {
            if depth >= limit {
                *dropped.entry(name.to_ascii_lowercase()).or_default() += 1;
                keep = false;
            } else {
                depth += 1;
                deepest = deepest.max(depth);
            }
            // A script's or style's text is not markup: go on after its end tag.
            if is(RAW_TEXT) {
                at = raw_text_end(content, end, name);
            }
        }
        if rewriting && !keep {
            out.push_str(&content[copied..start]);
            copied = end;
        }
    }
    if rewriting {
        out.push_str(&content[copied..]);
    }
    (out, deepest)
}

/// Where the end tag of the raw-text element `name` whose content starts at `from` begins.
fn raw_text_end(content: &str, from: usize, name: &str) -> usize {
    let bytes = content.as_bytes();
    let mut at = from;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let candidate = at + offset;
        let closes = bytes.get(candidate + 1) == Some(&b'/')
            && bytes
                .get(candidate + 2..candidate + 2 + name.len())
                .is_some_and(|word| word.eq_ignore_ascii_case(name.as_bytes()));
        if closes {
            return candidate;
        }
        at = candidate + 1;
    }
    bytes.len()
}

fn select_first<'p>(page: &'p Page, selector: &Selector) -> Option<ElementRef<'p>> {
    page.select(selector).next()
}

/// The elements a page's metadata is read from, by name, in page order, gathered in one walk:
/// matching each metadata selector against every element of the page, walk after walk, was a
/// tenth of an HTML page's extraction.
struct HeadElements<'p> {
    by_name: [Vec<ElementRef<'p>>; HEAD_ELEMENT_NAMES.len()],
}

/// The names of the elements [`HeadElements`] gathers.
const HEAD_ELEMENT_NAMES: [&str; 7] = ["meta", "link", "time", "script", "title", "h1", "html"];

impl<'p> HeadElements<'p> {
    fn of(page: &'p Page) -> Self {
        let mut by_name: [Vec<ElementRef<'p>>; HEAD_ELEMENT_NAMES.len()] = Default::default();
        for element in page
            .root_element()
            .descendants()
            .filter_map(ElementRef::wrap)
        {
            let name = element.value().name();
            if let Some(at) = HEAD_ELEMENT_NAMES.iter().position(|known| *known == name) {
                by_name[at].push(element);
            }
        }
        HeadElements { by_name }
    }

    /// The elements named `name` (one of [`HEAD_ELEMENT_NAMES`]) that `selector` matches.
    fn select<'s>(
        &'s self,
        name: &str,
        selector: &'s Selector,
    ) -> impl Iterator<Item = ElementRef<'p>> + 's {
        let at = HEAD_ELEMENT_NAMES.iter().position(|known| *known == name);
        debug_assert!(at.is_some(), "{name} is not gathered");
        at.map(|at| self.by_name[at].as_slice())
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(|element| selector.matches(element))
    }
}

fn meta_content(head: &HeadElements, selector: &Selector) -> Option<String> {
    head.select("meta", selector)
        .filter_map(|meta| meta.value().attr("content"))
        .map(|content| content.trim().to_string())
        .find(|content| !content.is_empty())
}

fn element_text(element: ElementRef) -> String {
    element
        .text()
        .collect::<Vec<_>>()
        .join("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn title(head: &HeadElements) -> Option<String> {
    meta_content(
        head,
        selector!(r#"meta[property="og:title"], meta[name="twitter:title"]"#),
    )
    .or_else(|| {
        let document_title = head
            .select("title", selector!("title"))
            .next()
            .map(element_text)
            .filter(|t| !t.is_empty());
        // An unclosed <h1> in broken markup swallows the body that follows: a heading longer
        // than any headline is not one, and <title> is the better guess.
        let heading = head
            .select("h1", selector!("h1"))
            .next()
            .map(element_text)
            .filter(|t| !t.is_empty() && t.chars().count() <= MAX_HEADLINE_CHARS);
        heading.or(document_title)
    })
}

/// Longer than any real headline; past this an <h1> has swallowed body text.
const MAX_HEADLINE_CHARS: usize = 300;

fn canonical_url(head: &HeadElements) -> Option<String> {
    head.select("link", selector!(r#"link[rel="canonical"]"#))
        .filter_map(|link| link.value().attr("href"))
        .map(|href| href.trim().to_string())
        .find(|href| href.starts_with("http"))
        .or_else(|| meta_content(head, selector!(r#"meta[property="og:url"]"#)))
}

fn published_at(head: &HeadElements, dates: &DateReader) -> Option<String> {
    let from_meta = meta_content(
        head,
        selector!(
            r#"meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], meta[name="DC.date.issued"], meta[name="dc.date"], meta[name="parsely-pub-date"], meta[name="sailthru.date"]"#
        ),
    );
    from_meta
        .as_deref()
        .and_then(|date| dates.normalize(date))
        .or_else(|| json_ld_date(head, dates))
        .or_else(|| {
            head.select("time", selector!("time[datetime]"))
                .filter_map(|time| time.value().attr("datetime"))
                .find_map(|date| dates.normalize(date))
        })
}

fn json_ld_date(head: &HeadElements, dates: &DateReader) -> Option<String> {
    head.select("script", selector!(r#"script[type="application/ld+json"]"#))
        .filter_map(|script| {
            serde_json::from_str::<serde_json::Value>(&script.text().collect::<String>()).ok()
        })
        .find_map(|value| find_key(&value, "datePublished"))
        .and_then(|date| dates.normalize(&date))
}

/// The first string under `key` anywhere in a JSON-LD value (it may sit in `@graph`).
fn find_key(value: &serde_json::Value, key: &str) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => map
            .get(key)
            .and_then(|v| v.as_str().map(str::to_string))
            .or_else(|| map.values().find_map(|v| find_key(v, key))),
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

fn language_code(lang: &str) -> Option<String> {
    let code = lang.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    (code.len() == 2 && code.chars().all(|c| c.is_ascii_alphabetic())).then_some(code)
}

/// The elements holding the article, in page order: every declared body (a live blog declares
/// one per entry) not nested in another, else the largest `<article>`, else `<main>`, else
/// `<body>`, else the whole page.
fn body_roots(page: &Page) -> Vec<ElementRef<'_>> {
    let declared = selector!(r#"[itemprop="articleBody"]"#);
    let sections: Vec<ElementRef> = page
        .select(declared)
        .filter(|section| {
            !section
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|ancestor| declared.matches(&ancestor))
        })
        .collect();
    if !sections.is_empty() {
        return sections;
    }
    if let Some(article) = page
        .select(selector!("article"))
        .max_by_key(|article| article.text().map(str::len).sum::<usize>())
    {
        return vec![article];
    }
    vec![select_first(page, selector!("main"))
        .or_else(|| select_first(page, selector!("body")))
        .unwrap_or_else(|| page.root_element())]
}

/// Elements whose content is never article text.
const SKIPPED_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
    "select",
    "input",
    "textarea",
    "figcaption",
    "picture",
    "video",
    "audio",
    "canvas",
    "object",
    "embed",
    "menu",
    "dialog",
    "head",
    "title",
    "meta",
    "link",
];

/// Class or id words that mark page furniture.
static FURNITURE: LazyLock<meta::Regex> = LazyLock::new(|| {
    crate::find::build_unfiltered(
        r"(?i)(?:^|[\s_-])(?:share|sharing|sharebar|social-share|related|read-?also|also-?read|read-?more|recommended|newsletter|subscribe|subscription|advert|advertisement|ads?|ad-slot|promo|promoted|sponsor|sponsored|breadcrumbs?|cookie|popup|modal|menu|navigation|nav|byline|author-bio|tags|caption|credit|paywall)(?:$|[\s_-])",
    )
});

/// Paragraphs that point elsewhere rather than tell the story.
static READ_ALSO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:read also|also read|read more|related|see also|watch|don't miss|recommended|trending)\b\s*[:\-–—]?").expect("valid read-also pattern")
});

const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "hr",
    "address",
];

#[derive(Default)]
struct BodyWalker {
    blocks: Vec<Block>,
    current: String,
    /// Reads the embedded posts' dates, and the page's own.
    dates: DateReader,
}

/// What is left to do in [`BodyWalker::walk`], last first.
enum Step<'a> {
    Enter(ElementRef<'a>),
    Text(&'a str),
    /// A block element's end, where its paragraph ends.
    LeaveBlock,
}

/// Puts an element's text and element children on the stack so that the first is taken next.
fn push_children<'a>(element: ElementRef<'a>, stack: &mut Vec<Step<'a>>) {
    let start = stack.len();
    for child in element.children() {
        match child.value() {
            Node::Text(text) => stack.push(Step::Text(text)),
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    stack.push(Step::Enter(child));
                }
            }
            _ => {}
        }
    }
    stack[start..].reverse();
}

impl BodyWalker {
    /// Walks the tree under `root` in document order with an explicit stack: pages nest
    /// elements tens of thousands deep, which recursion would not survive.
    fn walk(&mut self, root: ElementRef) {
        let mut stack: Vec<Step> = Vec::new();
        push_children(root, &mut stack);
        while let Some(step) = stack.pop() {
            match step {
                Step::Text(text) => self.current.push_str(text),
                Step::LeaveBlock => self.flush(),
                Step::Enter(element) => {
                    if let Some(is_block) = self.enter(element) {
                        if is_block {
                            self.flush();
                            stack.push(Step::LeaveBlock);
                        }
                        push_children(element, &mut stack);
                    }
                }
            }
        }
    }

    /// Handles an element's start; `Some(is_block)` when its children are to be walked.
    fn enter(&mut self, element: ElementRef) -> Option<bool> {
        let name = element.value().name();
        if let Some(markup) = embed_markup_in_attribute(element) {
            self.flush();
            self.blocks.extend(embedded_posts_in(
                Page::parse_fragment(markup).root_element(),
                &self.dates,
            ));
            return None;
        }
        // A figure holds a picture and its caption, or an embedded post: only the post is
        // the article's.
        if name == "figure" {
            let posts = embedded_posts_in(element, &self.dates);
            if !posts.is_empty() {
                self.flush();
                self.blocks.extend(posts);
            }
            return None;
        }
        if SKIPPED_ELEMENTS.contains(&name) || is_furniture(element) {
            return None;
        }
        if name == "br" {
            self.current.push('\n');
            return None;
        }
        if let Some(post) = embedded_post(element, &self.dates) {
            self.flush();
            self.blocks.push(Block::Embed(post));
            return None;
        }
        Some(BLOCK_ELEMENTS.contains(&name))
    }

    /// Ends the paragraph being collected, unless it is empty or points elsewhere.
    fn flush(&mut self) {
        let paragraph = collapse_lines(&self.current);
        self.current.clear();
        let first_line = paragraph.split('\n').next().unwrap_or_default();
        if paragraph.is_empty() || READ_ALSO.is_match(first_line) {
            return;
        }
        self.blocks.push(Block::Paragraph(paragraph));
    }
}

/// Each line with its whitespace runs made one space; blank lines dropped.
///
/// Scans bytes and copies the runs between whitespace as slices, decoding a character only
/// where a multi-byte whitespace may start: with `split_whitespace` on every line this was a
/// tenth of an HTML page's extraction.
fn collapse_lines(text: &str) -> String {
    let mut collapsed = String::with_capacity(text.len());
    for line in text.split('\n') {
        let bytes = line.as_bytes();
        let mut line_started = false;
        let mut at = 0;
        while at < bytes.len() {
            let space = whitespace_length(line, at);
            if space > 0 {
                at += space;
                continue;
            }
            let start = at;
            while at < bytes.len() && whitespace_length(line, at) == 0 {
                at += 1;
            }
            if line_started {
                collapsed.push(' ');
            } else {
                if !collapsed.is_empty() {
                    collapsed.push('\n');
                }
                line_started = true;
            }
            collapsed.push_str(&line[start..at]);
        }
    }
    collapsed
}

/// The length in bytes of the whitespace character starting at byte `at` of `text`, or 0 when
/// none starts there (also inside a multi-byte character: its continuation bytes are never
/// whitespace). Every non-ASCII whitespace character starts with one of four bytes.
fn whitespace_length(text: &str, at: usize) -> usize {
    match text.as_bytes()[at] {
        b'\t'..=b'\r' | b' ' => 1,
        0xC2 | 0xE1 | 0xE2 | 0xE3 => text[at..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

fn is_furniture(element: ElementRef) -> bool {
    let value = element.value();
    let role = value.attr("role").unwrap_or_default();
    if matches!(
        role,
        "navigation" | "banner" | "complementary" | "contentinfo"
    ) {
        return true;
    }
    // Embedded posts often sit in wrappers named after their network; never drop those.
    if value.has_class(
        "twitter-tweet",
        scraper::CaseSensitivity::AsciiCaseInsensitive,
    ) {
        return false;
    }
    [value.attr("class"), value.attr("id")]
        .into_iter()
        .flatten()
        .any(|words| FURNITURE.is_match(words))
}

static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:—|–|--|-)\s*(?P<name>[^()—–]*?)\s*\(\s*@(?P<handle>[A-Za-z0-9_.]{1,30})\s*\)\s*(?P<date>.*)$").expect("valid signature pattern")
});
/// Instagram's older credit line, without a dash: `A photo posted by Some Name (@handle) on
/// <date>`; newer embeds print `A post shared by …`.
static INSTAGRAM_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bA (?:photo|video|post) (?:posted|shared) by\s*(?P<name>[^()@]*?)\s*\(?@(?P<handle>[A-Za-z0-9_.]{1,30})\)?(?:\s+on\s+(?P<date>.*))?\s*$").expect("valid Instagram credit pattern")
});

/// Facebook's embed: `Posted by <a>Name</a> on <a>Sunday, March 3, 2024</a>` after the post.
pub(crate) static FACEBOOK_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bPosted by\s+(?P<name>[^\n]{1,80}?)\s+on\s+(?:[A-Za-z]+,\s+)?(?P<date>[A-Za-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Za-z]+\s+\d{4})\s*$").expect("valid Facebook credit pattern")
});

/// What an embed shows before its script runs or after its post is gone; never post text.
/// Threads prints `Post by @handle`, Reddit `Comment by u/name from discussion in subreddit`.
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:view (?:this post )?on (?:instagram|twitter|x|facebook|tiktok|threads)|post by @\S+|comment\s*by\s*u/\S+\s+from discussion\s*in\s*\S+|loading(?:\.{3}|…)?|this (?:tweet|post) (?:was deleted|is unavailable|has been deleted)[^\n]*|tweets? may have been deleted[^\n]*|tweet unavailable|a post shared by [^\n]*|a (?:photo|video) posted by [^\n]*)[.!]?$").expect("valid placeholder pattern")
});

/// Where the `— Name (@handle) date` signature starts in a post's text, when it has one.
fn signature_start(text: &str) -> Option<usize> {
    text.char_indices()
        .filter(|(_, c)| matches!(c, '—' | '–' | '-'))
        .map(|(at, _)| at)
        .find(|&at| {
            SIGNATURE
                .captures(&text[at..])
                .is_some_and(|caps| caps.get(0).is_some_and(|m| m.start() == 0))
        })
}

/// A post's lines without the placeholders an unrendered embed shows, whether on one line or
/// broken over several by `<br>`s (Reddit's).
fn post_lines(text: &str) -> String {
    if PLACEHOLDER.is_match(&text.split_whitespace().collect::<Vec<_>>().join(" ")) {
        return String::new();
    }
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !PLACEHOLDER.is_match(line))
        .collect::<Vec<_>>()
        .join("\n")
}

static URL_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:twitter\.com|x\.com)/(?P<twitter>[A-Za-z0-9_]{1,30})/status|/@(?P<at>[A-Za-z0-9_.]{1,30})").expect("valid URL handle pattern")
});

/// Embed markup a page holds escaped in an attribute for a script to render later
/// (`data-content="&lt;blockquote class=&quot;twitter-tweet…"`); the parser has unescaped it.
fn embed_markup_in_attribute<'e>(element: ElementRef<'e>) -> Option<&'e str> {
    element
        .value()
        .attrs()
        .map(|(_, value)| value)
        .find(|value| {
            value.contains("<blockquote")
                && Platform::embed_classes().any(|(class, _)| value.contains(class))
        })
}

/// The embedded posts anywhere under `element`, in order.
fn embedded_posts_in(element: ElementRef, dates: &DateReader) -> Vec<Block> {
    element
        .select(selector!("blockquote"))
        .filter_map(|quote| embedded_post(quote, dates))
        .map(Block::Embed)
        .collect()
}

fn embedded_post(element: ElementRef, dates: &DateReader) -> Option<EmbeddedPost> {
    if element.value().name() != "blockquote" {
        return None;
    }
    let platform = Platform::embed_classes().find_map(|(class, platform)| {
        element
            .value()
            .has_class(class, scraper::CaseSensitivity::AsciiCaseInsensitive)
            .then_some(platform)
    })?;

    // Facebook's page plugin uses the same markup for a link to the page: only a post's
    // address makes it a post.
    if platform == Platform::Facebook {
        let cite = element.value().attr("cite").unwrap_or_default();
        let post_address = [
            "/posts/",
            "/videos/",
            "/photos/",
            "/reel/",
            "story_fbid",
            "permalink",
        ]
        .iter()
        .any(|part| cite.contains(part));
        if !post_address {
            return None;
        }
    }
    let paragraphs: Vec<ElementRef> = element.select(selector!("p")).collect();
    let whole = element_text(element);
    let credit = SIGNATURE
        .captures(&whole)
        .or_else(|| INSTAGRAM_CREDIT.captures(&whole));
    let facebook_credit = credit
        .is_none()
        .then(|| FACEBOOK_CREDIT.captures(whole.trim_end()))
        .flatten();
    // The post's own lines: its paragraphs, or, where the markup has none, the blockquote's
    // text up to the signature; never a credit line or a loading placeholder.
    let (text, post_paragraphs): (String, Vec<&ElementRef>) = if paragraphs.is_empty() {
        let mut text = paragraph_text(element);
        if let Some(at) = signature_start(&text) {
            text.truncate(at);
        }
        (post_lines(&text), Vec::new())
    } else {
        let post_paragraphs: Vec<&ElementRef> = paragraphs
            .iter()
            .filter(|p| {
                let line = element_text(**p);
                !SIGNATURE.is_match(&line) && !INSTAGRAM_CREDIT.is_match(&line)
            })
            .collect();
        let text = post_paragraphs
            .iter()
            .map(|p| post_lines(&paragraph_text(**p)))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        (text, post_paragraphs)
    };
    // An embed left for a script to fill holds only its status link, bare or in a paragraph.
    let text = match text.split_whitespace().all(|word| word.starts_with("http")) {
        true => String::new(),
        false => text,
    };

    let links: Vec<String> = element
        .select(selector!("a[href]"))
        .filter_map(|a| a.value().attr("href"))
        .map(str::to_string)
        .collect();
    let url_handle = links
        .iter()
        .chain(element.value().attr("cite").map(str::to_string).iter())
        .find_map(|link| {
            URL_HANDLE.captures(link).and_then(|caps| {
                caps.name("twitter")
                    .or(caps.name("at"))
                    .map(|m| m.as_str().to_string())
            })
        });
    let handle = credit
        .as_ref()
        .map(|caps| caps["handle"].to_string())
        .or(url_handle);
    let display_name = credit
        .as_ref()
        .or(facebook_credit.as_ref())
        .map(|caps| caps["name"].trim().to_string())
        .filter(|name| !name.is_empty());
    let posted_at = credit
        .as_ref()
        .or(facebook_credit.as_ref())
        .and_then(|caps| caps.name("date"))
        .and_then(|date| dates.normalize(date.as_str()))
        .or_else(|| {
            element
                .select(selector!("time[datetime]"))
                .find_map(|time| {
                    time.value()
                        .attr("datetime")
                        .and_then(|date| dates.normalize(date))
                })
        });
    let lang = paragraphs
        .first()
        .and_then(|p| p.value().attr("lang"))
        .and_then(language_code);

    if text.is_empty() && handle.is_none() && display_name.is_none() {
        return None;
    }
    // Links inside the post's text (mentions, hashtags, its own URLs) are the post's words; the
    // rest (the status link on the date) are where the post lives.
    let text_links: Vec<String> = if post_paragraphs.is_empty() {
        element
            .select(selector!("a[href]"))
            .filter(|a| {
                let anchor = element_text(*a);
                !anchor.is_empty() && text.contains(&anchor)
            })
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect()
    } else {
        post_paragraphs
            .iter()
            .flat_map(|p| p.select(selector!("a[href]")))
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect()
    };
    let status_links = links.iter().filter(|l| !text_links.contains(l)).cloned();
    Some(EmbeddedPost {
        platform,
        handle,
        display_name,
        text,
        posted_at,
        links: status_links.collect(),
        lang,
    })
}

/// A paragraph's text with `<br>` kept as a line break.
fn paragraph_text(paragraph: ElementRef) -> String {
    let mut text = String::new();
    for node in paragraph.descendants() {
        match node.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) if e.name() == "br" => text.push('\n'),
            _ => {}
        }
    }
    collapse_lines(&text)
}

#[cfg(test)]
mod tests {
    use super::{
        collapse_lines, nesting_depth, within_attribute_limit, within_nesting_limit, Html,
        MAX_ATTRIBUTES, MAX_NESTING,
    };

    #[test]
    fn lines_are_collapsed_at_every_unicode_whitespace_and_nowhere_else() {
        // Each line's words joined by one space, blank lines dropped: the definition.
        let by_definition = |text: &str| {
            text.split('\n')
                .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let pieces = [
            "word", " ", "\t", "\u{b}", "\u{c}", "\r", "\n", "\u{85}", "\u{a0}", "\u{1680}",
            "\u{2003}", "\u{200a}", "\u{2028}", "\u{202f}", "\u{205f}", "\u{3000}",
            // Not whitespace, though they start with the same bytes as some that are.
            "“", "”", "—", "\u{200b}", "©", "\u{1681}", "\u{3001}", "é", "🙂",
        ];
        // Every sequence of three pieces, each between two words and at the ends.
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}x{c}{a}y{b}{c}");
                    assert_eq!(collapse_lines(&text), by_definition(&text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn nesting_is_counted_on_tags_not_on_scripts_or_comments() {
        let page = "<html><body><div><p>a<br>b<img src=x></p><script>if (a<b) '<div><div>'</script><!-- <div> --><span/></div></body></html>";
        assert_eq!(nesting_depth(page, usize::MAX).1, 4);
        assert!(matches!(
            within_nesting_limit(page),
            std::borrow::Cow::Borrowed(_)
        ));
        let deep = format!("{}text{}", "<div>".repeat(600), "</div>".repeat(600));
        let capped = within_nesting_limit(&deep);
        assert_eq!(nesting_depth(&capped, usize::MAX).1, MAX_NESTING);
        assert_eq!(capped.matches("</div>").count(), MAX_NESTING);
        assert!(capped.contains("text"));
    }

    #[test]
    fn an_unclosed_heading_does_not_become_the_title() {
        let body = "<p>Body text that goes on. ".repeat(30);
        let page = format!(
            "<html><head><title>Short headline</title></head><body><h1>Short headline\n{body}<p>@someone said: “Fine.”"
        );
        let document = crate::formats::ArticleFormat::parse(&Html, &page);
        assert_eq!(document.title.as_deref(), Some("Short headline"));
        let document = crate::formats::ArticleFormat::parse(
            &Html,
            "<title>Site name</title><h1>The real headline</h1><p>Text.",
        );
        assert_eq!(document.title.as_deref(), Some("The real headline"));
    }

    #[test]
    fn two_hundred_thousand_attributes_on_one_element_parse_with_the_first_kept() {
        let attributes: String = (0..200_000)
            .map(|i| format!(" data-a{i}=\"v{i}\""))
            .collect();
        let page = format!(
            "<html><head><title>T</title></head><body><h1>Headline</h1>\
             <p id=first class = 'c>d'{attributes}>The text of the article.</p></body></html>"
        );
        let capped = within_attribute_limit(&page);
        assert!(capped.contains("data-a997=\"v997\""));
        assert!(!capped.contains(&format!("data-a{}=", MAX_ATTRIBUTES - 2)));
        assert!(capped.contains(">The text of the article.</p>"));
        let document = crate::formats::ArticleFormat::parse(&Html, &page);
        assert_eq!(document.title.as_deref(), Some("Headline"));
        assert!(format!("{:?}", document.blocks).contains("The text of the article."));
        let script = "<script>for(i=0;i<n;i++){a=\"x\"}</script><p a b c>x</p>";
        assert!(matches!(
            within_attribute_limit(script),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
