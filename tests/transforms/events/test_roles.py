"""Roles: when a country is named as a place rather than as the one who acts."""

from __future__ import annotations

import pytest

from transforms.events.actors import find_actors
from transforms.events.place_use import is_place_use


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


@pytest.mark.parametrize(
    "text", ["A British soldier was killed.", "Gunmen shot a US soldier in Baghdad."]
)
def test_one_soldier_of_a_country_after_an_english_article_is_no_place(text):
    assert place_uses(text, "en")[0][1] is False


@pytest.mark.parametrize(
    "text", ["600 deaths on the Russia-Ukraine battlefronts", "in the Russia-Ukraine war"]
)
def test_both_names_of_a_war_between_two_countries_say_where(text):
    assert place_uses(text, "en") == [("RUS", True), ("UKR", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a higher death rate than in Coventry and London", [("GBR", True)]),
        ("Fighting in Iraq and Afghanistan killed 20 soldiers", [("IRQ", True), ("AFG", True)]),
        ("In Astana, Russia, Iran and Turkey signed a deal", [("RUS", False), ("IRN", False)]),
        ("Protests in Europe and Russia drew thousands", [("RUS", True)]),
    ],
    ids=["capital-after-a-town", "two-countries", "a-list-of-parties", "after-a-region"],
)
def test_the_second_of_two_names_after_a_place_word_is_a_place_too(text, expected):
    assert [use for use in place_uses(text, "en") if use[0] != "TUR"] == expected


def test_both_names_of_a_korean_front_say_where():
    # "near the Russia-Ukraine front"
    assert place_uses("러시아-우크라이나 전선 인근", "ko") == [("RUS", True), ("UKR", True)]


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "North Korean troops were attacked by Ukrainian forces near Kursk."),
        ("en", "300 North Korean soldiers were killed by Ukrainian drones."),
        ("pt", "O exército norte-coreano foi atacado pela Ucrânia na região de Kursk."),
        ("pt", "O exército norte-coreano foi atacado por forças ucranianas em Kursk."),
        ("fr", "Les soldats nord-coréens ont été attaqués par l'armée ukrainienne."),
    ],
)
def test_the_agent_of_a_passive_is_the_one_who_acts(lang, text):
    from transforms.events.extract import extract_event_mentions

    rows = extract_event_mentions("d", text, [], None, lang)
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("UKR", "PRK")]


def test_a_participle_with_its_agent_is_a_passive():
    from transforms.events.extract import extract_event_mentions

    text = "He referred to a UN resolution vetoed by Russia last weekend."
    rows = extract_event_mentions("d", text, [], None, "en")
    assert [(r["event_type"], r["actor1"], r["actor2"]) for r in rows] == [("REJECT", "RUS", "UN")]


def test_agents_named_together_after_by_each_act():
    from transforms.events.extract import extract_event_mentions

    text = "The plan was rejected by Russia and China."
    rows = extract_event_mentions("d", text, [], None, "en")
    assert sorted(r["actor1"] for r in rows) == ["CHN", "RUS"]


def test_a_list_of_agents_after_by_are_all_doers_none_the_target():
    from transforms.events.extract import extract_event_mentions

    text = "Under the sanctions imposed by the Arab League, US and EU, Syria's economy has stalled."
    rows = extract_event_mentions("d", text, [], None, "en")
    assert sorted((r["actor1"], r["actor2"]) for r in rows) == [
        ("EU", "SYR"), ("LAS", "SYR"), ("USA", "SYR"),
    ]  # fmt: skip


def test_by_after_an_active_verb_names_no_agent():
    from transforms.events.extract import extract_event_mentions

    text = "North Korean troops attacked Ukrainian positions, backed by Russia."
    rows = extract_event_mentions("d", text, [], None, "en")
    assert [r["actor1"] for r in rows] == ["PRK"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Nordkorea kämpft in der Ukraine.", [("PRK", False), ("UKR", True)]),
        ("fr", "Les soldats sont arrivés dans le Donbass, en Ukraine.", [("UKR", True)]),
    ],
)
def test_a_country_after_a_preposition_and_its_article_is_a_place(lang, text, expected):
    assert place_uses(text, lang) == expected


def test_a_possessor_after_a_place_word_owns_the_deed_rather_than_naming_a_place():
    text = "a significant escalation in Russia's illegal invasion of Ukraine"
    assert place_uses(text, "en") == [("RUS", False), ("UKR", True)]
    assert place_uses("troops stationed in Russia's Kursk region", "en") == [("RUS", True)]


def test_a_country_naming_a_war_is_where_not_who():
    assert ("IRQ", True) in place_uses("rallied Americans to the cause of the Iraq war", "en")



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town's country, where the text goes on after it
        ("They met in Brussels, Belgium, on Monday.", [("BEL", True), ("BEL", True)]),
        # ... a village GeoNames lacks too
        ("Jets bombed a market in Krynky, Ukraine, on Monday.", [("UKR", True)]),
        # ... not a list of countries, nor a country opening the next clause
        (
            "trained by personnel from Italy, Germany, Poland",
            [("ITA", False), ("DEU", False), ("POL", False)],
        ),
        ("In Ukraine, North Korea has deployed troops.", [("UKR", True), ("PRK", False)]),
        # ... nor a country the town is not in
        (
            "In Astana, Russia, Iran and Syria signed it.",
            [("RUS", False), ("IRN", False), ("SYR", False)],
        ),
    ],
)
def test_a_country_after_a_town_and_a_comma_is_where_the_town_is(text, expected):
    assert place_uses(text, "en") == expected
