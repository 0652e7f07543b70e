#!/usr/bin/env python3
"""Differential test: `reactions sentiment` against vaderSentiment 3.3.2 on generated text,
or (`--lang pt`, `--lang fr`) the Portuguese and French packs against LeIA and vaderSentiment-fr.

Generates N seeded sentences that exercise every rule of VADER (lexicon words in every case,
boosters and dampeners, negations with straight and typographic apostrophes, "no" before and
after lexicon words, "but", "least", "kind of", "never so/this", "without doubt", idioms,
emoji and emoticons, !!! and ???, URLs, @mentions, hashtags, non-ASCII letters, unusual
whitespace), scores them with both implementations and fails on the first mismatches.

`--lang pt` generates from LeIA's lexicon, boosters and negations, with accents put back on
the ASCII words its lexicon spells, emoji (which LeIA drops), the punctuation runs its
tokenizer strips, repeated words (scored where they first occur), and mixes in the real
Mozambican Portuguese tweets of `scripts/data/afrisenti-pt-train.tsv` and variants of them.
`--lang fr` generates from vaderSentiment-fr's lexicon (as written, accented), its boosters,
negations and `no_negate` words, elisions (l', j', n'), French emoji, suspension points,
capitalised words and empty tokens; no freely licensed French corpus is at hand, so its real
sentences are templates of ordinary French sentences filled from the lexicon.

Usage: vader_differential.py --binary target/debug/reactions [--lang en|pt|fr] [--count 100000] [--seed 2014]
"""

import argparse
import json
import os
import random
import subprocess
import sys

from vaderSentiment import vaderSentiment as reference

import vader_pack_sentences

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "crates", "scoring", "data", "vader", "vader_lexicon.txt")
EMOJI = os.path.join(HERE, "..", "crates", "scoring", "data", "vader", "emoji_utf8_lexicon.txt")

FILLERS = ["the", "food", "was", "I", "it", "this", "movie", "service", "and", "to", "a", "of",
           "that", "we", "they", "is", "at", "all", "much", "or", "for", "in", "on", "you",
           "doubt", "so", "this", "least", "very", "kind", "of", "sort", "just", "enough",
           "right", "yeah", "bus", "stop", "the", "bomb", "shit", "die", "death", "kiss",
           "beating", "heart", "bad", "ass", "cut", "mustard"]
NEGATIONS = ["not", "never", "no", "nor", "without", "isn't", "isn\u2019t", "don't", "don\u2019t",
             "dont", "cannot", "can't", "wouldn't", "aint", "nope", "nothing", "neither",
             "uh-uh", "despite", "rarely", "seldom", "doesn't", "didnt", "won't", "shouldn\u2019t"]
PHRASES = ["kind of", "sort of", "just enough", "at least", "very least", "the least",
           "never so", "never this", "without doubt", "no or", "no nor", "the shit", "the bomb",
           "bad ass", "badass", "bus stop", "yeah right", "kiss of death", "to die for",
           "beating heart", "but", "BUT", "But", "least", "LEAST"]
EMOTICONS = [":)", ":(", ":-)", ":D", ";)", "<3", ":/", ":'(", "^_^", "xD", "=)", ":P", "(:"]
EXTRAS = ["http://example.com/a?b=1", "https://t.co/AbC123", "@someone", "@Some_One", "#happy",
          "#NotGood", "caf\u00e9", "na\u00efve", "\u00c9T\u00c9", "stra\u00dfe", "\u0130stanbul",
          "\u00fcber", "ni\u00f1o", "\u0394\u03b5\u03bb\u03c4\u03b1", "\u0441\u043b\u043e\u0432\u043e",
          "\u65e5\u672c", "\u212a", "\u01c5ungla", "&amp;", "--", "...", "!?", "?!", "\u2026",
          "\u201cgood\u201d", "'great'", "\"bad\"", "(love)", "[hate]"]
SPACES = [" ", " ", " ", " ", "  ", "\u00a0", "\t", "\u2003", "\u3000", "\n", "\u200b", "\u001c", "\x0b", "\x0c", "\u0085"]
# Texts whose whitespace is ASCII and that have no emoji take the tokenizer's fast path, which
# reads words eight bytes at a time: these shapes sit at its edges (digits, mixed case, lengths
# around 8, 16 and 24 bytes, longer than any key, control bytes inside words, words with
# non-ASCII letters or typographic punctuation) and the spaces are every ASCII byte str.split()
# splits on.
ASCII_SHAPES = ["COVID19", "2020", "GOOD2GO", "a1", "A1", "12345678", "goodness", "GOODNESS",
                "wonderful", "WONDERFUL", "unbelievably", "UNBELIEVABLY", "disappointment",
                "DISAPPOINTMENTS", "misunderstanding", "MISUNDERSTANDINGS", "abcdefghijklmnopqrstuvwx",
                "counterrevolutionaries", "HAPPYHAPPYHAPPYHAPPYHAPPY", "goodgoodgoodgoodgoodgood",
                "good\x00", "\x01bad", "gr\x7feat", "ok\x08", "x" * 40, "LOVE" * 7, "Love2", "l0ve",
                "\u201cgood\u201d", "\u2018bad\u2019", "\u2019", "\u2014", "good\u2026", "\u00abbien\u00bb",
                "\u03a3\u0391\u03a3", "\u03bf\u03b4\u03bf\u03c3", "\u0130STANBUL", "STRA\u00dfE",
                "\u01c4UNGLA"]
