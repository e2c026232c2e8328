"""Event types: PLOVER's 18 root categories, their modes, ACLED-style groups, trigger lexicon.

PLOVER (openeventdata/PLOVER, the ontology behind POLECAT and successor of CAMEO) gives the type
and mode; ACLED's codebook gives the coarse group both communities read. Trigger words per
language live in `transforms/data/triggers/<lang>.tsv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.events.lexicon import (
    FORCES_NOUN,
    TALKS_ON,
    compile_alternation,
    read_tsv,
    surface_regex,
    title_case,
)
from transforms.language import base_language

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "SANCTION",
    "PROTEST",
    "CRIME",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
ACLED_GROUPS = (
    "battles",
    "explosions/remote violence",
    "violence against civilians",
    "protests",
    "riots",
    "strategic developments",
)
# When one clause holds triggers of several types, the more specific event wins.
_PRIORITY = {
    t: i
    for i, t in enumerate(
        (
            "ASSAULT",
            "COERCE",
            "MOBILIZE",
            "RETREAT",
            "AID",
            "AGREE",
            "SANCTION",
            "PROTEST",
            "CRIME",
            "INVESTIGATE",
            "THREATEN",
            "REJECT",
            "DEMAND",
            "DISAPPROVE",
            "CONCEDE",
            "CONSULT",
            "COOPERATE",
            "SUPPORT",
        )
    )
}


@dataclass(frozen=True)
class Trigger:
    """Words that report an event, with the type they decide.

    >>> Trigger(10, 18, "deployed", "MOBILIZE", "troops", "strategic developments").event_type
    'MOBILIZE'
    """

    start: int
    end: int
    text: str
    event_type: str
    event_mode: str | None
    event_group: str
    # "state": needs a date of its own; "casualty": victims as subject; "gathering": an event
    # only when forces gather
    role: str | None = None
    negated: bool = False  # negation written into the word itself (Latvian "neuzbruka")


def type_priority(event_type: str) -> int:
    """Lower is more specific: ASSAULT before MOBILIZE before CONSULT.

    >>> type_priority("ASSAULT") < type_priority("CONSULT")
    True
    """
    return _PRIORITY.get(event_type, len(_PRIORITY))


# Latvian negates a verb with the prefix ne- ("neuzbruka": did not attack; "nenosūtīja": did not
# send); the word without it is the trigger, the prefix makes the event negated
_NEGATING_PREFIX = {"lv": "ne"}
_Lexicon = tuple[list[tuple[re.Pattern, tuple]], re.Pattern, re.Pattern | None]


@lru_cache(maxsize=16)
def _lexicon(lang: str) -> _Lexicon:
    rows = [r for r in read_tsv(f"triggers/{lang}.tsv") if len(r) >= 4]
    if not rows and lang != "en":
        return _lexicon("en")
    entries = [
        (re.compile(surface_regex(r[0]), re.IGNORECASE), (r[1], r[2] or None, r[3], _role(r)))
        for r in rows
    ]
    surfaces = [r[0] for r in rows]
    prefix = _NEGATING_PREFIX.get(lang)
    negated = compile_alternation(surfaces, lang, prefix=prefix) if prefix else None
    return entries, compile_alternation(surfaces, lang), negated


def _role(row: tuple[str, ...]) -> str | None:
    return row[4] if len(row) > 4 and row[4] else None


def find_triggers(text: str, lang: str | None = None) -> list[Trigger]:
    """Event-reporting words in the text, in order.

    >>> [(t.text, t.event_type) for t in find_triggers("North Korea has deployed troops")]
    [('deployed', 'MOBILIZE')]
    """
    code = base_language(lang)
    entries, regex, negated = _lexicon(code)
    out = []
    for found in regex.finditer(text):
        entry = next((v for rx, v in entries if rx.fullmatch(found.group())), None)
        place = code == "ko" and _KOREAN_PLACE_NOUN.match(text, found.end())
        if entry and entry[3] == "gathering" and not _forces_gather(text, found, code):
            continue
        if entry and not place and not _names_a_unit(text, found) and not _other_sense(
            text, found, code
        ):
            entry = _weapon_mode(text, found, _shifted_sense(text, found, code) or entry)
            entry = _aid_mode(text, found, entry) if code == "en" else entry
            out.append(Trigger(found.start(), found.end(), found.group(), *entry))
    prefix = len(_NEGATING_PREFIX.get(code, ""))
    for found in negated.finditer(text) if negated else ():
        word = found.group()[prefix:]
        entry = next((v for rx, v in entries if rx.fullmatch(word)), None)
        if entry:
            out.append(Trigger(found.start(), found.end(), found.group(), *entry, negated=True))
    return sorted(out, key=lambda t: t.start)


# English words whose sense makes another event type: "attacked the network for its coverage",
# "attacked the resolution's sponsors" condemn (words, not blows); "trained Iraqis", "training
# and assistance to human rights groups" is aid to others, not troops in training (so is
# training another side named as a party: "Russia is training the North Korean troops", which
# `extract` tells once it knows the sides)
_GOODS_SENT = re.compile(
    # "sent 20 containers of artillery shells to Russia": arms, as "supplied" is (not "sent
    # troops with their weapons"); "sent humanitarian supplies": aid of the kind its words name
    r"\s+(?!(?:[\w,.'’-]+\s+){0,6}?(?:troops|soldiers|forces|personnel|units|workers|sappers|"
    r"specialists|builders|engineers|officers|envoys?|delegations?)\b)(?:[\w,.'’-]+\s+){0,6}?"
    r"(?:shells|ammunition|missiles|rockets|weapons|arms|munitions|military\s+equipment|"
    r"(?:humanitarian|medical|relief)\s+(?:aid|supplies|assistance|goods)|food|medicines?)\b"
    # ... not fired: "sent cruise missiles to hit the factory"
    r"(?!\s+(?:to\s+(?:hit|strike|attack|destroy|bomb)|at|into|against)\b)",
    re.IGNORECASE,
)
_SENSE_SHIFTS = {
    **dict.fromkeys(
        ("send", "sent"), (_GOODS_SENT, ("AID", "military", "strategic developments", None))
    ),
    "attack": (
        re.compile(
            r"\s+(?:(?:[\w'’-]+\s+){1,3}?for\s+(?:its|his|her|their|\w+ing)\b"
            r"|(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s*['’]s\s+)?(?:report|"
            r"resolution|plan|proposals?|polic(?:y|ies)|decision|remarks|comments|statements?|"
            r"speech|bill|law|media|press|coverage|sponsors|critics|government'?s?\s+record)\b"
            # "a vitriolic attack on the integrity of Norm Coleman": on a person's good name
            r"|(?:on\s+)?(?:the\s+|my\s+|his\s+|her\s+|their\s+|its\s+|our\s+)?(?:integrity|"
            r"credibility|character|reputation|honesty|motives|patriotism|competence)\b"
            # "he started to attack the costs of the free market": an idea's price, no blow
            r"|(?:the\s+)?(?:costs?|price|notion|ideas?|principles?)\s+of\b)",
            re.IGNORECASE,
        ),
        ("DISAPPROVE", None, "strategic developments", None),
    ),
    "train": (
        re.compile(
            # ("160,000 security forces trained and equipped": the forces' own training)
            r"(?<=ing)\s+and\s+(?:equipp\w+|assist\w*|arm\w*|advis\w*|support\w*)\b"
            r"|\s+(?-i:[A-Z])[\w-]+s\b(?!\s+(?:troops|soldiers|forces|units)\b)",
            re.IGNORECASE,
        ),
        ("AID", "military", "strategic developments", None),
    ),
}


# a bomb is dropped from the air only when the clause says so: "warplanes bombed Homs", "the
# Nato bombing campaign"; "a suicide bomber", "car bombs", "set off a bomb" and a bombardment with
# no aircraft ("under bombardment for almost a month") are explosives and artillery
_AIR_BEFORE = re.compile(
    r"\b(?:air|aerial|jets?|warplanes?|planes?|aircraft|helicopters?|gunships?|drones?|nato|"
    r"air\s+force)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)
_AIR_AFTER = re.compile(
    r"\s+(?:raids?|runs?|campaigns?|sorties|missions)\b|[^.;,]{0,40}\bfrom\s+the\s+air\b", re.I
)


# "four suicide bombers", "five separate suicide attacks", "a car bomb attack": explosives
_EXPLOSIVE_BEFORE = re.compile(r"\b(?:suicide|(?:car|truck|roadside)\s+bomb)\s+$", re.IGNORECASE)


# PLOVER's AID modes: what the aid is ("humanitarian aid", "food supplies", "financial aid")
_AID_KINDS = (
    (re.compile(r"\b(?:humanitarian|food|medical|medicine|relief|shelter|refugees?)\b", re.I),
     "humanitarian"),
    (re.compile(r"\b(?:financial|economic|development|budget|loans?|money|cash)\b", re.I),
     "economic"),
)  # fmt: skip


_ARMS = re.compile(
    r"\b(?:arms|weapons?|ammunition|missiles?|shells|military|tanks|helicopters|munitions)\b", re.I
)


def _aid_mode(text: str, found: re.Match, entry: tuple) -> tuple:
    """The entry with the AID mode its words name; military when they name none.

    >>> t = "The UN delivered humanitarian aid to Homs."
    >>> _aid_mode(t, re.search("aid", t), ("AID", "military", "strategic developments", None))[1]
    'humanitarian'
    """
    if entry[0] != "AID" or entry[1] != "military":
        return entry
    around = text[max(0, found.start() - 30) : found.end() + 25]
    if _ARMS.search(around):  # "supply arms and food": military still
        return entry
    kind = next((mode for pattern, mode in _AID_KINDS if pattern.search(around)), None)
    return (entry[0], kind, *entry[2:]) if kind else entry


def _weapon_mode(text: str, found: re.Match, entry: tuple) -> tuple:
    """The entry with the mode its clause names: `aerial` for explosives or a bombardment said
    to come from the air, `explosives` for a suicide or car-bomb attack.

    >>> t = "Warplanes bombed the town."
    >>> _weapon_mode(t, re.search("bombed", t), ("ASSAULT", "explosives", "g", None))[1]
    'aerial'
    >>> t = "five separate suicide attacks"
    >>> _weapon_mode(t, re.search("attacks", t), ("ASSAULT", "ground", "battles", None))[1]
    'explosives'
    """
    explosive = _EXPLOSIVE_BEFORE.search(text, max(0, found.start() - 20), found.start())
    if entry[0] == "ASSAULT" and explosive:
        return (entry[0], "explosives", "explosions/remote violence", *entry[3:])
    word = found.group().lower()
    before = text[max(0, found.start() - 50) : found.start()]
    # "Israeli warplanes pounded Gaza", "helicopter gunships fired rockets": aircraft as the
    # subject (not "besieging the air base pounded it with mortars")
    if word.startswith(("pound", "fired")) and "mortar" not in word:
        aircraft = _AIRCRAFT_SUBJECT.search(before)
        return (entry[0], "aerial", *entry[2:]) if aircraft else entry
    if entry[1] not in ("explosives", "artillery") or not word.startswith("bomb"):
        return entry
    if _AIR_BEFORE.search(before) or _AIR_AFTER.match(text, found.end()):
        return (entry[0], "aerial", *entry[2:])
    return entry


_AIRCRAFT_SUBJECT = re.compile(
    r"\b(?:warplanes|jets|gunships|helicopters|aircraft|drones|bombers)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "a vitriolic attack on senators", "a stinging attack on Russia and China": words, no blows
_IN_WORDS_BEFORE = re.compile(
    r"\b(?:vitriolic|scathing|stinging|verbal|excoriating|thinly[\s-]veiled|rhetorical|personal|"
    r"written|(?P<either>blistering|withering))\s+$",
    re.IGNORECASE,
)
# ... a blistering or withering attack is in words unless forces make it ("came under a withering
# attack from government forces"); a blistering assault is an army's
_FROM_FORCES_AFTER = re.compile(
    r"\s+(?:from|by)\s+(?:[\w'’-]+\s+){0,3}(?:forces|troops|army|military|artillery|tanks|jets|"
    r"aircraft|warplanes|rebels|fighters)\b",
    re.IGNORECASE,
)
_CRITICISM = ("DISAPPROVE", None, "strategic developments", None)


def _shifted_sense(text: str, found: re.Match, lang: str) -> tuple | None:
    """The lexicon entry of the sense a trigger word takes here, when it is another type's."""
    if lang != "en" or " " in found.group():  # a phrase ("sent troops") says its own sense
        return None
    word = found.group().lower()
    words = word.startswith(("attack", "assault")) and _IN_WORDS_BEFORE.search(
        text, max(0, found.start() - 24), found.start()
    )
    if words and words.group("either"):
        armed = word.startswith("assault") or _FROM_FORCES_AFTER.match(text, found.end())
        words = None if armed else words
    if words:
        return _CRITICISM
    return next(
        (
            entry
            for stem, (pattern, entry) in _SENSE_SHIFTS.items()
            if word.startswith(stem) and pattern.match(text, found.end())
        ),
        None,
    )


