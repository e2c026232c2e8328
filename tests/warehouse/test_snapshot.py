"""Snapshots for BI: every committed row is in them, and readers never see half a file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from warehouse.connection import WarehouseError, connect
from warehouse.snapshot import publish_snapshot

READER = """
import json, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(json.dumps({
    "rows": con.execute("select count(*) from t").fetchall()[0][0],
    "view_rows": con.execute("select count(*) from t_view").fetchall()[0][0],
    "tags": con.execute(
        "select tags from duckdb_databases() where database_name = current_database()"
    ).fetchall()[0][0],
}))
"""
MODES = pytest.mark.parametrize("version", ["v1.0.0", None], ids=["duckdb-1-format", "byte-copy"])


def read_snapshot(path) -> dict:
    """What a new reader sees: another process, since DuckDB shares one open database per file
    within a process."""
    reader = subprocess.run(
        [sys.executable, "-c", READER, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(reader.stdout)


@pytest.fixture
def writer(tmp_path):
    con = connect(tmp_path / "live.duckdb")
    con.execute("create table t (x integer)")
    con.execute("create view t_view as select * from t")
    con.execute("checkpoint")
    yield con
    con.close()


@MODES
def test_a_snapshot_holds_every_committed_row_while_the_writer_is_open(writer, tmp_path, version):
    writer.execute("insert into t select range from range(1000)")
    naive = tmp_path / "naive.duckdb"
    shutil.copyfile(tmp_path / "live.duckdb", naive)  # what a plain copy would publish
    assert read_snapshot(naive)["rows"] < 1000  # the commits are still in the .wal
    path = tmp_path / "bi" / "snapshot.duckdb"
    snapshot = read_snapshot(publish_snapshot(writer, path, storage_version=version))
    assert (snapshot["rows"], snapshot["view_rows"]) == (1000, 1000)


@MODES
def test_a_reader_of_the_old_snapshot_keeps_it_while_new_readers_see_the_new_one(
    writer, tmp_path, version
):
    writer.execute("insert into t select range from range(1000)")
    path = publish_snapshot(writer, tmp_path / "snapshot.duckdb", storage_version=version)
    old_reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, duckdb, time\n"
            "con = duckdb.connect(sys.argv[1], read_only=True)\n"
            "print('open', flush=True); sys.stdin.readline()\n"
            "print(con.execute('select count(*) from t').fetchall()[0][0])",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert old_reader.stdout.readline().strip() == "open"
    writer.execute("insert into t select range from range(5000)")
    publish_snapshot(writer, path, storage_version=version)
    assert old_reader.communicate("go\n")[0].strip() == "1000"
    assert read_snapshot(path)["rows"] == 6000
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".tmp.wal"))]


def test_the_default_snapshot_is_written_in_a_format_duckdb_1_can_open(writer, tmp_path):
    snapshot = read_snapshot(publish_snapshot(writer, tmp_path / "s.duckdb"))
    assert snapshot["tags"]["storage_version"] == "v1.0.0+"


def test_the_live_file_is_never_its_own_snapshot(writer, tmp_path):
    with pytest.raises(WarehouseError, match="is the live warehouse"):
        publish_snapshot(writer, tmp_path / "live.duckdb")


def test_a_storage_version_that_is_not_a_version_is_refused(writer, tmp_path):
    with pytest.raises(WarehouseError, match="must look like v1.0.0"):
        publish_snapshot(writer, tmp_path / "s.duckdb", storage_version="v1'); drop table t; --")


OLD_READER = """
import sys
sys.path.insert(0, sys.argv[1])
import duckdb
con = duckdb.connect(sys.argv[2], read_only=True)
print(duckdb.__version__, con.execute("select count(*) from t_view").fetchall()[0][0])
"""


def test_duckdb_1_reads_the_default_snapshot(writer, tmp_path):
    """Needs an old wheel: `pip install --target DIR duckdb==1.1.3`, DATELINES_OLD_DUCKDB=DIR."""
    import os

    old = os.environ.get("DATELINES_OLD_DUCKDB")
    if not old:
        pytest.skip("set DATELINES_OLD_DUCKDB to a folder holding a duckdb 1.x wheel")
    writer.execute("insert into t select range from range(10)")
    path = publish_snapshot(writer, tmp_path / "s.duckdb")
    reader = subprocess.run(
        [sys.executable, "-c", OLD_READER, old, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    version, rows = reader.stdout.split()
    assert version.startswith("1.") and rows == "10"
