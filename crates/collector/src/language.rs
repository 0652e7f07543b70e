//! Language identification, reported as ISO 639-1 codes.
//!
//! Trigram detection (whatlang) costs time in proportion to the text, and dominated extraction
//! when run on every body and every reaction. An article's language is decided on a sample of
//! its body, by counting function words when one of eight common Latin-script languages clearly
//! wins, else by trigrams; a reaction inherits it unless it is written in another script, the
//! one case where a short text can be told apart from its article reliably.
//!
//! Hausa, Igbo, Yoruba, Nigerian Pidgin and Swahili (the languages with trained sentiment
//! packs), and Kinyarwanda, Xitsonga and Twi, are told from English and from each other by a
//! router ([`route`]): a character 1–4-gram classifier ([`textcat`]) trained on AfriSenti
//! tweets and English tweets. No other detector here knows the first four (whatlang has none
//! of them), and Hausa text often passes for Swahili by its function words (`ya`, `wa`, `ni`).
//! The router runs only where the decision above is English, Swahili or none, and changes it
//! only when it is confident ([`ROUTER_CONFIDENCE`]); every other decision is kept.

use std::sync::LazyLock;

use whatlang::Script;

/// The language of an article, decided once and inherited by its reactions.
pub struct ArticleLanguage {
    /// The article's language (ISO 639-1, or `pcm`), when decided.
    pub lang: Option<String>,
    script: Option<Script>,
}

impl ArticleLanguage {
    /// Uses the page's declared language when there is one, else detects it on the first
    /// half kilobyte of the body.
    pub fn new(declared: Option<String>, body: &str) -> Self {
        let declared_any = declared.is_some();
        let sample = body_sample(body);
        let function_words = FunctionWords::of(sample);
        let mut language = Self::detected(declared, sample, &function_words);
        // A page's declared language is kept: the router judges what detection decided.
        if !declared_any {
            language.lang = route_tallied(sample, language.lang, &function_words);
        }
        language
    }

    /// The declared or detected language of a body's `sample`, before the router.
    fn detected(declared: Option<String>, sample: &str, function_words: &FunctionWords) -> Self {
        let lang = declared.or_else(|| {
            if let Some(lang) = function_words.decide(&SAMPLE_DECISIVE) {
                return Some(lang.to_string());
            }
            let info = whatlang::detect(sample)?;
            let decided = info.is_reliable() || sample.len() > 200;
            decided
                .then(|| iso_639_1(info.lang().code()))
                .flatten()
                .map(str::to_string)
        });
        ArticleLanguage {
            lang,
            script: script_of(sample),
        }
    }

    /// A reaction's language: the article's, unless the reaction's own function words name
    /// another language, or it is in another script and detection on the reaction itself is
    /// confident; the reaction's own ([`of_text`]) when the article's is unknown.
    pub fn of_reaction(&self, text: &str) -> Option<String> {
        let function_words = FunctionWords::of(text);
        let decided = self.unrouted(text, &function_words);
        // A trained pack reads a reaction only in the language it was trained on: an article's
        // pack language passes to a reaction only when the router finds it in the reaction's
        // own words. An English reaction quoted in a Swahili article is not Swahili.
        let inherits_pack_language = decided.is_some()
            && decided == self.lang
            && ROUTER_LANGUAGES
                .iter()
                .any(|(_, lang)| Some(*lang) == decided.as_deref());
        if inherits_pack_language {
            // The router has read the text: where it found the article's language, routing
            // would keep that language (it is not English), so the model is not run twice.
            return if router_decision(text) == decided.as_deref() {
                decided
            } else {
                None
            };
        }
        route_tallied(text, decided, &function_words)
    }

    /// A reaction's language before the router.
    fn unrouted(&self, text: &str, function_words: &FunctionWords) -> Option<String> {
        let script = script_of(text);
        if self.lang.is_some() && (script.is_none() || script == self.script) {
            // A Swedish caption quoted in an English article: its own function words say so.
            return function_words
                .decide(&SHORT_DECISIVE)
                .map(str::to_string)
                .or_else(|| self.lang.clone());
        }
        if self.lang.is_none() {
            return unrouted_of_text(text, function_words);
        }
        confident(text).or_else(|| self.lang.clone())
    }
}

/// The first half kilobyte of a body, cut at a character boundary.
fn body_sample(body: &str) -> &str {
    const SAMPLE_BYTES: usize = 512;
    let mut end = body.len().min(SAMPLE_BYTES);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    &body[..end]
}

/// The router's model, trained by `reactions language train` (`make train-sentiment`) and
/// shipped in the binary.
static ROUTER_MODEL: &[u8] = include_bytes!("../data/langid.model");

