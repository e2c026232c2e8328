"""One `raw.pipeline_runs` row per run: opened `running`, closed with counts and a status.

Prefect leaves a SIGKILLed flow run `Running` forever (reliability.md section 0.4), so a run left
`running` by a process that no longer exists is marked `crashed` by the next run.
"""

from __future__ import annotations

import os

import duckdb
import polars as pl

from transforms.schemas import PIPELINE_RUNS

COUNT_COLUMNS = tuple(
    col for col, dtype in PIPELINE_RUNS.items() if dtype == pl.Int64 and col != "pid"
)
RUN_STATUSES = ("running", "completed", "failed", "crashed")
# A count the caller does not give keeps its stored value; the statement text never varies.
_FINISH_RUN_SQL = (
    "update raw.pipeline_runs set finished_at = now(), status = ?, message = ?, "
    + ", ".join(f"{col} = coalesce(?, {col})" for col in COUNT_COLUMNS)
    + " where run_id = ?"
)


def start_run(
    con: duckdb.DuckDBPyConnection, run_id: str, command: str, flow_run_id: str | None = None
) -> None:
    """Record a run as `running`, started now, by this process."""
    con.execute(
        "insert into raw.pipeline_runs (run_id, flow_run_id, command, started_at, status, pid) "
        "values (?, ?, ?, now(), 'running', ?)",
        [run_id, flow_run_id, command, os.getpid()],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    counts: dict[str, int],
    status: str,
    message: str | None = None,
) -> None:
    """Close a run: finished now, with its status, counts and message.

    `counts` keys are count columns of `raw.pipeline_runs` (`inputs_read`, `articles_loaded`,
    `duplicates`, `unchanged`, `timexes_found`, `events_found`, `errors`, `warnings`); an unknown
    key raises `ValueError` rather than being dropped silently.
    """
    if status not in RUN_STATUSES:
        raise ValueError(f"run status must be one of {RUN_STATUSES}, not {status!r}")
    unknown = sorted(set(counts) - set(COUNT_COLUMNS))
    if unknown:
        raise ValueError(f"unknown run counts {unknown}; known: {list(COUNT_COLUMNS)}")
    con.execute(
        _FINISH_RUN_SQL,
        [status, message, *(counts.get(col) for col in COUNT_COLUMNS), run_id],
    )


def mark_crashed_runs(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Mark `crashed` every run left `running` whose process is gone; returns their run ids."""
    running = con.execute(
        "select run_id, pid from raw.pipeline_runs where status = 'running'"
    ).fetchall()
    crashed = [run_id for run_id, pid in running if not process_exists(pid)]
    for run_id in crashed:
        con.execute(
            "update raw.pipeline_runs set status = 'crashed', finished_at = now(), "
            "message = coalesce(message, 'process ended without finishing the run') "
            "where run_id = ? and status = 'running'",
            [run_id],
        )
    return crashed


def process_exists(pid: int | None) -> bool:
    """Whether a process with this id is alive (a PID we may not signal still exists).

    >>> process_exists(os.getpid())
    True
    """
    if pid is None or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
