"""Start, middle and end of a month as news in other languages writes them.

"в конце августа", "наприкінці серпня", "Anfang November", "fin octobre", "a finales de
agosto", "alla fine di agosto", "no final de agosto", "akhir Agustus", "početkom kolovoza"
put the position word before the month; Korean, Japanese, Latvian and Telugu put it after
("8월 말", "8月下旬", "augusta sākumā", "ఆగస్టు చివర్లో"). The words are
TIMEX3's START / MID / END; dateparser's locale data has no such words, so they are listed here.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Position word (lower case) -> TIMEX3 mod, by language; a trailing space means a
# connector ("de", "di") follows.
_BEFORE: dict[str, dict[str, str]] = {
    "de": {"anfang": "START", "mitte": "MID", "ende": "END"},
    "fr": {"début": "START", "debut": "START", "mi-": "MID", "fin": "END"},
    "es": {"principios": "START", "comienzos": "START", "inicios": "START", "mediados": "MID",
           "finales": "END", "fines": "END"},
    "it": {"inizio": "START", "primi": "START", "metà": "MID", "fine": "END"},
    "pt": {"início": "START", "inicio": "START", "começo": "START", "princípios": "START",
           "meados": "MID", "final": "END", "fim": "END", "fins": "END"},
    "ru": {"начале": "START", "начала": "START", "середине": "MID", "середины": "MID",
           "конце": "END", "конца": "END"},
    "uk": {"початку": "START", "середині": "MID", "середини": "MID", "кінці": "END",
           "кінця": "END", "наприкінці": "END"},
    "id": {"awal": "START", "pertengahan": "MID", "akhir": "END"},
    # Croatian and Serbian: instrumental "početkom kolovoza", genitive "do kraja listopada".
    "hr": {"početkom": "START", "početka": "START", "sredinom": "MID", "sredine": "MID",
           "krajem": "END", "kraja": "END", "koncem": "END", "potkraj": "END"},
    "sr": {"početkom": "START", "početka": "START", "sredinom": "MID", "sredine": "MID",
           "krajem": "END", "kraja": "END", "почетком": "START",
           "почетка": "START", "средином": "MID", "средине": "MID", "крајем": "END",
           "краја": "END"},
}
# Prepositions and articles that may open the phrase ("в конце", "a finales de", "alla fine di").
_OPENERS = (r"(?:(?:в|во|на|у|a|à\s+la|à|al|alla|ai|agli|no|na|em|pada|zu|am)\s+)?")
_CONNECTORS = r"(?:\s*(?:de|del|di|d'|dell'|do|da|des)\s*|\s+|(?<=-))"
_AFTER: dict[str, dict[str, str]] = {
    "ko": {"초": "START", "중순": "MID", "말": "END"},
    "ja": {"上旬": "START", "初め": "START", "中旬": "MID", "下旬": "END", "末": "END"},
    "zh": {"上旬": "START", "初": "START", "中旬": "MID", "下旬": "END", "底": "END", "末": "END"},
    # Latvian locatives after the genitive month: "augusta sākumā", "oktobra beigās".
    "lv": {"sākumā": "START", "vidū": "MID", "beigās": "END"},
    # Telugu: beginning, middle, end with the joined "-లో" (in).
    "te": {"ప్రారంభంలో": "START", "మొదట్లో": "START", "మధ్యలో": "MID",
           "చివర్లో": "END", "చివరిలో": "END", "చివరలో": "END", "ఆఖర్లో": "END"},
}
_AFTER_END = r"(?=$|[\s,.;:!?)]|에|까지|부터|경|に|まで|の|前)"


@lru_cache(maxsize=32)
def _before_pattern(lang: str) -> re.Pattern | None:
    words = _BEFORE.get(lang)
    if not words:
        return None
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w){_OPENERS}(?P<word>{names}){_CONNECTORS}$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _after_pattern(lang: str) -> re.Pattern | None:
    words = _AFTER.get(lang)
    if not words:
        return None
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?P<word>{names}){_AFTER_END}")


def month_position(text: str, start: int, end: int, lang: str) -> tuple[str, int, int] | None:
    """(mod, new start, new end) when a position word frames the month at `text[start:end]`.

    >>> s = "Войска прибыли в конце августа."
    >>> month_position(s, s.index("августа"), s.index("августа") + 7, "ru")
    ('END', 17, 30)
    >>> month_position("8월 말 도착했다", 0, 2, "ko")
    ('END', 0, 4)
    """
    before = _before_pattern(lang)
    if before is not None:
        found = before.search(text[max(0, start - 30):start])
        if found:
            mod = _BEFORE[lang][found.group("word").lower()]
            # The extent starts at the position word: "в конце августа" -> "конце августа".
            return mod, start - (len(text[max(0, start - 30):start]) - found.start("word")), end
    after = _after_pattern(lang)
    if after is not None:
        found = after.match(text, end)
        if found:
            return _AFTER[lang][found.group("word")], start, found.end("word")
    return None
