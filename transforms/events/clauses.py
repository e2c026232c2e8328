"""Clauses of a sentence and the trigger that decides each clause's event.

A sentence often reports several events ("over 500 soldiers have arrived, with 12,000 more to be
deployed soon"); cutting it at clause boundaries lets each quantity, place and date stay with
the event it modifies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from transforms.events.actors import ActorMatch
from transforms.events.lexicon import (
    FORCES_NOUN,
    NAME_POSSESSIVE,
    PAST_VERB,
    SPEECH_ACT_PARTICIPLE,
)
from transforms.events.ontology import Trigger, type_priority
from transforms.events.status import is_demanded
from transforms.language import base_language
from transforms.sentences import Sentence

_LOWER = "[a-zß-ÿа-яёіїєґ]"
_UPPER = "[A-ZÀ-ÞА-ЯЁІЇЄҐ]"
# a quotation of several sentences stays one sentence for the splitter ("... as early as October
# 27–28. This is a clear escalation by Russia, ... circulated in Kazan," Zelensky noted): each
# of its sentences is a clause (a full stop after a word of four lower-case letters or a digit,
# not "Lt. Gen." or "U.S."; tokenized too: "in Kursk . Two soldiers")
_INNER_STOP = (
    rf"(?:(?<={_LOWER}{{4}})|(?<={_LOWER}{{4}} )|(?<=\d)|(?<=\d ))[.!?]\s+"
    rf"(?=(?:[\"“‘']|``\s*)?{_UPPER})"
)
_INNER_STOPS = re.compile(_INNER_STOP)
_SECOND_DEED = (
    r"and\s+(?:is|are|was|were|has|have|had|will)\s+(?:(?:already|also|now|since|\w+ly)\s+)?"
    r"(?:\w+(?:ing|ed)|ready)\b"
)
_AND_A_NUMBER = r"and\s+(?:another|more than|up to|at least|\d|about|over|nearly|some)\b"
# ", with 12,000 more to be deployed" is a second event; so is what follows ", et", ", mais",
# ", und", ", pero", ", e", ", mas", ", а", ", але", ", dan", ", bet" in the other languages
# (not Latin ", a": an English article, a Spanish "to")
_CLAUSE_BREAK = re.compile(
    r";|\s[–—-]\s|,\s+(?=(?:and|but|while|whereas|with|which|who|as|after|before|where|when|an|"
    r"adding|saying|although|though|because|since|following|"
    r"et|mais|tandis que|alors que|und|aber|während|y|pero|mientras|e|ma|mentre|mas|enquanto|"
    r"а|но|и|але|і|ali|dok|dan|tetapi|sementara|bet|kamēr)(?!\w)"
    # ... and a relative clause after a preposition of another place or time: ", from which the
    # rebels retreated on Thursday" (its date is its own; not ", in which 108 people were killed"
    # nor ", during which", which tell the toll of the event before them)
    r"|(?:from|to|into|through|after|before|for|with|against|towards?)\s+(?:which|whom)\b)"
    # ... not an aside that a comma closes before the verb: "At least 20 people, including seven
    # army defectors, were killed" is one toll ("killed on Friday, including 13 in Homs, nine in
    # Idlib" lists its parts)
    r"|,\s+(?=including\b(?![^,;]{0,80},\s+(?:were|was|are|is|ha[sd]|have|had|will|would|"
    r"died|(?!(?:reported|added|stated|claimed|noted)\b)(?-i:[a-z])\w*ed)\b))"
    rf"|\s(?={_AND_A_NUMBER})"
    r"|\s(?=and\s+[^,;]{0,60}\b(?:said|says|told|confirmed|reported|announced|stated)\b)"
    # "has sent troops ... and is preparing to send ten-thousand more": a second deed
    rf"|\s(?={_SECOND_DEED})"
    rf"|{_INNER_STOP}",
)
# "clashes between the Ukrainian and North Korean military were reported": the "and" joins the
# two sides of "between", it starts no report of its own ("clashes between Ukrainian forces and
# up to 15,000 North Korean soldiers deployed in Kursk" still gives the number its own clause)
_BETWEEN_OPEN = re.compile(r"\bbetween(?:\s+(?!and\b)[^\s,;]+){1,4}\s*$", re.IGNORECASE)
_STARTS_A_NUMBER = re.compile(_AND_A_NUMBER)
# "to fight", "to start fighting", "in order to help": English "to" right before the trigger
# ("deployed to combat zones" reads as one too; the deployment wins either way)
_PURPOSE = re.compile(r"\b(?:to|in order to|so as to)\s+(?:(?:start|begin|help)\s+)?$", re.I)
# "planning to send troops into battle", "decided to send": the infinitive after a word of intent
# is the deed itself (future), not its purpose
_INTENT_TO = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|decid\w*|agree[sd]?|agreeing|expect\w*|intend\w*|prepar\w*|vot\w*|"
    r"going|ready|willing|about|set|likely|able)\s+to\s+$",
    re.IGNORECASE,
)
# Other languages: a purpose word, then at most three words that are no conjunction ("pour
# aider à combattre", "per aiutare Mosca a combattere", "zur Unterstützung von Russlands
# Angriffskrieg", "untuk bertempur", "чтобы воевать"; not "enviadas para Kursk e atacaram").
_PURPOSE_WORDS = {
    "fr": "pour|afin de", "it": "per", "es": "para", "pt": "para", "de": "um|zur Unterstützung",
    "lv": "lai", "hr": "kako bi", "sr": "kako bi|како би", "ru": "чтобы|для", "uk": "щоб|для",
    "id": "untuk|guna",
}  # fmt: skip
_CONJUNCTION = r"(?:and|e|et|ed|i|и|і|y|und|dan|un|ir)\s"
# Telugu and Korean mark the purpose after the verb: "దాడిని ప్రారంభించడానికి" (to launch an
# attack), "... లక్ష్యంతో" (with the aim of), "공격하기 위해".
_PURPOSE_AFTER = {
    "te": re.compile(r"^\S*(?:\s+\S*){0,2}?(?:డానికి|టానికి|కోసం|లక్ష్యంతో)"),
    "ko": re.compile(r"^\S*\s*(?:기\s+위해|기\s+위한|하러)"),
}
# "the draft threatens sanctions only if", "threatened with non-military sanctions", "threatened
# to impose sanctions": the deed threatened is no deed (not "warned of a threat of sending
# soldiers", a risk someone sees, nor "had threatened the family shot dead three", a deed done)
_THREATENED = re.compile(
    # (... with its object: "Russia threatened Syria with sanctions")
    r"\bthreaten(?:s|ed|ing)?\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]*\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+|(?:government|regime|authorities|leadership)\s+)?"
    r"(?=with\b))?(?:(?:with|to\s+[a-z]+)\s+)?"
    r"(?:(?:the|a|an|new|further|tougher|tough|more|wider|economic|military|non-military|"
    r"international)\s+){0,2}$",
    re.IGNORECASE,
)
# "send troops into battle", "withdrawn from combat operations": the fight is where troops go or
# what they leave; the motion is the deed
_MOTION_COMPLEMENT = re.compile(r"\b(?:into|from|out of)\s+(?:the\s+)?$", re.IGNORECASE)
# "withdrawn ... due to sustaining significant casualties", "pulled back after incurring heavy
# losses", "pulled back after heavy losses": a cause is not the deed either
_CAUSE = re.compile(
    r"\b(?:due to|because of|owing to|amid|amidst|after (?:suffering|incurring|sustaining|taking|"
    r"facing))\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AFTER_LOSSES = re.compile(r"\bafter\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_LOSSES = re.compile(r"losses|casualties", re.IGNORECASE)
# "evidence of Pyongyang's involvement in Moscow's full-scale invasion": a war owned by a
# possessive is the background, not the clause's news ("Russia's attacks on cities" still is)
_OWNED_WAR = re.compile(rf"{NAME_POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}$")
_WAR_NOUN = re.compile(r"invasion|war|aggression", re.IGNORECASE)
# "deployed to Russia ... during the significant offensive in the Kursk area": the time frame
# "10,000 people demonstrated against the army's continued presence": what a protest is against
# is its cause, the protest the deed
_PROTESTED_AGAINST = re.compile(
    r"\b(?:demonstrat\w*|protest\w*|rall(?:y|ied|ies|ying)|march\w*)\s+(?:against|over)\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_DURING = re.compile(r"\bduring\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "Since the July 7 attacks, police have arrested 20 people": what a duration counts from
_SINCE_NOUN = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "Zelensky warned that Russia was planning to send troops": a word that reports a statement
# ("warned that", "claimed that") yields to what is stated
_REPORTS_A_CLAUSE = re.compile(r"\s+that\b", re.IGNORECASE)
_PURPOSE_WINDOW = 50
# "soldiers fighting for Russia": a participle describing the troops, not the clause's deed;
# so is "captured" after a determiner and before its forces: "hand over captured North Korean
# soldiers" (not "Ukraine captured North Korean soldiers", "has dispatched troops")
_PARTICIPLE = re.compile(rf"\b{FORCES_NOUN},?\s+\w+ing$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|these|those|its|their|some|several|of|over|with)\s+$", re.I)
_PARTICIPLE_BEFORE = re.compile(
    rf"\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}(?:{FORCES_NOUN}|prisoners)\b", re.I
)


@lru_cache(maxsize=16)
def _purpose_before(lang: str) -> re.Pattern | None:
    words = _PURPOSE_WORDS.get(lang)
    if words is None:
        return None
    return re.compile(
        rf"(?<!\w)(?:{words})\s+(?:(?!{_CONJUNCTION})[^\s,;:]+\s+){{0,3}}$", re.IGNORECASE
    )


def inner_sentence(sentence: Sentence, position: int) -> tuple[int, int]:
    """The span (absolute offsets) of the quoted sentence inside `sentence` that holds
    `position`: a place or a number of one quoted sentence is not the next one's.

    >>> from transforms.sentences import Sentence
    >>> t = '"Troops arrived in Kursk. It is an escalation," he said.'
    >>> a, b = inner_sentence(Sentence(0, 0, len(t), t), 3)
    >>> t[a:b]
    '"Troops arrived in Kursk.'
    """
    start, end = sentence.start, sentence.end
    for stop_start, stop_end in _inner_stops(sentence.text):
        if sentence.start + stop_end <= position:
            start = sentence.start + stop_end
        elif sentence.start + stop_start >= position:
            end = sentence.start + stop_start + 1
            break
    return start, end


@lru_cache(maxsize=64)
def _inner_stops(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(stop.span() for stop in _INNER_STOPS.finditer(text))


def split_clauses(
    sentence: Sentence, deeds: Sequence[Trigger] = (), actors: Sequence[ActorMatch] = ()
) -> list[tuple[int, int]]:
    """Clause spans (absolute offsets) of a sentence. Given the sentence's triggers and actors
    (absolute offsets), an English "and" or "after", "when", ... before a second deed in the past
    tense cuts too (see `_second_deeds`).

    >>> from transforms.sentences import Sentence
    >>> t = "Over 500 soldiers arrived, with 12,000 more to be deployed soon."
    >>> [t[a:b] for a, b in split_clauses(Sentence(0, 0, len(t), t))]
    ['Over 500 soldiers arrived', 'with 12,000 more to be deployed soon.']
    """
    text = sentence.text
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
    breaks += _second_deeds(sentence, deeds, actors, [end for _, end in breaks])
    spans, cursor = [], 0
    for start, end in sorted(set(breaks)):
        if start < cursor:
            continue
        joins_sides = (
            text[start:end].isspace()
            and not _STARTS_A_NUMBER.match(text, end)
            and _BETWEEN_OPEN.search(text, max(cursor, start - 80), start)
        )
        if joins_sides:
            continue
        spans.append((cursor, start))
        cursor = end
    spans.append((cursor, len(text)))
    return [(sentence.start + a, sentence.start + b) for a, b in spans if b > a]


# "Russian forces shelled Kharkiv and Ukrainian drones struck Belgorod", "imposed sanctions on
# Iran and threatened Syria", "arrested 12 suspects after Syrian gunmen attacked": a deed in the
# past tense after "and" (or "after", "when", "while", ...) is a second event when a deed with
# words of its own comes before it ("were killed and wounded" is one deed) and what stands between
# the conjunction and the deed reads as its subject: nothing or auxiliaries (the first deed's doer
# goes on), a pronoun or a name. Not a participle after a
# noun ("stories of brutality and oppression rarely acknowledged", "attacked North Korean and
# Russian troops deployed in Kursk"), nor a subject that names no party ("and reporters have been
# detained": the first clause's parties did not do it), nor a casualty word, which tells the first
# deed's toll ("shelled the town and killed five").
_PAST_DEED = re.compile(r"(?:\w+ed|sent|struck|fought|met|withdrew|shot|hit)(?!\w)", re.I)
# ... or words a speaker says now: "The government says 2,000 have been killed and blames the
# violence on armed gangs"
_WORDS_NOW = re.compile(
    r"(?:blames|condemns|accuses|denies|rejects|demands|urges|warns|criticises|criticizes|"
    r"denounces)(?!\w)"
    # ... a verb, not a noun: "and demands for a ceasefire grew"
    r"(?!\s+(?:for|of|from|by|were|are|have|had|grew|mounted|increased|continued)\b)",
    re.IGNORECASE,
)
_AND_BEFORE_DEED = re.compile(
    r"\s(?:and|after|before|when|while|as|because|since|until|once)\s+((?:[\w'’-]+\s+){0,4})$"
)
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|it|we|they)\s", re.IGNORECASE)
_AUXILIARIES = re.compile(
    r"(?:(?:has|have|had|was|were|is|are|will|would|also|then|later|been)\s+)*", re.IGNORECASE
)
_AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?")


def _second_deeds(
    sentence: Sentence,
    deeds: Sequence[Trigger],
    actors: Sequence[ActorMatch],
    clause_starts: Sequence[int],
) -> list[tuple[int, int]]:
    """Breaks (offsets in the sentence) before each conjunction that opens a second past-tense deed;
    `clause_starts` are where the clauses cut by punctuation and conjunctions start."""
    text, base, breaks = sentence.text, sentence.start, []
    starts = {a.start - base for a in actors}
    # "North Korean | and Russian troops" (a demonym waits for its noun), "Russia | and North
    # Korea have denied" (one subject, two names): the "and" joins names, not clauses
    paired = {
        a.end - base
        for a in actors
        if a.kind == "demonym"
        or ((found := _AND_NEXT.match(text, a.end - base)) and found.end() in starts)
    }
    for deed in deeds:
        if deed.role == "casualty" or not (
            _PAST_DEED.match(deed.text)
            or _WORDS_NOW.match(text, deed.start - base)
            or SPEECH_ACT_PARTICIPLE.match(deed.text)
        ):
            continue
        found = _AND_BEFORE_DEED.search(text, max(0, deed.start - base - 60), deed.start - base)
        if not found or found.start() in paired:
            continue
        between = found.group(1)
        subject = (
            _AUXILIARIES.fullmatch(between)
            or _PRONOUN_SUBJECT.match(between)
            or found.start(1) in starts
        )
        clause_start = max((c for c in clause_starts if c <= found.start()), default=0)
        earlier = [t for t in deeds if clause_start <= t.start - base < found.start()]
        if not (subject and earlier):
            continue
        words_between = re.search(r"\w", text[earlier[-1].end - base : found.start()])
        # ... or a deed of another kind right after the first and "and": "was arrested and
        # accused of plotting" is an arrest and an accusation ("were killed and wounded" is one)
        joined_by_and = text[found.start() :].lstrip().startswith("and")
        if words_between or (joined_by_and and earlier[-1].event_type != deed.event_type):
            breaks.append((found.start(), found.start() + 1))
    return breaks


def main_trigger(
    triggers: list[Trigger], text: str, clause: tuple[int, int], lang: str | None = None
) -> Trigger:
    """The clause's most specific trigger; a purpose ("sent troops to fight") yields to the
    deed it is the purpose of. Purpose words are read inside the clause only."""
    code = base_language(lang)
    purpose_before, purpose_after = _purpose_before(code), _PURPOSE_AFTER.get(code)
    # "urged Syria to withdraw", "The plan calls for Damascus to pull back": the one deed asked
    # for is the clause's deed, no purpose (not beside another deed: "vetoed a resolution calling
    # for tougher sanctions", "A resolution calling for sanctions was vetoed" are the veto)
    first = min(triggers, key=lambda t: t.start)
    deeds = [t for t in triggers if t.event_type != "DEMAND"]
    asked_from = first.end if first.event_type == "DEMAND" and len(deeds) == 1 else None

    def rank(trigger: Trigger) -> tuple[int, int, int]:
        before = text[max(clause[0], trigger.start - _PURPOSE_WINDOW) : trigger.start]
        after = text[trigger.end : min(clause[1], trigger.end + _PURPOSE_WINDOW)]
        asked_for = asked_from is not None and asked_from <= trigger.start
        purpose = not asked_for and (
            (_PURPOSE.search(before[-16:]) and not _INTENT_TO.search(before[-30:]))
            or (purpose_before and purpose_before.search(before))
            or (purpose_after and purpose_after.match(after))
        )
        modifier = bool(
            purpose
            or trigger.role == "backdrop"
            or (_THREATENED.search(before) and not PAST_VERB.fullmatch(trigger.text))
            or _MOTION_COMPLEMENT.search(before[-16:])
            or _CAUSE.search(before[-40:])
            or (_LOSSES.fullmatch(trigger.text) and _AFTER_LOSSES.search(before[-40:]))
            or _DURING.search(before[-40:])
            or (_SINCE_NOUN.search(before[-40:]) and not PAST_VERB.fullmatch(trigger.text))
            or _PROTESTED_AGAINST.search(before[-60:])
            # "vetoed a resolution calling for tougher sanctions": the veto, not what it asked
            or (code == "en" and is_demanded(before) and not asked_for)
            or _REPORTS_A_CLAUSE.match(after)
            or (_WAR_NOUN.fullmatch(trigger.text) and _OWNED_WAR.search(before[-40:]))
            or _PARTICIPLE.search(before[-16:] + trigger.text)
            or (
                trigger.text.endswith("ed")
                and _DETERMINER.search(before[-16:])
                and _PARTICIPLE_BEFORE.match(after)
            )
        )
        # of one type, a deed outranks a standing relation ("the treaty was ratified": the
        # ratification, not the treaty)
        state = trigger.role == "state"
        priority = type_priority(trigger.event_type)
        return (modifier and len(triggers) > 1, priority, state, trigger.start)

    return min(triggers, key=rank)


_CONTINUES = re.compile(rf"{_AND_A_NUMBER}|{_SECOND_DEED}")


_AND_THEN = re.compile(rf"\s*and\s+{_AUXILIARIES.pattern}", re.IGNORECASE)


def continues_the_subject(text: str, clause: tuple[int, int], deed_start: int = -1) -> bool:
    """Whether the clause goes on about the sentence's subject without naming it: "100 soldiers
    were killed | and another 1,000 wounded", "troops have been deployed | and are expected to
    enter combat", "imposed sanctions on Iran | and threatened Syria" (the deed at `deed_start`
    right after "and").

    >>> t = "100 soldiers were killed and another 1,000 wounded"
    >>> continues_the_subject(t, (25, len(t))), continues_the_subject(t, (0, 25))
    (True, False)
    """
    return bool(
        _CONTINUES.match(text, clause[0])
        or (deed_start > clause[0] and _AND_THEN.fullmatch(text, clause[0], deed_start))
    )
