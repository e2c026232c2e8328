"""What earlier sentences of an article tell later ones: who spoke last ("he said"), which forces
and person were named last ("they", "the troops"), the two countries "both countries" stands for,
a "Source:" line heading the paragraphs after it, and where each country's troops were said to go.

>>> from transforms.sentences import split_sentences
>>> state = ArticleState()
>>> first, second = split_sentences("Troops arrived, Kim Yong-hyun said. They left, he said.", "en")
>>> remember_speaker(state, first, find_claims(first.text, find_actors(first.text, "en"), "en"))
>>> [c.claimed_by for c in claims_remembered(second, state, "en")]
['Kim Yong-hyun']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from transforms.events.actors import NEVER_A_PARTY, NON_STATE, TITLE, ActorMatch, find_actors
from transforms.events.claims import Claim, find_claims, it_reports, may_quote, pronoun_reports
from transforms.events.context import shift
from transforms.events.ontology import Trigger
from transforms.events.place_use import is_ally_use, is_place_use, text_before
from transforms.events.places import PlaceMatch
from transforms.events.roles import OBJECT_OF_A_VERB
from transforms.language import base_language
from transforms.records import Timex
from transforms.sentences import Sentence

# how far before the ally the side it helps is named: "North Korean troops are fighting for"
_ALLY_REACH = 60
# a bare "for" names a side only after fighting, dying or serving: "fighting for Russia"
_BARE_FOR = re.compile(r"\bfor\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_FIGHTING_FOR = re.compile(
    r"\b(?:fight(?:s|ing)?|fought|di(?:e|es|ed|ing)|serv(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}for\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_FOUGHT_BEFORE = re.compile(
    r"\b(?:against|fight(?:s|ing)?|attack(?:s|ed|ing)?|war\s+(?:on|with))\s+(?:the\s+)?$", re.I
)
# mobilizing raises forces at home; it sends them nowhere
_RAISING = re.compile(r"mobili|мобилі|мобили", re.IGNORECASE)


# A pronoun or "the troops" stands for forces or a person named at most this many sentences
# before: "its job" thirteen sentences after "British soldiers opened fire" is no British deed
_REFERENT_REACH = 5


def _named_just_before(actors: list[ActorMatch], index: int, since: int):
    """The actors (sorted by start) before `actors[index]` that end at `since` or later, nearest
    first."""
    for position in range(index - 1, -1, -1):
        if actors[position].end < since:
            return
        yield actors[position]


class ArticleState:
    """What earlier sentences of the article tell later ones: the last forces and person named
    (for the next few sentences), and where each country's troops were said to go."""

    def __init__(self) -> None:
        self.last_forces: ActorMatch | None = None
        self.last_person: ActorMatch | None = None
        self.referents_at = 0  # the index of the sentence that named them
        self.last_speaker: tuple[int, Claim] | None = None  # (sentence index, a person's claim)
        self.last_body: tuple[int, Claim] | None = None  # ... a body's or a country's claim
        self.claim_at = -1  # the index of the last sentence with a claim of anybody's
        self.person_named_at = -1  # ... and of the last one naming a person
        self.titles_of: dict[str, set[str]] = {}  # "Zelensky": {"president"}
        self.place_countries: Counter[str] = Counter()  # the countries of the places named
        self.last_agency: ActorMatch | None = None  # the intelligence service named last
        self.source_line: Claim | None = None  # "Source: Budanov in an interview with ..."
        self.destinations: dict[str, dict[str, str]] = {}
        # the last sentence dating a past event: its index, the event's type, its day and the
        # countries of its places
        self.told_day: tuple[int, str, Timex, frozenset[str]] | None = None
        # ... and the place of that event, with the sentence's index
        self.told_place: tuple[int, PlaceMatch] | None = None
        # the last day told relative to another ("The next day"), over its phrase
        self.day_told_again: Timex | None = None
        # the last place an event sentence named, with the sentence's index ("... there")
        self.place_named: tuple[int, PlaceMatch] | None = None
        # the two countries a sentence named, and its index: "both countries" of the next ones
        self.last_pair: tuple[int, tuple[ActorMatch, ActorMatch]] | None = None
        # sides the article names as fighting on one side ("North Korean troops fighting for
        # Russia"): neither is the other's enemy in its fights
        self.allies: set[frozenset[str]] = set()
        # the countries whose forces the article named ("British troops", "US forces"): with
        # another's, "the army" alone says no country
        self.forces_countries: set[str] = set()

    def remember_allies(self, text: str, actors: list[ActorMatch]) -> None:
        """Record the side named as another's ally ("fighting for Russia", "alongside Russian
        forces", "their Russian allies") with the side named right before it.

        >>> state = ArticleState()
        >>> t = "North Korean troops are fighting for Russia."
        >>> state.remember_allies(t, find_actors(t, "en"))
        >>> state.allies == {frozenset({"PRK", "RUS"})}
        True
        """
        for index, ally in enumerate(actors):
            if not is_ally_use(text, ally):
                continue
            before_ally = text_before(text, ally)
            if _BARE_FOR.search(before_ally) and not _FIGHTING_FOR.search(before_ally):
                continue  # "bracing for Russia's offensive", "a disaster for Russia": no side
            # (not the enemy named between: "troops to fight against Ukraine on behalf of Russia")
            # (nor a verb's object: "troops killed Ukrainian soldiers alongside Russian forces")
            # (the names just before it only: a long line names thousands)
            side = next(
                (
                    a
                    for a in _named_just_before(actors, index, ally.start - _ALLY_REACH)
                    if a.code != ally.code and a.end <= ally.start
                    and not _FOUGHT_BEFORE.search(text, max(0, a.start - 20), a.start)
                    and not OBJECT_OF_A_VERB.search(text_before(text, a))
                    and not is_place_use(text, a)
                ),
                None,
            )  # fmt: skip
            if side is not None:
                self.allies.add(frozenset({side.code, ally.code}))

    def forget_distant_referents(self, sentence_index: int) -> None:
        if sentence_index - self.referents_at > _REFERENT_REACH:
            self.last_forces = self.last_person = None

    def carry_destination(self, row: dict, place_is_destination: bool) -> None:
        """A deployment that names no destination ("up to 5,000 troops are expected to be
        assembled by Monday") goes to the country of the places the article already sent that
        country's troops to (not a denied or hypothetical deployment), when they all lie in one
        country; a place of its own always wins. `actor2_text` is then that place's name.

        Only a place where the verb puts one counts as a destination ("deployed to Kursk",
        "gathering in the Kursk region"); "In the conflict in Ukraine, North Korea has deployed
        troops" names where the war is, not where the troops went."""
        if row["event_type"] != "MOBILIZE" or not row.get("actor1"):
            return
        known = self.destinations.setdefault(row["actor1"], {})
        place_country = row.get("location_country")
        asserted = row["status"] not in ("negated", "hypothetical")
        if place_country and place_country != row["actor1"]:
            if asserted and place_is_destination:
                known.setdefault(place_country, row["location"])
        elif (
            not row.get("actor2")
            and row.get("location") is None
            and len(known) == 1
            and not _RAISING.match(row["trigger"])
        ):
            [(code, place)] = known.items()
            row.update(actor2=code, actor2_text=place, actor2_basis="destination")