static ROUTER: LazyLock<textcat::Classifier> = LazyLock::new(|| {
    textcat::Classifier::from_bytes(ROUTER_MODEL, "crates/collector/data/langid.model")
        .expect("the shipped router model is valid")
});

/// The router's classes: AfriSenti's file prefix, and the language code it decides.
pub const ROUTER_LANGUAGES: &[(&str, &str)] = &[
    ("ha", "ha"),
    ("ig", "ig"),
    ("yo", "yo"),
    ("pcm", "pcm"),
    ("sw", "sw"),
    ("kr", "rw"),
    ("ts", "ts"),
    ("twi", "tw"),
];

/// The router's English class.
pub const ROUTER_ENGLISH: &str = "en";

/// How sure the router must be to change a decision. At 0.8, as reactions in an English
/// article, 87% of the AfriSenti test tweets of ha, ig, yo, pcm and sw move to their language
/// and 18 of the 4,200 English tweets of the VADER paper move to a pack (`make
/// eval-sentiment`). Lower, and without the Pidgin rule below, English tweets leak into Pidgin
/// by the hundred (AfriSenti's Pidgin tweets are largely English words).
pub const ROUTER_CONFIDENCE: f32 = 0.8;

/// Words of Nigerian Pidgin that English does not use. Pidgin shares most of its words with
/// English, and English tweets unlike the router's English training data (SemEval stance
/// tweets on five topics) pass for Pidgin: the router decides Pidgin only with one of these.
const PIDGIN_WORDS: &[&str] = &[
    "na", "dey", "wey", "wetin", "abeg", "una", "sef", "oga", "wahala", "shey", "abi", "comot",
    "pikin", "oya", "jare", "haba", "nawa", "sabi", "kuku", "shebi", "naim", "pesin", "ehn", "tey",
    "mumu", "yawa", "gbege", "japa", "wan", "dem", "sha", "dis", "dat", "nor",
];

/// Whether `text` has a word of [`PIDGIN_WORDS`], in any case: one packed look-up a word.
fn has_pidgin_word(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| (2..=8).contains(&word.len()))
        .filter_map(|word| packed_word(word.as_bytes()))
        .any(|key| is_pidgin_key(key | ascii_uppercase_bits(key)))
}

fn is_pidgin_key(lowered: u64) -> bool {
    WORD_INDEX.get(lowered).is_some_and(|listed| listed.pidgin)
}

/// What the router makes of `text` whose language was decided as `decided`: the same unless
/// `decided` is English, Swahili or none, the text is in Latin letters, and the router is
/// confident of one of [`ROUTER_LANGUAGES`] (Pidgin only with a Pidgin word). Text whose own
/// function words say English is judged only when it has a Pidgin word: it is English or
/// English–Pidgin, and skipping the model keeps an English comment dump at its speed.
pub fn route(text: &str, decided: Option<String>) -> Option<String> {
    route_tallied(text, decided, &FunctionWords::of(text))
}

/// [`route`], with `text`'s function words already counted.
fn route_tallied(
    text: &str,
    decided: Option<String>,
    function_words: &FunctionWords,
) -> Option<String> {
    if !matches!(decided.as_deref(), None | Some("en" | "sw")) {
        return decided;
    }
    if decided.as_deref() == Some("en")
        && !function_words.pidgin
        && function_words.decide(&SHORT_DECISIVE) == Some("en")
    {
        return decided;
    }
    if script_of(text) != Some(Script::Latin) {
        return decided;
    }
    match router_decision(text) {
        Some(lang) => Some(lang.to_string()),
        None => decided,
    }
}

/// The router's confident language for `text`, or `None` (English, or not sure).
pub fn router_decision(text: &str) -> Option<&'static str> {
    let prediction = ROUTER.predict(text);
    if prediction.probability < ROUTER_CONFIDENCE {
        return None;
    }
    let class = ROUTER.label(prediction.class);
    let &(_, lang) = ROUTER_LANGUAGES.iter().find(|(name, _)| *name == class)?;
    (lang != "pcm" || has_pidgin_word(text)).then_some(lang)
}

/// The most probable of `langs` (codes of [`ROUTER_LANGUAGES`]) for `text`, whatever the
/// router's confidence: how well it tells those languages from each other.
pub fn router_closed_set(text: &str, langs: &[&str]) -> Option<&'static str> {
    let probabilities = ROUTER.probabilities(text);
    ROUTER
        .labels()
        .iter()
        .zip(probabilities)
        .filter_map(|(class, p)| {
            let &(_, lang) = ROUTER_LANGUAGES.iter().find(|(name, _)| name == class)?;
            langs.contains(&lang).then_some((lang, p))
        })
        .fold(
            None,
            |best: Option<(&'static str, f32)>, (lang, p)| match best {
                Some((_, q)) if q >= p => best,
                _ => Some((lang, p)),
            },
        )
        .map(|(lang, _)| lang)
}

