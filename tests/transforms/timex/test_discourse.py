"""Expressions that refer back to what the text talks about: the quarter an earnings story
reports on, read against the fixed anchor 2024-10-18 (an earnings season: Q3 just closed)."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.english_quarters import ended_quarter
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")


def values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_timexes(text, ANCHOR, "en")]


def test_the_latest_quarter_is_the_last_one_completed_when_none_was_named():
    assert values("Sales fell 5% in the latest quarter.") == [("the latest quarter", "2024-Q3")]


def test_the_current_quarter_is_the_anchors_own_quarter():
    text = "Profit rose in the third quarter, and the current quarter began well."
    assert values(text) == [("the third quarter", "2024-Q3"), ("the current quarter", "2024-Q4")]


def test_a_quarter_named_to_compare_does_not_become_the_topic():
    text = ("Third-quarter profit rose 9%, up from a flat second quarter. "
            "A year ago, margins were thinner.")
    assert values(text)[-1] == ("A year ago", "2023-Q3")


def test_a_forecast_quarter_does_not_replace_the_quarter_reported_on():
    text = ("Third-quarter profit rose 9%. Analysts expect a weaker fourth quarter. "
            "In the latest quarter, costs fell.")
    assert values(text)[-1] == ("the latest quarter", "2024-Q3")


def test_a_fiscal_quarter_keeps_its_name_for_the_rest_of_the_story():
    text = ("Net rose in the fiscal first quarter ended Sept. 30. "
            "The company expects to break even for the quarter.")
    assert values(text)[-1] == ("the quarter", "2024-Q1")


def test_the_next_story_of_a_digest_sets_its_own_quarter():
    text = ("Acme's third-quarter net rose.\n\n"
            "Brix said net fell in its fiscal first quarter. A year earlier it had gained.")
    assert values(text)[-1] == ("A year earlier", "2023-Q1")


@pytest.mark.parametrize("text, value", [
    ("the quarter ended Sept. 30, up 4%", "2024-Q3"),
    ("the quarter ended July 31, when", "2024-Q2"),
    ("the quarter ending Dec. 31", "2023-Q4"),
], ids=["september-close", "july-close-is-mostly-q2", "a-close-is-never-in-the-future"])
def test_a_quarter_is_dated_by_its_closing_day(text, value):
    assert ended_quarter(text, len("the quarter"), ANCHOR.value).value == value


def test_a_quarter_without_a_closing_day_gives_none():
    assert ended_quarter("the quarter rose", len("the quarter"), ANCHOR.value) is None


@pytest.mark.parametrize("sentence, value", [
    ("Protesters were planning a march on Saturday.", "2024-10-19"),
    ("The delegation could arrive as early as Tuesday.", "2024-10-22"),
    ("The group might come as soon as Monday, officials said.", "2024-10-21"),
    ("The minister said the father would be travelling to the United States Thursday.",
     "2024-10-24"),
    ("The minister met the envoy on Thursday.", "2024-10-17"),
], ids=["were-planning", "as-early-as", "as-soon-as", "a-name-in-ed-is-no-past-verb",
        "past-verb"])
def test_a_weekday_reads_forward_after_plans_and_modal_verbs(sentence, value):
    found = [t for t in tag_timexes(sentence, ANCHOR, "en") if t.type == "DATE"]
    assert [t.value for t in found] == [value]


def test_a_weekend_spans_its_saturday_and_sunday_only():
    [weekend] = tag_timexes("Eighty soldiers were killed over the weekend.", ANCHOR, "en")
    assert (weekend.value, str(weekend.begin_date), str(weekend.end_date)) == (
        "2024-W41-WE", "2024-10-12", "2024-10-13",
    )  # fmt: skip


@pytest.mark.parametrize("sentence, values", [
    ("They met on Tuesday of last week.", ["2024-10-08"]),
    ("Ships sailed between Tuesday and Sunday of last week.", ["2024-10-08", "2024-10-13"]),
    ("The vote is on Friday of next week.", ["2024-10-25"]),
], ids=["of-last-week", "a-range-of-last-week", "of-next-week"])
def test_a_weekday_of_a_named_week_is_that_weeks_day(sentence, values):
    found = [t.value for t in tag_timexes(sentence, ANCHOR, "en") if t.type == "DATE"]
    assert found[: len(values)] == values


@pytest.mark.parametrize("sentence, expression, value, mod", [
    ("The deal should close by year-end.", "year-end", "2024", "END"),
    ("The index is up 5% since year-end.", "year-end", "2023", "END"),
    ("Rules should be in place by year's end.", "year's end", "2024", "END"),
    ("Sales for the full year rose 13%.", "the full year", "2024", None),
], ids=["by-year-end", "since-year-end-is-the-last-one", "years-end", "full-year"])
def test_year_end_and_the_full_year_are_the_anchors_year(sentence, expression, value, mod):
    found = [(t.text, t.value, t.mod) for t in tag_timexes(sentence, ANCHOR, "en")]
    assert found == [(expression, value, mod)]


@pytest.mark.parametrize("sentence", [
    "The plan saves $500 million a year.",
    "It adds 700 seats a week on the route.",
    "Rooms cost between $35 and $55 a night.",
], ids=["money-a-year", "count-a-week", "price-a-night"])
def test_a_rate_is_not_a_length_of_time(sentence):
    assert tag_timexes(sentence, ANCHOR, "en") == []


def test_a_year_after_a_preposition_is_still_a_length_of_time():
    assert [t.value for t in tag_timexes("He stayed for a year.", ANCHOR, "en")] == ["P1Y"]


@pytest.mark.parametrize("sentence, expression, value", [
    ("The offer expires at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "2024-11-09T17:00"),
    ("The offer runs until 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2024-11-06T17:00"),
    ("He will leave at 4 a.m. EDT Thursday.", "4 a.m. EDT Thursday", "2024-10-24T04:00"),
], ids=["zone-and-date", "zone-comma-date", "zone-and-weekday"])
def test_a_clock_time_with_its_zone_and_day_is_one_time(sentence, expression, value):
    found = [(t.text, t.value) for t in tag_timexes(sentence, ANCHOR, "en")]
    assert found == [(expression, value)]


@pytest.mark.parametrize("sentence, value", [
    ("Officials postponed until Tuesday morning any action on the case.", "2024-10-22"),
    ("Reports had been filed by Wednesday, officials said.", "2024-10-16"),
    ("The offer had been due to expire Thursday.", "2024-10-17"),
], ids=["deadline-reads-forward", "past-perfect-deadline", "past-perfect-plan"])
def test_a_deadline_weekday_is_ahead_unless_the_clause_is_past_perfect(sentence, value):
    assert [t.value[:10] for t in tag_timexes(sentence, ANCHOR, "en")] == [value]


@pytest.mark.parametrize("sentence, value", [
    ("The shares rose to $42 in June from $29 in March.", "2024-03"),
    ("Prices: $29 in January.", "2024-01"),
    ("The summit is planned for December.", "2024-12"),
    ("Loans are available through January.", "2025-01"),
    ("A new chairman takes office effective Feb. 1.", "2025-02-01"),
], ids=["uncued-month-is-past", "uncued-month-far-ahead-is-past", "cued-future-month",
        "through-is-a-deadline", "effective-reads-forward"])
def test_a_month_without_a_year_is_read_on_the_likely_side(sentence, value):
    found = [t.value for t in tag_timexes(sentence, ANCHOR, "en") if t.value[:4].isdigit()]
    assert found[-1] == value


@pytest.mark.parametrize("published, value", [
    (date(2012, 2, 7), "2011-03"),
    (date(2012, 3, 20), "2012-03"),
], ids=["eleven-months-back", "this-month"])
def test_since_a_month_reads_back_up_to_a_year_never_ahead(published, value):
    sentence = "The government has been fighting an uprising since March."
    anchor = Anchor(published, "day", "sidecar")
    assert [t.value for t in tag_timexes(sentence, anchor, "en")] == [value]


def test_last_year_in_a_quarterly_comparison_is_that_quarter_a_year_back():
    text = ("Third-quarter net was $24 million, compared with a loss of $3 million last year. "
            "The company expects more this year, up from last year's $3.27 a share.")
    found = [(t.text, t.value) for t in tag_timexes(text, ANCHOR, "en")]
    assert found == [("Third-quarter", "2024-Q3"), ("last year", "2023-Q3"),
                     ("this year", "2024"), ("last year", "2023")]


@pytest.mark.parametrize("anchor, expression, value", [
    (date(1998, 3, 22), "this summer", "1998-SU"),
    (date(2024, 10, 18), "this winter", "2024-WI"),
    (date(2025, 2, 10), "this winter", "2024-WI"),
], ids=["summer-ahead", "winter-ahead", "winter-under-way"])
def test_this_season_is_the_one_of_the_anchors_year(anchor, expression, value):
    found = tag_timexes(f"They will not be alone {expression}.", Anchor(anchor), "en")
    assert [(t.text, t.value) for t in found] == [(expression, value)]


@pytest.mark.parametrize("sentence, expression, value", [
    ("Concerns grew in recent months.", "recent months", "PXM"),
    ("In recent years, the market moved.", "recent years", "PXY"),
    ("Officials have met recently.", "recently", "PAST_REF"),
], ids=["recent-months", "recent-years", "recently-stays-a-reference"])
def test_recent_units_are_unspecified_durations(sentence, expression, value):
    found = [(t.text, t.value) for t in tag_timexes(sentence, ANCHOR, "en")]
    assert found == [(expression, value)]


def test_a_year_ago_far_from_any_quarter_named_is_a_year():
    filler = "The chairman spoke at length about the industry and its prospects. " * 12
    text = f"Third-quarter profit rose. A year ago it fell. {filler}A year ago, sales were flat."
    assert [t.value for t in tag_timexes(text, ANCHOR, "en")] == ["2024-Q3", "2023-Q3", "2023"]


def test_the_quarter_a_year_back_is_one_expression():
    text = ("Third-quarter net rose. For the quarter a year ago, it earned less. Sales for "
            "last year's quarter were flat, as in the corresponding period last year.")
    found = [(t.text, t.value) for t in tag_timexes(text, ANCHOR, "en")]
    assert found == [("Third-quarter", "2024-Q3"), ("the quarter a year ago", "2023-Q3"),
                     ("last year's quarter", "2023-Q3"),
                     ("the corresponding period last year", "2023-Q3")]


@pytest.mark.parametrize("sentence, expression, value, kind", [
    ("In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday",
     "2024-10-17TAF", "TIME"),
    ("By mid afternoon, sources said it was over.", "mid afternoon", "2024-10-18TAF", "TIME"),
    ("Marchers parade each July.", "each July", "XXXX-07", "SET"),
], ids=["mid-afternoon-yesterday", "mid-afternoon", "each-month-is-a-set"])
def test_parts_of_the_day_and_yearly_months(sentence, expression, value, kind):
    found = [(t.text, t.value, t.type) for t in tag_timexes(sentence, ANCHOR, "en")]
    assert found == [(expression, value, kind)]


@pytest.mark.parametrize("sentence, value", [
    ("Islam will one day be the second largest religion.", "FUTURE_REF"),
    ("The strike lasted one day.", "P1D"),
    ("Traders squared positions ahead of the weekend.", "2024-W42-WE"),
], ids=["will-one-day", "one-day-long", "ahead-of-reads-forward"])
def test_one_day_after_a_modal_is_the_future_and_ahead_of_reads_forward(sentence, value):
    assert [t.value for t in tag_timexes(sentence, ANCHOR, "en")] == [value]


def test_the_year_earlier_nine_months_is_a_length():
    found = tag_timexes("Net for the year-earlier nine months rose.", ANCHOR, "en")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the year-earlier nine months", "DURATION", "P9M")]


@pytest.mark.parametrize("sentence", [
    "He joined the annual March for Life in Washington.",
    "The quarter-to-quarter comparison improved.",
    "Funds hold more than a quarter of the market.",
], ids=["march-for-life", "quarter-to-quarter", "a-quarter-of-the-market"])
def test_a_march_a_comparison_and_a_fraction_are_not_times(sentence):
    assert tag_timexes(sentence, ANCHOR, "en") == []


def test_several_quarters_of_losses_is_still_a_length():
    found = tag_timexes("It turned a profit after several quarters of losses.", ANCHOR, "en")
    assert [t.value for t in found] == ["PXQ"]


@pytest.mark.parametrize("sentence, expression, value", [
    ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
    ("Prices we saw in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
     "1994-WI"),
], ids=["month-and-spoken-year", "season-of-spoken-year"])
def test_a_month_or_season_with_a_spoken_year_is_one_date(sentence, expression, value):
    found = [(t.text, t.value) for t in tag_timexes(sentence, ANCHOR, "en")]
    assert found == [(expression, value)]
