"""Corpora for the Spark job's tests and benchmark: the bundled data/ plus generated articles
that quote readers (some in other languages) and CSV comment exports; and comment exports shaped
like real ones (many threads in one file, a whole export VADER cannot read)."""

import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# English first: `exports` takes the first four for its English threads.
QUOTES = [
    "This is another big problem for Ukraine.",
    "Shame on the council for this waste of money.",
    "NATO must stand with Ukraine, no question.",
    "I love the new park, well done to everyone involved.",
    "Serikali hii imetuangusha sana, hakuna kazi kwa watu.",
    "这是另一个大问题，政府应该早点采取行动。",
]


def corpus(directory: Path, articles: int = 1500, threads: int = 20) -> Path:
    """The bundled data/ plus generated articles that quote readers and comment exports."""
    shutil.copytree(ROOT / "data", directory, ignore=shutil.ignore_patterns("targets.toml"))
    generated = directory / "generated"
    generated.mkdir()
    verbs = ["said", "wrote", "commented", "tweeted"]
    quotes = QUOTES
    for n in range(articles):
        day = 1 + n % 28
        lines = [f"Story number {n} about the city budget", "", f"Published: 2024-10-{day:02d}", ""]
        lines.append(f"The council met on day {n} and readers responded online.")
        for k in range(1 + n % 3):
            lines += ["", f"@reader_{(n * 7 + k) % 500} {verbs[(n + k) % 4]}:", ""]
            lines.append(f"\u201c{quotes[(n + k) % len(quotes)]} ({n}-{k})\u201d")
        (generated / f"story-{n:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for t in range(threads):
        rows = ["Article URL,Name,Comment,Posted At,Likes,Comment ID,Reply To"]
        for c in range(30):
            reply = f"t{t}c{c - 1}" if c % 4 == 3 else ""
            text = quotes[(t + c) % len(quotes)].replace(",", "")
            rows.append(
                f"https://daily.example/news/thread-{t},Reader {c},\"{text} #{c}\","
                f"2024-10-{1 + (t + c) % 28:02d}T0{c % 10}:15:00Z,{c},t{t}c{c},{reply}"
            )
        (generated / f"thread-{t:03d}.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return directory


def exports(directory: Path, threads: int = 300) -> Path:
    """Comment exports as real ones come: a Pushshift dump whose hundreds of threads share the
    file and two days (every third known by its submission's title, the others by their URL),
    and an export whose every comment is in Chinese, which VADER cannot read, on days of its
    own."""
    directory.mkdir(parents=True)
    new_year = 1199145600  # 2008-01-01T00:00:00Z
    lines = []
    for t in range(threads):
        for c in range(3):
            lines.append(json.dumps({
                "id": f"c{t}x{c}", "link_id": f"t3_th{t}", "parent_id": f"t3_th{t}",
                "author": f"reader{(t + c) % 40}", "body": f"{QUOTES[(t + c) % 4]} ({t}-{c})",
                "created_utc": new_year + 86400 * ((t + c) % 2) + 60 * t + c, "score": 1,
                "subreddit": "news",
            }))
        if t % 3 == 0:
            lines.append(json.dumps({
                "id": f"th{t}", "name": f"t3_th{t}", "title": f"Thread {t} on the city budget",
                "permalink": f"/r/news/comments/th{t}/x/", "created_utc": new_year,
            }))
    (directory / "RC_2008-01.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    chinese = ["说得太好了，支持！希望和平早日到来。", "物价涨得太快了，老百姓怎么活？",
               "这是另一个大问题，政府应该早点采取行动。"]
    rows = ["Article URL,Name,Comment,Posted At,Likes,Comment ID,Reply To"]
    for i in range(60):
        rows.append(
            f"https://weibo.example/thread-{i % 12},Reader {i},{chinese[i % 3]}{i},"
            f"2024-11-{1 + i % 5:02d}T08:{i % 60:02d}:00Z,1,w{i},"
        )
    (directory / "weibo-comments.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return directory
