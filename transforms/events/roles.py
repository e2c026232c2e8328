"""Who did what to whom: actor 1 and actor 2 of an event from the actors named in its clause.

Word order decides most cases (the actor before the trigger acts, the one after receives), with
four corrections: the agent of a passive ("were attacked by Ukraine") is the one acting; a country
named as a place ("in Russia", "Russia's Kursk region") or as the side someone fights for ("on
the side of Russia") is not the one doing the deed; the receiver of a deployment may well be that
place; and for casualties ("300 soldiers were killed") the other side is the agent after "by",
else the source of the figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.events.actors import TITLE, ActorMatch
from transforms.events.claims import Claim
from transforms.events.lexicon import (
    AND_THE_SAME_SUBJECT,
    CALL_FOR,
    FORCES_NOUN,
    FORCES_NOUN_GENITIVE_RU_UK,
    FORCES_NOUN_ROMANCE,
    GERUND,
    NAME_POSSESSIVE,
    ORIGIN_CUE,
    PAST_VERB,
    SPEECH_ACT_PARTICIPLE,
    names_a_war,
)
from transforms.events.ontology import Trigger
from transforms.events.place_use import (
    POSSESSIVE,
    is_ally_use,
    is_place_use,
    names_forces,
    text_before,
)
from transforms.events.verb_final import (
    german_clause_subject,
    korean_roles,
    korean_subject,
    telugu_roles,
)
from transforms.language import base_language

# the agent of a passive: "were attacked by Ukraine", "foi atacado por", "fue atacado por",
# "a été attaqué par", "diserang oleh"
_BY = re.compile(
    r"\b(?:by|attributed\s+to|blamed\s+on|por|pel[ao]s?|par|oleh)\s+"
    r"(?:(?:the|as|os|la|las|los|les)\s+|l')?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_AUXILIARY = re.compile(
    r"\b(?:was|were|been|being|be|is|are|foi|foram|sido|fue|fueron|été|est|sont)\s+"
    r"(?:\w+(?:ly|mente)\s+)?$",
    re.IGNORECASE,
)
# the other side of a fight, named after the trigger: "fighting with Ukrainian troops"
_ENEMY_CUE = re.compile(r"\b(?:with|against)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "готові воювати проти України", "se battre contre l'Ukraine", "the uprising against (the rule
# of) President Assad", "bombings targeting the Australian embassy": the side fought, risen
# against or aimed at, in any language
_AGAINST = re.compile(
    r"(?<!\w)(?:against|targeting|targetting|targeted|aimed\s+at|contre|contra|contro|gegen|"
    r"проти|против|melawan|protiv)\s+"
    r"(?:(?:the|la|le|les|die|den|der|il|el|a|o)\s+|l['’])?"
    rf"(?:(?:rule|regime|government)\s+of\s+(?:the\s+)?)?(?:{TITLE}\s+|(?:Mr|Mrs|Ms)\.?\s+)?$",
    re.IGNORECASE,
)
_AGAINST_US = re.compile(r"\s+against\s+(?:us|our)\b")  # lower case: not "against US forces"
# "an attack by Russia", "air strikes attributed to Israel": who carried it out
_NOUN_BY = re.compile(r"\s+(?:by|attributed\s+to|blamed\s+on)\s", re.IGNORECASE)
_FIGHTING = {"ASSAULT", "COERCE"}
# deployments and withdrawals: forces moved by their own side ("were sent", troops "received"
# go to the receiver)
_MOVING_FORCES = {"MOBILIZE", "RETREAT"}
_FIRED_FROM = re.compile(r"\s+from\s+(?:the\s+|neighbou?ring\s+)?", re.IGNORECASE)
_LAUNCHED = re.compile(
    r"\b(?:launch|carr(?:y|ied|ies)\s+out|mount|stag|conduct|beg[au]n|start|step(?:ped|s)?\s+up)"
    r"\w*\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_VENUE_WORDS = r"in|at|near|inside"
_VENUE_CUE = re.compile(rf"\b(?:{_VENUE_WORDS})\s+(?:the\s+)?$", re.IGNORECASE)
# ... or "the North Korean military", when a deployment names what it sends
_FORCES_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{FORCES_NOUN}|military)\b", re.IGNORECASE)
DESTINATION_REACH = 80  # characters after a deployment word where its destination is named


# "the plan calls for Damascus to pull back": the one asked to do the deed, no ally
_CALL_FOR = re.compile(rf"{CALL_FOR}\s+(?:the\s+)?$", re.IGNORECASE)
_TO_DO = re.compile(r"(?:\s*['’]s)?(?:\s+[\w-]+){0,2}?\s+to\s+(?:\w+ly\s+)?")


def _called_on_to_do(text: str, actor: ActorMatch, trigger: Trigger) -> bool:
    return bool(
        _CALL_FOR.search(text_before(text, actor))
        and _TO_DO.fullmatch(text, actor.end, trigger.start)
    )


def _agent_after_by(text: str, actors: list[ActorMatch], trigger: Trigger) -> ActorMatch | None:
    return next(
        (
            a
            for a in actors
            if a.start >= trigger.end and _BY.search(text[trigger.end : a.start][-24:])
        ),
        None,
    )


_IN_OR_TO = re.compile(rf"\b(?:{_VENUE_WORDS}|to|into|from)\s+(?:the\s+)?$", re.IGNORECASE)


# "North Korean troops, fighting alongside the Russian army against Ukraine, were withdrawn": a
# participle between commas describes the subject before it, whose verb comes after
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:\w+ly\s+)?[a-z]\w+ing\b[^,;.]{0,150},\s*")


def _outside_an_aside(text: str, before: list[ActorMatch], trigger: Trigger) -> list[ActorMatch]:
    """The actors before the trigger, less those inside a participial aside that follows one."""
    asides = list(_PARTICIPLE_ASIDE.finditer(text, before[0].end, trigger.start))
    aside = asides[-1] if asides else None
    if aside is None or re.search(r"[,;]", text[aside.end() : trigger.start]):
        return before  # the aside must lead up to the verb ("..., were withdrawn")
    kept = [a for a in before if not aside.start() <= a.start < aside.end()]
    return kept if kept and kept[-1].end <= aside.start() else before


# "Russia, a key ally of Syria, vetoed", "Nato, of which Turkey is a member, convened": an aside
# or a relative clause after a name describes it, and a country it names takes no part in the deed
_ASIDE_AFTER_A_NAME = re.compile(
    r"\s*,\s+(?:a|an|the|its|his|her|their|one"
    r"|(?:(?:of|in|to|with|for|from)\s+)?(?:which|whom|whose|who))\s+[^,;:]{1,80}?,(?=\s)",
    re.IGNORECASE,
)


# ... a name that opens its clause or follows a comma: not "Backed by Iran, the Syrian army,
# supported by Hezbollah, attacked" or "in Syria, a bus carrying Turkish pilgrims, has come under
# attack" (the subject comes after the name)
_LEAD_IN = (
    r"\s*(?:(?:but|and|yet|so|meanwhile|however|now|also|earlier|later|"
    r"(?:on|last|this|early|late)\s+\w+(?:\s+\w+)?)\s+)?(?:the\s+)?"
)
_OPENS_ITS_CLAUSE = re.compile(_LEAD_IN, re.IGNORECASE)
_AFTER_A_COMMA = re.compile(rf",{_LEAD_IN}$", re.IGNORECASE)


def _leads_its_clause(text: str, actor: ActorMatch, clause_start: int) -> bool:
    return bool(
        _OPENS_ITS_CLAUSE.fullmatch(text, clause_start, actor.start)
        or _AFTER_A_COMMA.search(text, max(clause_start, actor.start - 60), actor.start)
    )


def outside_appositives(
    text: str, actors: list[ActorMatch], trigger: Trigger, clause_start: int = 0
) -> list[ActorMatch]:
    """The actors, less those inside an appositive about a name that opens the clause before the
    trigger (all of the clause's actors; `_outside_an_aside` drops a participial aside from the
    doers before the trigger only).

    >>> t = "Russia, a key ally of Syria, vetoed it"
    >>> from transforms.events.ontology import Trigger
    >>> a = [ActorMatch(0, 6, "Russia", "RUS", None, "country"),
    ...      ActorMatch(22, 27, "Syria", "SYR", None, "country")]
    >>> vetoed = Trigger(29, 35, "vetoed", "REJECT", None, "")
    >>> [x.code for x in outside_appositives(t, a, vetoed)]
    ['RUS']
    """
    asides = [
        (actor.end, found.end())
        for actor in actors
        if actor.end <= trigger.start
        and _leads_its_clause(text, actor, clause_start)
        and (found := _ASIDE_AFTER_A_NAME.match(text, actor.end))
        and found.end() <= trigger.start
    ]
    return [a for a in actors if not any(start <= a.start and a.end <= e for start, e in asides)]


def _first_actor(
    text: str, actors: list[ActorMatch], trigger: Trigger, lang: str | None
) -> ActorMatch | None:
    """The doer: the subject right before a gerund ("North Korea sending"), else the nearest
    before the trigger that is not a place or an ally, else the first after (in English only one
    a word marks as the doer), never the side the doer fights for ("kämpften an der Seite
    russischer Soldaten" names no doer) and a place only for a protest (its people)."""
    allies = [
        a for a in actors if is_ally_use(text, a) and not _called_on_to_do(text, a, trigger)
    ]
    gerund_subject = GERUND.match(trigger.text) and next(
        (
            a
            for a in actors
            if a not in allies
            and text[a.end : trigger.start] == " "
            and not _IN_OR_TO.search(text_before(text, a))
        ),
        None,
    )
    if gerund_subject:  # "worries about the potential of North Korea sending more troops"
        return gerund_subject
    doers = [a for a in actors if not is_place_use(text, a, lang) and a not in allies]
    # "the war against Iraq ... before the invasion": the side fought against does not do it
    before = [
        a
        for a in doers
        if a.end <= trigger.start and not _AGAINST.search(text, max(0, a.start - 40), a.start)
    ]
    after = [
        a
        for a in doers
        if a.start >= trigger.end and not _AGAINST.search(text, max(0, a.start - 40), a.start)
    ]
    if before and _JUDGED_FOR.search(text, before[-1].end, trigger.start):
        return None  # "the government blamed al-Qaeda for the bomb attacks": a judge, no doer
    relative = (
        before
        and trigger.role != "casualty"  # ("the Korean soldiers who died": the toll's victims)
        and _RELATIVE_SUBJECT.search(text, max(before[-1].end, trigger.start - 60), trigger.start)
    )
    if relative and _VERB_OR_DETERMINER.search(text, before[-1].end, relative.start("noun")):
        return None  # "detainees today blamed superiors who had called for a crackdown": the
        # relative clause's own subject is a noun of no side after a verb or a determiner (not
        # "Syrian forces that attacked", "Syrian army and security forces who shelled Homs")
    if (
        before
        and PAST_VERB.fullmatch(trigger.text.split()[0])
        and _OWN_SUBJECT_CLAUSE.search(text, before[-1].end, trigger.start)
    ):
        return None  # "Lebanese citizens were caught up when warplanes struck Azaz", "relations
        # between Syria and Turkey were strained before the F-4 was shot down": the clause
        # names its own subject, whose side it does not say
    if before and (
        (
            AND_THE_SAME_SUBJECT.search(text, before[-1].end, trigger.start)
            and PAST_VERB.fullmatch(trigger.text.split()[0])
            and not _NOUN_BY.match(text, trigger.end)  # "tortured and killed by British forces"
        )
        or (
            SPEECH_ACT_PARTICIPLE.match(trigger.text)
            and _AFTER_A_COMMA.search(text, max(before[-1].end, trigger.start - 4), trigger.start)
        )
    ):
        # "Mr Lavrov congratulated Iraq on the vote and urged Iran to stop", "Ban spoke to Assad
        # by telephone, urging him to stop": the second verb's doer is the first's subject, never
        # its object
        subjects = [a for a in before if not OBJECT_OF_A_VERB.search(text_before(text, a))]
        return subjects[0] if subjects else None
    if len(before) > 1 and _purpose_of_a_contact(text, before[-2], before[-1], trigger):
        # "Turkey summoned Syria's envoy to demand a halt", "Bush phoned Berlusconi to promise
        # an investigation": who summons or phones someone does what it is for (not "called",
        # which may ask the one called to do it)
        return before[-2]
    if before:
        subject = _subject_of_the_list(text, before, trigger)
        if subject:
            return subject
        kept = _outside_an_aside(text, before, trigger)
        last = kept[-1]
        if (
            last.kind == "demonym"
            and PAST_VERB.fullmatch(trigger.text.split()[0])
            and _GERUND_BEFORE.search(text_before(text, last))
            # (not the subject of a relative clause: "arming Syrian forces that attacked Homs")
            and not _RELATIVE_PRONOUN.search(text, last.end, trigger.start)
        ):
            # "soldiers facing charges of abusing Iraqi detainees today blamed": the people a
            # gerund acts on are not the subject of the verb after them
            earlier = reversed(kept[:-1])
            subjects = (a for a in earlier if not OBJECT_OF_A_VERB.search(text_before(text, a)))
            return next(subjects, None)
        return kept[-1]
    if base_language(lang) == "en" and kills_whom(text, trigger):
        return None  # "killing innocent Iraqis": the victims, and their killer goes unnamed
    if base_language(lang) == "en" and trigger.role != "casualty":
        # an agent may be a place name ("air strikes attributed to Israel")
        agents = [
            a
            for a in actors
            if trigger.end <= a.start <= trigger.end + _PARTY_REACH and a not in allies
        ]
        marked = [a for a in agents if _marked_as_doer(text, a, trigger, a in after)]
        if after and not marked:
            return None  # only the one acted upon is named ("visiting the Turkish camps")
        after = marked
    if after:
        return after[0]
    # a place is where, not who: "Across Syria, 24 people were killed", "Speaking in Indonesia,
    # he warned", "techniques used by Hezbollah in Lebanon were seen in roadside bombs in Iraq";
    # but people protesting in a country are its people ("protests in Syria")
    if trigger.event_type != "PROTEST":
        return None
    places = [a for a in actors if a not in allies]
    if base_language(lang) == "en":  # "protest in London against the Iraq war": where, not why
        places = [
            a for a in places if a.end <= trigger.start and _WITHIN.search(text_before(text, a))
        ]
    return places[0] if places else None


_CONTACTED = re.compile(
    r"\b(?:phoned|telephoned|rang|visited|met|summoned|contacted|wrote\s+to)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}$",
    re.IGNORECASE,
)
_SUBJECT_GAP = re.compile(r"(?:\s*['’]s)?(?:\s+[\w-]+){0,3}?\s+")
_TO_ITS_PURPOSE = re.compile(
    r"(?:\s*['’]s\s+[a-z]+)?\s+to\s+(?:[a-z-]+\s+){0,3}", re.IGNORECASE
)


def _purpose_of_a_contact(
    text: str, contacter: ActorMatch, contacted: ActorMatch, trigger: Trigger
) -> bool:
    contact = _CONTACTED.search(text, max(0, contacted.start - 40), contacted.start)
    return bool(
        contact
        and _TO_ITS_PURPOSE.fullmatch(text, contacted.end, trigger.start)
        # (the subject of the contact verb, right before it: not "After talks with Russia,
        # the ministry summoned")
        and _SUBJECT_GAP.fullmatch(text, contacter.end, contact.start())
    )


# "The EU has frozen the assets of Syrian officials, placed sanctions on Syria": a predicate of a
# list, after a comma, goes on with the subject of the first, not with the object before it
_NEXT_PREDICATE = re.compile(r",\s+(?:and\s+)?(?-i:[a-z]+ed)\s+(?:[\w'’-]+\s+){0,3}$")
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|on|to|against|with|for|from|in|by|at)\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)


