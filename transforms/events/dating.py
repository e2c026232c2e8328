"""The date of an event: the governing temporal expression, else the publication date.

A timex governs an event when it sits in the event's clause (the nearest one), or frames the
sentence before its first event ("On 8 October, the ministry said ..."). A past clause with no
date of its own that goes on telling what the sentence before dated ("On Friday, troops shelled
Homs. At least 20 people were killed.") takes that day, marked `context`. An unresolved timex,
a vague reference (PAST_REF, "recent") or a duration never dates anything: such an event, like
any without a date of its own, takes the publication date marked `published`, and with no
publication date it stays undated (nothing is guessed).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from transforms.events.lexicon import SINCE_AN_EVENT
from transforms.records import Anchor, Timex

_VAGUE_REFS = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
_DATE_TYPES = {"DATE", "TIME"}
_RANGE_JOIN = re.compile(
    r"\s*(?:to|until|till|through|and|-|–|—|bis|au|al|по|до|~)\s*", re.IGNORECASE
)


_BARE_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC))?", re.IGNORECASE)


# "last month's Guardian/ICM findings", "next month's election" (tokenized: "last month 's"); not
# "last week's bus bombing" or "last year's insurgency", which date what happened in them
_POSSESSED_RECORD = re.compile(
    r" ?['’]s\s+(?:[\w/-]+\s+){0,3}?(?:polls?|findings|surveys?|figures|reports?|editions?|"
    r"issues?|papers?|elections?|interviews?|columns?|articles?|programmes?|programs?|budgets?|"
    r"debates?|votes?|results?|statistics|data)\b",
    re.IGNORECASE,
)


def _owns_another_noun(text: str, timex: Timex, trigger: tuple[int, int]) -> bool:
    """Whether a date in the possessive names when a record was made, not the event ("the poll
    lead remains unchanged on last month's findings" does not date "the attacks")."""
    found = _POSSESSED_RECORD.match(text, timex.end)
    return bool(found) and not timex.end < trigger[0] < found.end()


def is_usable(timex: Timex) -> bool:
    """Whether a timex can date an event: resolved, a calendar date, not vague.

    >>> from datetime import date
    >>> august = date(2024, 8, 1), date(2024, 8, 31)
    >>> is_usable(Timex(0, 6, "August", "DATE", "2024-08", *august, "month"))
    True
    >>> is_usable(Timex(0, 8, "recently", "DATE", "PAST_REF"))
    False
    """
    return (
        timex.is_resolved
        and timex.type in _DATE_TYPES
        and timex.value not in _VAGUE_REFS
        and timex.begin_date is not None
    )


def _range_start(inside: list[Timex], chosen: Timex, text: str) -> Timex:
    """The first end of a range ("from October 8 to October 13"): an event starts at its start."""
    earlier = [t for t in inside if t.end <= chosen.start]
    if earlier and text and _RANGE_JOIN.fullmatch(text[earlier[-1].end : chosen.start]):
        return earlier[-1]
    return chosen


# Verb-final languages: a time adverbial comes before the verb it modifies, so a date after the
# trigger belongs to a later verb ("지난 9일 ... 생포한 것으로 ... 12일 밝혔다": captured on the
# 9th, said on the 12th).
VERB_FINAL_LANGUAGES = frozenset({"ko", "ja", "te"})  # those of them the tagger reads


# "the first capture since their entry into the war last autumn": the date after "since" and
# a noun of its own dates that noun, not the event before it ("fighting since August" it does)
_SINCE_ANOTHER_EVENT = re.compile(rf"{SINCE_AN_EVENT}[a-z]")
# ... nor the date of a clause of its own after "since" ("the biggest since protests began in
# March last year"; not "protests ... since they erupted in March", the deed's own), nor, after a
# verb, of a participle after its object ("condemned a resolution passed on Friday", "criticised
# the deal signed last week"; not "accused him in a report released last week", its medium, nor
# "the sanctions the EU agreed on Monday", the deed noun's own)
_SINCE_ANOTHER_CLAUSE = re.compile(
    r"\b(?i:since)\s+(?!(?:they|it|he|she|we)\b)(?:[\w'’-]+\s+){1,8}?"
    r"(?:began|started|erupted|broke\s+out|took\s+office|came\s+to\s+power)"
    r"\s+(?:(?:on|in|at|late|early|last)\s+)*$",
    re.IGNORECASE,
)
_DETERMINED_NOUN = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+)?|['’]s\s+(?:[\w-]+\s+)?)$",
    re.IGNORECASE,
)
_OBJECTS_PARTICIPLE = re.compile(
    r"\b(?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:passed|adopted|approved|signed|brokered|drafted|tabled|introduced|proposed|imposed|"
    r"reached|agreed)\s+(?:(?:on|in|at|late|early|last)\s+)*$",
    re.IGNORECASE,
)


