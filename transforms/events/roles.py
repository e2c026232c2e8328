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

from transforms.events.actors import NON_STATE, TITLE, ActorMatch, actor_lexicon
from transforms.events.claims import Claim
from transforms.events.lexicon import (
    CALL_FOR,
    CAPITAL_BEFORE,
    FORCES_NOUN,
    FORCES_NOUN_GENITIVE_RU_UK,
    FORCES_NOUN_KO,
    FORCES_NOUN_ROMANCE,
    GERUND,
    NAME_POSSESSIVE,
    NOT_A_SOURCE,
    ORIGIN_CUE,
    PAST_VERB,
    PLACE_ARTICLE,
    PLACE_OF,
    WHOSE_FORCES,
    ends_with_article,
    names_a_war,
    names_an_event,
)
from transforms.events.ontology import Trigger, find_triggers
from transforms.events.places import town_country
from transforms.language import base_language

# the side someone fights on; the other languages name it before the forces' adjective ("aux
# côtés des forces russes", "an der Seite russischer Soldaten", "junto a las tropas rusas")
_ALLY_CUE = re.compile(
    r"(?:\b(?:for|on the side of|alongside|to help|to support|in support of|to aid|to assist|"
    r"to bolster|on behalf of|allied with|aiding|helping|supporting|in cooperation with|"
    r"together with|jointly with|in coordination with|as part of|within the ranks of|"
    r"(?:shoulder|side)[\s-]+(?:to|by)[\s-]+(?:shoulder|side)\s+with)\s+(?:the\s+)?"
    r"|(?<!\w)(?:aux côtés d(?:es|e|u)|an der Seite|al lado de|junto a|al fianco d(?:i|ei|elle)|"
    r"accanto a|ao lado d(?:e|os|as)|на стороне|на боці|в составе|у складі|в рядах|у лавах|"
    r"bersama)\s+"
    r"(?:(?:les|la|le|el|los|las|il|i|der|die|den|os|as)\s+)?(?:\w+\s+)?)$",
    re.IGNORECASE,
)
_PLACE_CUE = re.compile(
    rf"(?<!\w){NOT_A_SOURCE}(?:in|into|inside|at|near|from|{PLACE_OF}|across|to|nach|im|en|au|aux|à|a|"
    rf"ke|di|em|u|в|во|до|на|у|із|из)\s+{PLACE_ARTICLE}"
    r"(?:[a-z]+(?:ern|ed)\s+)?$",  # "in eastern Russia", "in der Ukraine"
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(  # "Russia's Kursk region"; Korean place particles ("러시아에");
    # Telugu locative and dative postpositions, after a zero-width non-joiner or not ("రష్యాలో")
    r"^(?:['’]s\s+(?:\w+\s+){0,2}?(?:region|oblast|province|territory|border|east|west|soil)"
    # a name before "war" or "attacks" names where: "the Iraq war", "the Russia-Ukraine war",
    # "on the Russia-Ukraine battlefronts" (both names)
    r"|(?:-(?-i:[A-Z])[\w-]*)?\s+(?:war|conflict|crisis|(?:battle)?fronts?|battlefields?|"
    r"attacks)\b"
    # Korean "러시아 파병" (dispatch to Russia): the country a dispatch noun follows is its goal
    r"|\s?파병"
    # ... and "러시아-우크라이나 전선 인근" (near the Russia-Ukraine front): where, like "war"
    r"|(?:-[가-힣]+)?\s?(?:전선|전쟁|전장|분쟁)"
    r"|에서|에|으로|로|\u200c?(?:లో|కు|కి))",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^['’]s\b")
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
_VENUE_WORDS = r"in|at|near|inside"
_VENUE_CUE = re.compile(rf"\b(?:{_VENUE_WORDS})\s+(?:the\s+)?$", re.IGNORECASE)
# forces named after a name, with a word between or not: "North Korean (military) personnel"
# ... or one of them: "A British soldier was killed" ("A" is no Romance "a", to)
_FORCES_NOUN_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+)?(?:{FORCES_NOUN}|soldier|serviceman|servicewoman|marine|trooper)\b",
    re.IGNORECASE,
)
# ... or "the North Korean military", when a deployment names what it sends
_FORCES_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{FORCES_NOUN}|military)\b", re.IGNORECASE)
_DESTINATION_REACH = 80  # characters after a deployment word where its destination is named


def _before(text: str, actor: ActorMatch, width: int = 30) -> str:
    return text[max(0, actor.start - width) : actor.start]


