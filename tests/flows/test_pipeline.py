"""End to end: the real Prefect flow on real files into a real DuckDB file, then the marts.

The seed article's check list (`../shared/seed/README.md`, bundled as samples/seed.txt with its
publication date in samples/seed.meta.json) is one test per item: what a careful reader takes
from the article, not a golden file of every column.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import run_pipeline

pytestmark = pytest.mark.usefixtures("prefect_api")


def rows(warehouse: Path, query: str, params: list | None = None) -> list[dict]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cursor = con.execute(query, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        con.close()


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, repo_root):
    warehouse = tmp_path_factory.mktemp("seed") / "datelines.duckdb"
    snapshot = warehouse.parent / "snapshots" / "datelines.duckdb"
    summary = run_pipeline(
        [str(repo_root / "samples")], warehouse=str(warehouse), snapshot=str(snapshot)
    )
    return warehouse, summary


@pytest.fixture(scope="module")
def timeline(seed_run):
    return rows(seed_run[0], "select * from fct_conflict_timeline order by event_date")


@pytest.fixture(scope="module")
def mentions(seed_run):
    return rows(seed_run[0], "select * from stg_event_mentions order by sentence_index")


def with_quantity(events: list[dict], quantity: float) -> list[dict]:
    return [e for e in events if e["quantity"] == quantity]


def test_the_sample_run_completes_and_loads_the_seed(seed_run):
    warehouse, summary = seed_run
    assert summary.status == "completed", summary.message
    assert summary.articles_loaded == 1 and summary.errors == 0
    article = rows(warehouse, "select * from stg_articles")[0]
    assert article["published_date"] == date(2024, 10, 18)
    assert article["published_source"] == "sidecar"


def test_a_completed_run_publishes_a_bi_snapshot_with_the_same_timeline(seed_run):
    warehouse, _ = seed_run
    snapshot = warehouse.parent / "snapshots" / "datelines.duckdb"
    query = "select event_date, event_type, quantity from fct_conflict_timeline order by all"
    assert snapshot.is_file()
    assert rows(snapshot, query) == rows(warehouse, query)


def test_seed_500_soldiers_arrived_reported_by_south_korean_intelligence(timeline, mentions):
    events = with_quantity(timeline, 500)
    assert len(events) == 1
    assert events[0]["actor1"] == "PRK" and events[0]["status"] == "occurred"
    assert events[0]["event_date"] == date(2024, 10, 18)
    claims = [m["claimed_by_actor"] for m in mentions if m["quantity"] == 500]
    assert "KOR" in claims


def test_seed_12000_more_troops_are_planned_without_a_date_of_their_own(timeline):
    events = with_quantity(timeline, 12000)
    assert len(events) == 1
    assert events[0]["status"] == "future"
    assert events[0]["date_source"] == "published"


def test_seed_11000_troops_train_in_eastern_russia_says_budanov(timeline, mentions):
    events = with_quantity(timeline, 11000)
    assert len(events) == 1
    assert events[0]["actor1"] == "PRK"
    assert events[0]["location_country"] == "RUS"
    assert events[0]["status"] == "ongoing"
    assert any("Budanov" in (m["claimed_by"] or "") for m in mentions if m["quantity"] == 11000)


def test_seed_ready_to_fight_by_november_1_is_a_future_deadline(timeline):
    events = [e for e in timeline if e["event_date"] == date(2024, 11, 1)]
    assert events, "no event dated 2024-11-01"
    event = events[0]
    assert event["date_precision"] == "day" and event["date_source"] == "timex"
    assert event["status"] == "future"
    assert event["actor1"] == "PRK"


def test_seed_2600_troops_expected_in_kursk(timeline):
    events = with_quantity(timeline, 2600)
    assert len(events) == 1
    assert events[0]["status"] == "future"
    assert "Kursk" in (events[0]["location"] or "")


def test_seed_ukraine_incursion_into_kursk_is_august_2024_at_month_precision(timeline):
    events = [e for e in timeline if e["event_date"] == date(2024, 8, 1)]
    assert events, "no event dated 2024-08"
    event = events[0]
    assert event["date_precision"] == "month"
    assert event["event_end_date"] == date(2024, 8, 31)
    assert event["actor1"] == "UKR"
    assert event["status"] in ("occurred", "historical")


def test_seed_yoon_convened_an_emergency_meeting_on_the_publication_day(timeline):
    events = [e for e in timeline if e["actor1"] == "KOR" and e["event_type"] == "CONSULT"]
    assert events
    assert events[0]["event_date"] == date(2024, 10, 18)


def test_seed_north_korea_supplying_ammunition_to_russia_is_ongoing(timeline):
    events = [
        e
        for e in timeline
        if (e["actor1"], e["actor2"]) == ("PRK", "RUS")
        and e["status"] == "ongoing"
        and e["quantity"] is None
    ]
    assert events
    assert all(e["date_source"] == "published" for e in events)


def test_seed_recent_birthday_message_gets_no_date_from_the_word_recent(mentions):
    birthday = [m for m in mentions if "birthday" in m["sentence"]]
    assert all(m["date_source"] != "timex" for m in birthday)


def test_seed_actors_are_iso3_countries(timeline):
    actors = {e["actor1"] for e in timeline} | {e["actor2"] for e in timeline}
    assert {"PRK", "RUS", "UKR", "KOR"} <= actors


def test_a_second_run_adds_nothing(seed_run, repo_root):
    warehouse, first = seed_run
    before = rows(
        warehouse,
        "select (select count(*) from raw.documents) d, "
        "(select count(*) from raw.event_mentions) m, "
        "(select count(*) from fct_conflict_timeline) t",
    )
    second = run_pipeline([str(repo_root / "samples")], warehouse=str(warehouse))
    after = rows(
        warehouse,
        "select (select count(*) from raw.documents) d, "
        "(select count(*) from raw.event_mentions) m, "
        "(select count(*) from fct_conflict_timeline) t",
    )
    assert second.status == "completed"
    assert second.unchanged == first.articles_loaded and second.articles_loaded == 0
    assert before == after


def test_reprocess_rebuilds_the_same_timeline_from_stored_raw_bytes(seed_run):
    from flows.reprocess import reprocess

    warehouse, _ = seed_run
    before = rows(
        warehouse, "select event_date, event_type, quantity from fct_conflict_timeline order by all"
    )
    summary = reprocess(str(warehouse))
    assert summary.status == "completed" and summary.articles_loaded == 1
    after = rows(
        warehouse, "select event_date, event_type, quantity from fct_conflict_timeline order by all"
    )
    assert before == after


def test_without_any_anchor_relative_dates_stay_unresolved(tmp_path, repo_root):
    bare = tmp_path / "inputs" / "seed.txt"
    bare.parent.mkdir()
    shutil.copy(repo_root / "samples" / "seed.txt", bare)
    warehouse = tmp_path / "w.duckdb"
    summary = run_pipeline([str(bare.parent)], warehouse=str(warehouse))
    assert summary.status == "completed"
    article = rows(warehouse, "select * from stg_articles")[0]
    assert article["published_date"] is None and article["published_flag"] == "missing"
    november = rows(warehouse, "select * from stg_timexes where text = 'November 1'")
    assert (
        november
        and november[0]["is_resolved"] is False
        and november[0]["value"] in (None, "XXXX-11-01")
    )
    dated = rows(warehouse, "select * from stg_event_mentions where event_date is not null")
    assert dated == []


def test_a_failing_document_is_recorded_while_the_rest_loads(tmp_path, repo_root):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(repo_root / "samples" / "seed.txt", inputs / "good.txt")
    (inputs / "good.meta.json").write_text('{"published": "2024-10-18"}')
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (inputs / "lines.jsonl").write_text(
        '{"id": "a", "text": "On 3 November 2024 Ukraine said it hit Russian troops.", '
        '"published": "2024-11-04"}\n'
        "{this is not json\n"
        "[1, 2, 3]\n"
        "\n"
        '{"id": "b", "title": "no text here"}\n'
    )
    warehouse = tmp_path / "w.duckdb"
    summary = run_pipeline([str(inputs)], warehouse=str(warehouse))
    assert summary.status == "completed"
    assert summary.articles_loaded == 2
    errors = rows(
        warehouse, "select source, stage, message from stg_errors where severity = 'error'"
    )
    assert len(errors) == 5, errors
    assert all(e["message"] for e in errors)
    articles = rows(warehouse, "select count(*) n from stg_articles")[0]["n"]
    assert articles == 2
