//! Hashed features of a text: lower-cased word 1–2-grams, character n-grams within words
//! padded with a space on each side (scikit-learn's `char_wb`), and one feature per emoji or
//! other symbol. Every feature is a bucket of a table of `2^hash_bits` entries; a text's
//! features are its buckets, repeated as often as the n-gram occurs.

/// Which features a model reads. Stored in its file, so that prediction extracts exactly
/// what training did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureSpec {
    /// The table has `2^hash_bits` buckets per class (8 to 24).
    pub hash_bits: u8,
    /// Word n-grams from 1 to this (0: none, 1: words, 2: words and word pairs).
    pub word_max: u8,
    /// Shortest character n-gram (1 or more); no character n-grams when above `char_max`.
    pub char_min: u8,
    /// Longest character n-gram (at most 8).
    pub char_max: u8,
    /// One feature per emoji or other non-ASCII symbol.
    pub emoji: bool,
}

impl Default for FeatureSpec {
    /// The sentiment default: words 1–2, characters 2–5, emoji, 2^18 buckets.
    fn default() -> Self {
        FeatureSpec {
            hash_bits: 18,
            word_max: 2,
            char_min: 2,
            char_max: 5,
            emoji: true,
        }
    }
}

impl FeatureSpec {
    /// Buckets in the table.
    pub fn buckets(&self) -> usize {
        1 << self.hash_bits
    }

    /// Whether the settings are ones [`FeatureSpec::for_each`] can extract.
    pub fn is_valid(&self) -> bool {
        (8..=24).contains(&self.hash_bits)
            && self.word_max <= 2
            && self.char_min >= 1
            && self.char_max <= 8
            && (self.word_max > 0 || self.char_min <= self.char_max || self.emoji)
    }

    /// Calls `feature` with the bucket of every feature of `text`, in text order, and
    /// returns how many there were.
    pub fn for_each(&self, text: &str, mut feature: impl FnMut(u32)) -> u32 {
        let shift = 64 - u32::from(self.hash_bits);
        let mut count = 0u32;
        let mut emit = |hash: u64| {
            count += 1;
            feature((finish(hash) >> shift) as u32);
        };
        // The previous word's hash, for word pairs; 0 at the start and after a symbol.
        let mut previous_word = 0u64;
        let mut word = [0u32; MAX_WORD_CHARS + 2];
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if !is_word_char(c) {
                if self.emoji && !c.is_ascii() && !c.is_whitespace() && !is_invisible(c) {
                    emit(mix(SYMBOL_SEED, c as u64));
                    previous_word = 0;
                }
                continue;
            }
            // A word: its lower-cased characters between two spaces, as char_wb pads it.
            word[0] = ' ' as u32;
            let mut length = 1;
            let mut push = |c: char, length: &mut usize| {
                if *length <= MAX_WORD_CHARS {
                    word[*length] = lowercase(c) as u32;
                    *length += 1;
                }
            };
            push(c, &mut length);
            while let Some(&next) = chars.peek() {
                if !is_word_char(next) {
                    break;
                }
                push(next, &mut length);
                chars.next();
            }
            word[length] = ' ' as u32;
            let padded = &word[..=length];
            if self.word_max >= 1 {
                let hash = padded[1..length]
                    .iter()
                    .fold(WORD_SEED, |h, &c| mix(h, u64::from(c)));
                emit(hash);
                if self.word_max >= 2 && previous_word != 0 {
                    emit(mix(mix(PAIR_SEED, previous_word), hash));
                }
                previous_word = hash;
            }
            let (low, high) = (usize::from(self.char_min), usize::from(self.char_max));
            for start in 0..padded.len() {
                let mut hash = CHAR_SEED;
                for (n, &c) in padded[start..].iter().take(high).enumerate() {
                    hash = mix(hash, u64::from(c));
                    if n + 1 >= low {
                        emit(hash);
                    }
                }
            }
        }
        count
    }
}

/// Longer words are cut here: a word of 40 letters is a run of letters, not a word.
const MAX_WORD_CHARS: usize = 40;

const WORD_SEED: u64 = 0x5157_4f52_4431_0001;
const PAIR_SEED: u64 = 0x5157_4f52_4432_0002;
const CHAR_SEED: u64 = 0x4348_4152_0000_0003;
const SYMBOL_SEED: u64 = 0x5359_4d42_0000_0004;

/// One step of the Fx hash (rustc's): rotate, xor, multiply.
#[inline(always)]
fn mix(hash: u64, value: u64) -> u64 {
    (hash.rotate_left(5) ^ value).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// Spreads the last character's bits into the high bits that pick the bucket.
#[inline(always)]
fn finish(hash: u64) -> u64 {
    (hash ^ (hash >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Letters, digits and the combining marks that carry Yoruba's tones and Igbo's dots, which
/// Unicode does not count as alphanumeric but which belong to their word.
#[inline(always)]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Joiners, variation selectors and skin tones, which modify the symbol before them.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{2060}'..='\u{206F}')
}

#[inline(always)]
fn lowercase(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buckets(spec: &FeatureSpec, text: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let count = spec.for_each(text, |b| out.push(b));
        assert_eq!(count as usize, out.len());
        out
    }

    #[test]
    fn features_count_as_char_wb_and_word_ngrams_do() {
        let spec = FeatureSpec::default();
        // "ba": padded " ba " has 4 characters: 3 bigrams, 2 trigrams, 1 four-gram; one word.
        assert_eq!(buckets(&spec, "ba").len(), 3 + 2 + 1 + 1);
        // Two words add a word pair.
        assert_eq!(buckets(&spec, "ba ba").len(), 2 * 7 + 1);
    }

    #[test]
    fn case_and_punctuation_do_not_change_the_features() {
        let spec = FeatureSpec::default();
        assert_eq!(buckets(&spec, "Na WAHALA!"), buckets(&spec, "na wahala"));
        assert_ne!(buckets(&spec, "na wahala"), buckets(&spec, "wahala na"));
    }

    #[test]
    fn yoruba_tone_marks_stay_in_their_word() {
        let spec = FeatureSpec {
            char_max: 0,
            ..FeatureSpec::default()
        };
        // "ọ̀rọ̀" with combining grave accents is one word, not three pieces.
        assert_eq!(buckets(&spec, "o\u{323}\u{300}ro\u{323}\u{300}").len(), 1);
    }

    #[test]
    fn emoji_are_features_and_their_modifiers_are_not() {
        let spec = FeatureSpec::default();
        let plain = buckets(&spec, "ba");
        assert_eq!(buckets(&spec, "ba 😂").len(), plain.len() + 1);
        assert_eq!(buckets(&spec, "ba 👍🏽\u{FE0F}").len(), plain.len() + 1);
        let without = FeatureSpec {
            emoji: false,
            ..spec
        };
        assert_eq!(buckets(&without, "ba 😂"), buckets(&without, "ba"));
    }

    #[test]
    fn buckets_fall_in_the_table() {
        let spec = FeatureSpec {
            hash_bits: 10,
            ..FeatureSpec::default()
        };
        assert!(buckets(&spec, "Ina son ka sosai, Allah ya kiyaye 🙏")
            .iter()
            .all(|&b| b < 1024));
    }
}