/// The router's classifier, as trained: words and character 1–4-grams, no emoji, 2^16
/// buckets, IDF-weighted, balanced classes.
pub fn router_training_options() -> textcat::TrainingOptions {
    textcat::TrainingOptions {
        features: textcat::FeatureSpec {
            hash_bits: 16,
            word_max: 1,
            char_min: 1,
            char_max: 4,
            emoji: false,
        },
        l2: 1e-4,
        balanced: true,
        max_iterations: 200,
        idf: true,
    }
}

/// The dominant script. A text whose letters are all ASCII is Latin (or has no script)
/// without asking the detector, whatever quotes, dashes or emoji surround them.
fn script_of(text: &str) -> Option<Script> {
    if !text.chars().any(|c| !c.is_ascii() && c.is_alphabetic()) {
        return text
            .bytes()
            .any(|b| b.is_ascii_alphabetic())
            .then_some(Script::Latin);
    }
    whatlang::detect_script(text)
}

/// The most frequent function words of the commonest Latin-script languages of the news.
/// Each list leaves out words that are as frequent in another listed language ("de", "en",
/// "la", "die"), so that a hit is evidence for one language.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "it", "was", "for", "with", "on", "are", "be",
            "this", "have", "from", "by", "they", "which", "has", "would", "will", "their", "been",
            "were", "said", "not", "but", "his", "her", "after", "who",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "des", "est", "une", "dans", "pour", "qui", "sur", "pas", "avec", "du",
            "au", "aux", "sont", "ce", "cette", "elle", "nous", "ont", "été", "selon", "ils",
            "leur", "plus",
        ],
    ),
    (
        "de",
        &[
            "der", "und", "ist", "nicht", "mit", "dem", "ein", "eine", "auf", "für", "sich",
            "auch", "wird", "sind", "dass", "im", "werden", "nach", "zum", "zur", "bei", "wurde",
            "sie",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "del", "por", "con", "para", "se", "lo", "más", "pero", "sus",
            "fue", "está", "su", "al", "han", "entre", "sobre", "también", "y", "muy", "hay", "yo",
            "esto", "eso", "siempre", "ahora",
        ],
    ),
    (
        "pt",
        &[
            "os", "não", "uma", "em", "ao", "foi", "seu", "sua", "é", "dos", "na", "pelo", "pela",
            "ser", "também", "são", "às", "ainda", "após", "pelos",
        ],
    ),
    (
        "it",
        &[
            "che", "non", "per", "sono", "della", "gli", "è", "anche", "ma", "nel", "alla",
            "delle", "dei", "questo", "stato", "essere", "più", "dal",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "niet", "op", "voor", "zijn", "ook", "maar", "worden", "door", "wordt",
            "naar", "bij", "er", "heeft", "werd", "deze", "nog", "uit", "van", "met", "dat",
            "hebben", "wij",
        ],
    ),
    (
        "sv",
        &[
            "och", "att", "är", "för", "inte", "på", "jag", "av", "till", "har", "om", "ett",
            "kan", "var", "vi", "också",
        ],
    ),
    (
        "sw",
        &[
            "ya", "wa", "kwa", "ni", "za", "katika", "hii", "sana", "lakini", "kama", "hakuna",
            "wote", "hawa", "huu", "hiyo", "pia", "sasa", "bado", "kwamba", "zote", "yetu", "letu",
            "wetu", "watu", "kila", "hata",
        ],
    ),
    (
        "id",
        &[
            "yang", "dan", "di", "ini", "itu", "tidak", "dengan", "untuk", "ada", "dari", "akan",
            "juga", "harus", "sudah", "saya", "kita", "mereka", "karena", "pada", "bisa", "jangan",
            "makin", "semoga", "terus",
        ],
    ),
    (
        "tr",
        &[
            "bir", "ve", "bu", "için", "ile", "çok", "ne", "gibi", "daha", "olarak", "ama", "yok",
            "ben", "sen", "değil", "şey", "olsun",
        ],
    ),
    // Hindi as written in Latin letters in comments ("yeh sarkar kuch nahi karti").
    (
        "hi",
        &[
            "hai", "hain", "nahi", "nahin", "kya", "yeh", "bhi", "aur", "ko", "ki", "ke", "ka",
            "mein", "toh", "tha", "kuch", "sab", "karo", "hum", "ho", "bahut",
        ],
    ),
];

