"""`reactions evaluate` against scikit-learn's metrics: on a hand-labelled sentiment sample of
the bundled data (fixtures/sentiment_sample.csv: the 48 reactions of data/, each labelled by one
reader of this project for this test, sarcasm read as the writer meant it) and on the
SemEval-2016 stance data in ../shared/stance (its tweets as a comment export, its gold labels as
analysts' labels; skipped when absent). And the labels file's bad rows as the command reports
them.

Run by `make test` (`make report-test`); scikit-learn is pinned in requirements-dev.txt.
"""

import csv
import json
import math
import os
import subprocess
import warnings
from collections import defaultdict
from pathlib import Path

import pytest
from sklearn.metrics import accuracy_score, cohen_kappa_score, confusion_matrix, f1_score

from views_check import connect, rows

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("REACTIONS_BIN", ROOT / "target" / "release" / "reactions"))
SEMEVAL = ROOT.parent / "shared" / "stance" / "semeval2016-task6-trainingdata.txt"
COLLECTED_ON = "2026-11-28"


def reactions(*args, check=True):
    result = subprocess.run([str(BIN), *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def write_labels(path: Path, labels: list[tuple[str, str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["reaction_id", "field", "value", "author", "note"])
        for reaction_id, field, value in labels:
            writer.writerow([reaction_id, field, value, "test", ""])
    return path


def evaluate(labels: Path, dataset: Path) -> dict:
    result = reactions("evaluate", "--labels", labels, "--dataset", dataset, "--format", "json")
    return json.loads(result.stdout)


def assert_equals_sklearn(evaluations: list[dict], pairs: list[tuple[tuple, str, str | None]]) -> int:
    """`pairs`: ((field, method, language), people's value, model's value or None). Every group
    the command printed equals scikit-learn on the same pairs, and no group is missing."""
    groups = defaultdict(list)
    for (field, method, language), human, model in pairs:
        groups[(field, method, "all")].append((human, model))
        groups[(field, method, language)].append((human, model))
    printed = {(e["field"], e["method"], e["language"]): e for e in evaluations}
    expected_keys = {k for k, v in groups.items() if any(m is not None for _, m in v)}
    assert set(printed) == expected_keys
    for key in expected_keys:
        e = printed[key]
        compared = [(h, m) for h, m in groups[key] if m is not None]
        y_true, y_pred = [h for h, _ in compared], [m for _, m in compared]
        classes = sorted(set(y_true) | set(y_pred))
        assert e["classes"] == classes and e["n"] == len(compared), key
        assert e["unscored"] == len(groups[key]) - len(compared), key
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # one class on both sides warns (and kappa is NaN)
            matrix = confusion_matrix(y_true, y_pred, labels=classes).tolist()
            f1 = f1_score(y_true, y_pred, average="macro", labels=classes, zero_division=0)
            kappa = cohen_kappa_score(y_true, y_pred)
        assert e["confusion"] == matrix, key
        assert e["accuracy"] == pytest.approx(accuracy_score(y_true, y_pred), abs=1e-12), key
        assert e["macro_f1"] == pytest.approx(f1, abs=1e-12), key
        if math.isnan(kappa):
            assert e["kappa"] is None, key
        else:
            assert e["kappa"] == pytest.approx(kappa, abs=1e-12), key
    return len(expected_keys)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundled") / "out"
    reactions("run", "data/", "--targets", "data/targets.toml", "--out", out, "--collected-on", COLLECTED_ON)
    return out


def test_a_hand_labelled_sentiment_sample_scores_as_scikit_learn_does(bundled, tmp_path):
    con = connect(bundled)
    dataset = rows(con, "SELECT reaction_id, who, text, sentiment, language FROM reactions")
    with open(Path(__file__).parent / "fixtures" / "sentiment_sample.csv", newline="", encoding="utf-8") as file:
        sample = list(csv.DictReader(file))
    labels, pairs = [], []
    for labelled in sample:
        found = [r for r in dataset if r["who"] == labelled["who"] and r["text"].startswith(labelled["text_start"])]
        assert len(found) == 1, labelled
        row = found[0]
        labels.append((row["reaction_id"], "sentiment", labelled["sentiment"]))
        pairs.append((("sentiment", "vader", row["language"]), labelled["sentiment"], row["sentiment"]))
    # Stance of a few, toward two targets, as a person reads them.
    stance = {r["reaction_id"]: r for r in rows(con, """
        SELECT s.reaction_id, s.target, s.stance, s.method, s.rule, r.language, r.text
        FROM stance s JOIN reactions r USING (reaction_id) WHERE s.target = 'Ukraine'""")}
    for reaction_id, row in stance.items():
        if "Ukraine" in row["text"] or "Kyiv" in row["text"] or "Kharkiv" in row["text"]:
            value = "AGAINST" if "weapons" in row["text"] else "FAVOR"
            labels.append((reaction_id, "stance:Ukraine", value))
            model = None if row["rule"] == "unreadable" else row["stance"]
            pairs.append((("stance:Ukraine", row["method"], row["language"]), value, model))
    assert len(pairs) > 50
    result = evaluate(write_labels(tmp_path / "labels.csv", labels), bundled)
    assert result["problems"] == [] and result["applied"] == len(labels)
    assert assert_equals_sklearn(result["evaluations"], pairs) >= 4
    overall = next(e for e in result["evaluations"] if e["field"] == "sentiment" and e["language"] == "all")
    assert overall["n"] == 48 and 0 < overall["accuracy"] < 1  # VADER misses sarcasm, as expected


def test_bad_labels_are_reported_by_line_and_the_rest_still_count(bundled, tmp_path):
    reaction_id = rows(connect(bundled), "SELECT reaction_id FROM reactions LIMIT 1")[0]["reaction_id"]
    path = tmp_path / "labels.csv"
    path.write_text(
        "reaction_id,field,value,author,note\n"
        f"{reaction_id},sentiment,negative,ana,\n"
        "not-a-reaction,sentiment,negative,ana,\n"
        f"{reaction_id},mood,negative,ana,\n"
        f"{reaction_id},sentiment,furious,ana,\n"
        f"{reaction_id},stance:Narnia,FAVOR,ana,\n"
        f"{reaction_id},stance:Ukraine,FAVOR,ana,\n"
        f"{reaction_id},stance:Ukraine,FAVOR,bo,\n"
        f"{reaction_id},sentiment,positive,bo,=HYPERLINK(\"http://x\")\n",
        encoding="utf-8",
    )
    result = reactions("evaluate", "--labels", path, "--dataset", bundled, "--format", "json", check=False)
    assert result.returncode == 3, result.stderr
    problems = json.loads(result.stdout)["problems"]
    assert [p.split(": ")[0] for p in problems] == [f"{path}:{line}" for line in (2, 3, 4, 5, 6, 7)]
    assert "overridden by positive on line 9" in problems[0] and "not in the dataset" in problems[1]
    assert all(p in result.stderr for p in problems)
    evaluations = json.loads(result.stdout)["evaluations"]
    assert {(e["field"], e["language"], e["n"]) for e in evaluations} >= {("sentiment", "all", 1), ("stance:Ukraine", "all", 1)}
    # Not a labels file at all: a usage error naming it.
    path.write_text("id,label\nx,positive\n", encoding="utf-8")
    result = reactions("evaluate", "--labels", path, "--dataset", bundled, check=False)
    assert result.returncode == 2 and "no reaction_id column" in result.stderr and str(path) in result.stderr


# SemEval's five targets, with a few words that name each, for the rules to find.
SEMEVAL_TARGETS = """
[[target]]
name = "Atheism"
aliases = ["atheist", "atheists", "God", "religion"]

[[target]]
name = "Climate Change is a Real Concern"
aliases = ["climate", "climate change", "global warming"]

[[target]]
name = "Feminist Movement"
aliases = ["feminism", "feminist", "feminists"]

[[target]]
name = "Hillary Clinton"
aliases = ["Hillary", "Clinton", "HillaryClinton"]

[[target]]
name = "Legalization of Abortion"
aliases = ["abortion", "pro-life", "prolife", "pro-choice", "prochoice"]
"""


@pytest.mark.skipif(not SEMEVAL.exists(), reason=f"{SEMEVAL} is not available")
def test_semeval_stance_labels_score_as_scikit_learn_does(tmp_path):
    text = SEMEVAL.read_bytes().decode("cp1252")
    tweets = list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    export = tmp_path / "tweets.csv"
    with open(export, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "author", "text", "created_at"])
        for tweet in tweets:
            writer.writerow([f"semeval-{tweet['ID']}", f"user{tweet['ID']}", tweet["Tweet"], "2016-01-11T00:00:00Z"])
    (tmp_path / "targets.toml").write_text(SEMEVAL_TARGETS, encoding="utf-8")
    out = tmp_path / "out"
    result = reactions("run", export, "--targets", tmp_path / "targets.toml", "--out", out,
                       "--collected-on", COLLECTED_ON, check=False)
    assert result.returncode == 0, result.stderr
    con = connect(out)
    judged = {
        (r["comment_id"], r["target"]): r
        for r in rows(con, """SELECT r.comment_id, s.target, s.stance, s.method, s.rule, r.language
                             FROM stance s JOIN reactions r USING (reaction_id)""")
    }
    ids = {r["comment_id"]: r["reaction_id"] for r in rows(con, "SELECT comment_id, reaction_id FROM reactions")}
    labels, pairs = [], []
    for tweet in tweets:
        comment = f"semeval-{tweet['ID']}"
        if comment not in ids:
            continue  # a double post (same author and words) is kept once
        row = judged[(comment, tweet["Target"])]
        labels.append((ids[comment], f"stance:{tweet['Target']}", tweet["Stance"]))
        model = None if row["rule"] == "unreadable" else row["stance"]
        pairs.append(((f"stance:{tweet['Target']}", row["method"], row["language"]), tweet["Stance"], model))
    assert len(pairs) > 2500
    evaluated = evaluate(write_labels(tmp_path / "labels.csv", labels), out)
    assert evaluated["problems"] == []
    assert assert_equals_sklearn(evaluated["evaluations"], pairs) >= 10
