"""Throughput of the warehouse layer on synthetic documents, and what a re-run costs.

    .venv/bin/python benchmarks/warehouse_load.py [--docs 2000] [--batch 50]

Builds `--docs` documents of our own sentences (each with 4 timexes and 3 event mentions),
loads them batch by batch with `replace_documents` into a temporary DuckDB file, loads them all
again (idempotence: counts must not change), rebuilds the SQL models, runs the data tests and
publishes a snapshot. Prints seconds and rows per second for each step. Exit 1 when the second
load changes any count or an error-level data test fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from transforms.ids import content_hash, doc_id_for, stable_id  # noqa: E402
from warehouse.checks import failures, format_failure, run_checks  # noqa: E402
from warehouse.connection import connect  # noqa: E402
from warehouse.load import replace_documents  # noqa: E402
from warehouse.models import build_models  # noqa: E402
from warehouse.schema import ensure_schema  # noqa: E402
from warehouse.snapshot import publish_snapshot  # noqa: E402

ACTORS = ("PRK", "RUS", "UKR", "KOR", "USA")
TYPES = ("MOBILIZE", "ASSAULT", "CONSULT", "THREATEN")
SENTENCE = "On {day:%B} {day.day}, {n} soldiers from {a} moved towards the border of {b}. "


def document_rows(i: int) -> dict[str, list[dict]]:
    """One synthetic document and its derived rows."""
    day = date(2024, 1, 1) + timedelta(days=i % 300)
    a, b = ACTORS[i % 5], ACTORS[(i + 1) % 5]
    text = "".join(SENTENCE.format(day=day, n=100 + k, a=a, b=b) for k in range(4))
    uri, body = f"file:///bench/{i}.txt", text.encode()
    doc_id, digest = doc_id_for(uri), content_hash(body)
    published = {
        "published_date": day,
        "published_precision": "day",
        "published_flag": "ok",
        "published_source": "sidecar",
    }
    return {
        "documents": [
            {
                "doc_id": doc_id,
                "uri": uri,
                "source": "bench",
                "media_type": "text/plain",
                "content_hash": digest,
                "body": body,
                "fetched_at": datetime(2024, 10, 18, tzinfo=UTC),
            }
        ],
        "articles": [
            {
                "doc_id": doc_id,
                "uri": uri,
                "content_hash": digest,
                "text": text,
                "text_chars": len(text),
                "url": f"https://site{i % 7}.example/{i}",
                "language": "en",
                **published,
            }
        ],
        "timexes": [timex_row(doc_id, k, text, day) for k in range(4)],
        "event_mentions": [
            {
                "mention_id": stable_id("m", doc_id, k),
                "doc_id": doc_id,
                "sentence_index": k,
                "event_type": TYPES[(i + k) % 4],
                "actor1": a,
                "actor2": b,
                "status": "occurred",
                "event_date": day,
                "event_end_date": day,
                "date_precision": "day",
                "date_source": "timex",
                "quantity": 100.0 + k,
                "quantity_unit": "soldiers",
            }
            for k in range(3)
        ],
    }


def timex_row(doc_id: str, k: int, text: str, day: date) -> dict:
    phrase = f"{day:%B} {day.day}"
    start = text.index(phrase) + k * len(text) // 4
    start = text.index(phrase, start)
    return {
        "doc_id": doc_id,
        "timex_index": k,
        "start": start,
        "end": start + len(phrase),
        "text": phrase,
        "type": "DATE",
        "value": day.isoformat(),
        "begin_date": day,
        "end_date": day,
        "precision": "day",
        "is_resolved": True,
    }


def batches(n_docs: int, size: int):
    for first in range(0, n_docs, size):
        docs = [document_rows(i) for i in range(first, min(first + size, n_docs))]
        yield {name: [row for doc in docs for row in doc[name]] for name in docs[0]}


def counts(con) -> dict[str, int]:
    names = ("documents", "articles", "timexes", "event_mentions")
    return {n: con.execute(f"select count(*) from raw.{n}").fetchall()[0][0] for n in names}


def timed_load(con, n_docs: int, size: int) -> float:
    started = time.perf_counter()
    for i, batch in enumerate(batches(n_docs, size)):
        replace_documents(con, batch, batch=f"bench-{i}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        con = connect(Path(folder) / "bench.duckdb")
        ensure_schema(con)
        first = timed_load(con, args.docs, args.batch)
        loaded = counts(con)
        second = timed_load(con, args.docs, args.batch)
        reloaded = counts(con)
        rows = sum(loaded.values())
        print(f"documents: {args.docs}, batch size {args.batch}, rows per load: {rows}")
        print(
            f"first load:  {first:7.2f} s  {args.docs / first:8.0f} docs/s  "
            f"{rows / first:9.0f} rows/s"
        )
        print(
            f"second load: {second:7.2f} s  {args.docs / second:8.0f} docs/s  (replaces every row)"
        )
        print(f"counts after first load  {loaded}")
        print(
            f"counts after second load {reloaded}  ({'same' if loaded == reloaded else 'CHANGED'})"
        )
        started = time.perf_counter()
        built = build_models(con)
        print(f"build {len(built)} models: {time.perf_counter() - started:6.2f} s")
        started = time.perf_counter()
        results = run_checks(con)
        print(f"run {len(results)} data tests: {time.perf_counter() - started:6.2f} s")
        for result in failures(results):
            print(format_failure(result))
        for version in ("v1.0.0", None):
            started = time.perf_counter()
            snapshot = publish_snapshot(con, Path(folder) / "s.duckdb", storage_version=version)
            size_mb = snapshot.stat().st_size / 1e6
            print(
                f"publish snapshot ({version or 'byte copy'}): "
                f"{time.perf_counter() - started:6.2f} s  ({size_mb:.1f} MB)"
            )
        con.close()
    failed = any(r.fails_run for r in results)
    return 1 if loaded != reloaded or failed else 0


if __name__ == "__main__":
    sys.exit(main())