# a name right after a verb (not one that reports: "said North Korean troops crossed") or a
# preposition is its object
# (a verb after a word that is no -ly adverb: "Armed Syrian rebels", "Heavily armed rebels" open
# a subject)
OBJECT_OF_A_VERB = re.compile(
    r"(?:(?<=[a-z] )(?<!\bthe )(?<!\ban )(?<!\ba )(?:\w+ly\s+|(?<!ly ))"
    r"(?!(?:said|claimed|reported|stated|added|announced|confirmed|warned|"
    r"believed|thought|estimated|insisted|argued|noted|suggested|denied|acknowledged|admitted|"
    rf"feared)\b){PAST_VERB.pattern}|\b(?:of|on|to|into|against|with|for|from|in|by|at))\s+"
    r"(?:(?:the|an?|its|their|his|her|two|three|four|five|several|\d[\d,]*)\s+)?$",
    re.IGNORECASE,
)


def _subject_of_the_list(
    text: str, before: list[ActorMatch], trigger: Trigger
) -> ActorMatch | None:
    if len(before) < 2 or not _NEXT_PREDICATE.search(text, before[-1].end, trigger.start):
        return None
    subjects = [
        a for a in before if not _OBJECT_BEFORE.search(text, max(0, a.start - 16), a.start)
    ]
    return subjects[0] if subjects and subjects[0] is not before[-1] else None


