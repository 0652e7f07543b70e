"""The views of `views.sql` against the summary tables of the same output directory: shared by
test_views.py (the command line) and test_spark.py (the Spark job)."""

import csv
import math
from pathlib import Path

import duckdb

# Each summary table, the view that carries its figures, and the decimals its CSV prints the
# view's doubles with (every other double is a share or a bound: four decimals).
TABLES = {
    "articles": "article_summary",
    "days": "daily_sentiment",
    "targets": "stance_by_target",
    "handles": "handle_activity",
    "methods": "sentiment_methods",
}
THREE_DECIMALS = {"mean_compound", "net_stance", "net_stance_among_addressed"}
TWO_DECIMALS = {"weighted_f1", "accuracy"}
Z = 1.959963984540054


def neutralize_formula(text: str) -> str:
    """What the CSV writer makes of a text cell (crates/report/src/writers/mod.rs)."""
    signed_number = False
    if text[:1] in ("+", "-"):
        try:
            signed_number = math.isfinite(float(text[1:]))
        except ValueError:
            signed_number = False
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not signed_number:
        return "'" + text
    return text


def as_csv(column: str, value) -> str:
    """A view's value as the summary table's CSV prints it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError(f"{column}: unexpected boolean")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if column in TWO_DECIMALS:
            return f"{value:.2f}"
        if column == "test_texts":
            return f"{value:.0f}"
        return f"{value:.3f}" if column in THREE_DECIMALS else f"{value:.4f}"
    if isinstance(value, str):
        return neutralize_formula(value)
    return str(value)  # a date


def connect(directory: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the directory's views, its paths resolved from the directory."""
    con = duckdb.connect()
    con.execute(f"SET file_search_path = '{directory}'")
    con.execute((directory / "views.sql").read_text(encoding="utf-8"))
    return con


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def assert_views_equal_tables(con: duckdb.DuckDBPyConnection, directory: Path) -> int:
    """Every summary table equals its view, row by row in order, column by column as the CSV
    prints it; returns the number of rows compared."""
    compared = 0
    for table, view in TABLES.items():
        with open(directory / "tables" / f"{table}.csv", newline="", encoding="utf-8") as file:
            expected = list(csv.DictReader(file))
        got = rows(con, f"SELECT * FROM {view}")
        assert len(got) == len(expected), (table, len(got), len(expected))
        for i, (want, have) in enumerate(zip(expected, got)):
            printed = {column: as_csv(column, have[column]) for column in want}
            assert printed == want, (table, i, {c: (printed[c], want[c]) for c in want if printed[c] != want[c]})
            compared += 1
    return compared


def wilson(k: int, n: int) -> tuple[float, float]:
    """`Share::wilson`, with the same operations in the same order."""
    p = k / n
    denominator = 1.0 + Z * Z / n
    centre = (p + Z * Z / (2.0 * n)) / denominator
    half = Z * math.sqrt(p * (1.0 - p) / n + Z * Z / (4.0 * n * n)) / denominator
    return max(centre - half, 0.0), min(centre + half, 1.0)


def assert_shares_are_wilson(view_rows: list[dict], n_column: str = "n") -> None:
    """Each `X_share` is X / n with its Wilson bounds, null when n is 0."""
    for row in view_rows:
        n = row[n_column]
        for column in row:
            if not column.endswith("_share"):
                continue
            name = column.removesuffix("_share")
            if n == 0:
                assert row[column] is None and row[f"{name}_ci95_low"] is None, row
                continue
            assert row[column] == row[name] / n, (column, row)
            assert (row[f"{name}_ci95_low"], row[f"{name}_ci95_high"]) == wilson(row[name], n), (column, row)
