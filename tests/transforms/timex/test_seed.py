"""The seed article's temporal expressions, with the user-supplied anchor 2024-10-18."""

from __future__ import annotations

from datetime import date

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")


def _by_text(seed_text: str) -> dict:
    return {t.text: t for t in tag_timexes(seed_text, ANCHOR, "en")}


def test_seed_by_november_1_is_a_future_deadline_on_2024_11_01(seed_text):
    timex = _by_text(seed_text)["November 1"]
    assert (timex.type, timex.value, timex.precision) == ("DATE", "2024-11-01", "day")
    assert (timex.begin_date, timex.end_date) == (date(2024, 11, 1), date(2024, 11, 1))
    assert (timex.mod, timex.direction) == ("ON_OR_BEFORE", "future")


def test_seed_incursion_in_august_is_the_month_just_past(seed_text):
    timex = _by_text(seed_text)["August"]
    assert (timex.value, timex.precision, timex.direction) == ("2024-08", "month", "past")
    assert (timex.begin_date, timex.end_date) == (date(2024, 8, 1), date(2024, 8, 31))


def test_seed_recent_and_current_are_vague_references(seed_text):
    found = _by_text(seed_text)
    assert found["recently"].value == "PAST_REF" and found["recently"].begin_date is None
    assert found["currently"].value == "PRESENT_REF"
    assert found["soon"].value == "FUTURE_REF"


def test_seed_has_no_invented_day(seed_text):
    days = [t for t in tag_timexes(seed_text, ANCHOR, "en") if t.precision == "day"]
    assert [t.text for t in days] == ["November 1"]


def test_seed_offsets_point_at_the_expression_text(seed_text):
    for timex in tag_timexes(seed_text, ANCHOR, "en"):
        assert seed_text[timex.start:timex.end] == timex.text
