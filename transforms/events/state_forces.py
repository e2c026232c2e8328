"""A state's forces, police or rebels named without their state ("government forces", "security
forces in Homs", "rebels"): they act for, or are acted on in, the country the deed happens in.

>>> from transforms.events.memory import ArticleState
>>> from transforms.events.ontology import find_triggers
>>> from transforms.events.places import find_places
>>> text = "Government forces shelled Homs."
>>> context = {"text": text, "places": find_places(text, "en"), "claims": [],
...            "state": ArticleState(), "lang": "en"}
>>> [trigger] = find_triggers(text, "en")
>>> agent = state_agent(context, (0, len(text)), trigger, context["places"][0])
>>> agent.code, agent.sector, agent.text
('SYR', 'military', 'Government forces')
"""

from __future__ import annotations

import re

from transforms.events.actors import ActorMatch, find_actors
from transforms.events.context import within
from transforms.events.lexicon import FLED_TO, GERUND, ORIGIN_CUE
from transforms.events.memory import ArticleState
from transforms.events.ontology import Trigger
from transforms.events.places import PlaceMatch, country_name
from transforms.events.quantities import COUNT_WORDS
from transforms.events.roles import after_a_passive_auxiliary, is_mutual, kills_whom

# "Government tanks shelled the suburbs of Damascus", "the regime's assault on Yalda", "killed by
# security forces in Homs": a state's own forces, named without their state, act for the country
# the event happens in (not one they are sent to: "police deported him to Syria"). A bare "the
# government" is not one: a British paper's government is Britain's, wherever the news is.
_STATE_AGENT = (
    r"(?:pro-)?government\s+(?:forces|troops|soldiers|tanks|artillery|shells|snipers|gunmen|"
    r"militias?|jets|warplanes|helicopters|aircraft|loyalists)|(?-i:army)|(?:pro-)?regime(?:'s|\s+(?:forces|"
    r"troops|soldiers|tanks|snipers|militias?|loyalists))?|security\s+forces|(?:riot\s+)?police"
    r"(?:men)?|loyal(?:ist)?\s+(?:forces|troops|soldiers|units)"
    # the armed opposition of the country where it fights: "rebels shelled an army post in Idlib"
    # (Syria's rebels), "insurgents attacked a convoy in Ramadi" (Iraq's); not "gunmen", whose
    # side the text does not say
    r"|(?:rebel|opposition)\s+fighters|rebels|insurgents|militants"
)
# the agent opens the subject: not "anti-government", nor "the mercenaries of this regime"
# ... or "government" right before the deed ("Government shelling killed 20 in Homs"; not
# "pro-government demonstrations", its supporters')
_AGENT_BEFORE = re.compile(
    # ... and the state itself right before its deed: "and authorities cracked down" (not "the
    # authorities said gunmen attacked": a source)
    rf"(?<![\w-])(?:{_STATE_AGENT}|government(?=\s+$)|rebel(?=\s+$)|"
    r"authorities(?=\s+(?:have\s+|had\s+)?$))"
    r"(?=(?:\s+[\w'-]+){0,4}\s*$)",
    re.IGNORECASE,
)
_OBJECT_OF = re.compile(
    r"\b(?:of|on|to|against|with|for)\s+(?:(?:the|this|that|its|their|a)\s+)?$", re.IGNORECASE
)
# "killed by security forces", "battles between government troops and army defectors"
# ... and "killed by the authorities", the state itself (not a doer before the deed: "the
# authorities say")
# ... or the side the victims fought: "killed in an exchange of fire with insurgents in Basra"
AGENT_AFTER = re.compile(
    r"\s+(?:by|(?:(?:were|was|have\s+been|has\s+been)\s+reported\s+|broke\s+out\s+|erupted\s+)?"
    r"between|in\s+(?:an?\s+|the\s+)?(?:exchanges?\s+of\s+fire|fire-?fights?|"
    r"gun\s*battles?|clash(?:es)?|fighting|battles?|shoot-?outs?)\s+with)"
    rf"\s+(?:the\s+)?(?:armed\s+)?(?:{_STATE_AGENT}|(?<=by the )authorities)\b",
    re.IGNORECASE,
)
# "killed by terrorists", "shot dead by masked gunmen": a doer the text names without its side
UNNAMED_AGENT_AFTER = re.compile(
    r"\s+by\s+(?:an?\s+|the\s+)?(?:(?:unknown|unidentified|masked|armed|suspected|suicide)\s+)*"
    r"(?:gunm[ae]n|terrorists?|bombers?|attackers?|assailants?|militiam[ae]n|kidnappers?|"
    r"jihadists?|extremists?|armed\s+(?:men|groups?|gangs?))\b",
    re.IGNORECASE,
)
_SENT_TO = re.compile(r"\b(?:to|into|towards|for)\s+(?:the\s+)?$", re.IGNORECASE)


