"""Shapes of dates in Latvian, Croatian, Serbian and Telugu news that the shared patterns miss.

Latvian puts the year first, as an ordinal with the genitive "gada" (year): "2024. gada
oktobrī" (in October 2024), "2024. gada 17. oktobrī". Croatian and Serbian write the year as an
ordinal too: "2024. godine", "u 2024. godini". Telugu writes the month before the day
and joins case suffixes to the word: "అక్టోబర్ 18న" (on 18 October),
"2024 అక్టోబర్ 18న", "ఆగస్టులో" (in August), "2024లో" (in 2024).
Each shape is (rule name, pattern, kind); `multilingual.py` gives each kind its resolver
("day", "month", "year"). The words here are grammar, not names: month names come from
`locales.tables`.
"""

from __future__ import annotations

from transforms.timex.locales import alternation
from transforms.timex.rules import Handler, Rule, compile_rule

_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])"
# Latvian "gada"/"gadā" and Croatian/Serbian "godine"/"godini" (genitive, locative) after an
# ordinal year; "g." is their abbreviation.
_ORDINAL_YEAR_WORDS = {
    "lv": r"gad[aā]|g\.",
    "hr": r"godin[eiu]|god\.|g\.",
    "sr": r"godin[eiu]|године|години|god\.|год\.|g\.|г\.",
}
# Serbian "u nedelju" is "on Sunday", but "nedelju dana" is "a week" (see `inflections`).
_SERBIAN_SUNDAY = r"(?<=(?<!\w)[uу] )(?P<wd>nedelju|недељу)(?!\w)(?!\s+(?:dana|дана))"
# Telugu case suffixes joined to a month, weekday, day or year: in, on, by, until, from, to.
_TELUGU_SUFFIXES = (
    "లోగా",
    "లోపు",
    "లో",
    "నాటికి",
    "నాడు",
    "నుంచి",
    "నుండి",
    "వరకు",
    "దాకా",
    "కల్లా",
    "కు",
    "కి",
    "తో",
    "న",
)


def word_end(lang: str, no_space: bool = False) -> str:
    """What may follow a date word: a non-letter, or for Telugu one of its joined suffixes.

    >>> import re
    >>> bool(re.match(r"ఆగస్టు" + word_end("te"), "ఆగస్టులో దాడి"))
    True
    """
    if no_space:
        return ""
    if lang == "te":
        suffixes = "|".join(sorted(_TELUGU_SUFFIXES, key=len, reverse=True))
        # A Telugu word ends on a vowel sign or virama, which `\w` does not match.
        return rf"(?=(?:{suffixes})?(?![\w\u0c00-\u0c7f]))"
    return r"(?!\w)"


def shapes(lang: str, months: str) -> list[tuple[str, str, str]]:
    """(rule name, pattern, kind) of `lang`'s own date shapes; `months` is an alternation of
    its month names. Kinds: "day", "month", "year", "weekday".

    >>> [name for name, _, _ in shapes("lv", "oktobrī")]
    ['ordinal_year_day', 'ordinal_year_month', 'ordinal_year']
    """
    end = word_end(lang)
    if lang in _ORDINAL_YEAR_WORDS:
        # The year word may end in its own dot ("g."), so no word end is required after it.
        year_word = rf"(?<!\d){_YEAR}\.\s*(?:{_ORDINAL_YEAR_WORDS[lang]})(?!\w)"
        found = []
        if lang == "lv":
            found += [
                ("ordinal_year_day", rf"{year_word}\s*{_DAY}\.\s*(?P<mon>{months}){end}", "day"),
                ("ordinal_year_month", rf"{year_word}\s*(?P<mon>{months}){end}", "month"),
            ]
        if lang == "sr":
            found.append(("sunday", _SERBIAN_SUNDAY, "weekday"))
        return [*found, ("ordinal_year", year_word, "year")]
    if lang == "te":
        return [
            ("month_day", rf"(?<!\w)(?P<mon>{months})\s*{_DAY}(?:\s*,\s*{_YEAR})?{end}", "day"),
            ("year_month_day", rf"(?<!\d){_YEAR}\s+(?P<mon>{months})\s*{_DAY}{end}", "day"),
            ("year_month", rf"(?<!\d){_YEAR}\s+(?P<mon>{months}){end}", "month"),
            ("year_suffixed", rf"(?<!\d){_YEAR}{end}", "year"),
        ]
    return []


def rules(lang: str, months: dict[str, int], handlers: dict[str, Handler]) -> list[Rule]:
    """The compiled shapes of `lang`, each resolved by `handlers[kind]`; `months` are the
    language's month names (`LocaleTables.months`)."""
    names = alternation([n for n in months if len(n) >= 3 or not n.isascii()])
    return [
        compile_rule(name, pattern, handlers[kind]) for name, pattern, kind in shapes(lang, names)
    ]
