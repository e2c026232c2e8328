"""Candidate spans: every rule's matches, ordered leftmost first, then longest, then rule order.

English has its own grammar (`english_*.py`); every other language gets rules compiled from
dateparser's locale data (`multilingual.py`). Digits-only forms (ISO dates, bare years) are
shared by all. Rules are compiled once per language and cached.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from transforms.timex import (
    english_clock,
    english_dates,
    english_named,
    english_quarters,
    english_relative,
    english_spans,
    multilingual,
    named_events,
)
from transforms.timex.rules import Rule


@lru_cache(maxsize=64)
def rules_for(lang: str) -> tuple[Rule, ...]:
    """The rules used for a language code (English grammar for `en`, locale rules otherwise)."""
    if lang == "en":
        return tuple(english_dates.RULES + english_relative.RULES + english_clock.RULES
                     + english_quarters.RULES
                     + english_named.RULES + english_spans.RULES + named_events.RULES)
    return tuple(multilingual.rules(lang))


def _digit_table() -> dict[int, str]:
    """Every decimal digit of the Basic Multilingual Plane (Arabic-Indic, Devanagari, fullwidth
    ...) mapped to its ASCII digit: one character for one, so offsets do not move."""
    table = {}
    for code in range(0x80, 0x10000):
        value = unicodedata.decimal(chr(code), None)
        if value is not None:
            table[code] = str(value)
    return table


_ASCII_DIGITS = _digit_table()


def _word_edge(subject: str, index: int, step: int) -> int:
    """Move `index` off the middle of a word, so that `\\b` at a window's edge stays true."""
    limit = 40
    while (0 < index < len(subject) and subject[index - 1].isalnum()
           and subject[index].isalnum() and limit):
        index += step
        limit -= 1
    return max(0, min(len(subject), index))


def windows(subject: str, rule: Rule, hits: dict | None = None) -> list[tuple[int, int]]:
    """Stretches of `subject` where `rule` can match: around its trigger hits, merged.

    `hits` caches trigger hits per trigger pattern, shared by rules with the same trigger.
    """
    if rule.trigger is None:
        return [(0, len(subject))]
    cache = {} if hits is None else hits
    if rule.trigger.pattern not in cache:
        cache[rule.trigger.pattern] = [m.span() for m in rule.trigger.finditer(subject)]
    left, right = rule.reach
    merged: list[list[int]] = []
    for hit_start, hit_end in cache[rule.trigger.pattern]:
        start, end = hit_start - left, hit_end + right
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(_word_edge(subject, s, -1), _word_edge(subject, e, 1)) for s, e in merged]


def find(text: str, lang: str) -> Iterator[tuple[int, int, int, Rule, re.Match]]:
    """(start, end, rule index, rule, match) of every non-empty match, leftmost-longest first."""
    lowered = text.lower()
    same_length = len(lowered) == len(text)
    subject = (lowered if same_length else text).translate(_ASCII_DIGITS)
    found = []
    hits: dict = {}
    for order, rule in enumerate(rules_for(lang)):
        pattern = rule.pattern if same_length else rule.pattern_ignorecase
        for start, end in windows(subject, rule, hits):
            for match in pattern.finditer(subject, start, end):
                if match.end() > match.start():
                    found.append((match.start(), match.end(), order, rule, match))
    found.sort(key=lambda item: (item[0], -item[1], item[2]))
    return iter(found)
