//! Quotes anywhere in a line, and the speaker around each: how articles attribute the posts
//! they quote, as one mechanism rather than a list of shapes.
//!
//! 1. **Candidates.** Every quoted span of a line ([`spans`]), whatever its marks: curly or
//!    straight, double or single, a closing mark used as the opening one (`@x, ”Good.”`), a
//!    quote left open to the line's end.
//! 2. **Speaker.** Looked for before the quote, in its clause ([`speaker_before`]): a subject,
//!    then any verb (an open class: `raged`, `typed`, `jumped in`), with adverbs, asides and a
//!    short predicate allowed between (`One viewer bluntly replied, “…”`, `Another, in sheer
//!    disbelief, typed: “…”`, `One Twitter user, Khaya Sishuba, raised an important point:
//!    “…”`); else after it ([`speaker_after`]): `“…,” tweeted Jairuso.`, `“…,” Gii claimed.`,
//!    `“…” one other fan exclaimed.`, `“…” @RiaanSmiley`. A subject is a handle, a `u/` username,
//!    a name, an anonymous reader (`one amazed viewer`, `a third`, `someone else`) or a pronoun
//!    resolved to the previous sentence's person.
//! 3. **Evidence** ([`evidence`]): a handle, a posting verb or place (`tweeted`, `on X`), an
//!    online reader (`a user`, `one fan`), what the article said before; an interviewee's age
//!    (`Isabel Farrell, 75,`), which marks a vox pop. Every quote with a speaker is a candidate
//!    ([`is_candidate`]); the decision weighs the evidence.
//!
//! A clause that ends its line with a colon introduces a quote in the next paragraph (`…, while
//! another netizen added:` ⏎ `“…” @AluwaniMicheal`), which may run over several paragraphs
//! until its closing mark.

use super::{Context, Form, Found, Unit};
use crate::vocabulary::*;
use crate::{Cue, Platform};

/// A quoted span of a line: byte offsets of its opening mark and just past its closing mark (or
/// the line's end when it is left open).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
    pub closed: bool,
}

/// Every quoted span of `line`, in order. Single quotes count only when closed, since an
/// unclosed one is far more often an apostrophe ('90s, rock 'n' roll), or when a curly one
/// opens the line or follows a colon.
pub(crate) fn spans(line: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Whether a double mark opened inside the open single quote (`‘He said “no” and left’`),
    // whose closing mark is then the inner quote's, not a mismatched close of the outer one.
    let mut double_inside = false;
    // Whether a straight double mark opened inside the open curly one (`“She gets "special"
    // leave?”`), or inside an open straight one before a word (`"Fans hooting "Security
    // Security" Lmao," the user captioned.`): the next straight mark closes it, not the outer
    // quote.
    let mut straight_inside = false;
    // Whether a curly double mark opened inside the open curly one (`“According to him, “Many
    // of you…”. And he wants…”`), and where the first closing mark after it ended: the
    // quote's end if the line ends with the outer quote still open, as before nesting.
    let mut curly_inside = false;
    let mut first_close: Option<usize> = None;
    // Every quote mark is `"`, `'`, or a character whose UTF-8 form starts with 0xC2 (« ») or
    // 0xE2 (“ ” „ ‘ ’); no other character opens or closes a span, so only these are decoded,
    // in order, each found by `memchr` (0xC2, rare, on its own search, repeated only once
    // passed). Both lead bytes start a character, so `at` is a boundary.
    let bytes = line.as_bytes();
    let mut from = 0;
    let mut next_c2 = memchr::memchr(0xC2, bytes);
    loop {
        let other = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..]).map(|k| from + k);
        let at = match (other, next_c2) {
            (Some(other), Some(c2)) => other.min(c2),
            (Some(at), None) | (None, Some(at)) => at,
            (None, None) => break,
        };
        from = at + 1;
        if next_c2 == Some(at) {
            next_c2 = memchr::memchr(0xC2, &bytes[from..]).map(|k| from + k);
        }
        let Some(c) = line[at..].chars().next() else {
            continue;
        };
        let previous = line[..at].chars().next_back();
        let next = line[at + c.len_utf8()..].chars().next();
        match open {
            None if spans.is_empty() && closes_a_lost_opening(line, at, c, previous, next) => {
                spans.push(Span {
                    start: 0,
                    end: at + c.len_utf8(),
                    closed: true,
                });
            }
            None => {
                if opens(c, previous, next) || opens_after_its_verb(&line[..at], c, next) {
                    open = Some((at, c));
                    double_inside = false;
                    straight_inside = false;
                    curly_inside = false;
                    first_close = None;
                }
            }
            Some((start, opener)) => {
                // `“It will be wise to pass the same law.’’`: two closing single marks end a
                // double quote, as some Nigerian papers print it.
                let doubled = matches!(opener, '“' | '"')
                    && matches!(c, '’' | '\'')
                    && next == Some(c)
                    && previous.is_some_and(|p| !p.is_whitespace());
                let nested_straight = matches!(opener, '“' | '"')
                    && c == '"'
                    && (straight_inside
                        || previous.is_some_and(char::is_whitespace)
                            && next.is_some_and(char::is_alphanumeric));
                let nested_curly = opener == '“'
                    && c == '“'
                    && !curly_inside
                    && previous.is_some_and(char::is_whitespace)
                    && next.is_some_and(char::is_alphanumeric);
                if nested_straight {
                    straight_inside = !straight_inside;
                } else if nested_curly {
                    curly_inside = true;
                } else if curly_inside && c == '”' {
                    curly_inside = false;
                    first_close.get_or_insert(at + c.len_utf8());
                } else if doubled {
                    spans.push(Span {
                        start,
                        end: at + 2 * c.len_utf8(),
                        closed: true,
                    });
                    open = None;
                } else if closes(opener, c, previous, next)
                    || (opener == '‘' && !double_inside && closes('“', c, previous, next))
                {
                    spans.push(Span {
                        start,
                        end: at + c.len_utf8(),
                        closed: true,
                    });
                    open = None;
                } else if c == '“' {
                    double_inside = true;
                }
            }
        }
    }
    if let (Some((start, _)), Some(end)) = (open, first_close) {
        spans.push(Span {
            start,
            end,
            closed: true,
        });
    } else if let Some((start, opener)) = open {
        // `X wrote from Dubai: ‘Pakistan – hold your head up high…` ⏎ `‘There will be…’`: a
        // single mark after a colon, or opening the line, opens a quote that goes on below,
        // as British and South Asian papers print one of several paragraphs.
        let opens_a_paragraph = opener == '‘'
            && line[..start]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|p| p == ':');
        if !matches!(opener, '‘' | '\'') || opens_a_paragraph {
            spans.push(Span {
                start,
                end: line.len(),
                closed: false,
            });
        }
    }
    spans
}

fn opens(c: char, previous: Option<char>, next: Option<char>) -> bool {
    let after_boundary = previous.is_none_or(|p| !p.is_alphanumeric());
    let before_text = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' | '„' | '«' => next.is_some(),
        '"' => after_boundary && next.is_some(),
        // A closing mark printed as the opening one: `@handle, ”Good.”`, `” believe not.`,
        // `•”Mugabe remains…”`, `Timothy Expressed,”When…` (after a comma and a verb, see
        // `opens_after_its_verb`).
        '”' => {
            previous.is_none_or(|p| p.is_whitespace() || matches!(p, ':' | '•' | '·'))
                && next.is_some()
                || previous == Some(',') && next.is_some_and(|n| !n.is_whitespace())
        }
        '‘' | '\'' => after_boundary && before_text,
        _ => false,
    }
}

/// `Awful day here in the #NZHellhole," one user wrote.`: the first mark of a line opening with
/// words, a closing one after the end of a clause and before the words that say who spoke,
/// closes a quote whose opening mark the copy lost, or printed at the end of the paragraph
/// above (`“Diplomatically, you are…` ⏎ `It’s the people… Thank you,” a Twitter user wrote.`).
fn closes_a_lost_opening(
    line: &str,
    at: usize,
    c: char,
    previous: Option<char>,
    next: Option<char>,
) -> bool {
    matches!(c, '”' | '"')
        && matches!(previous, Some(',' | '.' | '!' | '?' | '…'))
        && next == Some(' ')
        && line.starts_with(|first: char| first.is_alphanumeric() || first == '#')
        && line[at + c.len_utf8()..]
            .trim_start()
            .starts_with(|after: char| after.is_lowercase())
}

/// `He stated,” You will agree…`: a closing mark printed as the opening one after a verb and
/// its comma, before a space. After any other word and a comma (`Thank you,” a Twitter user
/// wrote.`) it closes a quote opened lines above.
fn opens_after_its_verb(before: &str, c: char, next: Option<char>) -> bool {
    c == '”'
        && next.is_some()
        && before
            .strip_suffix(',')
            .and_then(|clause| clause.rsplit(char::is_whitespace).next())
            .is_some_and(is_verb)
}

fn closes(opener: char, c: char, previous: Option<char>, next: Option<char>) -> bool {
    let ends_word = next.is_none_or(|n| !n.is_alphanumeric());
    match opener {
        // `“…“`: some pages close with the opening mark, as German closes `„…“`; one after a
        // word and before no letter closes.
        '“' | '„' | '"' | '”' => {
            matches!(c, '”' | '"')
                || (opener == '„' && c == '“')
                || (opener == '“'
                    && c == '“'
                    && ends_word
                    && previous.is_some_and(|p| !p.is_whitespace()))
        }
        '«' => c == '»',
        '‘' => c == '’' && ends_word && previous.is_some_and(|p| !p.is_whitespace()),
        '\'' => c == '\'' && ends_word && previous.is_some_and(|p| !p.is_whitespace()),
        _ => false,
    }
}

/// Who a subject is.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Who {
    /// An @handle or a `u/` username.
    Handle(String),
    Name(String),
    /// `one user`, `another`, `a third`; `online` when the noun or a place says the reader is
    /// online (`user`, `fan`, `viewer`, `on X`).
    Anonymous {
        online: bool,
    },
    /// `he`, `she`, `they`: resolved by the caller to the previous sentence's person.
    Pronoun,
}

/// A speaker found around a quote.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Speaker {
    pub who: Who,
    pub verb: Option<String>,
    /// The platform a subject or predicate names (`One Weibo user`, `wrote on X`).
    pub platform: Option<Platform>,
    /// Posting evidence: a posting verb (`tweeted`, `commented`) or place (`on Instagram`).
    pub posted: bool,
    /// An age after the name (`Isabel Farrell, 75,`): a person interviewed, not a reader.
    pub interviewee: bool,
}

/// A word of a clause: as printed, bare of surrounding punctuation, and whether a comma ends it.
#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    bare: &'t str,
    comma: bool,
    /// Printed after an opening parenthesis, and before a closing one.
    opens_aside: bool,
    closes_aside: bool,
    /// Printed with a full stop after it, as an initial is (`Lillian R. Howard`).
    full_stop: bool,
}

/// `William@_SirWilliam_`, `tochi.@tochiforlife`: a display name and its handle copied from a
/// post's header without the space between, as two words; any other word as it is.
fn apart_from_its_handle(raw: &str) -> impl Iterator<Item = &str> {
    let glued = raw.find('@').filter(|&at| {
        let handle = raw[at + 1..].trim_end_matches([',', ';', ':', '.', '!', '?', '”', '"']);
        raw[..at].ends_with(|c: char| c.is_alphabetic() || c == '.')
            && super::dump::is_account_handle(handle)
    });
    let (first, second) = match glued {
        Some(at) => (&raw[..at], Some(&raw[at..])),
        None => (raw, None),
    };
    std::iter::once(first).chain(second)
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut words: Vec<Word> = Vec::new();
    for raw in text.split_whitespace().flat_map(apart_from_its_handle) {
        // `One of his twitter followers ,Alex Mulwa wrote`: a comma glued to the next word
        // ends the one before.
        let raw = match raw.strip_prefix(',') {
            Some(rest) if !rest.is_empty() => {
                if let Some(last) = words.last_mut() {
                    last.comma = true;
                }
                rest
            }
            _ => raw,
        };
        let bare = raw
            .trim_start_matches(['(', '“', '"', '‘', '\'', '”'])
            .trim_end_matches([',', ';', ':', '.', '!', '?', ')', '”', '"', '’', '\'', '…']);
        // (`Keith Dunwoodie: Charlie Stewart, ‘…’`: a colon inside the words before a quote
        // ends a clause as a comma does; no name runs across it. The colon ending them is the
        // quote's.)
        let comma = raw.ends_with(',') || (raw.ends_with(':') && !text.trim_end().ends_with(raw));
        // `Nokuthula Zulu 🇿🇦 commented:`: the emoji a display name carries are not words,
        // nor is a list's bullet (`• Another person said:`). Between words a bullet parts
        // them as a comma does (`Reforms • MCAs “should be…”`: a topic, then the sentence).
        let bullet = matches!(bare, "•" | "▪" | "◦" | "·");
        if bare.chars().all(super::dump::is_decoration) || bullet {
            if let Some(last) = words.last_mut().filter(|_| comma || bullet) {
                last.comma = true;
            }
            continue;
        }
        words.push(Word {
            bare,
            comma,
            opens_aside: raw.starts_with('('),
            closes_aside: raw.trim_end_matches([',', ';', ':', '.']).ends_with(')'),
            full_stop: raw.ends_with('.'),
        });
    }
    words
}

fn names_a_reporting_setting(words: &[Word]) -> bool {
    words.iter().enumerate().any(|(k, word)| {
        let lower = word.bare.to_lowercase();
        REPORTING_SETTINGS.contains(&lower.as_str()) && !(lower == "note" && on_a_note(words, k))
    })
}

/// `on a lighter note`, `on an equally unperturbed note`: the tone of the words, not a note
/// they were issued in (`said in a note`).
fn on_a_note(words: &[Word], note: usize) -> bool {
    const LONGEST_TONE: usize = 3;
    (note.saturating_sub(LONGEST_TONE + 2)..note).any(|on| {
        words[on].bare.eq_ignore_ascii_case("on")
            && words
                .get(on + 1)
                .is_some_and(|a| matches!(a.bare, "a" | "an" | "that" | "this" | "the"))
    })
}

fn opens_a_clause(words: &[Word]) -> bool {
    any_word_in(words, CLAUSE_OPENERS)
}

/// Whether any of `words`, lower-cased, is in `list`.
fn any_word_in(words: &[Word], list: &[&str]) -> bool {
    words
        .iter()
        .any(|w| list.contains(&w.bare.to_lowercase().as_str()))
}

fn is_verb(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',', ':', ';']);
    if bare.is_empty()
        || !bare.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        || NOT_VERBS.contains(&bare)
        || bare.len() < 3
    {
        return is_verb_elsewhere(bare);
    }
    IRREGULAR_VERBS.contains(&bare)
        || bare.ends_with("ed")
        || (bare.ends_with('s') && !bare.ends_with("ss") && !bare.ends_with("us"))
        || is_verb_elsewhere(bare)
}

/// The word at `j`, or the one after it when `j` is the auxiliary of another language's past
/// (`a écrit`, `ha scritto`, `ha tuiteado`, `ont réagi`) and that one a verb of theirs.
fn past_the_auxiliary(words: &[Word], j: usize) -> usize {
    let auxiliary = words
        .get(j)
        .is_some_and(|w| !w.comma && AUXILIARIES_ELSEWHERE.contains(&w.bare));
    match auxiliary && words.get(j + 1).is_some_and(|w| is_verb_elsewhere(w.bare)) {
        true => j + 1,
        false => j,
    }
}

/// The first word from `from` on that is not an adverb run on without a comma (`auch`, `etwa`,
/// `simply`): where the words around a verb go on.
fn past_adverbs(words: &[Word], from: usize) -> usize {
    let mut at = from;
    while words.get(at).is_some_and(|w| !w.comma && is_adverb(w.bare)) {
        at += 1;
    }
    at
}

fn is_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "--")
}

fn is_reader_noun(lower: &str) -> bool {
    is_online_noun(lower) || OTHER_NOUNS.contains(&lower)
}

/// Whether `word`, as printed, is an adverb: one of [`ADVERBS`] in any case, or a lower-case
/// word ending in `-ly` (capitalized, it may be a name: `argued Kelly`, `wrote Emily`).
fn is_adverb(word: &str) -> bool {
    let lower = word.to_lowercase();
    ADVERBS.contains(&lower.as_str())
        || (word.len() > 4
            && word.ends_with("ly")
            && word.is_ascii()
            && word.starts_with(|c: char| c.is_ascii_lowercase()))
}

fn starts_uppercase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_handle(word: &str) -> Option<&str> {
    // (`@@DaddyZee01`: a doubled `@` is a typo of one.)
    let handle = word
        .strip_prefix('@')
        .map(|handle| handle.trim_start_matches('@'))
        .or_else(|| word.strip_prefix("u/"))?;
    let end = handle
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(handle.len());
    (end > 0 && end == handle.len()).then_some(handle)
}

/// A name of up to five capitalized words from `k`: its text and the index past it.
fn name_at(words: &[Word], k: usize) -> Option<(String, usize)> {
    const LONGEST_NAME: usize = 5;
    // A name with what the desk printed before it: `Former MQM-MNA Syed Ali Raza Abidi`.
    const LONGEST_RUN: usize = 8;
    let first = words.get(k)?;
    // (`LETTERS TO THE EDITOR`: a heading's words in capitals are no name's.)
    let shouted_function_word = |word: &str| {
        word.len() >= 2
            && !word.chars().any(char::is_lowercase)
            && FUNCTION_WORDS.contains(&word.to_lowercase().as_str())
    };
    if !starts_uppercase(first.bare)
        || shouted_function_word(first.bare)
        || is_contraction(first.bare)
        || is_party_and_state(first.bare)
        || (NOT_NAMES.contains(&first.bare) && !opens_with_an_initial(words, k))
        || is_handle(first.bare).is_some()
        || opens_with_its_verb(first.bare)
    {
        return None;
    }
    // (`Permatang Pauh Member of Parliament Nurul Izzah Anwar`: the body a title is `of` opens
    // no name, the person's follows it.)
    let of_a_body = |at: usize| {
        at > 0
            && words
                .get(at - 1)
                .is_some_and(|of| of.bare == "of" && !of.comma)
            && words
                .get(at)
                .is_some_and(|body| !body.comma && LEGISLATURES.contains(&body.bare))
    };
    if of_a_body(k) {
        return name_at(words, k + 1);
    }
    let mut end = k + 1;
    while end < words.len() && end - k < LONGEST_RUN && !words[end - 1].comma {
        let w = words[end].bare;
        // `van Wyk`, and two together: `van der Merwe`, `de la Cruz`.
        let capital_after = |at: usize| words.get(at).is_some_and(|n| starts_uppercase(n.bare));
        let particle = NAME_PARTICLES.contains(&w)
            && (capital_after(end + 1)
                || words
                    .get(end + 1)
                    .is_some_and(|n| NAME_PARTICLES.contains(&n.bare))
                    && capital_after(end + 2));
        // `Marlon A Hill`: a middle initial printed without its full stop.
        let initial =
            w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()) && capital_after(end + 1);
        // `Mary Wanjiku (Kisumu) wrote`: what the desk adds in parentheses after it is no part
        // of it (but `Arlington (Virginia) Patch reader Emily` goes on after its aside).
        let aside_ends_it = words[end].opens_aside
            && parenthesized_place(words, end)
                .is_none_or(|after| !capital_after(after) || words[after - 1].comma);
        // (`Viewer Karen Layn Tweeted:`: a verb in the past capitalized as the name's words are
        // ends it.)
        let capitalized_verb = (w.ends_with("ed") || w == "Wrote") && opens_with_its_verb(w);
        if (!starts_uppercase(w) || NOT_NAMES.contains(&w)) && !particle && !initial
            || aside_ends_it
            || shouted_function_word(w)
            || capitalized_verb
        {
            break;
        }
        end += 1;
    }
    // (And the title and the place before it are no name: the person's follows the body.)
    if of_a_body(end + 1) {
        if let Some(titled) = name_at(words, end + 2) {
            return Some(titled);
        }
    }
    // Past five words, the name is what follows the last description, office or party's
    // initials (`Former MQM-MNA Syed Ali Raza Abidi`, `Pakistan People’s Party Senator Sherry
    // Rehman`); without one the name ends at five words, which no verb follows.
    // So is it after a place or a body before a title (`New Jersey Sen. Cory Booker`, `Kenya
    // Power CEO John Doe`), where a title opening the run stays as printed.
    let mut start = k;
    let first_describing = match end - k > LONGEST_NAME {
        true => k,
        false => k + 1,
    };
    if let Some(last) = (first_describing..end.saturating_sub(2))
        .rev()
        .find(|&at| describes_before_a_name(words[at].bare))
    {
        start = last + 1;
    }
    if end - start > LONGEST_NAME {
        start = k;
        end = k + LONGEST_NAME;
    }
    // A middle initial keeps its full stop, as printed.
    let name = words[start..end]
        .iter()
        .enumerate()
        .map(
            |(at, w)| match w.full_stop && w.bare.len() == 1 && start + at + 1 < end {
                true => format!("{}.", w.bare),
                false => w.bare.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join(" ");
    Some((without_owner(&name).to_string(), end))
}

/// The most capitalized words a pseudonym a reader goes by runs to (`The Real Wise One`).
const LONGEST_PSEUDONYM: usize = 4;

/// Bodies a title names right after `of` (`Member of Parliament`, `Member of Congress`).
const LEGISLATURES: &[&str] = &[
    "Parliament",
    "Congress",
    "Assembly",
    "Senate",
    "Representatives",
    "Commons",
    "Lords",
];

/// `Shouldn’t`, `I’m`, `We’ll`: a sentence's first word run together with a verb, which no
/// name is (`O’Brien` and `D’Souza` have a capital after the mark).
fn is_contraction(word: &str) -> bool {
    [
        "n’t", "n't", "’m", "'m", "’ll", "'ll", "’re", "'re", "’ve", "'ve", "’d", "'d",
    ]
    .iter()
    .any(|ending| word.ends_with(ending))
}

/// `R-S.C.`, `D-Ill.`, `R-Texas`: a US legislator's party and state, which American desks print
/// between commas or parentheses after the name.
fn is_party_and_state(word: &str) -> bool {
    const LONGEST_STATE: usize = 14;
    word.strip_prefix(['R', 'D', 'I'])
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|state| {
            state.starts_with(|c: char| c.is_ascii_uppercase())
                && state.len() <= LONGEST_STATE
                && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
        })
}

/// `E. Armstrong`, `A. Kumar`: whether word `k` is an initial with its full stop before a
/// name's next word, not the article, pronoun or conjunction the letter spells.
fn opens_with_an_initial(words: &[Word], k: usize) -> bool {
    words.get(k).is_some_and(|initial| {
        initial.full_stop && initial.bare.len() == 1 && starts_uppercase(initial.bare)
    }) && words
        .get(k + 1)
        .is_some_and(|next| starts_uppercase(next.bare) && !NOT_NAMES.contains(&next.bare))
}

/// `Wrote Jane Wanjiru:`, `Added another:`: a verb of posting or speech capitalized where the
/// clause opens with it, no name's first word (`Said` is an Arabic name as well as a verb).
pub(super) fn opens_with_its_verb(word: &str) -> bool {
    // Asked of every capitalized word a name may open with: English verbs of posting and
    // speech end in these letters (`Wrote`, `Added`, `Tweets`, `Post`), and the test is
    // spared most names.
    if !word.ends_with(['d', 'e', 's', 't']) {
        return false;
    }
    let lower = word.to_lowercase();
    !matches!(lower.as_str(), "said" | "says")
        && matches!(
            verb_kind(Some(&lower)),
            VerbKind::Posting | VerbKind::Speech
        )
}

/// `Former`, `Senator`, `MQM-MNA`: a word printed capitalized before a name that is no part of it.
fn describes_before_a_name(word: &str) -> bool {
    let initials = word.chars().filter(char::is_ascii_uppercase).count() >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
    initials || trade_office_or_title(word)
}

/// `Activist`, `president`, `Dr.`: a word that says what a person is, in any case.
fn trade_office_or_title(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    PERSON_DESCRIPTIONS.contains(&lower.as_str())
        || OFFICE_WORDS.contains(&lower.as_str())
        || TITLES.contains(&lower.as_str())
}

/// The rest of a name tagged as Facebook tags people (`@Milton Kadagi`), after the first
/// name the handle at `k` holds: capitalized words of letters, and the index past them.
fn tagged_surname(words: &[Word], k: usize, handle: &str) -> Option<(String, usize)> {
    let first_name = starts_uppercase(handle) && handle.chars().all(char::is_alphabetic);
    if !first_name || words[k].comma {
        return None;
    }
    let (surname, next) = name_at(words, k + 1)?;
    let lettered = surname.split_whitespace().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
    });
    (lettered && surname.split_whitespace().count() <= 2).then_some((surname, next))
}

fn starts_lowercase_username(word: &str) -> bool {
    // (`9fingerwonder wrote`: or a number before lower-case letters, more than a unit's.)
    const FEWEST_LETTERS_AFTER_A_NUMBER: usize = 5;
    let lowercase = word.starts_with(|c: char| c.is_ascii_lowercase())
        && word.contains(|c: char| c.is_ascii_digit() || c == '_');
    let after_a_number = word.starts_with(|c: char| c.is_ascii_digit())
        && !word.contains(|c: char| c.is_uppercase())
        && word.chars().filter(char::is_ascii_lowercase).count() >= FEWEST_LETTERS_AFTER_A_NUMBER;
    (lowercase || after_a_number) && super::dump::is_username(word, false)
}

/// The subject that starts at word `k`: who it is, the word after it, the platform it names and
/// whether an age marks an interviewee.
fn subject_at(words: &[Word], k: usize) -> Option<(Who, usize, Option<Platform>, bool)> {
    let word = words.get(k)?;
    if let Some(handle) = is_handle(word.bare) {
        // `@Milton Kadagi quipped`: Facebook's tag of a person is the name, spaces and all,
        // after the `@`.
        if let Some((surname, next)) = tagged_surname(words, k, handle) {
            return Some((Who::Name(format!("{handle} {surname}")), next, None, false));
        }
        let (next, interviewee) =
            aside(words, k + 1, word.comma).map_or((k + 1, false), |a| (a.0, a.2));
        return Some((Who::Handle(handle.to_string()), next, None, interviewee));
    }
    // `tweeted abhishek3c`, `wrote mama_tobi`: a username printed without its `@`, lower case
    // with a digit or an underscore, as no word of prose is.
    let username = starts_lowercase_username(word.bare);
    if username {
        return Some((Who::Handle(word.bare.to_string()), k + 1, None, false));
    }
    let lower = word.bare.to_lowercase();
    if matches!(lower.as_str(), "he" | "she" | "they")
        || PRONOUNS_ELSEWHERE.contains(&lower.as_str())
    {
        return Some((Who::Pronoun, k + 1, None, false));
    }
    // (`E. Armstrong`, `O. Okafor`: an initial is no article of any language.)
    let initial = opens_with_an_initial(words, k);
    // (`This person said what we were all thinking:`: `this` only right before a reader's noun,
    // where `This is how his followers reacted:` names nobody.)
    let this_reader = lower == "this"
        && !word.comma
        && words
            .get(k + 1)
            .is_some_and(|noun| is_reader_noun(&noun.bare.to_lowercase()));
    let determiner = this_reader
        || matches!(
            lower.as_str(),
            "one"
                | "another"
                | "a"
                | "an"
                | "the"
                | "someone"
                | "somebody"
                | "others"
                | "some"
                | "many"
                | "several"
        )
        || DETERMINERS_ELSEWHERE.contains(&lower.as_str());
    if determiner && !initial {
        return anonymous_at(words, k, &lower);
    }
    if DEFINITE_ARTICLES_ELSEWHERE.contains(&lower.as_str()) && !initial {
        // `der Satiriker Jan Böhmermann`, `die Autorin Sophie Passmann`: German capitalizes the
        // noun that describes the person before the name.
        let german = matches!(lower.as_str(), "der" | "die" | "das");
        let described = german
            && !word.comma
            && words.get(k + 1).is_some_and(|w| !w.comma)
            && (k + 1..k + 3).all(|at| words.get(at).is_some_and(|w| starts_uppercase(w.bare)));
        if described {
            if let Some((name, next)) = name_at(words, k + 2) {
                return Some((Who::Name(name), next, None, false));
            }
        }
        return anonymous_at(words, k, "the");
    }
    // Swahili puts `one` and `another` after the noun: `Shabiki mmoja aliandika` (one fan wrote).
    if is_online_noun(&lower)
        && !word.comma
        && words
            .get(k + 1)
            .is_some_and(|w| matches!(w.bare, "mmoja" | "mwingine"))
    {
        // `shabiki mwingine anayeitwa Nancy`: another fan called Nancy.
        let called = words
            .get(k + 2)
            .is_some_and(|w| matches!(w.bare, "anayeitwa" | "aitwaye"));
        if let Some((name, next)) = called.then(|| name_at(words, k + 3)).flatten() {
            return Some((Who::Name(name), next, None, false));
        }
        return Some((Who::Anonymous { online: true }, k + 2, None, false));
    }
    // "commented user Black Ice", "Netizen Khairul Anwar Othman", "commenter @wairimu": a
    // reader noun printed as a title before the reader's name.
    if is_online_noun(&lower) && !word.comma {
        if let Some(handle) = words.get(k + 1).and_then(|w| {
            is_handle(w.bare).or_else(|| {
                (super::dump::is_username(w.bare, false)
                    || lower_case_username_after_reader_noun(words, k + 1))
                .then_some(w.bare)
            })
        }) {
            return Some((Who::Handle(handle.to_string()), k + 2, None, false));
        }
        if let Some((name, next)) = name_at(words, k + 1) {
            if platform_named_in(&name).is_none() {
                return Some((Who::Name(name), next, None, false));
            }
        }
    }
    // "Twitter user Sam Okoro", "TikTok user @x": a platform before a reader noun.
    let reader_noun_next = words
        .get(k + 1)
        .is_some_and(|n| is_online_noun(&n.bare.to_lowercase()));
    // `Digitalspy forum user stehayn`: a site's name before a reader noun names where the
    // reader posts, as a platform's does.
    let site_then_noun = !word.comma
        && starts_uppercase(word.bare)
        && words.get(k + 1).is_some_and(|n| {
            !n.comma
                && n.bare.chars().all(char::is_lowercase)
                && words
                    .get(k + 2)
                    .is_some_and(|noun| is_online_noun(&noun.bare.to_lowercase()))
        });
    if (reader_noun_next && !word.comma && platform_named_in(word.bare).is_some()) || site_then_noun
    {
        return anonymous_at(words, k, "one");
    }
    if let Some((name, next)) = name_after_lower_case_description(words, k) {
        return Some((Who::Name(name), next, None, false));
    }
    let (name, next) = name_at(words, k)?;
    // `Former Wallaby turned author Peter FitzSimons`: one trade turned another describes the
    // name after them.
    let turned = words
        .get(next)
        .is_some_and(|w| w.bare == "turned" && !words[next - 1].comma)
        && words
            .get(next + 1)
            .is_some_and(|trade| !trade.comma && trade.bare.chars().all(char::is_lowercase));
    if let Some((name, end)) = turned.then(|| name_at(words, next + 2)).flatten() {
        return Some((Who::Name(name), end, None, false));
    }
    let name = match without_description(&name) {
        described if described.len() < name.len() => described.to_string(),
        _ => name,
    };
    if let Some(described) = name_after_description(words, next) {
        return Some((Who::Name(described.0), described.1, None, false));
    }
    // `Perry Ode aka SuperMarki`, `Mr. Rap aka @Spitzenrheydter`: the account the name goes by
    // online is the author as the record keeps one.
    if let Some(account) = words
        .get(next)
        .filter(|aka| aka.bare == "aka" && !words[next - 1].comma)
        .and_then(|_| words.get(next + 1))
    {
        let handle = is_handle(account.bare)
            .or_else(|| super::dump::is_username(account.bare, true).then_some(account.bare));
        if let Some(handle) = handle {
            return Some((Who::Handle(handle.to_string()), next + 2, None, false));
        }
    }
    let next = home_town(words, next).unwrap_or(next);
    let next = parenthesized_place(words, next).unwrap_or(next);
    let (next, interviewee) = match aside(words, next, words[next - 1].comma) {
        // (The record keeps the account where the page prints both.)
        Some((after, Some(Who::Handle(handle)), _))
            if words[next..after].iter().any(|w| w.bare.starts_with('@')) =>
        {
            return Some((Who::Handle(handle), after, None, false));
        }
        Some((after, _, age)) => (after, age),
        None => (next, false),
    };
    // `tweeted Richard Tumusiime @tumusiimeri soon after`: the account printed bare after the
    // name.
    if let Some(handle) = words
        .get(next)
        .filter(|_| !words[next - 1].comma)
        .and_then(|w| is_handle(w.bare))
    {
        return Some((Who::Handle(handle.to_string()), next + 1, None, interviewee));
    }
    Some((Who::Name(name), next, None, interviewee))
}

