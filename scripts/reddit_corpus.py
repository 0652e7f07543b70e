"""A Reddit-shaped JSON Lines corpus (Pushshift's comment fields, with a submission line for
some threads) of any size, written as it is generated: memory stays flat at 10M comments.

    python3 scripts/reddit_corpus.py --comments 10000000 --out /tmp/RC_big.json
    python3 scripts/reddit_corpus.py --comments 10000 --first 10000000 --days 2 --out /tmp/RC_night.json

Comments are spread over `--days` days ending on 2024-12-31, in threads of about 40
comments, by about one author per 25 comments; their bodies are drawn from sentences that
mention the bundled targets (data/targets.toml) or none, so that stance and sentiment both
have work. `--first` numbers the comments (ids are unique across files) and the threads.
`--huge-body BYTES` makes the first comment's body that long (its sentences joined), the input
at the record limit that docs/running.md ("Limits") measures:

    python3 scripts/reddit_corpus.py --comments 10 --huge-body 50000000 --out /tmp/RC_huge.json
"""

import argparse
import json
import random
import sys

END = 1735603200  # 2024-12-31T00:00:00Z
COMPACT = (",", ":")
OPENINGS = [
    "Honestly", "I think", "Frankly", "To be fair", "Look,", "Well", "In my view", "Sadly",
    "Great news:", "What a mess:",
]
SUBJECTS = [
    "Putin", "the Kremlin", "NATO", "the alliance", "Kyiv", "Zelensky", "Eskom",
    "load shedding", "the government", "the finance minister", "Pyongyang", "the council",
    "the new park", "the mayor", "this city", "the budget",
]
PREDICATES = [
    "is doing a great job", "has failed us again", "should resign", "deserves our support",
    "is a disgrace", "makes me so happy", "is terrible for everyone", "did nothing useful",
    "will not stop the war", "must stand firm", "is wasting our money", "finally got it right",
    "is lying to us", "helped a lot this week", "is the worst", "is fine I guess",
]
ENDINGS = ["", "!", "!!", ".", " lol", " :)", " :(", "?", " SMH.", " Well done."]


def body(rng: random.Random) -> str:
    return (
        f"{rng.choice(OPENINGS)} {rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}"
        f"{rng.choice(ENDINGS)} {rng.choice(SUBJECTS) if rng.random() < 0.3 else ''}".strip()
    )


def huge_body(rng: random.Random, size: int) -> str:
    sentences, length = [], 0
    while length < size:
        sentence = body(rng)
        sentences.append(sentence)
        length += len(sentence) + 1
    return " ".join(sentences)[:size].rstrip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, required=True)
    parser.add_argument("--first", type=int, default=0, help="the first comment's number")
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--huge-body", type=int, default=0, metavar="BYTES",
                        help="the first comment's body this long")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed + args.first)
    per_thread = 40
    span = args.days * 86_400
    with open(args.out, "w", encoding="utf-8") as out:
        write = out.write
        for n in range(args.first, args.first + args.comments):
            thread = n // per_thread
            # A thread lives within a day: its comments are filed together, as a night's are.
            start = END - span + (thread * 7919 % args.days) * 86_400
            parent = f"t1_c{n - 1}" if n % per_thread % 4 == 3 else f"t3_s{thread}"
            write(json.dumps({
                "id": f"c{n}", "link_id": f"t3_s{thread}", "parent_id": parent,
                "author": f"user{rng.randrange(max(1, (args.first + args.comments) // 25))}",
                "body": huge_body(rng, args.huge_body) if args.huge_body and n == args.first
                else body(rng),
                "created_utc": start + n % per_thread * 60,
                "score": rng.randrange(-5, 50), "subreddit": "news",
            }, separators=COMPACT) + "\n")
            # The submission after its thread's first comment, as a dump of both interleaves them.
            if n % per_thread == 0 and thread % 3 == 0:
                write(json.dumps({
                    "id": f"s{thread}", "name": f"t3_s{thread}",
                    "title": f"Thread {thread}: {rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}",
                    "permalink": f"/r/news/comments/s{thread}/x/", "created_utc": start,
                    "subreddit": "news",
                }, separators=COMPACT) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
