"""Dating: the governing timex of the event's clause, else the publication date, never a guess."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.events.dating import date_fields, governing_timex, is_usable
from transforms.events.extract import extract_event_mentions
from transforms.records import Anchor, Timex
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")


def timex(text: str, start: int, value: str | None, begin=None, end=None, precision=None, **kw):
    return Timex(
        start, start + len(text), text, kw.pop("type", "DATE"), value, begin, end, precision, **kw
    )


NOV_1 = timex(
    "November 1",
    40,
    "2024-11-01",
    date(2024, 11, 1),
    date(2024, 11, 1),
    "day",
    mod="ON_OR_BEFORE",
    direction="future",
)
AUGUST = timex("August", 90, "2024-08", date(2024, 8, 1), date(2024, 8, 31), "month")


def test_nearest_timex_in_the_clause_governs():
    chosen = governing_timex([NOV_1, AUGUST], (0, 60), (20, 34), (0, 20))
    assert chosen is NOV_1


def test_a_timex_of_another_clause_does_not_govern():
    assert governing_timex([AUGUST], (0, 60), (20, 34), (0, 20)) is None


def test_a_deed_reported_with_a_date_of_its_own_is_not_dated_by_the_report():
    text = (
        "On Friday, the agency said it saw North Korea sending troops to Russia on Tuesday "
        "of last week."
    )
    [row] = extract_event_mentions("d", text, tag_timexes(text, ANCHOR, "en"), ANCHOR, "en")
    assert (row["event_type"], str(row["event_date"])) == ("MOBILIZE", "2024-10-08")


def test_a_deed_reported_with_no_date_of_its_own_is_dated_by_the_report():
    text = "On Wednesday, the agency said North Korea sent troops to Russia."
    [row] = extract_event_mentions("d", text, tag_timexes(text, ANCHOR, "en"), ANCHOR, "en")
    assert str(row["event_date"]) == "2024-10-16"


def test_a_sentence_initial_date_governs_the_events_after_it():
    on_8_october = timex(
        "On 8 October", 2, "2024-10-08", date(2024, 10, 8), date(2024, 10, 8), "day"
    )
    assert governing_timex([on_8_october], (40, 90), (60, 64), (0, 40)) is on_8_october


def test_unresolved_vague_and_duration_timexes_never_date_an_event():
    unresolved = timex("yesterday", 0, None, needs_anchor=True, is_resolved=False)
    vague = timex("recently", 0, "PAST_REF")
    duration = timex("two weeks", 0, "P2W", type="DURATION")
    assert not any(is_usable(t) for t in (unresolved, vague, duration))


def test_timex_fields_carry_precision_and_mod():
    fields = date_fields(NOV_1, ANCHOR, "future")
    assert (
        fields["event_date"],
        fields["date_precision"],
        fields["date_source"],
        fields["date_mod"],
    ) == (date(2024, 11, 1), "day", "timex", "ON_OR_BEFORE")


def test_without_a_timex_an_event_that_occurred_takes_the_publication_date():
    fields = date_fields(None, ANCHOR, "occurred")
    assert (fields["event_date"], fields["date_source"], fields["date_precision"]) == (
        date(2024, 10, 18),
        "published",
        "day",
    )


def test_a_month_precision_anchor_dates_the_whole_month():
    fields = date_fields(None, Anchor(date(2024, 10, 1), "month"), "occurred")
    assert (fields["event_date"], fields["event_end_date"], fields["date_precision"]) == (
        date(2024, 10, 1),
        date(2024, 10, 31),
        "month",
    )


def test_a_planned_event_without_a_date_of_its_own_is_marked_as_reported_on_publication():
    fields = date_fields(None, ANCHOR, "future")
    assert (fields["event_date"], fields["date_source"], fields["status"]) == (
        date(2024, 10, 18),
        "published",
        "future",
    )


def test_without_an_anchor_nothing_is_guessed():
    fields = date_fields(None, None, "occurred")
    assert fields["event_date"] is None and fields["date_source"] is None


def test_an_event_long_before_the_anchor_is_historical():
    korean_war = timex("1950", 0, "1950", date(1950, 1, 1), date(1950, 12, 31), "year")
    assert date_fields(korean_war, ANCHOR, "occurred")["status"] == "historical"


def test_an_event_dated_after_publication_is_expected_not_occurred():
    assert date_fields(NOV_1, ANCHOR, "occurred")["status"] == "future"


def test_a_date_inside_a_month_precision_anchor_is_not_after_publication():
    october_8 = timex("8 October", 0, "2024-10-08", date(2024, 10, 8), date(2024, 10, 8), "day")
    month_anchor = Anchor(date(2024, 10, 1), "month")
    assert date_fields(october_8, month_anchor, "occurred")["status"] == "occurred"


def test_an_event_over_a_range_is_dated_by_the_range_start():
    text = "from October 8 to October 13, troops were carried"
    start = timex("October 8", 5, "2024-10-08", date(2024, 10, 8), date(2024, 10, 8), "day")
    end = timex("October 13", 18, "2024-10-13", date(2024, 10, 13), date(2024, 10, 13), "day")
    assert governing_timex([start, end], (0, len(text)), (36, 43), (0, 0), text) is start


def test_a_negated_event_dated_after_publication_stays_negated():
    # "will not send troops by 1 November": what is denied is not thereby planned
    assert date_fields(NOV_1, ANCHOR, "negated")["status"] == "negated"


def test_a_past_tense_event_is_not_dated_after_its_article():
    from transforms.events.extract import extract_event_mentions
    from transforms.timex.tagger import tag_timexes

    # a past clause whose month a tagger reads forward ("in January" from 28 December) keeps
    # its event, reported by the publication day, instead of a date after its own article
    text = "Russian troops shelled Kharkiv in January, Ukraine said."
    anchor = Anchor(date(2005, 12, 28))
    mentions = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    assert mentions
    assert all(m["event_date"] <= date(2005, 12, 29) for m in mentions)
    assert all(m["status"] == "occurred" for m in mentions)


def test_in_korean_the_date_before_the_verb_dates_the_event_not_the_statement_after_it():
    from transforms.events.extract import extract_event_mentions
    from transforms.timex.tagger import tag_timexes

    # "The NIS said on the 12th that Ukrainian forces captured two North Korean soldiers on the
    # 9th": Korean puts each date before its own verb
    text = (
        "국가정보원은 우크라이나군이 지난 9일 쿠르스크에서 북한군 2명을 생포한 것으로 "
        "확인했다고 12일 밝혔다."
    )
    anchor = Anchor(date(2025, 1, 12))
    mentions = extract_event_mentions("d", text, tag_timexes(text, anchor, "ko"), anchor, "ko")
    captures = [m for m in mentions if m["trigger"] == "생포"]
    assert [(m["event_date"], m["quantity"]) for m in captures] == [(date(2025, 1, 9), 2.0)]


def test_in_english_the_date_nearest_the_verb_still_dates_the_event():
    from transforms.events.extract import extract_event_mentions
    from transforms.timex.tagger import tag_timexes

    text = "Ukrainian forces captured two North Korean soldiers on January 9, the agency said."
    anchor = Anchor(date(2025, 1, 12))
    mentions = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    assert [m["event_date"] for m in mentions if m["trigger"] == "captured"] == [date(2025, 1, 9)]


def test_a_date_after_since_and_a_noun_of_its_own_dates_that_noun_not_the_event():
    anchor = Anchor(date(2025, 1, 13), "day", "sidecar")
    text = (
        "Zelenskyy said on Saturday that Ukraine had taken two North Koreans prisoner, the first "
        "capture of North Korean soldiers since their entry into the war last autumn."
    )
    rows = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    assert [(r["event_date"], r["timex_text"]) for r in rows] == [(date(2025, 1, 11), "Saturday")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China condemned a UN General Assembly resolution passed on Friday.",
        "Russia condemned the deal signed last week by Turkey and Syria.",
        "Russia condemned the crackdown, the worst since protests began in March.",
        "Russia condemns the resolution passed on Friday.",
    ],
)
def test_a_date_of_another_verb_after_the_deeds_object_does_not_date_the_deed(text):
    anchor = Anchor(date(2012, 8, 4), "day", "sidecar")
    rows = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    row = next(r for r in rows if r["trigger"].startswith("condemn"))
    assert (row["event_date"], row["date_source"]) == (anchor.value, "published")


def test_a_date_of_a_clause_about_the_deed_noun_itself_dates_it():
    anchor = Anchor(date(2012, 3, 8), "day", "sidecar")
    text = "The arms embargo the EU imposed on Monday bans all weapons sales to Syria."
    rows = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    assert [(r["event_date"], r["date_source"]) for r in rows] == [(date(2012, 3, 5), "timex")]


def test_the_date_since_which_the_deed_itself_has_gone_on_still_dates_it():
    anchor = Anchor(date(2012, 8, 4), "day", "sidecar")
    text = "Syria has answered the protests with force since they erupted in March 2011."
    rows = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    row = next(r for r in rows if r["trigger"] == "protests")
    assert (row["event_date"], row["date_source"]) == (date(2011, 3, 1), "timex")


def test_since_a_date_still_dates_what_has_gone_on_since():
    anchor = Anchor(date(2025, 1, 13), "day", "sidecar")
    text = "North Korean troops have been fighting in Kursk since August."
    rows = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    assert [(r["event_date"], r["date_precision"]) for r in rows] == [(date(2024, 8, 1), "month")]


def test_a_historical_event_dated_after_its_article_keeps_the_publication_date_instead():
    march = Timex(0, 5, "March", "DATE", "2006-03", date(2006, 3, 1), date(2006, 3, 31), "month")
    fields = date_fields(march, Anchor(date(2005, 11, 7)), "historical")
    assert (fields["event_date"], fields["date_source"], fields["status"]) == (
        date(2005, 11, 7),
        "published",
        "historical",
    )
    assert fields["date_mod"] == "BEFORE"  # it happened before the day that reports it


def test_a_recent_event_dated_by_its_report_has_no_modifier():
    assert date_fields(None, Anchor(date(2005, 11, 7)), "occurred").get("date_mod") is None


def test_a_date_in_the_clause_outranks_a_bare_clock_time_nearer_the_event():
    anchor = Anchor(date(2011, 12, 20), "day", "sidecar")  # filed the evening before
    text = "21 December 2011 Last updated at 04:27 GMT Scores of people have been killed in Syria."
    rows = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    assert [(r["event_date"], r["timex_text"]) for r in rows] == [
        (date(2011, 12, 21), "21 December 2011")
    ]


def test_a_date_owning_a_poll_does_not_date_the_event_but_one_owning_a_bombing_does():
    anchor = Anchor(date(2005, 7, 19), "day", "sidecar")
    poll = "The London attacks shocked Labour, whose lead is unchanged on last month's poll."
    bombing = "Her son is feared to have been killed in last week's bus bombing."
    dated = {
        text: [
            r["timex_text"]
            for r in extract_event_mentions(
                "d", text, tag_timexes(text, anchor, "en"), anchor, "en"
            )
        ]
        for text in (poll, bombing)
    }
    assert "last month" not in dated[poll] and dated[bombing] == ["last week"]


def test_a_past_deed_in_a_month_still_to_come_happened_the_year_before():
    anchor = Anchor(date(2012, 7, 20), "day", "sidecar")
    text = "In August, the EU imposed sanctions on the general."
    rows = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    assert [(r["event_date"], r["date_precision"]) for r in rows] == [(date(2011, 8, 1), "month")]


def test_a_date_naming_an_event_keeps_no_guessed_year():
    anchor = Anchor(date(2005, 8, 21), "day", "sidecar")
    text = "Mr Annan has called a special summit for September 14 to discuss reform."
    rows = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    assert all(r["event_date"] in (None, date(2005, 8, 21)) for r in rows)


def test_the_september_11_attacks_are_dated_on_their_day_and_historical():
    anchor = Anchor(date(2005, 8, 21), "day", "sidecar")
    text = "The 11 September attacks gave the government the challenge it wanted."
    [row] = extract_event_mentions("d", text, tag_timexes(text, anchor, "en"), anchor, "en")
    assert (row["event_date"], row["status"]) == (date(2001, 9, 11), "historical")
