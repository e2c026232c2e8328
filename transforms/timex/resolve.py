"""Resolving partial dates (a month, a weekday, a day without year) against the anchor.

The anchor is the publication date; `direction` says which side of it the clause points to.
Without a direction the nearest candidate is taken, so "in August" in an October article is
the August just gone and "January" in a December article is the coming one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from transforms.records import Anchor
from transforms.timex import timex3
from transforms.timex.timex3 import Period

_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4, "half": 5,
         "year": 6, "decade": 7, "century": 8}


@dataclass(frozen=True)
class Spec:
    """What a rule made of one expression, before it becomes a `Timex`.

    >>> Spec("DATE", "2024-08", needs_anchor=True).type
    'DATE'
    """

    type: str
    value: str | None
    period: Period | None = None
    mod: str | None = None
    direction: str | None = None
    needs_anchor: bool = False
    is_resolved: bool = True
    precision: str | None = None
    span: tuple[int, int] | None = None  # a narrower extent than the pattern's match


@dataclass
class Context:
    """One document being tagged: its text, anchor, language, and what was said so far.

    `last_quarter` is the quarter under discussion (`english_quarters.note_quarter`: not one
    named to compare or as a forecast), so "the quarter" and "a year earlier" in an earnings
    report refer to it (discourse reference, as in HeidelTime's reference time);
    `last_year` is the year of the last date written with its year ("the following year").
    """

    text: str
    anchor: Anchor | None
    lang: str = "en"
    last_quarter: Period | None = None
    last_year: int | None = None
    last_day: tuple[int, Period] | None = None  # end offset and period of the last day found
    memo: dict = field(default_factory=dict)

    def anchor_date(self, precision: str = "day") -> date | None:
        """The anchor's date when it is precise enough for `precision`, else None."""
        if self.anchor is None or not isinstance(self.anchor.value, date):
            return None
        if not timex3.MIN_YEAR + 1 <= self.anchor.value.year <= timex3.MAX_YEAR - 1:
            return None  # an implausible anchor (year 1, year 9999) resolves nothing
        if _RANK.get(self.anchor.precision, 1) > _RANK.get(precision, 1):
            return None
        return self.anchor.value


def unresolved(kind: str, value: str | None, direction: str | None = None,
               mod: str | None = None) -> Spec:
    """A relative expression with no usable anchor: kept, flagged, never guessed."""
    return Spec(kind, value, None, mod, direction, needs_anchor=True, is_resolved=False)


def relative(period: Period | None, direction: str | None, mod: str | None = None,
             kind: str = "DATE") -> Spec | None:
    """A Spec for a period computed from the anchor (None when the period is impossible)."""
    if period is None:
        return None
    return Spec(kind, period.value, period, mod, direction, needs_anchor=True)


def pick_near(candidates: list[date], anchor: date, direction: str | None,
          reach_days: int = 400, future_reach_days: int | None = None) -> date:
    """Past: latest on or before the anchor; future: earliest on or after; else the nearest.

    A tense cue only decides within `reach_days`: a clause in the past tense ("declared a
    dividend payable Dec. 15") says little about a date its verb does not govern.
    """
    before = [c for c in candidates if anchor >= c >= anchor - timedelta(days=reach_days)]
    ahead = future_reach_days if future_reach_days is not None else reach_days
    after = [c for c in candidates if anchor <= c <= anchor + timedelta(days=ahead)]
    if direction == "past" and before:
        return max(before)
    if direction == "future" and after:
        return min(after)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


_UNCUED_MONTHS_AHEAD = 2


def uncued_month_direction(anchor: date, month_number: int) -> str:
    """The side of the anchor a month named without any cue is read on: news reports what
    happened, so a month ahead only when it is at most two months away.

    >>> october = date(1989, 10, 30)
    >>> uncued_month_direction(october, 3), uncued_month_direction(october, 12)
    ('past', 'future')
    """
    ahead = (month_number - anchor.month) % 12
    return "future" if 0 < ahead <= _UNCUED_MONTHS_AHEAD else "past"


def month_near(anchor: date, month_number: int, direction: str | None,
               explicit: bool = False, far_back: bool = False) -> Period | None:
    """The month named without a year: `month_near(date(2024, 10, 18), 8, 'past')` -> 2024-08.

    `explicit` ("last April") lets the direction reach a full year, and never lands on the
    anchor's own month: "last March" said in March is a year ago. A tense cue reaches ten
    months back and half a year ahead (news looks back more often than forward); `far_back`
    ("since March") reaches a year back as `explicit` does, the anchor's month included.

    >>> month_near(date(2012, 3, 20), 3, "past", explicit=True).value
    '2011-03'
    """
    reference = date(anchor.year, anchor.month, 1)
    firsts = [date(anchor.year + k, month_number, 1) for k in (-1, 0, 1)]
    if explicit and direction in ("past", "future"):
        firsts = [first for first in firsts if first != reference]
    chosen = pick_near(firsts, reference, direction, 400 if explicit or far_back else 300,
                   400 if explicit else 185)
    return timex3.month(chosen.year, month_number)


def day_near(anchor: date, month_number: int, day_of_month: int,
             direction: str | None) -> Period | None:
    """A day named without a year (`November 1`), on the side of the anchor the clause reads."""
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        period = timex3.day(y, month_number, day_of_month)
        if period:
            candidates.append(period.begin)
    if not candidates:
        return None
    return timex3.of_date(pick_near(candidates, anchor, direction, 300, 185))


def weekday_near(anchor: date, weekday: int, direction: str | None,
                 strict: bool = False) -> Period:
    """A weekday (0 = Monday) in the week around the anchor; `strict` excludes the anchor day.

    >>> weekday_near(date(2024, 10, 18), 0, "past").value
    '2024-10-14'
    """
    back = (anchor.weekday() - weekday) % 7 or (7 if strict else 0)
    ahead = (weekday - anchor.weekday()) % 7 or (7 if strict else 0)
    if direction == "future":
        return timex3.of_date(anchor + timedelta(days=ahead))
    # Without a cue, news reports what happened: the weekday just past.
    return timex3.of_date(anchor - timedelta(days=back))


def season_near(anchor: date, code: str, direction: str | None, offset: int = 0) -> Period | None:
    """A season named without a year: this/last/next by `offset`, else by direction."""
    current = timex3.period_at(anchor, "season")
    if current is None:
        return None
    base_year = int(current.value[:4])
    if offset:
        candidates = [timex3.season(base_year + k, code) for k in (-1, 0, 1)]
        starts = [c for c in candidates if c]
        if offset < 0:
            earlier = [c for c in starts if c.end < current.begin]
            return max(earlier, key=lambda c: c.begin) if earlier else None
        later = [c for c in starts if c.begin > current.end]
        return min(later, key=lambda c: c.begin) if later else None
    options = [c for c in (timex3.season(base_year + k, code) for k in (-1, 0, 1)) if c]
    if not options:
        return None
    chosen = pick_near([c.begin for c in options], current.begin, direction)
    return next(c for c in options if c.begin == chosen)


def quarter_near(anchor: date, number: int, direction: str | None) -> Period | None:
    """A quarter named without a year: the latest one begun by the anchor, unless future."""
    options = [timex3.quarter(anchor.year + k, number) for k in (-1, 0, 1)]
    starts = [q for q in options if q]
    if direction == "future":
        later = [q for q in starts if q.end >= anchor]
        return min(later, key=lambda q: q.begin) if later else None
    begun = [q for q in starts if q.begin <= anchor]
    return max(begun, key=lambda q: q.begin) if begun else None


def offset_period(anchor: date, unit: str, amount: int) -> Period | None:
    """The whole period `amount` units from the anchor's: ('year', -1) in 2024 is 2023."""
    moved = timex3.shift(anchor, unit, amount)
    return timex3.period_at(moved, unit) if moved else None
