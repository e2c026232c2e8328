"""decode_text and clean_text: encodings, byte-order marks, binary refusal, invisible controls."""

from __future__ import annotations

import random

import pytest

from transforms.records import DocumentError
from transforms.text import clean_text, decode_text, strip_markdown

FRENCH = "Le 3 février 2024, les troupes sont arrivées à Koursk après une longue marche."
UKRAINIAN = "Київ, 15 березня 2024 року: війська прибули до Курської області."


@pytest.mark.parametrize(
    ("body", "declared", "text", "encoding"),
    [
        (FRENCH.encode("utf-8"), None, FRENCH, "utf-8"),
        (FRENCH.encode("latin-1"), None, FRENCH, "cp1252"),
        (FRENCH.encode("cp1252"), "iso-8859-1", FRENCH, "cp1252"),
        (UKRAINIAN.encode("cp1251"), None, UKRAINIAN, "cp1251"),
        (UKRAINIAN.encode("cp1251"), "windows-1251", UKRAINIAN, "cp1251"),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), None, FRENCH, "utf-8"),
        (UKRAINIAN.encode("utf-16"), None, UKRAINIAN, "utf-16-le"),
        ("Kyiv, 15 March 2024".encode("utf-16-be"), None, "Kyiv, 15 March 2024", "utf-16-be"),
        ("Kyiv, 15 March 2024".encode("utf-16-le"), None, "Kyiv, 15 March 2024", "utf-16-le"),
    ],
    ids=[
        "utf8",
        "latin1-undeclared",
        "latin1-declared",
        "cp1251-detected",
        "cp1251-declared",
        "utf8-bom",
        "utf16-bom",
        "utf16be-no-bom",
        "utf16le-no-bom",
    ],
)
def test_decode_text_finds_the_encoding_and_strips_the_bom(body, declared, text, encoding):
    assert decode_text(body, declared) == (text, encoding)


def test_utf8_without_declaration_never_becomes_latin1_mojibake():
    body = "Зеленський заявив, що українські війська тримають позиції.".encode()
    text, encoding = decode_text(body, "iso-8859-1")
    assert encoding == "utf-8" and "Ð" not in text and text.startswith("Зеленський")


def test_random_binary_named_text_is_refused_as_binary():
    body = random.Random(7).randbytes(50_000)
    with pytest.raises(DocumentError) as error:
        decode_text(body)
    assert error.value.stage == "decode" and "binary" in error.value.message


def test_high_bytes_without_nul_that_fit_no_encoding_are_refused():
    body = bytes(range(0x80, 0x100)) * 200
    with pytest.raises(DocumentError, match="binary"):
        decode_text(body)


def test_bidi_and_zero_width_controls_are_removed_before_anything_else():
    body = "Troops arrived on \u202e15\u200b March 2024\u202c in \u2066Kursk\u2069.".encode()
    assert decode_text(body)[0] == "Troops arrived on 15 March 2024 in Kursk."


def test_joiners_that_spell_words_are_kept():
    persian = "می\u200cخواهم"  # ZWNJ is part of the spelling
    assert clean_text(persian) == persian


def test_lone_surrogates_become_replacement_characters():
    assert clean_text("before \ud800 after") == "before \ufffd after"


def test_crlf_and_lone_cr_become_newlines_and_stray_controls_go():
    assert clean_text("a\r\nb\rc\x07d\te") == "a\nb\ncd\te"


def test_invalid_utf8_after_a_utf8_bom_is_a_decode_error():
    with pytest.raises(DocumentError, match="byte-order mark"):
        decode_text(b"\xef\xbb\xbfok \xff\xfe\xfd broken")


def test_utf8_with_one_stray_byte_stays_utf8_with_a_replacement_character():
    body = ("Київ, 15 березня 2024 року: війська прибули. " * 20).encode() + b"\xff end"
    text, encoding = decode_text(body)
    assert encoding == "utf-8" and text.count("\ufffd") == 1 and text.startswith("Київ, 15 березня")


def test_cp1251_bytes_declared_as_utf8_are_detected_as_cp1251():
    assert decode_text(UKRAINIAN.encode("cp1251"), "utf-8") == (UKRAINIAN, "cp1251")


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("# Kursk\n\nTroops arrived.", "Kursk\n\nTroops arrived."),
        ("**500** soldiers and __more__ ~~maybe~~", "500 soldiers and more maybe"),
        ("See [the report](https://example.org/r) and ![map](m.png).", "See the report and map."),
        ("> quoted line\n- first\n* second", "quoted line\nfirst\nsecond"),
        ("```\ncode\n```", "\ncode\n"),
        ("5*3 = 15 and snake_case stay; -5 degrees", "5*3 = 15 and snake_case stay; -5 degrees"),
    ],
    ids=["heading", "emphasis", "links", "quote-bullets", "fence", "prose-untouched"],
)
def test_strip_markdown_removes_markup_and_keeps_the_words(markdown, plain):
    assert strip_markdown(markdown) == plain
