"""English clock times: '10:35 a.m.', 'noon Thursday', '5 p.m. EST Nov. 9', 'at 04:30'.

A clock time belongs to a day: the date written just before it ("April 5, 2005 12:20 AM"),
the day word or date just after it, else the anchor's day. Without an anchor it stays
unresolved.
"""

from __future__ import annotations

import re

from transforms.timex import resolve, timex3
from transforms.timex.english_dates import M_ANY, WD, WEEKDAYS, month_number
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import Rule, compile_rule, direction_of, weekday_direction

_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1}


def _clock(match: re.Match) -> tuple[int, int] | None:
    """(hour, minute) of a clock match, None for an impossible one ('13 p.m.')."""
    if match.group("noon"):
        return (12, 0) if match.group("noon").lower() in ("noon", "midday") else (0, 0)
    if match.group("h24") or match.group("h24z"):
        return (int(match.group("h24") or match.group("h24z")),
                int(match.group("m24") or match.group("m24z")))
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    meridiem = match.group("ap").lower().replace(".", "")
    return hour % 12 + (12 if meridiem == "pm" else 0), minute


def _day_of_clock(match: re.Match, ctx: Context, anchor) -> timex3.Period | None:
    """The day a clock time belongs to: a day word or date after it ('noon Thursday', '5 p.m.
    EST Nov. 9'), else the anchor's day; None without an anchor."""
    if anchor is None:
        return None
    day_word = (match.group("wd") or "").lower()
    if day_word in _DEICTIC:
        moved = timex3.shift(anchor, "day", _DEICTIC[day_word])
        return timex3.of_date(moved) if moved else None
    if day_word:
        return resolve.weekday_near(anchor, WEEKDAYS[day_word], weekday_direction(match, ctx))
    month = month_number(match.group("cmon") or "")
    if month:  # "5 p.m. EST Nov. 9"
        return resolve.day_near(anchor, month, int(match.group("cday")), direction_of(match, ctx))
    return timex3.of_date(anchor)


def clock_time(match: re.Match, ctx: Context) -> Spec | None:
    """'10:35 a.m.' -> the anchor day at 10:35 (TIME); 'noon Thursday' -> that Thursday 12:00."""
    clock = _clock(match)
    if clock is None:
        return None
    if ctx.last_day and re.fullmatch(r"[\s,]{0,3}", ctx.text[ctx.last_day[0]:match.start()]):
        period, needs_anchor = ctx.last_day[1], False  # "April 5, 2005 12:20 AM"
    else:
        anchor = ctx.anchor_date("day")
        period, needs_anchor = _day_of_clock(match, ctx, anchor), True
        if anchor is None:
            return resolve.unresolved("TIME", None)
    if period is None:
        return None
    value = f"{period.value}T{clock[0]:02d}:{clock[1]:02d}"
    return Spec("TIME", value, period, None, direction_of(match, ctx), needs_anchor,
                precision="time")


# A 24-hour clock needs an "at" before it or a zone after it: "3:2" alone is a score.
_H24 = (r"(?<=\bat\s)(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b|"
        r"\b(?P<h24z>[01]?\d|2[0-3]):(?P<m24z>[0-5]\d)(?=\s*(?:gmt|utc|bst|cet|cest|est|edt|pst|"
        r"pdt|msk|kst|eet|eest|local\s+time|hrs)\b)")
_ZONE = r"(?:gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|msk|kst|eet|eest)"
# A comparison with no other year in it ("compared with $3 million last year"); "up from
# last year's $3.27 a share for this year" compares years.
RULES: list[Rule] = [
    compile_rule("clock_time",
                 rf"\b(?:(?P<h>\d{{1,2}})(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|"
                 rf"(?P<noon>noon|midday|midnight)\b|{_H24})(?:(?:\s+{_ZONE}\b)?,?\s+(?:on\s+)?"
                 rf"(?:(?P<wd>{WD}|today|yesterday|tomorrow)|(?P<cmon>{M_ANY})\s*"
                 r"(?P<cday>[12]\d|3[01]|0?[1-9])\b))?", clock_time,
                 r"[ap]\.?m\b|noon|midday|midnight|\d:\d\d", (10, 40)),
]
