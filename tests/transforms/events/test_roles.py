"""Roles: when a country is named as a place rather than as the one who acts."""

from __future__ import annotations

import pytest

from transforms.events.actors import find_actors
from transforms.events.roles import is_place_use


def place_uses(text: str, lang: str) -> list[tuple[str, bool]]:
    return [(a.code, is_place_use(text, a, lang)) for a in find_actors(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "Na segunda-feira, a Ucrânia atacou a Rússia.", [("UKR", False), ("RUS", False)]),
        ("pt", "Pyongyang enviou tropas para a Rússia.", [("PRK", False), ("RUS", True)]),
        ("es", "Pyongyang envió tropas a Rusia.", [("PRK", False), ("RUS", True)]),
    ],
    ids=["pt-article", "pt-para-a", "es-preposition"],
)
def test_a_portuguese_article_before_a_country_is_no_place_word(lang, text, expected):
    assert place_uses(text, lang) == expected


def test_a_telugu_place_postposition_makes_the_country_where_not_who():
    # "North Korea sent soldiers to Russia" / "the Russian army attacked in Ukraine"
    assert place_uses("ఉత్తర కొరియా రష్యాకు సైనికులను పంపింది.", "te") == [
        ("PRK", False),
        ("RUS", True),
    ]
    assert place_uses("రష్యా సైన్యం ఉక్రెయిన్‌లో దాడి చేసింది.", "te") == [
        ("RUS", False),
        ("UKR", True),
    ]