/// `(Kisumu)`, `(Nairobi, Kenya)`: a place in parentheses after a name, no handle in it.
/// Returns the word after the closing parenthesis.
fn parenthesized_place(words: &[Word], from: usize) -> Option<usize> {
    const LONGEST_PLACE: usize = 4;
    let opening = words.get(from).filter(|w| w.opens_aside)?;
    if is_handle(opening.bare).is_some() {
        return None;
    }
    let closing =
        (from..words.len().min(from + LONGEST_PLACE)).find(|&at| words[at].closes_aside)?;
    words[from..=closing]
        .iter()
        .all(|w| starts_uppercase(w.bare))
        .then_some(closing + 1)
}

/// `from Cork`, `of Galway`, `in Portland`, `of Markham, Ont.,`: where a named reader lives,
/// after the name (ending at word `from`). Returns the word after the place.
fn home_town(words: &[Word], from: usize) -> Option<usize> {
    let preposition = words.get(from)?;
    if words[from - 1].comma || !matches!(preposition.bare, "from" | "of" | "in") {
        return None;
    }
    let mut end = from + 1;
    while end < words.len() && end - from <= 3 && starts_uppercase(words[end].bare) {
        end += 1;
        if words[end - 1].comma {
            break;
        }
    }
    // The town's state or province, in commas of its own.
    let region = words
        .get(end)
        .filter(|w| end > from + 1 && words[end - 1].comma && w.comma && starts_uppercase(w.bare));
    if region.is_some() {
        end += 1;
    }
    (end > from + 1).then_some(end)
}

/// `Nigerian cleric Johnson Suleman`, `Olympic ice dance gold medalist Scott Moir`: after a
/// capitalized description (ending at word `from`), one to four lower-case words that are not
/// verbs, then the name.
fn name_after_description(words: &[Word], from: usize) -> Option<(String, usize)> {
    const MOST_LOWER_CASE_WORDS: usize = 4;
    let mut m = from;
    while m < words.len() && m <= from + MOST_LOWER_CASE_WORDS && !words[m - 1].comma {
        let w = words[m].bare;
        if starts_uppercase(w) {
            return (m > from).then(|| name_at(words, m)).flatten();
        }
        // `Jim Kelly from Cork`: a place after a name, not a name after a description; nor
        // after a phrase of its own (`an activist for the Matatu Owners Association`).
        // (Nor is a name after an article: `Matthew K Jallow a US based analyst` describes the
        // name before it.)
        let preposition = matches!(
            w,
            "from"
                | "of"
                | "in"
                | "at"
                | "on"
                | "near"
                | "for"
                | "with"
                | "to"
                | "by"
                | "the"
                | "a"
                | "an"
                | "another"
        );
        if preposition || is_verb(w) || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        m += 1;
    }
    None
}

/// `…, acclaimed singer Lea Salonga tweeted`, `actor Patrick J. Adams`: a clause opening with
/// a lower-case description of the person named after it (ending at word `k`): up to three
/// words before a noun celebrity news describes people with.
fn name_after_lower_case_description(words: &[Word], k: usize) -> Option<(String, usize)> {
    // The one right before a capital: `popular human rights lawyer Inibehe Effiong`.
    let noun = (k..(k + 5).min(words.len()))
        .filter(|&m| {
            let w = &words[m];
            !w.comma && PERSON_DESCRIPTIONS.contains(&w.bare)
        })
        .find(|&m| {
            words
                .get(m + 1)
                .is_some_and(|next| starts_uppercase(next.bare))
        })?;
    let describes = |w: &Word| {
        !w.comma
            && w.bare.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !matches!(
                w.bare,
                "from" | "of" | "in" | "at" | "on" | "to" | "and" | "than"
            )
    };
    // `Actor and podcast host Marc Maron`: the sentence may open with a description of its own.
    let opening_description = |w: &Word| {
        k == 0 && !w.comma && PERSON_DESCRIPTIONS.contains(&w.bare.to_lowercase().as_str())
    };
    // `three-time Olympic medallist`: a capitalized adjective right before the noun.
    let proper_adjective = |at: usize| at + 1 == noun && !words[at].comma;
    words[k..noun]
        .iter()
        .enumerate()
        .all(|(at, w)| {
            describes(w) || (at == 0 && opening_description(w)) || proper_adjective(k + at)
        })
        .then(|| name_at(words, noun + 1))
        .flatten()
}

/// `one frustrated viewer`, `One user on X`, `a third`, `someone else`, `one Nkem Diana`,
/// `Twitter user Sam Okoro`, `Another Instagram, Eth,`, `Someone with the handle X`.
/// `forum user stehayn commented`, `“…,” read a post from Twitter user sheissilenttoo.`: a
/// word of lower-case letters alone is a username right after a reader's noun where a verb of
/// saying follows it, or where it ends the clause after a platform's singular noun, and it is
/// no word prose puts there (`a user here`, `said one Twitter user today`).
fn lower_case_username_after_reader_noun(words: &[Word], at: usize) -> bool {
    let Some(word) = words.get(at) else {
        return false;
    };
    let verb_follows = !word.comma
        && words.get(at + 1).is_some_and(|verb| {
            matches!(
                verb_kind(Some(verb.bare)),
                VerbKind::Posting | VerbKind::Speech
            )
        });
    let ends_the_clause = at + 1 == words.len()
        && at > 1
        && !words[at - 1].comma
        && !words[at - 1].bare.ends_with('s')
        && platform_named_in(words[at - 2].bare).is_some();
    (verb_follows || ends_the_clause)
        && super::dump::is_username(word.bare, true)
        && !is_verb(word.bare)
        && !is_adverb(word.bare)
        && !AUXILIARIES_ELSEWHERE.contains(&word.bare)
        && !matches!(
            word.bare,
            "here"
                | "there"
                | "who"
                | "that"
                | "which"
                | "also"
                | "then"
                | "online"
                | "today"
                | "yesterday"
                | "tonight"
                | "earlier"
                | "now"
                | "anyway"
                | "though"
                | "alone"
                | "afterwards"
        )
}

fn anonymous_at(
    words: &[Word],
    k: usize,
    determiner: &str,
) -> Option<(Who, usize, Option<Platform>, bool)> {
    let mut j = k + 1;
    let mut ordinal = false;
    if matches!(determiner, "a" | "an" | "the" | "one")
        || INDEFINITE_ARTICLES_ELSEWHERE.contains(&determiner)
    {
        if let Some(w) = words.get(j) {
            let w = w.bare.to_lowercase();
            if ORDINALS.contains(&w.as_str()) || (determiner == "a" && w == "certain") {
                ordinal = w != "certain";
                j += 1;
            }
        }
    }
    if words
        .get(j)
        .is_some_and(|w| w.bare.eq_ignore_ascii_case("of"))
    {
        return one_of_them(words, j);
    }
    // `Others like Marie Mary also promised…`, `Some persons like Ov bago…`: the one named
    // as an example of them.
    if matches!(determiner, "others" | "some") {
        let like = (j..words.len().min(j + 2))
            .take_while(|&m| m == j || !words[m - 1].comma)
            .find(|&m| words[m].bare == "like")
            .filter(|&m| {
                words[j..m]
                    .iter()
                    .all(|w| w.bare.chars().all(char::is_lowercase))
            });
        if let Some((name, next)) = like.and_then(|m| name_at(words, m + 1)) {
            return Some((Who::Name(name), next, None, false));
        }
    }
    // `one Port of Spain FB user`, `one frustrated Facebook (FB) user`: an online reader's
    // noun, the first reader noun within a few words, before any comma or attribution verb,
    // heads a description that may hold capitalized words (a town's, a platform's) which are
    // not the reader's name.
    let online_noun_ahead = match determiner {
        // `the` opens descriptions of named people far more often; it is also the commonest
        // word a subject starts with, so the look-ahead is kept from it.
        "the" => None,
        _ => (j..words.len().min(j + 6))
            .take_while(|&m| m == j || !words[m - 1].comma)
            .map(|m| (m, words[m].bare.to_lowercase()))
            .take_while(|(_, lower)| {
                !matches!(verb_kind(Some(lower)), VerbKind::Posting | VerbKind::Speech)
            })
            .find(|(_, lower)| is_reader_noun(lower))
            .filter(|(_, lower)| is_online_noun(lower))
            .map(|(m, _)| m),
    };
    // `a seemingly annoyed Jamaica Nice noted`: how the person was, in a few lower-case words,
    // then the name and the verb.
    if online_noun_ahead.is_none() && matches!(determiner, "a" | "an") {
        let described_name = (j + 1..words.len().min(j + 3))
            .find(|&m| starts_uppercase(words[m].bare))
            .filter(|&m| {
                // (Adverbs and adjectives by their endings: `a pen name Jimmy T` is no
                // description of how someone was.)
                words[j..m].iter().all(|w| {
                    !w.comma
                        && w.bare.chars().all(char::is_lowercase)
                        && (FEELINGS.contains(&w.bare)
                            || ["ed", "ly", "ing", "ful", "ous", "ive"]
                                .iter()
                                .any(|ending| w.bare.ends_with(ending)))
                })
            })
            .and_then(|m| name_at(words, m))
            .filter(|(name, next)| {
                words.get(*next).is_some_and(|verb| is_verb(verb.bare))
                    && !words[next - 1].comma
                    && platform_named_in(name).is_none()
                    && !is_demonym(name)
                    && !name
                        .split_whitespace()
                        .any(|word| is_reader_noun(&word.to_lowercase()))
            });
        if let Some((name, next)) = described_name {
            return Some((Who::Name(name), next, None, false));
        }
    }
    // `One The Real Tolani wrote`, `One I Am DJ George wrote`: an account's display name may
    // open with a word no name opens with, before the verb.
    if determiner == "one" && !words[j - 1].comma {
        let opening = words
            .get(j)
            .filter(|w| !w.comma && matches!(w.bare, "The" | "I"));
        if let Some((opening, (name, next))) = opening.and_then(|w| {
            name_at(words, j + 1)
                .filter(|(_, next)| words.get(*next).is_some_and(|verb| is_verb(verb.bare)))
                .map(|found| (w.bare, found))
        }) {
            return Some((Who::Name(format!("{opening} {name}")), next, None, false));
        }
    }
    // "one Nkem Diana", "A certain Jaideep": a determiner before a name.
    if online_noun_ahead.is_none() && !words[j - 1].comma {
        if let Some((name, next)) = name_at(words, j) {
            // "one BBC viewer": a capitalized modifier before a reader noun is not a name.
            // "An Irish Twitter user": the noun may follow a platform's name.
            let modifies_a_noun = !words[next - 1].comma
                && words[next..words.len().min(next + 2)]
                    .iter()
                    .position(|n| is_reader_noun(&n.bare.to_lowercase()))
                    .is_some_and(|at| at == 0 || platform_named_in(words[next].bare).is_some());
            // "One Redditor", "A Netizen": a reader noun capitalized is not a name.
            let reader_noun = name
                .split_whitespace()
                .next()
                .is_some_and(|first| is_reader_noun(&first.to_lowercase()));
            // `The Bhim Nation boss wrote:`: capitals after `the` that a lower-case noun
            // follows describe the person the sentences before name, as a pronoun would.
            let described_by_noun = determiner == "the"
                && !words[next - 1].comma
                && words.get(next).is_some_and(|noun| {
                    noun.bare.chars().all(char::is_lowercase)
                        && !is_verb(noun.bare)
                        && !noun.comma
                        && words.get(next + 1).is_some_and(|verb| is_verb(verb.bare))
                });
            if described_by_noun && !modifies_a_noun {
                return Some((Who::Pronoun, next + 1, None, false));
            }
            if platform_named_in(&name).is_none()
                && !modifies_a_noun
                && !reader_noun
                && !is_demonym(&name)
            {
                // `one Kenyan BravinYuri`: a nationality before the name says who, not what.
                let name = match name.split_once(' ') {
                    Some((first, rest)) if is_demonym(first) => rest.to_string(),
                    _ => name,
                };
                return Some((Who::Name(name), next, None, false));
            }
        }
    }
    // The noun, within four words, before any comma.
    let mut noun = online_noun_ahead.map(|at| (at, true));
    let mut m = j;
    while noun.is_none() && m < words.len() && m < j + 4 && (m == j || !words[m - 1].comma) {
        let w = words[m].bare.to_lowercase();
        // `One Kenyan wrote`, but `An Irish Twitter user`: a nationality is the noun only
        // where no reader noun or platform follows it.
        let demonym_noun = is_demonym(&w)
            && !words.get(m + 1).is_some_and(|n| {
                is_reader_noun(&n.bare.to_lowercase()) || platform_named_in(n.bare).is_some()
            });
        // `another avid Facebook activist`: any noun after a platform's name is an online one.
        let after_platform = m > j
            && !words[m - 1].comma
            && platform_named_in(words[m - 1].bare).is_some()
            && words[m].bare.chars().all(char::is_lowercase)
            && !is_verb(&w);
        if after_platform {
            noun = Some((m, true));
            break;
        }
        // `Another wrote in the comments`: the verb right after the determiner ends the
        // subject (where a participle before a noun does not: `One amazed viewer`).
        let attributes = m == j
            && matches!(verb_kind(Some(&w)), VerbKind::Posting | VerbKind::Speech)
            && !words
                .get(m + 1)
                .is_some_and(|n| is_reader_noun(&n.bare.to_lowercase()));
        if attributes {
            break;
        }
        if is_online_noun(&w) || OTHER_NOUNS.contains(&w.as_str()) || demonym_noun {
            // "one other fan", "a fellow user": the head is the last noun of a run.
            let mut head = m;
            while !words[head].comma
                && words
                    .get(head + 1)
                    .is_some_and(|n| is_reader_noun(&n.bare.to_lowercase()))
            {
                head += 1;
            }
            let online = words[m..=head]
                .iter()
                .any(|n| is_online_noun(&n.bare.to_lowercase()));
            noun = Some((head, online));
            break;
        }
        if is_verb(&w)
            && m > j
            && !words[m - 1].bare.ends_with("ly")
            && !starts_uppercase(words[m].bare)
        {
            // "One amazed viewer" has a participle before its noun; a verb after a modifier ends the search.
            if !words
                .get(m + 1)
                .is_some_and(|n| is_reader_noun(&n.bare.to_lowercase()))
            {
                noun = common_noun_before(words, j, m, determiner, ordinal).map(|at| (at, false));
                break;
            }
        }
        m += 1;
    }
    // "Another Instagram, Eth,": a platform as the noun, then the name as an aside.
    let modifier_then_comma = (j..words.len().min(j + 2))
        .find(|&m| words[m].comma)
        .filter(|&c| words[j..=c].iter().all(|w| starts_uppercase(w.bare)));
    let (mut next, online) = match noun {
        Some((at, online)) => (at + 1, online),
        None if modifier_then_comma.is_some() && determiner != "a" => {
            (modifier_then_comma.unwrap_or(j) + 1, false)
        }
        // `The legendary actress Mia Farrow`: a description before the name (not `the handle
        // X` or `the moniker X`, which name an account).
        None if matches!(determiner, "a" | "an" | "the") && !ordinal => {
            return name_after_description(words, j)
                .filter(|(name, next)| {
                    platform_named_in(name).is_none()
                        && !is_demonym(name)
                        && !words[j..*next].iter().any(|w| {
                            matches!(
                                w.bare,
                                "handle"
                                    | "name"
                                    | "username"
                                    | "account"
                                    | "moniker"
                                    | "nickname"
                                    | "alias"
                                    | "pseudonym"
                            )
                        })
                })
                .map(|(name, next)| (Who::Name(name), next, None, false));
        }
        // `Many took to Twitter:`, `Some wrote:`: readers counted, not described, when a verb
        // in the plural follows (not `Some comments on the page:`); `Some of …`, `Many Kenyans
        // …` are read above.
        None if matches!(determiner, "some" | "many" | "several") => {
            let plural_verb = |w: &Word| !w.comma && !w.bare.ends_with('s') && is_verb(w.bare);
            if !words.get(j).is_some_and(plural_verb) {
                return None;
            }
            (j, false)
        }
        None => (j, false),
    };
    let someone_else = matches!(determiner, "someone" | "somebody")
        && words.get(j).is_some_and(|w| w.bare == "else");
    if someone_else {
        next = next.max(j + 1);
    }
    let described = words[k..next]
        .iter()
        .map(|w| w.bare)
        .collect::<Vec<_>>()
        .join(" ");
    let mut platform = platform_named_in(&described);
    // "on X", "on Weibo": where the reader posts.
    if !words[next - 1].comma {
        if let (Some(on), Some(place)) = (words.get(next), words.get(next + 1)) {
            if matches!(on.bare, "on" | "from") {
                if let Some(named) = platform_named_in(place.bare) {
                    platform = Some(named);
                    next += 2;
                }
            }
        }
    }
    // `A comment from Raveesha Sathsarani said`, `a reply by @kay_b`: the words' sender, not
    // a reader's town.
    let sent_words = noun.is_some_and(|(at, _)| {
        let noun = words[at].bare.to_lowercase();
        REACTION_NOUNS.contains(&noun.trim_end_matches('s'))
    });
    if sent_words
        && !words[next - 1].comma
        && words
            .get(next)
            .is_some_and(|w| matches!(w.bare, "from" | "by"))
    {
        let sender = username_at(words, next + 1)
            .map(|handle| (handle, next + 2))
            .or_else(|| name_at(words, next + 1).map(|(name, end)| (Who::Name(name), end)));
        if let Some((who, end)) = sender {
            return Some((who, end, platform, false));
        }
    }
    // "A netizen from Lagos", "one resident of Kibera": where the reader lives.
    if noun.is_some() && !words[next - 1].comma {
        next = home_town(words, next).unwrap_or(next);
    }
    if noun.is_some() && !words[next - 1].comma {
        if let Some((after, place)) = where_it_sits(words, next) {
            next = after;
            platform = platform.or(place);
        }
    }
    // "a user named QuietOtter42", "Someone with the handle BasioMeusPuga", "Twitter user Sam Okoro".
    let lowered: Vec<String> = words[next.min(words.len())..words.len().min(next + 7)]
        .iter()
        .map(|w| w.bare.to_lowercase())
        .collect();
    let introduces = match lowered
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        // `said a user namely Kumar Manish`.
        ["named" | "called" | "namely", ..] => Some(1),
        ["with", "the", "handle" | "username" | "name" | "moniker" | "pseudonym" | "alias", ..] => {
            Some(3)
        }
        // `going by the forum nickname of petertard`.
        ["going" | "posting" | "writing", "by" | "under", "the", _, "name" | "handle" | "username" | "moniker" | "nickname" | "pseudonym" | "alias", "of", ..] => {
            Some(6)
        }
        ["going" | "posting" | "writing", "by" | "under", "the", "name" | "handle" | "username" | "moniker" | "nickname" | "pseudonym" | "alias", "of", ..]
        | ["going" | "posting" | "writing", "by" | "under", "the", _, "name" | "handle" | "username" | "moniker" | "nickname" | "pseudonym" | "alias", ..] => {
            Some(5)
        }
        ["going" | "posting" | "writing", "by" | "under", "the", "name" | "handle" | "username" | "moniker" | "nickname" | "pseudonym" | "alias", ..]
        | ["by", "the", "name" | "handle", "of", ..] => Some(4),
        ["with" | "under", "handle" | "username" | "moniker" | "nickname" | "pseudonym" | "alias", ..] => {
            Some(2)
        }
        ["using" | "under", "the", "name" | "handle" | "username" | "moniker" | "nickname" | "pseudonym" | "alias", ..] => {
            Some(3)
        }
        // `said a user who went by the name of SimmonsFolk`.
        ["who", "goes" | "went" | "posts", "by" | "under", "the", "name" | "handle" | "username" | "moniker" | "nickname" | "pseudonym" | "alias", "of", ..] => {
            Some(6)
        }
        ["who", "goes" | "went" | "posts", "by" | "under", "the", "name" | "handle" | "username" | "moniker" | "nickname" | "pseudonym" | "alias", ..] => {
            Some(5)
        }
        ["who", "goes" | "went" | "posts", "by" | "as", ..] => Some(3),
        // Swahili: `Mmoja kwa jina ‘9585m.ary’ aliandika` (one by the name … wrote).
        // `Another, by name Kweku, added`.
        ["known" | "identified", "as", ..]
        | ["going", "by", ..]
        | ["by", "name", ..]
        | ["kwa", "jina", ..] => Some(2),
        _ => None,
    };
    if let Some(skip) = introduces {
        let at = next + skip;
        if let Some(w) = words.get(at) {
            let handle = is_handle(w.bare).map(str::to_string).or_else(|| {
                (!starts_uppercase(w.bare)
                    || w.bare.contains(|c: char| c.is_ascii_digit() || c == '_'))
                .then(|| w.bare.to_string())
            });
            // "a user named Grace Banda": a capitalized name of several words is a name; so,
            // what the words name the reader, is a pseudonym's (`a twitter user called Wise
            // One`) whose later words no name would hold.
            let pseudonym_end = (at..words.len().min(at + LONGEST_PSEUDONYM))
                .take_while(|&m| {
                    starts_uppercase(words[m].bare) && (m == at || !words[m - 1].comma)
                })
                .last()
                .map_or(at, |last| last + 1);
            return Some(match (handle, name_at(words, at)) {
                (Some(handle), _) => (Who::Handle(handle), at + 1, platform, false),
                (None, Some((name, end))) if end > at + 1 => {
                    (Who::Name(name), end, platform, false)
                }
                (None, _) if pseudonym_end > at + 1 => {
                    let pseudonym = words[at..pseudonym_end]
                        .iter()
                        .map(|w| w.bare)
                        .collect::<Vec<_>>()
                        .join(" ");
                    (Who::Name(pseudonym), pseudonym_end, platform, false)
                }
                (None, _) => (Who::Handle(w.bare.to_string()), at + 1, platform, false),
            });
        }
    }
    if noun.is_some() && !words[next - 1].comma {
        // "Reddit user throwaway_6ix": a username needs no @ after a reader noun.
        let handle = words.get(next).and_then(|w| {
            is_handle(w.bare).or_else(|| {
                (online
                    && (super::dump::is_username(w.bare, false)
                        || lower_case_username_after_reader_noun(words, next)))
                .then_some(w.bare)
            })
        });
        if let Some(handle) = handle {
            return Some((Who::Handle(handle.to_string()), next + 1, platform, false));
        }
        if let Some((name, after)) = name_at(words, next) {
            if platform_named_in(&name).is_none() {
                return Some((Who::Name(name), after, platform, false));
            }
        }
    }
    // `Another person who commented on the post wrote:`: a relative clause between the
    // subject and its verb, which may itself say the reader posted.
    let mut online = online || platform.is_some();
    if let Some(after) = relative_clause(words, next) {
        next = after;
        online = true;
    }
    if words[next - 1].comma {
        if let Some((who, verb_at)) = named_before_verb(words, next) {
            return Some((who, verb_at, platform, false));
        }
    }
    match aside(words, next, words[next - 1].comma) {
        Some((after, Some(who), age)) => Some((who, after, platform, age)),
        Some((after, None, age)) => Some((Who::Anonymous { online }, after, platform, age)),
        None => Some((Who::Anonymous { online }, next, platform, false)),
    }
}

/// `One commuter said`, `Another frustrated diner wrote`, `A third traveller added`: after
/// `one`, `another` or an ordinal, the lower-case word before the verb (at `verb`) is the
/// reader's noun, whatever it is, unless it names an office (`One official said` is a source).
fn common_noun_before(
    words: &[Word],
    from: usize,
    verb: usize,
    determiner: &str,
    ordinal: bool,
) -> Option<usize> {
    let counted = matches!(determiner, "one" | "another") || ordinal;
    let head = verb.checked_sub(1)?;
    let plain = words[from..verb].iter().all(|w| {
        !w.comma && !w.bare.is_empty() && w.bare.chars().all(|c| c.is_lowercase() || c == '-')
    });
    (counted && head >= from && plain && !OFFICE_WORDS.contains(&words[head].bare)).then_some(head)
}

/// A relative clause after a subject that says the reader posted (`who commented on the
/// post`, `who replied on Facebook`), from word `at`: the index of the main verb after it
/// (the last verb of the clause, at most ten words on). `One resident who lives nearby said:`
/// is no such clause: that is how vox pops print their interviewees.
fn relative_clause(words: &[Word], at: usize) -> Option<usize> {
    if words.get(at)?.bare != "who" || words[at - 1].comma {
        return None;
    }
    let verb_at = (at + 2..words.len().min(at + 10))
        .rev()
        .find(|&k| is_verb(words[k].bare) && !words[k - 1].comma)?;
    let clause = &words[at + 1..verb_at];
    let posted = clause.iter().any(|w| {
        let lower = w.bare.to_lowercase();
        is_posting_verb(&lower) || is_online_noun(&lower) || platform_named_in(w.bare).is_some()
    });
    posted.then_some(verb_at)
}

/// Quotes a sentence gives as samples of the reactions, its subject: `Comments ranged from “…”
/// to “…”`, `Some of the replies included “…”`. Not someone's comments (`the minister’s
/// comments`): a possessive or a name before the noun makes them one person's words.
fn quoted_as_reactions(sentence_lead: &str) -> Option<Speaker> {
    let words = words(sentence_lead);
    // `The post was flooded with comments, such as “…”`, `drew replies like “…”`: the noun
    // right before the words that give examples of it, anywhere in the sentence.
    if !given_as_examples(&words) {
        let noun_at = words.iter().take(4).position(is_plural_reaction_noun)?;
        if words[..noun_at].iter().any(someones) || words[..=noun_at].iter().any(|w| w.comma) {
            return None;
        }
    }
    Some(Speaker {
        who: Who::Anonymous { online: true },
        verb: None,
        platform: platform_named_in(sentence_lead),
        posted: false,
        interviewee: false,
    })
}

/// `…with comments like`, `drew replies such as`: whether the sentence ends on a plural noun of
/// reactions (not someone's: `the minister’s comments like`) and the words that give examples
/// of it.
fn given_as_examples(words: &[Word]) -> bool {
    let examples_of = match words {
        [.., before, noun, such, as_] if such.bare == "such" && as_.bare == "as" => {
            Some((before, noun))
        }
        [.., before, noun, like] if matches!(like.bare, "like" | "including") => {
            Some((before, noun))
        }
        _ => None,
    };
    examples_of.is_some_and(|(before, noun)| is_plural_reaction_noun(noun) && !someones(before))
}

/// `comments`, `replies`, `tweets`: a plural noun of readers' reactions.
fn is_plural_reaction_noun(word: &Word) -> bool {
    PLURAL_REACTION_NOUNS.contains(&word.bare.to_lowercase().as_str())
}

/// `the minister’s`, `Obi`: a word before a noun of reactions that makes them one person's.
fn someones(word: &Word) -> bool {
    word.bare.ends_with("'s")
        || word.bare.ends_with("’s")
        || (starts_uppercase(word.bare)
            && !matches!(word.bare, "Some" | "The" | "Other" | "Many" | "Most"))
}

/// `one of them`, `one of his followers`: a reader picked from a group; anything else after
/// `of` (`one of the reasons`) is not a speaker. `of_at` is the index of `of`.
fn one_of_them(words: &[Word], of_at: usize) -> Option<(Who, usize, Option<Platform>, bool)> {
    let group = |k: usize| words.get(k).map(|w| w.bare.to_lowercase());
    if words[of_at].comma {
        return None;
    }
    match group(of_at + 1).as_deref() {
        Some("them" | "those") => Some((Who::Anonymous { online: false }, of_at + 2, None, false)),
        Some("the" | "his" | "her" | "their" | "its" | "our") => {
            // `one of the comments`, `one of the top comments`, `one of the most-liked replies`:
            // up to two modifiers before the noun, none of them a verb or after a comma.
            let noun_at = (of_at + 2..words.len().min(of_at + 5))
                .find(|&k| group(k).is_some_and(|noun| is_online_noun(&noun)))?;
            let modifiers = &words[of_at + 1..noun_at];
            if modifiers.iter().any(|w| w.comma || is_verb(w.bare)) {
                return None;
            }
            // `… on the post`, `… under the video`, `… on Facebook`: where the comment stands.
            let mut next = noun_at + 1;
            let mut platform = None;
            if let Some((after, place)) = place_phrase(words, next) {
                next = after;
                platform = Some(place);
            } else if !words[noun_at].comma
                && matches!(
                    group(next).as_deref(),
                    Some("on" | "under" | "beneath" | "below")
                )
                && matches!(
                    group(next + 1).as_deref(),
                    Some("the" | "his" | "her" | "their" | "its" | "that" | "this")
                )
                && group(next + 2).is_some_and(|post| POSTED_THINGS.contains(&post.as_str()))
            {
                next += 3;
            }
            Some((Who::Anonymous { online: true }, next, platform, false))
        }
        _ => None,
    }
}

/// `in the comments`, `under the post`, `on r/askTO`, `in the r/toronto thread`: where an
/// anonymous reader's words sit, after its noun (at word `at`). The word after the phrase, and
/// the platform a subreddit names.
fn where_it_sits(words: &[Word], at: usize) -> Option<(usize, Option<Platform>)> {
    let lowered = |k: usize| words.get(k).map(|w| w.bare.to_lowercase());
    let preposition = matches!(
        lowered(at).as_deref(),
        Some("under" | "below" | "beneath" | "on" | "in")
    );
    if !preposition || words[at].comma {
        return None;
    }
    let mut k = at + 1;
    if matches!(
        lowered(k).as_deref(),
        Some("the" | "his" | "her" | "their" | "its" | "this" | "that")
    ) && !words[k].comma
    {
        k += 1;
    }
    let subreddit = lowered(k).is_some_and(|w| w.len() > 2 && w.starts_with("r/"));
    if subreddit {
        k += 1;
    }
    let place = lowered(k).filter(|_| !words[k - 1].comma).is_some_and(|w| {
        POSTED_THINGS.contains(&w.as_str()) || COMMENT_PLACES.contains(&w.as_str())
    });
    if !place && !subreddit {
        return None;
    }
    if place {
        k += 1;
        // `the comment section`, `the comments section`.
        if lowered(k).as_deref() == Some("section") && !words[k - 1].comma {
            k += 1;
        }
    }
    Some((k, subreddit.then_some(Platform::Reddit)))
}

/// `said in a comment left on the website`, `added in a tweet`, `said in the replies`: the
/// phrase at word `at` puts what a verb of speech says in a post.
fn said_in_a_post(words: &[Word], at: usize) -> bool {
    let lowered = |k: usize| words.get(k).map(|w| w.bare.to_lowercase());
    if lowered(at).as_deref() != Some("in") || words[at].comma {
        return false;
    }
    let determiner = matches!(
        lowered(at + 1).as_deref(),
        Some("a" | "an" | "the" | "his" | "her" | "their" | "one")
    ) && !words[at + 1].comma;
    let noun = at + 1 + usize::from(determiner);
    lowered(noun).is_some_and(|noun| {
        matches!(noun.as_str(), "post" | "tweet" | "reply" | "thread")
            || COMMENT_PLACES.contains(&noun.as_str())
    })
}

/// Whether `words` post or answer a post: a verb of posting in any form (`commenting`, `who
/// replied`), or a post or the comments named after a determiner (`to the post`, `In the
/// comments section`).
fn mentions_posting(words: &[Word]) -> bool {
    words.iter().enumerate().any(|(k, word)| {
        let lower = word.bare.to_lowercase();
        let determined = k > 0
            && matches!(
                words[k - 1].bare.to_lowercase().as_str(),
                "the" | "a" | "his" | "her" | "their" | "this" | "that"
            );
        is_posting_verb(&lower)
            || POSTING_PARTICIPLES.contains(&lower.as_str())
            || (determined
                && matches!(
                    lower.as_str(),
                    "post" | "tweet" | "thread" | "comments" | "replies" | "timeline"
                ))
    })
}

/// Where comments sit, besides the things they are left under: `in the replies`.
const COMMENT_PLACES: &[&str] = &[
    "comments",
    "comment",
    "replies",
    "subreddit",
    "forum",
    "group",
    "timeline",
    "mentions",
];

/// What a comment is left under: `one of the comments on the post`.
const POSTED_THINGS: &[&str] = &[
    "post",
    "video",
    "clip",
    "tweet",
    "thread",
    "page",
    "story",
    "article",
    "reel",
    "photo",
    "picture",
    "update",
    "livestream",
];

