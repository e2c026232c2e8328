"""Days a text tells relative to the day it last named: "The next day", "the same day", "six days
later".

"Syrian troops shelled Homs on 3 February. The next day, Russia and China vetoed the resolution":
the veto is on 4 February, not on the day the article was published. The temporal tagger leaves
such phrases unresolved when a day was named before them (TimeML counts them from that day, which
only the story knows), so the event clause reads them here, against the last day the text named.

>>> from datetime import date
>>> from transforms.records import Timex
>>> text = "Troops shelled Homs on 3 February. The next day, Russia vetoed the resolution."
>>> feb3 = Timex(23, 33, "3 February", "DATE", "2012-02-03", date(2012, 2, 3), date(2012, 2, 3),
...              "day")
>>> day = day_referred_to(text, (35, len(text)), [feb3], [feb3.start])
>>> day.text, day.begin_date
('The next day', datetime.date(2012, 2, 4))
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import timedelta

from transforms.records import Timex

_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
# (not "the day before the ceasefire started": the day before another event, not a named day;
# nor "a few days later", which names no day)
_DAY_TOLD_AGAIN = re.compile(
    # ... "Earlier in the day", "later in the day": the day named last
    r"\b(?:(?:the\s+same|that|(?:earlier|later)\s+in\s+the)\s+(?P<same>day|night|morning|afternoon|"
    r"evening)"
    r"|the\s+(?P<next>next|following)\s+day|the\s+(?P<previous>previous)\s+day"
    r"|the\s+day\s+(?P<relative>before|after)(?=\s*(?:[,.;:!?)]|$))"
    rf"|(?P<number>{'|'.join(_NUMBERS)}|\d{{1,2}})\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<direction>later|earlier))\b",
    re.IGNORECASE,
)
# how far back the day a phrase counts from may be named: the sentence or two before
_REACH = 600


def _offset_in_days(found: re.Match) -> int:
    if found.group("same"):
        return 0
    if found.group("next") or found.group("relative") == "after":
        return 1
    if found.group("previous") or found.group("relative") == "before":
        return -1
    number = found.group("number").lower()
    amount = int(number) if number.isdigit() else _NUMBERS[number]
    days = amount * (7 if found.group("unit").lower().startswith("week") else 1)
    return days if found.group("direction").lower() == "later" else -days


def _last_day_named(timexes: list[Timex], starts: list[int], before: int) -> Timex | None:
    """The last expression of one calendar day ending before `before`, within reach (`starts`
    are the timexes' starts, sorted: walked back from `before`, nothing copied)."""
    for index in range(bisect_left(starts, before) - 1, -1, -1):
        timex = timexes[index]
        if timex.end <= before - _REACH:
            return None
        if (
            timex.end <= before
            # ... not one the tagger could only count from the publication day
            and not tells_a_day_again(timex)
            and timex.type in ("DATE", "TIME")
            and timex.precision in ("day", "time")
            and timex.begin_date is not None
            and timex.begin_date == timex.end_date
            and any(c.isalpha() for c in timex.text)  # not a clock time: "17:03"
        ):
            return timex
    return None


def tells_a_day_again(timex: Timex) -> bool:
    """Whether an expression is one of these phrases ("the next day", "the same day"): when the
    tagger resolved one, it had only the publication day to count from, which news never means
    by it ("tomorrow" is the day after the report).

    >>> from datetime import date
    >>> tells_a_day_again(Timex(0, 12, "the next day", "DATE", "2012-03-09"))
    True
    """
    return bool(_DAY_TOLD_AGAIN.fullmatch(timex.text))


def day_referred_to(
    text: str,
    span: tuple[int, int],
    timexes: list[Timex],
    starts: list[int],
    told_before: Timex | None = None,
) -> Timex | None:
    """The day a phrase inside `span` tells relative to the last day the text named before it,
    as a day-precision Timex over the phrase; None when there is no such phrase or no such day.
    `timexes` are the article's, sorted by start, and `starts` their starts; `told_before` is a
    day an earlier phrase of this kind told ("The next day ... Two days later"), which counts
    when it is the later one."""
    found = _DAY_TOLD_AGAIN.search(text, span[0], span[1])
    if found is None:
        return None
    named = _last_day_named(timexes, starts, found.start())
    if told_before is not None and found.start() - _REACH < told_before.end <= found.start():
        named = told_before if named is None or told_before.end > named.end else named
    if named is None:
        return None
    day = named.begin_date + timedelta(days=_offset_in_days(found))
    return replace(
        named,
        start=found.start(),
        end=found.end(),
        text=found.group(),
        type="DATE",
        value=day.isoformat(),
        begin_date=day,
        end_date=day,
        precision="day",
        mod=None,
    )
