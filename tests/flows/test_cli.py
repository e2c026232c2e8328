"""The `datelines` command as users and scripts run it: real processes, exit codes, clean output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


def datelines(
    *args: str, input: str | None = None, timeout: int = 300
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PYTHONWARNINGS"] = "ignore::DeprecationWarning"
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        cwd=REPO_ROOT,
        env=env,
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory):
    """`datelines run` twice on the bundled samples; both processes' output is kept."""
    warehouse = tmp_path_factory.mktemp("cli") / "w.duckdb"
    first = datelines("run", "--warehouse", str(warehouse))
    second = datelines("run", "--warehouse", str(warehouse))
    return warehouse, first, second


def test_run_exits_0_and_prints_a_summary_and_the_timeline(sample_warehouse):
    _, first, _ = sample_warehouse
    assert first.returncode == 0, first.stderr
    assert "articles loaded" in first.stderr
    assert "conflict timeline" in first.stdout


def test_run_output_is_clean_no_tracebacks_no_telemetry_no_prefect_info(sample_warehouse):
    _, first, second = sample_warehouse
    for result in (first, second):
        output = result.stdout + result.stderr
        assert "Traceback" not in output
        assert "telemetry" not in output.lower()
        assert "Created flow run" not in output and "Finished in state" not in output


def test_second_run_reports_the_sample_unchanged(sample_warehouse):
    _, _, second = sample_warehouse
    assert second.returncode == 0, second.stderr
    summary = dict(
        line.strip().rsplit(None, 1)
        for line in second.stderr.splitlines()
        if line.strip().startswith(("articles loaded", "unchanged"))
    )
    assert summary["articles loaded"] == "0"
    assert summary["unchanged (skipped)"] == "1"


def test_timeline_json_carries_the_contract_fields(sample_warehouse):
    warehouse, _, _ = sample_warehouse
    result = datelines("timeline", "--format", "json", "--warehouse", str(warehouse))
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert events
    required = {
        "event_date",
        "event_end_date",
        "date_precision",
        "event_type",
        "actor1",
        "actor2",
        "location",
        "quantity",
        "quantity_unit",
        "status",
        "n_sources",
        "summary",
        "first_url",
    }
    assert required <= set(events[0])


def test_timeline_top_1_keeps_the_events_of_exactly_one_day(sample_warehouse):
    warehouse, _, _ = sample_warehouse
    result = datelines("timeline", "--top", "1", "--format", "json", "--warehouse", str(warehouse))
    assert result.returncode == 0, result.stderr
    days = {json.loads(line)["event_date"] for line in result.stdout.splitlines() if line.strip()}
    assert len(days) == 1


def test_sql_answers_ad_hoc_queries_as_csv(sample_warehouse):
    warehouse, _, _ = sample_warehouse
    result = datelines(
        "sql",
        "select count(*) as n from stg_articles",
        "--format",
        "csv",
        "--warehouse",
        str(warehouse),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["n", "1"]


def test_bad_usage_exits_2_without_a_traceback(tmp_path):
    for args in (
        ["run", "--no-such-flag"],
        ["timeline", "--since", "not-a-date"],
        ["run", "--warehouse", str(tmp_path)],
        ["timeline", "--top", "0"],
        ["timeline", "--actor", "not a country"],
        ["timeline", "--since", "[/x]"],  # the message quotes it: shown, not read as markup
    ):
        result = datelines(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_an_unusable_warehouse_fails_the_run_with_exit_1_and_a_clear_message(tmp_path):
    bogus = tmp_path / "not-a-warehouse.duckdb"
    bogus.write_text("this is a text file, not a DuckDB database\n" * 100)
    result = datelines("sql", "select 1", "--warehouse", str(bogus))
    assert result.returncode == 1
    assert str(bogus) in result.stderr and "Traceback" not in result.stderr


def test_timex_command_tags_json_lines_with_offsets_into_each_text(tmp_path):
    docs = tmp_path / "docs.jsonl"
    text = "They will be ready to fight in Ukraine by November 1, Budanov said on Friday."
    docs.write_text(json.dumps({"doc_id": "d1", "dct": "2024-10-18", "text": text}) + "\n")
    out = tmp_path / "out.jsonl"
    result = datelines("timex", "--input", str(docs), "--output", str(out))
    assert result.returncode == 0, result.stderr
    line = json.loads(out.read_text().splitlines()[0])
    assert line["doc_id"] == "d1"
    by_text = {t["text"]: t for t in line["timexes"]}
    november = next(t for t in line["timexes"] if "November 1" in t["text"])
    assert text[november["start"] : november["end"]] == november["text"]
    assert november["type"] == "DATE" and november["value"] == "2024-11-01"
    assert by_text.get("Friday", {}).get("value") == "2024-10-18"


def test_events_command_writes_one_line_per_mention(tmp_path):
    docs = tmp_path / "docs.jsonl"
    text = "North Korea has sent 12,000 troops to Russia, South Korea's spy agency said."
    docs.write_text(json.dumps({"id": "e1", "published": "2024-10-18", "text": text}) + "\n")
    out = tmp_path / "out.jsonl"
    result = datelines("events", "--input", str(docs), "--output", str(out))
    assert result.returncode == 0, result.stderr
    mentions = [json.loads(line) for line in out.read_text().splitlines()]
    assert any(m["quantity"] == 12000 and m["actor1"] == "PRK" for m in mentions)


def test_prefects_internal_database_pool_stays_quiet_after_prefect_configures_logging():
    # Prefect's ephemeral API may log a cancelled SQLite pool close with a traceback as the
    # process exits (PrefectHQ/prefect issue 16504); the level set before Prefect loads holds.
    script = (
        "import logging\n"
        "from flows.cli import prepare_prefect\n"
        "prepare_prefect(False)\n"
        "import prefect.logging.configuration as c\n"
        "c.setup_logging()\n"
        "try:\n"
        "    raise RuntimeError('cancelled close')\n"
        "except RuntimeError:\n"
        "    pool = logging.getLogger('sqlalchemy.pool.impl.AsyncAdaptedQueuePool')\n"
        "    pool.error('x', exc_info=True)\n"
        "logging.getLogger('datelines.check').error('still heard')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "cancelled close" not in done.stderr
    assert "still heard" in done.stderr
