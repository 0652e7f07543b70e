//! Finds reader reactions in a [`Document`]'s blocks, in four stages.
//!
//! 1. **Segment** (the input formats, before this module): an article becomes ordered blocks,
//!    paragraphs and embedded posts (`formats::text` reads blank-line and single-newline
//!    paragraphs and joins hard-wrapped lines; `formats::html` reads every `articleBody`, and
//!    embeds wherever the page put them). [`find_candidates`] walks their lines in order.
//! 2. **Candidates**, each with its [`Form`]: an embedded post; a post flattened to text, whose
//!    signature closes it (`… — Sipho (@sipho_k) March 3, 2021`, `flattened_post`); an
//!    attribution line whose quote follows it or the next paragraph (`@kgomotso_m said:` ⏎
//!    `“…”`); any quoted span in a line (`quoted::spans`); a round-up item (`username:` ⏎
//!    `“…”`) or a run of quoted blocks; comments printed without quote marks, with their
//!    author over, before or after them (`dump`). Nothing here decides whether a reader spoke.
//! 3. **Speaker**: the handle shapes in `handles` (`Lerato Mokoena (@lerato_m), a nurse,
//!    tweeted: “…”`); names, usernames and `u/` names here; anonymous readers opening a line in
//!    `anonymous` (`One fan wrote: '…'`); and, around any quoted span, the general model in
//!    `quoted`: the clause before the quote or after it, any verb, asides between, pronouns
//!    resolved to the previous sentence's person, else a handle in the quote's sentence.
//! 4. **Decision** ([`find_reactions_with`]): each candidate's features
//!    ([`crate::features`], never the quote's own words) go through the learned
//!    [`Decision`]; those from its threshold are kept, with its probability as their
//!    `confidence`. Embeds, signatures and quotes attributed to a handle are posts on their
//!    face ([`Found::is_certain`]). The evidence is also kept on each record as its [`Cue`]s.
//!
//! Never candidates: reported speech without a quote (`Korotchenko added that …`), credits
//! (`Image: @someone/Facebook`), promotions (`Follow us on Twitter at @brand!`), labels before
//! a colon (`Photo:`, `PAY ATTENTION:`), headlines and bullet points.

use std::sync::LazyLock;

use regex::Regex;
use regex_automata::meta;

use crate::dates::DateReader;
use crate::decision::Decision;
use crate::document::{Block, Document};
use crate::features::{self, Setting};
use crate::vocabulary::{self, is_posting_verb, platform_named_in, OBJECT_WORDS, VERBS};
use crate::{Cue, Platform};

mod anonymous;
mod dump;
mod handles;
pub(crate) mod quoted;

/// A reaction as found, before it is given identity and article metadata.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    /// The shape it was printed in.
    pub form: Form,
    /// Where it was posted, when the article says or the announcement named a platform.
    pub platform: Platform,
    /// The author's handle or username, without `@` or `u/`.
    pub handle: Option<String>,
    /// The author's name as printed; neither this nor `handle` for an anonymous reader.
    pub display_name: Option<String>,
    /// An age follows the speaker's name (`Isabel Farrell, 75,`), as vox pops print it.
    pub interviewee: bool,
    /// The attribution verb, lower case (`said`, `tweeted`).
    pub verb: Option<String>,
    /// The words as the article printed them, quote marks included.
    pub raw_text: String,
    /// An embed's links.
    pub links: Vec<String>,
    /// When it was posted, if the article or the embed says.
    pub posted_at: Option<String>,
    /// The language an embed declares.
    pub lang: Option<String>,
    /// The evidence it was taken on; the record keeps them sorted and once each.
    pub cues: Vec<Cue>,
    /// The quote's words after its attribution (`“…,” another replied. “But…”`), as printed.
    pub continuation: Option<String>,
    /// How sure the decision is that this is a reaction, 0 to 1; 1 for a form taken without
    /// a decision (an embed, a post's signature).
    pub confidence: f64,
}

/// The shape a candidate was printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    /// A post the page embedded with its own markup.
    Embed,
    /// A post flattened to text, closed by its signature (`… — Name (@handle) March 3, 2021`).
    Signature,
    /// An attribution line with its quote after the colon or in the next paragraph
    /// (`@kgomotso_m said:` ⏎ `“…”`).
    Attribution,
    /// A quoted span with its speaker before or after it in the same sentence.
    #[default]
    QuotedSpan,
    /// A quoted span with no speaker but a handle in its sentence (`Jane Doe (@jdoe): “…”`,
    /// `…, @jdoe, in his reaction, said, “…”`).
    NearHandle,
    /// A round-up item: `username:` ⏎ `“…”`.
    ListItem,
    /// One of a run of unattributed quoted blocks.
    RoundUp,
    /// A comment pasted without quote marks under its username.
    Unquoted,
    /// `Name: comment`, unquoted.
    NameColon,
    /// A comment with its author after it: `… – @handle`, `…` ⏎ `— Name, Town`.
    NameAfter,
}

impl Form {
    pub(crate) const ALL: [Form; 10] = [
        Form::Embed,
        Form::Signature,
        Form::Attribution,
        Form::QuotedSpan,
        Form::NearHandle,
        Form::ListItem,
        Form::RoundUp,
        Form::Unquoted,
        Form::NameColon,
        Form::NameAfter,
    ];

    /// Whether a candidate of this form continues a run of `other`'s: the same form, lines
    /// that each name their author before the words (`Aremo says: “…”` ⏎ `Joseph: “…”`), or a
    /// column's messages, signed after their words or not.
    pub(crate) fn runs_with(self, other: Form) -> bool {
        let named_line =
            |form| matches!(form, Form::Attribution | Form::ListItem | Form::NameColon);
        let attributed = |form| matches!(form, Form::Attribution | Form::QuotedSpan);
        let message = |form| matches!(form, Form::RoundUp | Form::NameAfter);
        self == other
            || (named_line(self) && named_line(other))
            || (attributed(self) && attributed(other))
            || (message(self) && message(other))
    }

    pub(crate) fn feature_name(self) -> &'static str {
        match self {
            Form::Embed => "form:embed",
            Form::Signature => "form:signature",
            Form::Attribution => "form:attribution",
            Form::QuotedSpan => "form:quoted-span",
            Form::NearHandle => "form:near-handle",
            Form::ListItem => "form:list-item",
            Form::RoundUp => "form:round-up",
            Form::Unquoted => "form:unquoted",
            Form::NameColon => "form:name-colon",
            Form::NameAfter => "form:name-after",
        }
    }
}

impl Found {
    /// Whether this is a post on its face, kept without a decision: a page's embed and a
    /// post's printed signature name their author and platform, a quote attributed to a
    /// @handle in so many words is a post by the labelling rules (a handle makes it one), and
    /// a letter signed as letters pages sign them is a reader's.
    pub fn is_certain(&self) -> bool {
        match self.form {
            Form::Embed | Form::Signature => true,
            Form::Attribution | Form::QuotedSpan => {
                self.handle.is_some() && self.cues.contains(&Cue::Handle)
            }
            // (`IN response to …, HENRY KUNENE says: …`: a reader's message answering a story.)
            Form::NameAfter | Form::NameColon => self.cues.contains(&Cue::Letter),
            _ => false,
        }
    }
}

/// A candidate as the decision sees it: what was found, and its feature values in
/// [`FEATURE_NAMES`](crate::features::FEATURE_NAMES) order.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The reaction it would be.
    pub found: Found,
    /// Its feature values.
    pub features: Vec<f64>,
    /// Which run of its article it is in: candidates of one form, each a few lines from the
    /// one before, share a run (a candidate alone has a run of its own).
    pub run: usize,
}

/// Every reaction in the document, in reading order, as the bundled [`Decision`] keeps them.
pub fn find_reactions(document: &Document) -> Vec<Found> {
    find_reactions_with(document, Decision::bundled())
}

/// Every reaction in the document, in reading order, as `decision` keeps them; each with its
/// confidence.
pub fn find_reactions_with(document: &Document, decision: &Decision) -> Vec<Found> {
    let candidates = find_candidates(document);
    let confidences = decision.confidences(&candidates);
    candidates
        .into_iter()
        .zip(confidences)
        .filter_map(|(candidate, confidence)| {
            let confidence = confidence?;
            let mut found = candidate.found;
            // Four decimals: as much as anyone filters on, and the same whatever the machine's
            // `exp` rounds.
            found.confidence = (confidence * 1e4).round() / 1e4;
            Some(found)
        })
        .collect()
}

/// A capitalized name word: "Lerato", "O'Brien", "Jean-Luc", "Mokoena-Dlamini".
const NAME_WORD: &str = r"\p{Lu}[\p{L}\p{M}'’.\-]*";
const OPEN_QUOTE: &str = r"[“\u0022‘'«„]";
/// `, a nurse in Soweto,` between an author and the verb.
const APPOSITIVE: &str = r"(?:,\s*[^,:;“”\u0022@]{1,80},)";

fn build(pattern: String) -> Regex {
    Regex::new(&pattern).unwrap_or_else(|error| panic!("invalid recognizer pattern: {error}"))
}

/// A pattern only asked whether it matches a line or a few words, built without the literal
/// prefilter `regex` derives: from a case-insensitive list of words that derivation took most
/// of a millisecond of every run's start, more than it saves on texts this short. What matches
/// is what `regex` would match: the same engine, with its own defaults otherwise.
pub(crate) fn build_unfiltered(pattern: &str) -> meta::Regex {
    meta::Builder::new()
        .configure(meta::Config::new().auto_prefilter(false))
        .build(pattern)
        .unwrap_or_else(|error| panic!("invalid recognizer pattern: {error}"))
}

/// A name of up to five words, with particles ("van", "de", "van der", "de la") between them.
fn display_name(more_words: &str) -> String {
    let particle = vocabulary::NAME_PARTICLES.join("|");
    format!(r"{NAME_WORD}(?:\s+(?:(?:{particle})\s+){{0,2}}{NAME_WORD}){more_words}")
}

/// `@Thandeka Zulu said:` — a Facebook mention, which is a name with spaces.
static SPACED_MENTION: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"^@(?P<handle>{})\s+(?P<verb>(?i:{VERBS}))\s*[:;]\s*(?P<rest>)",
        display_name("+")
    ))
});

/// The words of a name the patterns read: each starts with a capital, its particles do not.
/// The patterns repeat a name's word without bound and the number is checked after the match
/// (a bounded repeat of a Unicode class is compiled as that many copies of it, and cost every
/// run milliseconds before its first page); anchored at the line's start, they match the same.
fn name_words(name: &str) -> usize {
    name.split_whitespace()
        .filter(|word| word.starts_with(char::is_uppercase))
        .count()
}

/// Where online a reader may be said to have posted.
const PLACE_NAMES: &[&str] = &[
    "Twitter",
    "X",
    "Facebook",
    "FB",
    "Instagram",
    "TikTok",
    "YouTube",
    "Reddit",
    "Threads",
    "Bluesky",
    "social media",
    "online",
];

/// The comments under the article, as a place posted in.
const COMMENT_SECTIONS: &[&str] = &[
    "the comment",
    "the comments",
    "the comment section",
    "the comments section",
];

/// [`PLACE_NAMES`] as a pattern.
fn places() -> String {
    format!("(?:{})", PLACE_NAMES.join("|").replace(' ', r"\s+"))
}

/// A listed verb, and where it was posted when the line says so: `wrote on X`, `commented in
/// the comments section`.
fn verb_posted_on() -> String {
    format!(
        r"(?P<verb>(?i:{VERBS}))(?:\s+(?i:on|in|under)\s+(?P<posted_on>(?i:{}|the\s+comments?(?:\s+section)?)))?",
        places()
    )
}

