"""The DuckDB layer: connection, raw schema, loads, SQL models, checks, queries and snapshots.

`DEFAULT_PATH` is resolved from this package's location, so the default warehouse is the same
file whatever the current directory is.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent / "datelines.duckdb"
