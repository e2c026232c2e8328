"""Words dateparser's locale data lacks: counts written as words ("три тижні", "drei Wochen",
"trois semaines", "dua minggu"), unit words (Korean "개월", months as a length) and vague
references ("недавно", "bientôt", "derzeit", "최근").

dateparser reads counts in digits only, and news writes small counts in words. The count
words below are the forms that come before a unit of time (with the case or gender endings
the unit takes).
"""

from __future__ import annotations

import re
from functools import lru_cache

COUNT_WORDS: dict[str, dict[str, int]] = {
    "uk": {"один": 1, "одна": 1, "одну": 1, "одного": 1, "два": 2, "дві": 2, "двох": 2,
           "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4, "п'ять": 5, "п’ять": 5,
           "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9, "дев’ять": 9, "десять": 10,
           "кілька": None, "декілька": None},
    "ru": {"один": 1, "одна": 1, "одну": 1, "одного": 1, "два": 2, "две": 2, "двух": 2,
           "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "пять": 5, "шесть": 6,
           "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "несколько": None},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "einigen": None, "einige": None,
           "mehreren": None, "mehrere": None},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "douze": 12, "quelques": None, "plusieurs": None},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "doce": 12, "varios": None, "varias": None},
    "it": {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
           "nove": 9, "dieci": 10, "dodici": 12, "alcuni": None, "alcune": None},
    "pt": {"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
           "oito": 8, "nove": 9, "dez": 10, "doze": 12, "vários": None, "várias": None},
    "id": {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
           "delapan": 8, "sembilan": 9, "sepuluh": 10, "beberapa": None},
}
EXTRA_UNIT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {"ko": {"month": ("개월", "달")}}
_DIGITS = re.compile(r"\d{1,3}")


@lru_cache(maxsize=64)
def count_pattern(lang: str) -> str:
    """Regex of a count in `lang`: digits, or one of its count words (longest first).

    >>> german = count_pattern("de")
    >>> bool(re.fullmatch(german, "drei")), bool(re.search(german, "Zweig"))
    (True, False)
    """
    words = sorted(COUNT_WORDS.get(lang, {}), key=len, reverse=True)
    if not words:
        return r"(?<![\d.,])\d{1,3}"
    return rf"(?<![\d.,])\d{{1,3}}|(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})"


def parse_count(token: str, lang: str) -> int | None:
    """The number a count token stands for; None for "several" or an unknown word.

    >>> parse_count("три", "uk"), parse_count("12", "uk"), parse_count("кілька", "uk")
    (3, 12, None)
    """
    if _DIGITS.fullmatch(token):
        return int(token)
    return COUNT_WORDS.get(lang, {}).get(token.lower())

# Vague references news writes in each language: TIMEX3 PAST_REF / PRESENT_REF / FUTURE_REF
# ("недавно" recently, "bientôt" soon, "derzeit" currently). dateparser has "now" only.
VAGUE_WORDS: dict[str, dict[str, str]] = {
    "ru": {"недавно": "PAST_REF", "в последнее время": "PAST_REF", "скоро": "FUTURE_REF",
           "вскоре": "FUTURE_REF", "в ближайшее время": "FUTURE_REF", "в настоящее время":
           "PRESENT_REF", "сейчас": "PRESENT_REF"},
    "uk": {"нещодавно": "PAST_REF", "останнім часом": "PAST_REF", "незабаром": "FUTURE_REF",
           "найближчим часом": "FUTURE_REF", "найближчим": "FUTURE_REF", "наразі": "PRESENT_REF",
           "зараз": "PRESENT_REF"},
    "de": {"kürzlich": "PAST_REF", "vor kurzem": "PAST_REF", "neulich": "PAST_REF",
           "bald": "FUTURE_REF", "demnächst": "FUTURE_REF", "derzeit": "PRESENT_REF",
           "zurzeit": "PRESENT_REF", "aktuell": "PRESENT_REF"},
    "fr": {"récemment": "PAST_REF", "bientôt": "FUTURE_REF", "prochainement": "FUTURE_REF",
           "actuellement": "PRESENT_REF"},
    "es": {"recientemente": "PAST_REF", "pronto": "FUTURE_REF", "próximamente": "FUTURE_REF",
           "actualmente": "PRESENT_REF"},
    "it": {"di recente": "PAST_REF", "recentemente": "PAST_REF", "presto": "FUTURE_REF",
           "prossimamente": "FUTURE_REF", "attualmente": "PRESENT_REF"},
    "pt": {"recentemente": "PAST_REF", "em breve": "FUTURE_REF", "atualmente": "PRESENT_REF"},
    "id": {"baru-baru ini": "PAST_REF", "belakangan ini": "PAST_REF", "segera": "FUTURE_REF",
           "saat ini": "PRESENT_REF"},
    "ko": {"최근": "PAST_REF", "조만간": "FUTURE_REF", "현재": "PRESENT_REF"},
}
