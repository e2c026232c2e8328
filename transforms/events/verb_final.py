"""Who acts and who is acted on where the verb comes last: Korean and Telugu mark roles with
particles or postpositions after the noun, and German puts the verb last in a clause after
"dass" or an auxiliary.

>>> from transforms.events.actors import ActorMatch
>>> t = "우크라이나군이 북한군 2명을 생포했다"
>>> korean_case(t, ActorMatch(0, 5, "우크라이나", "UKR", None, "alias"))
'subject'
"""

from __future__ import annotations

import re

from transforms.events.actors import ActorMatch
from transforms.events.claims import Claim
from transforms.events.lexicon import FORCES_NOUN_KO
from transforms.events.ontology import Trigger
from transforms.events.place_use import is_ally_use, is_place_use
from transforms.language import base_language

# Korean marks roles with particles after the noun (and its 군/측 "army/side" suffix and a
# count): subject 이/가/은/는, object 을/를 ("북한군 2명을"), place 에/에서/로.
# "북한 특수부대가": the forces noun between the country and its particle
_KO_FORCES = rf"(?:군|측|정부|당국|\s*{FORCES_NOUN_KO})"


_KO_SUBJECT = re.compile(rf"^{_KO_FORCES}?(?:이|가|은|는)(?!\w)")


# ", 일본, ..." or ", 일본 및 ...": the comma lists names (not "북한군과 교전": fighting with)
_KO_LIST_NEXT = re.compile(r",\s*\S{1,12}?(?:,|\s+및)")


# "러시아, 북한군 파병 요청" (Russia requests a North Korean dispatch): the topic's own act
# follows the event word, and the event is not the topic's
_KO_TOPIC_OWN_ACT = re.compile(r"^\S*\s*(?:요청|규탄|비난|촉구|우려|부인)")


_KO_GENITIVE = re.compile(r"^(?:군)?의\s+(?:\S+(?<![을를에로과와])\s+)?$")


_KO_SUBJECT_PARTICLE = re.compile(rf"^{_KO_FORCES}?(?:이|가)(?!\w)")


_KO_OBJECT = re.compile(r"^(?:군|측)?(?:\s*\d[\d,]*\s*명)?(?:을|를)(?!\w)")


def _is_headline_topic(text: str, actor: ActorMatch) -> bool:
    """A headline names its subject first, then a comma: '국정원 "우크라, 북한군 2명 생포 확인"'
    (NIS: "Ukraine captured two North Korean soldiers"); not the first name of a list ("미국,
    일본, 한국은 ...")."""
    opening = text[max(0, actor.start - 40) : actor.start].rstrip()
    list_follows = _KO_LIST_NEXT.match(text, actor.end)
    return (
        text.startswith(",", actor.end)
        and (not opening or opening[-1] in "\"“'‘")
        and not list_follows
    )


def korean_case(text: str, actor: ActorMatch) -> str | None:
    """'subject' or 'object' from the particle after a Korean actor name, else None.

    >>> t = "우크라이나군이 북한군 2명을 생포했다"
    >>> korean_case(t, ActorMatch(0, 5, "우크라이나", "UKR", None, "alias"))
    'subject'
    >>> korean_case(t, ActorMatch(9, 11, "북한", "PRK", None, "alias"))
    'object'
    """
    after = text[actor.end : actor.end + 12]
    if _KO_SUBJECT.match(after):
        return "subject"
    if _KO_OBJECT.match(after):
        return "object"
    return None


# Telugu marks the target with a postposition after the noun (after a zero-width non-joiner or
# not): "ఉక్రెయిన్‌పై దాడి" (an attack on Ukraine), "...మీద", the object "...ను/ని"; the doer is
# unmarked and comes first (subject-object-verb).
_TE_TARGET = re.compile(r"^\u200c?(?:పై|మీద|ను|ని)(?!\w)")


