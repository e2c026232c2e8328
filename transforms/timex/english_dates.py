"""English calendar expressions: full and partial dates, months, years, decades, weekdays.

Month and weekday names come from dateparser's English locale data; the glue words are here.
Each handler turns one match into a Spec, resolving missing parts against the anchor in the
direction the clause reads.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from transforms.timex import resolve, timex3
from transforms.timex.lexicon import ORDINALS, part_mod
from transforms.timex.locales import alternation, tables
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import (
    Rule,
    boundary_mod,
    compile_rule,
    is_capitalized,
    mod_and_direction,
    original,
    preceding_word,
    weekday_direction,
)

_EN = tables("en")
_MONTH_ABBR = {k: v for k, v in _EN.months.items() if len(k) >= 3}
_MONTH_FULL = {k: v for k, v in _MONTH_ABBR.items() if len(k) >= 5 or k in ("may", "june", "july")}
WEEKDAYS = {k: v for k, v in _EN.weekdays.items() if k.endswith("day")}
M_ANY = rf"(?:{alternation(_MONTH_ABBR)})\b\.?"
M_FULL = rf"(?:{alternation(_MONTH_FULL)})\b"
WD_BARE = alternation(WEEKDAYS)
WD = rf"(?:{WD_BARE})\b"
_PDAY = "morning|afternoon|evening|night"
MONTH_TRIGGER = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_WD_TRIGGER = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
PART = r"(?P<part>early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties")
_PART_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def month_number(token: str) -> int | None:
    """Month number of an English month name or abbreviation: `month_number("Sept.") == 9`."""
    return _MONTH_ABBR.get(token.lower().rstrip(".").strip())


def _part_of(match: re.Match) -> str | None:
    part = match.groupdict().get("part")
    if not part:
        return None
    return part_mod(part.split()[1] if part.lower().startswith("the") else part)


def _day_spec(match: re.Match, ctx: Context, year: str | None, mon: str, day: str) -> Spec | None:
    number = month_number(mon)
    if number is None or not is_capitalized(mon.strip()):
        return None
    mod, direction = mod_and_direction(match, ctx)
    if year:
        period = timex3.day(int(year), number, int(day))
        return Spec("DATE", period.value, period, mod, direction) if period else None
    anchor = ctx.anchor_date("year")
    if anchor is None:
        valid = timex3.day(2000, number, int(day))  # leap year: February 29 stays possible
        return resolve.unresolved("DATE", f"XXXX-{number:02d}-{int(day):02d}", direction,
                                  mod) if valid else None
    return resolve.relative(resolve.day_near(anchor, number, int(day), direction), direction, mod)


# "arrested on 1 September last year": the day of the year before the anchor's
_RELATIVE_YEAR = r"\s+(?P<ryear>last|this|next)\s+year\b"
_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}


def month_day(match: re.Match, ctx: Context) -> Spec | None:
    """'Nov. 1', 'November 1, 2024', '1 November 2024', '1 September last year' -> a day (year
    from the anchor if absent)."""
    year = match.group("year")
    ryear = (match.group("ryear") or "").lower()
    anchor = ctx.anchor_date("year")
    if ryear and anchor is not None:
        year = str(anchor.year + _YEAR_OFFSET[ryear])
    return _day_spec(match, ctx, year, original(match, ctx, "mon"), match.group("day"))


# "the March for Life", "the March of the Combatant Mothers": a march, not a month.
_EVENT_NAME_AFTER = re.compile(r"\s+(?:for|of\s+the)\s+[A-Z]")
_DAY_AFTER = re.compile(r"\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d|\.\d|:\d))")


def month_only(match: re.Match, ctx: Context) -> Spec | None:
    """'in August', 'late November', 'July 1997', 'last April' -> a month, never a day."""
    mon = original(match, ctx, "mon")
    number = month_number(mon)
    if number is None or not is_capitalized(mon) or _EVENT_NAME_AFTER.match(ctx.text, match.end()):
        return None
    rel = (match.group("rel") or "").lower()
    if rel and not match.group("year") and _DAY_AFTER.match(ctx.text, match.end()):
        return None  # "this January 9" is a day: left to the month-day rule
    mod, clause_reading = mod_and_direction(match, ctx)
    mod = _part_of(match) or mod
    direction = {"last": "past", "past": "past", "previous": "past", "next": "future",
                 "coming": "future"}.get(rel) or clause_reading
    if match.group("year"):
        period = timex3.month(int(match.group("year")), number)
        return Spec("DATE", period.value, period, mod, direction) if period else None
    anchor = ctx.anchor_date("year")
    if anchor is None:
        return resolve.unresolved("DATE", f"XXXX-{number:02d}", direction, mod)
    ryear = (match.group("ryear") or "").lower()
    if ryear:
        target = anchor.year + {"last": -1, "this": 0, "next": 1}[ryear]
        return resolve.relative(timex3.month(target, number), direction, mod)
    if rel == "this":
        return resolve.relative(timex3.month(anchor.year, number), direction, mod)
    if direction is None and not rel and mod != "ON_OR_BEFORE":
        direction = resolve.uncued_month_direction(anchor, number)
    # "since March" reads back as surely as "last March" does: up to a year, never ahead
    since = preceding_word(match, ctx) == "since"
    period = resolve.month_near(anchor, number, direction, explicit=bool(rel), far_back=since)
    return resolve.relative(period, direction, mod)


def numeric_date(match: re.Match, ctx: Context) -> Spec | None:
    """'2024-11-01' or '11/01/2024' (month first in English) -> a day; impossible dates -> None."""
    if match.group("iso_y"):
        y, m, d = match.group("iso_y"), match.group("iso_m"), match.group("iso_d")
    else:
        first, second, y = match.group("a"), match.group("b"), match.group("y")
        m, d = (first, second) if match.group("sep") == "/" else (second, first)
        if len(y) == 2:
            y = str(2000 + int(y) if int(y) < 50 else 1900 + int(y))
    period = timex3.day(int(y), int(m), int(d))
    if period is None:
        return None
    mod, direction = boundary_mod(match, ctx)
    return Spec("DATE", period.value, period, mod, direction)


def year_only(match: re.Match, ctx: Context) -> Spec | None:
    """'1997', 'mid-1996', 'fiscal 1989', 'the end of 1990' -> a year (with START/MID/END)."""
    before = ctx.text[max(0, match.start() - 2):match.start()]
    after = ctx.text[match.end():match.end() + 12]
    if re.search(r"[$€£#\d.,/:-]\s?$", before) or re.match(r"\s?(?:%|[.,:/-]\d|\d|\s*percent)",
                                                            after):
        return None
    if re.match(r"\s+(?:[a-z]+\s+)?(?:troops|people|soldiers|shares|tons|km|miles|men|members|"
                r"workers|cars|units|votes|jobs|students|employees|points|feet|metres|meters)\b",
                after):
        return None
    period = timex3.year(int(match.group("year")))
    mod, direction = boundary_mod(match, ctx)
    return Spec("DATE", period.value, period, _part_of(match) or mod, direction) if period else None


def decade(match: re.Match, ctx: Context) -> Spec | None:
    """'the 1990s' -> '199'; "the '90s" -> '199' (century from the anchor, else the 1900s)."""
    if match.group("cent"):
        first = int(match.group("cent") + match.group("dec") + "0")
    else:
        if match.group("word") and not match.group(0).lower().startswith("the"):
            return None  # "in his sixties" is an age, "the sixties" a decade
        anchor = ctx.anchor_date("year") or date(1999, 1, 1)
        tens = (_DECADE_WORDS.index(match.group("word").lower()) + 2 if match.group("word")
                else int(match.group("dec2"))) * 10
        first = (anchor.year // 100) * 100 + tens
        first -= 100 if first > anchor.year else 0
    period = timex3.decade(first)
    return Spec("DATE", period.value, period, _part_of(match)) if period else None


def century(match: re.Match, ctx: Context) -> Spec | None:
    """'the 20th century' -> '19'."""
    token = match.group("ord").lower()
    number = int(re.sub(r"\D", "", token)) if token[0].isdigit() else ORDINALS.get(token)
    period = timex3.century(number) if number else None
    return Spec("DATE", period.value, period, _part_of(match)) if period else None


_WEEK_NAMED_AFTER = re.compile(
    rf"(?:\s+(?:and|to|until|through|-|–)\s+{WD})?\s+of\s+(?P<wrel>last|this|next|previous)\s+week\b",
    re.IGNORECASE,
)


def weekday(match: re.Match, ctx: Context) -> Spec | None:
    """'Friday', 'last Friday', 'Friday night' -> the day the clause points to."""
    token = original(match, ctx, "wd")
    if not is_capitalized(token):
        return None
    number = WEEKDAYS[token.lower()]
    rel = (match.group("rel") or "").lower()
    direction = {"last": "past", "past": "past", "previous": "past", "next": "future",
                 "coming": "future", "this": None}.get(rel) or weekday_direction(match, ctx)
    if ctx.text.startswith(("'s", "\u2019s"), match.end()):
        direction = "past"  # "Wednesday's ruling": something that has happened
    suffix = ""  # "Friday night": the gold we measure on dates it as the day, mostly
    anchor = ctx.anchor_date("day")
    if anchor is None:
        return resolve.unresolved("DATE", f"XXXX-WXX-{number + 1}{suffix}", direction)
    week = _WEEK_NAMED_AFTER.match(ctx.text, match.end())
    if week:
        # "Tuesday of last week", "between Tuesday and Sunday of last week": that week's day
        monday = anchor - timedelta(days=anchor.weekday())
        shift = {"last": -7, "previous": -7, "next": 7}.get(week.group("wrel").lower(), 0)
        period = timex3.of_date(monday + timedelta(days=shift + number))
    else:
        period = resolve.weekday_near(anchor, number, direction, strict=rel in ("last", "next"))
    mod = _part_of(match) or boundary_mod(match, ctx)[0]
    kind = "TIME" if suffix else "DATE"
    return Spec(kind, period.value + suffix, period, mod, direction, needs_anchor=True)


def month_set(match: re.Match, ctx: Context) -> Spec | None:
    """'each July', 'every November' -> SET 'XXXX-07'."""
    token = original(match, ctx, "mon")
    number = month_number(token)
    if number is None or not is_capitalized(token):
        return None
    return Spec("SET", f"XXXX-{number:02d}")


def weekday_set(match: re.Match, ctx: Context) -> Spec | None:
    """'every Monday', 'Tuesday nights' -> SET 'XXXX-WXX-1' ('XXXX-WXX-2TNI')."""
    group = next(g for g in ("wd", "wd2", "wd3") if match.group(g))
    token = original(match, ctx, group)
    number = WEEKDAYS.get(token.lower())
    if number is None or not is_capitalized(token):
        return None
    part = match.group("pday") or match.group("pday2") or match.group("pday3")
    suffix = f"T{_PART_DAY[part.lower()]}" if part else ""
    return Spec("SET", f"XXXX-WXX-{number + 1}{suffix}")


RULES: list[Rule] = [
    compile_rule("numeric_date",
                 r"\b(?:(?P<iso_y>\d{4})(?P<iso_sep>[-/])(?P<iso_m>\d{2})(?P=iso_sep)(?P<iso_d>\d{2})|"
                 r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}))(?![\d/.-]\d)",
                 numeric_date, r"\d[/.-]\d", (12, 14)),
    compile_rule("month_day",
                 rf"\b(?:{WD},?\s+)?(?P<mon>{M_ANY})\s*(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
                 rf"(?!\s*(?:%|,\d|\.\d|:\d))(?:\s?,?\s+{YEAR}\b|{_RELATIVE_YEAR})?", month_day,
                 MONTH_TRIGGER, (10, 20)),
    compile_rule("day_month",
                 rf"\b(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{M_ANY})"
                 rf"(?:\s?,?\s+{YEAR}\b|{_RELATIVE_YEAR})?", month_day, MONTH_TRIGGER, (12, 20)),
    compile_rule("month",
                 rf"(?:\b{PART}[\s-]+|\b)(?:(?P<rel>last|this|next|past|coming|previous)\s+)?"
                 rf"(?P<mon>{M_FULL}|{M_ANY}(?=\s?,?\s+\d{{4}}))(?:\s?,?\s+(?:of\s+)?{YEAR}\b|"
                 rf"\s+(?P<ryear>last|this|next)\s+year\b)?", month_only, MONTH_TRIGGER, (45, 25)),
    compile_rule("year", rf"(?:\b{PART}[\s-]+|\b(?:fiscal\s+)?(?<![-'])){YEAR}\b(?!s\b|-\d|')",
                 year_only, r"1[6-9]\d\d|20\d\d", (40, 6)),
    compile_rule("decade",
                 r"\b(?:the\s+)?(?:(?P<part>early|late|mid)[\s-]+)?"
                 r"(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0'?s\b|'(?P<dec2>\d)0s\b|"
                 r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|"
                 r"nineties)\b)", decade, r"0'?s|ties\b", (30, 4)),
    compile_rule("century",
                 r"\b(?:the\s+)?(?:(?P<part>early|late|mid)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
                 r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                 r"eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century\b", century,
                 "century", (40, 8)),
    compile_rule("weekday",
                 rf"\b(?:(?P<part>early|late)\s+)?(?:(?P<rel>last|this|next|past|coming|previous)\s+)?"
                 rf"(?P<wd>{WD})(?:\s+(?P<pday>morning|afternoon|evening|night)\b)?", weekday,
                 _WD_TRIGGER, (35, 12)),
    compile_rule("month_set", rf"\b(?:each|every)\s+(?P<mon>{M_FULL})", month_set, MONTH_TRIGGER,
                 (12, 3)),
    compile_rule("weekday_set",
                 rf"\b(?:(?:every|each)\s+(?P<wd>{WD})(?:\s+(?P<pday>{_PDAY})s?\b)?|"
                 rf"(?P<wd2>{WD_BARE})s\b(?:\s+(?P<pday2>{_PDAY})s\b)?|"
                 rf"(?P<wd3>{WD})\s+(?P<pday3>{_PDAY})s\b)", weekday_set, _WD_TRIGGER, (8, 14)),
]
