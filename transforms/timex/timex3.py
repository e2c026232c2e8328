"""TIMEX3 value strings and the calendar interval each one covers.

Every function takes plain calendar numbers and returns a `Period`: the TIMEX3 value, the first
and last day covered (inclusive) and the precision name used in `transforms.records.PRECISIONS`.
Impossible dates (February 30, month 13, year 99999) give None, never a guess.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

MIN_YEAR, MAX_YEAR = 1000, 2999
SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Meteorological seasons (northern hemisphere): the months each season code starts and ends in.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Period:
    """A resolved calendar period.

    >>> day(2024, 11, 1).value, day(2024, 11, 1).precision
    ('2024-11-01', 'day')
    """

    value: str
    begin: date
    end: date
    precision: str


def _year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def day(year: int, month: int, day_of_month: int) -> Period | None:
    """One calendar day, or None when it does not exist (`day(2024, 2, 30)` is None)."""
    if not _year_ok(year) or not 1 <= month <= 12:
        return None
    if not 1 <= day_of_month <= calendar.monthrange(year, month)[1]:
        return None
    d = date(year, month, day_of_month)
    return Period(d.isoformat(), d, d, "day")


def of_date(d: date) -> Period:
    """The day period of a `date`: `of_date(date(2024, 10, 18)).value == '2024-10-18'`."""
    return Period(d.isoformat(), d, d, "day")


def month(year: int, month_number: int) -> Period | None:
    """A whole month: `month(2024, 8).value == '2024-08'`, begin 2024-08-01, end 2024-08-31."""
    if not _year_ok(year) or not 1 <= month_number <= 12:
        return None
    last = calendar.monthrange(year, month_number)[1]
    return Period(f"{year:04d}-{month_number:02d}", date(year, month_number, 1),
                  date(year, month_number, last), "month")


def iso_week(d: date) -> Period | None:
    """The ISO week containing `d`: `iso_week(date(2024, 10, 18)).value == '2024-W42'`."""
    if not _year_ok(d.year):
        return None
    year, week, weekday = d.isocalendar()
    monday = d - timedelta(days=weekday - 1)
    return Period(f"{year:04d}-W{week:02d}", monday, monday + timedelta(days=6), "week")


def weekend_of(week: Period) -> Period:
    """The Saturday and Sunday of an ISO week: `weekend_of(iso_week(date(2012, 6, 2))).value ==
    '2012-W22-WE'`, begin 2012-06-02, end 2012-06-03. Its precision stays "week": no coarser
    precision than the week it is part of, and no day."""
    return Period(week.value + "-WE", week.begin + timedelta(days=5), week.end, "week")


def quarter(year: int, number: int) -> Period | None:
    """A calendar quarter: `quarter(2024, 3).value == '2024-Q3'` (July 1 to September 30)."""
    if not _year_ok(year) or not 1 <= number <= 4:
        return None
    first = date(year, 3 * number - 2, 1)
    last_month = 3 * number
    last = date(year, last_month, calendar.monthrange(year, last_month)[1])
    return Period(f"{year:04d}-Q{number}", first, last, "quarter")


def half(year: int, number: int) -> Period | None:
    """A half year: `half(2024, 2).value == '2024-H2'`."""
    if not _year_ok(year) or number not in (1, 2):
        return None
    first = date(year, 1 if number == 1 else 7, 1)
    last = date(year, 6, 30) if number == 1 else date(year, 12, 31)
    return Period(f"{year:04d}-H{number}", first, last, "half")


def season(year: int, code: str) -> Period | None:
    """A season by TIMEX3 code: `season(2024, 'SU').value == '2024-SU'` (June to August).

    Winter belongs to the year it starts in: 2024-WI runs from 2024-12-01 to 2025-02-28.
    """
    if not _year_ok(year) or code not in SEASON_MONTHS:
        return None
    first_month, last_month = SEASON_MONTHS[code]
    last_year = year + 1 if code == "WI" else year
    last = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    return Period(f"{year:04d}-{code}", date(year, first_month, 1), last, "season")


def year(number: int) -> Period | None:
    """A whole year: `year(2024).value == '2024'`."""
    if not _year_ok(number):
        return None
    return Period(f"{number:04d}", date(number, 1, 1), date(number, 12, 31), "year")


def decade(first_year: int) -> Period | None:
    """A decade by its first year: `decade(1990).value == '199'` (TIMEX3 writes three digits)."""
    if not _year_ok(first_year) or first_year % 10:
        return None
    return Period(f"{first_year // 10:03d}", date(first_year, 1, 1),
                  date(first_year + 9, 12, 31), "decade")


def century(number: int) -> Period | None:
    """The n-th century: `century(20).value == '19'` (1900-1999 in TIMEX3's two digits)."""
    first = (number - 1) * 100
    if not _year_ok(max(first, MIN_YEAR)) or not 11 <= number <= 30:
        return None
    return Period(f"{number - 1:02d}", date(first, 1, 1), date(first + 99, 12, 31), "century")


def season_of(d: date) -> str:
    """TIMEX3 season code of a day: `season_of(date(2024, 10, 18)) == 'FA'`."""
    return ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[d.month - 1]


def add_months(d: date, months: int) -> date | None:
    """`d` moved by whole months, the day clipped to the month's length; None out of range."""
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    if not _year_ok(y):
        return None
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, unit: str, amount: int) -> date | None:
    """`d` moved by `amount` units (day, week, month, quarter, year, decade); None out of range.

    >>> shift(date(2024, 10, 18), "week", -1)
    datetime.date(2024, 10, 11)
    """
    try:
        if unit == "day":
            return d + timedelta(days=amount)
        if unit == "week":
            return d + timedelta(weeks=amount)
    except OverflowError:
        return None
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120}
    if unit in months:
        return add_months(d, amount * months[unit])
    return None


def period_at(d: date, unit: str) -> Period | None:
    """The period of the given unit that contains `d` (`period_at(d, 'quarter')` -> 2024-Q4)."""
    if unit == "day":
        return of_date(d)
    if unit == "week":
        return iso_week(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if unit == "season":
        code = season_of(d)
        return season(d.year - 1 if d.month <= 2 else d.year, code)
    if unit == "year":
        return year(d.year)
    if unit == "decade":
        return decade(d.year - d.year % 10)
    if unit == "century":
        return century(d.year // 100 + 1)
    return None