def _names_forces(text: str, actor: ActorMatch) -> bool:
    """ "North Korean soldiers", "North Korean military personnel" (not "a Russian military ID"),
    "a US soldier", "10,000 soldiers from North Korea", "militari di Pyongyang": whose forces,
    not where."""
    if actor.kind == "demonym":
        return bool(_FORCES_NOUN_AFTER.match(text, actor.end, actor.end + 40))
    if actor.kind == "alias" and _FORCES_NOUN_AFTER.match(text, actor.end, actor.end + 16):
        return True
    return bool(WHOSE_FORCES.search(text, max(0, actor.start - 40), actor.start))


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def is_place_use(text: str, actor: ActorMatch, lang: str | None = None) -> bool:
    """Whether a country is named as a place ("in Russia", "Russia's Kursk region").

    >>> t = "troops in Russia"
    >>> is_place_use(t, ActorMatch(10, 16, "Russia", "RUS", None, "country"))
    True
    """
    if actor.kind == "person" or actor.code in NON_STATE:  # an alliance is nowhere
        return False
    before, after = _before(text, actor), text[actor.end : actor.end + 80]
    if _PLACE_AFTER.match(after):
        return True
    if actor.kind == "demonym" and _PLACE_NOUN_AFTER.match(after):
        return True  # "the Qatari capital Doha", "the Syrian city of Homs": which place
    if actor.kind == "capital" and (
        CAPITAL_BEFORE.search(before) or _SCENE_OF_AFTER.match(after)
    ):
        return True  # "in the Qatari capital Doha", "the capital, Damascus", "Madrid, scene of
        # the train bombings": the city itself
    if actor.kind == "capital" and names_an_event(text, actor.start, actor.end):
        return True  # "the London bombings", "the Madrid bombings": where, not whose
    if (
        actor.kind in ("country", "alias")
        and (town := _TOWN_AND_COMMA.search(before))
        and _AFTER_A_TOWNS_COUNTRY.match(after)
        and _a_town_of(town.group("town"), actor.code, lang)
    ):
        return True  # "in Brussels, Belgium, on Monday": the town's country
    if _names_forces(text, actor):  # "of North Korean soldiers" names people, not a place
        return False
    if actor.kind == "demonym" and _OF_BEFORE.search(before):
        return False  # "reports of North Korean casualties", "the number of North Korean killed"
    if actor.kind == "demonym" and _HELD_BY.match(after):
        return False  # "liberated from Ukrainian control", "under Russian occupation": a side
    # "in Russia's illegal invasion": the possessor of a deed after a place word, not a place
    if _POSSESSIVE.match(after):
        return False
    # Portuguese names countries with an article ("a Rússia"), cities without ("a Kyiv")
    article = actor.kind in ("country", "inflection") and ends_with_article(before, lang)
    cue = _PLACE_CUE.search(before)
    if article or not cue:
        return False
    # English "a" is an article: "attacked a US convoy", "ambushed a British patrol" name whose
    # forces were hit ("a Baghdad restaurant" stays where)
    if (
        base_language(lang) == "en"
        and cue.group().split()[0] == "a"
        and actor.kind != "capital"
        and _FORCES_OR_POST_AFTER.match(after)
    ):
        return False
    # English "a Ukrainian incursion": the article, not the Romance "a" (to), before a demonym
    # that says whose the deed is ("a British photographer" stays no party)
    return not (actor.kind == "demonym" and _owns_the_deed_after(text, actor, before, lang))


# "in Brussels, Belgium": a town of that country (not "from Italy, Germany, Poland", a list,
# nor "In Astana, Russia, Iran and Turkey signed"), after which the text leaves the name ("In
# Ukraine, North Korea has deployed troops" opens a clause)
_TOWN_AND_COMMA = re.compile(
    r"(?<!\w)(?:in|at|near|to|from|visit(?:s|ed|ing)?)\s+"
    r"(?P<town>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s*,\s*$",
    re.IGNORECASE,
)
_AFTER_A_TOWNS_COUNTRY = re.compile(r"\s*(?:[,.;:)]|-RRB-|$)")


def _a_town_of(name: str, code: str, lang: str | None) -> bool:
    """Whether a name before "<country>," may be a town of that country: no country's name, and
    in it as far as GeoNames knows (a village it lacks may be: "in Krynky, Ukraine")."""
    entry = actor_lexicon(base_language(lang))[0].get(name)
    if entry is not None and entry[2] != "capital":
        return False
    return town_country(name) in (None, code)
_FORCES_OR_POST_AFTER = re.compile(
    r"\s+(?:(?:military|army|navy|naval|air\s+force|marine|police)\s+)?(?:convoy|patrol|troops|"
    r"soldiers|forces|helicopter|jet|plane|warship|ship|embassy|consulate|checkpoint|drone|"
    r"vehicle|tank)s?\b",
    re.IGNORECASE,
)
_HELD_BY = re.compile(r"\s+(?:control|occupation|rule|hands)\b", re.IGNORECASE)
_SCENE_OF_AFTER = re.compile(r"\s*,\s*(?:the\s+)?scene\s+of\b", re.IGNORECASE)
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:capital|city|town|village|port|province|region|coast|countryside)\b"
    r"(?!\s+(?:guards?|police|troops|forces|officials|authorities|council)\b)",
    re.IGNORECASE,
)
_ENGLISH_ARTICLE = re.compile(r"(?<!\w)(?:a|A|an|An)\s+$")


