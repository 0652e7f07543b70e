//! The normalized reaction record, its text normalization and its stable identifiers.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use extract::{Cue, Platform};

/// One reader reaction. The field names are the JSON Lines interface of `reactions collect`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reaction {
    /// Hash of (article_id, author, normalized text): unique within the dataset.
    pub reaction_id: String,
    /// Hash of (author, normalized text): the same reaction quoted by two articles shares it.
    pub content_id: String,
    /// Hash of the canonical URL, else of the normalized title and body.
    pub article_id: String,
    /// The path or URL the article was read from.
    pub source: String,
    /// The article's headline.
    pub article_title: Option<String>,
    /// The article's canonical URL.
    pub article_url: Option<String>,
    /// When the article was published.
    pub published_at: Option<String>,
    /// Order of the reaction in the article, from 0.
    pub position: u32,
    /// `twitter`, `facebook`, `instagram`, `tiktok`, `reddit`, `youtube`… or `unknown`.
    pub platform: Platform,
    /// The handle without `@`; `None` when only a name is known.
    pub handle: Option<String>,
    /// The author's name as printed.
    pub display_name: Option<String>,
    /// The attribution verb as printed (`said`, `wrote`, `shared`…), lower case.
    pub verb: Option<String>,
    /// Normalized text: entities decoded, whitespace collapsed, surrounding quotes removed,
    /// typographic quotes made ASCII, trailing pic.twitter.com and t.co links removed.
    pub text: String,
    /// Exactly what the article printed.
    pub raw_text: String,
    /// Links in the reaction's text, in order.
    pub links: Vec<String>,
    /// When it was posted, as UTC RFC 3339 or a day, when known.
    pub posted_at: Option<String>,
    /// ISO 639-1 language: the platform's when it declares one; else a comment's own, a
    /// quote's own when its function words or script say so, else its article's. `None`
    /// when undecided (a few words, emoji only).
    pub lang: Option<String>,
    /// For comments: the platform's own identifier (`t1_k3x9`, a YouTube comment id, a post id).
    #[serde(default)]
    pub comment_id: Option<String>,
    /// For replies: the `reaction_id` of the comment replied to. `None` for a reaction quoted
    /// in an article and for a comment on the post itself.
    #[serde(default)]
    pub parent_id: Option<String>,
    /// For comments: 0 for a comment on the post, 1 for a reply to it, and so on; `None` when
    /// the export does not say and the parent is not in it.
    #[serde(default)]
    pub reply_depth: Option<u32>,
    /// Likes or net votes as the platform counts them (Reddit's score can be negative).
    #[serde(default)]
    pub like_count: Option<i64>,
    /// Why the record was taken for a reaction: the evidence the article gave, in a fixed order.
    #[serde(default)]
    pub cues: Vec<Cue>,
    /// How sure the extractor is that this is a reader's reaction, 0 to 1: the learned
    /// decision's probability for a quote in an article, 1 for an embed, a post's signature
    /// and a comment read from an export. Records of older runs read as 1.
    #[serde(default = "certain")]
    pub confidence: f64,
}

impl Reaction {
    /// A copy without [`Reaction::raw_text`] (left empty), for what quotes the normalized
    /// text only: a record at the size limit is then copied once, not twice.
    pub fn clone_without_raw_text(&self) -> Reaction {
        let Reaction {
            reaction_id,
            content_id,
            article_id,
            source,
            article_title,
            article_url,
            published_at,
            position,
            platform,
            handle,
            display_name,
            verb,
            text,
            raw_text: _,
            links,
            posted_at,
            lang,
            comment_id,
            parent_id,
            reply_depth,
            like_count,
            cues,
            confidence,
        } = self;
        Reaction {
            reaction_id: reaction_id.clone(),
            content_id: content_id.clone(),
            article_id: article_id.clone(),
            source: source.clone(),
            article_title: article_title.clone(),
            article_url: article_url.clone(),
            published_at: published_at.clone(),
            position: *position,
            platform: *platform,
            handle: handle.clone(),
            display_name: display_name.clone(),
            verb: verb.clone(),
            text: text.clone(),
            raw_text: String::new(),
            links: links.clone(),
            posted_at: posted_at.clone(),
            lang: lang.clone(),
            comment_id: comment_id.clone(),
            parent_id: parent_id.clone(),
            reply_depth: *reply_depth,
            like_count: *like_count,
            cues: cues.clone(),
            confidence: *confidence,
        }
    }
}

