"""The outputs of `reactions run` as their readers see them: pyarrow, DuckDB, nbformat, Chromium.

Run by `make test` (`make report-test`). The binary is REACTIONS_BIN (default
target/debug/reactions); the bundled data/ and fixtures written here are the inputs.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import nbformat
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("REACTIONS_BIN", ROOT / "target" / "debug" / "reactions"))
COLLECTED_ON = "2026-11-28"

HOSTILE_ARTICLE = """Council votes on the new park

Published: 2024-11-03

The council approved the park on Sunday.

@scripter said:

“<script>alert(1)</script> This is terrible and awful.”

@formula wrote:

“=HYPERLINK("http://evil.example","click") What a great, wonderful park!”

@plain added:

“+1 from me, and a big thank you to the council.”
"""


def run(*args, cwd=ROOT):
    result = subprocess.run([str(BIN), *args], cwd=cwd, capture_output=True, text=True)
    return result


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundled")
    result = run("run", "data/", "--targets", "data/targets.toml", "--out", str(out), "--collected-on", COLLECTED_ON)
    assert result.returncode == 0, result.stderr
    collected = run("collect", "data/")
    rows = [json.loads(line) for line in collected.stdout.splitlines()]
    return out, rows


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    (base / "park.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = base / "out"
    result = run("run", str(base / "park.txt"), "--targets", "data/targets.toml", "--out", str(out), "--collected-on", COLLECTED_ON)
    assert result.returncode == 0, result.stderr
    return out


def test_row_counts_match_what_was_collected(bundled):
    out, collected = bundled
    reactions = ds.dataset(out / "reactions", format="parquet", partitioning="hive").to_table()
    assert reactions.num_rows == len(collected) > 0
    assert sorted(reactions.column("reaction_id").to_pylist()) == sorted(r["reaction_id"] for r in collected)
    # The dataset keeps why each quote was taken, as `collect` printed it.
    cues = dict(zip(reactions.column("reaction_id").to_pylist(), reactions.column("cues").to_pylist()))
    assert all(cues[r["reaction_id"]] == r["cues"] for r in collected)
    assert any("embed" in c for c in cues.values()) and any("comment-export" in c for c in cues.values())
    articles = pq.read_table(out / "articles" / "part-0.parquet")
    assert articles.num_rows == len({r["article_id"] for r in collected}) + 1  # one article has no reactions
    targets = 8
    stance = ds.dataset(out / "stance", format="parquet", partitioning="hive").to_table()
    assert stance.num_rows == len(collected) * targets


def test_types_are_as_documented(bundled):
    out, _ = bundled
    path = next((out / "reactions").glob("date=*/part-0.parquet"))
    schema = pq.read_schema(path)
    assert schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("posted_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("position").type == pa.uint32()
    for name in ["neg", "neu", "pos", "compound"]:
        assert schema.field(name).type == pa.float64()
    # Strings are Parquet BYTE_ARRAY with the String logical type, which every reader maps to
    # text; polars' Arrow schema hint makes pyarrow load them as string_view.
    parquet_schema = pq.ParquetFile(path).schema
    for name in ["reaction_id", "text", "handle", "sentiment", "sentiment_status", "sentiment_method", "lang",
                 "sentiment_label", "sentiment_label_source", "is_reaction_source"]:
        column = parquet_schema.column(parquet_schema.names.index(name))
        assert (column.physical_type, str(column.logical_type)) == ("BYTE_ARRAY", "String"), name
    links = schema.field("links").type
    assert pa.types.is_list(links) or pa.types.is_large_list(links)
    assert "date" not in schema.names  # the partition column lives in the path
    metadata = pq.read_metadata(path).metadata
    assert schema.field("is_reaction").type == pa.bool_()
    assert metadata[b"reactions.schema_version"] == b"7"
    cues = schema.field("cues").type
    assert pa.types.is_list(cues) or pa.types.is_large_list(cues)
    stance_schema = pq.read_schema(next((out / "stance").glob("date=*/part-0.parquet")))
    assert stance_schema.field("confidence").type == pa.float64()
    daily = pq.read_schema(out / "daily" / "part-0.parquet")
    assert daily.field("date").type == pa.date32()


def test_duckdb_partition_filter_and_stance_join(bundled):
    out, collected = bundled
    con = duckdb.connect()
    reactions = f"read_parquet('{out}/reactions/*/*.parquet', hive_partitioning = true)"
    stance = f"read_parquet('{out}/stance/*/*.parquet', hive_partitioning = true)"
    on_day = con.execute(f"SELECT count(*) FROM {reactions} WHERE date = '2024-10-05'").fetchone()[0]
    # Comments are filed under the day they were posted, quoted reactions under the article's.
    filed = [(r["posted_at"] if r["comment_id"] and r["posted_at"] else r["published_at"]) or "" for r in collected]
    expected = sum(1 for day in filed if day.startswith("2024-10-05"))
    assert on_day == expected > 0
    orphans = con.execute(
        f"SELECT count(*) FROM {stance} s LEFT JOIN {reactions} r USING (reaction_id) WHERE r.reaction_id IS NULL"
    ).fetchone()[0]
    assert orphans == 0
    joined = con.execute(
        f"SELECT r.handle, s.stance, s.rule FROM {stance} s JOIN {reactions} r USING (reaction_id) "
        "WHERE s.target = 'Ukraine' AND r.handle = 'aisha_b'"
    ).fetchall()
    assert joined == [("aisha_b", "FAVOR", "object-cue")]


def test_report_rebuilt_from_the_dataset_is_identical(bundled, tmp_path):
    out, _ = bundled
    result = run("report", "--dataset", str(out), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name in ["report.html", "report.ipynb", "tables/articles.csv", "tables/targets.md", "tables/handles.csv", "tables/days.csv"]:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_same_input_same_rows(bundled, tmp_path):
    out, _ = bundled
    result = run("run", "data/", "--targets", "data/targets.toml", "--out", str(tmp_path), "--collected-on", COLLECTED_ON)
    assert result.returncode == 0
    for table in ["reactions", "stance"]:
        first = ds.dataset(out / table, partitioning="hive").to_table().to_pylist()
        second = ds.dataset(tmp_path / table, partitioning="hive").to_table().to_pylist()
        assert first == second
    assert (tmp_path / "report.html").read_bytes() == (out / "report.html").read_bytes()
    assert not [p for p in tmp_path.rglob("*") if ".tmp-" in p.name or ".staging-" in p.name]


def test_hostile_text_is_inert_in_html_csv_and_notebook(hostile):
    page = (hostile / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "=HYPERLINK(&quot;http://evil.example&quot;" in page
    for csv_file in (hostile / "tables").glob("*.csv"):
        for line in csv_file.read_text(encoding="utf-8").splitlines():
            for cell in line.split(","):
                stripped = cell.strip('"')
                assert not stripped.startswith(("=", "+", "-", "@")) or stripped[:1] == "-" and stripped[1:2].isdigit(), (csv_file.name, cell)
    articles_csv = (hostile / "tables" / "articles.csv").read_text(encoding="utf-8")
    assert "@formula: =HYPERLINK" in articles_csv  # the quote column starts with the handle
    handles_csv = (hostile / "tables" / "handles.csv").read_text(encoding="utf-8")
    assert "'@formula" in handles_csv

    notebook = nbformat.read(hostile / "report.ipynb", as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            assert "alert(1)" not in cell.source and "HYPERLINK" not in cell.source
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html", "")
            assert "<script" not in html.lower()
    rendered = json.dumps(notebook)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


def test_notebook_is_valid_nbformat_with_outputs(bundled):
    out, _ = bundled
    notebook = nbformat.read(out / "report.ipynb", as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert len(code) >= 6
    assert sum(1 for c in code if c.outputs) >= 6
    kinds = {key for c in code for o in c.outputs for key in o.get("data", {})}
    assert {"text/html", "image/svg+xml"} <= kinds


def chromium():
    for name in ["chromium", "chromium-browser", "google-chrome"]:
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.mark.skipif(chromium() is None, reason="Chromium is not installed (.ci/run installs it)")
def test_report_renders_in_headless_chromium(bundled, tmp_path):
    from PIL import Image

    out, _ = bundled
    shot = tmp_path / "report.png"
    result = subprocess.run(
        [
            chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars", "--window-size=412,1600",
            f"--screenshot={shot}", (out / "report.html").as_uri(),
        ],
        capture_output=True, text=True, timeout=120,
    )
    assert shot.exists(), result.stderr
    image = Image.open(shot).convert("RGB")
    assert image.size == (412, 1600)
    pixels = list(image.get_flattened_data()) if hasattr(image, "get_flattened_data") else list(image.getdata())
    not_white = sum(1 for p in pixels if sum(p) < 720) / len(pixels)
    colours = len(set(pixels))
    # Text, bars and dots: a blank or error page has a handful of colours and almost no ink.
    assert not_white > 0.03, not_white
    assert colours > 50, colours
    green = sum(1 for r, g, b in pixels if g > r + 40 and g > b + 20)
    red = sum(1 for r, g, b in pixels if r > g + 60 and r > b + 60)
    assert green > 100 and red > 100, (green, red)  # the sentiment bars are drawn


def test_notebook_code_runs_against_the_dataset(bundled, monkeypatch):
    """The saved outputs are a preview; the code must rebuild them from the Parquet files."""
    pl = pytest.importorskip("polars")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    out, collected = bundled
    monkeypatch.chdir(out)
    notebook = nbformat.read(out / "report.ipynb", as_version=4)
    namespace = {}
    for cell in notebook.cells:
        if cell.cell_type == "code":
            exec(compile(cell.source, f"cell {cell.id}", "exec"), namespace)
    assert namespace["reactions"].height == len(collected)
    targets = namespace["targets"]
    assert targets.height == 8
    ukraine = targets.filter(pl.col("target") == "Ukraine").row(0, named=True)
    table = (out / "tables" / "targets.csv").read_text(encoding="utf-8").splitlines()
    row = next(line for line in table if line.startswith("Ukraine,"))
    header = table[0].split(",")
    cells = dict(zip(header, row.split(",")))
    assert cells["addressed"] == str(ukraine["addressed"])
    assert cells["unscored"] == str(ukraine["unscored"])


def test_comment_threads_self_join_in_duckdb(tmp_path):
    fixtures = ROOT / "crates" / "collector" / "tests" / "fixtures" / "comments"
    exports = [fixtures / name for name in ["reddit-thread.json", "youtube-comment-threads.json", "x-conversation.json", "disqus-export.xml"]]
    out = tmp_path / "out"
    result = run("run", *map(str, exports), "--targets", "data/targets.toml", "--out", str(out), "--collected-on", COLLECTED_ON)
    assert result.returncode == 0, result.stderr
    assert "comments skipped: 2 deleted, 8 not_loaded, 1 removed, 1 retweet, 1 spam" in result.stderr, result.stderr
    path = next((out / "reactions").glob("date=*/part-0.parquet"))
    schema = pq.read_schema(path)
    assert schema.field("reply_depth").type == pa.uint32()
    assert schema.field("like_count").type == pa.int64()
    con = duckdb.connect()
    reactions = f"read_parquet('{out}/reactions/*/*.parquet', hive_partitioning = true)"
    pairs = con.execute(
        f"""SELECT c.platform, p.handle, c.reply_depth - p.reply_depth
            FROM {reactions} c JOIN {reactions} p ON c.parent_id = p.reaction_id
            ORDER BY c.platform, p.handle"""
    ).fetchall()
    # Every reply whose parent was kept finds it, one level up; the others' parents were deleted.
    assert pairs == [("disqus", "amina_d", 1), ("twitter", "fmelly966", 1), ("youtube", "lerato_m", 1)]
    counts = dict(con.execute(f"SELECT platform, count(*) FROM {reactions} GROUP BY platform").fetchall())
    assert counts == {"reddit": 3, "youtube": 3, "twitter": 3, "disqus": 3}
