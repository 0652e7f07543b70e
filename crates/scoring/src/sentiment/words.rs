//! Every word the rules know, in one open-addressing table built for the tokenizer.
//!
//! A general-purpose map hashes the key's bytes one at a time and calls `memcmp` to confirm a
//! match; that was a fifth of the scoring time. Here a lower-cased word of at most
//! [`MAX_KEY_BYTES`] bytes is packed, zero-padded, into three machine words ([`Key`]); hashing
//! is three multiplications and confirming a match is three integer comparisons plus the
//! length. Longer tokens cannot be in the table (no word the rules know is that long).

/// The longest word the table can hold. The longest lexicon entry has 19 bytes.
pub const MAX_KEY_BYTES: usize = 24;

/// The words the rules single out by spelling, so that a rule compares an id instead of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Special {
    #[default]
    None,
    No,
    Or,
    Nor,
    Kind,
    Of,
    But,
    Never,
    So,
    This,
    Without,
    Doubt,
    Least,
    At,
    Very,
}

impl Special {
    pub const WORDS: [(&'static str, Special); 14] = [
        ("no", Special::No),
        ("or", Special::Or),
        ("nor", Special::Nor),
        ("kind", Special::Kind),
        ("of", Special::Of),
        ("but", Special::But),
        ("never", Special::Never),
        ("so", Special::So),
        ("this", Special::This),
        ("without", Special::Without),
        ("doubt", Special::Doubt),
        ("least", Special::Least),
        ("at", Special::At),
        ("very", Special::Very),
    ];
}

/// Everything the rules ask of a lower-cased word, found with one look-up.
#[derive(Debug, Clone, Copy)]
pub struct WordInfo {
    /// The lexicon valence; NaN when the word is not in the lexicon (no valence is NaN).
    pub valence: f64,
    /// +1 for a booster, -1 for a dampener, 0 for neither.
    pub booster: i8,
    pub negation: bool,
    /// Part of a special-case idiom or a booster phrase: n-grams are only compared when
    /// every one of their words is.
    pub in_phrase: bool,
    pub special: Special,
}

impl Default for WordInfo {
    fn default() -> Self {
        WordInfo {
            valence: f64::NAN,
            booster: 0,
            negation: false,
            in_phrase: false,
            special: Special::None,
        }
    }
}

impl WordInfo {
    pub fn valence(&self) -> Option<f64> {
        (!self.valence.is_nan()).then_some(self.valence)
    }

    pub fn has_valence(&self) -> bool {
        !self.valence.is_nan()
    }
}

/// A word of at most [`MAX_KEY_BYTES`] bytes, packed little-endian and zero-padded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Key {
    words: [u64; 3],
    len: u8,
}

impl Key {
    /// `None` when the word is too long to be in the table.
    pub fn new(word: &[u8]) -> Option<Key> {
        let mut buffer = [0u8; MAX_KEY_BYTES];
        buffer.get_mut(..word.len())?.copy_from_slice(word);
        Some(Key::from_padded(&buffer, word.len()))
    }

    /// `padded` holds the word's `len` bytes followed by zeros.
    #[inline]
    pub fn from_padded(padded: &[u8; MAX_KEY_BYTES], len: usize) -> Key {
        let word = |i: usize| {
            u64::from_le_bytes(padded[i * 8..i * 8 + 8].try_into().expect("eight bytes"))
        };
        Key {
            words: [word(0), word(1), word(2)],
            len: len as u8,
        }
    }

    #[inline]
    fn hash(&self) -> u64 {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut h = (self.words[0] ^ u64::from(self.len)).wrapping_mul(K);
        h = (h.rotate_left(29) ^ self.words[1]).wrapping_mul(K);
        h = (h.rotate_left(29) ^ self.words[2]).wrapping_mul(K);
        h ^ (h >> 31)
    }
}

struct Entry {
    key: Key,
    info: WordInfo,
}

/// Lower-cased word → [`WordInfo`].
pub struct WordTable {
    /// 0 for an empty slot, else the entry's index + 1 in the low 16 bits and 16 bits of the
    /// key's hash above them, so that most probes that miss never touch an entry.
    slots: Vec<u32>,
    entries: Vec<Entry>,
}

impl WordTable {
    /// Builds the table from every word the rules know; `info` is called once per word.
    pub fn new<'w>(words: impl IntoIterator<Item = (&'w str, WordInfo)>) -> WordTable {
        let entries: Vec<Entry> = words
            .into_iter()
            .map(|(word, info)| Entry {
                key: Key::new(word.as_bytes())
                    .unwrap_or_else(|| panic!("{word:?} is longer than {MAX_KEY_BYTES} bytes")),
                info,
            })
            .collect();
        assert!(entries.len() < usize::from(u16::MAX), "too many words");
        let capacity = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = WordTable {
            slots: vec![0; capacity],
            entries: Vec::new(),
        };
        for entry in entries {
            let (mut slot, tag) = table.start(&entry.key);
            while table.slots[slot] != 0 {
                slot = (slot + 1) & (capacity - 1);
            }
            table.entries.push(entry);
            table.slots[slot] = (tag << 16) | table.entries.len() as u32;
        }
        table
    }

    #[inline]
    fn start(&self, key: &Key) -> (usize, u32) {
        let hash = key.hash();
        let slot = hash as usize & (self.slots.len() - 1);
        (slot, (hash >> 48) as u32)
    }

    #[inline]
    pub fn get(&self, key: &Key) -> Option<&WordInfo> {
        let mask = self.slots.len() - 1;
        let (mut slot, tag) = self.start(key);
        loop {
            let value = self.slots[slot];
            if value == 0 {
                return None;
            }
            if value >> 16 == tag {
                let entry = &self.entries[(value & 0xffff) as usize - 1];
                if entry.key == *key {
                    return Some(&entry.info);
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    pub fn get_word(&self, word: &str) -> Option<&WordInfo> {
        self.get(&Key::new(word.as_bytes())?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_word_and_nothing_else() {
        let words = [
            "good",
            "no",
            "very",
            "kiss",
            "sort-of",
            "a\0",
            "considerably",
        ];
        let table = WordTable::new(words.iter().enumerate().map(|(i, w)| {
            (
                *w,
                WordInfo {
                    valence: i as f64,
                    ..WordInfo::default()
                },
            )
        }));
        for (i, word) in words.iter().enumerate() {
            assert_eq!(table.get_word(word).unwrap().valence, i as f64, "{word}");
        }
        for absent in [
            "goo",
            "goods",
            "a",
            "",
            "No",
            "sort",
            "x".repeat(30).as_str(),
        ] {
            assert!(table.get_word(absent).is_none(), "{absent:?}");
        }
    }
}
