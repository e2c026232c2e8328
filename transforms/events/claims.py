"""Status of an event (PLOVER's auxiliary modes) and who claims it.

Status is one of occurred, ongoing, historical, future, hypothetical, negated, read from the
words of the event's clause (English cues; other languages fall back to the governing date's
direction). The claimant is the subject of a reporting verb ("Budanov asserted", "X said that")
or the agent after "according to" / "confirmed by".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.events.actors import ActorMatch

_REPORTING = (
    r"said|says|say|told|tells|confirmed|confirms|reported|reports|asserted|asserts|stated|"
    r"announced|claimed|claims|insisted|added|noted|stressed|estimated|estimates|revealed|"
    r"warned|believes|assessed|according to|citing|cited|quoted|briefed|disclosed|wrote"
)
_VERB = re.compile(rf"\b(?:{_REPORTING})\b", re.IGNORECASE)
_BY = re.compile(
    r"\b(?:according to|confirmed by|reported by|citing|cited by|stated by)\s", re.IGNORECASE
)
_NEGATED = re.compile(r"\b(?:not|never|no|denied|denies|deny|without)\b|n't\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|could|would|might|may|possibl[ey]|unverified|potential(?:ly)?)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|to be|expected|expects?|plans?|planned|planning|set to|soon|ready to|"
    r"preparing to|going to|about to|intends?|next)\b|'ll\b",
    re.IGNORECASE,
)
_PERFECT_ONGOING = re.compile(
    r"\b(?:has|have)(?:\s+(?:also|long|already))?\s+been\s+\w+ing\b", re.IGNORECASE
)
_ONGOING = re.compile(
    r"\b(?:currently|continues?|continuing|still|(?:is|are|was|were) (?:being )?\w+ing)\b",
    re.IGNORECASE,
)
_CUE_WINDOW = 60  # characters before the trigger whose auxiliaries govern it


@dataclass(frozen=True)
class Claim:
    """Who states a sentence's events, and the span of the sentence their words cover.

    >>> Claim("Budanov", "UKR", 0, 7, 8).claimed_by
    'Budanov'
    """

    claimed_by: str
    actor: str | None
    start: int
    end: int
    scope_start: int


def _is_subject_gap(between: str) -> bool:
    """Whether the words between a name and a reporting verb keep the name its subject.

    "South Korea's intelligence agency | said", "Budanov, while reacting to it, | confirmed"
    do; "Russia, officials | said" and "troops arrived in Kursk, | said" do not.
    """
    words = between.split()
    if len(words) > 9 or re.search(r"[.;:!?\"“”]", between):
        return False
    tail = between.rsplit(",", 1)[-1].strip() if "," in between else ""
    return not tail or bool(re.match(r"(?:while|who|which|during|in|on|at|also|later)\b", tail))


def _noun_phrase_start(text: str, candidates: list[ActorMatch], last: ActorMatch) -> ActorMatch:
    """First actor of the claimant's noun phrase ("Ukraine's intelligence chief, Lt. Gen. X")."""
    first = last
    for actor in reversed(candidates[:-1]):
        between = text[actor.end : first.start]
        if len(between.split()) > 6 or re.search(r"\b\w+(?:ed|ing)\b|[.;:]", between):
            break
        first = actor
    return first


def _claimant_before(text: str, verb: re.Match, actors: list[ActorMatch]) -> Claim | None:
    candidates = [a for a in actors if a.end <= verb.start()]
    if not candidates or not _is_subject_gap(text[candidates[-1].end : verb.start()]):
        return None
    last = candidates[-1]
    first = _noun_phrase_start(text, candidates, last)
    phrase = re.split(r",\s*(?:which|who|while|that)\b|,\s*$", text[first.start : verb.start()])[0]
    phrase = phrase.strip(" ,")
    actor = last if last.kind == "person" else first
    return Claim(phrase, actor.code, first.start, verb.end(), verb.end())


def _claimant_after(text: str, verb: re.Match, actors: list[ActorMatch]) -> Claim | None:
    following = [a for a in actors if 0 <= a.start - verb.end() <= 25]
    if not following:
        return None
    actor = following[0]
    phrase = re.split(
        r"[,;.:()]|\s(?:that|which|who|on|in)\s", text[actor.start : actor.start + 80]
    )[0]
    return Claim(phrase.strip(), actor.code, verb.start(), actor.start + len(phrase), 0)


def find_claim(text: str, actors: list[ActorMatch]) -> Claim | None:
    """The claimant of a sentence, if a reporting verb or "according to" names one.

    >>> find_claim("Budanov asserted they will fight.", []) is None
    True
    """
    by = _BY.search(text)
    if by:
        claim = _claimant_after(text, by, actors)
        if claim:
            return claim
    for verb in _VERB.finditer(text):
        inverted = re.search(r"[,\"”’]\s*$", text[: verb.start()])  # '..., said Budanov'
        claim = _claimant_before(text, verb, actors) or (
            _claimant_after(text, verb, actors) if inverted else None
        )
        if claim:
            return claim
    return None


def event_status(clause: str, trigger_offset: int) -> str:
    """PLOVER status of the event whose trigger sits at `trigger_offset` in its clause.

    >>> event_status("12,000 additional troops to be deployed soon", 30)
    'future'
    >>> event_status("North Korea has been supplying ammunition", 21)
    'ongoing'
    """
    before = clause[max(0, trigger_offset - _CUE_WINDOW) : trigger_offset]
    around = clause[max(0, trigger_offset - _CUE_WINDOW) : trigger_offset + 25]
    if _NEGATED.search(before):
        return "negated"
    if _HYPOTHETICAL.search(before):
        return "hypothetical"
    if _FUTURE.search(around):
        return "future"
    if _PERFECT_ONGOING.search(around) or _ONGOING.search(around):
        return "ongoing"
    return "occurred"


def is_open_ended(clause: str, trigger_offset: int) -> bool:
    """True for a perfect progressive ("has been supplying"): ongoing since an unstated time.

    >>> is_open_ended("North Korea has been supplying ammunition", 21)
    True
    """
    around = clause[max(0, trigger_offset - _CUE_WINDOW) : trigger_offset + 25]
    return bool(_PERFECT_ONGOING.search(around))