# Korean compounds an event noun with 장/소 (place, facility) into a place: 훈련장에 (at the
# training ground), 훈련소 (training camp) are where troops are, not their training; 부상장병
# (wounded soldiers) and 사망소식 (news of deaths) are other words
_KOREAN_PLACE_NOUN = re.compile(r"[장소](?=[에의을를이은는도과와으로]|\W|$)")
# a gathering (role `gathering`) is a deployment only when forces gather: "북한 군인들이 모여",
# "북한인원 400여명이 운집", not "시민 수천 명이 모여" (citizens) or "대표단이 모여" (delegations)
_FORCES_BEFORE = {
    "ko": re.compile(r"군인|병력|부대|장병|병사|인원|군(?=[이은가는을를의과와도들]|\W|$)"),
    # "troops gathered", "North Korean soldiers were assembled"; not "protesters gathered"
    "en": re.compile(
        rf"\b(?:{FORCES_NOUN}|military|army|navy|brigades?|battalions?|divisions?)\b[^.,;]*$",
        re.IGNORECASE,
    ),
}
_FORCES_WINDOW = 45  # "11,000 North Korean troops were believed to have been stationed"

# "combat engineers", "assault brigades", "attack drones", "a fighting force": the word names a
# kind of unit or weapon, no event ("send 6,000 personnel, including combat engineers" is a
# deployment)
_MODIFIER_WORDS = {"combat", "assault", "attack", "strike", "battle", "fighting"}
_UNIT_AFTER = re.compile(
    r"\s+(?:engineers?|troops|units?|brigades?|battalions?|regiments?|divisions?|squads?|"
    r"vehicles?|drones?|helicopters?|aircraft|experience|readiness|training|zones?|gear|"
    r"capabilit(?:y|ies)|skills?|effectiveness|power|potential|forces?|kit|uniforms?|fatigues|"
    r"helmets?)\b",
    re.IGNORECASE,
)


# ... unless the word is the verb of a subject or an auxiliary before it: "forces attack troops"
_VERB_BEFORE = re.compile(
    r"\b(?:forces|troops|soldiers|army|units|they|we|who|to|will|would|could|can|may|must|"
    r"did|not)\s+$",
    re.IGNORECASE,
)


