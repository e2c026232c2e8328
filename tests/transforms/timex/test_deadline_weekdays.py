"""A weekday after by/until/до/bis is a deadline: the coming weekday, not the one just past.

Sentences written for these tests; anchors Friday 2024-10-18 and Sunday 2025-01-12.
"""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

FRIDAY = Anchor(date(2024, 10, 18), "day", "sidecar")
SUNDAY = Anchor(date(2025, 1, 12), "day", "sidecar")
SATURDAY = Anchor(date(2024, 10, 26), "day", "url")

# (language, anchor, sentence, expression text, value)
DEADLINES = [
    ("en", SATURDAY, "Up to 5,000 troops are expected to be assembled by Monday.", "Monday",
     "2024-10-28"),
    ("en", SUNDAY, "The ceasefire is expected to hold until Friday.", "Friday", "2025-01-17"),
    ("en", FRIDAY, "Troops will withdraw by Monday, the ministry said.", "Monday", "2024-10-21"),
    ("en", FRIDAY, "The report is to be published by Wednesday.", "Wednesday", "2024-10-23"),
    ("uk", FRIDAY, "Війська мають прибути до понеділка.", "понеділка", "2024-10-21"),
    ("ru", FRIDAY, "Войска должны прибыть до среды.", "среды", "2024-10-23"),
    ("de", FRIDAY, "Die Truppen sollen bis Montag eintreffen.", "Montag", "2024-10-21"),
    ("de", FRIDAY, "Die Waffenruhe wurde bis Sonntag verlängert.", "Sonntag", "2024-10-20"),
    ("fr", FRIDAY, "Les troupes doivent arriver d'ici lundi.", "lundi", "2024-10-21"),
]


@pytest.mark.parametrize(("lang", "anchor", "sentence", "text", "value"), DEADLINES)
def test_weekday_after_a_deadline_word_is_the_coming_one(lang, anchor, sentence, text, value):
    found = [(t.text, t.value, t.mod) for t in tag_timexes(sentence, anchor, lang)]
    assert (text, value, "ON_OR_BEFORE") in found


def test_weekday_without_deadline_in_a_past_clause_stays_the_one_just_past():
    found = tag_timexes("Die Truppen kamen am Montag an.", FRIDAY, "de")
    assert [(t.text, t.value) for t in found] == [("Montag", "2024-10-14")]


def test_deadline_already_met_in_the_past_perfect_is_the_weekday_just_past():
    found = tag_timexes("The reports had been filed by Wednesday.", FRIDAY)
    assert [(t.text, t.value) for t in found] == [("Wednesday", "2024-10-16")]


def test_this_month_and_day_is_the_day_not_the_month():
    found = tag_timexes("The soldiers were captured this January 9 in Kursk.", SUNDAY)
    assert [(t.text, t.value) for t in found] == [("January 9", "2025-01-09")]
