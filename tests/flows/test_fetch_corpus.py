"""The real news pages of ../shared/corpora/news, fetched over loopback HTTP at their own URLs.

A resolver (the fetcher's DNS seam) sends every corpus host to 127.0.0.1, so the pages are
requested by their real host and path and nothing leaves the machine. What the issue measures:
the publication day of >= 95% of pages, main text for every page, and a second run that asks
only conditionally and gets nothing new.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from loopback import LoopbackServer, conditional  # noqa: E402

from flows.fetch import FetchSettings, Unchanged, fetch_documents  # noqa: E402
from flows.sources import Source  # noqa: E402
from transforms.documents import extract_article  # noqa: E402
from transforms.records import RawDocument  # noqa: E402
from warehouse.fetch_state import fetch_state_rows  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "news"
MODIFIED = "Mon, 01 Jan 2024 00:00:00 GMT"


def _manifest() -> list[dict]:
    if not (CORPUS / "manifest.jsonl").exists():
        pytest.skip("shared news corpus not found next to the repository")
    return [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def fetched():
    pages = _manifest()
    hosts = {urlsplit(page["url"]).hostname for page in pages}

    def corpus_hosts_only(host: str, port: int) -> list[str]:
        if host not in hosts:
            raise OSError(f"test resolver knows only the corpus hosts, not {host}")
        return ["127.0.0.1"]

    with LoopbackServer() as server:
        port, sources = server.server_address[1], []
        for page in pages:
            parts = urlsplit(page["url"])
            path, query = quote(parts.path), (f"?{parts.query}" if parts.query else "")
            body = (CORPUS / page["file"]).read_bytes()
            server.route(path, conditional(body, f'"{page["sha256"][:16]}"', MODIFIED))
            url = f"http://{parts.hostname}:{port}{path}{query}"
            sources.append(Source(page["site"], "page", url))
        settings = FetchSettings(per_host_delay=0, retries=0, allow_private_network=True,
                                 resolver=corpus_hosts_only)
        first = list(fetch_documents(sources, {}, settings))
        known = {row["url"]: row for row in fetch_state_rows(first).to_dicts()}
        mark = len(server.requests)
        second = list(fetch_documents(sources, known, replace(settings, respect_robots=False)))
        second_requests = server.requests[mark:]
    yield pages, sources, first, second, second_requests


@pytest.fixture(scope="module")
def articles(fetched) -> dict[str, object]:
    """Each page's Article, extracted once from the fetched bytes, by manifest file."""
    pages, sources, first, _, _ = fetched
    docs = {item.uri: item for item in first if isinstance(item, RawDocument)}
    return {page["file"]: extract_article(docs[source.location])
            for page, source in zip(pages, sources, strict=True)}


def test_every_corpus_page_is_fetched_as_html_byte_for_byte(fetched):
    pages, _, first, _, _ = fetched
    docs = [item for item in first if isinstance(item, RawDocument)]
    assert len(docs) == len(pages) == len(first)
    assert {doc.body for doc in docs} == {(CORPUS / p["file"]).read_bytes() for p in pages}


def test_publication_day_matches_the_manifest_for_at_least_95_percent(fetched, articles):
    pages = fetched[0]
    right = [p["file"] for p in pages
             if articles[p["file"]].published_date is not None
             and articles[p["file"]].published_date.isoformat() == p["published"][:10]]
    assert len(right) / len(pages) >= 0.95, sorted(set(articles) - set(right))


def test_main_text_is_non_empty_for_every_page(articles):
    assert all(article.text.strip() for article in articles.values())


@pytest.mark.parametrize(
    ("site", "opening"),
    [("foxnews.com", "Russian President Vladimir Putin signed legislation"),
     ("tass.ru", "МОСКВА, 29 июня. /ТАСС/."),
     ("nzz.ch", "Nach neun Jahren Krieg liegt Syriens Wirtschaft am Boden.")],
)
def test_main_text_starts_with_the_articles_own_first_sentence(fetched, articles, site, opening):
    pages = fetched[0]
    page = next(p for p in pages if p["site"] == site)
    assert articles[page["file"]].text.startswith(opening)


def test_the_second_run_asks_only_conditionally_and_gets_nothing_new(fetched):
    pages, _, _, second, requests = fetched
    assert len(second) == len(pages) and all(isinstance(i, Unchanged) for i in second)
    assert len(requests) == len(pages)
    assert all("If-None-Match" in headers for _, headers, _ in requests)


def _corpus_feeds() -> list[dict]:
    listing = CORPUS / "feeds.jsonl"
    if not listing.exists():
        return []
    return [json.loads(line) for line in listing.read_text().splitlines()]


@pytest.mark.parametrize("meta", _corpus_feeds() or [None], ids=lambda m: m and m["site"])
def test_a_real_feed_given_as_a_plain_url_is_recognised_by_its_content(meta):
    if meta is None:
        pytest.skip("shared news corpus not found next to the repository")

    def loopback_only(host: str, port: int) -> list[str]:
        if host != "127.0.0.1":
            raise OSError(f"test resolver refuses {host}")  # entries link to the real sites
        return ["127.0.0.1"]

    settings = FetchSettings(per_host_delay=0, retries=0, allow_private_network=True,
                             respect_robots=False, max_entries=1, resolver=loopback_only)
    with LoopbackServer() as server:
        # Served as text/html on purpose: the kind is decided by the bytes, not the header.
        url = server.route("/feed", conditional((CORPUS / meta["file"]).read_bytes(), '"f"',
                                                MODIFIED, "text/html"))
        items = list(fetch_documents([Source("feed", "page", url)], {}, settings))
    feed = items[0]
    assert isinstance(feed, RawDocument) and feed.media_type.endswith("+xml")
    assert feed.metadata["title"]
    entry_failures = [i for i in items[1:] if not isinstance(i, RawDocument)]
    assert entry_failures and all("test resolver refuses" in f.message for f in entry_failures
                                  if f.stage == "fetch")