/// An aside between commas after a subject: `, Khaya Sishuba,` (a name), `, mama_tobi,` (a
/// username), `, 75,` (an age), `, in sheer disbelief,`. Returns the word after it, who it
/// names and whether it is an age.
fn aside(words: &[Word], start: usize, after_comma: bool) -> Option<(usize, Option<Who>, bool)> {
    if !after_comma || start >= words.len() || is_verb(words[start].bare) {
        return None;
    }
    let comma_at = (start..words.len().min(start + 8)).find(|&m| words[m].comma);
    // `Ziyad Faisal, an activist for the Awami Workers Party posted …`: a description whose
    // closing comma the desk left out ends at its verb, where the verb is a post's (`Godfrey
    // Daniel, a businessman said:` is a vox pop's).
    // So does `Simon Wolfe, another twitter user commended…`: a description as an online
    // reader, at any verb.
    if matches!(words[start].bare, "a" | "an" | "the" | "another") {
        let verb_at = (start + 1..words.len().min(start + 10)).find(|&m| is_verb(words[m].bare));
        let online_reader = |v: &usize| calls_a_reader(&words[start + 1..*v]);
        let posting = |v: &usize| is_posting_verb(words[*v].bare) || online_reader(v);
        if let Some(verb_at) = verb_at.filter(|&v| posting(&v) && comma_at.is_none_or(|c| c >= v)) {
            return Some((verb_at, None, false));
        }
    }
    let close = comma_at?;
    // (`John T., from North Park Avenue wrote, “…”`: an aside whose closing comma was lost
    // ends before the verb of posting or speech the next comma follows.)
    if close > start
        && matches!(
            verb_kind(Some(&words[close].bare.to_lowercase())),
            VerbKind::Posting | VerbKind::Speech
        )
    {
        return Some((close, None, false));
    }
    let age = words[start].bare.chars().all(|c| c.is_ascii_digit());
    // (`Jim DeMint, R-S.C., tweeted`: the party and state alone, no name in them.)
    if close == start && is_party_and_state(words[start].bare) {
        return Some((close + 1, None, false));
    }
    if close == start {
        if let Some(username) = username_at(words, start) {
            return Some((close + 1, Some(username), false));
        }
    }
    // `Rd Hadi Roesmanto, with the handle @haditoya,`, `…, whose username is @x,`, `…, who
    // goes by @x,`: the account the name posts as, which the post is printed under.
    let aside_words = &words[start..=close];
    let names_an_account = aside_words.len() <= 5
        && aside_words.iter().any(|w| {
            matches!(
                w.bare,
                "handle" | "username" | "user" | "account" | "by" | "as"
            )
        });
    if let Some(handle) = names_an_account
        .then(|| is_handle(words[close].bare))
        .flatten()
    {
        return Some((close + 1, Some(Who::Handle(handle.to_string())), false));
    }
    // `Tatiana, or @IanaTatiana on Twitter,`: the account the name goes by.
    if words[start].bare == "or" {
        if let Some(handle) = words.get(start + 1).and_then(|w| is_handle(w.bare)) {
            return Some((close + 1, Some(Who::Handle(handle.to_string())), false));
        }
    }
    // `, Khaya Sishuba,` or with a place: `, Jim Kelly from Cork,`, `, Amina of Mombasa,`.
    let name = name_at(words, start)
        .filter(|(_, end)| {
            *end == close + 1
                || (*end < close
                    && matches!(words[*end].bare, "from" | "of" | "in")
                    && words[*end + 1..=close]
                        .iter()
                        .all(|w| starts_uppercase(w.bare)))
        })
        .map(|(name, _)| Who::Name(name));
    Some((close + 1, name, age))
}

/// An @handle, a `u/` username or a word shaped like a username (`mama_tobi`, `user8392019`)
/// at word `at`.
fn username_at(words: &[Word], at: usize) -> Option<Who> {
    let word = words.get(at)?.bare;
    is_handle(word)
        .or_else(|| super::dump::is_username(word, false).then_some(word))
        .map(|handle| Who::Handle(handle.to_string()))
}

/// `An Instagram user, mama_tobi wrote:`, `Another user, Olamide said:`: the reader named
/// after the comma, the aside's closing comma left out before the verb. Who it is and the
/// verb's index.
fn named_before_verb(words: &[Word], at: usize) -> Option<(Who, usize)> {
    let (who, end) = match username_at(words, at) {
        Some(who) => (who, at + 1),
        None => name_at(words, at).map(|(name, end)| (Who::Name(name), end))?,
    };
    let verb_next = !words[end - 1].comma && words.get(end).is_some_and(|w| is_verb(w.bare));
    verb_next.then_some((who, end))
}

/// Where a subject posted, printed between it and its verb: `on Facebook`, `on Najib’s
/// Facebook page,`, `via X`. Returns the word after the phrase and the platform it names.
fn place_phrase(words: &[Word], at: usize) -> Option<(usize, Platform)> {
    let preposition = words.get(at)?;
    // Other languages' `on` too: `auf Twitter`, `en Twitter`, `sur Twitter`, `su Twitter`.
    if preposition.comma
        || !matches!(
            preposition.bare,
            "on" | "via" | "in" | "under" | "auf" | "bei" | "en" | "em" | "sur" | "su" | "op"
        )
    {
        return None;
    }
    // (`in one of his Twitter posts`: one of several.)
    let one_of = matches!(
        words.get(at + 1..at + 4),
        Some([one, of, whose]) if one.bare == "one"
            && of.bare == "of"
            && matches!(whose.bare, "his" | "her" | "their" | "its" | "my")
    );
    let reach = if one_of { 5 } else { 4 };
    let (named_at, platform) = (at + 1..words.len().min(at + reach)).find_map(|m| {
        let platform = platform_named_in(words[m].bare)?;
        Some((m, platform))
    })?;
    if words[at + 1..named_at].iter().any(|w| w.comma) {
        return None;
    }
    let mut end = named_at + 1;
    let place_noun = words.get(end).is_some_and(|w| {
        let noun = w.bare.to_lowercase();
        let noun = if one_of {
            noun.trim_end_matches('s')
        } else {
            noun.as_str()
        };
        PLACE_NOUNS.contains(&noun)
    });
    if place_noun && !words[named_at].comma {
        end += 1;
    }
    Some((end, platform))
}

/// `On Facebook,`, `Taking to X,`, `In a post on Instagram,`: where the subject after this
/// opening clause (`words`, ending at its comma) posted.
/// `On Newshub's Facebook page one commenter said`, `In the comments section another wrote`:
/// `words` are a phrase placing the sentence online, printed without its comma, so that a
/// subject starts after them.
/// (`In a heated discussion on social media one person said`: or social media, online.)
fn after_opening_place(words: &[Word]) -> bool {
    const LONGEST_PHRASE: usize = 8;
    let opens = words
        .first()
        .is_some_and(|w| matches!(w.bare, "On" | "In" | "Under" | "Over"));
    let social_media = words
        .windows(2)
        .any(|pair| pair[0].bare.eq_ignore_ascii_case("social") && pair[1].bare == "media");
    opens
        && words.len() <= LONGEST_PHRASE
        && words.iter().all(|w| !w.comma)
        && (social_media
            || words.iter().any(|w| {
                platform_named_in(w.bare).is_some()
                    || w.bare == "online"
                    || w.bare.to_lowercase().starts_with("comment")
            }))
}

/// `…, forcing one twitterer to ask:`, `only for a Scotland supporter to respond,`: a
/// determiner after a participle or `for` opens the subject of an infinitive.
fn leads_to_speak(before: &[Word], word: &Word) -> bool {
    before.last().is_some_and(|w| {
        !w.comma && (w.bare == "for" || (w.bare.len() > 5 && w.bare.ends_with("ing")))
    }) && matches!(
        word.bare.to_lowercase().as_str(),
        "one" | "a" | "an" | "another" | "some"
    )
}

fn place_opening_the_sentence(words: &[Word]) -> Option<Platform> {
    if !words.last()?.comma {
        return None;
    }
    let clause_start = words[..words.len() - 1]
        .iter()
        .rposition(|w| w.comma)
        .map_or(0, |at| at + 1);
    let clause = &words[clause_start..];
    (0..clause.len()).find_map(|at| {
        let preposition = matches!(clause[at].bare.to_lowercase().as_str(), "on" | "to" | "via");
        if !preposition {
            return None;
        }
        clause[at + 1..clause.len().min(at + 4)]
            .iter()
            .find_map(|w| platform_named_in(w.bare))
    })
}

/// The predicate from word `j` to the clause's end: adverbs, a verb, and a short rest. Returns
/// the verb, whether it or the rest says the speaker posted, the platform it names and a name
/// the rest gives the words to (`a reply came in from Tony Turner`).
/// After `with` the verb is a participle: `with one saying:`, `with another adding,`.
fn predicate(
    words: &[Word],
    mut j: usize,
    after_with: bool,
) -> Option<(String, bool, Option<Platform>, Option<String>)> {
    while words.get(j).is_some_and(|w| is_adverb(w.bare)) {
        j += 1;
    }
    // `Moerieda Abrahams was amused:`, `Thabo was not impressed:`: a state of mind before the
    // words that show it.
    if matches!(
        words.get(j).map(|w| w.bare),
        Some("was" | "is" | "were" | "seemed")
    ) && !words[j].comma
    {
        let mut k = j + 1;
        while words
            .get(k)
            .is_some_and(|w| w.bare == "not" || is_adverb(w.bare))
        {
            k += 1;
        }
        if words.get(k).is_some_and(|w| {
            (w.bare.len() > 4 && w.bare.ends_with("ed") && is_verb(w.bare))
                || FEELINGS.contains(&w.bare)
        }) {
            j = k;
        }
        // `Mary Wanjiku was quick to point out:`: the infinitive after it is what she did.
        let eager = words
            .get(k)
            .is_some_and(|w| !w.comma && matches!(w.bare, "quick" | "eager" | "keen" | "ready"));
        if eager && words.get(k + 1).is_some_and(|w| w.bare == "to") {
            j = k + 1;
        }
    }
    // `forcing one twitterer to ask:`, `only for a fan to respond,`: an infinitive after a
    // subject that something led to speak.
    if words.get(j).is_some_and(|w| w.bare == "to" && !w.comma) {
        let (base, past) = INFINITIVES
            .iter()
            .find(|(base, _)| words.get(j + 1).is_some_and(|w| w.bare == *base))?;
        let rest = &words[j + 2..];
        if rest.len() > 6 || opens_a_clause(rest) {
            return None;
        }
        let posted = is_posting_verb(past) || base == &"tweet";
        return Some((past.to_string(), posted, None, None));
    }
    j = past_the_auxiliary(words, j);
    let verb_word = words.get(j)?;
    let participle = after_with
        && verb_word.bare.len() > 4
        && verb_word.bare.ends_with("ing")
        && verb_word.bare.chars().all(|c| c.is_ascii_lowercase());
    if !is_verb(verb_word.bare) && !participle {
        return None;
    }
    let mut verb = verb_word.bare.to_string();
    let mut rest_start = j + 1;
    if let Some(particle) = words.get(j + 1).filter(|_| !verb_word.comma) {
        if is_phrasal(&verb, particle.bare) {
            verb = format!("{verb} {}", particle.bare);
            rest_start += 1;
        }
    }
    let rest = &words[rest_start.min(words.len())..];
    if rest.len() > 14 || opens_a_clause(rest) || names_a_reporting_setting(rest) {
        return None;
    }
    // `went as far as to say`, `went on to write`: the infinitive at the end is what the
    // subject did.
    if verb == "went" {
        if let [.., to, base] = rest {
            if let Some((_, past)) = INFINITIVES
                .iter()
                .find(|(infinitive, _)| to.bare == "to" && base.bare == *infinitive)
            {
                verb = past.to_string();
            }
        }
    }
    // `urged calm, writing:`: the participle that runs into the quote is what introduces it.
    if let Some(last) = rest
        .last()
        .filter(|_| rest.len() >= 2 && rest[rest.len() - 2].comma)
    {
        let lower = last.bare.to_lowercase();
        if POSTING_PARTICIPLES.contains(&lower.as_str()) {
            verb = lower;
        }
    }
    let rest_text = rest.iter().map(|w| w.bare).collect::<Vec<_>>().join(" ");
    let platform = platform_named_in(&rest_text);
    let lower_rest = rest_text.to_lowercase();
    let in_comments = lower_rest.contains("comment");
    let posted = POSTING_VERBS.contains(&verb.as_str())
        || verb == "tweeted"
        || platform.is_some()
        || in_comments
        || rest
            .iter()
            .any(|w| POSTING_PARTICIPLES.contains(&w.bare.to_lowercase().as_str()));
    let from_name = rest
        .iter()
        .rposition(|w| matches!(w.bare, "from" | "by"))
        .and_then(|at| name_at(rest, at + 1).filter(|(_, end)| *end == rest.len()))
        .map(|(name, _)| name);
    Some((verb, posted, platform, from_name))
}

/// Verbs a subject is led to (`forcing one fan to ask:`), with the form read as their verb.
const INFINITIVES: &[(&str, &str)] = &[
    ("ask", "asked"),
    ("respond", "responded"),
    ("reply", "replied"),
    ("say", "said"),
    ("write", "wrote"),
    ("comment", "commented"),
    ("tweet", "tweeted"),
    ("post", "posted"),
    ("add", "added"),
    ("quip", "quipped"),
    ("joke", "joked"),
    ("point", "pointed"),
    ("note", "noted"),
];

/// How a reader was, before the words that show it: `was livid:`.
const FEELINGS: &[&str] = &[
    "angry",
    "furious",
    "livid",
    "happy",
    "sad",
    "upset",
    "blunt",
    "confused",
    "unhappy",
    "ecstatic",
    "emotional",
    "outraged",
    "sceptical",
    "skeptical",
];

/// `chimed in`, `piped up`, `hit back`: a verb and the particle that belongs to it.
fn is_phrasal(verb: &str, particle: &str) -> bool {
    matches!(
        verb,
        "jumped"
            | "chimed"
            | "chipped"
            | "weighed"
            | "joined"
            | "piped"
            | "came"
            | "hit"
            | "fired"
            | "shot"
            | "lashed"
            | "summed"
            | "spoke"
            | "called"
    ) && matches!(particle, "in" | "up" | "back" | "out")
}

/// The speaker of a quote from the clause before it (`lead`, which ends where the quote opens).
/// Whether the clause before a `that` says its subject posted: its verb (past any adverbs) is a
/// posting one (`tweeted angrily`, `by tweeting`), or, with a comma after `that`, an online
/// reader is its subject (`Another user further explained`).
fn posted_that(clause: &str, comma: bool) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some(verb_at) = words.iter().rposition(|w| !is_adverb(w)) else {
        return false;
    };
    let verb = words[verb_at];
    // (`Decarloo Wallace wrote on the President’s wall that “…”`: or a verb of posting before
    // where it posted.)
    let posting = is_posting_verb(verb)
        || matches!(verb, "tweeting" | "posting" | "commenting")
        || posted_on(&words);
    let reader_speaks = comma
        && verb_at >= 2
        && words[verb_at - 2..verb_at]
            .iter()
            .any(|w| is_online_noun(&w.to_lowercase()))
        && is_verb(verb);
    // `tagged by @RevathyAshok, who noted that “…”`: what an account says is its post.
    let account_speaks = verb_at >= 2
        && words[verb_at - 1] == "who"
        && is_handle(words[verb_at - 2].trim_end_matches(',')).is_some()
        && matches!(verb_kind(Some(verb)), VerbKind::Posting | VerbKind::Speech);
    posting || reader_speaks || account_speaks
}

/// `wrote on the President’s wall`, `commented on his Facebook page`: whether a clause ends
/// in a verb of posting and the place it posted, a phrase opening with `on` of a few words and
/// no comma.
fn posted_on(words: &[&str]) -> bool {
    const LONGEST_PLACE: usize = 6;
    let Some(on) = words
        .iter()
        .rev()
        .take(LONGEST_PLACE)
        .position(|w| *w == "on")
        .map(|back| words.len() - 1 - back)
    else {
        return false;
    };
    on > 0 && is_posting_verb(words[on - 1]) && !words[on - 1..].iter().any(|w| w.ends_with(','))
}

/// `Name tweeted a photo showing rows of empty chairs, saying` (a comma or colon after it
/// or not): the clause up to its verb of posting, when the words after the verb name what was
/// posted, with no comma, and the clause ends in `saying`, `writing` or `which read(s)`.
fn posted_then_saying(lead: &str) -> Option<&str> {
    const LONGEST_OBJECT: usize = 16;
    let lead = lead.trim_end_matches([',', ':', ';']);
    // (`commented under Sirisena’s post saying “…”`: the comma may be left out.)
    let clause = [
        ", saying",
        ", writing",
        ", which read",
        ", which reads",
        " saying",
    ]
    .iter()
    .find_map(|ending| lead.strip_suffix(ending))?;
    let word_ends = clause
        .match_indices(' ')
        .map(|(at, _)| at)
        .chain([clause.len()])
        .collect::<Vec<_>>();
    // The object's words run from the verb to the clause's end, with no comma among them.
    let (verb_start, verb_stop) = word_ends
        .windows(2)
        .map(|pair| (pair[0] + 1, pair[1]))
        .rev()
        .take(LONGEST_OBJECT + 1)
        .take_while(|&(start, stop)| !clause[start..stop].ends_with(','))
        .find(|&(start, stop)| {
            matches!(
                &clause[start..stop],
                "tweeted" | "posted" | "shared" | "uploaded" | "commented" | "replied"
            )
        })?;
    (verb_stop < clause.len() && verb_start > 0).then(|| &clause[..verb_stop])
}

/// `Hollywood actor Rainn Wilson (best-known as Dwight Schrute from the US version of The
/// Office) reacted to the show with three simple words:` without its aside: what the desk
/// adds in brackets, several words with no handle among them, is neither who spoke nor how
/// (`Jane Doe (@janedoe) tweeted`, `Mary Wanjiku (Kisumu) wrote` keep theirs).
fn without_long_aside(lead: &str) -> Option<String> {
    const FEWEST_WORDS: usize = 4;
    let open = lead.find(" (")?;
    let close = open + lead[open..].find(')')?;
    let aside = &lead[open + 2..close];
    let long = aside.split_whitespace().nth(FEWEST_WORDS - 1).is_some();
    (long && !aside.contains(['@', '(', '“', '"']))
        .then(|| format!("{}{}", &lead[..open], &lead[close + 1..]))
}

/// `Mahesh Babu, sharing a picture of Virat Kohli and Rohit Sharma, wrote,` without what the
/// subject did as it posted: an aside between commas that opens with a participle
/// (`sharing`, `posting`, `quoting`), whose names are the picture's, not the poster's. Only
/// where a verb follows the aside, so that the subject before it is the verb's.
fn without_participle_aside(lead: &str) -> Option<String> {
    const LONGEST_ASIDE: usize = 16;
    let (subject, rest) = lead.split_once(", ")?;
    let (aside, after) = rest.split_once(", ")?;
    let participle = aside.split(' ').next()?;
    let opens_with_participle = participle.len() > 4
        && participle.ends_with("ing")
        && participle.chars().all(|c| c.is_ascii_lowercase());
    let verb_after = after
        .split(' ')
        .next()
        .is_some_and(|verb| is_verb(verb.trim_end_matches([',', ':'])));
    (opens_with_participle
        && verb_after
        && subject.starts_with(char::is_uppercase)
        && aside.split_whitespace().count() <= LONGEST_ASIDE
        && !aside.contains(['“', '"', '@']))
    .then(|| format!("{subject} {after}"))
}

/// `Tin Gamboa a.k.a. DJ Suzy of Magic 89.9 also responded…` without the name the person goes
/// by: `a.k.a.` (or `aka`) and the capitalized words after it, with `of` or a number between
/// them; the name before it is the one printed as theirs.
fn without_alias(lead: &str) -> Option<String> {
    let (before, after) = [" a.k.a. ", " a.k.a ", " aka "]
        .iter()
        .find_map(|mark| lead.split_once(mark))?;
    let mut words = after.split(' ').peekable();
    let mut alias_words = 0;
    while let Some(word) = words.peek() {
        let part_of_alias = word.starts_with(char::is_uppercase)
            || (alias_words > 0
                && (word.starts_with(|c: char| c.is_ascii_digit()) || *word == "of"));
        if !part_of_alias {
            break;
        }
        alias_words += 1;
        words.next();
    }
    let rest: Vec<&str> = words.collect();
    (alias_words > 0 && !rest.is_empty()).then(|| format!("{before} {}", rest.join(" ")))
}

/// `Another person commenting on the parish council’s Facebook page said:` without what the
/// reader was answering: a participle of posting, a preposition and the words after them up
/// to the verb, with no comma among them (a clause between commas is read as an aside).
fn without_answered_post(lead: &str) -> Option<String> {
    const PARTICIPLES: &[&str] = &[
        "commenting",
        "replying",
        "responding",
        "reacting",
        "writing",
        "posting",
        "tweeting",
    ];
    let (before_verb, verb) = lead.trim_end_matches([':', ',']).rsplit_once(' ')?;
    let attributes = matches!(
        verb_kind(Some(&verb.to_lowercase())),
        VerbKind::Posting | VerbKind::Speech
    );
    if !attributes {
        return None;
    }
    let subject_end = before_verb
        .match_indices(' ')
        .map(|(at, _)| at)
        .find(|&at| {
            let mut rest = before_verb[at + 1..].split(' ');
            let participle = rest.next().is_some_and(|w| PARTICIPLES.contains(&w));
            let preposition = rest
                .next()
                .is_some_and(|w| matches!(w, "on" | "to" | "under" | "in" | "about"));
            participle
                && preposition
                && !before_verb[..at].ends_with(',')
                && !before_verb[at..].contains(',')
        })?;
    Some(format!(
        "{}{}",
        &before_verb[..subject_end],
        &lead[before_verb.len()..]
    ))
}

/// `Making the headlines was author Marian Keyes who tweeted “…”` as `… Marian Keyes
/// tweeted`: a `who` with no comma before it, right before the verb of posting that ends the
/// clause, joins that verb to the name before it.
fn without_bare_relative(lead: &str) -> Option<String> {
    const MOST_NAME_WORDS: usize = 4;
    let (before, verb) = lead.trim_end_matches([':', ',']).rsplit_once(" who ")?;
    if verb.contains(' ') || !is_posting_verb(verb) {
        return None;
    }
    // The capitalized words right before `who`: the name, without what describes it.
    let name_words: Vec<&str> = before
        .rsplit(' ')
        .take_while(|word| word.starts_with(char::is_uppercase) && !word.ends_with(','))
        .take(MOST_NAME_WORDS + 1)
        .collect();
    if !(1..=MOST_NAME_WORDS).contains(&name_words.len()) {
        return None;
    }
    let name_start = before.len() - name_words.iter().map(|w| w.len() + 1).sum::<usize>() + 1;
    Some(format!(
        "{} {}",
        &before[name_start..],
        &lead[before.len() + " who ".len()..]
    ))
}

/// `Nalaka Gunawardene has commented:` as `Nalaka Gunawardene commented:`: the perfect's
/// auxiliary before a verb of posting says when, not who or how.
fn without_perfect_auxiliary(lead: &str) -> Option<String> {
    let (at, auxiliary) = [" has ", " have ", " had "]
        .iter()
        .filter_map(|auxiliary| lead.find(auxiliary).map(|at| (at, *auxiliary)))
        .min()?;
    let after = &lead[at + auxiliary.len()..];
    let verb = after.split([' ', ':', ',']).next()?;
    is_posting_verb(verb).then(|| format!("{} {after}", &lead[..at]))
}

/// `Fans were quick to react, saying “…”`, `Viewers didn't like that reveal either, saying
/// '…'`, `Fans slammed the decision, with many saying “…”`: online readers in the plural as
/// the sentence's subject (among its first three words), and `saying` after a comma running
/// into the quote: the words are one of them's, anonymous.
fn readers_saying(lead: &str) -> Option<Speaker> {
    const SUBJECT_REACH: usize = 3;
    let clause = lead.trim_end_matches(':').strip_suffix(" saying")?;
    let clause = ["", " many", " some", " one", " others", " most"]
        .iter()
        .find_map(|quantity| clause.strip_suffix(&format!(", with{quantity}")))
        .or_else(|| clause.strip_suffix(','))?;
    let plural_readers = clause.split_whitespace().take(SUBJECT_REACH).any(|word| {
        let word = word.to_lowercase();
        word.ends_with('s') && ONLINE_READERS.contains(&word.as_str())
    });
    (plural_readers && !clause.contains(['“', '"', '‘'])).then(|| Speaker {
        who: Who::Anonymous { online: true },
        verb: Some("said".to_string()),
        platform: platform_named_in(clause),
        posted: false,
        interviewee: false,
    })
}

/// `Mehmudah Rehman wrote from Dubai:` without ` from Dubai:`: a verb of posting or speech,
/// then the place, capitalized, and the colon.
fn wrote_from(lead: &str) -> Option<&str> {
    let (before, place) = lead.strip_suffix(':')?.rsplit_once(" from ")?;
    let verb = before.rsplit(' ').next()?;
    let place_shaped = (1..=3).contains(&place.split_whitespace().count())
        && place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    let attributes = matches!(
        verb_kind(Some(&verb.to_lowercase())),
        VerbKind::Posting | VerbKind::Speech
    );
    (place_shaped && attributes).then_some(before)
}

/// `Salihu tweeted via @salihusakpe “…”`, `A Nigerian tweeted via @tesla_tunes`: the account a
/// post went out through, after its verb, is its poster, whoever the subject says it is.
fn posted_via(lead: &str) -> Option<Speaker> {
    let (clause, account) = lead.rsplit_once(" via ")?;
    let handle = is_handle(account)?;
    let verb = clause.rsplit(' ').next()?;
    is_posting_verb(verb).then(|| Speaker {
        who: Who::Handle(handle.to_string()),
        verb: Some(verb.to_string()),
        platform: platform_named_in(verb),
        posted: true,
        interviewee: false,
    })
}