def _another_verbs_date(text: str, timex: Timex, trigger: tuple[int, int]) -> bool:
    """Whether a date after the deed belongs to another verb between them (see above)."""
    window = max(trigger[1], timex.start - 80)
    if _SINCE_ANOTHER_CLAUSE.search(text, window, timex.start):
        return True
    participle = _OBJECTS_PARTICIPLE.search(text, window, timex.start)
    if not participle:
        return False
    # "The sanctions | the EU agreed on Monday": a clause right after a deed noun with its
    # determiner is about the deed itself
    about_the_noun = not text[trigger[1] : participle.start()].strip() and _DETERMINED_NOUN.search(
        text, max(0, trigger[0] - 24), trigger[0]
    )
    return not about_the_noun


def governing_timex(
    timexes: list[Timex],
    clause: tuple[int, int],
    trigger: tuple[int, int],
    frame: tuple[int, int],
    text: str = "",
    lang: str | None = None,
) -> Timex | None:
    """The usable timex in the clause nearest the trigger, else one framing the sentence.

    `frame` runs from the sentence's start to its first trigger: a timex there ("On 8 October,
    the ministry said ...") governs every event of the sentence that has none of its own. In a
    verb-final language only a timex before the trigger can govern it, when there is one.

    >>> from datetime import date
    >>> text = "우크라이나군이 지난 9일 북한군 2명을 생포했다고 12일 밝혔다"
    >>> ninth = Timex(8, 13, "지난 9일", "DATE", "2025-01-09", date(2025, 1, 9), date(2025, 1, 9))
    >>> twelfth = Timex(28, 31, "12일", "DATE", "2025-01-12", date(2025, 1, 12), date(2025, 1, 12))
    >>> governing_timex([ninth, twelfth], (0, 35), (22, 24), (0, 22), text, "ko").text
    '지난 9일'
    """
    usable = [t for t in timexes if is_usable(t)]
    inside = [
        t
        for t in usable
        if clause[0] <= t.start
        and t.end <= clause[1]
        and not _SINCE_ANOTHER_EVENT.search(text, max(trigger[1], t.start - 80), t.start)
        and not (text and _another_verbs_date(text, t, trigger))
    ]
    if lang in VERB_FINAL_LANGUAGES:
        inside = [t for t in inside if t.end <= trigger[0]] or inside
    # a bare clock time takes its day from the anchor; a date written in the clause says more
    # ("21 December 2011 Last updated at 04:27 GMT ... have been killed")
    inside = [t for t in inside if not _BARE_CLOCK.fullmatch(t.text)] or inside
    # "last month's poll" dates the poll; "Tuesday's attack" dates the attack
    inside = [t for t in inside if not _owns_another_noun(text, t, trigger)]
    # "troops are training in Russia to start fighting in November": a date after a purpose dates
    # the purpose, not the deed
    inside = [
        t
        for t in inside
        if not (t.start >= trigger[1] and _PURPOSE_AFTER.search(text, trigger[1], t.start))
    ]
    inside = _on_the_deeds_side(inside, trigger, text)
    if inside:
        nearest = min(inside, key=lambda t: min(abs(t.start - trigger[1]), abs(trigger[0] - t.end)))
        return _range_start(inside, nearest, text)
    framing = [t for t in usable if frame[0] <= t.start and t.end <= frame[1]]
    return framing[-1] if framing else None


# "In a statement released on Friday, the agency said it spotted troops ... between Tuesday and
# Sunday of last week": a verb of saying parts the report's date from the deed's
_SAYING = re.compile(r"\b(?:said|says|told|tells|stated|announced|reported|confirmed|claimed)\b")


def _on_the_deeds_side(inside: list[Timex], trigger: tuple[int, int], text: str) -> list[Timex]:
    """The timexes after a verb of saying that comes before the trigger, when there are any (else
    all of them: the report's date still dates a deed with none of its own). A deed before the
    verb needs no such rule: its own date is the nearer one ("attacked Kyiv on Monday, officials
    said on Thursday"), and a dateline at the start of the sentence is not its date."""
    if len(inside) < 2 or not text:
        return inside
    for saying in _SAYING.finditer(text, min(t.start for t in inside), trigger[0]):
        deeds_side = [t for t in inside if t.start >= saying.end()]
        if deeds_side and len(deeds_side) < len(inside):
            return deeds_side
    return inside


# ... in the purpose's own phrase (no comma: ", Zelensky said on Oct. 17" dates the report), and
# not after a word that makes the infinitive the deed's own time ("trying to enter Syria on
# Monday", "expected to be assembled by Monday")
_PURPOSE_AFTER = re.compile(
    r"(?<!trying )(?<!tried )(?<!attempting )(?<!expected )(?<!scheduled )(?<!due )(?<!set )"
    r"(?<!supposed )(?<!likely )(?<!ready )(?<!able )(?<!going )(?<!planned )(?<!plans )"
    r"(?<!planning )\b(?:in\s+order\s+)?to\s+(?:fight|start|begin|join|help|support|reinforce|"
    r"assist|launch|attack|defend|protect|participate|take\s+part|deploy|serve|replace|prepare|"
    r"enter|meet|discuss|hold|attend|visit|end|stop|halt|capture|retake|repel|liberate|clear|"
    r"demine|rebuild|negotiate|sign|vote|decide|consider|send|withdraw|return)\b[^,;.]{0,45}$",
    re.IGNORECASE,
)