def article_country(state: ArticleState) -> str | None:
    """The country more than half of the places the article's event sentences named so far lie
    in (two at least: one place says little about an article)."""
    top = state.place_countries.most_common(1)
    named = state.place_countries.total()
    return top[0][0] if top and top[0][1] >= 2 and top[0][1] * 2 > named else None


def _deed_country(
    context: dict, clause: tuple[int, int], place: PlaceMatch | None
) -> str | None:
    """The country a deed happens in: its place's, when the place is in the deed's clause; else
    the one country all the sentence's places lie in ("38 people were killed by security forces
    across the country, including 16 in Homs and 11 in Damascus") unless the article's news
    happens in another (a march "in Paris in solidarity" in news from Syria); when the sentence
    names no place at all, where the article's news happens."""
    if (
        place is not None
        and place.country
        and within(clause, place.start, place.end)
        and not _names_no_deeds_place(place, context)
    ):
        return place.country
    news_country = article_country(context["state"])
    if not context["places"]:
        return news_country
    places = [p for p in context["places"] if not _names_no_deeds_place(p, context)]
    countries = {p.country for p in places}
    if len(countries) != 1:
        return None
    [country] = countries
    return country if news_country in (None, country) else None


# "killed across the country", "nationwide protests": the country of the article's news
_ACROSS_THE_COUNTRY = re.compile(
    r"\b(?:across|throughout|all\s+over)\s+the\s+country\b|\bnationwide\b", re.IGNORECASE
)


def across_the_country(
    context: dict, clause: tuple[int, int], trigger: Trigger, sides: set[str | None]
) -> PlaceMatch | None:
    """The country a clause that names no place means by "across the country": where the
    article's news happens (more than half of the places its earlier event sentences named),
    when neither side nor the source of the event is of another country ("Egyptian police
    arrested 300 people nationwide" in news from Syria is not in Syria). Nothing is guessed
    otherwise."""
    found = _ACROSS_THE_COUNTRY.search(context["text"], clause[0], clause[1])
    country = article_country(context["state"]) if found else None
    if country is None:
        return None
    if sides - {country, None}:
        return None
    return PlaceMatch(found.start(), found.end(), found.group(), country_name(country), country,
                      "country")  # fmt: skip


def _names_no_deeds_place(place: PlaceMatch, context: dict) -> bool:
    """A place where the reporter stands ("says the BBC's Jim Muir in Beirut") or where someone
    went ("who had fled across the border to Jordan", "fled into Turkey") is not where a deed
    happens."""
    text = context["text"]
    return bool(
        _SENT_TO.search(text, max(0, place.start - 12), place.start)
        or FLED_TO.search(text, max(0, place.start - 70), place.start)
    ) or speakers_place(text, place, context["claims"])


_REPORTERS_PLACE = re.compile(r",?\s+(?:in|from)\s+", re.IGNORECASE)
_ASIDE_PLACE = re.compile(r",\s+(?:in|from)\s+(?:neighbou?ring\s+)?$", re.IGNORECASE)


