"""One `raw.pipeline_runs` row per run: opened `running`, closed with counts and a status.

Prefect leaves a SIGKILLed flow run `Running` forever (reliability.md section 0.4), so a run left
`running` by a process that no longer exists is marked `crashed` by the next run.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import polars as pl

from transforms.schemas import PIPELINE_RUNS

COUNT_COLUMNS = tuple(
    col for col, dtype in PIPELINE_RUNS.items() if dtype == pl.Int64 and col != "pid"
)
RUN_STATUSES = ("running", "completed", "failed", "crashed")
# btime has a one-second resolution and clocks drift a little: allow for both.
_CLOCK_SLACK = timedelta(seconds=2)
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
        "select run_id, pid, started_at from raw.pipeline_runs where status = 'running'"
    ).fetchall()
    crashed = [run_id for run_id, pid, started in running if not run_process_alive(pid, started)]
    for run_id in crashed:
        con.execute(
            "update raw.pipeline_runs set status = 'crashed', finished_at = now(), "
            "message = coalesce(message, 'process ended without finishing the run') "
            "where run_id = ? and status = 'running'",
            [run_id],
        )
    return crashed


def run_process_alive(pid: int | None, run_started_at: datetime | None) -> bool:
    """Whether the process that started a run still runs: its PID exists and was not reused.

    Containers hand out the same few PIDs run after run, so a PID alone is not proof: a process
    that started after the run did cannot be the one running it.
    """
    if not process_exists(pid):
        return False
    process_started = process_started_at(pid)
    if process_started is None or run_started_at is None:
        return True
    return process_started <= run_started_at + _CLOCK_SLACK


def process_started_at(pid: int) -> datetime | None:
    """When a process started (Linux /proc), or None where that cannot be read."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            int(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    # Fields after the parenthesised command name; starttime is field 22 of the whole line.
    ticks = int(stat.rsplit(")", 1)[1].split()[19])
    return datetime.fromtimestamp(boot + ticks / os.sysconf("SC_CLK_TCK"), UTC)


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
