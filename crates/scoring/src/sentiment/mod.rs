//! VADER sentiment, scored exactly as vaderSentiment 3.3.2's `polarity_scores` scores it.
//!
//! [`SentimentAnalyzer`] holds the lexicon (built once); [`SentimentAnalyzer::polarity_scores`]
//! turns one text into a [`Polarity`], and [`SentimentAnalyzer::polarity_scores_batch`] scores a
//! slice of texts on all cores. Every rule below follows the reference implementation,
//! including its quirks (the "but" rule's first-equal-value look-up, ALL-CAPS on zero valence),
//! because analysts compare our numbers with it line by line.

mod fold;
mod lexicon;
mod packs;
mod pystr;
mod readable;
mod sums;
mod words;

pub use packs::{LanguagePack, METHOD_EN, METHOD_FR, METHOD_PT};
pub use readable::{Readability, Sentiment, SentimentStatus, KNOWN_SHARE_PERCENT};

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use lexicon::{CAPS_BOOST, NEGATION_SCALAR};
use packs::{Rules, Tokenizer};
use sums::Sentiments;
use words::{Key, Special, WordInfo, WordTable, MAX_KEY_BYTES};

/// Idioms or booster n-grams: the lower-cased words of each, and its value.
type Phrases = Vec<(Vec<&'static str>, f64)>;

/// The four numbers of `polarity_scores`, rounded as the reference rounds them.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Polarity {
    /// The share of the text's valence that is negative, in [0, 1].
    pub neg: f64,
    /// The share that is neutral, in [0, 1].
    pub neu: f64,
    /// The share that is positive, in [0, 1]; the three shares sum to about 1.
    pub pos: f64,
    /// The normalized sum of the valences, in [-1, 1]: the one number the label reads.
    pub compound: f64,
}

/// VADER's conventional reading of a compound score: positive from
/// [`SentimentLabel::THRESHOLD`] up, negative from its negation down, else neutral. Every
/// reading of a compound as a mood goes through here, in Rust, Python and Spark, so that a
/// "positive" reaction means the same in every table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SentimentLabel {
    /// A compound of at least [`SentimentLabel::THRESHOLD`].
    Positive,
    /// A compound strictly between the two thresholds.
    Neutral,
    /// A compound of at most minus [`SentimentLabel::THRESHOLD`].
    Negative,
}

impl SentimentLabel {
    /// The distance from zero at which a compound score stops being neutral: the threshold
    /// vaderSentiment's authors recommend, so that our labels match theirs.
    pub const THRESHOLD: f64 = 0.05;

    /// The label of a compound score (inclusive at ±[`SentimentLabel::THRESHOLD`]).
    pub fn from_compound(compound: f64) -> Self {
        if compound >= Self::THRESHOLD {
            SentimentLabel::Positive
        } else if compound <= -Self::THRESHOLD {
            SentimentLabel::Negative
        } else {
            SentimentLabel::Neutral
        }
    }

    /// The label's name, as the dataset's `sentiment` column holds it.
    pub fn as_str(self) -> &'static str {
        match self {
            SentimentLabel::Positive => "positive",
            SentimentLabel::Neutral => "neutral",
            SentimentLabel::Negative => "negative",
        }
    }
}

impl Polarity {
    /// The label of the compound score ([`SentimentLabel::from_compound`]).
    pub fn label(&self) -> SentimentLabel {
        SentimentLabel::from_compound(self.compound)
    }
}

/// The VADER model of one [`LanguagePack`]: lexicon, emoji descriptions and the rules that
/// combine them.
pub struct SentimentAnalyzer {
    pack: LanguagePack,
    words: WordTable,
    /// The words the readability rule knows ([`Readability`]).
    familiar_words: WordTable<readable::Familiarity>,
    emoji: FxHashMap<char, &'static str>,
    special_cases: Phrases,
    booster_phrases: Phrases,
    rules: Rules,
}

impl Default for SentimentAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// What the rules need to know of one token, computed once per token.
#[derive(Debug, Clone, Copy)]
struct Token {
    info: WordInfo,
    /// The lower-cased token: a range of the scratch buffer `lowered` when `lowered` is set
    /// (always from the fast tokenizer), else of the text, which then already was lower case
    /// there.
    start: u32,
    end: u32,
    lowered: bool,
    upper: bool,
    /// The ASCII tokenizer's note that the token has an apostrophe, so may be a contraction
    /// with "not" that the word table does not list.
    apostrophe: bool,
}

impl Token {
    /// A token of the fast tokenizer, `lowered[start..end]`, whose word is looked up once
    /// every token is split.
    fn in_lowered(start: usize, end: usize, upper: bool, apostrophe: bool) -> Token {
        Token {
            info: WordInfo::default(),
            start: start as u32,
            end: end as u32,
            lowered: true,
            upper,
            apostrophe,
        }
    }
}

/// Buffers reused from one text to the next, so scoring allocates nothing per token.
#[derive(Default)]
struct Scratch {
    /// The ASCII text being tokenized, followed by spaces.
    padded: Vec<u8>,
    /// From the fast tokenizer: the text with its ASCII letters lower-cased, eight spaces,
    /// then the words it lower-cased beyond ASCII and eight spaces more. From the general one:
    /// the tokens that were not lower case already, one after the other.
    lowered: Vec<u8>,
    tokens: Vec<Token>,
    /// vaderSentiment-fr's tokenizer: what each token's transliteration is, by which the
    /// token's own valence is found ([`Sentence::own`]).
    own: Vec<WordInfo>,
}

/// Everything one thread reuses to score text after text: at most a window of the text is
/// held in them, however long the text.
#[derive(Default)]
struct Work {
    buffers: Scratch,
    /// The text converted as the pack's reference converts it first (emoji described, or
    /// folded to ASCII), from the first word of the window being tokenized.
    pending: String,
    sentiments: Sentiments,
    /// LeIA: the sentiment of each spelling of a lexicon word at its first occurrence.
    first_sentiments: FxHashMap<Key, f64>,
}

thread_local! {
    static WORK: RefCell<Work> = RefCell::default();
}

/// The longest text scored in one window. A longer one is scored a window at a time, twice
/// (the first pass finds what the rules need of the whole text: its ALL-CAPS words, its first
/// "but"), so that its tokens are never held all at once: a token takes 32 bytes, and a text
/// of one-letter words has one every two bytes.
const WINDOW_BYTES: usize = 64 * 1024;

/// The tokens before and after a word that the rules look at: three before (negations,
/// boosters, idioms), two after ("no" and "kind of" look one ahead, idioms two).
const CONTEXT_BEFORE: usize = 3;
const CONTEXT_AFTER: usize = 2;