_PERSON_NAME_END = re.compile(r"[A-Z][a-z][\w'’-]*$")  # "... Volodymyr Zelensky", not "NIS"


def remember_speaker(state: ArticleState, sentence: Sentence, claims: list[Claim]) -> None:
    """The last claim of the sentence whose source ends with a person's name, not a country's
    or an agency's ("South Korea", "NIS"), and the last of a body or a country."""

    def a_person(claim: Claim) -> bool:
        if claim.actor is None or not _PERSON_NAME_END.search(claim.claimed_by):
            return False
        named = find_actors(claim.claimed_by, "en")
        return not any(a.end == len(claim.claimed_by) and a.kind != "person" for a in named)

    people = {id(c) for c in claims if a_person(c)}
    state.claim_at = sentence.index if claims else state.claim_at
    for claim in claims:  # the last of each kind
        if id(claim) in people:
            state.last_speaker = (sentence.index, claim)
        else:
            state.last_body = (sentence.index, claim)


# "He said" stands for the person quoted up to this many sentences before, when nobody else was
# quoted or named since ("Budanov said ... . The troops are in Kursk. They train at night, he said")
_PRONOUN_REACH = 3
# ... and a title names somebody else, unless it is the speaker's ("the president said" after
# "President Volodymyr Zelensky said"; "Mrs Clinton"), not when it is another ("the prime minister
# denied" after "the US president, George Bush, said")
_A_TITLE = re.compile(
    rf"\b(?P<title>Mr|Mrs|Ms|Dr|Gen|Lt|Col|(?:[Pp]rime\s+)?{TITLE}|(?i:king|emir|premier|"
    r"chancellor))\b\.?(?:\s+of\s+[A-Z][\w-]+)?"
    r"(?:\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+))?"
)