def speakers_place(text: str, place: PlaceMatch, claims: list) -> bool:
    """Whether a place right after a source, or in an aside within its words, says where the
    source is ("says the BBC's Jim Muir in Beirut", "The BBC's Jonathan Head, in neighbouring
    Turkey, says"), not where what it reports happens ("Activists in Homs say" still is)."""
    return any(
        claim.start < claim.end
        and (
            _REPORTERS_PLACE.fullmatch(text, claim.end, place.start)
            or (
                claim.start <= place.start < claim.end
                and _ASIDE_PLACE.search(text, max(claim.start, place.start - 30), place.start)
            )
        )
        for claim in claims
    )


def state_agent(
    context: dict, clause: tuple[int, int], trigger: Trigger, place: PlaceMatch | None
) -> ActorMatch | None:
    text = context["text"]
    if place is not None and _SENT_TO.search(text, max(0, place.start - 12), place.start):
        return None  # forces sent there ("police deported him to Syria") act elsewhere
    country = _deed_country(context, clause, place)
    if country is None:
        return None
    # a casualty word's subject is its victims ("soldiers from the Royal Military Police were
    # killed"), unless it is an active verb with its own object ("security forces shot dead two
    # protesters"); else only "by ..." names who did it
    # ... nor the subject of a passive attack: "the police van was attacked by an armed group" (not
    # "security forces were shelling the city"; forces "being reinforced" still move)
    active = (
        trigger.role != "casualty"
        or kills_whom(text, trigger)
        # "government troops had inflicted heavy losses on the rebels": who inflicts them
        or bool(_INFLICTED.search(text, max(0, trigger.start - 40), trigger.start))
    )
    passive = (
        trigger.event_type in ("ASSAULT", "COERCE")
        and after_a_passive_auxiliary(text, trigger)
        and not GERUND.match(trigger.text)
    )
    subject = (
        active
        and not passive
        and _nearest_agent_before(text, clause, trigger)
    )
    if subject and _OBJECT_OF.search(text, max(0, subject.start() - 16), subject.start()):
        subject = None
    # forces protest themselves only right before the word ("police protested", "police
    # officers demonstrated"); not "security forces opened fire on peaceful demonstrations", nor
    # "(the rebels) believe in peaceful demonstration"
    if subject and trigger.event_type == "PROTEST":
        subject = subject if len(text[subject.end() : trigger.start].split()) <= 1 else None
    found = subject or AGENT_AFTER.match(text, trigger.end, clause[1])
    if not found or not _army_of(text, found, country, context["state"], context["lang"]):
        return None
    return state_agent_of(found, country, trigger.event_type in _FORCE_TYPES)


_ARMY = re.compile(r"(?:\s+(?:by|between|[\w\s]+with)\s+(?:the\s+)?)?army$", re.IGNORECASE)
# "defectors from the army" (`ORIGIN_CUE` before it), "army deserters": who left it, not the army
_ARMY_LEAVERS = re.compile(r"\s+(?:defect|desert)", re.IGNORECASE)


def _army_of(
    text: str, found: re.Match, country: str, state: ArticleState, lang: str | None
) -> bool:
    """Whether "army" named alone is the deed country's: not one a name goes with ("a British
    army tank", "US army specialist"), nor its defectors, nor in an article that has named
    another country's forces ("British troops in Basra ... the army said": Britain's, as
    British papers write)."""
    if not _ARMY.search(found.group()):
        return True
    army_start = found.end() - len("army")
    window = text[max(0, army_start - 30) : army_start]
    named = any(not window[a.end :].strip() for a in find_actors(window, lang))
    return not (
        named
        or ORIGIN_CUE.search(window)
        or _ARMY_LEAVERS.match(text, found.end())
        or state.forces_countries - {country}
    )


