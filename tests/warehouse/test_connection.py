"""Opening the warehouse: a bounded wait on another process's lock, clear errors for bad files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import duckdb
import pytest

from warehouse import DEFAULT_PATH
from warehouse.connection import WarehouseError, connect

HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
if sys.argv[2] == "rw":
    con.execute("begin transaction")
print("holding", flush=True)
time.sleep(60)
"""


@pytest.fixture
def existing_warehouse(tmp_path):
    path = tmp_path / "held.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table t as select 1 as x")
    con.close()
    return path


def hold(path, mode: str) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), mode], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "holding"
    return holder


@pytest.mark.parametrize("mode", ["rw", "ro"])
def test_a_second_process_holding_the_file_gives_a_clear_error_after_the_bounded_wait(
    existing_warehouse, mode
):
    holder = hold(existing_warehouse, mode)
    try:
        started = time.monotonic()
        with pytest.raises(WarehouseError, match=rf"warehouse in use by PID {holder.pid}\b"):
            connect(existing_warehouse, wait_seconds=0.6)
        assert time.monotonic() - started >= 0.6
    finally:
        holder.kill()
        holder.wait()


def test_the_writer_gets_the_file_once_the_holder_lets_go(existing_warehouse):
    holder = hold(existing_warehouse, "rw")
    subprocess.Popen(  # kill the holder after a moment, while connect() is still waiting
        [sys.executable, "-c", f"import os, time; time.sleep(0.5); os.kill({holder.pid}, 9)"]
    )
    con = connect(existing_warehouse, wait_seconds=20)
    assert con.execute("select x from t").fetchall() == [(1,)]
    con.close()
    holder.wait()


def write_text(path):
    path.write_text("hello, this is not a database\n" * 50)


def write_empty(path):
    path.write_bytes(b"")


def write_sqlite(path):
    lite = sqlite3.connect(path)
    lite.execute("create table t (x)")
    lite.commit()
    lite.close()


def write_truncated(path):
    scratch = path.with_suffix(".full")
    con = duckdb.connect(str(scratch))
    con.execute("create table t as select range as x from range(100000)")
    con.close()
    path.write_bytes(scratch.read_bytes()[:5000])


def write_damaged_header(path):
    scratch = path.with_suffix(".full")
    con = duckdb.connect(str(scratch))
    con.execute("create table t as select 1 as x")
    con.close()
    data = bytearray(scratch.read_bytes())
    data[8:16] = b"NOTDUCK!"
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make_file", "reason"),
    [
        (write_text, "not a DuckDB database file"),
        (write_empty, "not a DuckDB database file"),
        (write_sqlite, "is a SQLite database"),
        (write_truncated, "damaged or truncated"),
        (write_damaged_header, "not a DuckDB database file"),
    ],
    ids=["text", "zero-byte", "sqlite", "truncated", "damaged-header"],
)
def test_a_foreign_or_corrupt_file_gives_an_error_naming_the_file(tmp_path, make_file, reason):
    path = tmp_path / "bad.duckdb"
    make_file(path)
    with pytest.raises(WarehouseError, match=reason) as caught:
        connect(path, wait_seconds=0)
    assert str(path) in str(caught.value)


def test_a_directory_given_as_the_warehouse_is_refused_by_name(tmp_path):
    with pytest.raises(WarehouseError, match=rf"{tmp_path} is a directory"):
        connect(tmp_path)


def test_a_missing_parent_folder_is_created_for_a_writer(tmp_path):
    path = tmp_path / "a" / "b" / "w.duckdb"
    connect(path).close()
    assert path.is_file()


def test_a_reader_of_a_missing_file_is_told_it_does_not_exist(tmp_path):
    with pytest.raises(WarehouseError, match="does not exist"):
        connect(tmp_path / "nothing.duckdb", read_only=True)


def test_extensions_are_never_downloaded_or_autoloaded(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    settings = dict(
        con.execute(
            "select name, value from duckdb_settings() where name in "
            "('autoinstall_known_extensions', 'autoload_known_extensions', 'TimeZone')"
        ).fetchall()
    )
    assert settings == {
        "autoinstall_known_extensions": "false",
        "autoload_known_extensions": "false",
        "TimeZone": "UTC",
    }


def test_the_default_warehouse_lives_in_the_warehouse_package_whatever_the_cwd():
    assert DEFAULT_PATH.name == "datelines.duckdb"
    assert DEFAULT_PATH.parent == (
        __import__("pathlib").Path(__file__).resolve().parents[2] / "warehouse"
    )


def test_a_garbage_wal_next_to_the_file_is_ignored_and_the_data_opens(existing_warehouse):
    wal = existing_warehouse.with_name(existing_warehouse.name + ".wal")
    wal.write_bytes(bytes(range(256)) * 16)
    con = connect(existing_warehouse, wait_seconds=0)
    assert con.execute("select x from t").fetchall() == [(1,)]
    con.close()


def test_reopening_in_one_process_with_another_read_only_setting_is_a_clear_error(
    existing_warehouse,
):
    writer = connect(existing_warehouse)
    try:
        with pytest.raises(WarehouseError, match="different read_only setting"):
            connect(existing_warehouse, read_only=True, wait_seconds=0)
        same = connect(existing_warehouse)  # the same settings share the open database
        assert same.execute("select x from t").fetchall() == [(1,)]
    finally:
        writer.close()


def test_a_warehouse_under_a_file_instead_of_a_folder_is_a_clear_error(tmp_path):
    (tmp_path / "not-a-folder").write_text("x")
    with pytest.raises(WarehouseError, match="cannot create the folder of warehouse"):
        connect(tmp_path / "not-a-folder" / "w.duckdb")
