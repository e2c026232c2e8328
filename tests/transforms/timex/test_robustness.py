"""Any input returns without raising; impossible dates give no date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.records import PRECISIONS, Anchor
from transforms.timex.tagger import infer_anchor, tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")
TYPES = {"DATE", "TIME", "DURATION", "SET"}


def _assert_sane(text: str, found: list) -> None:
    assert [t.start for t in found] == sorted(t.start for t in found)
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in TYPES
        assert timex.precision is None or timex.precision in PRECISIONS
        if timex.begin_date is not None:
            assert timex.end_date is not None and timex.begin_date <= timex.end_date
            assert 1000 <= timex.begin_date.year <= 2999


LANGUAGES = ["en", "uk", "ru", "de", "fr", "es", "it", "ko", "pt", "lv", "hr", "sr", "te", "ja"]


@settings(deadline=None, max_examples=150)
@given(st.text(), st.sampled_from(LANGUAGES))
def test_random_unicode_never_raises_and_stays_sane(text, lang):
    found = tag_timexes(text, ANCHOR, lang)
    _assert_sane(text, found)


@settings(deadline=None, max_examples=60)
@given(st.text(alphabet="0123456789-./ ,:", max_size=400),
       st.sampled_from(LANGUAGES))
def test_digit_soup_in_any_language_never_raises(text, lang):
    _assert_sane(text, tag_timexes(text, ANCHOR, lang))


@settings(deadline=None, max_examples=40)
@given(st.lists(st.sampled_from(["May", "march", "1 November", "2024", "-", "13", "Friday",
                                 "ago", "two", "weeks", "by", "the", "quarter", "early", "."]),
                max_size=60))
def test_streams_of_date_words_never_raise(words):
    text = " ".join(words)
    _assert_sane(text, tag_timexes(text, ANCHOR, "en"))
    infer_anchor(text)


def test_a_long_digit_run_gives_no_date():
    text = "7" * 100_000
    assert tag_timexes(text, ANCHOR, "en") == []


def test_ten_thousand_numbers_stay_sane():
    text = " ".join(str(n) for n in range(10_000))
    found = tag_timexes(text, ANCHOR, "en")
    _assert_sane(text, found)
    assert all(t.value is None or len(t.value) >= 4 for t in found)


@pytest.mark.parametrize("text", ["", " ", "\x00\ud800", None, 42],
                         ids=["empty", "space", "surrogate", "None", "int"])
def test_empty_or_non_text_input_gives_nothing(text):
    assert tag_timexes(text, ANCHOR, "en") == []
    assert infer_anchor(text) is None


@pytest.mark.parametrize("text", ["February 30, 2024", "2024-13-01", "2024-02-31",
                                  "31/31/2031", "year 99999", "1e308", "0000-00-00", "32 May 2024",
                                  "Feb. 30"],
                         ids=["February 30", "month 13", "February 31", "31/31", "99999", "1e308",
                              "zeros", "32 May", "Feb. 30"])
def test_impossible_dates_give_no_date(text):
    days = [t for t in tag_timexes(text, ANCHOR, "en") if t.precision == "day"]
    assert days == []


def test_iso_date_with_month_13_is_not_swapped_into_january():
    values = [t.value for t in tag_timexes("On 2024-13-01 nothing happened.", ANCHOR, "en")]
    assert "2024-01-13" not in values


@pytest.mark.parametrize("text, lang, expression, value", [
    ("في ١٨ أكتوبر ٢٠٢٤ وصلت القوات", "ar", "١٨ أكتوبر ٢٠٢٤", "2024-10-18"),
    ("On ２０２４-１０-１７ troops moved.", "en", "２０２４-１０-１７", "2024-10-17"),
], ids=["arabic-indic", "fullwidth"])
def test_non_ascii_digits_are_read_and_offsets_kept(text, lang, expression, value):
    found = tag_timexes(text, ANCHOR, lang)
    matching = [t for t in found if t.text == expression]
    assert matching and matching[0].value == value
    assert text[matching[0].start:matching[0].end] == expression


@settings(deadline=None, max_examples=60)
@given(st.dates(), st.sampled_from(["day", "month", "year", "week", "bogus"]),
       st.sampled_from(["en", "uk", "ko"]))
def test_any_anchor_date_never_raises(anchor_date, precision, lang):
    text = "Yesterday, last week, in August, on Friday, 48 hours ago, вчора, 어제, 2 1/2 years."
    found = tag_timexes(text, Anchor(anchor_date, precision, "cli"), lang)
    _assert_sane(text, found)


def test_an_implausible_anchor_resolves_nothing_relative():
    found = tag_timexes("Troops arrived yesterday.", Anchor(date(1, 1, 1)), "en")
    assert [t.is_resolved for t in found] == [False]
