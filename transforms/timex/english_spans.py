"""English durations ('for two weeks' -> P2W), vague references ('recently') and sets ('daily').

Durations are lengths, not dates: they get no calendar interval. Vague references get a
TIMEX3 token (PAST_REF, PRESENT_REF, FUTURE_REF) and no made-up day.
"""

from __future__ import annotations

import re

from transforms.timex import timex3
from transforms.timex.lexicon import (
    DURATION_UNITS,
    NUMBER,
    QUANT_MOD,
    UNIT_WORD,
    parse_number,
    quant_mod,
    unit_name,
)
from transforms.timex.resolve import Context, Spec
from transforms.timex.rules import Rule, compile_rule

_VAGUE = {"PRESENT_REF": ("now", "currently", "at present", "at the moment", "presently",
                          "nowadays", "these days", "the present", "right now", "just now",
                          "current"),
          "PAST_REF": ("recently", "lately", "the past", "formerly", "recent times"),
          "FUTURE_REF": ("soon", "the future", "the near future")}
_VAGUE_VALUE = {phrase: value for value, phrases in _VAGUE.items() for phrase in phrases}
_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
         "hourly": "PT1H", "nightly": "P1D", "every day": "P1D",
         "every week": "P1W", "every month": "P1M", "every year": "P1Y", "each day": "P1D",
         "each week": "P1W", "each month": "P1M", "each year": "P1Y", "per day": "P1D",
         "per week": "P1W", "per month": "P1M", "per year": "P1Y", "a day": "P1D",
         "a week": "P1W", "a month": "P1M", "a year": "P1Y", "every night": "P1D"}


def duration_value(amount: int | None, unit: str) -> str:
    """TIMEX3 duration: `duration_value(2, 'week') == 'P2W'`, `(None, 'year') -> 'PXY'`.

    >>> duration_value(16, "hour"), duration_value(3, "decade")
    ('PT16H', 'P30Y')
    """
    letter, is_time, scale = DURATION_UNITS[unit]
    count = "X" if amount is None else str(amount * scale)
    return f"P{'T' if is_time else ''}{count}{letter}"


def duration(match: re.Match, ctx: Context) -> Spec | None:
    """'the past three months' -> P3M, 'two-year' -> P2Y, 'more than four hours' -> PT4H."""
    number_text = match.group("num")
    unit = unit_name(match.group("unit"))
    amount = parse_number(number_text)
    if amount is None and not re.match(r"[a-z]", number_text.strip(), re.IGNORECASE):
        return None
    if match.group(0).lower() == "one day" and _MODAL_BEFORE.search(
            ctx.text, max(0, match.start() - 25), match.start()):
        return Spec("DATE", "FUTURE_REF", None, None, "future")  # "Islam will one day be"
    if not _is_a_length(match, ctx, number_text.lower(), amount, unit):
        return None
    mod = quant_mod(match.group("qm"))
    if number_text.lower().startswith("a couple"):
        mod = mod or "APPROX"
    span = _adjective_span(match)
    value = duration_value(amount, unit)
    if amount is not None and (match.group("half") or match.group("half2")) and unit in _HALF:
        value += _HALF[unit]  # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
    return Spec("DURATION", value, None, mod, span=span)


def _is_a_length(match: re.Match, ctx: Context, number_text: str, amount: int | None,
                 unit: str) -> bool:
    """False for a count and unit that do not name a length of time: a year or an ordinal
    quarter ("the 1988 second quarter"), a fraction ("a quarter of the market"), an age ("a
    6-year-old"), no count ("a decades-long feud", "a second term") or a rate ("$500 million
    a year")."""
    if amount is not None and (amount > 999 or unit == "quarter" and "-" in match.group(0)):
        return False
    if (unit == "quarter" and number_text in ("a", "an", "one", "three")
            and _FRACTION_OF.match(ctx.text, match.end())):
        return False
    if re.match(r"[\s-]+old\b", ctx.text[match.end():match.end() + 5]):
        return False
    if number_text in ("a", "an") and (match.group("unit").lower().endswith("s")
                                       or match.group(0).lower().endswith("-long")
                                       or unit == "second"):
        return False
    return not (number_text in ("a", "an") and _RATE_BEFORE.search(
        ctx.text, max(0, match.start() - 30), match.start()))


