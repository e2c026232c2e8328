"""Days of the month named without their month, as Korean, Japanese and Chinese news writes them.

"북한은 지난 9일 미사일을 발사했다" (an article of 2025-01-12) is 9 January 2025: "지난" is the
most recent 9th on or before the anchor, "오는 15일" the coming 15th; a bare "18일 밝혔다" is the
18th nearest the anchor in the clause's direction. A number with a day word followed by a
counter ("9일간", "9日間", "3일 전", "9天") is a length of time or a shift, left to other rules.
"""

from __future__ import annotations

import re
from datetime import date

from transforms.timex import resolve, timex3
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import Rule, compile_rule, direction_of

_DAY = r"(?<!\d)(?P<day>[12]\d|3[01]|0?[1-9])"
# Words before the day that point back ("지난", "去る") or forward ("오는", "来る").
_CUES = {"지난": "past", "去る": "past", "오는": "future", "来る": "future"}
# What may follow a day word when the number counts days rather than naming one.
_NOT_A_DATE = {
    "ko": r"(?!\s*(?:간|동안|째|만에|만|전|후|뒤|이내|내|치|분|요일|평균))",
    "ja": r"(?!\s*(?:間|前|後|ぶり|以内|以上|目|連続|本|分|余り|平均))",
    "zh": r"(?!\s*(?:前|后|後|以来|以内|内|间|本))",
}
# "9号" is also a number ("9号线" line 9, "9号楼" building 9): a date only when no noun follows.
_ZH_NUMBER_NOUNS = r"(?!\s*(?:线|楼|码|令|机|舰|院|门|车|台|房|位|球|文件|决议|公告|馆|厅|口))"
_PATTERNS = {
    "ko": rf"(?:(?P<cue>지난|오는)\s*)?{_DAY}\s*일{_NOT_A_DATE['ko']}",
    "ja": rf"(?:(?P<cue>去る|来る)\s*)?{_DAY}\s*日{_NOT_A_DATE['ja']}",
    "zh": rf"(?P<cue>){_DAY}\s*(?:日{_NOT_A_DATE['zh']}|号{_NOT_A_DATE['zh']}{_ZH_NUMBER_NOUNS})",
}
_REACH_DAYS = 45  # a day without its month is within about a month of the article


def days_near(anchor: date, day_of_month: int) -> list[date]:
    """That day of the month in the anchor's month and the months either side, where it exists.

    >>> days_near(date(2025, 1, 12), 31)
    [datetime.date(2024, 12, 31), datetime.date(2025, 1, 31)]
    """
    found = []
    for offset in (-1, 0, 1):
        month_start = timex3.add_months(date(anchor.year, anchor.month, 1), offset)
        if month_start is None:
            continue
        period = timex3.day(month_start.year, month_start.month, day_of_month)
        if period is not None:
            found.append(period.begin)
    return found


def day_of_month(match: re.Match, ctx: Context) -> Spec | None:
    """'지난 9일' (anchor 2025-01-12) -> 2025-01-09; '오는 15일' -> 2025-01-15; '9日' -> the 9th
    nearest the anchor on the side the clause reads."""
    number = int(match.group("day"))
    direction = _CUES.get(match.group("cue") or "") or direction_of(match, ctx)
    anchor = ctx.anchor_date("day")
    if anchor is None:
        return resolve.unresolved("DATE", f"XXXX-XX-{number:02d}", direction)
    candidates = days_near(anchor, number)
    if not candidates:
        return None
    chosen = resolve.pick_near(candidates, anchor, direction, _REACH_DAYS)
    return Spec("DATE", chosen.isoformat(), timex3.of_date(chosen), None, direction,
                needs_anchor=True)


def rules(lang: str) -> list[Rule]:
    """The day-of-month rule of `lang` (Korean, Japanese, Chinese), else none."""
    if lang not in _PATTERNS:
        return []
    return [compile_rule("day_of_month", _PATTERNS[lang], day_of_month)]
