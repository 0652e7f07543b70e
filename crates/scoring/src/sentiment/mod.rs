//! VADER sentiment, scored exactly as vaderSentiment 3.3.2's `polarity_scores` scores it.
//!
//! [`SentimentAnalyzer`] holds the lexicon (built once); [`SentimentAnalyzer::polarity_scores`]
//! turns one text into a [`Polarity`], and [`SentimentAnalyzer::polarity_scores_batch`] scores a
//! slice of texts on all cores. Every rule below follows the reference implementation,
//! including its quirks (the "but" rule's first-equal-value look-up, ALL-CAPS on zero valence),
//! because analysts compare our numbers with it line by line.

mod lexicon;
mod pystr;

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use lexicon::{BOOSTER_PHRASES, CAPS_BOOST, NEGATION_SCALAR, SPECIAL_CASES};

/// The four numbers of `polarity_scores`, rounded as the reference rounds them.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Polarity {
    pub neg: f64,
    pub neu: f64,
    pub pos: f64,
    pub compound: f64,
}

/// VADER's conventional reading of a compound score (thresholds ±0.05).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SentimentLabel {
    Positive,
    Neutral,
    Negative,
}

impl SentimentLabel {
    pub fn from_compound(compound: f64) -> Self {
        if compound >= 0.05 {
            SentimentLabel::Positive
        } else if compound <= -0.05 {
            SentimentLabel::Negative
        } else {
            SentimentLabel::Neutral
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SentimentLabel::Positive => "positive",
            SentimentLabel::Neutral => "neutral",
            SentimentLabel::Negative => "negative",
        }
    }
}

impl Polarity {
    pub fn label(&self) -> SentimentLabel {
        SentimentLabel::from_compound(self.compound)
    }
}

/// The VADER model: lexicon, emoji descriptions and the rules that combine them.
pub struct SentimentAnalyzer {
    words: FxHashMap<&'static str, WordInfo>,
    emoji: FxHashMap<char, &'static str>,
}

impl Default for SentimentAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// Everything the rules ask of a lower-cased word, found with one look-up.
#[derive(Debug, Clone, Copy, Default)]
struct WordInfo {
    valence: Option<f64>,
    /// +1 for a booster, -1 for a dampener, 0 for neither: kept small so that the lexicon
    /// table stays in cache.
    booster: i8,
    negation: bool,
    /// Part of a special-case idiom or a booster phrase: n-grams are only compared when
    /// every one of their words is.
    in_phrase: bool,
}

/// What the rules need to know of one token, computed once per token.
#[derive(Debug, Clone, Copy)]
struct Token {
    /// The lower-cased token: a range of the text when it already was lower case, else of
    /// the scratch buffer.
    start: u32,
    end: u32,
    lowered: bool,
    info: WordInfo,
    upper: bool,
}

/// Buffers reused from one text to the next, so scoring allocates nothing per token.
#[derive(Default)]
struct Scratch {
    lowered: String,
    tokens: Vec<Token>,
    sentiments: Vec<f64>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// A tokenized text, as the rules see it.
struct Sentence<'a> {
    text: &'a str,
    lowered: &'a str,
    tokens: &'a [Token],
}

impl<'a> Sentence<'a> {
    fn len(&self) -> usize {
        self.tokens.len()
    }

    fn lower(&self, i: usize) -> &'a str {
        let token = &self.tokens[i];
        let source = if token.lowered {
            self.lowered
        } else {
            self.text
        };
        &source[token.start as usize..token.end as usize]
    }

    fn valence(&self, i: usize) -> Option<f64> {
        self.tokens[i].info.valence
    }
}

