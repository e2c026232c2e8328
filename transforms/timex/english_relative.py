"""English relative expressions: 'yesterday', 'last week', 'two years ago', quarters, seasons.

All of them need the anchor; without one they come back unresolved (never dated from today).
"""

from __future__ import annotations

import re
from datetime import date

from transforms.timex import resolve, timex3
from transforms.timex.english_dates import PART, YEAR
from transforms.timex.english_quarters import quarter_in_view
from transforms.timex.english_spans import duration_value
from transforms.timex.lexicon import (
    DURATION_UNITS,
    NUMBER,
    QUANT_MOD,
    UNIT_WORD,
    parse_number,
    part_mod,
    quant_mod,
    unit_name,
)
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import Rule, compile_rule, direction_of

_DEICTIC = {"today": 0, "yesterday": -1, "last": -1, "tomorrow": 1, "tonight": 0,
            "the day before yesterday": -2, "the day after tomorrow": 2}
QUARTER_REACH = 700  # characters: past that, "a year ago" no longer compares with the quarter
_REL_WORD = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
             "coming": 1, "following": 1, "same": 0, "that": 0}
_PART_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


def _part(match: re.Match) -> str | None:
    part = match.groupdict().get("part")
    if not part:
        return None
    words = part.split()
    return part_mod(words[1] if words[0].lower() == "the" else words[0])


def deictic(match: re.Match, ctx: Context) -> Spec | None:
    """'yesterday' -> anchor - 1 day; 'tonight', 'this morning' -> the anchor day with a part."""
    word = re.sub(r"\s+", " ", match.group("word").lower())
    part = (match.group("pday") or ("tonight" if word == "tonight" else "")).lower()
    offset = _DEICTIC.get(word, 0)
    direction = "past" if offset < 0 else "future" if offset > 0 else "present"
    anchor = ctx.anchor_date("day")
    if anchor is None:
        return resolve.unresolved("DATE", None, direction)
    moved = timex3.shift(anchor, "day", offset)
    period = timex3.of_date(moved) if moved else None
    if period is None:
        return None
    # A part of the day makes a TIME ("this morning" -> TMO); "tonight" alone stays a day.
    suffix = f"T{_PART_DAY[part]}" if part and word != "tonight" else ""
    kind = "TIME" if suffix else "DATE"
    return Spec(kind, period.value + suffix, period, _part(match), direction, needs_anchor=True)


def mid_part_of_day(match: re.Match, ctx: Context) -> Spec | None:
    """'mid-afternoon yesterday' -> the day before the anchor, TAF; 'by mid afternoon' -> the
    anchor's afternoon."""
    word = (match.group("word") or "today").lower()
    anchor = ctx.anchor_date("day")
    if anchor is None:
        return resolve.unresolved("TIME", None)
    moved = timex3.shift(anchor, "day", _DEICTIC[word])
    if moved is None:
        return None
    period = timex3.of_date(moved)
    value = f"{period.value}T{_PART_DAY[match.group('pday').lower()]}"
    return Spec("TIME", value, period, "MID", None, needs_anchor=True)


def relative_unit(match: re.Match, ctx: Context) -> Spec | None:
    """'last week' -> 2024-W41; 'next year' -> 2025; 'earlier this month' -> 2024-10 START."""
    unit = match.group("unit").lower()
    rel = (match.group("rel") or "this").lower()
    amount = _REL_WORD[rel]
    direction = "past" if amount < 0 else "future" if amount > 0 else "present"
    mod = _part(match) or part_mod(match.group("early"))
    anchor = ctx.anchor_date("day" if unit == "week" else unit if unit in ("month", "year")
                             else "month")
    if anchor is None:
        return resolve.unresolved("DATE", None, direction, mod)
    if unit == "weekend":
        week = resolve.offset_period(anchor, "week", amount)
        if week is None:
            return None
        weekend_days = timex3.weekend_of(week)
        return Spec("DATE", weekend_days.value, weekend_days, mod, direction, True)
    if unit in ("decade", "century") and amount and match.group("early") is None:
        scale = 10 if unit == "decade" else 100
        return Spec("DURATION", f"P{scale}Y", None, mod, direction)
    period = _discourse_period(match, ctx, unit, rel, anchor)
    if period is None:
        period = resolve.offset_period(anchor, unit, amount)
    return resolve.relative(period, direction, mod)


