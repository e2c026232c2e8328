"""Rules for any language dateparser knows, compiled from its locale data.

Month and weekday names come from `locales.tables(lang)` (relative phrases and patterns are in
`multilingual_relative.py`); only the shapes of dates are
written here (day-month-year, month-day-year, year-month-day with unit words as in Korean).
Dates with a month name are normalized by dateparser (`dateparsing.py`) and checked against
the parts actually read; digit-only forms are resolved directly.
"""

from __future__ import annotations

import dataclasses
import re

from transforms.timex import (
    cjk_days,
    date_shapes,
    dateparsing,
    deadline_weekdays,
    english_dates,
    multilingual_relative,
    names,
    resolve,
    timex3,
)
from transforms.timex.locales import LocaleTables, alternation, tables
from transforms.timex.positions import month_position
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import (
    Rule,
    boundary_mod,
    compile_rule,
    direction_of,
    mod_and_direction,
    original,
    preceding_word,
)

_NO_SPACE_LANGS = ("ko", "ja", "zh")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _month_of(token: str, table: LocaleTables) -> int | None:
    """Month number of a (possibly inflected) month name: 'серпні' -> 8 via the stem 'серпн'."""
    word = token.lower().rstrip(".")
    if word in table.months:
        return table.months[word]
    for length in range(len(word) - 1, 3, -1):
        for name, number in table.months.items():
            if len(name) >= 5 and name[:-1] == word[:length] and len(word) - length <= 3:
                return number
    return None


def _stems(names: dict[str, int], inflect: bool = True,
           case_forms: frozenset[str] = frozenset()) -> list[str]:
    """Full names, plus for Cyrillic names a stem that takes case endings ('августе').

    Weekdays are not inflected: their stems are ordinary words ("сред-и" among, "четвер-ть"
    a quarter); the forms news uses ("в среду", "у п'ятницю") are in the data already.

    A name is full when it has five letters or more, or is the longest name of its month or
    weekday ('août', '금요일'); shorter ones ('mar', 'set') are read only beside a number.
    """
    longest: dict[int, str] = {}
    for name, number in names.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    # An abbreviation is a prefix of a longer name ("серед" of "середа"), and often a word.
    # Case forms are full words ("sestdien" of "sestdiena").
    abbreviations = {n for n in names for m in names if m != n and names[m] == names[n]
                     and m.startswith(n) and n not in case_forms}
    found = [n for n in names if n not in abbreviations
             and (len(n) >= 5 or longest.get(names[n]) == n)]
    stems = [n[:-1] + r"\w{1,3}" for n in found if inflect and _CYRILLIC.search(n)]
    return found + stems


def _day_month(match: re.Match, ctx: Context) -> Spec | None:
    """'18 жовтня 2024 року', '18. Oktober', '1er novembre' -> a day (dateparser-normalized)."""
    table = tables(ctx.lang)
    if match.group("mon")[:1].isdigit() and match.start("mon") > match.start("day"):
        return None  # "11월" is November, not the 1st of "1월"
    number = _month_of(match.group("mon"), table)
    day, year = int(match.group("day")), match.group("year") or None
    if number is None or (year is None and timex3.day(2000, number, day) is None):
        return None
    mod, direction = mod_and_direction(match, ctx)
    anchor = ctx.anchor_date("year")
    if year is None and anchor is None:
        return resolve.unresolved("DATE", f"XXXX-{number:02d}-{day:02d}", direction, mod)
    period = dateparsing.day_period(match.group(0), anchor, ctx.lang, direction,
                                    (int(year) if year else None, number, day))
    if period is None and year:
        period = timex3.day(int(year), number, day)
    elif period is None:
        period = resolve.day_near(anchor, number, day, direction)
    if period is None:
        return None
    return Spec("DATE", period.value, period, mod, direction, needs_anchor=year is None)


