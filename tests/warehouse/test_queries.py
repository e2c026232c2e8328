"""Ad-hoc SQL and its output formats."""

from __future__ import annotations

import json
from datetime import date

import polars as pl
import pytest

from warehouse.queries import QueryError, run_sql, to_csv, to_json_lines, to_table


def test_a_select_comes_back_as_a_polars_frame(con):
    frame = run_sql(con, "select 1 as n, 'PRK' as actor")
    assert frame.to_dicts() == [{"n": 1, "actor": "PRK"}]


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("select 1; drop table raw.errors", "one SQL statement, got 2"),
        ("   ", "one SQL statement, got 0"),
        ("selec 1", "syntax error"),
        ("select * from no_such_table", "no_such_table"),
    ],
    ids=["two-statements", "empty", "syntax", "missing-table"],
)
def test_a_bad_query_gives_a_one_line_query_error(con, query, reason):
    with pytest.raises(QueryError, match=reason) as caught:
        run_sql(con, query)
    assert "\n" not in str(caught.value)
    assert con.execute("select count(*) from raw.errors").fetchall() == [(0,)]


def test_queries_on_an_empty_warehouse_give_empty_results_not_errors(con):
    frame = run_sql(con, "select * from raw.articles")
    assert frame.height == 0 and "published_date" in frame.columns
    assert to_json_lines(frame) == ""


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralized():
    frame = pl.DataFrame(
        {
            "title": ['=HYPERLINK("http://evil")', "+1", "-2", "@SUM(A1)", "Kursk"],
            "n": [-1, 2, 3, 4, 5],
        }
    )
    lines = to_csv(frame).splitlines()
    assert lines[0] == "title,n"
    assert [line.split(",")[0] for line in lines[2:]] == ["'+1", "'-2", "'@SUM(A1)", "Kursk"]
    assert lines[1].startswith("\"'=HYPERLINK(") and lines[1].endswith(",-1")


def test_json_lines_give_one_object_per_row_with_iso_dates():
    frame = pl.DataFrame({"event_date": [date(2024, 11, 1), None], "actor1": ["PRK", "RUS"]})
    objects = [json.loads(line) for line in to_json_lines(frame).splitlines()]
    assert objects == [
        {"event_date": "2024-11-01", "actor1": "PRK"},
        {"event_date": None, "actor1": "RUS"},
    ]


def test_a_table_shows_every_row_without_polars_shape_lines():
    frame = pl.DataFrame({"actor": [f"A{i:02d}" for i in range(40)]})
    table = to_table(frame)
    assert "A00" in table and "A39" in table and "shape" not in table and "str" not in table


@pytest.mark.parametrize(
    "query",
    [
        "select * from read_csv('/etc/passwd')",
        "copy (select 1) to '{tmp}/leak.csv'",
        "attach '{tmp}/other.duckdb' as other",
        "set enable_external_access = true",
    ],
    ids=["read-file", "write-file", "attach", "turn-it-back-on"],
)
def test_without_external_access_sql_cannot_reach_other_files(tmp_path, query):
    from warehouse.connection import connect

    con = connect(tmp_path / "w.duckdb", external_access=False)
    try:
        with pytest.raises(QueryError):
            run_sql(con, query.format(tmp=tmp_path))
        assert run_sql(con, "select 42 as answer").item() == 42
    finally:
        con.close()
    assert not (tmp_path / "leak.csv").exists() and not (tmp_path / "other.duckdb").exists()
