"""Ad-hoc SQL against the warehouse (`datelines sql`) and the output formats of query results.

`run_sql` is trusted local SQL (it can read files, as the DuckDB CLI can); open the connection
read-only for it so that a stray DDL statement cannot change the warehouse.
"""

from __future__ import annotations

import csv
import io

import duckdb
import polars as pl

# OWASP CSV injection: a cell starting with one of these is a formula in a spreadsheet.
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class QueryError(Exception):
    """A query could not run; the message is DuckDB's reason, on one line."""


def run_sql(con: duckdb.DuckDBPyConnection, query: str) -> pl.DataFrame:
    """The result of one SQL statement as a polars frame (empty for a statement without rows).

    Raises `QueryError` for an empty query, several statements, or any DuckDB error.
    """
    try:
        statements = con.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryError(_first_line(exc)) from None
    if len(statements) != 1:
        raise QueryError(f"expected one SQL statement, got {len(statements)}")
    try:
        relation = con.sql(query)
        return relation.pl() if relation is not None else pl.DataFrame()
    except duckdb.Error as exc:
        raise QueryError(_first_line(exc)) from None


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def to_table(df: pl.DataFrame, max_width: int = 160) -> str:
    """Every row as a text table, without polars' shape and dtype lines."""
    with pl.Config(
        tbl_rows=-1,
        tbl_cols=-1,
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
        fmt_str_lengths=60,
        tbl_width_chars=max_width,
    ):
        return str(df)


def neutralize_cell(value: str) -> str:
    """A text cell a spreadsheet will not run as a formula.

    >>> neutralize_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralize_cell("North Korea")
    'North Korea'
    """
    return "'" + value if value.startswith(_FORMULA_PREFIXES) else value


def to_csv(df: pl.DataFrame) -> str:
    """CSV with a header row; text cells starting with = + - @ are neutralized."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(df.columns)
    for row in df.iter_rows():
        writer.writerow(_csv_cell(value) for value in row)
    return buffer.getvalue()


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "|".join("" if v is None else str(v) for v in value)
    return neutralize_cell(value) if isinstance(value, str) else value


def to_json_lines(df: pl.DataFrame) -> str:
    """One JSON object per row (dates as ISO strings); empty text for no rows."""
    if df.height == 0:
        return ""
    return df.write_ndjson()