def _owns_the_deed_after(text: str, actor: ActorMatch, before: str, lang: str | None) -> bool:
    if base_language(lang) != "en" or not _ENGLISH_ARTICLE.search(before):
        return False
    deed = _DEED_AFTER.match(text, actor.end, actor.end + 40)
    return bool(deed) and any(t.start == 0 for t in find_triggers(deed.group(1), lang))


_DEED_AFTER = re.compile(  # "a Russian incursion", "a Russian missile strike"
    r"\s+(?:(?:missile|drone|air|rocket|artillery|tank|suicide|car|mortar|naval|ground)\s+)?"
    r"([\w-]+)",
    re.IGNORECASE,
)


# "joined their Russian allies in battle": a demonym before "allies", after a word that makes
# them someone's allies, names a friend ("North Korean allies launched an assault" do not)
_ALLY_AFTER = re.compile(r"\s+(?:allies|ally)\b", re.IGNORECASE)
_ALLIES_OF = re.compile(r"\b(?:their|its|his|her|our|with|joined|joining|join)\s+$", re.I)


def is_ally_use(text: str, actor: ActorMatch) -> bool:
    """Whether an actor is named as the side someone fights for ("fighting for Russia", "their
    Russian allies")."""
    before = _before(text, actor)
    allies = _ALLY_AFTER.match(text, actor.end) and _ALLIES_OF.search(before)
    return bool(_ALLY_CUE.search(before) or allies)


# "the plan calls for Damascus to pull back": the one asked to do the deed, no ally
_CALL_FOR = re.compile(rf"{CALL_FOR}\s+(?:the\s+)?$", re.IGNORECASE)
_TO_DO = re.compile(r"(?:\s*['’]s)?(?:\s+[\w-]+){0,2}?\s+to\s+(?:\w+ly\s+)?")


