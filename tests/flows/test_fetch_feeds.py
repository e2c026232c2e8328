"""Feeds, conditional requests, robots.txt and per-host politeness, over a real loopback server."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from loopback import LoopbackServer, conditional, file_route, sequence, static  # noqa: E402

from flows.fetch import FetchSettings, Unchanged, fetch_documents  # noqa: E402
from flows.sources import Source  # noqa: E402
from transforms.ids import content_hash  # noqa: E402
from transforms.records import InputFailure, RawDocument  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "web" / "news" / "ceasefire-talks.html").read_bytes()
FAST = FetchSettings(connect_timeout=2, read_timeout=2, total_timeout=5, retries=1, backoff=0.01,
                     per_host_delay=0, allow_private_network=True, respect_robots=False)
ETAG, MODIFIED = '"ceasefire-v1"', "Thu, 17 Oct 2024 08:00:00 GMT"


@pytest.fixture
def server():
    with LoopbackServer() as running:
        for name in ("ceasefire-talks.html", "grain-corridor.html"):
            running.route(f"/news/{name}", file_route(FIXTURES / "web" / "news" / name,
                                                      "text/html; charset=utf-8"))
        yield running


def fetch(url: str, settings: FetchSettings = FAST, kind: str = "page", known=None) -> list:
    return list(fetch_documents([Source("gazette", kind, url)], known or {}, settings))


def serve_feed(server: LoopbackServer, name: str, content_type: str) -> str:
    return server.route(f"/{name}", file_route(FIXTURES / "feeds" / name, content_type))


def test_a_feed_yields_itself_then_each_linked_page_with_the_feeds_title_and_date(server):
    items = fetch(serve_feed(server, "front.rss", "application/rss+xml"), kind="feed")
    feed, first, second = items
    assert feed.media_type == "application/rss+xml" and feed.uri == server.url("/front.rss")
    assert feed.body == (FIXTURES / "feeds" / "front.rss").read_bytes()
    assert first.uri == server.url("/news/ceasefire-talks.html") and first.body == PAGE
    assert first.metadata["title"] == "Ceasefire talks resume in Geneva"
    assert first.metadata["published"] == "Thu, 17 Oct 2024 09:30:00 +0200"
    assert first.metadata_sources["published"] == "feed"
    assert first.metadata["feed_url"] == server.url("/front.rss")
    assert second.uri == server.url("/news/grain-corridor.html")
    assert server.hits["/news/grain-corridor.html"] == 1  # the repeated entry is fetched once


def test_a_url_given_as_a_page_that_serves_a_feed_is_read_as_a_feed(server):
    items = fetch(serve_feed(server, "front.atom", "application/atom+xml"), kind="page")
    assert [i.media_type for i in items] == ["application/atom+xml", "text/html"]
    assert items[1].metadata["published"] == "2024-10-17T21:15:00+02:00"


def test_a_malformed_feed_keeps_its_entries_with_a_warning_row(server):
    items = fetch(serve_feed(server, "malformed.rss", "application/rss+xml"), kind="feed")
    warnings = [i for i in items if isinstance(i, InputFailure)]
    assert len(warnings) == 1 and warnings[0].severity == "warning"
    assert warnings[0].message.startswith("malformed feed")
    assert len([i for i in items if isinstance(i, RawDocument)]) == 3


def test_an_html_page_served_as_a_feed_source_is_a_not_a_feed_error(server):
    failure = fetch(server.url("/news/ceasefire-talks.html"), kind="feed")
    assert len(failure) == 1 and failure[0].stage == "parse"
    assert failure[0].message.startswith("not a feed")


def test_a_second_fetch_sends_validators_and_a_304_costs_nothing(server):
    url = server.route("/cond", conditional(PAGE, ETAG, MODIFIED))
    first = fetch(url)[0]
    known = {url: {"etag": first.headers["etag"], "last_modified": first.headers["last-modified"],
                   "content_hash": content_hash(first.body)}}
    again = fetch(url, known=known)
    assert len(again) == 1 and isinstance(again[0], Unchanged)
    assert (again[0].http_status, again[0].etag) == (304, ETAG)
    headers = server.requests[-1][1]
    assert headers["If-None-Match"] == ETAG and headers["If-Modified-Since"] == MODIFIED


def test_an_identical_body_without_validators_is_unchanged(server):
    url = server.route("/plain", static(PAGE))
    unchanged = fetch(url, known={url: {"content_hash": content_hash(PAGE)}})
    assert isinstance(unchanged[0], Unchanged) and unchanged[0].http_status == 200


def test_a_changed_body_is_fetched_again_as_a_document(server):
    url = server.route("/changing", sequence(static(PAGE), static(PAGE + b"<!-- v2 -->")))
    first = fetch(url)[0]
    second = fetch(url, known={url: {"content_hash": content_hash(first.body)}})[0]
    assert isinstance(second, RawDocument) and second.body.endswith(b"<!-- v2 -->")


def test_an_unchanged_feed_does_not_refetch_its_pages(server):
    url = server.route("/feed", conditional((FIXTURES / "feeds" / "front.rss").read_bytes(),
                                            '"f1"', MODIFIED, "application/rss+xml"))
    items = fetch(url, kind="feed", known={url: {"etag": '"f1"'}})
    assert [type(i).__name__ for i in items] == ["Unchanged"]
    assert server.hits["/news/ceasefire-talks.html"] == 0


ROBOTS_ON = replace(FAST, respect_robots=True)


def test_robots_disallow_skips_the_page_with_a_warning_row(server):
    server.route("/robots.txt", static(b"User-agent: *\nDisallow: /news/\n", "text/plain"))
    failure = fetch(server.url("/news/ceasefire-talks.html"), ROBOTS_ON)[0]
    assert (failure.stage, failure.severity) == ("robots", "warning")
    assert server.hits["/news/ceasefire-talks.html"] == 0


def test_robots_rules_for_datelines_apply_to_datelines_only(server):
    server.route("/robots.txt", static(b"User-agent: datelines\nDisallow: /\n\n"
                                       b"User-agent: *\nAllow: /\n", "text/plain"))
    assert fetch(server.url("/news/ceasefire-talks.html"), ROBOTS_ON)[0].stage == "robots"


def test_a_missing_robots_txt_allows_everything(server):
    doc = fetch(server.url("/news/ceasefire-talks.html"), ROBOTS_ON)[0]
    assert isinstance(doc, RawDocument) and server.hits["/robots.txt"] == 1


def test_an_unreachable_robots_txt_disallows_everything(server):
    server.route("/robots.txt", static(b"down", "text/plain", status=500))
    failure = fetch(server.url("/news/ceasefire-talks.html"), ROBOTS_ON)[0]
    assert failure.stage == "robots" and "unreachable" in failure.message
    assert server.hits["/news/ceasefire-talks.html"] == 0


def test_only_the_first_500_kib_of_robots_txt_are_read(server):
    padding = b"# " + b"x" * (600 * 1024) + b"\n"
    server.route("/robots.txt", static(padding + b"User-agent: *\nDisallow: /\n", "text/plain"))
    assert isinstance(fetch(server.url("/news/ceasefire-talks.html"), ROBOTS_ON)[0], RawDocument)


def test_robots_txt_is_read_once_per_host_per_run(server):
    feed = serve_feed(server, "front.rss", "application/rss+xml")
    fetch(feed, ROBOTS_ON, kind="feed")
    assert server.hits["/robots.txt"] == 1


def _many_pages(server: LoopbackServer, count: int, delay: float) -> list[Source]:
    for i in range(count):
        server.route(f"/p{i}", static(PAGE, delay=delay))
    return [Source(f"p{i}", "page", server.url(f"/p{i}")) for i in range(count)]


def test_no_more_than_the_per_host_limit_of_requests_run_at_once(server):
    sources = _many_pages(server, 8, delay=0.15)
    settings = replace(FAST, workers=6, per_host_concurrency=2)
    items = list(fetch_documents(sources, {}, settings))
    assert len(items) == 8 and server.max_in_flight == 2


def test_requests_to_one_host_are_spaced_by_the_per_host_delay(server):
    sources = _many_pages(server, 4, delay=0)
    list(fetch_documents(sources, {}, replace(FAST, workers=4, per_host_delay=0.2)))
    starts = sorted(t for _, _, t in server.requests)
    assert all(b - a >= 0.18 for a, b in zip(starts, starts[1:], strict=False))


def test_a_consumer_that_stops_early_cancels_the_queued_fetches(server):
    sources = _many_pages(server, 12, delay=0.1)
    stream = fetch_documents(sources, {}, replace(FAST, workers=2, per_host_concurrency=2))
    next(stream)
    stream.close()
    assert sum(server.hits.values()) < 12


def test_a_robots_crawl_delay_spaces_the_requests_to_that_host(server):
    server.route("/robots.txt", static(b"User-agent: *\nCrawl-delay: 1\n", "text/plain"))
    sources = _many_pages(server, 3, delay=0)  # Crawl-delay is whole seconds in urllib
    list(fetch_documents(sources, {}, replace(ROBOTS_ON, workers=3)))
    starts = sorted(t for path, _, t in server.requests if path != "/robots.txt")
    assert len(starts) == 3
    assert all(b - a >= 0.95 for a, b in zip(starts, starts[1:], strict=False))


def test_an_xhtml_page_given_as_a_url_is_read_as_a_page_not_a_broken_feed(server):
    xhtml = b'<?xml version="1.0" encoding="utf-8"?>\n' + PAGE.split(b"\n", 1)[1]
    url = server.route("/xhtml", static(xhtml, "application/xhtml+xml"))
    doc = fetch(url)[0]
    assert isinstance(doc, RawDocument) and doc.media_type == "application/xhtml+xml"
