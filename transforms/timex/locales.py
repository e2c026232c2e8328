"""Month names, weekday names and relative phrases of a language, read from dateparser's data.

dateparser ships translation tables for about 200 languages
(`dateparser/data/date_translation_data/<lang>.py`, loaded through
`dateparser.languages.loader`). They are turned here into lookup dictionaries so that the
candidate patterns are built from the same data dateparser itself uses, for any language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dateparser.languages.loader import default_loader

from transforms.timex import inflections

MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_KEY = re.compile(r"^(?:in )?(\\1|\d+) (second|minute|hour|day|week|month|year)(?: ago)?$")


@dataclass(frozen=True)
class LocaleTables:
    """Lookup tables for one language, all keys lower-case.

    `relative` maps a phrase to (signed amount, unit): "yesterday" -> (-1, "day"),
    "next month" -> (1, "month"). `relative_regex` holds (pattern, sign, unit) where the
    pattern has one group for the number ("vor (\\d+) tagen" -> -1, "day").
    """

    lang: str
    date_order: str
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, str]]
    relative_regex: tuple[tuple[str, int, str], ...]
    year_words: tuple[str, ...]
    day_words: tuple[str, ...]
    unit_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    inflected: frozenset[str] = frozenset()  # case forms added from CLDR ("oktobrī", "subotu")


def _names(info: dict, keys: tuple[str, ...]) -> dict[str, int]:
    table: dict[str, int] = {}
    for number, key in enumerate(keys, start=1):
        for name in info.get(key, []):
            token = name.lower().strip()
            if token and not token.isdigit():
                table.setdefault(token, number)
    return table


def _relative_phrases(info: dict) -> dict[str, tuple[int, str]]:
    table: dict[str, tuple[int, str]] = {}
    for key, phrases in info.get("relative-type", {}).items():
        match = _RELATIVE_KEY.match(key)
        if not match or match.group(1) == "\\1":
            continue
        amount = int(match.group(1)) * (1 if key.startswith("in ") else -1)
        for phrase in phrases:
            token = phrase.lower().strip()
            if len(token) >= 3 or (len(token) == 2 and not token.isascii()):
                table.setdefault(token, (amount, match.group(2)))
    return table


def _unit_alternative(pattern: str, words: list[str]) -> str:
    """The pattern with its unit word widened to every form the locale lists for that unit.

    dateparser writes "(\\d+) день тому" but news writes "3 дні тому": both become
    "(\\d+) (?:день|дні|днів|...) тому".
    """
    forms = sorted({w.lower() for w in words if len(w) >= 2}, key=len, reverse=True)
    for form in forms:
        for literal in (f"{form} ", f" {form}", form):
            if literal in pattern and not literal.strip().startswith("("):
                widened = literal.replace(form, "(?:" + "|".join(re.escape(f) for f in forms) + ")")
                return pattern.replace(literal, widened, 1)
    return pattern


def _relative_regexes(info: dict) -> tuple[tuple[str, int, str], ...]:
    found = []
    for key, patterns in info.get("relative-type-regex", {}).items():
        match = _RELATIVE_KEY.match(key)
        if not match or match.group(2) not in ("day", "week", "month", "year"):
            continue
        sign = 1 if key.startswith("in ") else -1
        for pattern in patterns:
            # dateparser's number group; ours takes whole numbers only.
            simple = pattern.replace(r"(\d++[.,]?\d*+)", r"(\d{1,3})")
            if "(" in simple and "\\d{1,3}" in simple:
                widened = _unit_alternative(simple, info.get(match.group(2), []))
                found.append((widened, sign, match.group(2)))
    return tuple(dict.fromkeys(found))


# dateparser locales read together with a language's own: Serbian news uses both scripts.
_COMPANIONS = {"sr": ("sr-Latn",)}


def _merge(first: dict, second: dict) -> dict:
    """dateparser locale info of two locales as one: lists joined, dicts merged key by key."""
    merged = dict(first)
    for key, value in second.items():
        old = merged.get(key)
        if isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [v for v in value if v not in old]
        elif isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(old, value)
        elif old is None:
            merged[key] = value
    return merged


def _info(lang: str) -> dict:
    """The locale info of `lang` with its companions' and the CLDR case forms of its names."""
    info = default_loader.get_locale(lang).info
    for companion in _COMPANIONS.get(lang, ()):
        info = _merge(info, default_loader.get_locale(companion).info)
    forms = {**{k: MONTH_KEYS[n - 1] for k, n in inflections.month_forms(lang).items()},
             **{k: WEEKDAY_KEYS[n] for k, n in inflections.weekday_forms(lang).items()}}
    extra = {key: [form for form, k in forms.items() if k == key] for key in set(forms.values())}
    return _merge(info, extra)


@lru_cache(maxsize=256)
def tables(lang: str) -> LocaleTables | None:
    """The tables of a dateparser language code, or None when dateparser does not know it.

    >>> tables("de").months["oktober"], tables("uk").relative["вчора"]
    (10, (-1, 'day'))
    """
    try:
        info = _info(lang)
    except (KeyError, ValueError, AttributeError, ImportError):
        return None
    return LocaleTables(
        lang=lang,
        date_order=info.get("date_order", "DMY"),
        months=_names(info, MONTH_KEYS),
        weekdays={k: v - 1 for k, v in _names(info, WEEKDAY_KEYS).items()},
        relative=_relative_phrases(info),
        relative_regex=_relative_regexes(info),
        year_words=tuple(w.lower() for w in info.get("year", []) if w),
        day_words=tuple(w.lower() for w in info.get("day", []) if w),
        unit_words={unit: tuple(w.lower() for w in info.get(unit, []) if len(w) >= 2
                                or not w.isascii())
                    for unit in ("day", "week", "month", "year", "hour")},
        inflected=frozenset([*inflections.month_forms(lang), *inflections.weekday_forms(lang)]),
    )


def alternation(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of literal words, longest first so the longest form wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)
