"""The status and date of the event a clause reports: the date expression that governs the clause
(not one that only frames a toll's count, "killed since March", nor the date of a noun, "the
massacre in Houla on 25 May"), else the day the sentence before dated the same event on, else
the publication date (see `transforms.events.dating`).

>>> from transforms.events.memory import ArticleState
>>> from transforms.events.ontology import find_triggers
>>> from datetime import date
>>> from transforms.records import Anchor
>>> text = "Troops shelled Homs on Friday."
>>> [trigger] = find_triggers(text, "en")
>>> friday = Timex(23, 29, "Friday", "DATE", "2012-02-03", date(2012, 2, 3), date(2012, 2, 3),
...                "day", None, "past", True)
>>> context = {"text": text, "timexes": [friday], "frame": (0, trigger.start), "lang": "en",
...            "places": [], "sentence_end": len(text), "sentence_index": 0,
...            "anchor": Anchor(date(2012, 2, 5)), "state": ArticleState()}
>>> columns = date_columns(trigger, (0, len(text)), context)
>>> columns["event_date"], columns["date_source"], columns["status"]
(datetime.date(2012, 2, 3), 'timex', 'occurred')
"""

from __future__ import annotations

import re

from transforms.events.context import within
from transforms.events.dating import (
    date_fields,
    date_fits_past,
    governing_timex,
    is_usable,
    year_before,
)
from transforms.events.day_references import day_referred_to, tells_a_day_again
from transforms.events.lexicon import PAST_VERB, names_an_event
from transforms.events.ontology import Trigger
from transforms.events.status import event_status, is_negated_inside, is_past_tense
from transforms.records import Timex

# the first end of a sentence after a trigger is a question mark (within one sentence's reach)
_IN_A_QUESTION = re.compile(r"[^.!?\n]{0,300}\?")
# ... but a question about an event takes it as done: "What is your reaction to the Arab
# League's decision to suspend its mission?"
_ASKED_ABOUT = re.compile(
    r"\b(?:reaction|response|react|respond|think|views?|opinion|comment)\s+(?:to|of|about|on)\s+"
    r"(?:(?!\b(?:by|with)\s+\w+ing\b)[^?]){0,80}$",
    re.IGNORECASE,
)
# ... not a question whether something will be done ("Will North Korea respond to the sanctions
# by sending more troops?")
_ASKS_WHETHER = re.compile(
    r"\W*(?:will|would|should|could|can|may|might|shall|is|are|was|were|do|does|did|has|have)\b",
    re.IGNORECASE,
)


_PAST_RELATIVE_AFTER = re.compile(rf"\s+(?:that|which)\s+(?:{PAST_VERB.pattern})", re.IGNORECASE)
# "in the past week", "over the last 24 hours", "during the previous three days" (not "last week":
# a calendar week of its own)
_WINDOW_UP_TO_NOW = re.compile(
    r"the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:hours?|days?|weeks?|fortnight|months?)"
    r"|the\s+(?:past|last)\s+(?:[\w-]+\s+)?years?|this\s+(?:week|month|year)",
    re.IGNORECASE,
)
# "killed in the past year", "killed so far this month": a toll up to the report
_OVER_A_WINDOW = re.compile(r"\b(?:in|over|during|within|for|so\s+far)\s+$", re.IGNORECASE)
_COUNTED_SINCE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,9}$", re.IGNORECASE)
# "Since the beginning of Syria's protests one year ago, more than 5,000 civilians have died"
# (a sentence's start is found by its full stop: `^` would only match at the text's start)
_SINCE_OPENS = re.compile(
    r"(?:^|[.!?\n,;:]\s*)since\s+(?:[\w'’-]+\s+){0,8}$", re.IGNORECASE
)


def _counts_since(timex: Timex, trigger: Trigger, context: dict) -> bool:
    """Whether the date only frames the count of a toll: "have died since protests erupted in
    March last year", a "Since ..." phrase before the toll's clause, or the window up to the
    report ("over a thousand troops were killed or wounded in the past week")."""
    text = context["text"]
    if _WINDOW_UP_TO_NOW.fullmatch(timex.text) and _OVER_A_WINDOW.search(
        text, max(0, timex.start - 12), timex.start
    ):
        return True
    if timex.start > trigger.end:
        return bool(_COUNTED_SINCE.search(text, max(trigger.end, timex.start - 90), timex.start))
    return (
        timex.end <= trigger.start
        # ... with a comma after it, or a perfect tense that counts up to now ("Since 2003 two
        # Estonians have been killed and 10 wounded")
        and (
            "," in text[timex.end : trigger.start]
            or bool(_PERFECT_COUNT.search(text, max(timex.end, trigger.start - 30), trigger.start))
        )
        and bool(_SINCE_OPENS.search(text, max(0, timex.start - 90), timex.start))
    )


