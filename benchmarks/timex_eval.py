"""Score the temporal tagger on TimeML gold (TimeBank + AQUAINT) against naive dateparser.

    .venv/bin/python benchmarks/timex_eval.py              # full table, all 256 documents
    .venv/bin/python benchmarks/timex_eval.py --gate       # also exit 1 below baseline floors
    .venv/bin/python benchmarks/timex_eval.py --limit 40   # quick look while developing

Both systems run in this process on the same documents: ours is `tag_timexes(text, dct, "en")`;
the naive one is `search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct})` with
each returned substring placed at its first occurrence after the previous one and its value
the day dateparser returns. Figures come from the reference scorer
(`../shared/tools/timex_score.py`), imported and also run as a command on the JSONL written
here; the two must agree. Floors live in `benchmarks/baseline.json` under "timex".
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import date, datetime
from pathlib import Path

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
GOLD = SHARED / "corpora" / "timeml" / "tbaq.jsonl"
SCORER = SHARED / "tools" / "timex_score.py"
BASELINE = REPO / "benchmarks" / "baseline.json"
FLOOR_KEYS = ("relaxed_f1", "strict_f1", "value_f1", "type_accuracy", "speed_ratio")
MAX_MEGABYTE_SECONDS = 2.0  # the ceiling for 1 MB of joined news text


def load_scorer():
    spec = importlib.util.spec_from_file_location("timex_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def part_of(doc: dict) -> str:
    return "AQUAINT" if "/AQUAINT/" in doc.get("source", "") else "TimeBank"


def run_ours(docs: list[dict]) -> tuple[list[dict], list[float]]:
    """Predictions and seconds per document."""
    predictions, seconds = [], []
    for doc in docs:
        started = time.process_time()
        anchor = Anchor(date.fromisoformat(doc["dct"]), "day", "jsonl")
        timexes = tag_timexes(doc["text"], anchor, "en")
        seconds.append(time.process_time() - started)
        predictions.append({"doc_id": doc["doc_id"], "timexes": [t.to_json() for t in timexes]})
    return predictions, seconds


def _naive_doc(doc: dict, search_dates) -> list[dict]:
    base = datetime.fromisoformat(doc["dct"])
    found = search_dates(doc["text"], languages=["en"], settings={"RELATIVE_BASE": base}) or []
    timexes, cursor = [], 0
    for substring, value in found:
        start = doc["text"].find(substring, cursor)
        if start < 0 or not substring.strip():
            continue
        cursor = start + len(substring)
        timexes.append({"start": start, "end": cursor, "text": substring, "type": "DATE",
                        "value": value.date().isoformat()})
    return timexes


def run_naive(docs: list[dict]) -> tuple[list[dict], list[float]]:
    """Naive predictions and seconds per document."""
    from dateparser.search import search_dates

    predictions, seconds = [], []
    for doc in docs:
        started = time.process_time()
        timexes = _naive_doc(doc, search_dates)
        seconds.append(time.process_time() - started)
        predictions.append({"doc_id": doc["doc_id"], "timexes": timexes})
    return predictions, seconds


def figures(scorer, gold: list[dict], predictions: list[dict]) -> dict:
    result = scorer.score(gold, predictions)
    return {"strict_f1": result["strict"]["f1"], "relaxed_p": result["relaxed"]["precision"],
            "relaxed_r": result["relaxed"]["recall"], "relaxed_f1": result["relaxed"]["f1"],
            "strict_p": result["strict"]["precision"], "strict_r": result["strict"]["recall"],
            "value_f1": result["value"]["f1"], "type_accuracy": result["type"]["accuracy"]}


def reference_cli(gold: list[dict], predictions: list[dict]) -> tuple[dict, str]:
    """Run the reference scorer as a command on JSONL files written here: figures and table."""
    with tempfile.TemporaryDirectory() as folder:
        gold_path, pred_path = Path(folder, "gold.jsonl"), Path(folder, "pred.jsonl")
        gold_path.write_text("".join(json.dumps(d) + "\n" for d in gold), encoding="utf-8")
        pred_path.write_text("".join(json.dumps(d) + "\n" for d in predictions), encoding="utf-8")
        command = [sys.executable, str(SCORER), str(gold_path), str(pred_path)]
        table = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        output = subprocess.run(command + ["--json"], capture_output=True, text=True,
                                check=True).stdout
    result = json.loads(output)
    figures = {"relaxed_f1": result["relaxed"]["f1"], "strict_f1": result["strict"]["f1"],
               "value_f1": result["value"]["f1"], "type_accuracy": result["type"]["accuracy"]}
    return figures, table


def megabyte_seconds(docs: list[dict]) -> tuple[int, float]:
    """Seconds to tag ~1 MB of corpus text joined into one document."""
    joined = "\n\n".join(d["text"] for d in docs)
    while len(joined) < 1_000_000:
        joined += "\n\n" + joined
    joined = joined[:1_000_000]
    started = time.process_time()
    tag_timexes(joined, Anchor(date(1998, 2, 13)), "en")
    return len(joined), time.process_time() - started


def row(name: str, f: dict, chars: int, seconds: float) -> str:
    return (f"{name:22s} {f['strict_p']:6.3f} {f['strict_r']:6.3f} {f['strict_f1']:6.3f} "
            f"{f['relaxed_p']:6.3f} {f['relaxed_r']:6.3f} {f['relaxed_f1']:6.3f} "
            f"{f['value_f1']:6.3f} {f['type_accuracy']:6.3f} {chars / max(seconds, 1e-9):>11,.0f}")


def print_table(scorer, gold, ours, naive, times) -> dict:
    header = (f"{'system [part]':22s} {'sP':>6s} {'sR':>6s} {'sF1':>6s} {'rP':>6s} {'rR':>6s} "
              f"{'rF1':>6s} {'valF1':>6s} {'typAcc':>6s} {'chars/s':>11s}")
    print(header)
    print("-" * len(header))
    overall = {}
    for part in ("all", "TimeBank", "AQUAINT"):
        keep = [i for i, d in enumerate(gold) if part == "all" or part_of(d) == part]
        if not keep:
            continue
        part_gold = [gold[i] for i in keep]
        part_chars = sum(len(d["text"]) for d in part_gold)
        for name, preds, seconds in (("ours", ours, times[0]), ("naive", naive, times[1])):
            f = figures(scorer, part_gold, [preds[i] for i in keep])
            print(row(f"{name} [{part}]", f, part_chars, sum(seconds[i] for i in keep)))
            if part == "all":
                overall[name] = f
        if part != "AQUAINT":
            print()
    return overall


def check_gate(summary: dict) -> list[str]:
    floors = json.loads(BASELINE.read_text(encoding="utf-8")).get("timex", {})
    failures = [f"{key} {summary[key]:.4f} below floor {floors[key]:.4f}"
                for key in FLOOR_KEYS if key in floors and summary[key] < floors[key]]
    ceiling = floors.get("megabyte_seconds_max", MAX_MEGABYTE_SECONDS)
    if summary["megabyte_seconds"] > ceiling:
        failures.append(f"1 MB took {summary['megabyte_seconds']:.2f} s, over {ceiling:.2f} s")
    return failures


def write_floors(summary: dict, margin: float) -> None:
    """Read-modify-write: only the "timex" section of baseline.json is replaced."""
    data = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    floors = {key: round(summary[key] - margin, 3) for key in FLOOR_KEYS}
    # Speed is noisy on a shared machine: the floor is the 5x, not today's figure.
    floors["speed_ratio"] = 5.0
    floors["megabyte_seconds_max"] = MAX_MEGABYTE_SECONDS
    data["timex"] = floors
    BASELINE.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N documents only")
    parser.add_argument("--gate", action="store_true", help="exit 1 below baseline floors")
    parser.add_argument("--write-baseline", action="store_true",
                        help="record current figures minus a margin as floors")
    parser.add_argument("--predictions", type=Path, help="also write our predictions (JSONL)")
    return parser.parse_args(argv)


def report_reference(gold: list[dict], ours: list[dict], overall: dict) -> bool:
    """Print the reference scorer's own table for our predictions; True when it agrees."""
    reference, table = reference_cli(gold, ours)
    agree = all(abs(reference[k] - overall[k]) < 1e-9 for k in reference)
    print("\nreference scorer (../shared/tools/timex_score.py) on the JSONL written for ours:")
    print(table.rstrip())
    print(f"-> {'agrees with' if agree else 'DISAGREES with'} the table above")
    return agree


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not GOLD.exists():
        print(f"gold not found: {GOLD}", file=sys.stderr)
        return 2
    warnings.filterwarnings("ignore")
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    gold = gold[: args.limit] if args.limit else gold
    scorer = load_scorer()
    tag_timexes("Warm-up: compile the patterns on Friday, 18 October 2024.", None, "en")
    ours, our_times = run_ours(gold)
    naive, naive_times = run_naive(gold)
    our_seconds, naive_seconds = sum(our_times), sum(naive_times)
    chars = sum(len(d["text"]) for d in gold)
    print(f"documents {len(gold)}  characters {chars:,}  gold timexes "
          f"{sum(len(d['timexes']) for d in gold)}  (s = strict, r = relaxed; "
          f"TempEval-3 definitions, reference scorer)\n")
    overall = print_table(scorer, gold, ours, naive, (our_times, naive_times))
    ratio = naive_seconds / max(our_seconds, 1e-9)
    print(f"\nspeed ratio ours/naive chars per second: {ratio:.1f}x  "
          f"(CPU seconds: ours {our_seconds:.2f}, naive {naive_seconds:.2f})")
    size, seconds = megabyte_seconds(gold)
    print(f"1 MB joined corpus text ({size:,} chars) in one call: {seconds:.2f} CPU s")
    agree = report_reference(gold, ours, overall["ours"])
    if args.predictions:
        args.predictions.write_text("".join(json.dumps(p) + "\n" for p in ours), encoding="utf-8")
    summary = {**overall["ours"], "speed_ratio": ratio, "megabyte_seconds": seconds}
    return finish(args, summary, agree)


def finish(args: argparse.Namespace, summary: dict, agree: bool) -> int:
    """Record floors when asked, apply the gate when asked; the exit status."""
    if args.write_baseline:
        write_floors(summary, margin=0.01)
    failures = check_gate(summary) if args.gate and BASELINE.exists() else []
    for failure in failures:
        print(f"GATE: {failure}", file=sys.stderr)
    if args.gate and not BASELINE.exists():
        print(f"GATE: no floors recorded in {BASELINE}", file=sys.stderr)
        return 1
    return 1 if failures or not agree else 0


if __name__ == "__main__":
    sys.exit(main())
