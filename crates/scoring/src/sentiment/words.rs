//! Every word the rules know, in one perfect-hash table built for the tokenizer.
//!
//! A general-purpose map hashes the key's bytes one at a time and calls `memcmp` to confirm a
//! match; that was a fifth of the scoring time. Here a lower-cased word of at most
//! [`MAX_KEY_BYTES`] bytes is packed, zero-padded, into three machine words ([`Key`]); hashing
//! is three independent multiplications and confirming a match is one comparison of the
//! words and the length, without a branch. Longer tokens cannot be in the table (no word the
//! rules know is that long).

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
    /// [`WordInfo::NEVER_NEGATED`] and [`WordInfo::IN_PHRASE`], in one byte so that all but
    /// the valence is four bytes: the tokenizer copies that to every token as one word,
    /// where five bytes were copied one at a time through the stack, 4% of English scoring.
    flags: u8,
    pub special: Special,
}

impl Default for WordInfo {
    fn default() -> Self {
        WordInfo {
            valence: f64::NAN,
            booster: 0,
            negation: false,
            flags: 0,
            special: Special::None,
        }
    }
}

impl WordInfo {
    /// No negation turns its valence (vaderSentiment-fr's `no_negate.txt`).
    const NEVER_NEGATED: u8 = 1;
    /// Part of a special-case idiom or a booster phrase: n-grams are only compared when
    /// every one of their words is.
    const IN_PHRASE: u8 = 2;

    pub fn valence(&self) -> Option<f64> {
        (!self.valence.is_nan()).then_some(self.valence)
    }

    pub fn has_valence(&self) -> bool {
        !self.valence.is_nan()
    }

    pub fn never_negated(&self) -> bool {
        self.flags & Self::NEVER_NEGATED != 0
    }

    pub fn in_phrase(&self) -> bool {
        self.flags & Self::IN_PHRASE != 0
    }

    pub fn set_never_negated(&mut self) {
        self.flags |= Self::NEVER_NEGATED;
    }

    pub fn set_in_phrase(&mut self) {
        self.flags |= Self::IN_PHRASE;
    }
}

/// A word of at most [`MAX_KEY_BYTES`] bytes, packed little-endian and zero-padded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Key {
    words: [u64; 3],
    len: u8,
}

impl Key {
    /// `None` when the word is too long to be in the table.
    pub fn new(word: &[u8]) -> Option<Key> {
        let mut padded = [0u8; MAX_KEY_BYTES];
        padded.get_mut(..word.len())?.copy_from_slice(word);
        let word_at = |i: usize| {
            u64::from_le_bytes(padded[i * 8..i * 8 + 8].try_into().expect("eight bytes"))
        };
        Some(Key::from_words(
            [word_at(0), word_at(1), word_at(2)],
            word.len(),
        ))
    }

    /// `words` hold the word's `len` bytes, little-endian, followed by zeros.
    #[inline]
    pub fn from_words(words: [u64; 3], len: usize) -> Key {
        debug_assert!(len <= MAX_KEY_BYTES);
        Key {
            words,
            len: len as u8,
        }
    }

    /// 64 well-mixed bits of the key. The three words are multiplied independently, so the
    /// multiplications overlap instead of waiting on each other.
    #[inline]
    fn hash(&self) -> u64 {
        let mixed = self.words[0].wrapping_mul(0x9e37_79b9_7f4a_7c15)
            ^ self.words[1].wrapping_mul(0xc2b2_ae3d_27d4_eb4f)
            ^ self.words[2].wrapping_mul(0x1656_67b1_9e37_79f9)
            ^ u64::from(self.len);
        fold(mixed)
    }
}

/// Folds the high bits of a product into the low ones and mixes once more.
#[inline]
fn fold(value: u64) -> u64 {
    let value = (value ^ (value >> 32)).wrapping_mul(0xd6e8_feb8_6659_fd93);
    value ^ (value >> 32)
}

struct Entry<T> {
    key: Key,
    info: T,
}

/// Lower-cased word → what is known of it (`T`, [`WordInfo`] for VADER's rules), by a perfect
/// hash built when the table is.
///
/// A look-up is a fixed sequence with no loop and no branch on whether the word is known:
/// the key's hash picks a bucket, the bucket's *pilot* (found when the table was built so
/// that no two words share a slot) picks the word's slot, the slot names an entry, and the
/// entry's key decides between its information and that of an unknown word. Most tokens of
/// real text are not in the lexicon, so a probing table's found/not-found branch was
/// mispredicted on a large share of tokens and stalled the tokenizer behind it.
pub struct WordTable<T = WordInfo> {
    /// One pilot per bucket of hashes.
    pilots: Vec<u16>,
    /// The entry index of each slot; 0, the entry of no word, for a slot no word takes.
    slots: Vec<u16>,
    /// `entries[0]` is no word's: its key matches nothing and its information is an unknown
    /// word's.
    entries: Vec<Entry<T>>,
}