def telugu_roles(
    text: str, actors: list[ActorMatch], lang: str | None
) -> tuple[ActorMatch, ActorMatch] | None:
    if base_language(lang) != "te":
        return None
    targets = [a for a in actors if _TE_TARGET.match(text[a.end : a.end + 8])]
    doers = [a for a in actors if a not in targets and not is_place_use(text, a, lang)]
    if targets and doers and doers[0].code != targets[0].code:
        return doers[0], targets[0]
    return None


def korean_roles(
    text: str, actors: list[ActorMatch], trigger: Trigger, lang: str | None
) -> tuple[ActorMatch, ActorMatch] | None:
    subjects = [a for a in actors if korean_case(text, a) == "subject"]
    objects = [a for a in actors if korean_case(text, a) == "object"]
    if subjects and objects and subjects[-1].code != objects[0].code:
        return subjects[-1], objects[0]
    # a headline drops the object particle too: "우크라, 북한군 2명 생포"
    own_act = _KO_TOPIC_OWN_ACT.match(text[trigger.end : trigger.end + 20])
    if base_language(lang) != "ko" or own_act:
        return None
    topics = [a for a in actors if _is_headline_topic(text, a)]
    unmarked = [
        a
        for a in actors
        if topics
        and a.start > topics[0].end
        and not korean_case(text, a)
        and not is_place_use(text, a, lang)
    ]
    if topics and unmarked and unmarked[0].code != topics[0].code:
        return topics[0], unmarked[0]
    return None


def korean_subject(
    text: str, actors: list[ActorMatch], trigger: Trigger, claim: Claim | None
) -> ActorMatch | None:
    """The last actor the Korean subject particle 이/가 marks before the trigger, other than the
    claim's source: "국정원은 ... 북한이 ... 병력을 우크라이나 전쟁에 파병하기로" (North Korea
    sends). The topic particle 은/는 marks who reports as often as who acts ("국정원은 ...
    밝혔다"), so it decides nothing here."""
    subjects = [
        a
        for a in actors
        if _KO_SUBJECT_PARTICLE.match(text[a.end : a.end + 12])
        and not (claim and claim.start <= a.start < claim.end)
    ]
    # "북한의 러시아 파병": the name in the genitive just before the event word owns the deed,
    # unless a subject particle names the doer ("우크라이나군이 러시아의 정유시설을 공격했다")
    owners = [
        a
        for a in actors
        if trigger.start - a.end <= 30 and _KO_GENITIVE.match(text[a.end : trigger.start])
    ]
    return subjects[-1] if subjects else owners[-1] if owners else None


# German puts the verb last in a clause after "dass", "weil", ... and the participle last after
# an auxiliary: its subject is the first actor of the clause (after the conjunction), not the one
# nearest the verb ("dass Nordkorea rund 12.000 Soldaten zur Unterstützung von Russlands
# Angriffskrieg entsendet": North Korea sends; "Russland hat ... nordkoreanische Soldaten
# eingesetzt": Russia deploys)
_DE_SUBORDINATOR = re.compile(r"(?:^|,)\s*(?:dass|weil|ob|wenn|nachdem|obwohl|damit|während)\s")


# the verb, then its auxiliaries, end the clause: "... nach Kursk verlegt hat."
_CLAUSE_END_AFTER = re.compile(
    r"(?:\s+(?:hat|haben|habe|hatte|hatten|ist|sind|sei|war|waren|wurde|wurden|worden|werden|"
    r"wird|soll|sollen|kann|könnte|könnten))*\s*(?:[,.;:!?\"“”»)]|$)"
)


def german_clause_subject(
    text: str, actors: list[ActorMatch], trigger: Trigger, claim: Claim | None, lang: str | None
) -> ActorMatch | None:
    if base_language(lang) != "de" or not _CLAUSE_END_AFTER.match(text, trigger.end):
        return None
    window_start = max(0, trigger.start - 300)
    conjunctions = list(_DE_SUBORDINATOR.finditer(text, window_start, trigger.start))
    opened = conjunctions[-1].end() if conjunctions else 0
    inside = [
        a
        for a in actors
        if a.start >= opened
        and not is_place_use(text, a, lang)
        and not is_ally_use(text, a)
        and not (claim and claim.start <= a.start < claim.end)
    ]
    return inside[0] if inside else None
