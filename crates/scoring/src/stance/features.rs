//! Hashed word and character n-grams: the features of the trained stance model.
//!
//! The text is lower-cased and its whitespace collapsed. Word n-grams are taken over tokens
//! (runs of letters, digits, `#`, `@`, `_` and inner apostrophes); character n-grams over the
//! normalized text, spaces included. Each n-gram is hashed (FNV-1a, seeded per kind and length)
//! into `2^hash_bits` slots; each group (words, characters) is scaled by one over the square
//! root of its n-gram count, so a long text does not outweigh a short one. No vocabulary is
//! kept, so featurizing needs nothing but the settings and allocates only the output.

use serde::{Deserialize, Serialize};

/// How texts become features; stored in the model so prediction featurizes as training did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeatureSettings {
    pub word_ngrams: (usize, usize),
    pub char_ngrams: (usize, usize),
    pub hash_bits: u32,
}

impl Default for FeatureSettings {
    fn default() -> Self {
        FeatureSettings {
            word_ngrams: (1, 3),
            char_ngrams: (2, 5),
            hash_bits: 18,
        }
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv_extend(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// A final mix so that n-grams differing only in their last bytes spread over all slots.
fn finish(hash: u64, salt: u64) -> u64 {
    let mut x = hash ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x
}

impl FeatureSettings {
    pub fn dimensions(&self) -> usize {
        1 << self.hash_bits
    }

    /// Refuses settings no model can have been trained with: a hash space past 2^24 slots
    /// (a model of 2^40 would ask for terabytes) and n-gram ranges that are empty or longer
    /// than any n-gram worth counting.
    pub fn validate(&self) -> Result<(), String> {
        const MAX_HASH_BITS: u32 = 24;
        const MAX_NGRAM: usize = 10;
        if !(1..=MAX_HASH_BITS).contains(&self.hash_bits) {
            return Err(format!(
                "hash_bits {} is outside 1..={MAX_HASH_BITS}",
                self.hash_bits
            ));
        }
        for (name, (low, high)) in [
            ("word_ngrams", self.word_ngrams),
            ("char_ngrams", self.char_ngrams),
        ] {
            if low == 0 || low > high || high > MAX_NGRAM {
                return Err(format!(
                    "{name} ({low}, {high}) is not a range within 1..={MAX_NGRAM}"
                ));
            }
        }
        Ok(())
    }

    /// Feature (slot, value) pairs of `text`; a slot may repeat, and repeats add up.
    pub fn featurize(&self, text: &str, out: &mut Vec<(u32, f32)>, normalized: &mut String) {
        out.clear();
        normalize(text, normalized);
        let mask = (self.dimensions() - 1) as u64;

        let word_count_before = out.len();
        let mut token_hashes: [u64; 8] = [0; 8];
        let (min_n, max_n) = self.word_ngrams;
        let mut seen = 0usize;
        for token in normalized.split(|c: char| !is_token_char(c)) {
            let token = token.trim_matches('\'');
            if token.is_empty() {
                continue;
            }
            token_hashes[seen % 8] = fnv_extend(FNV_OFFSET, token.as_bytes());
            seen += 1;
            for n in min_n..=max_n.min(seen).min(8) {
                let mut hash = FNV_OFFSET;
                for k in (seen - n)..seen {
                    hash = (hash ^ token_hashes[k % 8]).wrapping_mul(FNV_PRIME);
                }
                out.push(((finish(hash, n as u64) & mask) as u32, 1.0));
            }
        }
        scale(&mut out[word_count_before..]);

        let char_count_before = out.len();
        let (min_n, max_n) = self.char_ngrams;
        let bytes = normalized.as_bytes();
        let mut push_from = |start: usize, ends: &mut dyn Iterator<Item = usize>| {
            let mut hash = FNV_OFFSET;
            let mut from = start;
            for (n, end) in (1..=max_n).zip(ends) {
                hash = fnv_extend(hash, &bytes[from..end]);
                from = end;
                if n >= min_n {
                    out.push(((finish(hash, 100 + n as u64) & mask) as u32, 1.0));
                }
            }
        };
        if normalized.is_ascii() {
            // One byte per character: the n-gram ends are the next byte positions.
            for start in 0..bytes.len() {
                push_from(start, &mut (start + 1..=bytes.len()));
            }
        } else {
            for (start, _) in normalized.char_indices() {
                let mut ends = normalized[start..]
                    .char_indices()
                    .skip(1)
                    .map(|(i, _)| start + i)
                    .chain(std::iter::once(bytes.len()));
                push_from(start, &mut ends);
            }
        }
        scale(&mut out[char_count_before..]);
    }
}

fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '#' | '@' | '_' | '\'')
}

fn normalize(text: &str, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        let c = if c == '’' { '\'' } else { c };
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

fn scale(group: &mut [(u32, f32)]) {
    if group.is_empty() {
        return;
    }
    let value = 1.0 / (group.len() as f32).sqrt();
    for feature in group {
        feature.1 = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(text: &str) -> Vec<(u32, f32)> {
        let mut out = Vec::new();
        FeatureSettings::default().featurize(text, &mut out, &mut String::new());
        out
    }

    #[test]
    fn counts_every_word_and_character_ngram() {
        // "ab cd": words ab, cd, "ab cd" → 3; characters: 5 chars, n = 2..5 → 4 + 3 + 2 + 1 = 10.
        assert_eq!(features("AB   cd").len(), 13);
        assert_eq!(features("ab cd"), features("AB \t cd"));
    }

    #[test]
    fn each_group_is_scaled_to_unit_length_before_collisions() {
        let found = features("Shame on them.");
        let words = 3 + 2 + 1;
        let word_norm: f32 = found[..words].iter().map(|f| f.1 * f.1).sum();
        let char_norm: f32 = found[words..].iter().map(|f| f.1 * f.1).sum();
        assert!((word_norm - 1.0).abs() < 1e-5 && (char_norm - 1.0).abs() < 1e-5);
    }

    #[test]
    fn different_texts_hash_to_different_slots() {
        let a: std::collections::HashSet<u32> =
            features("support ukraine").iter().map(|f| f.0).collect();
        let b: std::collections::HashSet<u32> =
            features("condemn russia").iter().map(|f| f.0).collect();
        assert!(a.intersection(&b).count() <= 2, "{:?}", a.intersection(&b));
    }
}
