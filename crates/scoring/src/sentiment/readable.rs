//! Whether VADER can read a text, so that text it cannot read is not reported as neutral.
//!
//! VADER is an English lexicon: given Chinese, Swahili or Spanish it finds no word it knows
//! and returns 0.0, which a share of "neutral" reactions would count as a mood. The rule here
//! decides from the words themselves, not from a language detector, so that it is the same
//! for a quoted reaction and a comment, needs no language model, and can be checked by hand:
//!
//! - a **word** is a whitespace-separated token with letters, trimmed of punctuation; handles
//!   (`@name`), links and tokens with digits are not words. A hashtag counts only when its
//!   word is known. A capitalised or ALL-CAPS word VADER does not know is taken as a name
//!   (`Obama`, `NATO`) and not counted, because names are in no language, unless the text
//!   has no known word or more names than other words (German capitalises its nouns).
//!   Words English shares with other languages' function words (`die`, `van`, `no`) count
//!   for neither side. A run of Chinese,
//!   Japanese or Thai characters, written without spaces, counts as one word per two
//!   characters.
//! - a word is **known** when VADER's rules know it (lexicon, negations, boosters, idioms) or
//!   it is one of the frequent English words in `data/english/common-words.txt`; an emoji or
//!   emoticon VADER describes counts as one known word per token.
//! - the text is **scored** when at least [`KNOWN_SHARE_PERCENT`] percent of its words and
//!   emoji are known, **no text** when it has neither (links, handles, numbers or punctuation
//!   only), and **other language** otherwise. A text of names alone is other language:
//!   VADER reads nothing in it.

use rustc_hash::FxHashMap;

use super::words::WordTable;
use super::{Polarity, SentimentAnalyzer, SentimentLabel};

/// The share of known words at which a text counts as English enough for VADER. English
/// news comments sit far above it (their function words alone make a third of their words);
/// Spanish, French, German or Swahili text far below, known only through a few shared words.
pub const KNOWN_SHARE_PERCENT: usize = 50;

static COMMON_WORDS: &str = include_str!("../../data/english/common-words.txt");
static SHARED_WORDS: &str = include_str!("../../data/english/shared-words.txt");

/// What the rule knows of a lower-cased word, found with one look-up.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Familiarity {
    /// VADER's rules know it, or it is a frequent English word.
    known: bool,
    /// An English word as common in another language (`die`, `van`).
    shared: bool,
}

/// The words the rule knows: every word VADER's rules know (`vader_words`), the frequent
/// English words and the shared ones, in one table.
pub(super) fn familiar_words<'w>(
    vader_words: impl Iterator<Item = &'w str>,
) -> WordTable<Familiarity> {
    let lines = |file: &'static str| file.lines().map(str::trim).filter(|l| !l.is_empty());
    let mut words: FxHashMap<&'w str, Familiarity> = FxHashMap::default();
    for word in vader_words.chain(lines(COMMON_WORDS)) {
        words.entry(word).or_default().known = true;
    }
    for word in lines(SHARED_WORDS) {
        words.entry(word).or_default().shared = true;
    }
    WordTable::new(words)
}

/// What a reaction's sentiment columns hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SentimentStatus {
    /// A sentiment scorer read the text: VADER's four scores are set, or a trained pack's
    /// label.
    Scored,
    /// The words are not ones VADER knows: no scores.
    OtherLanguage,
    /// No words and no emoji (a link, a handle, a number): no scores.
    NoText,
}

impl SentimentStatus {
    /// Every status, in the order the tables list them.
    pub const ALL: [SentimentStatus; 3] = [
        SentimentStatus::Scored,
        SentimentStatus::OtherLanguage,
        SentimentStatus::NoText,
    ];

    /// The status as the dataset's `sentiment_status` column writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            SentimentStatus::Scored => "scored",
            SentimentStatus::OtherLanguage => "other_language",
            SentimentStatus::NoText => "no_text",
        }
    }

    /// The status that [`SentimentStatus::as_str`] wrote as `name`, if it is one.
    pub fn parse(name: &str) -> Option<SentimentStatus> {
        Self::ALL.into_iter().find(|status| status.as_str() == name)
    }
}

/// A text's sentiment under the rule: scores only when VADER can read it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sentiment {
    /// VADER's four scores of a text it can read.
    Scored(Polarity),
    /// A trained pack's class ([`crate::packs`]): a label and no VADER scores, whose classes
    /// are not sums of word valences. Its status is `scored`.
    Classified(SentimentLabel),
    /// A text in words VADER does not know, which no pack scored.
    OtherLanguage,
    /// A text without words or emoji.
    NoText,
}

