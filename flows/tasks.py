"""Thin Prefect tasks: each calls one function of `transforms/` or `warehouse/`.

No caching: inputs are documents and connections, and every stage is cheap to redo next to the
cost of being wrong. Retries live in the fetcher (per request), not here.
"""

from __future__ import annotations

import duckdb
import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from transforms.process import BatchFrames, ProcessOptions, process_documents
from transforms.records import RawDocument
from warehouse import checks, fetch_state, load, models, snapshot


@task(name="process-batch", cache_policy=NO_CACHE)
def process_batch(
    raws: list[RawDocument], options: ProcessOptions, seen_hashes: dict[str, str]
) -> BatchFrames:
    """Articles, timexes, event mentions and error rows of one batch."""
    return process_documents(raws, options, seen_hashes)


@task(name="load-batch", cache_policy=NO_CACHE)
def load_batch(
    con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], run_id: str
) -> list[str]:
    """Replace the batch's documents and everything derived from them, in one transaction.

    A batch that fails is retried one document at a time, so one bad document costs only
    itself (an error row); returns the doc_ids that could not be loaded.
    """
    return load.replace_documents(con, frames, isolate_failures=True, run_id=run_id)


@task(name="remember-fetches", cache_policy=NO_CACHE)
def remember_fetches(con: duckdb.DuckDBPyConnection, items: list[object]) -> None:
    """ETag, Last-Modified and content hash per fetched URL, after its batch has loaded."""
    fetch_state.record_fetches(con, items)


@task(name="build-models", cache_policy=NO_CACHE)
def build_models(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every SQL model in `sql/`, staging to marts."""
    return models.build_models(con)


@task(name="publish-snapshot", cache_policy=NO_CACHE)
def publish_snapshot(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """A checkpointed read-only copy for BI tools, replaced atomically."""
    snapshot.publish_snapshot(con, path)


@task(name="run-data-tests", cache_policy=NO_CACHE)
def run_data_tests(con: duckdb.DuckDBPyConnection) -> list:
    """Every data test in `sql/tests/` and every model's declared keys."""
    return checks.run_checks(con)