fn certain() -> f64 {
    1.0
}

/// The article every reaction of it names: its id and where and what it is.
#[derive(Debug, Clone, Copy)]
pub struct ArticleRef<'a> {
    /// The article's id.
    pub article_id: &'a str,
    /// The path or URL it was read from.
    pub source: &'a str,
    /// Its headline.
    pub title: Option<&'a str>,
    /// Its canonical URL.
    pub url: Option<&'a str>,
    /// When it was published.
    pub published_at: Option<&'a str>,
}

/// Makes a [`Reaction`] the one way every reader of articles and exports does: the article's
/// fields copied in, the author and the identity text derived once from the normalized text,
/// the ids computed from them, links merged without repeats, and every other field empty
/// until set.
pub struct ReactionBuilder {
    reaction: Reaction,
    author: String,
    identity: String,
}

impl ReactionBuilder {
    /// A reaction by `handle` (else `display_name`) saying `text`, with the `links`
    /// [`normalize_text`] took out of it. Its id is the hash of its article, author and words,
    /// until [`ReactionBuilder::reaction_id`] replaces it with one the platform gave.
    pub fn new(
        article: ArticleRef<'_>,
        (text, links): (String, Vec<String>),
        handle: Option<String>,
        display_name: Option<String>,
    ) -> ReactionBuilder {
        let author = handle
            .as_deref()
            .or(display_name.as_deref())
            .unwrap_or_default()
            .to_lowercase();
        let identity = identity_text(&text);
        let reaction = Reaction {
            reaction_id: stable_id(&[article.article_id, &author, &identity]),
            content_id: stable_id(&[&author, &identity]),
            article_id: article.article_id.to_string(),
            source: article.source.to_string(),
            article_title: article.title.map(str::to_string),
            article_url: article
                .url
                .map(|url| crate::http::without_credentials(url).into_owned()),
            published_at: article.published_at.map(str::to_string),
            position: 0,
            platform: Platform::Unknown,
            handle,
            display_name,
            verb: None,
            text,
            raw_text: String::new(),
            links,
            posted_at: None,
            lang: None,
            comment_id: None,
            parent_id: None,
            reply_depth: None,
            like_count: None,
            cues: Vec::new(),
            confidence: 1.0,
        };
        ReactionBuilder {
            reaction,
            author,
            identity,
        }
    }

    /// The handle or display name, lower-cased: whose reaction it is, for identity.
    pub fn author(&self) -> &str {
        &self.author
    }

    /// The words identity is computed on ([`identity_text`]).
    pub fn identity(&self) -> &str {
        &self.identity
    }

    /// The reaction's normalized text.
    pub fn text(&self) -> &str {
        &self.reaction.text
    }

    /// The reaction's id.
    pub fn id(&self) -> &str {
        &self.reaction.reaction_id
    }

    /// Replaces the id computed from the words, with one derived from the platform's.
    pub fn reaction_id(mut self, reaction_id: String) -> Self {
        self.reaction.reaction_id = reaction_id;
        self
    }

    /// Adds each link not already there, in order (links found apart from the text).
    pub fn links(mut self, links: impl IntoIterator<Item = String>) -> Self {
        for link in links {
            if !self.reaction.links.contains(&link) {
                self.reaction.links.push(link);
            }
        }
        self
    }

    /// What the article printed, before normalization.
    pub fn raw_text(mut self, raw_text: String) -> Self {
        self.reaction.raw_text = raw_text;
        self
    }

