"""Direct resolution agrees with dateparser where dateparser is right, and refuses its guesses."""

from __future__ import annotations

from datetime import date, datetime

import dateparser
import pytest

from transforms.records import Anchor
from transforms.timex.dateparsing import day_period, parse
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")
BASE = datetime(2024, 10, 18)


@pytest.mark.parametrize("text, lang", [
    ("2024-11-01", "en"), ("11/01/2024", "en"), ("1 November 2024", "en"),
    ("November 1, 2024", "en"), ("Nov. 1, 2024", "en"), ("18.10.2024", "de"),
    ("18 октября 2024", "ru"), ("18 жовтня 2024", "uk"), ("18 de octubre de 2024", "es"),
    ("18 octobre 2024", "fr"), ("18 ottobre 2024", "it"),
], ids=lambda value: str(value))
def test_full_dates_agree_with_dateparser(text, lang):
    expected = dateparser.parse(text, languages=[lang], settings={"RELATIVE_BASE": BASE})
    found = tag_timexes(text, ANCHOR, lang)
    assert len(found) == 1
    assert found[0].value == expected.date().isoformat()


def test_dateparser_swaps_month_13_but_the_tagger_does_not():
    swapped = dateparser.parse("2024-13-01", settings={"RELATIVE_BASE": BASE})
    assert swapped is not None and swapped.date() == date(2024, 1, 13)
    assert [t.value for t in tag_timexes("2024-13-01", ANCHOR, "en")] == []


def test_a_filled_in_day_is_refused():
    # dateparser fills the day "серпня 2024" lacks; its period says only the month was read.
    assert parse("серпня 2024", date(2024, 10, 18), "uk", None) == (date(2024, 8, 1), "month")
    assert day_period("серпня 2024", date(2024, 10, 18), "uk", None, (2024, 8, 1)) is None


def test_future_direction_keeps_a_deadline_in_the_coming_november():
    assert parse("1 листопада", date(2024, 10, 18), "uk", "future") == (date(2024, 11, 1), "day")
    assert parse("1 листопада", date(2024, 10, 18), "uk", "past") == (date(2023, 11, 1), "day")
