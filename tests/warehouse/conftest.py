"""Fixtures for warehouse tests: a real DuckDB file in tmp_path and small hand-written batches."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from transforms.ids import content_hash, doc_id_for, stable_id
from warehouse.connection import connect
from warehouse.schema import ensure_schema

FETCHED_AT = datetime(2024, 10, 18, 9, 30, tzinfo=UTC)


@pytest.fixture
def warehouse_path(tmp_path):
    return tmp_path / "wh" / "test.duckdb"


@pytest.fixture
def con(warehouse_path):
    connection = connect(warehouse_path)
    ensure_schema(connection)
    yield connection
    connection.close()


def article_batch(uri: str, text: str, *, n_mentions: int = 1, run_id: str = "run-1") -> dict:
    """Row dicts of one document: its raw row, article, one timex and `n_mentions` mentions."""
    body = text.encode("utf-8", "surrogatepass")
    doc_id = doc_id_for(uri)
    digest = content_hash(body)
    return {
        "documents": [
            {
                "doc_id": doc_id,
                "uri": uri,
                "source": uri,
                "media_type": "text/plain",
                "content_hash": digest,
                "body": body,
                "fetched_at": FETCHED_AT,
                "run_id": run_id,
            }
        ],
        "articles": [
            {
                "doc_id": doc_id,
                "uri": uri,
                "content_hash": digest,
                "title": "A title",
                "language": "en",
                "published_date": date(2024, 10, 18),
                "published_precision": "day",
                "published_source": "sidecar",
                "published_flag": "ok",
                "text": text,
                "text_chars": len(text),
                "run_id": run_id,
            }
        ],
        "timexes": [
            {
                "doc_id": doc_id,
                "timex_index": 0,
                "start": 0,
                "end": min(len(text), 5),
                "text": text[:5],
                "type": "DATE",
                "value": "2024-10-18",
                "begin_date": date(2024, 10, 18),
                "end_date": date(2024, 10, 18),
                "precision": "day",
            }
        ],
        "event_mentions": [
            {
                "mention_id": stable_id("mention", doc_id, 0, i),
                "doc_id": doc_id,
                "sentence_index": 0,
                "sentence_start": 0,
                "sentence_end": len(text),
                "sentence": text,
                "event_type": "MOBILIZE",
                "actor1": "PRK",
                "actor2": "RUS",
                "status": "occurred",
                "event_date": date(2024, 10, 18),
                "event_end_date": date(2024, 10, 18),
                "date_precision": "day",
                "date_source": "published",
            }
            for i in range(n_mentions)
        ],
        "errors": [],
    }


def error_rows(uri: str, message: str, *, stage: str = "parse", run_id: str = "run-1") -> list:
    return [
        {
            "error_id": stable_id("error", uri, None, stage, message),
            "run_id": run_id,
            "source": uri,
            "uri": uri,
            "stage": stage,
            "severity": "error",
            "message": message,
            "occurred_at": FETCHED_AT,
        }
    ]


def merge_batches(*batches: dict) -> dict:
    """One batch holding the rows of several."""
    return {name: [row for b in batches for row in b[name]] for name in batches[0]}


def table_counts(connection) -> dict[str, int]:
    tables = ("documents", "articles", "timexes", "event_mentions", "errors")
    return {t: connection.execute(f"select count(*) from raw.{t}").fetchall()[0][0] for t in tables}


@pytest.fixture
def make_batch():
    return article_batch


@pytest.fixture
def make_errors():
    return error_rows


@pytest.fixture
def counts():
    return table_counts
