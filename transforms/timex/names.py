"""Time words inside titles and names: "Apocalypse Now", ABC's "This Week", "VOA Today",
"High Noon", CBS's "60 Minutes", "The Sunday Times".

A word English writes in lower case ("now", "today", "this week", "minutes") that appears
capitalized in the middle of a sentence is part of a name, and so are several such words
capitalized just after a quotation mark; so is a weekday between "the" and another
capitalized word ("the Sunday Times", "the Monday Club").
"""

from __future__ import annotations

import re

# Rules whose words are lower case in running English text (weekday and month names are not).
LOWER_CASE_RULES = frozenset({"deictic", "relative_unit", "vague", "clock_time", "duration",
                              "bare_units", "frequency", "season_the", "weekend", "end_of"})
_WORD = re.compile(r"[^\W_]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]|[\"'`\u201c\u2018(\[\u2014-]|``)\s*$")
_QUOTE_BEFORE = re.compile(r"(?:[\"\u201c]|''|``)$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_CAPITALIZED_AFTER = re.compile(r"\s+(?!(?:Morning|Afternoon|Evening|Night)\b)[A-Z][a-z]")
# a newspaper named after its day, with or without "the": "Sunday Times reporter Marie Colvin"
_PAPER_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Herald|Express|Mirror|Post|Mail|Observer|Tribune|Independent|Star)\b"
)
# ... or after it: "the Independent on Sunday", "the Mail on Sunday" (not "The Washington Post
# on Sunday reported", a day)
_PAPER_BEFORE = re.compile(r"\b(?:Independent|Mail)\s+on\s+$")


def _all_capitalized(expression: str) -> bool:
    """Every word capitalized, one at least in title case ("60 Minutes"; "12:20 AM" is not)."""
    words = _WORD.findall(expression)
    titled = [w for w in words if w[0].isupper() and any(c.islower() for c in w[1:])]
    return bool(titled) and all(w[0].isupper() or w[0].isdigit() for w in words)


def _opens_sentence(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 12):start]))


def is_part_of_name(text: str, start: int, end: int, rule_name: str) -> bool:
    """True when `text[start:end]` reads as (part of) a title rather than a time.

    >>> s = 'Baker said on ABC\\'s "This Week" that talks continue.'
    >>> is_part_of_name(s, s.index("This"), s.index("This") + 9, "relative_unit")
    True
    >>> s = "This week, talks continue."
    >>> is_part_of_name(s, 0, 9, "relative_unit")
    False
    """
    expression = text[start:end]
    if rule_name == "weekday":
        before = text[max(0, start - 20) : start]
        a_paper = _PAPER_AFTER.match(text, end) or (
            expression.startswith("Sunday") and _PAPER_BEFORE.search(before)
        )
        return bool(_THE_BEFORE.search(text[max(0, start - 5):start])
                    and _CAPITALIZED_AFTER.match(text, end)) or bool(a_paper)
    if rule_name not in LOWER_CASE_RULES or not _all_capitalized(expression):
        return False
    if not _opens_sentence(text, start):
        return True
    quoted = _QUOTE_BEFORE.search(text[max(0, start - 3):start])
    return bool(quoted) and len(_WORD.findall(expression)) > 1


# Languages whose news writes month names in lower case inside a sentence.
_LOWER_CASE_MONTHS = frozenset({"lv", "hr", "sr"})


def reads_as_a_name(text: str, start: int, lang: str) -> bool:
    """True when the capitalized month name at `start` is a person's name in a language that
    writes months in lower case: inside a sentence (Latvian "Maija", Croatian "Marta"), or a
    month form that is also a first name followed by a surname ("Maija Ozola teica ...").

    >>> reads_as_a_name("Maija Ozola teica.", 0, "lv"), reads_as_a_name("Maijā viņi bija.", 0, "lv")
    (True, False)
    >>> reads_as_a_name("To teica Maija.", 9, "lv"), reads_as_a_name("Oktobrī Krievija.", 0, "lv")
    (True, False)
    """
    if lang not in _LOWER_CASE_MONTHS or not text[start:start + 1].isupper():
        return False
    if not _opens_sentence(text, start):
        return True
    followed = _FIRST_NAME_AND_SURNAME.match(text, start)
    return bool(followed and followed.group(2)[0].isupper())


# Month forms that are also first names (genitives: "1. maija", "5. marta")
_FIRST_NAME_AND_SURNAME = re.compile(r"(Maija|Jūlija|Marta|Maja)\s+(\w)")