/// What a listed word is, packed by [`packed_word`] as the key of [`WORD_INDEX`].
#[derive(Clone, Copy, Default)]
struct Listed {
    /// Its language's index in [`FUNCTION_WORDS`] and its index in that list, for a function
    /// word.
    function_word: Option<(u8, u8)>,
    /// One of [`PIDGIN_WORDS`].
    pidgin: bool,
}

/// The function words and the Pidgin words in one table, so that a text's words are looked
/// up once for both: the two scans and two look-ups a word were a twelfth of the text
/// extraction bench.
static WORD_INDEX: LazyLock<WordIndex> = LazyLock::new(|| {
    let mut index = WordIndex {
        keys: vec![0; 1 << WordIndex::SLOT_BITS],
        listed: vec![Listed::default(); 1 << WordIndex::SLOT_BITS],
    };
    for (language, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
        for (at, word) in words.iter().enumerate() {
            let key = packed_word(word.as_bytes()).expect("function words fit in 8 bytes");
            let language = u8::try_from(language).expect("a dozen languages");
            let at = u8::try_from(at).expect("at most 64 words a language");
            index.entry(key).function_word = Some((language, at));
        }
    }
    for word in PIDGIN_WORDS {
        let key = packed_word(word.as_bytes()).expect("Pidgin words fit in 8 bytes");
        index.entry(key).pidgin = true;
    }
    index
});

/// Packed words and what they are, in an open-addressed table of a power of two slots (the
/// empty key 0 marks a free one), a few times more than the words: a look-up is one
/// multiplication and mostly one probe of a table in the first-level cache.
struct WordIndex {
    keys: Vec<u64>,
    listed: Vec<Listed>,
}

impl WordIndex {
    const SLOT_BITS: u32 = 10;

    fn slot(key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::SLOT_BITS)) as usize
    }

    fn get(&self, key: u64) -> Option<&Listed> {
        let mask = self.keys.len() - 1;
        let mut at = Self::slot(key);
        loop {
            match self.keys[at] {
                listed if listed == key => return Some(&self.listed[at]),
                0 => return None,
                _ => at = (at + 1) & mask,
            }
        }
    }

    fn entry(&mut self, key: u64) -> &mut Listed {
        let mask = self.keys.len() - 1;
        let mut at = Self::slot(key);
        while self.keys[at] != key && self.keys[at] != 0 {
            at = (at + 1) & mask;
        }
        self.keys[at] = key;
        &mut self.listed[at]
    }
}

/// A word of up to 8 bytes as one integer (no word holds a NUL byte), so that looking it up
/// hashes one integer instead of running SipHash over a string: the lookups were a twentieth
/// of extraction time.
fn packed_word(word: &[u8]) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.get_mut(..word.len())?.copy_from_slice(word);
    Some(u64::from_le_bytes(bytes))
}

/// The 0x20 bit of every ASCII capital in a packed word: OR-ing it in lower-cases the word.
fn ascii_uppercase_bits(packed: u64) -> u64 {
    // Per byte: 0x80 set where the byte is at least 'A' and not above 'Z'.
    let at_least_a = (packed | 0x8080_8080_8080_8080) - 0x4141_4141_4141_4141;
    let above_z = (packed | 0x8080_8080_8080_8080) - 0x5b5b_5b5b_5b5b_5b5b;
    let capital = at_least_a & !above_z & 0x8080_8080_8080_8080;
    capital >> 2
}

/// How much function-word evidence decides a language: hits, distinct words, and how many
/// times the runner-up's hits the winner needs.
struct Decisive {
    hits: u32,
    distinct: u32,
    margin: u32,
}

/// For an article's half-kilobyte sample.
const SAMPLE_DECISIVE: Decisive = Decisive {
    hits: 6,
    distinct: 4,
    margin: 3,
};

/// For a comment or a quoted reaction, a sentence or two: two different function words of one
/// language, twice the hits of any other ("This is another big problem for Ukraine").
const SHORT_DECISIVE: Decisive = Decisive {
    hits: 2,
    distinct: 2,
    margin: 2,
};

/// A text's function words tallied per language, which decide a Latin-script language or
/// leave it to the trigram detector (whose scoring took half of the extraction time: this
/// counts words). Counted once per text, then judged by as many [`Decisive`] bars as a caller
/// needs: an article's sample is judged as a sample, then by the router as a short text.
struct FunctionWords {
    hits: [u32; FUNCTION_WORDS.len()],
    distinct: [u64; FUNCTION_WORDS.len()],
    /// The text has a Pidgin word ([`has_pidgin_word`]), found in the same pass.
    pidgin: bool,
}

