"""Fetch web pages and feeds politely: raw bytes and headers out, every failure as a row.

`fetch_documents(sources, known, settings)` yields, for each web source, a RawDocument per
page or feed fetched, an InputFailure per URL that failed (the run goes on), and Unchanged for
a 304 or a body identical to the last one. A feed is itself yielded (its bytes are kept) and
each entry's link is fetched as a page carrying the feed's title and date as metadata.
The HTTP rules (timeouts, retries, caps, redirects, SSRF guard) live in `flows/http.py`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from flows.http import (
    FetchError,
    FetchSettings,
    HostPacer,
    HttpResult,
    get_following,
    open_client,
)
from flows.robots import RobotsPolicy
from transforms.addresses import url_refusal
from transforms.documents import canonical_url  # the same identity local inputs get
from transforms.feeds import Feed, FeedEntry, looks_like_feed, parse_feed
from transforms.ids import content_hash
from transforms.records import InputFailure, RawDocument

__all__ = ["FetchSettings", "Unchanged", "canonical_url", "fetch_documents", "page_media_type"]

WEB_KINDS = ("page", "feed")
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_MAGIC = ((b"%PDF", "application/pdf"), (b"\x89PNG", "image/png"), (b"GIF8", "image/gif"),
          (b"\xff\xd8\xff", "image/jpeg"), (b"PK\x03\x04", "application/zip"),
          (b"\x1f\x8b", "application/gzip"))


@dataclass
class Unchanged:
    """A URL whose content is the same as last time (304, or an identical body): nothing to do."""

    url: str
    source: str
    final_url: str | None = None
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    fetched_at: datetime | None = None


@dataclass
class _Job:
    url: str
    source: Any  # flows.sources.Source
    as_feed: bool | None  # None: decide by content
    metadata: dict[str, Any] = field(default_factory=dict)
    metadata_sources: dict[str, str] = field(default_factory=dict)


@dataclass
class _Outcome:
    items: list[object]
    entries: list[_Job] = field(default_factory=list)


def page_media_type(content_type: str | None, body: bytes) -> str:
    """What a fetched page body is: the declared type unless the bytes plainly say otherwise.

    >>> page_media_type("text/html; charset=utf-8", b"%PDF-1.7 ...")
    'application/pdf'
    >>> page_media_type(None, b"<html><p>Hi</p></html>")
    'text/html'
    """
    for magic, media_type in _MAGIC:
        if body.startswith(magic):
            return media_type
    if b"\x00" in body[:2048]:
        return "application/octet-stream"
    if body.lstrip()[:1] in (b"{", b"["):
        return "application/json"
    declared = (content_type or "").split(";")[0].strip().lower()
    return declared or "text/html"


def _looks_like_xml_feed(result: HttpResult) -> bool:
    declared = result.headers.get("content-type", "").lower()
    head = result.body.lstrip()[:200].lower()
    return any(k in declared for k in ("xml", "rss", "atom")) or head.startswith(
        (b"<?xml", b"<rss", b"<feed", b"<rdf")
    )


def _failure(job: _Job, url: str, exc: FetchError) -> InputFailure:
    severity = "warning" if exc.stage == "robots" else "error"
    return InputFailure(job.source.name, url, exc.stage, exc.message,
                        severity=severity, http_status=exc.status)


def _entry_job(entry: FeedEntry, feed: Feed, feed_url: str, source: Any) -> _Job:
    declared = {"feed_link": entry.link, "title": entry.title, "published": entry.published,
                "guid": entry.guid, "feed_url": feed_url, "feed_title": feed.title,
                "feed_language": feed.language}
    metadata = {key: value for key, value in declared.items() if value}
    return _Job(entry.link, source, False, metadata, dict.fromkeys(metadata, "feed"))


class Fetcher:
    """One run's HTTP state: a client per network permission, host pacing, robots verdicts."""

    def __init__(self, settings: FetchSettings, known: dict[str, dict]):
        self.settings, self.known = settings, known
        self.pacer = HostPacer(settings.per_host_concurrency, settings.per_host_delay)
        self.robots = RobotsPolicy(settings, self.pacer)
        self._clients: dict[bool, httpx.Client] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        for client in self._clients.values():
            client.close()

    def client(self, allow_private_network: bool) -> httpx.Client:
        with self._lock:
            if allow_private_network not in self._clients:
                self._clients[allow_private_network] = open_client(
                    self.settings, allow_private_network)
            return self._clients[allow_private_network]

    def conditional_headers(self, url: str) -> dict[str, str]:
        previous = self.known.get(url) or {}
        headers = {}
        if previous.get("etag"):
            headers["If-None-Match"] = previous["etag"]
        if previous.get("last_modified"):
            headers["If-Modified-Since"] = previous["last_modified"]
        return headers

    def run(self, job: _Job) -> _Outcome:
        allow = self.settings.allow_private_network or bool(job.source.allow_private_network)
        url = canonical_url(job.url)
        if url is None:
            reason = url_refusal(job.url, allow_private_network=allow) or "not an http(s) URL"
            return _Outcome([_failure(job, job.url, FetchError(f"refused {job.url}: {reason}"))])
        client = self.client(allow)
        try:
            result = get_following(
                client, url, self.conditional_headers(url), self.settings, self.pacer,
                allow_private_network=allow,
                check=lambda hop: self.robots.check(client, hop, allow),
            )
        except FetchError as exc:
            return _Outcome([_failure(job, url, exc)])
        return self.outcome(job, url, result, allow)

    def outcome(self, job: _Job, url: str, result: HttpResult, allow: bool) -> _Outcome:
        if result.status == 304 or (
            200 <= result.status < 300
            and (self.known.get(url) or {}).get("content_hash") == content_hash(result.body)
        ):
            return _Outcome([self.unchanged(job, url, result)])
        if not 200 <= result.status < 300:
            return _Outcome([_failure(job, url, FetchError(f"HTTP {result.status}",
                                                           status=result.status))])
        if job.as_feed or (job.as_feed is None and _looks_like_xml_feed(result)
                           and looks_like_feed(result.body)):  # XHTML also starts with <?xml
            return self.feed_outcome(job, url, result, allow)
        media_type = page_media_type(result.headers.get("content-type"), result.body)
        if media_type not in PAGE_TYPES:
            message = f"not HTML: the body is {media_type}"
            return _Outcome([_failure(job, url, FetchError(message, status=result.status))])
        return _Outcome([self.document(job, url, result, media_type)])

    def feed_outcome(self, job: _Job, url: str, result: HttpResult, allow: bool) -> _Outcome:
        limit = getattr(job.source, "max_entries", None) or self.settings.max_entries
        try:
            feed = parse_feed(result.body, result.final_url, max_entries=limit)
        except ValueError as exc:
            return _Outcome([InputFailure(job.source.name, url, "parse", str(exc),
                                          http_status=result.status)])
        document = self.document(job, url, result, feed.media_type)
        document.metadata.update({"title": feed.title, "feed_version": feed.version})
        items: list[object] = [document]
        items += [InputFailure(job.source.name, url, "parse", warning, severity="warning")
                  for warning in feed.warnings]
        entries = []
        for entry in feed.entries:
            reason = url_refusal(entry.link, allow_private_network=allow)
            if reason:
                items.append(InputFailure(job.source.name, entry.link, "fetch",
                                          f"refused feed link {entry.link}: {reason}"))
            else:
                entries.append(_entry_job(entry, feed, result.final_url, job.source))
        return _Outcome(items, entries)

    def document(self, job: _Job, url: str, result: HttpResult, media_type: str) -> RawDocument:
        metadata, sources = dict(job.metadata), dict(job.metadata_sources)
        metadata.update(url=result.final_url, final_url=result.final_url)
        sources.update(url="http", final_url="http")
        if getattr(job.source, "lang", None) and "lang" not in metadata:
            metadata["lang"], sources["lang"] = job.source.lang, "cli"
        return RawDocument(
            source=job.source.name, uri=url, body=result.body, media_type=media_type,
            metadata=metadata, metadata_sources=sources, fetched_at=datetime.now(UTC),
            http_status=result.status, headers=result.headers,
        )

    def unchanged(self, job: _Job, url: str, result: HttpResult) -> Unchanged:
        previous = self.known.get(url) or {}
        return Unchanged(
            url=url, source=job.source.name, final_url=result.final_url,
            http_status=result.status,
            etag=result.headers.get("etag") or previous.get("etag"),
            last_modified=result.headers.get("last-modified") or previous.get("last_modified"),
            content_hash=previous.get("content_hash"), fetched_at=datetime.now(UTC),
        )