_AFTER_A_COMMA = re.compile(r",\s*$")
# a verb or a determiner between a side and a relative clause's noun (not "-led", "armed",
# "allied" before a forces noun: adjectives of its name)
_VERB_OR_DETERMINER = re.compile(
    r"(?<![\w-])(?:the|a|an|this|that|these|those|their|its|his|her|"
    rf"(?!(?:armed|allied|united|hundred)\b){PAST_VERB.pattern})\s",
    re.I,
)
# a relative clause's noun right before the deed: "superiors who had called for a crackdown"
_RELATIVE_SUBJECT = re.compile(
    r"(?<!\S)(?P<noun>[a-z][\w-]*)\s+(?:who|that|which)\s+"
    r"(?:(?:had|has|have|was|were|is|are|also)\s+)*$"
)
# a clause opened after the name, with a subject of its own right before its past-tense verb:
# "when warplanes struck", "after gunmen attacked" (not "after heavy losses"; a pronoun stands
# for someone named before)
_OWN_SUBJECT_CLAUSE = re.compile(
    r"\b(?:when|after|as|because|before|until|while)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?!(?:he|she|it|they|we|i)\s)(?:(?-i:[a-z][\w-]*)|(?-i:[A-Z]+-?\d+\w*))\s+"
    r"(?:(?:have|has|had|were|was)\s+)?$",
    re.IGNORECASE,
)
_WITHIN = re.compile(
    r"\b(?:in|across|inside|throughout)\s+(?:the\s+)?(?:[a-z]+(?:ern|ed)\s+)?$", re.IGNORECASE
)


# the deed someone is blamed or praised for is not the judge's: "Damascus blamed al-Qaeda for the
# bombings", "accused Russia of sending troops"
_JUDGED_FOR = re.compile(
    r"\b(?:blam\w*|accus\w*|condemn\w*|critici[sz]\w*|denounc\w*|prais\w*|thank\w*|"
    r"credit\w*|punish\w*)\b[^,;.]*\b(?:for|of)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


# English names the doer before an active verb; after the trigger it names the one acted upon
# ("called on Damascus to stop", "warned the US not to intervene", "the invasion of Iraq") unless
# a word marks the doer: "killed by Syrian forces", "clashes between Syrian troops and rebels",
# "the deployment of North Korean troops", "the involvement of North Korea", "troops from Chad"
_DOER_MARK = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
# ... except for those a place is freed from: "the region has been liberated from Ukrainian forces"
_FREED_FROM = re.compile(r"liberat|freed|clear|recaptur|captur|retak|seiz", re.IGNORECASE)
_FROM_MARK = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_GIVING = {"AID", "SUPPORT"}
# the words between a verb and its object, no preposition among them: "help | a four-year-old |"
_DIRECT_OBJECT = re.compile(
    r"\s+(?:(?!(?:with|between|and|from|by|of|to|for|in|on|at|as)\b)[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
_VISIT = re.compile(r"visit", re.IGNORECASE)
_VISITING_WHO = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# (... nor one told to do it: "allowing the Jordanian-born al-Zarqawi to launch attacks")
_RELATIVE_PRONOUN = re.compile(r"\b(?:that|who|which|to)\b", re.IGNORECASE)
# (a verb after a preposition, "charges of abusing", not an adjective or a noun: "a leading
# Iraqi trade unionist", "On Sunday evening Turkish jets", "During heavy fighting Syrian troops")
_GERUND_BEFORE = re.compile(
    r"\b(?:of|for|by|from|after|before|while|about|in)\s+(?-i:[a-z]+ing)\s+"
    r"(?:the\s+|their\s+|its\s+)?$",
    re.IGNORECASE,
)
_THAT_CLAUSE = re.compile(r"\bthat\b", re.IGNORECASE)
_MARK_REACH = 40  # characters: "strikes attributed to Israel", not "... sovereignty by Ukraine"
_PARTY_REACH = 150  # characters after the trigger where its parties are named
_OF_MARK = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


_OBJECTS_BY = re.compile(
    r"\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){1,3}by\s", re.IGNORECASE
)


def _marked_as_doer(text: str, actor: ActorMatch, trigger: Trigger, is_party: bool) -> bool:
    between = text[trigger.end : actor.start]
    if (
        len(between) <= _MARK_REACH
        and _BY.search(between[-24:])
        # (not the "by" of the verb's object: "he rejected a proposal by the EU presidency")
        and not (PAST_VERB.fullmatch(trigger.text.split()[0]) and _OBJECTS_BY.match(between))
    ):
        return True
    if not is_party:  # a place is a doer only as an agent ("attributed to Israel")
        return False
    if trigger.text.lower().endswith(" to"):
        return False  # "Gulf states agreed to pay Free Syrian Army fighters": the deed's object
    if _VISIT.match(trigger.text) and not (
        trigger.text.lower() == "visiting"
        and _VISITING_WHO.search(text, max(0, trigger.start - 8), trigger.start)
    ):
        # "visiting Cuba, Guatemala": the hosts; only "by" or "of" names the visitor ("the
        # visit of Lavrov to Damascus"), or "visiting" as a word for them ("the visiting UN
        # observers", "a visiting Iraqi army general")
        return bool(_OF_MARK.match(between))
    if trigger.event_type in _MUTUAL_TYPES:  # those who meet or agree are all parties of this
        # clause, but not the agent of a later verb ("his visit had been disrupted by Israel"),
        # nor the one helped ("to help a four-year-old Iraqi girl")
        return (
            not _ANOTHER_CLAUSE.search(between)
            and not _BY.search(between[-24:])
            and not (trigger.event_type in _GIVING and _DIRECT_OBJECT.fullmatch(between))
        )
    if len(between) <= _MARK_REACH and (
        # ... of this clause: not "concerns that military cooperation between Russia and North
        # Korea has escalated"
        (
            _DOER_MARK.search(between[-16:])
            and not _THAT_CLAUSE.search(between)
            and not (_FREED_FROM.match(trigger.text) and _FROM_MARK.search(between[-16:]))
        )
        # either side of a fight is a party: "the first battles with North Korean soldiers"
        or (_MUTUAL_TRIGGER.search(trigger.text) and _ENEMY_CUE.search(between[-24:]))
        # the forces a deployment or a withdrawal moves are their own side's: "sent North
        # Korean troops", "the decision to withdraw North Korean forces"
        or (
            trigger.event_type in _MOVING_FORCES
            and names_forces(text, actor)
            # not the enemy: "deploy into combat against Ukrainian forces"
            and not _ENEMY_CUE.search(between[-24:])
        )
    ):
        return True
    if _OF_MARK.match(between):  # "the arrival of North Korean troops", "involvement of Russia"
        return trigger.role in ("state", "gathering") or names_forces(text, actor)
    return False


# "The fighting comes as Iran prepares", "no fighting so far, but America says": a conjunction or
# a verb before the name opens a clause whose subject it is
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:as|while|when|after|before|because|since|which|who|that|where|until|if|but|comes?|"
    r"came|says?|said)\b",
    re.IGNORECASE,
)


def _object_of(
    text: str, actors: list[ActorMatch], trigger: Trigger, lang: str | None
) -> ActorMatch | None:
    """In English, the party an active verb acts upon when its doer goes unnamed ("the league
    called on Damascus": Damascus is actor 2 of a demand whose maker the text does not name)."""
    if base_language(lang) != "en" or (
        trigger.role == "casualty" and not kills_whom(text, trigger)
    ):
        return None
    return next(
        (
            a
            for a in actors
            if trigger.end <= a.start <= trigger.end + _PARTY_REACH
            and (not is_place_use(text, a, lang) or TAKEN.match(text, trigger.start, a.start))
            and not is_ally_use(text, a)  # "alongside Russian forces": on the doer's side
            and not _BY.search(text[trigger.end : a.start][-24:])  # the agent of another verb
            and not _ANOTHER_CLAUSE.search(text, trigger.end, a.start)
            # "Before the invasion began, the head of US central command": another clause
            and not _CLAUSE_PUNCTUATION.search(text, trigger.end, a.start)
        ),
        None,
    )


_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\u2013\u2014]")
# "the invasion of Afghanistan", "the invasion and occupation of Iraq": the place a taking noun
# names is its target
_TAKING_NOUN = r"(?:invasion|incursion|occupation|annexation|siege|shelling|bombing|bombardment)"
TAKEN = re.compile(
    rf"{_TAKING_NOUN}(?:\s+and\s+{_TAKING_NOUN})?\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


# "the dispatch of the North Korean military to Russia": whose forces a deployment noun names
_FORCES_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)
# the endings of Russian and Ukrainian deployment nouns: переброска, присутствие, відправлення
_SLAVIC_NOUN_ENDING = re.compile(r"(?:к[аеиу]|и[еяюи]|нн[яіюи]|ність|ності)$", re.IGNORECASE)
# "переброска военнослужащих КНДР", "присутствие северокорейских солдат": the genitive names them
_FORCES_OF_BY_LANGUAGE = {
    code: re.compile(rf"\s+(?:{FORCES_NOUN_GENITIVE_RU_UK}\s+)?", re.IGNORECASE)
    for code in ("ru", "uk")
}
# "Russia's planned deployment of North Korean troops": the possessor deploys them
_OWNED_NOUN = re.compile(rf"{NAME_POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}$")


