"""Score the conflict timeline against the hand-made gold timeline (issue 4's measure).

Runs the whole pipeline (`flows.pipeline.run_pipeline`) on
`../shared/corpora/conflict-news/articles.jsonl` into a temporary warehouse, then scores
`fct_conflict_timeline` against `gold-timeline.jsonl`:

- recall: a gold event is found when a row starts on the gold date at the gold's precision (the
  day; any day of the month, or the month, for a month-precision event), both of the row's actors
  are among the gold's actors, and the row's quantity equals the gold's where the gold states one;
- duplication: over gold events some row matches on date and actors, the mean number of rows that
  match each;
- date F1: the top-K days of `warehouse.timeline.rank_days` against the gold's day-precision
  dates, K the number of those dates.

Prints the table, timeline events per article and every miss with its reason.
`--check` exits 1 when a figure is worse than the pinned floor in `baseline.json` ("timeline");
`--update-baseline` pins the figures measured now.

    .venv/bin/python benchmarks/timeline_eval.py [--warehouse W.duckdb --reuse] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline_benchmark import date_f1, gate, run_pipeline_into

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO / ".." / "shared" / "corpora" / "conflict-news"
TARGETS = {"recall": 0.85, "duplication": 1.3, "date_f1": 0.75}


@dataclass(frozen=True)
class Gold:
    """One gold event: its date at its precision, its actors, and a quantity when stated."""

    id: str
    day: date
    precision: str
    actors: frozenset[str]
    quantity: float | None
    summary: str
    evidence_urls: tuple[str, ...]


def read_gold(path: Path) -> list[Gold]:
    """Gold lines -> records; a month-precision date `2024-08` becomes its first day."""
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            day = date.fromisoformat(raw["date"] + ("-01" if raw["precision"] == "month" else ""))
            quantity = float(raw["quantity"]) if raw.get("quantity") is not None else None
            events.append(
                Gold(
                    raw["id"],
                    day,
                    raw["precision"],
                    frozenset(raw["actors"]),
                    quantity,
                    raw["summary"],
                    tuple(raw.get("evidence_urls") or ()),
                )
            )
    return events


def on_gold_date(row: dict, gold: Gold) -> bool:
    """The row starts on the gold day, or inside the gold month for a month-precision event."""
    start = row["event_date"]
    if start is None:
        return False
    if gold.precision == "month":
        return (start.year, start.month) == (gold.day.year, gold.day.month)
    return start == gold.day


def actors_match(row: dict, gold: Gold) -> bool:
    """Both of the row's actors are gold actors (a row with one actor never matches)."""
    pair = (row["actor1"], row["actor2"])
    return None not in pair and all(actor in gold.actors for actor in pair)


def quantity_matches(row: dict, gold: Gold) -> bool:
    return gold.quantity is None or row["quantity"] == gold.quantity


def score(rows: list[dict], gold: list[Gold], top_days: list[date]) -> dict[str, float]:
    """Recall, duplication and top-K date F1 of timeline rows against the gold.

    >>> g = [Gold("g1", date(2024, 10, 18), "day", frozenset({"PRK", "RUS"}), 12000.0, "", ())]
    >>> r = [{"event_date": date(2024, 10, 18), "actor1": "RUS", "actor2": "PRK",
    ...       "quantity": 12000.0}]
    >>> score(r, g, [date(2024, 10, 18)])
    {'recall': 1.0, 'duplication': 1.0, 'date_f1': 1.0, 'found': 1, 'gold': 1, 'rows': 1}
    """
    found = [g for g in gold if any(_full_match(r, g) for r in rows)]
    matched_counts = [n for n in (_date_actor_matches(rows, g) for g in gold) if n]
    gold_days = {g.day for g in gold if g.precision == "day"}
    duplication = sum(matched_counts) / len(matched_counts) if matched_counts else 0.0
    return {
        "recall": round(len(found) / len(gold), 3) if gold else 0.0,
        "duplication": round(duplication, 3),
        "date_f1": date_f1(top_days[: len(gold_days)], gold_days),
        "found": len(found),
        "gold": len(gold),
        "rows": len(rows),
    }


def gold_as_rows(gold: list[Gold]) -> list[dict]:
    """The gold timeline itself as timeline rows (one per gold event, its first two actors), to
    show what duplication a perfect timeline scores: gold events sharing a day and actors match
    each other's rows.

    >>> g = Gold("g1", date(2024, 10, 18), "day", frozenset({"PRK", "RUS"}), None, "", ())
    >>> gold_as_rows([g, g])[0]["actor1"], score(gold_as_rows([g, g]), [g, g], [])["duplication"]
    ('PRK', 2.0)
    """
    rows = []
    for g in gold:
        actors = [*sorted(g.actors), None, None]
        rows.append(
            {"event_date": g.day, "actor1": actors[0], "actor2": actors[1], "quantity": g.quantity}
        )
    return rows


