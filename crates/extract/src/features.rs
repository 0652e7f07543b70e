//! What the [`decision`](crate::decision) sees of a candidate: the shape it was found in, who
//! speaks and with what verb, what the article says around it, and the shape of its text.
//!
//! Every feature is read from the attribution and the article around the quote, never from the
//! words inside it: readers write in Swahili, Zulu, Pidgin or Yoruba as often as in English, and
//! a decision that leaned on English words in the quote would fail them. The text contributes
//! only its form (quote marks, length, emoji, lines).
//!
//! [`FEATURE_NAMES`] is derived from the function that computes the values, so the list of names and the order of
//! the values cannot drift apart; the decision file stores the names beside its weights.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::find::{quoted, Form, Found, OPENING_MARKS};
use crate::vocabulary::{self, VerbKind};
use crate::{Cue, Platform};

/// Where a candidate stands in its article, beyond what its [`Found`] records.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Setting<'a> {
    /// The line the candidate's speaker was read from (its attribution, or the quote's own line).
    pub attribution: &'a str,
    /// The line before it, where the article often names the platform or the occasion.
    pub previous: &'a str,
    /// Lines since the article last announced reactions, if it has.
    pub since_announcement: Option<usize>,
    /// The article announces reactions somewhere (`Here is what readers said:`).
    pub article_announces: bool,
    /// The candidate before or after it was found in the same shape: one of a run.
    pub in_run: bool,
    /// How many candidates the article has.
    pub candidates_in_article: usize,
    /// How many of them share this one's shape.
    pub same_form_in_article: usize,
    /// The verb of the candidate before it in the article, if it had one.
    pub previous_verb: Option<&'a str>,
}

/// The feature names, in the order of a candidate's values ([`Candidate::features`]).
///
/// [`Candidate::features`]: crate::find::Candidate::features
pub static FEATURE_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut names = vec![];
    named(&Found::default(), &Setting::default(), |name, _| {
        names.push(name)
    });
    names
});

/// The candidate's feature values, in the order of [`FEATURE_NAMES`].
pub(crate) fn values(found: &Found, setting: &Setting) -> Vec<f64> {
    let mut values = Vec::with_capacity(FEATURE_NAMES.len());
    named(found, setting, |_, on| {
        values.push(if on { 1.0 } else { 0.0 })
    });
    values
}