/// The most words a verb and where it was posted take: `pointed out on the comments section`.
const LONGEST_VERB_POSTED_ON: usize = 6;

/// The listed verbs and the places posted in, each as its words, the last first: the check
/// of every line with a colon compares words, and splitting the lists for each took a tenth
/// of the extraction bench.
struct Tails {
    verbs: Vec<Vec<&'static str>>,
    places: Vec<Vec<&'static str>>,
}

static TAILS: LazyLock<Tails> = LazyLock::new(|| {
    let words = |phrase: &'static str| phrase.rsplit(' ').collect();
    Tails {
        verbs: VERBS.split('|').map(words).collect(),
        places: PLACE_NAMES
            .iter()
            .chain(COMMENT_SECTIONS)
            .copied()
            .map(words)
            .collect(),
    }
});

/// Whether `line` may hold what the patterns reading a verb before the colon need: a listed
/// verb, or one and where it was posted, ending the words before a colon or semicolon (`… wrote
/// on X:`), or a clause told first that ends the line (`… added that …:`). Read in code so that
/// a page without such a line never builds those patterns (they took milliseconds of every
/// run's start) and a line without one is not run through them. A word with a character
/// outside ASCII may be a listed one under Unicode's case folding (`aſked`): it passes.
fn may_have_verb_before_colon(line: &str) -> bool {
    if line.trim_end().ends_with(':') && memchr::memmem::find(line.as_bytes(), b"that").is_some() {
        return true;
    }
    line.match_indices([':', ';']).any(|(at, _)| {
        // The last words before the colon, the nearest first.
        let mut last = [""; LONGEST_VERB_POSTED_ON];
        let mut count = 0;
        for (slot, word) in last.iter_mut().zip(line[..at].split_whitespace().rev()) {
            *slot = word;
            count += 1;
        }
        let last = &last[..count];
        let tails = &*TAILS;
        let ends_with_verb = |words: &[&str]| tails.verbs.iter().any(|verb| ends_with(words, verb));
        ends_with_verb(last)
            || tails.places.iter().any(|place| {
                last.get(place.len()).is_some_and(|preposition| {
                    ends_with(last, place)
                        && ["on", "in", "under"]
                            .iter()
                            .any(|on| may_be_word(preposition, on))
                        && ends_with_verb(&last[place.len() + 1..])
                })
            })
    })
}

/// Whether `last`, a line's last words nearest first, ends with `words`, also nearest first.
fn ends_with(last: &[&str], words: &[&str]) -> bool {
    words.len() <= last.len()
        && words
            .iter()
            .zip(last)
            .all(|(word, token)| may_be_word(token, word))
}

/// Whether `token` may match the listed `word` case-insensitively.
fn may_be_word(token: &str, word: &str) -> bool {
    !token.is_ascii() || token.eq_ignore_ascii_case(word)
}

/// The platform an attribution's `posted_on` group names.
fn platform_posted_on(caps: &regex::Captures) -> Option<Platform> {
    caps.name("posted_on")
        .and_then(|place| platform_named_in(place.as_str()))
}

/// The longest clause telling what was said before the words themselves (`added that …:`), in
/// characters. Lengths are checked after the match: a bounded repeat of a Unicode class is
/// compiled as that many copies of it, which cost every run milliseconds before its first page.
const LONGEST_TOLD_CLAUSE: usize = 200;

/// `Jane Wanjiru replied; “…”`, or `Jane Wanjiru wrote on Facebook:` with the quote in the next
/// paragraph; also `Edmund Khor added that the queues have grown:` ⏎ `“…”`, what was said told
/// first in a clause and the words themselves in the next paragraph.
static NAMED_COMMENTER: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"^(?P<name>{})\s+{}(?:\s*[:;]\s*(?P<rest>)(?:{OPEN_QUOTE}|$)|\s+that\s(?P<clause>[^:;“”\u0022]+):\s*$)",
        display_name("*"),
        verb_posted_on()
    ))
});

/// `…, including this comment posted by a visibly angry Singaporean Edmund Khor today:` ⏎
/// `“…”`: a post named, then its author after `by`, the words in the next paragraph.
static POSTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"(?i:\b(?:comment|post|tweet|message|reply|note)\s+(?:posted|written|shared|left|sent|tweeted)\s+(?:[a-z]+\s+){{0,2}}by)\s+(?P<described>(?:\p{{Ll}}[\p{{L}}\-]*\s+)*)(?P<name>{})(?:\s+(?i:today|yesterday|earlier|recently|on\s+\p{{Lu}}\p{{L}}+))?\s*:\s*(?P<rest>)$",
        display_name("*")
    ))
});

/// The longest username, in characters (checked after the match, as [`LONGEST_TOLD_CLAUSE`]).
const LONGEST_USERNAME: usize = 40;

/// `Ogo said:` ⏎ `“…”`, `user6372819 commented: “…”`.
static USERNAME_COMMENTER: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"^(?P<name>[\p{{L}}\p{{N}}_][\p{{L}}\p{{N}}_.\-]+)\s+{}\s*[:;]\s*(?P<rest>)(?:{OPEN_QUOTE}|$)",
        verb_posted_on()
    ))
});

/// `Redditor u/nairobi_guy wrote: “…”`: a Reddit username, which has no '@'.
static REDDIT_USER: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"^(?:(?P<lead>[^@:;“”\u0022.!?/]{{1,40}}?)\s+)?u/(?P<handle>[A-Za-z0-9_\-]{{3,20}}){APPOSITIVE}?\s+{}\s*[:;]\s*(?P<rest>)",
        verb_posted_on()
    ))
});

/// One-word subjects of reported speech, which are not readers even among reactions.
static REPORTED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    build(r"(?i)^(?:he|she|they|it|we|i|you|someone|everyone|everybody|nobody|one|another|others?|police|officials?|authorities|witnesses|residents|experts?|critics|analysts?|sources?|reports?|spokesperson|spokesman|spokeswoman|government|minister|ministry|department|company|statement|court|judge|family|friends?|users?|people|fans?|netizens|organisers|organizers|management|parliament|council|party|union|club|team|coach|doctors?|lawyers?|researchers|scientists|studies|data)$".to_string())
});

/// `text — Name (@handle) March 3, 2021` at the end of a line: Twitter's embed, flattened.
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"(?:—|–|--|&mdash;)\s*(?P<name>[^—–\n]{{0,60}}?){SIGNED_HANDLE_AND_DATE}"
    ))
});

/// The signature without its dash, after the post's picture link (`… pic.twitter.com/P1ek
/// Shishir Kumar Dube (@IamShishirkDube) March 12, 2020`), as some pages flatten the embed.
static SIGNATURE_AFTER_LINK: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"pic\.twitter\.com/[A-Za-z0-9]+\s+(?P<name>[^—–\n(]{{1,60}}?){SIGNED_HANDLE_AND_DATE}"
    ))
});

/// The signature after a stray closing quote mark where the dash was (`… the whole of 2023!'
/// Christo 🇿🇦 (@ChristoThurston) December 14, 2022`), as some pages copy the embed.
static SIGNATURE_AFTER_QUOTE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r#"['’”"]\s+(?P<name>[^—–\n'’”"(]{{1,60}}?){SIGNED_HANDLE_AND_DATE}"#
    ))
});

/// A line ending as a signature does, dash or not: an earlier post's end.
static SIGNED_END: LazyLock<Regex> = LazyLock::new(|| build(SIGNED_HANDLE_AND_DATE.to_string()));

/// What follows a signature's name: the handle in brackets and the date, ending the line. Pages
/// that copy the embed drop the date or cut its year (`— Ben (@benmurdo14)`, `… June 12,`); a
/// page in another language prints the day first, in its own words (`13 novembre 2018`).
const SIGNED_HANDLE_AND_DATE: &str = r"\s*\(\s*@(?P<handle>[A-Za-z0-9_]{1,30}|[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,4})\s*\)\s*(?:(?P<date>(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?(?:\s+\d{4})?)|(?:\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}))(?:\s+at\s+\d{1,2}:\d{2}\s*(?:[AaPp][Mm])?)?)?\s*$";

/// A paragraph announcing readers' reactions ("Social media users react …:").
/// With the words of Spanish, Portuguese, French, German and Italian for the same (`Estos son
/// algunos de los comentarios:`, `Les internautes se sont moqués :`).
///
/// The stems are matched without the rest of their word (`react` for `reactions`), which a
/// `\w*` would match and a match needs no more of: `\w` is a Unicode class, and compiling it
/// into the pattern cost every run 2.5 ms before its first page.
static LEAD_IN: LazyLock<meta::Regex> = LazyLock::new(|| {
    build_unfiltered(
        r"(?i)\b(?:react|comment|coment|kommentar|internaut|usuari|usuári|nutzer)|\b(?:social media|netizens?|tweeps|users?|online|readers|followers|fans|people|tweets|posts|replies|mzansi|here'?s what|here is what|here are (?:some|the|a few)|had to say|took to|utilisateurs|utenti|lectores|leitores|lecteurs|leser|lettori|redes sociales|redes sociais|réseaux sociaux|sozialen (?:netzwerken|medien))\b",
    )
});

/// Words that open a phrase but name nobody: articles, pronouns, credits.
pub(super) static NOT_A_NAME: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r"^(?:The|A|An|He|She|They|It|We|I|Me|You|Him|Her|Us|Them|This|That|Source|Image|Photo|Video|Credit)\b\.?"
            .to_string(),
    )
});

/// Words before a handle that make it the object, not the author ("replying to @x said:").
static OBJECT_LEAD: LazyLock<meta::Regex> =
    LazyLock::new(|| build_unfiltered(&format!(r"(?i)\b(?:{})$", OBJECT_WORDS.join("|"))));

/// A line of the body, in reading order.
enum Unit<'d> {
    Line {
        text: &'d str,
        starts_paragraph: bool,
        paragraph: usize,
        /// Indented in the input, as a copied page's list items are (the text is trimmed).
        indented: bool,
    },
    Embed(&'d crate::document::EmbeddedPost),
}

impl<'d> Unit<'d> {
    /// The text of a line that opens its paragraph, where a shape that stands alone starts.
    fn opening_line(&self) -> Option<&'d str> {
        match self {
            Unit::Line {
                text,
                starts_paragraph: true,
                ..
            } => Some(text),
            _ => None,
        }
    }
}

