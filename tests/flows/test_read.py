"""read_local on real files in tmp_path: folders, sidecars, refused inputs, JSON Lines, stdin."""

from __future__ import annotations

import io
import json
import os
import random
import signal
from pathlib import Path

import pytest

from flows.read import ReadCounts, file_uri, read_local
from transforms.documents import extract_article
from transforms.records import DocumentError, InputFailure, RawDocument


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def read(paths: list, **kwargs) -> tuple[list[RawDocument], list[InputFailure]]:
    items = list(read_local([str(p) for p in paths], **kwargs))
    return [i for i in items if isinstance(i, RawDocument)], [
        i for i in items if isinstance(i, InputFailure)
    ]


@pytest.fixture
def no_hang():
    """Fail instead of hanging forever if a read blocks (opening a FIFO does)."""
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("read_local blocked"))
    signal.alarm(10)
    yield
    signal.alarm(0)


def test_folder_is_read_recursively_in_name_order_with_media_types(tmp_path):
    write(tmp_path / "b.md", "# Title\nTroops moved.")
    write(tmp_path / "a.txt", "Troops arrived.")
    write(tmp_path / "sub" / "c.HTML", "<html><body><p>x</p></body></html>")
    write(tmp_path / "sub" / "d.htm", "<p>y</p>")
    write(tmp_path / "notes.csv", "ignored,silently")
    counts = ReadCounts()
    docs, failures = read([tmp_path], counts=counts)
    assert [Path(d.uri).name for d in docs] == ["a.txt", "b.md", "c.HTML", "d.htm"]
    assert [d.media_type for d in docs] == ["text/plain", "text/markdown", "text/html", "text/html"]
    assert failures == [] and counts.skipped_files == 1
    assert all(d.source == str(tmp_path) for d in docs)


def test_file_uri_is_absolute_resolved_and_percent_encoded(tmp_path):
    odd = os.fsdecode(bytes(tmp_path) + b"/caf\xe9 #1.txt")
    write(Path(odd), "Troops arrived.")
    (doc,), _ = read([odd])
    assert doc.uri == "file://" + str(tmp_path.resolve()) + "/caf%E9%20%231.txt"
    assert (
        file_uri(tmp_path / "x" / ".." / "a b.txt")
        == "file://" + str(tmp_path.resolve()) + "/a%20b.txt"
    )


def test_sidecar_fields_become_metadata_from_the_sidecar(tmp_path):
    write(tmp_path / "seed.txt", "Troops arrived.")
    write(
        tmp_path / "seed.meta.json",
        json.dumps({"published": "2024-10-18", "lang": "en", "text": "ignored"}),
    )
    (doc,), failures = read([tmp_path / "seed.txt"])
    assert doc.metadata == {"published": "2024-10-18", "lang": "en"}
    assert doc.metadata_sources == {"published": "sidecar", "lang": "sidecar"} and failures == []


def test_malformed_sidecar_is_an_error_and_the_document_still_reads_without_metadata(tmp_path):
    write(tmp_path / "x.txt", "Troops arrived.")
    write(tmp_path / "x.meta.json", "{not json")
    docs, failures = read([tmp_path])
    assert len(docs) == 1 and docs[0].metadata == {}
    assert [(f.stage, f.uri.endswith("x.meta.json")) for f in failures] == [("sidecar", True)]
    assert "malformed sidecar 'x.meta.json'" in failures[0].message
    assert extract_article(docs[0]).published_flag == "missing"


def test_sidecar_without_document_is_a_warning(tmp_path):
    write(tmp_path / "lonely.meta.json", "{}")
    docs, failures = read([tmp_path])
    assert docs == [] and [(f.stage, f.severity) for f in failures] == [("sidecar", "warning")]
    assert "sidecar without document" in failures[0].message


@pytest.mark.parametrize("name", ["report.pdf", "x.meta.json", "data.json"])
def test_a_file_named_explicitly_with_another_extension_is_refused(tmp_path, name):
    docs, failures = read([write(tmp_path / name, "{}")])
    assert docs == [] and failures[0].stage == "read" and name in failures[0].message


def test_missing_path_is_an_input_failure(tmp_path):
    docs, (failure,) = read([tmp_path / "nope.txt"])
    assert docs == [] and "cannot read" in failure.message and "No such file" in failure.message


def test_fifo_named_txt_is_refused_without_hanging(tmp_path, no_hang):
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path / "ok.txt", "Troops arrived.")
    docs, failures = read([tmp_path])
    assert [Path(d.uri).name for d in docs] == ["ok.txt"]
    assert "not a regular file (a FIFO)" in failures[0].message