def _full_match(row: dict, gold: Gold) -> bool:
    return on_gold_date(row, gold) and actors_match(row, gold) and quantity_matches(row, gold)


def _date_actor_matches(rows: list[dict], gold: Gold) -> int:
    return sum(on_gold_date(r, gold) and actors_match(r, gold) for r in rows)


def open_results(warehouse: Path) -> tuple[list[dict], list[dict], list[date]]:
    """Timeline rows, event mentions (with their page url) and ranked days of a built warehouse."""
    import duckdb

    from warehouse.timeline import query_timeline, rank_days

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = query_timeline(con).to_dicts()
        mentions = (
            con.sql(
                "select doc_id, url, event_id, event_type, actor1, actor2, quantity, event_date,"
                " date_precision, date_source, sentence from fct_event_mentions"
            )
            .pl()
            .to_dicts()
        )
        days = rank_days(con)["day"].to_list()
    finally:
        con.close()
    return rows, mentions, days


def _top(counts: Counter, n: int) -> list[tuple[str, int]]:
    """The n most common keys, ties in key order (the same printout from every run)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def miss_reason(gold: Gold, rows: list[dict], mentions: list[dict]) -> str:
    """Why no row matched: which condition failed first, and what the evidence pages gave."""
    on_date = [r for r in rows if on_gold_date(r, gold)]
    with_actors = [r for r in on_date if actors_match(r, gold)]
    evidence = [m for m in mentions if m["url"] in gold.evidence_urls]
    if with_actors:
        quantities = sorted({r["quantity"] for r in with_actors}, key=lambda q: (q is None, q))
        return f"rows on date with actors, quantities {quantities} != {gold.quantity}; " + (
            _quantity_evidence(gold, evidence)
        )
    dated = [m for m in evidence if m["event_date"] and on_gold_date(m, gold)]
    if on_date:
        pairs = _top(Counter(f"{r['actor1']}-{r['actor2']}" for r in on_date), 4)
        prefix = f"{len(on_date)} rows on date, actors {pairs}"
    else:
        prefix = "no row on date"
    if not evidence:
        return f"{prefix}; evidence pages gave no event mention"
    if not dated:
        got = _top(Counter(str(m["event_date"]) for m in evidence), 4)
        return f"{prefix}; no evidence mention on the gold date (evidence dates {got})"
    pairs = _top(Counter(f"{m['actor1']}-{m['actor2']}" for m in dated), 3)
    return f"{prefix}; evidence mentions on date have actors {pairs}"


def _quantity_evidence(gold: Gold, evidence: list[dict]) -> str:
    stating = [m for m in evidence if m["quantity"] == gold.quantity]
    if not stating:
        return "no evidence mention carries that number"
    found = Counter(f"{m['event_date']} {m['actor1']}-{m['actor2']}" for m in stating)
    return f"evidence mentions with that number: {_top(found, 3)}"


def print_report(figures: dict, rows: list[dict], mentions: list[dict], gold: list[Gold]) -> None:
    print(f"\n{'figure':<12}{'value':>8}{'target':>9}")
    for name, target in TARGETS.items():
        print(f"{name:<12}{figures[name]:>8}{target:>9}")
    print(f"gold events found {figures['found']} of {figures['gold']}; rows {figures['rows']}")
    perfect = score(gold_as_rows(gold), gold, [])["duplication"]
    print(f"duplication of the gold timeline itself, one row per gold event: {perfect}")
    per_article = Counter(doc for r in rows for doc in r["doc_ids"])
    n_articles = len({m["doc_id"] for m in mentions}) or 1
    mean = sum(per_article.values()) / n_articles
    print(
        f"timeline events per article (articles with mentions: {n_articles}): "
        f"mean {mean:.2f}, max {max(per_article.values(), default=0)}"
    )
    print("\nmisses:")
    for g in gold:
        if not any(_full_match(r, g) for r in rows):
            print(
                f"  {g.id} {g.day} {g.precision} {sorted(g.actors)} q={g.quantity}: "
                f"{miss_reason(g, rows, mentions)}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, help="warehouse file (default: a temp file)")
    parser.add_argument("--reuse", action="store_true", help="score the warehouse as it is")
    parser.add_argument("--check", action="store_true", help="exit 1 below baseline.json")
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args(argv)
    if not (CORPUS / "articles.jsonl").exists():
        print(f"corpus not found at {CORPUS.resolve()}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = args.warehouse or Path(tmp) / "timeline_eval.duckdb"
        if not args.reuse:
            run_pipeline_into([CORPUS / "articles.jsonl"], warehouse)
        rows, mentions, days = open_results(warehouse)
    gold = read_gold(CORPUS / "gold-timeline.jsonl")
    figures = score(rows, gold, days)
    print_report(figures, rows, mentions, gold)
    return gate("timeline", figures, args.check, args.update_baseline)


if __name__ == "__main__":
    sys.exit(main())
