"""Date-selection F1 on news timeline summarization corpora (Timeline17, ../shared/corpora/tls).

For each topic: the whole pipeline on its `articles.jsonl` into a temporary warehouse, then the
top-K days of `warehouse.timeline.rank_days` (K = the number of distinct gold dates) against the
journalists' dates in `timeline.jsonl`. The same ranking rule as `datelines timeline --top K`, with
no setting per topic. For comparison it also prints the day-by-article-count ranking of the same
articles (the published baseline: 0.471 iraq-guardian, 0.000 syria-bbc). The published
Timeline17 figures (Ghalandari & Ifrim 2020, news-tls `experiments/evaluate.py`) were measured
with each system's input clipped to the gold timeline's first..last date; that figure is printed
too, for comparison only: targets and `--check` use the whole corpus.

    .venv/bin/python benchmarks/tls_eval.py [--topic iraq-guardian] [--limit 60] [--check]

`--limit N` keeps the first N articles of each topic, for a quick look while developing (the
figures are then not comparable with the targets). `--check` exits 1 when a topic's F1 is
below its floor in `baseline.json` ("tls"); `--update-baseline` pins the figures measured now
(only from full runs).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

from pipeline_benchmark import date_f1, gate, run_pipeline_into

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / ".." / "shared" / "corpora" / "tls"
TARGETS = {"iraq-guardian": 0.60, "syria-bbc": 0.40}


def gold_days(topic_dir: Path) -> set[date]:
    """The distinct dates of a topic's gold timeline."""
    lines = (topic_dir / "timeline.jsonl").read_text(encoding="utf-8").splitlines()
    return {date.fromisoformat(json.loads(line)["date"]) for line in lines if line.strip()}


def first_articles(topic_dir: Path, limit: int | None, tmp: Path) -> Path:
    """The topic's articles file, or a temporary copy of its first `limit` lines."""
    source = topic_dir / "articles.jsonl"
    if limit is None:
        return source
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)[:limit]
    target = tmp / f"{topic_dir.name}-first-{limit}.jsonl"
    target.write_text("".join(lines), encoding="utf-8")
    return target


def ranked_days(
    warehouse: Path, span: tuple[date, date] | None = None
) -> tuple[list[date], list[date]]:
    """Days ranked by the timeline rule, and days ranked by article count (the baseline); with
    `span`, only days inside it (`datelines timeline --since --until`)."""
    import duckdb

    from warehouse.timeline import rank_days

    since, until = span or (None, None)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        by_attestation = rank_days(con, since=since, until=until)["day"].to_list()
        published = con.sql("select published_date from stg_articles").fetchall()
    finally:
        con.close()
    counts = Counter(
        day
        for (day,) in published
        if day is not None and (span is None or since <= day <= until)
    )
    by_count = [day for day, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return by_attestation, by_count


SIGNALS = (
    "n_sources_dating_events_in_text",
    "n_sources_dating_events_by_publication",
    "n_sources_naming_day",
    "n_sources_published",
)


def signal_f1s(warehouse: Path, gold: set[date]) -> dict[str, float]:
    """Date F1 of each attestation signal of `fct_daily_attestation` used alone (ties: earlier
    day first): how much each one carries of what the combined ranking finds."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        days = con.sql("select * from fct_daily_attestation").pl()
    finally:
        con.close()
    ranked = {
        signal: days.sort([signal, "attested_date"], descending=[True, False])["attested_date"]
        for signal in SIGNALS
    }
    return {signal: date_f1(ranked[signal].head(len(gold)).to_list(), gold) for signal in SIGNALS}


def evaluate_topic(
    topic_dir: Path, limit: int | None, tmp: Path, reuse: bool = False
) -> dict[str, float]:
    """Run the pipeline on one topic and score both rankings; prints the topic's lines."""
    warehouse = tmp / f"{topic_dir.name}.duckdb"
    if not reuse:
        run_pipeline_into([first_articles(topic_dir, limit, tmp)], warehouse)
    gold = gold_days(topic_dir)
    by_attestation, by_count = ranked_days(warehouse)
    k = len(gold)
    chosen = by_attestation[:k]
    figures = {"f1": date_f1(chosen, gold), "article_count_f1": date_f1(by_count[:k], gold)}
    print(
        f"{topic_dir.name}: K={k}, days ranked {len(by_attestation)}, "
        f"F1 {figures['f1']} (article count {figures['article_count_f1']}), "
        f"target {TARGETS.get(topic_dir.name)}"
    )
    print(f"  hits {sorted(str(d) for d in set(chosen) & gold)}")
    missed = sorted(str(d) for d in gold - set(chosen))
    print(f"  missed gold {len(missed)}, e.g. {missed[:8]}")
    alone = ", ".join(f"{name} {f1}" for name, f1 in signal_f1s(warehouse, gold).items())
    print(f"  each signal alone: {alone}")
    clipped, clipped_by_count = ranked_days(warehouse, (min(gold), max(gold)))
    print(
        f"  as the published figures were measured (days clipped to the gold timeline's span, "
        f"{min(gold)}..{max(gold)}): F1 {date_f1(clipped[:k], gold)} "
        f"(article count {date_f1(clipped_by_count[:k], gold)})"
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topic", action="append", help="topic folder name (default: all)")
    parser.add_argument("--limit", type=int, help="first N articles per topic only")
    parser.add_argument("--workdir", type=Path, help="keep the warehouses here (default: temp)")
    parser.add_argument("--reuse", action="store_true", help="score the workdir's warehouses")
    parser.add_argument("--check", action="store_true", help="exit 1 below baseline.json")
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"corpus not found at {CORPORA.resolve()}", file=sys.stderr)
        return 2
    topics = args.topic or sorted(p.name for p in CORPORA.iterdir() if p.is_dir())
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for topic in topics:
            result = evaluate_topic(CORPORA / topic, args.limit, workdir, args.reuse)
            figures[f"{topic}_f1"] = result["f1"]
    update = args.update_baseline and args.limit is None
    return gate("tls", figures, args.check, update)


if __name__ == "__main__":
    sys.exit(main())
