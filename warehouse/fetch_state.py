"""`raw.fetch_state`: per URL, the validators and content hash of its last successful fetch.

Read before a run to send conditional requests (ETag / If-Modified-Since) and to recognise an
identical body; written after a run from the fetched documents and the unchanged markers.
Failed fetches write nothing, so the last good state is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import duckdb
import polars as pl

from transforms.ids import content_hash
from transforms.schemas import FETCH_STATE, frame

COLUMNS = list(FETCH_STATE)


def load_fetch_state(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """Every URL fetched before, mapped to its fetch_state row as a dict of column -> value."""
    rows = con.execute(f"select {', '.join(COLUMNS)} from raw.fetch_state").fetchall()
    return {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in rows}


def _document_row(raw) -> dict | None:
    if raw.http_status is None or not str(raw.uri).startswith(("http://", "https://")):
        return None  # a local file: nothing to ask a server about next time
    headers = {key.lower(): value for key, value in (raw.headers or {}).items()}
    return {
        "url": raw.uri,
        "final_url": (raw.metadata or {}).get("final_url", raw.uri),
        "etag": headers.get("etag"),
        "last_modified": headers.get("last-modified"),
        "content_hash": content_hash(raw.body),
        "http_status": raw.http_status,
        "fetched_at": raw.fetched_at or datetime.now(UTC),
    }


def _unchanged_row(item) -> dict:
    return {column: getattr(item, column, None) for column in COLUMNS} | {
        "fetched_at": item.fetched_at or datetime.now(UTC)
    }


def fetch_state_rows(items: Iterable[object]) -> pl.DataFrame:
    """Fetch-state rows for fetched documents and unchanged markers; failures are skipped.

    Duck-typed so the warehouse layer never imports `flows`: a RawDocument has `uri` and
    `http_status`; an Unchanged marker has `url` and `etag`. The last row per URL wins.
    """
    rows: dict[str, dict] = {}
    for item in items:
        if hasattr(item, "uri") and hasattr(item, "http_status") and hasattr(item, "body"):
            row = _document_row(item)
        elif hasattr(item, "url") and hasattr(item, "etag"):
            row = _unchanged_row(item)
        else:
            row = None
        if row is not None:
            rows[row["url"]] = row
    return frame("fetch_state", list(rows.values()))


def upsert_fetch_state(con: duckdb.DuckDBPyConnection, rows: pl.DataFrame) -> int:
    """Insert or replace one row per URL, in one transaction; returns the number of rows."""
    if rows.is_empty():
        return 0
    batch = rows.unique(subset="url", keep="last").select(COLUMNS)
    con.execute("begin transaction")
    try:
        con.register("fetch_state_batch", batch.to_arrow())
        con.execute(
            f"insert or replace into raw.fetch_state ({', '.join(COLUMNS)}) "
            f"select {', '.join(COLUMNS)} from fetch_state_batch"
        )
        con.execute("commit")
    except duckdb.Error:
        con.execute("rollback")
        raise
    finally:
        con.unregister("fetch_state_batch")
    return batch.height


def record_fetches(con: duckdb.DuckDBPyConnection, items: Iterable[object]) -> int:
    """Store the fetch state of a batch of inputs (documents, unchanged markers, failures).

    What the ingest step calls after loading a batch, so the next run asks conditionally.
    """
    return upsert_fetch_state(con, fetch_state_rows(items))
