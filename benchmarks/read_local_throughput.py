"""read_local on many small files and one large JSON Lines file: rate and peak memory.

Shows that reading streams (memory does not grow with the number of inputs). Builds its inputs in
a temporary folder, then prints files/s, lines/s and the peak Python allocation while reading.

    .venv/bin/python benchmarks/read_local_throughput.py [--files 100000] [--lines 100000]
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

from flows.read import ReadCounts, read_local
from transforms.records import RawDocument

META = {"published": "2024-10-18", "lang": "en"}
SENTENCE = "Troops arrived in the border region on Friday, officials said, and more were expected. "


def build(folder: Path, files: int, lines: int) -> None:
    """`files` small text files in 100 sub-folders (every tenth with a sidecar), one JSONL file."""
    for index in range(files):
        sub = folder / f"batch{index % 100:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{index:06d}.txt").write_text(SENTENCE * 5)
        if index % 10 == 0:
            (sub / f"doc{index:06d}.meta.json").write_text(json.dumps(META))
    with open(folder / "posts.jsonl", "w") as handle:
        for index in range(lines):
            handle.write(json.dumps({"id": index, "text": SENTENCE * 5, **META}) + "\n")


def measure(folder: Path) -> tuple[int, int, float, int]:
    """Timed pass first, then a traced pass (tracemalloc slows reading several times over)."""
    counts = ReadCounts()
    started = time.perf_counter()
    items = read_local([str(folder)], counts=counts)
    documents = sum(isinstance(item, RawDocument) for item in items)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    for _ in read_local([str(folder)]):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return documents, counts.lines, elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--lines", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp), args.files, args.lines)
        documents, lines, elapsed, peak = measure(Path(tmp))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"inputs: {args.files} files (+{args.files // 10} sidecars) and {args.lines} JSON lines")
    rate = documents / elapsed
    print(f"documents read: {documents} in {elapsed:.2f} s = {rate:,.0f} documents/s")
    print(f"peak traced allocation while reading: {peak / 1e6:.1f} MB; max RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