/// Every candidate in the document, in reading order, with its features: every shape a reader's
/// words take in print, whether or not the article gives reason to think a reader wrote them.
pub fn find_candidates(document: &Document) -> Vec<Candidate> {
    let units = units(document);
    let mut claimed = vec![false; units.len()];
    let mut found: Vec<(usize, Found)> = Vec::new();
    // (A page that signs its lines after a dash prints readers' messages under titles of its
    // own, whatever its headline.)
    let readers_page = document.title.as_deref().is_some_and(is_readers_page)
        || dump::signs_lines_with_dashes(units.iter().filter_map(|unit| match unit {
            Unit::Line { text, .. } => Some(*text),
            Unit::Embed(_) => None,
        }));
    let mut context = Context {
        letters_headline: document.title.as_deref().is_some_and(names_letters),
        readers_headline: document.title.as_deref().is_some_and(names_readers),
        in_reactions: readers_page,
        readers_page,
        name_headline: document
            .title
            .as_deref()
            .is_some_and(|title| dump::names_a_person(title.trim())),
        call_in_page: is_call_in_page(document.title.as_deref(), &units),
        comments_counted_in_headline: document.title.as_deref().is_some_and(|title| {
            title
                .rsplit(['—', '–', '|'])
                .next()
                .is_some_and(dump::counts_comments)
        }),
        ..Context::default()
    };
    let mut announcements = Vec::new();

    let mut index = 0;
    while index < units.len() {
        match &units[index] {
            Unit::Embed(post) => {
                claimed[index] = true;
                found.push((index, embedded(post)));
            }
            Unit::Line { text, .. } => {
                // An attribution whose quote is not there (`Name (@handle): unquoted words`)
                // leaves the line to the other shapes.
                // A name alone over its comment is a reader's only inside a round-up.
                let round_up = context.in_reactions || context.reactions_seen;
                // `Jane Wanjiru says:` ⏎ `March 5, 2019 at 3:42 pm` ⏎ `…`: a commenter over
                // the time of the comment is a thread's, read with its times below.
                let thread = dump::dated_comment(&units, index, &claimed, &context)
                    .or_else(|| dump::said_over_comment(&units, index, &claimed, &context))
                    .or_else(|| dump::says_over_comment(&units, index, &claimed, &context))
                    .or_else(|| dump::signed_at_time_below(&units, index, &claimed, &context));
                // (A thread's header is no other shape's: `1. jaded said` is no name alone.)
                let attributed = thread
                    .is_none()
                    .then(|| {
                        attribution(text)
                            .or_else(|| name_over_quote(text, units.get(index + 1)))
                            .or_else(|| {
                                // `1. bruno` ⏎ `August 6, 2014 at 7:25 pm` ⏎ `…`: a blog's
                                // thread with its times, which [`dump`] reads.
                                bulleted_name(text).filter(|_| {
                                    !matches!(units.get(index + 1),
                                        Some(Unit::Line { text: next, .. })
                                            if dump::is_comment_time(next))
                                })
                            })
                    })
                    .flatten()
                    .filter(|attribution| {
                        // (`Ali Naka on Twitter` ⏎ `“…”` says where the words were posted.)
                        round_up
                            || !attribution.is_name_alone()
                            || attribution.platform_hint.is_some()
                            || names_alone_in_turn(&units, index)
                    })
                    .and_then(|attribution| {
                        let quote = quote_for(&attribution, &units, index, &claimed)?;
                        Some((attribution, quote))
                    });
                if let Some((mut attribution, (raw, mut quote_units))) = attributed {
                    // `But another viewer said:` ⏎ `“…”` ⏎ `- Al Foster`: the signature under
                    // the quote names the reader the line above described.
                    let anonymous =
                        attribution.handle.is_none() && attribution.display_name.is_none();
                    let signed = quote_units
                        .last()
                        .filter(|_| anonymous)
                        .and_then(|&last| Some((last, quoted::signed_below(&units, last, &claimed)?)));
                    if let Some((last, (handle, display_name))) = signed {
                        attribution.handle = handle;
                        attribution.display_name = display_name;
                        quote_units.push(last + 1);
                    }
                    claimed[index] = true;
                    for unit in &quote_units {
                        claimed[*unit] = true;
                    }
                    let later = quote_units
                        .is_empty()
                        .then(|| {
                            later_in_line(&attribution, text, &units, index, &claimed, &context)
                        })
                        .flatten();
                    let raw = later.as_ref().map_or(raw, |(first, _)| first.clone());
                    // Names in turn over their comments are a comment section's structure, as
                    // a thread's times are: kept without the decision, which reads a name of
                    // one word as an official's surname. The turn's last name follows another.
                    let after_one = found.last().is_some_and(|(position, previous)| {
                        previous.form == Form::Signature && index - position <= NAMES_IN_TURN_GAP
                    });
                    let in_turn = attribution.is_name_alone()
                        && (after_one || names_alone_in_turn(&units, index));
                    let mut reaction = attribution.into_found(raw, &context);
                    if in_turn {
                        reaction.form = Form::Signature;
                    }
                    found.push((index, reaction));
                    context.reactions_seen = true;
                    if let Some((_, later)) = later {
                        found.extend(later.found.into_iter().map(|reaction| (index, reaction)));
                    }
                    if let Some(last) = quote_units.last() {
                        index = *last;
                    }
                } else if let Some(post) = flattened_post(&units, index, &claimed, &document.dates)
                    .or_else(|| flattened_facebook_post(&units, index, &claimed, &document.dates))
                {
                    for unit in post.units.iter() {
                        claimed[*unit] = true;
                    }
                    let first = post.units.first().copied().unwrap_or(index);
                    found.push((first, post.found));
                } else if let Some(quoted) = thread.or_else(|| {
                    // (`My wife just looked at a big, long orange car and said “more like
                    // Donald TRUNK.”` ⏎ `— Sean Clements (@SeanClements) June 23, 2018`: a
                    // post's text with its signature below is the post's, quotes and all.)
                    if signature_alone_below(&units, index) {
                        return None;
                    }
                    let listed_above = index > 0
                        && announcements.last() == Some(&(index - 1))
                        && matches!(units[index - 1], Unit::Line { text, .. } if introduces_a_list(text));
                    dump::run_on_comments(&units, index, &context)
                        .or_else(|| dump::listed_and_signed(&units, index, &context))
                        .or_else(|| dump::credited_in_brackets(&units, index, &claimed, &context))
                        .or_else(|| dump::signed_by_on_post(&units, index, &claimed, &context))
                        .or_else(|| dump::quote_signed_below(&units, index, &claimed, &context))
                        .or_else(|| quoted::listed(&units, index, &claimed, &context))
                        .or_else(|| quoted::in_line(&units, index, &claimed, &context, 0))
                        .or_else(|| quoted::closed_at_its_end(&units, index, &context))
                        .or_else(|| {
                            let after_an_anonymous_reader =
                                found.last().is_some_and(|(position, reader)| {
                                    *position + 1 == index
                                        && reader.form == Form::QuotedSpan
                                        && reader.handle.is_none()
                                        && reader.display_name.is_none()
                                });
                            quoted::round_up(
                                &units,
                                index,
                                &claimed,
                                &context,
                                (listed_above, after_an_anonymous_reader),
                            )
                        })
                        .or_else(|| dump::widget_post(&units, index, &claimed))
                        .or_else(|| dump::signed_in_one_paragraph(&units, index, &claimed, &context))
                        .or_else(|| dump::unquoted_comment(&units, index, &claimed, &context))
                        .or_else(|| dump::numbered_run(&units, index, &claimed, &context))
                        .or_else(|| {
                            // Bare paragraphs are readers' only under words for readers or
                            // their posts: not under one post of a person the article names
                            // (`Mr Murdoch is replying to his own tweet:`), whose embed is
                            // missing.
                            // (An SMS page's heading right above announces its messages.)
                            let sms_heading_above = index > 0
                                && announcements.last() == Some(&(index - 1))
                                && matches!(units[index - 1], Unit::Line { text, .. } if is_sms_heading(text));
                            let readers_announced = sms_heading_above
                                || (listed_above
                                    && matches!(units[index - 1], Unit::Line { text, .. } if LEAD_IN.is_match(text)));
                            // On a page of readers' messages (`SMS Zimbabwe Independent`), the
                            // messages printed unsigned between signed ones.
                            let after_a_message = context.readers_page
                                && index > 0
                                && claimed[index - 1]
                                && found.last().is_some_and(|(position, message)| {
                                    (*position..=position + 3).contains(&index)
                                        && message.form == Form::NameAfter
                                });
                            // `Sound Off for March 13, 2017` ⏎ `TV miracle` ⏎ `Wow, we…`: or
                            // the page's first message, under no more than its title and a
                            // line about its readers (`Sound Off highlights anonymous, brief
                            // takes … by Daily News readers.`), which is the desk's.
                            // (`Calls will remain anonymous, and opinions will be
                            // published…`: how the column takes its calls is the desk's too.)
                            let desks = |text: &str| {
                                dump::is_title(text)
                                    || names_readers(text)
                                    || gives_a_texting_number(text)
                                    || text.split(|c: char| !c.is_alphabetic()).any(|word| {
                                        matches!(word, "calls" | "Calls" | "callers" | "Callers")
                                    })
                            };
                            let opens_the_page = context.call_in_page
                                && found.is_empty()
                                && !desks(text)
                                && units[..index].iter().all(
                                    |unit| matches!(unit, Unit::Line { text, .. } if desks(text)),
                                );
                            (readers_announced || after_a_message || opens_the_page)
                                .then(|| dump::anonymous_run(&units, index, &claimed, &context))
                                .flatten()
                        })
                }) {
                    claimed[index] = true;
                    for unit in &quoted.units {
                        claimed[*unit] = true;
                    }
                    found.extend(quoted.found.into_iter().map(|reaction| (index, reaction)));
                    context.reactions_seen = true;
                    if let Some(last) = quoted.units.last() {
                        index = *last;
                    }
                } else if is_lead_in(text) {
                    announcements.push(index);
                    context.in_reactions = true;
                    if let Some(platform) = platform_named_in(text) {
                        context.platform = Some(platform);
                    }
                }
            }
        }
        index += 1;
    }
    found.sort_by_key(|(position, _)| *position);
    // `13 Comments on “2016 Crop Over Festival – One Big Party”`: a quote of the headline is
    // the page's own furniture.
    if let Some(title) = document.title.as_deref().map(str::trim) {
        found.retain(|(_, candidate)| {
            candidate.raw_text.trim_matches(|c: char| {
                c.is_whitespace() || c.is_ascii_punctuation() || "“”‘’«»„".contains(c)
            }) != title
        });
    }
    let mut found: Vec<(usize, Found)> = found
        .into_iter()
        .flat_map(|(position, reaction)| {
            dump::glued_comments(dump::with_header_handle(reaction))
                .into_iter()
                .map(move |reaction| (position, reaction))
        })
        .collect();
    for (_, candidate) in &mut found {
        // `schrieb ein Kommentator`, `Commenters on the Reddit post…`: a reader noun alone,
        // capitalized as a German noun or a sentence's first word, names nobody; nor does
        // where a reader is from (`commented Malawian on Zodika Facebook page`, `One St. Lucian
        // posted on Facebook:`).
        let name = candidate.display_name.take().filter(|name| {
            let lower = name.to_lowercase();
            !((!name.contains(' ') && vocabulary::is_online_noun(&lower))
                || vocabulary::is_demonym(name))
        });
        // A post's own signature prints the account's name (`ABC News Politics`), which no
        // desk has described.
        let printed_by_the_post = matches!(candidate.form, Form::Signature | Form::Embed);
        candidate.display_name = name.map(|name| match printed_by_the_post {
            true => name,
            false => name_as_author(&name).to_string(),
        });
    }
    let line_at = |position: usize| match units.get(position) {
        Some(Unit::Line { text, .. }) => *text,
        _ => "",
    };
    let same_form_near = |k: usize, other: usize| {
        found.get(other).is_some_and(|(position, neighbour)| {
            // (`SusahKes: …` ⏎ … ⏎ `WDA: …`: a name's colon opens a comment that may run on
            // for paragraphs before the next.)
            let gap = match found[k].1.form {
                Form::NameColon => COMMENT_RUN_GAP,
                _ => RUN_GAP,
            };
            neighbour.form.runs_with(found[k].1.form) && found[k].0.abs_diff(*position) <= gap
        })
    };
    // A run is the candidates of one form each near the one before it.
    let mut run = 0;
    let runs: Vec<usize> = (0..found.len())
        .map(|k| {
            if k > 0 && !same_form_near(k, k - 1) {
                run += 1;
            }
            run
        })
        .collect();
    let features: Vec<Vec<f64>> = (0..found.len())
        .map(|k| {
            let (position, candidate) = &found[k];
            let setting = Setting {
                attribution: line_at(*position),
                previous: position.checked_sub(1).map_or("", line_at),
                since_announcement: announcements
                    .iter()
                    .rev()
                    .find(|&&at| at < *position)
                    .map(|at| position - at),
                article_announces: !announcements.is_empty(),
                in_run: (k > 0 && runs[k - 1] == runs[k]) || runs.get(k + 1) == Some(&runs[k]),
                candidates_in_article: found.len(),
                same_form_in_article: found
                    .iter()
                    .filter(|(_, other)| other.form == candidate.form)
                    .count(),
                previous_verb: k
                    .checked_sub(1)
                    .and_then(|before| found[before].1.verb.as_deref()),
            };
            features::values(candidate, &setting)
        })
        .collect();
    found
        .into_iter()
        .zip(features)
        .zip(runs)
        .map(|(((_, found), features), run)| Candidate {
            found,
            features,
            run,
        })
        .collect()
}

