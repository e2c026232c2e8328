"""The raw schema: mirrors the polars contracts exactly, applies idempotently, guards versions."""

from __future__ import annotations

import polars as pl
import pytest

from transforms.schemas import FRAMES
from warehouse.connection import WarehouseError
from warehouse.schema import ensure_schema, schema_version

PRIMARY_KEYS = {
    "documents": ["doc_id"],
    "articles": ["doc_id"],
    "timexes": ["doc_id", "timex_index"],
    "event_mentions": ["mention_id"],
    "errors": ["error_id"],
    "pipeline_runs": ["run_id"],
    "fetch_state": ["url"],
}


def ddl_schema(con, table: str) -> dict[str, pl.DataType]:
    """The polars dtypes DuckDB gives an empty select of the table, in column order."""
    return dict(con.sql(f"select * from raw.{table} limit 0").pl().schema)


@pytest.mark.parametrize("table", sorted(FRAMES))
def test_ddl_columns_order_and_types_equal_the_polars_contract(con, table):
    assert list(ddl_schema(con, table).items()) == list(FRAMES[table].items())


@pytest.mark.parametrize("table", sorted(PRIMARY_KEYS))
def test_each_raw_table_has_its_declared_primary_key(con, table):
    constraint = con.execute(
        "select constraint_column_names from duckdb_constraints() "
        "where schema_name = 'raw' and table_name = ? and constraint_type = 'PRIMARY KEY'",
        [table],
    ).fetchall()[0]
    assert constraint is not None and list(constraint[0]) == PRIMARY_KEYS[table]


def test_every_contract_frame_has_a_raw_table_and_no_table_is_unexplained(con):
    tables = {
        name
        for (name,) in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'raw'"
        ).fetchall()
    }
    assert tables == set(FRAMES) | {"schema_version"}


def test_applying_the_schema_twice_changes_nothing(con):
    def snapshot():
        return con.execute(
            "select table_name, sql from duckdb_tables() where schema_name = 'raw' order by 1"
        ).fetchall(), con.execute("select * from raw.schema_version").fetchall()

    before = snapshot()
    assert ensure_schema(con) == schema_version()
    assert snapshot() == before
    assert len(before[1]) == 1


def test_a_warehouse_from_a_newer_schema_is_refused_naming_both_versions(con):
    con.execute("insert into raw.schema_version values (?, now())", [schema_version() + 1])
    with pytest.raises(
        WarehouseError, match=rf"version {schema_version() + 1} is newer.*schema {schema_version()}"
    ):
        ensure_schema(con)


def test_a_column_appended_to_a_contract_is_added_to_an_older_warehouse(con):
    con.execute("alter table raw.errors drop column occurred_at")  # as an older datelines made it
    ensure_schema(con)
    assert list(ddl_schema(con, "errors").items()) == list(FRAMES["errors"].items())


def test_a_table_that_differs_otherwise_is_refused_naming_it(con):
    con.execute("alter table raw.fetch_state alter column etag type integer")
    with pytest.raises(WarehouseError, match=r"raw\.fetch_state does not match"):
        ensure_schema(con)
