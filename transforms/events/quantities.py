"""Quantities in news sentences: number, unit and qualifier.

Handles digit groups written the ways news writes them ("12,000", "11 000", "2.600", "12-thousand",
"15-hundred", "10 thousand", "1.5 million"), number words ("six", "dozens", "hundreds") and the
qualifier before them ("over", "about", "up to", "at least"). The unit is the head noun that
follows, skipping adjectives ("500 North Korean soldiers" -> soldiers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SMALL_NUMBERS = dict(
    one=1,
    two=2,
    three=3,
    four=4,
    five=5,
    six=6,
    seven=7,
    eight=8,
    nine=9,
    ten=10,
    eleven=11,
    twelve=12,
    fifteen=15,
    twenty=20,
    thirty=30,
    forty=40,
    fifty=50,
    a=1,
)
# Plurals of vagueness give only a floor: "dozens" is at least two dozen.
_VAGUE_FLOORS = {
    "dozens of": 24,
    "dozens": 24,
    "hundreds of": 200,
    "hundreds": 200,
    "thousands of": 2000,
    "thousands": 2000,
    "several thousand": 3000,
    "several hundred": 300,
}
_WORD_NUMBERS = {
    **{
        f"{w} {scale}": n * m
        for w, n in _SMALL_NUMBERS.items()
        for scale, m in (("hundred", 100), ("thousand", 1000))
    },
    **{w: n for w, n in _SMALL_NUMBERS.items() if w not in ("one", "a")},
    **_VAGUE_FLOORS,
}
_SCALES = {
    "thousand": 1_000,
    "thousands": 1_000,
    "hundred": 100,
    "million": 1_000_000,
    "millions": 1_000_000,
    "тысяч": 1_000,
    "тисяч": 1_000,
    "тыс": 1_000,
    "тис": 1_000,
    "ribu": 1_000,
    "mille": 1_000,
    "mil": 1_000,
    "Tausend": 1_000,
    "آلاف": 1_000,
    "ألف": 1_000,
    "천": 1_000,
    "만": 10_000,
}
_QUALIFIERS = [
    ("at least", "at least"),
    ("more than", "over"),
    ("over", "over"),
    ("nearly", "about"),
    ("almost", "about"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("some", "about"),
    ("roughly", "about"),
    ("an estimated", "about"),
    ("estimated", "about"),
    ("up to", "up to"),
    ("as many as", "up to"),
    ("fewer than", "under"),
    ("less than", "under"),
    ("exactly", "exactly"),
    ("only", "exactly"),
    ("около", "about"),
    ("более", "over"),
    ("понад", "over"),
    ("близько", "about"),
    ("близько", "about"),
    ("rund", "about"),
    ("etwa", "about"),
    ("mehr als", "over"),
    ("environ", "about"),
    ("plus de", "over"),
    ("unos", "about"),
    ("más de", "over"),
    ("circa", "about"),
    ("oltre", "over"),
    ("sekitar", "about"),
    ("almeno", "at least"),
    ("au moins", "at least"),
    ("al menos", "at least"),
    ("mindestens", "at least"),
    ("не менее", "at least"),
    ("щонайменше", "at least"),
    ("setidaknya", "at least"),
    ("sedikitnya", "at least"),
    ("quasi", "about"),
    ("près de", "about"),
    ("casi", "about"),
    ("fast", "about"),
    ("почти", "about"),
    ("майже", "about"),
    ("hampir", "about"),
    ("نحو", "about"),
    ("حوالي", "about"),
    ("lebih dari", "over"),
    ("약", "about"),
]
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:(?:[,.]|[ \u00a0\u202f])(?=\d{3}(?!\d))\d{3})+|\d+(?:[.,]\d+)?)"
    r"(?:(?:\s|-)?(thousand|hundred|million|тысяч\w*|тыс\.?|тисяч\w*|тис\.?|ribu|mille|mil|Tausend|آلاف|ألف|천|만)(?!\w))?",
)
_NUMBER_WORDS = re.compile(  # "ten thousand" and "ten-thousand" alike
    r"\b("
    + "|".join(w.replace(" ", r"[\s-]") for w in sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# Korean counts: "1만2천명" (12,000), "1500여명" (over 1,500), "약 400명" (about 400).
_KOREAN = re.compile(
    r"(?:(?P<man>\d+)\s*만\s*)?(?:(?P<cheon>\d+)\s*천\s*)?(?:(?P<num>\d[\d,]*)\s*)?(?P<yeo>여)?\s*명"
)
_UNITS = (
    "troops",
    "soldiers",
    "servicemen",
    "personnel",
    "fighters",
    "officers",
    "special forces",
    "forces",
    "sappers",
    "deminers",
    "builders",
    "workers",
    "citizens",
    "prisoners",
    "shells",
    "rounds",
    "missiles",
    "drones",
    "containers",
    "people",
    "civilians",
    "killed",
    "dead",
    "wounded",
    "injured",
    "captured",
    "casualties",
    "deaths",
    "військових",
    "военных",
    "солдат",
    "військовослужбовців",
    "военнослужащих",
    "Soldaten",
    "soldats",
    "soldados",
    "soldati",
    "militari",
    "militaires",
    "militares",
    "prajurit",
    "جندي",
    "personel",
    "бойцов",
    "бійців",
    "tentara",
    "pasukan",
    "명",
    "병력",
)
_UNIT = re.compile(  # the head noun within three words: "500 North Korean soldiers"
    r"^\s*(?:[\w’'-]+\s+){0,3}?"
    r"(" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?!\w)",
)
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|by|of|from|until|after|before|during)\s+$", re.I)
_YEARLIKE = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and qualifier, as found in a text (offsets end exclusive).

    >>> Quantity(5, 10, "over 500", 500.0, "soldiers", "over").value
    500.0
    """

    start: int
    end: int
    text: str
    value: float
    unit: str | None
    qualifier: str | None