def _is_historical(timex: Timex, anchor: Anchor | None) -> bool:
    if anchor is None or timex.end_date is None:
        return False
    return timex.end_date < anchor.value - timedelta(days=365)


def year_before(timex: Timex) -> Timex | None:
    """A day or month written without its year, read in the year before: a past event "in
    August" reported in July happened last August.

    >>> from datetime import date
    >>> august = Timex(0, 6, "August", "DATE", "2012-08", date(2012, 8, 1), date(2012, 8, 31),
    ...               "month")
    >>> year_before(august).value
    '2011-08'
    """
    if (
        timex.precision not in ("day", "month")
        or _WRITTEN_YEAR.search(timex.text)
        or not timex.value
        or timex.begin_date is None
        or timex.end_date is None
    ):
        return None
    try:
        begin = timex.begin_date.replace(year=timex.begin_date.year - 1)
        end = timex.end_date.replace(year=timex.end_date.year - 1)
    except ValueError:  # February 29
        return None
    value = f"{begin.year:04d}{timex.value[4:]}"
    return replace(timex, value=value, begin_date=begin, end_date=end)


_WRITTEN_YEAR = re.compile(r"\d{4}|\b(?:last|this|next)\s+year\b|'\d\d\b", re.IGNORECASE)


def date_fits_past(timex: Timex, anchor: Anchor | None) -> bool:
    """Whether a past event may fall on the timex: not after its article's period (+1 day for
    time zones). A past-tense clause dated later means the date was resolved the wrong way.

    >>> from datetime import date
    >>> january = Timex(0, 7, "January", "DATE", "2006-01", date(2006, 1, 1), date(2006, 1, 31))
    >>> date_fits_past(january, Anchor(date(2005, 12, 28)))
    False
    """
    if anchor is None or timex.begin_date is None:
        return True
    return timex.begin_date <= _period_end(anchor) + timedelta(days=1)


def _status_for_date(status: str, timex: Timex, anchor: Anchor | None) -> str:
    """The clause's status, corrected by where the date falls against the publication date:
    with no past-tense verb, an event dated after its article is expected ("troops arrive on
    Monday"); one years before it is history, and one within the year is not. A negated event
    stays negated."""
    if status in ("occurred", "ongoing") and not date_fits_past(timex, anchor):
        return "future"
    if status == "occurred" and _is_historical(timex, anchor):
        return "historical"
    if status == "historical" and not _is_historical(timex, anchor):
        return "occurred"  # "since Ukraine's incursion in August": recent, dated news
    return status


def date_fields(
    timex: Timex | None, anchor: Anchor | None, status: str, source: str = "timex"
) -> dict[str, object]:
    """The date columns of a mention, from its governing timex or else the publication date.

    `source` says where the timex stands: `timex` in the event's own clause, `context` in the
    sentence before, whose telling the event's clause goes on. The publication date says only
    "reported by this day" (`date_source` = published), whatever the status: a planned
    deployment or a "recent" message has no date of its own.

    >>> from datetime import date
    >>> date_fields(None, Anchor(date(2024, 10, 18)), "future")["date_source"]
    'published'
    """
    if status == "historical" and timex is not None and not date_fits_past(timex, anchor):
        # "delaying the invasion from March": a past event's yearless month resolved after the
        # article; which earlier March the text means is not known, so it is not guessed
        timex = None
    if timex is not None:
        return {
            "event_date": timex.begin_date,
            "event_end_date": timex.end_date,
            "date_precision": timex.precision,
            "date_source": source,
            "date_mod": timex.mod,
            "timex_text": timex.text,
            "timex_value": timex.value,
            "status": _status_for_date(status, timex, anchor),
        }
    if anchor is not None:
        return {
            "event_date": anchor.value,
            "event_end_date": _period_end(anchor),
            "date_precision": anchor.precision,
            "date_source": "published",
            # "the invasion of Iraq" retold in 2005: reported by that day, done long before it
            "date_mod": "BEFORE" if status == "historical" else None,
            "status": status,
        }
    return {
        "event_date": None,
        "event_end_date": None,
        "date_precision": None,
        "date_source": None,
        "status": status,
    }


def _period_end(anchor: Anchor):
    """Last day of the anchor's period (a month-precision anchor covers its whole month)."""
    value = anchor.value
    if anchor.precision == "month":
        following = (value.replace(day=28) + timedelta(days=4)).replace(day=1)
        return following - timedelta(days=1)
    if anchor.precision == "year":
        return value.replace(month=12, day=31)
    return value