impl Sentiment {
    /// Whether a scorer read the text, and if not, why.
    pub fn status(&self) -> SentimentStatus {
        match self {
            Sentiment::Scored(_) | Sentiment::Classified(_) => SentimentStatus::Scored,
            Sentiment::OtherLanguage => SentimentStatus::OtherLanguage,
            Sentiment::NoText => SentimentStatus::NoText,
        }
    }

    /// VADER's scores, when VADER scored the text.
    pub fn polarity(&self) -> Option<&Polarity> {
        match self {
            Sentiment::Scored(polarity) => Some(polarity),
            _ => None,
        }
    }

    /// The label: read from VADER's compound, or a pack's class.
    pub fn label(&self) -> Option<SentimentLabel> {
        match self {
            Sentiment::Scored(polarity) => Some(polarity.label()),
            Sentiment::Classified(label) => Some(*label),
            _ => None,
        }
    }

    /// Rebuilds a sentiment from its columns, as a dataset stores it: VADER's scores when
    /// there are some, else a pack's label; `None` when the status says scored and both are
    /// missing.
    pub fn from_parts(
        status: SentimentStatus,
        polarity: Option<Polarity>,
        label: Option<SentimentLabel>,
    ) -> Option<Sentiment> {
        Some(match status {
            SentimentStatus::Scored => polarity
                .map(Sentiment::Scored)
                .or(label.map(Sentiment::Classified))?,
            SentimentStatus::OtherLanguage => Sentiment::OtherLanguage,
            SentimentStatus::NoText => Sentiment::NoText,
        })
    }
}

/// The counts the rule decides on, for a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Readability {
    /// Words and emoji that count (see the module documentation).
    pub words: usize,
    /// Of those, the ones VADER can read.
    pub known: usize,
    /// English words that are as common in another language (`die`, `is`, `van`), left out of
    /// `words`: they tell nothing of the language.
    pub shared: usize,
    /// Capitalised words VADER does not know, taken as names and left out of `words`, unless
    /// no other word is known or they outnumber the other words, shared ones included: German
    /// capitalises every noun, and a text of names alone is no English.
    pub names: usize,
}

impl Readability {
    /// Whether VADER may read a text with these counts: scored when enough of its words are English
    /// words VADER knows (names counted as words only when they are all there is or outnumber the
    /// rest).
    pub fn status(&self) -> SentimentStatus {
        let names_are_words = self.known == 0 || self.names > self.words + self.shared;
        let (words, known) = if names_are_words {
            (self.words + self.names, self.known)
        } else {
            (self.words, self.known)
        };
        if words == 0 {
            return if self.shared > 0 {
                SentimentStatus::Scored
            } else {
                SentimentStatus::NoText
            };
        }
        if known * 100 >= words * KNOWN_SHARE_PERCENT {
            SentimentStatus::Scored
        } else {
            SentimentStatus::OtherLanguage
        }
    }
}

