"""Candidate spans: every rule's matches, ordered leftmost first, then longest, then rule order.

English has its own grammar (`english_*.py`); every other language gets rules compiled from
dateparser's locale data (`multilingual.py`). Digits-only forms (ISO dates, bare years) are
shared by all. Rules are compiled once per language and cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from transforms.timex import english_dates, english_relative, english_spans, multilingual
from transforms.timex.rules import Rule


@lru_cache(maxsize=64)
def rules_for(lang: str) -> tuple[Rule, ...]:
    """The rules used for a language code (English grammar for `en`, locale rules otherwise)."""
    if lang == "en":
        return tuple(english_dates.RULES + english_relative.RULES + english_spans.RULES)
    return tuple(multilingual.rules(lang))


def find(text: str, lang: str) -> Iterator[tuple[int, int, int, Rule, re.Match]]:
    """(start, end, rule index, rule, match) of every non-empty match, leftmost-longest first."""
    found = []
    for order, rule in enumerate(rules_for(lang)):
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                found.append((match.start(), match.end(), order, rule, match))
    found.sort(key=lambda item: (item[0], -item[1], item[2]))
    return iter(found)
