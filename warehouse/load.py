"""Loading frames into the raw layer: one transaction per batch, the document as the unit.

`replace_documents` deletes every row derived from the batch's documents, then inserts the new
frames through Arrow (never row by row), all in one transaction: a changed document replaces
its previous version and everything derived from it, and a failure leaves nothing half-written.
Statements run one at a time and a failure triggers an explicit ROLLBACK, because DuckDB 2.0
commits each statement of a multi-statement string and a COMMIT after a failed statement rolls
back silently (reliability.md G7).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator

import duckdb
import polars as pl

from warehouse.isolation import load_error_row, split_by_document
from warehouse.rows import (  # noqa: F401  (re-exported: the loader's public helpers)
    clean_text,
    clean_value,
    compress_body,
    conform,
    decompress_body,
    sanitize_frame,
    sanitize_rows,
)
from warehouse.runs import finish_run, mark_crashed_runs, start_run  # noqa: F401

DOCUMENT_TABLES = ("documents", "articles", "timexes", "event_mentions")
BATCH_TABLES = (*DOCUMENT_TABLES, "errors")


class LoadError(Exception):
    """A batch could not be loaded; nothing of it was written. The message names the batch."""


class _Conflict(Exception):
    """A write conflict with a concurrent transaction: worth another attempt."""


_WRITERS = threading.Lock()
_ATTEMPTS = 3


def replace_documents(
    con: duckdb.DuckDBPyConnection,
    frames: dict[str, pl.DataFrame | list[dict]],
    *,
    batch: str | None = None,
    isolate_failures: bool = False,
    run_id: str | None = None,
) -> list[str]:
    """Replace the batch's documents and all their derived rows in one transaction.

    `frames` maps table names (`documents`, `articles`, `timexes`, `event_mentions`, `errors`)
    to polars frames or row dicts of the `transforms/schemas.py` contracts. `documents.body`
    holds the raw bytes: they are compressed here. Old rows of every document in
    `documents`/`articles` are deleted, and old errors of the batch's uris and doc ids, so a
    fixed input loses its old errors. Raises `LoadError` (after ROLLBACK) on any failure.

    With `isolate_failures`, a failed batch is retried one document per transaction instead:
    each document that still fails gets a `load` error row (under `run_id`) and the others
    load. Returns the doc_ids that could not be loaded (always empty without isolation).
    """
    label = batch or "unnamed batch"
    try:
        _replace_batch(con, frames, label)
    except LoadError:
        if not isolate_failures:
            raise
        return _replace_one_by_one(con, frames, label, run_id)
    return []


def _replace_batch(
    con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame | list[dict]], label: str
) -> None:
    try:
        prepared = _prepare_frames(frames)
    except (ValueError, TypeError, pl.exceptions.PolarsError) as exc:
        raise LoadError(f"batch {label}: frames do not match the contract: {exc}") from None
    doc_ids = _column_values(prepared, DOCUMENT_TABLES, "doc_id")
    uris = _column_values(prepared, ("documents", "articles", "errors"), "uri")
    statements = [
        *((f"delete {table}", _DELETE_BY_DOC_ID[table], [doc_ids]) for table in DOCUMENT_TABLES),
        ("delete errors", _DELETE_ERRORS, [uris, doc_ids]),
        *((f"insert {name}", _INSERT[name], None) for name in prepared),
    ]
    # A cursor of its own: a transaction per call, so threads sharing `con` do not interleave
    # statements, and a result the caller left half-fetched on `con` is not in the way. Our own
    # writers take turns; a conflict with any other writer is retried a few times.
    with _WRITERS, con.cursor() as cursor:
        for attempt in range(_ATTEMPTS):
            try:
                return _run_in_transaction(cursor, statements, prepared, label)
            except _Conflict as conflict:
                if attempt + 1 == _ATTEMPTS:
                    raise LoadError(str(conflict)) from None
                time.sleep(0.05 * (attempt + 1))


def _replace_one_by_one(
    con: duckdb.DuckDBPyConnection, frames: dict, label: str, run_id: str | None
) -> list[str]:
    failed: list[str] = []
    for doc_id, part in split_by_document(frames, DOCUMENT_TABLES):
        try:
            _replace_batch(con, part, f"{label}, document {doc_id}")
        except LoadError as exc:
            if doc_id is None:
                raise
            failed.append(doc_id)
            record_errors(con, [load_error_row(part, doc_id, str(exc), run_id)], batch=label)
    return failed


def _prepare_frames(frames: dict[str, pl.DataFrame | list[dict]]) -> dict[str, pl.DataFrame]:
    unknown = sorted(set(frames) - set(BATCH_TABLES))
    if unknown:
        raise ValueError(f"unknown frames {unknown}; a batch holds {list(BATCH_TABLES)}")
    prepared = {name: sanitize_frame(data, name) for name, data in frames.items()}
    if "documents" in prepared:
        prepared["documents"] = _with_compressed_bodies(prepared["documents"])
    return prepared


def _with_compressed_bodies(documents: pl.DataFrame) -> pl.DataFrame:
    return documents.with_columns(
        pl.coalesce(pl.col("body_bytes"), pl.col("body").bin.size()).alias("body_bytes"),
        pl.col("body").map_elements(compress_body, return_dtype=pl.Binary, skip_nulls=True),
    )


def _column_values(frames: dict[str, pl.DataFrame], names: Iterable[str], column: str) -> list:
    values: set[str] = set()
    for name in names:
        if name in frames:
            values.update(frames[name][column].drop_nulls().to_list())
    return sorted(values)


def _run_in_transaction(
    con: duckdb.DuckDBPyConnection,
    statements: list[tuple[str, str, list | None]],
    frames: dict[str, pl.DataFrame],
    label: str,
) -> None:
    step = "begin"
    try:
        con.execute("begin transaction")
        for name, frame in frames.items():
            con.register(f"batch_{name}", frame.to_arrow())
        for statement in statements:
            step, sql, params = statement
            con.execute(sql, params)
        step = "commit"
        con.execute("commit")
    except duckdb.Error as exc:
        _rollback_quietly(con)
        message = f"batch {label}: {step} failed, nothing written: {exc}"
        if isinstance(exc, duckdb.TransactionException) or "Conflict" in str(exc):
            raise _Conflict(message) from None
        raise LoadError(message) from None
    finally:
        for name in frames:
            _unregister_quietly(con, f"batch_{name}")


def _rollback_quietly(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("rollback")
    except duckdb.Error:
        pass  # no transaction left to roll back (BEGIN itself failed, or COMMIT already ended it)


def _unregister_quietly(con: duckdb.DuckDBPyConnection, view: str) -> None:
    try:
        con.unregister(view)
    except duckdb.Error:
        pass


_DELETE_BY_DOC_ID = {
    table: f"delete from raw.{table} where doc_id in (select unnest(?::varchar[]))"
    for table in DOCUMENT_TABLES
}
_DELETE_ERRORS = (
    "delete from raw.errors where uri in (select unnest(?::varchar[])) "
    "or doc_id in (select unnest(?::varchar[]))"
)
_INSERT = {
    name: f"insert into raw.{name} by name select * from batch_{name}" for name in BATCH_TABLES
}


def record_errors(
    con: duckdb.DuckDBPyConnection, errors: pl.DataFrame | list[dict], *, batch: str | None = None
) -> int:
    """Insert error rows whose `error_id` is not stored yet; returns how many were new.

    For inputs that never became documents (unreadable files, broken JSON lines): a re-run
    recording the same failure adds nothing.
    """
    frame = sanitize_frame(errors, "errors").unique("error_id", keep="first", maintain_order=True)
    with con.cursor() as cursor:
        cursor.register("batch_errors", frame.to_arrow())
        try:
            new = cursor.execute(
                "insert or ignore into raw.errors by name select * from batch_errors"
            ).fetchall()[0][0]
        except duckdb.Error as exc:
            label = batch or "unnamed batch"
            raise LoadError(f"errors of batch {label} not recorded: {exc}") from None
    return new


def known_documents(
    con: duckdb.DuckDBPyConnection, uris: Iterable[str]
) -> dict[str, tuple[str, str]]:
    """`{uri: (doc_id, content_hash)}` of the stored documents among `uris`, to skip unchanged.

    Keys are the caller's uris, even one holding a lone surrogate (a file name that is not
    UTF-8), which is stored cleaned.
    """
    asked = {clean_text(uri): uri for uri in uris}
    rows = con.execute(
        "select uri, doc_id, content_hash from raw.documents "
        "where uri in (select unnest(?::varchar[]))",
        [list(asked)],
    ).fetchall()
    return {asked[uri]: (doc_id, digest) for uri, doc_id, digest in rows}


def articles_by_content_hash(
    con: duckdb.DuckDBPyConnection, hashes: Iterable[str]
) -> dict[str, str]:
    """`{content_hash: doc_id}` of stored articles that are not themselves duplicates.

    When several stored articles share a hash, the smallest doc_id wins, so the answer is stable.
    """
    rows = con.execute(
        "select a.content_hash, min(a.doc_id) from raw.articles as a "
        "left join raw.documents as d on d.doc_id = a.doc_id "
        "where d.duplicate_of is null and a.content_hash in (select unnest(?::varchar[])) "
        "group by a.content_hash",
        [list(hashes)],
    ).fetchall()
    return dict(rows)


def stored_documents(
    con: duckdb.DuckDBPyConnection, *, decompress: bool = True, page_size: int = 200
) -> Iterator[dict]:
    """Every stored `raw.documents` row as a dict, in doc_id order, bodies decompressed.

    Pages by key rather than holding a cursor open, so the caller may write between rows.
    """
    columns = [row[0] for row in con.execute("describe raw.documents").fetchall()]
    last = ""
    while True:
        page = con.execute(
            "select * from raw.documents where doc_id > ? order by doc_id limit ?",
            [last, page_size],
        ).fetchall()
        for values in page:
            row = dict(zip(columns, values, strict=True))
            if decompress and row["body"] is not None:
                row["body"] = decompress_body(row["body"])
            yield row
        if len(page) < page_size:
            return
        last = page[-1][0]
