"""raw.fetch_state on a real DuckDB file: what the fetcher needs for conditional requests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.fetch import Unchanged
from transforms.ids import content_hash
from transforms.records import InputFailure, RawDocument
from warehouse.connection import connect
from warehouse.fetch_state import fetch_state_rows, load_fetch_state, upsert_fetch_state
from warehouse.schema import ensure_schema

WHEN = datetime(2024, 10, 18, 6, 0, tzinfo=UTC)


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "w.duckdb")
    ensure_schema(connection)
    yield connection
    connection.close()


def _page(url: str, body: bytes, etag: str | None = '"v1"') -> RawDocument:
    headers = {"content-type": "text/html", "last-modified": "Thu, 17 Oct 2024 08:00:00 GMT"}
    if etag:
        headers["etag"] = etag
    return RawDocument(
        "gazette",
        url,
        body,
        "text/html",
        {"final_url": url + "?r=1"},
        fetched_at=WHEN,
        http_status=200,
        headers=headers,
    )


def test_fetched_pages_are_stored_with_their_validators_and_read_back_by_url(con):
    upsert_fetch_state(con, fetch_state_rows([_page("https://a.example/1", b"<p>one</p>")]))
    state = load_fetch_state(con)["https://a.example/1"]
    assert state["etag"] == '"v1"' and state["last_modified"] == "Thu, 17 Oct 2024 08:00:00 GMT"
    assert state["content_hash"] == content_hash(b"<p>one</p>")
    assert state["final_url"] == "https://a.example/1?r=1" and state["http_status"] == 200
    assert state["fetched_at"] == WHEN


def test_a_refetched_url_replaces_its_row_instead_of_adding_one(con):
    upsert_fetch_state(con, fetch_state_rows([_page("https://a.example/1", b"v1")]))
    upsert_fetch_state(con, fetch_state_rows([_page("https://a.example/1", b"v2", '"v2"')]))
    assert con.execute("select count(*) from raw.fetch_state").fetchone()[0] == 1
    assert load_fetch_state(con)["https://a.example/1"]["etag"] == '"v2"'


def test_unchanged_markers_refresh_the_row_and_failures_and_local_files_write_nothing(con):
    local = RawDocument("samples", "file:///samples/seed.txt", b"text", "text/plain")
    failure = InputFailure("gazette", "https://a.example/2", "fetch", "HTTP 404", http_status=404)
    later = datetime(2024, 10, 19, tzinfo=UTC)
    marker = Unchanged(
        "https://a.example/1", "gazette", "https://a.example/1", 304, '"v1"', None, "abc", later
    )
    rows = fetch_state_rows([local, failure, marker])
    assert rows["url"].to_list() == ["https://a.example/1"]
    upsert_fetch_state(con, rows)
    assert load_fetch_state(con)["https://a.example/1"]["fetched_at"] == later


def test_an_empty_batch_is_a_no_op(con):
    assert upsert_fetch_state(con, fetch_state_rows([])) == 0
    assert load_fetch_state(con) == {}
