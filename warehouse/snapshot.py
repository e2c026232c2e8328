"""A read-only copy of the warehouse for BI tools, published atomically.

BI tools must never hold the live file: DuckDB refuses a writer while any other process has it
open, even read-only (reliability.md G2, G3). They read a snapshot instead. Commits sit in the
`.wal` until a checkpoint, so a plain copy of the live file can miss all of them (G4): the
snapshot is CHECKPOINT, copy to a temporary file next to the target, then `os.replace`, so a
reader sees either the old snapshot or the new one, never half a file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from warehouse.connection import WarehouseError


def live_database_path(con: duckdb.DuckDBPyConnection) -> Path:
    """The file behind the connection's current database."""
    rows = con.execute(
        "select path from duckdb_databases() where database_name = current_database()"
    ).fetchall()
    if not rows or not rows[0][0]:
        raise WarehouseError("an in-memory warehouse has no file to snapshot")
    return Path(rows[0][0]).resolve()


def publish_snapshot(con: duckdb.DuckDBPyConnection, path: str | Path) -> Path:
    """Checkpoint the warehouse and atomically replace `path` with a copy of it; returns `path`."""
    target = Path(path).expanduser().resolve()
    source = live_database_path(con)
    if target == source:
        raise WarehouseError(f"snapshot path {target} is the live warehouse itself")
    target.parent.mkdir(parents=True, exist_ok=True)
    con.execute("checkpoint")
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as copy, source.open("rb") as live:
            shutil.copyfileobj(live, copy, length=1 << 20)
            copy.flush()
            os.fsync(copy.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise WarehouseError(f"cannot publish snapshot {target}: {exc.strerror or exc}") from None
    return target