# "Syria's decision to shoot down the F-4 Phantom": the possessor of a decision does the deed
_DECISION_TO = re.compile(
    r"\s*['’]s\s+(?:[\w-]+\s+)?(?:decision|plan|attempt|move|bid|readiness|willingness|"
    r"order)\s+to\s+$",
    re.IGNORECASE,
)


def _decider(
    text: str, actors: list[ActorMatch], trigger: Trigger, lang: str | None
) -> ActorMatch | None:
    if base_language(lang) != "en" or trigger.role == "casualty":
        return None
    return next(
        (
            a
            for a in actors
            if trigger.start - 40 <= a.end <= trigger.start
            and _DECISION_TO.fullmatch(text, a.end, trigger.start)
        ),
        None,
    )


_SENDING = re.compile(r"(?:sen[dt]|deploy|dispatch|mov|transfer)", re.IGNORECASE)
# ("the movement of North Korean soldiers" names whose they are)
_PREPOSITION = re.compile(
    r"\b(?:against|with|alongside|towards?|on|into|to|at|for)\s+(?:the\s+)?$", re.I
)


def _deployed_forces(
    text: str, actors: list[ActorMatch], trigger: Trigger, lang: str | None = None
) -> ActorMatch | None:
    """The country whose forces a deployment noun names right after "of" (Russian and Ukrainian:
    in the genitive right after it), when no possessor before the noun deploys them: the
    sender, whoever reports it."""
    owner_window = max(0, trigger.start - 60)
    if trigger.event_type != "MOBILIZE" or _OWNED_NOUN.search(text, owner_window, trigger.start):
        return None
    genitive = _FORCES_OF_BY_LANGUAGE.get(base_language(lang))
    if genitive and not _SLAVIC_NOUN_ENDING.search(trigger.text):
        return None  # "КНДР отправила России ...": after a verb, the country is where they go
    of = (genitive or _FORCES_OF).match(text, trigger.end)
    named_after = next((a for a in actors if of and a.start == of.end()), None)
    if (
        named_after
        or any(a.end <= trigger.start for a in actors)
        or not _SENDING.match(trigger.text)
    ):
        return named_after
    # "The king sent Saudi troops to Bahrain": the forces a sending phrase names, when no one
    # before it sends them, are sent by their own state (not "to prepare Iraqi forces": whoever
    # prepares them is another; nor "moved against Syrian troops", whom the move is against)
    return next(
        (
            a
            for a in actors
            if trigger.start < a.start
            and a.end < trigger.end
            and not _PREPOSITION.search(text, max(trigger.start, a.start - 20), a.start)
        ),
        None,
    )


# "the capture of two North Korean soldiers", "took 2 North Koreans prisoner": who is seized
_COUNT_WORD = (
    r"(?:the|its|their|these|those|two|three|several|dozens|more|first|\d[\d,]*|"
    r"due|tre|deux|trois|dos|tres|zwei|drei)"
)
# "la cattura di due soldati nordcoreani", "la capture de deux soldats nord-coréens"
_CAPTIVE_GAP = re.compile(
    # ... and Korean "생포된 북한군" (captured North Korean soldiers)
    rf"(?:된|당한)?[\s,]+(?:(?:of|di|dei|degli|de|des|del|von|der)\s+)?(?:{_COUNT_WORD}\s+){{0,3}}"
    rf"(?:(?:[\w-]+\s+)?{FORCES_NOUN}\s+(?:from|of)\s+(?:the\s+)?|{FORCES_NOUN_ROMANCE}\s+)?",
    re.IGNORECASE,
)


def _captive(text: str, actors: list[ActorMatch], trigger: Trigger) -> ActorMatch | None:
    """Who a seizure seizes, named right after it: "the capture of North Korean soldiers",
    "captured North Korean troops", "captured soldiers from North Korea", "prisoners of war,
    these two North Korean soldiers"."""
    if trigger.event_type != "COERCE":
        return None
    after = [a for a in actors if trigger.end <= a.start <= trigger.end + 60]
    return next((a for a in after if _CAPTIVE_GAP.fullmatch(text, trigger.end, a.start)), None)


# "killed in a Ukrainian missile strike", "after Russian shelling": whose attack it was
_ATTACK_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|shelling|bombardment|assault|offensive|fire|"
    r"ambush|counterattack|counteroffensive)\b",
    re.IGNORECASE,
)
_CAUSE_BEFORE = re.compile(
    r"\b(?:in|after|during|by|from|under)\s+(?:an?\s+|the\s+|a\s+series\s+of\s+)?$", re.IGNORECASE
)


