"""English words the grammar needs that dateparser's locale data does not carry.

Numbers written out ("twenty-five"), vague quantities ("several"), ordinals ("third"),
modifiers ("early", "more than") and their TIMEX3 readings. Month and weekday names come
from dateparser's locale data (see `locales.py`); these are the glue words around them.
"""

from __future__ import annotations

import re

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
            "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4}
VAGUE = ("several", "a few", "few", "some", "many", "a number of", "a couple of", "a couple",
         "dozens of", "hundreds of", "numerous", "countless")

_WORD_NUMBER = (r"(?:(?:" + "|".join(TENS) + r")(?:[\s-](?:" + "|".join(UNITS) + r"))?|"
                + "|".join(sorted(UNITS, key=len, reverse=True)) + r"|a|an|hundred)")
NUMBER = (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + _WORD_NUMBER + r"|"
          + "|".join(v.replace(" ", r"\s+") for v in VAGUE) + r")")
ORDINAL = r"(?:" + "|".join(sorted((re.escape(k) for k in ORDINALS), key=len, reverse=True)) + r")"

# TIMEX3 duration letters for each unit: (letter, is a time unit, multiplier).
DURATION_UNITS = {"year": ("Y", False, 1), "month": ("M", False, 1), "week": ("W", False, 1),
                  "day": ("D", False, 1), "hour": ("H", True, 1), "minute": ("M", True, 1),
                  "second": ("S", True, 1), "decade": ("Y", False, 10),
                  "century": ("Y", False, 100), "quarter": ("Q", False, 1),
                  "fortnight": ("W", False, 2), "night": ("D", False, 1)}
UNIT_WORD = (r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
             r"quarters?|fortnights?|nights?)")

# Words before an expression that make it approximate or bounded (TIMEX3 mod).
QUANT_MODS = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
              "approximately": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN",
              "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
              "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
              "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS"}
QUANT_MOD = r"(?:" + "|".join(sorted((k.replace(" ", r"\s+") for k in QUANT_MODS),
                                     key=len, reverse=True)) + r")"
# Words that place an expression inside its period.
PART_MODS = {"early": "START", "earlier": "START", "beginning": "START", "start": "START",
             "mid": "MID", "middle": "MID", "late": "END", "later": "END", "end": "END",
             "close": "END"}


def parse_number(word: str) -> int | None:
    """A written or digit number as int; None for vague words ("several").

    >>> parse_number("twenty-five"), parse_number("1,200"), parse_number("a"), parse_number("few")
    (25, 1200, 1, None)
    """
    token = re.sub(r"\s+", " ", word.strip().lower())
    if token in ("a", "an"):
        return 1
    if token in ("a couple", "a couple of"):
        return 2
    if token == "hundred":
        return 100
    digits = token.replace(",", "")
    if digits.isdigit():
        return int(digits) if len(digits) <= 6 else None
    if re.fullmatch(r"\d+\.\d+", digits):
        return None
    parts = re.split(r"[\s-]", token)
    if parts[0] in TENS:
        return TENS[parts[0]] + (UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return UNITS.get(token)


def quant_mod(words: str | None) -> str | None:
    """TIMEX3 mod of a quantity modifier: `quant_mod("more than") == "MORE_THAN"`."""
    if not words:
        return None
    return QUANT_MODS.get(re.sub(r"\s+", " ", words.lower()))


def part_mod(word: str | None) -> str | None:
    """TIMEX3 mod of a position word: `part_mod("late") == "END"`."""
    if not word:
        return None
    return PART_MODS.get(word.lower().rstrip("-"))


def unit_name(word: str) -> str:
    """Singular unit name: `unit_name("centuries") == "century"`."""
    token = word.lower()
    if token.startswith("centur"):
        return "century"
    return token[:-1] if token.endswith("s") else token