pub(super) fn speaker_before(lead: &str) -> Option<Speaker> {
    let lead = lead.trim_end();
    // `One viewer wrote me “…”`, `A reader emailed us,`: whom the words were sent to, the
    // desk, stands between the verb of posting and the quote.
    let bare = lead.trim_end_matches([':', ',']);
    if let Some((clause, "me" | "us")) = bare.rsplit_once(' ') {
        if clause.rsplit(' ').next().is_some_and(is_posting_verb) {
            return speaker_before(&format!("{clause}{}", &lead[bare.len()..]));
        }
    }
    if let Some(account) = posted_via(bare) {
        return Some(account);
    }
    // `KPRC 2 had no posts about it. They stormed its wall with comments like:`: comments a
    // sentence gives as examples are readers', whoever its subject is, and the quotes below
    // are read as the announcement's, not one speaker's.
    if lead.ends_with(':') && given_as_examples(&words(last_sentence(bare))) {
        return None;
    }
    // `Another one said:-`: a dash after the colon, as some desks print it.
    let lead = lead
        .strip_suffix(":-")
        .map_or(lead, |bare| &lead[..bare.len() + 1]);
    if let Some(readers) = readers_saying(lead) {
        return Some(readers);
    }
    // `Jimmy Kimmel's reaction on Pacquiao-Bradley fight result - "…"`: a dash after a named
    // person's post introduces its words as a colon would.
    if lead.ends_with([' ', '-', '–', '—']) && lead.trim_end().ends_with(['-', '–', '—']) {
        if let Some(owner) = possessed_post(lead).or_else(|| signed_before(lead)) {
            return Some(owner);
        }
    }
    if let Some(without) = without_long_aside(lead)
        .or_else(|| without_participle_aside(lead))
        .or_else(|| without_alias(lead))
        .or_else(|| without_answered_post(lead))
        .or_else(|| without_perfect_auxiliary(lead))
        .or_else(|| without_bare_relative(lead))
    {
        return speaker_before(&without);
    }
    // `Mike Carlton tweeted that “we may have to declare war on Queensland”`: what a post said,
    // quoted in part, is still the poster's (not `said that`, which reports speech).
    let lead = match lead.strip_suffix(" that") {
        Some(bare) if bare.ends_with(" tweeted") || bare.ends_with(" posted") => bare,
        _ => lead,
    };
    // `One wrote that:` ⏎ `'…'`: the colon introduces the post whole; and `Mehmudah Rehman
    // wrote from Dubai:`, where the writer wrote from is no speaker.
    let bare_lead;
    let lead = match lead.strip_suffix(" that:").or_else(|| wrote_from(lead)) {
        Some(bare) => {
            bare_lead = format!("{bare}:");
            bare_lead.as_str()
        }
        None => lead,
    };
    // `Jane Wanjiru, for one, wrote:`: the aside is no reader `one`.
    let without_aside;
    let lead = match lead.split_once(", for one,") {
        Some((before, after)) => {
            without_aside = format!("{before}{after}");
            without_aside.as_str()
        }
        None => lead,
    };
    // `Anand Mahindra tweeted a video of dancing pylons, saying, “…”`, `Actor Abhishek Bachchan
    // tweeted a message, which read, “…”`: what the post showed stands between its verb and its
    // words; read as if the verb stood before a colon.
    if let Some(clause) = posted_then_saying(lead) {
        return speaker_before(&format!("{clause}:"));
    }
    // `A South African tweeted angrily that, “…”`, `Another user further explained that, “…”`:
    // after a posting verb, or after an online reader's verb and a comma, what `that` quotes is
    // the post itself; read as if a colon stood there. (`Another poster predicted that 'Reeling
    // in the Years' would…` quotes a title inside the poster's sentence.)
    let that = match lead.strip_suffix(" that,") {
        Some(bare) => Some((bare, true)),
        None => lead.strip_suffix(" that").map(|bare| (bare, false)),
    };
    if let Some((bare, comma)) = that {
        if posted_that(bare, comma) {
            return speaker_before(&format!("{bare}:"));
        }
    }
    // `One commenter simply wrote “Shameful.”`: a commenting verb may run straight into its
    // quote (not `captioned`, whose quote is the post being reacted to). So may `said`, but
    // only after an online reader (`One commenter said "Best option."`): after anyone else it
    // runs into partial quotes of reported speech.
    let verb_end = match lead.ends_with([':', ',', ';']) {
        true => lead,
        false => without_trailing_place(lead),
    };
    let mut last_words = verb_end.rsplit(char::is_whitespace);
    let last_word = last_words.next();
    let second_last = last_words.clone().next();
    // `went as far as to say “…”`: an infinitive runs in as its past would.
    let infinitive = (second_last == Some("to"))
        .then(|| {
            INFINITIVES
                .iter()
                .find(|(base, _)| last_word == Some(*base))
        })
        .flatten()
        .map(|(_, past)| *past);
    let last_word = infinitive.or(last_word);
    let said_runs_in = last_word == Some("said");
    let verb_last = said_runs_in
        || last_word.is_some_and(|last| {
            matches!(
                last,
                "wrote"
                    | "commented"
                    | "replied"
                    | "tweeted"
                    | "posted"
                    | "responded"
                    | "quipped"
                    | "joked"
                    // A round-up's present tense: `John Thiongo says "A leader come from…"`.
                    | "writes"
                    | "comments"
                    | "says"
            ) || (is_verb_elsewhere(last) && is_posting_verb(last))
        });
    // `praised Jadeja’s performance by posting “…”`; `with one fan writing “…”`, a reader's
    // participle after `with` running into the quote as the past tense does.
    // (`entered the Twitter war by tweeting “…”`: or any participle of posting.)
    let by_posting = second_last == Some("by")
        && last_word.is_some_and(|participle| {
            matches!(
                participle,
                "posting" | "tweeting" | "writing" | "commenting" | "replying"
            )
        });
    // `Another one shamed him by saying “…”`, `One user reacted by saying “…”`: `saying` too,
    // when the clause's subject is an online reader or `another` (anyone else's is reported
    // speech: `the minister responded by saying “…”`).
    let reader_by_saying = second_last == Some("by")
        && last_word == Some("saying")
        && lead
            .rsplit([',', ';'])
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .rev()
            .take_while(|word| !matches!(*word, "and" | "while" | "but" | "as"))
            .map(|word| word.to_lowercase())
            .any(|word| word == "another" || is_online_noun(&word));
    let with_writing = last_word
        .is_some_and(|last| matches!(last, "writing" | "tweeting" | "commenting" | "posting"))
        && lead
            .split_whitespace()
            .rev()
            .take(8)
            .any(|word| word == "with");
    // `with Facebook user Esoh Chalbiz saying “…”`: `saying` too, after an online reader
    // (after anyone else it runs into reported speech: `with the minister saying “…”`).
    let with_a_reader_saying = last_word == Some("saying") && {
        let clause: Vec<&str> = lead.split_whitespace().rev().take(8).collect();
        clause.contains(&"with")
            && clause
                .iter()
                .any(|word| is_online_noun(&word.to_lowercase()))
    };
    // `Mary Wanjiku reacted, saying “…”`: after a verb of reacting or posting and a comma,
    // `saying` runs into the post as the verb would.
    let reacted_saying = last_word == Some("saying")
        && verb_end[..verb_end.len() - "saying".len()]
            .trim_end()
            .strip_suffix(',')
            .is_some_and(|clause| {
                let mut words = clause.rsplit(' ');
                let last = words.next().unwrap_or_default();
                let last_two = words.next().map(|before| format!("{before} {last}"));
                is_posting_verb(last) || last_two.is_some_and(|verb| is_posting_verb(&verb))
            });
    // `Dexta Daps expressed his thoughts, with his comment “…”`: the subject's own post,
    // named by its noun, runs into the quote.
    let with_own_post = last_word
        .is_some_and(|noun| matches!(noun, "comment" | "post" | "tweet" | "caption" | "reply"))
        && second_last.is_some_and(|owner| matches!(owner, "his" | "her" | "their"))
        && verb_end.split_whitespace().rev().nth(2) == Some("with");
    // `One presumably Trini user jibed “…”`: any verb in the past right after an online
    // reader's noun runs into the quote; so it does with `saying` after it (`A twitterati
    // lamented saying “…”`).
    let (verbed, noun_before) = match last_word {
        Some("saying") => (second_last, last_words.clone().nth(1)),
        _ => (last_word, second_last),
    };
    let reader_verbed = verbed.is_some_and(|last| {
        last.len() > 4 && last.ends_with("ed") && last.chars().all(|c| c.is_ascii_lowercase())
    }) && noun_before.is_some_and(|noun| {
        // (A person's noun: `Comments ranged from “…”` samples what readers wrote.)
        let noun = noun.to_lowercase();
        is_online_noun(&noun) && !REACTION_NOUNS.contains(&noun.trim_end_matches('s'))
    });
    // `Another comment read “…”`, `Another one read “…”`: a post's noun (or `one` of them)
    // and `read` running into the post's words.
    let post_read = last_word.is_some_and(|last| matches!(last, "read" | "reads"))
        && second_last.is_some_and(|noun| {
            let noun = noun.to_lowercase();
            ONLINE_POSTS.contains(&noun.as_str())
                || matches!(noun.as_str(), "tweet" | "post" | "one")
        });
    let verb_last = verb_last
        || post_read
        || reader_verbed
        || by_posting
        || reader_by_saying
        || with_writing
        || with_a_reader_saying
        || reacted_saying
        || with_own_post;
    let introduces = lead.ends_with([':', ',', ';']) || verb_last;
    if !introduces {
        return None;
    }
    let words = words(lead);
    if words.is_empty() || words.len() > 40 {
        return None;
    }
    if let Some(speaker) = according_to(&words) {
        return Some(speaker);
    }
    // `Smith's post on Facebook said, “…”`: a label and its verb before a comma as before a
    // colon.
    let label_then_verb =
        (lead.ends_with(',') || post_read) && words.last().is_some_and(|w| is_label_verb(w.bare));
    // (`Also lamenting that…, another post by @MrAlaboRoland noted;`: the label may open the
    // sentence's last clause.)
    let last_clause = words.iter().rposition(|w| w.comma).map_or(0, |at| at + 1);
    if let Some(speaker) = (lead.ends_with([':', ';']) || label_then_verb)
        .then(|| {
            comment_label(&words).or_else(|| {
                (last_clause > 0)
                    .then(|| comment_label(&words[last_clause..]))
                    .flatten()
            })
        })
        .flatten()
    {
        return Some(speaker);
    }
    // "there was this interesting question from Offstumped:".
    if let Some(speaker) = from_name(&words) {
        return Some(speaker);
    }
    if let Some(speaker) = verb_then_subject(&words) {
        return Some(speaker);
    }
    // The clause nearest the quote first: in "Irate fans flocked to X as one frustrated viewer
    // moaned:" the speaker is the viewer.
    let mut starts: Vec<usize> = (0..words.len())
        .rev()
        .filter(|&k| {
            k == 0
            || (words[k - 1].comma && !inside_home_town(&words, k))
            // `…apparent on Twitter — one fan tweeted, “…”`; not after a dash closing an
            // aside (`In his tweet -- which was termed strange -- the DP attached`).
            || (is_dash(words[k - 1].bare)
                && words[..k].iter().filter(|w| is_dash(w.bare)).count() % 2 == 1)
            || CONNECTIVES.contains(&words[k - 1].bare.to_lowercase().as_str())
            // (`To which a Kenyan replied, ‘…’`: a reply's clause.)
            || (k >= 2
                && words[k - 1].bare == "which"
                && words[k - 2].bare.eq_ignore_ascii_case("to"))
            // (`“…,” one noted, before another added:`: the next reader's clause, where `before
            // adding:` goes on with the same reader's.)
            || (words[k - 1].bare.eq_ignore_ascii_case("before")
                && !the_same_reader_goes_on(words[k].bare))
            || points_to(&words[..k])
            || after_opening_place(&words[..k])
            || leads_to_speak(&words[..k], &words[k])
        })
        .collect();
    // (`Matthew K Jallow a US based Gambian social analyst wondered:`: a name described up to
    // the verb is the subject, not a capital inside its description.)
    // (The article first: most clauses have none, and a subject costs more to read.)
    let described_first = words
        .iter()
        .any(|w| matches!(w.bare, "a" | "an" | "another"))
        && subject_at(&words, 0)
            .is_some_and(|(who, next, ..)| past_plain_description(&words, &who, next) != next);
    if described_first {
        starts.rotate_right(1);
    }
    for &k in &starts {
        if k == 0 && CONNECTIVES.contains(&words[0].bare.to_lowercase().as_str()) {
            continue;
        }
        // `and finally one annoyed fan…`: an adverb before the subject is no part of it.
        let Some((who, next, platform, interviewee)) = subject_at(&words, k)
            .or_else(|| antecedent_of_who(&words, k))
            .or_else(|| {
                let subject = past_adverbs(&words, k);
                (subject > k).then(|| subject_at(&words, subject)).flatten()
            })
        else {
            continue;
        };
        let who = match who {
            Who::Anonymous { online } => {
                // (`On social media one person said`: a person the sentence places online.)
                let online = online || after_opening_place(&words[..k]);
                named_in_apposition(&words, &starts, (k, next), online)
                    .unwrap_or(Who::Anonymous { online })
            }
            who => who,
        };
        // `Kay Bello on X: “…”`: where the subject posted, before its verb or the quote.
        let (next, platform) = match place_phrase(&words, next) {
            Some((after, place)) => (after, Some(place)),
            None => (
                next,
                platform.or_else(|| place_opening_the_sentence(&words[..k])),
            ),
        };
        if next >= words.len() {
            // A bare handle before the quote: `@renoomokri, ”…”`, `@handle: “…”`; or a reader
            // the subject places online: `Facebook user Abena Serwaa: “…”`.
            // (`And another:`, `Still another:`, `A third:`: the next of the readers a round-up
            // quotes, with nothing more said of them.)
            let the_next_reader = matches!(who, Who::Anonymous { .. })
                && lead.ends_with(':')
                && words.split_last().is_some_and(|(last, before)| {
                    let last = last.bare.to_lowercase();
                    (last == "another" || ORDINALS.contains(&last.as_str()))
                        && before.iter().all(|w| {
                            matches!(
                                w.bare.to_lowercase().as_str(),
                                "and" | "still" | "yet" | "plus" | "or" | "then" | "a"
                            )
                        })
                });
            if ((matches!(who, Who::Handle(_)) || platform.is_some()) && k == 0) || the_next_reader
            {
                return Some(Speaker {
                    who,
                    verb: None,
                    platform,
                    posted: false,
                    interviewee,
                });
            }
            continue;
        }
        // `a local guy who writes,`: the subject's relative clause holds its verb when that is
        // a verb of posting (not `One resident who lives near the depot said:`).
        let posting_after = |at: usize| {
            words
                .get(at)
                .is_some_and(|verb| is_posting_verb(&verb.bare.to_lowercase()))
        };
        // (`Ama Serwaa who was not happy wrote:`: or the clause's last word, when that is.)
        const LONGEST_RELATIVE_CLAUSE: usize = 8;
        let last = words.len() - 1;
        let next = match words.get(next) {
            Some(who) if who.bare == "who" && !words[next - 1].comma && posting_after(next + 1) => {
                next + 1
            }
            Some(who)
                if who.bare == "who"
                    && !words[next - 1].comma
                    && last > next + 1
                    && last - next <= LONGEST_RELATIVE_CLAUSE
                    && !words[next..last].iter().any(|w| w.comma)
                    && posting_after(last) =>
            {
                last
            }
            _ => past_plain_description(&words, &who, next),
        };
        let after_with = k > 0 && words[k - 1].bare.eq_ignore_ascii_case("with");
        if let Some((verb, posted, place, from)) = predicate(&words, next, after_with) {
            let mut who = from.map_or(who, Who::Name);
            if who == Who::Pronoun {
                // "Someone else laughed as they wrote:": the pronoun is the clause's subject.
                // (A clause's, not a phrase's inside it: `In a tweet on Sunday, he wrote:`; a
                // subject with its verb, not a phrase's first word: `Later that night, he
                // posted:`, `Accompanied by a laughing emoji, he posted:`.)
                if let Some(antecedent) = starts
                    .iter()
                    .filter(|&&earlier| earlier < k)
                    .filter_map(|&earlier| subject_at(&words, earlier))
                    .filter(|&(_, after, ..)| has_a_verb(&words[after.min(k)..k]))
                    .map(|(who, ..)| who)
                    .find(|who| *who != Who::Pronoun)
                {
                    who = antecedent;
                }
            }
            // `Facebook user Baskaran Krishnan Kutty said “…”`: a name the clause calls a reader.
            let called_a_reader = calls_a_reader(&words[k..next.min(words.len())]);
            // (`Mary Wanjiku said on Facebook “…”`: or a place online the verb names.)
            let online = matches!(who, Who::Handle(_) | Who::Anonymous { online: true })
                || called_a_reader
                || place.is_some();
            if said_runs_in && !online {
                return None;
            }
            // `Facebook user, Harul Fariz, asked:`: the description the name stands in
            // apposition to places the reader.
            let described_as = || {
                let description = k.checked_sub(1).filter(|&last| words[last].comma)?;
                let opens = (0..description)
                    .rev()
                    .find(|&at| words[at].comma)
                    .map_or(0, |comma| comma + 1);
                words[opens..=description]
                    .iter()
                    .find_map(|word| platform_named_in(word.bare))
            };
            // (`Responding to the post, Mary Wanjiku said:`, `Mary Wanjiku, who commented on
            // the post, said:`: the clause before the verb says where the words were.)
            let answers_a_post = mentions_posting(&words[..next.min(words.len())]);
            return Some(Speaker {
                who,
                verb: Some(verb),
                platform: place.or(platform).or_else(described_as),
                // (`Adver commenter Shutupgrandad added:`: a reader's noun before the name
                // says the words were posted, whatever the verb.)
                posted: posted || called_a_reader || answers_a_post,
                interviewee,
            });
        }
    }
    lead.ends_with([':', ';'])
        .then(|| poster_opening_the_sentence(&words).or_else(|| group_before_colon(&words)))
        .flatten()
}

/// `Others were more sarcastic:`, `Some were less kind:`, `A few defended the Treasury:`: some
/// of the people the article is about, unnamed, over the words one of them wrote. An anonymous
/// reader, online where its noun says so (`Some users were less kind:`).
fn group_before_colon(words: &[Word]) -> Option<Speaker> {
    const LONGEST_CLAUSE: usize = 12;
    let lower: Vec<String> = words.iter().map(|w| w.bare.to_lowercase()).collect();
    let opening = usize::from(matches!(
        lower.first().map(String::as_str),
        Some("but" | "and" | "yet" | "however" | "still")
    ));
    let after_group = match lower[opening..] {
        [ref first, ..] if matches!(first.as_str(), "some" | "others" | "many" | "several") => {
            opening + 1
        }
        [ref a, ref few, ..] if a == "a" && few == "few" => opening + 2,
        _ => return None,
    };
    // (`Some officials disagreed:` quotes an official.)
    if words.len() > LONGEST_CLAUSE
        || reports(words)
        || words[opening..after_group].iter().any(|w| w.comma)
        || words[after_group..].iter().any(|w| {
            is_handle(w.bare).is_some()
                || (starts_uppercase(w.bare) && platform_named_in(w.bare).is_none())
        })
    {
        return None;
    }
    let noun = lower.get(after_group);
    let online = noun.is_some_and(|noun| is_online_noun(noun));
    let predicate = &words[after_group + usize::from(online)..];
    let has_predicate = predicate.first().is_some_and(|w| {
        is_verb(w.bare) || matches!(w.bare, "were" | "was" | "are" | "had" | "seemed" | "felt")
    });
    has_predicate.then(|| Speaker {
        who: Who::Anonymous { online },
        verb: None,
        platform: words.iter().find_map(|w| platform_named_in(w.bare)),
        posted: false,
        interviewee: false,
    })
}

/// `Gal Gadot, Israel’s most prominent global celebrity, released a statement on her Instagram
/// account Wednesday, …, saying:`, `Nalaka Gunawardene, has commented under Sirisena’s post
/// saying`: a sentence whose subject opens it (after a phrase with no verb: `Clearly angry,`),
/// a reader, a handle or a whole name, and which goes on to a verb of posting or a platform
/// before the colon that introduces the quote, however much stands between. No other person
/// may be named after the subject, or the words may be that person's.
fn poster_opening_the_sentence(words: &[Word]) -> Option<Speaker> {
    let (who, next, platform, interviewee) = subject_at(words, 0)
        .or_else(|| opening_phrase_end(words).and_then(|comma| subject_at(words, comma + 1)))?;
    let next = next.min(words.len());
    // (`E-mailer Chris`: one word is a whole name where the subject calls it a reader.)
    let called_a_reader = calls_a_reader(&words[..next]);
    let whole = match &who {
        Who::Name(name) => name.contains(' ') || called_a_reader,
        Who::Handle(_) | Who::Anonymous { online: true } => true,
        Who::Anonymous { online: false } | Who::Pronoun => false,
    };
    let rest = &words[next..];
    let names_another = rest.iter().enumerate().any(|(k, w)| {
        is_handle(w.bare).is_some()
            || subject_at(rest, k).is_some_and(
                |(other, ..)| matches!(other, Who::Name(ref name) if name.contains(' ')),
            )
    });
    if !whole || names_another {
        return None;
    }
    let verb = rest
        .iter()
        .map(|w| w.bare.to_lowercase())
        .find(|w| is_posting_verb(w));
    let place = rest.iter().find_map(|w| platform_named_in(w.bare));
    if verb.is_none() && place.is_none() {
        return None;
    }
    Some(Speaker {
        who,
        verb,
        platform: place.or(platform),
        posted: true,
        interviewee,
    })
}

/// `Another wrote in the comments “…”`, `One fan wrote on Facebook “…”`: the clause before a
/// quote without where the words were posted, which may stand between the verb and the quote.
fn without_trailing_place(lead: &str) -> &str {
    const UNDER_POSTS: &[&str] = &[
        "in the comments",
        "in the comment section",
        "in the comments section",
        "under the post",
        "on the post",
        "under the video",
        "in the replies",
    ];
    // Where the clause's last four words start, nearest first (never its first word).
    let last_starts: Vec<usize> = lead
        .char_indices()
        .rev()
        .filter(|&(at, c)| !c.is_whitespace() && at > 0 && lead[..at].ends_with(' '))
        .map(|(at, _)| at)
        .take(4)
        .collect();
    for words_in_phrase in (2..=4).rev() {
        let Some(&at) = last_starts.get(words_in_phrase - 1) else {
            continue;
        };
        let phrase = &lead[at..];
        let phrase_words = words(phrase);
        let lower = phrase.to_lowercase();
        // (`wrote in a regional language “…”`, `tweeted in Swahili “…”`: the language a post
        // is written in is where its words are, as a place is.)
        let in_a_language = lower.starts_with("in ")
            && (lower.ends_with(" language") || is_language_name(&phrase[3..]));
        let placed = place_phrase(&phrase_words, 0)
            .is_some_and(|(end, _)| end == phrase_words.len())
            || UNDER_POSTS.contains(&lower.as_str())
            || in_a_language;
        if placed {
            return lead[..at].trim_end();
        }
    }
    lead
}

/// `Here's`, `Here is`, `There's`: words pointing to the subject after them (`Here's a local
/// guy who writes,`), which open no subject of their own.
fn points_to(before: &[Word]) -> bool {
    let pointer = |word: &Word, pointers: &[&str]| {
        pointers
            .iter()
            .any(|pointer| word.bare.eq_ignore_ascii_case(pointer))
    };
    match before {
        [one] => pointer(one, &["here's", "here’s", "there's", "there’s"]),
        [adverb, is] => pointer(adverb, &["here", "there"]) && is.bare == "is",
        _ => false,
    }
}

/// `Jane Doe, an Arsenal fan, tweeted:`: the reader a description at `k` (ending before word
/// `next`) describes, when it stands in apposition to a name or handle opening an earlier
/// clause, is that name: the clause read from the name takes the description as its aside.
fn named_in_apposition(
    words: &[Word],
    starts: &[usize],
    (k, next): (usize, usize),
    online: bool,
) -> Option<Who> {
    // `Ama Serwaa, a Facebook user wrote;`: an online reader's description may go without its
    // closing comma, the name before it still its subject.
    let closed = words[next - 1].comma;
    if k == 0 || !words[k - 1].comma || !(closed || online) {
        return None;
    }
    starts
        .iter()
        .filter(|&&earlier| earlier < k)
        .find_map(|&earlier| match subject_at(words, earlier) {
            Some((who @ (Who::Name(_) | Who::Handle(_)), after, ..))
                if after == next || (!closed && after == k && is_whole(&who)) =>
            {
                Some(who)
            }
            // (`Grebo Governor, another agitated user, lambasted…`: a display name the
            // apposition says is a user's, whatever its words, as names go unread.)
            _ => (online && closed)
                .then(|| display_name_between(words, earlier, k))
                .flatten(),
        })
}

/// The words from `start` up to the comma closing word `end - 1` as a display name: one to
/// four capitalized words of letters.
fn display_name_between(words: &[Word], start: usize, end: usize) -> Option<Who> {
    const MOST_WORDS: usize = 4;
    let name = &words[start..end];
    // (`In Monrovia, another user, wrote`: a phrase opening the sentence names nobody.)
    let opens_a_phrase = name.first().is_some_and(|first| {
        matches!(
            first.bare,
            "In" | "On" | "At" | "From" | "After" | "Before" | "Meanwhile" | "Later" | "Then"
        ) || CONNECTIVES.contains(&first.bare.to_lowercase().as_str())
    });
    let display_name = (1..=MOST_WORDS).contains(&name.len())
        && !opens_a_phrase
        && name[..name.len() - 1].iter().all(|w| !w.comma)
        && name
            .iter()
            .all(|w| starts_uppercase(w.bare) && w.bare.chars().all(char::is_alphabetic));
    display_name.then(|| Who::Name(name.iter().map(|w| w.bare).collect::<Vec<_>>().join(" ")))
}

/// A handle, or a name of more than one word (`Finally, one viewer sighed:` names nobody).
fn is_whole(who: &Who) -> bool {
    match who {
        Who::Handle(_) => true,
        Who::Name(name) => name.contains(' '),
        _ => false,
    }
}

/// `echoed by Achieng, who wrote:`, `@kay_b, who runs a fan page, posted:`: a relative `who`
/// at `k` whose antecedent, the name or handle just before its comma, is the subject.
fn antecedent_of_who(words: &[Word], k: usize) -> Option<(Who, usize, Option<Platform>, bool)> {
    if !words.get(k)?.bare.eq_ignore_ascii_case("who") || k == 0 || !words[k - 1].comma {
        return None;
    }
    let who = match is_handle(words[k - 1].bare) {
        Some(handle) => Who::Handle(handle.to_string()),
        None => (k.saturating_sub(5)..k)
            .find_map(|start| name_at(words, start).filter(|(_, end)| *end == k))
            .map(|(name, _)| Who::Name(name))?,
    };
    // The clause's own verb follows its last comma when the clause runs on (`who runs a fan
    // page, posted:`).
    let next = (k + 1..words.len())
        .rev()
        .find(|&at| words[at - 1].comma && at > k + 1)
        .filter(|&at| predicate(words, at, false).is_some())
        .unwrap_or(k + 1);
    Some((who, next, None, false))
}

/// `According to one Twitter user,`, `In the words of one commenter:`: the subject after the
/// phrase is the whole clause before the quote.
fn according_to(words: &[Word]) -> Option<Speaker> {
    let lowered: Vec<String> = words
        .iter()
        .take(4)
        .map(|w| w.bare.to_lowercase())
        .collect();
    let phrase = match lowered
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["according", "to", ..] => 2,
        ["in", "the", "words", "of", ..] => 4,
        _ => return None,
    };
    let (who, next, platform, interviewee) = subject_at(words, phrase)?;
    if who == Who::Pronoun || next < words.len() {
        return None;
    }
    Some(Speaker {
        who,
        verb: None,
        platform,
        posted: false,
        interviewee,
    })
}

/// `Reader comment:`, `Top comment on Facebook:`, `Comment from reader Ama:`, `A reply from
/// @kamau_k:`: a label naming the quote as a reader's comment, as the whole clause. After
/// `from`, only a reader: a handle, a reader noun (`reader Ama`, `one user`), never a bare name
/// (`A response from Buhari:` is the president's).
fn comment_label(words: &[Word]) -> Option<Speaker> {
    // `A tweet from @janedoe read:`, `Jane Doe's tweet read:`: the label, then what it says.
    // (`The top comment, from Jane Wanjiru, read:`: whose it is in commas of its own.)
    let from_in_commas = |label: &[Word]| {
        label
            .iter()
            .position(|w| matches!(w.bare, "from" | "by"))
            .is_some_and(|at| at > 0 && label[at - 1].comma)
    };
    let read_label = words
        .last()
        .is_some_and(|last| matches!(last.bare, "read" | "reads"));
    let words = match words.split_last() {
        Some((last, label))
            if !label.is_empty()
                && (!label[label.len() - 1].comma || from_in_commas(label))
                && matches!(
                    last.bare,
                    "read" | "reads" | "said" | "says" | "stated" | "noted" | "added"
                ) =>
        {
            label
        }
        _ => words,
    };
    // `Less gracious was this comment:`, `Then came the reply:`: the label after the verb
    // that inverts the sentence.
    let words = words
        .iter()
        .position(|w| !w.comma && matches!(w.bare, "was" | "came" | "is" | "comes"))
        .filter(|&verb| verb > 0 && !words[..verb].iter().any(|w| w.comma))
        .map_or(words, |verb| &words[verb + 1..]);
    let lower: Vec<String> = words.iter().map(|w| w.bare.to_lowercase()).collect();
    if let Some(owned) = owned_post(words, &lower) {
        return Some(owned);
    }
    // `Nasir posted a statement on his page.` ⏎ `The post reads:`: the post, or his, is the
    // one of the person the sentence before named (a pronoun, for the caller to resolve).
    let post_of_the_one_named_before = match lower.as_slice() {
        [owner, post] => {
            matches!(owner.as_str(), "the" | "his" | "her" | "their")
                && matches!(post.as_str(), "tweet" | "post" | "caption" | "message")
        }
        _ => false,
    };
    if post_of_the_one_named_before {
        return Some(Speaker {
            who: Who::Pronoun,
            verb: None,
            platform: None,
            posted: true,
            interviewee: false,
        });
    }
    // (`Another one read:`: `one` of the posts the sentences before sampled.)
    let one_of_them = read_label
        && lower.len() == 2
        && lower[1] == "one"
        && (lower[0] == "another" || ORDINALS.contains(&lower[0].as_str()));
    let noun = match one_of_them {
        true => 1,
        false => lower.iter().position(|w| {
            ONLINE_POSTS.contains(&w.as_str()) || matches!(w.as_str(), "tweet" | "post")
        })?,
    };
    let qualifies = |w: &String| {
        matches!(
            w.as_str(),
            "a" | "one"
                | "another"
                | "the"
                | "this"
                | "typical"
                | "top"
                | "latest"
                | "popular"
                | "featured"
                | "most"
                | "best"
        ) || ORDINALS.contains(&w.as_str())
            || is_online_noun(w)
            || platform_named_in(w).is_some()
    };
    // `One memorable tweet:`, `Another hilarious reply:`: after an article or `one`, the words
    // that describe the post, a few and none a verb.
    const MOST_DESCRIBING_WORDS: usize = 3;
    let described = (2..=MOST_DESCRIBING_WORDS + 1).contains(&noun)
        && matches!(lower[0].as_str(), "a" | "an" | "one" | "another" | "this")
        && lower[1..noun]
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase()) && !is_verb(w));
    if words[..noun].iter().any(|w| w.comma) || !(described || lower[..noun].iter().all(qualifies))
    {
        return None;
    }
    let platform = platform_named_in(&lower[..noun].join(" "));
    let after = noun + 1;
    let (who, platform) = match lower.get(after).map(String::as_str) {
        None => (Who::Anonymous { online: true }, platform),
        Some("from" | "by") => {
            let (who, next, named, _) = subject_at(words, after + 1)?;
            // `A comment from Jane Wanjiru read:`: what a post's own noun names is a post,
            // whoever wrote it (not `A response from Buhari:`).
            let a_post = matches!(lower[noun].as_str(), "comment" | "tweet" | "post" | "reply");
            let reader = match &who {
                Who::Handle(_) | Who::Anonymous { .. } => true,
                Who::Name(_) => a_post || is_online_noun(&lower[after + 1]),
                Who::Pronoun => false,
            };
            if !reader || next != words.len() {
                return None;
            }
            (who, named.or(platform))
        }
        Some(_) => {
            let (next, place) = place_phrase(words, after)?;
            if next != words.len() {
                return None;
            }
            (Who::Anonymous { online: true }, Some(place))
        }
    };
    Some(Speaker {
        who,
        verb: None,
        platform,
        posted: true,
        interviewee: false,
    })
}

/// `@tan_ak's reply:`, `Tan Ah Kow's comment:`: a post named by whose it is, as the whole
/// clause. A name's `reply` or `response` may have been spoken, so a name needs a posted noun.
fn owned_post(words: &[Word], lower: &[String]) -> Option<Speaker> {
    // `Smith's post on Facebook said,`: where the post was may follow its noun.
    let (words, platform) = match (words.len() >= 4)
        .then(|| {
            let noun_at = (1..words.len() - 1).find(|&m| {
                !words[m - 1].comma
                    && place_phrase(words, m + 1).is_some_and(|(end, _)| end == words.len())
            })?;
            Some((noun_at, place_phrase(words, noun_at + 1)?.1))
        })
        .flatten()
    {
        Some((noun_at, place)) => (&words[..=noun_at], Some(place)),
        None => (words, None),
    };
    let noun_at = words.len().checked_sub(1)?;
    // `Jane Wanjiru's Facebook post read:`: or where it was may stand before the noun.
    let place_before_noun = match words {
        [.., owner, place, _] if !owner.comma && !place.comma => platform_named_in(place.bare),
        _ => None,
    };
    let platform = platform.or(place_before_noun);
    let at = noun_at.checked_sub(if place_before_noun.is_some() { 2 } else { 1 })?;
    let (owner, noun) = (&words[at], &words[noun_at]);
    let bare = owner
        .bare
        .strip_suffix("'s")
        .or_else(|| owner.bare.strip_suffix("’s"))?;
    let posted = matches!(
        lower[noun_at].as_str(),
        "comment" | "tweet" | "post" | "reaction" | "caption"
    );
    // `A fan’s reply:`, `One user's comment:`: a reader's post, whoever the reader.
    let a_readers = at == 1
        && matches!(lower[0].as_str(), "a" | "one" | "another")
        && is_reader_noun(&bare.to_lowercase());
    let who = match is_handle(bare) {
        Some(handle) if at == 0 && (posted || lower[noun_at] == "reply") => {
            Who::Handle(handle.to_string())
        }
        Some(_) => return None,
        None if a_readers
            && (posted || matches!(lower[noun_at].as_str(), "reply" | "response")) =>
        {
            Who::Anonymous { online: true }
        }
        None if posted && !noun.comma => {
            let mut owned: Vec<Word> = words[..=at].to_vec();
            owned[at].bare = bare;
            let (name, end) = name_at(&owned, 0)?;
            if end != owned.len() || platform_named_in(&name).is_some() {
                return None;
            }
            Who::Name(name)
        }
        None => return None,
    };
    Some(Speaker {
        who,
        verb: None,
        platform,
        posted: true,
        interviewee: false,
    })
}

/// The verb first, as the whole clause before a quote: `Wrote one:`, `Said another:`, `Added a
/// third user, @kamau_k:`, and after an adverb in German or Dutch (`So schreibt ein Nutzer
/// etwa:`).
fn verb_then_subject(words: &[Word]) -> Option<Speaker> {
    let opened = words
        .first()
        .is_some_and(|w| !w.comma && OPENERS_BEFORE_THE_VERB.contains(&w.bare));
    let words = &words[usize::from(opened)..];
    let verb = words.first()?;
    let lower = verb.bare.to_lowercase();
    if verb.comma || starts_uppercase(verb.bare) == opened || !is_verb(&lower) {
        return None;
    }
    let (who, next, platform, interviewee) = subject_at(words, past_agent_marker(words, 1))?;
    let (next, platform) = match place_phrase(words, next) {
        Some((after, place)) => (after, Some(place)),
        None => (next, platform),
    };
    // `… ein Nutzer etwa:`: only adverbs may follow the subject.
    if who == Who::Pronoun || past_adverbs(words, next) < words.len() {
        return None;
    }
    Some(Speaker {
        posted: POSTING_VERBS.contains(&lower.as_str()) || platform.is_some(),
        who,
        verb: Some(lower),
        platform,
        interviewee,
    })
}

/// `sabi ng isang netizen` (said a netizen), `Sabi ni fathermucker`: Tagalog marks who spoke
/// after the verb with `ng`, or `ni` before a name; the subject starts past it.
fn past_agent_marker(words: &[Word], at: usize) -> usize {
    match words.get(at) {
        Some(marker) if !marker.comma && matches!(marker.bare, "ng" | "ni") => at + 1,
        _ => at,
    }
}

fn from_name(words: &[Word]) -> Option<Speaker> {
    let at = words
        .iter()
        .rposition(|w| matches!(w.bare, "from" | "by"))?;
    // `One of the most-liked comments came from @janedoe:`: a handle as much as a name.
    let (who, end) = match username_at(words, at + 1) {
        Some(handle) => (handle, at + 2),
        None => name_at(words, at + 1).map(|(name, end)| (Who::Name(name), end))?,
    };
    // `Another reply to Biya from Vincent Nji simply said “…”`: the noun's own verb may follow
    // the name, after an adverb.
    let verb_after = match &words[end..] {
        [] => true,
        [verb] => is_label_verb(verb.bare),
        [adverb, verb] => {
            (adverb.bare.ends_with("ly") || matches!(adverb.bare, "also" | "just"))
                && is_label_verb(verb.bare)
        }
        _ => false,
    };
    if !verb_after || at == 0 {
        return None;
    }
    // "this interesting question from X", or the noun as the subject: "a reply came in from X",
    // whose verb is what stands between.
    let noun_at = (at.saturating_sub(3)..at).rev().find(|&k| {
        let noun = words[k].bare.to_lowercase();
        // `the most-liked comments came from`: plural as much as singular.
        let singular = noun.strip_suffix('s').unwrap_or(&noun);
        REACTION_NOUNS.contains(&noun.as_str()) || REACTION_NOUNS.contains(&singular)
    })?;
    let verb = match noun_at + 1 == at {
        true => words[noun_at].bare.to_lowercase(),
        false => words[noun_at + 1..at]
            .iter()
            .map(|w| w.bare)
            .collect::<Vec<_>>()
            .join(" "),
    };
    Some(Speaker {
        who,
        verb: Some(verb),
        platform: None,
        posted: true,
        interviewee: false,
    })
}

/// Whether a word is the verb a post's noun takes to give its words (`the reply said`).
fn is_label_verb(word: &str) -> bool {
    matches!(word, "read" | "reads" | "said" | "says")
}

/// The author a paragraph quoted on its own is credited with at the start of the next:
/// `'…'` ⏎ `That tweet by Amol Dhurve arrived in the wake of…`, or `'…'` ⏎ `Charity Hill
/// Krizan commented on a story by…`, a name and a verb of posting opening the sentence (unless
/// a quote follows that line: `Robyn Johansen wrote at 11:04am` ⏎ `"…"` heads the next one).
fn credited_in_next_line(units: &[Unit], index: usize) -> Option<Speaker> {
    let Some(Unit::Line { text, .. }) = units.get(index + 1) else {
        return None;
    };
    let words = words(text.split_inclusive(['.', '!', '?']).next()?);
    let heads_next_quote = || {
        matches!(units.get(index + 2), Some(Unit::Line { text, .. })
            if text.starts_with(super::OPENING_MARKS))
    };
    if let Some((name, end)) = name_at(&words, 0).filter(|_| !heads_next_quote()) {
        let verb = words.get(end).map(|w| w.bare.to_lowercase());
        return verb
            .filter(|verb| is_posting_verb(verb))
            .map(|verb| Speaker {
                who: Who::Name(name),
                verb: Some(verb),
                platform: None,
                posted: true,
                interviewee: false,
            });
    }
    if !words
        .first()
        .is_some_and(|w| matches!(w.bare, "That" | "This" | "The"))
    {
        return None;
    }
    let noun_at = (1..words.len().min(4)).find(|&k| {
        let noun = words[k].bare.to_lowercase();
        // `the most-liked comments came from`: plural as much as singular.
        let singular = noun.strip_suffix('s').unwrap_or(&noun);
        REACTION_NOUNS.contains(&noun.as_str()) || REACTION_NOUNS.contains(&singular)
    })?;
    words
        .get(noun_at + 1)
        .filter(|w| matches!(w.bare, "by" | "from"))?;
    let who = match words.get(noun_at + 2).and_then(|w| is_handle(w.bare)) {
        Some(handle) => Who::Handle(handle.to_string()),
        None => Who::Name(name_at(&words, noun_at + 2)?.0),
    };
    Some(Speaker {
        who,
        verb: None,
        platform: platform_named_in(words[noun_at].bare),
        posted: true,
        interviewee: false,
    })
}

