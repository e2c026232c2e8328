"""parse_published and date_from_url: strict declared publication dates (reliability.md F1-F5)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from transforms.published import date_from_url, parse_published

NOW = datetime(2024, 10, 18, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "published_date", "precision", "published_at"),
    [
        ("2024-10-18", date(2024, 10, 18), "day", None),
        ("2024-10", date(2024, 10, 1), "month", None),
        ("2024", date(2024, 1, 1), "year", None),
        (
            "2024-10-18T09:30:00+03:00",
            date(2024, 10, 18),
            "day",
            datetime(2024, 10, 18, 6, 30, tzinfo=UTC),
        ),
        (
            "2020-06-29T00:16:15+03:00",
            date(2020, 6, 29),
            "day",
            datetime(2020, 6, 28, 21, 16, 15, tzinfo=UTC),
        ),
        (
            "2024-10-18T10:00:00+14:00",
            date(2024, 10, 18),
            "day",
            datetime(2024, 10, 17, 20, 0, tzinfo=UTC),
        ),
        (
            "2017-11-16T14:15+0000",
            date(2017, 11, 16),
            "day",
            datetime(2017, 11, 16, 14, 15, tzinfo=UTC),
        ),
        (
            "2020-06-15T10:11:25.750Z",
            date(2020, 6, 15),
            "day",
            datetime(2020, 6, 15, 10, 11, 25, 750000, UTC),
        ),
        (
            "Sat, 16 Dec 2023 14:02:33 +0000",
            date(2023, 12, 16),
            "day",
            datetime(2023, 12, 16, 14, 2, 33, tzinfo=UTC),
        ),
        (
            "November 2, 2023 10:12am EDT",
            date(2023, 11, 2),
            "day",
            datetime(2023, 11, 2, 14, 12, tzinfo=UTC),
        ),
        ("18 October 2024", date(2024, 10, 18), "day", None),
    ],
    ids=[
        "day",
        "month",
        "year",
        "offset",
        "offset-crosses-midnight",
        "plus-14",
        "basic-offset",
        "zulu-fraction",
        "rfc2822",
        "us-byline-with-zone",
        "words",
    ],
)
def test_valid_published_values_keep_the_stated_day_and_precision(
    value, published_date, precision, published_at
):
    published = parse_published(value, now=NOW)
    assert (
        published.flag,
        published.published_date,
        published.precision,
        published.published_at,
    ) == ("ok", published_date, precision, published_at)
    assert published.raw == value


def test_a_time_without_zone_gives_the_date_only_and_says_so():
    published = parse_published("2020-10-13T18:29", now=NOW)
    assert published.published_date == date(2020, 10, 13)
    assert published.published_at is None
    assert "zone" in published.note


@pytest.mark.parametrize(
    "value",
    [
        "not a date",
        "2024-13-01",
        "2024-02-31",
        "February 30, 2024",
        "31/31/2031",
        "year 99999",
        "0000-00-00",
        "32 May",
        "1e308",
        "yesterday",
        "next Monday",
        "2024-10-18T25:61",
        "x" * 500,
    ],
    ids=[
        "words",
        "month-13-not-swapped",
        "feb-31",
        "feb-30-words",
        "31-31",
        "year-99999",
        "zeros",
        "32-may",
        "float",
        "relative",
        "relative-weekday",
        "bad-time",
        "very-long",
    ],
)
def test_values_that_are_not_dates_are_invalid_and_carry_no_date(value):
    published = parse_published(value, now=NOW)
    assert published.flag == "invalid"
    assert published.published_date is None and published.published_at is None
    assert published.raw == value.strip()


@pytest.mark.parametrize(
    "value", ["2999-01-01", "9999-12-31", "0001-01-01", "1799-12-31", "2024-10-21"]
)
def test_far_future_or_ancient_dates_are_implausible_and_carry_no_date(value):
    published = parse_published(value, now=NOW)
    assert published.flag == "implausible" and published.published_date is None


def test_two_days_after_now_is_still_plausible():
    assert parse_published("2024-10-20", now=NOW).flag == "ok"


def test_without_now_a_far_future_date_is_still_implausible():
    assert parse_published("2999-01-01").flag == "implausible"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_absent_values_are_missing(value):
    published = parse_published(value, now=NOW)
    assert published.flag == "missing" and published.raw is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.washingtonpost.com/world/x/2015/03/18/00202e76_story.html", "2015-03-18"),
        ("https://example.org/news/2024-10-18-troops-arrive", "2024-10-18"),
        ("https://example.org/news/6620622/syria", None),
        ("https://example.org/2024/13/40/x", None),
        (None, None),
    ],
)
def test_date_from_url_reads_a_date_written_in_the_path(url, expected):
    assert date_from_url(url) == expected
