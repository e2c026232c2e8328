"""End to end: `run_pipeline` on URLs served by a real loopback server, run twice.

A feed linking to two pages, a PNG served as HTML and a 404 go through the real pipeline flow
into a DuckDB file; the good pages load with the feed's dates while each fault leaves its error
row, and the second run loads nothing new.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from loopback import LoopbackServer, conditional, static  # noqa: E402

pytestmark = pytest.mark.usefixtures("prefect_api")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


MODIFIED = "Thu, 17 Oct 2024 08:00:00 GMT"


def _serve(server: LoopbackServer) -> list[str]:
    for name in ("ceasefire-talks.html", "grain-corridor.html"):
        body = (FIXTURES / "web" / "news" / name).read_bytes()
        server.route(f"/news/{name}", conditional(body, f'"{name}"', MODIFIED))
    feed = (FIXTURES / "feeds" / "front.rss").read_bytes()
    return [server.route("/front.rss", conditional(feed, '"feed"', MODIFIED,
                                                   "application/rss+xml")),
            server.route("/png", static(b"\x89PNG\r\n\x1a\n" + bytes(64))),
            server.url("/missing")]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    from flows.pipeline import run_pipeline

    warehouse = tmp_path_factory.mktemp("fetch-e2e") / "w.duckdb"
    with LoopbackServer() as server:
        urls = _serve(server)
        first = run_pipeline(urls, warehouse=str(warehouse), allow_private_network=True)
        hits_after_first = len(server.requests)
        second = run_pipeline(urls, warehouse=str(warehouse), allow_private_network=True)
        second_requests = server.requests[hits_after_first:]
    yield first, second, second_requests, warehouse


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_both_runs_complete_with_every_data_test_passing(runs):
    first, second, _, _ = runs
    assert (first.status, first.message) == ("completed", None)
    assert (second.status, second.message) == ("completed", None)


def test_feed_pages_load_with_the_feeds_title_and_publication_date(runs):
    first, _, _, warehouse = runs
    assert first.articles_loaded == 2
    rows = query(warehouse, "select url, title, language, published_date, published_precision, "
                            "published_source, text from stg_articles order by url")
    ceasefire = rows[0]
    assert ceasefire[0].endswith("/news/ceasefire-talks.html")
    assert ceasefire[1:6] == ("Ceasefire talks resume in Geneva", "en",
                              date(2024, 10, 17), "day", "feed")
    assert ceasefire[6].startswith("Negotiators from both delegations returned to the table")
    assert "Subscribe to our newsletter" not in ceasefire[6]


def test_each_fault_is_an_error_row_with_url_stage_and_status(runs):
    _, _, _, warehouse = runs
    errors = query(warehouse, "select uri, stage, http_status, message from stg_errors "
                              "where stage = 'fetch' order by uri")
    by_path = {uri.rsplit("/", 1)[1]: (stage, status, message)
               for uri, stage, status, message in errors}
    assert by_path["missing"] == ("fetch", 404, "HTTP 404")
    assert by_path["png"] == ("fetch", 200, "not HTML: the body is image/png")


def test_the_raw_feed_and_pages_are_stored_before_extraction(runs):
    _, _, _, warehouse = runs
    stored = dict(query(warehouse, "select media_type, count(*) from raw.documents group by 1"))
    assert stored == {"application/rss+xml": 1, "text/html": 2}


def test_the_second_run_loads_nothing_new_and_the_304_feed_costs_its_pages_nothing(runs):
    _, second, requests, warehouse = runs
    assert second.articles_loaded == 0 and second.unchanged == 1
    assert query(warehouse, "select count(*) from raw.documents") == [(3,)]
    assert not any(path.startswith("/news/") for path, _, _ in requests)


def test_the_second_run_makes_only_conditional_requests(runs):
    _, _, requests, _ = runs
    pages = [headers for path, headers, _ in requests if path != "/robots.txt"
             and path in ("/front.rss", "/news/ceasefire-talks.html")]
    assert pages and all("If-None-Match" in h or "If-Modified-Since" in h for h in pages)


def test_a_stored_feed_is_not_extracted_as_an_article(runs):
    _, _, _, warehouse = runs
    assert query(warehouse, "select count(*) from stg_errors where stage = 'extract'") == [(0,)]


def test_a_sources_file_run_fetches_allowed_sources_and_guards_the_rest(tmp_path):
    from flows.pipeline import run_pipeline

    with LoopbackServer() as server:
        urls = _serve(server)
        server.route("/secret", static(b"<p>internal</p>"))
        sources = tmp_path / "sources.toml"
        sources.write_text(f"""inherit = false
[sources.intranet-feed]
kind = "feed"
location = "{urls[0]}"
allow_private_network = true
[sources.strict-page]
kind = "page"
location = "{server.url('/secret')}"
""")
        warehouse = tmp_path / "w.duckdb"
        summary = run_pipeline([], warehouse=str(warehouse), sources_file=str(sources))
        secret_hits = server.hits["/secret"]
    assert secret_hits == 0 and summary.status == "completed", summary.message
    assert query(warehouse, "select count(*) from stg_articles") == [(2,)]
    refused = query(warehouse, "select stage, message from stg_errors where uri like '%/secret'")
    assert refused == [("fetch", f"refused {server.url('/secret')}: loopback address 127.0.0.1")]
