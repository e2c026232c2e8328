"""Feed bytes -> entries: links, titles and the feed's own dates, from real parser runs."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.feeds import looks_like_feed, parse_feed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "news"
BASE = "http://127.0.0.1:8000/feed.rss"


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_rss_entries_resolve_relative_links_against_the_feed_url_and_drop_duplicates():
    feed = parse_feed(_fixture("front.rss"), BASE)
    assert feed.version == "rss20" and feed.media_type == "application/rss+xml"
    assert [e.link for e in feed.entries] == [
        "http://127.0.0.1:8000/news/ceasefire-talks.html",
        "http://127.0.0.1:8000/news/grain-corridor.html",
    ]
    assert feed.title == "Loopback Gazette" and feed.language == "en"


def test_rss_entry_keeps_the_date_as_written_and_its_utc_reading():
    entry = parse_feed(_fixture("front.rss"), BASE).entries[0]
    assert entry.title == "Ceasefire talks resume in Geneva"
    assert entry.published == "Thu, 17 Oct 2024 09:30:00 +0200"
    assert entry.published_at == datetime(2024, 10, 17, 7, 30, tzinfo=UTC)
    assert entry.guid == "gazette-1"


def test_atom_feed_is_recognised_with_its_published_date():
    feed = parse_feed(_fixture("front.atom"), BASE)
    assert feed.version == "atom10" and feed.media_type == "application/atom+xml"
    assert feed.entries[0].published == "2024-10-17T21:15:00+02:00"
    assert feed.entries[0].published_at == datetime(2024, 10, 17, 19, 15, tzinfo=UTC)


def test_impossible_entry_dates_keep_the_raw_string_and_no_parsed_value():
    entries = parse_feed(_fixture("bad-dates.rss"), BASE).entries
    assert [e.published for e in entries] == [
        "Sat, 31 Feb 2024 10:00:00 GMT",
        "Thu, 17 Oct 2024 25:61:00 GMT",
        "Thu, 17 Oct 99999 10:00:00 GMT",
    ]
    assert all(e.published_at is None for e in entries)


def test_malformed_feed_keeps_the_entries_the_lenient_parser_found_with_a_warning():
    feed = parse_feed(_fixture("malformed.rss"), BASE)
    assert len(feed.entries) == 2
    assert feed.warnings and feed.warnings[0].startswith("malformed feed")


@pytest.mark.parametrize(
    "body",
    [b"", b"   \n", b"<html><head><title>Home</title></head><body><a href='/a'>A</a></body></html>",
     b'{"items": []}'],
    ids=["empty", "blank", "html-page", "json"],
)
def test_bodies_that_are_not_feeds_are_refused_with_not_a_feed(body):
    assert not looks_like_feed(body)
    with pytest.raises(ValueError, match="^not a feed"):
        parse_feed(body, BASE)


def test_a_body_that_spells_a_local_path_is_not_read_as_that_file(tmp_path):
    secret = tmp_path / "local.xml"
    secret.write_bytes(_fixture("front.rss"))
    with pytest.raises(ValueError, match="^not a feed"):
        parse_feed(str(secret).encode(), BASE)
    assert not looks_like_feed(str(secret).encode())


def test_entries_beyond_the_cap_are_dropped_with_a_warning():
    feed = parse_feed(_fixture("front.rss"), BASE, max_entries=1)
    assert len(feed.entries) == 1
    assert feed.warnings == ["2 entries, only the first 1 kept"]


def test_feed_entries_without_a_link_are_skipped():
    body = b'<rss version="2.0"><channel><item><title>No link</title></item></channel></rss>'
    assert parse_feed(body, BASE).entries == []


def _corpus_feeds() -> list[dict]:
    listing = CORPUS / "feeds.jsonl"
    if not listing.exists():
        return []
    return [json.loads(line) for line in listing.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("meta", _corpus_feeds() or [None], ids=lambda m: m and m["site"])
def test_every_corpus_feed_parses_cleanly_with_absolute_links(meta):
    if meta is None:
        pytest.skip("shared corpus not found next to the repository")
    feed = parse_feed((CORPUS / meta["file"]).read_bytes(), "https://example.org/feed")
    assert feed.entries and feed.warnings == []
    assert all(e.link.startswith(("http://", "https://")) for e in feed.entries)
    assert all(e.published for e in feed.entries)


def test_the_iso_8859_1_corpus_feed_decodes_its_accents():
    path = CORPUS / "feeds" / "jn.pt--ultimas.rss"
    if not path.exists():
        pytest.skip("shared corpus not found next to the repository")
    assert parse_feed(path.read_bytes()).title == "Jornal de Notícias - Últimas Notícias"


def _entities(depth: int) -> str:
    lines = ['<!ENTITY lol0 "lol">']
    lines += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, depth + 1)]
    return "\n".join(lines)


def test_a_billion_laughs_feed_stays_small_and_is_flagged_malformed():
    body = (f'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n{_entities(9)}\n]>\n'
            '<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
            "<link>http://news.example/x</link></item></channel></rss>").encode()
    feed = parse_feed(body, BASE)
    assert all(len(e.title or "") < 1000 for e in feed.entries)
    assert len(feed.title or "") < 1000
    assert feed.warnings and feed.warnings[0].startswith("malformed feed")


def test_an_external_entity_is_never_resolved_into_the_feed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("xxe-secret-token-4242")
    body = (f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>\n'
            '<rss version="2.0"><channel><title>t &x;</title><item><title>i &x;</title>'
            "<link>http://news.example/y</link><description>d &x;</description></item>"
            "</channel></rss>").encode()
    feed = parse_feed(body, BASE)
    assert "xxe-secret-token-4242" not in repr(feed)