def test_device_behind_a_txt_name_is_refused_without_hanging(tmp_path, no_hang):
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    docs, (failure,) = read([tmp_path / "zero.txt"])
    assert docs == [] and failure.message == "refused: not a regular file (a device)"


def test_symlink_leaving_the_folder_is_refused_and_one_inside_is_read_once(tmp_path):
    outside = write(tmp_path / "outside" / "secret.txt", "secret")
    folder = tmp_path / "in"
    write(folder / "real.txt", "Troops arrived.")
    os.symlink(outside, folder / "leak.txt")
    os.symlink(folder / "real.txt", folder / "alias.txt")
    docs, failures = read([folder])
    assert [Path(d.uri).name for d in docs] == ["real.txt"]
    assert [f.message for f in failures] == [
        "refused: symbolic link leads outside the input folder"
    ]
    assert all(b"secret" not in d.body for d in docs)


def test_dangling_link_is_an_input_failure_and_the_run_goes_on(tmp_path):
    gone = write(tmp_path / "gone.txt", "x")
    os.symlink(gone, tmp_path / "dangling.txt")
    gone.unlink()
    write(tmp_path / "ok.txt", "Troops arrived.")
    docs, failures = read([tmp_path])
    assert [Path(d.uri).name for d in docs] == ["ok.txt"]
    assert [(f.uri.endswith("gone.txt"), f.message) for f in failures] == [
        (True, "cannot read: No such file or directory")
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 files")
def test_unreadable_file_is_an_input_failure(tmp_path):
    locked = write(tmp_path / "locked.txt", "x")
    locked.chmod(0)
    docs, (failure,) = read([locked])
    assert "Permission denied" in failure.message


def test_file_over_the_size_cap_is_too_large(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(25 * 1024 * 1024)  # sparse: 25 MB on paper, nothing on disk
    small = write(tmp_path / "small.txt", "Troops arrived.")
    docs, failures = read([big, small])
    assert [Path(d.uri).name for d in docs] == ["small.txt"]
    assert failures[0].message.startswith("too large: 26214400 bytes")


def test_the_same_file_named_twice_is_read_once(tmp_path):
    path = write(tmp_path / "a.txt", "Troops arrived.")
    docs, failures = read([tmp_path, path])
    assert len(docs) == 1 and failures == []


def test_every_input_in_a_hostile_folder_becomes_an_article_or_a_specific_error(tmp_path):
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "binary.txt", random.Random(3).randbytes(50_000))
    write(
        tmp_path / "latin1.txt", "Le 3 février 2024, les troupes sont arrivées.".encode("latin-1")
    )
    write(tmp_path / "utf16.txt", "Kyiv, 15 March 2024: troops arrived.".encode("utf-16"))
    write(
        tmp_path / "script.html",
        "<html><body><script>var t = 'hidden text';</script></body></html>",
    )
    write(
        tmp_path / "page.txt",
        "<!doctype html><html><head><title>T</title></head><body><article>"
        + "<p>The convoy reached the city before dawn, witnesses said on Friday.</p>" * 3
        + "</article></body></html>",
    )
    outcomes = {}
    for doc in read([tmp_path])[0]:
        try:
            outcomes[Path(doc.uri).name] = ("ok", extract_article(doc).encoding)
        except DocumentError as error:
            outcomes[Path(doc.uri).name] = (error.stage, error.message.split(":")[0])
    assert outcomes == {
        "binary.txt": ("decode", "binary or not text"),
        "empty.txt": ("extract", "empty document"),
        "latin1.txt": ("ok", "cp1252"),
        "page.txt": ("ok", "utf-8"),
        "script.html": ("extract", "no main text"),
        "utf16.txt": ("ok", "utf-16-le"),
    }


# --- JSON Lines -------------------------------------------------------------------------------

DEEP = "[" * 100_000 + "]" * 100_000


def jsonl_lines(*lines: str, ending: str = "\n") -> bytes:
    return ending.join(lines).encode()


def test_each_good_line_is_a_document_with_its_raw_line_and_declared_fields(tmp_path):
    path = write(
        tmp_path / "in.jsonl",
        jsonl_lines(
            '{"id": "a-1", "text": "Troops arrived.", "published": "2024-10-18", "desk": "asia"}',
            '{"text": "No id here."}',
            '{"url": "HTTPS://Example.org:443/news/1#top", "text": "From the web."}',
        ),
    )
    docs, failures = read([path])
    base = file_uri(path)
    assert [d.uri for d in docs] == [
        f"{base}#id=a-1",
        f"{base}#line=2",
        "https://example.org/news/1",
    ]
    assert [d.line for d in docs] == [1, 2, 3] and failures == []
    first = docs[0]
    assert (
        first.media_type == "application/json"
        and json.loads(first.body)["text"] == "Troops arrived."
    )
    assert first.metadata == {"id": "a-1", "published": "2024-10-18", "desk": "asia"}
    assert set(first.metadata_sources.values()) == {"jsonl"}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{this is not json", "not JSON"),
        ("[1, 2, 3]", "not an object (got list)"),
        ('"just a string"', "not an object (got str)"),
        ('{"id": 1}', "no text"),
        ('{"id": 1, "text": null}', "no text"),
        ('{"id": 1, "text": 42}', "no text"),
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "not JSON: Exceeds the limit"),
        (DEEP, "not JSON: maximum recursion depth"),
        ('{"text": "x", "score": NaN}', "not JSON: NaN is not valid JSON"),
        ('{"text": "x", "score": -Infinity}', "not JSON: -Infinity is not valid JSON"),
        ('{"text": "caf\xe9"}', "not valid UTF-8"),
    ],
    ids=[
        "broken",
        "array",
        "string",
        "no-text",
        "null-text",
        "number-text",
        "5000-digits",
        "100k-deep",
        "nan",
        "infinity",
        "latin1-bytes",
    ],
)
def test_a_bad_line_is_one_error_with_its_line_number_and_the_next_line_still_loads(
    tmp_path, line, message
):
    body = (
        b'{"text": "before"}\n'
        + line.encode("latin-1" if "\xe9" in line else "utf-8")
        + b'\n{"text": "after"}\n'
    )
    docs, failures = read([write(tmp_path / "in.jsonl", body)])
    assert [json.loads(d.body)["text"] for d in docs] == ["before", "after"]
    (failure,) = failures
    assert (failure.line, failure.stage, failure.severity) == (2, "parse", "error")
    assert failure.uri.endswith("#line=2") and message in failure.message


