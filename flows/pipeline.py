"""Flow `pipeline`: sources -> raw documents -> articles -> timexes -> event mentions -> models.

What `datelines run` and every scheduled deployment call. One writer connection for the whole
run; one transaction per batch, so a crash leaves whole documents only.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb
from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from flows import tasks
from flows.inputs import InputRequest, batched, iter_inputs, split_inputs
from transforms.ids import content_hash, doc_id_for
from transforms.process import BatchFrames, ProcessOptions, error_row
from transforms.records import RawDocument
from warehouse import fetch_state, load, runs
from warehouse.connection import connect
from warehouse.schema import ensure_schema


@dataclass
class RunSummary:
    """What a run did, for the one-screen summary and the `pipeline_runs` row."""

    run_id: str
    started_at: datetime
    inputs_read: int = 0
    articles_loaded: int = 0
    unchanged: int = 0
    duplicates: int = 0
    timexes_found: int = 0
    events_found: int = 0
    errors: int = 0
    warnings: int = 0
    failures: list[dict] = field(default_factory=list)
    checks: list[Any] = field(default_factory=list)
    status: str = "running"
    message: str | None = None
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        keys = (
            "inputs_read",
            "articles_loaded",
            "duplicates",
            "unchanged",
            "timexes_found",
            "events_found",
            "errors",
            "warnings",
        )
        return {key: getattr(self, key) for key in keys}

    def failed_checks(self, severity: str = "error") -> list[Any]:
        return [c for c in self.checks if c.severity == severity and c.failing_rows]


class NullProgress:
    """Stands in for the console's progress bar when nobody is watching."""

    def advance(self, n: int) -> None:
        pass


@flow(name="datelines-pipeline")
def pipeline(
    request: InputRequest,
    warehouse: str,
    published: str | None = None,
    batch_size: int = 50,
    progress: Any = None,
    snapshot: str | None = None,
) -> RunSummary:
    """Read every input, load it batch by batch, rebuild the models, run the data tests.

    When the data tests pass, a read-only copy is published at `snapshot` for BI tools.
    """
    with recorded_run(warehouse, "run") as (con, summary):
        known_urls = fetch_state.load_fetch_state(con)
        for chunk in batched(iter_inputs(request, known_urls), batch_size):
            ingest_chunk(con, chunk, summary, request.lang, published)
            (progress or NullProgress()).advance(len(chunk))
        build(con, summary, snapshot)
    return summary


@contextmanager
def recorded_run(
    warehouse: str, command: str
) -> Iterator[tuple[duckdb.DuckDBPyConnection, RunSummary]]:
    """The writer connection and a `pipeline_runs` row that is closed whatever happens."""
    summary = RunSummary(run_id=uuid.uuid4().hex[:16], started_at=datetime.now(UTC))
    con = connect(warehouse)
    started = False
    try:
        ensure_schema(con)
        start_run(con, summary, command)
        started = True
        yield con, summary
    except Exception as exc:
        summary.status, summary.message = "failed", f"{type(exc).__name__}: {exc}"
        raise
    finally:
        if started:
            finish_run(con, summary)
        con.close()


def ingest_chunk(
    con: duckdb.DuckDBPyConnection,
    chunk: list[object],
    summary: RunSummary,
    lang: str | None,
    published: str | None,
    skip_unchanged: bool = True,
) -> None:
    """One batch: skip unchanged documents, process the rest, load them and their errors."""
    now = datetime.now(UTC)
    raws, failures, unchanged = split_inputs(chunk)
    for raw in raws:
        raw.defaults = {
            k: v for k, v in (("published", published), ("lang", lang)) if v
        } or raw.defaults
    summary.inputs_read += len(raws) + sum(f.severity == "error" for f in failures)
    summary.unchanged += unchanged
    known = load.known_documents(con, [raw.uri for raw in raws])
    fresh = [raw for raw in raws if not (skip_unchanged and is_unchanged(raw, known))]
    summary.unchanged += len(raws) - len(fresh)
    options = ProcessOptions(summary.run_id, now, default_published=published, default_lang=lang)
    seen = load.articles_by_content_hash(con, [content_hash(raw.body) for raw in fresh])
    batch = tasks.process_batch(fresh, options, seen)
    batch.errors.extend(error_row(f, summary.run_id, now) for f in failures)
    not_loaded = set(tasks.load_batch(con, batch.frames(), summary.run_id))
    loaded = [
        item
        for item in chunk
        if not isinstance(item, RawDocument) or doc_id_for(item.uri) not in not_loaded
    ]
    tasks.remember_fetches(con, loaded)
    count_batch(summary, batch, not_loaded)


def is_unchanged(raw: Any, known: dict[str, tuple[str, str]]) -> bool:
    previous = known.get(raw.uri)
    return previous is not None and previous[1] == content_hash(raw.body)


def count_batch(summary: RunSummary, batch: BatchFrames, not_loaded: set[str]) -> None:
    summary.articles_loaded += sum(row["doc_id"] not in not_loaded for row in batch.articles)
    summary.errors += len(not_loaded)
    summary.failures += [
        {"uri": doc_id, "stage": "load", "message": "could not be loaded"}
        for doc_id in sorted(not_loaded)
    ]
    summary.duplicates += batch.duplicates
    summary.timexes_found += len(batch.timexes)
    summary.events_found += len(batch.event_mentions)
    for row in batch.errors:
        if row["severity"] == "error":
            summary.errors += 1
            summary.failures.append(row)
        else:
            summary.warnings += 1


def build(con: duckdb.DuckDBPyConnection, summary: RunSummary, snapshot: str | None = None) -> None:
    """Rebuild the SQL models and run the data tests; an error-level failure fails the run.

    Only a build whose data tests pass is published to the BI snapshot.
    """
    tasks.build_models(con)
    summary.checks = tasks.run_data_tests(con)
    failed = summary.failed_checks("error")
    if failed:
        names = ", ".join(c.name for c in failed)
        summary.status, summary.message = "failed", f"data tests failed: {names}"
        get_run_logger().error(summary.message)
    else:
        summary.status = "completed"
        if snapshot:
            tasks.publish_snapshot(con, snapshot)


def start_run(con: duckdb.DuckDBPyConnection, summary: RunSummary, command: str) -> None:
    runs.mark_crashed_runs(con)
    runs.start_run(con, summary.run_id, command, flow_run_id=str(flow_run.get_id() or ""))


def finish_run(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    summary.seconds = (datetime.now(UTC) - summary.started_at).total_seconds()
    if summary.status == "running":
        summary.status = "failed"
    runs.finish_run(con, summary.run_id, summary.counts(), summary.status, summary.message)


def run_pipeline(
    sources: list[str],
    *,
    warehouse: str,
    published: str | None = None,
    lang: str | None = None,
    batch_size: int = 50,
    allow_private_network: bool = False,
    sources_file: str | None = None,
    progress: Any = None,
    snapshot: str | None = None,
    user_agent: str | None = None,
) -> RunSummary:
    """The pipeline flow as a plain call (benchmarks, tests, the CLI)."""
    request = InputRequest(list(sources), sources_file, lang, allow_private_network, user_agent)
    return pipeline(request, str(warehouse), published, batch_size, progress, snapshot)