def fetch_documents(
    sources: Iterable[Any], known: dict[str, dict], settings: FetchSettings | None = None,
) -> Iterator[RawDocument | InputFailure | Unchanged]:
    """Fetch every web source (kinds `page` and `feed`; others are skipped), in order.

    Pages of one feed are fetched in parallel (within the per-host limits); results come
    back in the feed's order. `known` maps a canonical URL to its fetch_state row.
    """
    settings = settings or FetchSettings()
    jobs = [_Job(s.location, s, True if s.kind == "feed" else None)
            for s in sources if s.kind in WEB_KINDS]
    fetcher = Fetcher(settings, known)
    pool = ThreadPoolExecutor(max_workers=max(1, settings.workers))
    try:
        for outcome in pool.map(fetcher.run, jobs):
            yield from outcome.items
            for entry_outcome in pool.map(fetcher.run, outcome.entries):
                yield from entry_outcome.items
    finally:
        # A consumer that stops early (an interrupted run) must not wait for queued fetches.
        pool.shutdown(wait=True, cancel_futures=True)
        fetcher.close()


def fetch_feed_links(
    body: bytes, feed_url: str, source: Any, known: dict[str, dict],
    settings: FetchSettings | None = None,
) -> Iterator[RawDocument | InputFailure | Unchanged]:
    """Fetch the pages a feed already in hand links to, as if it had just been fetched.

    For feed bytes that did not come over the network this run (a stored feed, a test). The
    feed itself is yielded first, then its entries, with the source's network permission.
    """
    settings = settings or FetchSettings()
    fetcher = Fetcher(settings, known)
    allow = settings.allow_private_network or bool(source.allow_private_network)
    result = HttpResult(feed_url, feed_url, 200, {}, body)
    try:
        outcome = fetcher.feed_outcome(_Job(feed_url, source, True), feed_url, result, allow)
        yield from outcome.items
        for job in outcome.entries:
            yield from fetcher.run(job).items
    finally:
        fetcher.close()