impl FunctionWords {
    fn of(sample: &str) -> Self {
        let mut tally = FunctionWords {
            hits: [0; FUNCTION_WORDS.len()],
            distinct: [0; FUNCTION_WORDS.len()],
            pidgin: false,
        };
        let mut lowered = String::new();
        // Words are runs of letters. An ASCII word is packed lower-cased as its letters go by,
        // with no second pass over it; a space after the text ends its last word.
        let (mut start, mut key, mut ascii) = (0, 0u64, true);
        for (at, c) in sample.char_indices().chain([(sample.len(), ' ')]) {
            if c.is_ascii_alphabetic() {
                let length = at - start;
                if length < 8 {
                    key |= u64::from(c.to_ascii_lowercase() as u8) << (8 * length);
                }
                continue;
            }
            if !c.is_ascii() && c.is_alphabetic() {
                ascii = false;
                continue;
            }
            if at > start {
                tally.word(&sample[start..at], key, ascii, &mut lowered);
            }
            (start, key, ascii) = (at + c.len_utf8(), 0, true);
        }
        tally
    }

    /// Counts `word`, packed lower-cased as `key` when it is `ascii`. Pidgin words are runs of
    /// ASCII letters: an ASCII word is one whole, a word with other letters holds them as its
    /// runs.
    fn word(&mut self, word: &str, key: u64, ascii: bool, lowered: &mut String) {
        if ascii {
            if word.len() <= 8 {
                self.count(WORD_INDEX.get(key), true);
            }
            return;
        }
        self.pidgin = self.pidgin || has_pidgin_word(word);
        if word.len() > 8 {
            return;
        }
        let key = if word.chars().any(char::is_uppercase) {
            lowered.clear();
            lowered.extend(word.chars().flat_map(char::to_lowercase));
            packed_word(lowered.as_bytes())
        } else {
            packed_word(word.as_bytes())
        };
        self.count(key.and_then(|key| WORD_INDEX.get(key)), false);
    }

    /// Counts a word that is `listed`, and notes it as a Pidgin word when it is one and is
    /// `whole_ascii` (a word with other letters is looked at for Pidgin in its ASCII runs).
    fn count(&mut self, listed: Option<&Listed>, whole_ascii: bool) {
        let Some(listed) = listed else {
            return;
        };
        self.pidgin |= whole_ascii && listed.pidgin;
        if let Some((language, at)) = listed.function_word {
            self.hits[usize::from(language)] += 1;
            self.distinct[usize::from(language)] |= 1 << at;
        }
    }

    /// The language with `decisive` hits on enough different words and a margin over any
    /// other, which a text in an unlisted language (whose function words are other words)
    /// does not reach.
    fn decide(&self, decisive: &Decisive) -> Option<&'static str> {
        let (best, &best_hits) = self.hits.iter().enumerate().max_by_key(|(_, h)| **h)?;
        let runner_up = self
            .hits
            .iter()
            .enumerate()
            .filter(|(language, _)| *language != best)
            .map(|(_, h)| *h)
            .max()
            .unwrap_or(0);
        let decided = best_hits >= decisive.hits
            && self.distinct[best].count_ones() >= decisive.distinct
            && best_hits >= decisive.margin * runner_up;
        decided.then_some(FUNCTION_WORDS[best].0)
    }
}

/// The language of a short text on its own (a comment, a reply), or `None` when it cannot be
/// told: another script decides through the detector's script test (Chinese, Hindi in
/// Devanagari, Arabic…); Latin letters through function words; the trigram detector only
/// for a Latin text of a sentence or more that function words leave undecided, and only when
/// it is confident. A few words or emoji alone stay undecided.
pub fn of_text(text: &str) -> Option<String> {
    let function_words = FunctionWords::of(text);
    route_tallied(
        text,
        unrouted_of_text(text, &function_words),
        &function_words,
    )
}

fn unrouted_of_text(text: &str, function_words: &FunctionWords) -> Option<String> {
    /// Below this many bytes of Latin letters trigrams guess more than they tell, and at
    /// 50 µs a call (40 times function words) they would halve the speed of a comment dump.
    const TRIGRAM_MIN_BYTES: usize = 120;
    match script_of(text) {
        None => None,
        Some(Script::Latin) => function_words
            .decide(&SHORT_DECISIVE)
            .map(str::to_string)
            .or_else(|| {
                (text.len() >= TRIGRAM_MIN_BYTES)
                    .then(|| confident(text))
                    .flatten()
            }),
        Some(_) => confident(text),
    }
}

/// The trigram detector's answer when it is reliable.
fn confident(text: &str) -> Option<String> {
    let info = whatlang::detect(text)?;
    info.is_reliable()
        .then(|| iso_639_1(info.lang().code()))
        .flatten()
        .map(str::to_string)
}

