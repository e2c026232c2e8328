"""Snapshots for BI: every committed row is in them, and readers never see half a file."""

from __future__ import annotations

import shutil
import subprocess
import sys

import duckdb
import pytest

from warehouse.connection import WarehouseError, connect
from warehouse.snapshot import publish_snapshot


def rows_in(path) -> int:
    """Rows of `t` as a new reader sees them: another process, since DuckDB shares one open
    database per file within a process."""
    reader = subprocess.run(
        [sys.executable, "-c", READER, str(path)], capture_output=True, text=True, check=True
    )
    return int(reader.stdout)


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("select count(*) from t").fetchall()[0][0])
"""


@pytest.fixture
def writer(tmp_path):
    con = connect(tmp_path / "live.duckdb")
    con.execute("create table t (x integer)")
    con.execute("checkpoint")
    yield con
    con.close()


def test_a_snapshot_holds_every_committed_row_while_the_writer_is_open(writer, tmp_path):
    writer.execute("insert into t select range from range(1000)")
    naive = tmp_path / "naive.duckdb"
    shutil.copyfile(tmp_path / "live.duckdb", naive)  # what a plain copy would publish
    assert rows_in(naive) < 1000  # the commits are still in the .wal: the copy misses them
    snapshot = publish_snapshot(writer, tmp_path / "bi" / "snapshot.duckdb")
    assert rows_in(snapshot) == 1000


def test_a_reader_of_the_old_snapshot_keeps_it_while_new_readers_see_the_new_one(writer, tmp_path):
    writer.execute("insert into t select range from range(1000)")
    path = publish_snapshot(writer, tmp_path / "snapshot.duckdb")
    old_reader = duckdb.connect(str(path), read_only=True)
    writer.execute("insert into t select range from range(5000)")
    publish_snapshot(writer, path)
    assert old_reader.execute("select count(*) from t").fetchall() == [(1000,)]
    assert rows_in(path) == 6000
    old_reader.close()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_live_file_is_never_its_own_snapshot(writer, tmp_path):
    with pytest.raises(WarehouseError, match="is the live warehouse"):
        publish_snapshot(writer, tmp_path / "live.duckdb")
