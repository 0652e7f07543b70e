"""A corpus for the Spark job's tests and benchmark: the bundled data/ plus generated articles
that quote readers (some in other languages) and CSV comment exports."""

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(directory: Path, articles: int = 1500, threads: int = 20) -> Path:
    """The bundled data/ plus generated articles that quote readers and comment exports."""
    shutil.copytree(ROOT / "data", directory, ignore=shutil.ignore_patterns("targets.toml"))
    generated = directory / "generated"
    generated.mkdir()
    verbs = ["said", "wrote", "commented", "tweeted"]
    quotes = [
        "This is another big problem for Ukraine.",
        "Shame on the council for this waste of money.",
        "NATO must stand with Ukraine, no question.",
        "I love the new park, well done to everyone involved.",
        "Serikali hii imetuangusha sana, hakuna kazi kwa watu.",
        "这是另一个大问题，政府应该早点采取行动。",
    ]
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
