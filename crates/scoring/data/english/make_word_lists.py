"""Regenerates common-words.txt and shared-words.txt (see PROVENANCE.md).

    pip download --no-deps wordfreq==3.1.1 stopwordsiso==0.7.1 -d wheels
    pip install msgpack
    python make_word_lists.py wheels/wordfreq-3.1.1-py3-none-any.whl \
        wheels/stopwordsiso-0.7.1-py3-none-any.whl
"""

import gzip
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import msgpack

# How many of English's most frequent words count as English.
TOP_WORDS = 20_000
# Latin-script languages whose function words must not pass for English.
OTHER_LANGUAGES = "es fr de pt it nl af sw id tl tr yo ha zu so ro pl sv da no ca".split()
# Words the stop-word lists name for another language that are English first, and that
# VADER rates: they stay evidence of English.
ENGLISH_FIRST = set(
    "haha ok okay nice like god care fan favor fire stop nah np ty certain hurrah ban gross "
    "grosser grosses hago vile sob miss pu fu l po sete".split()
)
WORD = re.compile(r"^[a-z]+(?:'[a-z]+)?$")

here = Path(__file__).parent
wordfreq_wheel, stopwords_wheel = sys.argv[1:3]
with zipfile.ZipFile(wordfreq_wheel) as wheel:
    packed = gzip.decompress(wheel.read("wordfreq/data/large_en.msgpack.gz"))
buckets = msgpack.unpackb(packed, raw=False)[1:]  # the first item is the format header
ranked = [w for bucket in buckets for w in bucket if WORD.match(w)]
english = [w for w in ranked[:TOP_WORDS] if len(w) > 1 or w in ("a", "i", "u")]

with zipfile.ZipFile(stopwords_wheel) as wheel:
    stopwords = json.load(io.BytesIO(wheel.read("stopwordsiso/stopwords-iso.json")))
other = {w.lower() for lang in OTHER_LANGUAGES for w in stopwords[lang]}
vader = {
    line.split("\t")[0].lower()
    for line in (here / "../vader/vader_lexicon.txt").read_text(encoding="utf-8").splitlines()
    if line.strip()
}
english_set = set(english)
shared = sorted(
    w for w in other if (w in english_set or w in vader) and w not in ENGLISH_FIRST
)
shared_set = set(shared)
english = [w for w in english if w not in shared_set]
(here / "common-words.txt").write_text("\n".join(english) + "\n", encoding="utf-8")
(here / "shared-words.txt").write_text("\n".join(shared) + "\n", encoding="utf-8")
print(f"{len(english)} English words, {len(shared)} shared words")