def _speakers_surname(state: ArticleState) -> str | None:
    return state.last_speaker[1].claimed_by.split()[-1] if state.last_speaker else None


def _note_people(state: ArticleState, sentence: Sentence) -> None:
    speaker = _speakers_surname(state)
    for titled in _A_TITLE.finditer(sentence.text):
        title, name = titled.group("title").lower(), titled.group("name")
        surname = name.split()[-1] if name else None
        if surname:
            state.titles_of.setdefault(surname, set()).add(title)
        if surname != speaker and (surname or title not in state.titles_of.get(speaker, ())):
            state.person_named_at = sentence.index


def _claim_of_a_pronoun(sentence: Sentence, state: ArticleState, lang: str | None) -> list[Claim]:
    """ "He said ..." in the sentence right after one a person is quoted in, or a few sentences
    on when no other claim or person came between: that person's claim (English)."""

    def stands_for(speaker: tuple[int, Claim], reach: int) -> bool:
        gap = sentence.index - speaker[0]
        nobody_since = max(state.claim_at, state.person_named_at) <= speaker[0]
        return gap <= 1 or (gap <= reach and nobody_since)

    for speaker, pronoun, reach in (
        (state.last_speaker, pronoun_reports(sentence.text, lang), _PRONOUN_REACH),
        # "It said 61 civilians died": the body quoted in the sentence before
        (state.last_body, it_reports(sentence.text, lang), 1),
    ):
        if speaker is None or pronoun is None or not stands_for(speaker, reach):
            continue
        start = sentence.start + pronoun.start()
        return [replace(speaker[1], start=start, end=sentence.start + pronoun.end(), scope_start=0)]
    return []


# a sentence that is one quotation, opening and closing with quote marks and none between (also
# tokenized: `` ... '')
_WHOLE_QUOTE = re.compile(r"^(?:[\"“]|``)(?:(?!``|'')[^\"“”]){20,}(?:[\"”]|'')\W*$")


def _claim_of_a_continued_quote(sentence: Sentence, state: ArticleState) -> list[Claim]:
    """ "'... a threat to both the Indo-Pacific and Euro-Atlantic security,' Rutte told a press
    conference. 'The deployment of North Korean troops to Kursk is also a sign of Putin's growing
    desperation.'": a quotation right after one a speaker was named for goes on in their voice."""
    if not _WHOLE_QUOTE.match(sentence.text):
        return []
    quoted = [s for s in (state.last_speaker, state.last_body) if s is not None]
    latest = max(quoted, key=lambda s: (s[0], s[1].start), default=None)
    if latest is None or sentence.index - latest[0] != 1:
        return []
    return [replace(latest[1], start=sentence.start, end=sentence.start, scope_start=0)]


