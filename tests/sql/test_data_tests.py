"""Each data test of the models owned here passes on the sample and catches one planted bad row."""

from __future__ import annotations

import pytest

from warehouse.checks import (
    CheckResult,
    failures,
    format_failure,
    read_data_test,
    run_checks,
    run_data_test,
)
from warehouse.models import build_models

# One planted fault per data test: SQL run against the raw layer (or a built mart) of the sample.
PLANTED = {
    "assert_stg_event_mentions__article_exists": (
        "insert into raw.event_mentions (mention_id, doc_id, event_type) "
        "values ('m-ghost', 'doc-never-loaded', 'ASSAULT')"
    ),
    "assert_stg_event_mentions__begin_not_after_end": (
        "update raw.event_mentions set event_end_date = event_date - 1 "
        "where mention_id = 'm-arrive'"
    ),
    "assert_stg_timexes__begin_not_after_end": (
        "update raw.timexes set end_date = begin_date - 1 where timex_index = 1"
    ),
    "assert_stg_timexes__offsets_inside_text": (
        'update raw.timexes set "end" = 10000 where timex_index = 0'
    ),
    "assert_stg_timexes__text_matches_offsets": (
        "update raw.timexes set text = 'Tuesday' where timex_index = 0"
    ),
    "assert_stg_articles__published_date_never_invented": (
        "update raw.articles set published_flag = 'missing' where doc_id = 'doc-b'"
    ),
    "assert_stg_documents__every_input_accounted_for": (
        "delete from raw.errors where doc_id = 'doc-bad'"
    ),
    "assert_dim_actors__codes_are_iso3": (
        "update raw.event_mentions set actor2 = 'Russia' where mention_id = 'm-arrive'"
    ),
}
OWN_PREFIXES = ("assert_stg_", "assert_dim_")


def run_file(con, sql_dir, name: str) -> CheckResult:
    return run_data_test(con, read_data_test(sql_dir / "tests" / f"{name}.sql"))


def test_every_data_test_owned_here_has_a_planted_row(sql_dir):
    owned = {p.stem for p in (sql_dir / "tests").glob("*.sql") if p.stem.startswith(OWN_PREFIXES)}
    assert owned == set(PLANTED)


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_data_test_passes_on_the_sample_and_catches_its_planted_row(sample_wh, sql_dir, name):
    assert run_file(sample_wh, sql_dir, name).passed
    sample_wh.execute(PLANTED[name])
    if not name.startswith("assert_stg_"):  # staging models are views: they see it already
        build_models(sample_wh, sql_dir)
    caught = run_file(sample_wh, sql_dir, name)
    assert caught.failing_rows == 1 and len(caught.examples) == 1


@pytest.mark.parametrize(
    "planted",
    [
        "update raw.articles set published_date = null where doc_id = 'doc-a'",
        "update raw.articles set published_source = 'unknown' where doc_id = 'doc-a'",
    ],
    ids=["trusted-flag-without-date", "date-without-source"],
)
def test_an_invented_publication_date_is_caught_in_each_form(sample_wh, sql_dir, planted):
    sample_wh.execute(planted)
    name = "assert_stg_articles__published_date_never_invented"
    assert run_file(sample_wh, sql_dir, name).failing_rows == 1


def test_declared_keys_are_checked_for_duplicates_and_nulls(sample_wh, sql_dir):
    sample_wh.execute("insert into fct_daily_activity select * from fct_daily_activity limit 1")
    sample_wh.execute("insert into dim_actors (actor, n_mentions) values (null, 1)")
    results = {r.name: r for r in run_checks(sample_wh, sql_dir)}
    assert results["fct_daily_activity__keys_unique_and_not_null"].failing_rows == 1
    assert results["dim_actors__keys_unique_and_not_null"].failing_rows == 1
    assert results["dim_actors__keys_unique_and_not_null"].severity == "error"
    assert results["fct_weekly_activity__keys_unique_and_not_null"].passed


def test_the_sample_passes_every_key_check_and_every_data_test_owned_here(sample_wh, sql_dir):
    failing = [
        r
        for r in failures(run_checks(sample_wh, sql_dir))
        if r.name.startswith(OWN_PREFIXES) or r.name.endswith("__keys_unique_and_not_null")
    ]
    assert failing == []


def test_a_failure_reports_its_count_and_at_most_five_examples(sample_wh, sql_dir):
    for i in range(7):
        sample_wh.execute(
            "insert into raw.event_mentions (mention_id, doc_id) values (?, 'doc-ghost')",
            [f"ghost-{i}"],
        )
    result = run_file(sample_wh, sql_dir, "assert_stg_event_mentions__article_exists")
    assert (result.failing_rows, len(result.examples), result.fails_run) == (7, 5, True)
    report = format_failure(result).splitlines()
    assert report[0].startswith("FAIL assert_stg_event_mentions__article_exists (error): 7")
    assert len(report) == 6 and "ghost-0" in report[1]


def test_a_warn_level_failure_does_not_fail_the_run(sample_wh, sql_dir):
    sample_wh.execute(PLANTED["assert_stg_timexes__text_matches_offsets"])
    result = run_file(sample_wh, sql_dir, "assert_stg_timexes__text_matches_offsets")
    assert result.severity == "warn" and not result.passed and not result.fails_run
    assert format_failure(result).startswith("WARN ")


def test_a_test_file_without_a_severity_line_is_a_failing_result_not_a_crash(empty_wh, tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "assert_x__no_header.sql").write_text("select 1 as x")
    (tmp_path / "tests" / "assert_y__broken.sql").write_text(
        "-- severity: warn\n-- A query that cannot run.\nselect * from nowhere"
    )
    results = {r.name: r for r in run_checks(empty_wh, tmp_path)}
    assert "must start with '-- severity: error'" in results["assert_x__no_header"].error
    assert results["assert_x__no_header"].fails_run
    assert "nowhere" in results["assert_y__broken"].error
    assert results["assert_y__broken"].severity == "warn"


def test_a_model_key_that_is_not_a_plain_column_name_is_a_failing_check(empty_wh, tmp_path):
    (tmp_path / "marts").mkdir()
    (tmp_path / "marts" / "fct_x.sql").write_text(
        '-- X.\n-- grain: one row per x\n-- keys: x, "x"; drop table raw.errors --\nselect 1 as x'
    )
    build_models(empty_wh, tmp_path)
    (result,) = run_checks(empty_wh, tmp_path)
    assert result.fails_run and "plain column names" in result.error
    assert empty_wh.execute("select count(*) from raw.errors").fetchall() == [(0,)]