/// ISO 639-3 (what the detector reports) to ISO 639-1, for the languages it knows.
fn iso_639_1(code: &str) -> Option<&'static str> {
    const CODES: &[(&str, &str)] = &[
        ("afr", "af"),
        ("aka", "ak"),
        ("amh", "am"),
        ("ara", "ar"),
        ("aze", "az"),
        ("bel", "be"),
        ("ben", "bn"),
        ("bul", "bg"),
        ("cat", "ca"),
        ("ces", "cs"),
        ("cmn", "zh"),
        ("cym", "cy"),
        ("dan", "da"),
        ("deu", "de"),
        ("ell", "el"),
        ("eng", "en"),
        ("epo", "eo"),
        ("est", "et"),
        ("fin", "fi"),
        ("fra", "fr"),
        ("guj", "gu"),
        ("heb", "he"),
        ("hin", "hi"),
        ("hrv", "hr"),
        ("hun", "hu"),
        ("hye", "hy"),
        ("ind", "id"),
        ("ita", "it"),
        ("jav", "jv"),
        ("jpn", "ja"),
        ("kan", "kn"),
        ("kat", "ka"),
        ("khm", "km"),
        ("kor", "ko"),
        ("lat", "la"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("mal", "ml"),
        ("mar", "mr"),
        ("mkd", "mk"),
        ("mya", "my"),
        ("nep", "ne"),
        ("nld", "nl"),
        ("nob", "nb"),
        ("ori", "or"),
        ("pan", "pa"),
        ("pes", "fa"),
        ("pol", "pl"),
        ("por", "pt"),
        ("ron", "ro"),
        ("rus", "ru"),
        ("sin", "si"),
        ("slk", "sk"),
        ("slv", "sl"),
        ("sna", "sn"),
        ("spa", "es"),
        ("srp", "sr"),
        ("swe", "sv"),
        ("tam", "ta"),
        ("tel", "te"),
        ("tgl", "tl"),
        ("tha", "th"),
        ("tuk", "tk"),
        ("tur", "tr"),
        ("ukr", "uk"),
        ("urd", "ur"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("yid", "yi"),
        ("zul", "zu"),
    ];
    CODES
        .iter()
        .find(|(three, _)| *three == code)
        .map(|(_, two)| *two)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    #[test]
    fn a_pack_language_passes_to_a_reaction_only_when_its_own_words_have_it() {
        let article = ArticleLanguage::new(Some("sw".into()), "");
        assert_eq!(
            article.of_reaction("What a terrible decision, I am angry."),
            None
        );
        assert_eq!(
            article
                .of_reaction("Serikali hii imetuangusha sana, hakuna kazi kwa watu.")
                .as_deref(),
            Some("sw")
        );
    }

    use super::*;

    #[test]
    fn packed_ascii_words_lower_case_as_to_ascii_lowercase_does() {
        let every_byte: Vec<u8> = (1..=127).collect();
        for word in every_byte.chunks(7).chain([&b"HeLLo"[..], b"AZaz@[`{"]) {
            let packed = packed_word(word).unwrap();
            let lowered = packed_word(&word.to_ascii_lowercase()).unwrap();
            assert_eq!(packed | ascii_uppercase_bits(packed), lowered, "{word:?}");
        }
        assert_eq!(packed_word(b"123456789"), None);
    }

    /// Opening paragraphs as news articles write them, in each listed language and in some
    /// that are not listed.
    const SAMPLES: &[(&str, &str)] = &[
        ("en", "The price of petrol rose by 68 cents a litre at midnight, taking it past R25 in Gauteng for the first time, the department said on Tuesday. Analysts warned that the increase would be felt in food prices within weeks, and unions said they were planning a strike."),
        ("fr", "Le prix de l'essence a augmenté de 68 centimes par litre à minuit, selon le ministère. Les analystes estiment que cette hausse se fera sentir dans les prix des aliments, et les syndicats ont annoncé qu'ils préparent une grève pour la semaine prochaine."),
        ("de", "Der Benzinpreis ist um Mitternacht um 68 Cent pro Liter gestiegen, teilte das Ministerium am Dienstag mit. Analysten warnen, dass sich die Erhöhung innerhalb weniger Wochen auf die Lebensmittelpreise auswirken wird, und die Gewerkschaften kündigten einen Streik an."),
        ("es", "El precio de la gasolina subió 68 céntimos por litro a medianoche, según el ministerio. Los analistas advierten que el aumento se notará en los precios de los alimentos en pocas semanas, y los sindicatos han anunciado una huelga para la próxima semana."),
        ("pt", "O preço da gasolina subiu 68 cêntimos por litro à meia-noite, segundo o ministério. Os analistas alertam que o aumento vai ser sentido nos preços dos alimentos dentro de semanas, e os sindicatos anunciaram uma greve para a próxima semana, que não foi confirmada."),
        ("it", "Il prezzo della benzina è salito di 68 centesimi al litro a mezzanotte, secondo il ministero. Gli analisti avvertono che l'aumento si farà sentire sui prezzi degli alimenti nel giro di qualche settimana, e i sindacati hanno annunciato uno sciopero per la prossima settimana."),
        ("nl", "De prijs van benzine is om middernacht met 68 cent per liter gestegen, heeft het ministerie dinsdag gemeld. Analisten waarschuwen dat de stijging binnen enkele weken in de voedselprijzen zal worden gevoeld, en de vakbonden hebben een staking aangekondigd voor volgende week."),
        ("sv", "Priset på bensin steg med 68 öre per liter vid midnatt, meddelade departementet på tisdagen. Analytiker varnar för att höjningen kommer att märkas i matpriserna inom några veckor, och facken har meddelat att de planerar en strejk nästa vecka."),
        ("id", "Harga bensin naik 68 sen per liter pada tengah malam, kata kementerian pada hari Selasa. Para analis memperingatkan bahwa kenaikan itu akan terasa pada harga makanan dalam beberapa minggu, dan serikat pekerja mengatakan mereka merencanakan pemogokan."),
    ];

    const UNLISTED: &[&str] = &[
        // Hungarian.
        "A benzin ára éjfélkor literenként 68 centtel emelkedett, közölte a minisztérium kedden. Az elemzők figyelmeztetnek, hogy az emelés néhány héten belül megjelenik az élelmiszerárakban, a szakszervezetek pedig sztrájkot terveznek.",
        // Polish.
        "Cena benzyny wzrosła o 68 groszy za litr o północy, poinformowało ministerstwo we wtorek. Analitycy ostrzegają, że podwyżka odbije się na cenach żywności w ciągu kilku tygodni, a związki zawodowe zapowiedziały strajk w przyszłym tygodniu.",
        // Russian: no Latin words at all.
        "Цена на бензин выросла на 68 копеек за литр в полночь, сообщило министерство во вторник. Аналитики предупреждают, что рост скажется на ценах на продукты в течение нескольких недель.",
    ];

    #[test]
    fn function_words_decide_the_listed_languages_as_the_trigram_detector_does() {
        for (expected, sample) in SAMPLES {
            assert_eq!(
                FunctionWords::of(sample).decide(&SAMPLE_DECISIVE),
                Some(*expected),
                "{sample}"
            );
            let trigrams = whatlang::detect(sample).and_then(|i| iso_639_1(i.lang().code()));
            assert_eq!(
                trigrams,
                Some(*expected),
                "the detector disagrees on {sample}"
            );
        }
    }

    #[test]
    fn unlisted_languages_are_left_to_the_trigram_detector() {
        for sample in UNLISTED {
            assert_eq!(
                FunctionWords::of(sample).decide(&SAMPLE_DECISIVE),
                None,
                "{sample}"
            );
        }
        assert_eq!(
            ArticleLanguage::new(None, UNLISTED[1]).lang.as_deref(),
            Some("pl")
        );
    }

    #[test]
    fn the_tally_is_of_the_words_between_anything_not_a_letter() {
        for text in SAMPLES
            .iter()
            .map(|(_, sample)| *sample)
            .chain(UNLISTED.iter().copied())
            .chain([
                "“Petrol at R25 is daylight robbery,” — Sipho (@sipho_7) said: THE DEY Été",
                "ÉTÉ été Été naïve dèyhdey Ọmọ wahala İstanbul wetinÉ Kelvin \u{212A}A",
                "",
            ])
        {
            let mut hits = [0; FUNCTION_WORDS.len()];
            let mut distinct = [0u64; FUNCTION_WORDS.len()];
            for word in text.split(|c: char| !c.is_alphabetic()) {
                if word.is_empty() || word.len() > 8 {
                    continue;
                }
                let lower: String = word.chars().flat_map(char::to_lowercase).collect();
                for (language, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
                    if let Some(at) = words.iter().position(|listed| *listed == lower) {
                        hits[language] += 1;
                        distinct[language] |= 1 << at;
                    }
                }
            }
            let tally = FunctionWords::of(text);
            assert_eq!(tally.hits, hits, "{text}");
            assert_eq!(tally.distinct, distinct, "{text}");
            assert_eq!(tally.pidgin, has_pidgin_word(text), "{text}");
        }
    }

    #[test]
    fn each_function_word_is_evidence_for_one_language() {
        let mut seen = HashMap::new();
        for (language, words) in FUNCTION_WORDS {
            assert!(
                words.len() <= 64,
                "{language}: the distinct-word mask has 64 bits"
            );
            for word in *words {
                if let Some(other) = seen.insert(*word, *language) {
                    panic!("{word:?} is listed for {other} and {language}");
                }
            }
        }
    }

    #[test]
    fn scripts_are_those_the_detector_finds() {
        for text in [
            "“Petrol at R25 is daylight robbery” — 😀",
            "12 345 !!!",
            "Été à Paris",
            "Это проблема",
            "这是一个问题",
            "",
        ] {
            assert_eq!(script_of(text), whatlang::detect_script(text), "{text}");
        }
    }

    #[test]
    fn too_few_words_decide_nothing() {
        assert_eq!(
            FunctionWords::of("The strike is on.").decide(&SAMPLE_DECISIVE),
            None
        );
        assert_eq!(FunctionWords::of("").decide(&SAMPLE_DECISIVE), None);
    }

    #[test]
    fn a_comment_gets_its_own_language_or_none() {
        for (text, expected) in [
            ("This is another big problem for Ukraine.", Some("en")),
            ("Hii ni aibu kubwa kwa taifa letu.", Some("sw")),
            (
                "Yeh sarkar kuch nahi karti, sirf baatein karti hai.",
                Some("hi"),
            ),
            (
                "Por fin alguien dice la verdad sobre lo que pasa en Ucrania.",
                Some("es"),
            ),
            ("这是另一个大问题，乌克兰怎么办？", Some("zh")),
            ("lol", None),
            ("😂😂😂", None),
            ("https://example.org/1", None),
        ] {
            assert_eq!(of_text(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn a_reaction_in_another_script_gets_its_own_language() {
        let article = ArticleLanguage::new(None, SAMPLES[0].1);
        assert_eq!(article.lang.as_deref(), Some("en"));
        assert_eq!(
            article.of_reaction("Petrol is daylight robbery").as_deref(),
            Some("en")
        );
        assert_eq!(
            article
                .of_reaction("Это ещё одна большая проблема для Украины и для всех нас")
                .as_deref(),
            Some("ru")
        );
    }

    /// Reactions quoted in English articles of the extraction dev set (01, 51, 53) and AfriSenti
    /// test tweets, with the language a reader would give them.
    #[test]
    fn the_router_reassigns_african_languages_it_is_sure_of_and_keeps_english() {
        let article = ArticleLanguage::new(None, SAMPLES[0].1);
        for (text, expected) in [
            ("This one dey joke with stroke I swear.", "pcm"),
            ("You and your honesty dey craze.", "pcm"),
            ("If we are being honest, South Africa deserves the win. They've played better.", "en"),
            ("Nothing I type will please God so I will let God judge you.", "en"),
            ("Atarudi kuokota ama ni ya mbibi wa tatu?🤣😂😂😂", "sw"),
            ("ah su rahama za axha madara sa lemu fah mudai deja mn muna tchikin sa alhmdllh allah ya karbi ibadumu yakuma yafe mana kurakurai ameen barka da charuwa", "ha"),
        ] {
            assert_eq!(article.of_reaction(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn pidgin_needs_a_pidgin_word_and_other_decisions_are_kept() {
        // English the router may find Pidgin-like stays English without a Pidgin word.
        assert!(!has_pidgin_word("I don't just like football at all."));
        assert!(has_pidgin_word("Abeg, wetin dey happen?"));
        for text in [
            "I don't just like football at all.",
            "Abeg, wetin dey happen?",
            "NAWA o",
            "naïve",
            "Ọmọ wahala",
            "dèyhdey",
            "Été wan",
            "supercalifragilisticnaé",
            "",
        ] {
            assert_eq!(
                FunctionWords::of(text).pidgin,
                has_pidgin_word(text),
                "{text}"
            );
        }
        assert_eq!(
            route("Le prix de l'essence a augmenté.", Some("fr".to_string())).as_deref(),
            Some("fr")
        );
        assert_eq!(
            route("这是另一个大问题", Some("zh".to_string())).as_deref(),
            Some("zh")
        );
        // A comment on its own: Hausa, whose `ya` and `ni` once made it Swahili.
        assert_eq!(
            of_text("allah ya kara daukaka ni ina son ka sosai wallahi").as_deref(),
            Some("ha")
        );
    }

    #[test]
    fn the_router_model_ships_with_its_classes() {
        let mut classes: Vec<&str> = ROUTER_LANGUAGES.iter().map(|(name, _)| *name).collect();
        classes.push(ROUTER_ENGLISH);
        classes.sort_unstable();
        assert_eq!(ROUTER.labels(), classes);
        assert_eq!(
            router_training_options().features,
            ROUTER.features(),
            "the shipped model was trained with the settings in the code"
        );
    }
}
