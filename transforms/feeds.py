"""RSS and Atom feeds: bytes in, entries (link, title, dates, summary) out, with feedparser.

feedparser is only ever given `io.BytesIO(body)`: given bytes or a string it may read a local
file whose path equals the body, or fetch a URL with its own client (reliability.md D5).
"""

from __future__ import annotations

import calendar
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urldefrag, urljoin

import feedparser

# Media types the fetcher gives a stored feed: kept raw, never extracted as an article.
FEED_MEDIA_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


def is_feed_document(media_type: str | None) -> bool:
    """Whether a stored document is a feed (its entries became their own documents).

    >>> is_feed_document("application/atom+xml"), is_feed_document("text/html")
    (True, False)
    """
    return media_type in FEED_MEDIA_TYPES


@dataclass(frozen=True)
class FeedEntry:
    """One feed item: the page it links to and what the feed says about it.

    `published` is the date string exactly as the feed wrote it (kept even when unparseable);
    `published_at` is feedparser's reading of it in UTC, or None.
    """

    link: str
    title: str | None = None
    published: str | None = None
    published_at: datetime | None = None
    guid: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its version (`rss20`, `atom10`, ...), title, language and entries."""

    version: str
    media_type: str
    title: str | None = None
    link: str | None = None
    language: str | None = None
    entries: list[FeedEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _parse(body: bytes) -> feedparser.FeedParserDict:
    # Without a content type feedparser flags every feed as malformed ("no Content-type").
    # No content-location: links are joined here, and guids must stay as the feed wrote them.
    headers = {"content-type": "application/xml"}
    return feedparser.parse(io.BytesIO(body), response_headers=headers)


def looks_like_feed(body: bytes) -> bool:
    """Whether the bytes are an RSS/Atom feed (judged by content, never by URL or header).

    >>> looks_like_feed(b'<rss version="2.0"><channel><title>t</title></channel></rss>')
    True
    >>> looks_like_feed(b"<html><body><p>Hello</p></body></html>")
    False
    """
    if not body.strip():
        return False
    parsed = _parse(body)
    return bool(parsed.get("version")) or bool(parsed.entries)


def _media_type(version: str) -> str:
    if version.startswith("atom"):
        return "application/atom+xml"
    if version.startswith("rss09") or version == "rss10":
        return "application/rdf+xml"
    return "application/rss+xml"


def _utc(struct) -> datetime | None:
    if struct is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _entry(raw: feedparser.FeedParserDict, base_url: str | None) -> FeedEntry | None:
    link = (raw.get("link") or "").strip()
    if not link:
        return None
    link = urldefrag(urljoin(base_url or "", link)).url
    dated = "published" if raw.get("published") else "updated"
    return FeedEntry(
        link=link,
        title=raw.get("title") or None,
        published=raw.get(dated) or None,
        published_at=_utc(raw.get(f"{dated}_parsed")),
        guid=raw.get("id") or None,
        summary=raw.get("summary") or None,
    )


def _entries(raw_entries: list, base_url: str | None,
             max_entries: int | None) -> tuple[list[FeedEntry], list[str]]:
    """Entries with a link, first occurrence of each link only, capped; warnings for the cap."""
    entries, seen, warnings = [], set(), []
    for raw in raw_entries:
        entry = _entry(raw, base_url)
        if entry is None or entry.link in seen:
            continue
        seen.add(entry.link)
        entries.append(entry)
    if max_entries is not None and len(entries) > max_entries:
        warnings.append(f"{len(entries)} entries, only the first {max_entries} kept")
        entries = entries[:max_entries]
    return entries, warnings


def parse_feed(body: bytes, base_url: str | None = None, *, max_entries: int | None = None) -> Feed:
    """Parse feed bytes into a Feed; relative links resolved against `base_url`, deduplicated.

    Raises ValueError("not a feed: ...") when the bytes are not a feed at all (an HTML page or
    an empty body parses without error in feedparser, so version and entries decide).
    A malformed feed that still yields entries is kept, with the parser's complaint in
    `warnings`.

    >>> feed = parse_feed(b'<rss version="2.0"><channel><item><title>A</title>'
    ...                   b'<link>/a</link></item></channel></rss>', "https://example.org/feed")
    >>> (feed.version, feed.entries[0].link)
    ('rss20', 'https://example.org/a')
    """
    if not body.strip():
        raise ValueError("not a feed: empty body")
    parsed = _parse(body)
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no feed version and no entries"
        raise ValueError(f"not a feed: {reason}")
    entries, warnings = _entries(parsed.entries, base_url, max_entries)
    if parsed.get("bozo"):
        warnings.append(f"malformed feed, read leniently: {parsed.get('bozo_exception')}")
    meta = parsed.get("feed", {})
    return Feed(
        version=version or "unknown",
        media_type=_media_type(version),
        title=meta.get("title") or None,
        link=meta.get("link") or None,
        language=meta.get("language") or None,
        entries=entries,
        warnings=warnings,
    )
