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
    lexicon: FxHashMap<&'static str, f64>,
    emoji: FxHashMap<char, &'static str>,
}

impl Default for SentimentAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// What the rules need to know of one token, computed once per token.
struct Token<'a> {
    lower: &'a str,
    valence: Option<f64>,
    upper: bool,
}

impl SentimentAnalyzer {
    /// Parses the vendored lexicons. Prefer [`SentimentAnalyzer::shared`] to build them once.
    pub fn new() -> Self {
        let emoji = lexicon::parse_emoji();
        debug_assert!(emoji.keys().all(|c| !c.is_ascii()));
        SentimentAnalyzer {
            lexicon: lexicon::parse_lexicon(),
            emoji,
        }
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

    /// vaderSentiment 3.3.2's `SentimentIntensityAnalyzer().polarity_scores(text)`.
    pub fn polarity_scores(&self, text: &str) -> Polarity {
        let text = self.describe_emoji(text);
        let text = pystr::strip(&text);

        let words: Vec<&str> = pystr::split(text)
            .map(pystr::strip_punctuation_if_word)
            .collect();
        let mut lowered = String::new();
        let lower_spans: Vec<Option<(usize, usize)>> = words
            .iter()
            .map(|word| lowercase_into(word, &mut lowered))
            .collect();
        let tokens: Vec<Token> = words
            .iter()
            .zip(&lower_spans)
            .map(|(word, span)| {
                let lower = match span {
                    Some((start, end)) => &lowered[*start..*end],
                    None => word,
                };
                Token {
                    lower,
                    valence: self.lexicon.get(lower).copied(),
                    upper: pystr::is_upper(word),
                }
            })
            .collect();

        let upper_count = tokens.iter().filter(|t| t.upper).count();
        let caps_differ = upper_count > 0 && upper_count < tokens.len();

        let mut sentiments: Vec<f64> = (0..tokens.len())
            .map(|i| {
                let is_modifier = lexicon::booster(tokens[i].lower).is_some()
                    || (tokens[i].lower == "kind"
                        && tokens.get(i + 1).is_some_and(|next| next.lower == "of"));
                if is_modifier {
                    0.0
                } else {
                    valence_at(&tokens, i, caps_differ)
                }
            })
            .collect();
        but_check(&tokens, &mut sentiments);
        score_valence(&sentiments, text)
    }

    /// Replaces each emoji by its description, as the reference does before anything else.
    fn describe_emoji<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if text.is_ascii() || !text.chars().any(|c| self.emoji.contains_key(&c)) {
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
        buffer.extend(word.chars().map(|c| c.to_ascii_lowercase()));
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
fn valence_at(tokens: &[Token], i: usize, caps_differ: bool) -> f64 {
    let Some(base) = tokens[i].valence else {
        return 0.0;
    };
    let lower = |j: usize| tokens[j].lower;
    let mut valence = base;

    // "no" followed by a lexicon word negates that word instead of counting itself.
    if lower(i) == "no" && tokens.get(i + 1).is_some_and(|next| next.valence.is_some()) {
        valence = 0.0;
    }
    if (i > 0 && lower(i - 1) == "no")
        || (i > 1 && lower(i - 2) == "no")
        || (i > 2 && lower(i - 3) == "no" && matches!(lower(i - 1), "or" | "nor"))
    {
        valence = base * NEGATION_SCALAR;
    }

    if tokens[i].upper && caps_differ {
        if valence > 0.0 {
            valence += CAPS_BOOST;
        } else {
            valence -= CAPS_BOOST;
        }
    }

    for distance in 1..=3 {
        if i < distance || tokens[i - distance].valence.is_some() {
            continue;
        }
        let mut scalar = booster_scalar(&tokens[i - distance], valence, caps_differ);
        if scalar != 0.0 {
            scalar *= match distance {
                2 => 0.95,
                3 => 0.9,
                _ => 1.0,
            };
        }
        valence += scalar;
        valence = negation_check(tokens, i, distance, valence);
        if distance == 3 {
            valence = special_idioms_check(tokens, i, valence);
        }
    }

    least_check(tokens, i, valence)
}

/// `scalar_inc_dec`: what a preceding booster or dampener adds to `valence`.
fn booster_scalar(word: &Token, valence: f64, caps_differ: bool) -> f64 {
    let Some(mut scalar) = lexicon::booster(word.lower) else {
        return 0.0;
    };
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
fn negation_check(tokens: &[Token], i: usize, distance: usize, valence: f64) -> f64 {
    let lower = |j: usize| tokens[j].lower;
    let so_or_this = |word: &str| word == "so" || word == "this";
    let negated = lexicon::is_negation(lower(i - distance));
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

/// True when the tokens `range` of `tokens`, lower-cased, are exactly `phrase`.
fn ngram_is(tokens: &[Token], range: std::ops::Range<usize>, phrase: &[&str]) -> bool {
    range.len() == phrase.len() && tokens[range].iter().zip(phrase).all(|(t, p)| t.lower == *p)
}

/// `_special_idioms_check` (only reached for i >= 3): idioms around the word replace its
/// valence, then booster n-grams before it add theirs.
fn special_idioms_check(tokens: &[Token], i: usize, mut valence: f64) -> f64 {
    let special_case = |range: std::ops::Range<usize>| {
        SPECIAL_CASES
            .iter()
            .find(|(phrase, _)| ngram_is(tokens, range.clone(), phrase))
            .map(|(_, value)| *value)
    };
    let before = [i - 1..i + 1, i - 2..i + 1, i - 2..i, i - 3..i, i - 3..i - 1];
    if let Some(value) = before.into_iter().find_map(special_case) {
        valence = value;
    }
    if tokens.len() - 1 > i {
        if let Some(value) = special_case(i..i + 2) {
            valence = value;
        }
    }
    if tokens.len() - 1 > i + 1 {
        if let Some(value) = special_case(i..i + 3) {
            valence = value;
        }
    }
    for range in [i - 3..i, i - 3..i - 1, i - 2..i] {
        for (phrase, value) in BOOSTER_PHRASES {
            if ngram_is(tokens, range.clone(), phrase) {
                valence += value;
            }
        }
    }
    valence
}

/// `_least_check`: "least" before a word negates it, except in "at least" and "very least".
fn least_check(tokens: &[Token], i: usize, valence: f64) -> f64 {
    let is_bare_least = |j: usize| tokens[j].valence.is_none() && tokens[j].lower == "least";
    if i > 1 && is_bare_least(i - 1) {
        if tokens[i - 2].lower != "at" && tokens[i - 2].lower != "very" {
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
fn but_check(tokens: &[Token], sentiments: &mut [f64]) {
    let Some(but) = tokens.iter().position(|t| t.lower == "but") else {
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