impl SentimentAnalyzer {
    /// Parses the vendored lexicons. Prefer [`SentimentAnalyzer::shared`] to build them once.
    pub fn new() -> Self {
        let mut words: FxHashMap<&'static str, WordInfo> = FxHashMap::default();
        for (word, valence) in lexicon::parse_lexicon() {
            words.entry(word).or_default().valence = Some(valence);
        }
        for (word, value) in lexicon::BOOSTERS {
            debug_assert_eq!(value.abs(), lexicon::BOOST);
            words.entry(word).or_default().booster = if value > 0.0 { 1 } else { -1 };
        }
        for word in lexicon::NEGATIONS {
            words.entry(word).or_default().negation = true;
        }
        let phrases = SPECIAL_CASES.iter().chain(BOOSTER_PHRASES.iter());
        for word in phrases.flat_map(|(phrase, _)| phrase.iter()) {
            words.entry(word).or_default().in_phrase = true;
        }
        for (word, info) in words.iter_mut() {
            info.negation |= lexicon::has_contracted_not(word);
        }
        let emoji = lexicon::parse_emoji();
        debug_assert!(emoji.keys().all(|c| !c.is_ascii()));
        SentimentAnalyzer { words, emoji }
    }

    /// A process-wide analyzer, built on first use.
    pub fn shared() -> &'static SentimentAnalyzer {
        static SHARED: OnceLock<SentimentAnalyzer> = OnceLock::new();
        SHARED.get_or_init(SentimentAnalyzer::new)
    }

    /// Scores many texts on all cores; the result is in input order.
    pub fn polarity_scores_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Polarity> {
        texts
            .par_iter()
            .map(|text| self.polarity_scores(text.as_ref()))
            .collect()
    }

    /// The lexicon valence of one word (matched lower-cased, as VADER matches it), if it has
    /// one. Stance rules use it to find the negative word a target is framed by.
    pub fn word_valence(&self, word: &str) -> Option<f64> {
        let lowered = word.to_lowercase();
        self.words
            .get(lowered.as_str())
            .and_then(|info| info.valence)
    }

    /// vaderSentiment 3.3.2's `SentimentIntensityAnalyzer().polarity_scores(text)`.
    pub fn polarity_scores(&self, text: &str) -> Polarity {
        let text = self.describe_emoji(text);
        let text = pystr::strip(&text);
        SCRATCH.with(|scratch| {
            let scratch = &mut *scratch.borrow_mut();
            self.tokenize(text, scratch);
            let sentence = Sentence {
                text,
                lowered: &scratch.lowered,
                tokens: &scratch.tokens,
            };

            let upper_count = sentence.tokens.iter().filter(|t| t.upper).count();
            let caps_differ = upper_count > 0 && upper_count < sentence.len();

            let sentiments = &mut scratch.sentiments;
            sentiments.clear();
            for i in 0..sentence.len() {
                let is_modifier = sentence.tokens[i].info.booster != 0
                    || (sentence.lower(i) == "kind"
                        && i + 1 < sentence.len()
                        && sentence.lower(i + 1) == "of");
                sentiments.push(if is_modifier {
                    0.0
                } else {
                    valence_at(&sentence, i, caps_differ)
                });
            }
            but_check(&sentence, sentiments);
            score_valence(sentiments, text)
        })
    }

    /// Splits as `str.split()`, strips punctuation as the reference does, lower-cases and
    /// looks each token up once.
    fn tokenize(&self, text: &str, scratch: &mut Scratch) {
        scratch.lowered.clear();
        scratch.tokens.clear();
        // The standard library's ASCII splitter is faster, and agrees with Python unless the
        // text holds one of the whitespace bytes it does not know.
        let ascii_split = text.is_ascii() && !text.bytes().any(|b| matches!(b, 0x0b | 0x1c..=0x1f));
        if ascii_split {
            self.tokenize_words(text, text.split_ascii_whitespace(), scratch);
        } else {
            self.tokenize_words(text, pystr::split(text), scratch);
        }
    }

    fn tokenize_words<'t>(
        &self,
        text: &'t str,
        words: impl Iterator<Item = &'t str>,
        scratch: &mut Scratch,
    ) {
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
                word
            };
            let info = match self.words.get(lower_text) {
                Some(info) => *info,
                None => WordInfo {
                    negation: lexicon::has_contracted_not(lower_text),
                    ..WordInfo::default()
                },
            };
            scratch.tokens.push(Token {
                start: lower.0 as u32,
                end: lower.1 as u32,
                lowered,
                info,
                upper: pystr::is_upper(word),
            });
        }
    }

    /// Replaces each emoji by its description, as the reference does before anything else.
    fn describe_emoji<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if text.is_ascii()
            || !text
                .chars()
                .any(|c| !c.is_ascii() && self.emoji.contains_key(&c))
        {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len() + 32);
        let mut prev_space = true;
        for c in text.chars() {
            match self.emoji.get(&c) {
                Some(description) => {
                    if !prev_space {
                        out.push(' ');
                    }
                    out.push_str(description);
                    prev_space = false;
                }
                None => {
                    out.push(c);
                    prev_space = c == ' ';
                }
            }
        }
        Cow::Owned(out)
    }
}