/// A name read from the article as an author: without a possessive (`that of Jannette
/// Armstrong’s, who celebrated…`), the platform it was posted on before it (`On Twitter RJ
/// McLean`), or the trade, office or party printed before a name of two words or more
/// (`Musician Ed Sheeran:`, `BJP MP Anurag Thakur tweeted:`). Titles stay (`Sir Ravinder
/// Jadeja`).
fn name_as_author(name: &str) -> &str {
    let name = name
        .strip_suffix("’s")
        .or_else(|| name.strip_suffix("'s"))
        .unwrap_or(name);
    let on_a_platform = name.split_once(' ').and_then(|(preposition, rest)| {
        let (platform, after) = rest.split_once(' ')?;
        (matches!(preposition, "On" | "Via" | "From") && platform_named_in(platform).is_some())
            .then_some(after)
    });
    let name = on_a_platform.unwrap_or(name);
    // `E-mailer Chris`, `Commenter Maria`: the reader's noun before a name, one word or more.
    let name = name
        .split_once(' ')
        .filter(|(noun, _)| {
            let noun = noun.to_lowercase();
            vocabulary::is_online_noun(&noun) || matches!(noun.as_str(), "e-mailer" | "emailer")
        })
        .map_or(name, |(_, after)| after);
    // `NYATI NARE BUFFALO`: in a name printed in capitals, a word in capitals is no initials.
    let shouted = !name.chars().any(char::is_lowercase);
    let describes = |word: &str| {
        let lower = word.trim_end_matches('.').to_lowercase();
        // (`York-Simcoe MPP Caroline Mulroney`; but `AKM Saifullah Sheehan`, `WA Young
        // Liberals`: other capitals are the name's own.)
        let initials = !shouted
            && word
                .split('-')
                .any(|part| vocabulary::OFFICE_ABBREVIATIONS.contains(&part));
        // `Atlanta-based Maggie Marikah`; `But Malcolm Fields`, a sentence's conjunction.
        let based = lower.ends_with("-based");
        let conjunction = matches!(lower.as_str(), "but" | "and" | "so" | "while" | "then");
        // `Jamaican Richard Lue`: where the person is from describes the name.
        (based
            || conjunction
            || vocabulary::DEMONYMS.contains(&lower.as_str())
            || vocabulary::PERSON_DESCRIPTIONS.contains(&lower.as_str())
            || vocabulary::OFFICE_WORDS.contains(&lower.as_str())
            || initials)
            && !vocabulary::TITLES.contains(&lower.as_str())
    };
    // The name after the last describing word of the first few, a name of two words at least
    // left: `York-Simcoe MPP Caroline Mulroney`, `Conservative Leader Pierre Poilievre`, where
    // the words before the office (a riding, a party) describe it too.
    const LONGEST_DESCRIPTION: usize = 4;
    let mut author = name;
    let mut rest = name;
    for _ in 0..LONGEST_DESCRIPTION {
        let Some((first, after)) = rest.split_once(' ') else {
            break;
        };
        if !first.starts_with(char::is_uppercase) || !after.contains(' ') {
            break;
        }
        if describes(first) {
            author = after;
        }
        rest = after;
    }
    author
}

/// `Letters to the Editor`, `Letter: Why shut down for good?`.
fn names_letters(line: &str) -> bool {
    line.as_bytes()
        .windows(6)
        .any(|word| word.eq_ignore_ascii_case(b"letter"))
}

/// `Korean netizens felt embarrassed …`, `Reactions as …`: a headline naming readers or what
/// they post.
fn names_readers(line: &str) -> bool {
    line.split(|c: char| !c.is_alphabetic()).any(|word| {
        let lower = word.to_lowercase();
        vocabulary::is_online_noun(&lower)
            || vocabulary::REACTION_NOUNS.contains(&lower.as_str())
            || vocabulary::PLURAL_REACTION_NOUNS.contains(&lower.as_str())
    })
}

/// `Readers’ reactions to stories trending on our website`, `What our readers say`, `SMS
/// Zimbabwe Independent`: a page of readers' words, announced by its headline as a letters
/// page is.
fn is_readers_page(title: &str) -> bool {
    if is_sms_heading(title) || is_call_in_heading(title) {
        return true;
    }
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .collect();
    let has = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    has(&["reader", "readers"])
        && has(&[
            "reactions",
            "comments",
            "views",
            "say",
            "said",
            "respond",
            "react",
        ])
}

/// Candidates of one form at most this many lines apart are one run.
const RUN_GAP: usize = 3;

/// Lines apart within which names before their comments' colons are one run.
const COMMENT_RUN_GAP: usize = 8;

#[derive(Default, Clone)]
struct Context {
    /// The article has announced readers' reactions, so "Name said: “…”" is one of them.
    in_reactions: bool,
    /// A reaction has been found, so "Another added: “…”" continues the reactions.
    reactions_seen: bool,
    /// The platform the announcement named.
    platform: Option<Platform>,
    /// The headline names letters (`Letters to the Editor`, `Letter: …`): the page prints
    /// readers' letters, and a signature may close a letter of several paragraphs.
    letters_headline: bool,
    /// The headline is about readers or what they posted (`Korean netizens felt embarrassed
    /// …`, `Fans' reactions to …`): a numbered run of bare comments under it is theirs.
    readers_headline: bool,
    /// The headline says the page prints readers' words (`What our readers say`, `SMS Zimbabwe
    /// Independent`).
    readers_page: bool,
    /// The headline is a name alone, which the text format reads as the body's first line
    /// too: a comment section copied without its article, opening with its first commenter.
    name_headline: bool,
    /// The page is a column of readers' calls or texts ([`is_call_in_page`]: `Sound Off`, the
    /// number to text): it opens with their messages, unsigned or signed at their end.
    call_in_page: bool,
    /// The headline ends with the count of the page's comments (`… — 6 Comments`): a comment
    /// section copied with its article.
    comments_counted_in_headline: bool,
}

impl Context {
    /// A record's cues: each of `present` whose evidence holds, then what the article has
    /// said before the current line.
    fn cues_with(&self, present: impl IntoIterator<Item = (bool, Cue)>) -> Vec<Cue> {
        present
            .into_iter()
            .chain([
                (self.in_reactions, Cue::Announced),
                (self.reactions_seen, Cue::FollowsReactions),
            ])
            .filter_map(|(holds, cue)| holds.then_some(cue))
            .collect()
    }
}

fn units(document: &Document) -> Vec<Unit<'_>> {
    let mut units = Vec::new();
    for (paragraph, block) in document.blocks.iter().enumerate() {
        match block {
            Block::Paragraph(text) => {
                let lines = crate::document::lines(text)
                    .map(|line| (line, line.trim()))
                    .filter(|(_, text)| !text.is_empty());
                for (k, (line, text)) in lines.enumerate() {
                    units.push(Unit::Line {
                        text,
                        starts_paragraph: k == 0,
                        paragraph,
                        // Trimmed text is a slice of the line: where it starts is the indentation.
                        indented: text.as_ptr() as usize - line.as_ptr() as usize >= 2,
                    });
                }
            }
            Block::Embed(post) => units.push(Unit::Embed(post)),
        }
    }
    units
}

struct Attribution<'t> {
    handle: Option<String>,
    display_name: Option<String>,
    verb: Option<String>,
    rest: &'t str,
    platform_hint: Option<Platform>,
    /// Only a quote in quote marks makes this shape a reaction.
    needs_quote_marks: bool,
    /// An anonymous speaker described as an online reader (`One fan wrote:`).
    online_reader: bool,
}

impl<'t> Attribution<'t> {
    /// An author alone on `line`, with no verb and nothing after it: the quote is below.
    fn name_alone(
        line: &'t str,
        handle: Option<String>,
        display_name: Option<String>,
    ) -> Attribution<'t> {
        Attribution {
            handle,
            display_name,
            verb: None,
            rest: &line[line.len()..],
            platform_hint: None,
            needs_quote_marks: false,
            online_reader: false,
        }
    }

    /// A name with neither verb nor handle: `Chidinma Okafor:` alone on its line.
    fn is_name_alone(&self) -> bool {
        self.verb.is_none() && self.handle.is_none()
    }

    fn into_found(self, raw_text: String, context: &Context) -> Found {
        let verb_platform = match self.verb.as_deref() {
            Some("tweeted" | "retweeted" | "quote-tweeted") => Some(Platform::Twitter),
            _ => None,
        };
        let platform = verb_platform
            .or(self.platform_hint)
            .or(context.platform)
            .unwrap_or_default();
        let cues = context.cues_with([
            (self.handle.is_some(), Cue::Handle),
            (
                self.verb.as_deref().is_some_and(is_posting_verb),
                Cue::PostingVerb,
            ),
            (self.platform_hint.is_some(), Cue::PostingPlace),
            (self.online_reader, Cue::OnlineReader),
        ]);
        Found {
            form: Form::Attribution,
            platform,
            handle: self.handle,
            display_name: self.display_name,
            verb: self.verb,
            raw_text,
            cues,
            ..Found::default()
        }
    }
}

fn attribution(line: &str) -> Option<Attribution<'_>> {
    // Every attribution shape has a colon or a semicolon.
    memchr::memchr2(b':', b';', line.as_bytes())?;
    let verb_before_colon = may_have_verb_before_colon(line);
    let with_verb = |recognize: fn(&str) -> Option<Attribution<'_>>| {
        verb_before_colon.then(|| recognize(line)).flatten()
    };
    let mut found = line
        .contains('@')
        .then(|| handle_attribution(line))
        .flatten()
        .or_else(|| with_verb(named_commenter))
        .or_else(|| named_commenter_elsewhere(line))
        .or_else(|| posted_by(line))
        .or_else(|| reddit_user(line))
        .or_else(|| with_verb(anonymous::at_line_start))
        .or_else(|| with_verb(username_commenter))
        .or_else(|| name_alone(line));
    // `@tinashe wrote:-`: a dash after the colon, as some desks print it, is not the comment.
    if let Some(attribution) = found.as_mut() {
        if let Some(after_dash) = attribution.rest.trim_start().strip_prefix('-') {
            if !after_dash.starts_with('-')
                && (after_dash.is_empty() || after_dash.starts_with(char::is_whitespace))
            {
                attribution.rest = after_dash;
            }
        }
    }
    found
}

/// `Deborah in Milford:` ⏎ `…` ⏎ `Cheryl in Chalfont:` ⏎ `…`: a page made of readers'
/// comments, each under its name alone, is a round-up whether or not it says so, in whatever
/// language it announces them, if it does (`Gibson Nachiye` ⏎ `“…”` ⏎ `Paul Kagona` ⏎ `“…”`).
/// Whether the name alone at `index` has another a paragraph or two of comment below it.
fn names_alone_in_turn(units: &[Unit], index: usize) -> bool {
    let name_at = |at: usize| {
        matches!(units.get(at), Some(Unit::Line { text, starts_paragraph: true, .. })
            if name_alone(text)
                .or_else(|| bulleted_name(text))
                .or_else(|| name_over_quote(text, units.get(at + 1)))
                .is_some())
    };
    !name_at(index + 1) && (index + 2..=index + NAMES_IN_TURN_GAP).any(name_at)
}