def _striker(text: str, actors: list[ActorMatch], trigger: Trigger) -> ActorMatch | None:
    """For victims of a casualty word: the side named as the author of the attack after it."""
    if trigger.role != "casualty":
        return None
    return next(
        (
            a
            for a in actors
            if trigger.end <= a.start <= trigger.end + 60
            and _CAUSE_BEFORE.search(text, max(0, a.start - 25), a.start)
            and _ATTACK_NOUN_AFTER.match(text, a.end, a.end + 40)
        ),
        None,
    )


def _origin_sender(
    text: str, actors: list[ActorMatch], trigger: Trigger, lang: str | None
) -> ActorMatch | None:
    """Where troops are sent from, when no party before the deployment sends them: "a threat of
    sending more soldiers to the Russian army from North Korea"."""
    if trigger.event_type != "MOBILIZE" or any(
        a.end <= trigger.start and not is_place_use(text, a, lang) for a in actors
    ):
        return None
    return next(
        (
            a
            for a in actors
            if a.start >= trigger.end and ORIGIN_CUE.search(text, max(0, a.start - 12), a.start)
        ),
        None,
    )


def _captor(
    text: str,
    actors: list[ActorMatch],
    captive: ActorMatch,
    claim: Claim | None,
    trigger: Trigger,
    lang: str | None,
) -> ActorMatch | None:
    """Who holds the captives: the first party named before the capture, else the one
    announcing it."""
    captors = [
        a
        for a in actors
        if a.code != captive.code
        and a.end <= trigger.start
        and not is_ally_use(text, a)
        and not is_place_use(text, a, lang)
    ]
    if captors:  # the clause's subject: "Le truppe ucraine nella regione russa ... la cattura"
        return captors[0]
    if claim and claim.actor and claim.actor != captive.code:
        return claim.as_actor()
    return None


def pick_actors(
    text: str,
    actors: list[ActorMatch],
    trigger: Trigger,
    claim: Claim | None,
    lang: str | None = None,
) -> tuple[ActorMatch | None, ActorMatch | str | None]:
    """Actor 1 and actor 2 of an event; actor 2 may be the claimant's code (a str).

    >>> from transforms.events.ontology import Trigger
    >>> t = "North Korea sent troops to Russia"
    >>> a = [ActorMatch(0, 11, "North Korea", "PRK", None, "country"),
    ...      ActorMatch(27, 33, "Russia", "RUS", None, "country")]
    >>> sent = Trigger(12, 23, "sent troops", "MOBILIZE", None, "")
    >>> [x.code for x in pick_actors(t, a, sent, None)]
    ['PRK', 'RUS']
    """
    before_trigger = [a for a in actors if a.end <= trigger.start]
    marked = korean_roles(text, before_trigger, trigger, lang) or telugu_roles(
        text, before_trigger, lang
    )
    if marked:
        return marked
    captive = _captive(text, actors, trigger)
    if captive:  # "announced the capture of two North Korean soldiers": the captor is the other;
        # "la captura de soldados norcoreanos (denunciada por Kiev)": an agent named, else nobody
        others = [a for a in actors if a.code != captive.code]
        captor = _captor(text, actors, captive, claim, trigger, lang)
        return captor or _agent_after_by(text, others, trigger), captive
    patient = _passive_patient(text, before_trigger, trigger, lang) or _faces(
        text, before_trigger, trigger, lang
    )
    speaker = _speaker_after_from(text, actors, trigger)
    if speaker and not patient:  # "the starkest warning yet from Mr Annan"
        return speaker, _aimed_at(text, actors, trigger, speaker)
    if patient:  # "Christian Syrians were accused of siding with the regime"
        others = [a for a in actors if a.code != patient.code]
        # ... "sanctions from the League", "warnings from the US": who imposes or gives them
        giver = next(
            (a for a in others if _FROM.fullmatch(text, trigger.end, max(trigger.end, a.start))),
            None,
        )
        if giver and trigger.event_type in _FIGHTING:  # "came under attack from Lebanon"
            giver = _where_fire_comes_from(giver)
        giver = giver or next(
            (a for a in others if patient.end < a.start and a.end <= trigger.start), None
        )
        return giver or _agent_after_by(text, others, trigger), patient
    # "the one vetoed in the Security Council by China and Russia": a participle with its agent
    # and no party before it done to; the agent acts
    if (
        base_language(lang) == "en"
        and trigger.role not in ("casualty", "state", "gathering")
        and trigger.event_type not in _MOVING_FORCES  # forces moved: see below
        and _PARTICIPLE.search(trigger.text.split()[0])
        and _NAMED_AGENT_AFTER.match(text, trigger.end)
        # ... a reduced one: "were attacked by" keeps the subject it was done to (above)
        and not after_a_passive_auxiliary(text, trigger)
    ):
        agent = _agent_after_by(text, actors, trigger)
        if agent:  # ... and the body it was done in is the other side (a veto's Security Council)
            body = [a for a in actors if trigger.end <= a.start < agent.start and a.kind == "org"]
            return agent, body[0] if body else None
    sender = _sender_named_after_by(text, actors, before_trigger, trigger, lang)
    if sender:  # "North Korean soldiers are expected to be deployed by Russia": Russia sends
        return sender
    first = (
        _decider(text, actors, trigger, lang)
        or _deployed_forces(text, actors, trigger, lang)
        or _origin_sender(text, actors, trigger, lang)
        or korean_subject(text, before_trigger, trigger, claim)
        or german_clause_subject(text, before_trigger, trigger, claim, lang)
        or _first_actor(text, actors, trigger, lang)
    )
    if first is None:
        return None, _object_of(text, actors, trigger, lang)
    # "Ukraine expresses concern while Russia denies troop movements": a side named in the clause
    # before a conjunction and the doer's own subject is not the doer's counterpart
    others = [
        a
        for a in actors
        if a.code != first.code
        and not (a.end <= first.start and _CLAUSE_BREAK.search(text, a.end, first.start))
    ]
    if not is_mutual(trigger):  # "Russia and North Korea deny": co-actors, not counterparts
        others = [a for a in others if not coordinated(text, first, a)]
    if trigger.event_type == "MOBILIZE":  # where troops go is never who reports it
        others = [a for a in others if not (claim and claim.start <= a.start < claim.end)]
    if trigger.event_type in _FIGHTING:
        agent = _agent_after_by(text, others, trigger)
        passive = after_a_passive_auxiliary(text, trigger)
        # "North Korean troops were attacked by Ukraine", "in the event of an attack by the
        # United States": the agent after "by" acts
        if agent and (passive or _NOUN_BY.match(text, trigger.end)):
            return agent, first
        # "shelling from Syria into its territory", "an attack from Hezbollah": where the fire
        # comes from fires it
        origin = next(
            (
                a
                for a in others
                if _FIRED_FROM.fullmatch(text, trigger.end, max(trigger.end, a.start))
            ),
            None,
        )
        # (not the dead: "returning casualties from Iraq"; nor where the doer named before
        # launched it from: "Russia launched an attack from Belarus")
        if (
            origin
            and trigger.role != "casualty"
            and not PAST_VERB.fullmatch(trigger.text.split()[-1])
            and not (
                first.end <= trigger.start
                and _LAUNCHED.search(text, max(first.end, trigger.start - 60), trigger.start)
            )
            and not names_forces(text, first)
        ):
            return _where_fire_comes_from(origin), first
        striker = _striker(text, others, trigger)
        if striker:  # "killed after a Ukrainian missile strike": the side that struck
            return striker, first
        # "soldiers killed while fighting against Ukrainian forces": the side that fought them
        victims = _victims_first(text, first, trigger)
        if victims:  # "2,000 American servicemen and 98 British servicemen have been killed"
            others = [a for a in others if not _fellow_victims(text, first, a, trigger)]
        enemy = victims and _named_enemy(text, others, trigger, first, claim, lang)
        if enemy:
            return enemy, first
        return first, _opponent(text, others, trigger, first, claim, lang)
    return first, _nearest_other(text, others, trigger, lang)