def parse_number(digits: str, scale: str | None = None) -> float:
    """A news-written number as a float.

    >>> parse_number("12,000"), parse_number("11 000"), parse_number("2.600")
    (12000.0, 11000.0, 2600.0)
    >>> parse_number("1.5", "million")
    1500000.0
    """
    compact = re.sub(r"[ \u00a0\u202f]", "", digits)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", compact):
        value = float(re.sub(r"[.,]", "", compact))
    else:
        value = float(compact.replace(",", "."))
    if scale:
        key = next((k for k in _SCALES if scale.lower().startswith(k.lower())), None)
        value *= _SCALES.get(key, 1)
    return value


def _qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    before = text[max(0, start - 20) : start].rstrip().lower()
    for phrase, qualifier in _QUALIFIERS:
        if before.endswith(phrase) and (
            len(before) == len(phrase) or not before[-len(phrase) - 1].isalpha()
        ):
            return qualifier, start - (len(text[max(0, start - 20) : start]) - len(before)) - len(
                phrase
            )
    return None, start


def _unit_after(text: str, end: int) -> str | None:
    found = _UNIT.match(text[end : end + 60])
    return found.group(1) if found else None


def find_quantities(text: str) -> list[Quantity]:
    """Quantities with a unit in the text; bare numbers (years, ages, dates) are left out.

    >>> [(q.value, q.unit, q.qualifier) for q in find_quantities("over 500 North Korean soldiers")]
    [(500.0, 'soldiers', 'over')]
    >>> [(q.value, q.unit) for q in find_quantities("12-thousand troops and dozens of officers")]
    [(12000.0, 'troops'), (24.0, 'officers')]
    """
    out = [q for m in _KOREAN.finditer(text) if (q := _korean_quantity(text, m))]
    taken = [(q.start, q.end) for q in out]
    for match in _NUMBER.finditer(text):
        if not any(s <= match.start() < e for s, e in taken):
            out += [q] if (q := _digit_quantity(text, match)) else []
    taken = [(q.start, q.end) for q in out]
    for match in _NUMBER_WORDS.finditer(text):
        if not any(s <= match.start() < e for s, e in taken):
            out += [q] if (q := _word_quantity(text, match)) else []
    return sorted(out, key=lambda q: q.start)


def _digit_quantity(text: str, match: re.Match) -> Quantity | None:
    digits, scale = match.group(1), match.group(2)
    unit = _unit_after(text, match.end())
    if (
        _YEARLIKE.match(digits)
        and not scale
        and not _unit_adjacent(text, match.start(), match.end(), unit)
    ):
        return (
            None  # "in 2024, 300 soldiers": a year; "2000 soldiers" right before its noun: a count
        )
    if unit is None:
        return None
    qualifier, start = _qualifier_before(text, match.start())
    value = parse_number(digits, scale)
    return Quantity(start, match.end(), text[start : match.end()], value, unit, qualifier)


def _korean_quantity(text: str, match: re.Match) -> Quantity | None:
    man, cheon, num = match.group("man"), match.group("cheon"), match.group("num")
    if not (man or cheon or num):
        return None
    value = int(man or 0) * 10_000 + int(cheon or 0) * 1_000 + int((num or "0").replace(",", ""))
    qualifier = "over" if match.group("yeo") else None
    start = match.start()
    if text[max(0, start - 2) : start].strip() == "약":
        qualifier, start = "about", text.rindex("약", 0, start)
    return Quantity(start, match.end(), text[start : match.end()], float(value), "명", qualifier)


def _unit_adjacent(text: str, start: int, end: int, unit: str | None) -> bool:
    if _YEAR_PREPOSITION.search(text[max(0, start - 10) : start]):
        return False
    return unit is not None and text[end : end + len(unit) + 1].strip() == unit


def _word_quantity(text: str, match: re.Match) -> Quantity | None:
    word = re.sub(r"[\s-]+", " ", match.group(1).lower())
    unit = _unit_after(text, match.end())
    if unit is None:
        return None
    qualifier, start = _qualifier_before(text, match.start())
    if word in _VAGUE_FLOORS:
        qualifier = "at least"
    value = float(_WORD_NUMBERS[word])
    return Quantity(start, match.end(), text[start : match.end()], value, unit, qualifier)


_PERSONNEL = {
    "troops",
    "soldiers",
    "servicemen",
    "personnel",
    "sappers",
    "deminers",
    "builders",
    "workers",
    "officers",
    "fighters",
    "special forces",
    "forces",
}
_JOINER = re.compile(r"^[^.;]{0,80}?\b(?:and|as well as|plus)\s+(?:\w+\s+){0,2}$")


def join_personnel(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Counts of different kinds of personnel sent together, summed into one total.

    "1,000 sappers ... as well as 5,000 military builders" is one dispatch of 6,000 people;
    counts of one kind ("500 soldiers ..., and 12,000 troops") are separate claims and stay apart.

    >>> t = "1,000 sappers and 5,000 military builders"
    >>> [(q.value, q.unit) for q in join_personnel(find_quantities(t), t)]
    [(6000.0, 'personnel')]
    """
    out: list[Quantity] = []
    for quantity in quantities:
        last = out[-1] if out else None
        if (
            last is not None
            and last.unit in _PERSONNEL
            and quantity.unit in _PERSONNEL
            and last.unit != quantity.unit
            and _JOINER.match(text[last.end : quantity.start])
        ):
            out[-1] = Quantity(
                last.start,
                quantity.end,
                text[last.start : quantity.end],
                last.value + quantity.value,
                "personnel",
                last.qualifier,
            )
        else:
            out.append(quantity)
    return out
