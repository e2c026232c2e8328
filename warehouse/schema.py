"""Applies `schema.sql` idempotently and guards the schema version.

Statements run one at a time inside one transaction: a DuckDB multi-statement string is not
atomic (reliability.md G7), so a half-applied schema is never left behind.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import polars as pl

from transforms.schemas import FRAMES
from warehouse.connection import WarehouseError

SCHEMA_FILE = Path(__file__).resolve().parent / "schema.sql"
_VERSION_PATTERN = re.compile(r"version:\s*(\d+)")
_DUCKDB_TYPES = {
    pl.String: "VARCHAR",
    pl.Int64: "BIGINT",
    pl.Int32: "INTEGER",
    pl.Float64: "DOUBLE",
    pl.Boolean: "BOOLEAN",
    pl.Date: "DATE",
    pl.Binary: "BLOB",
    pl.Datetime("us", "UTC"): "TIMESTAMP WITH TIME ZONE",
}


def schema_sql() -> str:
    """The DDL text of the raw layer."""
    return SCHEMA_FILE.read_text(encoding="utf-8")


def schema_version() -> int:
    """The version declared on the first line of `schema.sql`.

    >>> schema_version() >= 1
    True
    """
    match = _VERSION_PATTERN.search(schema_sql().splitlines()[0])
    if match is None:
        raise WarehouseError(f"{SCHEMA_FILE} does not declare its version on its first line")
    return int(match.group(1))


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The newest schema version recorded in the warehouse, or None for a fresh file."""
    exists = con.execute(
        "select count(*) from duckdb_tables() "
        "where schema_name = 'raw' and table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return None
    return con.execute("select max(version) from raw.schema_version").fetchall()[0][0]


def ensure_schema(con: duckdb.DuckDBPyConnection) -> int:
    """Create the raw schema when missing; a second call changes nothing. Returns the version.

    Raises `WarehouseError` when the file was written by a newer schema than this code knows.
    """
    wanted = schema_version()
    found = stored_version(con)
    if found is not None and found > wanted:
        raise WarehouseError(
            f"warehouse schema version {found} is newer than this datelines (schema {wanted}); "
            "upgrade datelines or use another --warehouse"
        )
    if found != wanted:
        _apply_in_one_transaction(con, wanted)
    add_appended_columns(con)
    return wanted


def contract_columns(table: str) -> list[tuple[str, str]]:
    """The (column, DuckDB type) pairs `transforms/schemas.py` declares for a raw table.

    >>> contract_columns("fetch_state")[:2]
    [('url', 'VARCHAR'), ('final_url', 'VARCHAR')]
    """
    return [(col, _DUCKDB_TYPES[dtype]) for col, dtype in FRAMES[table].items()]


def stored_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    """The (column, type) pairs of a raw table as the warehouse has it, in order."""
    return con.execute(
        "select column_name, data_type from duckdb_columns() "
        "where schema_name = 'raw' and table_name = ? order by column_index",
        [table],
    ).fetchall()


def add_appended_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Add columns appended to a contract since the warehouse was made; returns `table.column`s.

    Raises `WarehouseError` when a table differs otherwise (a column renamed, retyped or
    removed): that needs a new warehouse, and silently loading into it would lose data.
    """
    added = []
    for table in FRAMES:
        stored, wanted = stored_columns(con, table), contract_columns(table)
        if stored != wanted[: len(stored)]:
            raise WarehouseError(
                f"warehouse table raw.{table} does not match this datelines: it has {stored}, "
                f"expected {wanted}; use a new --warehouse (datelines reprocess refills one)"
            )
        for column, duckdb_type in wanted[len(stored) :]:
            # Names and types come from the contract, never from input: identifiers only.
            con.execute(f'alter table raw.{table} add column "{column}" {duckdb_type}')
            added.append(f"{table}.{column}")
    return added


def _apply_in_one_transaction(con: duckdb.DuckDBPyConnection, version: int) -> None:
    con.execute("begin transaction")
    try:
        for statement in con.extract_statements(schema_sql()):
            con.execute(statement)
        con.execute(
            "insert into raw.schema_version select ?, now() "
            "where not exists (select 1 from raw.schema_version where version = ?)",
            [version, version],
        )
    except duckdb.Error as exc:
        con.execute("rollback")
        raise WarehouseError(f"cannot apply warehouse schema version {version}: {exc}") from None
    con.execute("commit")
