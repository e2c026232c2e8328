"""A read-only copy of the warehouse for BI tools, published atomically.

BI tools must never hold the live file: DuckDB refuses a writer while any other process has it
open, even read-only (reliability.md G2, G3). They read a snapshot instead. Commits sit in the
`.wal` until a checkpoint, so a plain copy of the live file can miss all of them (G4).

Two ways to publish, both ending in `os.replace` of a finished temporary file next to the
target, so a reader sees either the old snapshot or the new one, never half a file:
- `storage_version="v1.0.0"` (default): DuckDB writes a fresh database in the storage format
  of that version (`ATTACH ... (STORAGE_VERSION ...)` + `COPY FROM DATABASE`), which BI tools
  on DuckDB 1.x can open; a 2.0 file is tagged `v2.0.0+` and they cannot (G15).
- `storage_version=None`: CHECKPOINT, then a byte copy of the live file: fastest, 2.0 format.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from pathlib import Path

import duckdb

from warehouse.connection import WarehouseError

_STORAGE_VERSION = re.compile(r"^v\d+\.\d+\.\d+$")


def live_database_path(con: duckdb.DuckDBPyConnection) -> Path:
    """The file behind the connection's current database."""
    rows = con.execute(
        "select path from duckdb_databases() where database_name = current_database()"
    ).fetchall()
    if not rows or not rows[0][0]:
        raise WarehouseError("an in-memory warehouse has no file to snapshot")
    return Path(rows[0][0]).resolve()


def publish_snapshot(
    con: duckdb.DuckDBPyConnection, path: str | Path, *, storage_version: str | None = "v1.0.0"
) -> Path:
    """Atomically replace `path` with a snapshot of the warehouse; returns `path`."""
    target = Path(path).expanduser().resolve()
    if target == live_database_path(con):
        raise WarehouseError(f"snapshot path {target} is the live warehouse itself")
    if storage_version is not None and not _STORAGE_VERSION.match(storage_version):
        raise WarehouseError(f"storage version must look like v1.0.0, not {storage_version!r}")
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        if storage_version is None:
            _copy_checkpointed(con, temporary)
        else:
            _write_in_storage_version(con, temporary, storage_version)
        os.replace(temporary, target)
    except (OSError, duckdb.Error) as exc:
        raise WarehouseError(f"cannot publish snapshot {target}: {exc}") from None
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
            leftover.unlink(missing_ok=True)
    return target


def _copy_checkpointed(con: duckdb.DuckDBPyConnection, temporary: Path) -> None:
    con.execute("checkpoint")
    with live_database_path(con).open("rb") as live, temporary.open("wb") as copy:
        shutil.copyfileobj(live, copy, length=1 << 20)
        copy.flush()
        os.fsync(copy.fileno())


def _write_in_storage_version(
    con: duckdb.DuckDBPyConnection, temporary: Path, storage_version: str
) -> None:
    # ATTACH takes no bound parameters: the path is ours (quotes doubled), the version checked.
    quoted_path = str(temporary).replace("'", "''")
    current = con.execute("select current_database()").fetchall()[0][0].replace('"', '""')
    con.execute(
        f"attach '{quoted_path}' as datelines_snapshot (storage_version '{storage_version}')"
    )
    try:
        con.execute(f'copy from database "{current}" to datelines_snapshot')
    finally:
        con.execute("detach datelines_snapshot")