_INFLICTED = re.compile(r"\binflict(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _nearest_agent_before(text: str, clause: tuple[int, int], trigger: Trigger) -> re.Match | None:
    """The forces or rebels named in the few words before the trigger: the last ones when a verb
    comes between ("government forces had repelled a rebel attack": the rebels attack), else the
    first ("Government troops and rebels clashed", "Militants wearing police uniforms
    attacked")."""
    found = list(_AGENT_BEFORE.finditer(text, max(clause[0], trigger.start - 60), trigger.start))
    chosen = found[0] if found else None
    for later in found[1:]:
        if not _SAME_SUBJECT.fullmatch(text, chosen.end(), later.start()):
            chosen = later
    return chosen


# words that join forces into one subject or describe them: "troops and rebels", "militants
# wearing police uniforms"
_SAME_SUBJECT = re.compile(
    r"\s*,?\s*(?:(?:and|or|&|wearing|in|dressed\s+as|disguised\s+as|posing\s+as|with)\s+)?"
    r"(?:(?:the|their|its|fake|stolen)\s+)?",
    re.IGNORECASE,
)


def state_victims(
    context: dict, clause: tuple[int, int], trigger: Trigger, place: PlaceMatch | None
) -> ActorMatch | None:
    """The state's forces or the rebels a toll counts when its subject names them without their
    state: "2,000 members of the security forces have been killed", "five insurgents died" (of
    the country the deed happens in). They stand first, as victims do when no enemy is named."""
    text = context["text"]
    if trigger.role != "casualty" or kills_whom(text, trigger):
        return None
    found = _nearest_agent_before(text, clause, trigger)
    if found is None:
        return None
    # ... the subject of the toll's own verb: not "Police said five people were killed"
    if not _IS_THE_SUBJECT.fullmatch(text, clause[0], found.start()):
        return None
    if not _VERB_GROUP.fullmatch(text, found.end(), trigger.start) or any(
        c.start <= found.start() < c.end for c in context["claims"]
    ):
        return None
    country = _deed_country(context, clause, place)
    return state_agent_of(found, country) if country else None


# what may open a subject before the forces it counts: "At least 2,000 members of the", "Three",
# after whoever says so ("The government says 2,000"); not "the crackdown on", "fighting between
# rebels and"
_IS_THE_SUBJECT = re.compile(
    r"[\s,;:\"“”'`-]*(?:(?:[\w'’-]+\s*,?\s+){0,5}?(?:says|said|say|reports|reported|estimates|"
    r"estimated|adding|added|saying)\s+)?(?:(?:and|but|while|whereas|that)\s+){0,2}"
    r"(?:(?:the|some|at\s+least|more\s+than|over|about|nearly|almost|around|up\s+to|dozens|"
    rf"scores|hundreds|thousands|many|several|[\d,.]+|{COUNT_WORDS})\s+)*?"
    rf"(?:(?:members|some|many|dozens|scores|hundreds|thousands|[\d,.]+|{COUNT_WORDS})\s+of"
    r"\s+(?:the\s+|its\s+|their\s+)?)?",
    re.IGNORECASE,
)


# between the forces and the toll's verb: "security forces have been killed", "security forces
# personnel have also died", "rebel fighters killed"
_VERB_GROUP = re.compile(
    r"(?:\s+(?:personnel|members|officers|policemen|men|fighters|soldiers|troops|guards|recruits|"
    r"commanders|agents|conscripts|have|has|had|were|was|been|being|also|reportedly|allegedly|"
    r"all|both|so\s+far))*\s*",
    re.IGNORECASE,
)


# deeds a government does with its forces: "Government shelling killed 20" is its military's
_FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "RETREAT"})


# the forces or rebels a deed is done to, right after it: "attacked rebels", "a ground offensive
# on rebels", "killed 20 rebels", "clashes with security forces"
_TARGET_AFTER = re.compile(
    r"\s+(?:(?:on|against|with|at)\s+)?(?:the\s+)?(?:(?:at\s+least\s+|about\s+|some\s+)?[\d,]+\s+|"
    rf"(?:dozens|scores|hundreds|thousands)\s+of\s+)?(?:(?:{_STATE_AGENT})\b(?!\s+change\b)|"
    # ... or the people: "fired on protesters in Hama", "killed 20 civilians in Homs"
    r"(?P<people>(?:unarmed\s+|peaceful\s+)?(?:protesters|demonstrators|civilians|mourners|"
    r"worshippers|villagers|residents))\b"
    # ... or the posts of either side: "attacked an army base near Damascus", "shelled rebel
    # positions in Homs" (not a "rebel-held town", whose people are hit too; nor a "military
    # convoy", which may be a foreign force's)
    r"|(?:an?\s+)?(?P<post>army\s+(?:bases?|posts?|checkpoints?|convoys?|barracks|"
    r"positions?|patrols?|headquarters|compounds?|installations?))\b"
    r"|(?P<rebel_post>(?:rebel|opposition)\s+(?:positions?|strongholds?|bases?|bastions?|"
    r"hideouts?))\b)",
    re.IGNORECASE,
)