/// log2 of the slots per word, rounded up: at most half the slots are taken, so a pilot for
/// each bucket is quick to find.
const SLOTS_PER_WORD_BITS: u32 = 1;
/// Words per bucket, on average.
const WORDS_PER_BUCKET: usize = 2;

impl<T: Copy + Default> WordTable<T> {
    /// Builds the table from every word to know; an absent word's information is
    /// `T::default()`.
    pub fn new<'w>(words: impl IntoIterator<Item = (&'w str, T)>) -> WordTable<T> {
        let mut entries = vec![Entry {
            // No token has 255 bytes in a key, so this key matches nothing.
            key: Key {
                words: [0; 3],
                len: u8::MAX,
            },
            info: T::default(),
        }];
        entries.extend(words.into_iter().map(|(word, info)| {
            Entry {
                key: Key::new(word.as_bytes())
                    .unwrap_or_else(|| panic!("{word:?} is longer than {MAX_KEY_BYTES} bytes")),
                info,
            }
        }));
        assert!(entries.len() <= usize::from(u16::MAX), "too many words");
        let words = entries.len() - 1;
        let slot_bits = (words.max(8).next_power_of_two().trailing_zeros()) + SLOTS_PER_WORD_BITS;
        let bucket_count = (words / WORDS_PER_BUCKET).max(1).next_power_of_two();
        let mut table = WordTable {
            pilots: vec![0; bucket_count],
            slots: vec![0; 1 << slot_bits],
            entries: Vec::new(),
        };
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (index, entry) in entries.iter().enumerate().skip(1) {
            buckets[table.bucket(entry.key.hash())].push(index);
        }
        // The fullest buckets first, while most slots are free.
        let mut order: Vec<usize> = (0..bucket_count).collect();
        order.sort_by_key(|&bucket| std::cmp::Reverse(buckets[bucket].len()));
        let mut taken: Vec<usize> = Vec::new();
        for bucket in order.into_iter().take_while(|&b| !buckets[b].is_empty()) {
            let members = &buckets[bucket];
            let pilot = (0..=u16::MAX)
                .find(|&pilot| {
                    taken.clear();
                    members.iter().all(|&index| {
                        let slot = table.slot(entries[index].key.hash(), pilot);
                        let free = table.slots[slot] == 0 && !taken.contains(&slot);
                        taken.push(slot);
                        free
                    })
                })
                .expect("half-empty slots leave a pilot for every bucket");
            table.pilots[bucket] = pilot;
            for (&index, &slot) in members.iter().zip(&taken) {
                table.slots[slot] = index as u16;
            }
        }
        table.entries = entries;
        table
    }

    #[inline]
    fn bucket(&self, hash: u64) -> usize {
        (hash >> 32) as usize & (self.pilots.len() - 1)
    }

    #[inline]
    fn slot(&self, hash: u64, pilot: u16) -> usize {
        let perturbed = hash ^ u64::from(pilot).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        fold(perturbed) as usize & (self.slots.len() - 1)
    }

    /// What is known of `key`: an absent word's information when it is not in the table.
    #[inline]
    pub fn info(&self, key: &Key) -> T {
        self.entries[self.index(key)].info
    }

    /// The entry of `key`, 0 when it is not in the table, chosen without a branch. Always
    /// inlined: as a call it stood between the tokenizer's look-ups, which a processor
    /// otherwise overlaps.
    #[inline(always)]
    fn index(&self, key: &Key) -> usize {
        let hash = key.hash();
        let pilot = self.pilots[self.bucket(hash)];
        let candidate = usize::from(self.slots[self.slot(hash, pilot)]);
        let found = &self.entries[candidate].key;
        // One comparison of all four parts, rather than four branches.
        let differences = (found.words[0] ^ key.words[0])
            | (found.words[1] ^ key.words[1])
            | (found.words[2] ^ key.words[2])
            | u64::from(found.len ^ key.len);
        // Whether a word is in the lexicon is as good as random: a branch on it would be
        // mispredicted often, and LLVM made one of the multiplication this was written as
        // once the tokenizer around it changed.
        std::hint::select_unpredictable(differences == 0, candidate, 0)
    }

    pub fn get_word(&self, word: &str) -> Option<&T> {
        let index = self.index(&Key::new(word.as_bytes())?);
        (index != 0).then(|| &self.entries[index].info)
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

    /// Pilots are found for tables far larger than the lexicon, and every word of them is
    /// found and only they are.
    #[test]
    fn every_word_of_a_large_table_is_found() {
        let words: Vec<String> = (0..40_000u32).map(|i| format!("w{i:x}")).collect();
        let table = WordTable::new(words.iter().enumerate().map(|(i, word)| {
            (
                word.as_str(),
                WordInfo {
                    valence: i as f64,
                    ..WordInfo::default()
                },
            )
        }));
        for (i, word) in words.iter().enumerate() {
            assert_eq!(
                table.get_word(word).map(|info| info.valence),
                Some(i as f64)
            );
        }
        for absent in (40_000u32..80_000).map(|i| format!("w{i:x}")) {
            assert!(table.get_word(&absent).is_none(), "{absent}");
        }
    }
}
