"""Flow `reprocess`: every stored raw document -> articles -> timexes -> events -> models.

No network and no file reading: the raw bytes kept in `raw.documents` are enough, so an
improved extractor or tagger can be applied to the whole history.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

from prefect import flow

from flows.inputs import batched
from flows.pipeline import RunSummary, build, finish_run, ingest_chunk, start_run
from transforms.records import RawDocument
from warehouse import load
from warehouse.connection import connect
from warehouse.schema import ensure_schema


@flow(name="datelines-reprocess")
def reprocess(warehouse: str, batch_size: int = 50, snapshot: str | None = None) -> RunSummary:
    """Re-derive everything from the stored raw documents, batch by batch."""
    summary = RunSummary(run_id=uuid.uuid4().hex[:16], started_at=datetime.now(UTC))
    con = connect(warehouse)
    try:
        ensure_schema(con)
        start_run(con, summary, "reprocess")
        raws = list(stored_raw_documents(con))
        for chunk in batched(raws, batch_size):
            ingest_chunk(con, chunk, summary, None, None, skip_unchanged=False)
        build(con, summary, snapshot)
    except Exception as exc:
        summary.status, summary.message = "failed", f"{type(exc).__name__}: {exc}"
        raise
    finally:
        finish_run(con, summary)
        con.close()
    return summary


def stored_raw_documents(con) -> Iterator[RawDocument]:
    """The raw documents as first read or fetched, rebuilt from `raw.documents`."""
    for row in load.stored_documents(con):
        metadata = json.loads(row["metadata_json"] or "{}")
        yield RawDocument(
            source=row["source"],
            uri=row["uri"],
            body=row["body"],
            media_type=row["media_type"],
            metadata=metadata.get("fields", {}),
            metadata_sources=metadata.get("sources", {}),
            line=row["line"],
            fetched_at=row["fetched_at"],
            http_status=row["http_status"],
            headers=json.loads(row["headers_json"] or "{}"),
            defaults=metadata.get("defaults", {}),
        )