def _called_on_to_do(text: str, actor: ActorMatch, trigger: Trigger) -> bool:
    return bool(
        _CALL_FOR.search(_before(text, actor))
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


def _telugu_roles(
    text: str, actors: list[ActorMatch], lang: str | None
) -> tuple[ActorMatch, ActorMatch] | None:
    if base_language(lang) != "te":
        return None
    targets = [a for a in actors if _TE_TARGET.match(text[a.end : a.end + 8])]
    doers = [a for a in actors if a not in targets and not is_place_use(text, a, lang)]
    if targets and doers and doers[0].code != targets[0].code:
        return doers[0], targets[0]
    return None


def _korean_roles(
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


def _korean_subject(
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


def _german_clause_subject(
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
            and not _IN_OR_TO.search(_before(text, a))
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
    if (
        before
        and PAST_VERB.fullmatch(trigger.text)
        and _OWN_SUBJECT_CLAUSE.search(text, before[-1].end, trigger.start)
    ):
        return None  # "Lebanese citizens were caught up when warplanes struck Azaz": the
        # clause names its own doer, whose side it does not say
    if before:
        return _outside_an_aside(text, before, trigger)[-1]
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
        places = [a for a in places if a.end <= trigger.start and _WITHIN.search(_before(text, a))]
    return places[0] if places else None


# a clause opened after the name, with a subject of its own right before its past-tense verb:
# "when warplanes struck", "after gunmen attacked" (not "after heavy losses"; a pronoun stands
# for someone named before)
_OWN_SUBJECT_CLAUSE = re.compile(
    r"\b(?:when|after|as|because|before|until|while)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?!(?:he|she|it|they|we|i)\s)(?-i:[a-z][\w-]*)\s+(?:(?:have|has|had|were|was)\s+)?$",
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
_THAT_CLAUSE = re.compile(r"\bthat\b", re.IGNORECASE)
_MARK_REACH = 40  # characters: "strikes attributed to Israel", not "... sovereignty by Ukraine"
_PARTY_REACH = 150  # characters after the trigger where its parties are named
_OF_MARK = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _marked_as_doer(text: str, actor: ActorMatch, trigger: Trigger, is_party: bool) -> bool:
    between = text[trigger.end : actor.start]
    if len(between) <= _MARK_REACH and _BY.search(between[-24:]):
        return True
    if not is_party:  # a place is a doer only as an agent ("attributed to Israel")
        return False
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
            trigger.event_type in ("MOBILIZE", "RETREAT")
            and _names_forces(text, actor)
            # not the enemy: "deploy into combat against Ukrainian forces"
            and not _ENEMY_CUE.search(between[-24:])
        )
    ):
        return True
    if _OF_MARK.match(between):  # "the arrival of North Korean troops", "involvement of Russia"
        return trigger.role in ("state", "gathering") or _names_forces(text, actor)
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
            and (not is_place_use(text, a, lang) or _TAKEN.match(text, trigger.start, a.start))
            and not is_ally_use(text, a)  # "alongside Russian forces": on the doer's side
            and not _BY.search(text[trigger.end : a.start][-24:])  # the agent of another verb
            and not _ANOTHER_CLAUSE.search(text, trigger.end, a.start)
            # "Before the invasion began, the head of US central command": another clause
            and not _CLAUSE_PUNCTUATION.search(text, trigger.end, a.start)
        ),
        None,
    )


_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\u2013\u2014]")
# "the invasion of Afghanistan": the place a taking noun names is its target
_TAKEN = re.compile(
    r"(?:invasion|incursion|occupation|annexation|siege|shelling|bombing|bombardment)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
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
    return next((a for a in actors if of and a.start == of.end()), None)


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
    marked = _korean_roles(text, before_trigger, trigger, lang) or _telugu_roles(
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
    if patient:  # "Christian Syrians were accused of siding with the regime"
        others = [a for a in actors if a.code != patient.code]
        # ... "sanctions from the League": who imposes them
        sanctioner = trigger.event_type == "SANCTION" and next(
            (a for a in others if _FROM.fullmatch(text, trigger.end, max(trigger.end, a.start))),
            None,
        )
        return sanctioner or _agent_after_by(text, others, trigger), patient
    # "the one vetoed in the Security Council by China and Russia": a participle with its agent
    # and no party before it done to; the agent acts
    if (
        base_language(lang) == "en"
        and trigger.role not in ("casualty", "state", "gathering")
        and trigger.event_type not in ("MOBILIZE", "RETREAT")  # forces moved: see below
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
        _deployed_forces(text, actors, trigger, lang)
        or _origin_sender(text, actors, trigger, lang)
        or _korean_subject(text, before_trigger, trigger, claim)
        or _german_clause_subject(text, before_trigger, trigger, claim, lang)
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
        striker = _striker(text, others, trigger)
        if striker:  # "killed after a Ukrainian missile strike": the side that struck
            return striker, first
        # "soldiers killed while fighting against Ukrainian forces": the side that fought them
        victims = _victims_first(text, first, trigger)
        enemy = victims and _named_enemy(text, others, trigger, first, claim, lang)
        if enemy:
            return enemy, first
        return first, _opponent(text, others, trigger, first, claim, lang)
    return first, _nearest_other(text, others, trigger, lang)


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
        or trigger.event_type not in ("MOBILIZE", "RETREAT")
        or not before
        or not _NAMED_AGENT_AFTER.match(text, trigger.end)
        or not after_a_passive_auxiliary(text, trigger)
    ):
        return None
    agent = _agent_after_by(text, actors, trigger)
    forces = before[-1]
    return (agent, forces) if agent and agent.code != forces.code else None


_FROM = re.compile(r"\s+(?:imposed\s+)?(?:from|by)\s+(?:the\s+)?", re.IGNORECASE)
# "Damascus could face tougher sanctions from the League", "Iran is under sanctions"
_FACING = re.compile(
    r"\b(?:face[sd]?|facing|under|threatened\s+with)\s+(?:(?:new|tougher|further|more|fresh|"
    r"harsher|stiffer|international|economic|western|severe)\s+)*$",
    re.IGNORECASE,
)


def _faces(
    text: str, before: list[ActorMatch], trigger: Trigger, lang: str | None
) -> ActorMatch | None:
    """The subject that faces a sanction is its target (English)."""
    if base_language(lang) != "en" or trigger.event_type != "SANCTION" or not before:
        return None
    window = text[max(0, trigger.start - 40) : trigger.start]
    return before[-1] if _FACING.search(window) else None


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
        or trigger.event_type in ("MOBILIZE", "RETREAT")
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
    return bool(_VENUE_CUE.search(_before(text, actor))) and not _POSSESSIVE.match(after)


def _is_destination(text: str, actor: ActorMatch, trigger: Trigger, lang: str | None) -> bool:
    """A place named close after a deployment: "sent troops to Russia", not "..., he told
    reporters after a meeting in Washington"."""
    return (
        actor.start - trigger.end <= _DESTINATION_REACH
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


def _victims_first(text: str, first: ActorMatch, trigger: Trigger) -> bool:
    """Whether the first actor of a casualty word is its victims ("4,700 North Korean soldiers
    have been killed", "North Korean casualties"), not the side that kills ("Ukrainian forces
    killed 30 North Korean soldiers")."""
    return (
        trigger.role == "casualty"
        and first.end <= trigger.start
        and not _OBJECT_AFTER.match(text, trigger.end)
    )
