"""polars schemas of every frame the pipeline loads: the contract with `warehouse/schema.sql`.

Each frame is named for its grain, in the plural; each maps one-to-one to a table in schema
`raw` of the warehouse (`raw.documents`, `raw.articles`, ...). A test asserts that the DDL and
these schemas agree, so a column is added in both places or in neither.
"""

from __future__ import annotations

import polars as pl

UTC_TS = pl.Datetime("us", "UTC")

DOCUMENTS = {
    "doc_id": pl.String,            # sha256 of the canonical uri, 16 hex chars
    "uri": pl.String,               # canonical identity of the input
    "source": pl.String,            # what the user named (path, URL, source name)
    "line": pl.Int64,               # line number inside a JSON Lines file, else null
    "media_type": pl.String,
    "content_hash": pl.String,      # sha256 of the raw bytes
    "body": pl.Binary,              # raw bytes, zlib-compressed (warehouse layer)
    "body_bytes": pl.Int64,         # size before compression
    "metadata_json": pl.String,     # declared metadata (JSON object)
    "headers_json": pl.String,      # HTTP response headers (JSON object), null for files
    "http_status": pl.Int32,
    "fetched_at": UTC_TS,
    "duplicate_of": pl.String,      # doc_id of the document whose content this repeats
    "run_id": pl.String,
}

ARTICLES = {
    "doc_id": pl.String,
    "uri": pl.String,
    "content_hash": pl.String,
    "url": pl.String,
    "title": pl.String,
    "language": pl.String,
    "language_source": pl.String,   # declared | detected | cli
    "published_at": UTC_TS,
    "published_date": pl.Date,
    "published_precision": pl.String,
    "published_source": pl.String,
    "published_raw": pl.String,
    "published_flag": pl.String,    # ok | missing | invalid | implausible
    "source_name": pl.String,
    "encoding": pl.String,
    "text": pl.String,
    "text_chars": pl.Int64,
    "extra_json": pl.String,        # unknown declared fields, kept
    "run_id": pl.String,
}

TIMEXES = {
    "doc_id": pl.String,
    "timex_index": pl.Int32,
    "start": pl.Int32,
    "end": pl.Int32,
    "text": pl.String,
    "type": pl.String,
    "value": pl.String,
    "begin_date": pl.Date,
    "end_date": pl.Date,
    "precision": pl.String,
    "mod": pl.String,
    "direction": pl.String,
    "needs_anchor": pl.Boolean,
    "is_resolved": pl.Boolean,
    "anchor_date": pl.Date,
    "anchor_precision": pl.String,
    "anchor_is_inferred": pl.Boolean,
}

EVENT_MENTIONS = {
    "mention_id": pl.String,        # hash of (doc_id, sentence_index, index in sentence)
    "doc_id": pl.String,
    "sentence_index": pl.Int32,
    "sentence_start": pl.Int32,
    "sentence_end": pl.Int32,
    "sentence": pl.String,
    "event_type": pl.String,        # PLOVER root category (ASSAULT, MOBILIZE, ...)
    "event_mode": pl.String,        # PLOVER mode where it has one (troops, weapons, ...)
    "event_group": pl.String,       # ACLED-style group (battles, strategic developments, ...)
    "trigger": pl.String,
    "trigger_start": pl.Int32,
    "trigger_end": pl.Int32,
    "actor1": pl.String,            # ISO 3166-1 alpha-3 (or NATO, EU, UN, LAS, GCC)
    "actor1_sector": pl.String,     # government, military, intelligence, ...
    "actor1_text": pl.String,
    "actor2": pl.String,
    "actor2_sector": pl.String,
    "actor2_text": pl.String,
    "location": pl.String,          # place name as normalized ("Kursk")
    "location_country": pl.String,  # ISO-3 of the place
    "location_kind": pl.String,     # country | region | city | vicinity (near that city)
    "quantity": pl.Float64,
    "quantity_unit": pl.String,     # troops, soldiers, killed, wounded, shells, ...
    "quantity_qualifier": pl.String,  # over, about, up to, at least, exactly
    "quantity_text": pl.String,
    # occurred | ongoing | historical | future | hypothetical | negated
    "status": pl.String,
    "claimed_by": pl.String,        # who states it ("Budanov", "South Korea's intelligence agency")
    "claimed_by_actor": pl.String,  # ISO-3 of the claimant
    "event_date": pl.Date,
    "event_end_date": pl.Date,
    "date_precision": pl.String,
    "date_source": pl.String,       # timex | context (the sentence before) | published | null
    "date_mod": pl.String,
    "timex_text": pl.String,
    "timex_value": pl.String,
    # how actor 2 stands in the text: named (a party the text names) | destination (where the
    # troops go, named here or where the article already sent them) | claimant (only the
    # claim's source stands for the other side) | location (the country it happens in);
    # appended last so older warehouses gain it
    "actor2_basis": pl.String,
}

ERRORS = {
    "error_id": pl.String,          # hash of (uri, line, stage, message): re-runs do not repeat it
    "run_id": pl.String,
    "source": pl.String,            # what the user named
    "uri": pl.String,               # the input's canonical uri (file, line, URL)
    "doc_id": pl.String,            # when the input became a document
    "line": pl.Int64,
    "stage": pl.String,             # read | decode | parse | extract | fetch | load | ...
    "severity": pl.String,          # error | warning
    "http_status": pl.Int32,
    "message": pl.String,
    "occurred_at": UTC_TS,
}

PIPELINE_RUNS = {
    "run_id": pl.String,
    "flow_run_id": pl.String,
    "command": pl.String,
    "started_at": UTC_TS,
    "finished_at": UTC_TS,
    "status": pl.String,            # running | completed | failed | crashed
    "pid": pl.Int64,
    "inputs_read": pl.Int64,
    "articles_loaded": pl.Int64,
    "duplicates": pl.Int64,
    "unchanged": pl.Int64,
    "timexes_found": pl.Int64,
    "events_found": pl.Int64,
    "errors": pl.Int64,
    "warnings": pl.Int64,
    "message": pl.String,
}

FETCH_STATE = {
    "url": pl.String,               # the URL as requested (after canonicalisation)
    "final_url": pl.String,         # after redirects
    "etag": pl.String,
    "last_modified": pl.String,
    "content_hash": pl.String,
    "http_status": pl.Int32,
    "fetched_at": UTC_TS,
}

FRAMES = {
    "documents": DOCUMENTS,
    "articles": ARTICLES,
    "timexes": TIMEXES,
    "event_mentions": EVENT_MENTIONS,
    "errors": ERRORS,
    "pipeline_runs": PIPELINE_RUNS,
    "fetch_state": FETCH_STATE,
}


def empty(name: str) -> pl.DataFrame:
    """An empty frame with the named schema.

    >>> empty("errors").columns[:3]
    ['error_id', 'run_id', 'source']
    """
    return pl.DataFrame(schema=FRAMES[name])


def frame(name: str, rows: list[dict]) -> pl.DataFrame:
    """Rows (dicts keyed by column) as a frame of the named schema; missing keys become null.

    >>> frame("errors", [{"error_id": "e1", "stage": "read", "message": "empty document"}]).height
    1
    """
    schema = FRAMES[name]
    return pl.DataFrame([{col: row.get(col) for col in schema} for row in rows], schema=schema)
