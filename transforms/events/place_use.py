"""Whether a country's name in a clause names a place or an ally rather than a party: "troops in
Russia", "Russia's Kursk region", "the Syrian city of Homs", "in Brussels, Belgium", "fighting
for Russia", "their Russian allies"; and whether it names forces ("North Korean soldiers").

>>> from transforms.events.actors import ActorMatch
>>> t = "troops in Russia fighting for Russia"
>>> is_place_use(t, ActorMatch(10, 16, "Russia", "RUS", None, "country"))
True
>>> is_ally_use(t, ActorMatch(30, 36, "Russia", "RUS", None, "country"))
True
"""

from __future__ import annotations

import re

from transforms.events.actors import NON_STATE, ActorMatch, actor_lexicon
from transforms.events.lexicon import (
    CAPITAL_BEFORE,
    FORCES_NOUN,
    NOT_A_PLACES_TO,
    PLACE_ARTICLE,
    PLACE_OF,
    ends_with_article,
    forces_named_before,
    names_an_event,
)
from transforms.events.ontology import find_triggers
from transforms.events.places import STRUCK_BEFORE, town_country
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
    r"bersama|membantu|mendukung|atas nama)\s+"
    r"(?:(?:les|la|le|el|los|las|il|i|der|die|den|os|as)\s+)?(?:\w+\s+)?)$",
    re.IGNORECASE,
)


_PLACE_CUE = re.compile(
    rf"(?<!\w){NOT_A_PLACES_TO}(?:in|into|inside|at|near|from|{PLACE_OF}|across|to|nach|im|en|au|aux|à|a|"
    # ... "near the eastern border with Iraq": the border country is where
    rf"ke|di|em|u|в|во|до|на|у|із|из|borders?\s+with|frontier\s+with)\s+{PLACE_ARTICLE}"
    r"(?:[a-z]+(?:ern|ed)\s+)?$",  # "in eastern Russia", "in der Ukraine"
    re.IGNORECASE,
)


# the second of two names after a place word (not a list: "In Astana, Russia, Iran and Turkey
# signed" names parties; nor "anger at Russia and China", a target)
_SECOND_OF_TWO_PLACES = re.compile(
    r"(?<!\w)(?:in|near|across)\s+(?:the\s+)?(?P<first>(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:and|or)\s+$",
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


POSSESSIVE = re.compile(r"^['’]s\b")


# forces named after a name, with a word between or not: "North Korean (military) personnel"
# ... or one of them: "A British soldier was killed" ("A" is no Romance "a", to)
_FORCES_NOUN_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+)?(?:{FORCES_NOUN}|soldier|serviceman|servicewoman|marine|trooper)\b",
    re.IGNORECASE,
)


def text_before(text: str, actor: ActorMatch, width: int = 30) -> str:
    return text[max(0, actor.start - width) : actor.start]


def names_forces(text: str, actor: ActorMatch) -> bool:
    """ "North Korean soldiers", "North Korean military personnel" (not "a Russian military ID"),
    "a US soldier", "10,000 soldiers from North Korea", "militari di Pyongyang": whose forces,
    not where."""
    if actor.kind == "demonym":
        return bool(_FORCES_NOUN_AFTER.match(text, actor.end, actor.end + 40))
    if actor.kind == "alias" and _FORCES_NOUN_AFTER.match(text, actor.end, actor.end + 16):
        return True
    return forces_named_before(text, actor.start)


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def is_place_use(text: str, actor: ActorMatch, lang: str | None = None) -> bool:
    """Whether a country is named as a place ("in Russia", "Russia's Kursk region").

    >>> t = "troops in Russia"
    >>> is_place_use(t, ActorMatch(10, 16, "Russia", "RUS", None, "country"))
    True
    """
    if actor.kind == "person" or actor.code in NON_STATE:  # an alliance is nowhere
        return False
    before, after = text_before(text, actor), text[actor.end : actor.end + 80]
    if _PLACE_AFTER.match(after):
        return True
    if actor.kind == "demonym" and _PLACE_NOUN_AFTER.match(after):
        return True  # "the Qatari capital Doha", "the Syrian city of Homs": which place
    if actor.kind == "capital" and (
        CAPITAL_BEFORE.search(before) or _SCENE_OF_AFTER.match(after)
    ):
        return True  # "in the Qatari capital Doha", "the capital, Damascus", "Madrid, scene of
        # the train bombings": the city itself
    if actor.kind == "capital" and STRUCK_BEFORE.search(before):
        return True  # "explosions rock Baghdad", "the assault on Damascus": the city struck
    if actor.kind == "capital" and names_an_event(text, actor.start, actor.end):
        return True  # "the London bombings", "the Madrid bombings": where, not whose
    if (
        actor.kind in ("country", "alias")
        and (town := _TOWN_AND_COMMA.search(before))
        and _AFTER_A_TOWNS_COUNTRY.match(after)
        and _a_town_of(town.group("town"), actor.code, lang)
    ):
        return True  # "in Brussels, Belgium, on Monday": the town's country
    if names_forces(text, actor):  # "of North Korean soldiers" names people, not a place
        return False
    if actor.kind == "demonym" and _OF_BEFORE.search(before):
        return False  # "reports of North Korean casualties", "the number of North Korean killed"
    if actor.kind == "demonym" and _HELD_BY.match(after):
        return False  # "liberated from Ukrainian control", "under Russian occupation": a side
    # "in Russia's illegal invasion": the possessor of a deed after a place word, not a place
    if POSSESSIVE.match(after):
        return False
    second = actor.kind != "demonym" and _SECOND_OF_TWO_PLACES.search(before)
    if second and _same_kind_of_place(second.group("first"), actor, lang):
        return True  # "a higher death rate than in Coventry and London": a place like the first
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


# "in Brussels, Belgium", "in Basra, southern Iraq": a town of that country (not "from Italy,
# Germany, Poland", a list, nor "In Astana, Russia, Iran and Turkey signed"), after which the
# text leaves the name ("In Ukraine, North Korea has deployed troops" opens a clause)
_TOWN_AND_COMMA = re.compile(
    r"(?<!\w)(?:in|at|near|to|from|visit(?:s|ed|ing)?)\s+"
    r"(?P<town>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s*,\s*"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+)?$",
    re.IGNORECASE,
)


_AFTER_A_TOWNS_COUNTRY = re.compile(r"\s*(?:[,.;:)]|-RRB-|$)")


def _same_kind_of_place(first: str, actor: ActorMatch, lang: str | None) -> bool:
    """Whether two names joined by "and" after a place word are alike: two countries ("in Iraq
    and Afghanistan"), or two towns ("in Coventry and London"); not a town and a country, which
    opens another clause ("met in Cairo and Russia vetoed")."""
    entry = actor_lexicon(base_language(lang))[0].get(first)
    if entry is None:  # a town or a region the lexicon does not know: "in Coventry and London"
        return True
    return (entry[2] == "capital") == (actor.kind == "capital")


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
    before = text_before(text, actor)
    allies = _ALLY_AFTER.match(text, actor.end) and _ALLIES_OF.search(before)
    return bool(_ALLY_CUE.search(before) or allies)