def _where_fire_comes_from(origin: ActorMatch) -> ActorMatch:
    """A country that fire comes from names no part of its state ("rockets from Lebanon")."""
    named_as_a_place = origin.kind in ("country", "capital", "alias")
    return replace(origin, sector=None) if named_as_a_place else origin


def _sender_named_after_by(
    text: str,
    actors: list[ActorMatch],
    before: list[ActorMatch],
    trigger: Trigger,
    lang: str | None,
) -> tuple[ActorMatch, ActorMatch] | None:
    """(sender, forces) of an English passive deployment or withdrawal whose agent after "by" is
    another side than the forces moved; forces "sent by Pyongyang" stay their own side's."""
    if (
        base_language(lang) != "en"
        or trigger.event_type not in _MOVING_FORCES
        or not before
        or not _NAMED_AGENT_AFTER.match(text, trigger.end)
        or not after_a_passive_auxiliary(text, trigger)
    ):
        return None
    agent = _agent_after_by(text, actors, trigger)
    forces = before[-1]
    return (agent, forces) if agent and agent.code != forces.code else None


_FROM = re.compile(r"\s+(?:imposed\s+)?(?:from|by)\s+(?:the\s+)?", re.IGNORECASE)
# words said as a noun, and who said them after "from" (English)
_WORDS_SAID = re.compile(r"(?:accusations?|criticism|condemnations?|warnings?)", re.IGNORECASE)
# whom words said are aimed at: "criticism from France of Syria", "warnings from the US to Iran",
# or who rejects them ("Syria rejected accusations from Turkey")
_AIMED_AT = re.compile(r"\b(?:of|against|to|on|at)\s+(?:the\s+)?$", re.IGNORECASE)
_REJECTS = re.compile(r"\b(?:reject\w*|den(?:y|ies|ied|ying)|dismiss\w*)\s+$", re.IGNORECASE)


def _aimed_at(
    text: str, actors: list[ActorMatch], trigger: Trigger, speaker: ActorMatch
) -> ActorMatch | None:
    """Whom words said as a noun are aimed at: "criticism from France of Syria" (SYR)."""
    others = [a for a in actors if a.code != speaker.code]
    after = [
        a
        for a in others
        if speaker.end < a.start <= speaker.end + 40
        and _AIMED_AT.search(text, max(0, a.start - 12), a.start)
    ]
    rejecting = [
        a
        for a in others
        if a.end <= trigger.start
        and _REJECTS.search(text, max(a.end, trigger.start - 30), trigger.start)
    ]
    return next(iter(after or rejecting[-1:]), None)


_YET_FROM = re.compile(
    r"\s+(?:yet\s+)?from\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", re.IGNORECASE
)


def _speaker_after_from(
    text: str, actors: list[ActorMatch], trigger: Trigger
) -> ActorMatch | None:
    """Who made a warning or an accusation named as a noun: "a warning from Mr Annan"."""
    if not _WORDS_SAID.fullmatch(trigger.text):
        return None
    return next(
        (
            a
            for a in actors
            if trigger.end < a.start <= trigger.end + 20
            and _YET_FROM.fullmatch(text, trigger.end, a.start)
        ),
        None,
    )


_SET_OFF_WORDS = r"(?:sparked|prompted|provoked|triggered|attracted)"
# "Damascus could face tougher sanctions from the League", "Iran is under sanctions", "Turkey
# has received very strong warnings", "Israel came under attack", "Iran drew sharp criticism",
# "the resolution sparked accusations from the Syrian envoy"
_FACING = re.compile(
    r"\b(?:face[sd]?|facing|under|threatened\s+with|receiv(?:e|ed|es|ing)|drew|draws|drawn|"
    rf"{_SET_OFF_WORDS}|singled\s+out\s+for|c[oa]me\s+in\s+for)\s+"
    r"(?:(?!(?:to|that|and|but|as|of|for)\b)[a-z-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SET_OFF = re.compile(rf"\b{_SET_OFF_WORDS}\b", re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are|will)\s+$", re.IGNORECASE)
_EXPOSED = re.compile(r"\b(?:expos|subject)(?:e|es|ed|ing)\s+(?:the\s+)?$", re.IGNORECASE)
_TO_A_DEED = re.compile(r"\s+to\s+(?:(?-i:[a-z-]+)\s+){0,3}", re.IGNORECASE)


def _faces(
    text: str, before: list[ActorMatch], trigger: Trigger, lang: str | None
) -> ActorMatch | None:
    """The subject that faces, comes under or receives a deed is its target (English)."""
    if (
        base_language(lang) != "en"
        or not before
        or trigger.event_type in _MOVING_FORCES
        or trigger.role in ("casualty", "state", "gathering")
        or is_mutual(trigger)  # (a briefing "received" is a meeting of both)
        # (a noun the verb governs, not a verb of the clause: "Syria under Assad has attacked")
        or PAST_VERB.fullmatch(trigger.text.split()[0])
        or _AUXILIARY_BEFORE.search(text, max(0, trigger.start - 12), trigger.start)
    ):
        return None
    exposed = before[-1]
    if _EXPOSED.search(text_before(text, exposed)) and _TO_A_DEED.fullmatch(
        text, exposed.end, trigger.start
    ):
        return exposed  # "the war has exposed Britain to terrorist attacks"
    facing = _FACING.search(text, max(0, trigger.start - 50), trigger.start)
    if facing and _SET_OFF.match(facing.group()):
        if trigger.event_type in ("PROTEST", "ASSAULT"):
            return None  # "What prompted the protests": a deed of others, not done to it
        # "Syria's downing of a Turkish jet sparked condemnation": the deed's owner, not its
        # victim ("The British proposal sparked accusations": the proposal's)
        owners = [
            a
            for a in before
            if a.end <= facing.start() and text.startswith(("'s", "’s", " 's"), a.end)
        ]
        if owners:
            return owners[0]
    # (the subject, or what "it" stands for: "If Damascus cannot comply, it could face
    # sanctions"; not the agent of a passive before: "designated by the US and under sanctions")
    if not facing:
        return None
    return next(
        (
            a
            for a in reversed(before)
            if a.end <= facing.start() and not _BY.search(text_before(text, a))
        ),
        None,
    )


def after_a_passive_auxiliary(text: str, trigger: Trigger) -> bool:
    """ "were attacked", "has been reportedly sanctioned": a form of "be" before the trigger."""
    return bool(_PASSIVE_AUXILIARY.search(text, max(0, trigger.start - 30), trigger.start))


# "Palestinian clans accused of ties with jihadist groups": a passive with no auxiliary
_REDUCED_RELATIVE = re.compile(r"(?:accused|blamed|suspected|charged)\s+(?:of|with|for)\b", re.I)
# ... or a participle with its agent: "a UN resolution vetoed by Russia and China"
# ("the one vetoed in the Security Council by China and Russia": where, then the agent)
_NAMED_AGENT_AFTER = re.compile(
    r"\s+(?:(?:in|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){1,3})?by\s+(?:the\s+)?(?-i:[A-Z])"
)
# English passive participles: "were accused", "has been sanctioned", "were reportedly attacked"
_PARTICIPLE = re.compile(r"(?:ed|en|struck|hit|shot|held|caught)$", re.IGNORECASE)


