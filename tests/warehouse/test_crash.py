"""Faults during loads (kill -9, a full disk): whole documents only, acknowledged ones kept."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest

from warehouse.connection import connect

BATCHES, DOCS_PER_BATCH, MENTIONS_PER_DOC = 16, 5, 3

LOADER = """
import sys
from warehouse.connection import connect
from warehouse.load import replace_documents
from warehouse.schema import ensure_schema

def batch(b):
    docs = [f"doc-{b}-{d}" for d in range(DOCS)]
    text = "Troops crossed the border on Friday. " * 40
    return {
        "documents": [{"doc_id": i, "uri": "file:///" + i, "content_hash": i,
                       "body": text.encode()} for i in docs],
        "articles": [{"doc_id": i, "uri": "file:///" + i, "content_hash": i, "text": text}
                     for i in docs],
        "event_mentions": [{"mention_id": f"{i}-{m}", "doc_id": i, "event_type": "ASSAULT"}
                           for i in docs for m in range(MENTIONS)],
    }

con = connect(sys.argv[1])
ensure_schema(con)
for b in range(BATCHES):
    replace_documents(con, batch(b), batch=str(b))
    print(f"ack {b}", flush=True)
con.close()
"""
SCRIPT = f"BATCHES, DOCS, MENTIONS = {BATCHES}, {DOCS_PER_BATCH}, {MENTIONS_PER_DOC}\n" + LOADER


def kill_after(path, acks: int) -> int:
    """Run the loader, SIGKILL it once it acknowledged `acks` batches; returns the last ack."""
    loader = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(path)], stdout=subprocess.PIPE, text=True
    )
    last = -1
    for line in loader.stdout:
        last = int(line.split()[1])
        if last + 1 >= acks:
            break
    loader.send_signal(signal.SIGKILL)
    loader.wait()
    return last


def invariants(path) -> dict[str, int]:
    con = connect(path)
    try:
        documents = dict(
            con.execute(
                "select d.doc_id, count(m.mention_id) from raw.documents as d "
                "join raw.articles as a using (doc_id) "
                "left join raw.event_mentions as m using (doc_id) group by d.doc_id"
            ).fetchall()
        )
        orphans = con.execute(
            "select count(*) from raw.event_mentions "
            "where doc_id not in (select doc_id from raw.articles) "
            "or doc_id not in (select doc_id from raw.documents)"
        ).fetchall()[0][0]
        articles = con.execute("select count(*) from raw.articles").fetchall()[0][0]
    finally:
        con.close()
    assert orphans == 0 and articles == len(documents)
    assert set(documents.values()) <= {MENTIONS_PER_DOC}, "a document is half-written"
    return {"documents": len(documents), "mentions": sum(documents.values())}


@pytest.mark.parametrize("seed", [1, 2])
def test_a_killed_load_leaves_whole_documents_and_a_rerun_converges(tmp_path, seed):
    path = tmp_path / "killed.duckdb"
    acks = random.Random(seed).randint(1, BATCHES // 2)
    last = kill_after(path, acks)
    after_kill = invariants(path)
    assert after_kill["documents"] >= (last + 1) * DOCS_PER_BATCH  # acknowledged ones kept
    assert after_kill["documents"] % DOCS_PER_BATCH == 0  # whole batches only
    subprocess.run([sys.executable, "-c", SCRIPT, str(path)], check=True, capture_output=True)
    assert invariants(path) == {
        "documents": BATCHES * DOCS_PER_BATCH,
        "mentions": BATCHES * DOCS_PER_BATCH * MENTIONS_PER_DOC,
    }


FULL_DISK_LOADER = """
import os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
from warehouse.connection import connect
from warehouse.load import LoadError, replace_documents
from warehouse.schema import ensure_schema
con = connect(sys.argv[1])
ensure_schema(con)
con.execute("checkpoint")
resource.setrlimit(resource.RLIMIT_FSIZE, (3_000_000, 3_000_000))
text = "Shelling resumed near the river crossing before dawn. " * 700
for b in range(200):
    docs = [f"doc-{b}-{i}" for i in range(5)]
    try:
        replace_documents(con, {
            "documents": [{"doc_id": d, "uri": d, "body": os.urandom(30_000)} for d in docs],
            "articles": [{"doc_id": d, "uri": d, "text": text + d} for d in docs],
        }, batch=str(b))
    except LoadError as exc:
        print(exc)
        break
    print(f"ack {b}", flush=True)
"""


def test_a_full_disk_fails_the_commit_cleanly_and_keeps_whole_documents(tmp_path):
    path = tmp_path / "full.duckdb"
    run = subprocess.run(
        [sys.executable, "-c", FULL_DISK_LOADER, str(path)], capture_output=True, text=True
    )
    lines = run.stdout.splitlines()
    acked = sum(line.startswith("ack ") for line in lines)
    assert run.returncode == 0 and 0 < acked < 200
    assert "failed, nothing written" in lines[-1] and "File too large" in lines[-1]
    con = connect(path)
    try:
        documents = con.execute("select count(*) from raw.documents").fetchall()[0][0]
        articles = con.execute("select count(*) from raw.articles").fetchall()[0][0]
    finally:
        con.close()
    assert documents == articles == acked * 5


REBUILDER = """
import sys
from pathlib import Path
from warehouse.connection import connect
from warehouse.models import build_models
con, sql_dir = connect(sys.argv[1]), Path(sys.argv[2])
for build in range(1, 1000):
    for k in range(6):
        (sql_dir / "staging" / f"stg_v{k}.sql").write_text(f"select {build} as version")
    build_models(con, sql_dir)
    print(f"ack {build}", flush=True)
"""


def test_a_model_rebuild_killed_midway_leaves_every_model_from_one_build(tmp_path):
    from warehouse.models import build_models

    sql_dir = tmp_path / "sql"
    (sql_dir / "staging").mkdir(parents=True)
    (sql_dir / "marts").mkdir()
    for k in range(6):
        (sql_dir / "staging" / f"stg_v{k}.sql").write_text("select 0 as version")
    (sql_dir / "marts" / "fct_first.sql").write_text("select version from stg_v0")
    (sql_dir / "marts" / "fct_last.sql").write_text("select version from stg_v5")
    path = tmp_path / "models.duckdb"
    con = connect(path)
    build_models(con, sql_dir)
    con.close()
    delays = random.Random(7)
    for _ in range(3):  # without one transaction per build, most such kills split a build
        rebuilder = subprocess.Popen(
            [sys.executable, "-c", REBUILDER, str(path), str(sql_dir)],
            stdout=subprocess.PIPE,
            text=True,
        )
        rebuilder.stdout.readline()
        time.sleep(delays.uniform(0, 0.05))
        rebuilder.send_signal(signal.SIGKILL)
        rebuilder.wait()
        assert len(model_versions(path)) == 1, "models from different builds"


def model_versions(path) -> set[int]:
    con = connect(path)
    try:
        names = [f"stg_v{k}" for k in range(6)] + ["fct_first", "fct_last"]
        return {con.execute(f"select version from {n}").fetchall()[0][0] for n in names}
    finally:
        con.close()