def _adjective_span(match: re.Match) -> tuple[int, int] | None:
    """'the two-week ceasefire' is annotated 'two-week': a compound adjective without its
    determiner; 'the past three months' keeps its words."""
    joined = match.group(0)[match.start("num") - match.start():match.end("unit") - match.start()]
    if "-" not in joined or match.start("num") == match.start():
        return None
    return match.start("num"), match.end()


def bare_units(match: re.Match, ctx: Context) -> Spec | None:
    """'for years', 'over decades' -> PXY: an unknown number of the unit."""
    unit = unit_name(match.group("unit"))
    return Spec("DURATION", duration_value(None, unit), None, None)


def the_year(match: re.Match, ctx: Context) -> Spec | None:
    """'the year ended June 30' -> P1Y (a fiscal year's length); 'for the year' -> the anchor's."""
    if match.group("ended"):
        return Spec("DURATION", "P1Y")
    anchor = ctx.anchor_date("year")
    if anchor is None:
        return Spec("DATE", None, None, needs_anchor=True, is_resolved=False)
    period = timex3.year(anchor.year)
    return Spec("DATE", period.value, period, needs_anchor=True) if period else None


def year_end(match: re.Match, ctx: Context) -> Spec | None:
    """'by year-end' -> the anchor's year, mod END; 'since year-end' -> the year just closed."""
    anchor = ctx.anchor_date("year")
    if anchor is None:
        return Spec("DATE", None, None, "END", needs_anchor=True, is_resolved=False)
    since = re.search(r"\bsince\s+$", ctx.text[max(0, match.start() - 8):match.start()],
                      re.IGNORECASE)
    period = timex3.year(anchor.year - 1 if since else anchor.year)
    return Spec("DATE", period.value, period, "END", needs_anchor=True) if period else None


def compound_units(match: re.Match, ctx: Context) -> Spec | None:
    """'day-long' -> P1D; 'decades-long' -> PXY (an unknown number of decades, in years)."""
    if match.group("single"):
        return Spec("DURATION", duration_value(1, match.group("single").lower()))
    unit = unit_name(match.group("unit"))
    return Spec("DURATION", duration_value(None, "year" if unit == "decade" else unit))


def vague(match: re.Match, ctx: Context) -> Spec | None:
    """'recently' -> PAST_REF, 'now' -> PRESENT_REF, 'soon' -> FUTURE_REF (no interval)."""
    phrase = re.sub(r"\s+", " ", match.group(0).lower())
    value = _VAGUE_VALUE.get(phrase)
    if value is None or phrase.endswith("past") and _QUANTITY_AFTER.match(ctx.text, match.end()):
        return None  # "the past three months" is a duration, found by its own rule
    if phrase == "soon" and _SOON_CONJUNCTION.match(ctx.text, match.end()):
        return None  # "as soon as", "soon after": a conjunction, not a time
    if phrase == "now" and (_NOW_AND_THEN.match(ctx.text, match.end())
                            or ctx.text[max(0, match.start() - 6):match.start()].lower()
                            == "every "):
        return None  # "every now and again": an idiom for "sometimes"
    direction = {"PAST_REF": "past", "PRESENT_REF": "present", "FUTURE_REF": "future"}[value]
    return Spec("DATE", value, None, None, direction, needs_anchor=False)


def frequency(match: re.Match, ctx: Context) -> Spec | None:
    """'daily' -> SET P1D; 'every two years' -> SET P2Y."""
    phrase = re.sub(r"\s+", " ", match.group(0).lower())
    if phrase in _SETS:
        return Spec("SET", _SETS[phrase])
    amount = parse_number(match.group("num") or "")
    unit = unit_name(match.group("unit") or "")
    if unit not in DURATION_UNITS:
        return None
    return Spec("SET", duration_value(amount, unit))


