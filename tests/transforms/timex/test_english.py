"""English temporal expressions, each read against the fixed anchor 2024-10-18 (a Friday)."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")

# (sentence, expression text, type, value, begin, end, precision)
CASES = [
    ("They will be ready to fight by November 1.", "November 1", "DATE", "2024-11-01",
     "2024-11-01", "2024-11-01", "day"),
    ("Ukraine secured the region after its incursion in August.", "August", "DATE", "2024-08",
     "2024-08-01", "2024-08-31", "month"),
    ("The treaty was signed on 1 November 2023.", "1 November 2023", "DATE", "2023-11-01",
     "2023-11-01", "2023-11-01", "day"),
    ("He was arrested on 1 September last year.", "1 September last year", "DATE", "2023-09-01",
     "2023-09-01", "2023-09-01", "day"),
    ("They met on May 5 this year.", "May 5 this year", "DATE", "2024-05-05", "2024-05-05",
     "2024-05-05", "day"),
    ("The vote is set for Nov. 5.", "Nov. 5", "DATE", "2024-11-05", "2024-11-05", "2024-11-05",
     "day"),
    ("The report is dated 2024-10-01.", "2024-10-01", "DATE", "2024-10-01", "2024-10-01",
     "2024-10-01", "day"),
    ("Filed on 11/01/2023 in Seoul.", "11/01/2023", "DATE", "2023-11-01", "2023-11-01",
     "2023-11-01", "day"),
    ("Troops arrived yesterday.", "yesterday", "DATE", "2024-10-17", "2024-10-17", "2024-10-17",
     "day"),
    ("The first group arrived two days ago.", "two days ago", "DATE", "2024-10-16", "2024-10-16",
     "2024-10-16", "day"),
    ("Officials met last week.", "last week", "DATE", "2024-W41", "2024-10-07", "2024-10-13",
     "week"),
    ("Shelling intensified earlier this month.", "earlier this month", "DATE", "2024-10",
     "2024-10-01", "2024-10-31", "month"),
    ("He met Putin on Monday.", "Monday", "DATE", "2024-10-14", "2024-10-14", "2024-10-14", "day"),
    ("He will meet Putin on Monday.", "Monday", "DATE", "2024-10-21", "2024-10-21", "2024-10-21",
     "day"),
    ("Elections are due next year.", "next year", "DATE", "2025", "2025-01-01", "2025-12-31",
     "year"),
    ("Kyiv launched the offensive last spring.", "last spring", "DATE", "2024-SP", "2024-03-01",
     "2024-05-31", "season"),
    ("Exports fell in the third quarter.", "the third quarter", "DATE", "2024-Q3", "2024-07-01",
     "2024-09-30", "quarter"),
    ("Ties date back to the 1990s.", "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31",
     "decade"),
    ("The plant was built in 1998.", "1998", "DATE", "1998", "1998-01-01", "1998-12-31", "year"),
    ("Prices rose in July 2024.", "July 2024", "DATE", "2024-07", "2024-07-01", "2024-07-31",
     "month"),
    ("Talks are planned between 3 and 5 November.", "between 3 and 5 November", "DATE",
     "2024-11-03", "2024-11-03", "2024-11-05", "day"),
    ("Fighting went on from August to October.", "from August to October", "DATE", "2024-08",
     "2024-08-01", "2024-10-31", "month"),
    ("Troops gathered at Christmas 2023.", "Christmas 2023", "DATE", "2023-12-25", "2023-12-25",
     "2023-12-25", "day"),
    ("Ties go back to the nineties.", "the nineties", "DATE", "199", "1990-01-01", "1999-12-31",
     "decade"),
    ("The plant closes at the end of the year.", "the end of the year", "DATE", "2024",
     "2024-01-01", "2024-12-31", "year"),
    ("Exports fell in the first half of 2024.", "the first half of 2024", "DATE", "2024-H1",
     "2024-01-01", "2024-06-30", "half"),
    ("Troops arrived this morning.", "this morning", "TIME", "2024-10-18TMO", "2024-10-18",
     "2024-10-18", "day"),
    ("He spoke at 10:35 a.m. Thursday.", "10:35 a.m. Thursday", "TIME", "2024-10-17T10:35",
     "2024-10-17", "2024-10-17", "time"),
    ("Fighting resumed six weeks ago.", "six weeks ago", "DATE", "2024-W36", "2024-09-02",
     "2024-09-08", "week"),
]

IDS = [case[1] for case in CASES]


def _find(sentence: str, expression: str):
    found = tag_timexes(sentence, ANCHOR, "en")
    matching = [t for t in found if t.text == expression]
    assert matching, f"{expression!r} not found in {[t.text for t in found]}"
    return matching[0]


@pytest.mark.parametrize("sentence, expression, kind, value, begin, end, precision", CASES,
                         ids=IDS)
def test_expression_resolves_to_its_calendar_period(sentence, expression, kind, value, begin,
                                                    end, precision):
    timex = _find(sentence, expression)
    assert (timex.type, timex.value, timex.precision) == (kind, value, precision)
    assert timex.begin_date == date.fromisoformat(begin)
    assert timex.end_date == date.fromisoformat(end)
    assert sentence[timex.start:timex.end] == expression


def test_by_november_1_resolves_to_the_coming_november_as_a_deadline():
    timex = _find("“They will be ready to fight in Ukraine by November 1,” Budanov asserted.",
                  "November 1")
    assert timex.value == "2024-11-01"
    assert timex.mod == "ON_OR_BEFORE"
    assert timex.direction == "future"
    assert timex.needs_anchor and timex.is_resolved


def test_in_august_stays_a_month_in_the_past():
    timex = _find("Ukraine has secured it following its incursion in August.", "August")
    assert (timex.value, timex.precision, timex.direction) == ("2024-08", "month", "past")


@pytest.mark.parametrize("sentence, expression, value", [
    ("Since the invasion in March , 2003 , violence has grown .", "March , 2003", "2003-03"),
    ("The bombings on 7 July , 2005 shocked London .", "7 July , 2005", "2005-07-07"),
], ids=["month-year", "day-month-year"])
def test_tokenized_text_keeps_the_year_after_a_spaced_comma(sentence, expression, value):
    assert _find(sentence, expression).value == value


@pytest.mark.parametrize("sentence, expression, value", [
    ("Protests erupted last October.", "last October", "2023-10"),
    ("They will vote next October.", "next October", "2025-10"),
    ("Protests erupted last September.", "last September", "2024-09"),
    ("Talks resume in October.", "October", "2024-10"),
], ids=["last-same-month", "next-same-month", "last-month-before", "bare-same-month"])
def test_last_or_next_month_named_in_that_month_is_a_year_away(sentence, expression, value):
    assert _find(sentence, expression).value == value


@pytest.mark.parametrize("sentence, expression, value", [
    ("Ties have intensified recently.", "recently", "PAST_REF"),
    ("Troops are currently training.", "currently", "PRESENT_REF"),
    ("More troops will be deployed soon.", "soon", "FUTURE_REF"),
    ("The army is now in Kursk.", "now", "PRESENT_REF"),
], ids=["recently", "currently", "soon", "now"])
def test_vague_references_get_a_token_and_no_made_up_day(sentence, expression, value):
    timex = _find(sentence, expression)
    assert (timex.type, timex.value) == ("DATE", value)
    assert timex.begin_date is None and timex.end_date is None


@pytest.mark.parametrize("sentence, expression, value", [
    ("The exercise lasted for two weeks.", "two weeks", "P2W"),
    ("They trained for the past three months.", "the past three months", "P3M"),
    ("A 16-hour shift began.", "16-hour", "PT16H"),
    ("The war has gone on for years.", "years", "PXY"),
    ("The march took 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("Shelling lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    ("More troops arrive in the coming weeks.", "coming weeks", "PXW"),
    ("It ended a decades-long feud.", "decades-long", "PXY"),
], ids=["two weeks", "past three months", "16-hour", "years", "2 1/2 years", "5 1/2 hours",
        "coming weeks", "decades-long"])
def test_durations_are_lengths_without_dates(sentence, expression, value):
    timex = _find(sentence, expression)
    assert (timex.type, timex.value, timex.begin_date) == ("DURATION", value, None)


@pytest.mark.parametrize("sentence, expression, mod", [
    ("Fighting peaked in late November 2023.", "late November 2023", "END"),
    ("The unit moved in early 2024.", "early 2024", "START"),
    ("Talks resumed in mid-2023.", "mid-2023", "MID"),
    ("The siege lasted more than four hours.", "more than four hours", "MORE_THAN"),
], ids=["late", "early", "mid", "more than"])
def test_modifiers_inside_the_expression_become_timex3_mods(sentence, expression, mod):
    assert _find(sentence, expression).mod == mod


def test_daily_is_a_set():
    timex = _find("Drones attack the city daily.", "daily")
    assert (timex.type, timex.value) == ("SET", "P1D")


def test_a_weekday_takes_the_tense_of_its_clause():
    past = _find("The talks ended on Wednesday.", "Wednesday")
    future = _find("The talks will resume on Wednesday.", "Wednesday")
    assert past.value == "2024-10-16"
    assert future.value == "2024-10-23"


def test_an_age_in_decades_is_not_a_decade():
    assert tag_timexes("The general is in his sixties.", ANCHOR, "en") == []


@pytest.mark.parametrize(
    "sentence",
    ["It is the first government since the fall of Saddam Hussein.", "The summer of love."],
)
def test_a_season_of_something_other_than_a_year_is_not_a_date(sentence):
    assert tag_timexes(sentence, ANCHOR) == []


def test_the_fall_of_a_year_is_still_that_autumn():
    [timex] = tag_timexes("Troops will leave in the fall of 2025.", ANCHOR)
    assert timex.value == "2025-FA"


def test_may_as_a_verb_is_not_a_month():
    found = tag_timexes("Troops may arrive and march on.", ANCHOR, "en")
    assert found == []


def test_ages_are_not_durations():
    assert tag_timexes("A 6-year-old girl was hurt.", ANCHOR, "en") == []


def test_results_are_sorted_and_do_not_overlap():
    text = "On Friday, 18 October 2024, officials said troops arrived last week and will stay."
    found = tag_timexes(text, ANCHOR, "en")
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_the_following_year_follows_the_year_the_text_talks_about():
    found = tag_timexes("The war began in 1991. The following year it spread.", ANCHOR, "en")
    assert [t.value for t in found] == ["1991", "1992"]


def test_a_year_earlier_in_an_earnings_report_is_the_same_quarter_a_year_before():
    text = "Profit rose in the third quarter. A year earlier, it had fallen."
    assert [t.value for t in tag_timexes(text, ANCHOR, "en")] == ["2024-Q3", "2023-Q3"]


def test_the_year_ended_is_a_fiscal_years_length_and_for_the_year_is_the_anchors():
    text = "Net income for the year ended June 30 rose. For the year, volume was flat."
    found = [(t.text, t.type, t.value) for t in tag_timexes(text, ANCHOR, "en")]
    assert found == [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2024-06-30"),
                     ("the year", "DATE", "2024")]


def test_a_24_hour_clock_needs_a_zone_or_at_and_a_score_is_not_a_time():
    text = "KYIV, 18 October 2024, 10:46 GMT. The match ended 3:2. Shelling began at 04:30."
    found = [(t.text, t.type, t.value) for t in tag_timexes(text, ANCHOR, "en")]
    assert found == [("18 October 2024", "DATE", "2024-10-18"),
                     ("10:46", "TIME", "2024-10-18T10:46"), ("04:30", "TIME", "2024-10-18T04:30")]


@pytest.mark.parametrize("sentence, expression, value", [
    ("The unit arrived 48 hours ago.", "48 hours ago", "2024-10-16"),
    ("The unit arrived 3 hours ago.", "3 hours ago", "PAST_REF"),
    ("Exports fell in Q3 2024.", "Q3 2024", "2024-Q3"),
    ("Exports fell in H1 2024.", "H1 2024", "2024-H1"),
], ids=["48 hours ago", "3 hours ago", "Q3 2024", "H1 2024"])
def test_hours_ago_give_a_day_only_when_no_midnight_can_intervene_and_quarter_codes(
        sentence, expression, value):
    found = {t.text: t.value for t in tag_timexes(sentence, ANCHOR, "en")}
    assert found[expression] == value


def test_a_deadline_in_a_past_clause_takes_the_nearest_date_not_last_years():
    text = "Syria was allowed to fulfil existing contracts until 15 November, he said."
    timex = tag_timexes(text, Anchor(date(2011, 9, 2)), "en")[0]
    assert (timex.value, timex.mod) == ("2011-11-15", "ON_OR_BEFORE")


def test_a_clock_time_after_a_written_date_belongs_to_that_date():
    found = {t.text: t.value for t in tag_timexes("Posted on April 5, 2023 12:20 AM.", ANCHOR)}
    assert found["12:20 AM"] == "2023-04-05T00:20"


def test_years_later_count_from_the_storys_year_and_days_later_are_a_length_with_no_date():
    text = "He enlisted in 2001. Four years later, he was killed. Seven days later it ended."
    found = {t.text: (t.type, t.value, t.begin_date) for t in tag_timexes(text, ANCHOR)}
    assert found["Four years later"] == ("DATE", "2005", date(2005, 1, 1))
    # TimeML annotates the length ("Seven days"); the day it ended stays undated.
    assert found["Seven days"] == ("DURATION", "P7D", None)


def test_every_now_and_again_is_not_the_present():
    assert tag_timexes("Every now and again we meet.", ANCHOR) == []
