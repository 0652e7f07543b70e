"""Type stubs of the extension module; the public API is in ``reactions/__init__.py``."""

import pyarrow as pa

__version__: str
SCHEMA_VERSION: str
VIEWS_VERSION: str

def sentiment(texts_array: pa.Array, only_readable: bool, threads: int | None) -> pa.RecordBatch: ...
def stance(
    texts_array: pa.Array,
    targets_path: str | None,
    target_names: list[str],
    model_path: str | None,
    threads: int | None,
) -> pa.RecordBatch: ...
def collect(
    paths: list[str], input_format: str | None, collected_on: str | None
) -> tuple[pa.RecordBatch, pa.RecordBatch, list[tuple[str, str]]]: ...
def collect_file(
    name: str, content: bytes, input_format: str | None, collected_on: str | None
) -> tuple[pa.RecordBatch, pa.RecordBatch, list[tuple[str, str]]]: ...

def write_report(
    articles: pa.Table,
    reactions: pa.Table,
    stance: pa.Table | None,
    out: str,
) -> list[str]: ...