# a date of a noun's own: "the massacre in Houla on 25 May", "a crackdown on protests began in
# March", "the 1982 massacre", "last week's massacre"
_NOUNS_DATE_AFTER = re.compile(r"(?:[^,;:()\"“”]|(?<=\d),(?=\d)){0,50}$")
_NOUNS_DATE_BEFORE = re.compile(r"(?:\s*['’]s(?:\s+[\w-]+)?)?\s+$")
# ... but no other verb's date: "Survivors of the massacre spoke to reporters on Monday" (the noun's
# own verbs may come between: "a crackdown on protests began in March")
_ANOTHER_VERB = re.compile(
    r"\b(?!(?:began|started|erupted|ended|happened|occurred|unfolded|continued)\b)"
    r"(?:[a-z]+ed|spoke|said|says|told|tells|was|were|is|are|has|have|had|will|would|left|gave|"
    r"made|met|saw|fled)\b"
)


def _dates_the_noun(timex: Timex, trigger: Trigger, context: dict) -> bool:
    text = context["text"]
    if timex.start >= trigger.end:
        return bool(_NOUNS_DATE_AFTER.match(text, trigger.end, timex.start)) and not (
            _ANOTHER_VERB.search(text, trigger.end, timex.start)
        )
    return bool(_NOUNS_DATE_BEFORE.match(text, timex.end, trigger.start))


# ... a deed done and over, not a campaign that goes on ("the Homs offensive will continue")
_DONE_DEED = re.compile(
    r"bombings?|bombs|attacks?|massacres?|blasts?|explosions?|killings?|shootings?", re.IGNORECASE
)


def _named_by_its_town(trigger: Trigger, context: dict) -> bool:
    text = context["text"]
    return bool(_DONE_DEED.fullmatch(trigger.text)) and any(
        p.end < trigger.start
        and not text[p.end : trigger.start].strip()
        and names_an_event(text, p.start, p.end)
        for p in context["places"]
    )


def date_columns(trigger: Trigger, clause: tuple[int, int], context: dict) -> dict | None:
    """Status and date of the event; None for a standing relation with no date of its own."""
    clause_text = context["text"][clause[0] : clause[1]]
    span = (trigger.start, trigger.end)
    timex = governing_timex(
        context["timexes"], clause, span, context["frame"], context["text"], context["lang"]
    )
    # "the London bombings", "last year's Madrid bombings": an event known by its town's name is
    # one the report looks back on, a background as much as "the crackdown" is
    background = trigger.role == "backdrop" or _named_by_its_town(trigger, context)
    if background:  # not "a report on 28 May questioned the massacre"
        owned = (t for t in context["timexes"] if is_usable(t) and within(clause, t.start, t.end))
        timex = next((t for t in owned if _dates_the_noun(t, trigger, context)), None)
    if (trigger.role == "state" or background) and timex is None:
        # "North Korean involvement" is a condition, "the crackdown" a background, not a dated
        # event
        return None
    # "20,000 people have died since protests erupted in March last year": a toll counted since a
    # date is reported by the article's day; the date is where the count starts, not the deaths';
    # so is any deed counted in the perfect ("Since the July 7 attacks, police have arrested 20
    # people"), not one that goes on ("have been shelling Homs since Monday" started then)
    counted = trigger.role == "casualty" or _PERFECT_DONE.search(
        context["text"], max(clause[0], trigger.start - 30), trigger.start
    )
    if timex is not None and counted and _counts_since(timex, trigger, context):
        timex = None
    if timex is not None and tells_a_day_again(timex):
        timex = None  # ... counted from the publication day, with no day named before it
    state = context["state"]
    if timex is None and not background:
        # "The next day, Russia and China vetoed": the day after the one the text last named (the
        # clause's own expression, read as TimeML reads it)
        timexes, starts = context["article_timexes"], context["article_timex_starts"]
        # ... in the clause, or opening the sentence ("Two days later, an attack by Syrian troops
        # killed 20": the frame before the first deed, as a date there governs every clause)
        for span in (clause, context["frame"]):
            timex = day_referred_to(context["text"], span, timexes, starts, state.day_told_again)
            if timex is not None:
                break
        state.day_told_again = timex or state.day_told_again
    offset = trigger.start - clause[0]
    status = event_status(clause_text, offset, context["lang"])
    if trigger.negated or is_negated_inside(trigger.text, context["lang"]):
        status = "negated"
    elif (
        status != "negated"
        and _IN_A_QUESTION.match(context["text"], trigger.end, context["sentence_end"])
        and not (
            _ASKED_ABOUT.search(context["text"], clause[0], trigger.start)
            and not _ASKS_WHETHER.match(context["text"], context["frame"][0])
        )
    ):
        status = "hypothetical"  # "Will North Korea send more troops?" asserts nothing
    past = timex is not None and (
        timex.direction == "past"
        or is_past_tense(clause_text, offset)
        # "the suicide attacks that hit polls in January": a past relative clause tells the deed
        or bool(_PAST_RELATIVE_AFTER.match(context["text"], trigger.end))
    )
    if past and status == "occurred" and not date_fits_past(timex, context["anchor"]):
        # a past clause dated after its article: the date was read the wrong way ("In August, the
        # EU imposed sanctions" in a July article is last August), else it is not the clause's
        text = context["text"]
        earlier = (
            year_before(timex)
            if _DATES_THE_CLAUSE.match(text, timex.end)
            and _ADVERBIAL_DATE_BEFORE.search(text, max(0, timex.start - 20), timex.start)
            and not _NAMED_DAY.fullmatch(timex.text)
            else None
        )
        timex = earlier if earlier and date_fits_past(earlier, context["anchor"]) else None
    if timex is not None:
        if past and status == "occurred" and timex.precision == "day":
            places = frozenset(p.country for p in context["places"] if p.country)
            state.told_day = (context["sentence_index"], trigger.event_type, timex, places)
        return date_fields(timex, context["anchor"], status)
    told = _day_told_just_before(trigger, clause_text, offset, status, context)
    if told is None:
        return date_fields(None, context["anchor"], status)
    return date_fields(told, context["anchor"], status, source="context")