/// A quote signed on the line under it, as list articles print readers' answers: `1. “…”` ⏎
/// `—u/mrs_b_teaches`, `“…”` ⏎ `— Sarah, via email`, `“…”` ⏎ `—anonymous`.
fn signed_on_next_line(units: &[Unit], index: usize, claimed: &[bool]) -> Option<Speaker> {
    let Some(Unit::Line { text, .. }) = units.get(index + 1) else {
        return None;
    };
    if claimed[index + 1] {
        return None;
    }
    let unsigned = text.trim_start_matches(['-', '–', '—']).trim();
    if unsigned.len() < text.trim().len() && unsigned.eq_ignore_ascii_case("anonymous") {
        return Some(Speaker {
            who: Who::Anonymous { online: false },
            verb: None,
            platform: None,
            posted: false,
            interviewee: false,
        });
    }
    // `—melissa_k`: a username signs as a name does; `Image credits: throwaway_9981`, as list
    // sites credit a screenshot of the post, signs with a username or handle only.
    let credit = super::dump::image_credit(text);
    let signer = credit.or((unsigned.len() < text.trim().len()).then_some(unsigned));
    let username = signer.and_then(|author| {
        let shaped = super::dump::is_username(author, false)
            || (super::dump::is_username(author, true) && author.starts_with(char::is_lowercase));
        is_handle(author)
            .or(shaped.then_some(author))
            .map(str::to_string)
    });
    if let Some(username) = username {
        return Some(Speaker {
            who: Who::Handle(username),
            verb: None,
            platform: None,
            posted: false,
            interviewee: false,
        });
    }
    if credit.is_some() {
        return None;
    }
    signed_after(text).or_else(|| pseudonym_in_bullet(text))
}

/// The reader a quote at `index` is signed with on the line under it ([`signed_on_next_line`]),
/// as a handle or a name; none for an anonymous signature.
pub(super) fn signed_below(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
) -> Option<(Option<String>, Option<String>)> {
    match signed_on_next_line(units, index, claimed)?.who {
        Who::Handle(handle) => Some((Some(handle), None)),
        Who::Name(name) => Some((None, Some(name))),
        Who::Anonymous { .. } | Who::Pronoun => None,
    }
}

/// `“Vex cause the road works…”` ⏎ `  • Motorist`: a readers'-messages page signs each message
/// with a bullet and the name the reader chose, which need not read as a person's (`Horse
/// before Cart`, `Irate Customer`): a few words, the first capitalized, no sentence.
fn pseudonym_in_bullet(line: &str) -> Option<Speaker> {
    let pseudonym = line.trim().strip_prefix('•')?.trim();
    let words = pseudonym.split_whitespace().count();
    let sentence = pseudonym.contains(['.', ',', ':', '!', '?', '“', '"']);
    ((1..=4).contains(&words) && !sentence && pseudonym.starts_with(char::is_uppercase)).then(
        || Speaker {
            who: Who::Name(pseudonym.to_string()),
            verb: None,
            platform: None,
            posted: false,
            interviewee: false,
        },
    )
}

/// The reader a paragraph quoted on its own belongs to when the paragraph before is about
/// them and quotes nobody: `Another user, @Sbokloza lamented the service delivery…` ⏎ `"I only
/// wish…"`. A handle, or a name that posted (`Actress Lea Salonga tweeted her thoughts on…`):
/// a name without a posting verb is as often an official whose statement follows.
fn credited_in_previous_line(units: &[Unit], index: usize, claimed: &[bool]) -> Option<Speaker> {
    let previous = index.checked_sub(1)?;
    let Some(Unit::Line { text, .. }) = units.get(previous) else {
        return None;
    };
    if claimed[previous] || !spans(text).is_empty() || text.trim_end().ends_with(':') {
        return None;
    }
    let Some(Who::Handle(handle)) = person_before(text) else {
        return poster_named_before(text);
    };
    let sentence = last_sentence(text);
    Some(Speaker {
        who: Who::Handle(handle),
        verb: words(sentence)
            .iter()
            .map(|w| w.bare.to_lowercase())
            .find(|w| is_verb(w)),
        platform: platform_named_in(sentence),
        posted: false,
        interviewee: false,
    })
}

/// `In a cheeky post`, `In his latest tweet`, `In a Facebook post`: a sentence's opening
/// phrase placing its words in a post.
fn opens_in_a_post(opening: &str) -> bool {
    const MOST_WORDS: usize = 5;
    let words: Vec<&str> = opening.split_whitespace().collect();
    words.first() == Some(&"In")
        && words.len() <= MOST_WORDS
        && words.last().is_some_and(|noun| {
            matches!(
                *noun,
                "post" | "tweet" | "message" | "update" | "caption" | "comment"
            )
        })
}

/// The named subject of a posting verb in the last sentence of `text`: `Acclaimed actress Lea
/// Salonga tweeted her two cents on what being a public figure means.`
fn poster_named_before(text: &str) -> Option<Speaker> {
    // (An alias's full stops, `a.k.a.`, end no sentence.)
    let without_alias = without_alias(text);
    let text = without_alias.as_deref().unwrap_or(text);
    let sentence = last_sentence(text.trim_end());
    // `In a cheeky post, Lynn Aheebwa advised…`: a sentence that opens by putting what its
    // subject says in a post, whatever its verb.
    let (sentence, in_a_post) = match sentence.split_once(", ") {
        Some((opening, clause)) if opens_in_a_post(opening) => (clause, true),
        _ => (sentence, false),
    };
    // (`Another Twitter user, Areeba, shared the details of the earthquake.`: or any verb
    // after a subject the sentence calls an online reader.)
    let mut reader_named = false;
    let verb_end = sentence
        .split_whitespace()
        .find(|word| {
            let found = is_posting_verb(word) || ((in_a_post || reader_named) && is_verb(word));
            reader_named =
                reader_named || is_online_noun(&word.trim_end_matches([',', ':']).to_lowercase());
            found
        })
        .map(|verb| verb.as_ptr() as usize - sentence.as_ptr() as usize + verb.len())?;
    let speaker = speaker_before(&format!("{}:", &sentence[..verb_end]))?;
    matches!(speaker.who, Who::Name(_)).then_some(Speaker {
        posted: true,
        ..speaker
    })
}

/// The speaker of a quote from the clause after it (`tail`, from the closing mark to the
/// sentence's end): `tweeted Jairuso`, `Gii claimed`, `one other fan exclaimed`, `@RiaanSmiley`.
pub(super) fn speaker_after(tail: &str) -> Option<Speaker> {
    speaker_between(tail, false)
}

/// The speaker of the quote before `tail`, as [`speaker_after`] reads it; `interrupted` when
/// the quote's sentence goes on past it (`“…,” said one user, “…”`), whose clause then
/// attributes this quote, and the next one goes on from it, rather than introducing the next.
fn speaker_between(tail: &str, interrupted: bool) -> Option<Speaker> {
    // `„…” – napisał Marek`, `“…” – wrote one user`: a dash may stand where English puts its
    // comma, as Polish, Czech or Ukrainian pages print every attribution.
    let tail = tail.trim_start_matches([',', ' ', '–', '—', '-']);
    // `“…?” Asks a user named CheesecakeRaccoon`: a question's attribution may open with a
    // capital. Only a verb known as one (of saying or posting, or irregular, `Read a tweet
    // from …`): a first name ends in `s` as a verb's third person does (`Barnabas Cyrus
    // tweeted`, `Thomas Okoye said`).
    let lowered;
    let tail = match tail.split_once(' ') {
        Some((verb, rest)) if verb.starts_with(char::is_uppercase) => {
            let verb = verb.to_lowercase();
            // (`“…!” Exclaimed Twitter user Nicolas Kariuki.`: or one the attribution lines read.)
            let known = IRREGULAR_VERBS.contains(&verb.as_str())
                || matches!(verb_kind(Some(&verb)), VerbKind::Posting | VerbKind::Speech)
                || VERBS.split('|').any(|attributing| attributing == verb);
            match known {
                true => {
                    lowered = format!("{verb} {rest}");
                    lowered.as_str()
                }
                false => tail,
            }
        }
        _ => tail,
    };
    // `said Lillian R. Howard`, `Says Dr.Banda`: a full stop after an initial or a title ends
    // no sentence.
    let end = tail
        .match_indices(['.', '!', '?', ';', ':', '“', '"', '”'])
        .find(|&(at, mark)| mark != "." || !ends_an_initial(&tail[..at]))
        .map_or(tail.len(), |(at, _)| at);
    // A clause ending in a colon, or in a comma before the next quote, introduces that quote
    // (`…,” he replied:`, `“…” Another added, “…”`).
    let into_next_quote = !interrupted && tail[end..].starts_with(['“', '"', '”']);
    let mut clause = &tail[..end];
    if interrupted {
        // (The comma before the quote's second part closes the attribution.)
        clause = clause.trim_end().trim_end_matches(',');
    }
    // `“…,” the ABC news quoted George Murrell, a resident of Wentworth, as saying.`: words an
    // outlet relayed are its interviewee's, not a post of whoever the article named last.
    // (Read whole, before its commas cut the clause.)
    if clause.ends_with(" as saying") {
        if let Some(relayed) = quoted_as_saying(&words(clause)) {
            return Some(relayed);
        }
    }
    if let Some(speaker) = from_owners_account(clause) {
        return Some(speaker);
    }
    // `“…,” one comment read, while another user wrote, “…”`, `'…' wrote one, while another
    // said: '…'`: this quote's attribution ends where a connective opens the next quote's;
    // without one, the clause introduces what follows.
    let introduces_next =
        tail[end..].starts_with(':') || (into_next_quote && clause.trim_end().ends_with(','));
    if introduces_next {
        clause = &clause[..next_clause(clause).or_else(|| speaker_goes_on(clause))?];
    } else if let Some(at) = comma_before_connective(clause) {
        // `“…,” one fan tweeted, with another adding that the moment…`: the attribution ends
        // where a connective after a comma opens the next reader's clause.
        clause = &clause[..at];
    }
    // `a user noted, echoing the majority who…`: a participle after a comma describes the
    // speaker's words, it is not part of who spoke.
    let participle =
        |w: &str| w.len() > 5 && w.ends_with("ing") && w.chars().all(|c| c.is_ascii_lowercase());
    let clause = comma_before(clause, participle).map_or(clause, |at| &clause[..at]);
    // `said a user in response to Twitter's message that…`: what the words answer is not who
    // spoke, and its `that` reports nothing.
    let clause = [" in response to ", " in reply to "]
        .iter()
        .filter_map(|phrase| clause.find(phrase))
        .min()
        .map_or(clause, |at| &clause[..at]);
    // `“…,” Paul Bissonnette, who spent 12 years as a forward for the Pittsburgh Penguins,
    // said on X.`: a relative clause after the name says who the person is, not who spoke.
    let without_relative = without_relative_clause(clause);
    let clause = without_relative.as_deref().unwrap_or(clause);
    // (`“…,” Ms Swaraj had tweeted.`: a verb of posting in the perfect, as before a quote.)
    let without_perfect = without_perfect_auxiliary(clause);
    let clause = without_perfect.as_deref().unwrap_or(clause);
    let words = words(clause);
    // Before the clause tests: the owner may be followed by a relative clause.
    if let Some(speaker) = the_post_read(&words) {
        return Some(speaker);
    }
    // `“…,” according to one user.`: as before a quote, for a reader online (after a quote
    // it attributes as often what someone said at a meeting).
    if let Some(speaker) = according_to(&words).filter(|speaker| {
        matches!(
            speaker.who,
            Who::Handle(_) | Who::Anonymous { online: true }
        )
    }) {
        return Some(speaker);
    }
    // `when he was asked:` opens another clause; `Irfan Pathan tweeted after the match.` ends
    // this one with when it was posted, which does not change who spoke, where `Scarborough
    // reported that Trump was` reports what someone else said.
    let first_verb = words.iter().position(|w| is_verb(w.bare));
    let says = first_verb.is_some_and(|at| {
        matches!(
            verb_kind(Some(words[at].bare)),
            VerbKind::Posting | VerbKind::Speech
        )
    });
    let through_verb = match (introduces_next, first_verb) {
        (false, Some(at)) if says => at + 1,
        _ => words.len(),
    };
    let reports = words[through_verb..]
        .iter()
        .any(|w| matches!(w.bare, "that" | "whether" | "if"));
    // (`“…” was one of the posts that…`: the quote named as a post, before a clause about it.)
    if let Some(speaker) = was_one_response(&words) {
        return Some(speaker);
    }
    if opens_a_clause(&words[..through_verb]) || reports || names_a_reporting_setting(&words) {
        return None;
    }
    let first = words.first()?;
    if let Some(handle) = is_handle(first.bare) {
        if words.len() == 1 {
            return Some(Speaker {
                who: Who::Handle(handle.to_string()),
                verb: None,
                platform: None,
                posted: false,
                interviewee: false,
            });
        }
    }
    // The verb first: `tweeted Jairuso`, `raged a third, the juice…`, `replies a user named X`.
    let mut j = 0;
    while words.get(j).is_some_and(|w| is_adverb(w.bare)) {
        j += 1;
    }
    j = past_the_auxiliary(&words, j);
    if words.get(j).is_some_and(|w| is_verb(w.bare) && !w.comma) {
        let mut verb = words[j].bare.to_string();
        // `“…,” chimed in a fourth.`
        if let Some(particle) = words
            .get(j + 1)
            .filter(|p| !p.comma && is_phrasal(&verb, p.bare))
        {
            verb = format!("{verb} {}", particle.bare);
            j += 1;
        }
        // `said Nigerian actress and TV host, Nancy Isime`: the name after the description,
        // and where it was posted (`said Aquino's spokesperson, Abigail Valte in a tweet`).
        let apposition = words
            .iter()
            .enumerate()
            .skip(j + 1)
            .take(6)
            .find(|(_, w)| w.comma)
            .and_then(|(comma, _)| name_at(&words, comma + 1))
            .filter(|&(_, end)| {
                end == words.len()
                    || said_in_a_post(&words, end)
                    || place_phrase(&words, end).is_some_and(|(after, _)| after == words.len())
            })
            .map(|(name, end)| (Who::Name(name), end, None, false));
        // `"…", escribió.`, `“…”, bromeó.`: Spanish, Portuguese and Italian leave the subject
        // out where English says `he wrote`, so the verb alone is the previous sentence's
        // person's.
        if j + 1 == words.len() && is_verb_elsewhere(&verb) {
            return Some(Speaker {
                posted: is_posting_verb(&verb),
                who: Who::Pronoun,
                verb: Some(verb),
                platform: None,
                interviewee: false,
            });
        }
        // `twitterte auch der Satiriker X`: an adverb between the verb and its subject.
        let subject = past_agent_marker(&words, past_adverbs(&words, j + 1));
        // (`tweeted Senator Chuck Schumer`: a title opens no name but a post's.)
        let titled = || {
            POSTING_VERBS
                .contains(&verb.as_str())
                .then(|| name_after_title(&words, subject))
                .flatten()
                .map(|(name, next)| (Who::Name(name), next, None, false))
        };
        if let Some((who, next, platform, interviewee)) = apposition
            .or_else(|| subject_at(&words, subject))
            .or_else(titled)
        {
            if !matches!(who, Who::Pronoun)
                && (next >= words.len()
                    || words[next - 1].comma
                    || !starts_uppercase(words[next].bare))
            {
                let rest = words[next.min(words.len())..]
                    .iter()
                    .map(|w| w.bare)
                    .collect::<Vec<_>>()
                    .join(" ");
                let place = platform_named_in(&rest);
                return Some(Speaker {
                    posted: POSTING_VERBS.contains(&verb.as_str())
                        || place.is_some()
                        || said_in_a_post(&words, next)
                        || names_an_online_reader(&words[subject..next.min(words.len())]),
                    who,
                    verb: Some(verb),
                    platform: place.or(platform),
                    interviewee,
                });
            }
        }
    }
    // The subject first: `Gii claimed`, `one comment read`, `another replied`, or after a
    // description and a comma: `another BBNaija star, Vee Iye tweeted`.
    let after_description = words
        .iter()
        .take(6)
        .position(|w| w.comma)
        .map(|comma| comma + 1);
    [Some(0), after_description]
        .into_iter()
        .flatten()
        .find_map(|start| subject_then_verb(&words, start))
        .or_else(|| described_poster(&words))
        .or_else(|| titled_poster(&words))
}

/// `JJ Omojuwa’s reaction`, `Miley Cyrus' reaction` (a name ending in a sibilant takes the
/// mark alone): the owner before the first possessive mark, and the words after it.
fn at_possessive(text: &str) -> Option<(&str, &str)> {
    text.split_once("’s ")
        .or_else(|| text.split_once("'s "))
        .or_else(|| {
            ["' ", "’ "].iter().find_map(|mark| {
                text.split_once(mark)
                    .filter(|(owner, _)| owner.ends_with(['s', 'z', 'x']))
            })
        })
}

/// `“…,” from Jared Lewis’ Facebook profile.`, `“…” from @kamau_254's Twitter account`: a
/// quote credited to the account or page it was copied from, whose owner posted it.
fn from_owners_account(clause: &str) -> Option<Speaker> {
    let credit = clause.trim().strip_prefix("from ")?;
    let (owner, place) = at_possessive(credit)?;
    let (platform, noun) = match place.split_once(' ') {
        Some((platform, noun)) => (Some(platform_named_in(platform)?), noun),
        None => (None, place),
    };
    if !(PLACE_NOUNS.contains(&noun) || noun == "profile") {
        return None;
    }
    let who = match is_handle(owner) {
        Some(handle) => Who::Handle(handle.to_string()),
        None => match super::dump::author_of(owner)? {
            (None, Some(name)) => Who::Name(name),
            _ => return None,
        },
    };
    Some(Speaker {
        who,
        verb: None,
        platform,
        posted: true,
        interviewee: false,
    })
}

/// A clause opening with a full name without the relative clause between commas after it,
/// up to its verb (`Paul Bissonnette, who spent…, said on X` as `Paul Bissonnette said on X`).
fn without_relative_clause(clause: &str) -> Option<String> {
    let (name, rest) = clause
        .split_once(", who ")
        .or_else(|| clause.split_once(", whose "))?;
    // (The clause may list things between commas of its own: its end is the comma before a
    // verb of posting or speech.)
    let after = rest.match_indices(", ").find_map(|(at, _)| {
        let after = &rest[at + 2..];
        let verb = after.split(' ').next()?;
        matches!(verb_kind(Some(verb)), VerbKind::Posting | VerbKind::Speech).then_some(after)
    })?;
    let name_words = name.split_whitespace();
    let full_name = (2..=4).contains(&name_words.clone().count())
        && name_words
            .clone()
            .all(|w| w.starts_with(char::is_uppercase));
    full_name.then(|| format!("{name} {after}"))
}

/// `“…,” the singer wrote.`, `the now-dad of two wrote`: a description of a person (no
/// reader's or office's noun in it) before a verb of posting, said of the person the sentence
/// before names, as a pronoun is; or of the account it holds (`the ministry’s handle @x`).
fn described_poster(words: &[Word]) -> Option<Speaker> {
    const LONGEST_DESCRIPTION: usize = 5;
    let (the, rest) = words.split_first()?;
    if !the.bare.eq_ignore_ascii_case("the") || the.comma {
        return None;
    }
    let verb_at = rest
        .iter()
        .take(LONGEST_DESCRIPTION + 1)
        .position(|w| is_posting_verb(w.bare))?;
    let description = &rest[..verb_at];
    let describes_a_person = !description.is_empty()
        && description.iter().all(|w| {
            let lower = w.bare.to_lowercase();
            !w.comma
                && !is_reader_noun(&lower)
                && !OFFICE_WORDS.contains(&lower.as_str())
                && !ONLINE_POSTS.contains(&lower.as_str())
                && !REACTION_NOUNS.contains(&lower.as_str())
        });
    let after = &rest[verb_at + 1..];
    let placed = match after {
        [] => Some(None),
        _ => place_phrase(after, 0)
            .filter(|(end, _)| *end == after.len())
            .map(|(_, place)| Some(place)),
    };
    let platform = placed.filter(|_| describes_a_person)?;
    // (`the ministry’s handle @RailMinIndia tweeted`: the description may hold the account.)
    let account = description
        .iter()
        .find_map(|w| is_handle(w.bare))
        .map(|handle| Who::Handle(handle.to_string()));
    Some(Speaker {
        who: account.unwrap_or(Who::Pronoun),
        verb: Some(rest[verb_at].bare.to_string()),
        platform,
        posted: true,
        interviewee: false,
    })
}

/// What may open a list item before its quote: nothing, a bullet or a number.
fn is_item_marker(lead: &str) -> bool {
    lead.is_empty()
        || matches!(lead, "-" | "–" | "—" | "•" | "*" | "·" | "▪" | "◦")
        || lead
            .strip_suffix(['.', ')'])
            .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit()))
}

/// A quote signed after a dash, as round-ups of readers' comments print them: `“…” – Sarah,
/// Hamilton`, `“…” — Mike T.`, `“…” - @wanjiku_m`, `“…” — Amina from Mombasa`. The signature
/// is all that is left of the line: a name (or handle), then at most a place.
fn signed_after(tail: &str) -> Option<Speaker> {
    // `“…” (Mary Wanjiku, Facebook)`: or in parentheses, the whole rest of the line.
    let parenthesized = tail
        .trim()
        .trim_end_matches('.')
        .strip_prefix('(')
        .and_then(|inner| inner.strip_suffix(')'))
        .filter(|inner| !inner.contains(['(', ')']));
    let signature = match parenthesized {
        Some(inner) => inner.trim(),
        // (`"…" -- Packers guard TJ Lang.`: two hyphens print a dash.)
        None => tail
            .trim_start()
            .strip_prefix(['-', '–', '—', '~'])?
            .trim_start_matches('-')
            .trim_start(),
    };
    let words = words(signature);
    // (`— Sarah (June 20)`: the day of the comment is no part of who wrote it.)
    let words = words_before_a_date(&words);
    // `“…” – comment on Facebook`, `“…” — reader comment`.
    if let Some(label) = comment_label(words) {
        return Some(label);
    }
    // `“…” – Facebook user Wanjiku Kamau`, `“…” — Redditor kamau_254`: a reader noun before
    // the author, the whole signature.
    let described = words.first().is_some_and(|w| {
        platform_named_in(w.bare).is_some() || is_online_noun(&w.bare.to_lowercase())
    });
    if let Some((who @ (Who::Name(_) | Who::Handle(_)), next, platform, _)) =
        described.then(|| subject_at(words, 0)).flatten()
    {
        if next == words.len() && !signature.ends_with([':', ',']) {
            return Some(Speaker {
                platform: platform.or_else(|| platform_named_in(signature)),
                who,
                verb: None,
                posted: false,
                interviewee: false,
            });
        }
    }
    if let Some(who) = described_then_named(words) {
        return Some(Speaker {
            who,
            verb: None,
            platform: None,
            posted: false,
            interviewee: false,
        });
    }
    // `“…” — leekstop (June 22)`, `— 2TH (June 21)`: a commenter's username, printed without
    // its `@`, and the day of the comment.
    if let [word] = words {
        let username = word.bare.bytes().any(|b| b.is_ascii_digit() || b == b'_')
            || word.bare.bytes().all(|b| b.is_ascii_lowercase());
        if username && super::dump::is_username(word.bare, true) {
            return Some(Speaker {
                who: Who::Handle(word.bare.to_string()),
                verb: None,
                platform: None,
                posted: false,
                interviewee: false,
            });
        }
    }
    let (who, end) = match words.first().and_then(|w| is_handle(w.bare)) {
        // `— @Nicky Excellence`: a Facebook mention, a name with spaces after its `@`.
        Some(handle) if is_mention_of_a_name(words) => (
            Who::Name(
                std::iter::once(handle)
                    .chain(words[1..].iter().map(|w| w.bare))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            words.len(),
        ),
        Some(handle) => (Who::Handle(handle.to_string()), 1),
        None => {
            let (name, end) = name_at(words, 0)?;
            (Who::Name(name), end)
        }
    };
    // After the name, nothing or a town: `from Hamilton`, or `, Hamilton` after a comma.
    let rest = &words[end..];
    let mut platform = None;
    let town = match rest.first() {
        None => None,
        // `— Sarah, via email`, `— Tom, via Facebook`: how the words reached the writer.
        Some(w) if w.bare == "via" && rest.len() <= 3 => None,
        // `— Mary Wanjiku on Facebook`, `— Bill Niehoff on St. Peters Patch`: the platform or
        // the site the comment was left on.
        Some(w)
            if w.bare == "on"
                && (2..=4).contains(&rest.len())
                && rest[1..].iter().all(|site| starts_uppercase(site.bare)) =>
        {
            platform = platform_named_in(rest[1].bare);
            None
        }
        Some(w) if matches!(w.bare, "from" | "in" | "of") => Some(&rest[1..]),
        // `— Mary Wanjiku, Facebook`: where the words were posted, in the town's place.
        Some(w)
            if words[end - 1].comma && rest.len() == 1 && platform_named_in(w.bare).is_some() =>
        {
            platform = platform_named_in(w.bare);
            None
        }
        // `— Mary Wanjiku, a resident of Kisumu`, `— Otieno Juma, 34`: who the reader is (not
        // an office holder: `— Jane Doe, a spokeswoman for the ministry` is a source).
        Some(w)
            if words[end - 1].comma
                && ((matches!(w.bare, "a" | "an") && rest.len() <= 6)
                    || (rest.len() == 1 && w.bare.chars().all(|c| c.is_ascii_digit())))
                && !rest.iter().any(|w| {
                    let lower = w.bare.to_lowercase();
                    OFFICE_WORDS.contains(&lower.as_str())
                        || REPORTING_SETTINGS.contains(&lower.as_str())
                }) =>
        {
            None
        }
        Some(_) if words[end - 1].comma => Some(rest),
        Some(_) => return None,
    };
    let town_ok = town.is_none_or(|town| {
        (1..=3).contains(&town.len()) && town.iter().all(|w| starts_uppercase(w.bare))
    });
    if !town_ok || signature.ends_with([':', ',']) {
        return None;
    }
    Some(Speaker {
        who,
        verb: None,
        posted: platform.is_some(),
        platform,
        interviewee: false,
    })
}

/// A signature's words before the day in brackets that may end it (`leekstop (June 22)`).
fn words_before_a_date<'w, 't>(words: &'w [Word<'t>]) -> &'w [Word<'t>] {
    let dated = words.iter().position(|w| w.opens_aside).filter(|&at| {
        words[at..].last().is_some_and(|w| w.closes_aside)
            && words[at..]
                .iter()
                .any(|w| w.bare.bytes().any(|b| b.is_ascii_digit()))
    });
    dated.map_or(words, |at| &words[..at])
}

/// `“…” — Packers tight end Tom Crabtree.`, `— Former Dallas Cowboys quarterback and current NFL
/// broadcaster Troy Aikman`: a signature that says who the poster is, in words of a trade or a
/// team with no comma and no verb, before the full name that ends it. An office (`— Health
/// minister Jane Doe`) makes it a source's, not read here.
fn described_then_named(words: &[Word]) -> Option<Who> {
    const LONGEST_SIGNATURE: usize = 12;
    if words.len() > LONGEST_SIGNATURE {
        return None;
    }
    let (described, name) = (1..words.len()).find_map(|k| {
        let (name, _) = name_at(words, k).filter(|(_, end)| *end == words.len())?;
        Some((&words[..k], name))
    })?;
    let plain = |w: &Word| {
        let lower = w.bare.to_lowercase();
        !w.comma
            && w.bare.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !OFFICE_WORDS.contains(&lower.as_str())
            && !REPORTING_SETTINGS.contains(&lower.as_str())
            && (starts_uppercase(w.bare) || !is_verb(w.bare))
            // (`— Bill Niehoff on St. Peters Patch`: the name before where the words were
            // left is the signer, the site no name.)
            && !matches!(w.bare, "on" | "via" | "at")
    };
    let has_a_trade = described
        .iter()
        .any(|w| w.bare.starts_with(char::is_lowercase));
    (has_a_trade && name.contains(' ') && described.iter().all(plain)).then_some(Who::Name(name))
}

