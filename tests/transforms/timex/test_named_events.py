"""A day news names an event by, written without its year ("the September 11 attacks"), is the
event's day in any later article (sentences written for these tests, anchor 2005-03-01)."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2005, 3, 1), "day", "sidecar")


def values(text: str, anchor: Anchor = ANCHOR) -> list[str | None]:
    return [t.value for t in tag_timexes(text, anchor, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "He had worked in Manhattan before the September 11 attacks.",
        "The terrorist attacks of September 11 changed the city.",
        "Since September 11, the agency has disrupted ten plots.",
        "Bush invoked the 11 September terror attacks again.",
    ],
)
def test_september_11_naming_the_attacks_is_their_day_in_2001(text):
    assert values(text) == ["2001-09-11"]


def test_september_11_as_a_day_of_the_articles_years_keeps_its_reading():
    assert values("The committee will meet on September 11.") != ["2001-09-11"]


def test_september_11_before_the_attacks_is_no_such_day():
    assert values("Since September 11, prices have risen.", Anchor(date(1998, 10, 1))) != [
        "2001-09-11"
    ]


@pytest.mark.parametrize(
    "text",
    ["Following the 9/11 attacks, the government changed course.", "Since 9/11 little is same."],
)
def test_nine_eleven_naming_the_attacks_is_their_day(text):
    assert values(text) == ["2001-09-11"]


@pytest.mark.parametrize(
    "text",
    ["And of course there was Fahrenheit 9/11, a film.", "She had lost her son on 9/11."],
)
def test_nine_eleven_in_a_title_or_as_the_day_of_another_story_is_no_date(text):
    assert values(text) == []


def test_a_day_counted_from_the_attacks_counts_from_2001():
    text = "The hijackers met before the September 11 attacks and flew to Boston a day earlier."
    assert values(text) == ["2001-09-11", "2001-09-10"]