def _passive_patient(
    text: str, before: list[ActorMatch], trigger: Trigger, lang: str | None
) -> ActorMatch | None:
    """In an English passive the subject is done to, not doing: "Syrians were accused", "Russian
    positions were attacked overnight" (actor 2; the doer is the agent after "by", if named).
    Not for casualties (the victims stand first by this product's convention), deployments and
    withdrawals (forces "were sent" by their own side) or meetings (both sides take part), unless
    a side is named after "by" ("the plan was praised by Russia": Russia praises)."""
    if (
        base_language(lang) != "en"
        or not before
        or trigger.role in ("casualty", "state", "gathering")
        or trigger.event_type in _MOVING_FORCES
        or (is_mutual(trigger) and not _NAMED_AGENT_AFTER.match(text, trigger.end))
        or not _PARTICIPLE.search(trigger.text.split()[0])
        or not (
            after_a_passive_auxiliary(text, trigger)
            or _REDUCED_RELATIVE.match(text, trigger.start)
            or _NAMED_AGENT_AFTER.match(text, trigger.end)
        )
    ):
        return None
    subject = before[-1]  # ... right before its verb, in its clause
    between = text[subject.end : trigger.start]
    return subject if len(between) <= 40 and not _CLAUSE_PUNCTUATION.search(between) else None


# events whose two sides are named together: "Russia and North Korea signed", "Ukrainian and
# North Korean troops clashed"
_MUTUAL_TYPES = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID"}
_MUTUAL_TRIGGER = re.compile(r"clash|battl|fight|fought|skirmish|exchange", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_CONJUNCTIONS = r"and|or|nor|&|und|et|y|e|и|і|та|dan"
_COORDINATION = re.compile(rf"\s*,?\s*(?:{_CONJUNCTIONS})\s+(?:the\s+)?", re.IGNORECASE)


def co_actors(
    text: str, actors: list[ActorMatch], first: ActorMatch, trigger: Trigger, lang: str | None
) -> list[ActorMatch]:
    """The sides named together with the doer before a one-sided deed, each a doer of its own:
    "Russia and China vetoed the resolution" is a Russian veto and a Chinese one (those who meet
    or agree together are each other's counterparts instead).

    >>> from transforms.events.ontology import Trigger
    >>> t = "Russia and China vetoed the resolution"
    >>> a = [ActorMatch(0, 6, "Russia", "RUS", None, "country"),
    ...      ActorMatch(11, 16, "China", "CHN", None, "country")]
    >>> [x.code for x in co_actors(t, a, a[1], Trigger(17, 24, "vetoed", "REJECT", None, ""), "en")]
    ['RUS']
    """
    if is_mutual(trigger):
        return []
    # "the plan was rejected by Russia and China": agents named together after "by"
    if first.start >= trigger.end and _BY.search(text[trigger.end : first.start][-24:]):
        return [
            a
            for a in actors
            if a.start > first.end
            and a.code != first.code
            and coordinated(text, first, a)
            and not is_place_use(text, a, lang)
        ]
    # "France and Russia, whose proposals were rejected": done to, not doing
    passive = after_a_passive_auxiliary(text, trigger)
    if first.end > trigger.start or passive:
        return []
    pair = [a for a in actors if a.code != first.code and coordinated(text, a, first)]
    opening = min([first, *pair], key=lambda a: a.start)
    closing = max([first, *pair], key=lambda a: a.end)
    # "sanctions on Iran and North Korea": those acted upon (not when a relative clause makes
    # whose support is sought its subject: "the support of Russia and China, which had threatened
    # to veto"; "the attacks on Israel and Egypt, which killed 20" are still done to them)
    window = (max(0, opening.start - 24), opening.start)
    if _OBJECT_BEFORE.search(text, *window) and not (
        _RELATIVE_AFTER.match(text, closing.end) and SUPPORT_OF.search(text, *window)
    ):
        return []
    return [a for a in pair if a.end <= trigger.start and not is_place_use(text, a, lang)]


_CO_TARGET_REACH = 40  # characters between a deed and the first side it is done to
_CO_TARGET_LIST = 120  # ... and from that side to the last named with it
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|is|was|were|will|would|also|then)\b|(?-i:[a-z]+(?:ed|s))\b)",
    re.IGNORECASE,
)


def co_targets(
    text: str, actors: list[ActorMatch], second: ActorMatch, trigger: Trigger, lang: str | None
) -> list[ActorMatch]:
    """The sides named together with actor 2 after a deed, each done to as well: "Syria accused
    the US and France" is an accusation of each (not those who meet or fight each other, named
    as the two sides: "talks between Russia and Ukraine").

    >>> from transforms.events.ontology import Trigger
    >>> t = "Syria accused the US and France"
    >>> a = [ActorMatch(0, 5, "Syria", "SYR", None, "country"),
    ...      ActorMatch(18, 20, "US", "USA", None, "alias"),
    ...      ActorMatch(25, 31, "France", "FRA", None, "country")]
    >>> accused = Trigger(6, 13, "accused", "DISAPPROVE", None, "")
    >>> [x.code for x in co_targets(t, a, a[1], accused, "en")]
    ['FRA']
    """
    # (nor one force named by two demonyms: "attacked North Korean and Russian troops"; nor
    # agents, "sanctions by the EU and US", nor a side named past the deed's own words)
    if (
        is_mutual(trigger)
        or not 0 <= second.start - trigger.end <= _CO_TARGET_REACH
        or second.kind == "demonym"
    ):
        return []
    between = text[trigger.end : second.start]
    if (
        _CLAUSE_PUNCTUATION.search(between)
        or _CLAUSE_BREAK.search(between)
        or _BY.search(between[-24:])
    ):
        return []
    return [
        a
        for a in actors
        if second.end < a.start <= second.end + _CO_TARGET_LIST
        and a.code != second.code
        and coordinated(text, second, a)
        and not is_place_use(text, a, lang)
        # (not the subject of the next clause: "Turkey shelled Syria and Iran condemned it")
        and not _OWN_VERB_AFTER.match(text, a.end)
    ]


_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but|although|though|because)\b|;", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|which)\s", re.IGNORECASE)
# whose backing is sought: "to gain the support of Russia and China"
SUPPORT_OF = re.compile(
    r"\b(?:support|backing|approval|consent|help|votes?|blessing|assent)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|against|to|of|for|from|at|into|over|towards)\s+(?:the\s+)?$", re.IGNORECASE
)


def is_mutual(trigger: Trigger) -> bool:
    """Whether an event has two sides that do it together: a meeting, an agreement, a clash."""
    return trigger.event_type in _MUTUAL_TYPES or bool(_MUTUAL_TRIGGER.match(trigger.text))


def coordinated(text: str, one: ActorMatch, other: ActorMatch) -> bool:
    """Whether two actors are named together as one side: "Russia and North Korea",
    "Russian and North Korean soldiers", "neither North Korea nor Russia", "the US-British
    invasion", "Russian-Syrian air strikes" (not "between Russia and North Korea", nor "the
    Iran-Iraq war": the two sides)."""
    first, second = sorted((one, other), key=lambda a: a.start)
    between = _BETWEEN.search(text, max(0, first.start - 20), first.start)  # the two sides
    return not between and bool(
        _COORDINATION.fullmatch(text, first.end, second.start)
        or _NAME_LIST.fullmatch(text, first.end, second.start)
        # "imposed by the Arab League, US and EU": the first two of a list that goes on
        or (
            _COMMA.fullmatch(text, first.end, second.start)
            and _LIST_GOES_ON.match(text, second.end)
        )
        or (
            second.kind == "demonym"
            and _HYPHEN.fullmatch(text, first.end, second.start)
            and not _BORDER_AFTER.match(text, second.end)
        )
    )


_HYPHEN = re.compile(r"\s?[-–]\s?")
_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
_LIST_GOES_ON = re.compile(
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*"
    r"\s*,?\s*(?:and|or)\s+(?:the\s+)?[A-Z]"
)
# "the Syrian-Lebanese border": where two countries meet, not a side of two
_BORDER_AFTER = re.compile(
    r"\s+(?:border|borders|frontier|boundary|region|area|coast|crossing)\b", re.IGNORECASE
)