/// A tokenized text, as the rules see it.
struct Sentence<'a> {
    text: &'a [u8],
    lowered: &'a [u8],
    tokens: &'a [Token],
    /// vaderSentiment-fr looks a word up transliterated for its own valence and its "no" rule,
    /// but as it is written wherever it is the context of another word: this is the
    /// transliterated look-up, one per token. `None` where both look-ups are the same.
    own: Option<&'a [WordInfo]>,
}

impl<'a> Sentence<'a> {
    fn len(&self) -> usize {
        self.tokens.len()
    }

    fn lower(&self, i: usize) -> &'a [u8] {
        let token = &self.tokens[i];
        let source = if token.lowered {
            self.lowered
        } else {
            self.text
        };
        &source[token.start as usize..token.end as usize]
    }

    /// The text of token `i` as it was written, for tokenizers whose lower-cased copy keeps
    /// the text's positions (LeIA's, on ASCII-folded text).
    fn original(&self, i: usize) -> &'a [u8] {
        let token = &self.tokens[i];
        &self.text[token.start as usize..token.end as usize]
    }

    /// The valence of token `i` as the word being scored.
    fn valence(&self, i: usize) -> Option<f64> {
        match self.own {
            Some(own) => own[i].valence(),
            None => self.tokens[i].info.valence(),
        }
    }

    /// Whether token `i`, as the word being scored, is `word`.
    fn own_is(&self, i: usize, word: Special) -> bool {
        match self.own {
            Some(own) => own[i].special == word,
            None => self.is(i, word),
        }
    }

    fn has_valence(&self, i: usize) -> bool {
        self.tokens[i].info.has_valence()
    }

    fn is(&self, i: usize, word: Special) -> bool {
        self.tokens[i].info.special == word
    }
}

/// The '!' and '?' of a text, for punctuation emphasis.
#[derive(Debug, Clone, Copy, Default)]
struct Punctuation {
    exclamations: usize,
    questions: usize,
}

impl Punctuation {
    fn add(&mut self, bytes: &[u8]) {
        // Byte-wide counters for up to 255 bytes at a time let the compiler count sixteen
        // bytes per instruction; word-wide ones made it widen every byte first.
        for chunk in bytes.chunks(usize::from(u8::MAX)) {
            let (mut exclamations, mut questions) = (0u8, 0u8);
            for &b in chunk {
                exclamations += u8::from(b == b'!');
                questions += u8::from(b == b'?');
            }
            self.exclamations += usize::from(exclamations);
            self.questions += usize::from(questions);
        }
    }

    /// Up to four '!' and, from two on, '?'.
    fn amplifier(&self) -> f64 {
        let question_emphasis = match self.questions {
            0 | 1 => 0.0,
            2 | 3 => self.questions as f64 * 0.18,
            _ => 0.96,
        };
        self.exclamations.min(4) as f64 * 0.292 + question_emphasis
    }
}

/// What a text's form adds to the magnitude of its summed valence.
#[derive(Debug, Clone, Copy, Default)]
struct Emphasis {
    /// '!' and '?' (and, in French, suspension points).
    punctuation: f64,
    /// vaderSentiment-fr's capitalised words; 0 in the other packs.
    capitals: f64,
}

/// What [`Emphasis`] is made of, counted as the text goes by, a piece at a time.
#[derive(Debug, Clone, Copy, Default)]
struct EmphasisCount {
    punctuation: Punctuation,
    /// vaderSentiment-fr: the dots of every run of two or more, and the run being read.
    dots_in_runs: usize,
    dot_run: usize,
    capitalised: CapitalisedWords,
}

impl EmphasisCount {
    fn add(&mut self, text: &str, french: bool) {
        self.punctuation.add(text.as_bytes());
        if !french {
            return;
        }
        for b in text.bytes() {
            if b == b'.' {
                self.dot_run += 1;
            } else {
                self.end_dot_run();
            }
        }
        for c in text.chars() {
            self.capitalised.add(c);
        }
    }

    fn end_dot_run(&mut self) {
        if self.dot_run >= 2 {
            self.dots_in_runs += self.dot_run;
        }
        self.dot_run = 0;
    }

    fn emphasis(mut self, french: bool) -> Emphasis {
        let punctuation = self.punctuation.amplifier();
        if !french {
            return Emphasis {
                punctuation,
                capitals: 0.0,
            };
        }
        self.end_dot_run();
        // vaderSentiment-fr: 0.21 for two or three suspension dots, 0.21 per dot beyond two
        // up to six.
        let suspension = match self.dots_in_runs {
            0 | 1 => 0.0,
            2 | 3 => 0.21,
            dots => (dots.min(6) - 2) as f64 * 0.21,
        };
        Emphasis {
            punctuation: punctuation + suspension,
            capitals: self.capitalised.finish() as f64 * 0.292,
        }
    }
}

/// vaderSentiment-fr's capitalised words: up to five space-separated words (once `?!.,;` are
/// removed) of two characters or more with no lower-case letter after the first character:
/// `BRAVO`, `OK`, but also `42`.
#[derive(Debug, Clone, Copy, Default)]
struct CapitalisedWords {
    count: usize,
    /// Of the word being read: its characters other than `?!.,;`, and whether one after the
    /// first is lower case.
    kept: usize,
    lower_after_first: bool,
}

impl CapitalisedWords {
    const MOST: usize = 5;

    fn add(&mut self, c: char) {
        match c {
            ' ' => self.end_word(),
            '?' | '!' | '.' | ',' | ';' => {}
            _ => {
                self.lower_after_first |= self.kept > 0 && c.is_lowercase();
                self.kept += 1;
            }
        }
    }

    fn end_word(&mut self) {
        if self.kept >= 2 && !self.lower_after_first {
            self.count = (self.count + 1).min(Self::MOST);
        }
        self.kept = 0;
        self.lower_after_first = false;
    }

    fn finish(mut self) -> usize {
        self.end_word();
        self.count
    }
}

/// What the first pass over a long text finds that the rules need of all of it.
#[derive(Debug, Default)]
struct Facts {
    tokens: usize,
    upper: usize,
    but: Option<usize>,
}

impl Facts {
    fn add(&mut self, sentence: &Sentence, range: Range<usize>) {
        for i in range {
            self.upper += usize::from(sentence.tokens[i].upper);
            if self.but.is_none() && sentence.is(i, Special::But) {
                self.but = Some(self.tokens);
            }
            self.tokens += 1;
        }
    }

    /// ALL-CAPS words count as emphasis only among words that are not.
    fn caps_differ(&self) -> bool {
        self.upper > 0 && self.upper < self.tokens
    }
}

impl SentimentAnalyzer {
    /// Parses the vendored English lexicons. Prefer [`SentimentAnalyzer::shared`] to build
    /// them once.
    pub fn new() -> Self {
        Self::with_pack(LanguagePack::English)
    }

