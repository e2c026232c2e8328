"""Month and weekday names in the cases news writes them, derived from CLDR through Babel.

dateparser's data holds Croatian month names in every case, but Latvian and Serbian ones only
in the nominative ("oktobris", "avgust") and weekday names only in the nominative ("sestdiena",
"subota"), while news writes "2024. gada oktobrī", "u avgustu 2024", "sestdien", "u subotu".
The names themselves come from CLDR (`babel.dates`); only the case endings are written here.
Telugu news writes month names both with a final virama ("అక్టోబర్", CLDR's spelling) and
with a final u ("అక్టోబరు"); the second spelling is derived from the first.

    >>> month_forms("lv")["oktobrī"], weekday_forms("hr")["subotu"]
    (10, 5)
"""

from __future__ import annotations

from functools import lru_cache

from babel.dates import get_day_names, get_month_names

# Babel locale -> kind -> [(ending of the CLDR name, stem tail replacing it, case endings)].
# The first rule whose ending the name has applies; "" matches every name.
_ENDINGS: dict[str, dict[str, list[tuple[str, str, tuple[str, ...]]]]] = {
    # Latvian: genitive, locative ("oktobrī", "augustā"), dative, accusative; a weekday's
    # locative without its ending ("sestdien") is how news says "on Saturday".
    "lv": {
        "months": [("is", "", ("a", "ī", "im", "i")), ("s", "", ("a", "ā", "am", "u"))],
        "days": [("a", "", ("", "ā", "u", "as", "ai"))],
    },
    # Croatian months are all in dateparser; weekdays in the genitive and accusative ("do
    # petka", "u subotu", "do srijede"); the instrumental ("subotom") means every Saturday.
    "hr": {"days": [("ak", "k", ("a",)), ("a", "", ("u", "e"))]},
    # Serbian drops the a of "-bar" ("oktobar" -> "oktobra"): genitive and locative.
    "sr_Latn": {
        "months": [("bar", "br", ("a", "u")), ("", "", ("a", "u"))],
        "days": [("ak", "k", ("a",)), ("a", "", ("u", "e"))],
    },
    "sr": {
        "months": [("бар", "бр", ("а", "у")), ("", "", ("а", "у"))],
        "days": [("ак", "к", ("а",)), ("а", "", ("у", "е"))],
    },
    # "-ర్" (virama) is also written "-రు": "అక్టోబర్" / "అక్టోబరు".
    "te": {"months": [("\u0c30\u0c4d", "\u0c30\u0c41", ("",))]},
}
# The Babel locales of a dateparser language: Serbian news is written in both scripts.
_BABEL_LOCALES = {"lv": ("lv",), "hr": ("hr",), "sr": ("sr", "sr_Latn"), "te": ("te",)}
# Serbian "nedelja" is Sunday and also "week" ("nedelju dana", "prošle nedelje"): its cases
# are left to the week readings, and "u nedelju" (on Sunday) to `date_shapes`.
_NOT_INFLECTED = {"nedelja", "недеља"}


def inflect(name: str, rules: list[tuple[str, str, tuple[str, ...]]]) -> list[str]:
    """The case forms of `name` by the first rule whose ending it has.

    >>> inflect("oktobar", _ENDINGS["sr_Latn"]["months"])
    ['oktobra', 'oktobru']
    """
    if name in _NOT_INFLECTED:
        return []
    for ending, tail, case_endings in rules:
        if name.endswith(ending):
            stem = name[: len(name) - len(ending)] + tail
            return [stem + case for case in case_endings]
    return []


def _forms(lang: str, kind: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for locale in _BABEL_LOCALES.get(lang, ()):
        rules = _ENDINGS.get(locale, {}).get(kind, [])
        for context in ("format", "stand-alone"):
            names = (
                get_month_names("wide", context, locale=locale)
                if kind == "months"
                else get_day_names("wide", context, locale=locale)
            )
            for number, name in names.items():
                base = name.lower()
                for form in [base, *inflect(base, rules)]:
                    found.setdefault(form, number)
    return found


@lru_cache(maxsize=16)
def month_forms(lang: str) -> dict[str, int]:
    """CLDR month names of `lang` and their case forms -> month number (1-12); {} for others."""
    return _forms(lang, "months")


@lru_cache(maxsize=16)
def weekday_forms(lang: str) -> dict[str, int]:
    """CLDR weekday names of `lang` and their case forms -> weekday (0 = Monday); {} for others.

    >>> weekday_forms("lv")["sestdien"], weekday_forms("sr")["суботу"]
    (5, 5)
    """
    return _forms(lang, "days")
