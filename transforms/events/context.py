"""What a sentence offers its events, in offsets into the whole text: actors, claims (its own or
those of a following sentence that only names the source), places, quantities and timexes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from transforms.events.actors import NEVER_A_PARTY, find_actors
from transforms.events.claims import Claim, find_claims, points_back, source_pointed_back
from transforms.events.places import event_places, find_places, owns_a_place
from transforms.events.quantities import find_quantities, join_personnel
from transforms.records import Timex
from transforms.sentences import Sentence


def within(span: tuple[int, int], start: int, end: int) -> bool:
    """Whether start:end lies inside span: `within((0, 10), 2, 5)` is True."""
    return span[0] <= start and end <= span[1]


def shift(items: list, offset: int) -> list:
    """Matches found in a sentence, moved to offsets in the whole text.

    >>> from transforms.events.places import PlaceMatch
    >>> shift([PlaceMatch(3, 8, "Kursk", "Kursk", "RUS", "region")], 100)[0].start
    103
    """
    return [replace(i, start=i.start + offset, end=i.end + offset) for i in items]


# a concession's source: "despite warnings from the U.S. and NATO," (the names after "from",
# "by", "of" or "between", and those listed with them: "from the US, Britain and France,"), or
# named before its noun ("Despite Turkish warnings,"); not "Despite a ceasefire Russian troops,
# backed by tanks, attacked"
_NAME = r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?"
_LIST_COMMA = (
    rf",(?=(?:\s*(?:the\s+)?{_NAME}\s*,)*\s*(?:the\s+)?{_NAME}\s*,?\s+(?:and|or)\s+"
    rf"(?:the\s+)?{_NAME}\s*,)"
)
_CONCEDED = re.compile(
    r"(?<!\w)(?:despite|in\s+spite\s+of|notwithstanding)\s+"
    r"(?:(?:[\w'’-]+\s+){1,6}?(?:from|by|of|between)\s+"
    rf"(?:(?:[^,;.]|\.(?=\w|\s+(?:and|or)\b)|{_LIST_COMMA})*?)"
    r"|(?:(?:the|repeated|strong|fierce)\s+)?(?:(?-i:[A-Z])[\w.'’-]*(?:['’]s)?\s+){1,3}"
    r"(?:[\w-]+\s+)?(?:warnings?|objections?|opposition|pressure|criticism|calls|threats?|"
    r"protests?|concerns?|sanctions|condemnation))"
    rf"(?=,)(?!{_LIST_COMMA})",
    re.IGNORECASE,
)


def sentence_context(
    text: str, sentence: Sentence, lang: str | None, people: dict, countries: frozenset[str]
) -> dict:
    """Actors, places, quantities and claims of one sentence, in absolute offsets; `countries`
    are those the article names (whose towns it may name)."""
    local_actors = find_actors(sentence.text, lang, people)
    actors = shift(local_actors, sentence.start)
    claims = shift(find_claims(sentence.text, local_actors, lang), sentence.start)
    places = find_places(sentence.text, lang, countries)
    kept = event_places(sentence.text, places)
    kept_starts = {p.start for p in kept}
    statement_places = [p for p in places if p.start not in kept_starts]
    # "Speaking in Brussels, Rutte said": where a statement is made, not a participant
    locations = {
        a.start + sentence.start
        for a in local_actors
        if any(p.start <= a.start < p.end for p in statement_places)
    }
    # the independent press reports events, it takes no part in them ("told The New York Times");
    # state media (KCNA, TASS) speak for their state and stay parties
    event_actors = [
        a
        for a in actors
        if not any(within((c.start, c.end), a.start, a.end) for c in claims)
        and a.start not in locations
        and a.sector not in NEVER_A_PARTY
    ]
    return {
        "all_actors": actors,
        "actors": event_actors,
        "place_owners": {
            a.start + sentence.start
            for a in local_actors
            if owns_a_place(sentence.text, a.start, a.end, places)
        },
        "places": shift(kept, sentence.start),
        "quantities": shift(
            join_personnel(find_quantities(sentence.text), sentence.text), sentence.start
        ),
        "claims": claims,
        # "Despite warnings from the US and NATO, Russia and North Korea have denied": who stands
        # in a concession takes no part in the clause's deed (`extract` keeps them for a deed
        # inside it)
        "conceded": [
            (m.start() + sentence.start, m.end() + sentence.start)
            for m in _CONCEDED.finditer(sentence.text)
        ],
    }


def timexes_within(timexes: list[Timex], starts: list[int], sentence: Sentence) -> list[Timex]:
    """The timexes (sorted by start) that begin inside the sentence, found by bisection.

    Scanning every timex of the article for every sentence made long documents quadratic.
    """
    first = bisect_left(starts, sentence.start)
    last = bisect_left(starts, sentence.end, lo=first)
    return timexes[first:last]


def claims_pointing_back(following: Sentence | None, shared: dict) -> list[Claim]:
    """The source named by a following sentence that only names it ("This was reported by
    Budanov", "Об этом сообщил Буданов"), which then is the claim of the sentence before it."""
    opener = points_back(following.text, shared["lang"]) if following else None
    if opener is None:
        return []
    actors = find_actors(following.text, shared["lang"], shared["people"])
    source = source_pointed_back(following.text, opener, sorted(actors, key=lambda a: a.start))
    claims = [source] if source else find_claims(following.text, actors, shared["lang"])
    return shift(claims, following.start)
