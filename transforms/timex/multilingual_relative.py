"""Relative rules for any language dateparser knows: phrases ("вчора", "letzte Woche", "어제"),
vague words ("недавно"), counted shifts ("vor 3 Tagen") and durations written with the locale's
unit words ("3 тижні", "48 Stunden"), all from `locales.tables(lang)`.
"""

from __future__ import annotations

import re

from transforms.timex import english_spans, resolve
from transforms.timex.counts import (
    EXTRA_UNIT_WORDS,
    VAGUE_WORDS,
    count_pattern,
    parse_count,
)
from transforms.timex.locales import LocaleTables, alternation, tables
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import Rule, compile_rule


def _shift_spec(amount: int, unit: str, ctx: Context) -> Spec | None:
    if unit in ("second", "minute", "hour"):
        return Spec("DATE", "PRESENT_REF", None, None, "present") if amount == 0 else None
    direction = "past" if amount < 0 else "future" if amount > 0 else "present"
    anchor = ctx.anchor_date("day" if unit in ("day", "week") else "month")
    if anchor is None:
        return resolve.unresolved("DATE", None, direction)
    return resolve.relative(resolve.offset_period(anchor, unit, amount), direction)


def _relative_phrase(match: re.Match, ctx: Context) -> Spec | None:
    """'вчора' -> anchor - 1 day; 'letzte Woche' -> last ISO week; 'сейчас' -> PRESENT_REF."""
    amount, unit = tables(ctx.lang).relative[re.sub(r"\s+", " ", match.group(0).lower())]
    return _shift_spec(amount, unit, ctx)


def _vague(match: re.Match, ctx: Context) -> Spec | None:
    """'недавно' -> PAST_REF, 'bientôt' -> FUTURE_REF, 'derzeit' -> PRESENT_REF (no interval)."""
    value = VAGUE_WORDS[ctx.lang].get(re.sub(r"\s+", " ", match.group(0).lower()))
    if value is None:
        return None
    direction = {"PAST_REF": "past", "PRESENT_REF": "present", "FUTURE_REF": "future"}[value]
    return Spec("DATE", value, None, None, direction)


def _relative_count(sign: int, unit: str):
    def handler(match: re.Match, ctx: Context) -> Spec | None:
        """'vor 3 Tagen', 'три дні тому' -> anchor - 3 days (the unit's own precision);
        'vor einigen Tagen' -> PAST_REF."""
        amount = parse_count(match.group(1), ctx.lang)
        if amount is None:
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Spec("DATE", value, None, None, "past" if sign < 0 else "future")
        return _shift_spec(sign * amount, unit, ctx)
    return handler


def _duration(unit: str):
    def handler(match: re.Match, ctx: Context) -> Spec | None:
        """'3 тижні' -> P3W, 'три тижні' -> P3W, '48 Stunden' -> PT48H, 'einige Wochen' -> PXW."""
        amount = parse_count(match.group("count"), ctx.lang)
        if amount is not None and not 0 < amount < 1000:
            return None
        return Spec("DURATION", english_spans.duration_value(amount, unit))
    return handler


def relative_rules(table: LocaleTables, end: str) -> list[Rule]:
    """'вчора', 'letzte Woche' (phrases), 'vor 3 Tagen' (patterns with a number) and
    durations written with digits and the locale's unit words ('3 тижні', '48 Stunden')."""
    found = []
    counts = count_pattern(table.lang)
    extra = EXTRA_UNIT_WORDS.get(table.lang, {})
    for unit in dict.fromkeys([*table.unit_words, *extra]):
        # "8月" is August, not eight months: a unit word that ends month names is left out.
        usable = [w for w in table.unit_words.get(unit, ())
                  if not any(m.endswith(w) for m in table.months)] + list(extra.get(unit, ()))
        if usable:
            found.append(compile_rule(f"duration_{unit}", rf"(?P<count>{counts})\s*"
                                      rf"(?:{alternation(usable)}){end}", _duration(unit)))
    if table.relative:
        found.append(compile_rule("relative", rf"(?<!\w)(?:{alternation(table.relative)}){end}",
                                  _relative_phrase))
    if table.lang in VAGUE_WORDS:
        found.append(compile_rule("vague", rf"(?<!\w)(?:{alternation(VAGUE_WORDS[table.lang])})"
                                  rf"{end}", _vague))
    for pattern, sign, unit in table.relative_regex:
        pattern = pattern.replace(r"(\d{1,3})", f"({counts})").replace(r"(\d+)", f"({counts})")
        found.append(compile_rule(f"relative_{unit}", rf"(?<!\w){pattern}{end}",
                                  _relative_count(sign, unit)))
    return found
