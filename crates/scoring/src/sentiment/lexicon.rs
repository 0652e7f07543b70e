//! vaderSentiment 3.3.2's word lists, as data.
//!
//! The lexicon and emoji files are vendored verbatim from the vaderSentiment 3.3.2 wheel (see
//! `data/vader/PROVENANCE.md`); the small word lists below are the constants of its module,
//! which are data of the model in the same way.

use rustc_hash::FxHashMap;

static LEXICON_FILE: &str = include_str!("../../data/vader/vader_lexicon.txt");
pub(super) static EMOJI_FILE: &str = include_str!("../../data/vader/emoji_utf8_lexicon.txt");

/// Added to (or taken from) a valence by a booster or dampener.
pub const BOOST: f64 = 0.293;
/// Added to a valence written in ALL CAPS among words that are not.
pub const CAPS_BOOST: f64 = 0.733;
/// A negated valence is multiplied by this.
pub const NEGATION_SCALAR: f64 = -0.74;

/// Word → mean valence. Later lines win, as they do when Python builds its dict.
pub fn parse_lexicon() -> FxHashMap<&'static str, f64> {
    let mut lexicon = FxHashMap::default();
    for line in LEXICON_FILE.lines().map(super::pystr::strip) {
        if line.is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let word = fields.next().expect("split yields a first field");
        let valence = fields
            .next()
            .and_then(|measure| measure.parse().ok())
            .unwrap_or_else(|| panic!("vendored lexicon line without a valence: {line:?}"));
        lexicon.insert(word, valence);
    }
    lexicon
}

/// Emoji → description, from an emoji file of `emoji<TAB>description` lines (English's
/// [`EMOJI_FILE`] or a pack's). Only single code points can match, because the references look
/// up each character of the text on its own.
pub fn parse_emoji(file: &'static str) -> FxHashMap<char, &'static str> {
    let mut emoji = FxHashMap::default();
    for line in file.lines().map(super::pystr::strip) {
        let mut fields = line.split('\t');
        let key = fields.next().unwrap_or_default();
        let description = fields.next().unwrap_or_default();
        let mut chars = key.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            emoji.insert(c, description);
        }
    }
    emoji
}

/// Single-word boosters (+) and dampeners (-).
pub const BOOSTERS: [(&str, f64); 81] = {
    const UP: f64 = BOOST;
    const DOWN: f64 = -BOOST;
    [
        ("absolutely", UP),
        ("amazingly", UP),
        ("awfully", UP),
        ("completely", UP),
        ("considerable", UP),
        ("considerably", UP),
        ("decidedly", UP),
        ("deeply", UP),
        ("effing", UP),
        ("enormous", UP),
        ("enormously", UP),
        ("entirely", UP),
        ("especially", UP),
        ("exceptional", UP),
        ("exceptionally", UP),
        ("extreme", UP),
        ("extremely", UP),
        ("fabulously", UP),
        ("flipping", UP),
        ("flippin", UP),
        ("frackin", UP),
        ("fracking", UP),
        ("fricking", UP),
        ("frickin", UP),
        ("frigging", UP),
        ("friggin", UP),
        ("fully", UP),
        ("fuckin", UP),
        ("fucking", UP),
        ("fuggin", UP),
        ("fugging", UP),
        ("greatly", UP),
        ("hella", UP),
        ("highly", UP),
        ("hugely", UP),
        ("incredible", UP),
        ("incredibly", UP),
        ("intensely", UP),
        ("major", UP),
        ("majorly", UP),
        ("more", UP),
        ("most", UP),
        ("particularly", UP),
        ("purely", UP),
        ("quite", UP),
        ("really", UP),
        ("remarkably", UP),
        ("so", UP),
        ("substantially", UP),
        ("thoroughly", UP),
        ("total", UP),
        ("totally", UP),
        ("tremendous", UP),
        ("tremendously", UP),
        ("uber", UP),
        ("unbelievably", UP),
        ("unusually", UP),
        ("utter", UP),
        ("utterly", UP),
        ("very", UP),
        ("almost", DOWN),
        ("barely", DOWN),
        ("hardly", DOWN),
        ("kinda", DOWN),
        ("kindof", DOWN),
        ("kind-of", DOWN),
        ("less", DOWN),
        ("little", DOWN),
        ("marginal", DOWN),
        ("marginally", DOWN),
        ("occasional", DOWN),
        ("occasionally", DOWN),
        ("partly", DOWN),
        ("scarce", DOWN),
        ("scarcely", DOWN),
        ("slight", DOWN),
        ("slightly", DOWN),
        ("somewhat", DOWN),
        ("sorta", DOWN),
        ("sortof", DOWN),
        ("sort-of", DOWN),
    ]
};

/// Multi-word dampeners, matched as exact n-grams of lower-cased tokens.
pub const BOOSTER_PHRASES: [(&[&str], f64); 3] = [
    (&["just", "enough"], -BOOST),
    (&["kind", "of"], -BOOST),
    (&["sort", "of"], -BOOST),
];

/// Idioms whose valence replaces that of the lexicon word inside them. "badass" is listed by
/// the reference too, but as a one-word key it can never equal a joined n-gram, so it is not.
pub const SPECIAL_CASES: [(&[&str], f64); 8] = [
    (&["the", "shit"], 3.0),
    (&["the", "bomb"], 3.0),
    (&["bad", "ass"], 1.5),
    (&["bus", "stop"], 0.0),
    (&["yeah", "right"], -2.0),
    (&["kiss", "of", "death"], -1.5),
    (&["to", "die", "for"], 3.0),
    (&["beating", "heart"], 3.5),
];

/// Words with a contracted "not" negate whether or not they are listed in [`NEGATIONS`].
pub fn has_contracted_not(word: &[u8]) -> bool {
    word.contains(&b'\'') && word.windows(3).any(|w| w == b"n't")
}

/// The reference's NEGATE list; any word for which [`has_contracted_not`] holds negates too.
pub const NEGATIONS: [&str; 59] = [
    "aint",
    "arent",
    "cannot",
    "cant",
    "couldnt",
    "darent",
    "didnt",
    "doesnt",
    "ain't",
    "aren't",
    "can't",
    "couldn't",
    "daren't",
    "didn't",
    "doesn't",
    "dont",
    "hadnt",
    "hasnt",
    "havent",
    "isnt",
    "mightnt",
    "mustnt",
    "neither",
    "don't",
    "hadn't",
    "hasn't",
    "haven't",
    "isn't",
    "mightn't",
    "mustn't",
    "neednt",
    "needn't",
    "never",
    "none",
    "nope",
    "nor",
    "not",
    "nothing",
    "nowhere",
    "oughtnt",
    "shant",
    "shouldnt",
    "uhuh",
    "wasnt",
    "werent",
    "oughtn't",
    "shan't",
    "shouldn't",
    "uh-uh",
    "wasn't",
    "weren't",
    "without",
    "wont",
    "wouldnt",
    "won't",
    "wouldn't",
    "rarely",
    "seldom",
    "despite",
];
