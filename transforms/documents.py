"""RawDocument -> Article: pick the extractor by content, then title, url, language and date.

Publication date precedence (design note: no date is invented silently, each says its source):
declared metadata (jsonl / sidecar / feed) > the page's own metadata (html) > a date in the URL >
`default_published` (the CLI's `--published`, source "cli") > unknown. A declared month or year is
made precise by a day of it in the URL (source "url"). A declared date that is
invalid or implausible is kept in `published_raw` with its flag, is not replaced by a weaker
source, and anchors nothing; the article carries a warning about it.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from transforms.html import HtmlExtract, extract_html, looks_like_html
from transforms.ids import content_hash, doc_id_for
from transforms.language import detect_language
from transforms.published import Published, date_from_url, parse_published
from transforms.records import Article, DocumentError, RawDocument
from transforms.text import clean_text, decode_text, strip_markdown

KNOWN_FIELDS = {
    "id",
    "doc_id",
    "url",
    "title",
    "published",
    "dct",
    "lang",
    "language",
    "source",
    "text",
}
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}
_LANG_CODE = re.compile(r"([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def canonical_url(value: Any) -> str | None:
    """An http(s) URL in canonical form (lower-case scheme and host, no default port, no fragment).

    >>> canonical_url("HTTPS://Example.ORG:443/a?b=1#top"), canonical_url("javascript:alert(1)")
    ('https://example.org/a?b=1', None)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parts = urlsplit(value.strip())
        host = (parts.hostname or "").lower()
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    port = "" if port == _DEFAULT_PORTS[scheme] else port
    host = f"[{host}]" if ":" in host else host
    return urlunsplit((scheme, host + port, parts.path or "/", parts.query, ""))


def language_code(value: Any) -> str | None:
    """'en-GB' -> 'en'; None for anything that is not a language tag."""
    match = _LANG_CODE.fullmatch(value.strip()) if isinstance(value, str) else None
    return match.group(1).lower() if match else None


def _text(value: Any) -> str | None:
    return " ".join(clean_text(value).split()) or None if isinstance(value, str) else None


def _record_text(raw: RawDocument) -> str:
    """The `text` field of a JSON Lines record (the reader already checked it is a string)."""
    try:
        record = json.loads(raw.body)
    except Exception as exc:  # noqa: BLE001 - same policy as the reader: any failure is one error
        raise DocumentError("parse", f"not JSON: {str(exc)[:200]}") from exc
    text = record.get("text") if isinstance(record, dict) else None
    if not isinstance(text, str):
        raise DocumentError("parse", 'no text ("text" must be a string)')
    return text


def _declared_charset(raw: RawDocument) -> str | None:
    match = _CHARSET.search(raw.headers.get("content-type", raw.headers.get("Content-Type", "")))
    return match.group(1) if match else None


def _content(
    raw: RawDocument, url: str | None, now: datetime | None
) -> tuple[str, str, HtmlExtract | None]:
    """(text, encoding, HtmlExtract or None): HTML goes through trafilatura, the rest is text."""
    if raw.media_type == "application/json":
        text = _record_text(raw)
        if looks_like_html(text.encode("utf-8", "surrogatepass")):
            page = extract_html(text.encode("utf-8", "replace"), url, now=now)
            return page.text, "utf-8", page
        return clean_text(text), "utf-8", None
    if looks_like_html(raw.body):
        page = extract_html(raw.body, url, now=now)
        return page.text, page.encoding or "utf-8", page
    text, encoding = decode_text(raw.body, _declared_charset(raw))
    if looks_like_html(text[:4096].encode("utf-8")):  # UTF-16 pages show their tags only now
        page = extract_html(text.encode("utf-8"), url, now=now)
        return page.text, encoding, page
    if raw.media_type == "text/html" and raw.http_status is not None:
        # a local .html file of plain text is read as text; a fetched "page" without markup is
        # an error page, JSON or a file served with the wrong type
        raise DocumentError(
            "extract", f"not HTML: served as text/html but has no markup ({len(raw.body)} bytes)"
        )
    if raw.media_type == "text/markdown":
        text = strip_markdown(text)
    return text, encoding, None


def _declared_published(raw: RawDocument, now: datetime | None) -> tuple[Published, str] | None:
    for key in ("published", "dct"):
        value = raw.metadata.get(key)
        if value is None:
            continue
        text = (
            str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
        )
        published = parse_published(text if isinstance(text, str) else repr(text), now=now)
        return published, raw.metadata_sources.get(key, "jsonl")
    return None


def _declared_warnings(published: Published) -> list[str]:
    if published.flag == "ok":
        return []
    return [
        f"declared publication date {published.raw!r} is {published.flag}: {published.note};"
        " not used as anchor"
    ]