def state_target(
    context: dict,
    clause: tuple[int, int],
    trigger: Trigger,
    place: PlaceMatch | None,
    actor1: ActorMatch | str | None,
) -> ActorMatch | None:
    """State forces or rebels a deed of force is done to, of the country the deed happens in
    ("Syrian troops attacked rebels in Idlib": SYR rebels), else of the doer's when the doer is
    its police, who act at home, else of the article's country ("Russian warplanes attacked
    rebels" says nothing of whose rebels)."""
    found = _TARGET_AFTER.match(context["text"], trigger.end, clause[1])
    if not found:
        return None
    police = isinstance(actor1, ActorMatch) and actor1.sector == "police"
    # ... the police's own when the clause names no place ("Egyptian police killed 12 protesters"
    # in news from Syria: Egyptian protesters)
    at_home = police and not (place is not None and within(clause, place.start, place.end))
    country = (actor1.code if at_home else None) or _deed_country(context, clause, place)
    if country is None:
        return None
    if found.group("people"):
        if is_mutual(trigger) and found.group().lstrip().lower().startswith("on"):
            return None  # "the impact of the fighting on civilians": no side of the fight
        start = found.start("people")
        return ActorMatch(start, found.end(), found.group("people"), country, "civilian", "agent")
    post = next((group for group in ("post", "rebel_post") if found.group(group)), None)
    if post:  # an army base is the military's, rebel positions the rebels'
        sector = "military" if post == "post" else "rebels"
        target = ActorMatch(found.start(post), found.end(), found.group(post), country, sector,
                            "agent")  # fmt: skip
    else:
        target = state_agent_of(found, country)
    doer = isinstance(actor1, ActorMatch) and (actor1.code, actor1.sector)
    return None if doer == (target.code, target.sector) else target


_AND_THE_OTHER_SIDE = re.compile(
    rf"\s*,?\s*and\s+(?:the\s+)?(?:armed\s+)?(?:{_STATE_AGENT})\b", re.IGNORECASE
)


def other_side_between(
    context: dict, clause: tuple[int, int], trigger: Trigger, actor1: ActorMatch | str | None
) -> ActorMatch | None:
    """The side named after "and" in a mutual deed "between" two of a country's forces:
    "clashes between rebels and government forces" (SYR military against SYR rebels)."""
    if not is_mutual(trigger) or not isinstance(actor1, ActorMatch):
        return None
    first = AGENT_AFTER.match(context["text"], trigger.end, clause[1])
    if not first or "between" not in first.group().lower():
        return None
    second = _AND_THE_OTHER_SIDE.match(context["text"], first.end(), clause[1])
    if not second:
        return None
    other = state_agent_of(second, actor1.code)
    return None if (other.code, other.sector) == (actor1.code, actor1.sector) else other


def state_agent_of(found: re.Match, country: str | None, by_force: bool = True) -> ActorMatch:
    """The state's forces or the armed opposition a phrase names, acting for `country`; a bare
    "government" is its military in a deed of force, else itself ("The government blamed")."""
    words = found.group().lower().split()
    head = words[-1].removesuffix("'s").removeprefix("pro-")
    if head in ("regime", "authorities") or (head == "government" and not by_force):
        sector = "government"
    elif head in ("rebel", "rebels", "insurgents", "militants", "fighters"):
        sector = "rebels"
    else:
        sector = "police" if "police" in head or "security" in words else "military"
    return ActorMatch(found.start(), found.end(), found.group().strip(), country, sector,
                      "agent")  # fmt: skip