/// Hands each feature's name and value to `feature`, in order: one function for both, so that
/// the names and the values cannot drift apart, and no list of pairs is built per candidate.
fn named(found: &Found, setting: &Setting, mut feature: impl FnMut(&'static str, bool)) {
    let has = |cue: Cue| found.cues.contains(&cue);
    // `said in a tweet`, `said on Facebook`: speech in a post is posting, and so is what an
    // online reader says (`said another reader`, `one user said`).
    // So is what is said with a hashtag or to an account (`“… @JustinTrudeau … #RealChange,”
    // said Waterman`): only a post carries those.
    // `Godfrey Mwale added: “…”` after `Gwen Malambo advised: “…”`: a verb that goes on from
    // the quote before says what that one's verb said.
    let goes_on = matches!(found.verb.as_deref(), Some("added" | "adds" | "continued"));
    let own_verb = match setting.previous_verb {
        Some(previous) if goes_on => Some(previous),
        _ => found.verb.as_deref(),
    };
    let verb = match vocabulary::verb_kind(own_verb) {
        VerbKind::Speech
            if has(Cue::PostingPlace)
                || has(Cue::PostingVerb)
                || has(Cue::OnlineReader)
                || is_tagged(&found.raw_text) =>
        {
            VerbKind::Posting
        }
        kind => kind,
    };
    let speaker = speaker_kind(found);
    // The attribution's words outside any quote and outside the candidate's own text: the
    // quote's own words are not evidence.
    let outside = outside_quotes(setting.attribution, found.raw_text.trim());
    let outside_words = WordClass::of_line(&outside);
    // The previous line's quoted words are a reader's or a source's, not the article's
    // setting (`Utolason asks: “Is there still a police force?”` sets no statement).
    let previous_words = WordClass::of_line(&quoted::without_quotes(setting.previous));
    let text = found.raw_text.trim();
    let length = text.chars().count();
    let platform_named = (outside_words | previous_words) & WordClass::PLATFORM != 0;
    // Nothing says this is online: no announcement, no reactions before it, no readers, no
    // platform, no posting. Alone it means little; with a speaker who could be anyone
    // interviewed it is the mark of reported speech.
    let unsupported = !(has(Cue::Announced)
        || has(Cue::FollowsReactions)
        || has(Cue::ReadersNamed)
        || has(Cue::PostingPlace)
        || platform_named
        || verb == VerbKind::Posting);
    let weak_speaker = matches!(
        speaker,
        SpeakerKind::Anonymous
            | SpeakerKind::OneWordName
            | SpeakerKind::FullName
            | SpeakerKind::Nobody
    );
    for form in Form::ALL {
        feature(form.feature_name(), found.form == form);
    }
    for kind in SpeakerKind::ALL {
        feature(kind.feature_name(), speaker == kind);
    }
    for kind in VerbKind::ALL {
        feature(kind.feature_name(), verb == kind);
    }
    for (name, on) in [
        ("cue:posting-place", has(Cue::PostingPlace)),
        ("cue:announced", has(Cue::Announced)),
        ("cue:follows-reactions", has(Cue::FollowsReactions)),
        ("cue:readers-named", has(Cue::ReadersNamed)),
        ("cue:round-up", has(Cue::RoundUp)),
        (
            "setting:interview",
            outside_words & (WordClass::REPORTING_SETTING | WordClass::INTERVIEWING_VERB) != 0,
        ),
        ("setting:office", outside_words & WordClass::OFFICE != 0),
        (
            // `coach X told reporters: “…”` ⏎ `“…,” he added.`: a statement going on.
            "setting:statement-before",
            verb != VerbKind::Posting
                && previous_words
                    & (WordClass::REPORTING_SETTING
                        | WordClass::INTERVIEWING_VERB
                        | WordClass::OFFICE)
                    != 0,
        ),
        (
            "speaker:titled",
            found
                .display_name
                .as_deref()
                .is_some_and(vocabulary::is_title),
        ),
        (
            "speaker:interviewee",
            found.interviewee || vocabulary::has_age(&outside),
        ),
        ("setting:platform-named", platform_named),
        ("setting:unsupported", unsupported),
        (
            "setting:unsupported-weak-speaker",
            unsupported && weak_speaker,
        ),
        (
            "setting:unsupported-unquoted",
            unsupported && !text.starts_with(OPENING_MARKS),
        ),
        (
            "setting:reader-noun-before",
            previous_words & WordClass::READER_NOUN != 0,
        ),
        (
            "setting:announced-close",
            setting.since_announcement.is_some_and(|d| d <= 3),
        ),
        (
            "setting:announced-far",
            setting.since_announcement.is_some_and(|d| d > 3),
        ),
        ("setting:article-announces", setting.article_announces),
        ("setting:in-run", setting.in_run),
        (
            "setting:many-candidates",
            setting.candidates_in_article >= 6,
        ),
        ("setting:form-repeated", setting.same_form_in_article >= 3),
        ("text:quote-marks", text.starts_with(OPENING_MARKS)),
        ("text:short", length < 25),
        ("text:long", length > 300),
        ("text:emoji", text.chars().any(is_emoji)),
        ("text:several-lines", text.contains('\n')),
    ] {
        feature(name, on);
    }
}

/// Whether a text carries a hashtag or mentions an account (`#RealChange`, `@JustinTrudeau`),
/// not glued to a word before it (an e-mail address, `C#`).
fn is_tagged(text: &str) -> bool {
    text.match_indices(['#', '@']).any(|(at, _)| {
        let glued = text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        !glued
            && text[at + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
    })
}

/// The word lists the features ask about, as bits, so that each word of a line is looked up
/// once rather than compared with every list (this was a fifth of the extraction's time).
struct WordClass;

impl WordClass {
    const REPORTING_SETTING: u8 = 1;
    const INTERVIEWING_VERB: u8 = 1 << 1;
    const OFFICE: u8 = 1 << 2;
    const PLATFORM: u8 = 1 << 3;
    /// An online reader's noun, or a reader's post: replies and comments are readers' posts;
    /// `comment` and `response` are as often the story's own words (`declined to comment`,
    /// `the council's response`).
    const READER_NOUN: u8 = 1 << 4;

    /// The classes of the words of a line, in any case, together, as [`vocabulary::words_of`]
    /// the lower-cased line would give them. The line is read in place, and only an ASCII word
    /// whose length and first letter a listed word has is packed lower-cased, in one go
    /// ([`packed_lower`]): lower-casing every line into a new string and hashing its words,
    /// twice a candidate, was a tenth of the text extraction bench; storing every byte into a
    /// packed word as it went by, a twentieth. A stretch with other characters between two
    /// ASCII separators is lower-cased on its own: lower-casing does not move ASCII bytes, and
    /// only a sigma's depends on its neighbours (no listed word has one).
    fn of_line(line: &str) -> u8 {
        let table = &*CLASSES;
        let bytes = line.as_bytes();
        let mut classes = 0;
        let (mut start, mut ascii) = (0, true);
        // A space after the line ends its last word.
        for at in 0..=bytes.len() {
            let byte = bytes.get(at).copied().unwrap_or(b' ');
            if !byte.is_ascii() {
                ascii = false;
                continue;
            }
            if byte.is_ascii_alphanumeric() {
                continue;
            }
            let length = at - start;
            if !ascii {
                let lower = line[start..at].to_lowercase();
                classes |= vocabulary::words_of(&lower)
                    .filter_map(|word| packed(word.as_bytes()))
                    .fold(0, |classes, key| classes | table.classes(key));
            } else if (1..=PACKED_BYTES).contains(&length) && table.may_hold(length, bytes[start]) {
                classes |= table.classes(packed_lower(bytes, start, length));
            }
            (start, ascii) = (at + 1, true);
        }
        classes
    }
}

/// The ASCII letters and digits `bytes[start..start + length]` (`length` at most
/// [`PACKED_BYTES`]), lower-cased and [`packed`]: read as one load where the line holds
/// sixteen bytes from `start`, and lower-cased by setting bit 5 of every byte, which a digit
/// has already.
fn packed_lower(bytes: &[u8], start: usize, length: usize) -> u128 {
    let mut word = [0u8; PACKED_BYTES];
    match bytes.get(start..start + PACKED_BYTES) {
        Some(sixteen) => word.copy_from_slice(sixteen),
        None => word[..length].copy_from_slice(&bytes[start..start + length]),
    }
    let mask = u128::MAX >> (8 * (PACKED_BYTES - length));
    (u128::from_le_bytes(word) | u128::from_le_bytes([0x20; PACKED_BYTES])) & mask
}

/// The longest word [`packed`] holds: longer than any listed word.
const PACKED_BYTES: usize = 16;

/// A word's bytes as one integer, first byte lowest; no word holds a NUL byte, so two words
/// pack alike only when they are the same.
fn packed(word: &[u8]) -> Option<u128> {
    let mut bytes = [0u8; PACKED_BYTES];
    bytes.get_mut(..word.len())?.copy_from_slice(word);
    Some(u128::from_le_bytes(bytes))
}

/// Every listed word, packed, with its classes, in an open-addressed table of a power of two
/// slots (the empty key 0 marks a free one), a few times more than the words and small enough
/// to stay in the first-level cache; and which first letters each length of word has, which
/// turns most words of a line away before their look-up.
struct ClassTable {
    keys: Vec<u128>,
    classes: Vec<u8>,
    /// Bit `b & 31` of the entry at a length is set when a listed word of that length begins
    /// with the byte `b`: the mask drops bit 5, the only one in which an ASCII letter's two
    /// cases differ.
    first_bytes: [u32; PACKED_BYTES + 1],
}

impl ClassTable {
    const SLOT_BITS: u32 = 9;

    fn slot(key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(31);
        (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::SLOT_BITS)) as usize
    }

    fn may_hold(&self, length: usize, first: u8) -> bool {
        self.first_bytes[length] & (1 << (first & 31)) != 0
    }

    fn classes(&self, key: u128) -> u8 {
        let mask = self.keys.len() - 1;
        let mut at = Self::slot(key);
        loop {
            match self.keys[at] {
                listed if listed == key => return self.classes[at],
                0 => return 0,
                _ => at = (at + 1) & mask,
            }
        }
    }

    fn add(&mut self, word: &[u8], classes: u8) {
        let key = packed(word).unwrap_or_else(|| panic!("{word:?}: too long to pack"));
        let mask = self.keys.len() - 1;
        let mut at = Self::slot(key);
        while self.keys[at] != key && self.keys[at] != 0 {
            at = (at + 1) & mask;
        }
        self.keys[at] = key;
        self.classes[at] |= classes;
        self.first_bytes[word.len()] |= 1 << (word[0] & 31);
    }
}

/// Every word the features ask about, with its class (a word of several lists comes once for
/// each).
fn listed_words() -> impl Iterator<Item = (&'static str, u8)> {
    let lists: [(&[&'static str], u8); 5] = [
        (vocabulary::REPORTING_SETTINGS, WordClass::REPORTING_SETTING),
        (vocabulary::INTERVIEWING_VERBS, WordClass::INTERVIEWING_VERB),
        (vocabulary::OFFICE_WORDS, WordClass::OFFICE),
        (vocabulary::ONLINE_READERS, WordClass::READER_NOUN),
        (&["reply", "replies", "comments"], WordClass::READER_NOUN),
    ];
    let platform_words = Platform::words().map(|(word, _)| (word, WordClass::PLATFORM));
    lists
        .into_iter()
        .flat_map(|(words, class)| words.iter().map(move |word| (*word, class)))
        .chain(platform_words)
}

static CLASSES: LazyLock<ClassTable> = LazyLock::new(|| {
    let mut table = ClassTable {
        keys: vec![0; 1 << ClassTable::SLOT_BITS],
        classes: vec![0; 1 << ClassTable::SLOT_BITS],
        first_bytes: [0; PACKED_BYTES + 1],
    };
    for (word, class) in listed_words() {
        // Lines are read as lower-cased words of letters and digits, a sigma's case unknown.
        assert!(
            !word.is_empty()
                && word.chars().all(char::is_alphanumeric)
                && word.to_lowercase() == word
                && !word.contains(['σ', 'ς']),
            "{word:?}: not a lower-case word"
        );
        table.add(word.as_bytes(), class);
    }
    table
});

/// Who a candidate's speaker is, as far as the record says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SpeakerKind {
    Handle,
    FullName,
    OneWordName,
    OnlineReader,
    Anonymous,
    Nobody,
}

impl SpeakerKind {
    const ALL: [SpeakerKind; 6] = [
        SpeakerKind::Handle,
        SpeakerKind::FullName,
        SpeakerKind::OneWordName,
        SpeakerKind::OnlineReader,
        SpeakerKind::Anonymous,
        SpeakerKind::Nobody,
    ];

    fn feature_name(self) -> &'static str {
        match self {
            SpeakerKind::Handle => "speaker:handle",
            SpeakerKind::FullName => "speaker:full-name",
            SpeakerKind::OneWordName => "speaker:one-word-name",
            SpeakerKind::OnlineReader => "speaker:online-reader",
            SpeakerKind::Anonymous => "speaker:anonymous",
            SpeakerKind::Nobody => "speaker:nobody",
        }
    }
}

fn speaker_kind(found: &Found) -> SpeakerKind {
    match (&found.handle, &found.display_name) {
        (Some(_), _) => SpeakerKind::Handle,
        (None, Some(name)) if name.trim().contains(' ') => SpeakerKind::FullName,
        (None, Some(name)) if is_joined_username(name.trim()) => SpeakerKind::Handle,
        (None, Some(_)) => SpeakerKind::OneWordName,
        (None, None) if found.cues.contains(&Cue::OnlineReader) => SpeakerKind::OnlineReader,
        (None, None) if found.verb.is_some() => SpeakerKind::Anonymous,
        (None, None) => SpeakerKind::Nobody,
    }
}

/// `SwindonDeb`, `SusahKes`: words run together into one, each capitalized, as an account's
/// name is, where a name's own inner capital follows a short prefix (`McDonald`, `MacKenzie`,
/// `LeBron`, `DiCaprio`).
pub(crate) fn is_joined_username(name: &str) -> bool {
    const SHORTEST_FIRST_WORD: usize = 4;
    let mut chars = name.char_indices();
    let starts_capitalized = chars.next().is_some_and(|(_, c)| c.is_uppercase());
    let inner_capital = chars
        .clone()
        .zip(chars.skip(1))
        .find(|((_, before), (_, c))| before.is_lowercase() && c.is_uppercase())
        .map(|(_, (at, _))| at);
    starts_capitalized
        && name.chars().all(char::is_alphabetic)
        && inner_capital.is_some_and(|at| name[..at].chars().count() >= SHORTEST_FIRST_WORD)
}

/// `line` with every quoted span and the candidate's own `text` cut out.
fn outside_quotes<'a>(line: &'a str, text: &str) -> Cow<'a, str> {
    match first_occurrence(line, text) {
        Some(at) => {
            let mut cut = String::with_capacity(line.len() + 1 - text.len());
            cut.push_str(&line[..at]);
            cut.push(' ');
            cut.push_str(&line[at + text.len()..]);
            Cow::Owned(quoted::without_quotes(&cut).into_owned())
        }
        None => quoted::without_quotes(line),
    }
}