def _day_told_just_before(
    trigger: Trigger, clause_text: str, offset: int, status: str, context: dict
) -> Timex | None:
    """The day the sentence before dated a past event on, when this clause goes on telling that
    event with no date of its own: its toll ("On Friday, troops shelled Homs. At least 20 people
    were killed.") or more of the same ("... The league also urged Damascus to ..."). Not another
    kind of event, which may come days later ("arrived in Kursk on 23 October. Fierce battles
    were fought there"), nor a present or perfect clause, which speaks of the report's time ("are
    stationed", "have died since March"), nor a sentence with a date expression of its own, even
    one that dates nothing ("in recent weeks", "during the 11-month uprising"), nor one whose
    places lie elsewhere ("In Iraq, 12 people were killed")."""
    told = context["state"].told_day
    places = {p.country for p in context["places"] if p.country}
    if (
        told is None
        or told[0] != context["sentence_index"] - 1
        or context["timexes"]
        or _SINCE.search(clause_text)
        or (places and not places & told[3])
        or not (
            told[1] == trigger.event_type
            and (trigger.event_type != "ASSAULT" or trigger.role == "casualty")
        )
        or status not in ("occurred", "historical")
        or not is_past_tense(clause_text, offset)
        or _PRESENT_OR_PERFECT_BEFORE.search(clause_text, max(0, offset - 30), offset)
    ):
        return None
    return told[2]


_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


# a date that dates its clause: "In August, the EU imposed", "June 28 : A soldier was killed"
# (a chronology's entry); not one naming a scheduled thing ("called a summit for September 14")
# or an event by its date ("the September 11 attacks", "the January 30 elections")
_ADVERBIAL_DATE_BEFORE = re.compile(
    r"(?:^|\n|\b(?:[Ii]n|[Oo]n|[Dd]uring)\s+(?:early\s+|late\s+|mid-?)?)$"
)
_DATES_THE_CLAUSE = re.compile(
    r"(?!\s+(?:attacks?|bombings?|elections?|polls?|timeline|deadline|summit|talks|vote|"
    r"referendum|anniversary|massacre|uprising|revolution)\b)"
)
# "September 11" names the attacks of 2001, which news writes without their year
_NAMED_DAY = re.compile(r"September\s+11|11\s+September", re.IGNORECASE)


_PERFECT_COUNT = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+ly\s+)?(?:been\s+)?$", re.I)
_PERFECT_DONE = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PRESENT_OR_PERFECT_BEFORE = re.compile(
    r"\b(?:is|are|am|has|have|'ve|having)\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE
)