impl SentimentAnalyzer {
    /// Counts the words of `text` VADER can read; [`Readability::status`] applies the rule.
    pub fn readability(&self, text: &str) -> Readability {
        let mut counts = Readability::default();
        for token in text.split_whitespace() {
            let bare = token
                .trim_start_matches(|c: char| c.is_ascii_punctuation() && !matches!(c, '#' | '@'));
            if bare.starts_with('@') || is_link(bare) {
                continue;
            }
            if !token.chars().all(char::is_alphanumeric)
                && with_lowercase(token, |lowered| self.is_known(lowered))
            {
                // An emoticon (`:)`, `:D`, `<3`) or a word with its punctuation (`l8r`).
                counts.words += 1;
                counts.known += 1;
                continue;
            }
            let (hashtag, token) = match bare.strip_prefix('#') {
                Some(tag) => (true, tag),
                None => (false, bare),
            };
            let mut has_emoji = false;
            let mut unspaced = 0;
            for c in token.chars() {
                has_emoji |= !c.is_ascii() && self.emoji.contains_key(&c);
                unspaced += usize::from(is_unspaced_script(c));
            }
            if has_emoji {
                counts.words += 1;
                counts.known += 1;
            }
            if unspaced > 0 {
                counts.words += unspaced.div_ceil(2);
                continue;
            }
            // `bet.......apply`, `napkin=startup`: words run together by punctuation.
            let words = token
                .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
                .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()));
            for word in words {
                if word.is_empty()
                    || word.chars().any(char::is_numeric)
                    || !word.chars().any(char::is_alphabetic)
                {
                    continue;
                }
                self.count_word(word, hashtag, &mut counts);
            }
        }
        counts
    }

    fn count_word(&self, word: &str, hashtag: bool, counts: &mut Readability) {
        with_lowercase(word, |lowered| {
            self.count_lowered_word(word, lowered, hashtag, counts)
        });
    }

    fn count_lowered_word(
        &self,
        word: &str,
        lowered: &str,
        hashtag: bool,
        counts: &mut Readability,
    ) {
        let familiarity = self.familiarity(lowered);
        if familiarity.shared {
            counts.shared += 1;
            return;
        }
        let known = familiarity.known
            || self.is_known_compound(lowered)
            || self.is_known_elongated(lowered);
        if !known && lowered.chars().nth(1).is_none() {
            // A stray letter (`/:c\`, `x`) is in no language.
            return;
        }
        if !known && (hashtag || is_capitalised(word)) {
            counts.names += usize::from(!hashtag);
            return;
        }
        counts.words += 1;
        counts.known += usize::from(known);
    }

    /// The reaction-level score: VADER's scores when the text is readable (see the module
    /// documentation), else why not.
    pub fn sentiment(&self, text: &str) -> Sentiment {
        match self.readability(text).status() {
            SentimentStatus::Scored => Sentiment::Scored(self.polarity_scores(text)),
            SentimentStatus::OtherLanguage => Sentiment::OtherLanguage,
            SentimentStatus::NoText => Sentiment::NoText,
        }
    }

    fn familiarity(&self, lowered: &str) -> Familiarity {
        self.familiar_words
            .get_word(lowered)
            .copied()
            .unwrap_or_default()
    }

    fn is_known(&self, lowered: &str) -> bool {
        self.familiarity(lowered).known
    }

    /// `don't`, `Ukraine's`, `well-known`: a contraction or possessive whose stem is known,
    /// or a hyphenated word whose parts all are.
    fn is_known_compound(&self, lowered: &str) -> bool {
        // Most words have neither an apostrophe nor a hyphen: nothing to allocate for them.
        if !lowered.contains(['\'', '’', '-']) {
            return false;
        }
        let lowered = lowered.replace('’', "'");
        if let Some((stem, suffix)) = lowered.rsplit_once('\'') {
            if matches!(suffix, "s" | "re" | "ve" | "ll" | "d" | "m" | "t") {
                return self.is_known(stem) || self.is_known(&lowered);
            }
        }
        lowered.contains('-') && lowered.split('-').all(|part| self.is_known(part))
    }

    /// `yaaaay`, `sooo`, `pleeease`: a letter written three times or more stands for one or
    /// two.
    fn is_known_elongated(&self, lowered: &str) -> bool {
        let mut run = (None, 0);
        let has_triple = lowered.chars().any(|c| {
            run = if run.0 == Some(c) {
                (run.0, run.1 + 1)
            } else {
                (Some(c), 1)
            };
            run.1 == 3
        });
        if !has_triple {
            return false;
        }
        let chars: Vec<char> = lowered.chars().collect();
        let collapsed = |keep: usize| {
            let mut out = String::with_capacity(lowered.len());
            let mut run = 0;
            for (i, &c) in chars.iter().enumerate() {
                run = if i > 0 && chars[i - 1] == c {
                    run + 1
                } else {
                    1
                };
                if run <= keep {
                    out.push(c);
                }
            }
            out
        };
        self.is_known(&collapsed(1)) || self.is_known(&collapsed(2))
    }
}

/// `f(word.to_lowercase())`, without allocating for the short ASCII words most words are.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    match buffer.get_mut(..word.len()) {
        Some(lowered) if word.is_ascii() => {
            lowered.copy_from_slice(word.as_bytes());
            lowered.make_ascii_lowercase();
            f(std::str::from_utf8(lowered).expect("ASCII is UTF-8"))
        }
        _ => f(&word.to_lowercase()),
    }
}

fn is_link(token: &str) -> bool {
    token.contains("://") || token.starts_with("www.")
}

/// Capitalised (`Obama`) or ALL CAPS (`NATO`): how names and acronyms are written.
fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Scripts written without spaces between words, where one token is a whole phrase.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'   // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}' // CJK extension A
        | '\u{4e00}'..='\u{9fff}' // CJK unified ideographs
        | '\u{f900}'..='\u{faff}' // CJK compatibility ideographs
        | '\u{0e00}'..='\u{0e7f}' // Thai
        | '\u{0e80}'..='\u{0eff}' // Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
    )
}
