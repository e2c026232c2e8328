"""The tagger on real pages in each language (read from the shared corpora, never copied)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

CORPORA = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpora"
LANGUAGES = ["en", "uk", "ru", "de", "fr", "es", "it", "ko", "pt", "lv", "hr", "sr"]


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        pytest.skip(f"corpus not available: {path}")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _anchor(published: str | None, precision: str | None) -> Anchor | None:
    if not published or len(published) < 7:
        return None
    if len(published) >= 10 and precision in (None, "day"):
        return Anchor(date.fromisoformat(published[:10]), "day", "jsonl")
    return Anchor(date(int(published[:4]), int(published[5:7]), 1), "month", "jsonl")


def _check_consistent(text: str, anchor: Anchor | None, found: list) -> None:
    for timex in found:
        assert text[timex.start:timex.end] == timex.text
        if anchor is None:
            assert not (timex.needs_anchor and timex.is_resolved)
        if timex.precision == "day" and anchor is not None and timex.needs_anchor:
            # A relative day lands near its anchor, never years away.
            assert abs((timex.begin_date - anchor.value).days) <= 400


@pytest.mark.parametrize("lang", LANGUAGES)
def test_conflict_news_pages_yield_consistent_dates_in_each_language(lang):
    pages = [p for p in _lines(CORPORA / "conflict-news" / "articles.jsonl")
             if p.get("language") == lang]
    assert pages, f"no {lang} page in the corpus"
    named = 0
    for page in pages:
        anchor = _anchor(page.get("published"), page.get("published_precision"))
        found = tag_timexes(page["text"], anchor, lang)
        _check_consistent(page["text"], anchor, found)
        # Many pages carry no publication date: their months stay XXXX-MM, still found.
        named += sum(1 for t in found if re.match(r"(\d{4}|XXXX)-\d\d", t.value or ""))
    assert named > 0, f"no day or month found on the {len(pages)} {lang} pages"


# (language, value, precision, mod) each page of that language must yield, read against the
# anchor 2025-04-27 (the pages carry no publication date; the events are of April 2025).
MEASURED = [
    ("lv", "2024-10", "month", None),
    ("lv", "2024-08", "month", "START"),
    ("sr", "2024-08", "month", None),
    ("sr", "2025-04-26", "day", None),
    ("hr", "2025-04-26", "day", None),
    ("hr", "2025-04-27", "day", None),
    ("pt", "2024-10", "month", "END"),
]


@pytest.mark.parametrize("lang, value, precision, mod", MEASURED,
                         ids=[f"{c[0]}-{c[1]}-{c[3]}" for c in MEASURED])
def test_pages_in_latvian_serbian_croatian_portuguese_yield_their_dates(lang, value, precision,
                                                                        mod):
    pages = [p for p in _lines(CORPORA / "conflict-news" / "articles.jsonl")
             if p.get("language") == lang]
    assert pages, f"no {lang} page in the corpus"
    anchor = Anchor(date(2025, 4, 27), "day", "cli")
    found = {(t.value, t.precision, t.mod) for page in pages
             for t in tag_timexes(page["text"], anchor, lang)}
    assert (value, precision, mod) in found, found


def test_russian_news_relative_days_stay_near_their_publication_dates():
    articles = _lines(CORPORA / "news" / "articles.jsonl")
    near = far = 0
    for article in articles:
        anchor = _anchor(article.get("published"), "day")
        found = tag_timexes(article["text"], anchor, "ru")
        _check_consistent(article["text"], anchor, found)
        for timex in found:
            if timex.precision == "day" and anchor is not None and timex.needs_anchor:
                if abs((timex.begin_date - anchor.value).days) <= 62:
                    near += 1
                else:
                    far += 1
    assert near >= 60, (near, far)
    assert far <= near * 0.1, (near, far)