ASCII_SPACES = [" ", " ", " ", " ", "  ", "\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f"]
PUNCT = ["", "", "", ".", ",", "!", "!!", "!!!", "!!!!!", "?", "??", "???", "????", "?!", "...",
         ";", ":"]


def load_words(path):
    with open(path, encoding="utf-8") as handle:
        return [line.strip().split("\t")[0] for line in handle if line.strip()]


def ascii_spaced_sentence(rng, lexicon, boosters, emoji):
    emoji = set(emoji)
    pools = [lexicon, FILLERS, boosters, NEGATIONS, PHRASES, EMOTICONS, ASCII_SHAPES,
             [word for word in EXTRAS if not any(c in emoji or c.isspace() for c in word)]]
    parts = []
    for _ in range(rng.randint(1, 20)):
        parts.append(vader_pack_sentences.case_variant(rng, rng.choice(rng.choice(pools))))
        if rng.random() < 0.2:
            parts[-1] += rng.choice(PUNCT)
    text = "".join((rng.choice(ASCII_SPACES) if index else "") + part for index, part in enumerate(parts))
    if rng.random() < 0.1:
        text = rng.choice(ASCII_SPACES) + text + rng.choice(ASCII_SPACES)
    return text + rng.choice(PUNCT)


def sentence(rng, lexicon, boosters, emoji):
    if rng.random() < 0.35:
        return ascii_spaced_sentence(rng, lexicon, boosters, emoji)
    parts = []
    for _ in range(rng.randint(1, 14)):
        kind = rng.random()
        if kind < 0.30:
            parts.append(vader_pack_sentences.case_variant(rng, rng.choice(lexicon)))
        elif kind < 0.45:
            parts.append(vader_pack_sentences.case_variant(rng, rng.choice(FILLERS)))
        elif kind < 0.57:
            parts.append(vader_pack_sentences.case_variant(rng, rng.choice(boosters)))
        elif kind < 0.69:
            parts.append(vader_pack_sentences.case_variant(rng, rng.choice(NEGATIONS)))
        elif kind < 0.79:
            parts.append(vader_pack_sentences.case_variant(rng, rng.choice(PHRASES)))
        elif kind < 0.85:
            parts.append(rng.choice(EMOTICONS))
        elif kind < 0.91:
            glue = "" if rng.random() < 0.3 else " "
            parts.append(glue + rng.choice(emoji) + glue)
        else:
            parts.append(rng.choice(EXTRAS))
        if rng.random() < 0.2:
            parts[-1] += rng.choice(PUNCT)
    text = ""
    for index, part in enumerate(parts):
        text += (rng.choice(SPACES) if index else "") + part
    if rng.random() < 0.1:
        text = rng.choice(SPACES) + text + rng.choice(SPACES)
    return text + rng.choice(PUNCT)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2014)
    parser.add_argument("--lang", choices=["en", "pt", "fr"], default="en")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    if args.lang == "en":
        lexicon = load_words(LEXICON)
        emoji = [key for key in load_words(EMOJI) if len(key) == 1]
        boosters = sorted(reference.BOOSTER_DICT)
        generated = [sentence(rng, lexicon, boosters, emoji) for _ in range(args.count)]
        analyzer = reference.SentimentIntensityAnalyzer()
        name = "vader"
    else:
        generated, analyzer = vader_pack_sentences.generate(args.lang, rng, args.count)
        name = f"vader-{args.lang}"
    # One text per line: the generator's newlines become spaces of another kind.
    texts = [text.replace("\n", "\u2028").replace("\r", " ") for text in generated]

    expected = [analyzer.polarity_scores(text) for text in texts]

    completed = subprocess.run([args.binary, "sentiment", "--lang", args.lang],
                               input="\n".join(texts).encode("utf-8"),
                               capture_output=True, check=False)
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr.decode("utf-8", "replace"))
        sys.exit(f"reactions sentiment exited with {completed.returncode}")
    lines = completed.stdout.decode("utf-8").splitlines()
    if len(lines) != len(texts):
        sys.exit(f"{len(texts)} texts in, {len(lines)} scores out")

    mismatches = []
    for index, (text, want, line) in enumerate(zip(texts, expected, lines)):
        got = json.loads(line)
        if any(got[key] != want[key] for key in ("neg", "neu", "pos", "compound")):
            mismatches.append((index, text, got, want))
    if mismatches:
        for index, text, got, want in mismatches[:10]:
            print(f"sentence {index}: {text!r}\n   ours:      {got}\n   reference: {want}")
        print(f"{name} differential: {len(mismatches)} mismatches in {len(texts)} sentences (seed {args.seed})")
        print(f"differential: {len(texts) - len(mismatches)} passed, {len(mismatches)} failed")
        sys.exit(1)
    print(f"{name} differential: {len(texts)} sentences (seed {args.seed}), 0 mismatches")
    print(f"differential: {len(texts)} passed, 0 failed")


if __name__ == "__main__":
    main()