/// Whether a signature of words after an `@` is a Facebook mention of a name (`@Kerry Ann
/// Foster`, `@Niko VF`): the handle a capitalized word, then one to three more and nothing
/// else, none after a comma (`@wanjiku_m, Nairobi` is a handle and a town).
fn is_mention_of_a_name(words: &[Word]) -> bool {
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let word = w.bare.trim_start_matches('@');
            word.starts_with(char::is_uppercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
        && !words[..words.len() - 1].iter().any(|w| w.comma)
}

/// `“…,” read the tweet.`, `“…,” his tweet read.`, `“…,” the post said.`, `“…” Read a tweet
/// from one Kenyan BravinYuri`: the quote is the post of the person the article named before
/// it (a pronoun, for the caller to resolve), or of the one named after `from`.
fn the_post_read(words: &[Word]) -> Option<Speaker> {
    if let Some(anonymous) = one_post_read(words) {
        return Some(anonymous);
    }
    // Its shapes are three words, or `from` fourth: this runs on every quote's tail.
    let shaped = words.len() == 3
        || (words.len() >= 5
            && ["from", "by"]
                .iter()
                .any(|word| words[3].bare.eq_ignore_ascii_case(word)));
    if !shaped {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| w.bare.to_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let is_read = |w: &str| matches!(w, "read" | "reads" | "said" | "says");
    let is_post = |w: &str| matches!(w, "tweet" | "post" | "caption" | "message" | "comment");
    let owner = |w: &str| matches!(w, "the" | "his" | "her" | "their");
    let who = match lower.as_slice() {
        [read, owned, post] | [owned, post, read]
            if is_read(read) && owner(owned) && is_post(post) =>
        {
            Who::Pronoun
        }
        // `“…,” reads a comment by Jane Wanjiru.`, `read one post from Twitter user X`.
        [read, "a" | "the" | "one" | "another", post, "from" | "by", ..]
            if is_read(read) && is_post(post) =>
        {
            let (who, next, ..) = subject_at(words, 4)?;
            // `… from one Kenyan BravinYuri which received…`: a relative clause may follow.
            let ends = next >= words.len() || matches!(lower[next], "which" | "who" | "that");
            if who == Who::Pronoun || !ends {
                return None;
            }
            who
        }
        _ => return None,
    };
    Some(Speaker {
        who,
        verb: Some("read".to_string()),
        platform: None,
        posted: true,
        interviewee: false,
    })
}

/// `“…,” read one viral post that set the tone.`: one of the posts, its author not named, with
/// at most one word describing it and a relative clause about it, whose `that` reports nothing
/// (without one, the verb-first reading takes it).
fn one_post_read(words: &[Word]) -> Option<Speaker> {
    let lower = |k: usize| words.get(k).map(|w| w.bare.to_lowercase());
    if !matches!(lower(0)?.as_str(), "read" | "reads")
        || !matches!(lower(1)?.as_str(), "one" | "another")
        || words[0].comma
    {
        return None;
    }
    let is_post = |k: usize| {
        lower(k).is_some_and(|w| matches!(w.as_str(), "tweet" | "post" | "comment" | "reply"))
    };
    let post = (2..=3).find(|&k| is_post(k) && !words[k - 1].comma)?;
    let relative = lower(post + 1).is_some_and(|next| matches!(next.as_str(), "that" | "which"));
    relative.then(|| Speaker {
        who: Who::Anonymous { online: true },
        verb: Some("read".to_string()),
        platform: None,
        posted: true,
        interviewee: false,
    })
}

/// `“…,” was one response.`, `“…” was another user's reply`, `“…” was how one commenter put
/// it`: the quote named as one of the readers' posts.
fn was_one_response(words: &[Word]) -> Option<Speaker> {
    let lower = |k: usize| words.get(k).map(|w| w.bare.to_lowercase());
    if lower(0).as_deref() != Some("was") {
        return None;
    }
    if lower(1).as_deref() == Some("how") {
        let (who, next, platform, interviewee) = subject_at(words, 2)?;
        let put_it = matches!(
            words[next.min(words.len())..]
                .iter()
                .map(|w| w.bare)
                .collect::<Vec<_>>()
                .as_slice(),
            ["put", "it"] | ["summed", "it", "up"] | ["described", "it"]
        );
        return (put_it && who != Who::Pronoun).then_some(Speaker {
            who,
            verb: Some("put".to_string()),
            platform,
            posted: false,
            interviewee,
        });
    }
    // `“…” was one of the X posts from residents that…`: one of the readers' posts, whatever
    // the clause goes on to say of them.
    let one_of = (2..words.len().min(6)).find(|&k| {
        PLURAL_REACTION_NOUNS.contains(&words[k].bare.to_lowercase().as_str())
            && words[1..k].iter().all(|w| !w.comma)
    });
    let opens_one_of = matches!(
        (
            lower(1).as_deref(),
            lower(2).as_deref(),
            lower(3).as_deref()
        ),
        (Some("one"), Some("of"), Some("the" | "many" | "several"))
    );
    if let Some(noun_at) = one_of.filter(|_| opens_one_of) {
        let platform = platform_named_in(
            &words[..=noun_at]
                .iter()
                .map(|w| w.bare)
                .collect::<Vec<_>>()
                .join(" "),
        );
        return Some(Speaker {
            who: Who::Anonymous { online: true },
            verb: None,
            platform,
            posted: true,
            interviewee: false,
        });
    }
    // `one response`, `another comment`, `one fan's reply`, `the top comment`: at most four
    // words ending in a reader's post, nothing after it but where it was posted.
    let noun_at = (1..words.len().min(5)).find(|&k| {
        let bare = words[k].bare.trim_end_matches("'s").trim_end_matches("’s");
        REACTION_NOUNS.contains(&bare.to_lowercase().as_str())
            || ONLINE_POSTS.contains(&bare.to_lowercase().as_str())
    })?;
    if !matches!(
        lower(1).as_deref(),
        Some("one" | "another" | "a" | "the" | "just")
    ) || words[1..noun_at].iter().any(|w| w.comma || is_verb(w.bare))
    {
        return None;
    }
    // Only where it was posted may follow (`on Facebook`, `to the post`): `the response of the
    // minister` is someone's.
    let rest = &words[noun_at + 1..];
    let placed = rest
        .first()
        .is_none_or(|w| matches!(w.bare, "on" | "under" | "in" | "to" | "below"));
    if rest.len() > 4 || !placed {
        return None;
    }
    let platform = platform_named_in(&rest.iter().map(|w| w.bare).collect::<Vec<_>>().join(" "));
    Some(Speaker {
        who: Who::Anonymous { online: true },
        verb: None,
        platform,
        posted: false,
        interviewee: false,
    })
}

/// `Matthew K Jallow a US based Gambian social analyst wondered:`: who a named person is,
/// printed after the name (ending at word `next`) without an aside's commas. The word of the
/// verb after it, or `next`.
fn past_plain_description(words: &[Word], who: &Who, next: usize) -> usize {
    const MOST_DESCRIPTION_WORDS: usize = 7;
    // (A full name: `Take a look at how users reacted:` opens with a verb.)
    let described = matches!(who, Who::Name(name) if name.contains(' '))
        && next > 0
        && !words[next - 1].comma
        && words
            .get(next)
            .is_some_and(|w| matches!(w.bare, "a" | "an" | "another"));
    if !described {
        return next;
    }
    // The last verb: a participle may describe (`a US based analyst`).
    (next + 1..words.len().min(next + 1 + MOST_DESCRIPTION_WORDS))
        .take_while(|&k| !words[k - 1].comma)
        .filter(|&k| is_verb(words[k].bare))
        .last()
        .unwrap_or(next)
}

/// `Senator Chuck Schumer`, `New York Senator Chuck Schumer`, `President Trump`: the name after
/// a title and the capitalized words before it (a place, a party), and the index past it.
/// Titles open no name ([`NOT_NAMES`]): what an office holder says is most often a statement,
/// so only a verb of posting reads the name after one ([`titled_poster`]).
fn name_after_title(words: &[Word], k: usize) -> Option<(String, usize)> {
    const LONGEST_PLACE: usize = 3;
    let title = (k..words.len().min(k + LONGEST_PLACE + 1))
        .take_while(|&at| starts_uppercase(words[at].bare) && !words[at].comma)
        .find(|&at| {
            TITLES.contains(&words[at].bare.trim_end_matches('.').to_lowercase().as_str())
        })?;
    name_at(words, title + 1)
}

/// `Senator Chuck Schumer tweeted`: a titled person's post, the verb one of posting or the
/// place a platform (`wrote on Facebook`).
fn titled_poster(words: &[Word]) -> Option<Speaker> {
    let (name, next) = name_after_title(words, 0)?;
    let j = past_adverbs(words, next);
    let verb = words.get(j).filter(|w| is_verb(w.bare))?.bare;
    let rest = words[j + 1..]
        .iter()
        .map(|w| w.bare)
        .collect::<Vec<_>>()
        .join(" ");
    let place = platform_named_in(&rest);
    let posted = POSTING_VERBS.contains(&verb) || place.is_some() || said_in_a_post(words, j + 1);
    posted.then(|| Speaker {
        who: Who::Name(name),
        verb: Some(verb.to_string()),
        platform: place,
        posted: true,
        interviewee: false,
    })
}

/// `Gii claimed`, `Frank on Facebook wrote`: a subject at word `start`, then its verb.
fn subject_then_verb(words: &[Word], start: usize) -> Option<Speaker> {
    let (who, next, platform, interviewee) = subject_at(words, start)?;
    let next = past_plain_description(words, &who, next);
    let next = past_affiliation(words, next);
    let (mut j, platform) = match place_phrase(words, next) {
        Some((after, place)) => (after, Some(place)),
        None => (next, platform),
    };
    while words.get(j).is_some_and(|w| is_adverb(w.bare)) {
        j += 1;
    }
    let verb = words.get(j).filter(|w| is_verb(w.bare))?.bare.to_string();
    let described = words[..start]
        .iter()
        .chain(&words[j + 1..])
        .map(|w| w.bare)
        .collect::<Vec<_>>()
        .join(" ");
    let place = platform_named_in(&described);
    Some(Speaker {
        // (`“…,” commenter Robin Cubbon said.`: a reader's noun before the name says the
        // words were posted, whatever the verb, as it does before a quote.)
        posted: POSTING_VERBS.contains(&verb.as_str())
            || place.is_some()
            || said_in_a_post(words, j + 1)
            || names_an_online_reader(&words[start..next.min(words.len())]),
        who,
        verb: Some(verb),
        platform: place.or(platform),
        interviewee,
    })
}

/// `Fuambai Sia Ahmadu of the Kono Union USA, Inc commented`: past the body a person belongs
/// to, `of` and capitalized words (or `the`, `and`) up to a verb of posting or speech. The
/// index of that verb, or `next` when there is no such phrase.
fn past_affiliation(words: &[Word], next: usize) -> usize {
    const LONGEST_AFFILIATION: usize = 8;
    if words.get(next).is_none_or(|of| of.bare != "of" || of.comma) {
        return next;
    }
    let body = next + 1;
    let verb_at = (body..words.len().min(body + LONGEST_AFFILIATION + 1)).find(|&k| {
        matches!(
            verb_kind(Some(words[k].bare)),
            VerbKind::Posting | VerbKind::Speech
        )
    });
    match verb_at {
        Some(verb_at)
            if verb_at > body
                && words[body..verb_at]
                    .iter()
                    .all(|w| starts_uppercase(w.bare) || matches!(w.bare, "the" | "and" | "&"))
                && words[body..verb_at]
                    .iter()
                    .any(|w| starts_uppercase(w.bare)) =>
        {
            verb_at
        }
        _ => next,
    }
}

/// Whether `line` opens with a commenter's name and colon before words that are no quote.
fn opens_with_a_commenter(line: &str) -> bool {
    const LONGEST_NAME: usize = 40;
    // Asked of every line with a quote: its first colon, near its start, only.
    let Some(colon) = memchr::memchr(b':', line.as_bytes()).filter(|&at| at <= LONGEST_NAME) else {
        return false;
    };
    let (author, after) = line.split_at(colon);
    let Some(comment) = after.strip_prefix(": ") else {
        return false;
    };
    // (`Matatu Owners Association: Otieno Juma wrote “…”`: a verb before the quote attributes
    // it inside the line.)
    let before_quote = comment
        .find(super::OPENING_MARKS)
        .map_or(comment, |at| &comment[..at]);
    !comment.trim_start().starts_with(super::OPENING_MARKS)
        && !words(before_quote).iter().any(|w| is_verb(w.bare))
        && super::dump::colon_author(author).is_some_and(|author| {
            author.verb.is_none() && (author.display_name.is_some() || author.handle.is_some())
        })
}

/// Whether a speaker's quote is a candidate: any speaker but a pronoun the previous sentence
/// does not resolve. Whether it is a reaction is the decision's to say, from the [`evidence`].
pub(super) fn is_candidate(speaker: &Speaker) -> bool {
    speaker.who != Who::Pronoun
}

/// The evidence a taken quote's speaker and the article give, as cues. `units` and `index`:
/// where the quote stands, for the lines above that may have introduced its speaker.
pub(super) fn evidence(
    speaker: &Speaker,
    context: &Context,
    readers_named: bool,
    (units, index): (&[Unit], usize),
) -> Vec<Cue> {
    let verb = speaker.verb.as_deref().unwrap_or("");
    // `posted` without a posting verb or a place comes from the predicate's rest
    // (`laughed as they wrote`, `in the comments`).
    let posting_verb = is_posting_verb(verb) || (speaker.posted && speaker.platform.is_none());
    let online_reader = match &speaker.who {
        Who::Anonymous { online } => *online,
        Who::Name(surname) => reader_introduced_above(surname, units, index).is_some(),
        _ => false,
    };
    context.cues_with([
        (matches!(speaker.who, Who::Handle(_)), Cue::Handle),
        (posting_verb, Cue::PostingVerb),
        (speaker.platform.is_some(), Cue::PostingPlace),
        (online_reader, Cue::OnlineReader),
        // The sentence's readers are news only where the speaker is not one of them by name.
        (readers_named && !online_reader, Cue::ReadersNamed),
    ])
}

/// `Facebook user Jane Wanjiru said she waited three hours.` ⏎ `“…,” Wanjiru said.`, `Ayon sa
/// netizen na si CJ Joy Buscato Sevidal, …` ⏎ `“…” sabi ni Sevidal.`: a name of one word that
/// ends a full name a line above introduced with a reader's noun before it (within three
/// words) is that reader's, as a public figure's surname is not: the full name. (Not a fan's:
/// `Australian fan Madison Blackband` may be one at a stadium, interviewed after.)
fn reader_introduced_above(surname: &str, units: &[Unit], index: usize) -> Option<String> {
    const LINES_ABOVE: usize = 6;
    const WORDS_BEFORE_THE_NAME: usize = 3;
    if surname.contains(' ') {
        return None;
    }
    (index.saturating_sub(LINES_ABOVE)..index)
        .filter_map(|above| super::dump::line_at(units, above))
        .find_map(|line| {
            let words = words(line);
            words.iter().enumerate().find_map(|(at, word)| {
                if word.bare != surname {
                    return None;
                }
                let given = words[..at]
                    .iter()
                    .rev()
                    .take_while(|w| !w.comma && starts_uppercase(w.bare))
                    .count();
                let name_starts = at - given;
                let reader = given > 0
                    && words[name_starts.saturating_sub(WORDS_BEFORE_THE_NAME)..name_starts]
                        .iter()
                        .map(|w| w.bare.to_lowercase())
                        .any(|noun| {
                            ONLINE_READERS.contains(&noun.as_str()) && !may_be_in_the_stands(&noun)
                        });
                reader.then(|| {
                    words[name_starts..=at]
                        .iter()
                        .map(|w| w.bare)
                        .collect::<Vec<_>>()
                        .join(" ")
                })
            })
        })
}

/// Whether a clause names readers (`his followers`, `Many netizens`), which lets the bare `one`
/// that follows be one of them.
pub(super) fn names_readers(text: &str) -> bool {
    any_word_in(&words(text), ONLINE_READERS)
}

/// `Erfolg der Nationalelf`, `Unter den Hashtags`: German capitalizes its nouns, and an
/// article between two of them makes a phrase, not a name (`van der Merwe` keeps its `der`).
fn joins_nouns(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    words.windows(2).any(|pair| {
        ["der", "die", "das", "den", "des", "dem"].contains(&pair[1])
            && !["van", "von", "ter"].contains(&pair[0].to_lowercase().as_str())
    })
}

/// `Wani mai suna Haladu Musa Mohammed kuma ya ce, “…”`, `L'ironia attraversa le parole di
/// Stefano Esposito (Pd): «…»`: a clause that ends in a colon or a comma right before the quote
/// introduces it, whatever its verb or language, when the readings above found no speaker in
/// it. Its speaker is the last whole name of two words or more in it, or a reader its nouns
/// name; the decision weighs the rest.
fn introduced_by(lead: &str) -> Option<Speaker> {
    let clause = lead.trim_end();
    if !clause.ends_with([':', ',']) {
        return None;
    }
    let words = words(clause);
    // `posting flyers that read, ‘Rest in peace’`: the words of a thing, not a person's.
    let of_a_thing = words.len() >= 2
        && ["that", "which"].contains(&words[words.len() - 2].bare.to_lowercase().as_str());
    if reports(&words) || of_a_thing {
        return None;
    }
    // `Timothy Expressed,”When…`: a verb printed with a capital is no part of the name, and
    // says a one-word name is the subject.
    let without_verb = |name: String| {
        if let Some((rest, last)) = name.rsplit_once(' ') {
            let last = last.to_lowercase();
            if !matches!(verb_kind(Some(&last)), VerbKind::Other) {
                return (rest.to_string(), Some(last));
            }
        }
        (name, None)
    };
    // The last whole name: each is read from its first word.
    let mut named = None;
    let mut k = 0;
    while k < words.len() {
        let Some((name, end)) = name_at(&words, k) else {
            k += 1;
            continue;
        };
        let (name, verb) = without_verb(name);
        // (`Mary Wanjiku was also incredulous — asking:`: a dash is no word of it.)
        let opens_a_long_clause = k == 0 && words.iter().filter(|w| !is_dash(w.bare)).count() > 6;
        if (name.contains(' ') || verb.is_some())
            && !name.contains(['’', '\''])
            && !opens_a_long_clause
            && !joins_nouns(&name)
        {
            named = Some((name, verb));
        }
        k = end;
    }
    let (who, verb) = match named {
        Some((name, verb)) => (Who::Name(name), verb),
        None if names_readers(clause) => (Who::Anonymous { online: true }, None),
        None => {
            let (name, verb) = caseless_speaker(clause)?;
            (Who::Name(name), verb)
        }
    };
    Some(Speaker {
        who,
        verb,
        platform: platform_named_in(clause),
        posted: false,
        interviewee: false,
    })
}

/// `郑插插: “…”`, `وكتب روني دجين: “…”` (and Ronnie Dijen wrote): a clause in a script without
/// capitals (Chinese, Japanese, Arabic…), which no capital marks a name in, before its colon.
/// One word alone is the name its author posts under; words after a verb of posting or speech
/// (in Arabic, the verb first) are the speaker's name.
fn caseless_speaker(clause: &str) -> Option<(String, Option<String>)> {
    let clause = clause.strip_suffix(':')?.trim();
    let caseless = |c: char| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase();
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.is_empty() || !words.iter().all(|word| word.chars().any(caseless)) {
        return None;
    }
    if let [word] = words[..] {
        return (word.chars().filter(|&c| caseless(c)).count() >= 2)
            .then(|| (word.to_string(), None));
    }
    let (verb_at, verb) = words.iter().enumerate().find_map(|(at, word)| {
        let verb = arabic_verb(word);
        is_verb_elsewhere(&verb).then_some((at, verb))
    })?;
    let name = &words[verb_at + 1..];
    (1..=4)
        .contains(&name.len())
        .then(|| (name.join(" "), Some(verb)))
}

/// Who is asked, told or reported to (`he told The New York Times,`, `a reporter asked
/// Montoya-Lewis,`), a source (`per a source,`), an office, a trade or a relative (`Ms
/// Khairunisa’s father, Haidar Fauzi, has said:`, `Godfrey Daniel, a businessman said:`): words
/// that make a clause's quote an interview, a statement or reported speech.
fn reports(words: &[Word]) -> bool {
    words.iter().any(|word| {
        let lower = word.bare.to_lowercase();
        INTERVIEWING_VERBS.contains(&lower.as_str())
            || REPORTING_WORDS.contains(&lower.as_str())
            || OFFICE_WORDS.contains(&lower.as_str())
            || RELATIVES.contains(&lower.as_str())
            || INTERVIEWED_PEOPLE.contains(&lower.as_str())
    })
}

/// `“…,” Tata said in the interview.`: whether a quote's attribution follows its comma or
/// starts its tail, one the readings of a tail refused being still the quote's own.
fn attributed_after(quote_text: &str, tail: &str) -> bool {
    quote_text
        .trim_end_matches(['”', '"', '’', '\'', '»'])
        .ends_with(',')
        || tail
            .trim_start()
            .starts_with(|c: char| c.is_lowercase() || matches!(c, ',' | '–' | '—' | '-'))
}

/// What the article says before byte `start` of the line at `index`: the line so far, or,
/// where the quote opens its line, the paragraph above when no reading has taken it.
fn text_before<'t>(
    line: &'t str,
    start: usize,
    units: &[Unit<'t>],
    index: usize,
    claimed: &[bool],
) -> &'t str {
    if !line[..start].trim().is_empty() {
        return &line[..start];
    }
    match index.checked_sub(1).map(|at| (at, &units[at])) {
        Some((at, Unit::Line { text, .. })) if !claimed[at] => text,
        _ => "",
    }
}

/// `Labour candidate Tamati Coffey thought he'd seen smiles on the faces of media. "Is it just
/// me…"`, `Another of his fans added that Davido makes it hard for his fans to support him.
/// “This man…”`: a quote that opens its sentence with no attribution of its own is the words of
/// the subject of the sentence before it (`before` ends with that sentence), when that subject
/// is a reader, a handle or a whole name and the sentence quotes nobody.
fn subject_before(before: &str) -> Option<Speaker> {
    let before = before.trim_end();
    if before.is_empty() || before.ends_with([':', ',']) {
        return None;
    }
    let sentence = last_sentence(before);
    // `…sollte Instagram weiterhin "kaputt" sein.`: a word in quote marks is no quote of
    // someone else's.
    let quotes_someone = spans(sentence)
        .iter()
        .any(|span| sentence[span.start..span.end].split_whitespace().count() > 2);
    if quotes_someone {
        return None;
    }
    let words = words(sentence);
    // (`Clearly angry, Aaron Ang suggested…`: after a phrase with no verb.)
    let start = opening_phrase_end(&words).map_or(0, |comma| comma + 1);
    let (speaker, start) = subject_then_verb(&words, 0)
        .map(|speaker| (speaker, 0))
        .or_else(|| {
            (start > 0)
                .then(|| subject_then_verb(&words, start))
                .flatten()
                .map(|speaker| (speaker, start))
        })?;
    // (`Twitter user @rodrigoaescobar blasted PNoy for… a former president…`: a reader's post
    // is the reader's, whoever the sentence goes on to name; `Yahya Jammeh had some kind words
    // for the minister.`: an office the predicate names is not the subject's.)
    let online = matches!(
        speaker.who,
        Who::Handle(_) | Who::Anonymous { online: true }
    );
    let subject_end = subject_at(&words, start).map_or(words.len(), |(_, next, ..)| next);
    let reported = words.iter().any(|word| {
        let lower = word.bare.to_lowercase();
        INTERVIEWING_VERBS.contains(&lower.as_str()) || REPORTING_WORDS.contains(&lower.as_str())
    }) || reports(&words[..subject_end.min(words.len())]);
    if reported && !online {
        return None;
    }
    let whole = match &speaker.who {
        Who::Name(name) => names_one_person(name),
        Who::Handle(_) | Who::Anonymous { .. } => true,
        Who::Pronoun => false,
    };
    whole.then_some(speaker)
}

/// Whether capitalized words read as a name are one person's whole name: two words or more,
/// not a thing's (`Airbus A320-200`: a model's number), not a people (`Disgusted South
/// Africans`), no owner's and no nouns joined.
fn names_one_person(name: &str) -> bool {
    name.contains(' ')
        && !name.rsplit(' ').next().is_some_and(is_demonym)
        && !name.contains(['’', '\''])
        && !name.contains(|c: char| c.is_ascii_digit())
        && !joins_nouns(name)
}

/// The person the previous sentence is about, for a pronoun: an anonymous reader when it opens
/// with one (`One user questioned…`), else the first name in it.
pub(super) fn person_before(text: &str) -> Option<Who> {
    person_or_body_before(text).filter(|who| match who {
        // `Kenyans took to social media…`: a people is no one person a pronoun or `the user`
        // can stand for.
        Who::Name(name) if name.rsplit(' ').next().is_some_and(is_demonym) => false,
        // `The Treasury raised the levy…`: one word after `the` is a body, not a person a
        // pronoun can stand for.
        Who::Name(name) if !name.contains(' ') => {
            !(text.contains(&format!("The {name}")) || text.contains(&format!("the {name}")))
        }
        _ => true,
    })
}

fn person_or_body_before(text: &str) -> Option<Who> {
    // `Jack Dorsey seems very happy. Not just happy, happy enough to share the song, “Everything
    // In Its Right Place”.`: a title in quote marks names nobody, and a sentence that names
    // nobody hands on to the one before it.
    // (Quotes are blanked before the sentences are told apart: a quote's own full stops end
    // none of the article's.)
    let outside = without_quotes(text.trim_end());
    let text = outside.trim_end();
    let last = last_sentence(text);
    let before_last = text[..text.len() - last.len()].trim_end();
    person_in(last).or_else(|| {
        (!before_last.is_empty())
            .then(|| person_in(last_sentence(before_last)))
            .flatten()
    })
}

/// `text` with what its quote marks enclose blanked out (each quote, marks and all, made one
/// space).
pub(crate) fn without_quotes(text: &str) -> std::borrow::Cow<'_, str> {
    let quoted = spans(text);
    if quoted.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut outside = String::with_capacity(text.len());
    let mut at = 0;
    for span in quoted {
        // A span may open inside the one before (`''` both closing one quote and opening the
        // next): it is blanked with it.
        if span.start >= at {
            outside.push_str(&text[at..span.start]);
            outside.push(' ');
        }
        at = at.max(span.end);
    }
    outside.push_str(&text[at..]);
    std::borrow::Cow::Owned(outside)
}

/// The person a sentence is about: see [`person_before`].
fn person_in(sentence: &str) -> Option<Who> {
    // `A user, @CRaseleka, opined that …`: the sentence's handle is the person.
    if let Some((near, _)) = near_handle(sentence, "") {
        return Some(near.who);
    }
    let words = words(sentence);
    // `“…,” tweeted Husain Haqqani, former Pakistani Ambassador to the US.`: the name after
    // the verb that attributes the quote.
    let first = words.iter().position(|w| !w.bare.is_empty());
    let attributing = first.filter(|&at| {
        matches!(
            verb_kind(Some(&words[at].bare.to_lowercase())),
            VerbKind::Posting | VerbKind::Speech
        )
    });
    if let Some((name, _)) = attributing.and_then(|at| name_at(&words, at + 1)) {
        return Some(Who::Name(name));
    }
    let mut k = 0;
    // Skip an opening clause: "Apparently overwhelmed by the negative reactions, Abraham …",
    // `Later that night, he…` (no subject, or a first word with no verb after it).
    if let Some(comma) = words.iter().position(|w| w.comma) {
        let opening_phrase = match subject_at(&words, 0) {
            None => true,
            // (`Sharing screengrabs of the conversation on Facebook, Nizam said…`: a participle
            // opening the sentence, capitalized as its first word, is no name.)
            Some((Who::Name(_), ..)) if opens_with_a_participle(&words) => true,
            // (Not a name the comma closes: `Kamran Akmal, meanwhile, lauded…`.)
            Some((Who::Name(_), after, ..)) => after <= comma && !has_a_verb(&words[after..=comma]),
            Some(_) => false,
        };
        if opening_phrase && comma < 8 {
            k = comma + 1;
        }
    }
    // The person is the subject of the sentence's verb: the name a verb follows when the
    // sentence opens with another (`The U.S. Ambassador to India Mr Ken Juster also posted…`),
    // else the opening subject, else the first name.
    // (`writer David Wild is responsible for…`: a copula's subject as much.)
    let verb_follows = |end: usize| {
        let end = home_town(&words, end).unwrap_or(end);
        words[end.min(words.len())..]
            .iter()
            .find(|w| !is_adverb(w.bare))
            .is_some_and(|w| is_verb(w.bare) || matches!(w.bare, "is" | "was" | "has" | "had"))
    };
    let subject = subject_at(&words, k).filter(|(who, ..)| *who != Who::Pronoun);
    // `This was uploaded by Election Watch editor Max Walden to his Twitter account.`: a
    // passive's agent, when its subject is no one named.
    if !matches!(&subject, Some((Who::Name(_) | Who::Handle(_), ..))) {
        if let Some(agent) = passive_agent(&words) {
            return Some(agent);
        }
    }
    // `One of them was Mary Wanjiku, who…`: the name a copula makes the anonymous subject.
    if let Some((Who::Anonymous { .. }, next, ..)) = &subject {
        let copula = words
            .get(*next)
            .is_some_and(|w| !w.comma && matches!(w.bare, "was" | "is"));
        if let Some((name, _)) = copula.then(|| name_at(&words, next + 1)).flatten() {
            return Some(Who::Name(name));
        }
    }
    if let Some((who, next, ..)) = &subject {
        if verb_follows(*next) || !matches!(who, Who::Name(_)) {
            return subject.map(|(who, ..)| who);
        }
    }
    // `along with a series of Tweets`: a platform's word capitalized names nobody.
    let names: Vec<(String, usize)> = (1..words.len())
        .filter_map(|m| name_at(&words, m))
        .filter(|(name, _)| name.contains(' ') || platform_named_in(name).is_none())
        .collect();
    if let Some((name, _)) = names.iter().find(|(_, end)| verb_follows(*end)) {
        return Some(Who::Name(name.clone()));
    }
    subject
        .map(|(who, ..)| who)
        .or_else(|| names.into_iter().next().map(|(name, _)| Who::Name(name)))
}

/// The comma closing a short phrase with no verb that opens a sentence (`Clearly angry,`).
fn opening_phrase_end(words: &[Word]) -> Option<usize> {
    const LONGEST_OPENING_PHRASE: usize = 8;
    words
        .iter()
        .position(|w| w.comma)
        .filter(|&comma| comma < LONGEST_OPENING_PHRASE && !has_a_verb(&words[..=comma]))
}

/// `was captured in a nutshell by British Labour Party politician and former leader of the
/// opposition Ed Miliband`: after a form of `be` and a later `by`, the last name before the
/// agent's phrase ends (at a comma, a preposition or the sentence's end), past the words that
/// describe it.
fn passive_agent(words: &[Word]) -> Option<Who> {
    const LONGEST_AGENT_PHRASE: usize = 14;
    let be = words
        .iter()
        .position(|w| matches!(w.bare, "was" | "were" | "is" | "are" | "been"))?;
    let by = (be + 1..words.len()).find(|&k| words[k].bare == "by")?;
    if words[by - 1].comma {
        return None;
    }
    let mut agent = None;
    let mut k = by + 1;
    while k < words.len().min(by + 1 + LONGEST_AGENT_PHRASE) {
        if let Some((name, end)) = name_at(words, k) {
            agent = Some(name);
            if words[end - 1].comma {
                break;
            }
            k = end;
            continue;
        }
        let word = words[k].bare;
        if words[k].comma || matches!(word, "to" | "on" | "in" | "at" | "with" | "from" | "after") {
            break;
        }
        k += 1;
    }
    let agent = agent?;
    // (`…by the Kenya Revenue Authority`: a body, not a person.)
    (agent.contains(' ') && platform_named_in(&agent).is_none() && !joins_nouns(&agent))
        .then_some(Who::Name(agent))
}

/// `Sharing screengrabs…`, `Reacting to the news…`: a sentence opening on a participle, a
/// capitalized word in `-ing` followed by a lower-case word that is no verb of posting or
/// speech (not `Manning said`).
fn opens_with_a_participle(words: &[Word]) -> bool {
    let [first, second, ..] = words else {
        return false;
    };
    let lower_after_capital = first.bare.chars().skip(1).all(|c| c.is_ascii_lowercase());
    let present = first.bare.len() > 5 && first.bare.ends_with("ing");
    // (`Dressed in what seemed to be a large, black tent, she…`: a past participle before a
    // preposition, where a name ending as one would have its verb, `Ahmed said`.)
    let past = first.bare.len() > 4
        && first.bare.ends_with("ed")
        && matches!(
            second.bare,
            "in" | "by" | "with" | "at" | "on" | "from" | "as" | "after" | "over" | "about"
        );
    lower_after_capital
        && (present || past)
        && !first.comma
        && second.bare.starts_with(|c: char| c.is_lowercase())
        && !matches!(
            verb_kind(Some(second.bare)),
            VerbKind::Posting | VerbKind::Speech
        )
}

/// Whether any of `words` is a reader's or a post's noun (`Facebook user`, `commenter`).
fn calls_a_reader(words: &[Word]) -> bool {
    words
        .iter()
        .any(|word| is_online_noun(&word.bare.to_lowercase()))
}

/// `commenter Robin Cubbon`, `Twitter user Jane Wanjiru`: a subject after the quote named with
/// a noun for a reader online, not a fan's (`said fan Katie Morgan from Flames Central` was
/// at the arena, interviewed).
fn names_an_online_reader(subject: &[Word]) -> bool {
    subject.iter().any(|word| {
        let noun = word.bare.to_lowercase();
        is_online_noun(&noun) && !may_be_in_the_stands(&noun)
    })
}

/// `fan`, `shabiki`: a reader's noun that may name someone at the match, interviewed there.
fn may_be_in_the_stands(noun: &str) -> bool {
    matches!(noun, "fan" | "fans" | "shabiki" | "mashabiki")
}

/// Whether any of `words` is a verb: whether they make a clause (`Someone else laughed as`)
/// rather than a phrase (`Later that night,`, `Accompanied by a laughing emoji,`).
fn has_a_verb(words: &[Word]) -> bool {
    words
        .iter()
        .any(|w| is_verb(w.bare) || matches!(w.bare, "was" | "is" | "has" | "were"))
}

/// `Andre de Grasse of Markham, Ont., drew…`: word `k` goes on a home town after a comma
/// (`Ont.`), where no clause starts.
fn inside_home_town(words: &[Word], k: usize) -> bool {
    words[..k]
        .iter()
        .rposition(|w| !starts_uppercase(w.bare))
        .filter(|&preposition| preposition > 0)
        .and_then(|preposition| home_town(words, preposition))
        .is_some_and(|end| end > k)
}

/// The last sentence of `text`.
pub(super) fn last_sentence(text: &str) -> &str {
    let body = text.trim_end_matches(['.', '!', '?', ' ', '”', '"']);
    let start = body
        .char_indices()
        .filter(|&(at, c)| {
            matches!(c, '.' | '!' | '?')
                && body[at + 1..].starts_with(|n: char| n.is_whitespace())
                && !(c == '.' && ends_an_initial(&body[..at]))
        })
        .map(|(at, _)| at + 1)
        .next_back()
        .unwrap_or(0);
    text[start..].trim()
}

/// `U.S.`, `J.`, `St.`, `Dr.`: the text before a full stop ends in a capital letter standing
/// alone, as initials and abbreviations print it, or in a title's abbreviation (`the St. Ann
/// native`) or a party and state's (`D-Ill.`), not a sentence's last word.
pub(super) fn ends_an_initial(before: &str) -> bool {
    let mut last = before.chars().rev();
    let initial = last.next().is_some_and(|c| c.is_ascii_uppercase())
        && last.next().is_none_or(|c| c == '.' || c.is_whitespace());
    initial
        || before
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .is_some_and(|word| ABBREVIATED_TITLES.contains(&word) || is_party_and_state(word))
}

/// Where the sentence holding byte `at` of `line` starts: after the last `.`, `!` or `?` that is
/// followed by a space or a quote and lies outside every span.
/// `‘9585m.ary’`, `'Master26788'`: one username-shaped word between quote marks.
fn is_quoted_username(span: &str) -> bool {
    let inner = span.trim_matches(|c: char| !c.is_alphanumeric());
    !inner.is_empty()
        && span.len() - inner.len() <= 8
        && super::dump::is_username(inner, false)
        && inner.contains(|c: char| c.is_ascii_digit() || matches!(c, '_' | '.'))
}

fn sentence_start(line: &str, at: usize, spans: &[Span]) -> usize {
    let inside = |i: usize| spans.iter().any(|s| s.start <= i && i < s.end);
    let after_stop = line[..at]
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && !inside(i)
                && line[i + 1..].starts_with(|n: char| n.is_whitespace() || matches!(n, '“' | '"'))
                && !(c == '.' && ends_an_initial(&line[..i]))
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
        .unwrap_or(0);
    // A quote that ends its sentence inside its marks (`…said 'Am I?' A certain Jaideep…`).
    let after_quote = spans
        .iter()
        .filter(|s| s.closed && s.end < at)
        .filter(|s| {
            line[s.start..s.end]
                .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?'))
                .ends_with(['.', '!', '?'])
                && line[s.end..at]
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase())
                && line[s.end..].starts_with(char::is_whitespace)
        })
        .map(|s| s.end)
        .next_back()
        .unwrap_or(0);
    after_stop.max(after_quote)
}

/// The reactions found at a line (quoted in it, a round-up, a pasted comment), and the units
/// after it that they occupy.
pub(super) struct InLine {
    pub found: Vec<Found>,
    pub units: Vec<usize>,
}

/// `One poster says, “…” Another said “…”`: after a reader online quoted earlier in the line,
/// `another` and a verb of speech run into the next quote as they do after a reader's noun
/// (elsewhere `said` running in reports speech), and so does any verb in the past with
/// `saying` (`…,” one fan complained while another hit back saying “…”`).
fn another_after_a_reader(lead: &str, previous: Option<&Found>) -> Option<Speaker> {
    let after_a_reader = previous.is_some_and(|reader| {
        reader.handle.is_none()
            && reader.display_name.is_none()
            && reader.cues.contains(&Cue::OnlineReader)
    });
    // (`“…,” one fan complained while another hit back saying “…”`: the clause after the
    // last connective, its verb running into the quote with `saying`.)
    let words: Vec<&str> = lead.split_whitespace().collect();
    let clause_start = words
        .iter()
        .rposition(|word| matches!(*word, "while" | "and") || word.ends_with(','))
        .map_or(0, |connective| connective + 1);
    let words = &words[clause_start..];
    let (another, verb) = match words {
        [another, verb] => (*another, *verb),
        [another, verb, "saying"] if verb.ends_with("ed") => (*another, *verb),
        // (`hit back`, `shot back`, `chimed in`: a phrasal verb.)
        [another, verb, "back" | "in" | "up" | "out", "saying"] => (*another, *verb),
        _ => return None,
    };
    let speaks = matches!(verb, "said" | "says" | "wrote" | "writes" | "added")
        || words.last() == Some(&"saying");
    (after_a_reader && speaks && matches!(another, "Another" | "another")).then(|| Speaker {
        who: Who::Anonymous { online: true },
        verb: Some(verb.to_string()),
        platform: None,
        posted: false,
        interviewee: false,
    })
}