    /// Parses the vendored lexicons of `pack`. Prefer [`SentimentAnalyzer::shared_pack`] to
    /// build them once.
    pub fn with_pack(pack: LanguagePack) -> Self {
        let data = pack.data();
        let mut words: FxHashMap<Cow<'static, str>, WordInfo> = FxHashMap::default();
        // An entry with whitespace in it can never equal a token, which no tokenizer leaves
        // whitespace in (LeIA's lexicon has phrases, some longer than a key can be).
        let token_like = |word: &str| !word.chars().any(pystr::is_whitespace);
        for (word, valence) in data.lexicon {
            if token_like(&word) {
                words.entry(word).or_default().valence = valence;
            }
        }
        for (word, booster) in data.boosters {
            words.entry(Cow::Borrowed(word)).or_default().booster = booster;
        }
        for word in data.negations.into_iter().filter(|w| token_like(w)) {
            words.entry(Cow::Borrowed(word)).or_default().negation = true;
        }
        for word in data.never_negated {
            words.entry(word).or_default().set_never_negated();
        }
        let phrases = data.special_cases.iter().chain(&data.booster_phrases);
        for word in phrases.flat_map(|(phrase, _)| phrase.iter()) {
            words
                .entry(Cow::Borrowed(word))
                .or_default()
                .set_in_phrase();
        }
        for (word, special) in data.special_words {
            words.entry(Cow::Borrowed(word)).or_default().special = special;
        }
        if data.rules.contracted_not {
            for (word, info) in words.iter_mut() {
                info.negation |= lexicon::has_contracted_not(word.as_bytes());
            }
        }
        debug_assert!(data.emoji.keys().all(|c| !c.is_ascii()));
        SentimentAnalyzer {
            pack,
            familiar_words: readable::familiar_words(words.keys().map(|word| word.as_ref())),
            words: WordTable::new(words.iter().map(|(word, info)| (word.as_ref(), *info))),
            emoji: data.emoji,
            special_cases: data.special_cases,
            booster_phrases: data.booster_phrases,
            rules: data.rules,
        }
    }

