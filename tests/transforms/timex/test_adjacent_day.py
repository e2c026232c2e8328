"""'The next day', 'the day before', 'a day later' counted from the article's anchor when no
other day is in focus (sentences written for these tests, anchor 2024-10-18)."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")

# (sentence, expression text, value)
FROM_THE_ANCHOR = [
    ("Russian troops shelled the village the day before, officials said.", "the day before",
     "2024-10-17"),
    ("Six officers were killed a day earlier, the agency reported.", "a day earlier", "2024-10-17"),
    ("The previous day, two drones hit Kharkiv.", "The previous day", "2024-10-17"),
    ("Negotiators will meet again the next day.", "the next day", "2024-10-19"),
    ("The ministry confirmed the deployment a day later.", "a day later", "2024-10-19"),
    ("KYIV, Oct 18 (Reuters) - Talks will resume the following day.", "the following day",
     "2024-10-19"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), FROM_THE_ANCHOR)
def test_adjacent_day_counts_from_the_anchor_when_no_other_day_is_in_focus(sentence, text,
                                                                           value):
    found = [(t.text, t.type, t.value) for t in tag_timexes(sentence, ANCHOR)]
    assert (text, "DATE", value) in found


def test_the_next_day_after_another_named_day_is_not_counted_from_the_anchor():
    found = tag_timexes("Troops attacked on Oct. 3. The next day they withdrew.", ANCHOR)
    assert "2024-10-19" not in [t.value for t in found]


def test_the_day_before_an_event_is_not_the_day_before_the_anchor():
    found = tag_timexes("He was killed the day before the election.", ANCHOR)
    assert "2024-10-17" not in [t.value for t in found]


def test_the_next_day_without_an_anchor_is_not_dated():
    found = tag_timexes("Negotiators will meet again the next day.", None)
    assert all(not t.is_resolved for t in found)


def test_a_day_earlier_counts_from_the_day_named_before_it_in_the_sentence():
    sentence = ("On October 4, the Post reported that six North Korean officers were killed "
                "a day earlier near Donetsk.")
    found = {t.text: t.value for t in tag_timexes(sentence, ANCHOR)}
    assert found["a day earlier"] == "2024-10-03"


def test_days_earlier_does_not_count_from_a_day_named_in_another_sentence():
    found = tag_timexes("Troops attacked on Oct. 3. Two days earlier, drones hit Sumy.", ANCHOR)
    values = {t.text: t.value for t in found}
    assert values["Two days earlier"] == "2024-10-16"
