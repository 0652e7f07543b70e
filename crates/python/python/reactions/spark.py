"""The ``reactions run`` job on Apache Spark: the same extraction and scoring, past one machine.

Each input file is read whole by one task (Spark's ``binaryFile`` source never splits a file),
so positions and reply depths are exactly those of ``reactions run``. Tasks extract and score
with the ``reactions`` package (``mapInArrow``), Spark removes duplicate reactions as the
command line does, and the job writes the dataset of ``reactions run``: ``reactions/`` and
``stance/`` partitioned by ``date=``, ``articles/`` and ``daily/``, one ``part-0.parquet`` per
directory with the same columns and types and the ``reactions.schema_version`` metadata (Spark
writes its own files, which a task per directory then rewrites so), and on the driver the
summary tables, ``report.html``, ``report.ipynb`` and ``views.sql``, made by the command line's
code.

    python -m reactions.spark data/ --out out/ --targets data/targets.toml --master "local[2]"

Objects in S3 are listed on the driver and read inside the tasks with ``pyarrow.fs`` when
given as ``s3://bucket/prefix`` (``--s3-endpoint`` for a local server); on a cluster with the
S3A connector, ``s3a://`` paths go through ``binaryFile`` like local ones.
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
# day a row is filed under, its kind (reaction, article or error), an article's title, URL and
# count of reactions, and an error's reason.
TAGS = pa.schema(
    [("date", pa.date32()), ("kind", pa.string()), ("title", pa.string()), ("url", pa.string()),
     ("article_reactions", pa.int32()), ("reason", pa.string())]
)
# Per table, the order `reactions run` writes its rows in: targets in the configured order
# (`_target_rank`), a day overall before its targets; articles by day, file, then id, since
# the threads of one export share the file and often the day.
ORDER = {
    "reactions": ("source", "position"),
    "stance": ("reaction_id", "_target_rank"),
    "articles": ("date", "source", "article_id"),
    "daily": ("date", "_target_rank"),
}


def _spark_schema(*fields: pa.Field):
    """The Spark schema of Arrow ``fields``, every one nullable: the Parquet files of
    ``reactions run`` declare them so, and a task's rows of one kind leave the other kinds'
    columns null. Spark has no unsigned integers: a ``uint32`` travels as a ``bigint``, which
    ``_as_written_by_the_command_line`` casts back."""
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


def _extract(files: Iterator[pa.RecordBatch], schema: pa.Schema, input_format, collected_on, s3):
    """Per file: its reactions, scored, its articles and its errors, as one tagged table."""
    filesystem = s3.filesystem() if s3 is not None else None
    for batch in files:
        paths = batch.column("path").to_pylist()
        contents = batch.column("content").to_pylist()
        for path, content in zip(paths, contents):
            name = _local_name(path)
            try:
                if content is None:
                    with filesystem.open_input_stream(path.removeprefix("s3://")) as stream:
                        content = stream.read()
                    name = path
                found = reactions.collect_file(
                    name, content, input_format, collected_on=collected_on
                )
            except Exception as error:  # noqa: BLE001 - one bad file must not stop the job
                found = reactions.Collection(
                    pa.table({}), pa.table({}), [(name, f"{type(error).__name__}: {error}")]
                )
            parts = []
            if found.reactions.num_rows:
                scored = reactions.score(found.reactions, threads=1)
                scored = scored.append_column(
                    "kind", pa.array(["reaction"] * scored.num_rows, pa.string())
                )
                parts.append(_conform(scored, schema))
            articles = found.articles
            if articles.num_rows:
                articles = articles.rename_columns(
                    ["article_reactions" if c == "reactions" else c for c in articles.column_names]
                )
                articles = articles.append_column(
                    "kind", pa.array(["article"] * articles.num_rows, pa.string())
                )
                parts.append(_conform(articles, schema))
            if found.errors:
                errors = pa.table(
                    {
                        "source": [source for source, _ in found.errors],
                        "reason": [reason for _, reason in found.errors],
                        "kind": ["error"] * len(found.errors),
                    }
                )
                parts.append(_conform(errors, schema))
            for part in parts:
                yield from part.to_batches()


def _stance(rows: Iterator[pa.RecordBatch], schema: pa.Schema, targets, model):
    """The stance rows of each reaction, by the scoring step of ``reactions run``."""
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
        table = judged.drop_columns(["row"])
        for column in ["reaction_id", "article_id", "date"]:
            table = table.append_column(column, batch.column(column).take(index))
        yield from _conform(table, schema).to_batches()


def _files(spark, inputs: Sequence[str], s3: S3 | None):
    """A DataFrame of (path, content): content null for objects the tasks read themselves."""
    local = [path for path in inputs if not path.startswith("s3://")]
    remote = [path for path in inputs if path.startswith("s3://")]
    frames = []
    if local:
        frames.append(
            spark.read.format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(list(local))
            .select("path", "content")
        )
    if remote:
        from pyarrow import fs

        filesystem = (s3 or S3()).filesystem()
        keys = []
        for prefix in remote:
            selector = fs.FileSelector(prefix.removeprefix("s3://"), recursive=True)
            keys += [
                "s3://" + info.path
                for info in filesystem.get_file_info(selector)
                if info.type == fs.FileType.File
            ]
        frames.append(
            spark.createDataFrame(
                [(key, None) for key in sorted(keys)], "path string, content binary"
            ).repartition(max(1, min(len(keys), spark.sparkContext.defaultParallelism * 4)))
        )
    files = frames[0]
    for frame in frames[1:]:
        files = files.unionByName(frame)
    return files


def _filesystem(out: str):
    """The filesystem ``out`` is on (local or ``s3://``), and the path on it."""
    from pyarrow import fs

    if out.startswith("s3a://"):
        out = "s3://" + out[len("s3a://") :]
    return fs.FileSystem.from_uri(out)


def _as_written_by_the_command_line(
    directory: str, root: str, table_name: str, targets: Sequence[str]
) -> None:
    """Rewrites the Parquet files Spark left in ``directory`` as one ``part-0.parquet`` in the
    command line's types and row order, with the schema version; Spark's files go."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    from pyarrow import fs

    filesystem, _ = _filesystem(root)
    listed = filesystem.get_file_info(fs.FileSelector(directory))
    spark_files = sorted(
        info.path for info in listed if info.is_file and info.base_name.startswith("part-")
        and info.base_name.endswith(".parquet") and info.base_name != "part-0.parquet"
    )
    if not spark_files:
        return
    table = pa.concat_tables(pq.read_table(path, filesystem=filesystem) for path in spark_files)
    # The columns Spark could not write as declared (see _spark_schema) get their types back.
    declared = reactions.schema(table_name)
    unsigned = {f.name: f.type for f in declared if pa.types.is_unsigned_integer(f.type)}
    table = table.cast(
        pa.schema([f.with_type(unsigned.get(f.name, f.type)) for f in table.schema])
    )
    order = ORDER[table_name]
    if "target" in table.column_names and "_target_rank" in order:
        rank = pc.index_in(table.column("target"), value_set=pa.array(list(targets), pa.string()))
        table = table.append_column("_target_rank", pc.fill_null(rank, -1))
    table = table.sort_by([(column, "ascending") for column in order])
    if "_target_rank" in table.column_names:
        table = table.drop_columns(["_target_rank"])
    table = table.replace_schema_metadata({"reactions.schema_version": reactions.SCHEMA_VERSION})
    staged = f"{directory}/.part-0.parquet.staged"
    pq.write_table(table, staged, filesystem=filesystem)
    filesystem.move(staged, f"{directory}/part-0.parquet")
    for info in listed:
        if info.is_file and info.path != f"{directory}/part-0.parquet":
            filesystem.delete_file(info.path)


def _target_names(targets: str | Sequence[str] | None) -> list[str]:
    """The targets' names in the order they were configured, which orders the stance rows."""
    if not targets:
        return []
    if not isinstance(targets, str):
        return list(targets)
    import tomllib

    with open(targets, "rb") as file:
        return [entry["name"] for entry in tomllib.load(file).get("target", [])]


def _rewrite_dataset(spark, out: str, tables: Sequence[str], targets: Sequence[str]) -> None:
    """Every directory Spark wrote, rewritten as the command line writes it, a task each."""
    from pyarrow import fs

    filesystem, root = _filesystem(out)
    directories = []
    for name in tables:
        top = f"{root}/{name}"
        for info in filesystem.get_file_info(fs.FileSelector(top)):
            if info.is_file and info.base_name.startswith(("_", ".")):
                filesystem.delete_file(info.path)  # _SUCCESS and its checksum
            elif info.type == fs.FileType.Directory:
                directories.append((info.path, name))
        directories.append((top, name))
    spark.sparkContext.parallelize(directories, max(1, len(directories))).foreach(
        lambda job: _as_written_by_the_command_line(job[0], out, job[1], targets)
    )


def _for_report(table: pa.Table) -> pa.Table:
    """``table`` in the types ``_reactions.write_report`` reads: string, int64, list<string>."""
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


def _write_report(out: str, with_stance: bool) -> list[str]:
    """The summary tables, ``report.html``, ``report.ipynb`` and ``views.sql`` from the dataset under ``out``,
    as ``reactions report --from OUT`` makes them: the dataset is read on the driver."""
    import pyarrow.dataset as ds

    filesystem, root = _filesystem(out)
    by_day = ds.partitioning(pa.schema([("date", pa.date32())]), flavor="hive")

    def read(name, partitioned):
        return _for_report(
            ds.dataset(
                f"{root}/{name}", format="parquet", filesystem=filesystem,
                partitioning=by_day if partitioned else None,
            ).to_table()
        )

    return reactions._reactions.write_report(
        read("articles", False), read("reactions", True),
        read("stance", True) if with_stance else None, out,
    )


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
) -> Outcome:
    """Runs the job and writes the dataset under ``out``, and the report beside it unless
    ``report`` is false (it is made on the driver, which then holds the dataset in memory, as
    ``reactions report`` does); see the module documentation."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import to_arrow_schema

    collected_on = collected_on or datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    # Relative paths are the caller's, not the JVM's (which may have started elsewhere).
    inputs = [_absolute(path) for path in inputs]
    out = _absolute(out)
    spark.conf.set("spark.sql.session.timeZone", "UTC")
    spark.conf.set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
    # Spark's default of 200 shuffle partitions makes a task (and a Python worker round trip)
    # per partition at each of the job's shuffles: on two cores that was most of the time.
    # A value the caller set is kept.
    if spark.conf.get("spark.sql.shuffle.partitions") == "200":
        partitions = max(2, spark.sparkContext.defaultParallelism * 2)
        spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    # The Arrow types Spark expects back from the tasks, as this session converts them.
    large = spark.conf.get("spark.sql.execution.arrow.useLargeVarTypes", "false") == "true"

    def arrow(spark_type):
        return to_arrow_schema(spark_type, timezone="UTC", prefers_large_types=large)

    reaction_columns = reactions.schema("reactions")
    extracted_type = _spark_schema(*reaction_columns, *TAGS)
    extracted_arrow = arrow(extracted_type)
    stance_type = _spark_schema(*reactions.schema("stance"), TAGS.field("date"))
    stance_arrow = arrow(stance_type)

    files = _files(spark, inputs, s3)
    extracted = files.mapInArrow(
        lambda batches: _extract(batches, extracted_arrow, input_format, collected_on, s3),
        extracted_type,
    ).persist()

    errors = [
        (row.source, row.reason)
        for row in extracted.filter("kind = 'error'").select("source", "reason").collect()
    ]
    # The command line keeps the first of the same reaction read twice, in input order.
    first = Window.partitionBy("reaction_id").orderBy("source", "position")
    found = (
        extracted.filter("kind = 'reaction'")
        .withColumn("_n", F.row_number().over(first))
        .filter("_n = 1")
        .select(*reaction_columns.names, "date")
        .persist()
    )
    first_article = Window.partitionBy("article_id").orderBy("source")
    articles = (
        extracted.filter("kind = 'article'")
        .withColumn("_n", F.row_number().over(first_article))
        .filter("_n = 1")
        .select("article_id", "source", "title", "url", "published_at", "lang", "date")
    )

    stance = None
    if targets:
        stance = found.select("reaction_id", "article_id", "date", "text", "lang").mapInArrow(
            lambda batches: _stance(batches, stance_arrow, targets, model), stance_type
        ).persist()

    found.write.mode("overwrite").partitionBy("date").parquet(f"{out}/reactions")
    if stance is not None:
        stance.write.mode("overwrite").partitionBy("date").parquet(f"{out}/stance")
    _articles_table(F, articles, found, stance).coalesce(1).write.mode("overwrite").parquet(
        f"{out}/articles"
    )
    _daily_table(F, found, stance).coalesce(1).write.mode("overwrite").parquet(f"{out}/daily")
    tables = ["reactions", "articles", "daily"] + (["stance"] if stance is not None else [])
    _rewrite_dataset(spark, out, tables, _target_names(targets))
    outcome = Outcome(
        reactions=found.count(),
        articles=articles.count(),
        stance_rows=stance.count() if stance is not None else 0,
        errors=sorted(errors),
        report=_write_report(out, stance is not None) if report else [],
    )
    extracted.unpersist()
    found.unpersist()
    return outcome


def _sentiment_figures(F, grouped_reactions, keys):
    """Per group: the counts and the mean of `reactions run`'s tables, summed exactly."""
    scored = F.col("sentiment_status") == "scored"
    unscored_lang = F.when(
        F.col("lang").isNull() | (F.col("lang") == "en"), F.lit("und")
    ).otherwise(F.col("lang"))
    languages = (
        grouped_reactions.filter("sentiment_status = 'other_language'")
        .groupBy(*keys, unscored_lang.alias("_lang"))
        .count()
        .groupBy(*keys)
        .agg(
            F.array_sort(F.collect_list(F.struct(-F.col("count"), F.col("_lang"), F.col("count"))))
            .alias("_ranked")
        )
        .select(
            *keys,
            F.concat_ws(
                ", ",
                F.transform("_ranked", lambda r: F.concat_ws(" ", r["_lang"], r["count"].cast("string"))),
            ).alias("unscored_languages"),
        )
    )
    # Counted, not summed: `sentiment` is null on an unscored reaction, and a sum over a group
    # of nulls (a day of Chinese comments) is null where the command line has 0.
    counted = lambda condition: F.count(F.when(condition, 1))  # noqa: E731
    figures = grouped_reactions.groupBy(*keys).agg(
        F.count(F.lit(1)).alias("reactions"),
        counted(scored).alias("scored"),
        # A trained pack's reaction is scored with a label and no compound: the mean is over
        # the reactions with one.
        counted(F.col("compound").isNotNull()).alias("_with_compound"),
        F.sum(F.when(scored, F.round(F.col("compound") * 10000).cast("long"))).alias("_sum"),
        counted(F.col("sentiment") == "positive").alias("positive"),
        counted(F.col("sentiment") == "neutral").alias("neutral"),
        counted(F.col("sentiment") == "negative").alias("negative"),
    )
    figures = figures.withColumn("unscored", F.col("reactions") - F.col("scored")).withColumn(
        "mean_compound",
        F.when(
            F.col("_with_compound") > 0, F.col("_sum") / F.lit(10000.0) / F.col("_with_compound")
        ),
    ).drop("_with_compound")
    return figures.join(languages, on=keys, how="left")