/// Lines from a name alone to the next one over its comment, at most.
const NAMES_IN_TURN_GAP: usize = 4;

/// `• Dominic`, `1. chris chami`: a comment thread copied from a blog, each commenter's name
/// alone on a bulleted or numbered line over the comment. Read only where such names come in
/// turn ([`names_alone_in_turn`]), as a name alone with its colon is.
fn bulleted_name(line: &str) -> Option<Attribution<'_>> {
    let trimmed = line.trim();
    let name = trimmed.strip_prefix(['•', '◦', '▪']).or_else(|| {
        let digits = trimmed.find(|c: char| !c.is_ascii_digit())?;
        (1..=3)
            .contains(&digits)
            .then(|| trimmed[digits..].strip_prefix('.'))
            .flatten()
    })?;
    let words = name.split_whitespace().count();
    let sentence = name.contains([':', ',', '!', '?']) || name.ends_with('.');
    if !name.starts_with(' ') || sentence || !(1..=3).contains(&words) {
        return None;
    }
    let name = name.trim();
    // `1. chris chami`: commenters type their names as they like, lower case too.
    let typed = words > 1 && name.chars().all(|c| c.is_lowercase() || c == ' ');
    named_alone(line, name)
        .or_else(|| typed.then(|| Attribution::name_alone(line, None, Some(name.to_string()))))
}

/// `Chidinma Okafor:` alone on its line, the comment in the next paragraph, as round-ups print
/// a reader's name over the comment.
fn name_alone(line: &str) -> Option<Attribution<'_>> {
    let author = line.trim_end().strip_suffix(':')?;
    named_alone(line, author).or_else(|| named_on_platform(line, author))
}

/// `Jane Wanjiru on Facebook`: the name and where the comment was posted.
fn named_on_platform<'t>(line: &'t str, author: &str) -> Option<Attribution<'t>> {
    let dump::ColonAuthor {
        handle,
        display_name,
        verb: None,
        platform: Some(platform),
    } = dump::colon_author(author)?
    else {
        return None;
    };
    Some(Attribution {
        platform_hint: Some(platform),
        ..Attribution::name_alone(line, handle, display_name)
    })
}

/// `Nkeiruka Best` ⏎ `“We never think…”`: a full name alone over a quoted paragraph, as a
/// round-up printing `Name:` over the others prints one without its colon.
fn name_over_quote<'t>(line: &'t str, next: Option<&Unit>) -> Option<Attribution<'t>> {
    let Some(Unit::Line {
        text,
        starts_paragraph: true,
        ..
    }) = next
    else {
        return None;
    };
    let author = line.trim();
    // The paragraph is the quote alone: `“…,” the committee said.` names its own speaker. A
    // comment copied without its closing mark (`“How can the attackers…`) is alone too.
    // (Single marks close on every apostrophe, and are read closed only.)
    let unclosed = |open: char, close: char| {
        text.strip_prefix(open)
            .is_some_and(|quote| !quote.contains(close))
    };
    let quote_alone = text.starts_with(OPENING_MARKS)
        && (text
            .trim_end_matches(['.', ',', '!', '?'])
            .ends_with(['”', '"', '’', '\'', '»'])
            || unclosed('“', '”')
            || unclosed('"', '"'));
    if !quote_alone || author.split_whitespace().nth(1).is_none() {
        return None;
    }
    // `ALICE WANJIKU` ⏎ `“…”`: over a quote, a name in capitals is a name, as some pages
    // print their commenters'; `Ali Naka on Twitter` ⏎ `“…”`, one with where it was posted.
    named_alone(line, author)
        .or_else(|| named_on_platform(line, author))
        .or_else(|| {
            let (handle, display_name) = dump::shouted_name(author)?;
            Some(Attribution::name_alone(line, handle, display_name))
        })
        .filter(|attribution| attribution.handle.is_none())
}

fn named_alone<'t>(line: &'t str, author: &str) -> Option<Attribution<'t>> {
    // `What We Know:`, `Via NBC:`: a heading's words are not a name's.
    if author
        .split_whitespace()
        .any(|word| vocabulary::NOT_NAMES.contains(&word) || word == "Via")
    {
        return None;
    }
    // `Cheryl in Chalfont:`, `Mark from Bristol:`: a reader and where they live.
    let (handle, display_name) =
        dump::author_of(author).or_else(|| dump::author_of(dump::without_town(author)?))?;
    Some(Attribution::name_alone(line, handle, display_name))
}

fn handle_attribution(line: &str) -> Option<Attribution<'_>> {
    let lead_platform = |lead: Option<&str>| lead.and_then(platform_named_in);
    let acceptable_lead = |lead: Option<&str>| lead.is_none_or(|l| !OBJECT_LEAD.is_match(l.trim()));

    // Each shape's cheapest necessary sign is checked before it is matched.
    let parenthesized = line.contains('(');
    if let Some(found) = parenthesized
        .then(|| handles::name_then_handle(line))
        .flatten()
    {
        let name = found.name.unwrap_or_default().trim();
        if acceptable_lead(found.lead) && !NOT_A_NAME.is_match(name) {
            return Some(Attribution {
                handle: Some(found.handle.to_string()),
                display_name: Some(name.to_string()),
                verb: found.verb.map(str::to_lowercase),
                rest: found.rest,
                platform_hint: lead_platform(found.lead),
                needs_quote_marks: found.verb.is_none(),
                online_reader: false,
            });
        }
    }
    if let Some(found) = handles::handle_first(line) {
        if acceptable_lead(found.lead) {
            return Some(Attribution {
                handle: Some(found.handle.to_string()),
                display_name: None,
                verb: found.verb.map(str::to_lowercase),
                rest: found.rest,
                platform_hint: lead_platform(found.lead),
                needs_quote_marks: false,
                online_reader: false,
            });
        }
    }
    let spaced_mention = (line.starts_with('@') && may_have_verb_before_colon(line))
        .then(|| SPACED_MENTION.captures(line))
        .flatten()
        .filter(|caps| (2..=4).contains(&name_words(&caps["handle"])));
    if let Some(caps) = spaced_mention {
        let name = caps["handle"].to_string();
        return Some(Attribution {
            handle: Some(name.clone()),
            display_name: Some(name),
            verb: Some(caps["verb"].to_lowercase()),
            rest: rest_of(line, &caps),
            platform_hint: Some(Platform::Facebook),
            needs_quote_marks: false,
            online_reader: false,
        });
    }
    if let Some(found) = handles::narrative(line) {
        if acceptable_lead(found.lead) {
            let verb = found.verb.unwrap_or_default();
            let narrative = format!("{verb}{}", found.narrative);
            let platform_hint = platform_named_in(&narrative).or(lead_platform(found.lead));
            return Some(Attribution {
                handle: Some(found.handle.to_string()),
                display_name: None,
                verb: Some(verb.to_lowercase()),
                rest: found.rest,
                platform_hint,
                needs_quote_marks: true,
                online_reader: false,
            });
        }
    }
    handles::bare_handle(line).map(|found| Attribution {
        handle: Some(found.handle.to_string()),
        display_name: None,
        verb: None,
        rest: found.rest,
        platform_hint: None,
        needs_quote_marks: true,
        online_reader: false,
    })
}

/// What follows an attribution's colon: the patterns mark where it starts and stop there,
/// so that the rest of a long line is not matched (and backtracked over) for nothing.
fn rest_of<'t>(line: &'t str, caps: &regex::Captures) -> &'t str {
    caps.name("rest").map_or("", |m| &line[m.start()..])
}

fn named_commenter(line: &str) -> Option<Attribution<'_>> {
    let caps = NAMED_COMMENTER.captures(line)?;
    if caps
        .name("clause")
        .is_some_and(|clause| clause.as_str().chars().count() > LONGEST_TOLD_CLAUSE)
        || name_words(&caps["name"]) > 5
    {
        return None;
    }
    // "One Ada Okafor said:", as Nigerian papers print "a certain Ada Okafor"; "And Floyd
    // added:", "Meanwhile Martin Armstrong joked:", a conjunction or an adverb opening the
    // sentence.
    let name = caps["name"].trim();
    let name = [
        "One ",
        "Another ",
        "And ",
        "But ",
        "Meanwhile ",
        "Then ",
        "Also ",
        "Later ",
        "Finally ",
        "Similarly ",
        "Likewise ",
        "Elsewhere ",
        "Earlier ",
    ]
    .iter()
    .find_map(|lead| name.strip_prefix(lead))
    .unwrap_or(name);
    let name = vocabulary::without_description(name);
    let verb = caps["verb"].to_lowercase();
    let full_name = name.split_whitespace().count() >= 2;
    // "One Redditor wrote:", "Another Netizen said:": a reader described, not named.
    let describes_a_reader = name
        .split_whitespace()
        .any(|word| vocabulary::is_online_noun(&word.to_lowercase()));
    if !full_name || describes_a_reader || NOT_A_NAME.is_match(name) {
        return None;
    }
    Some(Attribution {
        handle: None,
        display_name: Some(name.to_string()),
        verb: Some(verb),
        rest: rest_of(line, &caps),
        platform_hint: platform_posted_on(&caps),
        needs_quote_marks: true,
        online_reader: false,
    })
}

/// `César Pérez López señala:`, `Wiiliam Vargas nos comenta:` ⏎ the words: a full name and a
/// verb of another language over a reader's message, as Spanish, Portuguese, French, German
/// and Italian mailbags print them (an object pronoun for the paper may stand between). Read
/// here rather than in [`NAMED_COMMENTER`], whose alternation their verbs slowed.
fn named_commenter_elsewhere(line: &str) -> Option<Attribution<'_>> {
    let head = line.trim_end().strip_suffix(':')?.trim_end();
    let (who, verb) = head.rsplit_once(' ')?;
    let verb = verb.to_lowercase();
    if !vocabulary::is_verb_elsewhere(&verb) {
        return None;
    }
    let name = vocabulary::without_object_pronoun(who).trim();
    let words = name.split_whitespace().count();
    let capitalized = name
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    if !(2..=5).contains(&words) || !capitalized || NOT_A_NAME.is_match(name) {
        return None;
    }
    Some(Attribution {
        handle: None,
        display_name: Some(name.to_string()),
        verb: Some(verb),
        rest: &line[line.len()..],
        platform_hint: None,
        needs_quote_marks: true,
        online_reader: false,
    })
}

fn posted_by(line: &str) -> Option<Attribution<'_>> {
    // "By" has no other case under Unicode's folding, so a byte search rules a line out as
    // the pattern would, without building it.
    let by = |pair: &[u8]| pair.eq_ignore_ascii_case(b"by");
    if !line.trim_end().ends_with(':') || !line.as_bytes().windows(2).any(by) {
        return None;
    }
    let caps = POSTED_BY.captures(line)?;
    // At most four words describe the author, and the name has at most four (checked here,
    // not in the pattern: see [`name_words`]).
    if caps["described"].split_whitespace().count() > 4 || name_words(&caps["name"]) > 4 {
        return None;
    }
    // `a Singaporean Edmund Khor`: the nationality says who, the name is the rest.
    let name = caps["name"].trim();
    let name = match name.split_once(' ') {
        Some((first, rest)) if vocabulary::is_demonym(first) => rest,
        _ => name,
    };
    if name.split_whitespace().count() < 2 || NOT_A_NAME.is_match(name) {
        return None;
    }
    Some(Attribution {
        handle: None,
        display_name: Some(name.to_string()),
        verb: Some("posted".to_string()),
        rest: rest_of(line, &caps),
        platform_hint: None,
        needs_quote_marks: true,
        online_reader: false,
    })
}

