"""extract_html: main text without boilerplate, title, publication date and where it was found."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.html import extract_html, looks_like_html
from transforms.published import parse_published
from transforms.records import DocumentError

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "news"
NOW = datetime(2024, 11, 5, tzinfo=UTC)


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_json_ld_date_published_wins_over_update_and_header_dates():
    extract = extract_html(
        page("jsonld-with-boilerplate.html"), "https://example.org/world/x", now=NOW
    )
    assert (extract.published, extract.published_how) == ("2024-10-18T23:40:00+03:00", "json-ld")
    published = parse_published(extract.published)
    assert published.published_date.isoformat() == "2024-10-18"  # the day in the page's own zone


def test_main_text_starts_with_the_article_and_leaves_menus_and_footer_out():
    extract = extract_html(
        page("jsonld-with-boilerplate.html"), "https://example.org/world/x", now=NOW
    )
    assert extract.text.startswith("About five hundred soldiers reached the border region")
    for boilerplate in (
        "Home",
        "Most read",
        "Football club",
        "Privacy policy",
        "All rights reserved",
    ):
        assert boilerplate not in extract.text
    assert extract.title == "Troops reach the border region"


def test_declared_language_and_canonical_link_are_read_from_the_page():
    extract = extract_html(
        page("jsonld-with-boilerplate.html"), "https://example.org/world/x", now=NOW
    )
    assert extract.language == "en"
    assert extract.url == "https://example.org/world/2024/troops-reach-border"


def test_byline_under_the_headline_beats_header_and_sidebar_dates():
    extract = extract_html(page("byline-only.html"), None, now=NOW)
    assert extract.published_how == "byline"
    assert parse_published(extract.published).published_date.isoformat() == "2024-10-17"


def test_broken_markup_still_gives_text_and_date():
    extract = extract_html(page("broken-markup.html"), None, now=NOW)
    assert "The bridge over the river reopened to traffic" in extract.text
    assert (extract.published, extract.published_how) == ("2024-10-16T07:30:00+02:00", "meta")


def test_a_page_without_any_date_gives_none():
    extract = extract_html(page("no-date.html"), None, now=NOW)
    assert extract.published is None and extract.published_how is None
    assert extract.language == "fr" and extract.text.startswith("Après des mois de travaux")


def test_nesting_deeper_than_lxml_allows_is_an_error_not_silent_loss():
    body = (
        "<html><body>"
        + "<div>" * 20_000
        + "<p>deep text</p>"
        + "</div>" * 20_000
        + "</body></html>"
    ).encode()
    with pytest.raises(DocumentError) as error:
        extract_html(body)
    assert error.value.stage == "extract" and "nesting deeper than 255" in error.value.message


def test_text_only_inside_script_is_no_main_text():
    body = (
        b"<html><head><title>App</title></head><body><div id='root'></div><script>"
        b'window.__DATA__ = {"text": "Troops arrived on 14 March 2024 in the region"};'
        b"</script></body></html>"
    )
    with pytest.raises(DocumentError, match="no main text"):
        extract_html(body)


@pytest.mark.parametrize(
    "body",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b'{"text": "json"}',
        b"",
    ],
    ids=["pdf", "png", "json", "empty"],
)
def test_bodies_that_are_not_html_are_refused(body):
    assert not looks_like_html(body)
    with pytest.raises(DocumentError, match="not HTML"):
        extract_html(body)


def test_too_many_elements_is_refused_before_extraction():
    body = b"<html><body>" + b"<span>x</span>" * 60_000 + b"</body></html>"
    with pytest.raises(DocumentError, match="too many elements"):
        extract_html(body)


def _manifest() -> list[dict]:
    if not (CORPUS / "manifest.jsonl").is_file():
        pytest.skip(f"news corpus not available at {CORPUS}")
    return [
        json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text().splitlines() if line
    ]


def test_publication_day_matches_the_manifest_for_at_least_95_percent_of_corpus_pages():
    pages = [entry for entry in _manifest() if entry.get("published")]
    misses = []
    for entry in pages:
        extract = extract_html((CORPUS / entry["file"]).read_bytes(), entry["url"])
        found = parse_published(extract.published).published_date if extract.published else None
        if found != parse_published(entry["published"]).published_date:
            misses.append(
                (entry["site"], entry["published"], extract.published, extract.published_how)
            )
    assert len(misses) <= 0.05 * len(pages), misses


@pytest.mark.parametrize(
    ("site", "first_words"),
    [
        (
            "foxnews.com",
            "Russian President Vladimir Putin signed legislation Thursday de-ratifying",
        ),
        (
            "channel4.com",
            "For the first time in three weeks the border between Gaza and Egypt has opened",
        ),
        ("tass.ru", "МОСКВА, 29 июня. /ТАСС/. Движение от Можайского до Новорижского шоссе"),
        ("liberation.fr", "En Cisjordanie, ce mercredi 1er novembre était une journée de «colère»"),
        ("fr.de", "Kim Jong Un taucht nach Wochen wieder auf."),
    ],
    ids=["foxnews", "channel4", "tass", "liberation", "fr.de-after-kicker-lines"],
)
def test_corpus_page_text_starts_with_the_articles_first_sentence(site, first_words):
    entry = next(e for e in _manifest() if e["site"] == site)
    extract = extract_html((CORPUS / entry["file"]).read_bytes(), entry["url"])
    assert extract.text.startswith(first_words)
    assert "Privacy Policy" not in extract.text and "Terms of Use" not in extract.text


def test_wdr_gives_the_original_publication_not_the_last_update():
    entry = next(e for e in _manifest() if e["site"] == "wdr.de")
    extract = extract_html((CORPUS / entry["file"]).read_bytes(), entry["url"])
    assert parse_published(extract.published).published_date.isoformat() == "2023-11-06"


def test_page_declaring_utf8_but_sending_cp1251_is_decoded_and_the_encoding_recorded():
    story = (
        "Війська прибули до Курської області в п'ятницю, повідомили в міністерстві оборони. " * 3
    )
    html = (
        "<html><head><meta charset='utf-8'><title>Новини</title></head>"
        f"<body><article><h1>Новини</h1><p>{story}</p></article></body></html>"
    )
    extract = extract_html(html.encode("cp1251"), now=NOW)
    assert extract.encoding == "cp1251" and extract.text.startswith("Війська прибули до Курської")


def test_a_byline_date_labelled_as_an_update_is_skipped_for_the_written_one():
    body = (
        b"<html><body><h1>Storm damage</h1>"
        + b"<p>Updated: 2024-10-20 09:00 | Written: 2024-10-17 18:00</p>"
        + b"<article><p>"
        + b"Roofs were torn off and roads flooded across the coast overnight, officials said. " * 4
        + b"</p></article></body></html>"
    )
    extract = extract_html(body, now=NOW)
    assert (extract.published, extract.published_how) == ("2024-10-17 18:00", "byline")


def test_a_page_with_more_text_than_any_article_is_refused_before_extraction():
    body = (
        b"<html><body><p>"
        + b"Troops arrived in the region today. " * 30_000
        + b"</p></body></html>"
    )
    with pytest.raises(DocumentError, match="too much text for one page"):
        extract_html(body)


def test_megabytes_of_inline_script_data_do_not_count_as_page_text():
    script = b"<script>window.__DATA__ = '" + b"x" * 1_100_000 + b"';</script>"
    story = (
        b"<p>"
        + b"The convoy reached the city before dawn, witnesses said on Friday. " * 3
        + b"</p>"
    )
    body = (
        b"<html><head>" + script + b"</head><body><article>" + story + b"</article></body></html>"
    )
    assert extract_html(body).text.startswith("The convoy reached the city before dawn")


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("publié le 1er novembre 2023 à 16h28", "2023-11-01"),
        ("Опубліковано 21 вересня 2020, 11:00", "2020-09-21"),
        ("4. Mai 2020 um 14:50 Uhr", "2020-05-04"),
        ("입력 2020.08.27 20:27", "2020-08-27"),
        ("Stand: 07.11.2023, 07:30 Uhr | 6. November 2023", "2023-11-06"),
    ],
    ids=["fr", "uk", "de", "ko", "de-update-skipped"],
)
def test_bylines_in_other_languages_give_the_publication_day(byline, day):
    story = (
        "<p>"
        + "Die Waffen wurden über Drittstaaten nach Russland geliefert, heißt es. " * 3
        + "</p>"
    )
    html = (
        f"<html><body><h1>Schlagzeile</h1><p>{byline}</p><article>{story}</article></body></html>"
    )
    extract = extract_html(html.encode(), now=NOW)
    assert extract.published_how == "byline"
    assert parse_published(extract.published).published_date.isoformat() == day