def test_empty_lines_are_skipped_and_counted_not_errors(tmp_path):
    counts = ReadCounts()
    docs, failures = read(
        [write(tmp_path / "in.jsonl", '\n{"text": "a"}\n   \n\n{"text": "b"}\n')], counts=counts
    )
    assert len(docs) == 2 and failures == [] and counts.empty_lines == 3
    assert [d.line for d in docs] == [2, 5]


def test_bom_crlf_and_a_last_line_without_newline_are_handled(tmp_path):
    body = b"\xef\xbb\xbf" + jsonl_lines(
        '{"id": 1, "text": "a"}', '{"id": 2, "text": "b"}', ending="\r\n"
    )
    docs, failures = read([write(tmp_path / "in.jsonl", body)])
    assert [(d.metadata["id"], d.body[:1]) for d in docs] == [
        (1, b"{"),
        (2, b"{"),
    ] and failures == []


def test_duplicate_id_keeps_the_first_and_warns_naming_its_line(tmp_path):
    path = write(
        tmp_path / "in.jsonl",
        jsonl_lines(
            '{"id": 7, "text": "first"}',
            '{"id": 8, "text": "other"}',
            '{"doc_id": 7, "text": "second"}',
        ),
    )
    docs, (warning,) = read([path])
    assert [json.loads(d.body)["text"] for d in docs] == ["first", "other"]
    assert (warning.severity, warning.stage, warning.line) == ("warning", "read", 3)
    assert warning.message == "duplicate id '7': first kept (line 1)"


def test_the_same_url_in_two_files_is_one_document_and_the_warning_names_the_first_file(tmp_path):
    first = write(tmp_path / "a.jsonl", '{"url": "https://example.org/n/1", "text": "first"}')
    write(tmp_path / "b.jsonl", '{"url": "https://example.org/n/1#x", "text": "again"}')
    docs, (warning,) = read([tmp_path])
    assert [d.uri for d in docs] == ["https://example.org/n/1"]
    assert (
        warning.message
        == f"duplicate url https://example.org/n/1: first kept (line 1 of {file_uri(first)})"
    )


def test_duplicate_keys_are_a_warning_and_the_last_value_is_kept(tmp_path):
    docs, (warning,) = read(
        [write(tmp_path / "in.jsonl", '{"text": "a", "lang": "en", "lang": "ru"}')]
    )
    assert (
        docs[0].metadata["lang"] == "ru"
        and warning.severity == "warning"
        and "'lang'" in warning.message
    )