def _phrases(words) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=len, reverse=True))


_AMOUNT = (r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|"
           r"thousand))")
_RATE_BEFORE = re.compile(rf"(?:[\d%]|\b(?:million|billion|trillion|cents?|dollars?|percent|pence|"
                          rf"euros?|pounds))\s*$|{_AMOUNT}[\s,]+[a-z]+s\s*$", re.IGNORECASE)
_FRACTION_OF = re.compile(r"\s+of\s+(?:the|its|their|all|a)\b", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|may|might|could|shall|can)\s+(?:[a-z]+\s+)?$",
                           re.IGNORECASE)
_HALF = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}
_NOW_AND_THEN = re.compile(r"\s+and\s+(?:then|again)\b", re.IGNORECASE)
_SOON_CONJUNCTION = re.compile(r"\s+(?:as|after|afterwards?|thereafter)\b", re.IGNORECASE)
_QUANTITY_AFTER = re.compile(rf"\s+(?:(?:{NUMBER})\s+)?{UNIT_WORD}|\s+(?:{NUMBER})\b",
                             re.IGNORECASE)
_DURATION_DET = (r"(?:(?:the|those|these|its|their|his|her)\s+)?(?:(?:year-earlier|year-ago|past|"
                 r"last|next|first|previous|coming|following|final|latest|same|entire|whole|full|initial|"
                 r"remaining|additional|further|another|extra)\s+)?")
RULES: list[Rule] = [
    compile_rule("duration",
                 rf"\b{_DURATION_DET}(?:(?P<qm>{QUANT_MOD})\s+)?(?P<num>{NUMBER})"
                 rf"(?P<half>\s+1/2|\s+and\s+a\s+half)?(?:\s+more)?[\s-]+(?P<unit>{UNIT_WORD})"
                 rf"(?:-long)?\b(?P<half2>\s+and\s+a\s+half\b)?", duration,
                 "year|month|week|day|hour|minute|second|decade|centur|quarter|fortnight|night",
                 (70, 12)),
    compile_rule("bare_units",
                 r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bfor\smany\s))"
                 r"(?P<unit>years|months|weeks|decades|centuries)\b(?!\s+(?:ago|of))", bare_units,
                 "years|months|weeks|decades|centuries", (12, 4)),
    compile_rule("the_year", r"\bthe\s+(?:fiscal\s+)?year\b(?:(?=\s+(?P<ended>ended|ending)\b)|"
                 r"(?<=for\sthe\syear)(?=\s*[,.;]))", the_year, "year", (20, 12)),
    compile_rule("full_year", r"\bthe\s+full\s+year\b(?P<ended>)(?![\s-]+(?:ended|ending|of)\b)",
                 the_year, "full", (2, 14)),
    compile_rule("year_end", r"\b(?:the\s+)?year(?:-end|\s+end|'s\s+end)\b(?![\s-]+(?:of|for)\b)",
                 year_end, "end", (16, 3)),
    compile_rule("compound_units",
                 r"\b(?:(?P<single>day|week|month|year|hour)|(?P<unit>days|weeks|months|years|"
                 r"decades))-long\b", compound_units, "-long", (10, 5)),
    compile_rule("coming_units", r"\b(?:coming|recent)\s+(?P<unit>days|weeks|months|years)\b",
                 bare_units, "coming|recent", (2, 14)),
    compile_rule("vague", rf"\b(?:{_phrases(_VAGUE_VALUE)})\b(?![-'])", vague),
    compile_rule("frequency",
                 rf"\b(?:{_phrases(k for k in _SETS if not k.startswith('a '))}|every\s+"
                 rf"(?P<num>{NUMBER})\s+(?P<unit>{UNIT_WORD}))\b", frequency),
]