    /// A process-wide English analyzer, built on first use.
    pub fn shared() -> &'static SentimentAnalyzer {
        static SHARED: OnceLock<SentimentAnalyzer> = OnceLock::new();
        SHARED.get_or_init(SentimentAnalyzer::new)
    }

    /// A process-wide analyzer of `pack`, built on first use.
    pub fn shared_pack(pack: LanguagePack) -> &'static SentimentAnalyzer {
        static PORTUGUESE: OnceLock<SentimentAnalyzer> = OnceLock::new();
        static FRENCH: OnceLock<SentimentAnalyzer> = OnceLock::new();
        match pack {
            LanguagePack::English => Self::shared(),
            LanguagePack::Portuguese => PORTUGUESE.get_or_init(|| Self::with_pack(pack)),
            LanguagePack::French => FRENCH.get_or_init(|| Self::with_pack(pack)),
        }
    }

    /// The pack this analyzer scores with.
    pub fn pack(&self) -> LanguagePack {
        self.pack
    }

    /// Scores many texts on all cores; the result is in input order.
    pub fn polarity_scores_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Polarity> {
        texts
            .par_iter()
            .map(|text| self.polarity_scores(text.as_ref()))
            .collect()
    }

    /// [`SentimentAnalyzer::sentiment`] of many texts on all cores, in input order.
    pub fn sentiment_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Sentiment> {
        texts
            .par_iter()
            .map(|text| self.sentiment(text.as_ref()))
            .collect()
    }

    /// The lexicon valence of one word (matched lower-cased, as VADER matches it), if it has
    /// one. Stance rules use it to find the negative word a target is framed by.
    pub fn word_valence(&self, word: &str) -> Option<f64> {
        self.words
            .get_word(&word.to_lowercase())
            .and_then(WordInfo::valence)
    }

    /// The `polarity_scores(text)` of the pack's reference: vaderSentiment 3.3.2's
    /// `SentimentIntensityAnalyzer`, LeIA's or vaderSentiment-fr's.
    pub fn polarity_scores(&self, text: &str) -> Polarity {
        self.polarity_scores_in_windows(text, WINDOW_BYTES)
    }

    /// [`SentimentAnalyzer::polarity_scores`], a text longer than `window_bytes` scored a
    /// window at a time.
    fn polarity_scores_in_windows(&self, text: &str, window_bytes: usize) -> Polarity {
        WORK.with(|work| {
            let Work {
                buffers,
                pending,
                sentiments,
                first_sentiments,
            } = &mut *work.borrow_mut();
            let french = self.rules.french_emphasis;
            // `str.strip()` first: the French tokenizer keeps the empty words whitespace
            // leaves, and stripping the text before its emoji are described strips the same
            // (no description begins or ends with a space).
            let text = pystr::strip(text);
            let mut facts = Facts::default();
            let mut emphasis = EmphasisCount::default();
            first_sentiments.clear();
            if text.len() <= window_bytes {
                // One window (most texts): tokenized once, where it is unless converting it
                // changes it, with all that the rules need of the whole text in it.
                let (converted, sentence) = self.tokenize_text(text, buffers, pending);
                emphasis.add(converted, french);
                let tokens = 0..sentence.len();
                facts.add(&sentence, tokens.clone());
                sentiments.start(facts.but);
                let caps_differ = facts.caps_differ();
                self.score_tokens(&sentence, tokens, caps_differ, sentiments, first_sentiments);
            } else {
                let mut windows =
                    self.windows(text, window_bytes, buffers, pending, Some(&mut emphasis));
                while let Some((sentence, range)) = windows.next_window() {
                    facts.add(&sentence, range);
                }
                sentiments.start(facts.but);
                let caps_differ = facts.caps_differ();
                let mut windows = self.windows(text, window_bytes, buffers, pending, None);
                while let Some((sentence, range)) = windows.next_window() {
                    self.score_tokens(&sentence, range, caps_differ, sentiments, first_sentiments);
                }
            }
            sentiments.polarity(emphasis.emphasis(french), french)
        })
    }

    /// The sentiment of each token of `range`, in order, into `sentiments`: `polarity_scores`'
    /// loop over the words.
    fn score_tokens(
        &self,
        sentence: &Sentence,
        range: Range<usize>,
        caps_differ: bool,
        sentiments: &mut Sentiments,
        first_sentiments: &mut FxHashMap<Key, f64>,
    ) {
        for i in range {
            let is_modifier = sentence.tokens[i].info.booster != 0
                || (sentence.is(i, Special::Kind)
                    && i + 1 < sentence.len()
                    && sentence.is(i + 1, Special::Of));
            let score = || {
                if is_modifier {
                    0.0
                } else {
                    valence_at(sentence, i, caps_differ, self)
                }
            };
            let sentiment = if sentence.valence(i).is_none() {
                0.0
            } else if self.rules.first_occurrence {
                // LeIA scores a word where it first occurs (`list.index`): a spelling seen
                // before takes the sentiment it had there, unless it is a modifier here.
                match Key::new(sentence.original(i)) {
                    Some(spelling) => match first_sentiments.entry(spelling) {
                        std::collections::hash_map::Entry::Occupied(first) if !is_modifier => {
                            *first.get()
                        }
                        std::collections::hash_map::Entry::Occupied(_) => 0.0,
                        std::collections::hash_map::Entry::Vacant(first) => *first.insert(score()),
                    },
                    None => score(),
                }
            } else {
                score()
            };
            sentiments.push(sentiment);
        }
    }

    /// The windows of `text`, each of at least `window_bytes` of it; `emphasis`, when given,
    /// counts the converted text as they go.
    fn windows<'w>(
        &'w self,
        text: &'w str,
        window_bytes: usize,
        buffers: &'w mut Scratch,
        pending: &'w mut String,
        emphasis: Option<&'w mut EmphasisCount>,
    ) -> Windows<'w> {
        pending.clear();
        Windows {
            analyzer: self,
            rest: text,
            window_bytes,
            buffers,
            pending,
            carry: None,
            scored_before: 0,
            after_space: true,
            emphasis,
            done: false,
        }
    }

    /// Appends `piece` to `out` converted as the pack's reference converts text before
    /// splitting it: emoji described (VADER, vaderSentiment-fr) or folded to ASCII (LeIA).
    /// `after_space` carries over from piece to piece whether the last character was a space.
    fn convert_into(&self, piece: &str, after_space: &mut bool, out: &mut String) {
        if self.rules.tokenizer == Tokenizer::Leia {
            out.extend(fold::nfkd_ascii(piece).chars());
            return;
        }
        if piece.is_ascii() {
            out.push_str(piece);
            if let Some(&last) = piece.as_bytes().last() {
                *after_space = last == b' ';
            }
            return;
        }
        // The reference puts a space before a description that does not follow one, and none
        // after it.
        for c in piece.chars() {
            // No emoji is ASCII: most characters are not looked up.
            let description = if c.is_ascii() {
                None
            } else {
                self.emoji.get(&c)
            };
            match description {
                Some(description) => {
                    if !*after_space {
                        out.push(' ');
                    }
                    out.push_str(description);
                    *after_space = false;
                }
                None => {
                    out.push(c);
                    *after_space = c == ' ';
                }
            }
        }
    }

    /// Whether the pack's tokenizer splits at `c` (in converted text).
    fn splits_at(&self, c: char) -> bool {
        pystr::is_whitespace(c) || (self.rules.tokenizer == Tokenizer::French && c == '\'')
    }

    /// The words of `window` from token `first` on, with which the next window begins: as
    /// written for the French tokenizer, whose every piece between separators is a token;
    /// else joined by spaces, which split them as the whitespace between them did, leaving
    /// out what makes no token (runs of whitespace, LeIA's one-letter words) so that no
    /// window reads it twice.
    fn carried_words(&self, window: &str, first: usize) -> String {
        let join = |words: &mut dyn Iterator<Item = &str>| {
            let mut joined = String::new();
            for word in words {
                if !joined.is_empty() {
                    joined.push(' ');
                }
                joined.push_str(word);
            }
            joined
        };
        match self.rules.tokenizer {
            Tokenizer::Vader => join(&mut pystr::split(window).skip(first)),
            Tokenizer::Leia => join(&mut pystr::split(window).filter(|w| w.len() > 1).skip(first)),
            Tokenizer::French => {
                let piece = window
                    .split(|c: char| self.splits_at(c))
                    .nth(first)
                    .expect("the window has the token");
                window[piece.as_ptr() as usize - window.as_ptr() as usize..].to_string()
            }
        }
    }

    /// Tokenizes a whole text as the pack's reference does, and returns it as tokenized: the
    /// text itself when the fast tokenizer takes it as it is (most texts: no emoji to
    /// describe, only ASCII whitespace), so that it is not copied; else its conversion, made
    /// in `converted`.
    fn tokenize_text<'t>(
        &self,
        text: &'t str,
        buffers: &'t mut Scratch,
        converted: &'t mut String,
    ) -> (&'t str, Sentence<'t>) {
        if self.rules.tokenizer == Tokenizer::Vader && self.tokenize_on_ascii_spaces(text, buffers)
        {
            return (text, self.sentence(text, buffers));
        }
        converted.clear();
        self.convert_into(text, &mut true, converted);
        let converted: &'t str = converted;
        (converted, self.tokenize_window(converted, buffers))
    }

    /// Tokenizes `window`, converted text that begins at a word, as the pack's reference does.
    fn tokenize_window<'t>(&self, window: &'t str, buffers: &'t mut Scratch) -> Sentence<'t> {
        let text = match self.rules.tokenizer {
            // Most texts have only ASCII whitespace: `str.strip()` cannot change how they
            // split, so they are tokenized as given, by the fast tokenizer.
            Tokenizer::Vader => {
                if self.tokenize_on_ascii_spaces(window, buffers) {
                    window
                } else {
                    let stripped = pystr::strip(window);
                    self.tokenize_words(stripped, pystr::split(stripped), buffers);
                    stripped
                }
            }
            Tokenizer::Leia => {
                self.tokenize_leia(window, buffers);
                window
            }
            Tokenizer::French => {
                self.tokenize_french(window, buffers);
                window
            }
        };
        self.sentence(text, buffers)
    }

    /// `text` as `buffers` hold it tokenized.
    fn sentence<'t>(&self, text: &'t str, buffers: &'t Scratch) -> Sentence<'t> {
        Sentence {
            text: text.as_bytes(),
            lowered: &buffers.lowered,
            tokens: &buffers.tokens,
            own: (self.rules.tokenizer == Tokenizer::French).then_some(&buffers.own[..]),
        }
    }

    /// What the table knows of a lower-cased word; an unknown word's information when it is
    /// not there or too long to be.
    fn word_info(&self, lower: &[u8]) -> WordInfo {
        Key::new(lower)
            .map(|key| self.words.info(&key))
            .unwrap_or_default()
    }

    /// LeIA's tokenizer, on text already folded to ASCII: `str.split()`, tokens of one
    /// character dropped, and a token that is one of the listed punctuation runs and a word
    /// (of two characters or more, without punctuation) replaced by the word.
    fn tokenize_leia(&self, text: &str, scratch: &mut Scratch) {
        debug_assert!(text.is_ascii());
        let Scratch {
            lowered, tokens, ..
        } = scratch;
        lowered.clear();
        lowered.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
        tokens.clear();
        let base = text.as_ptr() as usize;
        for word in pystr::split(text).filter(|word| word.len() > 1) {
            let start = word.as_ptr() as usize - base;
            let (from, to) = leia_strip(word.as_bytes());
            let (start, end) = (start + from, start + to);
            tokens.push(Token {
                info: self.word_info(&lowered[start..end]),
                start: start as u32,
                end: end as u32,
                lowered: true,
                upper: pystr::is_upper(&text[start..end]),
                apostrophe: false,
            });
        }
    }

    /// vaderSentiment-fr's tokenizer: `re.split(r"[\s']", text)`, empty tokens kept, each
    /// stripped of punctuation as English VADER strips it; each is looked up as written
    /// (lower-cased) and, for its own valence, transliterated.
    fn tokenize_french(&self, text: &str, scratch: &mut Scratch) {
        scratch.lowered.clear();
        scratch.tokens.clear();
        scratch.own.clear();
        let base = text.as_ptr() as usize;
        let pieces = text.split(|c: char| c == '\'' || pystr::is_whitespace(c));
        for word in pieces.map(pystr::strip_punctuation_if_word) {
            let start = word.as_ptr() as usize - base;
            let (lower, lowered) = match lowercase_into(word, &mut scratch.lowered) {
                Some((from, to)) => ((from, to), true),
                None => ((start, start + word.len()), false),
            };
            let lower_text = if lowered {
                std::str::from_utf8(&scratch.lowered[lower.0..lower.1])
                    .expect("lower-cased text is UTF-8")
            } else {
                word
            };
            let info = self.word_info(lower_text.as_bytes());
            let own = if lower_text.is_ascii() {
                info
            } else {
                fold::transliterate(lower_text)
                    .map(|ascii| self.word_info(ascii.as_bytes()))
                    .unwrap_or_default()
            };
            scratch.tokens.push(Token {
                info,
                start: lower.0 as u32,
                end: lower.1 as u32,
                lowered,
                upper: pystr::is_upper(word),
                apostrophe: false,
            });
            scratch.own.push(own);
        }
    }

    /// The whole tokenizer for a text whose whitespace is ASCII and that has no emoji to
    /// describe (most texts, including those with accented words or typographic quotes): splits as
    /// `str.split()`, strips punctuation, lower-cases and decides ALL-CAPS. Returns false,
    /// having tokenized nothing, when the text has an emoji the reference would describe or
    /// whitespace beyond ASCII.
    ///
    /// The text is lower-cased whole (ASCII letters), once, so every token is a range of that
    /// copy and every key for the word table is read from it eight bytes at a time. A word of
    /// letters and digits (most words) is also classified eight bytes at a time: its end and
    /// case come from a few integer operations, with no branch per byte. A word with
    /// punctuation or control bytes in it is classified byte by byte, and a word with
    /// non-ASCII characters as the general tokenizer would.
    fn tokenize_on_ascii_spaces(&self, text: &str, scratch: &mut Scratch) -> bool {
        use ascii::{class, Lanes, SPACE};
        let bytes = text.as_bytes();
        if !bytes.is_ascii()
            && text
                .chars()
                .any(|c| !c.is_ascii() && (pystr::is_whitespace(c) || self.emoji.contains_key(&c)))
        {
            return false;
        }
        let Scratch {
            padded,
            lowered,
            tokens,
            ..
        } = scratch;
        tokens.clear();
        // Both copies are followed by a word's worth of spaces: every eight-byte read inside
        // a word is in bounds, and every word ends at a space.
        padded.clear();
        padded.extend_from_slice(bytes);
        padded.extend_from_slice(&[b' '; 8]);
        lowered.clear();
        lowered.extend(padded.iter().map(u8::to_ascii_lowercase));
        let mut at = 0;
        loop {
            while at < bytes.len() && class(bytes[at]) & SPACE != 0 {
                at += 1;
            }
            if at == bytes.len() {
                break;
            }
            let start = at;
            let first = Lanes::of(ascii::load(padded, start));
            let token = match first.word_length {
                // Most words end within their first eight bytes: they are classified and
                // stripped of punctuation from the lanes alone, without a branch per byte.
                Some(length) if first.other == 0 => first.token(start, length),
                _ => long_token(text, padded, start, lowered),
            };
            at = token.whole_end;
            tokens.push(token.token);
        }
        // Words lower-cased beyond ASCII were appended to `lowered`: its last key reads, too,
        // must stay in bounds.
        lowered.extend_from_slice(&[b' '; 8]);
        // The look-ups come last, all together, with nothing between them that the processor
        // could mispredict: it then overlaps the memory accesses of many words.
        for token in tokens.iter_mut() {
            let (start, end) = (token.start as usize, token.end as usize);
            token.info = self.ascii_word_info(lowered, start, end);
            if token.apostrophe && !token.info.negation {
                token.info.negation = lexicon::has_contracted_not(&lowered[start..end]);
            }
        }
        true
    }

    /// The information of the word `lowered[start..end]`, whose bytes are read eight at a
    /// time; at least eight bytes of `lowered` follow every word.
    #[inline]
    fn ascii_word_info(&self, lowered: &[u8], start: usize, end: usize) -> WordInfo {
        let length = end - start;
        if length > MAX_KEY_BYTES {
            return WordInfo::default();
        }
        let mut words = [0u64; 3];
        for (index, word) in words.iter_mut().enumerate() {
            let offset = index * 8;
            if offset < length {
                *word = ascii::load(lowered, start + offset) & ascii::first_bytes(length - offset);
            }
        }
        self.words.info(&Key::from_words(words, length))
    }

    /// The general tokenizer: `words` come from `str.split()`; each is stripped of
    /// punctuation as the reference does, lower-cased and looked up once.
    fn tokenize_words<'t>(
        &self,
        text: &'t str,
        words: impl Iterator<Item = &'t str>,
        scratch: &mut Scratch,
    ) {
        scratch.lowered.clear();
        scratch.tokens.clear();
        let base = text.as_ptr() as usize;
        for word in words.map(pystr::strip_punctuation_if_word) {
            let start = word.as_ptr() as usize - base;
            let (lower, lowered) = match lowercase_into(word, &mut scratch.lowered) {
                Some((from, to)) => ((from, to), true),
                None => ((start, start + word.len()), false),
            };
            let lower_text = if lowered {
                &scratch.lowered[lower.0..lower.1]
            } else {
                word.as_bytes()
            };
            let mut info = Key::new(lower_text)
                .map(|key| self.words.info(&key))
                .unwrap_or_default();
            // A word the table knows has this in its information already.
            if !info.negation {
                info.negation = lexicon::has_contracted_not(lower_text);
            }
            scratch.tokens.push(Token {
                info,
                start: lower.0 as u32,
                end: lower.1 as u32,
                lowered,
                upper: pystr::is_upper(word),
                apostrophe: false,
            });
        }
    }
}