def day_within(
    declared: Published, candidate: str | None, now: datetime | None = None
) -> Published | None:
    """The candidate day when it lies inside a declared month or year: the same date, known more
    precisely (a page store's "2025-01" and the URL's /2025/01/13/). None otherwise: a candidate
    that contradicts the declared date never replaces it.

    >>> declared = parse_published("2025-01")
    >>> day_within(declared, "2025-01-13").published_date, day_within(declared, "2025-02-13")
    (datetime.date(2025, 1, 13), None)
    """
    if declared.flag != "ok" or declared.precision not in ("month", "year") or not candidate:
        return None
    day = parse_published(candidate, now=now)
    if day.flag != "ok" or day.precision != "day" or declared.published_date is None:
        return None
    period = 7 if declared.precision == "month" else 4  # "2025-01" / "2025"
    same = day.published_date.isoformat()[:period] == declared.published_date.isoformat()[:period]
    return day if same else None


def choose_published(
    raw: RawDocument,
    page: HtmlExtract | None,
    url: str | None,
    default_published: str | None,
    now: datetime | None,
) -> tuple[Published, str, list[str]]:
    """(Published, published_source, warnings) following the module's precedence."""
    declared = _declared_published(raw, now)
    if declared is not None:
        published, source = declared
        refined = day_within(published, date_from_url(url), now)
        if refined is not None:
            return refined, "url", []
        return published, source, _declared_warnings(published)
    warnings: list[str] = []
    candidates = (
        ("html", page.published if page else None),
        ("url", date_from_url(url)),  # only a web URL: a local folder named 2024/10/18 is no date
        ("cli", default_published),
    )
    for source, value in candidates:
        if not value:
            continue
        published = parse_published(value, now=now)
        if published.flag == "ok":
            return published, source, warnings
        warnings.append(f"{source} publication date {value!r} ignored: {published.note}")
    return Published(None, None, None, "missing", None), "unknown", warnings


def _language(
    raw: RawDocument, page: HtmlExtract | None, text: str, default_lang: str | None
) -> tuple[str | None, str | None]:
    declared = language_code(raw.metadata.get("lang")) or language_code(
        raw.metadata.get("language")
    )
    if declared or (page and page.language):
        return declared or page.language, "declared"
    if language_code(default_lang):
        return language_code(default_lang), "cli"
    detected = detect_language(text)
    return (detected, "detected") if detected else (None, None)


def _url(raw: RawDocument) -> tuple[str | None, list[str]]:
    """The declared http(s) URL, else the uri when it is one; a warning for other schemes."""
    declared = raw.metadata.get("url")
    url = canonical_url(declared) or canonical_url(raw.uri)
    refused = (
        [f"url {str(declared)[:200]!r} refused: only http(s) URLs are kept"]
        if declared and not canonical_url(declared)
        else []
    )
    return url, refused


def _published_fields(published: Published, source: str) -> dict[str, Any]:
    return {
        "published_at": published.published_at,
        "published_date": published.published_date,
        "published_precision": published.precision,
        "published_source": source,
        "published_raw": published.raw,
        "published_flag": published.flag,
    }


def extract_article(
    raw: RawDocument,
    *,
    default_published: str | None = None,
    default_lang: str | None = None,
    now: datetime | None = None,
) -> Article:
    """A RawDocument -> Article; DocumentError(stage, message) when there is no usable text.

    >>> raw = RawDocument("a.txt", "file:///a.txt", b"Troops arrived on Friday.", "text/plain",
    ...                   {"published": "2024-10-18"}, {"published": "sidecar"})
    >>> a = extract_article(raw, default_lang="en")
    >>> (a.text, a.published_date.isoformat(), a.published_source, a.language)
    ('Troops arrived on Friday.', '2024-10-18', 'sidecar', 'en')
    """
    if not raw.body.strip():
        raise DocumentError("extract", "empty document")
    url, warnings = _url(raw)
    text, encoding, page = _content(raw, url, now)
    if not text.strip():
        raise DocumentError("extract", "empty document: no text after decoding")
    url = url or (canonical_url(page.url) if page else None)
    published, source, date_warnings = choose_published(raw, page, url, default_published, now)
    language, language_source = _language(raw, page, text, default_lang)
    return Article(
        doc_id=doc_id_for(raw.uri),
        uri=raw.uri,
        content_hash=content_hash(raw.body),
        text=text,
        url=url,
        title=_text(raw.metadata.get("title")) or (page.title if page else None),
        language=language,
        language_source=language_source,
        **_published_fields(published, source),
        encoding=encoding,
        source_name=_text(raw.metadata.get("source")),
        extra={k: v for k, v in raw.metadata.items() if k not in KNOWN_FIELDS},
        warnings=warnings + date_warnings,
    )
