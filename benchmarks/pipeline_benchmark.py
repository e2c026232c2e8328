"""What the two date-selection benchmarks share: running the real pipeline into a warehouse,
date-selection F1, and the gate against the floors pinned in `baseline.json`."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # flows, warehouse from the checkout
BASELINE = Path(__file__).resolve().parent / "baseline.json"
LOWER_IS_BETTER = {"duplication"}


def date_f1(selected: list[date], gold_days: set[date]) -> float:
    """F1 of selected days against gold days.

    >>> date_f1([date(2024, 1, 1), date(2024, 1, 2)], {date(2024, 1, 1), date(2024, 1, 3)})
    0.5
    """
    hits = len(set(selected) & gold_days)
    if not hits:
        return 0.0
    precision, recall = hits / len(set(selected)), hits / len(gold_days)
    return round(2 * precision * recall / (precision + recall), 3)


def run_pipeline_into(inputs: list[Path], warehouse: Path) -> None:
    """The real pipeline flow (Prefect, quiet) on the inputs, into `warehouse`."""
    os.environ.update(
        PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1", PREFECT_LOGGING_LEVEL="WARNING"
    )
    # the ephemeral API server starts slowly on a busy shared machine (default wait 20 s)
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from flows.pipeline import run_pipeline

    summary = run_pipeline([str(p) for p in inputs], warehouse=str(warehouse))
    print(
        f"pipeline: {summary.status}; {summary.articles_loaded} articles, "
        f"{summary.events_found} event mentions, {summary.errors} errors "
        f"in {summary.seconds:.0f} s"
    )
    for check in summary.failed_checks("error") + summary.failed_checks("warn"):
        print(f"  data test {check.severity}: {check.name} ({check.failing_rows} rows)")


def gate(section: str, figures: dict, check: bool, update: bool) -> int:
    """Compare with (or pin) one section of baseline.json; 1 when a figure is worse.

    A pinned `name` is a floor; `name_max` is a ceiling (for figures where lower is better).
    """
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    pinned = baseline.get(section, {})
    worse = [key for key, limit in pinned.items() if _is_worse(key, limit, figures)]
    if update:
        baseline[section] = {
            f"{k}_max" if k in LOWER_IS_BETTER else k: v
            for k, v in figures.items()
            if isinstance(v, float)
        }
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
        print(f"pinned {section} in {BASELINE.name}: {baseline[section]}")
    if check and worse:
        print(f"WORSE than baseline.json[{section}]: {worse} (pinned {pinned})")
        return 1
    return 0


def _is_worse(key: str, limit: float, figures: dict) -> bool:
    name = key.removesuffix("_max")
    if name not in figures:
        return False
    return figures[name] > limit if key.endswith("_max") else figures[name] < limit
