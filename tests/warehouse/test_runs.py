"""Run records: opened running, closed with counts; runs of dead processes become crashed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from warehouse.load import finish_run, mark_crashed_runs, start_run


def run_row(con, run_id: str) -> dict:
    relation = con.sql(f"select * from raw.pipeline_runs where run_id = '{run_id}'")
    return dict(zip(relation.columns, relation.fetchall()[0], strict=True))


def test_a_started_run_is_running_under_this_process(con):
    start_run(con, "r1", "run samples/", flow_run_id="f-1")
    row = run_row(con, "r1")
    assert (row["status"], row["pid"], row["flow_run_id"]) == ("running", os.getpid(), "f-1")
    assert row["started_at"] is not None and row["finished_at"] is None


def test_a_finished_run_keeps_its_counts_status_and_message(con):
    start_run(con, "r1", "run")
    finish_run(con, "r1", {"inputs_read": 3, "articles_loaded": 2, "errors": 1}, "completed", "ok")
    row = run_row(con, "r1")
    assert (row["status"], row["message"], row["inputs_read"], row["articles_loaded"]) == (
        "completed",
        "ok",
        3,
        2,
    )
    assert row["errors"] == 1 and row["events_found"] is None
    assert row["finished_at"] >= row["started_at"]


def test_an_unknown_count_or_status_is_refused_not_dropped(con):
    start_run(con, "r1", "run")
    with pytest.raises(ValueError, match="articels"):
        finish_run(con, "r1", {"articels": 1}, "completed")
    with pytest.raises(ValueError, match="done"):
        finish_run(con, "r1", {}, "done")


def test_a_run_left_running_by_a_dead_process_is_marked_crashed(con):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    start_run(con, "killed", "run")
    con.execute("update raw.pipeline_runs set pid = ? where run_id = 'killed'", [int(dead.stdout)])
    start_run(con, "alive", "run")
    assert mark_crashed_runs(con) == ["killed"]
    assert run_row(con, "killed")["status"] == "crashed"
    assert run_row(con, "alive")["status"] == "running"
    assert mark_crashed_runs(con) == []


def test_a_run_whose_pid_now_belongs_to_a_newer_process_is_marked_crashed(con):
    # What a container restart looks like: the same PID, a process that started after the run.
    start_run(con, "before-restart", "run")
    con.execute(
        "update raw.pipeline_runs set started_at = timestamptz '2024-10-18 09:00:00+00' "
        "where run_id = 'before-restart'"
    )
    assert mark_crashed_runs(con) == ["before-restart"]
