"""extract_article: extractor chosen by content, metadata fields, publication-date precedence."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from transforms.documents import canonical_url, extract_article
from transforms.ids import content_hash, doc_id_for
from transforms.records import DocumentError, RawDocument

NOW = datetime(2024, 10, 20, tzinfo=UTC)
PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
SENTENCE = "Over 500 North Korean soldiers have arrived in Russia, the agency said yesterday."


def text_doc(
    body: bytes = SENTENCE.encode(), media_type: str = "text/plain", **metadata
) -> RawDocument:
    sources = {key: "sidecar" for key in metadata}
    return RawDocument("in.txt", "file:///data/in.txt", body, media_type, metadata, sources)


def jsonl_doc(record: dict, uri: str = "file:///data/in.jsonl#line=1") -> RawDocument:
    line = json.dumps(record).encode()
    metadata = {k: v for k, v in record.items() if k != "text"}
    return RawDocument(
        "in.jsonl", uri, line, "application/json", metadata, {k: "jsonl" for k in metadata}, line=1
    )


def test_sidecar_metadata_gives_title_language_source_and_an_anchor():
    raw = text_doc(
        published="2024-10-18", title="Troops  arrive", lang="en-GB", source="seed", desk="asia"
    )
    article = extract_article(raw, now=NOW)
    assert (article.text, article.title, article.language, article.language_source) == (
        SENTENCE,
        "Troops arrive",
        "en",
        "declared",
    )
    assert (article.published_date, article.published_precision, article.published_source) == (
        date(2024, 10, 18),
        "day",
        "sidecar",
    )
    assert article.anchor().value == date(2024, 10, 18) and article.source_name == "seed"
    assert article.extra == {"desk": "asia"}
    assert article.doc_id == doc_id_for(raw.uri) and article.content_hash == content_hash(raw.body)


def test_jsonl_record_reads_text_from_the_line_and_accepts_dct_and_language_aliases():
    raw = jsonl_doc(
        {"doc_id": "a1", "dct": "2024-10", "language": "ru", "text": "Войска прибыли.", "x": [1]}
    )
    article = extract_article(raw, now=NOW)
    assert (article.text, article.language, article.published_source) == (
        "Войска прибыли.",
        "ru",
        "jsonl",
    )
    assert (article.published_date, article.published_precision) == (date(2024, 10, 1), "month")
    assert article.anchor().precision == "month"
    assert article.extra == {"x": [1]}


def test_declared_date_wins_over_the_pages_own_date():
    record = {
        "id": 1,
        "published": "2024-10-19",
        "text": (PAGES / "broken-markup.html").read_text(),
    }
    article = extract_article(jsonl_doc(record), now=NOW)
    assert (article.published_date, article.published_source) == (date(2024, 10, 19), "jsonl")
    assert article.title == "Bridge reopens after repairs"


def test_page_date_wins_over_url_date_and_cli_default():
    raw = RawDocument(
        "u",
        "https://example.org/2020/01/02/bridge",
        (PAGES / "broken-markup.html").read_bytes(),
        "text/html",
    )
    article = extract_article(raw, default_published="2024-10-18", now=NOW)
    assert (article.published_date, article.published_source) == (date(2024, 10, 16), "html")
    assert article.published_at == datetime(2024, 10, 16, 5, 30, tzinfo=UTC)


def test_url_date_is_used_when_the_document_states_none():
    raw = jsonl_doc({"url": "https://example.org/news/2024/10/17/troops", "text": SENTENCE})
    article = extract_article(raw, default_published="2024-10-18", now=NOW)
    assert (article.published_date, article.published_source) == (date(2024, 10, 17), "url")


@pytest.mark.parametrize(
    ("published", "url", "expected"),
    [
        (
            "2025-01",
            "https://example.org/mondo/2025/01/13/kursk",
            (date(2025, 1, 13), "day", "url"),
        ),
        ("2025", "https://example.org/mondo/2025/01/13/kursk", (date(2025, 1, 13), "day", "url")),
        (
            "2025-01",
            "https://example.org/mondo/2025/02/13/kursk",
            (date(2025, 1, 1), "month", "jsonl"),
        ),
        (
            "2025-01-12",
            "https://example.org/mondo/2025/01/13/kursk",
            (date(2025, 1, 12), "day", "jsonl"),
        ),
    ],
)
def test_a_declared_month_is_made_precise_by_a_day_of_it_in_the_url(published, url, expected):
    article = extract_article(jsonl_doc({"url": url, "published": published, "text": SENTENCE}))
    assert (
        article.published_date,
        article.published_precision,
        article.published_source,
    ) == expected


def test_cli_published_anchors_only_documents_without_a_date_of_their_own():
    article = extract_article(text_doc(), default_published="2024-10-18", now=NOW)
    assert (article.published_date, article.published_source, article.published_flag) == (
        date(2024, 10, 18),
        "cli",
        "ok",
    )


def test_without_any_date_the_publication_stays_unknown_and_anchors_nothing():
    article = extract_article(text_doc(), now=NOW)
    assert (article.published_date, article.published_source, article.published_flag) == (
        None,
        "unknown",
        "missing",
    )
    assert article.anchor() is None


@pytest.mark.parametrize(
    ("value", "flag"),
    [("not a date", "invalid"), ("2999-01-01", "implausible"), ("2024-13-01", "invalid")],
)
def test_bad_declared_date_is_kept_flagged_and_never_anchors(value, flag):
    article = extract_article(text_doc(published=value), default_published="2024-10-18", now=NOW)
    assert (article.published_raw, article.published_flag, article.published_source) == (
        value,
        flag,
        "sidecar",
    )
    assert article.published_date is None and article.anchor() is None
    assert any(flag in warning and value in warning for warning in article.warnings)


def test_txt_file_holding_html_goes_through_the_html_extractor():
    raw = text_doc((PAGES / "jsonld-with-boilerplate.html").read_bytes())
    article = extract_article(raw, now=NOW)
    assert (
        article.text.startswith("About five hundred soldiers")
        and "Privacy policy" not in article.text
    )
    assert (article.title, article.published_source, article.language) == (
        "Troops reach the border region",
        "html",
        "en",
    )


def test_local_html_file_holding_plain_text_is_read_as_text():
    article = extract_article(text_doc(SENTENCE.encode(), "text/html"), now=NOW)
    assert article.text == SENTENCE


def test_fetched_page_served_as_html_without_markup_is_refused():
    raw = RawDocument(
        "u", "https://example.org/a", b'{"error": "json"}', "text/html", http_status=200
    )
    with pytest.raises(DocumentError, match="not HTML"):
        extract_article(raw, now=NOW)


@pytest.mark.parametrize(
    "body",
    [b"", b"  \n\t ", b"\xef\xbb\xbf", "\u200b\u202e".encode()],
    ids=["zero-bytes", "whitespace", "bom-only", "invisible-only"],
)
def test_empty_documents_are_refused(body):
    with pytest.raises(DocumentError, match="empty document"):
        extract_article(text_doc(body), now=NOW)


def test_binary_named_txt_is_refused_at_decode():
    with pytest.raises(DocumentError) as error:
        extract_article(text_doc(random.Random(1).randbytes(50_000)), now=NOW)
    assert error.value.stage == "decode" and "binary" in error.value.message


def test_lone_surrogate_in_a_jsonl_text_is_replaced_not_fatal():
    raw = RawDocument(
        "in.jsonl",
        "file:///x.jsonl#line=1",
        b'{"text": "before \\ud800 after"}',
        "application/json",
    )
    assert extract_article(raw, now=NOW).text == "before \ufffd after"


def test_a_javascript_url_is_refused_with_a_warning():
    article = extract_article(text_doc(url="javascript:alert(1)"), now=NOW)
    assert article.url is None and any("refused" in warning for warning in article.warnings)


def test_language_is_detected_when_not_declared_and_the_cli_default_beats_detection():
    assert (extract_article(text_doc(), now=NOW).language_source) == "detected"
    article = extract_article(text_doc(), default_lang="uk", now=NOW)
    assert (article.language, article.language_source) == ("uk", "cli")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("HTTPS://Example.ORG:443/a?b=1#frag", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org/"),
        ("http://example.org:8080/x", "http://example.org:8080/x"),
        ("ftp://example.org/x", None),
        ("file:///etc/passwd", None),
        ("http://[::1", None),
        (42, None),
    ],
)
def test_canonical_url_keeps_only_http_urls_in_one_spelling(value, expected):
    assert canonical_url(value) == expected


def test_markdown_files_are_read_without_their_markup():
    raw = text_doc(
        b"## Update\n**Over 500** troops arrived, [Yonhap](https://example.org) said.",
        "text/markdown",
    )
    assert extract_article(raw, now=NOW).text == "Update\nOver 500 troops arrived, Yonhap said."


def test_a_local_folder_path_that_looks_like_a_date_is_not_a_url_date():
    raw = RawDocument("x", "file:///archive/2024/10/17/a.txt", SENTENCE.encode(), "text/plain")
    assert extract_article(raw, now=NOW).published_source == "unknown"


@pytest.mark.parametrize(
    "module",
    [
        "transforms.text",
        "transforms.published",
        "transforms.html",
        "transforms.html_dates",
        "transforms.language",
        "transforms.documents",
    ],
)
def test_docstring_examples_hold(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_a_utf16_html_page_is_still_extracted_as_html():
    page = (PAGES / "no-date.html").read_text(encoding="utf-8").replace('charset="utf-8"', "")
    article = extract_article(text_doc(page.encode("utf-16"), "text/html"), now=NOW)
    assert article.text.startswith("Après des mois de travaux") and article.encoding == "utf-16-le"
    assert article.title == "Le marché couvert rouvre ses portes"