fn reddit_user(line: &str) -> Option<Attribution<'_>> {
    memchr::memmem::find(line.as_bytes(), b"u/")?;
    let caps = REDDIT_USER.captures(line)?;
    if caps
        .name("lead")
        .is_some_and(|lead| OBJECT_LEAD.is_match(lead.as_str().trim()))
    {
        return None;
    }
    Some(Attribution {
        handle: Some(caps["handle"].to_string()),
        display_name: None,
        verb: Some(caps["verb"].to_lowercase()),
        rest: rest_of(line, &caps),
        platform_hint: Some(Platform::Reddit),
        needs_quote_marks: false,
        online_reader: false,
    })
}

fn username_commenter(line: &str) -> Option<Attribution<'_>> {
    let caps = USERNAME_COMMENTER.captures(line)?;
    let name = &caps["name"];
    if name.chars().count() > LONGEST_USERNAME
        || !name.chars().any(char::is_alphabetic)
        || NOT_A_NAME.is_match(name)
        || vocabulary::is_title(name)
        || REPORTED_SUBJECT.is_match(name)
        // `Many commented:`, `Some wrote:`: readers counted, not named.
        || vocabulary::NOT_NAMES.contains(&name)
    {
        return None;
    }
    // "Ogo" is a name; "user6372819", "ms_debby" and "thabo.m" are usernames.
    let username = !name.starts_with(char::is_uppercase)
        || name.contains(|c: char| c.is_numeric() || matches!(c, '_' | '.'));
    let rest = rest_of(line, &caps);
    Some(Attribution {
        handle: username.then(|| name.to_string()),
        display_name: (!username).then(|| name.to_string()),
        verb: Some(caps["verb"].to_lowercase()),
        rest,
        platform_hint: platform_posted_on(&caps),
        needs_quote_marks: true,
        online_reader: false,
    })
}

/// The marks a quote may open with.
pub(crate) const OPENING_MARKS: [char; 6] = ['“', '"', '‘', '\'', '«', '„'];

/// The quote an attribution introduces, as printed, and the units it occupies beyond the
/// attribution line itself.
fn quote_for(
    attribution: &Attribution,
    units: &[Unit],
    index: usize,
    claimed: &[bool],
) -> Option<(String, Vec<usize>)> {
    let rest = attribution.rest.trim();
    if !rest.is_empty() {
        let starts_quoted = rest.starts_with(OPENING_MARKS);
        if attribution.needs_quote_marks && !starts_quoted {
            return None;
        }
        let quote = quoted_part(rest);
        let left_open = starts_quoted && quoted::spans(quote).first().is_some_and(|s| !s.closed);
        if left_open {
            let (more, taken) = quoted::quote_goes_on(units, index, claimed);
            if !taken.is_empty() {
                return Some((format!("{quote} {more}"), taken));
            }
        }
        return Some((quote.to_string(), Vec::new()));
    }
    // The quote is the next paragraph, or the next line when both share a paragraph.
    let Some(Unit::Line {
        text,
        starts_paragraph,
        paragraph,
        ..
    }) = units.get(index + 1)
    else {
        return None;
    };
    // `Readers reacted on Facebook:` ⏎ `Olena Kovalenko wrote: “…”`: a paragraph that
    // attributes its own quote is its own speaker's, not the line above's.
    let attributes_its_own = || {
        self::attribution(text).is_some_and(|own| own.rest.trim_start().starts_with(OPENING_MARKS))
    };
    // `Jane Wanjiru says:` ⏎ `March 5, 2019 at 3:42 pm` ⏎ `…`: a blog's thread, which
    // [`dump`] reads with its times.
    if claimed[index + 1]
        || attribution_shape(text)
        || dump::is_comment_time(text)
        || attributes_its_own()
    {
        return None;
    }
    let mut taken = vec![index + 1];
    let mut raw = text.to_string();
    if *starts_paragraph {
        let mut next = index + 2;
        while let Some(Unit::Line {
            text,
            starts_paragraph: false,
            paragraph: p,
            ..
        }) = units.get(next)
        {
            if p != paragraph || attribution_shape(text) {
                break;
            }
            raw.push('\n');
            raw.push_str(text);
            taken.push(next);
            next += 1;
        }
    }
    Some((raw, taken))
}

