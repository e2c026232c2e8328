"""Weekdays after Ukrainian and Russian "до" (by, until), written in the genitive case.

dateparser's locale data holds the nominative and accusative ("понеділок", "в середу"), not the
genitive a deadline takes: "Війська мають прибути до понеділка" (an article of Friday
2024-10-18) is Monday 2024-10-21, the coming Monday, with the deadline's ON_OR_BEFORE.
"""

from __future__ import annotations

import re

from transforms.timex import resolve
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import Rule, compile_rule

GENITIVE_WEEKDAYS = {
    "uk": {"понеділка": 0, "вівторка": 1, "середи": 2, "четверга": 3, "п'ятниці": 4,
           "п\u2019ятниці": 4, "суботи": 5, "неділі": 6},
    "ru": {"понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4,
           "субботы": 5, "воскресенья": 6},
}


def deadline_weekday(match: re.Match, ctx: Context) -> Spec | None:
    """'до понеділка' (anchor Friday 2024-10-18) -> 2024-10-21, ON_OR_BEFORE, future."""
    number = GENITIVE_WEEKDAYS[ctx.lang][match.group("wd").lower()]
    anchor = ctx.anchor_date("day")
    if anchor is None:
        return resolve.unresolved("DATE", f"XXXX-WXX-{number + 1}", "future", "ON_OR_BEFORE")
    period = resolve.weekday_near(anchor, number, "future")
    return Spec("DATE", period.value, period, "ON_OR_BEFORE", "future", needs_anchor=True,
                span=match.span("wd"))


def rules(lang: str) -> list[Rule]:
    """The "до + weekday" rule of Ukrainian and Russian, else none.

    >>> [rule.name for rule in rules("uk")], rules("de")
    (['deadline_weekday'], [])
    """
    if lang not in GENITIVE_WEEKDAYS:
        return []
    names = "|".join(sorted(GENITIVE_WEEKDAYS[lang], key=len, reverse=True))
    return [compile_rule("deadline_weekday", rf"(?<!\w)до\s+(?P<wd>{names})(?!\w)",
                         deadline_weekday)]