def test_lone_surrogates_in_fields_are_replaced_at_read(tmp_path):
    docs, _ = read([write(tmp_path / "in.jsonl", '{"text": "a\\ud800b", "title": "t\\udfff"}')])
    assert docs[0].metadata["title"] == "t\ufffd"
    assert extract_article(docs[0]).text == "a\ufffdb"


def test_a_line_over_the_cap_is_an_error_and_reading_goes_on(tmp_path):
    body = jsonl_lines('{"text": "' + "x" * 5000 + '"}', '{"text": "short"}')
    docs, (failure,) = read([write(tmp_path / "in.jsonl", body)], max_file_bytes=1000)
    assert [json.loads(d.body)["text"] for d in docs] == ["short"]
    assert failure.line == 1 and "line too large" in failure.message


def test_stdin_dash_reads_json_lines_and_a_cut_last_line_is_an_error():
    stdin = io.BytesIO(b'{"id": "s1", "text": "first"}\n{"text": "second"}\n{"text": "cut mid')
    docs, (failure,) = read(["-"], stdin=stdin)
    assert [d.uri for d in docs] == ["stdin:#id=s1", "stdin:#line=2"]
    assert all(d.source == "-" for d in docs)
    assert (failure.line, failure.uri) == (3, "stdin:#line=3") and "not JSON" in failure.message


def test_a_sidecar_over_its_cap_is_refused_and_the_document_reads_bare(tmp_path):
    write(tmp_path / "x.txt", "Troops arrived.")
    write(tmp_path / "x.meta.json", '{"title": "' + "t" * (2 * 1024 * 1024) + '"}')
    (doc,), (failure,) = read([tmp_path])
    assert doc.metadata == {} and failure.stage == "sidecar" and "larger than" in failure.message


@pytest.mark.parametrize("name", ["-rf.txt", "new\nline.txt", "quote\"'.txt", "x" * 240 + ".txt"])
def test_hostile_file_names_are_read_under_their_real_name(tmp_path, name):
    write(tmp_path / name, "Troops arrived.")
    (doc,), failures = read([tmp_path])
    assert failures == [] and doc.uri == file_uri(tmp_path / name)
    assert "\n" not in doc.uri and " " not in doc.uri


def test_the_bundled_seed_sample_reads_with_its_sidecar_anchor(repo_root):
    (doc,), failures = read([repo_root / "samples" / "seed.txt"])
    article = extract_article(doc)
    assert failures == [] and Path(doc.uri).name == "seed.txt"
    assert (article.published_date.isoformat(), article.published_source) == (
        "2024-10-18",
        "sidecar",
    )
    assert (article.language, article.source_name) == ("en", "seed")


def test_a_folder_named_like_a_document_is_walked_as_a_folder(tmp_path):
    write(tmp_path / "x.txt" / "inner.txt", "Troops arrived.")
    docs, failures = read([tmp_path])
    assert [Path(d.uri).name for d in docs] == ["inner.txt"] and failures == []


def test_a_two_megabyte_text_line_loads_within_the_cap(tmp_path):
    text = "The convoy reached the city before dawn. " * 50_000
    docs, failures = read([write(tmp_path / "big.jsonl", json.dumps({"id": "big", "text": text}))])
    assert failures == [] and len(json.loads(docs[0].body)["text"]) == len(text) > 2_000_000


def test_every_corpus_page_read_from_its_folder_becomes_an_article_dated_as_the_manifest_says(
    corpora,
):
    news = corpora / "news"
    manifest = {
        json.loads(line)["file"]: json.loads(line)
        for line in (news / "manifest.jsonl").read_text().splitlines()
    }
    docs, failures = read([news / "html"])
    assert failures == [] and len(docs) == len(manifest)
    matched = 0
    for doc in docs:
        entry = manifest["html/" + Path(doc.uri).name]
        article = extract_article(doc)
        assert article.text and article.published_source == "html" and article.title
        # the manifest's first ten characters are the calendar day in the zone it states
        matched += article.published_date.isoformat() == entry["published"][:10]
    assert matched >= 0.95 * len(docs)


@pytest.mark.parametrize("module", ["flows.read", "flows.jsonl"])
def test_docstring_examples_hold(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_a_sidecar_next_to_an_upper_case_document_is_not_lonely(tmp_path):
    write(tmp_path / "REPORT.TXT", "Troops arrived.")
    write(tmp_path / "REPORT.meta.json", '{"published": "2024-10-18"}')
    (doc,), failures = read([tmp_path])
    assert failures == [] and doc.metadata == {"published": "2024-10-18"}
