from __future__ import annotations

from datetime import date

import pytest

from transforms.events.day_references import day_referred_to, tells_a_day_again
from transforms.events.extract import extract_event_mentions
from transforms.records import Anchor, Timex
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2012, 3, 8), "day", "sidecar")


def mentions(text: str) -> list[dict]:
    return extract_event_mentions("doc", text, tag_timexes(text, ANCHOR, "en"), ANCHOR, "en")


def _feb3(text: str) -> Timex:
    start = text.index("3 February")
    return Timex(start, start + 10, "3 February", "DATE", "2012-02-03", date(2012, 2, 3),
                 date(2012, 2, 3), "day")  # fmt: skip


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("The next day", date(2012, 2, 4)),
        ("The following day", date(2012, 2, 4)),
        ("The previous day", date(2012, 2, 2)),
        ("On the same day", date(2012, 2, 3)),
        ("Later that night", date(2012, 2, 3)),
        ("Earlier in the day", date(2012, 2, 3)),
        ("Six days later", date(2012, 2, 9)),
        ("A week later", date(2012, 2, 10)),
        ("Two days earlier", date(2012, 2, 1)),
    ],
)
def test_a_day_told_relative_to_the_day_named_before_is_counted_from_it(phrase, day):
    text = f"Troops shelled Homs on 3 February. {phrase}, Russia vetoed the resolution."
    feb3 = _feb3(text)
    told = day_referred_to(text, (35, len(text)), [feb3], [feb3.start])
    assert (told.begin_date, told.end_date, told.precision) == (day, day, "day")
    assert text[told.start : told.end].lower() in phrase.lower()


@pytest.mark.parametrize(
    "sentence",
    [
        "A few days later, Russia vetoed the resolution.",  # names no day
        "Russia vetoed it the day before the ceasefire started.",  # another event's day before
        "Russia vetoed the resolution.",
    ],
)
def test_no_day_is_told_without_a_phrase_that_counts_from_one(sentence):
    text = f"Troops shelled Homs on 3 February. {sentence}"
    feb3 = _feb3(text)
    assert day_referred_to(text, (35, len(text)), [feb3], [feb3.start]) is None


def test_a_day_named_out_of_reach_is_not_counted_from():
    text = "Troops shelled Homs on 3 February. " + "Talks went on. " * 50 + "The next day, it ended"
    feb3 = _feb3(text)
    assert day_referred_to(text, (len(text) - 23, len(text)), [feb3], [feb3.start]) is None


def test_the_phrase_resolved_from_the_publication_day_is_recognised():
    assert tells_a_day_again(Timex(0, 12, "the next day", "DATE", "2012-03-09"))
    assert not tells_a_day_again(Timex(0, 8, "Thursday", "DATE", "2012-03-08"))


def test_the_next_day_of_a_story_dates_the_veto_on_the_day_after_the_shelling():
    rows = mentions(
        "Syrian troops shelled Homs on 3 February. The next day, Russia and China vetoed the "
        "resolution. Two days later, Syrian troops stormed the town of Rastan."
    )
    dated = {(r["trigger"], r["actor1"]): (r["event_date"], r["status"]) for r in rows}
    assert dated[("vetoed", "RUS")] == (date(2012, 2, 4), "occurred")
    assert dated[("stormed", "SYR")] == (date(2012, 2, 6), "occurred")


def test_the_same_day_of_a_story_is_the_day_it_named():
    rows = mentions("On Sunday, Syrian troops shelled Homs. Later that day, protesters rallied.")
    [rally] = [r for r in rows if r["event_type"] == "PROTEST"]
    assert (rally["event_date"], rally["date_source"]) == (date(2012, 3, 4), "timex")


def test_the_next_day_with_no_day_named_before_is_not_the_day_after_publication():
    [row] = [r for r in mentions("The next day, Russia vetoed the resolution.")]
    assert (row["event_date"], row["date_source"], row["status"]) == (
        date(2012, 3, 8), "published", "occurred"
    )


def test_a_day_the_tagger_counted_from_the_publication_day_is_not_counted_from_again():
    rows = mentions(
        "The next day, Russia vetoed the resolution. Later that day, Syrian troops stormed "
        "the town of Rastan."
    )
    assert {(r["trigger"], r["event_date"]) for r in rows} == {
        ("vetoed", date(2012, 3, 8)), ("stormed", date(2012, 3, 8))
    }


def test_a_day_phrase_opening_the_sentence_dates_its_later_clauses():
    rows = mentions(
        "Syrian troops shelled Homs on 3 February. Two days later, an attack by Syrian troops "
        "killed 20 people in Rastan."
    )
    attack = [r for r in rows if r["trigger"] != "shelled"]
    assert attack and all(r["event_date"] == date(2012, 2, 5) for r in attack)