    /// Its order in the article, from 0.
    pub fn position(mut self, position: u32) -> Self {
        self.reaction.position = position;
        self
    }

    /// Where it was posted.
    pub fn platform(mut self, platform: Platform) -> Self {
        self.reaction.platform = platform;
        self
    }

    /// The attribution verb as printed.
    pub fn verb(mut self, verb: Option<String>) -> Self {
        self.reaction.verb = verb;
        self
    }

    /// When it was posted.
    pub fn posted_at(mut self, posted_at: Option<String>) -> Self {
        self.reaction.posted_at = posted_at;
        self
    }

    /// Its language (ISO 639-1).
    pub fn lang(mut self, lang: Option<String>) -> Self {
        self.reaction.lang = lang;
        self
    }

    /// A comment's place in its thread: the platform's id, its parent's reaction id, its
    /// depth and its likes.
    pub fn in_thread(
        mut self,
        comment_id: Option<String>,
        parent_id: Option<String>,
        reply_depth: Option<u32>,
        like_count: Option<i64>,
    ) -> Self {
        self.reaction.comment_id = comment_id;
        self.reaction.parent_id = parent_id;
        self.reaction.reply_depth = reply_depth;
        self.reaction.like_count = like_count;
        self
    }

    /// How sure the extractor is that this is a reaction, 0 to 1.
    pub fn confidence(mut self, confidence: f64) -> Self {
        self.reaction.confidence = confidence;
        self
    }

    /// The cues the reaction was taken on, sorted, each once.
    pub fn cues(mut self, mut cues: Vec<Cue>) -> Self {
        cues.sort_unstable();
        cues.dedup();
        self.reaction.cues = cues;
        self
    }

    /// The reaction.
    pub fn build(self) -> Reaction {
        self.reaction
    }
}

/// A short, stable identifier: the first 16 hex digits of SHA-256 over the parts, each
/// terminated by a unit separator so that ("ab", "c") and ("a", "bc") differ.
pub fn stable_id(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    short_hex(&hasher.finalize())
}

/// The first 8 bytes of a digest as 16 lower-case hex digits.
pub fn short_hex(digest: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(16);
    for byte in &digest[..8] {
        id.push(HEX[usize::from(byte >> 4)] as char);
        id.push(HEX[usize::from(byte & 15)] as char);
    }
    id
}

/// The form of a text that identity is computed on: normalized, lower case, no punctuation
/// at either end, so that re-quoting with other marks or case gives the same identifier.
pub fn identity_text(text: &str) -> String {
    let lower = text.to_lowercase();
    let trimmed = lower.trim_matches(|c: char| !c.is_alphanumeric());
    let range = range_within(&lower, trimmed);
    keep_range(lower, range)
}

/// Where `part`, a slice of `whole`, lies in it.
fn range_within(whole: &str, part: &str) -> std::ops::Range<usize> {
    let start = part.as_ptr() as usize - whole.as_ptr() as usize;
    start..start + part.len()
}

/// `text[range]`, made in place: a text as long as the record limit is not copied.
fn keep_range(mut text: String, range: std::ops::Range<usize>) -> String {
    text.truncate(range.end);
    text.drain(..range.start);
    text
}

/// The identity of an article known only by its content: `stable_id` of "content", and the
/// [`identity_text`] of its title and of its body, computed without `str::to_lowercase`,
/// which handles one character at a time: ASCII runs are lower-cased in bulk.
pub fn content_id(title: &str, body: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"content\x1f");
    for text in [title, body] {
        update_with_identity(&mut hasher, text);
        hasher.update([0x1f]);
    }
    short_hex(&hasher.finalize())
}

