"""The batch loader on a real DuckDB file: idempotent, replacing, atomic, surrogate-safe."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from transforms.ids import doc_id_for
from warehouse.load import (
    LoadError,
    articles_by_content_hash,
    known_documents,
    record_errors,
    replace_documents,
    sanitize_frame,
    stored_documents,
)

SEED_LIKE = "North Korean troops arrived in eastern Russia on October 18, officials said."


def test_loading_the_same_batch_twice_gives_the_same_counts(con, make_batch, counts):
    batch = make_batch("file:///a.txt", SEED_LIKE, n_mentions=2)
    replace_documents(con, batch)
    first = counts(con)
    replace_documents(con, batch)
    assert (
        counts(con)
        == first
        == {"documents": 1, "articles": 1, "timexes": 1, "event_mentions": 2, "errors": 0}
    )


def test_a_changed_document_replaces_all_its_derived_rows(con, make_batch, counts):
    replace_documents(con, make_batch("file:///a.txt", SEED_LIKE, n_mentions=3))
    replace_documents(con, make_batch("file:///a.txt", "Changed text.", n_mentions=1))
    assert counts(con)["event_mentions"] == 1
    stored = con.execute("select text from raw.articles").fetchall()
    assert stored == [("Changed text.",)]
    assert (
        con.execute("select count(distinct content_hash) from raw.documents").fetchall()[0][0] == 1
    )


def test_other_documents_are_untouched_when_one_is_replaced(con, make_batch, counts):
    replace_documents(con, make_batch("file:///a.txt", SEED_LIKE, n_mentions=2))
    replace_documents(con, make_batch("file:///b.txt", "Another text.", n_mentions=1))
    replace_documents(con, make_batch("file:///b.txt", "Another text, edited.", n_mentions=1))
    assert counts(con)["event_mentions"] == 3
    assert counts(con)["articles"] == 2


def test_a_failure_mid_batch_leaves_nothing_half_written_and_earlier_batches_intact(
    con, make_batch, counts
):
    replace_documents(con, make_batch("file:///a.txt", SEED_LIKE, n_mentions=2))
    before = counts(con)
    changed = make_batch("file:///a.txt", "A new version.", n_mentions=1)
    # Two mentions with one key: the mention insert, after the deletes and the document
    # inserts, violates the primary key.
    changed["event_mentions"] = changed["event_mentions"] * 2
    with pytest.raises(LoadError, match=r"batch night-2: insert event_mentions failed"):
        replace_documents(con, changed, batch="night-2")
    assert counts(con) == before
    assert con.execute("select text from raw.articles").fetchall()[0][0] == SEED_LIKE


def test_a_value_of_the_wrong_type_fails_the_batch_with_a_load_error(con, make_batch, counts):
    batch = make_batch("file:///a.txt", SEED_LIKE)
    batch["timexes"][0]["start"] = "not a number"
    with pytest.raises(LoadError, match="batch broken: frames do not match the contract"):
        replace_documents(con, batch, batch="broken")
    assert sum(counts(con).values()) == 0


def test_the_connection_is_usable_after_a_failed_batch(con, make_batch, counts):
    broken = make_batch("file:///a.txt", SEED_LIKE)
    broken["articles"] = broken["articles"] * 2
    with pytest.raises(LoadError):
        replace_documents(con, broken)
    replace_documents(con, make_batch("file:///b.txt", "Fine."))
    assert counts(con)["articles"] == 1


def test_a_lone_surrogate_in_text_loads_as_a_replacement_character(con, make_batch):
    text = "Troops \ud800arrived on October 18."
    replace_documents(con, make_batch("file:///s.txt", text))
    stored = con.execute("select text, text_chars from raw.articles").fetchall()[0]
    assert stored == ("Troops \ufffdarrived on October 18.", len(text))


def test_a_fixed_input_loses_its_old_errors(con, make_batch, make_errors, counts):
    uri = "file:///in.jsonl#line=3"
    broken = make_batch("file:///other.txt", SEED_LIKE)
    broken["errors"] = make_errors(uri, "not an object")
    replace_documents(con, broken)
    assert counts(con)["errors"] == 1
    replace_documents(con, make_batch(uri, "Now a proper article."))
    assert counts(con)["errors"] == 0


def test_bodies_are_stored_compressed_and_read_back_whole(con, make_batch):
    text = "Repeated sentence for compression. " * 200
    replace_documents(con, make_batch("file:///long.txt", text))
    size, body_bytes = con.execute(
        "select octet_length(body), body_bytes from raw.documents"
    ).fetchall()[0]
    assert body_bytes == len(text.encode()) and size < body_bytes / 10
    (row,) = list(stored_documents(con))
    assert row["body"] == text.encode() and row["uri"] == "file:///long.txt"


def test_stored_documents_pages_through_every_document(con, make_batch):
    batches = [make_batch(f"file:///d{i}.txt", f"Text {i}.") for i in range(7)]
    replace_documents(con, {name: [r for b in batches for r in b[name]] for name in batches[0]})
    uris = [row["uri"] for row in stored_documents(con, page_size=3)]
    assert sorted(uris) == sorted(f"file:///d{i}.txt" for i in range(7))


def test_record_errors_is_idempotent_on_error_id(con, make_errors):
    rows = make_errors("file:///bad.bin", "binary, not text", stage="decode")
    assert record_errors(con, rows + rows) == 1
    assert record_errors(con, pl.DataFrame(sanitize_frame(rows, "errors"))) == 0
    assert con.execute("select count(*) from raw.errors").fetchall()[0][0] == 1


def test_known_documents_maps_stored_uris_to_id_and_hash(con, make_batch):
    batch = make_batch("file:///a.txt", SEED_LIKE)
    replace_documents(con, batch)
    found = known_documents(con, ["file:///a.txt", "file:///never-seen.txt"])
    assert found == {
        "file:///a.txt": (doc_id_for("file:///a.txt"), batch["documents"][0]["content_hash"])
    }


def test_articles_by_content_hash_links_to_the_original_not_a_duplicate(con, make_batch):
    original = make_batch("file:///a.txt", SEED_LIKE)
    copy = make_batch("file:///copy.txt", SEED_LIKE)
    copy["documents"][0]["duplicate_of"] = doc_id_for("file:///a.txt")
    copy["documents"][0]["doc_id"] = copy["articles"][0]["doc_id"] = "0000"  # sorts first
    copy["timexes"], copy["event_mentions"] = [], []
    replace_documents(con, original)
    replace_documents(con, copy)
    digest = original["articles"][0]["content_hash"]
    assert articles_by_content_hash(con, [digest, "nope"]) == {digest: doc_id_for("file:///a.txt")}


def test_sanitize_frame_gives_the_contract_columns_in_order():
    frame = sanitize_frame([{"message": "x\udfff", "error_id": "e1"}], "errors")
    assert frame.columns[:3] == ["error_id", "run_id", "source"]
    assert frame["message"].to_list() == ["x\ufffd"]


def test_a_frame_with_a_column_outside_the_contract_is_refused(con, make_batch):
    batch = make_batch("file:///a.txt", SEED_LIKE)
    batch["articles"][0]["publishd_date"] = date(2024, 10, 18)
    with pytest.raises(LoadError, match="publishd_date"):
        replace_documents(con, batch)


def three_documents(make_batch) -> tuple[dict, str]:
    batches = [make_batch(f"file:///{name}.txt", f"{name} {SEED_LIKE}") for name in "abc"]
    broken = batches[1]
    broken["event_mentions"] = broken["event_mentions"] * 2  # one key twice: insert fails
    merged = {name: [row for b in batches for row in b[name]] for name in batches[0]}
    return merged, broken["documents"][0]["doc_id"]


def test_with_isolation_one_bad_document_gets_a_load_error_and_the_others_load(
    con, make_batch, counts
):
    merged, bad_doc = three_documents(make_batch)
    failed = replace_documents(con, merged, batch="b1", isolate_failures=True, run_id="run-9")
    assert failed == [bad_doc]
    assert counts(con)["articles"] == 2
    error = con.sql("select doc_id, uri, stage, run_id, message from raw.errors").pl().to_dicts()
    assert len(error) == 1 and error[0]["doc_id"] == bad_doc
    assert (error[0]["uri"], error[0]["stage"], error[0]["run_id"]) == (
        "file:///b.txt",
        "load",
        "run-9",
    )
    assert "insert event_mentions failed" in error[0]["message"]


def test_with_isolation_a_value_of_the_wrong_type_sinks_only_its_document(con, make_batch, counts):
    merged = {name: [] for name in ("documents", "articles", "timexes", "event_mentions", "errors")}
    for name in "xyz":
        for table, rows in make_batch(f"file:///{name}.txt", SEED_LIKE).items():
            merged[table] += rows
    merged["timexes"][2]["start"] = "not a number"
    assert len(replace_documents(con, merged, isolate_failures=True)) == 1
    assert counts(con)["articles"] == 2 and counts(con)["errors"] == 1


def test_without_isolation_the_same_batch_raises_and_loads_nothing(con, make_batch, counts):
    merged, _ = three_documents(make_batch)
    with pytest.raises(LoadError, match="batch b1"):
        replace_documents(con, merged, batch="b1")
    assert sum(counts(con).values()) == 0


def test_a_uri_from_a_non_utf8_file_name_is_found_again_under_the_callers_spelling(con, make_batch):
    uri = "file:///in/caf\udce9.txt"  # b"caf\xe9.txt" decoded with surrogateescape
    replace_documents(con, make_batch(uri, SEED_LIKE))
    assert list(known_documents(con, [uri])) == [uri]


def test_threads_sharing_one_connection_each_load_their_documents_whole(con, make_batch, counts):
    from concurrent.futures import ThreadPoolExecutor

    batches = [make_batch(f"file:///t{i}.txt", f"Text {i}.", n_mentions=2) for i in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda b: replace_documents(con, b), batches))
    assert counts(con) == {
        "documents": 8,
        "articles": 8,
        "timexes": 8,
        "event_mentions": 16,
        "errors": 0,
    }


def test_a_result_left_half_fetched_on_the_connection_does_not_block_a_load(con, make_batch):
    con.execute("select * from range(10000)").fetchone()  # DuckDB 2.0 keeps this result open
    replace_documents(con, make_batch("file:///a.txt", SEED_LIKE))
    assert record_errors(con, []) == 0


def test_threads_loading_the_same_document_at_once_leave_it_whole(con, make_batch, counts):
    from concurrent.futures import ThreadPoolExecutor

    versions = [make_batch("file:///same.txt", f"Version {i}.", n_mentions=3) for i in range(12)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda b: replace_documents(con, b), versions))
    assert counts(con) == {
        "documents": 1,
        "articles": 1,
        "timexes": 1,
        "event_mentions": 3,
        "errors": 0,
    }


def test_a_conflicting_open_transaction_elsewhere_gives_a_load_error_then_the_load_succeeds(
    con, make_batch, counts
):
    replace_documents(con, make_batch("file:///a.txt", SEED_LIKE))
    other = con.cursor()
    other.execute("begin transaction")
    other.execute("delete from raw.event_mentions")
    with pytest.raises(LoadError, match="(?i)conflict"):
        replace_documents(con, make_batch("file:///a.txt", "A new version."))
    other.execute("rollback")
    replace_documents(con, make_batch("file:///a.txt", "A new version."))
    assert con.execute("select text from raw.articles").fetchall() == [("A new version.",)]