# "The agency believes the deployed troops have been stationed ...", "the spy agency said"
_THE_AGENCY_REPORTS = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but)\s+)(the\s+(?:spy\s+|intelligence\s+)?(?:agency|service))\s+"
    r"(?:(?:has|had|also|further)\s+)*(?=(?:said|says|believes|believed|reported|reports|"
    r"added|estimated|estimates|told|assessed|assesses|confirmed|stated|noted)\b)",
    re.IGNORECASE,
)


def _claim_of_the_agency(sentence: Sentence, state: ArticleState, lang: str | None) -> list[Claim]:
    """ "The agency believes ...": the claim of the intelligence service the article named last
    (English; whose it is stays unknown when the article named none)."""
    found = _THE_AGENCY_REPORTS.search(sentence.text) if base_language(lang) == "en" else None
    if found is None:
        return []
    start, end = sentence.start + found.start(1), sentence.start + found.end()
    agency = state.last_agency.code if state.last_agency else None
    return [Claim(found.group(1), agency, start, end, 0)]


# "..., the president said", "the head of the Ministry of Defense concluded": a title with no
# name or country speaks for the person the article quoted or named last
_A_TITLE_REPORTS = re.compile(
    r"(?:^|[,;]\s*[\"”’']?\s*|[\"”’']\s*|\b(?:and|but)\s+)"
    r"((?i:the)\s+(?:president|prime\s+minister|head\s+of\s+state|"
    r"(?:defen[cs]e\s+|foreign\s+)?minister|head\s+of\s+the\s+(?:[A-Z][\w-]*\s+){1,3}?(?:of\s+"
    r"(?:[A-Z][\w-]*\s*){1,2})?))\s*(?:(?:has|had|also|then)\s+)*"
    r"(?=(?:said|says|told|added|noted|stressed|announced|concluded|stated|explained|"
    r"emphasi[sz]ed)\b)"
)
_TITLE_REACH = 3  # sentences back to the speaker a title stands for
# titles any office holder may be called by ("the head of the Ministry of Defense" after "Defense
# Minister Rustem Umerov")
_ANY_HOLDERS_TITLE = frozenset({"head", "chief", "leader", "official"})


def _claim_of_a_title(sentence: Sentence, state: ArticleState, lang: str | None) -> list[Claim]:
    """ "..., the president said": the claim of the person quoted in the last few sentences, else
    of the person named there (English; nobody known when the article named none)."""
    found = _A_TITLE_REPORTS.search(sentence.text) if base_language(lang) == "en" else None
    if found is None:
        return []
    speaker = state.last_speaker
    # ... whose title it is, when the article gave the speaker one: "the prime minister said"
    # after "US President George Bush said" is somebody else
    titled = _A_TITLE.search(found.group(1))
    known = state.titles_of.get(_speakers_surname(state) or "", set())
    title = titled.group("title").lower() if titled else None
    theirs = not known or title in known or title in _ANY_HOLDERS_TITLE
    if speaker and sentence.index - speaker[0] <= _TITLE_REACH and theirs:
        code = speaker[1].actor
    elif speaker and sentence.index - speaker[0] <= _TITLE_REACH:
        code = None
    else:
        code = state.last_person.code if state.last_person else None
    start, end = sentence.start + found.start(1), sentence.start + found.end()
    return [Claim(found.group(1).strip(), code, start, end, 0)]