# the disaster is the subject: "a flood killed", "the earthquake that killed", "Hurricane Katrina
# left 110 dead" (not "Operation Desert Storm", "Typhoon jets", "a flood relief convoy ... and
# killed")
_DISASTER_BEFORE = (
    r"\b(?:tsunami|earthquake|quake|floods?|flooding|(?-i:storm|typhoon)|hurricane(?:\s+\w+)?|"
    r"cyclone|famine|epidemic|avalanche|landslide|heatwave)\s+(?:(?:has|have|had|that|which)\s+)?"
    r"(?:left\s+(?:[\w,.]+\s+){1,3})?$"
)
_ACCIDENT = (
    r"(?:(?:in|following|after)\s+(?:a\s+|an\s+)?(?:(?:car|road|traffic|motorway|vehicle|plane|"
    r"air|aircraft|airliner|train|bus)\s+(?:crash|collision)|(?:[\w-]+\s+){0,2}accidents?)"
    # "died today when an aircraft crashed into a residential area"
    r"|(?:[\w-]+\s+){0,3}?when\s+(?:[\w-]+\s+){1,8}?(?:collided|crashed))"
)
# English words whose other sense reports nothing: "demonstrated the ability to strike" (showed),
# "as demonstrated in Tapa" (a display), "in limited supply" (a stock), "in exchange for" (a term)
# "will meet with a harsh response", "met with resistance": a reaction, no meeting
# what a warning says when it is a threat, not a forecast ("warned that it would respond")
_THREAT_WORDS = (
    r"\b(?:consequences?|retaliat\w*|respon\w*|force|action|strikes?|(?:counter)?measures|"
    r"sanctions?|punish\w*|price|pay|attack\w*|revenge|reprisals?|repercussions|enforc\w*|"
    r"destruction|die|deaths?|kill\w*|bloodshed)\b"
)
_MET_WITH_A_REACTION = (
    r"\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:response|resistance|reaction|retaliation|criticism|"
    r"approval|success|failure|scepticism|skepticism)\b"
)
_OTHER_SENSE_AFTER = {
    # "letters should be sent to: letters@...", "sending representatives", "sent a signal",
    # "Send your pictures and videos to ..."
    **dict.fromkeys(("send", "sent"), re.compile(
        # "a send-up of rightwing fears": a parody
        r"[\s-]up\s+of\b|"
        r"\s+(?:to\s*:?\s*\S+@|(?:out\s+)?(?:(?:a|an|the|their|its|his|her|our|your|us)\s+)?"
        # "sending over 22 million text messages a year"
        r"(?:(?:over|more\s+than|about|some|nearly|almost|\d[\d,.]*|millions?|billions?|"
        r"thousands?|hundreds?|of)\s+)*"
        r"(?:\w+\s+(?:and\s+\w+\s+)?)?"
        r"(?:representatives|delegates|delegations?|envoys?|ambassadors?|letters?|messages?|"
        r"telegrams?|cables?|faxes|gifts?|flowers|cards?|parcels?|packages?|condolences|"
        r"greetings|signals?|invitations?|congratulations|pictures|photos|videos|comments|"
        r"stories|views|questions|e-?mails|lists?|names|documents|notes?|memos?|requests?|"
        r"proposals?)\b"
        # "had sent three of his children to live with their grandmother"
        r"|(?:\w+\s+of\s+)?(?:his|her|their|my|our)\s+(?:\w+\s+)?(?:children|sons?|daughters?|"
        r"kids|family|wife|husband)\b"
        # "sent him to Spain as its observer": a person, no forces
        r"|(?:him|her|me)\b"
        # "sending a team to Damascus to discuss the plan": envoys
        r"|(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:team|mission)\s+(?:[\w-]+\s+){0,4}?to\s+"
        r"(?:discuss|negotiate|talk|explain|hold\s+talks|mediate)\b)",
        re.IGNORECASE,
    )),  # fmt: skip
    # "Aid groups have estimated", "aid workers": who gives aid, no aid given
    "aid": re.compile(
        r"\s+(?:groups?|agenc(?:y|ies)|workers?|organi[sz]ations?|officials?|charit(?:y|ies)|"
        r"experts?)\b",
        re.IGNORECASE,
    ),
    # troops reach a place, named ("reached Russia's Kursk region", "reached the front line"):
    # not "reached out to", "reached a truce", "reached 10,000", "within reach of", "could not be
    # reached for comment"
    "reach": re.compile(
        r"(?!\s+(?:the\s+)?(?:(?-i:[A-Z])|front(?:[\s-]?lines?)?\b|frontline\b|border\b|"
        r"outskirts\b|combat\s+zone\b|city\b|town\b|village\b|region\b|area\b|capital\b))",
        re.IGNORECASE,
    ),
    # "Zelensky talks to media during an EU summit": an interview, no talks held
    "talks": re.compile(
        r"\s+(?:to|with)\s+(?:the\s+)?(?:media|press|reporters|journalists)\b", re.IGNORECASE
    ),
    # "signed its own death warrant" (a figure of speech), "students signed up" (enrolled)
    "sign": re.compile(r"\s+(?:up\b|(?:\w+\s+){0,2}death\s+warrant\b)", re.IGNORECASE),
    # "meeting their deadlines", "to meet its recruitment targets": fulfilling, no meeting; "if we
    # meet the enemy": an encounter
    "meet": re.compile(
        r"\s+(?:all\s+(?:of\s+)?)?(?:(?:the|their|its|his|her|our|all|these|those)\s+)?"
        r"(?:\w+\s+)?(?:deadlines?|"
        r"targets?|demands?|needs|requirements|expectations|obligations|criteria|standards|goals?|"
        r"conditions|benchmarks?|enemy|challenges?|schedules?|quotas?|costs?)\b"
        # "will meet with a harsh response": a reaction, no meeting
        rf"|{_MET_WITH_A_REACTION}",
        re.IGNORECASE,
    ),
    # "the UN's sanctions programs", "the sanctions committee": an office, no sanction imposed
    # ... "to get sanctions lifted", "the sanctions on Iraq were lifted": their end, none imposed
    "sanction": re.compile(
        r"s?\s+(?:programs?|programmes?|committees?|experts?|monitors?)\b"
        r"|s?\s+(?:(?:on|against)\s+(?:(?!(?:and|or|but|then)\s+(?-i:[a-z]))[\w'’-]+\s+){1,4}?)?"
        r"(?:(?:were|was|be|being|been|are|is|have|has|had|will|would|to)\s+){0,3}"
        r"(?:lifted|eased|removed|dropped)\b",
        re.IGNORECASE,
    ),
    # "films back in demand": sought after, no demand made
    "demand": re.compile(r"\s+(?:for\s+(?:tickets|seats|goods|products|oil|gas)\b)", re.IGNORECASE),
    # "refused to comment": no answer is no rejection
    # ... nor is refusing a debate ("refuses a discussion of what response would be appropriate")
    "refus": re.compile(
        r"\s+to\s+(?:comment|speculate|confirm|elaborate|discuss|be\s+drawn|give\s+details|say|"
        r"go\s+into\s+(?:the\s+)?details?)\b"
        r"|\s+(?:a|any|all)\s+(?:discussion|debate|interview)s?\b",
        re.IGNORECASE,
    ),
    # "veto power", "veto-wielding members": the power, not its use
    "veto": re.compile(r"(?:\s+powers?\b|-wielding\b|-holding\b)", re.IGNORECASE),
    # "transport minister", "transport links": a sector, no movement of troops
    "transport": re.compile(
        r"\s+(?:minister|ministry|secretary|links?|routes?|networks?|costs?|system|sector|"
        r"infrastructure|companies|company|workers|strikes?|arrangements?)\b",
        re.IGNORECASE,
    ),
    # "struck a chord", "strike a balance": no blow ("struck a deal" is an agreement of its own);
    # "struck me as": an impression
    **dict.fromkeys(("strike", "struck"), re.compile(
        r"\s+(?:a|an|the)\s+(?:\w+\s+)?(?:chord|deal|agreement|balance|note|tone|pose|bargain|"
        r"compromise|blow\s+for)\b"
        # "took strike action over pay": a walkout
        r"|(?<=strike)\s+action\b"
        r"|\s+(?:me|us|him|her|them)\s+(?:that|how|as\s+(?:an?\s+|the\s+|being\s+|\w+(?:ing|ly|ous|ful|ive|ic|al)\b))",
        re.IGNORECASE,
    )),  # fmt: skip
    # "died of cancer", "has died in a car crash", "died in hospital after being injured in a
    # traffic accident": no violence
    "died": re.compile(
        r"\s+(?:(?:of|from)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:cancer|natural\s+causes|illness|"
        r"disease|(?:heart|asthma)\s+attack|stroke|old\s+age|pneumonia|covid|aids|hiv|malaria|"
        r"tuberculosis|influenza|flu)"
        # "died in Tijuana, Mexico, while pursuing alternative treatments for bladder cancer"
        r"|[^.;]{0,80}?\b(?:treatments?|treated|suffering|battle)\s+(?:for|from|with)\s+(?:\w+\s+)?"
        r"(?:cancer|illness|disease|leukaemia|leukemia)"
        rf"|{_ACCIDENT}|[^.;]{{0,60}}?\b(?:traffic|road|car)\s+(?:accident|crash|collision))\b",
        re.IGNORECASE,
    ),
    # "a soldier was killed following a vehicle accident", "injured in a traffic accident"
    **dict.fromkeys(("killed", "injured"), re.compile(rf"\s+{_ACCIDENT}\b", re.IGNORECASE)),
    # "died ... The death was not the result of enemy action"
    "death": re.compile(r"[^.]{0,40}?\bnot\s+(?:the\s+)?result\s+of\s+enemy\s+action", re.I),
    # "hailed from the Sunni majority": came from; "was hailed as a hero": praised by nobody named
    "hailed": re.compile(r"\s+(?:from|as)\b(?![^.;]{0,60}\bby\b)", re.IGNORECASE),
    # "In his dispatch from Damascus": a reporter's piece (not "troops dispatched from Rostov")
    "dispatch": re.compile(r"(?<=dispatch)(?:es)?\s+from\b", re.IGNORECASE),
    # "He admitted that he had failed", "Mood admitted `` attempts to extract civilians ''
    # had been unsuccessful": words that report, no concession made
    "admitted": re.compile(r"\s+(?:that\b|``|[\"“‘'])", re.IGNORECASE),
    # "helping out at his father's restaurant": a hand, no support of a side
    "help": re.compile(r"\s+out\b", re.IGNORECASE),
    # "will mobilize all available means to respond", "mobilized public opinion": no forces
    "mobiliz": re.compile(
        r"\s+(?:all\s+)?(?:(?:available|necessary|possible|its|their|his|her|our|the)\s+)*"
        r"(?:means|resources|support|efforts?|opinion|public|funds|voters|supporters)\b",
        re.IGNORECASE,
    ),
    # "raided protest hotspots": places known for protests, none held here
    "protest": re.compile(r"\s+(?:hotspots?|hubs?|strongholds?|songs?|music)\b", re.IGNORECASE),
    # "opened a direct supply route to the border": a way goods can come by, no aid given
    "supply": re.compile(r"\s+(?:routes?|lines?|chains?|corridors?)\b", re.IGNORECASE),
    # "psychiatrists have been warned to expect psychiatric disorder": advised, no threat
    "warn": re.compile(
        r"\s+to\s+(?:expect|prepare|brace|be\s+(?:ready|prepared|careful|vigilant|on\s+alert))\b"
        # "warns that Iraq is hurtling towards disintegration", "warned of a civil war": a forecast
        # of what others or events will do (not "warned that it would respond", "warned Syria
        # that any attack would have consequences", "warned of retaliation": the speaker's threat)
        r"|(?:\s+(?!that\b)[\w'’-]+){0,4}?\s+(?:that|of)\s+"
        rf"(?!(?:it|they|we|he|she|i|its|their|our|his|her)\b)(?![^.;]*?{_THREAT_WORDS})",
        re.IGNORECASE,
    ),
    # "Thanks to the BBC", "thanks to pressure from Washington": because of, no praise; "Tony
    # Blair, thank you": politeness
    "thank": re.compile(r"(?:s?\s+to|\s+you)\b", re.IGNORECASE),
    # "bombarded with complaints": many words, no bombs; "a bomb scare", "a bomb hoax": none
    "bomb": re.compile(
        r"\s+(?:scares?|hoax(?:es)?|threats?|alerts?)\b"
        r"|\s+(?:[\w'’-]+\s+){0,3}?with\s+(?:\w+\s+)?(?:questions|complaints|calls|messages|requests|"
        r"letters|e-?mails|criticism|offers|ads|adverts|advertisements|information|propaganda|"
        r"images|protests|petitions|appeals)\b",
        re.IGNORECASE,
    ),
    # "met their demands", "met the deadline": fulfilled, no meeting
    "met": re.compile(
        r"\s+(?:(?:the|their|its|his|her|our|all|these|those)\s+)?(?:\w+\s+)?(?:deadlines?|"
        r"targets?|demands?|needs|requirements|expectations|obligations|criteria|standards|goals?|"
        rf"conditions|schedules?|quotas?|costs?)\b|{_MET_WITH_A_REACTION}",
        re.IGNORECASE,
    ),
    # "rally behind Gordon Brown", "rally support": backing, no demonstration
    # ... "used to rally sceptical US public": persuading
    "rally": re.compile(
        r"\s+(?:behind|around|round|to\s+(?:his|her|their|its)\b|support\b|(?:[\w-]+\s+){0,2}?"
        r"(?:public|opinion|voters|supporters|nation|allies|morale)\b)",
        re.I,
    ),
    # "deploying his considerable charm": a manner, no troops
    "deploy": re.compile(
        r"\s+(?:(?:his|her|their|its|all\s+(?:his|her|their|its))\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:charm|wit|humou?r|skills?|arguments?|rhetoric|talents?|expertise|eloquence|tactics?|"
        r"techniques?|methods?|strateg(?:y|ies)|language)\b"
        # "sought to deploy their power to export representative government": sway, no troops
        # ("deploy its military power" is a deployment)
        r"|\s+(?:his|her|their|its|our)\s+(?!(?:military|air|naval|fire|combat)\b)(?:\w+\s+)?"
        r"(?:power|influence|clout|wealth|money)\b",
        re.IGNORECASE,
    ),
    # "a retreat from universal principles": from ideas, no ground given up
    "retreat": re.compile(
        r"\s+(?:from|on)\s+(?:(?:its|his|her|their|the|our)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:principles?|values|ideals?|commitments?|pledges?|promises?|"
        r"polic(?:y|ies)|reforms?|democracy|multilateralism|liberalism)\b"
        # "caused Americans to retreat inward": into themselves
        r"|\s+(?:inwards?|into\s+(?:isolation|silence|denial|itself|themselves|private\s+life))\b",
        re.IGNORECASE,
    ),
    "visit": re.compile(  # a pilgrimage or a website, no diplomacy
        r"\s+(?:the\s+|a\s+|our\s+)?(?:(?:pilgrimage|holy|religious|heritage|web)\s+site|"
        r"(?:[\w-]+\s+)?(?:pilgrimage|shrine|website))\b",
        re.IGNORECASE,
    ),
    # "fighting marginal seats", "fight the extradition", "fight corruption": a campaign, no fight
    "fight": re.compile(
        # "to fight Tony Blair in his Sedgefield constituency at the forthcoming general election"
        r"(?:(?!\b(?:as|while|when|and|but)\b)[^.;,]){0,60}?\b(?:at|in)\s+the\s+(?:[\w-]+\s+){0,2}"
        r"(?:elections?|by-elections?|polls)\b|"
        r"\s+(?:(?:the|a|an|their|his|her|its|our|this|these)\s+)?(?:\w+\s+)?(?:seats?|"
        r"elections?|by-elections?|campaigns?|constituenc(?:y|ies)|corruption|poverty|cancer|"
        r"charges?|extradition|deportation|case|lawsuit|ruling|verdict|tears|fires?|disease)\b"
        # "a cold war fighting machine", "fighting fit", "a fighting chance": a kind, no fight
        r"|ing\s+(?:machine|fit|chance|spirit|talk|words|fund)s?\b"
        # "the fight against terrorism": a cause, no battle
        r"|\s+against\s+(?:international\s+|global\s+)?(?:terror\w*|extremism|crime|drugs|"
        r"corruption|poverty|injustice|oppression|racism|discrimination|hunger|inequality|impunity|"
        r"disease|aids|hiv|malaria)\b",
        re.IGNORECASE,
    ),
    # "the two candidates clashed in a rousing debate", "clashed over policy on television":
    # words, no fighting; "a clash of civilisations": an idea
    "clash": re.compile(
        r"\w*\s+(?:(?:in|during|at|on)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:debate|interview|argument|meeting|session|hearing|row|talk\s+show)s?\b"
        r"|on\s+(?:television|TV|radio|air)\b|of\s+(?:the\s+)?civili[sz]ations?\b)",
        re.IGNORECASE,
    ),
    # "an attack on its national sovereignty", "an assault on freedom": words about rights; "a
    # film to attack American policy": words about a policy
    **dict.fromkeys(("attack", "assault"), re.compile(
        r"\s+on\s+(?:[\w'’-]+\s+){0,2}?(?:sovereignty|freedom|liberty|rights|democracy|dignity|"
        r"independence|values|the\s+constitution)\b"
        # "an SA80 assault rifle", "assault ships", "attack helicopters": arms, no attack made
        # (the bare noun only: "attacked ships in the Red Sea" is an attack)
        r"|(?:(?<=attack)|(?<=assault))\s+(?:rifles?|weapons|guns?|ships?|craft|vehicles?|"
        r"helicopters?|submarines?|dogs?|course)\b"
        r"|\s+(?:(?:the|his|her|its|their|American|US|British|government['’]?s?)\s+){0,2}"
        r"(?:polic(?:y|ies)|record|decisions?|proposals?|views|remarks|comments|speech|article|"
        r"book|budget|bill|reforms?)\b",
        re.IGNORECASE,
    )),  # fmt: skip
    # "Blair battles accusations", "battling cancer": a struggle with words or illness; "the
    # battle, for hearts and minds": for opinion
    "battl": re.compile(
        r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:\w+\s+)?(?:accusations?|allegations?|"
        r"claims|criticism|critics|cancer|illness|disease|the\s+odds|fatigue|addiction|charges|"
        r"lawsuits?)\b"
        # "battle-hardened troops", "battle-scarred cities": what fighting made of them
        r"|-(?:hardened|tested|scarred|weary)\b"
        # "an aircraft carrier-led naval battle group": a fleet, no fighting (the noun only:
        # "troops battled groups of armed men" fought)
        r"|(?<=battle)\s+groups?\b"
        r"|\w*\s*,?\s+for\s+(?:the\s+)?hearts\s+and\s+minds\b"
        # "losing the battle to persuade people": for opinion
        r"|\w*\s+to\s+(?:persuade|convince|woo|win\s+(?:over|hearts|the\s+(?:argument|debate|"
        r"vote))|change\s+(?:minds|opinion))\b",
        re.IGNORECASE,
    ),
    # "a dead end", "dead-end talks", "dead wrong", "dead against": no one died
    "dead": re.compile(
        r"[\s-]+(?:ends?|wrong|serious|set|certain|against|heat|right(?=\s*(?:[.,;:!?'\"”]|$)))\b",
        re.I,
    ),
    # "reinforced Germany's reputation", "reinforces the impression": no troops
    "reinforc": re.compile(
        r"\w*\s+(?:(?:the|his|her|its|their|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:reputation|view|impression|belief|image|perception|argument|idea|message|sense|"
        r"theory|theories|"
        r"fears?|suspicions?|notion|claims?|stereotypes?|status)\b",
        re.IGNORECASE,
    ),
    # "action that threatens the status quo": a risk to a state of things, no threat made
    "threaten": re.compile(
        r"s?\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+|our\s+)?(?:[\w-]+\s+)?"
        r"(?:status\s+quo|stability|livelihoods?|jobs|economy|existence|credibility|recovery|"
        # "would threaten this oil lifeline", "threatens the peace process": endangers (not
        # "threatened the security forces", "health workers": people)
        r"lifelines?|supplies|security|future|process|prospects?|gains|reforms?|health|lives)\b"
        r"(?!\s+(?:forces|services|council|officials|personnel|workers|guards|agencies|chiefs?|"
        r"staff|men)\b)",
        re.IGNORECASE,
    ),
    # "offensive remarks", "offensive to Muslims": the adjective, no military offensive
    "offensive": re.compile(
        r"\s+(?:to\b|(?:\w+\s+)?(?:remarks?|comments?|language|words?|jokes?|cartoons?|images?|"
        r"premise|material|content|behaviou?r|slurs?|terms?|statements?|posts?|tweets?)\b)",
        re.IGNORECASE,
    ),
    "demonstrat": re.compile(
        # "demonstrating to the world the success of our credentials": showing
        r"\s+(?:to\s+(?:the\s+)?(?:world|public|voters|investors)\b"
        r"|(?:(?:the|its|their|his|her|our|a|an)\s+)?(?:\w+\s+)?(?:ability|capability|capacity|"
        r"how|that|resolve|readiness|commitment|strength|power|willingness|effectiveness|alliance|"
        r"expertise|skills?|knowledge|competence|"
        r"friendship|solidarity|unity|loyalty|brotherhood|support)\b"
        # "demonstrate hard evidence", "demonstrate why", "demonstrated the shallowness of":
        # proving (not "demonstrated against what they called a sham")
        r"|(?:(?:the|its|their|his|her|our|a|an|hard|clear|firm|concrete)\s+)?(?:evidence|proof|"
        r"why|what|whether|need|importance|value|extent)\b"
        r"|(?:the|its|their|his|her|our)\s+[\w-]+(?:ness|ity|ance|ence|ism|ure)\s+of\b)",
        re.IGNORECASE,
    ),
    # "an explosion of anger", "an explosion in population": a surge, no bomb
    "explosion": re.compile(
        r"s?\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+)?(?:anger|rage|fury|violence|protests?|unrest|"
        r"population|growth|interest|debate|demands?|prices?|costs?|numbers?|activity|support)\b"
        # ("an explosion in a public square" stays a bomb)
        r"|s?\s+of\s+(?:\w+\s+)?(?:popular|public)\b",
        re.IGNORECASE,
    ),
    # "blast-barriers", "a blast of American bluster": a wall or a burst, no bomb; "Lavrov blasts
    # US over Syria resolution": words
    "blast": re.compile(
        r"s?(?:-|\s+(?:walls?|barriers?|radius|of)\b)"
        r"|s?\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s+(?:over|for)\s",
        re.IGNORECASE,
    ),
    # "stormed out of the meeting", "stormed up to Capitol Hill", "stormed up and down the pool",
    # "stormed to victory": went or won in a rush, no assault
    "storm": re.compile(
        r"\s+(?:out|off|up\s+(?:to|and\s+down)|away|home|(?:back\s+)?to\s+(?:war|power|victory|"
        r"office))\b",
        re.IGNORECASE,
    ),
    # "shot down the US proposal": rejected, no aircraft downed
    **dict.fromkeys(("shot down", "shoot down", "shoots down"), re.compile(
        r"\s+(?:(?:the|a|an|this|that|his|her|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:proposals?|"
        r"plans?|ideas?|bills?|motions?|claims?|rumou?rs?|suggestions?|reports?|requests?|"
        r"amendments?|resolutions?)\b",
        re.IGNORECASE,
    )),
    # "an air raid alert", "air raid sirens", "air raid shelters": a warning or a refuge
    "air raid": re.compile(
        r"s?\s+(?:alerts?|alarms?|sirens?|shelters?|warnings?|drills?)\b", re.IGNORECASE
    ),
}
_PEOPLE_NOUNS = ("supporter", "visitor", "liberator")
_DEFENDANTS_BEFORE = re.compile(
    r"\b(?:the|an?|those|these)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?$",
    re.IGNORECASE,
)
_ACCUSES_AFTER = re.compile(
    r"\s+(?:each\s+other|one\s+another|of\b|the\b|him\b|her\b|them\b|(?-i:[A-Z]))", re.IGNORECASE
)
_APPROVED_BY = re.compile(r"\b(?:government|court|church|party)[\s-]+$", re.IGNORECASE)
_APPROVED_THING = re.compile(
    r"\s+(?:violence|contact|killings?|marriages?|repression|attacks?|militias?|torture|"
    r"campaigns?|programm?es?|policy|policies|crackdown)\b",
    re.IGNORECASE,
)
_NOT_A_SHELL_FIRED = re.compile(
    r"\b(?:tear\s+gas|smoke|flares?|blanks?|warning|water|rubber)\b", re.IGNORECASE
)
# protesters as the object of a preposition ("force against civilian demonstrators", "the killing
# of protesters"; not "thousands of protesters marched")
_PROTESTERS = ("protester", "protestor", "demonstrator")
_DONE_TO_PROTESTERS = re.compile(
    r"(?:\b(?:against|on|at|with|for|to|from|among|upon|into)|(?<!dozens)(?<!hundreds)"
    r"(?<!thousands)(?<!scores)(?<!tens)(?<!millions)(?<!crowds)(?<!crowd)(?<!group)"
    r"(?<!groups)(?<!number)(?<!lots)(?<!lot)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "the plan appears dead in the water": failed, nobody killed ("found dead in the water" is)
_DEAD_IN_THE_WATER = re.compile(
    r"\b(?:is|was|are|were|be|been|seems?|seemed|appears?|appeared|looks?|looked|now)\s+"
    r"dead\s+in\s+the\s+water\b",
    re.IGNORECASE,
)
_HOLDS = (
    r"\b(?:has|have|had|holds?|holding|held|keeps?|keeping|kept|retains?|retained|wields?|"
    r"wielding)\s+"
)
_CALLS_BY_OTHERS = (
    r"\b(?:growing|mounting|international|western|arab|earlier|previous|initial|amid|despite|"
    r"after|against|about|over|resisted|rejected|ignored|opposed|echoed|heeded|dismissed)\s+$"
)
_OTHER_SENSE_BEFORE = {
    # a call as a noun with no owner before it: "opposing Western and Arab calls for Assad to
    # stand down", "the urgent call for Mr Assad to delegate powers", "amid calls for an inquiry"
    # (a demand someone else made, or a person's, whose side the clause's subject need not be:
    # "reacted positively to his call"; "China's call for a ceasefire", "repeated its call", "The
    # US calls on Syria", "the army calls on rebels", "Their leaders call on Syria" are made here)
    "call ": re.compile(
        r"(?<!\bmade\s)(?<!\bmakes\s)(?<!\bmaking\s)(?<!\bissued\s)"
        rf"\b(?:the|a|an|this|that|these|those|his|her)\s+(?:(?-i:[a-z-]+)(?<!s)\s+)?$"
        rf"|{_CALLS_BY_OTHERS}",
        re.IGNORECASE,
    ),
    "calls ": re.compile(
        r"\b(?:the|a|an|this|that|these|those)\s+(?:(?:latest|new|fresh|recent|urgent|repeated|"
        rf"renewed|growing|mounting)\s+)?$|{_CALLS_BY_OTHERS}",
        re.IGNORECASE,
    ),
    # "released $1.5 billion in frozen Libyan assets": assets held, not a freeze made (a verb
    # after "has", "have", "had", "been" is: "The EU has already frozen the assets")
    "frozen": re.compile(
        r"(?s)^(?!.*\b(?:has|have|had|been|was|were)\s+(?:(?:\w+ly|also|already|now)\s+)?$)"
    ),
    # "resisted the urge to retaliate": a wish, no demand
    "urge": re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE),
    # "officials could not be reached": a phone call, no troops arriving
    "reach": re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE),
    # words, not blows: "a scathing attack on Al Jazeera"; an illness: "suffered a heart attack"
    "attack": re.compile(
        r"\b(?:heart|panic|asthma|anxiety)\s+$",
        re.IGNORECASE,
    ),
    # "The tsunami death toll is in the region of 150,000": no violence
    "death": re.compile(
        r"\b(?:tsunami|earthquake|quake|flood|storm|hurricane|cyclone|typhoon|famine|epidemic|"
        r"pandemic|heatwave|avalanche|landslide)\s+$",
        re.IGNORECASE,
    ),
    # a picture, not a prisoner: "the photograph that captured the fall of Saigon"
    "captur": re.compile(
        r"\b(?:photo(?:graph)?s?|pictures?|images?|cameras?|footage|videos?|films?)\s+"
        r"(?:(?:that|which)\s+)?(?:\w+\s+)?$",
        re.IGNORECASE,
    ),
    # "communities which have been largely supportive of Assad": a leaning, no support given
    "supportive": re.compile(r"", re.IGNORECASE),
    # "a legitimate way of breaking people down for interrogation": a purpose, none held
    "interrogat": re.compile(r"\bfor\s+(?:further\s+)?$", re.IGNORECASE),
    # "His involvement in the ending of Serbian domination": a person's part, no troops
    "involvement": re.compile(r"\b(?:his|her|my|your)\s+(?:[\w-]+\s+)?$", re.IGNORECASE),
    # "an audio dispatch from New Orleans": a reporter's piece, no troops sent
    "dispatch": re.compile(
        r"\b(?:audio|radio|video|podcast|news|latest|world|weekly|daily)\s+$",
        re.IGNORECASE,
    ),
    # "as demonstrated"; "the right to demonstrate peacefully": a right, no demonstration
    "demonstrat": re.compile(r"\b(?:as|right\s+to)\s+$", re.IGNORECASE),
    # "Thousands have died in unrest - mostly unarmed protesters": who the dead were, no protest
    # ... "Syria's suppression of protests": what was done to them is the news
    "protest": re.compile(
        r"\bright\s+to\s+$|\b(?:mostly|mainly|largely|predominantly|chiefly)\s+(?:\w+\s+)?$"
        r"|\b(?:crackdowns?|repression|suppression)\s+(?:on|of|against)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+)?$"
        # ... "have sought for months to quell anti-government protests"
        r"|\b(?:quell\w*|crush\w*|suppress\w*|put(?:ting)?\s+down|stamp\w*\s+out|stifl\w*)\s+"
        r"(?:the\s+)?(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    ),
    # "in demand"; "argued that this demand would impose regime change": one named before
    "demand": re.compile(
        r"\b(?:in|of)\s+(?:(?:high|great|strong|little|low)\s+)?$"
        # ... "These two key demands were rejected": demands told before (not "Russia this week
        # demanded")
        r"|\b(?:this|these|those|such)\s+(?:(?:two|three|four|key|main|core|central|new|latest|"
        r"same|last|first|basic|major|an?)\s+){0,2}$"
        # ... "will support the demands of the Syrian people", "respond to international
        # demands": the demands of others, the object of the clause's own deed (not "repeated
        # its demand")
        r"|\b(?:support\w*|back\w*|heed\w*|meet|met|meeting|compl\w+\s+with|respond\w*\s+to|"
        r"reject\w*|ignor\w*|accept\w*|refus\w*|dismiss\w*)\s+(?:the|their|its|his|her|these|"
        r"those)\s+(?:[\w-]+\s+)?$"
        rf"|\b(?:international|popular|public)\s+$|{_CALLS_BY_OTHERS}",
        re.IGNORECASE,
    ),
    # "the right to strike", "workers went on strike", "the 1983 miners' strike": labour's
    # strike, no blow
    "strike": re.compile(
        r"\bright\s+to\s+$|\b(?:on|general|hunger|labou?r|(?:workers|miners|teachers|dockers|"
        r"nurses|doctors|drivers|firefighters)\s*['’]?)\s+$",
        re.IGNORECASE,
    ),
    # "a wide-ranging political assault on the BBC's Today programme": words, no blow
    "assault": re.compile(r"\b(?:verbal|rhetorical|political|personal|legal)\s+$", re.I),
    # "I was struck by a line in the report": impressed, not hit
    "struck": re.compile(r"\b(?:I|we)\s+(?:was|were|am|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE),
    # "Israel already has the bomb": a weapon held, none dropped; "a dirty bomb": a weapon, none
    # dropped
    "bomb": re.compile(
        rf"{_HOLDS}(?:the|a|an|nuclear|atomic)\s+(?:(?:nuclear|atomic)\s+)?$"
        r"|\b(?:of|build\w*|develop\w*|acquir\w*|obtain\w*|make|making|made|plan\w*|want\w*|"
        r"fear\w*)\s+(?:a|an|the)\s+(?:dirty|nuclear|atomic|hydrogen)\s+$"
        r"|\b(?:build|develop|acquire|get|obtain)(?:s|ed|ing)?\s+(?:the|a|an)\s+$"
        # "workers uncovered a 110kg British bomb buried on the site": an old one, none set off
        r"|\b(?:uncovered|unearthed|dug\s+up|unexploded)\s+(?:(?:a|an|the)\s+)?"
        r"(?:(?!of\b)[\w-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    # "the coalition of the willing is not quite dead": a plan or a group, nobody killed
    "dead": re.compile(
        r"\b(?:coalition|plan|deal|process|idea|talks|treaty|agreement|initiative|accord|"
        r"proposal|party|project)\b(?:\s+[\w-]+){0,4}\s+(?:is|was|are|were|seems?|looks?)\s+"
        r"(?:(?:not|quite|yet|all|but|almost|now)\s+)*$"
        rf"|{_DISASTER_BEFORE}"
        # "portraits of dead suicide bombers", "to remember the Iraqi dead": the dead honoured,
        # no deaths told
        # (not "the names of 80 dead", a toll)
        r"|\b(?:portraits?|photo(?:graph)?s?|pictures?|images?|posters?|memor(?:y|ies))\s+"
        r"of\s+(?:the\s+)?(?:(?!\d|dozens|scores|hundreds|thousands|one|two|three|four|five|six|"
        r"seven|eight|nine|ten|twenty|thirty|forty|fifty)[\w-]+\s+){0,2}$"
        r"|\b(?:remember|mourn|honou?r|commemorate|pray\s+for)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    ),
    # "A flood killed six people", "Hurricane Katrina left 110 dead": no violence
    "killed": re.compile(_DISASTER_BEFORE, re.IGNORECASE),
    # "Hurricane Sandy pounded New York", "heavy storms pounded Britain": weather; "stocks took a
    # pounding": prices (not "Homs took another pounding from government artillery")
    "pound": re.compile(
        r"\b(?:hurricane|storms?|typhoon|cyclone|rain|winds?|waves|snow|blizzards?|tornado|"
        r"floods?)(?:\s+[\w-]+)?\s+(?:(?:has|have|had)\s+)?$"
        r"|\b(?:stocks|shares|markets?|currency|rouble|ruble|dollar|euro)\s+(?:\w+\s+){0,2}$",
        re.IGNORECASE,
    ),
    # "the population explosion": growth, no bomb; "earlier explosions in Damascus", "similar
    # blasts": others told before, the background of the news
    **dict.fromkeys(("explosion", "blast"), re.compile(
        r"\b(?:population|demographic|baby|data|information|earlier|previous|recent|similar|past|"
        r"such|those)\s+$",
        re.IGNORECASE,
    )),
    # "born December 2 1949; died June 5 2005": an obituary's dates
    # ... or after an illness named in the sentence: "Benenson, who had been ill for some time,
    # died on Friday"
    "died": re.compile(
        r"\bborn\b[^.;]{0,40};\s*$|\b(?:ill(?!-)|sick|illness|cancer)\b[^.;]{0,50}$",
        re.IGNORECASE,
    ),
    # "feels its security is threatened": a fear, no threat made; "instability in Syria also
    # threatens trade routes", "the violence threatens to spill over": a danger, no one threatens
    "threaten": re.compile(
        r"\b(?:feels?|felt|feeling|fears?|feared)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:is|are|was|were|being)\s+$"
        r"|\b(?:instability|violence|unrest|chaos|crisis|conflict|fighting|turmoil|situation|"
        r"tensions?|escalation|bloodshed)(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w-]*)?\s+"
        r"(?:(?:also|now|further|could|may|might|would|will|is|are|was|were|has|have)\s+)*$",
        re.IGNORECASE,
    ),
    # "a confirmation battle", "a legal battle", "an uphill battle": a contest, no fighting
    "battl": re.compile(
        r"\b(?:confirmation|legal|court|courtroom|political|election|electoral|uphill|PR|ratings|"
        r"losing|"
        r"custody|leadership|budget|bidding|takeover|boardroom|propaganda|public\s+relations)\s+$",
        re.IGNORECASE,
    ),
    # "Arab journalists visiting Syria", "put many tourists off visiting": a reporter's or a
    # tourist's trip, no diplomacy
    "visit": re.compile(
        r"\b(?:journalists?|reporters?|correspondents?|tourists?|pilgrims?|fans?|students?)\s+"
        r"(?:off\s+)?$",
        re.IGNORECASE,
    ),
    # "The 13-page minute was sent to Mr Blair": a paper, no troops
    **dict.fromkeys(("sent", "send"), re.compile(
        r"\b(?:minutes?|memos?|dossiers?|letters?|documents?|reports?|e-?mails?|messages?|"
        r"papers?|invitations?)\s+(?:(?:was|were|is|are|has|have|had|been|be|being|to)\s+)+$",
        re.IGNORECASE,
    )),  # fmt: skip
    # "the best-trained special operations troops": an adjective, no training now
    "train": re.compile(r"\w-$"),
    # "the evacuation of casualties from Homs": the evacuation is the news; "to avoid such heavy
    # losses": a loss kept from happening
    **dict.fromkeys(("casualt", "loss"), re.compile(
        r"\b(?:evacuat\w*|treat\w*|transport\w*|carry\w*|care\s+for)\s+(?:of\s+)?(?:the\s+)?"
        r"(?:[\w-]+\s+)?$"
        r"|\b(?:avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|minimi[sz](?:e|es|ed|ing)|limit(?:s|ing)?)\s+(?:(?:such|further|more|any|heavy|"
        r"high|civilian|unnecessary)\s+){0,2}$"
        # "it is difficult to determine the casualties", "not possible to verify casualty figures":
        # a count nobody gives
        r"|\bto\s+(?:independently\s+)?(?:determine|estimate|verify|confirm|assess|count|establish)"
        r"\s+(?:(?:the|any|some|reports\s+and)\s+)?$",
        re.IGNORECASE,
    )),  # fmt: skip
    # "unless British wishes were met": fulfilled, no meeting; "the nicest people I've ever met":
    # acquaintance
    "met": re.compile(
        r"\b(?:wishes|demands?|needs|conditions|requirements|targets?|expectations|obligations|"
        r"criteria|deadlines?|goals?|benchmarks?|tests?)\s+(?:\w+\s+){0,2}(?:were|was|are|is|be|been|"
        r"being)\s+$"
        r"|\bever\s+$",
        re.IGNORECASE,
    ),
    # "China and Russia, which oppose sanctions": a stance on sanctions, no sanction; "officially
    # sanctioned contact", "state-sanctioned": approved
    "sanction": re.compile(
        r"\b(?:oppos\w*|against|resist\w*|reject\w*|veto\w*|block\w*)\s+(?:\w+\s+)?$"
        r"|\b(?:officially|formally|legally|state)[\s-]+$",
        re.IGNORECASE,
    ),
    # "public transport", "air transport": a service, no forces moved
    "transport": re.compile(r"\b(?:public|mass|road|rail|air|urban|city)\s+$", re.IGNORECASE),
    # "in short supply"; "to preserve oil supplies": a commodity, no aid
    **dict.fromkeys(("supply", "supplie"), re.compile(
        r"\bin\s+(?:short|limited|ample|low|scarce)\s+$"
        r"|\b(?:oil|gas|energy|fuel|power|electricity|water)\s+$",
        re.IGNORECASE,
    )),  # fmt: skip
    # a power held, not used: "Russia, which has a veto on the Security Council" (a determiner:
    # "has vetoed" is a veto cast), "Russia and China both hold vetoes"
    # ... or granted: "the roadmap allows Mr Assad an effective veto over any candidate"
    "veto": re.compile(
        rf"{_HOLDS}(?:a|an|the|its|their|his|her)\s+(?:\w+\s+)?$"
        r"|\b(?:allows?|allowed|gives?|gave|given|grants?|granted)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:an?|the)\s+(?:\w+\s+)?$"
        # "the power of veto conferred on the permanent members", "a right of veto"
        r"|\b(?:power|powers|right|rights)\s+of\s+$",
        re.IGNORECASE,
    ),
    "vetoes": re.compile(rf"{_HOLDS}(?:(?:their|its|both|the)\s+)?$", re.IGNORECASE),
    # "in exchange for"; "a foreign exchange shop", "the stock exchange": a market, no swap
    # ... and "a cultural exchange", "a heated exchange": no prisoners swapped
    "exchange": re.compile(
        r"\b(?:in|foreign|stock|currency|cultural|student|academic|scientific|educational|"
        r"sporting|trade|information|heated|angry|verbal|frank|testy|tetchy|acrimonious|"
        r"bad-tempered|fiery|lively)\s+$",
        re.IGNORECASE,
    ),
    # "deeply offensive", "the most offensive": the adjective, graded as no offensive can be
    "offensive": re.compile(
        r"(?:\b\w+ly|\b(?:very|most|more|less|so|too|quite|particularly|highly))\s+$",
        re.IGNORECASE,
    ),
    # ... as "the most liberated in the Middle East" is ("completely liberated" is a deed), and
    # "Iraq is not a liberated country"
    "liberat": re.compile(r"\b(?:very|most|more|less|so|too|quite|a|an)\s+$", re.IGNORECASE),
    # "they have experience in fighting": a skill, no fight
    "fight": re.compile(
        r"\b(?:experience|expertise|skills?|trained|training|schooled)\s+(?:in|of|at)\s+$",
        re.IGNORECASE,
    ),
}


# "Two soldiers, though wounded, survived", "Sebbene feriti, sono sopravvissuti": a concession
# describes the state of people the sentence reports on, it is no event of its own
_CONCESSION = re.compile(
    r"(?<!\w)(?:though|although|albeit|even if|sebbene|benché|obwohl|bien que|quoique|aunque|"
    r"embora|meskipun|walaupun|хотя|хоча|iako|lai gan)\s+(?:\w+(?:ly|mente)\s+)?$",
    re.IGNORECASE,
)


# "the now-liberated areas", "the recently liberated territories": a state the places are in
_STATE_PREFIX = re.compile(
    r"\b(?:now|newly|recently|once|long|already|post|pre)-$"
    r"|\b(?:the|its|their|these|those)\s+(?:now|newly|recently|once|long|already)\s+$",
    re.IGNORECASE,
)
_TALKS_ABOUT = re.compile(
    rf"{TALKS_ON}(?:(?:recent|latest|continuing|ongoing|renewed|escalating|heavy)\s+)?$",
    re.IGNORECASE,
)
_IN_ADDRESS = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)


# "World Dispatch", "the Ottawa Treaty", "British Transport Police", "GMT Help": an English event
# word written with a capital inside a sentence, next to a name, is part of that name. A headline
# run into the text keeps its event word ("Damascus Fighting is intensifying", "LSE Protests
# have been staged", "Kim Dispatched ..."), and a Title Case line ("Troops Arrive In Kursk") says
# nothing by its capitals
_CAPITAL_BEFORE = re.compile(r"(?:\b[A-Z][\w.-]*|\b[Tt]he|['’]s)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+(?!I\b)[A-Z]")
_HEADLINE_FORM = re.compile(r"(?:s|ing|ed)$")
# ... inside a name opened by "the" ("the Libyan Islamic Fighting Group"; not a headline glued on:
# "Kim Dispatched Troops To Russia")
_NAME_WORD_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}$")
_LETTER = re.compile(r"[^\W\d_]")
_NAME_WINDOW = 120  # characters before a word that opens its sentence


def _part_of_a_name(text: str, found: re.Match) -> bool:
    word, start = found.group(), found.start()
    if (
        not word[:1].isupper()
        or not _LETTER.search(text, max(0, start - _NAME_WINDOW), start)  # opens the sentence
        or title_case(text)
    ):
        return False
    if _HEADLINE_FORM.search(word):
        # a verb form is a name's only between two of its capitalised words: "the Libyan
        # Islamic Fighting Group"
        return bool(
            _CAPITAL_AFTER.match(text, found.end())
            and _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
        )
    return bool(
        _CAPITAL_AFTER.match(text, found.end())
        or _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    )


# "the heavy losses are due to the troops' lack of experience", "the high number of casualties
# was due to ...": a toll already told, now explained (not "300 casualties were caused by shelling")
_THE_TOLL_BEFORE = re.compile(r"\bthe\s+(?:[A-Za-z-]+\s+){0,3}$", re.IGNORECASE)
_EXPLAINED_AFTER = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:due\s+to|caused\s+by|the\s+result\s+of|"
    r"because\s+of|blamed\s+on|attributed\s+to|explained\s+by)|stem(?:s|med)?\s+from)\b",
    re.IGNORECASE,
)