/// Where non-empty `text` first occurs in `line`. A line of a paragraph or less is searched by
/// its first byte, the rest compared where it occurs: a searcher's set-up for each candidate
/// (`str::find`'s, `memmem`'s) cost more than the search.
fn first_occurrence(line: &str, text: &str) -> Option<usize> {
    const SHORT_LINE: usize = 1024;
    let (line, text) = (line.as_bytes(), text.as_bytes());
    let &first = text.first()?;
    let last_start = line.len().checked_sub(text.len())?;
    if line.len() > SHORT_LINE {
        return memchr::memmem::find(line, text);
    }
    memchr::memchr_iter(first, &line[..=last_start]).find(|&at| line[at..].starts_with(text))
}

fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_run_together_are_a_username_and_a_prefixed_name_is_not() {
        for username in ["SwindonDeb", "SusahKes", "NairobiMum"] {
            assert!(is_joined_username(username), "{username}");
        }
        for name in [
            "McDonald",
            "MacKenzie",
            "LeBron",
            "DiCaprio",
            "Otieno",
            "BBC",
            "O'Neill",
        ] {
            assert!(!is_joined_username(name), "{name}");
        }
    }

    #[test]
    fn tags_are_hashtags_and_mentions_not_addresses() {
        assert!(is_tagged("so proud @JustinTrudeau"));
        assert!(is_tagged("Proud day to be a #canadian"));
        assert!(!is_tagged("write to news@example.com or call #1"));
        assert!(!is_tagged("we code in C# and F#"));
    }

    #[test]
    fn names_are_unique_and_values_follow_them() {
        let names = &*FEATURE_NAMES;
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
        let found = Found {
            form: Form::QuotedSpan,
            display_name: Some("Jo".into()),
            verb: Some("said".into()),
            raw_text: "“Pole sana 😢”".into(),
            ..Found::default()
        };
        let setting = Setting {
            attribution: "Jo, 34, told reporters at the scene: “Pole sana 😢”",
            ..Setting::default()
        };
        let values = values(&found, &setting);
        let on: Vec<&str> = names
            .iter()
            .zip(&values)
            .filter(|(_, v)| **v == 1.0)
            .map(|(n, _)| *n)
            .collect();
        assert_eq!(
            on,
            [
                "form:quoted-span",
                "speaker:one-word-name",
                "verb:speech",
                "setting:interview",
                "speaker:interviewee",
                "setting:unsupported",
                "setting:unsupported-weak-speaker",
                "text:quote-marks",
                "text:short",
                "text:emoji",
            ]
        );
    }

    #[test]
    fn lines_are_read_as_their_lower_cased_words_are() {
        let lowered = |line: &str| {
            let lower = line.to_lowercase();
            let words: Vec<&str> = vocabulary::words_of(&lower).collect();
            listed_words()
                .filter(|(listed, _)| words.contains(listed))
                .fold(0, |classes, (_, class)| classes | class)
        };
        for line in [
            "TWITTER users told Reporters at the Court",
            "The Minister's spokesman, on Facebook:",
            "Über-fan Ümit told reporters on İnstagram",
            "Um USUÁRIO disse no Twitter",
            "“Readers” wrote: ΟΔΟΣ'S users, İNSTAGRAM’s fans — ÜBER-FANS",
            "instagrammersinstagrammers instagrammers9 x",
            "",
        ] {
            assert_eq!(WordClass::of_line(line), lowered(line), "{line}");
        }
        assert_eq!(
            WordClass::of_line("TWITTER users"),
            WordClass::PLATFORM | WordClass::READER_NOUN
        );
    }

    #[test]
    fn a_candidate_is_found_in_its_line_where_str_find_finds_it() {
        let long = "ab".repeat(600) + "abc";
        for (line, text) in [
            ("He said: “No.” and “No.”", "“No.”"),
            ("aaab", "aab"),
            ("short", "longer than the line"),
            ("anything", ""),
            (long.as_str(), "abc"),
            (long.as_str(), "abd"),
        ] {
            let expected = (!text.is_empty()).then(|| line.find(text)).flatten();
            assert_eq!(first_occurrence(line, text), expected, "{text}");
        }
    }

    #[test]
    fn what_readers_post_is_not_a_reader() {
        let found = Found {
            form: Form::QuotedSpan,
            display_name: Some("Joan Blackburn".into()),
            raw_text: "“More rain is expected.”".into(),
            ..Found::default()
        };
        let reader_noun_before = |previous: &str| {
            let setting = Setting {
                attribution: "Forecaster Joan Blackburn said: “More rain is expected.”",
                previous,
                ..Setting::default()
            };
            let at = FEATURE_NAMES
                .iter()
                .position(|n| *n == "setting:reader-noun-before")
                .unwrap();
            values(&found, &setting)[at]
        };
        assert_eq!(
            reader_noun_before("The council declined to comment on the response."),
            0.0
        );
        assert_eq!(reader_noun_before("Her followers were not convinced."), 1.0);
    }

    #[test]
    fn words_inside_the_quote_are_not_evidence() {
        let found = Found {
            form: Form::QuotedSpan,
            raw_text: "“The minister told reporters nothing”".into(),
            ..Found::default()
        };
        let setting = Setting {
            attribution: "One reader wrote: “The minister told reporters nothing”",
            ..Setting::default()
        };
        let values = values(&found, &setting);
        for name in ["setting:interview", "setting:office"] {
            let at = FEATURE_NAMES.iter().position(|n| *n == name).unwrap();
            assert_eq!(values[at], 0.0, "{name}");
        }
    }
}