# "Canada, Australia and Switzerland have imposed sanctions": names between in a list
_NAME_LIST = re.compile(  # capitalised names between, whatever the case of the conjunction
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})+"
    rf"\s*,?\s*(?i:{_CONJUNCTIONS})\s+(?:the\s+)?"
)


def _nearest_other(
    text: str, others: list[ActorMatch], trigger: Trigger, lang: str | None
) -> ActorMatch | None:
    """The first other actor after the trigger (or inside it: "send North Korean troops"),
    else the nearest before it; a deployment's other side is preferably where the troops go."""
    after = [a for a in others if a.start > trigger.start]
    before = [a for a in others if a.end <= trigger.start][::-1]
    if trigger.event_type == "MOBILIZE":  # "sent troops to Russia"; Korean "러시아에 파병";
        # the forces deployed come first ("Russia will deploy North Korean troops to Kursk");
        # a person is a counterpart only when no place is ("sent troops to help Putin")
        forces = [
            a
            for a in after
            if a.start - trigger.end <= 12 and _FORCES_AFTER.match(text, a.end, a.end + 40)
        ]
        if forces:
            return forces[0]
        # ... then the side they are sent to help ("to fight against Ukraine on behalf of Russia")
        after.sort(
            key=lambda a: (
                not _is_destination(text, a, trigger, lang),
                not is_ally_use(text, a),
                a.kind == "person",
            )
        )
        before.sort(key=lambda a: (not is_place_use(text, a, lang), a.kind == "person"))
        ordered = after + before
    else:  # "Iran and the US plan to meet ... in Rome": the counterpart, not the venue
        ordered = sorted(after + before, key=lambda a: _is_venue(text, a))
    return ordered[0] if ordered else None


def _is_venue(text: str, actor: ActorMatch) -> bool:
    """ "in Rome", "at the UN"; not "in Russia's war", whose owner is a party."""
    after = text[actor.end : actor.end + 3]
    return bool(_VENUE_CUE.search(text_before(text, actor))) and not POSSESSIVE.match(after)


def _is_destination(text: str, actor: ActorMatch, trigger: Trigger, lang: str | None) -> bool:
    """A place named close after a deployment: "sent troops to Russia", not "..., he told
    reporters after a meeting in Washington"."""
    return (
        actor.start - trigger.end <= DESTINATION_REACH
        and is_place_use(text, actor, lang)
        # "sent to support the Kremlin's war in Ukraine": where the war is, not where they go
        and not names_a_war(text, actor.start, actor.end)
    )


def _opponent(
    text: str,
    others: list[ActorMatch],
    trigger: Trigger,
    first: ActorMatch,
    claim: Claim | None,
    lang: str | None,
) -> ActorMatch | str | None:
    """The other side of a fight: the agent after "by", else the enemy named, else (for
    casualties) the source of the figure, else the nearest actor that is neither a place nor an
    ally."""
    agent = _agent_after_by(text, others, trigger)
    if agent:
        return agent
    if trigger.role == "casualty" and _OBJECT_AFTER.match(text, trigger.end):
        # "Ukrainian forces killed 30 North Korean soldiers in fighting with ...": the object
        victims = next((a for a in others if trigger.end < a.start <= trigger.end + 30), None)
        if victims:
            return victims
    enemy = _named_enemy(text, others, trigger, first, claim, lang)
    if enemy:
        return enemy
    if trigger.role == "casualty" and claim and claim.actor and claim.actor != first.code:
        return claim.actor
    sides = [a for a in others if not is_place_use(text, a, lang) and not is_ally_use(text, a)]
    return _nearest_other(text, sides, trigger, lang)


def _named_enemy(
    text: str,
    others: list[ActorMatch],
    trigger: Trigger,
    first: ActorMatch,
    claim: Claim | None,
    lang: str | None,
) -> ActorMatch | None:
    """The side a fight is against, named after the trigger: "killed during fierce fighting
    with Ukrainian troops", or the speaker's side in '"... to fight against us," Zelensky said'."""
    if claim and claim.actor and claim.actor != first.code and _AGAINST_US.match(text, trigger.end):
        return claim.as_actor("person")
    return next(
        (
            a
            for a in others
            if a.start > trigger.end
            and _ENEMY_CUE.search(text, max(trigger.end, a.start - 40), a.start)
            and not is_place_use(text, a, lang)
            and not is_ally_use(text, a)
        ),
        None,
    )


# what starts the object of an active casualty verb: "Ukrainian forces killed 30 / some /
# North Korean soldiers"
_OBJECT_AFTER = re.compile(
    r"\s+(?:[\d\"“]|(?:an?|the|some|about|dozens|hundreds|thousands|several|many|at\s+least|"
    r"more\s+than|two|three|four|five|six|seven|eight|nine|ten|innocent|unarmed)\s|(?-i:[A-Z])"
    # "security forces killed students in a raid"
    r"|(?:civilians|protesters|demonstrators|students|children|women|worshippers|villagers|"
    r"residents|mourners|bystanders)\b)",
    re.IGNORECASE,
)


def kills_whom(text: str, trigger: Trigger) -> bool:
    """Whether a casualty word is an active verb with its victims after it ("they are killing
    innocent Iraqis", "gunmen shot dead two Syrian protesters")."""
    return (
        trigger.role == "casualty"
        and bool(_ACTIVE_CASUALTY_VERB.search(text, max(0, trigger.start - 6), trigger.end))
        and not after_a_passive_auxiliary(text, trigger)
        # an adjective, not a verb: "2,000 injured North Korean soldiers", "the number of killed
        # and wounded North Korean occupiers", "a severely wounded Iraqi teenager"
        and not _ADJECTIVE_SLOT.search(text, max(0, trigger.start - 30), trigger.start)
        and bool(_OBJECT_AFTER.match(text, trigger.end))
    )


# ... not "died" or "dying", which take no object ("2,000 have died The moral dilemmas of ...")
_ACTIVE_CASUALTY_VERB = re.compile(r"(?:(?<!di)ed|(?<!dy)ing|shot|shot\s+dead)$", re.IGNORECASE)
_ADJECTIVE_SLOT = re.compile(
    r"(?:\b(?:the|a|an|of|and|or|these|those|their|its|his|her|our)|\d)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


_AND_ANOTHER_COUNT = re.compile(
    rf"\s+(?:{FORCES_NOUN}|civilians|citizens|nationals|people|troops)?\s*,?\s*(?:and|or)\s+"
    r"(?:(?:at\s+least|more\s+than|about|some|nearly|another)\s+)?\d[\d,]*\s+",
    re.IGNORECASE,
)


def _fellow_victims(text: str, first: ActorMatch, other: ActorMatch, trigger: Trigger) -> bool:
    """Whether another side is counted beside the victims before the casualty word, as more
    victims of a tally: "2,000 American servicemen and 98 British servicemen have been killed"
    (not "Russian troops and Ukrainian forces were killed in the clashes", which may be the two
    sides of the fight)."""
    one, two = sorted((first, other), key=lambda a: a.start)
    return two.end <= trigger.start and bool(_AND_ANOTHER_COUNT.fullmatch(text, one.end, two.start))


def _victims_first(text: str, first: ActorMatch, trigger: Trigger) -> bool:
    """Whether the first actor of a casualty word is its victims ("4,700 North Korean soldiers
    have been killed", "North Korean casualties"), not the side that kills ("Ukrainian forces
    killed 30 North Korean soldiers")."""
    return (
        trigger.role == "casualty"
        and first.end <= trigger.start
        and not _OBJECT_AFTER.match(text, trigger.end)
    )