/// A text's windows of tokens. Each is tokenized with the context the rules read around
/// the tokens it scores: the three tokens before them (scored by the window before) and the
/// two after (scored by the window after), so every token is scored as in the whole text.
struct Windows<'w> {
    analyzer: &'w SentimentAnalyzer,
    /// The text not yet converted.
    rest: &'w str,
    window_bytes: usize,
    buffers: &'w mut Scratch,
    /// Converted text, from the first context word of the next window on.
    pending: &'w mut String,
    /// Of the window handed out last: the first token the next one needs as context, and
    /// where the window ended in `pending`.
    carry: Option<(usize, usize)>,
    /// Tokens at the start of the next window that a window before scored.
    scored_before: usize,
    after_space: bool,
    emphasis: Option<&'w mut EmphasisCount>,
    done: bool,
}

impl Windows<'_> {
    /// The next window and the range of its tokens to score, `None` after the last.
    fn next_window(&mut self) -> Option<(Sentence<'_>, Range<usize>)> {
        if self.done {
            return None;
        }
        let analyzer = self.analyzer;
        if let Some((first, cut)) = self.carry.take() {
            let carried = analyzer.carried_words(&self.pending[..cut], first);
            self.pending.replace_range(..cut, &carried);
        }
        loop {
            let appended_from = self.pending.len();
            let mut end = self.window_bytes.min(self.rest.len());
            while !self.rest.is_char_boundary(end) {
                end += 1;
            }
            let (piece, rest) = self.rest.split_at(end);
            self.rest = rest;
            analyzer.convert_into(piece, &mut self.after_space, self.pending);
            if let Some(emphasis) = self.emphasis.as_deref_mut() {
                emphasis.add(
                    &self.pending[appended_from..],
                    analyzer.rules.french_emphasis,
                );
            }
            let last = self.rest.is_empty();
            // A window ends where the tokenizer splits, so that it splits there as in the
            // whole text; a word longer than a window makes the window longer.
            let cut = if last {
                self.pending.len()
            } else {
                match self.pending[appended_from..]
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| analyzer.splits_at(c))
                {
                    Some((at, _)) => appended_from + at,
                    None => continue,
                }
            };
            let window = &self.pending[..cut];
            let sentence = analyzer.tokenize_window(window, self.buffers);
            let tokens = sentence.len();
            let scored_to = if last {
                tokens
            } else {
                tokens.saturating_sub(CONTEXT_AFTER).max(self.scored_before)
            };
            let range = self.scored_before..scored_to;
            if last {
                self.done = true;
            } else {
                let kept = scored_to.saturating_sub(CONTEXT_BEFORE);
                self.carry = Some((kept, cut));
                self.scored_before = scored_to - kept;
            }
            return Some((sentence, range));
        }
    }
}

