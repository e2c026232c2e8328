"""Days that name an event news writes without its year: "the September 11 attacks" and "9/11"
are 11 September 2001 in any later article, not that day of the article's year.

    >>> from datetime import date
    >>> from transforms.records import Timex
    >>> day = Timex(10, 22, "September 11", "DATE", "2005-09-11", date(2005, 9, 11),
    ...             date(2005, 9, 11), "day", None, None, True, True)
    >>> named_event_day("after the September 11 attacks", day).value
    '2001-09-11'
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from transforms.records import Timex
from transforms.timex import timex3
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import Rule, compile_rule

_ATTACKS_DAY = date(2001, 9, 11)
_SEPTEMBER_11 = re.compile(r"(?:September|Sept?\.?)\s+11(?:th)?|11(?:th)?\s+September", re.I)
# ... when the words around it name the attacks: "the September 11 attacks", "the attacks of
# September 11", "since September 11" (not "on September 11", a day of the article's year too)
_NAMES_THE_ATTACKS_AFTER = re.compile(
    r"\s*(?:attacks?|terror\w*|hijack\w*|atrocit\w*|bombings?|commission|-style|era|generation)\b",
    re.IGNORECASE,
)
_NAMES_THE_ATTACKS_BEFORE = re.compile(
    r"\b(?:since|of|post-|pre-|after\s+the|before\s+the)\s*(?:the\s+)?$", re.IGNORECASE
)


def named_event_day(text: str, timex: Timex) -> Timex:
    """`timex` as the day of the event it names, when it names one; else unchanged. Only a
    yearless day read after that event is renamed (an explicit year always wins)."""
    if not (
        timex.needs_anchor
        and timex.is_resolved
        and timex.precision == "day"
        and timex.begin_date is not None
        and timex.begin_date > _ATTACKS_DAY
        and _SEPTEMBER_11.fullmatch(timex.text)
        and (
            _NAMES_THE_ATTACKS_AFTER.match(text, timex.end)
            or _NAMES_THE_ATTACKS_BEFORE.search(text, max(0, timex.start - 20), timex.start)
        )
    ):
        return timex
    return replace(
        timex,
        value=_ATTACKS_DAY.isoformat(),
        begin_date=_ATTACKS_DAY,
        end_date=_ATTACKS_DAY,
        direction="past",
    )


def nine_eleven(match: re.Match, ctx: Context) -> Spec | None:
    """'9/11' (tokenized '9\\/11') -> 2001-09-11 when its words name the attacks, in an article
    written after that day ("the 9/11 attacks", "since 9/11"; not "Fahrenheit 9/11" or "lost
    family members on 9/11", whose clause tells of something else); else no reading."""
    anchor = ctx.anchor_date("year")
    start, end = match.span()
    if anchor is None or anchor <= _ATTACKS_DAY or not (
        _NAMES_THE_ATTACKS_AFTER.match(ctx.text, end)
        or _NAMES_THE_ATTACKS_BEFORE.search(ctx.text, max(0, start - 20), start)
    ):
        return None
    return Spec("DATE", _ATTACKS_DAY.isoformat(), timex3.of_date(_ATTACKS_DAY), None, "past")


RULES: list[Rule] = [
    compile_rule("nine_eleven", r"(?<![\w/])9\\?/11(?![\w/])", nine_eleven, "11", (6, 4)),
]
