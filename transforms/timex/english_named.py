"""English named days and spelled-out years: 'Thanksgiving Day', 'Christmas', 'the weekend',
'nineteen ninety-six', 'the year two thousand', 'the nineties'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

from transforms.timex import resolve, timex3
from transforms.timex.english_dates import M_ANY, M_FULL, MONTH_TRIGGER, month_number
from transforms.timex.lexicon import TENS, UNITS
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import Rule, compile_rule, direction_of, is_capitalized, original


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25),
    "new year's eve": lambda y: date(y, 12, 31),
    "new year's day": lambda y: date(y, 1, 1),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "independence day": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31),
    "easter sunday": easter,
    "easter": easter,
    "memorial day": lambda y: _nth_weekday(y, 6, 0, 1) - timedelta(days=7),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "valentine's day": lambda y: date(y, 2, 14),
}


def holiday(match: re.Match, ctx: Context) -> Spec | None:
    """'Thanksgiving Day' -> that holiday in the year the clause points to (nearest by default)."""
    name = re.sub(r"\s+", " ", match.group("name").lower()).replace("\u2019", "'")
    if not is_capitalized(original(match, ctx, "name")) or name not in HOLIDAYS:
        return None
    if match.group("year"):
        period = timex3.of_date(HOLIDAYS[name](int(match.group("year"))))
        return Spec("DATE", period.value, period)
    anchor = ctx.anchor_date("day")
    direction = direction_of(match, ctx)
    if anchor is None:
        return resolve.unresolved("DATE", None, direction)
    days = [HOLIDAYS[name](anchor.year + k) for k in (-1, 0, 1)]
    chosen = resolve.pick_near(days, anchor, direction, 300, 185)
    return resolve.relative(timex3.of_date(chosen), direction)


def _two_digit(words: str) -> int | None:
    parts = re.split(r"[\s-]+", words.strip().lower())
    if len(parts) == 1:
        return UNITS.get(parts[0], TENS.get(parts[0]))
    if parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


def spelled_year(match: re.Match, ctx: Context) -> Spec | None:
    """'nineteen ninety-six' -> 1996; 'the year two thousand' -> 2000; 'January nineteen
    ninety-seven' -> 1997-01; 'the winter of nineteen ninety-four' -> 1994-WI."""
    if match.group("millennium"):
        rest = _two_digit(match.group("rest")) if match.group("rest") else 0
        number = None if rest is None else 2000 + rest
    else:
        century, rest = _two_digit(match.group("century")), _two_digit(match.group("tail"))
        number = None if century is None or rest is None or rest < 10 else century * 100 + rest
    period = timex3.year(number) if number else None
    if period and match.group("smon"):  # "January nineteen ninety-seven"
        period = timex3.month(number, month_number(match.group("smon")))
    elif period and match.group("season"):  # "the winter of nineteen ninety-four"
        period = timex3.season(number, timex3.SEASON_CODES[match.group("season").lower()])
    return Spec("DATE", period.value, period) if period else None


def weekend(match: re.Match, ctx: Context) -> Spec | None:
    """'the weekend' -> 'YYYY-Www-WE' of the weekend just past (or coming, in a future clause)."""
    anchor = ctx.anchor_date("day")
    direction = direction_of(match, ctx)
    if anchor is None:
        return resolve.unresolved("DATE", None, direction)
    saturday = resolve.weekday_near(anchor, 5, direction).begin
    week = timex3.iso_week(saturday)
    if week is None:
        return None
    weekend_days = timex3.weekend_of(week)
    return Spec("DATE", weekend_days.value, weekend_days, None, direction, True)