fn update_with_identity(hasher: &mut Sha256, text: &str) {
    // Lower-casing a capital sigma depends on its neighbours, and "İ" lower-cases to an "i"
    // and a combining dot that is not alphanumeric; str::to_lowercase and trimming after it
    // are right for both.
    if !text.is_ascii() && (text.contains("Σ") || text.contains("İ")) {
        hasher.update(identity_text(text).as_bytes());
        return;
    }
    // Lower-casing keeps a character alphanumeric or not, so the ends can be found first.
    let mut rest = text.trim_matches(|c: char| !c.is_alphanumeric());
    let mut lower: Vec<u8> = Vec::with_capacity(rest.len() + 16);
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = lower.len();
        lower.extend_from_slice(&rest.as_bytes()[..ascii]);
        lower[start..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            let mut encoded = [0u8; 4];
            for c in c.to_lowercase() {
                lower.extend_from_slice(c.encode_utf8(&mut encoded).as_bytes());
            }
        }
        rest = chars.as_str();
    }
    hasher.update(&lower);
}

/// The normalized text of a reaction and the links taken out of it.
pub fn normalize_text(raw: &str) -> (String, Vec<String>) {
    let decoded = if raw.contains('&') {
        html_escape::decode_html_entities(raw)
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    let collapsed = collapse_and_asciify(&decoded);
    drop(decoded);
    let text = strip_surrounding_quotes(&collapsed);
    if !might_hold_links(text) {
        let range = range_within(&collapsed, unquoted(text));
        return (keep_range(collapsed, range), Vec::new());
    }
    let unglued = unglue_media_links(text);
    let text = unglued.as_str();
    let links = find_links(text);
    let mut words: Vec<&str> = text.split(' ').collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|word| is_trailing_media_link(word))
    {
        words.pop();
    }
    let joined = words.join(" ");
    let range = range_within(&joined, unquoted(&joined));
    (keep_range(joined, range), links)
}

/// The text without its enclosing quotes, nor the comma that ends a quote put before its
/// attribution (“So wholesome,” wrote a user).
fn unquoted(text: &str) -> &str {
    let text = strip_surrounding_quotes(text.trim()).trim();
    text.strip_suffix(',').unwrap_or(text).trim_end()
}

/// Whitespace runs become one space, typographic quotes ASCII and invisible formatting
/// characters nothing, in one pass.
fn collapse_and_asciify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let word = match word.is_ascii() {
            true => std::borrow::Cow::Borrowed(word),
            false => std::borrow::Cow::Owned(
                word.chars()
                    .filter(|c| !is_invisible_format(*c))
                    .map(ascii_quote)
                    .collect::<String>(),
            ),
        };
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

/// Zero-width spaces, word joiners, byte order marks and bidirectional controls: they change
/// nothing a reader sees, but make equal texts differ (YouTube starts replies with a U+200B).
/// The joiners that shape emoji and Indic and Persian script (U+200C, U+200D) stay.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}'
    )
}

fn ascii_quote(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => '"',
        other => other,
    }
}

fn might_hold_links(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"http").is_some()
        || memchr::memmem::find(text.as_bytes(), b"t.co/").is_some()
        || memchr::memmem::find(text.as_bytes(), b"pic.twitter.com/").is_some()
}

/// Removes one pair of enclosing quotes, double or (as British papers print them) single; a
/// missing closing quote (common at line ends) still lets the opening one go.
fn strip_surrounding_quotes(text: &str) -> &str {
    let Some(mark) = text.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
        return text;
    };
    let inner = &text[1..];
    // `"…''`: two single marks close a double quote on some Nigerian papers' pages.
    let closed = inner
        .strip_suffix(mark)
        .or_else(|| (mark == '"').then(|| inner.strip_suffix("''")).flatten());
    match closed {
        Some(both) => both,
        // An apostrophe inside ("'I don't know") may not be taken for the closing mark, and
        // leaves the opening one in doubt too ("'90s kids").
        None if inner.contains(mark) => text,
        None => inner,
    }
}

