"""Flow `reprocess`: every stored raw document -> articles -> timexes -> events -> models.

No network and no file reading: the raw bytes kept in `raw.documents` are enough, so an
improved extractor or tagger can be applied to the whole history.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from prefect import flow

from flows.inputs import batched
from flows.pipeline import RunSummary, build, ingest_chunk, recorded_run
from transforms.records import RawDocument
from warehouse import load


@flow(name="datelines-reprocess")
def reprocess(warehouse: str, batch_size: int = 50, snapshot: str | None = None) -> RunSummary:
    """Re-derive everything from the stored raw documents, batch by batch."""
    with recorded_run(warehouse, "reprocess") as (con, summary):
        # stored_documents pages by doc_id, so rewriting documents between pages is safe.
        for chunk in batched(stored_raw_documents(con), batch_size):
            ingest_chunk(con, chunk, summary, None, None, skip_unchanged=False)
        build(con, summary, snapshot)
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
