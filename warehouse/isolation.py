"""Splitting a failed batch into one part per document, so one bad document cannot sink the rest.

Used by `replace_documents(..., isolate_failures=True)`: the batch is first tried whole (one
transaction, fast); only when that fails is it retried one document per transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import polars as pl

from transforms.ids import stable_id


def as_rows(data: pl.DataFrame | list[dict]) -> list[dict]:
    """Row dicts of a frame (or the rows themselves)."""
    return data.to_dicts() if isinstance(data, pl.DataFrame) else list(data)


def split_by_document(
    frames: dict, document_tables: Sequence[str]
) -> list[tuple[str | None, dict[str, list[dict]]]]:
    """One part per doc_id, in order of appearance, each with its rows of every table and the
    error rows naming that doc_id or its uri; then a part under None with the other error rows.

    >>> parts = split_by_document({"articles": [{"doc_id": "a", "uri": "u"}],
    ...     "errors": [{"uri": "u"}, {"uri": "v"}]}, ("articles",))
    >>> [(doc_id, len(part["errors"])) for doc_id, part in parts]
    [('a', 1), (None, 1)]
    """
    rows = {name: as_rows(data) for name, data in frames.items()}
    doc_ids = dict.fromkeys(
        row["doc_id"]
        for name in document_tables
        for row in rows.get(name, [])
        if row.get("doc_id") is not None
    )
    parts = [(doc_id, _part_of(rows, doc_id, document_tables)) for doc_id in doc_ids]
    claimed = {id(row) for _, part in parts for row in part["errors"]}
    leftover = [row for row in rows.get("errors", []) if id(row) not in claimed]
    return parts + ([(None, {"errors": leftover})] if leftover else [])


def _part_of(rows: dict, doc_id: str, document_tables: Sequence[str]) -> dict[str, list[dict]]:
    part = {
        name: [row for row in rows[name] if row.get("doc_id") == doc_id]
        for name in document_tables
        if name in rows
    }
    uris = {row.get("uri") for name in ("documents", "articles") for row in part.get(name, [])}
    uris.discard(None)
    part["errors"] = [
        row
        for row in rows.get("errors", [])
        if row.get("doc_id") == doc_id or row.get("uri") in uris
    ]
    return part


def load_error_row(part: dict, doc_id: str, message: str, run_id: str | None) -> dict:
    """The `errors` row of a document that could not be loaded (stage `load`)."""
    described = (part.get("documents") or part.get("articles") or [{}])[0]
    uri = described.get("uri") or f"doc:{doc_id}"
    return {
        "error_id": stable_id("error", uri, None, "load", message),
        "run_id": run_id,
        "source": described.get("source") or uri,
        "uri": uri,
        "doc_id": doc_id,
        "stage": "load",
        "severity": "error",
        "message": message,
        "occurred_at": datetime.now(UTC),
    }