def _remember(state: ArticleState, actors: list[ActorMatch], sentence_index: int) -> None:
    agencies = [a for a in actors if a.sector == "intelligence"]
    state.last_agency = agencies[-1] if agencies else state.last_agency
    forces = [a for a in actors if a.sector == "military" and a.kind == "demonym"]
    state.forces_countries.update(a.code for a in actors if a.sector == "military")
    people = [a for a in actors if a.kind == "person"]
    state.last_forces = forces[-1] if forces else state.last_forces
    state.last_person = people[-1] if people else state.last_person
    # ... not the speaker named again ("Zelensky visited the front"), whose "he said" it stays
    speaker = _speakers_surname(state)
    others = [a for a in people if a.text.split()[-1] != speaker]
    state.person_named_at = sentence_index if others else state.person_named_at
    if forces or people:
        state.referents_at = sentence_index
    countries: dict[str, ActorMatch] = {}
    for actor in actors:
        if actor.kind in _STATE_KINDS and actor.code not in NON_STATE:
            countries.setdefault(actor.code, actor)
    if len(countries) == 2:
        first, second = countries.values()
        state.last_pair = (sentence_index, (first, second))
    elif countries:  # another country, or more: "both countries" no longer says which
        state.last_pair = None


_STATE_KINDS = {"country", "capital", "alias", "demonym", "inflection"}
# "Russia and China vetoed the resolution. Both countries also voted against ...": the two
# countries the sentence before named, when it named just two
_BOTH_COUNTRIES = re.compile(
    r"\b(?:both|the\s+two)\s+(?:countries|nations|governments|states)\b", re.IGNORECASE
)
_PAIR_REACH = 2  # sentences
_OPENS_THE_CLAUSE = re.compile(r"[\s,;:\"“”'`-]*(?:(?:and|but|however|now|also)\s*,?\s*)?", re.I)
_BEFORE_ITS_VERB = re.compile(
    r"\s+(?:(?:have|has|had|also|both|then|later|jointly|will|would|were|was|are|is|been|"
    r"again|already)\s+)*",
    re.IGNORECASE,
)


def both_countries(
    context: dict, clause: tuple[int, int], trigger: Trigger
) -> tuple[ActorMatch, ActorMatch] | None:
    """The two countries "both countries" before the trigger stands for, placed where it is, when
    the clause names no side before the trigger."""
    pair = context["state"].last_pair
    if pair is None or context["sentence_index"] - pair[0] > _PAIR_REACH:
        return None
    found = _BOTH_COUNTRIES.search(context["text"], clause[0], trigger.start)
    if found is None:
        return None
    if (
        any(clause[0] <= a.start < trigger.start for a in context["actors"])
        or not _OPENS_THE_CLAUSE.fullmatch(context["text"], clause[0], found.start())
        or not _BEFORE_ITS_VERB.fullmatch(context["text"], found.end(), trigger.start)
    ):
        return None  # ("Ambassadors of both countries were expelled": no doers)
    span = {"start": found.start(), "end": found.end(), "text": found.group()}
    return replace(pair[1][0], **span), replace(pair[1][1], **span)


# Some sites head a story's paragraphs with its source: "Source: Budanov in an interview with The
# War Zone", then "Details: ..." and "Quote: ...", until "Background:" retells older news
_SOURCE_LINE = re.compile(r"^\s*Source:\s*(?P<source>[^\n]{2,100}?)\s*(?:\n|$)")
_BACKGROUND_LINE = re.compile(r"^\s*Background:", re.MULTILINE)
_SOURCE_MEDIUM = re.compile(r"\s+(?:in|on|to|via|during|at)\s+(?=\S)")


# a line naming a story's sources ("Sources: Reuters, citing Seong-kweun, who disclosed the data
# after a closed-door briefing by the NIS") tells where the news came from, no news of its own
# (a chart's "Source : UNHCR , 31 July 2012" may run on into the story: "Those arriving from
# Aleppo ... have spoken of incessant shelling")
_SOURCES_ONLY = re.compile(
    r"\s*(?:Sources\s*:|Source\s*:[^\n]*?\b(?:citing|quoting|according\s+to)\b)[^\n]*\s*"
)


