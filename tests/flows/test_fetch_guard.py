"""The SSRF guard end to end: fetches WITHOUT allow_private_network must never reach loopback.

Every URL here points at the test's own loopback server, so a guard bug reaches nothing
outside the machine; the server counts hits on `/secret`, and each test asserts zero.
Other addresses (metadata, private ranges) are decided as pure functions in
tests/transforms/test_addresses.py, without sending a packet.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from loopback import LoopbackServer, static  # noqa: E402

from flows.fetch import FetchSettings, fetch_documents, fetch_feed_links  # noqa: E402
from flows.sources import Source  # noqa: E402
from transforms.records import InputFailure, RawDocument  # noqa: E402

STRICT = FetchSettings(connect_timeout=2, read_timeout=2, total_timeout=5, retries=0,
                       per_host_delay=0, respect_robots=False, allow_private_network=False)
SECRET = b"<html><body><p>internal admin token 0xdeadbeef</p></body></html>"


@pytest.fixture
def server():
    with LoopbackServer() as running:
        running.route("/secret", static(SECRET))
        yield running


def _spellings(port: int) -> list[str]:
    return [f"http://{host}:{port}/secret" for host in (
        "127.0.0.1", "2130706433", "0x7f000001", "017700000001", "127.1", "0", "0.0.0.0",
        "[::ffff:127.0.0.1]", "localhost", "[::1]")]


def _fetch(url: str, settings: FetchSettings = STRICT, **source) -> list:
    return list(fetch_documents([Source("t", "page", url, **source)], {}, settings))


def test_every_loopback_spelling_is_refused_and_the_secret_is_never_requested(server):
    port = server.server_address[1]
    for url in _spellings(port):
        items = _fetch(url)
        assert len(items) == 1 and isinstance(items[0], InputFailure), (url, items)
        assert items[0].message.startswith("refused"), items[0].message
    assert server.hits["/secret"] == 0


def test_a_name_that_resolves_to_loopback_is_refused_at_connect(server):
    to_loopback = replace(STRICT, resolver=lambda host, port: ["127.0.0.1"])
    failure = _fetch(f"http://intranet.example:{server.server_address[1]}/secret", to_loopback)[0]
    assert failure.message == (
        "refused to connect to intranet.example: loopback address 127.0.0.1")
    assert server.hits["/secret"] == 0


def test_a_name_with_one_public_and_one_private_answer_is_refused_before_any_connect(server):
    rebinding = replace(STRICT, resolver=lambda host, port: ["93.184.216.34", "127.0.0.1"])
    failure = _fetch(f"http://rebind.example:{server.server_address[1]}/secret", rebinding)[0]
    assert "loopback address 127.0.0.1" in failure.message
    assert server.hits["/secret"] == 0


def test_feed_links_to_loopback_are_refused_with_an_error_row_each(server):
    port = server.server_address[1]
    items_xml = "".join(f"<item><title>t{i}</title><link>{url}</link></item>"
                        for i, url in enumerate(_spellings(port)))
    feed = f'<rss version="2.0"><channel><title>f</title>{items_xml}</channel></rss>'.encode()
    items = list(fetch_feed_links(feed, "https://news.example.org/feed.xml",
                                  Source("feed", "feed", "https://news.example.org/feed.xml"),
                                  {}, STRICT))
    assert isinstance(items[0], RawDocument) and items[0].media_type == "application/rss+xml"
    refusals = [i for i in items[1:] if isinstance(i, InputFailure)]
    assert len(refusals) == len(_spellings(port)) == len(items) - 1
    assert all(r.stage == "fetch" and r.message.startswith("refused") for r in refusals)
    assert server.hits["/secret"] == 0


def test_feed_links_with_other_schemes_are_refused(server):
    links = ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)",
             "gopher://example.org/", "data:text/html,hi"]
    items_xml = "".join(f"<item><title>x</title><link>{link}</link></item>" for link in links)
    feed = f'<rss version="2.0"><channel><title>f</title>{items_xml}</channel></rss>'.encode()
    items = list(fetch_feed_links(feed, "https://news.example.org/feed.xml",
                                  Source("feed", "feed", "https://news.example.org/feed.xml"),
                                  {}, replace(STRICT, allow_private_network=True)))
    messages = [i.message for i in items if isinstance(i, InputFailure)]
    assert len(messages) == len(links)
    assert all("not http or https" in m for m in messages)


def test_a_source_that_allows_the_private_network_reaches_its_feed_links(server):
    port = server.server_address[1]
    feed = (f'<rss version="2.0"><channel><title>f</title><item><title>s</title>'
            f"<link>http://127.0.0.1:{port}/secret</link></item></channel></rss>").encode()
    source = Source("intranet", "feed", "http://127.0.0.1/feed.xml", allow_private_network=True)
    items = list(fetch_feed_links(feed, f"http://127.0.0.1:{port}/feed.xml", source, {}, STRICT))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument"]
    assert items[1].body == SECRET and server.hits["/secret"] == 1


def test_with_robots_on_a_refused_address_is_still_a_fetch_error_not_a_robots_rule(server):
    guarded = replace(STRICT, respect_robots=True, resolver=lambda host, port: ["127.0.0.1"])
    failure = _fetch(f"http://intranet.example:{server.server_address[1]}/secret", guarded)[0]
    assert (failure.stage, failure.severity) == ("fetch", "error")
    assert failure.message.startswith("refused to connect to intranet.example")
    assert server.hits["/robots.txt"] == 0 and server.hits["/secret"] == 0
