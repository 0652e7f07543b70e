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

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
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
}

/// The feature names, in the order of a candidate's values ([`Candidate::features`]).
///
/// [`Candidate::features`]: crate::find::Candidate::features
pub static FEATURE_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    named(&Found::default(), &Setting::default())
        .into_iter()
        .map(|(name, _)| name)
        .collect()
});

/// The candidate's feature values, in the order of [`FEATURE_NAMES`].
pub(crate) fn values(found: &Found, setting: &Setting) -> Vec<f64> {
    named(found, setting)
        .into_iter()
        .map(|(_, on)| if on { 1.0 } else { 0.0 })
        .collect()
}

fn named(found: &Found, setting: &Setting) -> Vec<(&'static str, bool)> {
    let has = |cue: Cue| found.cues.contains(&cue);
    // `said in a tweet`, `said on Facebook`: speech in a post is posting, and so is what an
    // online reader says (`said another reader`, `one user said`).
    // So is what is said with a hashtag or to an account (`“… @JustinTrudeau … #RealChange,”
    // said Waterman`): only a post carries those.
    let verb = match vocabulary::verb_kind(found.verb.as_deref()) {
        VerbKind::Speech
            if has(Cue::PostingPlace) || has(Cue::OnlineReader) || is_tagged(&found.raw_text) =>
        {
            VerbKind::Posting
        }
        kind => kind,
    };
    let speaker = speaker_kind(found);
    // The attribution's words outside any quote and outside the candidate's own text: the
    // quote's own words are not evidence.
    let outside = outside_quotes(setting.attribution, found.raw_text.trim()).to_lowercase();
    let outside_words = WordClass::of_words(&outside);
    let previous_words = WordClass::of_words(&setting.previous.to_lowercase());
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
    let mut features = vec![];
    for form in Form::ALL {
        features.push((form.feature_name(), found.form == form));
    }
    for kind in SpeakerKind::ALL {
        features.push((kind.feature_name(), speaker == kind));
    }
    for kind in VerbKind::ALL {
        features.push((kind.feature_name(), verb == kind));
    }
    features.extend([
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
    ]);
    features
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

    /// The classes of the words of a lower-cased line, together.
    fn of_words(lower: &str) -> u8 {
        static CLASSES: LazyLock<ClassTable> = LazyLock::new(|| {
            let mut classes = ClassTable::default();
            let lists: [(&[&'static str], u8); 5] = [
                (vocabulary::REPORTING_SETTINGS, WordClass::REPORTING_SETTING),
                (vocabulary::INTERVIEWING_VERBS, WordClass::INTERVIEWING_VERB),
                (vocabulary::OFFICE_WORDS, WordClass::OFFICE),
                (vocabulary::ONLINE_READERS, WordClass::READER_NOUN),
                (&["reply", "replies", "comments"], WordClass::READER_NOUN),
            ];
            let platform_words = Platform::words().map(|(word, _)| (word, WordClass::PLATFORM));
            let listed = lists
                .into_iter()
                .flat_map(|(words, class)| words.iter().map(move |word| (*word, class)));
            for (word, class) in listed.chain(platform_words) {
                *classes.entry(word).or_default() |= class;
            }
            classes
        });
        vocabulary::words_of(lower).fold(0, |classes, word| {
            classes | CLASSES.get(word).copied().unwrap_or_default()
        })
    }
}

type ClassTable = HashMap<&'static str, u8, BuildHasherDefault<vocabulary::WordHasher>>;

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
        (None, Some(_)) => SpeakerKind::OneWordName,
        (None, None) if found.cues.contains(&Cue::OnlineReader) => SpeakerKind::OnlineReader,
        (None, None) if found.verb.is_some() => SpeakerKind::Anonymous,
        (None, None) => SpeakerKind::Nobody,
    }
}

/// `line` with every quoted span and the candidate's own `text` cut out.
fn outside_quotes(line: &str, text: &str) -> String {
    let line = match (!text.is_empty()).then(|| line.find(text)).flatten() {
        Some(at) => format!("{} {}", &line[..at], &line[at + text.len()..]),
        None => line.to_string(),
    };
    quoted::without_quotes(&line).into_owned()
}

fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF)
}

#[cfg(test)]
mod tests {
    use super::*;

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
