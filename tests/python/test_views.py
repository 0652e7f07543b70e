"""The DuckDB views of `views.sql` (docs/views.md) as a dashboard reads them, with the pinned
DuckDB: their figures equal the summary tables (`tables/*.csv`) of the same directory on the
bundled data/, on a generated corpus and (test_spark.py) on a Spark output, and they keep
working after the directory moves.

Run by `make test` (`make report-test`); the binary is REACTIONS_BIN.
"""

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import nbformat
import pyarrow.parquet as pq
import pytest

from views_check import assert_shares_are_wilson, assert_views_equal_tables, connect, rows

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from generated_corpus import corpus  # noqa: E402

BIN = Path(os.environ.get("REACTIONS_BIN", ROOT / "target" / "release" / "reactions"))
COLLECTED_ON = "2026-11-28"
TARGETS = str(ROOT / "data" / "targets.toml")


def reactions(*args, cwd=ROOT) -> None:
    result = subprocess.run([str(BIN), *map(str, args)], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundled") / "out"
    reactions("run", "data/", "--targets", TARGETS, "--out", out, "--collected-on", COLLECTED_ON)
    return out


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    base = tmp_path_factory.mktemp("generated")
    inputs = corpus(base / "data", articles=400, threads=10)
    out = base / "out"
    reactions("run", inputs, "--targets", TARGETS, "--out", out, "--collected-on", COLLECTED_ON)
    return out


def test_the_views_equal_the_summary_tables_on_the_bundled_data(bundled):
    con = connect(bundled)
    assert assert_views_equal_tables(con, bundled) > 50
    # The version is the dataset's schema version and the views' revision, as the docs say.
    schema = pq.read_metadata(next((bundled / "articles").glob("*.parquet"))).metadata[b"reactions.schema_version"]
    [version] = rows(con, "SELECT * FROM views_version")
    assert version["schema_version"] == schema.decode()
    assert version["views_version"].startswith(version["schema_version"] + ".")
    title = (ROOT / "docs" / "views.md").read_text(encoding="utf-8").splitlines()[0]
    assert title == f"# DuckDB views (views version {version['views_version']})"
    assert (bundled / "views.sql").read_text(encoding="utf-8").startswith(
        f"-- reactions views, version {version['views_version']} "
    )


def test_the_views_equal_the_summary_tables_on_a_generated_corpus(generated):
    con = connect(generated)
    # Thousands of rows, reactions in languages VADER cannot read among them.
    assert assert_views_equal_tables(con, generated) > 400
    days = rows(con, "SELECT * FROM daily_sentiment")
    assert any(day["unscored_languages"] for day in days)


def test_the_views_count_analysts_labels_as_the_tables_do(tmp_path):
    inputs = corpus(tmp_path / "data", articles=120, threads=4)
    out = tmp_path / "out"
    run = ("run", inputs, "--targets", TARGETS, "--out", out, "--collected-on", COLLECTED_ON)
    reactions(*run)
    con = connect(out)
    listed = rows(con, "SELECT reaction_id, sentiment_status, sentiment FROM reactions ORDER BY reaction_id")
    # People label reactions no scorer read, flip scored ones, give stances the model could not
    # (unreadable) or gave otherwise, and take records out.
    unscored = [r for r in listed if r["sentiment_status"] != "scored"][:6]
    positive = [r for r in listed if r["sentiment"] == "positive"][:6]
    removed = [r for r in listed if r["sentiment"] == "negative"][:6]
    stance = rows(
        con,
        "(SELECT reaction_id, target FROM stance WHERE rule = 'unreadable' ORDER BY reaction_id LIMIT 6)"
        " UNION ALL (SELECT reaction_id, target FROM stance WHERE stance = 'FAVOR' ORDER BY reaction_id LIMIT 6)",
    )
    assert len(unscored) == len(positive) == len(removed) == 6 and len(stance) == 12
    lines = ["reaction_id,field,value,author,note"]
    lines += [f"{r['reaction_id']},sentiment,negative,ana," for r in unscored + positive]
    lines += [f"{r['reaction_id']},stance:{r['target']},AGAINST,ana," for r in stance]
    lines += [f"{r['reaction_id']},is_reaction,false,bo,spam" for r in removed]
    labels = tmp_path / "labels.csv"
    labels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = rows(con, "SELECT sum(reactions) AS reactions, sum(negative) AS negative FROM daily_sentiment")[0]
    con.close()

    reactions(*run, "--labels", labels)
    con = connect(out)
    assert assert_views_equal_tables(con, out) > 100
    after = rows(con, "SELECT sum(reactions) AS reactions, sum(negative) AS negative FROM daily_sentiment")[0]
    assert after["reactions"] == before["reactions"] - 6
    assert after["negative"] == before["negative"] - 6 + 12
    # Taken out of every figure, kept in the reactions view with the flag.
    taken_out = tuple(r["reaction_id"] for r in removed)
    flagged = rows(con, "SELECT reaction_id, is_reaction_source FROM reactions WHERE NOT is_reaction ORDER BY 1")
    assert [r["reaction_id"] for r in flagged] == sorted(taken_out)
    assert {r["is_reaction_source"] for r in flagged} == {"human"}
    # The model's values kept beside the people's.
    flipped = rows(
        con,
        "SELECT sentiment, sentiment_label, sentiment_label_source FROM reactions WHERE reaction_id IN "
        f"{tuple(r['reaction_id'] for r in positive)}",
    )
    assert {(r["sentiment"], r["sentiment_label"], r["sentiment_label_source"]) for r in flipped} == {
        ("positive", "negative", "human")
    }
    # The notebook's code counts the same: its stance per target equals the table's.
    notebook = nbformat.read(out / "report.ipynb", as_version=4)
    namespace = {}
    cwd = os.getcwd()
    os.chdir(out)
    try:
        for cell in notebook.cells:
            if cell.cell_type == "code" and "plt." not in cell.source:
                exec(compile(cell.source, f"cell {cell.id}", "exec"), namespace)
    finally:
        os.chdir(cwd)
    table = {r["target"]: r for r in csv.DictReader(open(out / "tables" / "targets.csv", encoding="utf-8"))}
    for target in namespace["targets"].iter_rows(named=True):
        expected = table[target["target"]]
        assert (str(target["n"]), str(target["unscored"])) == (expected["n"], expected["unscored"])
        assert f"{target['against_share']:.4f}" == expected["against_share"]


@pytest.mark.parametrize("directory", ["bundled", "generated"])
def test_daily_stance_equals_the_daily_table(directory, request):
    out = request.getfixturevalue(directory)
    con = connect(out)
    daily = [r for r in pq.read_table(out / "daily" / "part-0.parquet").to_pylist() if r["target"]]
    view = rows(con, "SELECT * FROM daily_stance")
    assert len(view) == len(daily) > 0
    for want, have in zip(daily, view):
        assert (have["date"], have["target"]) == (want["date"], want["target"])
        assert (have["favor"], have["against"], have["none"]) == (want["favor"], want["against"], want["none"])
        assert have["net_stance"] == want["net_stance"]
    assert_shares_are_wilson(view)


@pytest.mark.parametrize("dimension", ["outlet", "platform", "language"])
def test_the_breakdowns_add_up_to_the_day_and_carry_wilson_bounds(generated, dimension):
    con = connect(generated)
    sentiment = rows(con, f"SELECT * FROM daily_sentiment_by_{dimension}")
    assert_shares_are_wilson(sentiment)
    totals = rows(con, f"""
        SELECT date, sum(reactions) AS reactions, sum(n) AS n, sum(positive) AS positive,
            sum(negative) AS negative, sum(unscored) AS unscored
        FROM daily_sentiment_by_{dimension} GROUP BY date ORDER BY date""")
    days = rows(con, "SELECT date, reactions, n, positive, negative, unscored FROM daily_sentiment")
    assert totals == days
    stance = rows(con, f"SELECT * FROM daily_stance_by_{dimension}")
    assert_shares_are_wilson(stance)
    stance_totals = rows(con, f"""
        SELECT date, target, sum(n) AS n, sum(favor) AS favor, sum(against) AS against
        FROM daily_stance_by_{dimension} GROUP BY date, target""")
    by_day = {(r["date"], r["target"]): r for r in rows(con, "SELECT date, target, n, favor, against FROM daily_stance")}
    assert len(stance_totals) == len(by_day) > 0
    assert all(by_day[(r["date"], r["target"])] == r for r in stance_totals)
    if dimension == "outlet":
        outlets = {r["outlet"] for r in sentiment}
        assert None in outlets and any(o and "." in o and not o.startswith("www.") for o in outlets), outlets


def test_the_views_work_after_the_directory_moves(bundled, tmp_path):
    moved = tmp_path / "first"
    shutil.copytree(bundled, moved)
    # The documented one-liner makes reactions.duckdb: the views only, over relative paths.
    subprocess.run(
        [sys.executable, "-c", "import duckdb, sys; duckdb.connect('reactions.duckdb').execute(sys.stdin.read())"],
        cwd=moved, stdin=(moved / "views.sql").open(), check=True,
    )
    expected = rows(connect(moved), "SELECT * FROM article_summary")
    again = tmp_path / "elsewhere" / "second"
    again.parent.mkdir()
    shutil.move(moved, again)
    con = duckdb.connect(str(again / "reactions.duckdb"), read_only=True)
    tables = {r["table_name"] for r in rows(con, "SELECT table_name FROM information_schema.tables")}
    assert "article_summary" in tables and "daily_stance_by_language" in tables
    assert rows(con, "SELECT table_type FROM information_schema.tables GROUP BY ALL") == [{"table_type": "VIEW"}]
    con.execute(f"SET file_search_path = '{again}'")
    assert rows(con, "SELECT * FROM article_summary") == expected
    assert assert_views_equal_tables(con, again) > 50
    # From the directory itself, no setting is needed.
    result = subprocess.run(
        [sys.executable, "-c", "import duckdb; print(duckdb.connect('reactions.duckdb', read_only=True)"
         ".execute('SELECT count(*) FROM reactions').fetchone()[0])"],
        cwd=again, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == pq.ParquetDataset(again / "reactions").read().num_rows


def test_a_report_elsewhere_reads_the_dataset_by_a_relative_path(bundled, tmp_path):
    base = tmp_path / "base"
    shutil.copytree(bundled, base / "dataset")
    reactions("report", "--dataset", base / "dataset", "--out", base / "brief")
    sql = (base / "brief" / "views.sql").read_text(encoding="utf-8")
    assert "'../dataset/reactions/*/*.parquet'" in sql and str(tmp_path) not in sql
    shutil.move(base, tmp_path / "moved")
    brief = tmp_path / "moved" / "brief"
    assert assert_views_equal_tables(connect(brief), brief) > 50
    # Into the dataset's own directory, the file is the one the run wrote.
    reactions("report", "--dataset", tmp_path / "moved" / "dataset")
    assert (tmp_path / "moved" / "dataset" / "views.sql").read_bytes() == (bundled / "views.sql").read_bytes()


def test_without_targets_or_reactions_the_views_are_empty_not_broken(bundled, tmp_path):
    article = tmp_path / "quiet.txt"
    article.write_text("A quiet day\n\nPublished: 2024-11-03\n\nNothing happened.\n", encoding="utf-8")
    out = tmp_path / "out"
    # Outside the clone, no data/targets.toml is taken by default: no targets.
    reactions("run", article, "--out", out, "--collected-on", COLLECTED_ON, cwd=tmp_path)
    con = connect(out)
    assert rows(con, "SELECT count(*) AS n FROM reactions") == [{"n": 0}]
    assert rows(con, "SELECT count(*) AS n FROM stance") == [{"n": 0}]
    assert rows(con, "SELECT * FROM stance_by_target") == []
    summary = rows(con, "SELECT article, n, mean_compound, positive_share FROM article_summary")
    assert summary == [{"article": "A quiet day", "n": 0, "mean_compound": None, "positive_share": None}]
    assert rows(con, "SELECT count(*) AS n FROM targets") == [{"n": 0}]
    assert assert_views_equal_tables(con, out) == 1
    # The empty tables keep the columns and types the views have over files.
    full = connect(bundled)
    for view in ["reactions", "stance", "daily_stance", "handle_activity"]:
        describe = f"SELECT column_name, column_type FROM (DESCRIBE {view})"
        assert rows(con, describe) == rows(full, describe), view


MIXED_ARTICLE = """Readers react to the fuel price

Published: 2024-11-04

Readers responded online.

@wang_li wrote: “这是另一个大问题，政府应该早点采取行动。”

@chen_yu wrote: “这是一个很大的问题，我们都很担心。”

@juma_k wrote: “Serikali hii imetuangusha sana, hakuna kazi kwa watu.”

@reader_one wrote: “What a terrible decision, I am angry.”
"""


def test_unscored_languages_are_listed_most_frequent_first(tmp_path):
    article = tmp_path / "mixed.txt"
    article.write_text(MIXED_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    reactions("run", article, "--targets", TARGETS, "--out", out, "--collected-on", COLLECTED_ON)
    con = connect(out)
    # Two in Chinese, unscored; the Swahili one read by the Swahili pack (a label, no
    # compound), the English one by VADER, which alone gives the mean compound.
    assert rows(con, "SELECT unscored_languages, n, unscored, round(mean_compound, 4) AS mean_compound FROM daily_sentiment") == [
        {"unscored_languages": "zh 2", "n": 2, "unscored": 2, "mean_compound": -0.7506}
    ]
    assert rows(
        con,
        "SELECT lang, sentiment_method, compound IS NULL AS no_compound FROM reactions "
        "WHERE sentiment_status = 'scored' ORDER BY position",
    ) == [
        {"lang": "sw", "sentiment_method": "afrisenti-sw", "no_compound": True},
        {"lang": None, "sentiment_method": "vader", "no_compound": False},
    ]
    assert assert_views_equal_tables(con, out) > 4


def test_the_python_package_makes_the_views_database(bundled, tmp_path):
    package = pytest.importorskip("reactions", reason="the wheel is built by `make python-package`")
    copy = tmp_path / "copy"
    shutil.copytree(bundled, copy)
    database = package.create_views_database(copy)
    assert database == copy / "reactions.duckdb"
    assert package.create_views_database(copy) == database  # made again, not added to
    con = duckdb.connect(str(database), read_only=True)
    views = rows(con, "SELECT table_name FROM information_schema.tables ORDER BY ALL")
    assert {v["table_name"] for v in views} >= {"reactions", "stance", "daily_sentiment", "handle_activity"}
    con.execute(f"SET file_search_path = '{copy}'")
    assert assert_views_equal_tables(con, copy) > 50
    assert rows(con, "SELECT views_version FROM views_version") == [{"views_version": package.VIEWS_VERSION}]


def documented_views() -> dict[str, list[tuple[str, str]]]:
    """docs/views.md's column tables: each heading of views (or of a group of figures) and its
    rows (column, type), placeholders as written."""
    sections: dict[str, list[tuple[str, str]]] = {}
    names: list[str] = []
    for line in (ROOT / "docs" / "views.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            names = re.findall(r"`([a-z_]+)`", line) or [line[4:].strip().lower()]
            for name in names:
                sections[name] = []
        elif line.startswith("| ") and names and not line.startswith("| column") and not line.startswith("| ---"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            for name in names:
                sections[name].append((cells[0], cells[1]))
        elif line.startswith("## "):
            names = []
    return sections


def test_docs_list_every_view_and_column(bundled):
    con = connect(bundled)
    documented = documented_views()
    views = [r["table_name"] for r in rows(con, "SELECT table_name FROM information_schema.tables ORDER BY ALL")]
    assert sorted(v for v in documented if "figures" not in v) == views
    dataset = {
        table: [(r["column_name"], r["column_type"]) for r in rows(con, f"DESCRIBE SELECT * FROM read_parquet('{table}/*/*.parquet', hive_partitioning = false)")]
        for table in ["reactions", "stance"]
    }
    for view in views:
        expanded = []
        for column, column_type in documented[view]:
            if column in ("*sentiment figures*", "*stance figures*"):
                expanded += documented[column.strip("*")]
            elif column == "*the breakdown*":
                expanded.append((view.rsplit("_by_", 1)[1], column_type))
            elif column.startswith("*the ") and column.endswith(" table*"):
                expanded += dataset[column.split()[1]]
            else:
                expanded.append((column, column_type))
        actual = [(r["column_name"], r["column_type"]) for r in rows(con, f"DESCRIBE {view}")]
        assert expanded == actual, view
