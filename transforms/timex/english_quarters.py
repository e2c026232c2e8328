"""English quarters and halves: 'the third quarter', 'Q3 2024', 'the quarter ended Sept. 30',
'the latest quarter', 'the year-ago period'.

Earnings news talks about one reporting quarter and compares it with others. The quarter under
discussion (`Context.last_quarter`, HeidelTime's reference time) is the latest quarter named
that is over by the anchor, except that one named in the same paragraph to compare ("up from
a flat second quarter") does not become the topic. A company's fiscal quarters keep their
names; "the quarter ended July 31", with no quarter named before, is dated by its closing day.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from transforms.timex import resolve, timex3
from transforms.timex.english_dates import M_ANY, PART, YEAR, month_number
from transforms.timex.lexicon import ORDINAL, ORDINALS, part_mod
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import Rule, compile_rule, direction_of

_ENDED = re.compile(rf"\s*,?\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?(?P<mon>{M_ANY})\s*"
                    r"(?P<day>[12]\d|3[01]|0?[1-9])\b", re.IGNORECASE)
# A quarter "ended Sept. 30" mostly lies in the calendar quarter of a day ~6 weeks before
# its close ("ended July 31" is May-July: the second calendar quarter).
_QUARTER_MIDPOINT = timedelta(days=45)


def _part(match: re.Match) -> str | None:
    part = match.groupdict().get("part")
    if not part:
        return None
    words = part.split()
    return part_mod(words[1] if words[0].lower() == "the" else words[0])


def note_quarter(ctx: Context, period: timex3.Period | None, at: int,
                 closed: bool = False) -> None:
    """Make `period` (named at offset `at`) the quarter under discussion.

    A quarter not over by the anchor is a forecast, not the one reported on, unless it is
    the first named (a fiscal quarter) or `closed`
    ("fourth quarter ended Sept. 30" is over whatever its calendar name says); an earlier
    quarter named in the same paragraph as the topic is a comparison ("up from a flat second
    quarter"); in a new paragraph (the next story of a digest) any quarter becomes the topic.
    """
    if period is None or period.precision != "quarter":
        return
    anchor = ctx.anchor_date("month")
    if ctx.last_quarter and anchor and period.end >= anchor and not closed:
        return
    paragraph = ctx.text.rfind("\n\n", 0, at)
    same_paragraph = ctx.memo.get("quarter_paragraph") == paragraph
    if (ctx.last_quarter is None or not same_paragraph
            or period.begin >= ctx.last_quarter.begin):
        ctx.last_quarter = period
        ctx.memo["quarter_paragraph"] = paragraph
    if ctx.last_quarter == period:
        ctx.memo["quarter_named_at"] = at


def quarter_in_view(ctx: Context, at: int, reach: int) -> timex3.Period | None:
    """The quarter under discussion when it was named within `reach` characters before `at`."""
    named_at = ctx.memo.get("quarter_named_at")
    if ctx.last_quarter is None or named_at is None or at - named_at > reach:
        return None
    return ctx.last_quarter


def ended_quarter(text: str, end: int, anchor: date | None) -> timex3.Period | None:
    """The calendar quarter of 'quarter ended Sept. 30' written right after offset `end`.

    >>> ended_quarter("the quarter ended July 31.", 11, date(1989, 10, 30)).value
    '1989-Q2'
    """
    found = _ENDED.match(text, end)
    number = month_number(found.group("mon")) if found else None
    if number is None or anchor is None:
        return None
    closing = resolve.day_near(anchor, number, int(found.group("day")), "past")
    return timex3.period_at(closing.begin - _QUARTER_MIDPOINT, "quarter") if closing else None


def quarter_code(match: re.Match, ctx: Context) -> Spec | None:
    """'Q3 2024', '2024 Q3', 'H1 2024' -> the quarter or half of that year."""
    year = int(match.group("year") or match.group("year2"))
    kind, number = (match.group("kind") or match.group("kind2")).lower(), int(
        match.group("n") or match.group("n2"))
    period = timex3.quarter(year, number) if kind == "q" else timex3.half(year, number)
    if period and kind == "q":
        note_quarter(ctx, period, match.start())
    return Spec("DATE", period.value, period) if period else None


def quarter(match: re.Match, ctx: Context) -> Spec | None:
    """'the third quarter' -> the latest Q3 begun by the anchor; 'the first half of 1998'."""
    ordinal = match.group("ord").lower().replace(" ", "-")
    is_half = match.group("kind").lower() == "half"
    number = 2 if is_half and ordinal in ("last", "final") else ORDINALS.get(ordinal)
    if number is None or number > (2 if is_half else 4):
        return None
    anchor = ctx.anchor_date("month")
    year = _year_of(match, anchor)
    if year is None and anchor is None:
        return resolve.unresolved("DATE", f"XXXX-{'H' if is_half else 'Q'}{number}")
    if is_half:
        period = timex3.half(year or anchor.year, number)
    elif year is not None:
        period = timex3.quarter(year, number)
    else:  # earnings news: the latest such quarter begun by the anchor, whatever the tense
        period = resolve.quarter_near(anchor, number, None)
        if period and match.group("ago"):
            period = timex3.period_at(timex3.shift(period.begin, "year", -1), "quarter")
    if period and not is_half:
        closed = ended_quarter(ctx.text, match.end(), anchor) is not None
        note_quarter(ctx, period, match.start(), closed)
    spec = resolve.relative(period, direction_of(match, ctx), _part(match))
    if year is None or spec is None:
        return spec
    return dataclasses.replace(spec, needs_anchor=False)


def _year_of(match: re.Match, anchor) -> int | None:
    if match.group("year") or match.group("year2"):
        return int(match.group("year") or match.group("year2"))
    ref = (match.group("ryear") or match.group("ref") or "").lower()
    if ref and anchor is not None:
        return anchor.year + (-1 if ref.startswith("last") else 1 if ref.startswith("next") else 0)
    return None


def _discussed_quarter(match: re.Match, ctx: Context, words: str) -> timex3.Period | None:
    """The quarter 'the quarter' refers to: the anchor's own for 'the current quarter', else
    the one under discussion, else the one its closing day names, else the last completed.

    A company's "fiscal first quarter ended Sept. 30" stays its first quarter in what follows,
    so a closing day dates the quarter only when no quarter was named before.
    """
    anchor = ctx.anchor_date("month")
    if anchor is not None and words.split()[-2:-1] == ["current"]:
        return timex3.period_at(anchor, "quarter")
    if ctx.last_quarter is not None:
        return ctx.last_quarter
    closed = ended_quarter(ctx.text, match.end(), anchor)
    if closed is not None:
        note_quarter(ctx, closed, match.start())
        return closed
    return resolve.offset_period(anchor, "quarter", -1) if anchor else None


def quarter_reference(match: re.Match, ctx: Context) -> Spec | None:
    """'the quarter', 'the latest quarter', 'the year-ago period' -> the quarter in discussion."""
    words = re.sub(r"\s+", " ", match.group(0).lower())
    if ctx.anchor_date("month") is None and ctx.last_quarter is None:
        return resolve.unresolved("DATE", None)
    current = _discussed_quarter(match, ctx, words)
    if current is None:
        return None
    if match.group("year"):  # "the 1988 quarter": the quarter in discussion, in that year
        period = timex3.quarter(int(match.group("year")), (current.begin.month - 1) // 3 + 1)
        return Spec("DATE", period.value, period, None, "past") if period else None
    if "ago" in words or "earlier" in words or match.group("back") or match.group("lastyears"):
        moved = timex3.shift(current.begin, "year", -1)
        return resolve.relative(timex3.period_at(moved, "quarter") if moved else None, "past")
    return resolve.relative(current, "past")


RULES: list[Rule] = [
    compile_rule("quarter",
                 rf"(?:\b{PART}\s+(?:of\s+)?)?\b(?:the\s+)?(?:(?P<ref>this\s+year's|last\s+year's|"
                 rf"next\s+year's)\s+|(?:comparable\s+)?(?P<ago>year-ago|year-earlier)\s+|"
                 r"(?P<year2>1[6-9]\d\d|20\d\d)\s+)?(?:fiscal\s+)?"
                 rf"(?P<ord>{ORDINAL})[\s-]+"
                 rf"(?:fiscal\s+)?(?P<kind>quarter|half)\b(?:\s+of\s+(?:(?:fiscal\s+)?{YEAR}\b|"
                 r"(?P<ryear>this|last|next)\s+year\b))?", quarter, "quarter|half", (55, 30)),
    compile_rule("quarter_code",
                 r"\b(?:(?P<kind>q|h)(?P<n>[1-4])\s*(?:of\s+)?(?P<year>1[6-9]\d\d|20\d\d)|"
                 r"(?P<year2>1[6-9]\d\d|20\d\d)\s*(?P<kind2>q|h)(?P<n2>[1-4]))\b", quarter_code,
                 r"\b[qh][1-4]|\d[qh][1-4]\b", (6, 12)),
    compile_rule("quarter_reference",
                 r"\b(?:the\s+)?(?:(?:latest|current|previous|same|year-ago|year-earlier|"
                 r"comparable|corresponding|prior|recent|latest\s+fiscal)\s+(?:quarter|period)|"
                 r"the\s+quarter|the\s+(?P<year>1[6-9]\d\d|20\d\d)\s+(?:quarter|period)|"
                 r"(?P<lastyears>last|the\s+previous)\s+year's\s+(?:quarter|period))\b"
                 r"(?![\s-](?:century|mile)|-to-)(?P<back>\s+(?:a\s+year\s+(?:ago|earlier)|"
                 r"(?:of\s+)?last\s+year|(?:of\s+)?the\s+previous\s+year)\b)?",
                 quarter_reference, "quarter|period", (30, 30)),
]