/// Other readers quoted after an attribution's quote on the same line (`@a asked: “…?” @b
/// tweeted: “…”`), with the attribution's own quote cut at its closing mark; none when the line
/// goes on with no other reader, so a quote that runs over several spans stays whole.
fn later_in_line(
    attribution: &Attribution,
    line: &str,
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<(String, quoted::InLine)> {
    let rest = attribution.rest.trim_start();
    let first = *quoted::spans(rest)
        .first()
        .filter(|span| span.start == 0 && span.closed)?;
    let from = line.len() - rest.len() + first.end;
    let context = Context {
        reactions_seen: true,
        ..context.clone()
    };
    let later = quoted::in_line(units, index, claimed, &context, from)?;
    Some((rest[..first.end].to_string(), later))
}

/// True for a line that is itself an attribution or a post signature, never a quote.
fn attribution_shape(line: &str) -> bool {
    (line.contains('@') && handle_attribution(line).is_some())
        || (line.contains("(@") && SIGNATURE.is_match(line))
}

/// The quoted part of an inline quote: up to the last closing mark that matches the opening
/// one, or the whole rest when the closing mark is missing.
fn quoted_part(rest: &str) -> &str {
    let closing: &[char] = match rest.chars().next() {
        Some('“') | Some('„') => &['”', '"', '“'],
        Some('"') => &['"', '”'],
        Some('‘') => &['’'],
        Some('\'') => &['\''],
        Some('«') => &['»'],
        _ => return rest,
    };
    let opening_len = rest.chars().next().map_or(0, char::len_utf8);
    match rest[opening_len..].rfind(closing) {
        Some(at) => {
            let end = opening_len + at;
            let closing_len = rest[end..].chars().next().map_or(0, char::len_utf8);
            &rest[..end + closing_len]
        }
        None => rest,
    }
}

/// The most characters a flattened post's text runs to: X's limit.
const LONGEST_POST: usize = 280;

/// Words of a display name, at most, before a dash of its own (`Ikenna – 岩の先生`).
const MOST_WORDS_BEFORE_A_NAMES_DASH: usize = 3;

struct FlattenedPost {
    units: Vec<usize>,
    found: Found,
}

/// Twitter's (or Bluesky's) embed as text: the signature closes the post; its text is what
/// precedes the dash on that line and, when that is not a paragraph of its own, the lines
/// before it in its paragraph; before a signature standing alone, the paragraph before it and
/// those above that end no sentence; before a signature opening a paragraph with text, the
/// paragraphs above that end no sentence.
fn flattened_post(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    dates: &DateReader,
) -> Option<FlattenedPost> {
    let Unit::Line {
        text,
        starts_paragraph,
        ..
    } = &units[index]
    else {
        return None;
    };
    if !text.contains("(@") {
        return None;
    }
    let (caps, signature_start) = match SIGNATURE.captures(text) {
        // The leftmost dash from which a signature runs to the end of the line, as in the page.
        Some(caps) => {
            let start = caps.get(0).map_or(0, |m| m.start());
            (caps, start)
        }
        // Without a dash the post's text keeps its picture link; the signature is the name on.
        None => match SIGNATURE_AFTER_LINK.captures(text) {
            Some(caps) => {
                let start = caps.name("name").map_or(0, |m| m.start());
                (caps, start)
            }
            // The quote mark in the dash's place closes no quote of the text's.
            None => {
                let caps = SIGNATURE_AFTER_QUOTE_MARK.captures(text)?;
                let start = caps.get(0).map_or(0, |m| m.start());
                (caps, start)
            }
        },
    };
    let mut pre = text[..signature_start].trim();
    // `She wasn’t playin. — A (@freeziawh) January 14, 2019 — B (@MulanDaddy) January 14,
    // 2019`: a post quoted by another with no words of its own is the quoted one's.
    let mut caps = caps;
    while let Some(inner) = SIGNATURE.captures(pre) {
        let start = inner.get(0).map_or(0, |m| m.start());
        pre = pre[..start].trim();
        caps = inner;
    }
    // `— Ikenna – 岩の先生 (@FailedRift) August 30, 2016`: a display name with a dash of its own,
    // the line's first dash opening the signature (what is before the second is no post). A
    // lone character there is the site's logo's label (`— x – Florida Panthers (@…)`).
    let first_of_name = pre.strip_prefix(['—', '–']).map(str::trim).filter(|first| {
        (1..=MOST_WORDS_BEFORE_A_NAMES_DASH).contains(&first.split_whitespace().count())
            && !first.ends_with(['.', '!', '?'])
    });
    let signer = match first_of_name {
        Some(first) if first.chars().count() > 1 => {
            let dash = caps[0].chars().next().unwrap_or('–');
            format!("{first} {dash} {}", caps["name"].trim())
        }
        _ => caps["name"].trim().to_string(),
    };
    if first_of_name.is_some() {
        pre = "";
    }

    let mut parts: Vec<&str> = Vec::new();
    let mut taken = vec![index];
    if !pre.is_empty() {
        parts.push(pre);
    }
    // (`Solenn Heussaff` ⏎ `Why is our government… — Solenn Heussaff (@solennheussaff) …`: the
    // signer's name alone over the post heads it, as a list of posts prints one.)
    let signer = signer.as_str();
    let heads_the_post = |line: &str| !signer.is_empty() && line.trim() == signer;
    if let Some(since) = since_previous_post(units, index, claimed, pre, heads_the_post) {
        for (k, line) in since {
            parts.insert(0, line);
            taken.insert(0, k);
        }
        return Some(signed_post(&caps, signer, parts, taken, dates));
    }
    // A signature glued to the post's last paragraph (`Jai Bharat 🇮🇳 — Name (@x) date`, or a
    // page copied line by line) takes the paragraphs above it only while they end no
    // sentence: the article's paragraphs do (`Fans took to X to react.`).
    // Past the first paragraph before a signature standing alone, and from the start for one
    // glued to its paragraph.
    // Emoji or a picture link before the dash (`🤦🏼‍♀️— Holly Rowe (@sportsiren) …`) end the
    // post's text: its words are above, as for a signature standing alone.
    let pre_has_words = pre.split_whitespace().any(|word| {
        let link = is_bare_link(word) || word.starts_with("pic.twitter.com/");
        !link && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
    });
    let mut beyond_first = pre_has_words && *starts_paragraph;
    let mut length = post_length(pre);
    let boundary_crossed = *starts_paragraph;
    let mut k = index;
    while k > 0 {
        k -= 1;
        let Unit::Line {
            text: previous,
            starts_paragraph: previous_starts,
            ..
        } = &units[k]
        else {
            break;
        };
        // `Fans took to X to react.`: the article's announcement before its posts is no
        // post's text.
        if claimed[k]
            || previous.ends_with(':')
            || heads_the_post(previous)
            || attribution_shape(previous)
            || is_lead_in(previous)
        {
            break;
        }
        // A post of several paragraphs (`Honestly I am not even angry anymore` ⏎ `I am just
        // tired https://t.co/…` ⏎ `— Name (@handle) date`) goes on upwards only through
        // paragraphs that do not end a sentence: the article's do (`NBA players weighing
        // in: This sparked commentary….`), and an earlier embed's bare link is not text.
        // (A post's line trailing off, `International crude oil prices are now easing…`,
        // goes on into the next: the article's sentences end.)
        let ends = ends_a_sentence(previous) && !previous.trim_end().ends_with('…');
        if beyond_first && (ends || is_bare_link(previous) || ends_a_post(previous)) {
            break;
        }
        let grown = length + post_length(previous);
        if boundary_crossed && !parts.is_empty() && grown > LONGEST_POST {
            break;
        }
        parts.insert(0, previous);
        taken.insert(0, k);
        length = grown;
        // The signature's own paragraph is the whole post when the signature has text.
        if *previous_starts {
            if !starts_paragraph {
                break;
            }
            beyond_first = true;
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(signed_post(&caps, signer, parts, taken, dates))
}

fn signed_post(
    caps: &regex::Captures,
    name: &str,
    parts: Vec<&str>,
    taken: Vec<usize>,
    dates: &DateReader,
) -> FlattenedPost {
    // Bluesky's embed signs with a domain (`@jane.bsky.social`); X's handles have no dots.
    let platform = match caps["handle"].contains('.') {
        true => Platform::Bluesky,
        false => Platform::Twitter,
    };
    FlattenedPost {
        units: taken,
        found: Found {
            form: Form::Signature,
            platform,
            handle: Some(caps["handle"].to_string()),
            display_name: (!name.is_empty()).then(|| name.to_string()),
            verb: None,
            raw_text: parts.join("\n"),
            posted_at: caps
                .name("date")
                .and_then(|date| dates.normalize(date.as_str())),
            cues: vec![Cue::Embed, Cue::Handle],
            ..Found::default()
        },
    }
}

/// A post's lines when the one before the signature's text ends an earlier post (its
/// signature, its picture link, its attribution): on a page copying a run of embeds, every
/// line between two signatures is the later post's, sentences and all (`72h pour un tweet …
/// 5h.` ⏎ `Miskine?` ⏎ `— Iboo (@ibraaheem_) 15 avril 2019`), up to a line that
/// `heads_the_post`. None when the lines run longer than a post, reach the page's start or
/// hold the article's words about its readers.
fn since_previous_post<'a>(
    units: &'a [Unit],
    index: usize,
    claimed: &[bool],
    pre: &str,
    heads_the_post: impl Fn(&str) -> bool,
) -> Option<Vec<(usize, &'a str)>> {
    let mut lines = Vec::new();
    let mut length = post_length(pre);
    let mut k = index;
    while k > 0 {
        k -= 1;
        let Unit::Line { text, .. } = &units[k] else {
            return None;
        };
        // The signature's own last line may carry its picture link.
        let own_last_line = pre.is_empty() && lines.is_empty();
        // `2.` over a post: the article numbers its posts, and its words come before.
        let ends_earlier_post = claimed[k]
            || heads_the_post(text)
            || is_list_number(text)
            || is_bare_link(text)
            || (!own_last_line && ends_a_post(text))
            || attribution_shape(text);
        // `Here’s just a few of the shots that were fired:` over the first post: what the
        // announcement introduces starts below it.
        let announces = || !lines.is_empty() && text.ends_with(':') && is_lead_in(text);
        if ends_earlier_post || announces() {
            return (!lines.is_empty() || !pre.is_empty()).then_some(lines);
        }
        // The cheap refusals first: most walks end at an article's sentence, long and in the
        // third person.
        length += post_length(text);
        if length > LONGEST_POST
            || !(own_last_line || in_a_posters_voice(text))
            || text.ends_with(':')
            || LEAD_IN.is_match(text)
            || is_lead_in(text)
        {
            return None;
        }
        lines.push((k, *text));
    }
    None
}

/// Whether the line below `index` is a post's signature alone (`— Name (@handle) date`).
fn signature_alone_below(units: &[Unit], index: usize) -> bool {
    matches!(units.get(index + 1), Some(Unit::Line { text, .. })
        if text.contains("(@")
            && SIGNATURE
                .find(text)
                .is_some_and(|signature| text[..signature.start()].trim().is_empty()))
}

pub(super) fn is_signed_post(line: &str) -> bool {
    line.contains("(@") && SIGNATURE.is_match(line)
}

/// A post's picture link (`… 2020: pic.twitter.com/gs474TUM30`) is the last of its text, and
/// its signature (`… Deepika Bhardwaj (@DeepikaBhardwaj) March 12, 2020`, dash or not) ends it:
/// a paragraph above a post's last one that holds either is an earlier post's.
fn ends_a_post(line: &str) -> bool {
    line.contains("pic.twitter.com/")
        || line.contains("https://t.co/")
        || (line.contains("(@") && SIGNED_END.is_match(line))
}

/// Whether a line reads as a post's rather than the article's: the article speaks of the
/// posters in the third person and in statements (`D'autres ont rappelé que la France était
/// déjà la meilleure.`); a post speaks in the first or second person, asks or exclaims, numbers
/// its points, or is a fragment (`Unbelievable.`). A line that describes someone by trade or
/// office is the article's even in the first person (`Are we witnessing the end of the UK?
/// Famous comedian Daft Limmy pay his respects…`).
fn in_a_posters_voice(line: &str) -> bool {
    const FRAGMENT: usize = 40;
    let line = line.trim();
    if !line.ends_with(['.', '…'])
        || line.chars().count() <= FRAGMENT
        || line.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    let outside = quoted::without_quotes(line);
    let words = || outside.split(|c: char| !c.is_alphanumeric());
    words().any(vocabulary::is_speakers_own_word)
        && !words().any(|word| {
            let lower = word.to_lowercase();
            vocabulary::PERSON_DESCRIPTIONS.contains(&lower.as_str())
                || vocabulary::OFFICE_WORDS.contains(&lower.as_str())
        })
}

/// `2.`, `3)`, `#4`: a number alone on its line, numbering what follows.
fn is_list_number(line: &str) -> bool {
    let number = line
        .trim()
        .trim_start_matches('#')
        .trim_end_matches(['.', ')', ':']);
    !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `text` opens with `prefix`, ASCII letters in either case (`Dear Editor`, `SOUND
/// OFF`).
fn opens_with(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

fn ends_a_sentence(line: &str) -> bool {
    // (`…“there you go again.”`, `…about 20 gallons.)`: inside a closing mark or bracket.)
    let line = line.trim_end();
    let inner = line.strip_suffix(['”', '"', '’', ')']).unwrap_or(line);
    inner.ends_with(['.', '!', '?', '…'])
}

/// `https://twitter.com/x/status/1`: an embed that never loaded, alone on its line.
/// A post's length as X counts it against [`LONGEST_POST`]: its picture's link is no part of
/// the text (`…Criminalizing poverty. pic.twitter.com/zpSWIcq8kK`).
fn post_length(text: &str) -> usize {
    let pictures: usize = text
        .split_whitespace()
        .filter_map(|word| word.find("pic.twitter.com/").map(|at| &word[at..]))
        .map(|link| link.chars().count())
        .sum();
    text.chars().count() - pictures
}

fn is_bare_link(line: &str) -> bool {
    let line = line.trim();
    line.starts_with("http") && !line.contains(char::is_whitespace)
}

/// Facebook's embed as text: the post, then its credit on a line of its own (`Posted by Keisha
/// Ramdass on Tuesday, 5 March 2024`). The post is the credit's paragraph before it or, when
/// the credit opens a paragraph, the paragraph before; never the headline. Only a credit with
/// its weekday is the embed's: a blog's byline has none.
fn flattened_facebook_post(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    dates: &DateReader,
) -> Option<FlattenedPost> {
    let Unit::Line {
        text,
        starts_paragraph,
        paragraph,
        ..
    } = &units[index]
    else {
        return None;
    };
    if !text.starts_with("Posted by ") {
        return None;
    }
    let caps = crate::formats::html::FACEBOOK_CREDIT.captures(text)?;
    // Between the name and the date the credit prints `on Tuesday,`.
    let (name_end, date_start) = (caps.name("name")?.end(), caps.name("date")?.start());
    if !text[name_end..date_start].trim_end().ends_with("day,") {
        return None;
    }
    let post_paragraph = if *starts_paragraph {
        paragraph.checked_sub(1)?
    } else {
        *paragraph
    };
    let mut taken = Vec::new();
    let mut k = index;
    while k > 0 {
        k -= 1;
        match &units[k] {
            Unit::Line {
                text: line,
                paragraph: at,
                ..
            } if *at == post_paragraph && !claimed[k] && !line.ends_with(':') => taken.insert(0, k),
            _ => break,
        }
    }
    let first = *taken.first()?;
    let headline = units[..first]
        .iter()
        .all(|unit| !matches!(unit, Unit::Line { .. }));
    if headline {
        return None;
    }
    let raw_text = taken
        .iter()
        .filter_map(|&k| match units[k] {
            Unit::Line { text, .. } => Some(text),
            Unit::Embed(_) => None,
        })
        .collect::<Vec<_>>()
        .join("\n");
    taken.push(index);
    let name = caps["name"].trim();
    Some(FlattenedPost {
        units: taken,
        found: Found {
            form: Form::Signature,
            platform: Platform::Facebook,
            display_name: (!name.is_empty()).then(|| name.to_string()),
            raw_text,
            posted_at: dates.normalize(&caps["date"]),
            cues: vec![Cue::Embed],
            ..Found::default()
        },
    })
}

fn embedded(post: &crate::document::EmbeddedPost) -> Found {
    Found {
        form: Form::Embed,
        platform: post.platform,
        handle: post.handle.clone(),
        display_name: post.display_name.clone(),
        verb: None,
        raw_text: post.text.clone(),
        links: post.links.clone(),
        posted_at: post.posted_at.clone(),
        lang: post.lang.clone(),
        cues: [Some(Cue::Embed), post.handle.as_ref().map(|_| Cue::Handle)]
            .into_iter()
            .flatten()
            .collect(),
        ..Found::default()
    }
}

/// `Here are some of the reactions:`, `Below are some of their reactions`, `Some of the
/// comments included:`: an announcement that the posts follow, as a list, not a sentence that
/// mentions them (`Kenyans reacted to the news.`, a headline's `Fans react to…`).
fn introduces_a_list(line: &str) -> bool {
    // `… protest cannot work. Below are some reactions;`: the paragraph's last sentence may
    // announce them, and a semicolon stand for the colon.
    line.trim_end().ends_with([':', ';'])
        || LIST_INTRODUCTION.is_match(line)
        || LIST_INTRODUCTION.is_match(quoted::last_sentence(line))
        || shares_views(line)
}

/// `Netizens also shared their sentiments.`, `Fans aired their views.`: a sentence telling that
/// people gave their opinions, as pages print it over the opinions themselves. Every such
/// sentence has `their` in it, which a byte search rules out faster than the regex.
fn shares_views(line: &str) -> bool {
    says_their(line) && SHARED_THEIR_VIEWS.is_match(line)
}

/// Whether `line` holds `their `, which every sentence of people sharing their views or
/// venting their feelings does: a byte search that rules most lines out before a regex.
fn says_their(line: &str) -> bool {
    static THEIR: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"their "));
    THEIR.find(line.as_bytes()).is_some()
}

/// `Online commenters were mixed, with some saying…`, `Social media users were divided over
/// …`: a sentence telling that people disagreed, as pages print it over what each side said.
/// Only with the readers the lead-in names (`Analysts were divided` announces nobody's posts).
fn divided(line: &str) -> bool {
    // Asked of every line that announces nothing else: the three words in one pass of a
    // multi-literal search, before the pattern around them.
    static WORDS: LazyLock<Regex> = LazyLock::new(|| build("mixed|divided|split".to_string()));
    WORDS.is_match(line) && WERE_DIVIDED.is_match(line)
}

static WERE_DIVIDED: LazyLock<Regex> = LazyLock::new(|| {
    build(r"(?i)\b(?:were|are|was|is|seemed|appeared|remain|remained) (?:(?:sharply|deeply|bitterly|evenly|largely|also) )?(?:mixed|divided|split)\b".to_string())
});

static SHARED_THEIR_VIEWS: LazyLock<Regex> = LazyLock::new(|| {
    build(r"(?i)\b(?:shared?|express(?:ed)?|air(?:ed)?|voiced?|gave|give|post(?:ed)?) their (?:sentiments|thoughts|views|opinions|reactions|two cents)\b".to_string())
});

/// `Kenyans took to social media to express their anger.`: a sentence telling that people
/// showed a feeling. It announces readers' posts for what signs them, as a lead-in does, but
/// introduces no list of bare comments: the article's own sentences often go on under it.
/// Asked only of lines [`says_their`] has let through.
fn vents_feelings(line: &str) -> bool {
    static VENTED_THEIR_FEELINGS: LazyLock<Regex> = LazyLock::new(|| {
        build(r"(?i)\b(?:express(?:ed)?|air(?:ed)?|voiced?|vent(?:ed)?|show(?:ed)?) their (?:anger|frustrations?|displeasure|outrage|disappointment|dissatisfaction|shock|disgust)\b".to_string())
    });
    VENTED_THEIR_FEELINGS.is_match(line)
}

/// Bytes of the longest line that introduces a list without a colon.
const LONGEST_LIST_INTRODUCTION: usize = 120;

/// `Here are some of the comments`, `Reactions below`, and the arrival of a flood of them
/// (`Immediately the comments come flooding in.`).
static LIST_INTRODUCTION: LazyLock<meta::Regex> = LazyLock::new(|| {
    build_unfiltered(
        r"(?i)^(?:here (?:are|is)|here'?s|below are|below is|see (?:some|the|more)|check out|these are|some of the)\b|\b(?:reactions|comments|tweets|replies|posts) (?:below|include|included)\b|\b(?:these|here) are (?:some of )?the (?:reactions|comments|tweets|replies|posts|responses)\b|\b(?:reactions|comments|tweets|replies|responses) (?:(?:quickly|soon|immediately|then) )?(?:came|come|comes|poured|pour|pours|flooded|flood|floods|rolled|roll|rolls|began|started|kept)\b",
    )
});

fn is_lead_in(line: &str) -> bool {
    let ends_with_colon = line.trim_end().ends_with(':');
    // ASCII case folding finds the same "react" as full lower-casing: no other character
    // lower-cases to one of its letters.
    let bytes = line.as_bytes();
    let mut reacts = false;
    let mut reacts_elsewhere = false;
    for at in memchr::memchr2_iter(b'r', b'R', bytes) {
        let rest = &bytes[at + 1..];
        // Every stem goes on with `ea` or `éa` (0xC3 0xA9 `a`): most `r`s are followed by
        // neither.
        let ea = matches!(
            rest,
            [b'e' | b'E', b'a' | b'A', ..] | [0xC3, 0xA9 | 0x89, b'a' | b'A', ..]
        );
        if !ea {
            continue;
        }
        let starts = |stem: &[u8]| {
            rest.get(..stem.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(stem))
        };
        reacts |= starts(b"eact");
        reacts_elsewhere |= REACTION_STEMS_ELSEWHERE.iter().any(|stem| starts(stem));
    }
    // `Here are some of the comments from netizens.`: a short line that introduces a list
    // announces without a colon (a long one is the article's own sentence: `These are anxious
    // hours for people…`).
    let announces = ends_with_colon
        || reacts
        || (says_their(line) && (SHARED_THEIR_VIEWS.is_match(line) || vents_feelings(line)))
        || divided(line)
        || (line.len() <= LONGEST_LIST_INTRODUCTION && LIST_INTRODUCTION.is_match(line));
    (announces
        && (LEAD_IN.is_match(line) || (ends_with_colon && platform_named_in(line).is_some())))
        || reacts_elsewhere
        || invites_readers(line)
        || (line.len() <= 40
            && ["omments", "eactions", "views", "said", "say"]
                .iter()
                .any(|word| line.contains(word))
            && COMMENTS_HEADING.is_match(line.trim()))
        || is_sms_heading(line)
        || is_call_in_heading(line)
}

/// What follows the `r` of the words other languages announce reactions with, as `react…`
/// does in English: `reacciones`, `reaccionaron`, `réactions`, `ont réagi`, `Reaktionen`,
/// `reagierten`, `reações`, `reagiram`, `reazioni`. Whole stems, so that `reach`, `Reagan` or
/// `real` announce nothing.
const REACTION_STEMS_ELSEWHERE: [&[u8]; 9] = [
    b"eacci",
    "éact".as_bytes(),
    "éagi".as_bytes(),
    b"eaktion",
    b"eagier",
    "eaç".as_bytes(),
    b"eagira",
    b"eazion",
    b"eagito",
];

/// A page's section of readers' comments under its heading: `Facebook comments`, `Your
/// comments`, `What you said`.
static COMMENTS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    build(r"(?i)^(?:(?:facebook|twitter|online|readers'?|readers’|your|reader) (?:comments|reactions|views)|what you said|your say)$".to_string())
});

