"""Without an anchor nothing relative is guessed; an anchor may be read from the text itself."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import infer_anchor, tag_timexes


def _by_text(text: str, anchor: Anchor | None, lang: str = "en") -> dict:
    return {t.text: t for t in tag_timexes(text, anchor, lang)}


def test_without_anchor_absolute_dates_with_a_year_still_resolve():
    found = _by_text("The deal was signed on 1 November 2023.", None)
    timex = found["1 November 2023"]
    assert (timex.value, timex.is_resolved, timex.needs_anchor) == ("2023-11-01", True, False)


@pytest.mark.parametrize("sentence, expression, value", [
    ("Troops arrived yesterday.", "yesterday", None),
    ("They will be ready by November 1.", "November 1", "XXXX-11-01"),
    ("It began in August.", "August", "XXXX-08"),
    ("He met Putin on Friday.", "Friday", "XXXX-WXX-5"),
    ("Officials met last week.", "last week", None),
], ids=["yesterday", "November 1", "August", "Friday", "last week"])
def test_without_anchor_relative_dates_are_flagged_never_dated_from_today(sentence, expression,
                                                                        value):
    timex = _by_text(sentence, None)[expression]
    assert timex.is_resolved is False and timex.needs_anchor is True
    assert timex.value == value
    assert timex.begin_date is None and timex.end_date is None


def test_a_month_only_anchor_cannot_resolve_yesterday():
    timex = _by_text("Troops arrived yesterday.", Anchor(date(2024, 10, 1), "month"))["yesterday"]
    assert timex.is_resolved is False


def test_a_month_only_anchor_still_resolves_a_named_month():
    timex = _by_text("It began in August.", Anchor(date(2024, 10, 1), "month"))["August"]
    assert (timex.value, timex.is_resolved) == ("2024-08", True)


def test_infer_anchor_reads_a_dateline_near_the_top():
    text = "KYIV, Friday, 18 October 2024, 10:46. Troops arrived yesterday. In 2022 it began."
    assert infer_anchor(text) == Anchor(date(2024, 10, 18), "day", "text", True)


def test_a_full_date_further_down_is_an_events_date_not_an_anchor():
    text = "Troops arrived. " + "Nothing dated here. " * 30 + "The report of 3 March 2024 said so."
    assert infer_anchor(text) is None


@pytest.mark.parametrize(
    "caption",
    [
        "Putin and Kim met in Vladivostok on 25 April 2019. (The Presidential Press Office, "
        "via Wikimedia Commons)",
        "Rutte speaks in Tallinn, Estonia, Tuesday, Oct. 22, 2024. (AP-Yonhap)",
        "Photo: Zelensky in Kyiv on 12 January 2025",
    ],
)
def test_a_photo_caption_at_the_top_dates_the_picture_not_the_story(caption):
    assert infer_anchor(caption + "\nNATO said on Monday that troops were deployed.") is None


@pytest.mark.parametrize("text", ["", "No dates at all.", "It happened in August and in 2022."],
                         ids=["empty", "no dates", "no full date"])
def test_infer_anchor_is_none_without_a_full_date(text):
    assert infer_anchor(text) is None


def test_infer_anchor_reads_other_languages():
    anchor = infer_anchor("Київ, 18 жовтня 2024 року. Вчора розвідка повідомила.", "uk")
    assert anchor == Anchor(date(2024, 10, 18), "day", "text", True)


def test_seed_article_without_anchor_leaves_its_relative_dates_unresolved(seed_text):
    found = tag_timexes(seed_text, None, "en")
    assert infer_anchor(seed_text) is None
    dated = [t for t in found if t.text in ("November 1", "August")]
    assert len(dated) == 2 and not any(t.is_resolved for t in dated)


def test_a_date_after_a_photo_credit_is_the_storys_own():
    text = (
        "Lloyd Austin. File | Photo Credit: AP U.S. Defence Secretary Lloyd Austin on Wednesday "
        "(October 23, 2024) said that there is evidence North Korea sent troops to Russia."
    )
    assert infer_anchor(text) == Anchor(date(2024, 10, 23), "day", "text", True)


def test_an_agency_credit_inside_a_dateline_keeps_it_a_dateline():
    text = "KYIV, October 18, 2024 (Reuters) - Ukraine said North Korean troops arrived."
    assert infer_anchor(text) == Anchor(date(2024, 10, 18), "day", "text", True)
