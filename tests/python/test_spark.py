"""`reactions.spark` under Spark `local[2]`: the dataset it writes equals `reactions run`'s, from
local files and from a local S3 server (moto), and a bad input is reported by name. Two corpora:
the bundled data with generated articles and exports, and comment exports shaped like real ones
(hundreds of threads sharing a file and a day; an export VADER cannot read a word of).

Run by `make test` (`make report-test`); pyspark, pandas<3 and moto are pinned in
requirements-dev.txt. Java 17 or later must be on the machine.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

reactions = pytest.importorskip("reactions", reason="the wheel is built by `make python-package`")
pyspark = pytest.importorskip("pyspark")
spark_job = pytest.importorskip("reactions.spark")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from generated_corpus import corpus, exports  # noqa: E402
from views_check import assert_views_equal_tables  # noqa: E402
BIN = Path(os.environ.get("REACTIONS_BIN", ROOT / "target" / "release" / "reactions"))
COLLECTED_ON = "2026-11-28"

if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers need the package too
    session = (
        SparkSession.builder.master("local[2]")
        .appName("reactions-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    yield session
    session.stop()


# Each corpus, and the fewest reactions it must give.
CORPORA = {"generated": (corpus, 3000), "exports": (exports, 900)}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus_name(request):
    return request.param


@pytest.fixture(scope="module")
def inputs(corpus_name, tmp_path_factory):
    make, _ = CORPORA[corpus_name]
    return make(tmp_path_factory.mktemp(corpus_name) / "data")


@pytest.fixture(scope="module")
def cli_dataset(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    subprocess.run(
        [str(BIN), "run", str(inputs), "--targets", str(ROOT / "data" / "targets.toml"),
         "--out", str(out), "--collected-on", COLLECTED_ON],
        check=True, capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def spark_dataset(spark, inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("spark")
    outcome = spark_job.run(
        spark, [str(inputs)], str(out), targets=str(ROOT / "data" / "targets.toml"),
        collected_on=COLLECTED_ON,
    )
    return out, outcome


def table(directory: Path, name: str) -> pa.Table:
    partitioning = "hive" if name in ("reactions", "stance") else None
    return ds.dataset(directory / name, format="parquet", partitioning=partitioning).to_table()


def rows(t: pa.Table, key) -> list[dict]:
    return sorted(t.to_pylist(), key=key)


def test_the_spark_dataset_equals_the_command_lines(cli_dataset, spark_dataset, corpus_name):
    spark_out, outcome = spark_dataset
    assert outcome.errors == []
    cli = table(cli_dataset, "reactions")
    ours = table(spark_out, "reactions")
    assert ours.num_rows == cli.num_rows == outcome.reactions > CORPORA[corpus_name][1]
    # Same columns in the same order and types (polars gives its strings as views, the same
    # Parquet type).
    assert ours.column_names == cli.column_names
    same = lambda t: str(t).replace("large_", "").replace("string_view", "string")  # noqa: E731
    for theirs, mine in zip(cli.schema, ours.schema):
        assert same(mine.type) == same(theirs.type), theirs.name
    key = lambda r: r["reaction_id"]  # noqa: E731
    assert [str(r) for r in rows(ours, key)] == [str(r) for r in rows(cli, key)]

    stance_key = lambda r: (r["reaction_id"], r["target"])  # noqa: E731
    assert [str(r) for r in rows(table(spark_out, "stance"), stance_key)] == [
        str(r) for r in rows(table(cli_dataset, "stance"), stance_key)
    ]


def test_per_article_and_per_day_figures_equal_the_command_lines(
    cli_dataset, spark_dataset, corpus_name
):
    spark_out, _ = spark_dataset
    figures = ["article_id", "reactions", "scored", "unscored", "unscored_languages",
               "mean_compound", "positive", "neutral", "negative", "positive_share",
               "negative_share", "favor", "against", "date"]
    cli = {r["article_id"]: r for r in table(cli_dataset, "articles").select(figures).to_pylist()}
    ours = {r["article_id"]: r for r in table(spark_out, "articles").select(figures).to_pylist()}
    assert ours.keys() == cli.keys()
    assert ours == cli, "per-article figures differ"
    day_figures = ["date", "target", "reactions", "scored", "unscored", "mean_compound",
                   "positive", "negative", "favor", "against", "none", "net_stance"]
    # Row for row in the same order: articles by day, file and id; a day overall, then its
    # targets as configured. A day nothing was scored on counts 0, not null.
    assert table(spark_out, "articles").select(figures).to_pylist() == table(
        cli_dataset, "articles"
    ).select(figures).to_pylist()
    assert table(spark_out, "daily").select(day_figures).to_pylist() == table(
        cli_dataset, "daily"
    ).select(day_figures).to_pylist()
    if corpus_name == "exports":
        days = [r for r in table(spark_out, "daily").to_pylist() if r["target"] is None]
        assert [(r["scored"], r["positive"], r["negative"]) for r in days if r["unscored"]] == [
            (0, 0, 0)
        ] * 5
        shared = [(r["date"], r["source"]) for r in table(spark_out, "articles").to_pylist()]
        assert max(shared.count(key) for key in set(shared)) >= 100


def test_the_files_are_laid_out_as_the_command_lines(cli_dataset, spark_dataset):
    import pyarrow.parquet as pq

    spark_out, _ = spark_dataset
    for name in ("reactions", "stance", "articles", "daily"):
        files = lambda d: sorted(  # noqa: E731
            str(p.relative_to(d)) for p in (d / name).rglob("*") if p.is_file()
        )
        assert files(spark_out) == files(cli_dataset), name
        for path in (spark_out / name).rglob("*.parquet"):
            metadata = pq.read_metadata(path).metadata
            assert metadata[b"reactions.schema_version"] == reactions.SCHEMA_VERSION.encode()
            mine, theirs = pq.read_schema(path), pq.read_schema(cli_dataset / path.relative_to(spark_out))
            assert [str(f.type).replace("large_", "").replace("string_view", "string") for f in mine] == [
                str(f.type).replace("large_", "").replace("string_view", "string") for f in theirs
            ], path
            # Row for row in the command line's order: a partition's reactions as they were
            # read, each reaction's stance rows in the targets' order.
            assert pq.read_table(path).to_pylist() == pq.read_table(
                cli_dataset / path.relative_to(spark_out)
            ).to_pylist(), path


def test_nothing_the_tasks_staged_is_left_beside_the_dataset(cli_dataset, spark_dataset):
    """The tasks write their days and their tallies (a file each, read by the driver) under a
    staging directory in the output, which goes once the tables are in place: what is left is
    what the command line writes."""
    spark_out, _ = spark_dataset
    left = sorted(path.name for path in spark_out.iterdir())
    assert "reactions" in left and "report.html" in left, left
    assert set(left) <= {path.name for path in cli_dataset.iterdir()}, left


def test_the_summary_tables_and_report_equal_the_command_lines(
    cli_dataset, spark_dataset, tmp_path
):
    spark_out, outcome = spark_dataset
    assert sorted(Path(p).name for p in outcome.report) == [
        "report.html", "report.ipynb", "tables", "views.sql"
    ]
    tables = sorted(p.name for p in (cli_dataset / "tables").iterdir())
    assert tables == sorted(p.name for p in (spark_out / "tables").iterdir()) and tables
    for name in tables:
        assert (spark_out / "tables" / name).read_bytes() == (
            cli_dataset / "tables" / name
        ).read_bytes(), name
    page = (spark_out / "report.html").read_text(encoding="utf-8")
    assert page == (cli_dataset / "report.html").read_text(encoding="utf-8")
    # The command line reads the dataset Spark wrote, and makes the same tables of it.
    rebuilt = subprocess.run(
        [str(BIN), "report", "--dataset", str(spark_out), "--out", str(tmp_path)],
        capture_output=True, text=True,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    for name in tables:
        assert (tmp_path / "tables" / name).read_bytes() == (
            spark_out / "tables" / name
        ).read_bytes(), name


def test_the_spark_outputs_views_equal_its_tables_and_the_command_lines_views(
    cli_dataset, spark_dataset
):
    spark_out, _ = spark_dataset
    assert (spark_out / "views.sql").read_bytes() == (cli_dataset / "views.sql").read_bytes()
    database = reactions.create_views_database(spark_out)
    con = duckdb.connect(str(database), read_only=True)
    con.execute(f"SET file_search_path = '{spark_out}'")
    assert assert_views_equal_tables(con, spark_out) > 300
    assert con.execute("SELECT views_version FROM views_version").fetchone()[0] == reactions.VIEWS_VERSION


def test_a_bad_input_is_named_and_the_others_still_arrive(spark, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "articles", data)
    (data / "broken.jsonl").write_bytes(b'{"body": "unterminated\n')
    outcome = spark_job.run(spark, [str(data)], str(tmp_path / "out"), collected_on=COLLECTED_ON)
    assert any("broken.jsonl" in source for source, _ in outcome.errors), outcome.errors
    assert outcome.reactions == len(reactions.collect(str(ROOT / "data" / "articles")).reactions)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    yield endpoint
    server.terminate()
    server.wait()


def test_the_job_reads_the_same_rows_from_s3(spark, s3_server, tmp_path):
    import boto3

    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1")
    client.create_bucket(Bucket="news")
    for path in (ROOT / "data").rglob("*"):
        if path.is_file() and path.name != "targets.toml":
            client.upload_file(str(path), "news", f"dumps/{path.relative_to(ROOT / 'data')}")
    # The tasks build their own client from these options: the workers were started before
    # this test set any environment.
    s3 = spark_job.S3(
        {"endpoint_override": s3_server, "scheme": "http", "region": "us-east-1",
         "access_key": "testing", "secret_key": "testing"}
    )
    from_s3 = spark_job.run(
        spark, ["s3://news/dumps/"], str(tmp_path / "s3"), collected_on=COLLECTED_ON, s3=s3
    )
    local = spark_job.run(
        spark, [str(ROOT / "data")], str(tmp_path / "local"), collected_on=COLLECTED_ON
    )
    assert from_s3.errors == [] and from_s3.reactions == local.reactions == 48
    without_source = lambda t: t.drop_columns(["source"])  # noqa: E731
    key = lambda r: r["reaction_id"]  # noqa: E731
    assert rows(without_source(table(tmp_path / "s3", "reactions")), key) == rows(
        without_source(table(tmp_path / "local", "reactions")), key
    )
    assert json.dumps(sorted(from_s3.errors)) == "[]"


def test_the_documented_spark_example_runs(spark, tmp_path, monkeypatch, capsys):
    import re

    running = (ROOT / "docs" / "running.md").read_text(encoding="utf-8")
    section = running.split("## Spark on a cluster", 1)[1].split("\n## ", 1)[0]
    block = re.findall(r"```python\n(.*?)```", section, re.S)[0]
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})
    assert "48 reactions, 0 errors" in capsys.readouterr().out
    assert (tmp_path / "spark-out" / "reactions").is_dir()


def reddit_export(path: Path) -> Path:
    """A Reddit dump of interleaved threads, as Pushshift writes them: replies (depth from the
    parent), a comment that only quotes its parent (dropped) and one quoting other words
    (kept), a double post, a comment read twice, submission lines after their threads' first
    comments, a comment with no submission, blank and CRLF lines, 25 malformed lines and a
    last line without its newline. Small enough that tiny splits make dozens of tasks."""
    import random

    rng = random.Random(28)
    words = ["Eskom", "the mayor", "NATO", "load shedding", "the budget", "Kyiv"]
    verbs = ["is a disgrace", "did well", "must go", "finally got it right", "is lying"]
    lines, texts = [], {}
    base = 1_735_000_000
    for n in range(240):
        thread = rng.randrange(8)
        comment_id = f"c{n}"
        earlier = [c for c, t in texts.items() if t[0] == thread]
        parent = f"t1_{rng.choice(earlier)}" if earlier and rng.random() < 0.5 else f"t3_s{thread}"
        body = f"{rng.choice(words)} {rng.choice(verbs)} {n % 7 * '!'}".strip()
        if parent.startswith("t1_") and n % 11 == 0:
            body = "> " + texts[parent[3:]][1]  # only its parent's words: no reaction
        elif parent.startswith("t1_") and n % 13 == 0:
            body = "> Someone else said the budget is fine\n\n"  # a quote of other words: kept
        record = {"id": comment_id, "link_id": f"t3_s{thread}", "parent_id": parent,
                  "author": f"u{rng.randrange(30)}", "body": body,
                  "created_utc": base + thread * 86_400 + n * 30, "score": n % 9}
        texts[comment_id] = (thread, body)
        lines.append(json.dumps(record))
        if n % 17 == 5:  # the same words again a minute later, under a new id: a double post
            lines.append(json.dumps({**record, "id": f"d{n}", "created_utc": record["created_utc"] + 60}))
        if n % 19 == 3:  # the same comment twice
            lines.append(json.dumps(record))
        if n % 23 == 0:
            lines.append("")
        if n == 40 + thread:
            lines.append(json.dumps({"id": f"s{thread}", "name": f"t3_s{thread}",
                                     "title": f"Thread {thread}", "created_utc": base,
                                     "permalink": f"/r/news/comments/s{thread}/x/"}))
    lines.insert(100, '{"body": "no thread", "parent_id": "t1_nowhere", "id": "u1", "created_utc": 1735000000}')
    for n in range(25):  # more malformed lines than are listed one by one
        lines.insert(150 + 9 * n, ['{"body": "unterminated', "not json", "[1, 2"][n % 3])
    text = "\n".join(lines[:200]) + "\r\n" + "\r\n".join(lines[200:])  # no newline at the end
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def split_runs(spark, tmp_path_factory):
    """The export split into ~1 KiB ranges (dozens of tasks) beside bundled articles, run by
    Spark and by `reactions run`."""
    root = tmp_path_factory.mktemp("split")
    data = root / "data"
    shutil.copytree(ROOT / "data" / "articles", data / "articles")
    export = reddit_export(data / "RC_2024-12.jsonl")
    assert export.stat().st_size > 30 * 1024
    assert len(spark_job._splits(str(export), 0, None, 1024, None)) > 30
    cli = root / "cli"
    done = subprocess.run(
        [str(BIN), "run", str(data), "--targets", str(ROOT / "data" / "targets.toml"),
         "--out", str(cli), "--collected-on", COLLECTED_ON],
        capture_output=True, text=True,
    )
    assert done.returncode == 3, done.stderr  # the malformed line
    ours = root / "spark"
    outcome = spark_job.run(
        spark, [str(data)], str(ours), targets=str(ROOT / "data" / "targets.toml"),
        collected_on=COLLECTED_ON, split_bytes=1024,
    )
    return cli, ours, outcome, done.stderr, export


def test_a_split_export_gives_the_command_lines_dataset_and_report(split_runs):
    import pyarrow.parquet as pq

    cli, ours, outcome, _, _ = split_runs
    reactions_read = table(cli, "reactions")
    assert outcome.reactions == reactions_read.num_rows > 200
    # What depends on the comments read before, across splits: depths from parents, positions,
    # the dropped quote of a parent, the double posts and the comment read twice.
    exported = [r for r in reactions_read.to_pylist() if r["platform"] == "reddit"]
    assert {r["reply_depth"] for r in exported} >= {0, 1, 2}
    assert any(r["text"].startswith("Someone else said") for r in exported)
    for name in ("reactions", "stance", "articles", "daily"):
        files = sorted(str(p.relative_to(cli)) for p in (cli / name).rglob("*.parquet"))
        assert files == sorted(str(p.relative_to(ours)) for p in (ours / name).rglob("*.parquet"))
        for relative in files:
            # Row for row in the command line's order: the export's in file order.
            assert pq.read_table(ours / relative).to_pylist() == pq.read_table(
                cli / relative
            ).to_pylist(), relative
    tables = sorted(p.name for p in (cli / "tables").iterdir())
    assert tables and tables == sorted(p.name for p in (ours / "tables").iterdir())
    for name in tables:
        assert (ours / "tables" / name).read_bytes() == (cli / "tables" / name).read_bytes(), name
    assert (ours / "report.html").read_bytes() == (cli / "report.html").read_bytes()


def test_a_split_exports_malformed_lines_are_listed_as_the_command_line_lists_them(split_runs):
    _, _, outcome, stderr, export = split_runs
    listed = [line.removeprefix("error: ") for line in stderr.splitlines()
              if line.startswith("error: ")]
    assert len(listed) == 21 and listed[-1].endswith("and 5 more malformed records not listed")
    assert [f"{source}: {reason}" for source, reason in outcome.errors] == sorted(listed)
    assert all(source == str(export) for source, _ in outcome.errors)


@pytest.mark.parametrize("split_bytes", [1, 7, 64, 300, 4096, 1 << 20])
def test_splits_read_every_record_once(tmp_path, split_bytes):
    """Stage 1 alone: whatever the split size, the records of all splits are the file's
    non-blank lines, each once, with its offset."""
    export = reddit_export(tmp_path / "RC.jsonl")
    content = export.read_bytes()
    size = len(content)
    splits = pa.RecordBatch.from_pylist(
        [{"path": str(export), "format": "reddit", "_input": 0, "start": start,
          "end": min(start + split_bytes, size), "size": size}
         for start in range(0, size, split_bytes)]
    )
    found = pa.Table.from_batches(
        list(spark_job._split_records(iter([splits]), spark_job.RECORDS, None)),
        schema=spark_job.RECORDS,
    ).to_pylist()
    expected, at = [], 0
    for line in content.split(b"\n"):
        if line.strip():
            expected.append((at, line))
        at += len(line) + 1
    assert [(r["_record"], r["record"]) for r in found] == expected
    threads = {r["_thread"] for r in found}
    assert {f"t3_s{n}" for n in range(8)} <= threads and None in threads


def test_a_split_export_in_s3_gives_the_rows_of_the_local_file(
    spark, s3_server, split_runs, tmp_path
):
    import boto3

    cli, _, local, _, export = split_runs
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1")
    client.create_bucket(Bucket="dumps")
    client.upload_file(str(export), "dumps", f"reddit/{export.name}")
    s3 = spark_job.S3(
        {"endpoint_override": s3_server, "scheme": "http", "region": "us-east-1",
         "access_key": "testing", "secret_key": "testing"}
    )
    outcome = spark_job.run(
        spark, ["s3://dumps/reddit/"], str(tmp_path / "s3"), collected_on=COLLECTED_ON, s3=s3,
        split_bytes=2048,
    )
    assert {source for source, _ in outcome.errors} == {f"s3://dumps/reddit/{export.name}"}
    assert [reason for _, reason in outcome.errors] == [reason for _, reason in local.errors]

    def reddit_rows(directory: Path) -> list[dict]:
        found = table(directory, "reactions").drop_columns(["source"]).to_pylist()
        reddit = [r for r in found if r["platform"] == "reddit"]
        return sorted(reddit, key=lambda r: r["reaction_id"])

    assert reddit_rows(tmp_path / "s3") == reddit_rows(cli)


@pytest.mark.parametrize("broadcast_repeats", [spark_job.BROADCAST_REPEATS, 0])
def test_a_reaction_read_twice_is_kept_as_the_first_input_read_it(
    spark, tmp_path, monkeypatch, broadcast_repeats
):
    """The same export under two names, both split: every comment is read twice, and the
    command line keeps the first input's row (its ``source`` says which). The later reads go by
    a broadcast join, or, past ``BROADCAST_REPEATS`` (0 here), by a join that shuffles the
    rows; either way the files are the command line's."""
    import pyarrow.parquet as pq

    data = tmp_path / "data"
    first = reddit_export(data / "RC_a.jsonl")
    shutil.copy(first, data / "RC_b.jsonl")
    cli = tmp_path / "cli"
    subprocess.run(
        [str(BIN), "run", str(data), "--targets", str(ROOT / "data" / "targets.toml"),
         "--out", str(cli), "--collected-on", COLLECTED_ON],
        capture_output=True, check=False,
    )
    monkeypatch.setattr(spark_job, "BROADCAST_REPEATS", broadcast_repeats)
    ours = tmp_path / "spark"
    outcome = spark_job.run(
        spark, [str(data)], str(ours), targets=str(ROOT / "data" / "targets.toml"),
        collected_on=COLLECTED_ON, split_bytes=4096,
    )
    kept = table(cli, "reactions")
    assert outcome.reactions == kept.num_rows > 200
    assert set(kept.column("source").to_pylist()) == {str(first)}
    for name in ("reactions", "stance"):
        files = sorted(str(p.relative_to(cli)) for p in (cli / name).rglob("*.parquet"))
        assert files and files == sorted(
            str(p.relative_to(ours)) for p in (ours / name).rglob("*.parquet")
        )
        for relative in files:
            assert pq.read_table(ours / relative).to_pylist() == pq.read_table(
                cli / relative
            ).to_pylist(), relative
    assert (ours / "report.html").read_bytes() == (cli / "report.html").read_bytes()
