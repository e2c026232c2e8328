"""Opening the warehouse: a bounded wait on DuckDB's file lock and clear errors for bad files.

DuckDB never waits for a lock: a second process opening a held file fails within milliseconds
(reliability.md section 0.1), so the wait is ours. Every failure becomes a `WarehouseError`
whose message names the file, so the CLI can print one line instead of a traceback.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb

# A SQLite (or other foreign) file would otherwise make DuckDB try to download an extension.
NO_EXTENSION_DOWNLOADS = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}
_LOCK_PATTERN = re.compile(r"Conflicting lock is held in (?P<exe>.*?) \(PID (?P<pid>\d+)\)")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_RETRY_INTERVAL_SECONDS = 0.1


class WarehouseError(Exception):
    """The warehouse cannot be used; the message names the file and says why."""


def connect(
    path: str | Path,
    read_only: bool = False,
    wait_seconds: float = 10.0,
    *,
    external_access: bool = True,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file, waiting up to `wait_seconds` while another process holds it.

    Creates the parent folder for a writer. Raises `WarehouseError` for a held lock (naming the
    holder's PID), a directory, or a file that is not a DuckDB database. With
    `external_access=False` (for SQL from a less trusted user, e.g. a server or BI mode) the
    session cannot read or write other files, attach databases or install extensions, and
    cannot turn that back on.

    >>> con = connect("/tmp/example.duckdb")  # doctest: +SKIP
    """
    target = Path(path).expanduser().resolve()
    _refuse_unusable_path(target, read_only)
    deadline = time.monotonic() + max(wait_seconds, 0.0)
    while True:
        try:
            return _open(target, read_only, external_access)
        except duckdb.Error as exc:
            holder = _LOCK_PATTERN.search(str(exc))
            if holder is None:
                raise WarehouseError(describe_open_failure(target, exc)) from None
            if time.monotonic() >= deadline:
                raise WarehouseError(
                    f"warehouse in use by PID {holder['pid']} ({holder['exe']}): {target} "
                    f"stayed locked for {wait_seconds:g} s; wait for that process to finish, "
                    "or point BI tools at a published snapshot instead of the live file"
                ) from None
            time.sleep(_RETRY_INTERVAL_SECONDS)


def _open(target: Path, read_only: bool, external_access: bool) -> duckdb.DuckDBPyConnection:
    config = {**NO_EXTENSION_DOWNLOADS, "enable_external_access": external_access}
    con = duckdb.connect(str(target), read_only=read_only, config=config)
    # Timestamps read back as UTC on every machine, matching transforms/schemas.py.
    con.execute("set TimeZone = 'UTC'")
    if not external_access:
        con.execute("set lock_configuration = true")
    return con


def _refuse_unusable_path(target: Path, read_only: bool) -> None:
    """Fail early, before DuckDB sees the path, on the cases it reports obscurely."""
    if target.is_dir():
        raise WarehouseError(f"warehouse path {target} is a directory, not a DuckDB file")
    if target.is_file() and _starts_with(target, _SQLITE_MAGIC):
        raise WarehouseError(f"warehouse file {target} is a SQLite database, not a DuckDB file")
    if read_only:
        if not target.exists():
            raise WarehouseError(f"warehouse file {target} does not exist (run `datelines run`)")
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or exc
        raise WarehouseError(f"cannot create the folder of warehouse {target}: {reason}") from None


def _starts_with(target: Path, magic: bytes) -> bool:
    try:
        with target.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def describe_open_failure(target: Path, exc: Exception) -> str:
    """One line naming the file and the reason DuckDB gave, without its internal prefixes.

    >>> describe_open_failure(Path("/w.duckdb"), OSError('IO Error: The file "/w.duckdb" exists, '
    ...     'but it is not a valid DuckDB database file!'))
    'cannot open warehouse /w.duckdb: not a DuckDB database file (corrupt, truncated or foreign)'
    """
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "not a valid DuckDB database file" in reason:
        reason = "not a DuckDB database file (corrupt, truncated or foreign)"
    elif "Could not read" in reason or "Corrupt database" in reason:
        reason = f"damaged or truncated DuckDB file ({reason.removeprefix('IO Error: ')})"
    elif "different configuration" in reason:
        reason = "already open in this process with a different read_only setting"
    return f"cannot open warehouse {target}: {reason}"