/// Appends `word.lower()` to `buffer` unless the word is already lower case; returns where.
fn lowercase_into(word: &str, buffer: &mut String) -> Option<(usize, usize)> {
    let start = buffer.len();
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return None;
        }
        buffer.push_str(word);
        buffer[start..].make_ascii_lowercase();
    } else {
        // str::to_lowercase applies the final-sigma rule, as Python's str.lower() does.
        let lower = word.to_lowercase();
        if lower == word {
            return None;
        }
        buffer.push_str(&lower);
    }
    Some((start, buffer.len()))
}

/// `sentiment_valence`: the valence of token `i` after every rule that looks around it.
fn valence_at(sentence: &Sentence, i: usize, caps_differ: bool) -> f64 {
    let Some(base) = sentence.valence(i) else {
        return 0.0;
    };
    let lower = |j: usize| sentence.lower(j);
    let mut valence = base;

    // "no" followed by a lexicon word negates that word instead of counting itself.
    if lower(i) == "no" && i + 1 < sentence.len() && sentence.valence(i + 1).is_some() {
        valence = 0.0;
    }
    if (i > 0 && lower(i - 1) == "no")
        || (i > 1 && lower(i - 2) == "no")
        || (i > 2 && lower(i - 3) == "no" && matches!(lower(i - 1), "or" | "nor"))
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
        if i < distance || sentence.valence(i - distance).is_some() {
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
            valence = special_idioms_check(sentence, i, valence);
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
    let lower = |j: usize| sentence.lower(j);
    let so_or_this = |word: &str| word == "so" || word == "this";
    let negated = sentence.tokens[i - distance].info.negation;
    match distance {
        1 if negated => valence * NEGATION_SCALAR,
        2 if lower(i - 2) == "never" && so_or_this(lower(i - 1)) => valence * 1.25,
        2 if lower(i - 2) == "without" && lower(i - 1) == "doubt" => valence,
        2 if negated => valence * NEGATION_SCALAR,
        3 if (lower(i - 3) == "never" && so_or_this(lower(i - 2))) || so_or_this(lower(i - 1)) => {
            valence * 1.25
        }
        3 if lower(i - 3) == "without" && (lower(i - 2) == "doubt" || lower(i - 1) == "doubt") => {
            valence
        }
        3 if negated => valence * NEGATION_SCALAR,
        _ => valence,
    }
}

/// The value of the phrase in `table` that the tokens `range` spell, lower-cased, if any.
fn phrase_value(
    sentence: &Sentence,
    range: std::ops::Range<usize>,
    table: &[(&[&str], f64)],
) -> Option<f64> {
    if !range.clone().all(|j| sentence.tokens[j].info.in_phrase) {
        return None;
    }
    table
        .iter()
        .find(|(phrase, _)| {
            phrase.len() == range.len()
                && range
                    .clone()
                    .zip(phrase.iter())
                    .all(|(j, word)| sentence.lower(j) == *word)
        })
        .map(|(_, value)| *value)
}

/// `_special_idioms_check` (only reached for i >= 3): idioms around the word replace its
/// valence, then booster n-grams before it add theirs.
fn special_idioms_check(sentence: &Sentence, i: usize, mut valence: f64) -> f64 {
    let special_case =
        |range: std::ops::Range<usize>| phrase_value(sentence, range, &SPECIAL_CASES);
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
        if let Some(value) = phrase_value(sentence, range, &BOOSTER_PHRASES) {
            valence += value;
        }
    }
    valence
}