_TENS = "|".join(TENS)
_UNITS = "|".join(sorted(UNITS, key=len, reverse=True))
_TWO = rf"(?:(?:{_TENS})(?:[\s-](?:{_UNITS}))?|{_UNITS})"
RULES: list[Rule] = [
    compile_rule("holiday", r"\b(?P<name>christmas(?:\s+(?:eve|day))?|new\s+year['\u2019]s\s+"
                 r"(?:eve|day)|thanksgiving(?:\s+day)?|independence\s+day|halloween|"
                 r"easter(?:\s+sunday)?|memorial\s+day|labor\s+day|valentine['\u2019]s\s+day)\b"
                 r"(?:,?\s+(?P<year>1[6-9]\d\d|20\d\d)\b)?", holiday,
                 "christmas|year|thanksgiving|independence|halloween|easter|memorial|labor|"
                 "valentine", (12, 20)),
    compile_rule("spelled_year", rf"\b(?:(?P<smon>{M_FULL})\s+|(?:the\s+)?(?P<season>spring|summer|"
                 rf"fall|autumn|winter)\s+of\s+)?(?:the\s+year\s+)?(?:(?P<century>nineteen|eighteen)\s+"
                 rf"(?P<tail>{_TWO})|(?P<millennium>two\s+thousand)(?:\s+(?:and\s+)?"
                 rf"(?P<rest>{_TWO}))?)\b(?!\s+(?:more\s+)?years?\b)", spelled_year,
                 "nineteen|eighteen|thousand", (40, 30)),
    compile_rule("weekend", r"\bthe\s+weekend\b", weekend, "weekend", (5, 3)),
]


def _range_spec(first: timex3.Period | None, last: timex3.Period | None,
                needs_anchor: bool, direction: str | None) -> Spec | None:
    """One DATE for a range: value of its first part, interval from first to last part."""
    if first is None or last is None or last.end < first.begin:
        return None
    period = timex3.Period(first.value, first.begin, last.end, first.precision)
    return Spec("DATE", first.value, period, None, direction, needs_anchor)


def day_range(match: re.Match, ctx: Context) -> Spec | None:
    """'between 3 and 5 November' / 'November 3-5, 2024' -> 2024-11-03 .. 2024-11-05."""
    name = original(match, ctx, "mon")
    number = month_number(name)
    first_day, last_day = int(match.group("d1")), int(match.group("d2"))
    direction = direction_of(match, ctx)
    if number is None or not is_capitalized(name) or first_day >= last_day:
        return None
    if match.group("year"):
        year = int(match.group("year"))
    else:
        anchor = ctx.anchor_date("year")
        if anchor is None:
            return resolve.unresolved("DATE", f"XXXX-{number:02d}-{first_day:02d}", direction)
        start = resolve.day_near(anchor, number, first_day, direction)
        year = start.begin.year if start else anchor.year
    return _range_spec(timex3.day(year, number, first_day), timex3.day(year, number, last_day),
                       not match.group("year"), direction)


def month_range(match: re.Match, ctx: Context) -> Spec | None:
    """'from August to October' -> 2024-08 with the interval 2024-08-01 .. 2024-10-31."""
    first_name, last_name = original(match, ctx, "m1"), original(match, ctx, "m2")
    if not (is_capitalized(first_name) and is_capitalized(last_name)):
        return None
    first, last = month_number(first_name), month_number(last_name)
    direction = direction_of(match, ctx)
    if first is None or last is None or first >= last:
        return None
    if match.group("year"):
        year = int(match.group("year"))
    else:
        anchor = ctx.anchor_date("year")
        if anchor is None:
            return resolve.unresolved("DATE", f"XXXX-{first:02d}", direction)
        start = resolve.month_near(anchor, first, direction)
        year = start.begin.year if start else anchor.year
    return _range_spec(timex3.month(year, first), timex3.month(year, last),
                       not match.group("year"), direction)


_MONTH = M_ANY
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:,?\s+(?P<year>1[6-9]\d\d|20\d\d)\b)?"
RULES += [
    compile_rule("day_range", rf"\b(?:between\s+|from\s+)?(?P<d1>{_DAY})(?:st|nd|rd|th)?\s*"
                 rf"(?:-|\u2013|and|to|until|through)\s*(?P<d2>{_DAY})(?:st|nd|rd|th)?\s+"
                 rf"(?:of\s+)?(?P<mon>{_MONTH}){_YEAR}", day_range, MONTH_TRIGGER, (30, 25)),
    compile_rule("day_range_month_first", rf"\b(?:between\s+|from\s+)?(?P<mon>{_MONTH})\s*"
                 rf"(?P<d1>{_DAY})(?:st|nd|rd|th)?\s*(?:-|\u2013|and|to|until|through)\s*"
                 rf"(?P<d2>{_DAY})(?:st|nd|rd|th)?\b{_YEAR}", day_range, MONTH_TRIGGER, (15, 30)),
    compile_rule("month_range", rf"\b(?:between|from)\s+(?P<m1>{_MONTH})\s+(?:to|and|until|"
                 rf"through)\s+(?P<m2>{_MONTH}){_YEAR}", month_range, MONTH_TRIGGER, (15, 40)),
]