def _month(match: re.Match, ctx: Context) -> Spec | None:
    """'im August', 'в августе', 'agosto de 2024', '8월' -> a month, never a day."""
    number = _month_of(match.group("mon"), tables(ctx.lang))
    if number is None or names.reads_as_a_name(ctx.text, match.start("mon"), ctx.lang):
        return None  # Latvian "Maija", Croatian "Marta" mid-sentence are names
    mod, direction = mod_and_direction(match, ctx)
    if match.group("year"):
        period = timex3.month(int(match.group("year")), number)
        spec = Spec("DATE", period.value, period, mod, direction) if period else None
        return _with_position(match, ctx, spec)
    anchor = ctx.anchor_date("year")
    if anchor is None:
        return _with_position(match, ctx, resolve.unresolved("DATE", f"XXXX-{number:02d}",
                                                             direction, mod))
    # Without a tense cue news reports what happened: a month back, unless just ahead.
    side = direction or resolve.uncued_month_direction(anchor, number)
    spec = resolve.relative(resolve.month_near(anchor, number, side), direction, mod)
    return _with_position(match, ctx, spec)


def _with_position(match: re.Match, ctx: Context, spec: Spec | None) -> Spec | None:
    """'в конце августа', 'Anfang November', '8월 말': the month with START/MID/END and the
    position words in its extent (a deadline's mod, when there is one, is kept)."""
    framed = month_position(ctx.text, match.start(), match.end(), ctx.lang)
    if spec is None or framed is None:
        return spec
    mod, start, end = framed
    return dataclasses.replace(spec, mod=spec.mod or mod, span=(start, end))


def _weekday(match: re.Match, ctx: Context) -> Spec | None:
    """'в пятницу', 'am Freitag', 'vendredi' -> the day the clause points to."""
    table = tables(ctx.lang)
    word = match.group("wd").lower()
    if _is_unit_word(word, table) and not (original(match, ctx, "wd")[:1].isupper()
                                           or preceding_word(match, ctx) == "hari"):
        return None  # Indonesian "minggu" is a week; "hari minggu", "Minggu" the day
    number = table.weekdays.get(word)
    if number is None:
        number = next((v for k, v in table.weekdays.items() if len(k) >= 5 and
                       word.startswith(k[:-1])), None)
    if number is None:
        return None
    mod, _ = boundary_mod(match, ctx)
    # A weekday after "bis", "entro", "d'ici" is a deadline: the coming one.
    direction = "future" if mod == "ON_OR_BEFORE" else direction_of(match, ctx)
    anchor = ctx.anchor_date("day")
    if anchor is None:
        return resolve.unresolved("DATE", f"XXXX-WXX-{number + 1}", direction, mod)
    period = resolve.weekday_near(anchor, number, direction)
    return Spec("DATE", period.value, period, mod, direction, needs_anchor=True)


def _is_unit_word(word: str, table: LocaleTables) -> bool:
    return any(word in words for words in table.unit_words.values())


def _numeric(order: str):
    def handler(match: re.Match, ctx: Context) -> Spec | None:
        """'18.10.2024' (day first), '2024. 10. 18.' (year first) -> a day; impossible -> None."""
        parts = dict(zip(order.lower(), (match.group("p1"), match.group("p2"), match.group("p3")),
                         strict=True))
        period = timex3.day(int(parts["y"]), int(parts["m"]), int(parts["d"]))
        return Spec("DATE", period.value, period) if period else None
    return handler


def _year_word(match: re.Match, ctx: Context) -> Spec | None:
    """'2024 року', '2024년' -> the year."""
    period = timex3.year(int(match.group("year")))
    return Spec("DATE", period.value, period) if period else None


def _year_words(table: LocaleTables) -> str:
    """Year words after a year: "2024 р." keeps its abbreviation's dot, "2024 року." does not."""
    long_words = alternation([w for w in table.year_words if len(w) > 2])
    short_words = alternation([w for w in table.year_words if len(w) <= 2])
    parts = [long_words] if long_words else []
    if short_words:
        parts.append(rf"(?:{short_words})\.?")
    return "|".join(parts) or "(?!)"


