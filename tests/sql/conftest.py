"""A small sample warehouse for the SQL model tests: hand-written rows, real loader, real models.

Two articles from two sites, one exact duplicate of the first, one stored feed, one document
that failed extraction, and one JSON line that never became a document. Texts are our own sentences.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from transforms.ids import stable_id
from warehouse.connection import connect
from warehouse.load import record_errors, replace_documents
from warehouse.models import build_models
from warehouse.schema import ensure_schema

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
PUBLISHED = date(2024, 10, 18)
FETCHED = datetime(2024, 10, 18, 12, tzinfo=UTC)
TEXT_A = (
    "On October 18, 500 North Korean soldiers arrived in Russia. Ukraine entered Kursk in August."
)
TEXT_B = "North Korean troops are training in eastern Russia. Seoul denied any plan to strike."


def document(doc_id: str, uri: str, duplicate_of: str | None = None) -> dict:
    return {
        "doc_id": doc_id,
        "uri": uri,
        "source": uri,
        "media_type": "text/plain",
        "content_hash": f"hash-{duplicate_of or doc_id}",
        "body": uri.encode(),
        "fetched_at": FETCHED,
        "duplicate_of": duplicate_of,
        "run_id": "run-1",
    }


def article(doc_id: str, uri: str, url: str, text: str) -> dict:
    return {
        "doc_id": doc_id,
        "uri": uri,
        "content_hash": f"hash-{doc_id}",
        "url": url,
        "title": f"Title of {doc_id}",
        "language": "en",
        "published_date": PUBLISHED,
        "published_precision": "day",
        "published_source": "sidecar",
        "published_flag": "ok",
        "text": text,
        "text_chars": len(text),
        "run_id": "run-1",
    }


def timex(doc_id: str, index: int, text: str, phrase: str, value: str, begin, end, precision):
    start = text.index(phrase)
    return {
        "doc_id": doc_id,
        "timex_index": index,
        "start": start,
        "end": start + len(phrase),
        "text": phrase,
        "type": "DATE",
        "value": value,
        "begin_date": begin,
        "end_date": end,
        "precision": precision,
        "is_resolved": True,
    }


def mention(mention_id: str, doc_id: str, event_type: str, actor1, actor2, **fields) -> dict:
    row = {
        "mention_id": mention_id,
        "doc_id": doc_id,
        "sentence_index": 0,
        "sentence": "(sentence)",
        "event_type": event_type,
        "actor1": actor1,
        "actor1_text": {"PRK": "North Korean", "UKR": "Ukraine"}.get(actor1),
        "actor2": actor2,
        "status": "occurred",
        "event_date": PUBLISHED,
        "event_end_date": PUBLISHED,
        "date_precision": "day",
        "date_source": "timex",
    }
    row.update(fields)
    return row


def sample_batch() -> dict[str, list[dict]]:
    """The rows of the sample warehouse, as the pipeline would hand them to the loader."""
    a, b = "file:///in/a.txt", "file:///in/b.txt"
    return {
        "documents": [
            document("doc-a", a),
            document("doc-b", b),
            document("doc-dup", "file:///in/a-copy.txt", duplicate_of="doc-a"),
            document("doc-bad", "file:///in/bad.html"),
            document("doc-feed", "https://news.example.net/feed.xml")
            | {"media_type": "application/rss+xml"},
        ],
        "articles": [
            article("doc-a", a, "https://www.example.org/news/1", TEXT_A),
            article("doc-b", b, "https://news.example.net/2", TEXT_B),
        ],
        "timexes": [
            timex("doc-a", 0, TEXT_A, "October 18", "2024-10-18", PUBLISHED, PUBLISHED, "day"),
            timex(
                "doc-a",
                1,
                TEXT_A,
                "August",
                "2024-08",
                date(2024, 8, 1),
                date(2024, 8, 31),
                "month",
            ),
        ],
        "event_mentions": [
            mention(
                "m-arrive",
                "doc-a",
                "MOBILIZE",
                "PRK",
                "RUS",
                quantity=500.0,
                quantity_unit="soldiers",
            ),
            mention(
                "m-kursk",
                "doc-a",
                "ASSAULT",
                "UKR",
                "RUS",
                event_date=date(2024, 8, 1),
                event_end_date=date(2024, 8, 31),
                date_precision="month",
            ),
            mention("m-train", "doc-b", "MOBILIZE", "PRK", None, date_source="published"),
            mention("m-denied", "doc-b", "THREATEN", "KOR", "PRK", status="negated"),
        ],
        "errors": [error("file:///in/bad.html", "extract", "no main text", doc_id="doc-bad")],
    }


def error(uri: str, stage: str, message: str, doc_id: str | None = None) -> dict:
    return {
        "error_id": stable_id("error", uri, None, stage, message),
        "run_id": "run-1",
        "source": uri,
        "uri": uri,
        "doc_id": doc_id,
        "stage": stage,
        "severity": "error",
        "message": message,
        "occurred_at": FETCHED,
    }


def load_sample(con) -> None:
    replace_documents(con, sample_batch(), batch="sample")
    record_errors(con, [error("file:///in/x.jsonl#line=3", "parse", "not an object")])


@pytest.fixture
def empty_wh(tmp_path):
    con = connect(tmp_path / "sample.duckdb")
    ensure_schema(con)
    yield con
    con.close()


@pytest.fixture
def sample_wh(empty_wh):
    load_sample(empty_wh)
    build_models(empty_wh, SQL_DIR)
    return empty_wh


@pytest.fixture
def sql_dir():
    return SQL_DIR


@pytest.fixture(scope="module")
def shared_sample_wh(tmp_path_factory):
    """The sample warehouse built once per module, for tests that only read it."""
    con = connect(tmp_path_factory.mktemp("shared") / "sample.duckdb")
    ensure_schema(con)
    load_sample(con)
    build_models(con, SQL_DIR)
    yield con
    con.close()