def _discourse_period(match: re.Match, ctx: Context, unit: str, rel: str,
                      anchor) -> timex3.Period | None:
    """The period of 'this summer', 'the following year', 'last year' (in an earnings
    comparison) and 'this quarter' read from the text and season, not by plain offset."""
    amount = _REL_WORD[rel]
    if unit in _SEASONS and rel == "this":
        # "this summer" said in March is the coming one: the season of the anchor's year
        # (a winter said by March began the year before).
        code = _SEASONS[unit]
        return timex3.season(anchor.year - (code == "WI" and anchor.month <= 3), code)
    if unit in _SEASONS:
        return resolve.season_near(anchor, _SEASONS[unit], direction_of(match, ctx), amount)
    if unit == "year" and rel in ("following", "previous", "same", "that") and ctx.last_year:
        # "the following year" follows the year the text is talking about, not the anchor's.
        return timex3.year(ctx.last_year + amount)
    if unit == "year" and rel == "last" and _compares_quarters(match, ctx):
        # "compared with a loss of $3 million last year": the quarter reported on, a year back
        moved = timex3.shift(ctx.last_quarter.begin, "year", -1)
        return timex3.period_at(moved, "quarter") if moved else None
    if unit == "quarter" and rel == "this" and ctx.last_quarter:
        # "this quarter's loss" in an earnings story is the quarter reported on; "the
        # current quarter" is the one under way at publication.
        return ctx.last_quarter
    return None


