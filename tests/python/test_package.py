"""The `reactions` Python package (crates/python), installed into .venv by `make test`: the
same library as the command line, on Arrow tables.

Run by `make test` (`make report-test`); REACTIONS_BIN is the command line to compare with.
"""

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

reactions = pytest.importorskip("reactions", reason="the wheel is built by `make python-package`")

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("REACTIONS_BIN", ROOT / "target" / "release" / "reactions"))
SHARED = Path(os.environ.get("REACTIONS_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "scripts"))


def shared_file(relative):
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def test_sentiment_equals_vader_on_the_shared_tweets():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lines = shared_file("vader/tweets.tsv").read_text(encoding="utf-8").splitlines()[1:]
    texts = ["\t".join(line.split("\t")[2:-4]) for line in lines]
    got = reactions.sentiment(texts).to_pylist()
    reference = SentimentIntensityAnalyzer()
    want = [reference.polarity_scores(text) for text in texts]
    assert len(got) == 4200
    assert got == want


def test_sentiment_equals_vader_on_generated_text():
    import vader_differential as generator
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    rng = random.Random(7)
    lexicon = generator.load_words(generator.LEXICON)
    emoji = [key for key in generator.load_words(generator.EMOJI) if len(key) == 1]
    boosters = sorted(generator.reference.BOOSTER_DICT)
    texts = [generator.sentence(rng, lexicon, boosters, emoji) for _ in range(5000)]
    reference = SentimentIntensityAnalyzer()
    assert reactions.sentiment(texts, threads=2).to_pylist() == [
        reference.polarity_scores(text) for text in texts
    ]


def test_sentiment_takes_any_arrow_column_and_keeps_nulls():
    polars = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    texts = ["Shame on them.", None, "What a great idea!"]
    expected = reactions.sentiment(pa.array(texts)).to_pylist()
    assert expected[1] == {"neg": None, "neu": None, "pos": None, "compound": None}
    assert reactions.sentiment(texts).to_pylist() == expected
    assert reactions.sentiment(pa.chunked_array([texts[:1], texts[1:]])).to_pylist() == expected
    assert reactions.sentiment(pa.array(texts, pa.large_string())).to_pylist() == expected
    assert reactions.sentiment(polars.Series(texts)).to_pylist() == expected
    relation = duckdb.sql("select * from (values ('Shame on them.'), (null), ('What a great idea!')) t(text)")
    assert reactions.sentiment(relation.to_arrow_table().column("text")).to_pylist() == expected
    assert reactions.sentiment(relation.select("text")).to_pylist() == expected  # a DuckDB relation
    assert polars.from_arrow(reactions.sentiment(texts)).height == 3
    with pytest.raises(TypeError, match="strings"):
        reactions.sentiment(pa.array([1, 2]))
    with pytest.raises(TypeError, match="one string"):
        reactions.sentiment("Shame on them.")


def test_only_readable_applies_the_rule_of_the_dataset():
    table = reactions.sentiment(
        ["This is another big problem for Ukraine.", "这是另一个大问题", "https://t.co/x", "😂😂"],
        only_readable=True,
    )
    assert table.column("status").to_pylist() == ["scored", "other_language", "no_text", "scored"]
    assert table.column("compound").to_pylist()[1:3] == [None, None]


def collect_cli(*inputs):
    result = subprocess.run(
        [str(BIN), "collect", *inputs], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_collect_on_data_equals_the_command_line_in_every_column(monkeypatch):
    from datetime import datetime, timezone

    monkeypatch.chdir(ROOT)  # sources are named as given, by both
    collection = reactions.collect("data/")
    assert collection.errors == []
    table = collection.reactions
    cli = collect_cli("data/")
    assert table.num_rows == len(cli) == 48
    assert set(table.column_names) == set(cli[0])
    assert table.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("position").type == pa.uint32()
    for ours, theirs in zip(table.to_pylist(), cli):
        for column, value in theirs.items():
            if column in ("published_at", "posted_at") and value is not None:
                # The CLI prints the collector's text; the table holds the instant (a bare
                # date is midnight UTC).
                value = datetime.fromisoformat(value.replace("Z", "+00:00"))
                value = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
            assert ours[column] == value, (column, theirs["reaction_id"])


def test_a_bad_input_is_named_and_the_others_still_arrive(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(
        "Fuel prices climb\n\nPublished: 2024-10-02\n\n@kgomotso_m said:\n\n\u201cPetrol at R25 is daylight robbery.\u201d\n",
        encoding="utf-8",
    )
    bad = tmp_path / "broken.jsonl"
    bad.write_bytes(b'{"body": "unterminated\n')
    collection = reactions.collect([str(bad), str(good), str(tmp_path / "missing.txt")])
    assert collection.reactions.num_rows == 1
    sources = [source for source, _ in collection.errors]
    assert str(tmp_path / "missing.txt") in sources
    assert any(source.startswith(str(bad)) for source in sources), collection.errors
    with pytest.raises(ValueError, match="unknown input format"):
        reactions.collect([str(good)], input_format="pdf")


def test_files_that_cannot_be_used_raise_oserror_or_valueerror_naming_them(tmp_path):
    missing = tmp_path / "targets.toml"
    with pytest.raises(FileNotFoundError) as raised:
        reactions.stance(["NATO must stand with Ukraine."], str(missing))
    assert raised.value.filename == str(missing)
    broken = tmp_path / "broken.toml"
    broken.write_text('[[target]]\nname = "Ukraine"\naliases = "not a list"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="broken.toml"):
        reactions.stance(["NATO must stand with Ukraine."], str(broken))
    not_a_model = tmp_path / "model.bin"
    not_a_model.write_bytes(b"PK\x03\x04 a zip file")
    with pytest.raises(ValueError, match=r"model\.bin: not a reactions stance model"):
        reactions.stance(["NATO must stand with Ukraine."], ["Ukraine"], model=str(not_a_model))
    with pytest.raises(FileNotFoundError):
        reactions.stance(["x"], ["Ukraine"], model=str(tmp_path / "absent.model"))


def test_thread_counts_are_clamped_and_files_must_be_regular(tmp_path):
    # A billion threads asked for: as many as the machine runs, and the same scores.
    texts = ["What a great idea!", "Shame on them."]
    assert (
        reactions.sentiment(texts, threads=10**9).to_pylist()
        == reactions.sentiment(texts, threads=1).to_pylist()
    )
    fifo = tmp_path / "targets.toml"
    os.mkfifo(fifo)
    with pytest.raises(ValueError, match=r"targets\.toml: not a regular file"):
        reactions.stance(["NATO must stand with Ukraine."], str(fifo))
    with pytest.raises(ValueError, match=r"/dev/zero: not a regular file"):
        reactions.stance(["x"], ["Ukraine"], model="/dev/zero")


def test_the_package_reads_files_and_says_it_does_not_fetch_urls():
    path = ROOT / "data" / "comments" / "taxi-strike-comments.csv"
    collection = reactions.collect(["https://news.example/story", str(path)])
    assert collection.reactions.num_rows > 0
    assert collection.errors == [
        (
            "https://news.example/story",
            "this build does not fetch URLs (built without the `web` feature)",
        )
    ]


def test_collect_file_reads_bytes_as_collect_reads_the_file():
    path = ROOT / "data" / "comments" / "taxi-strike-comments.csv"
    from_file = reactions.collect([str(path)]).reactions
    from_bytes = reactions.collect_file(str(path), path.read_bytes()).reactions
    assert from_bytes.equals(from_file)


def test_stance_and_score_add_the_columns_of_the_dataset():
    targets = str(ROOT / "data" / "targets.toml")
    judged = reactions.stance(["NATO must stand with Ukraine.", "这是另一个大问题"], targets)
    ukraine = judged.filter(pa.compute.equal(judged.column("target"), "Ukraine")).to_pylist()
    assert [row["stance"] for row in ukraine] == ["FAVOR", "NONE"]
    assert ukraine[1]["rule"] == "unreadable"
    scored = reactions.score(reactions.collect(str(ROOT / "data")).reactions, targets=targets)
    for column in ["neg", "neu", "pos", "compound", "sentiment", "sentiment_status", "sentiment_method", "stance_Ukraine"]:
        assert column in scored.column_names
    assert scored.num_rows == 48


def test_score_reads_a_language_with_a_pack_by_its_pack():
    # An AfriSenti Hausa test tweet (ha_test_00002, gold positive) and an English text.
    table = pa.table({"text": ["tohh allah shi taimaka", "Shame on them."], "lang": ["ha", "en"]})
    scored = reactions.score(table)
    assert scored.column("sentiment_method").to_pylist() == ["afrisenti-ha", "vader"]
    assert scored.column("sentiment").to_pylist() == ["positive", "negative"]
    assert scored.column("sentiment_status").to_pylist() == ["scored", "scored"]
    assert scored.column("compound").to_pylist() == [None, -0.4767]


def test_the_readme_python_example_runs(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, "the README's Python section has an example"
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_the_docstring_examples_run(monkeypatch):
    import doctest

    monkeypatch.chdir(ROOT)
    failures, tried = doctest.testmod(reactions)
    assert tried > 5 and failures == 0


def test_sentiment_labels_follow_the_command_lines_threshold():
    threshold = reactions.SENTIMENT_THRESHOLD
    assert threshold == 0.05
    table = reactions.sentiment(
        ["Shame on them.", "What a great idea!", "The meeting is on Tuesday.", "ok", "meh"],
        only_readable=True,
    )
    compounds = table.column("compound").to_pylist()
    labels = table.column("sentiment").to_pylist()
    assert set(labels) == {"positive", "neutral", "negative"}
    for compound, label in zip(compounds, labels):
        expected = (
            "positive" if compound >= threshold else "negative" if compound <= -threshold else "neutral"
        )
        assert label == expected, (compound, label)


def test_methods_counts_each_language_and_method_with_its_measured_accuracy():
    table = pa.table({
        "text": [
            "What a wonderful decision, I am so happy.",
            "Terrible, awful, the worst decision.",
            "Allah ya kara daukaka, muna godiya sosai.",
            "这是另一个大问题，政府应该早点采取行动。",
            "C'est une honte, ce gouvernement ne fait rien.",
            None,
        ],
        "lang": ["en", "en", "ha", "zh", "fr", "en"],
    })
    rows = reactions.methods(reactions.score(table)).to_pylist()
    groups = [(r["language"], r["method"], r["status"], r["reactions"]) for r in rows]
    # The null text is no reaction; the others by language, most reactions first.
    assert groups == [
        ("en", "vader", "scored", 2),
        ("fr", "vader-fr", "scored", 1),
        ("ha", "afrisenti-ha", "scored", 1),
        ("zh", "none", "other_language", 1),
    ]
    english, french, hausa, chinese = rows
    assert english["of_all_reactions_share"] == 0.4
    assert english["positive_share"] == english["negative_share"] == 0.5
    assert english["test_texts"] == 4200 and 0 < english["weighted_f1"] <= 100
    assert "Hausa" in hausa["test_set"] and hausa["weighted_f1"] > 0
    assert french["weighted_f1"] is None and french["test_set"].startswith("not measured")
    assert chinese["positive_share"] is None and chinese["test_set"] is None