# ("each attack killed five" counts real deeds; "every day shelling kills dozens" is real too)
_SPEAKS_OF = re.compile(r"\s+(?:of|about)\b", re.IGNORECASE)
# ... but "held talks about Syria", "the talks about a ceasefire", "peace talks of the past" are
_TALKS_HELD = re.compile(
    r"\b(?:the|held|hold|holds|holding|peace|in|for|of|at|direct|new|further|more|fresh|bilateral|"
    r"secret|their|his|her|its|our|formal|informal|high-level)\s+$",
    re.IGNORECASE,
)
_RUMOURED = re.compile(
    r"\b(?:rumou?rs?|scares?|hoax(?:es)?|false\s+alarms?)\s+(?:of|about)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_ANY_OR_EVERY = re.compile(
    r"\b(?:every|any)\s+(?:(?!(?:of|day|night|week|month|year|morning|evening|time|weekend|hour)\b)"
    r"[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)


_ENDS_THE_SENTENCE = re.compile(r"\s*[.!?]?\s*$")
_THREATENING = re.compile(_THREAT_WORDS, re.IGNORECASE)


def _other_sense(text: str, found: re.Match, lang: str) -> bool:
    """Whether a trigger word is used in a sense that reports no event."""
    if _CONCESSION.search(text, max(0, found.start() - 25), found.start()):
        return True
    if _STATE_PREFIX.search(text, max(0, found.start() - 20), found.start()):
        return True  # "the now-liberated areas": a state the places are in, no event
    if _IN_ADDRESS.search(text, max(0, found.start() - 200), found.start()):
        return True  # "https://news.sky.com/story/soldiers-captured-by-ukraine": an address
    if lang != "en":
        return False
    if _part_of_a_name(text, found):
        return True
    if _TALKS_ABOUT.search(text, max(0, found.start() - 60), found.start()):
        return True  # "talks with Lavrov on the fighting in Syria": the talks are the news
    if _ANY_OR_EVERY.search(text, max(0, found.start() - 30), found.start()):
        return True  # "In every battle the rebels fight", "any attack on Syria": no one deed
    if _RUMOURED.search(text, max(0, found.start() - 40), found.start()):
        return True  # "panicked at rumours of a suicide bomber": feared, not done
    word = found.group().lower()
    if (
        word.startswith("warn")
        and _ENDS_THE_SENTENCE.fullmatch(text, found.end())
        and not _THREATENING.search(text, max(0, found.start() - 300), found.start())
    ):
        return True  # "The conflict will decide the fate of the nation, Assad has warned": a
        # forecast told before its speaker (not "Any attack will meet force, Russia warned")
    if word.startswith(_PEOPLE_NOUNS):
        return True  # "Assad supporters rallied", "visitors to the site": people, no deed
    if word.startswith(_PROTESTERS) and _DONE_TO_PROTESTERS.search(
        text, max(0, found.start() - 60), found.start()
    ):
        return True  # "the crackdown on protesters": what was done to them is the news
    window = (max(0, found.start() - 12), found.end() + 14)
    if word == "dead" and _DEAD_IN_THE_WATER.search(text, *window):
        return True
    if word.startswith("fired") and _NOT_A_SHELL_FIRED.search(word):
        return True  # "fired tear gas shells at protesters": no artillery
    if (
        word == "sanctioned"
        and _APPROVED_BY.search(text, max(0, found.start() - 20), found.start())
        and _APPROVED_THING.match(text, found.end())
    ):
        return True  # "government sanctioned violence": approved ("the government sanctioned
        # ten officials" imposes sanctions)
    if (
        word == "accused"
        and _DEFENDANTS_BEFORE.search(text, max(0, found.start() - 30), found.start())
        and not _ACCUSES_AFTER.match(text, found.end())
    ):
        return True  # "the three accused soldiers", "the accused denied it": the defendants ("The
        # two accused each other" do accuse)
    if (
        word == "talks"
        and _SPEAKS_OF.match(text, found.end())
        and not _TALKS_HELD.search(text, max(0, found.start() - 30), found.start())
    ):
        return True  # "The audit talks of incomplete accounting": speaks of, no talks held
    if (
        word.startswith(("casualt", "loss"))
        and _EXPLAINED_AFTER.match(text, found.end())
        and _THE_TOLL_BEFORE.search(text, max(0, found.start() - 40), found.start())
    ):
        return True
    stems = (*_OTHER_SENSE_AFTER, *_OTHER_SENSE_BEFORE)
    stem = max((s for s in stems if word.startswith(s)), key=len, default=None)
    if stem is None:
        return False
    after, before = _OTHER_SENSE_AFTER.get(stem), _OTHER_SENSE_BEFORE.get(stem)
    window = text[max(0, found.start() - 40) : found.start()]
    return bool(
        (after and after.match(text, found.end(), found.end() + 90))
        or (before and before.search(window))
    )


def _forces_gather(text: str, found: re.Match, lang: str) -> bool:
    forces = _FORCES_BEFORE.get(lang)
    before = text[max(0, found.start() - _FORCES_WINDOW) : found.start()]
    after = _FORCES_OF_AFTER.get(lang)
    return bool(forces and forces.search(before)) or bool(after and after.match(text, found.end()))


# "the arrival of North Korean troops": the forces named after the word
_FORCES_OF_AFTER = {
    "en": re.compile(rf"\s+of\s+(?:[\w-]+\s+){{0,3}}?{FORCES_NOUN}\b", re.IGNORECASE)
}


def _names_a_unit(text: str, found: re.Match) -> bool:
    return (
        found.group().lower() in _MODIFIER_WORDS
        and bool(_UNIT_AFTER.match(text, found.end()))
        and not _VERB_BEFORE.search(text[max(0, found.start() - 20) : found.start()])
    )