/// Copied tweets often lose the space before their media link (`…said it."https://t.co/x`):
/// one is put back, so that the link is a word of its own.
fn unglue_media_links(text: &str) -> String {
    const MEDIA_LINKS: [&str; 3] = ["https://t.co/", "http://t.co/", "pic.twitter.com/"];
    let mut unglued = String::with_capacity(text.len() + 4);
    let mut rest = text;
    while let Some((at, marker)) = MEDIA_LINKS
        .iter()
        .filter_map(|marker| rest.find(marker).map(|at| (at, *marker)))
        .min_by_key(|(at, _)| *at)
    {
        let glued = rest[..at]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace() && c != '/');
        unglued.push_str(&rest[..at]);
        if glued {
            unglued.push(' ');
        }
        unglued.push_str(marker);
        rest = &rest[at + marker.len()..];
    }
    unglued.push_str(rest);
    unglued
}

fn is_trailing_media_link(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',', ')', '"']);
    word.starts_with("pic.twitter.com/")
        || word.starts_with("https://t.co/")
        || word.starts_with("http://t.co/")
        || word.starts_with("t.co/")
}

fn find_links(text: &str) -> Vec<String> {
    text.split(' ')
        .map(|word| word.trim_end_matches(['.', ',', ')', '"', '\'', '!', '?']))
        .filter(|word| {
            word.starts_with("http://")
                || word.starts_with("https://")
                || word.starts_with("pic.twitter.com/")
                || word.starts_with("t.co/")
        })
        .map(str::to_string)
        .collect()
}

/// The day a row is filed under: the article's publish date, else the day of collection.
pub fn filing_date(
    published_at: Option<&str>,
    collected_on: chrono::NaiveDate,
) -> chrono::NaiveDate {
    published_at
        .and_then(|p| p.get(..10))
        .and_then(|day| chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
        .unwrap_or(collected_on)
}

/// The day a reaction is filed under. A thread runs over days and dumps seldom date the post,
/// so a comment goes under the day it was posted; a quoted reaction under its article's day
/// (`article_day`), else the day of collection.
pub fn reaction_filing_date(
    reaction: &Reaction,
    article_day: Option<chrono::NaiveDate>,
    collected_on: chrono::NaiveDate,
) -> chrono::NaiveDate {
    match (&reaction.comment_id, &reaction.posted_at) {
        (Some(_), Some(posted)) => filing_date(Some(posted), collected_on),
        _ => article_day.unwrap_or(collected_on),
    }
}

/// A record's timestamp (RFC 3339, or a bare date at midnight UTC) as microseconds since the
/// epoch in UTC, as columnar outputs store it.
pub fn timestamp_micros(value: &str) -> Option<i64> {
    if let Ok(parsed) = chrono::DateTime::parse_from_rfc3339(value) {
        return Some(parsed.with_timezone(&chrono::Utc).timestamp_micros());
    }
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp_micros())
}