/// The fast tokenizer's view of bytes: a class table for the words it reads byte by byte, and
/// lane arithmetic for the words it reads eight bytes at a time.
mod ascii {
    pub const SPACE: u8 = 1;
    pub const PUNCT: u8 = 2;
    pub const UPPER: u8 = 4;
    pub const LOWER: u8 = 8;
    pub const APOSTROPHE: u8 = 16;

    static CLASSES: [u8; 256] = {
        let mut classes = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            let byte = b as u8;
            classes[b] = if matches!(byte, b'\t'..=b'\r' | 0x1c..=0x1f | b' ') {
                // Python's str.split() whitespace, which includes U+001C..U+001F.
                SPACE
            } else if byte.is_ascii_uppercase() {
                UPPER
            } else if byte.is_ascii_lowercase() {
                LOWER
            } else if byte == b'\'' {
                PUNCT | APOSTROPHE
            } else if byte.is_ascii_punctuation() {
                PUNCT
            } else {
                0
            };
            b += 1;
        }
        classes
    };

    #[inline]
    pub fn class(byte: u8) -> u8 {
        CLASSES[usize::from(byte)]
    }

    /// Eight bytes from `at`, the first in the lowest bits.
    #[inline]
    pub fn load(bytes: &[u8], at: usize) -> u64 {
        u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"))
    }

    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;

    /// The lanes (high bit of each byte) of eight ASCII bytes whose value is in `low..high`.
    /// Adding `0x80 - n` to a byte below 0x80 sets its high bit exactly when it is at least
    /// `n`, and cannot carry into the next byte.
    #[inline]
    fn in_range(chunk: u64, low: u8, high: u8) -> u64 {
        let at_least = |n: u8| chunk.wrapping_add(ONES * u64::from(0x80 - n)) & HIGH;
        at_least(low) & !at_least(high)
    }

    /// The low `count` bytes of a word (all eight from 8 on).
    #[inline]
    pub fn first_bytes(count: usize) -> u64 {
        u64::MAX >> (64 - 8 * count.min(8))
    }

    /// What the tokenizer needs of eight bytes of a word: each field has the high bit of a
    /// byte's lane set where the class holds, up to the first whitespace byte, which ends the
    /// word.
    #[derive(Debug, Clone, Copy)]
    pub struct Lanes {
        pub upper: u64,
        pub lower: u64,
        /// `string.punctuation`.
        pub punct: u64,
        pub apostrophe: u64,
        /// Bytes that are neither ASCII letters, digits, punctuation nor whitespace: control
        /// bytes and the bytes of non-ASCII characters.
        pub other: u64,
        /// Every byte of the word.
        pub word: u64,
        /// Where the word ends in these eight bytes, if it does.
        pub word_length: Option<usize>,
    }

    /// A token as split, and where the whitespace-separated word it came from ends.
    pub struct SplitToken {
        pub token: super::Token,
        pub whole_end: usize,
    }

    impl Lanes {
        #[inline]
        pub fn of(chunk: u64) -> Lanes {
            // The lane arithmetic needs bytes below 0x80; the bytes of non-ASCII characters
            // are tested with their high bit cleared, then taken out of every ASCII class.
            let non_ascii = chunk & HIGH;
            let chunk = chunk & !HIGH;
            // Python's str.split() whitespace: \t..\r, U+001C..U+001F and the space.
            let space =
                (in_range(chunk, b'\t', b'\r' + 1) | in_range(chunk, 0x1c, b' ' + 1)) & !non_ascii;
            let (in_word, word_length) = match space {
                0 => (u64::MAX, None),
                _ => {
                    let bits_before = space.trailing_zeros() - 7;
                    ((1u64 << bits_before) - 1, Some(bits_before as usize / 8))
                }
            };
            let word = HIGH & in_word;
            let ascii = word & !non_ascii;
            let upper = in_range(chunk, b'A', b'Z' + 1) & ascii;
            let lower = in_range(chunk, b'a', b'z' + 1) & ascii;
            let digit = in_range(chunk, b'0', b'9' + 1);
            let printable = in_range(chunk, b'!', b'~' + 1);
            let punct = printable & ascii & !(upper | lower | digit);
            // A lane is zero exactly where the byte is an apostrophe.
            let apostrophe_xor = chunk ^ (ONES * u64::from(b'\''));
            let apostrophe = !(apostrophe_xor.wrapping_add(ONES * 0x7f) | apostrophe_xor) & ascii;
            Lanes {
                upper,
                lower,
                punct,
                apostrophe,
                other: word & !(ascii & printable),
                word,
                word_length,
            }
        }

        /// The token of a word of `length` bytes from `start` that these lanes cover whole:
        /// `token.strip(string.punctuation)` unless that leaves two bytes or fewer, as the
        /// reference keeps short tokens (`:)`) whole.
        #[inline]
        pub fn token(&self, start: usize, length: usize) -> SplitToken {
            let kept = self.word & !self.punct;
            let first = (kept.trailing_zeros() / 8) as usize;
            let last_plus_one = 8 - (kept.leading_zeros() / 8) as usize;
            let (from, to) = if last_plus_one.saturating_sub(first) <= 2 {
                (0, length)
            } else {
                (first, last_plus_one)
            };
            SplitToken {
                token: super::Token::in_lowered(
                    start + from,
                    start + to,
                    self.upper != 0 && self.lower == 0,
                    self.apostrophe != 0,
                ),
                whole_end: start + length,
            }
        }
    }
}