/// `“Sad how a foul mouth socialist capitalizes “Budget” but not “god,” tweeted
/// @LettingSmokeOut.`, `Folks: if @patmartinmp swore in house, different. … his issue is real,”
/// tweeted @Josh_Wingrove.`: a paragraph whose quote marks do not pair (a quote inside the
/// post, or its opening mark lost), which [`in_line`] found no speaker in, closed near its end
/// by a mark and a poster with a verb of posting. The post is the paragraph up to that mark.
pub(super) fn closed_at_its_end(units: &[Unit], index: usize, context: &Context) -> Option<InLine> {
    const LONGEST_ATTRIBUTION: usize = 80;
    const FEWEST_WORDS: usize = 4;
    let Unit::Line {
        text,
        starts_paragraph: true,
        ..
    } = units[index]
    else {
        return None;
    };
    let line = text.trim_end();
    // Cheapest first: the last closing mark, `"` or the last byte of `”`.
    let mark = memchr::memrchr2(b'"', 0x9D, line.as_bytes())?;
    let close = match line.as_bytes()[mark] {
        b'"' => mark,
        _ => mark
            .checked_sub(2)
            .filter(|&at| line.is_char_boundary(at) && line[at..].starts_with('”'))?,
    };
    let end = mark + 1;
    let tail = &line[end..];
    let post = &line[..close];
    if tail.len() > LONGEST_ATTRIBUTION
        || !tail.starts_with(' ')
        || !post.ends_with([',', '.', '!', '?'])
    {
        return None;
    }
    // (Marks that pair around the whole post are read in the line.)
    if spans(line)
        .first()
        .is_some_and(|span| span.start == 0 && span.end == end)
    {
        return None;
    }
    let speaker = speaker_after(tail)?;
    let posted = speaker.verb.as_deref().is_some_and(is_posting_verb);
    if !posted || !matches!(speaker.who, Who::Handle(_) | Who::Name(_)) {
        return None;
    }
    let words = post
        .strip_prefix(super::OPENING_MARKS)
        .unwrap_or(post)
        .trim();
    words.split_whitespace().nth(FEWEST_WORDS - 1)?;
    let cues = evidence(&speaker, context, false, (units, index));
    Some(InLine {
        found: vec![found_from(
            (speaker, Form::QuotedSpan),
            words.to_string(),
            cues,
            context,
            (line, close),
            units,
            index,
        )],
        units: Vec::new(),
    })
}

/// Every quote of the line at `index`, from byte `from` on, whose speaker is a reader.
pub(super) fn in_line(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
    from: usize,
) -> Option<InLine> {
    let Unit::Line { text: line, .. } = units[index] else {
        return None;
    };
    // `Keith Dunwoodie: Charlie Stewart, ‘That’s what happens…’? What war…`: a commenter's
    // name and colon open the line, and the quote is inside the comment, which the comment's
    // reading takes whole.
    if from == 0 && opens_with_a_commenter(line) {
        return None;
    }
    // Marks before `from` are another quote's: the line may start inside one that opened in an
    // earlier paragraph, whose closing mark would open a span here.
    let spans: Vec<Span> = spans(&line[from..])
        .into_iter()
        .map(|span| Span {
            start: span.start + from,
            end: span.end + from,
            ..span
        })
        .collect();
    let mut found: Vec<Found> = Vec::new();
    let mut taken_units = Vec::new();
    // Where the clause before the next quote may start: after the last attributed quote's
    // attribution, never before its sentence.
    let mut clause_floor = from;
    let mut seen = context.reactions_seen;
    // After `“…,” another replied.` the reader's quote may go on: `“But that does mean…”`.
    let mut may_continue = false;
    // The last quote taken runs past the line's end: it may go on in the next paragraphs.
    let mut open_at_end = false;
    // Its speaker is named after the paragraph that closes it, not before it: the paragraphs
    // up to that one are its own, and nobody else's.
    let mut closed_where_attributed: Option<ClosedLater> = None;
    // `Fans took to Twitter to comment: “…” and, “…”`: readers counted, not one, whose
    // attribution the next quotes share when only `and` or a comma stands between.
    let mut several_readers: Option<(Speaker, Vec<Cue>)> = None;
    for span in &spans {
        if span.start < clause_floor {
            continue;
        }
        let continues = std::mem::take(&mut may_continue)
            && line[clause_floor..span.start].trim().is_empty()
            && speaker_after(&line[span.end..]).is_none();
        if continues {
            if let Some(last) = found.last_mut() {
                last.continuation = Some(line[span.start..span.end].to_string());
                clause_floor = span.end;
                continue;
            }
        }
        // The quote's whole sentence, and the part of it this quote's speaker may come from.
        let sentence = sentence_start(line, span.start, &spans);
        let start = sentence.max(clause_floor);
        let lead = &line[start..span.start];
        let tail = &line[span.end..];
        let quote_text = &line[span.start..span.end];
        // (A quote whose opening mark was lost, the only span opening on a word, keeps no
        // closing one.)
        let quote_text =
            match quote_text.starts_with(char::is_alphanumeric) || quote_text.starts_with('#') {
                true => quote_text.trim_end_matches(['”', '"']),
                false => quote_text,
            };
        if quote_text.chars().filter(|c| c.is_alphanumeric()).count() < 2 && quote_text.is_ascii() {
            continue;
        }
        let shared = several_readers
            .take()
            .filter(|_| only_joins(&line[clause_floor..span.start]));
        if let Some((speaker, cues)) = shared {
            clause_floor = span.end;
            open_at_end = !span.closed;
            found.push(found_from(
                (speaker.clone(), Form::QuotedSpan),
                quote_text.to_string(),
                cues.clone(),
                context,
                (line, start),
                units,
                index,
            ));
            several_readers = Some((speaker, cues));
            continue;
        }
        let before = lead_speaker(lead, line, start, units, index)
            .or_else(|| described_in_a_sentence(lead, quote_text))
            .or_else(|| another_after_a_reader(lead, found.last()));
        let quotes_whole_line = is_item_marker(line[..span.start].trim()) && tail.trim().is_empty();
        // A line that is only a quote and its signature (`“…” – Sarah, Hamilton`), or a list
        // item of them: a caption (`Watch: “…” – Name`) has words before the quote.
        let signed = is_item_marker(line[..span.start].trim())
            .then(|| signed_after(tail))
            .flatten();
        let is_signed = before.is_none() && signed.is_some();
        // (A colon before the quote opens its sentence as much.)
        let opens_sentence = lead.trim().is_empty() || lead.trim_end().ends_with(':');
        let interrupted = opens_sentence && interrupts(quote_text, tail);
        let after = match before {
            Some(_) => None,
            None if is_signed => signed,
            None => speaker_between(tail, interrupted)
                .map(|mut speaker| {
                    if speaker.who == Who::Pronoun {
                        // `“…,” the ex-PM responded.`: a description is of someone known, one
                        // person (not `Kenyans took to social media…`).
                        let described =
                            super::opens_with(tail.trim_start_matches([',', ' ']), "the ");
                        // (`Prof. Kofi @iam_dheryk opted to look at the light side: “…,” he
                        // tweeted.`: a handle in the quote's own sentence before it is the
                        // person the pronoun stands for.)
                        let own_sentence = lead
                            .trim_end()
                            .ends_with(':')
                            .then(|| near_handle(lead, ""))
                            .flatten()
                            .map(|(near, _)| near.who);
                        speaker.who =
                            match own_sentence.or_else(|| resolve(line, start, units, index)) {
                                // `“…,” read the tweet.`: a post is its owner's, a person the
                                // article named, never a reader it did not.
                                Some(Who::Anonymous { .. })
                                    if speaker.verb.as_deref() == Some("read") || described =>
                                {
                                    Who::Pronoun
                                }
                                Some(Who::Name(people)) if described && is_demonym(&people) => {
                                    Who::Pronoun
                                }
                                resolved => resolved.unwrap_or(Who::Pronoun),
                            };
                    } else if matches!(speaker.who, Who::Anonymous { .. })
                        && names_the_reader_again(tail)
                    {
                        // `A user with the handle @PastorBOJ expressed shock.` ⏎ `“…” the
                        // user exclaimed.`: the reader the sentence before named.
                        if let Some(who @ (Who::Handle(_) | Who::Name(_))) =
                            resolve(line, start, units, index)
                        {
                            speaker.who = who;
                        }
                    }
                    speaker
                })
                .or_else(|| {
                    // `“…` ⏎ `… you!” a Twitter user wrote.`: the quote left open here closes
                    // in a later paragraph, whose attribution is this quote's.
                    let closing = (!span.closed)
                        .then(|| closed_later(units, index, claimed))
                        .flatten()?;
                    let speaker = speaker_after(closing.tail)?;
                    closed_where_attributed = Some(closing);
                    Some(speaker)
                })
                .or_else(|| {
                    let signature = quotes_whole_line
                        .then(|| signed_on_next_line(units, index, claimed))
                        .flatten();
                    if signature.is_some() {
                        taken_units.push(index + 1);
                        return signature;
                    }
                    quotes_whole_line
                        .then(|| {
                            credited_in_next_line(units, index)
                                .or_else(|| credited_in_previous_line(units, index, claimed))
                        })
                        .flatten()
                }),
        };
        let from_before = before.is_some();
        let opening = match (&before, &after) {
            (None, None) => handle_opening_the_quote(quote_text, quotes_whole_line),
            _ => None,
        };
        let mut words_after_handle = None;
        let (speaker, form, from_tail) = match (before, after) {
            (Some(speaker), _) => (speaker, Form::QuotedSpan, false),
            (None, Some(speaker)) if is_signed => (speaker, Form::NameAfter, true),
            (None, Some(speaker)) => (speaker, Form::QuotedSpan, true),
            // `@hitfixdaniel All subsequent installments of "Marriage Ref" are…`: a post
            // opening with its handle quotes a title inside its own words.
            (None, None)
                if lead.split_once(' ').is_some_and(|(first, rest)| {
                    super::dump::is_handle_before_sentence(first, rest)
                }) =>
            {
                continue
            }
            (None, None) => match near_handle(lead, tail) {
                Some((speaker, in_tail)) => (speaker, Form::NearHandle, in_tail),
                None => match quoted_as_reactions(&line[sentence..span.start])
                    .or_else(|| introduced_by(lead))
                    .or_else(|| {
                        let opens_sentence =
                            lead.trim().is_empty() && !attributed_after(quote_text, tail);
                        opens_sentence
                            .then(|| {
                                subject_before(text_before(line, start, units, index, claimed))
                            })
                            .flatten()
                    }) {
                    Some(speaker) => (speaker, Form::QuotedSpan, false),
                    None => match opening {
                        Some((speaker, words)) => {
                            words_after_handle = Some(words);
                            (speaker, Form::NearHandle, false)
                        }
                        None => continue,
                    },
                },
            },
        };
        // (The words after the handle, when the handle opening the quote is its poster.)
        let quote_text = words_after_handle.unwrap_or(quote_text);
        // `“…”` ⏎ `  • Motorist`: a message signed under it with a bullet is a readers'-messages
        // page's structure, kept without the decision as names in turn are.
        let bullet_signed = taken_units.last() == Some(&(index + 1))
            && matches!(units.get(index + 1), Some(Unit::Line { text, .. })
                if text.trim_start().starts_with('•'));
        let form = if bullet_signed { Form::Signature } else { form };
        // `another X user, Aliyu @AliyuYakubuH, wrote`: the handle in apposition names the
        // anonymous subject.
        let speaker = match from_before {
            true => named_by_handle(speaker, lead, ""),
            false => named_by_handle(speaker, "", tail),
        };
        let readers_named = names_readers(&line[sentence..span.start]);
        let local = Context {
            reactions_seen: seen,
            ..context.clone()
        };
        // `“…,” one person said.` before the article has announced or quoted any reaction, with
        // nothing online about it, is reported speech (the documented rule for `one person`,
        // `another`, `a third`).
        // (`One of the twitterati pointed out that… Another said: “…”`: readers named in the
        // paragraph's sentence before announce the next, as they do in the line right above
        // (`One user commented on the price.` ⏎ `‘…,’ another shopper lamented.`); so does a
        // headline about readers, `Strictly fans all have same major complaint`.)
        let readers_above = || {
            index
                .checked_sub(1)
                .and_then(|above| super::dump::line_at(units, above))
                .is_some_and(names_readers)
        };
        let unannounced_person = matches!(speaker.who, Who::Anonymous { online: false })
            && !local.in_reactions
            && !local.reactions_seen
            && !local.readers_headline
            && !readers_named
            && !readers_above()
            && !names_readers(&line[..sentence])
            && speaker.platform.is_none()
            && !speaker.posted
            && !speaker.verb.as_deref().is_some_and(is_posting_verb);
        if !is_candidate(&speaker) || unannounced_person {
            continue;
        }
        clause_floor = match from_tail {
            true => span.end + tail_length(tail),
            false => span.end,
        };
        may_continue = from_tail;
        seen = true;
        open_at_end = !span.closed;
        let cues = evidence(&speaker, &local, readers_named, (units, index));
        if !from_tail && matches!(speaker.who, Who::Anonymous { .. }) && counts_readers(lead) {
            several_readers = Some((speaker.clone(), cues.clone()));
        }
        found.push(found_from(
            (speaker, form),
            quote_text.to_string(),
            cues,
            context,
            (line, start),
            units,
            index,
        ));
    }
    if open_at_end {
        if let Some(last) = found.last_mut().filter(|last| last.continuation.is_none()) {
            match closed_where_attributed.take() {
                Some(closing) => {
                    last.continuation = Some(closing.words);
                    // The closing paragraph may quote more readers after the attribution.
                    let local = Context {
                        reactions_seen: true,
                        ..context.clone()
                    };
                    let rest = closing.tail_at + tail_length(closing.tail);
                    let more = closing.units.last().and_then(|&closing_unit| {
                        in_line(units, closing_unit, claimed, &local, rest)
                    });
                    taken_units = closing.units;
                    if let Some(more) = more {
                        found.extend(more.found);
                        taken_units.extend(more.units);
                    }
                }
                None => {
                    let (more, units) = quote_goes_on(units, index, claimed);
                    if !units.is_empty() {
                        last.continuation = Some(more);
                        taken_units = units;
                    }
                }
            }
        }
    }
    // A clause ending the line with a colon introduces a quote in the next paragraph. A
    // username in quote marks (`Mmoja kwa jina ‘9585m.ary’ aliandika,`) is part of the clause.
    let quotes: Vec<Span> = spans
        .iter()
        .copied()
        .filter(|span| !is_quoted_username(&line[span.start..span.end]))
        .collect();
    let last_end = quotes.last().map_or(0, |s| s.end).max(clause_floor);
    let rest = &line[last_end..];
    // `…, an X user, Pharaoh, @Ugochukwu_96, wrote,` ⏎ `“…”` ends its clause with a comma.
    if rest.trim_end().ends_with([':', ',']) {
        let start = sentence_start(line, line.len(), &quotes).max(last_end);
        let whole_lead = &line[start..];
        // `Graham Shanahan argued that Keane had a point:` ⏎ `…`: what the comment argues is
        // said before it, and the clause introduces it as `Graham Shanahan argued:` would.
        let whole_speaker = lead_speaker(whole_lead, line, start, units, index);
        let without_that_clause = whole_lead
            .split_once(" that ")
            .filter(|_| whole_speaker.is_none())
            .map(|(speaker_and_verb, _)| format!("{speaker_and_verb}:"));
        let (lead, speaker_of_lead) = match &without_that_clause {
            Some(clause) => (
                clause.as_str(),
                lead_speaker(clause, line, start, units, index),
            ),
            None => (whole_lead, whole_speaker),
        };
        let possessed = || possessed_post(lead);
        let speaker = match speaker_of_lead {
            Some(speaker) => Some((named_by_handle(speaker, lead, ""), Form::QuotedSpan)),
            None => near_handle(lead, "")
                .map(|(speaker, _)| (speaker, Form::NearHandle))
                .or_else(|| {
                    let speaker =
                        posting_participle(lead, line, start, units, index).or_else(possessed)?;
                    Some((speaker, Form::QuotedSpan))
                }),
        };
        if let Some((speaker, form)) = speaker {
            let local = Context {
                reactions_seen: seen,
                ..context.clone()
            };
            let readers_named = names_readers(lead);
            // An unquoted paragraph is a comment only after a subject the clause names itself
            // (not `He writes:`) and a verb of posting or saying (not `explains the most likely:`),
            // by one person (not `Kenyans reacted to the post on X:`, which announces several).
            let unquoted_may_follow = rest.trim_end().ends_with(':')
                && !matches!(&speaker.who, Who::Name(name) if is_demonym(name))
                && matches!(
                    verb_kind(speaker.verb.as_deref()),
                    VerbKind::Posting | VerbKind::Speech
                )
                && (speaker_before(lead).is_some_and(|own| own.who != Who::Pronoun)
                    || possessed().is_some());
            if is_candidate(&speaker) {
                if let Some((raw, units_taken, tail_speaker)) =
                    quote_in_next_paragraphs(units, index, claimed).or_else(|| {
                        unquoted_may_follow
                            .then(|| unquoted_next_paragraph(units, index, claimed))
                            .flatten()
                    })
                {
                    // A handle after the quote names its poster; so does any name after it
                    // where the clause before named none (`Another viewer said:`), or a name
                    // with a verb of posting where the clause's verb is none (`Durbin read
                    // aloud the comments posted at DeMint's account:` ⏎ `“…,” DeMint, R-S.C.,
                    // tweeted.`).
                    let posts =
                        |speaker: &Speaker| speaker.verb.as_deref().is_some_and(is_posting_verb);
                    let speaker = match tail_speaker {
                        Some(tail)
                            if matches!(tail.who, Who::Handle(_))
                                || matches!(speaker.who, Who::Anonymous { .. })
                                || (matches!(tail.who, Who::Name(_))
                                    && posts(&tail)
                                    && !posts(&speaker)) =>
                        {
                            tail
                        }
                        _ => speaker,
                    };
                    let cues = evidence(&speaker, &local, readers_named, (units, index));
                    found.push(found_from(
                        (speaker, form),
                        raw,
                        cues,
                        context,
                        (line, start),
                        units,
                        index,
                    ));
                    taken_units = units_taken;
                }
            }
        }
    }
    (!found.is_empty()).then_some(InLine {
        found,
        units: taken_units,
    })
}

/// `the ABC news quoted George Murrell, a resident of Wentworth, as saying`: the person an
/// outlet quoted, as an interviewee.
fn quoted_as_saying(words: &[Word]) -> Option<Speaker> {
    let [.., as_word, saying] = words else {
        return None;
    };
    if (as_word.bare, saying.bare) != ("as", "saying") {
        return None;
    }
    let quoted = words.iter().position(|w| w.bare == "quoted")?;
    let (name, _) = name_at(words, quoted + 1)?;
    Some(Speaker {
        who: Who::Name(name),
        verb: Some("said".to_string()),
        platform: None,
        posted: false,
        interviewee: true,
    })
}

/// `“The levy is a scam,” said one user, “what is wrong with the Treasury.”`, `“Why?” asked
/// another, “…”`: a quote opening its sentence, which goes on after it, the attribution between
/// its two parts. Its last mark is a comma, or the words after it open in lower case, and the
/// clause ends in a comma before the next quote. (The caller knows whether the quote opens
/// its sentence.)
fn interrupts(quote_text: &str, tail: &str) -> bool {
    let last_mark = quote_text
        .trim_end_matches(['”', '"', '’', '\'', '»'])
        .chars()
        .next_back();
    let goes_on =
        last_mark == Some(',') || tail.trim_start().starts_with(|c: char| c.is_lowercase());
    goes_on
        && tail
            .find(['“', '"', '‘', '«', '„'])
            .is_some_and(|at| tail[..at].trim_end().ends_with(','))
}

/// Whether the words between two quotes only join them: `and`, `or`, a comma, or nothing.
fn only_joins(between: &str) -> bool {
    matches!(
        between.trim().trim_matches(',').trim(),
        "" | "and" | "or" | "and," | "or,"
    )
}

/// Whether a quote's clause speaks of readers in the plural (`Many felt…`, `Fans wrote:`,
/// `Some users replied:`), so that each quote after it is another's.
fn counts_readers(lead: &str) -> bool {
    lead.split(|c: char| !c.is_alphabetic()).any(|word| {
        let lower = word.to_lowercase();
        matches!(
            lower.as_str(),
            "many" | "some" | "others" | "several" | "people"
        ) || lower
            .strip_suffix('s')
            .is_some_and(|singular| is_online_noun(singular) || singular == "fan")
    })
}

/// A quote of several paragraphs, as newspapers print one: each paragraph reopens the quote
/// and only the last closes it (`“I have had a ticket since 1989.` ⏎ `“This is my last
/// year.”`). The paragraphs after the line at `index` that go on with its open quote, their
/// words without the marks, and their units. A paragraph with anything after its quote has an
/// attribution of its own and is not taken.
pub(super) fn quote_goes_on(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
) -> (String, Vec<usize>) {
    let mut words = Vec::new();
    let mut taken = Vec::new();
    let mut k = index + 1;
    while let Some(Unit::Line {
        text,
        starts_paragraph: true,
        ..
    }) = units.get(k)
    {
        let spans = spans(text);
        let whole_line = matches!(spans.as_slice(), [only] if only.start == 0
            && text[only.end..].trim().is_empty());
        if claimed[k] || !text.starts_with(['“', '"', '‘']) || !whole_line {
            break;
        }
        let bare = text
            .trim_start_matches(['“', '"', '‘'])
            .trim_end()
            .trim_end_matches(['”', '"', '’']);
        words.push(bare.trim());
        taken.push(k);
        if spans[0].closed {
            break;
        }
        k += 1;
    }
    (words.join(" "), taken)
}

/// A quote left open at the end of the line at `index` that a later paragraph closes, its
/// attribution after the closing mark: `“Your refusal to back the manager is disturbing!` ⏎
/// `The season was an outrage. Sack the board too!” a Twitter user wrote.` The paragraphs in
/// between go on with the quote, reopened (as newspapers print them) or not.
fn closed_later<'t>(units: &[Unit<'t>], index: usize, claimed: &[bool]) -> Option<ClosedLater<'t>> {
    const LONGEST_QUOTE_IN_PARAGRAPHS: usize = 6;
    let mut words = Vec::new();
    let mut taken = Vec::new();
    let following = units.iter().zip(claimed).enumerate().skip(index + 1);
    for (k, (unit, &claimed)) in following.take(LONGEST_QUOTE_IN_PARAGRAPHS) {
        let Unit::Line {
            text,
            starts_paragraph: true,
            ..
        } = unit
        else {
            return None;
        };
        if claimed {
            return None;
        }
        taken.push(k);
        let reopened = text.starts_with(['“', '"']);
        let close = match reopened {
            true => spans(text).first().filter(|s| s.closed).map(|s| s.end),
            false => closing_mark(text),
        };
        let Some(end) = close else {
            words.push(text.trim_start_matches(['“', '"']).trim());
            continue;
        };
        let (quoted, tail) = text.split_at(end);
        let unmarked = quoted
            .trim_start_matches(['“', '"'])
            .trim_end_matches(['”', '"']);
        // `…owners,” another user wrote.`: the comma is the attribution's, not the quote's.
        words.push(unmarked.trim_end_matches(','));
        return Some(ClosedLater {
            words: words.join("\n"),
            units: taken,
            tail,
            tail_at: end,
        });
    }
    None
}

/// A quote's paragraphs after the line it opens in, up to the one that closes it.
struct ClosedLater<'t> {
    /// Their words up to the closing mark, without the marks.
    words: String,
    units: Vec<usize>,
    /// What follows the closing mark in the last paragraph, and where it starts there.
    tail: &'t str,
    tail_at: usize,
}

/// Just past the first mark in a paragraph that closes a quote opened in an earlier one: a
/// double closing mark after a word or punctuation, not before one.
fn closing_mark(text: &str) -> Option<usize> {
    text.char_indices().find_map(|(at, c)| {
        let previous = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        let closes = matches!(c, '”' | '"')
            && previous.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| !n.is_alphanumeric());
        closes.then_some(at + c.len_utf8())
    })
}

/// `Commenter Maria` is Maria, `Netizen Khairul Anwar Othman` is Khairul Anwar Othman: the
/// reader noun before a name says what the person is, not who.
fn without_reader_noun(name: String) -> String {
    match name.split_once(' ') {
        Some((first, rest)) if is_online_noun(&first.to_lowercase()) => rest.to_string(),
        _ => name,
    }
}

/// A handle in the quote's sentence when no clause names a speaker: the last one before the
/// quote (`Donald J. Trump (@realDonaldTrump): “…”`), else the first after it in the same
/// sentence (`“…,” another X user, Aliyu @AliyuYakubuH, wrote.`); never one that is the object
/// of a word like `to` or `tagged`.
fn near_handle(lead: &str, tail: &str) -> Option<(Speaker, bool)> {
    let tail_sentence = tail
        .find(['.', '!', '?', '“', '"'])
        .map_or(tail, |end| &tail[..end]);
    let handle_in = |text: &str, last: bool| -> Option<String> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut handles = words.iter().enumerate().filter_map(|(k, word)| {
            let handle = word
                .trim_start_matches(['(', '['])
                .strip_prefix('@')?
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '_');
            let object = k > 0 && OBJECT_WORDS.contains(&words[k - 1].to_lowercase().as_str());
            let shaped = !handle.is_empty()
                && handle
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
            (shaped && !object).then(|| handle.to_string())
        });
        match last {
            true => handles.next_back(),
            false => handles.next(),
        }
    };
    let (handle, in_tail) = match handle_in(lead, true) {
        Some(handle) => (handle, false),
        None => (handle_in(tail_sentence, false)?, true),
    };
    let around = format!("{lead} {tail_sentence}");
    let speaker = Speaker {
        who: Who::Handle(handle),
        verb: words(&around)
            .iter()
            .map(|w| w.bare.to_lowercase())
            .find(|w| is_posting_verb(w) || SPEECH_VERBS.contains(&w.as_str())),
        platform: platform_named_in(&around),
        posted: false,
        interviewee: false,
    };
    Some((speaker, in_tail))
}

/// An anonymous `speaker` named by the handle near the quote, when there is one (`another X
/// user, Aliyu @AliyuYakubuH, wrote`); any other speaker as it is.
fn named_by_handle(speaker: Speaker, lead: &str, tail: &str) -> Speaker {
    if !matches!(speaker.who, Who::Anonymous { .. }) {
        return speaker;
    }
    match near_handle(lead, tail) {
        Some((near, _)) => Speaker {
            who: near.who,
            ..speaker
        },
        None => speaker,
    }
}

/// Whether a quote's tail names its reader with the definite article (`the user exclaimed`,
/// `said the fan`): one the article has already introduced.
fn names_the_reader_again(tail: &str) -> bool {
    let words: Vec<&str> = tail
        .trim_start_matches([',', ' ', '–', '—', '-'])
        .split_whitespace()
        .take(3)
        .collect();
    // (`the man argued`: or a person's plainest noun.)
    let definite_reader = |the: &str, noun: &str| {
        let noun = noun.trim_end_matches(['.', ',']).to_lowercase();
        the == "the"
            && (is_online_noun(&noun)
                || matches!(
                    noun.as_str(),
                    "man" | "woman" | "lady" | "guy" | "gentleman"
                ))
    };
    match words.as_slice() {
        [the, noun, ..] if definite_reader(the, noun) => true,
        [_, the, noun] => definite_reader(the, noun),
        _ => false,
    }
}

/// The speaker of a lead, its pronoun resolved.
fn lead_speaker(
    lead: &str,
    line: &str,
    start: usize,
    units: &[Unit],
    index: usize,
) -> Option<Speaker> {
    let mut speaker = speaker_before(lead)?;
    if speaker.who == Who::Pronoun {
        speaker.who = resolve(line, start, units, index).unwrap_or(Who::Pronoun);
    }
    Some(speaker)
}

/// `“@Musembi13: si u Fikilie (think) no?”`, `”@prince1drake he is the reason…”`: a quote that
/// opens with a handle, as tweets were quoted whole before quote tweets, is that account's
/// post: its poster and its words after the handle, several of them. Inside a sentence the
/// handle needs its colon (`Some of the tweets include; “@Musembi13: …”`); a quote that is the
/// whole line may leave it out.
fn handle_opening_the_quote(quote_text: &str, whole_line: bool) -> Option<(Speaker, &str)> {
    const FEWEST_WORDS: usize = 3;
    // (`“@philbrookadede  Sep 16: …”`: with the day it was posted, the header's reading.)
    if super::dump::opens_with_post_header(quote_text) {
        return None;
    }
    let inner = quote_text.trim_start_matches(['“', '”', '"']);
    let (first, words) = inner.split_once(' ')?;
    let colon = first.strip_suffix(':');
    if colon.is_none() && !whole_line {
        return None;
    }
    let handle = is_handle(colon.unwrap_or(first))?;
    let words = words.trim_start();
    (words.split_whitespace().count() >= FEWEST_WORDS).then(|| {
        let speaker = Speaker {
            who: Who::Handle(handle.to_string()),
            verb: None,
            platform: Some(Platform::Twitter),
            posted: true,
            interviewee: false,
        };
        (speaker, words)
    })
}

/// `Sam Ngué describes the speech as “The speech of a lazy man who does not even know…”`: what
/// the subject called a thing, in a sentence of its own words, is its words, read as if its
/// verb stood before a colon (not `described Horton’s supporters as “god damn hypocrites”`, a
/// few words of reported speech).
fn described_in_a_sentence(lead: &str, quote_text: &str) -> Option<Speaker> {
    const SHORTEST_SENTENCE: usize = 6;
    const LONGEST_OBJECT: usize = 6;
    // (Asked of every quote no clause before it attributes: the lead's last word first.)
    let bare = lead.trim_end().strip_suffix(" as")?;
    if quote_text.split_whitespace().count() < SHORTEST_SENTENCE {
        return None;
    }
    let words: Vec<&str> = bare.split(' ').collect();
    let verb_at = (words.len().saturating_sub(LONGEST_OBJECT + 1)..words.len())
        .rev()
        .find(|&k| matches!(words[k], "described" | "describes" | "describing"))?;
    speaker_before(&format!("{}:", words[..=verb_at].join(" ")))
}

/// `One facebook user Gitz has read meaning into that. Writing on facebook:` ⏎ `“…”`: a clause
/// that is only a participle of posting, with no subject of its own, is said of the person the
/// sentence before it is about.
fn posting_participle(
    lead: &str,
    line: &str,
    start: usize,
    units: &[Unit],
    index: usize,
) -> Option<Speaker> {
    let clause = lead.trim().strip_suffix(':')?;
    let (first, rest) = clause.split_once(' ').unwrap_or((clause, ""));
    let participle = first.to_lowercase();
    let posting = matches!(
        participle.as_str(),
        "writing" | "posting" | "commenting" | "tweeting" | "replying" | "responding"
    );
    if !posting || !first.starts_with(char::is_uppercase) || rest.split_whitespace().count() > 5 {
        return None;
    }
    // Only where it was posted may follow: `on Facebook`, `in the comments`, not a subject.
    if rest
        .split_whitespace()
        .any(|word| is_handle(word).is_some())
    {
        return None;
    }
    let who = resolve(line, start, units, index)?;
    Some(Speaker {
        who,
        verb: Some(participle),
        platform: platform_named_in(rest),
        posted: true,
        interviewee: false,
    })
}

/// `Mary Wanjiku – “…”`: a whole name alone before a dash signs the quote after it, as a list
/// of comments prints each (a handle's is read by [`near_handle`]).
fn signed_before(lead: &str) -> Option<Speaker> {
    let signature = lead.trim_end().trim_end_matches(['-', '–', '—']).trim_end();
    let words = words(signature);
    let (name, end) = name_at(&words, 0)?;
    if end != words.len() || !names_one_person(&name) || platform_named_in(&name).is_some() {
        return None;
    }
    Some(Speaker {
        who: Who::Name(name),
        verb: None,
        platform: None,
        posted: false,
        interviewee: false,
    })
}

