"""`make bench`: the Python package and the Spark job.

Prints, in one run:
- `reactions.sentiment` texts/s on one thread against vaderSentiment 3.3.2 in the same process,
  on ../shared's tweets (else generated sentences) held in an Arrow array (the ratio taken
  within each of 5 rounds, the median printed), and on every core;
- the Spark job at local[1] and local[2] against `reactions run` on the same generated corpus,
  as MB of input per second, with the ratios.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import reactions  # noqa: E402
import vader_differential as generator  # noqa: E402
from generated_corpus import corpus  # noqa: E402
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402


def tweets(shared, count):
    """The VADER paper's tweets, repeated to `count`, when ../shared has them."""
    path = Path(shared) / "vader" / "tweets.tsv"
    if not path.exists():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    corpus = ["\t".join(line.split("\t")[2:-4]) for line in lines]
    return (corpus * (count // len(corpus) + 1))[:count]


def texts(count):
    rng = random.Random(11)
    lexicon = generator.load_words(generator.LEXICON)
    emoji = [key for key in generator.load_words(generator.EMOJI) if len(key) == 1]
    boosters = sorted(generator.reference.BOOSTER_DICT)
    return [generator.sentence(rng, lexicon, boosters, emoji) for _ in range(count)]


def rate(count, seconds):
    return count / seconds if seconds > 0 else float("inf")


def bench_sentiment(sample):
    import pyarrow as pa

    reference = SentimentIntensityAnalyzer()
    column = pa.array(sample, pa.string())  # Arrow in, as from a DataFrame
    python_sample = sample[: len(sample) // 40]
    reactions.sentiment(column[:1000], threads=1)  # the lexicon is built on first use
    ratios = []
    for round_number in range(5):
        started = time.perf_counter()
        for text in python_sample:
            reference.polarity_scores(text)
        python = rate(len(python_sample), time.perf_counter() - started)
        started = time.perf_counter()
        reactions.sentiment(column, threads=1)
        ours = rate(len(sample), time.perf_counter() - started)
        ratios.append((ours / python, ours, python))
        print(f"  round {round_number + 1}: ours {ours:,.0f} texts/s, vaderSentiment {python:,.0f}, {ours / python:.0f}x")
    ratio, ours, python = sorted(ratios)[len(ratios) // 2]
    started = time.perf_counter()
    reactions.sentiment(column)
    every_core = rate(len(sample), time.perf_counter() - started)
    print(
        f"reactions.sentiment: {ours:,.0f} texts/s on one thread, vaderSentiment {python:,.0f} "
        f"in the same process: {ratio:.0f}x (median of 5 rounds; target 50x); every core "
        f"({os.cpu_count()}): {every_core:,.0f} texts/s"
    )


def directory_megabytes(path):
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file()) / 1e6


def bench_spark(binary, articles):
    with tempfile.TemporaryDirectory() as scratch:
        data = corpus(Path(scratch) / "data", articles=articles, threads=40)
        megabytes = directory_megabytes(data)
        targets = str(HERE.parent / "data" / "targets.toml")
        started = time.perf_counter()
        subprocess.run(
            [binary, "run", str(data), "--targets", targets, "--out", f"{scratch}/cli",
             "--collected-on", "2026-11-28"],
            check=True, capture_output=True,
        )
        cli = megabytes / (time.perf_counter() - started)
        print(f"corpus: {megabytes:.1f} MB, {articles} articles and 40 comment exports")
        print(f"reactions run: {cli:.2f} MB/s")
        for cores in (1, 2):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "reactions.spark", str(data), "--out", f"{scratch}/spark{cores}",
                 "--targets", targets, "--collected-on", "2026-11-28", "--master", f"local[{cores}]"],
                check=True, capture_output=True,
            )
            spark = megabytes / (time.perf_counter() - started)
            print(
                f"Spark local[{cores}]: {spark:.2f} MB/s including session start, "
                f"{spark / cli:.2f}x reactions run"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--texts", type=int, default=200_000)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    args = parser.parse_args()
    sample = tweets(args.shared, args.texts)
    print("sentiment on", "tweets.tsv, repeated" if sample else "generated sentences")
    bench_sentiment(sample or texts(args.texts))
    bench_spark(args.binary, args.articles)


if __name__ == "__main__":
    main()