/// The token that starts at `start` and does not end within eight bytes or has other than
/// letters, digits and punctuation in it: read eight bytes at a time up to its end, then
/// classified byte by byte if it has anything but ASCII letters and digits.
fn long_token(text: &str, padded: &[u8], start: usize, lowered: &mut Vec<u8>) -> ascii::SplitToken {
    let (mut upper, mut lower, mut not_alphanumeric) = (0, 0, 0);
    let mut chunk_start = start;
    let end = loop {
        let lanes = ascii::Lanes::of(ascii::load(padded, chunk_start));
        upper |= lanes.upper;
        lower |= lanes.lower;
        not_alphanumeric |= lanes.punct | lanes.other;
        if let Some(length) = lanes.word_length {
            break chunk_start + length;
        }
        chunk_start += 8;
    };
    let bytes = text.as_bytes();
    let token = if not_alphanumeric == 0 {
        Token::in_lowered(start, end, upper != 0 && lower == 0, false)
    } else if bytes[start..end].is_ascii() {
        classified_token(bytes, start, end)
    } else {
        // The word ends at ASCII whitespace, so at a character boundary.
        unicode_token(text, start, end, lowered)
    };
    ascii::SplitToken {
        token,
        whole_end: end,
    }
}

/// The token of the word `text[start..end]`, which has non-ASCII characters, as the general
/// tokenizer makes it: stripped of punctuation (counting characters), lower-cased with
/// Unicode's rules (the final sigma included), ALL-CAPS as Python's `str.isupper()` decides.
/// `lowered` holds the text with its ASCII letters lower-cased; a word whose other characters
/// have no lower case of their own (typographic quotes, most scripts) is already lower-cased
/// there, any other is lower-cased onto its end.
fn unicode_token(text: &str, start: usize, end: usize, lowered: &mut Vec<u8>) -> Token {
    let whole = &text[start..end];
    let word = pystr::strip_punctuation_if_word(whole);
    let word_start = start + (word.as_ptr() as usize - whole.as_ptr() as usize);
    let unchanged_by_lowering = |c: char| {
        let mut lower = c.to_lowercase();
        c.is_ascii() || (lower.next() == Some(c) && lower.next().is_none())
    };
    let (lower_start, lower_end) = if word.chars().all(unchanged_by_lowering) {
        (word_start, word_start + word.len())
    } else {
        let from = lowered.len();
        lowered.extend_from_slice(word.to_lowercase().as_bytes());
        (from, lowered.len())
    };
    // Any word may be a contraction of "not" the table does not list: it is checked after the
    // look-up, as a word with an apostrophe is.
    Token::in_lowered(lower_start, lower_end, pystr::is_upper(word), true)
}

/// The token with punctuation or control bytes in `bytes[start..end]`, classified byte by
/// byte and stripped of punctuation as the reference strips it; its word is looked up later.
fn classified_token(bytes: &[u8], start: usize, end: usize) -> Token {
    use ascii::{class, APOSTROPHE, LOWER, PUNCT, UPPER};
    let seen = bytes[start..end].iter().fold(0, |seen, &b| seen | class(b));
    let (start, end) = if seen & PUNCT != 0 {
        pystr::strip_ascii_punctuation_if_word(bytes, start, end)
    } else {
        (start, end)
    };
    Token::in_lowered(
        start,
        end,
        seen & UPPER != 0 && seen & LOWER == 0,
        seen & APOSTROPHE != 0,
    )
}

/// LeIA's (VADER 3.2's) token clean-up on an ASCII token: the range of `token` that is its
/// word, when the token is a word of two characters or more with no punctuation in it
/// preceded or followed (not both) by one of the punctuation runs the reference lists; the
/// whole token otherwise.
fn leia_strip(token: &[u8]) -> (usize, usize) {
    const RUNS: [&[u8]; 20] = [
        b".", b"!", b"?", b",", b";", b":", b"-", b"'", b"\"", b"...", b"!?", b"?!", b"!!", b"!!!",
        b"??", b"???", b"?!?", b"!?!", b"?!?!", b"!?!?",
    ];
    let is_punct = |b: &u8| b.is_ascii_punctuation();
    let lead = token.iter().take_while(|b| is_punct(b)).count();
    let trail = token.iter().rev().take_while(|b| is_punct(b)).count();
    let word_without_punct = |word: &[u8]| word.len() > 1 && !word.iter().any(is_punct);
    let whole = (0, token.len());
    if lead == token.len() {
        whole
    } else if lead > 0 && RUNS.contains(&&token[..lead]) && word_without_punct(&token[lead..]) {
        (lead, token.len())
    } else if trail > 0
        && RUNS.contains(&&token[token.len() - trail..])
        && word_without_punct(&token[..token.len() - trail])
    {
        (0, token.len() - trail)
    } else {
        whole
    }
}

/// Appends `word.lower()` to `buffer` unless the word is already lower case; returns where.
fn lowercase_into(word: &str, buffer: &mut Vec<u8>) -> Option<(usize, usize)> {
    let start = buffer.len();
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return None;
        }
        buffer.extend_from_slice(word.as_bytes());
        buffer[start..].make_ascii_lowercase();
    } else {
        // str::to_lowercase applies the final-sigma rule, as Python's str.lower() does.
        let lower = word.to_lowercase();
        if lower == word {
            return None;
        }
        buffer.extend_from_slice(lower.as_bytes());
    }
    Some((start, buffer.len()))
}

