"""HTML bytes -> main text, title, publication date and declared language of a web page.

trafilatura extracts the main text and title (boilerplate removed); `transforms.html_dates` finds
the publication date. Faults that libraries hide are made loud here: lxml silently drops every
element nested deeper than 255 (trafilatura then returns nothing, no exception: reliability.md
C1), so the parse is checked for that first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

import lxml.html
import trafilatura
from lxml.html import HtmlElement

from transforms.html_dates import find_published
from transforms.records import DocumentError
from transforms.text import decode_text

# trafilatura takes about 0.4 ms per element and 2.5 s per million characters of text; the news
# corpus pages have at most 1,452 elements and 50,000 visible characters. The caps bound the
# time of one page (C3) far above any article.
MAX_ELEMENTS = 50_000
MAX_TEXT_CHARS = 1_000_000  # visible text: inline scripts (often megabytes of JSON) do not count
_VISIBLE_TEXT = "//text()[not(ancestor::script or ancestor::style)]"
_SNIFF_BYTES = 4096
_HTML_MARKERS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]|<meta\s|<article[\s>]"
    rb"|<div[\s>]|<p[\s>]|<h1[\s>]",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_LANG = re.compile(r"([a-zA-Z]{2,3})(?:[-_]|$)")


@dataclass(frozen=True)
class HtmlExtract:
    """What a page says about itself: main text, title, publication date (as written) and language.

    `published_how` names where the date was found: json-ld | meta | byline | htmldate.
    """

    text: str
    title: str | None
    published: str | None
    published_how: str | None
    language: str | None
    url: str | None = None
    encoding: str | None = None


def looks_like_html(body: bytes) -> bool:
    """True when the first bytes carry HTML markup.

    >>> looks_like_html(b"<!DOCTYPE html><p>x"), looks_like_html(b"%PDF-1.7")
    (True, False)
    """
    head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and _HTML_MARKERS.search(head) is not None


def declared_charset(body: bytes) -> str | None:
    """The charset a page declares in its first bytes (`<meta charset>` or http-equiv)."""
    match = _META_CHARSET.search(body[:_SNIFF_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def _parse(html: str) -> HtmlElement:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except Exception as exc:  # noqa: BLE001 - lxml raises ParserError/ValueError on empty or odd input
        raise DocumentError("extract", f"not HTML: lxml could not parse it ({exc})") from exc
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise DocumentError(
            "extract", "nesting deeper than 255 elements: the parser would silently drop text"
        )
    size = sum(1 for _ in tree.iter())
    if size > MAX_ELEMENTS:
        raise DocumentError("extract", f"too many elements ({size} > {MAX_ELEMENTS})")
    chars = sum(len(chunk) for chunk in tree.xpath(_VISIBLE_TEXT))
    if chars > MAX_TEXT_CHARS:
        raise DocumentError("extract", f"too much text for one page ({chars} > {MAX_TEXT_CHARS})")
    return tree


def declared_language(tree: HtmlElement) -> str | None:
    """Primary subtag of `<html lang>`, content-language or og:locale ('en-GB' -> 'en')."""
    candidates = [tree.get("lang"), tree.get("xml:lang")]
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        match = _LANG.match((value or "").strip())
        if match:
            return match.group(1).lower()
    return None


def canonical_link(tree: HtmlElement, url: str | None) -> str | None:
    """The page's canonical URL (`<link rel=canonical>`, else og:url), absolute against `url`."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return urljoin(url or "", link.get("href").strip())
    for meta in tree.iter("meta"):
        if (meta.get("property") or "").lower() == "og:url" and meta.get("content"):
            return urljoin(url or "", meta.get("content").strip())
    return None


def page_title(tree: HtmlElement) -> str | None:
    """og:title / twitter:title, else the page's only <h1>, else <title> (whitespace collapsed).

    Read here rather than with trafilatura's metadata pass, which also hunts authors, sitenames
    and dates: a third of its time on large pages, for fields we do not keep.
    """
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:title", "twitter:title") and (meta.get("content") or "").strip():
            return " ".join(meta.get("content").split())
    headlines = [" ".join(h1.text_content().split()) for h1 in tree.iter("h1")]
    headlines = [headline for headline in headlines if headline]
    if len(headlines) == 1:
        return headlines[0]
    title = tree.find(".//title")
    return " ".join(title.text_content().split()) or None if title is not None else None


def _main_text(html: str, url: str | None, title: str | None) -> str:
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=False, include_comments=False, include_tables=True
    )
    text = _without_leading_title(_tidy(getattr(document, "text", None) or ""), title)
    if not text:
        raise DocumentError(
            "extract", "no main text: nothing readable outside scripts and boilerplate"
        )
    return text


def _tidy(text: str) -> str:
    """Strip each line and drop empty ones (trafilatura keeps indentation-only lines)."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _without_leading_title(text: str, title: str | None, within: int = 5) -> str:
    """Start the text after the headline when it shows up among the first lines (with kickers,
    comment counts and section names before it, as trafilatura keeps them).

    >>> _without_leading_title("- 5 comments\\nHeadline\\nFirst sentence.", "Headline")
    'First sentence.'
    """
    if not title:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines[:within]):
        if line.strip().lower() == title.lower() and index + 1 < len(lines):
            return "\n".join(lines[index + 1 :])
    return text


def extract_html(
    body: bytes, url: str | None = None, *, now: datetime | None = None
) -> HtmlExtract:
    """HTML bytes -> HtmlExtract; DocumentError("extract", ...) when there is no page or no text.

    >>> page = b"<html lang='en'><head><title>T</title></head><body><article><h1>T</h1>"
    >>> page += b"<p>" + b"Troops arrived in Kursk on Friday, officials said. " * 4
    >>> page += b"</p></article></body></html>"
    >>> extract_html(page).text[:32], extract_html(page).language
    ('Troops arrived in Kursk on Frida', 'en')
    """
    if not looks_like_html(body):
        raise DocumentError("extract", "not HTML: no markup in the first bytes")
    html, encoding = decode_text(body, declared_charset(body))
    tree = _parse(html)
    title = page_title(tree)
    text = _main_text(html, url, title)
    published, how = find_published(tree, html, url, title, now)
    return HtmlExtract(
        text, title, published, how, declared_language(tree), canonical_link(tree, url), encoding
    )