def rules(lang: str) -> list[Rule]:
    """Rules for `lang` from its dateparser tables; only the digit rules when it has none."""
    table = tables(lang)
    shared = [r for r in english_dates.RULES if r.name in ("numeric_date", "year")]
    if table is None:
        return shared
    end = date_shapes.word_end(lang, lang in _NO_SPACE_LANGS)
    # A day of the month without its month comes first: on the same span it wins over the
    # duration reading of the same digits ("9일" is the 9th, not nine days).
    special = cjk_days.rules(lang) + deadline_weekdays.rules(lang) + date_shapes.rules(
        lang, table.months, {"day": _day_month, "month": _month, "year": _year_word,
                                     "weekday": _weekday})
    relative = multilingual_relative.relative_rules(table, end)
    return special + _date_rules(table, lang, end) + relative + shared


def _date_rules(table: LocaleTables, lang: str, end: str) -> list[Rule]:
    """Numeric dates, day-month-year, Korean-style year-month-day words, months, weekdays."""
    months_any = alternation([n for n in table.months
                              if len(n) >= 3 or lang in _NO_SPACE_LANGS])
    start = "" if lang in _NO_SPACE_LANGS else r"(?<!\w)"
    free = list(table.months) if lang in _NO_SPACE_LANGS else _stems(table.months, True,
                                                                      table.inflected)
    months_free = "|".join(sorted(free, key=len, reverse=True)) or "(?!)"
    years = _year_words(table)
    days = alternation(table.day_words) or "(?!)"
    weekdays = "|".join(sorted(_stems(table.weekdays, False, table.inflected), key=len,
                               reverse=True)) or "(?!)"
    year = r"(?P<year>1[6-9]\d\d|20\d\d)"
    return [
        compile_rule("numeric", r"\b(?P<p1>\d{4})[./-]\s?(?P<p2>\d{1,2})[./-]\s?(?P<p3>\d{1,2})"
                     r"\b\.?" if table.date_order.startswith("Y") else
                     r"\b(?P<p1>\d{1,2})[./](?P<p2>\d{1,2})[./](?P<p3>\d{4})\b",
                     _numeric(table.date_order if table.date_order.startswith("Y") else
                              table.date_order.replace("Y", "") + "y")),
        compile_rule("day_month", rf"\b(?P<day>[12]\d|3[01]|0?[1-9])(?:\.|er|º|°|-?го|-?е)?\s*"
                     rf"(?:de\s+)?"
                     rf"(?P<mon>{months_any})\.?{end}(?:\s*(?:de\s+|del\s+)?{year}(?:\s*(?:{years})"
                     rf"{end})?)?", _day_month),
        compile_rule("ymd_words", rf"(?<!\d){year}\s*(?:{years})\s*(?P<mon>{months_any})\s*"
                     rf"(?P<day>[12]\d|3[01]|0?[1-9])\s*(?:{days})", _day_month),
        compile_rule("ym_words", rf"(?<!\d){year}\s*(?:{years})\s*(?P<mon>{months_any})"
                     rf"(?!\s*\d)", _month),
        compile_rule("month_day_words", rf"(?<!\d)(?P<mon>{months_any})\s*(?P<day>[12]\d|3[01]|"
                     rf"0?[1-9])\s*(?:{days})(?P<year>)?", _day_month),
        # A full name stands alone ("en août."); an abbreviation needs its year ("sept. 2024").
        compile_rule("month", rf"{start}(?P<mon>(?:{months_free}){end}|(?:{months_any})\.?"
                     rf"(?=\s*(?:de\s+)?\d{{4}}))(?:\s*(?:de\s+|del\s+)?{year}"
                     rf"(?:\s*(?:{years}){end})?)?", _month),
        compile_rule("year_word", rf"(?<!\d){year}\s*(?:{years}){end}", _year_word),
        compile_rule("weekday", rf"{start}(?P<wd>{weekdays}){end}", _weekday),
    ]