/// `JJ Omojuwa’s reaction is funny:`, `See Davido’s tweet below:`: a clause about a named
/// person's post, which the next paragraph prints; the person is its author. (`Nick
/// Carter's reaction on Pacquiao-Bradley fight result - "…"`: or what it reacts to, and a
/// dash before the quote.)
fn possessed_post(lead: &str) -> Option<Speaker> {
    const POSTS: &[&str] = &[
        "reaction", "tweet", "post", "comment", "response", "reply", "message", "caption",
    ];
    const MOST_WORDS_AFTER: usize = 3;
    const MOST_TOPIC_WORDS: usize = 8;
    let clause = lead.trim();
    let clause = [":", " -", " –", " —"]
        .iter()
        .find_map(|mark| clause.strip_suffix(mark))?;
    let (owner, after) = at_possessive(clause)?;
    let (noun, rest) = after.split_once(' ').unwrap_or((after, ""));
    let topic = ["on ", "to ", "about "]
        .iter()
        .any(|preposition| rest.starts_with(preposition))
        && rest.split_whitespace().count() <= MOST_TOPIC_WORDS;
    if !POSTS.contains(&noun) || (rest.split_whitespace().count() > MOST_WORDS_AFTER && !topic) {
        return None;
    }
    // `See`, `Here is`, `Read`: what points to the post is no part of the name.
    let owner = [
        "See ",
        "Here is ",
        "Here's ",
        "Here’s ",
        "Read ",
        "Below is ",
    ]
    .iter()
    .find_map(|pointer| owner.strip_prefix(pointer))
    .unwrap_or(owner);
    let (None, Some(name)) = super::dump::author_of(owner)? else {
        return None;
    };
    Some(Speaker {
        who: Who::Name(name),
        verb: Some(if noun == "tweet" { "tweeted" } else { "wrote" }.to_string()),
        platform: platform_named_in(rest),
        posted: true,
        interviewee: false,
    })
}

/// The person a pronoun at byte `start` of the line refers to: the previous sentence's.
fn resolve(line: &str, start: usize, units: &[Unit], index: usize) -> Option<Who> {
    let before = line[..start].trim();
    if !before.is_empty() {
        return person_before(before);
    }
    // `“…,” tweeted Husain Haqqani.` ⏎ `“…,” he said.` ⏎ `“…,” he said in another tweet.`: a
    // paragraph that is a quote and a pronoun hands on to the one before it, twice at most.
    let mut earlier = index;
    for _ in 0..3 {
        earlier = earlier.checked_sub(1)?;
        let Unit::Line { text, .. } = &units[earlier] else {
            return None;
        };
        if let Some(who) = person_before(text) {
            return Some(who);
        }
        let quoted = spans(text);
        let quote_and_pronoun = quoted.first().is_some_and(|span| span.start == 0)
            && speaker_after(&text[quoted.last().map_or(0, |span| span.end)..])
                .is_some_and(|speaker| speaker.who == Who::Pronoun);
        // (`Later that night, he posted: “…”` as much.)
        let pronoun_then_quote = quoted.first().is_some_and(|span| {
            speaker_before(&text[..span.start]).is_some_and(|speaker| speaker.who == Who::Pronoun)
        });
        if !(quote_and_pronoun || pronoun_then_quote) {
            return None;
        }
    }
    None
}

/// How much of a tail is the attribution: up to the end of its sentence.
fn tail_length(tail: &str) -> usize {
    // A sentence's end is part of the attribution; the next quote's opening mark is not.
    let end = match tail.find(['.', '!', '?', '“', '"', '”']) {
        Some(at) if tail[at..].starts_with(['.', '!', '?']) => at + 1,
        Some(at) => at,
        None => tail.len(),
    };
    let clause = &tail[..end];
    match next_clause(clause) {
        Some(at) => at + 1,
        // The next quote's clause is this one: its speaker is named here.
        None if speaker_goes_on(clause).is_some() => 0,
        None => end,
    }
}

/// `“…,” Jane Wanjiru wrote, adding: “…”`: where a clause that attributes one quote goes on
/// to introduce the same speaker's next, at the comma before the participle.
fn speaker_goes_on(clause: &str) -> Option<usize> {
    comma_before(clause, |word| {
        matches!(
            word.trim_end_matches([':', ',']),
            "adding" | "before" | "continuing" | "concluding"
        )
    })
}

/// Where one clause of an attribution ends and the next opens: at a comma before a connective
/// (`, while`, `, as`), or before a connective that only joins clauses, which runs on without
/// a comma (`a dismayed fan posted on Twitter whilst another pointed:`, `one noted before
/// another added:`).
fn next_clause(clause: &str) -> Option<usize> {
    comma_before_connective(clause)
        .or_else(|| [" whilst ", " while "].iter().find_map(|c| clause.find(c)))
        .or_else(|| {
            // (Not `posted, before adding:`: the same reader goes on.)
            clause.find(" before ").filter(|&at| {
                !clause[at + " before ".len()..]
                    .split_whitespace()
                    .next()
                    .is_some_and(the_same_reader_goes_on)
            })
        })
}

/// Whether the word after `before` goes on with the same reader (`before adding:`), where
/// any other opens the next reader's clause (`before another added:`).
fn the_same_reader_goes_on(word: &str) -> bool {
    word.trim_end_matches(':').ends_with("ing")
}

/// The first `, ` in `clause` before a connective (`, while`, `, with`, `, as`).
fn comma_before_connective(clause: &str) -> Option<usize> {
    comma_before(clause, |word| {
        CONNECTIVES.contains(&word.to_lowercase().as_str())
    })
}

/// The first `, ` in `clause` whose next word is `next_word`'s kind.
fn comma_before(clause: &str, next_word: impl Fn(&str) -> bool) -> Option<usize> {
    clause
        .match_indices(", ")
        .map(|(at, _)| at)
        .find(|&at| next_word(clause[at + 2..].split_whitespace().next().unwrap_or("")))
}

/// The record for a taken quote; `(line, start)` is where its sentence starts, for a pronoun.
fn found_from(
    (speaker, form): (Speaker, Form),
    raw_text: String,
    cues: Vec<Cue>,
    context: &Context,
    (line, start): (&str, usize),
    units: &[Unit],
    index: usize,
) -> Found {
    // (With nobody named before, a pronoun's post is still a reader's online: `The post
    // reads:` after `Commuters vented on Facebook.`)
    let who = match speaker.who {
        Who::Pronoun => resolve(line, start, units, index).unwrap_or(Who::Anonymous {
            online: speaker.posted,
        }),
        who => who,
    };
    let verb_platform = matches!(
        speaker.verb.as_deref(),
        Some("tweeted" | "tweets" | "retweeted")
    )
    .then_some(Platform::Twitter);
    let platform = speaker
        .platform
        .or(verb_platform)
        .or(context.platform)
        .unwrap_or_default();
    let (handle, display_name) = match who {
        Who::Handle(handle) => (Some(handle), None),
        // (`“…,” Wanjiru said.` under `Facebook user Jane Wanjiru`: the reader by the name
        // the article introduced, as a record of any of her posts keeps it.)
        Who::Name(name) => {
            let name = reader_introduced_above(&name, units, index).unwrap_or(name);
            (None, Some(without_reader_noun(name)))
        }
        Who::Anonymous { .. } | Who::Pronoun => (None, None),
    };
    Found {
        form,
        platform,
        handle,
        display_name,
        interviewee: speaker.interviewee,
        verb: speaker.verb.map(|v| v.to_lowercase()),
        raw_text,
        cues,
        ..Found::default()
    }
}

/// The quote that follows a line ending in a colon: the next paragraph when it opens with a
/// quote mark, running on over later paragraphs until its closing mark, and the speaker a
/// trailing handle names (`“…” @AluwaniMicheal`).
pub(super) fn quote_in_next_paragraphs(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
) -> Option<(String, Vec<usize>, Option<Speaker>)> {
    quote_in_next_paragraphs_from(units, index + 1, claimed, false)
}

/// A comment printed without quote marks in the paragraph after the clause that introduces it
/// with a colon (`Reacting, an Instagram user, mama_tobi wrote:` ⏎ `Congratulations OBO…`):
/// one paragraph that is neither an attribution nor a lead-in of its own.
fn unquoted_next_paragraph(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
) -> Option<(String, Vec<usize>, Option<Speaker>)> {
    let next = index + 1;
    let Some(Unit::Line { text, .. }) = units.get(next) else {
        return None;
    };
    let comment = !claimed[next]
        && text.len() <= LONGEST_UNQUOTED_COMMENT
        && super::dump::is_comment(text)
        && !super::attribution_shape(text);
    comment.then(|| (text.trim().to_string(), vec![next], None))
}

/// Bytes of the longest paragraph read as a comment without quote marks: longer ones are the
/// article going on.
const LONGEST_UNQUOTED_COMMENT: usize = 1000;

/// The quote that opens unit `first`, as [`quote_in_next_paragraphs`] reads it; with
/// `bulleted`, the quote may open after a bullet (an item of a list of comments, where a
/// quote under an attribution is its own paragraph).
fn quote_in_next_paragraphs_from(
    units: &[Unit],
    first: usize,
    claimed: &[bool],
    bulleted: bool,
) -> Option<(String, Vec<usize>, Option<Speaker>)> {
    let mut raw = String::new();
    let mut taken = Vec::new();
    let mut k = first;
    while let Some(Unit::Line { text, .. }) = units.get(k) {
        if claimed[k] || taken.len() >= 8 {
            break;
        }
        let first = taken.is_empty();
        // A quote goes on into the next paragraph that reopens it, as newspapers print one;
        // a line of its own paragraph that opens with a mark is the next quote of a list, and
        // the open one ends with its line.
        if !first && opens_a_quote_in_its_paragraph(units, k) {
            return Some((raw, taken, None));
        }
        // (`Albert Egot Jr. retorts:` ⏎ `“Today is dangerous…` ⏎ `Ron Chinayog reacts:` ⏎ `…`:
        // a quote left open ends before a paragraph that introduces the next one.)
        if !first && introduces_a_paragraph(units, k) {
            return Some((raw, taken, None));
        }
        // Asked of every line: one that opens with a letter has no quote at its start nor an
        // item marker before one, which its spans would only confirm.
        let may_open = text.trim_start().starts_with(|c: char| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '“' | '„'
                        | '«'
                        | '"'
                        | '”'
                        | '‘'
                        | '\''
                        | '-'
                        | '–'
                        | '—'
                        | '•'
                        | '*'
                        | '·'
                        | '▪'
                        | '◦'
                )
        });
        if first && !may_open {
            return None;
        }
        let line_spans = spans(text);
        if first
            && line_spans.first().is_none_or(|s| {
                !(s.start == 0 || (bulleted && is_item_marker(text[..s.start].trim())))
            })
        {
            return None;
        }
        // The first line is taken from its opening mark, after a bullet if it has one.
        let from = if first { line_spans[0].start } else { 0 };
        if !raw.is_empty() {
            raw.push('\n');
        }
        taken.push(k);
        match line_spans.first() {
            Some(span) if span.closed && (first || span.start != 0) => {
                let quote_text = &text[from..span.end];
                raw.push_str(quote_text);
                // (`“…angry.” She posted the following photos.`: a pronoun's sentence after
                // the quote's full stop is the article's, and the line above names who posted
                // it; `“…” @AluwaniMicheal` and `“…?” Asks a user` still attribute it.)
                let asks = quote_text
                    .trim_end_matches(['”', '"', '’', '\''])
                    .ends_with(['?', '!']);
                let tail = speaker_after(&text[span.end..]).filter(|speaker| {
                    speaker.who != Who::Pronoun
                        || asks
                        || attributed_after(quote_text, &text[span.end..])
                });
                // `Another viewer sent us this comment:` ⏎ `“…”` ⏎ `- Kim Davidson`: a quote
                // whole on its lines may be signed under them.
                let signed = (tail.is_none() && text[span.end..].trim().is_empty())
                    .then(|| signed_on_next_line(units, k, claimed))
                    .flatten()
                    .filter(|signer| matches!(signer.who, Who::Name(_) | Who::Handle(_)));
                if signed.is_some() {
                    taken.push(k + 1);
                    return Some((raw, taken, signed));
                }
                return Some((raw, taken, tail));
            }
            _ if !first && text.trim_end().ends_with(['”', '"']) => {
                raw.push_str(text);
                return Some((raw, taken, None));
            }
            _ => raw.push_str(&text[from..]),
        }
        k += 1;
    }
    (!taken.is_empty()).then_some((raw, taken, None))
}

/// A comment-section round-up's item: `richiemathu:` ⏎ `“…”`, `elikemkumordzie: “…”`,
/// `Paa Kwaw Mensah Honny: “…”`. Its author and what follows the colon.
fn list_item(line: &str) -> Option<(Who, &str)> {
    let colon = line.find(':')?;
    let author = line[..colon].trim();
    let rest = line[colon + 1..].trim_start();
    // (`Folks: if @patmartinmp swore… is real,” tweeted @Josh_Wingrove.`: a quote whose
    // opening mark was lost opens no item.)
    let quoted =
        rest.starts_with(super::OPENING_MARKS) && spans(rest).first().is_some_and(|s| s.start == 0);
    if author.is_empty() || (!rest.is_empty() && !quoted) {
        return None;
    }
    if is_numbered_label(author) {
        return Some((Who::Anonymous { online: true }, rest));
    }
    if let Some(handle) = is_handle(author) {
        return Some((Who::Handle(handle.to_string()), rest));
    }
    let username = author.len() <= 40
        && author.matches(' ').count() <= 1
        && author
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | ' '))
        && (author.starts_with(char::is_lowercase)
            // `J. Mwangi` is an initial and a name; `thabo.m` and `user_22` are usernames.
            || (!author.contains(' ')
                && author.contains(|c: char| c.is_ascii_digit() || matches!(c, '_' | '.'))));
    if username {
        return Some((Who::Handle(author.to_string()), rest));
    }
    let words = words(author);
    let all_name = (1..=5).contains(&words.len())
        && name_at(&words, 0).is_some_and(|(_, end)| end == words.len())
        && author
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'');
    if all_name {
        return Some((Who::Name(author.to_string()), rest));
    }
    // The authors round-ups print before unquoted comments stand before quoted ones too
    // (`Hlayirani-27: “…”`, `Sipho from Soweto: “…”`).
    let parsed = super::dump::colon_author(author)?;
    // (`9fingerwonder, for instance, broke the news to his dad on Father’s Day:`: a sentence
    // without a verb this reading knows names no author at its end.)
    const LONGEST_AUTHOR: usize = 8;
    if parsed.verb.is_none() && author.split_whitespace().count() > LONGEST_AUTHOR {
        return None;
    }
    // `Mbunge wa Mtama, Nape Nnauye aliandika: “…”`, `Another user, Olamide said: “…”`: with
    // a verb, the clause is an attribution, read whole (verb, platform and reader's noun) where
    // quotes are read in their line, not a list's item. So is a subject placed online without
    // one (`Facebook user Abena Serwaa: “…”`), whose platform the item would drop.
    // (A platform is read only from words that name one: without a verb or such a word, the
    // attribution reading need not run.)
    let may_attribute = parsed.verb.is_some() || platform_named_in(author).is_some();
    if may_attribute
        && speaker_before(&format!("{author}:")).is_some_and(|speaker| {
            matches!(speaker.who, Who::Name(_) | Who::Handle(_))
                && (parsed.verb.is_some() || speaker.platform.is_some())
        })
    {
        return None;
    }
    match (parsed.handle, parsed.display_name) {
        (Some(handle), _) => Some((Who::Handle(handle), rest)),
        (None, Some(name)) => Some((Who::Name(name), rest)),
        (None, None) => None,
    }
}

/// `Comment 2`, `Reply #3`, `Tweet 4`: a round-up's label for an anonymous reader's item.
fn is_numbered_label(author: &str) -> bool {
    author.split_once(' ').is_some_and(|(noun, number)| {
        matches!(
            noun.to_lowercase().as_str(),
            "comment" | "reply" | "response" | "tweet" | "post"
        ) && {
            let digits = number.trim_start_matches('#');
            (1..=3).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
        }
    })
}

/// A round-up item at `index` with its quote (inline or in the next paragraph).
pub(super) fn listed(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    let Unit::Line { text, .. } = units[index] else {
        return None;
    };
    let (who, rest) = list_item(text)?;
    let (raw, taken) = if rest.is_empty() {
        let (raw, taken, _) = quote_in_next_paragraphs(units, index, claimed)?;
        (raw, taken)
    } else {
        (rest.to_string(), Vec::new())
    };
    let (handle, display_name) = match who {
        Who::Handle(handle) => (Some(handle), None),
        Who::Name(name) => (None, Some(name)),
        _ => (None, None),
    };
    Some(InLine {
        found: vec![Found {
            form: Form::ListItem,
            platform: context.platform.unwrap_or_default(),
            cues: context.cues_with([(handle.is_some(), Cue::Handle), (true, Cue::RoundUp)]),
            handle,
            display_name,
            raw_text: raw,
            ..Found::default()
        }],
        units: taken,
    })
}

/// At least this many quoted blocks in a row, none attributed, make a round-up of comments.
const SHORTEST_ROUND_UP: usize = 3;

/// Right under a line that announces a list of comments (`Below are some of the comments from
/// his followers:`), two blocks are a round-up: the announcement says what they are.
const SHORTEST_ANNOUNCED_ROUND_UP: usize = 2;

/// A round-up of unattributed comments, as roundups of Reddit threads print them: quoted blocks
/// in a row from `index`, each one or more paragraphs from its opening mark to its closing one,
/// with no speaker. A lone quoted paragraph is a statement continued, never a round-up.
pub(super) fn round_up(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
    (listed_above, after_an_anonymous_reader): (bool, bool),
) -> Option<InLine> {
    let mut found = Vec::new();
    let mut taken = Vec::new();
    let mut start = index;
    while let Some((raw, block)) = standalone_block(units, start, claimed) {
        found.push(Found {
            form: Form::RoundUp,
            platform: context.platform.unwrap_or_default(),
            raw_text: raw,
            cues: context.cues_with([(true, Cue::RoundUp)]),
            ..Found::default()
        });
        start = block.last().map_or(start, |last| last + 1);
        taken.extend(block);
    }
    // `“…,” another Kenyan said.` ⏎ `“Raila is a real burden…”`: right after an anonymous
    // reader's quote, a quoted paragraph alone is the next reader's.
    let shortest = match (listed_above, after_an_anonymous_reader) {
        (_, true) => 1,
        (true, false) => SHORTEST_ANNOUNCED_ROUND_UP,
        (false, false) => SHORTEST_ROUND_UP,
    };
    if found.len() < shortest {
        return None;
    }
    taken.retain(|&unit| unit != index);
    Some(InLine {
        found,
        units: taken,
    })
}

/// The quoted block that starts at unit `start`, closed and with nothing after its closing mark.
/// (Whether the unit is free and opens with a quote, after a bullet or not, is the reader's
/// first test.)
fn standalone_block(
    units: &[Unit],
    start: usize,
    claimed: &[bool],
) -> Option<(String, Vec<usize>)> {
    let (raw, mut taken, tail) = quote_in_next_paragraphs_from(units, start, claimed, true)?;
    // (`“The ancestors are with us.` ⏎ `“Keep it up, Boks.”`: a quote left open ends where the
    // next line of its paragraph opens another.)
    let closed = raw.trim_end().ends_with(['”', '"', '’'])
        || taken
            .iter()
            .max()
            .is_some_and(|&last| opens_a_quote_in_its_paragraph(units, last + 1));
    if tail.is_some() || !closed || named_after(units, &taken) || said_after(units, &taken) {
        return None;
    }
    taken.sort_unstable();
    Some((raw, taken))
}

/// Whether the line at `k` is a paragraph of its own words that ends in a colon, introducing
/// what follows (`Ron Chinayog reacts:`), where a quote running on would reopen with a mark.
fn introduces_a_paragraph(units: &[Unit], k: usize) -> bool {
    matches!(units.get(k), Some(Unit::Line { text, starts_paragraph: true, .. })
        if text.trim_end().ends_with(':') && !text.starts_with(['“', '"', '‘', '\'']))
}

/// Whether the line at `k` goes on its paragraph (it opens none) with an opening quote mark.
fn opens_a_quote_in_its_paragraph(units: &[Unit], k: usize) -> bool {
    matches!(units.get(k), Some(Unit::Line { text, starts_paragraph: false, .. })
        if text.starts_with(['“', '"']))
}

/// `“…,” the witness said.`, `“…?” the prosecutor asked.`: a clause with a verb of saying
/// after the quote's closing mark attributes the block to someone, whom no reading of a reader
/// recognized; it is no unattributed comment.
fn said_after(units: &[Unit], taken: &[usize]) -> bool {
    const LONGEST_ATTRIBUTION: usize = 6;
    let Some(Unit::Line { text, .. }) = taken.iter().max().map(|&last| &units[last]) else {
        return false;
    };
    let Some(close) = text.rfind(['”', '"', '’']) else {
        return false;
    };
    let clause = text[close..].trim_start_matches(['”', '"', '’']);
    let clause = clause.split(['.', '!', '?']).next().unwrap_or_default();
    // (`“…,” the Treasury said in a note to banks.`: the verb comes early, whatever follows it.)
    words(clause).iter().take(LONGEST_ATTRIBUTION).any(|w| {
        matches!(
            verb_kind(Some(&w.bare.to_lowercase())),
            VerbKind::Speech | VerbKind::Posting
        )
    })
}

/// `“…” – Mr Turnbull`, `“…” Hafez Kassem, president of Muslims Australia.`: a name printed
/// after the quote's closing mark with a title, an office or a trade and no verb attributes
/// the block to a source quoted as one (a reader's signature, `"…" Steve Wright`, names no
/// office); it is no unattributed comment.
fn named_after(units: &[Unit], taken: &[usize]) -> bool {
    let Some(Unit::Line { text, .. }) = taken.iter().max().map(|&last| &units[last]) else {
        return false;
    };
    let Some(close) = text.rfind(['”', '"', '’']) else {
        return false;
    };
    let after = text[close..]
        .trim_start_matches(['”', '"', '’'])
        .trim_start_matches([' ', '–', '—', '-'])
        .trim_start();
    let words = words(after);
    words
        .first()
        .is_some_and(|first| starts_uppercase(first.bare))
        && name_at(&words, 0).is_some()
        && words.iter().take(8).any(|w| trade_office_or_title(w.bare))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(line: &str) -> Vec<&str> {
        spans(line).iter().map(|s| &line[s.start..s.end]).collect()
    }

    #[test]
    fn spans_of_every_kind_of_mark() {
        assert_eq!(quoted("He said, “Yes.” Then “no”"), ["“Yes.”", "“no”"]);
        assert_eq!(
            quoted(r#"A "straight" one and "mixed”"#),
            ["\"straight\"", "\"mixed”"]
        );
        assert_eq!(
            quoted("@AbdulKadiirrrr, ”Good. However.”"),
            ["”Good. However.”"]
        );
        assert_eq!(
            quoted("Dubey: 'You know what's funny? Two mics.'"),
            ["'You know what's funny? Two mics.'"]
        );
        assert_eq!(quoted("the '90s kids don't care"), Vec::<&str>::new());
        assert_eq!(quoted("“Left open to the end"), ["“Left open to the end"]);
        assert_eq!(
            quoted("Aremo says: “It will be wise to pass the same law.’’ Joseph: “Yes''"),
            ["“It will be wise to pass the same law.’’", "“Yes''"]
        );
        assert_eq!(
            quoted("Un utente ha scritto “Ma per favore!“. Sono “tanti“ e “altri"),
            ["“Ma per favore!“", "“tanti“", "“altri"]
        );
        // Guillemets (lead byte 0xC2, searched on their own) in order with the other marks,
        // after a no-break space (also 0xC2) and inside a curly quote.
        assert_eq!(
            quoted("Él dijo\u{a0}«Sí» y “no”, «bueno» — “Hola «amigo» adiós” y «fin"),
            ["«Sí»", "“no”", "«bueno»", "“Hola «amigo» adiós”", "«fin"]
        );
        // A single mark closed by a double one ends there, so the quotes after it are read
        // (an apostrophe inside is no close); a double quote inside a single one keeps its own
        // closing mark.
        assert_eq!(
            quoted("C said, ‘way to go.  Fight on.”  P said, “What’s happening?”"),
            ["‘way to go.  Fight on.”", "“What’s happening?”"]
        );
        assert_eq!(
            quoted("She wrote: ‘He said “no” and left’ at once"),
            ["‘He said “no” and left’"]
        );
        // Straight marks inside a curly quote are a quote inside it; one after the last word
        // still closes it.
        assert_eq!(
            quoted(r#"“She gets "Special Leave"? Really "special" hey?” one wrote. “Yes.""#),
            [
                r#"“She gets "Special Leave"? Really "special" hey?”"#,
                r#"“Yes.""#
            ]
        );
        // So are curly marks inside a curly quote; where the outer one is never closed, the
        // quote ends at the inner one's close, as it did before nesting was read.
        assert_eq!(
            quoted("@x said, “According to him, “Many of you tweet on WhatsApp”. And he wants to lead?”"),
            ["“According to him, “Many of you tweet on WhatsApp”. And he wants to lead?”"]
        );
        assert_eq!(
            quoted("She wrote “Many of you “tweet on WhatsApp” and left"),
            ["“Many of you “tweet on WhatsApp”"]
        );
        // A closing mark after a comma opens a quote only after a verb or before a word: after
        // any other word it closes a quote opened on a line above, and the quotes after it
        // keep their own marks.
        assert_eq!(
            quoted("He stated,” You will agree.” Timothy wrote,”When?”"),
            ["” You will agree.”", "”When?”"]
        );
        assert_eq!(
            quoted("Thank you,” one user wrote. Another asked: “Ao Mr President?”"),
            ["Thank you,”", "“Ao Mr President?”"]
        );
        // A line opening with words whose first mark closes a clause before the words that
        // say who spoke: the quote's opening mark was lost. (Not before a capital, nor after
        // a word.)
        assert_eq!(
            quoted(r#"Awful day here," one user wrote. "The market was cancelled.""#),
            [r#"Awful day here,""#, r#""The market was cancelled.""#]
        );
        assert_eq!(
            quoted("He is 6'2\" tall, one fan wrote."),
            Vec::<&str>::new()
        );
    }

    fn who_before(lead: &str) -> Option<(Who, Option<String>)> {
        speaker_before(lead).map(|s| (s.who, s.verb))
    }

    fn name(n: &str) -> Who {
        Who::Name(n.to_string())
    }

    #[test]
    fn subjects_with_any_verb_and_words_between() {
        let online = Who::Anonymous { online: true };
        let other = Who::Anonymous { online: false };
        for (lead, who, verb) in [
            ("One viewer bluntly replied,", online.clone(), "replied"),
            (
                "A second commenter took a gentler line, writing,",
                online.clone(),
                "writing",
            ),
            ("One fan wrote, for instance,", online.clone(), "wrote"),
            (
                "Another follower angrily wrote to the actor,",
                online.clone(),
                "wrote",
            ),
            ("One user on X wrote,", online.clone(), "wrote"),
            ("Another Tweetheart blamed,", online.clone(), "blamed"),
            ("as one frustrated viewer moaned:", online.clone(), "moaned"),
            (
                "Another, in sheer disbelief, typed:",
                other.clone(),
                "typed",
            ),
            (
                "Someone else laughed as they wrote:",
                other.clone(),
                "wrote",
            ),
            ("Another reportedly said:", other.clone(), "said"),
            ("Here's a local guy who writes,", other.clone(), "writes"),
            (
                "Ama Serwaa, a Facebook user wrote;",
                name("Ama Serwaa"),
                "wrote",
            ),
            ("Finally, one viewer sighed:", online.clone(), "sighed"),
            (
                "Ama Serwaa who was not happy wrote:",
                name("Ama Serwaa"),
                "wrote",
            ),
            ("Pablo Floky said,", name("Pablo Floky"), "said"),
            (
                "Replying to one of her posts, one Nkem Diana wrote,",
                name("Nkem Diana"),
                "wrote",
            ),
            (
                "One Twitter user, Khaya Sishuba, raised an important point:",
                name("Khaya Sishuba"),
                "raised",
            ),
            ("Another Instagram, Eth, wrote,", name("Eth"), "wrote"),
            (
                "a reply came in from Tony Turner,",
                name("Tony Turner"),
                "came in",
            ),
            (
                "Gishen Gicheru Mbugua jumped in,",
                name("Gishen Gicheru Mbugua"),
                "jumped in",
            ),
            ("Twitter user Sam Okoro said:", name("Sam Okoro"), "said"),
            (
                "Others like Marie Mary also wrote,",
                name("Marie Mary"),
                "wrote",
            ),
            (
                "Our editorial on the levy prompted this reaction from Kelly Fielding:",
                name("Kelly Fielding"),
                "reaction",
            ),
            (
                "Sprinter and three-time Olympic medallist Andre de Grasse of Markham, Ont., \
                 drew the ire of some fans who were worried he'd jinxed the Raptors when he \
                 tweeted",
                name("Andre de Grasse"),
                "tweeted",
            ),
        ] {
            assert_eq!(
                who_before(lead),
                Some((who, Some(verb.to_string()))),
                "{lead}"
            );
        }
        assert_eq!(
            who_before("Wanjiru Kamau's post on Facebook said,").map(|s| s.0),
            Some(name("Wanjiru Kamau"))
        );
        assert_eq!(
            who_before("Wanjiru Kamau's reaction:").map(|s| s.0),
            Some(name("Wanjiru Kamau"))
        );
        assert_eq!(
            who_before("A comment from Raveesha Sathsarani said,").map(|s| s.0),
            Some(name("Raveesha Sathsarani"))
        );
        assert_eq!(
            who_before("Someone with the handle BasioMeusPuga added:").map(|s| s.0),
            Some(Who::Handle("BasioMeusPuga".into()))
        );
        assert_eq!(
            who_before("@renoomokri,").map(|s| s.0),
            Some(Who::Handle("renoomokri".into()))
        );
        for not_a_speaker in [
            "The health commission said in a statement that",
            "noting in a support doc that after",
            "Others dubbed it as",
            "The TTPS statement quotes him directly",
        ] {
            assert_eq!(who_before(not_a_speaker), None, "{not_a_speaker}");
        }
    }

    #[test]
    fn speakers_after_the_quote() {
        for (tail, who) in [
            (", tweeted Jairuso.", name("Jairuso")),
            (" Jairuso tweeted.", name("Jairuso")),
            (
                " raged a third, the juice seemingly not worth it.",
                Who::Anonymous { online: false },
            ),
            (" exclaimed another.", Who::Anonymous { online: false }),
            (" commented the user.", Who::Anonymous { online: true }),
            (
                " one comment read, while another",
                Who::Anonymous { online: true },
            ),
            (
                " replies a user named QuietOtter42 (+12 karma).",
                Who::Handle("QuietOtter42".into()),
            ),
            (" @RiaanSmiley", Who::Handle("RiaanSmiley".into())),
            // A description of up to four lower-case words before the name.
            (
                " said Olympic ice dance gold medalist Scott Moir of Ilderton, Ont.",
                name("Scott Moir"),
            ),
            // The description's noun right before the name, after other descriptions.
            (
                ", popular human rights lawyer Inibehe Effiong tweeted.",
                name("Inibehe Effiong"),
            ),
            (
                " wrote artist Teuku Wisnu in his comment.",
                name("Teuku Wisnu"),
            ),
            // A username of letters only after a reader noun, where the verb follows it; a
            // site's name before the noun.
            (
                " Digitalspy forum user stehayn commented",
                Who::Handle("stehayn".into()),
            ),
            // A first name ending in `s` is no verb in the third person.
            (" Barnabas Cyrus tweeted.", name("Barnabas Cyrus")),
            (" Thomas Okoye said.", name("Thomas Okoye")),
            (
                " Asks a user named CheesecakeRaccoon",
                Who::Handle("CheesecakeRaccoon".into()),
            ),
        ] {
            assert_eq!(speaker_after(tail).map(|s| s.who), Some(who), "{tail}");
        }
    }

    #[test]
    fn interviewees_and_unresolved_pronouns() {
        let vox_pop = speaker_before("Isabel Farrell, 75, voted to remain:").expect("a speaker");
        assert!(vox_pop.interviewee);
        assert!(is_candidate(&vox_pop));
        let said = speaker_after(", Tang said.").expect("a speaker");
        assert!(!said.interviewee);
        let pronoun = speaker_after(", she said.").expect("a speaker");
        assert!(!is_candidate(&pronoun));
        // Another outlet's interviewee, not the reader the article named before.
        let relayed = speaker_after(
            ", the ABC news quoted George Murrell, a resident of Wentworth, as saying.",
        )
        .expect("a speaker");
        assert_eq!(relayed.who, name("George Murrell"));
        assert!(relayed.interviewee);
    }

    #[test]
    fn pronouns_point_to_the_previous_sentence() {
        assert_eq!(
            person_before("One user questioned the man’s business ethics."),
            Some(Who::Anonymous { online: true })
        );
        assert_eq!(
            person_before("The result confused comic James Corden, who hosts The Late Late Show in the United States."),
            Some(name("James Corden"))
        );
        assert_eq!(
            person_before("The U.S. Ambassador to India Mr Ken Juster also posted a tweet."),
            Some(name("Ken Juster"))
        );
        assert_eq!(
            person_before(
                "Jack Dorsey, the co-founder of Twitter, seems very happy about this. Not just \
                 happy, happy enough to share the soundtrack, “Everything In Its Right Place” \
                 along with a series of Tweets."
            ),
            Some(name("Jack Dorsey"))
        );
        assert_eq!(
            person_before(
                "“Pakistan has gained nothing out of it,” tweeted Husain Haqqani, former \
                 Pakistani Ambassador to the US."
            ),
            Some(name("Husain Haqqani"))
        );
        assert_eq!(
            person_before(
                "Sprinter and three-time Olympic medallist Andre de Grasse of Markham, Ont., \
                 drew the ire of some fans who were worried he'd jinxed the Raptors when he \
                 tweeted"
            ),
            Some(name("Andre de Grasse"))
        );
    }
}