def ago(match: re.Match, ctx: Context) -> Spec | None:
    """'two years ago' -> anchor year - 2; 'a year earlier' in an earnings report: that quarter."""
    amount = parse_number(match.group("num") or "a")
    unit = unit_name(match.group("unit"))
    word = match.group("dir").lower()
    sign = 1 if word in ("later", "hence") or word.startswith("from") else -1
    direction = "past" if sign < 0 else "future"
    mod = quant_mod(match.group("qm"))
    if word == "later":
        return _later(match, amount, unit, mod, ctx)
    if amount is None:
        return Spec("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, mod, direction)
    in_view = quarter_in_view(ctx, match.start(), QUARTER_REACH)
    if unit == "year" and amount == 1 and in_view and word in ("ago", "earlier"):
        # Earnings reports: "a year ago" compares with the quarter just named.
        moved = timex3.shift(in_view.begin, "year", sign * amount)
        return resolve.relative(timex3.period_at(moved, "quarter") if moved else None, direction)
    if unit in ("hour", "minute", "second"):
        return _hours_ago(amount, unit, sign, direction, mod, ctx)
    in_focus = day_in_focus(match, ctx) if word == "earlier" and unit == "day" else None
    if in_focus is not None:
        moved = timex3.shift(in_focus, "day", -amount)
        return resolve.relative(timex3.of_date(moved) if moved else None, direction, mod)
    anchor = ctx.anchor_date("day" if unit in ("day", "week") else "month")
    if anchor is None:
        return resolve.unresolved("DATE", None, direction, mod)
    target_unit = {"decade": "year", "century": "year"}.get(unit, unit)
    scale = {"decade": 10, "century": 100}.get(unit, 1)
    moved = timex3.shift(anchor, target_unit, sign * amount * scale)
    if moved is None or target_unit in ("hour", "minute", "second"):
        return None
    precision = target_unit
    return resolve.relative(timex3.period_at(moved, precision), direction, mod)


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def day_in_focus(match: re.Match, ctx: Context) -> date | None:
    """The day named earlier in the same sentence, which "a day earlier" counts from:
    'On October 4, the Post reported that six officers were killed a day earlier' -> October 3
    (TimeML's reference time: the day under discussion, not the publication date)."""
    if ctx.last_day is None:
        return None
    end, period = ctx.last_day
    if _SENTENCE_END.search(ctx.text, end, match.start()):
        return None
    return period.begin


def _later(match: re.Match, amount: int | None, unit: str, mod: str | None,
           ctx: Context) -> Spec | None:
    """'four years later' counts from the story's last year written out; other "N units
    later" ('three days later', 'a few days later') name a length of time after an event
    the text does not date: the duration 'three days' (TimeML leaves 'later' out)."""
    if ctx.last_year is not None and amount and unit in ("year", "decade", "century"):
        scale = {"decade": 10, "century": 100}.get(unit, 1)
        period = timex3.year(ctx.last_year + amount * scale)
        return Spec("DATE", period.value, period, mod, None, needs_anchor=False) if period else None
    if unit not in DURATION_UNITS:
        return resolve.unresolved("DATE", None, None, mod)
    return Spec("DURATION", duration_value(amount, unit), None, mod,
                span=(match.start(), match.end("unit")))


def _hours_ago(amount: int, unit: str, sign: int, direction: str, mod: str | None,
               ctx: Context) -> Spec | None:
    """'48 hours ago' is two days before the publication, whatever its hour: a day; '36 hours
    ago' or '3 hours ago' may fall on either side of a midnight: a vague reference, no day."""
    anchor = ctx.anchor_date("day")
    if unit == "hour" and amount % 24 == 0 and anchor is not None and mod is None:
        moved = timex3.shift(anchor, "day", sign * amount // 24)
        return resolve.relative(timex3.of_date(moved) if moved else None, direction)
    return Spec("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, mod, direction)


def season(match: re.Match, ctx: Context) -> Spec | None:
    """'summer 1998' -> 1998-SU; 'the summer' -> the nearest summer in the clause's direction."""
    code = _SEASONS[match.group("season").lower()]
    mod = _part(match)
    if match.group("year"):
        period = timex3.season(int(match.group("year")), code)
        return Spec("DATE", period.value, period, mod) if period else None
    anchor = ctx.anchor_date("month")
    if anchor is None:
        return resolve.unresolved("DATE", f"XXXX-{code}", None, mod)
    period = resolve.season_near(anchor, code, direction_of(match, ctx))
    return resolve.relative(period, direction_of(match, ctx), mod)


_ADJACENT_DAY = {"later": 1, "next": 1, "following": 1, "after": 1, "before": -1, "previous": -1}


def adjacent_day(match: re.Match, ctx: Context) -> Spec | None:
    """'the next day', 'the day before', 'a day later' when the anchor is the only date in
    focus -> the day after or before it ('the next day' of 2024-10-18 is 2024-10-19). When
    another day was named before, TimeML counts from that day: left to the other rules."""
    anchor = ctx.anchor_date("day")
    if anchor is None or (ctx.last_day is not None and ctx.last_day[1].begin != anchor):
        return None
    word = match.group("rel") or match.group("rel2") or match.group("rel3")
    offset = _ADJACENT_DAY[word.lower()]
    moved = timex3.shift(anchor, "day", offset)
    direction = "past" if offset < 0 else "future"
    return resolve.relative(timex3.of_date(moved) if moved else None, direction)


_COMPARED = re.compile(r"\b(?:compared|from|versus|against)\b[^.;]*$", re.IGNORECASE)
_OTHER_YEAR = re.compile(r"\byears?\b", re.IGNORECASE)


def _compares_quarters(match: re.Match, ctx: Context) -> bool:
    """'last year' in "compared with a loss of $3 million last year" of an earnings story."""
    window = ctx.text[max(0, match.start() - 60):match.start()]
    return bool(ctx.last_quarter and _COMPARED.search(window) and not _OTHER_YEAR.search(window))
_SEASON_TRIGGER = "spring|summer|fall|autumn|winter"
_UNIT_TRIGGER = "week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter"
_REL = r"(?P<rel>last|this|next|past|previous|coming|following|current|same|that(?=\s+year))"
RULES: list[Rule] = [
    compile_rule("deictic",
                 r"\b(?:(?P<part>late|early)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                 r"yesterday|today|tomorrow|tonight|this(?=\s+(?:morning|afternoon|evening))|"
                 r"last(?=\s+night))"
                 r"(?:\s+(?P<pday>morning|afternoon|evening|night)\b)?\b", deictic,
                 "yesterday|today|tomorrow|night|morning|afternoon|evening", (30, 14)),
    compile_rule("mid_part_of_day", r"\bmid[\s-]?(?P<pday>morning|afternoon)\b"
                 r"(?:\s+(?P<word>yesterday|today|tomorrow)\b)?", mid_part_of_day, "mid",
                 (2, 30)),
    compile_rule("relative_unit",
                 rf"(?:\b{PART}[\s-]+|\b(?P<early>earlier|later)\s+|\b)(?:the\s+)?{_REL}\s+"
                 r"(?P<unit>week|month|year|quarter|decade|century|weekend|spring|summer|fall|"
                 r"autumn|winter)\b(?![\s-](?:old|long|high|low))", relative_unit,
                 _UNIT_TRIGGER, (45, 8)),
    compile_rule("end_of", rf"\b{PART}\s+the\s+(?P<rel>)(?P<early>)(?P<unit>week|month|year|"
                 r"quarter)\b", relative_unit, "week|month|year|quarter", (30, 8)),
    compile_rule("adjacent_day",
                 r"\b(?:the\s+(?P<rel>next|following|previous)\s+day|a\s+day\s+(?P<rel2>later)|"
                 r"the\s+day\s+(?P<rel3>before|after)(?=\s*(?:[,.;:!?)]|$)))\b", adjacent_day,
                 "day", (25, 20)),
    compile_rule("ago",
                 rf"\b(?:(?P<qm>{QUANT_MOD})\s+)?(?P<num>{NUMBER})[\s-]+(?P<unit>{UNIT_WORD})"
                 r"\s+(?P<dir>ago|earlier|later|hence|from\s+now)\b", ago,
                 "ago|earlier|later|hence|from",
                 (55, 6)),
    compile_rule("year_earlier", r"\b(?P<qm>)(?P<num>)(?P<unit>year)-(?P<dir>ago|earlier)\b", ago,
                 "year-", (4, 10)),
    compile_rule("season",
                 rf"(?:\b{PART}[\s-]+|\b)(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)"
                 rf"\s+(?:of\s+)?{YEAR}\b", season, _SEASON_TRIGGER, (25, 12)),
    compile_rule("season_the",
                 rf"\b(?:{PART}\s+|the\s+)(?P<season>spring|summer|fall|autumn|winter)\b"
                 # "the fall of Saddam", "the summer of love": of what, not of when
                 rf"(?:\s+(?:of\s+)?{YEAR}\b|(?!\s+of\b))", season, _SEASON_TRIGGER, (25, 12)),
]