/// The inverse of [`timestamp_micros`], written as the collector writes timestamps.
pub fn timestamp_text(micros: i64) -> Option<String> {
    chrono::DateTime::<chrono::Utc>::from_timestamp_micros(micros)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_platform_has_one_name_in_every_output() {
        for platform in Platform::ALL {
            assert_eq!(Platform::from_name(platform.as_str()), Some(platform));
            let json = serde_json::to_string(&platform).unwrap();
            assert_eq!(json, format!("\"{}\"", platform.as_str()));
            assert_eq!(serde_json::from_str::<Platform>(&json).unwrap(), platform);
        }
        assert_eq!(Platform::from_name(" X "), Some(Platform::Twitter));
        assert_eq!(Platform::from_name("YouTube"), Some(Platform::YouTube));
        assert_eq!(Platform::from_name("myspace"), None);
    }

    #[test]
    fn content_id_hashes_the_identity_text_of_title_and_body() {
        let long_body = "Fuel Went UP again. ".repeat(200);
        let cases = [
            (
                "Petrol Hits R25",
                "“The PRICE is daylight robbery!”\n\nÉTÉ à Paris.",
            ),
            ("", ""),
            ("...", "!!"),
            ("ΟΔΟΣ ΣΟΦΙΑΣ", "İSTANBUL İ"),
            ("Title", long_body.as_str()),
            ("ǅemal", "Straße ÀÉÎ 😀 end."),
        ];
        for (title, body) in cases {
            assert_eq!(
                content_id(title, body),
                stable_id(&["content", &identity_text(title), &identity_text(body)]),
                "{title:?} {body:?}"
            );
        }
    }

    #[test]
    fn a_media_link_glued_to_the_text_is_moved_to_links() {
        let (text, links) = normalize_text("Cable news is sowing hate.\"https://t.co/AbC123");
        assert_eq!(text, "Cable news is sowing hate.\"");
        assert_eq!(links, ["https://t.co/AbC123"]);
        let (text, links) = normalize_text("Look at this https://pic.twitter.com/x1 and this");
        assert_eq!(text, "Look at this https://pic.twitter.com/x1 and this");
        assert_eq!(links, ["https://pic.twitter.com/x1"]);
    }

    #[test]
    fn invisible_formatting_characters_leave_the_text_but_not_raw_text() {
        let (text, _) = normalize_text(
            "\u{200B}@lerato same \u{200F}here\u{2069} 👨\u{200D}👩\u{200D}👧 \u{200B}",
        );
        assert_eq!(text, "@lerato same here 👨\u{200D}👩\u{200D}👧");
    }

    #[test]
    fn normalization_decodes_collapses_unquotes_and_asciifies() {
        let (text, links) = normalize_text("“Don’t  tell me &amp; them… ”");
        assert_eq!(text, "Don't tell me & them…");
        assert!(links.is_empty());
    }

    #[test]
    fn trailing_media_links_move_to_links() {
        let (text, links) =
            normalize_text("Fuel went up again pic.twitter.com/x1Y2z3 https://t.co/AbC");
        assert_eq!(text, "Fuel went up again");
        assert_eq!(links, ["pic.twitter.com/x1Y2z3", "https://t.co/AbC"]);
    }

    #[test]
    fn other_links_stay_in_the_text() {
        let (text, links) = normalize_text("Read https://example.com/a now");
        assert_eq!(text, "Read https://example.com/a now");
        assert_eq!(links, ["https://example.com/a"]);
    }

    #[test]
    fn a_double_quote_closed_with_two_single_marks_is_removed() {
        assert_eq!(
            normalize_text("\u{201c}It will be wise.\u{2019}\u{2019}").0,
            "It will be wise."
        );
    }

    #[test]
    fn missing_closing_quote_is_tolerated() {
        assert_eq!(
            normalize_text("“Petrol at R25 is daylight robbery.").0,
            "Petrol at R25 is daylight robbery."
        );
        assert_eq!(
            normalize_text("\"He said \"no\" twice\"").0,
            "He said \"no\" twice"
        );
    }

    #[test]
    fn single_quotes_are_removed_but_apostrophes_kept() {
        assert_eq!(
            normalize_text("'Bring back the staff!'").0,
            "Bring back the staff!"
        );
        assert_eq!(normalize_text("‘I don’t know’").0, "I don't know");
        assert_eq!(
            normalize_text("'Finally, some sense.").0,
            "Finally, some sense."
        );
        assert_eq!(
            normalize_text("'90s kids don't get it").0,
            "'90s kids don't get it"
        );
        assert_eq!(normalize_text("Rock 'n' roll").0, "Rock 'n' roll");
        assert_eq!(normalize_text("“So wholesome,”").0, "So wholesome");
    }

    #[test]
    fn ids_are_stable_and_separated() {
        assert_eq!(stable_id(&["a", "b"]), stable_id(&["a", "b"]));
        assert_ne!(stable_id(&["ab", "c"]), stable_id(&["a", "bc"]));
        assert_eq!(stable_id(&["x"]).len(), 16);
    }
}
