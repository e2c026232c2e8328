"""The publication date a web page states about itself, and where on the page it was found.

Order, most to least trustworthy (measured on the news corpus, where htmldate alone finds the
right day for 19 of 22 pages: it takes a crawl date in a header, a sidebar date, an update time):
1. structured data: JSON-LD `datePublished` (news pages put the original date there, and the
   last update in `dateModified`), then meta tags naming the publication (`article:published_time`,
   `itemprop=datePublished`, ...), first one in document order;
2. the byline under the headline: the first date written within a short stretch of text after the
   `<h1>` that carries the title ("Written: 2023-11-07 15:03:30", "13 Oct 2020 18:29");
3. htmldate with `original_date=True` (it also reads dates in the URL path).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from htmldate import find_date
from lxml.html import HtmlElement

from transforms.published import parse_published

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dcterms.issued",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "article.published",
)
_BYLINE_CHARS = 300
_TIME = r"(?:,?\s+(?:à\s+|um\s+|в\s+|о\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?"
_WORD = r"[^\W\d_]{3,12}\.?"  # a month name in any script; parse_published decides
_BYLINE_DATE = re.compile(
    rf"\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    rf"|\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s+{_WORD},?\s+\d{{4}}{_TIME}"
    rf"|{_WORD}\s+\d{{1,2}},?\s+\d{{4}}{_TIME}"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}{_TIME}",
    re.IGNORECASE,
)
_LABEL_CHARS = 25
# The word before a byline date that makes it the last update, not the publication (en, de, fr,
# es, ru, uk, ko): "Stand: 07.11.2023" on wdr.de is the update time, for instance.
_UPDATE_LABEL = re.compile(
    r"updated|modified|edited|aktualisiert|stand|mis à jour|modifié|actualizado|обновлено"
    r"|обновлен|оновлено|수정",
    re.IGNORECASE,
)
_ARTICLE_TYPES = (
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "webpage",
)


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except Exception:  # noqa: BLE001 - broken JSON-LD is common; the next source is tried
            continue
        yield from _flatten(data, depth=0)


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 5:
        return
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, dict):
            yield item
            yield from _flatten(item.get("@graph", []), depth + 1)


def _is_article(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def date_from_json_ld(tree: HtmlElement) -> str | None:
    """`datePublished` of the page's article object (any object's when no article is typed)."""
    candidates = [
        obj for obj in _json_ld_objects(tree) if isinstance(obj.get("datePublished"), str)
    ]
    articles = [obj for obj in candidates if _is_article(obj)]
    chosen = (articles or candidates or [None])[0]
    return chosen["datePublished"].strip() if chosen else None


def date_from_meta(tree: HtmlElement) -> str | None:
    """First publication-time meta tag or `itemprop=datePublished` element in document order."""
    for element in tree.iter("meta", "time", "span", "div", "abbr"):
        if element.tag == "meta":
            key = (
                element.get("property") or element.get("name") or element.get("itemprop") or ""
            ).lower()
            if key in _PUBLISHED_META and element.get("content"):
                return element.get("content").strip()
        elif (element.get("itemprop") or "").lower() == "datepublished":
            value = element.get("datetime") or element.get("content") or element.text_content()
            if value and value.strip():
                return value.strip()
    return None


def _headline(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    headlines = list(tree.iter("h1"))
    wanted = " ".join((title or "").split()).lower()
    for h1 in headlines:
        text = " ".join(h1.text_content().split()).lower()
        if text and wanted and (text in wanted or wanted in text):
            return h1
    return headlines[0] if len(headlines) == 1 else None


def _text_after(element: HtmlElement, limit: int) -> str:
    """Up to `limit` characters of the visible text that follows an element in document order."""
    pieces, size = [], 0
    for chunk in element.xpath("following::text()[not(ancestor::script) and not(ancestor::style)]"):
        if chunk.strip():
            pieces.append(chunk.strip())
            size += len(chunk)
        if size >= limit:
            break
    return " ".join(pieces)[:limit]


def date_from_byline(tree: HtmlElement, title: str | None) -> str | None:
    """The first date written just after the headline that is not labelled as an update.

    >>> from lxml.html import fromstring
    >>> byline = "<p>Updated: 2024-10-20 / Written: 2024-10-17</p>"
    >>> date_from_byline(fromstring(f"<div><h1>T</h1>{byline}</div>"), "T")
    '2024-10-17'
    """
    headline = _headline(tree, title)
    if headline is None:
        return None
    stretch = _text_after(headline, _BYLINE_CHARS)
    for match in _BYLINE_DATE.finditer(stretch):
        label = stretch[max(0, match.start() - _LABEL_CHARS) : match.start()]
        if _UPDATE_LABEL.search(label) is None and parse_published(match.group(0)).flag == "ok":
            return match.group(0)
    return None


def find_published(
    tree: HtmlElement, html: str, url: str | None, title: str | None, now: datetime | None = None
) -> tuple[str | None, str | None]:
    """(date string as found, how it was found) or (None, None); `now` bounds htmldate's search."""
    for how, finder in (("json-ld", date_from_json_ld), ("meta", date_from_meta)):
        value = finder(tree)
        if value and parse_published(value, now=now).flag == "ok":
            return value, how
    byline = date_from_byline(tree, title)
    if byline:
        return byline, "byline"
    latest = now or datetime(2100, 1, 1)
    try:
        found = find_date(html, url=url, original_date=True, extensive_search=True, max_date=latest)
    except Exception:  # noqa: BLE001 - htmldate on hostile markup: no date rather than no article
        found = None
    return (found, "htmldate") if found else (None, None)