def _articles_table(F, articles, found, stance):
    figures = _sentiment_figures(F, found, ["article_id"])
    table = articles.join(figures, on="article_id", how="left")
    for column in ["reactions", "scored", "unscored", "positive", "neutral", "negative"]:
        table = table.withColumn(column, F.coalesce(F.col(column), F.lit(0)))
    share = lambda k: F.when(F.col("scored") > 0, F.col(k) / F.col("scored"))  # noqa: E731
    table = table.withColumn("positive_share", share("positive")).withColumn(
        "negative_share", share("negative")
    )
    if stance is not None:
        tallies = stance.groupBy("article_id").agg(
            F.sum((F.col("stance") == "FAVOR").cast("long")).alias("favor"),
            F.sum((F.col("stance") == "AGAINST").cast("long")).alias("against"),
        )
        table = table.join(tallies, on="article_id", how="left")
    else:
        table = table.withColumn("favor", F.lit(None)).withColumn("against", F.lit(None))
    table = table.withColumn("favor", F.coalesce(F.col("favor"), F.lit(0))).withColumn(
        "against", F.coalesce(F.col("against"), F.lit(0))
    )
    return table.select(*reactions.schema("articles").names)


def _daily_table(F, found, stance):
    days = _sentiment_figures(F, found, ["date"])
    overall = days.select(
        "*",
        F.lit(None).cast("string").alias("target"),
        F.lit(None).cast("long").alias("favor"),
        F.lit(None).cast("long").alias("against"),
        F.lit(None).cast("long").alias("none"),
        F.lit(None).cast("double").alias("net_stance"),
    ).select(*reactions.schema("daily").names)
    if stance is None:
        return overall
    readable = F.col("rule") != "unreadable"
    per_target = (
        stance.groupBy("date", "target")
        .agg(
            F.sum((F.col("stance") == "FAVOR").cast("long")).alias("favor"),
            F.sum((F.col("stance") == "AGAINST").cast("long")).alias("against"),
            F.sum(((F.col("stance") == "NONE") & readable).cast("long")).alias("none"),
        )
        .withColumn(
            "net_stance",
            F.when(
                F.col("favor") + F.col("against") + F.col("none") > 0,
                (F.col("favor") - F.col("against"))
                / (F.col("favor") + F.col("against") + F.col("none")),
            ),
        )
        .join(days, on="date")
        .select(*overall.columns)
    )
    return overall.unionByName(per_target)


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
        "--no-report", action="store_true",
        help="write the dataset only: the report is made on the driver, from the whole dataset",
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
