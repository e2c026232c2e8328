"""Quantities in news sentences: number, unit and qualifier.

Handles digit groups written the ways news writes them ("12,000", "11 000", "2.600", "12-thousand",
"15-hundred", "10 thousand", "1.5 million"), number words ("six", "dozens", "hundreds") and the
qualifier before them ("over", "about", "up to", "at least"). The unit is the head noun that
follows, skipping adjectives ("500 North Korean soldiers" -> soldiers).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass

from transforms.events.lexicon import read_tsv
from transforms.timex.english_dates import M_ANY

_WORDS_FILE = "quantities.tsv"


def _words(kind: str) -> dict[str, float | str]:
    """Phrase -> value for one kind of row of `transforms/data/quantities.tsv`."""
    rows = read_tsv(_WORDS_FILE)
    return {r[1]: (float(r[2]) if kind != "qualifier" else r[2]) for r in rows if r[0] == kind}


_SMALL_NUMBERS = _words("number")
_VAGUE_FLOORS = _words("vague")  # "dozens" is at least two dozen
_TENS = {w: n for w, n in _SMALL_NUMBERS.items() if n in range(20, 100, 10)}
_UNITS_DIGIT = {w: n for w, n in _SMALL_NUMBERS.items() if n in range(1, 10) and w != "a"}
_WORD_NUMBERS = {
    # "twenty-four", "thirty five"
    **{f"{t} {u}": tn + un for t, tn in _TENS.items() for u, un in _UNITS_DIGIT.items()},
    **{
        f"{w} {s}": n * m
        for w, n in _SMALL_NUMBERS.items()
        for s, m in (("hundred", 100), ("thousand", 1000))
    },
    **{w: n for w, n in _SMALL_NUMBERS.items() if w not in ("one", "a")},
    **_VAGUE_FLOORS,
}
_SCALE_WORDS = list(_words("scale"))  # "тысяч*": any case ending
_SCALES = dict(
    sorted(((w.rstrip("*"), v) for w, v in _words("scale").items()), key=lambda kv: -len(kv[0]))
)
# the longest phrase first: "no more than 20" is at most 20, not over it
_QUALIFIERS = sorted(_words("qualifier").items(), key=lambda kv: -len(kv[0]))
# ... and the plural demonyms of the English actor lexicon: "12 Iraqis", "300 North Koreans"
_PLURAL_DEMONYMS = tuple(
    r[0]
    for r in read_tsv("actors/en.tsv")
    if r[3:4] == ("demonym",) and r[0].endswith("s") and not r[0].endswith("ss")
)
_UNITS = tuple(r[1] for r in read_tsv(_WORDS_FILE) if r[0] == "unit") + _PLURAL_DEMONYMS


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# the number and scale words of quantities.tsv, as a regular expression: "two", "thousand"
COUNT_WORDS = _alternation([w for w in _SMALL_NUMBERS if w != "a"] + list(_SCALES))


# "12,000", "11 000", "2.600", "1.5", then a scale ("12-thousand", "11 тисяч"); not "KN-23", nor
# a clock time ("updated at 21:37 GMT Help Syrian forces")
_NUMBER = re.compile(
    r"(?<![\w.,:])(?<![A-Za-z]-)"
    r"(\d{1,3}(?:(?:[,.]|[ \u00a0\u202f])(?=\d{3}(?!\d))\d{3})+|\d+(?:[.,]\d+)?)"
    # "the 11th Guards Brigade" is a name, not eleven guards; "whose 19-year-old son was killed"
    # an age
    r"(?!\d|:\d|(?i:st|nd|rd|th)\b|[\s-]years?[\s-]old\b"
    # a clock time with its zone or half of the day: "15.16 BST", "at 3.30pm", "10am"
    r"|(?:[.:]\d\d)?\s*(?:(?:BST|GMT|UTC|CET|CEST|EST|EDT|PST|PDT|KST|MSK|EET|EEST)\b"
    r"|(?i:[ap]\.?m\b\.?)(?!\w)))"
    r"(?:(?:\s|-)?((?:"
    + "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in _SCALE_WORDS)
    + r")\.?)(?!\w))?",
)
_NUMBER_WORDS = re.compile(  # "ten thousand" and "ten-thousand" alike
    r"\b(" + _alternation(_WORD_NUMBERS).replace(r"\ ", r"[\s-]") + r")\b", re.IGNORECASE
)
# Korean counts: "1만2천명" (12,000), "1500여명" (over 1,500), "약 400명" (about 400).
_KOREAN = re.compile(
    r"(?:(?P<man>\d+)\s*만\s*)?(?:(?P<cheon>\d+)\s*천\s*)?(?:(?P<num>\d[\d,]*)\s*)?(?P<yeo>여)?\s*명"
)
_UNIT = re.compile(  # the head noun within three words: "500 North Korean soldiers"
    # "8,000 N. Korean soldiers"; not past another number or a casualty verb ("four car bombs
    # killing 14 people": the four are no people)
    # nor past a unit of time ("three weeks before Tom was killed" counts weeks) or "times" (how
    # often: "jumped into a hail of bullets three times to rescue injured colleagues"), nor into
    # another clause or phrase ("arrested 12 suspects after Syrian gunmen attacked")
    rf"^\s*(?:(?!\d|(?:killing|leaving|wounding|injuring|including|(?:second|minute|hour|day|"
    rf"week|month|year|decade|centur(?:y|ie))s?|times|after|before|when|while|since|until|because|"
    rf"in|on|at|from|by|with|into|near|said|says)\s)[\w’'-]+\.?\s+){{0,4}}?"
    rf"({_alternation(_UNITS)})(?!\w)",
    re.IGNORECASE,  # headlines capitalise every word: "10,000 North Korean Soldiers"
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


_CANONICAL_UNIT = {unit.lower(): unit for unit in _UNITS}


def _unit_after(text: str, end: int) -> str | None:
    found = _UNIT.match(text[end : end + 60])
    if not found:
        return None
    unit = _CANONICAL_UNIT.get(found.group(1).lower(), found.group(1))
    # a verb counts its subject only across auxiliaries ("35 died", "more than 7,000 have died",
    # "1,000 might have died"); not an age ("a two-year-old girl died") or another clause ("She
    # was 18 and died", "on April 3 but died")
    if unit == "died" and not _SUBJECT_OF_DIED.fullmatch(found.group(0), 0, found.start(1)):
        return None
    return unit


_SUBJECT_OF_DIED = re.compile(
    r"\s*(?:(?:have|has|had|are|were|is|was|reportedly|reported|believed|thought|said|to|may|"
    r"might|could|would|since|also|already|now|then|later|been)\s+)*",
    re.IGNORECASE,
)


def find_quantities(text: str) -> list[Quantity]:
    """Quantities with a unit in the text; bare numbers (years, ages, dates) are left out.

    >>> [(q.value, q.unit, q.qualifier) for q in find_quantities("over 500 North Korean soldiers")]
    [(500.0, 'soldiers', 'over')]
    >>> [(q.value, q.unit) for q in find_quantities("12-thousand troops and dozens of officers")]
    [(12000.0, 'troops'), (24.0, 'officers')]
    """
    out = [q for m in _KOREAN.finditer(text) if (q := _korean_quantity(text, m))]
    taken = [(q.start, q.end) for q in out]
    numbers = list(_NUMBER.finditer(text))
    for match in numbers:
        if not any(s <= match.start() < e for s, e in taken):
            out += [q] if (q := _digit_quantity(text, match)) else []
    taken = [(q.start, q.end) for q in out]
    for match in _NUMBER_WORDS.finditer(text):
        if not any(s <= match.start() < e for s, e in taken):
            out += [q] if (q := _word_quantity(text, match)) else []
    out.sort(key=lambda q: q.start)
    taken = [(q.start, q.end) for q in out]
    for match in numbers:
        if _COUNTING_ON_AFTER.match(text, match.end()) and not any(
            s <= match.start() < e for s, e in taken
        ):
            # (kept sorted: "with 2,000 more expected by November and 5,000 more in December"
            # goes on from the count before it, itself counted on)
            if q := _counting_on(text, match, out):
                insort(out, q, key=lambda q: q.start)
    return out


# "3,000 troops had been dispatched, with around 10,000 expected to be deployed by December",
# "with 12,000 more to be deployed": a bare number that goes on counting what the count before
# it counted
_COUNTING_ON_BEFORE = re.compile(r"\b(?:with|and)\s+(?:another\s+)?$", re.IGNORECASE)
_COUNTING_ON_AFTER = re.compile(
    # (not "with 2 more divisions expected", a count of something else)
    r"\s+(?:more(?=\s*(?:[,.;]|$)|\s+(?:to|are|were|will|would|have|had|soon|later|expected|"
    r"due|on\s+(?:the|their)\s+way|in)\b)|"
    r"(?:are\s+|were\s+)?(?:expected|due|set|planned)\s+to\b|to\s+be\b)",
    re.IGNORECASE,
)
_COUNTING_ON_REACH = 120  # characters back to the count it goes on from
_MORE = re.compile(r"\s+more\b", re.IGNORECASE)


def _counting_on(text: str, match: re.Match, earlier: list[Quantity]) -> Quantity | None:
    """The count a number goes on from, the words after it saying so (its caller matched them);
    `earlier`: the counts found, sorted by start (a line may hold thousands: bisection)."""
    qualifier, start = _qualifier_before(text, match.start())
    last = bisect_left(earlier, start, key=lambda q: q.start)
    before = [
        q for q in earlier[max(0, last - 2) : last]
        if start - _COUNTING_ON_REACH <= q.end <= start and q.unit
    ]  # fmt: skip
    if not (
        before
        # "with 2025 expected to be": a year ("with 2000 more to come" is a count)
        and not (_YEARLIKE.match(match.group(1)) and not _MORE.match(text, match.end()))
        and _COUNTING_ON_BEFORE.search(text, max(0, start - 20), start)
    ):
        return None
    value, end = parse_number(match.group(1), match.group(2)), match.end()
    return Quantity(start, end, text[start:end], value, before[-1].unit, qualifier)


_SHARE_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|these|those|an estimated|estimated|about|some)\s+)*"
    r"\d{1,3}(?:[,.\s]\d{3})+|\s+of\s+(?:(?:the|its|their|these|those)\s+)*\d+(?=\s)",
    re.IGNORECASE,
)


# what a broadcast writes after a scale word: "four-thousand-100" (4,100), "3-thousand-200"
_REMAINDER = re.compile(r"-(\d{1,3})(?![\d,.])")


def _remainder(text: str, match: re.Match, scale: str | None) -> tuple[float, int]:
    """The count added after "thousand" and a hyphen, and where the whole number ends."""
    rest = _REMAINDER.match(text, match.end()) if scale else None
    return (float(rest.group(1)), rest.end()) if rest else (0.0, match.end())


# a day of a month is a date, not a count: "the bombings on 7 July killed 52", "on July 7";
# month names (the temporal tagger's) take their capital ("1,000 may have died" is a count)
_MONTH = rf"(?-i:(?=[A-Z])){M_ANY}"
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?{_MONTH}", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"(?<!\w){_MONTH}\s*$", re.IGNORECASE)
# the hedges a toll or a population may put before its number
_ROUGHLY = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|roughly|"
    r"an\s+estimated)\s+)?"
)
_TOLL_BEFORE = re.compile(
    # "the death toll has risen to 52"; "the number of North Korean soldiers killed and wounded in
    # the Kursk region has already exceeded 3,000"
    r"(?:\b(death|casualty)\s+tolls?\b|\bnumber\s+of\s+(?:[\w’'-]+\s+){0,4}?"
    r"(killed|dead|deaths|wounded|injured|casualties)(\s+(?:and|or)\s+(?:wounded|injured))?\b)"
    r"[^.;:?!]{0,50}?\b(?:rose|risen|rises|rising|reached|reaches|"
    r"climbed|climbs|stands|stood|exceeded|exceeds|topped|tops|passed|hit|of|at|to)\s+(?:to\s+|at\s+)?"
    rf"{_ROUGHLY}$",
    re.IGNORECASE,
)
# a population is no count of an event: "a city that is home to about 1.5 million people"
_POPULATION = re.compile(
    rf"\b(?:home\s+to|population\s+of|a\s+(?:city|town|country|nation)\s+of)\s+{_ROUGHLY}$",
    re.IGNORECASE,
)
# a proportion is no count: "one in four British citizens say"
_ONE_IN = re.compile(r"\b(?:one|\d+)\s+(?:in|out\s+of)\s+$", re.IGNORECASE)
# the upper end of a range is how many there were at most: "between 1,000 and 3,000 troops"
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+[\d.,]+\s+(?:and|to)\s+$", re.IGNORECASE)
# an age is no count: "two boys aged seven and 10 were among those killed"
_AGED = re.compile(r"\b(?:aged|ages)\s+(?:[\w-]+\s+(?:and|or|to)\s+)?$", re.IGNORECASE)


def _toll_unit(toll: re.Match) -> str:
    """What a toll counts: the dead ("death toll", "the number of dead"), or the dead and the
    wounded together ("casualty toll", "the number of soldiers killed and wounded")."""
    word = (toll.group(1) or toll.group(2)).lower()
    dead = word in ("death", "killed", "dead", "deaths") and not toll.group(3)
    return "killed" if dead else "casualties"


def _digit_quantity(text: str, match: re.Match) -> Quantity | None:
    digits, scale = match.group(1), match.group(2)
    if not scale and (
        _MONTH_AFTER.match(text, match.end())
        or _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start())
    ):
        return None
    if _POPULATION.search(text, max(0, match.start() - 40), match.start()):
        return None
    if _ONE_IN.search(text, max(0, match.start() - 12), match.start()):
        return None
    extra, end = _remainder(text, match, scale)
    unit = _unit_after(text, end)
    if _AGED.search(text, max(0, match.start() - 30), match.start()) and not _unit_adjacent(
        text, match.start(), match.end(), unit
    ):  # ("a boy aged 12 and 30 soldiers were killed" still counts the soldiers)
        return None
    if (
        _YEARLIKE.match(digits)
        and not scale
        and not _unit_adjacent(text, match.start(), match.end(), unit)
    ):
        return (
            None  # "in 2024, 300 soldiers": a year; "2000 soldiers" right before its noun: a count
        )
    if unit is None:  # "4,000 of the 11,000 soldiers": the share counts what the whole does
        whole = _SHARE_OF_WHOLE.match(text, match.end(), match.end() + 60)
        unit = _unit_after(text, whole.end()) if whole else None
    if unit is None:  # "the death toll has risen to 52": the toll says what is counted
        toll = _TOLL_BEFORE.search(text, max(0, match.start() - 110), match.start())
        unit = _toll_unit(toll) if toll else None
    unit = unit or _counted_by_the_verb_before(text, match.start(), end)
    if unit is None:
        return None
    qualifier, start = _qualifier_before(text, match.start())
    if qualifier is None and _RANGE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        qualifier = "up to"
    value = parse_number(digits, scale) + extra
    return Quantity(start, end, text[start:end], value, unit, qualifier)


# "a suicide bomber attacks a checkpoint, killing at least five and wounding 20": a bare number
# right after a casualty verb counts its victims
_CASUALTY_VERB_BEFORE = re.compile(
    r"\b(killing|killed|wounding|wounded|injuring|injured)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some|up\s+to|another)\s+)?$",
    re.IGNORECASE,
)
_VERB_UNIT = {"killing": "killed", "wounding": "wounded", "injuring": "injured"}
_TIME_UNIT_AFTER = re.compile(
    r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times)\b", re.I
)


def _counted_by_the_verb_before(text: str, start: int, end: int) -> str | None:
    found = _CASUALTY_VERB_BEFORE.search(text, max(0, start - 30), start)
    if not found or _TIME_UNIT_AFTER.match(text, end):
        return None  # "killed over three months": how long, not how many
    verb = found.group(1).lower()
    return _VERB_UNIT.get(verb, verb)


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
    if _ONE_IN.search(text, max(0, match.start() - 12), match.start()):
        return None
    word = re.sub(r"[\s-]+", " ", match.group(1).lower())
    extra, end = _remainder(text, match, "thousand" if word.endswith("thousand") else None)
    unit = _unit_after(text, end) or _counted_by_the_verb_before(text, match.start(), end)
    if unit is None:
        return None
    qualifier, start = _qualifier_before(text, match.start())
    if word in _VAGUE_FLOORS:
        qualifier = "at least"
    value = float(_WORD_NUMBERS[word]) + extra
    return Quantity(start, end, text[start:end], value, unit, qualifier)


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
