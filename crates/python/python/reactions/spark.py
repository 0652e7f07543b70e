"""The ``reactions run`` job on Apache Spark: the same extraction and scoring, past one machine.

An input file is read by one task, which reads it itself (a local file streamed by the
collector, an ``s3://`` object through ``pyarrow.fs``); a Reddit or X JSON Lines export larger
than the split size is read in two stages instead: tasks read byte ranges aligned to records
and say each record's thread, then a task per group of threads runs the collector over each
thread's records in file order. Either way positions, reply depths, quotes of a parent and
double posts are exactly those of ``reactions run``, and no file size limit applies. Tasks
extract and score with the ``reactions`` package (``mapInArrow``). Of a reaction read twice
the command line keeps the first: only the rows' keys are shuffled to find the later reads,
which the rows leave out on their way to the tasks that write. Then a task per group of days
writes each ``date=`` directory of ``reactions/`` and ``stance/`` as the command line writes it (one
``part-0.parquet``, its types, its row order, the ``reactions.schema_version`` metadata) and
folds its rows into the command line's tallies (``aggregate::Fold``), which it writes to a
file beside the days; the driver merges those files one at a time, never the rows, and writes
``articles/``, ``daily/``, the summary tables, ``report.html``, ``report.ipynb`` and
``views.sql`` from them with the command line's code.

    python -m reactions.spark data/ --out out/ --targets data/targets.toml --master "local[2]"

Objects in S3 are listed on the driver and read inside the tasks with ``pyarrow.fs`` when
given as ``s3://bucket/prefix`` (``--s3-endpoint`` for a local server); on a cluster with the
S3A connector, ``s3a://`` paths go through Spark's ``binaryFile`` (2 GiB a file).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import pyarrow as pa

import reactions

# What a task hands back besides a reaction's columns (`reactions.schema("reactions")`): the
# day a row is filed under, its kind (reaction, article, error or malformed), an article's
# title, URL and count of reactions, and an error's reason; for a malformed record of a split
# export, what its position says after the line number, which the driver works out from the
# record's offset.
TAGS = pa.schema(
    [("date", pa.date32()), ("kind", pa.string()), ("title", pa.string()), ("url", pa.string()),
     ("article_reactions", pa.int32()), ("reason", pa.string()), ("after_line", pa.string())]
)
# Where a row was read: the input's place among the inputs (sorted by path, as the command
# line reads them), the offset of its record in a split export (0 in an input read whole) and
# the row's place in what was read from that record or input. `reactions run` keeps rows in
# this order, and keeps the first of a reaction read twice.
ORDER = pa.schema([("_input", pa.int64()), ("_record", pa.int64()), ("_order", pa.int64())])
# A split export's records as stage 1 reads them: the file, its format, and each record's
# place in it, thread and bytes (`_reactions.split_records`).
RECORDS = pa.schema(
    [("path", pa.string()), ("format", pa.string()), ("_input", pa.int64()),
     ("_thread", pa.string()), ("_record", pa.int64()), ("record", pa.binary())]
)
# How much of a file a task reads at a time in stage 1.
BLOCK_BYTES = 8 << 20
# The bytes of a split export each stage-1 task reads, unless `spark.reactions.splitBytes`
# or `run(split_bytes=...)` says otherwise; smaller files are read whole by one task.
SPLIT_BYTES = 128 << 20
# At most this many later reads of a reaction read twice are broadcast to the tasks that drop
# them (a row's key, about 60 bytes, in each executor); more (an export read twice, say) are
# dropped by a join that shuffles the rows.
BROADCAST_REPEATS = 500_000
# A stance row's target in the configured order: a reaction's rows follow it.
TARGET_RANK = pa.field("_target_rank", pa.int64())


def _spark_schema(*fields: pa.Field):
    """The Spark schema of Arrow ``fields``, every one nullable: the Parquet files of
    ``reactions run`` declare them so, and a task's rows of one kind leave the other kinds'
    columns null. Spark has no unsigned integers: a ``uint32`` travels as a ``bigint``, which
    ``_write_parquet`` casts back."""
    from pyspark.sql.pandas.types import from_arrow_schema

    def signed(data_type):
        return pa.int64() if pa.types.is_unsigned_integer(data_type) else data_type

    return from_arrow_schema(
        pa.schema([f.with_type(signed(f.type)).with_nullable(True) for f in fields])
    )


@dataclass
class S3:
    """Where ``s3://`` inputs are read from, with ``pyarrow.fs.S3FileSystem``'s options."""

    options: dict = field(default_factory=dict)

    def filesystem(self):
        from pyarrow import fs

        return fs.S3FileSystem(**self.options)


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with ``schema``'s columns in its order: missing ones null, all cast."""
    columns = []
    for target in schema:
        if target.name in table.column_names:
            columns.append(table.column(target.name).cast(target.type))
        else:
            columns.append(pa.nulls(table.num_rows, target.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _absolute(path: str) -> str:
    return path if "://" in path else os.path.abspath(path)


def _local_name(path: str) -> str:
    """The path as the command line would name the file: no ``file:`` scheme."""
    if path.startswith("file://"):
        return path[len("file://") :]
    if path.startswith("file:"):
        return path[len("file:") :]
    return path


def _collect(path: str, content, input_format, collected_on, filesystem):
    """What one task reads of one input: a local file streamed by the collector, an object
    read with ``filesystem``, or ``content`` handed over by Spark."""
    if content is not None:
        return reactions.collect_file(
            _local_name(path), content, input_format, collected_on=collected_on
        )
    if path.startswith("s3://"):
        with filesystem.open_input_stream(path.removeprefix("s3://")) as stream:
            content = stream.read()
        return reactions.collect_file(path, content, input_format, collected_on=collected_on)
    return reactions.collect(path, input_format, collected_on=collected_on)


def _extract(files: Iterator[pa.RecordBatch], schema: pa.Schema, input_format, collected_on, s3):
    """Per input: its reactions, scored, its articles and its errors, as one tagged table."""
    filesystem = s3.filesystem() if s3 is not None else None
    for batch in files:
        for path, content, place in zip(
            batch.column("path").to_pylist(),
            batch.column("content").to_pylist(),
            batch.column("_input").to_pylist(),
        ):
            try:
                found = _collect(path, content, input_format, collected_on, filesystem)
            except Exception as error:  # noqa: BLE001 - one bad file must not stop the job
                found = reactions.Collection(
                    pa.table({}), pa.table({}),
                    [(_local_name(path), f"{type(error).__name__}: {error}")],
                )
            errors = None
            if found.errors:
                errors = pa.table({
                    "source": [source for source, _ in found.errors],
                    "reason": [reason for _, reason in found.errors],
                    "kind": ["error"] * len(found.errors),
                })
            for part in _tagged(found.reactions, found.articles, errors):
                part = part.append_column("_input", pa.array([place] * part.num_rows, pa.int64()))
                part = part.append_column("_record", pa.array([0] * part.num_rows, pa.int64()))
                part = part.append_column("_order", pa.array(range(part.num_rows), pa.int64()))
                yield from _conform(part, schema).to_batches()


def _tagged(found: pa.Table, articles: pa.Table, errors: pa.Table | None) -> list[pa.Table]:
    """What an input gave, as tables of tagged rows: its reactions scored, its articles, and
    ``errors`` (with their ``kind``)."""
    parts = []
    if found.num_rows:
        scored = reactions.score(found, threads=1)
        scored = scored.append_column("kind", pa.array(["reaction"] * scored.num_rows, pa.string()))
        parts.append(scored)
    if articles.num_rows:
        articles = articles.rename_columns(
            ["article_reactions" if c == "reactions" else c for c in articles.column_names]
        )
        articles = articles.append_column(
            "kind", pa.array(["article"] * articles.num_rows, pa.string())
        )
        parts.append(articles)
    if errors is not None and errors.num_rows:
        parts.append(errors)
    return parts


def _open(path: str, filesystem):
    """A file to seek in: local, or an ``s3://`` object read with ``filesystem``."""
    if path.startswith("s3://"):
        return filesystem.open_input_file(path.removeprefix("s3://"))
    return open(_local_name(path), "rb")


def _split_records(
    splits: Iterator[pa.RecordBatch], schema: pa.Schema, s3
) -> Iterator[pa.RecordBatch]:
    """Stage 1: the records of each split, a byte range [start, end) of an export. A split
    reads the records that start in its range: from the first one after the newline at or
    after byte start - 1 (from byte 0 for the first split), through the one that crosses its
    end; so each record is read by exactly one split."""
    filesystem = s3.filesystem() if s3 is not None else None
    columns = ["path", "format", "_input", "start", "end", "size"]
    for batch in splits:
        for path, input_format, place, start, end, size in zip(
            *(batch.column(name).to_pylist() for name in columns)
        ):
            with _open(path, filesystem) as file:
                base, carried = 0, b""
                if start > 0:
                    file.seek(start - 1)
                    base = start - 1
                    while not carried:
                        block = file.read(BLOCK_BYTES)
                        if not block:
                            break
                        newline = block.find(b"\n")
                        if newline < 0:
                            base += len(block)
                            continue
                        base += newline + 1
                        carried = block[newline + 1 :]
                        if not carried:
                            break
                while base < end:
                    block = carried + file.read(BLOCK_BYTES)
                    last = base + len(block) >= size
                    found, used, done = reactions._reactions.split_records(
                        input_format, block, base, end, last
                    )
                    if found.num_rows:
                        table = pa.Table.from_batches([found])
                        for name, value in [("path", path), ("format", input_format),
                                            ("_input", place)]:
                            same = pa.array([value] * found.num_rows, RECORDS.field(name).type)
                            table = table.append_column(name, same)
                        yield from _conform(table, schema).to_batches()
                    base += used
                    carried = block[used:]
                    if done or last:
                        break


def _last_thread_start(batch: pa.RecordBatch) -> int:
    """Where the last thread of ``batch`` (rows sorted by input and thread) begins."""
    import numpy as np
    import pyarrow.compute as pc

    last = batch.num_rows - 1
    inputs, threads = batch.column("_input"), batch.column("_thread")
    if threads[last].is_valid:
        same_thread = pc.fill_null(pc.equal(threads, threads[last]), False)
    else:
        same_thread = pc.is_null(threads)
    same = pc.and_(pc.equal(inputs, inputs[last]), same_thread)
    other = np.flatnonzero(~same.to_numpy(zero_copy_only=False))
    return int(other[-1]) + 1 if len(other) else 0


def _read_threads(rows: Iterator[pa.RecordBatch], schema: pa.Schema, collected_on):
    """Stage 2: the collector over each thread's records in file order, then scoring, as
    ``_extract`` gives an input read whole. Rows come sorted by input, thread and offset; a
    thread may go on into the next batch, so the last one of a batch waits for it."""
    def read(batches: list[pa.RecordBatch]):
        if not batches:
            return
        records = pa.Table.from_batches(batches).combine_chunks().to_batches()
        found, articles, problems = reactions._reactions.collect_threads(records[0], collected_on)
        found, articles = pa.Table.from_batches([found]), pa.Table.from_batches([articles])
        malformed = pa.table({
            "source": [source for source, *_ in problems],
            "_input": pa.array([place for _, place, *_ in problems], pa.int64()),
            "_record": pa.array([offset for _, _, offset, _, _ in problems], pa.int64()),
            "_order": pa.array(range(len(problems)), pa.int64()),
            "after_line": [after for *_, after, _ in problems],
            "reason": [reason for *_, reason in problems],
            "kind": ["malformed" if offset is not None else "error"
                     for _, _, offset, _, _ in problems],
        })
        places, empty = ORDER.names, pa.table({})
        for table, are_reactions in [(found, True), (articles, False)]:
            bare = table.drop_columns(places)
            for part in _tagged(bare, empty, None) if are_reactions else _tagged(empty, bare, None):
                for name in places:
                    part = part.append_column(name, table.column(name))
                yield from _conform(part, schema).to_batches()
        if malformed.num_rows:
            yield from _conform(malformed, schema).to_batches()

    pending: list[pa.RecordBatch] = []

    def key(batch: pa.RecordBatch, row: int):
        return batch.column("_input")[row].as_py(), batch.column("_thread")[row].as_py()

    for batch in rows:
        if batch.num_rows == 0:
            continue
        if pending and key(pending[-1], pending[-1].num_rows - 1) != key(batch, 0):
            yield from read(pending)
            pending = []
        start = _last_thread_start(batch)
        if start > 0:
            yield from read([*pending, batch.slice(0, start)])
            pending = []
        pending.append(batch.slice(start))
    yield from read(pending)


def _stance(rows: Iterator[pa.RecordBatch], schema: pa.Schema, targets, model):
    """The stance rows of each reaction, by the scoring step of ``reactions run``: a reaction's
    rows in the targets' order, which ``_target_rank`` keeps."""
    import numpy as np

    names = None if isinstance(targets, str) else list(targets)
    path = targets if isinstance(targets, str) else None
    for batch in rows:
        if batch.num_rows == 0:
            continue
        _, judged = reactions._reactions.score(
            batch.column("text"), batch.column("lang"), path, names, model, 1
        )
        judged = pa.Table.from_batches([judged])
        index = judged.column("row")
        reaction = index.to_numpy()
        place = np.arange(len(reaction))
        starts = np.r_[True, reaction[1:] != reaction[:-1]] if len(reaction) else place > 0
        rank = place - np.maximum.accumulate(np.where(starts, place, 0))
        table = judged.drop_columns(["row"])
        for column in ["reaction_id", "article_id", "date", *ORDER.names]:
            table = table.append_column(column, batch.column(column).take(index))
        table = table.append_column(TARGET_RANK.name, pa.array(rank, pa.int64()))
        yield from _conform(table, schema).to_batches()


def _local_files(inputs: Sequence[str]) -> list[str]:
    """The files under local ``inputs``, hidden ones (``.``, ``_``) aside as Spark lists them."""
    found = []
    for path in inputs:
        path = _local_name(path)
        if os.path.isdir(path):
            for directory, subdirectories, names in os.walk(path):
                subdirectories[:] = [d for d in subdirectories if not d.startswith((".", "_"))]
                found += [
                    os.path.join(directory, name) for name in names
                    if not name.startswith((".", "_"))
                ]
        else:
            found.append(path)
    return found


@dataclass
class Split:
    """A byte range [start, end) of an export of ``size`` bytes that stage 1 reads."""

    path: str
    format: str
    place: int
    start: int
    end: int
    size: int


def _splits(path: str, place: int, input_format, split_bytes: int, filesystem) -> list[Split]:
    """The splits of a file larger than ``split_bytes`` whose format allows it
    (``_reactions.split_format``), else none: it is read whole."""
    if path.startswith("s3://"):
        size = filesystem.get_file_info(path.removeprefix("s3://")).size
    else:
        size = os.path.getsize(path)
    if size <= split_bytes:
        return []
    with _open(path, filesystem) as file:
        head = file.read(reactions._reactions.SNIFF_BYTES)
    name = path if path.startswith("s3://") else _local_name(path)
    format_name = reactions._reactions.split_format(name, head, input_format)
    if format_name is None:
        return []
    return [
        Split(path, format_name, place, start, min(start + split_bytes, size), size)
        for start in range(0, size, split_bytes)
    ]


def _files(spark, inputs: Sequence[str], s3: S3 | None, input_format=None, split_bytes=None):
    """A DataFrame of (path, content, _input), and the splits of the large line-delimited
    exports (read in two stages, not here): content null for the inputs the tasks read
    themselves (local files and ``s3://`` objects), which therefore have no size limit;
    Spark's ``binaryFile`` reads other URLs (``s3a://``, ``hdfs://``) whole."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    local = [path for path in inputs if "://" not in path or path.startswith("file:")]
    remote = [path for path in inputs if path.startswith("s3://")]
    other = [path for path in inputs if path not in local and path not in remote]
    paths = _local_files(local)
    if remote:
        from pyarrow import fs

        filesystem = (s3 or S3()).filesystem()
        for prefix in remote:
            selector = fs.FileSelector(prefix.removeprefix("s3://"), recursive=True)
            paths += [
                "s3://" + info.path
                for info in filesystem.get_file_info(selector)
                if info.type == fs.FileType.File
            ]
    paths = sorted(paths)
    splits, whole = [], []
    s3_files = (s3 or S3()).filesystem() if remote else None
    for place, path in enumerate(paths):
        split = _splits(path, place, input_format, split_bytes, s3_files) if split_bytes else []
        splits += split
        if not split:
            whole.append((path, None, place))
    schema = "path string, content binary, _input long"
    files = spark.createDataFrame(whole, schema).repartition(
        max(1, min(len(whole), spark.sparkContext.defaultParallelism * 4))
    )
    if other:
        by_path = Window.orderBy("path")
        files = files.unionByName(
            spark.read.format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(list(other))
            .select("path", "content")
            .withColumn("_input", F.row_number().over(by_path) + F.lit(len(paths)))
        )
    return files, splits


def _line_numbers(path: str, offsets: Sequence[int], filesystem) -> dict[int, int]:
    """The line each offset of a file is on, counting newlines from its start."""
    lines, line, at = {}, 1, 0
    pending = sorted(set(offsets))
    next_offset = 0
    with _open(path, filesystem) as file:
        while next_offset < len(pending):
            block = file.read(BLOCK_BYTES)
            while next_offset < len(pending):
                offset = pending[next_offset]
                if block and offset >= at + len(block):
                    break
                lines[offset] = line + block.count(b"\n", 0, max(0, offset - at))
                next_offset += 1
            line += block.count(b"\n")
            at += len(block)
    return lines


def _listed_malformed(malformed, splits: Sequence[Split], s3: S3 | None) -> list[tuple[str, str]]:
    """The malformed records of split exports (``malformed``, a DataFrame) as (source,
    reason), each export's listed as the command line lists them: the first by line one by
    one (only those cross to the driver), then how many more."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    listed = reactions._reactions.MAX_REPORTED_PROBLEMS
    by_offset = Window.partitionBy("_input").orderBy("_record", "_order")
    first = (
        malformed.withColumn("_n", F.row_number().over(by_offset))
        .filter(F.col("_n") <= listed)
        .orderBy("_input", "_n")
        .collect()
    )
    counts = dict(malformed.groupBy("_input").count().collect())
    paths = {split.place: split.path for split in splits}
    errors = []
    for place in sorted({row._input for row in first}):
        found = [row for row in first if row._input == place]
        path = paths[place]
        filesystem = (s3 or S3()).filesystem() if path.startswith("s3://") else None
        lines = _line_numbers(path, [row._record for row in found], filesystem)
        problems = [(lines[row._record], row.after_line or "", row.reason) for row in found]
        reasons = reactions._reactions.file_problems(problems, counts[place])
        errors += [(found[0].source, reason) for reason in reasons]
    return errors


def _filesystem(out: str):
    """The filesystem ``out`` is on (local or ``s3://``), and the path on it."""
    from pyarrow import fs

    if out.startswith("s3a://"):
        out = "s3://" + out[len("s3a://") :]
    return fs.FileSystem.from_uri(out)


def _for_report(table: pa.Table) -> pa.Table:
    """``table`` in the types ``_reactions.Figures`` reads: string, int64, list<string>."""
    def plain(data_type):
        if pa.types.is_integer(data_type):
            return pa.int64()
        if pa.types.is_list(data_type) or pa.types.is_large_list(data_type):
            return pa.list_(pa.string())
        if pa.types.is_string(data_type) or pa.types.is_large_string(data_type) or (
            data_type == pa.string_view()
        ):
            return pa.string()
        return data_type

    return table.cast(pa.schema([f.with_type(plain(f.type)) for f in table.schema]))


def _write_parquet(table: pa.Table, table_name: str, directory: str, filesystem) -> None:
    """Writes ``table`` as ``directory/part-0.parquet`` in the command line's types, with the
    schema version: first under a hidden name, then renamed, so that a retried or speculative
    task replaces the file whole."""
    import pyarrow.parquet as pq

    declared = reactions.schema(table_name)
    table = table.select(declared.names).cast(declared)
    table = table.replace_schema_metadata({"reactions.schema_version": reactions.SCHEMA_VERSION})
    filesystem.create_dir(directory, recursive=True)
    staged = f"{directory}/.part-0.parquet.{os.getpid()}"
    pq.write_table(table, staged, filesystem=filesystem)
    filesystem.move(staged, f"{directory}/part-0.parquet")


# What a writing task hands back: the table it wrote, the file under the staging directory
# that holds its rows' tallies, how many rows. The tallies grow with the handles and articles
# (hundreds of MB a task at millions of comments): as a value in a row they would cross the
# JVM whole, and its heap ran out at 16.5M comments; as a file they cross the filesystem the
# days are written to, and the driver reads one at a time.
TALLIES = pa.schema(
    [("table", pa.string()), ("tallies_file", pa.string()), ("rows", pa.int64())]
)
# The articles as each Python worker has them, made once per broadcast (the worker hands
# every task the same object for it): (the broadcast, its Listing).
_LISTING: list = []


def _listing(articles) -> "reactions._reactions.Listing":
    if not _LISTING or _LISTING[0][0] is not articles:
        _LISTING[:] = [(articles, reactions._reactions.Listing(articles.value))]
    return _LISTING[0][1]


def _write_days(
    rows: Iterator[pa.RecordBatch], table_name: str, root: str, out: str, articles, targets
) -> Iterator[pa.RecordBatch]:
    """Writes the ``date=`` partitions of ``table_name`` that this task holds (rows grouped by
    day, in the command line's order) and folds their rows into the tallies of
    ``reactions run``, which it writes under ``root/tallies``; yields where, and the count of
    rows written (nothing when it held no rows)."""
    import uuid

    filesystem, _ = _filesystem(out)
    figures = reactions._reactions.Figures(_listing(articles), targets)
    written = 0

    def flush(day_batches):
        day = pa.Table.from_batches(day_batches)
        date = day.column("date")[0].as_py()
        _write_parquet(day, table_name, f"{root}/{table_name}/date={date.isoformat()}", filesystem)
        folded = _for_report(day.drop_columns([c for c in day.column_names if c.startswith("_")]))
        if table_name == "reactions":
            figures.add_rows(folded, None)
        else:
            figures.add_rows(None, folded)
        return day.num_rows

    import pyarrow.compute as pc

    pending: list[pa.RecordBatch] = []
    for batch in rows:
        # Rows come sorted by day: a day's rows end where the date changes.
        start = 0
        for end in pc.run_end_encode(batch.column("date")).run_ends.to_pylist():
            piece = batch.slice(start, end - start)
            if pending and pending[0].column("date")[0] != piece.column("date")[0]:
                written += flush(pending)
                pending = []
            pending.append(piece)
            start = end
    if pending:
        written += flush(pending)
    if not written:
        return
    # A name of its own for each attempt: a retried or speculative task does not overwrite
    # the file of another, and the driver reads only those of the attempts Spark kept.
    directory = f"{root}/tallies"
    path = f"{directory}/{table_name}-{uuid.uuid4().hex}.json"
    filesystem.create_dir(directory, recursive=True)
    with filesystem.open_output_stream(path) as stream:
        stream.write(figures.tallies())
    yield pa.RecordBatch.from_pydict(
        {"table": [table_name], "tallies_file": [path], "rows": [written]}, schema=TALLIES
    )


def _swap_into_place(out: str, staging: str, tables: Sequence[str]) -> None:
    """Renames each table staged under ``staging`` over the one in ``out``: a reader sees the
    old table or the new, as with ``reactions run``."""
    from pyarrow import fs

    filesystem, root = _filesystem(out)
    for name in tables:
        old = f"{staging}/old-{name}"
        if filesystem.get_file_info(f"{root}/{name}").type != fs.FileType.NotFound:
            filesystem.move(f"{root}/{name}", old)
        filesystem.move(f"{staging}/{name}", f"{root}/{name}")
    filesystem.delete_dir(staging)


@dataclass
class Outcome:
    """What the job did: counts, and the inputs that failed as (source, reason)."""

    reactions: int
    articles: int
    stance_rows: int
    errors: list[tuple[str, str]]
    #: The summary tables, report.html, report.ipynb and views.sql, unless the run was asked not to.
    report: list[str] = field(default_factory=list)


def run(
    spark,
    inputs: Sequence[str],
    out: str,
    *,
    targets: str | Sequence[str] | None = None,
    model: str | None = None,
    collected_on: str | None = None,
    input_format: str | None = None,
    s3: S3 | None = None,
    report: bool = True,
    split_bytes: int | None = None,
) -> Outcome:
    """Runs the job and writes the dataset under ``out``, and the report beside it unless
    ``report`` is false; see the module documentation. A JSON Lines export larger than
    ``split_bytes`` (else ``spark.reactions.splitBytes``, else 128 MiB) is read by a task per
    that many bytes."""
    import uuid

    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import to_arrow_schema

    collected_on = collected_on or datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    # Relative paths are the caller's, not the JVM's (which may have started elsewhere).
    inputs = [_absolute(path) for path in inputs]
    out = _absolute(out)
    spark.conf.set("spark.sql.session.timeZone", "UTC")
    # Spark's default of 200 shuffle partitions makes a task (and a Python worker round trip)
    # per partition at each of the job's shuffles: on two cores that was most of the time.
    # A value the caller set is kept.
    if spark.conf.get("spark.sql.shuffle.partitions") == "200":
        partitions = max(2, spark.sparkContext.defaultParallelism * 2)
        spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    shuffle_partitions = int(spark.conf.get("spark.sql.shuffle.partitions"))
    # The Arrow types Spark expects back from the tasks, as this session converts them.
    large = spark.conf.get("spark.sql.execution.arrow.useLargeVarTypes", "false") == "true"

    def arrow(spark_type):
        return to_arrow_schema(spark_type, timezone="UTC", prefers_large_types=large)

    target_order = []
    if targets:
        path = targets if isinstance(targets, str) else None
        names = [] if path else list(targets)
        target_order = reactions._reactions.target_order(path, names)

    reaction_columns = reactions.schema("reactions")
    extracted_type = _spark_schema(*reaction_columns, *TAGS, *ORDER)
    extracted_arrow = arrow(extracted_type)
    stance_type = _spark_schema(*reactions.schema("stance"), TAGS.field("date"), *ORDER, TARGET_RANK)
    stance_arrow = arrow(stance_type)

    if split_bytes is None:
        split_bytes = int(spark.conf.get("spark.reactions.splitBytes", str(SPLIT_BYTES)))
    if split_bytes < 1:
        raise ValueError(f"split_bytes must be at least 1, not {split_bytes}")
    files, splits = _files(spark, inputs, s3, input_format, split_bytes)
    extracted = files.mapInArrow(
        lambda batches: _extract(batches, extracted_arrow, input_format, collected_on, s3),
        extracted_type,
    )
    if splits:
        records_type = _spark_schema(*RECORDS)
        records_arrow = arrow(records_type)
        split_frame = spark.createDataFrame(
            spark.sparkContext.parallelize(
                [(s.path, s.format, s.place, s.start, s.end, s.size) for s in splits], len(splits)
            ),
            "path string, format string, _input long, start long, end long, size long",
        )
        threads = (
            split_frame.mapInArrow(
                lambda batches: _split_records(batches, records_arrow, s3), records_type
            )
            .repartition(max(shuffle_partitions, len(splits)), "_input", "_thread")
            .sortWithinPartitions("_input", "_thread", "_record")
            .mapInArrow(
                lambda rows: _read_threads(rows, extracted_arrow, collected_on), extracted_type
            )
        )
        extracted = extracted.unionByName(threads)
    extracted = extracted.persist()

    errors = [
        (row.source, row.reason)
        for row in extracted.filter("kind = 'error'").select("source", "reason").collect()
    ]
    errors += _listed_malformed(
        extracted.filter("kind = 'malformed'").select(
            "source", "_input", "_record", "_order", "after_line", "reason"
        ),
        splits,
        s3,
    )
    # The command line keeps the first of the same reaction read twice, in input order. Only
    # the rows' keys cross a shuffle to find the later ones; the rows themselves, texts and
    # all, are shuffled once, by day for writing, and drop the later ones on the way (a
    # broadcast join: no shuffle) unless there are too many to broadcast.
    reaction_rows = extracted.filter("kind = 'reaction'")
    row_key = ["reaction_id", *ORDER.names]
    first = Window.partitionBy("reaction_id").orderBy(*ORDER.names)
    repeats = (
        reaction_rows.select(*row_key)
        .withColumn("_n", F.row_number().over(first))
        .filter("_n > 1")
        .select(*row_key)
        .persist()
    )
    dropped = F.broadcast(repeats) if repeats.count() <= BROADCAST_REPEATS else repeats
    found = reaction_rows.join(dropped, on=row_key, how="left_anti").select(
        *reaction_columns.names, "date", *ORDER.names
    )
    first_article = Window.partitionBy("article_id").orderBy(*ORDER.names)
    articles = _for_report(
        extracted.filter("kind = 'article'")
        .withColumn("_n", F.row_number().over(first_article))
        .filter("_n = 1")
        .select("article_id", "source", "title", "url", "published_at", "lang", "date")
        .toArrow()
    )
    # Every task places the quoted reactions among the articles, as the command line does.
    listing = spark.sparkContext.broadcast(articles)

    filesystem, root = _filesystem(out)
    staging = f"{root}/.spark-staging-{uuid.uuid4().hex}"
    tallies_type = _spark_schema(*TALLIES)

    def write(frame, table_name, order):
        """Writes ``frame``'s partitions under staging, a task per group of days; their
        tallies, and the count of rows written."""
        return (
            frame.repartition(shuffle_partitions, "date")
            .sortWithinPartitions("date", *order)
            .mapInArrow(
                lambda rows: _write_days(rows, table_name, staging, out, listing, target_order),
                tallies_type,
            )
        )

    parts = write(found, "reactions", ORDER.names)
    if targets:
        stance = found.select("reaction_id", "article_id", "date", "text", "lang", *ORDER.names)
        stance = stance.mapInArrow(
            lambda batches: _stance(batches, stance_arrow, targets, model), stance_type
        )
        parts = parts.unionByName(write(stance, "stance", [*ORDER.names, TARGET_RANK.name]))
    try:
        # The tasks run together, as one job, and hand back only where their tallies are; the
        # driver reads and merges them one task's at a time, so that it holds the merged
        # tallies and one task's (a subset of the same handles and articles), never rows.
        figures = reactions._reactions.Figures(
            reactions._reactions.Listing(articles), target_order
        )
        counts = {"reactions": 0, "stance": 0}
        for part in parts.collect():
            with filesystem.open_input_stream(part.tallies_file) as stream:
                figures.merge(stream.read())
            filesystem.delete_file(part.tallies_file)
            counts[part.table] += part.rows

        written_articles, daily, human_facing = figures.write(out, report)
        for name, table in [("articles", written_articles), ("daily", daily)]:
            _write_parquet(pa.table(table), name, f"{staging}/{name}", filesystem)
        tables = ["reactions", "stance", "articles", "daily"]
        for name in tables:
            filesystem.create_dir(f"{staging}/{name}", recursive=True)
        _swap_into_place(out, staging, tables)
    except BaseException:
        # What the tasks staged goes; the old dataset stays as it was.
        from pyarrow import fs

        if filesystem.get_file_info(staging).type != fs.FileType.NotFound:
            filesystem.delete_dir(staging)
        raise
    finally:
        extracted.unpersist()
        repeats.unpersist()
        listing.destroy()
    return Outcome(
        reactions=counts["reactions"],
        articles=articles.num_rows,
        stance_rows=counts["stance"],
        errors=sorted(errors),
        report=human_facing,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reactions.spark", description=__doc__.splitlines()[0]
    )
    parser.add_argument("inputs", nargs="+", help="directories, files, s3:// or s3a:// prefixes")
    parser.add_argument("--out", required=True, help="the dataset's directory (or s3a:// URL)")
    parser.add_argument("--targets", help="stance targets (TOML), as `reactions run --targets`")
    parser.add_argument("--stance-model", help="a model from `reactions stance train`")
    parser.add_argument("--collected-on", help="the day rows without a date of their own go under")
    parser.add_argument("--input-format", help="force an input format, as `reactions collect`")
    parser.add_argument("--master", help="the Spark master when not run by spark-submit")
    parser.add_argument("--s3-endpoint", help="endpoint of an S3-compatible store for s3:// inputs")
    parser.add_argument(
        "--split-bytes", type=int,
        help="read a JSON Lines export larger than this by a task per this many bytes "
        "(default: spark.reactions.splitBytes, else 128 MiB)",
    )
    parser.add_argument(
        "--no-report", action="store_true",
        help="write the dataset only, not the tables, report.html, report.ipynb and views.sql",
    )
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("reactions").config(
        "spark.ui.showConsoleProgress", "false"
    )
    if args.master:
        # Local workers run this interpreter, which has the package; a cluster's come from
        # the archive or image its configuration names.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    s3 = S3({"endpoint_override": args.s3_endpoint}) if args.s3_endpoint else None
    outcome = run(
        spark,
        args.inputs,
        args.out,
        targets=args.targets,
        model=args.stance_model,
        collected_on=args.collected_on,
        input_format=args.input_format,
        s3=s3,
        report=not args.no_report,
        split_bytes=args.split_bytes,
    )
    for source, reason in outcome.errors:
        print(f"error: {source}: {reason}", file=sys.stderr)
    print(
        json.dumps(
            {
                "reactions": outcome.reactions,
                "articles": outcome.articles,
                "stance_rows": outcome.stance_rows,
                "errors": len(outcome.errors),
            }
        )
    )
    spark.stop()
    return 3 if outcome.errors else 0


if __name__ == "__main__":
    sys.exit(main())
