"""Reader reactions from news articles and comment exports, on Arrow tables.

The same Rust library as the ``reactions`` command line: extraction of reader reactions,
VADER sentiment identical to vaderSentiment 3.3.2, and stance toward targets. Every function
takes any Arrow-compatible column (pyarrow, polars, pandas, DuckDB results) or a list of
strings, returns a ``pyarrow.Table`` (``polars.from_arrow`` reads it), releases the GIL while
it works and uses every core unless given ``threads``.

>>> import reactions
>>> reactions.sentiment(["Shame on them.", "What a great idea!"]).column("compound").to_pylist()
[-0.4767, 0.6588]
>>> reactions.sentiment(["这是另一个大问题"], only_readable=True).column("status").to_pylist()
['other_language']

``reactions.spark`` runs the ``reactions run`` job on Apache Spark.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pyarrow as pa

from . import _reactions

__version__: str = _reactions.__version__
#: The version of the dataset layout (``reactions.schema_version`` in every Parquet file).
SCHEMA_VERSION: str = _reactions.SCHEMA_VERSION
#: The distance from zero at which a compound score stops being neutral: ``sentiment`` is
#: ``positive`` from it up and ``negative`` from its negation down, in every table. It is the
#: command line's own constant (``scoring::SentimentLabel::THRESHOLD``), so analyses that label
#: compound scores themselves agree with the dataset.
SENTIMENT_THRESHOLD: float = _reactions.SENTIMENT_THRESHOLD
#: The version of the DuckDB views every output directory's ``views.sql`` defines: the schema
#: version, then the views' own revision (docs/views.md).
VIEWS_VERSION: str = _reactions.VIEWS_VERSION

__all__ = [
    "Collection", "collect", "collect_file", "create_views_database", "methods", "schema", "score",
    "sentiment", "stance",
]

_STRING_TYPES = (pa.string(), pa.large_string(), pa.string_view())


def schema(table: str) -> pa.Schema:
    """The Arrow schema of the dataset's table ``table`` (``reactions``, ``stance``,
    ``articles`` or ``daily``): its columns in the order ``reactions run`` writes them, with
    their types and whether they may be null, as ``docs/dataset.md`` lists them. The ``date``
    the ``reactions`` and ``stance`` rows are filed under is in their directory's name.

    >>> schema("reactions").field("position").type
    DataType(uint32)
    """
    return _reactions.schema(table)


def create_views_database(directory: str | os.PathLike, name: str = "reactions.duckdb") -> Path:
    """Makes ``directory/name``, a DuckDB database holding only the views of
    ``directory/views.sql`` (which ``reactions run``, ``reactions report`` and the Spark job
    write), and returns its path. The views read the dataset by paths relative to
    ``directory``: open the database from there, or ``SET file_search_path`` to it
    (docs/views.md). Needs the ``duckdb`` package, which this package does not depend on.
    """
    try:
        import duckdb
    except ImportError as error:
        raise ImportError(
            "create_views_database needs DuckDB: pip install duckdb, or run "
            "`duckdb reactions.duckdb < views.sql` in the directory"
        ) from error
    directory = Path(directory).resolve()
    views = (directory / "views.sql").read_text(encoding="utf-8")
    database = directory / name
    database.unlink(missing_ok=True)  # views only: nothing of an older file is kept
    with duckdb.connect(str(database)) as con:
        # The views are checked against the files when made: relative to the directory.
        quoted = str(directory).replace("'", "''")
        con.execute(f"SET file_search_path = '{quoted}'")
        con.execute(views)
    return database


def _string_array(texts: Any) -> pa.Array:
    """One contiguous Arrow string array from any column-like input."""
    if isinstance(texts, pa.ChunkedArray):
        array = texts.combine_chunks()
    elif isinstance(texts, pa.Array):
        array = texts
    elif hasattr(texts, "to_arrow"):  # polars Series
        array = texts.to_arrow()
        if isinstance(array, pa.ChunkedArray):
            array = array.combine_chunks()
    elif hasattr(texts, "__arrow_c_stream__"):  # DuckDB relations, arro3, nanoarrow
        array = pa.chunked_array(texts).combine_chunks()
        if pa.types.is_struct(array.type):  # a stream of record batches: a table
            if array.type.num_fields != 1:
                raise TypeError(f"texts must be one column, not {array.type.num_fields}")
            array = array.field(0)
    elif hasattr(texts, "__arrow_c_array__"):
        array = pa.array(texts)
    elif isinstance(texts, str):
        raise TypeError("texts must be a column of strings, not one string: wrap it in a list")
    else:  # a list, a pandas Series, any iterable of str
        array = pa.array(list(texts), type=pa.string())
    if array.type not in _STRING_TYPES:
        raise TypeError(f"texts must be strings, not {array.type}")
    return array


def sentiment(
    texts: Any, *, only_readable: bool = False, threads: int | None = None
) -> pa.Table:
    """VADER's ``neg``, ``neu``, ``pos`` and ``compound`` per text, identical to
    ``vaderSentiment.SentimentIntensityAnalyzer().polarity_scores``.

    With ``only_readable=True``, the rule ``reactions run`` applies: texts VADER cannot read
    (other languages, links only) get null scores, a ``sentiment`` label is added for the
    others (``positive``, ``neutral``, ``negative``), and a ``status`` column says why
    (``scored``, ``other_language``, ``no_text``). A null text gives null scores.

    >>> sentiment(["good", "bad"]).column("compound").to_pylist()
    [0.4404, -0.5423]
    """
    batch = _reactions.sentiment(_string_array(texts), only_readable, threads)
    return pa.Table.from_batches([batch])


def stance(
    texts: Any,
    targets: str | Sequence[str],
    *,
    model: str | None = None,
    threads: int | None = None,
) -> pa.Table:
    """Stance of each text toward each target, one row per text and target (``row`` is the
    text's index): ``stance`` (FAVOR, AGAINST, NONE), ``confidence``, ``method``, ``rule``,
    ``alias`` and ``evidence``, as the dataset's ``stance`` table has them.

    ``targets`` is a targets TOML file (with aliases and cues, as ``reactions run --targets``
    takes) or a list of target names; ``model`` a file from ``reactions stance train``.

    >>> stance(["NATO must stand with Ukraine."], ["Ukraine"]).column("stance").to_pylist()
    ['FAVOR']
    """
    if isinstance(targets, str):
        path, names = targets, []
    else:
        path, names = None, list(targets)
    batch = _reactions.stance(_string_array(texts), path, names, model, threads)
    return pa.Table.from_batches([batch])


def score(
    table: Any,
    column: str = "text",
    *,
    lang_column: str = "lang",
    targets: str | Sequence[str] | None = None,
    model: str | None = None,
    threads: int | None = None,
) -> pa.Table:
    """``table`` with the columns the scoring step of ``reactions run`` fills, in the order
    the dataset has them: ``neg``, ``neu``, ``pos``, ``compound``, ``sentiment``,
    ``sentiment_status`` and ``sentiment_method``, then the columns of analysts' labels with
    the model's values (``sentiment_label``, ``is_reaction`` and their ``_source``: no labels
    are applied here), and with ``targets`` a ``stance_<target>`` column per target. The
    step is the command line's own (``scoring::ScoringStep``), given each text's language
    from ``lang_column`` when the table has one. A null text gets null columns.

    >>> import pyarrow as pa
    >>> score(pa.table({"text": ["Shame on them."]})).column("sentiment").to_pylist()
    ['negative']
    """
    table = table if isinstance(table, pa.Table) else pa.table(table)
    langs = (
        _string_array(table.column(lang_column)) if lang_column in table.column_names else None
    )
    if targets is None:
        path, names = None, None
    elif isinstance(targets, str):
        path, names = targets, None
    else:
        path, names = None, list(targets)
    filled, judged = _reactions.score(
        _string_array(table.column(column)), langs, path, names, model, threads
    )
    for name in schema("reactions").names:
        if name in filled.schema.names:
            table = table.append_column(name, filled.column(name))
    if targets is not None:
        per_target: dict[str, list[str | None]] = {}
        for row, name, value in zip(
            judged.column("row").to_pylist(),
            judged.column("target").to_pylist(),
            judged.column("stance").to_pylist(),
        ):
            per_target.setdefault(name, [None] * table.num_rows)[row] = value
        for name, values in per_target.items():
            table = table.append_column(f"stance_{name}", pa.array(values, type=pa.string()))
    return table


def methods(table: Any, *, lang_column: str = "lang") -> pa.Table:
    """How each language was scored: the methods table of ``reactions run``
    (``tables/methods.csv``) for a table ``score()`` returned, by the command line's own
    code. One row per language (``und`` where undecided), ``sentiment_method`` (``none``
    where no method read the text) and ``sentiment_status``, with the reactions, their share
    of all, the labelled shares among them (each with its 95% Wilson bounds) and the method's
    accuracy measured on a labelled test set. Rows with a null text are left out.

    >>> scored = score(pa.table({"text": ["Shame on them."], "lang": ["en"]}))
    >>> methods(scored).select(["language", "method", "reactions"]).to_pylist()
    [{'language': 'en', 'method': 'vader', 'reactions': 1}]
    """
    table = table if isinstance(table, pa.Table) else pa.table(table)
    langs = (
        _string_array(table.column(lang_column)) if lang_column in table.column_names else None
    )
    batch = _reactions.methods(
        langs,
        *(_string_array(table.column(name)) for name in ["sentiment_status", "sentiment", "sentiment_method"]),
    )
    return pa.Table.from_batches([batch])


class Collection(NamedTuple):
    """What a collection gave: the reactions (the dataset's columns, scores aside), every
    article read, and the inputs that failed as (source, reason), as the CLI prints them."""

    reactions: pa.Table
    articles: pa.Table
    errors: list[tuple[str, str]]


def _collection(result: tuple[pa.RecordBatch, pa.RecordBatch, list[tuple[str, str]]]) -> Collection:
    reactions, articles, errors = result
    return Collection(
        pa.Table.from_batches([reactions]), pa.Table.from_batches([articles]), errors
    )


def collect(
    paths: str | Iterable[str],
    input_format: str | None = None,
    *,
    collected_on: str | None = None,
) -> Collection:
    """Reads files, directories, globs and URLs as ``reactions collect`` does. A bad input is
    listed in ``errors`` and the others are still read. With ``collected_on`` (``YYYY-MM-DD``)
    every row gets the ``date`` ``reactions run`` files it under.

    >>> found = collect("data/")
    >>> found.reactions.num_rows, found.errors
    (48, [])
    """
    paths = [paths] if isinstance(paths, str) else [str(p) for p in paths]
    return _collection(_reactions.collect(paths, input_format, collected_on))


def collect_file(
    name: str,
    content: bytes,
    input_format: str | None = None,
    *,
    collected_on: str | None = None,
) -> Collection:
    """Reads one file's content under the name it had, as ``collect`` would read the file:
    what a Spark task that was handed a file's bytes calls."""
    return _collection(_reactions.collect_file(name, content, input_format, collected_on))
