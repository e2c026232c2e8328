"""Speed of event-mention extraction (sentences, actors, places, quantities, claims, dating).

Tags the conflict-news dev pages' temporal expressions first (not timed: that is the temporal
tagger's cost, see timex_eval.py), then times `extract_event_mentions` over every page, over one
long document (the first 40 pages joined, eight times) and over one line of a million
characters without a full stop. Prints pages per second, characters per second and mentions.

    .venv/bin/python benchmarks/events_speed.py
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO / ".." / "shared" / "corpora" / "conflict-news" / "articles.jsonl"

from transforms.events.extract import extract_event_mentions  # noqa: E402
from transforms.records import Anchor  # noqa: E402
from transforms.timex.tagger import tag_timexes  # noqa: E402


def anchor_of(page: dict) -> Anchor | None:
    published = page.get("published")
    if not published:
        return None
    day = date.fromisoformat(published + ("-01" if len(published) == 7 else ""))
    return Anchor(day, page.get("published_precision") or "day", "jsonl")


def timed(label: str, docs: list[tuple[str, str, list, Anchor | None, str | None]]) -> None:
    start = time.perf_counter()
    mentions = sum(len(extract_event_mentions(*doc)) for doc in docs)
    elapsed = time.perf_counter() - start
    chars = sum(len(doc[1]) for doc in docs)
    rates = f"{chars / elapsed / 1000:7.0f} k chars/s {len(docs) / elapsed:7.1f} docs/s"
    print(
        f"{label:<34} {len(docs):>5} docs {chars:>9} chars {mentions:>6} mentions "
        f"{elapsed:7.2f} s {rates}"
    )


def main() -> int:
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}")
        return 1
    pages = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    docs = [
        (
            p["id"],
            p["text"],
            tag_timexes(p["text"], anchor_of(p), p["language"]),
            anchor_of(p),
            p["language"],
        )
        for p in pages
    ]
    extract_event_mentions("warm-up", "North Korea sent troops.", [], None, "en")
    for lang in sorted({d[4] for d in docs}):
        extract_event_mentions("warm-up", "x.", [], None, lang)  # lexicons load once per language
    timed("conflict-news pages", docs)
    long_text = " ".join(p["text"] for p in pages[:40]) * 8
    timed("one long document", [("long", long_text, [], None, "en")])
    line = "North Korea sent 1,000 troops to Russia on 8 October and " * 17_500
    timed("one line, no full stop", [("line", line, [], None, "en")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