/// The heading of a page of readers' text messages: `SMS`, `Sms letters`, `SMSes of the Day :
/// Tuesday`, `Your SMS`, `SMS Zimbabwe Independent` (the paper's name after it).
static SMS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    build(r"^(?i:(?:your |readers'? |readers’ )?(?:sms(?:es)?|text messages)(?: (?:letters|messages|feedback|views|of the (?:day|week)))?)(?: \p{Lu}[\p{L}.]*)*(?:\s*:\s*\p{L}*)?$".to_string())
});

/// Whether `line` heads a page or section of readers' text messages ([`SMS_HEADING`]).
fn is_sms_heading(line: &str) -> bool {
    const LONGEST_SMS_HEADING: usize = 40;
    let line = line.trim();
    line.len() <= LONGEST_SMS_HEADING
        && ["SMS", "Sms", "Text", "text"]
            .iter()
            .any(|word| line.contains(word))
        && SMS_HEADING.is_match(line)
}

/// `Sound Off for March 13, 2017`, `SOUND OFF: 3/3/12`, `Back Talk`: the heading of a column
/// of readers' calls and texts, printed unsigned, as US local papers run them.
fn is_call_in_heading(line: &str) -> bool {
    const COLUMNS: [&str; 9] = [
        "word of mouth",
        "sound off",
        "sound-off",
        "soundoff",
        "speak out",
        "speakout",
        "back talk",
        "talk back",
        "talkback",
    ];
    const LONGEST_HEADING: usize = 40;
    let line = line.trim();
    // The column's name alone, or with its date (`Speak out against the levy` is a sentence).
    let dated = |rest: &str| {
        let rest = rest.trim_start();
        rest.is_empty()
            || rest.starts_with([':', '\u{2013}', '-', '('])
            || rest.starts_with(|c: char| c.is_ascii_digit())
            || opens_with(rest, "for ")
    };
    line.len() <= LONGEST_HEADING
        && COLUMNS
            .iter()
            .any(|column| opens_with(line, column) && dated(&line[column.len()..]))
}

/// Whether a page is a column of readers' calls or texts: its heading names one, or gives the
/// number to text, as does a line near its start asking for readers' texts.
fn is_call_in_page(title: Option<&str>, units: &[Unit]) -> bool {
    title.is_some_and(|title| is_call_in_heading(title) || gives_a_texting_number(title))
        || units.iter().take(TEXTING_NUMBER_REACH).any(|unit| {
            matches!(unit, Unit::Line { text, .. }
                if gives_a_texting_number(text) && asks_for_readers_texts(text))
        })
}

/// Lines from a page's start within which a column of readers' texts prints its number.
const TEXTING_NUMBER_REACH: usize = 4;

/// `Send a text to 021 241 4568, write HBT then your message.`, `TEXT: 0416 905 148`: a line
/// giving the number readers text a column on, which prints their texts unsigned or signed
/// at their end, as a column of readers' calls does.
fn gives_a_texting_number(line: &str) -> bool {
    const LONGEST_LINE: usize = 200;
    const FEWEST_DIGITS: usize = 8;
    line.len() <= LONGEST_LINE
        && line.bytes().filter(u8::is_ascii_digit).count() >= FEWEST_DIGITS
        && has_ascii_word(line, &["text", "texts", "sms", "whatsapp"])
}

/// `Tell us what you think. Send a text to…`, `Text your views to…`: the desk asking for
/// readers' texts, not a story giving a number to text (`Anyone with information can text
/// Crime Stoppers on…`).
fn asks_for_readers_texts(line: &str) -> bool {
    has_ascii_word(line, &["us", "your", "you"])
}

/// Whether one of `line`'s runs of ASCII letters is one of `words`, in any case.
fn has_ascii_word(line: &str, words: &[&str]) -> bool {
    line.split(|c: char| !c.is_ascii_alphabetic())
        .any(|word| words.iter().any(|listed| word.eq_ignore_ascii_case(listed)))
}

/// Whether `line` is a page asking its readers ([`READERS_INVITED`]). Every such phrase has
/// "you" or "asked" in it, which a byte search rules out far faster than the regex.
fn invites_readers(line: &str) -> bool {
    let bytes = line.as_bytes();
    let has = |first: u8, rest: &[u8]| {
        memchr::memchr2_iter(first, first.to_ascii_uppercase(), bytes).any(|at| {
            bytes[at + 1..]
                .get(..rest.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        })
    };
    (has(b'y', b"ou") || has(b'k', b"ed")) && READERS_INVITED.is_match(line)
}

/// A page that asked its readers and prints their answers: `We have been asking for your
/// experiences.`, `Here is a selection of your responses`, `Have your say`, `We asked the
/// community…`, `Someone asked the internet to share…`.
static READERS_INVITED: LazyLock<meta::Regex> = LazyLock::new(|| {
    build_unfiltered(
        r"(?i)\byour (?:views|experiences|comments|thoughts|responses|messages|stories|reactions|emails|texts)\b|\bhave your say\b|\byou(?:'ve| have) been (?:telling|sending|writing)|\bwe asked\b|\basked (?:\S+ ){1,4}to (?:share|tell us)\b",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_in_columns_name_alone_or_dated_heads_it() {
        for heading in [
            "Sound Off for March 13, 2017",
            "SOUND OFF: 3/3/12",
            "Back Talk",
            "Speak Out – 5 March",
        ] {
            assert!(is_call_in_heading(heading), "{heading}");
        }
        for sentence in ["Speak out against the levy", "Talk back to the Treasury"] {
            assert!(!is_call_in_heading(sentence), "{sentence}");
        }
    }

    #[test]
    fn the_name_patterns_keep_their_word_limits() {
        assert!(named_commenter("Jane Wanjiru Kamau said: “Too much.”").is_some());
        assert!(named_commenter("Anne Bea Cleo Dora Eve said: “Too much.”").is_some());
        assert!(named_commenter("Anne Bea Cleo Dora Eve Fay said: “Too much.”").is_none());
        let mention = |line| attribution(line).and_then(|a| a.display_name);
        assert_eq!(
            mention("@Thandeka Zulu said: “Too much.”").as_deref(),
            Some("Thandeka Zulu")
        );
        assert_eq!(mention("@Anne Bea Cleo Dora Eve said: “Too much.”"), None);
        let posted = |line| posted_by(line).and_then(|a| a.display_name);
        assert_eq!(
            posted("this comment posted by a visibly angry Singaporean Edmund Khor today:")
                .as_deref(),
            Some("Edmund Khor")
        );
        assert_eq!(
            posted("this comment posted by a very visibly and loudly angry Edmund Khor today:"),
            None
        );
    }
}