/// `_least_check`: "least" before a word negates it, except in "at least" and "very least".
fn least_check(sentence: &Sentence, i: usize, valence: f64) -> f64 {
    let is_bare_least = |j: usize| sentence.valence(j).is_none() && sentence.lower(j) == "least";
    if i > 1 && is_bare_least(i - 1) {
        if sentence.lower(i - 2) != "at" && sentence.lower(i - 2) != "very" {
            return valence * NEGATION_SCALAR;
        }
        valence
    } else if i > 0 && is_bare_least(i - 1) {
        valence * NEGATION_SCALAR
    } else {
        valence
    }
}

/// `_but_check`, faithfully: the reference walks the list and rewrites, for each value, the
/// *first* element equal to it, so repeated values are scaled at the first place they occur.
fn but_check(sentence: &Sentence, sentiments: &mut [f64]) {
    let Some(but) = (0..sentence.len()).position(|j| sentence.lower(j) == "but") else {
        return;
    };
    for k in 0..sentiments.len() {
        let value = sentiments[k];
        let first = sentiments
            .iter()
            .position(|&s| s == value)
            .expect("the value is in the list");
        if first < but {
            sentiments[first] = value * 0.5;
        } else if first > but {
            sentiments[first] = value * 1.5;
        }
    }
}

/// Punctuation emphasis: up to four '!' and, from two on, '?'.
fn punctuation_emphasis(text: &str) -> f64 {
    let exclamations = text.bytes().filter(|&b| b == b'!').count().min(4);
    let questions = text.bytes().filter(|&b| b == b'?').count();
    let question_emphasis = match questions {
        0 | 1 => 0.0,
        2 | 3 => questions as f64 * 0.18,
        _ => 0.96,
    };
    exclamations as f64 * 0.292 + question_emphasis
}

/// `score_valence`: compound from the sum, and the positive/negative/neutral proportions.
fn score_valence(sentiments: &[f64], text: &str) -> Polarity {
    if sentiments.is_empty() {
        return Polarity {
            neg: 0.0,
            neu: 0.0,
            pos: 0.0,
            compound: 0.0,
        };
    }
    let emphasis = punctuation_emphasis(text);
    let mut sum: f64 = sentiments.iter().fold(0.0, |acc, s| acc + s);
    if sum > 0.0 {
        sum += emphasis;
    } else if sum < 0.0 {
        sum -= emphasis;
    }
    let compound = normalize(sum);

    let (mut pos_sum, mut neg_sum, mut neutral) = (0.0f64, 0.0f64, 0usize);
    for &s in sentiments {
        if s > 0.0 {
            pos_sum += s + 1.0;
        }
        if s < 0.0 {
            neg_sum += s - 1.0;
        }
        if s == 0.0 {
            neutral += 1;
        }
    }
    if pos_sum > neg_sum.abs() {
        pos_sum += emphasis;
    } else if pos_sum < neg_sum.abs() {
        neg_sum -= emphasis;
    }
    let total = pos_sum + neg_sum.abs() + neutral as f64;
    Polarity {
        neg: pystr::round((neg_sum / total).abs(), 3),
        neu: pystr::round((neutral as f64 / total).abs(), 3),
        pos: pystr::round((pos_sum / total).abs(), 3),
        compound: pystr::round(compound, 4),
    }
}

/// Maps a raw sum of valences into [-1, 1] with VADER's alpha of 15.
fn normalize(score: f64) -> f64 {
    (score / (score * score + 15.0).sqrt()).clamp(-1.0, 1.0)
}

#[cfg(test)]
mod tests;
