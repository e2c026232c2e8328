"""Publication dates and main text of the news corpus pages: the figures of issue 5.

Prints, for `../shared/corpora/news/manifest.jsonl`: how many pages got a publication date, how
many of those equal the manifest's calendar day (in the zone the manifest timestamp carries),
where the dates were found, and extraction time per page.

    .venv/bin/python benchmarks/html_extract_eval.py [--verbose]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from transforms.html import extract_html
from transforms.published import parse_published

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "news"


def evaluate(verbose: bool) -> int:
    """Print the figures; exit status 1 when the day match falls under 95%."""
    lines = (CORPUS / "manifest.jsonl").read_text().splitlines()
    entries = [json.loads(line) for line in lines if line]
    dated = matched = found = 0
    hows: Counter[str] = Counter()
    timings = []
    for entry in entries:
        body = (CORPUS / entry["file"]).read_bytes()
        started = time.perf_counter()
        extract = extract_html(body, entry["url"])
        timings.append(time.perf_counter() - started)
        want = parse_published(entry.get("published")).published_date
        got = parse_published(extract.published).published_date if extract.published else None
        dated += want is not None
        found += want is not None and got is not None
        matched += want is not None and got == want
        hows[extract.published_how or "none"] += 1
        if verbose or got != want:
            mark = "ok  " if got == want else "MISS"
            print(
                f"{mark} {entry['site']:<28} want {want} got {got} ({extract.published_how}) "
                f"| {extract.text[:60]!r}"
            )
    share = matched / dated if dated else 0.0
    print(f"pages: {len(entries)}; with a manifest date: {dated}")
    print(
        f"date found: {found}/{dated}; same calendar day as the manifest: {matched}/{dated}"
        f" = {share:.1%}"
    )
    print("found by: " + ", ".join(f"{how} {n}" for how, n in hows.most_common()))
    print(
        f"extraction time per page: median {statistics.median(timings) * 1000:.0f} ms, "
        f"max {max(timings) * 1000:.0f} ms, total {sum(timings):.2f} s"
    )
    return 0 if share >= 0.95 else 1


if __name__ == "__main__":
    if not (CORPUS / "manifest.jsonl").is_file():
        sys.exit(f"news corpus not found at {CORPUS}")
    sys.exit(evaluate("--verbose" in sys.argv))
