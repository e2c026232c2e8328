"""dateparser as the normalizer of month-name dates, called sparingly and never trusted blindly.

Settings are built per call (never dateparser's global settings): the anchor as RELATIVE_BASE,
the language given (no detection, which is also what makes it fast), PREFER_DATES_FROM from
the clause's direction and RETURN_TIME_AS_PERIOD so its `period` tells the precision read.
Calls are memoized on (expression, anchor, language, direction). dateparser fills what the
text lacks silently (today's day, last year): a result that disagrees with the parts the
pattern actually read is rejected.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser

from transforms.timex import timex3
from transforms.timex.timex3 import Period

_PREFER = {"past": "past", "future": "future"}


@lru_cache(maxsize=256)
def _parser(lang: str, base: date | None, prefer: str) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True,
                "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[lang], settings=settings)


@lru_cache(maxsize=65536)
def parse(expression: str, base: date | None, lang: str,
          direction: str | None) -> tuple[date, str] | None:
    """(date, period) dateparser reads in `expression`, or None.

    >>> parse("1 листопада", date(2024, 10, 18), "uk", "future")
    (datetime.date(2024, 11, 1), 'day')
    """
    try:
        parser = _parser(lang, base, _PREFER.get(direction or "", "current_period"))
        data = parser.get_date_data(expression)
    except (ValueError, OverflowError, KeyError, TypeError, AttributeError):
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def day_period(expression: str, anchor: date | None, lang: str, direction: str | None,
               read: tuple[int | None, int, int]) -> Period | None:
    """The day dateparser gives for `expression`, if it agrees with the (year, month, day) read.

    A year that was not read is taken from dateparser (it applied the anchor and direction).
    """
    parsed = parse(expression, anchor, lang, direction)
    if parsed is None:
        return None
    found, period = parsed
    year, month_number, day_of_month = read
    if period != "day" or (found.month, found.day) != (month_number, day_of_month):
        return None
    if year is not None and found.year != year:
        return None
    return timex3.day(found.year, found.month, found.day)
