"""detect_language: ISO 639-1 codes for real sentences, None when there is too little text."""

from __future__ import annotations

import pytest

from transforms.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "North Korean troops arrived in the Kursk region on Friday, officials in Seoul said.",
            "en",
        ),
        ("Северокорейские военные прибыли в Курскую область в пятницу, заявили в Сеуле.", "ru"),
        (
            "Північнокорейські військові прибули до Курської області в п'ятницю, заявили в Сеулі.",
            "uk",
        ),
        ("Nordkoreanische Soldaten sind am Freitag in der Region Kursk eingetroffen.", "de"),
        ("Des soldats nord-coréens sont arrivés vendredi dans la région de Koursk.", "fr"),
        ("북한군이 금요일 쿠르스크 지역에 도착했다고 서울 당국자들이 밝혔다.", "ko"),
    ],
    ids=["en", "ru", "uk", "de", "fr", "ko"],
)
def test_detect_language_names_the_language_of_a_sentence(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "ok", "12 34 56 78 90 2024-10-18", "!!! ??? ..."])
def test_too_little_text_gives_none(text):
    assert detect_language(text) is None