def only_names_sources(sentence: Sentence) -> bool:
    """Whether the sentence is a "Source:" or "Sources:" line and nothing more."""
    return bool(_SOURCES_ONLY.fullmatch(sentence.text))


def read_source_line(sentence: Sentence, shared: dict) -> None:
    """Remember the source a "Source:" line names for the paragraphs after it; forget it at
    "Background:"."""
    state = shared["state"]
    if _BACKGROUND_LINE.search(sentence.text):
        state.source_line = None
    found = _SOURCE_LINE.match(sentence.text)
    if found is None:
        return
    # "Budanov in an interview with The War Zone", "Zelenskyy on Telegram": who, not where
    source = _SOURCE_MEDIUM.split(found.group("source"), maxsplit=1)[0].strip()
    actors = find_actors(source, shared["lang"], shared["people"])
    press = any(a.sector in NEVER_A_PARTY for a in actors)
    code = None if press or not actors else actors[0].code
    start = sentence.start + found.start("source")
    state.source_line = Claim(source, code, start, start + len(source), 0)


def _claim_of_the_source_line(sentence: Sentence, state: ArticleState) -> list[Claim]:
    """ "Source: Budanov in an interview with The War Zone" heads what follows: its claim."""
    if state.source_line is None or state.source_line.start >= sentence.start:
        return []
    return [replace(state.source_line, start=sentence.start, end=sentence.start, scope_start=0)]


_PRESIDENTIAL = re.compile(r"\bpresidential\b|\bpresident['’]s\s+office\b", re.IGNORECASE)


def offices_of_the_president(claims: list[Claim], state: ArticleState) -> list[Claim]:
    """ "the presidential office said", "according to a presidential statement": the claim of the
    state whose president the article named last ("South Korean President Yoon Suk Yeol")."""
    person = state.last_person
    surname = person.text.split()[-1] if person else ""
    if person is None or "president" not in state.titles_of.get(surname, ()):
        return claims
    return [
        replace(c, actor=person.code)
        if c.actor is None and _PRESIDENTIAL.search(c.claimed_by)
        else c
        for c in claims
    ]


def _remember_who_speaks(sentence: Sentence, shared: dict) -> None:
    """A sentence that reports no event may still quote the speaker of a later "he said": "The
    situation is grave, Antony Blinken said. Russia has been training them, he told reporters" is
    Blinken's claim (English, as `remember_speaker`)."""
    lang = shared["lang"]
    if base_language(lang) != "en" or not may_quote(sentence.text, lang):
        return
    local_actors = find_actors(sentence.text, lang, shared["people"])
    claims = find_claims(sentence.text, local_actors, lang)
    remember_speaker(shared["state"], sentence, shift(claims, sentence.start))


def claims_remembered(sentence: Sentence, state: ArticleState, lang: str | None) -> list[Claim]:
    """The claim of a sentence that names no source but points back to one: "he said", a quotation
    going on, "the agency believes", "the president said", a "Source:" line above it."""
    return (
        _claim_of_a_pronoun(sentence, state, lang)
        or _claim_of_a_continued_quote(sentence, state)
        or _claim_of_the_agency(sentence, state, lang)
        or _claim_of_a_title(sentence, state, lang)
        or _claim_of_the_source_line(sentence, state)
    )


def remember_sentence(
    state: ArticleState, sentence: Sentence, actors: list[ActorMatch], place_countries: list[str]
) -> None:
    """Note what a sentence with events named: forces, people, titles, the pair of countries and
    the countries of its places."""
    _remember(state, actors, sentence.index)
    _note_people(state, sentence)
    state.place_countries.update(place_countries)


def remember_sentence_without_events(sentence: Sentence, shared: dict) -> None:
    """Note who a sentence with no event quoted or named; its countries are not read, so "both
    countries" says nobody after it."""
    _remember_who_speaks(sentence, shared)
    _note_people(shared["state"], sentence)
    shared["state"].last_pair = None