/// `sentiment_valence`: the valence of token `i` after every rule that looks around it.
fn valence_at(
    sentence: &Sentence,
    i: usize,
    caps_differ: bool,
    analyzer: &SentimentAnalyzer,
) -> f64 {
    let Some(base) = sentence.valence(i) else {
        return 0.0;
    };
    let is = |j: usize, word: Special| sentence.is(j, word);
    let mut valence = base;

    // "no" followed by a lexicon word negates that word instead of counting itself.
    if sentence.own_is(i, Special::No) && i + 1 < sentence.len() && sentence.has_valence(i + 1) {
        valence = 0.0;
    }
    if (i > 0 && is(i - 1, Special::No))
        || (i > 1 && is(i - 2, Special::No))
        || (i > 2 && is(i - 3, Special::No) && (is(i - 1, Special::Or) || is(i - 1, Special::Nor)))
    {
        valence = base * NEGATION_SCALAR;
    }

    if sentence.tokens[i].upper && caps_differ {
        if valence > 0.0 {
            valence += CAPS_BOOST;
        } else {
            valence -= CAPS_BOOST;
        }
    }

    for distance in 1..=3 {
        if i < distance || sentence.has_valence(i - distance) {
            continue;
        }
        let mut scalar = booster_scalar(&sentence.tokens[i - distance], valence, caps_differ);
        if scalar != 0.0 {
            scalar *= match distance {
                2 => 0.95,
                3 => 0.9,
                _ => 1.0,
            };
        }
        valence += scalar;
        valence = negation_check(sentence, i, distance, valence);
        if distance == 3 {
            valence = special_idioms_check(sentence, i, valence, analyzer);
        }
    }

    least_check(sentence, i, valence)
}

/// `scalar_inc_dec`: what a preceding booster or dampener adds to `valence`.
fn booster_scalar(word: &Token, valence: f64, caps_differ: bool) -> f64 {
    if word.info.booster == 0 {
        return 0.0;
    }
    let mut scalar = f64::from(word.info.booster) * lexicon::BOOST;
    if valence < 0.0 {
        scalar = -scalar;
    }
    if word.upper && caps_differ {
        if valence > 0.0 {
            scalar += CAPS_BOOST;
        } else {
            scalar -= CAPS_BOOST;
        }
    }
    scalar
}

/// `_negation_check` for the word `distance` tokens before `i`, with its "never so/this" and
/// "without doubt" exceptions, including the reference's operator precedence at distance 3.
fn negation_check(sentence: &Sentence, i: usize, distance: usize, valence: f64) -> f64 {
    // vaderSentiment-fr's words that no negation turns.
    if sentence.tokens[i].info.never_negated() {
        return valence;
    }
    let is = |j: usize, word: Special| sentence.is(j, word);
    let so_or_this = |j: usize| is(j, Special::So) || is(j, Special::This);
    let negated = sentence.tokens[i - distance].info.negation;
    match distance {
        1 if negated => valence * NEGATION_SCALAR,
        2 if is(i - 2, Special::Never) && so_or_this(i - 1) => valence * 1.25,
        2 if is(i - 2, Special::Without) && is(i - 1, Special::Doubt) => valence,
        2 if negated => valence * NEGATION_SCALAR,
        3 if (is(i - 3, Special::Never) && so_or_this(i - 2)) || so_or_this(i - 1) => {
            valence * 1.25
        }
        3 if is(i - 3, Special::Without)
            && (is(i - 2, Special::Doubt) || is(i - 1, Special::Doubt)) =>
        {
            valence
        }
        3 if negated => valence * NEGATION_SCALAR,
        _ => valence,
    }
}

/// The tokens around token `i` that are words of some phrase: bit `k` stands for token
/// `i - 3 + k`, for the six tokens `i - 3 .. i + 3` that the idiom rules look at.
#[derive(Clone, Copy)]
struct PhraseWords {
    first: usize,
    bits: u8,
}

impl PhraseWords {
    fn around(sentence: &Sentence, i: usize) -> PhraseWords {
        let first = i - 3;
        let last = (i + 3).min(sentence.len());
        let bits = (first..last)
            .filter(|&j| sentence.tokens[j].info.in_phrase())
            .fold(0u8, |bits, j| bits | 1 << (j - first));
        PhraseWords { first, bits }
    }

    /// Whether every token of `range` is a phrase word, the condition for it to spell one.
    fn cover(self, range: &Range<usize>) -> bool {
        let wanted = ((1u8 << range.len()) - 1) << (range.start - self.first);
        self.bits & wanted == wanted
    }
}

/// The value of the phrase in `table` that the tokens `range` spell, lower-cased, if any.
fn phrase_value(
    sentence: &Sentence,
    phrase_words: PhraseWords,
    range: Range<usize>,
    table: &[(Vec<&str>, f64)],
) -> Option<f64> {
    if !phrase_words.cover(&range) {
        return None;
    }
    table
        .iter()
        .find(|(phrase, _)| {
            phrase.len() == range.len()
                && range
                    .clone()
                    .zip(phrase.iter())
                    .all(|(j, word)| sentence.lower(j) == word.as_bytes())
        })
        .map(|(_, value)| *value)
}

/// `_special_idioms_check` (only reached for i >= 3): idioms around the word replace its
/// valence, then booster n-grams before it add theirs.
fn special_idioms_check(
    sentence: &Sentence,
    i: usize,
    mut valence: f64,
    analyzer: &SentimentAnalyzer,
) -> f64 {
    let phrase_words = PhraseWords::around(sentence, i);
    // Most words have no phrase word near them, and then no n-gram can match.
    if phrase_words.bits == 0 {
        return valence;
    }
    let special_case =
        |range: Range<usize>| phrase_value(sentence, phrase_words, range, &analyzer.special_cases);
    let before = [i - 1..i + 1, i - 2..i + 1, i - 2..i, i - 3..i, i - 3..i - 1];
    if let Some(value) = before.into_iter().find_map(special_case) {
        valence = value;
    }
    if sentence.len() - 1 > i {
        if let Some(value) = special_case(i..i + 2) {
            valence = value;
        }
    }
    if sentence.len() - 1 > i + 1 {
        if let Some(value) = special_case(i..i + 3) {
            valence = value;
        }
    }
    for range in [i - 3..i, i - 3..i - 1, i - 2..i] {
        if let Some(value) = phrase_value(sentence, phrase_words, range, &analyzer.booster_phrases)
        {
            valence += value;
        }
    }
    valence
}

/// `_least_check`: "least" before a word negates it, except in "at least" and "very least".
fn least_check(sentence: &Sentence, i: usize, valence: f64) -> f64 {
    let is_bare_least = |j: usize| !sentence.has_valence(j) && sentence.is(j, Special::Least);
    if i > 1 && is_bare_least(i - 1) {
        if !sentence.is(i - 2, Special::At) && !sentence.is(i - 2, Special::Very) {
            return valence * NEGATION_SCALAR;
        }
        valence
    } else if i > 0 && is_bare_least(i - 1) {
        valence * NEGATION_SCALAR
    } else {
        valence
    }
}

#[cfg(test)]
mod tests;
