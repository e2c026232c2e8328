"""Who claims an event: the claimant of each statement in a sentence.

The claimant is the subject of a reporting verb ("Budanov asserted", "X said that"), the source
after an inverted verb (", said Budanov") or after "according to" / "confirmed by", with the verbs
and phrases of each language in `transforms/data/claims/reporting.tsv`; a sentence that only
names the source ("This was reported by Budanov", "Об этом сообщил Буданов") gives the claimant of
the sentence before. A source that names no country ("activists say", "..., says Jim Muir", "the
UK-based Syrian Observatory") is still the claimant, with no actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.events.actors import NEVER_A_PARTY, TITLE, ActorMatch
from transforms.events.lexicon import REPORTER_IN, names_a_post, read_tsv
from transforms.language import base_language

_CLAIM_FILE = "claims/reporting.tsv"
_VERBISH = re.compile(r"\b\w+ed\b|\b(?:led|took|made|sent|met|went|came|fought)\b", re.IGNORECASE)
_PHRASE_END = re.compile(
    r"\s+(?:has|have|had|is|was|were|are|will|would|also|on|in|during|previously|earlier|"
    r"recently|reportedly|again)\b.*$"
)
_NP_BREAK = re.compile(  # an em dash, spaced or not: "troops—the first time Moscow has admitted"
    r"\b\w+(?:ed|ing)\b|[.;:—]|\s[-–]\s|"
    r"\b(?:against|with|and|to|in|for|from|by|alongside|while|that|which|who)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)
def _reporting(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """Reporting verbs and "according to" phrases of a language (English when it has none)."""
    rows = read_tsv(_CLAIM_FILE)
    verbs = "|".join(r[1] for r in rows if r[0] == lang and r[2] == "verb")
    by = "|".join(r[1] for r in rows if r[0] == lang and r[2] == "by")
    if not verbs:
        return _reporting("en") if lang != "en" else (re.compile(r"(?!x)x"),) * 2
    return (
        re.compile(rf"(?<!\w)(?:{verbs})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{by or '(?!x)x'})\s", re.IGNORECASE),
    )


@dataclass(frozen=True)
class Claim:
    """Who states a sentence's events, and the span of the sentence their words cover.

    >>> Claim("Budanov", "UKR", 0, 7, 8).claimed_by
    'Budanov'
    """

    claimed_by: str
    actor: str | None
    start: int
    end: int
    scope_start: int

    def as_actor(self, kind: str = "claimant") -> ActorMatch:
        """The source as an actor of the events it states: "claimant" when it only stands in
        for a counterpart, "person" when the text makes it a party ("fight against us")."""
        return ActorMatch(self.start, self.end, self.claimed_by, self.actor, None, kind)


def _party(source: ActorMatch) -> str | None:
    """The country a source speaks for; none for the independent press ("The New York Times
    reports"), which is no party to what it reports and never stands in for one."""
    return None if source.sector in NEVER_A_PARTY else source.code


# "A senior Ukrainian official familiar with the movement of troops | said": what follows the
# head noun describes the source, it is not a clause of its own
_SOURCE_POSTMODIFIER = re.compile(
    r"\s(?:familiar with|close to|briefed on|with (?:direct )?knowledge of)\s[^,]*$", re.IGNORECASE
)


def _is_subject_gap(between: str) -> bool:
    """Whether the words between a name and a reporting verb keep the name its subject.

    "South Korea's intelligence agency | said", "Budanov, while reacting to it, | confirmed",
    "Ukrainian official familiar with the plans | said" do; "Russia, officials | said" and
    "troops arrived in Kursk, | said" do not.
    """
    if len(between.split()) > 9 or re.search(r"[.;:!?\"“”—–]", between):
        return False
    if _PRONOUN_SUBJECT.search(between):  # "Speaking in Indonesia, he | warned": he speaks
        return False
    between = _SOURCE_POSTMODIFIER.sub(" ", between)
    head, _, tail = between.rpartition(",") if "," in between else (between, "", "")
    # "Budanov, Head of Defence Intelligence, | has confirmed": an auxiliary may follow the comma
    if tail.strip() and not re.match(
        r"(?:while|who|which|during|in|on|at|also|later)\b|(?:has|have|had)(?:\s+\w+ly)?$",
        tail.strip(),
    ):
        return False
    # "Ukraine's military intelligence agency first | reported", "Zelensky's chief of staff
    # Andriy Yermak | said": an adverb and the name after an office do not lengthen the subject
    head = _SUBJECT_ADVERB.sub(" ", head)
    name = _NAME_AT_END.search(head)
    if name and (
        _OFFICE_AT_END.search(head, 0, name.start())
        # "Syria's state news agency Sana | reported"
        or _OUTLET_AT_END.search(head, 0, name.start())
    ):
        head = head[: name.start()]
    return len(head.strip(" ,").split()) <= 4 and not _VERBISH.search(head)


_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|we|I)\s+(?:\w+ly\s+)?$")


_SUBJECT_ADVERB = re.compile(
    r"\b(?:first|also|earlier|previously|recently|later|again|reportedly|officially|publicly|"
    r"initially|separately|already|then|now|today|yesterday)\b",
    re.IGNORECASE,
)
_OFFICE_AT_END = re.compile(rf"\b{TITLE}s?(?:\s+of\s+\w+)?\s*$")
_NAME_AT_END = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}\s*$")
_OUTLET_AT_END = re.compile(
    r"\b(?:agency|newspaper|daily|broadcaster|channel|television|radio|website)\s*$",
    re.IGNORECASE,
)


_OFFICE_THEN_COMMA = re.compile(rf"[^,]{{0,40}}{TITLE}\b[^,]{{0,30}},")


def _noun_phrase_start(text: str, candidates: list[ActorMatch], last: ActorMatch) -> ActorMatch:
    """First actor of the claimant's noun phrase ("Ukraine's intelligence chief, Lt. Gen. X")."""
    first = last
    for actor in reversed(candidates[:-1]):
        if actor.sector in NEVER_A_PARTY and last.sector not in NEVER_A_PARTY:
            break  # "В интервью агентству Reuters южнокорейский депутат": who gave the interview
        between = text[actor.end : first.start]
        if between.strip() == "and" and actor.kind == first.kind == "person" and (
            actor.code == first.code
        ):  # "Blinken and Austin said": two people of one side speak together
            first = actor
            continue
        if len(between.split()) > 6 or _NP_BREAK.search(between):
            break
        # only an office before a name spans a comma: "Ukraine's intelligence chief, Lt. Gen. X";
        # or a name before its office: "Umerov, Ukraine's defence minister, said"
        office = between.split(",")[0]
        name_first = (
            actor.kind == "person"
            and between.strip() == ","
            and bool(_OFFICE_THEN_COMMA.match(text, first.start, first.start + 80))
        )
        office_first = first.kind == "person" and re.search(rf"{TITLE}\b", office)
        if "," in between and not (name_first or office_first):
            break
        first = actor
    return first


# "North Korean troops have been reported in combat": the subject of a passive reporting verb is
# what is reported, not who reports it
_PASSIVE_AUXILIARY = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?$", re.I)


_DASHED_ASIDE = re.compile(r"\s[-–—]\s[^-–—]{1,80}\s[-–—]\s+(?:\w+ly\s+)?$")
# "Human Rights Watch, a New York-based group, said", "Russia, a key ally of President Assad,
# says": an appositive between a source and its verb describes the source, it is not the source;
# so is an aside that says when or where ("Zelensky, following the meeting of the Staff on
# Monday, reported", "Russia, in a statement, said"); and so is a relative clause ("The UN,
# which has condemned the crackdown, said")
_APPOSITIVE_BEFORE = re.compile(
    r"\s?,\s+(?:a|an|the|following|after|before|during|while|speaking|addressing|in|at|who|"
    r"which)\s+"
    r"[^,;:.!?\"“”]{1,100}?\s?,\s*(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _subject_end(text: str, verb: re.Match, relative: bool = True) -> int:
    """Where the subject of a reporting verb ends: before an appositive that describes it (or,
    with `relative`, a relative clause: "The UN, which has condemned the crackdown, | said")."""
    aside = _APPOSITIVE_BEFORE.search(text, max(0, verb.start() - 120), verb.start())
    if aside and not relative and _RELATIVE_OPENER.match(text, aside.start()):
        return verb.start()
    return aside.start() if aside else verb.start()


# (a thing's relative clause: "shelled Homs, which has been under siege, said the Observatory";
# "Mr Annan, who held talks in Damascus, briefed the council" keeps Annan its subject)
_RELATIVE_OPENER = re.compile(r"\s?,\s+which\b", re.IGNORECASE)
# (not the subject of an object relative: "the crackdown, which the UN says has left 10,000 dead")
_IN_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:who|which|where)\s(?!\s*(?:the\s+)?$)[^,;]*$", re.IGNORECASE
)


# "The BBC's Bethany Bell in Cairo says": the reporter speaks, from where she is
_REPORTER_IN = re.compile(rf"\s*{REPORTER_IN}")


# people who speak for no state, placed by where they are: "Activists in Syria say", "residents
# of Homs said", "refugees arriving in Turkey say" are the activists, the residents and the
# refugees, not Syria nor Turkey
_NO_STATE_IN = re.compile(
    r"\b((?:anti-government\s+|opposition\s+|local\s+|human\s+rights\s+)?(?:activists|witnesses|"
    r"eyewitnesses|residents|villagers|survivors|refugees|monitors|doctors|medics|rebels|"
    r"campaigners)\s+(?:\w+ing\s+)?(?:in|inside|of|from)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# ... and so are a people placed by where they go or live: "Syrians arriving in Turkey say"
_PEOPLE_PLACED = re.compile(r"\s+\w+ing\s+(?:in|into|to|from)\s+(?:the\s+)?")


def _claimant_before(text: str, verb: re.Match, actors: list[ActorMatch]) -> Claim | None:
    candidates = [
        a
        for a in actors
        if a.end <= verb.start() and not names_a_post(text, a.start)
    ]
    placed = candidates and _NO_STATE_IN.search(
        text, max(0, candidates[-1].start - 70), candidates[-1].start
    )
    if placed and _is_subject_gap(text[candidates[-1].end : verb.start()]):
        return Claim(
            text[placed.start(1) : candidates[-1].end], None, placed.start(1), verb.end(),
            verb.end(),
        )
    people = candidates[-2] if len(candidates) > 1 else None
    if (
        people
        and people.kind == "demonym"
        and people.text.endswith("s")
        and _PEOPLE_PLACED.fullmatch(text, people.end, candidates[-1].start)
        and _is_subject_gap(text[candidates[-1].end : verb.start()])
    ):
        return Claim(
            text[people.start : candidates[-1].end], None, people.start, verb.end(), verb.end()
        )
    if (
        len(candidates) > 1
        and _REPORTER_IN.fullmatch(text, candidates[-2].end, candidates[-1].start)
        and re.fullmatch(r"\s*,?\s*", text[candidates[-1].end : verb.start()])
    ):
        outlet, place = candidates[-2], candidates[-1]
        phrase = re.sub(r"[\s,]+in\s*$", "", text[outlet.start : place.start]).strip(" ,")
        return Claim(phrase, _party(outlet), outlet.start, verb.end(), verb.end())
    # "Russia - a key ally of Damascus - warned": the name before a dashed aside speaks
    aside = candidates and _DASHED_ASIDE.search(text, max(0, verb.start() - 120), verb.start())
    if aside and candidates[-1].start >= aside.start():
        candidates = [a for a in candidates if a.end <= aside.start()]
        if not candidates or text[candidates[-1].end : aside.start()].strip():
            return None
        return _claim_from(text, verb, candidates)
    subject_end = _subject_end(text, verb)
    if subject_end < verb.start():
        candidates = [a for a in candidates if a.end <= subject_end]
        if not candidates or not _is_subject_gap(text[candidates[-1].end : subject_end]):
            return None
        return _claim_from(text, verb, candidates, subject_end)
    # "Shoigu, who is on a visit to North Korea, has said": a name inside a relative clause is
    # not the subject of the verb after it; the name the clause describes is
    relative = candidates and _IN_RELATIVE_CLAUSE.search(
        text, max(0, candidates[-1].start - 80), candidates[-1].start
    )
    if relative:
        candidates = [a for a in candidates if a.end <= relative.start()]
        closing = text.rfind(",", relative.end(), verb.start())
        if (
            not candidates
            or text[candidates[-1].end : relative.start()].strip()
            or closing < 0
            or not _is_subject_gap(text[closing : verb.start()])
        ):
            return None
    elif not candidates or not _is_subject_gap(text[candidates[-1].end : verb.start()]):
        return None
    # "North Korea's reported dispatch": a participle after a possessive describes, no one claims
    # (the owner of "South Korea's estimate" does)
    if re.fullmatch(r"['’]s\s+", text[candidates[-1].end : verb.start()]) and verb.group().endswith(
        "ed"
    ):
        return None
    if _PASSIVE_AUXILIARY.search(text, max(0, verb.start() - 40), verb.start()):
        return None
    return _claim_from(text, verb, candidates)


def _claim_from(
    text: str, verb: re.Match, candidates: list[ActorMatch], subject_end: int | None = None
) -> Claim:
    """The claim of the source ending with the last candidate, stated by `verb`, its subject
    ending at `subject_end` (the verb when not given)."""
    last = candidates[-1]
    # "Ukraine disputes Gerasimov's assertion that ...": the possessor alone claims it
    possessor = re.fullmatch(r"['’]s\s+", text[last.end : verb.start()])
    first = last if possessor else _noun_phrase_start(text, candidates, last)
    phrase = re.split(
        r",\s*(?:which|who|while|that|\w+ing)\b|,\s*$",
        text[first.start : verb.start() if subject_end is None else subject_end],
    )[0]
    phrase = _PHRASE_END.sub("", phrase.strip(" ,"))
    if not _SOURCE_POSTMODIFIER.search(phrase):  # "je u video snimku ...": not the source's name
        head = last.end - first.start
        phrase = phrase[:head] + _source_noun_phrase(phrase[head:], last.end, [])
    actor = last if last.kind == "person" else first
    # "South Korea's estimate of around 1,100": the owner of the estimate claims it
    phrase = re.sub(r"['’]s$|[\s,]+$", "", phrase)
    return Claim(phrase, _party(actor), first.start, verb.end(), verb.end())


def _claimant_after(text: str, verb: re.Match, actors: list[ActorMatch]) -> Claim | None:
    """The source named right after "according to", "reported by" or an inverted verb; `actors`
    sorted by start (found by bisection: a sentence may be a megabyte of one line)."""
    first = bisect_left(actors, verb.end(), key=lambda a: a.start)
    actor = next(iter(actors[first : first + 1]), None)
    gap = actor.start - verb.end() if actor else None
    if gap is None or re.search(r"[,;.]", text[verb.end() : actor.start]):
        return None  # "According to reports, North Korea sent ...": the source is not named
    if _SAID.search(text, verb.end(), actor.start):
        return None  # "quoting the group said 20 Syrian troops were killed": what it said
    if gap > 25 and (gap > 160 or not _is_title_gap(text[verb.end() : actor.start])):
        return None
    phrase = re.split(
        r"[,;:()]|\.\s*$|\s(?:that|which|who|on|in|during|at|after|before|while)\s",
        text[actor.start : actor.start + 80],
    )[0]
    within = bisect_left(actors, actor.start + len(phrase), key=lambda a: a.start)
    phrase = _source_noun_phrase(phrase, actor.start, actors[first:within])
    return Claim(phrase.strip(), _party(actor), verb.start(), actor.start + len(phrase), 0)


# Lower-case words that belong to a source's name ("U.S. and South Korean officials", "South
# Korea's intelligence agency"); any other lower-case word ends it.
_SOURCE_WORD = re.compile(
    rf"(?:{TITLE}s?|officials?|intelligence|agency|agencies|service|ministry|sources?|military|"
    r"authorities|government|spy|media|outlets?|diplomacy|defen[cs]e|security|foreign|state|"
    r"press|top|senior|news|assessments?|estimates?|reports?|office|staff|army|command|"
    r"headquarters|forces|defectors|police|policemen|rebels|opposition|activists|militants|"
    r"insurgents|fighters|troops|soldiers|witnesses|residents|of|and|the)(?:['’]s)?$",
    re.IGNORECASE,
)


def _source_noun_phrase(phrase: str, offset: int, actors: list[ActorMatch]) -> str:
    """The words of `phrase` (at `offset` in the text) that name the source: actors, capitalised
    words and office nouns, up to the first other word ("ucraino Volodymyr Zelensky | da fine
    ottobre ...", "Korea Utara | tewas di Kursk"), with no dangling "of"/"and"/"the" or "'s";
    `actors` are those starting inside the phrase.

    >>> from transforms.events.actors import find_actors
    >>> t = "US and South Korean officials 10,000 soldiers have been sent"
    >>> _source_noun_phrase(t, 0, find_actors(t))
    'US and South Korean officials'
    """
    inside = [(a.start - offset, a.end - offset) for a in actors]
    end = 0
    for word in re.finditer(r"\S+", phrase):
        in_actor = any(s <= word.start() < e for s, e in inside)
        token = word.group().strip("\"“”'‘’.‚()")
        named = in_actor or token[:1].isupper() or re.fullmatch(r"['’]s", word.group())
        if token and not (named or _SOURCE_WORD.match(token)):
            break
        if in_actor or not re.fullmatch(r"(?i:of|and|the)", token):
            end = word.end()
    # no dangling possessive: "Zelenskyy's | said" is Zelenskyy
    return re.sub(r"['’]s$", "", phrase[:end]) if end < len(phrase) else phrase[:end]


# a name after "to", "para a", "nach", "в" is where something goes, not who says it
_DESTINATION_BEFORE = re.compile(
    r"(?<!\w)(?:to|into|para|à|a|nach|zu|in die|в|до|ke)\s+"
    r"(?:(?:the|a|o|as|os|la|le|les|die|den)\s+|l['’])?$",
    re.IGNORECASE,
)


_SAID = re.compile(r"\b(?:said|says|told|tells)\b")


def _is_title_gap(gap: str) -> bool:
    """Whether the words before a name after "reported by" are its office: "the head of the
    Main Directorate of Intelligence (known as | GUR)" is; a clause or a list is not, nor words
    ending in a destination ("segundo | alguns relatos ... podem ser enviados para a | Rússia")."""
    return (
        len(gap.split()) <= 12
        and not _DESTINATION_BEFORE.search(gap)
        and not re.search(r"[,.;:!?\"“”]", gap)
        # ("the London-based campaign group | Syrian Observatory": "-based" is no verb)
        and not _VERBISH.search(re.sub(r"\([^)]*$|\([^)]*\)|\S+-based\b", "", gap))
    )


_HEADLINE_SOURCE = re.compile(r"^\s*[:：]\s*|^\s*[\"“«]")


def _headline_claimant(text: str, actors: list[ActorMatch]) -> Claim | None:
    """A headline led by its source: 'Budanov: 11,000 troops ...', '국정원 "북한군 ..."'."""
    if not actors or text[: actors[0].start].strip(" \"“'‘[("):
        return None
    first = actors[0]
    found = _HEADLINE_SOURCE.match(text[first.end :])
    if not found or first.kind not in ("person", "org", "capital", "country", "alias"):
        return None
    return Claim(first.text, _party(first), first.start, first.end + found.end(), first.end)


_BYLINE = re.compile(r"^\s*\[[^\]]{1,40}\]")
_OPENING_TOPIC = re.compile(r"(?:측|정부|당국)?(?:은|는)(?!\w)")


def _quotation_left_open(text: str, start: int) -> bool:
    """Whether a quotation opens after `start` and the text ends inside it."""
    return text.count('"', start) % 2 == 1 or text.rfind("“", start) > text.rfind("”", start)


@lru_cache(maxsize=16)
def _final_verbs(lang: str) -> re.Pattern | None:
    verbs = "|".join(r[1] for r in read_tsv(_CLAIM_FILE) if r[0] == lang and r[2] == "final")
    return re.compile(rf"(?:{verbs})(?!\w)") if verbs else None


def _opening_topic_claimant(
    text: str, actors: list[ActorMatch], lang: str | None
) -> Claim | None:
    """Korean: "국정원은 북한군 1500여명이 파병됐다고 밝혔다": the agency that opens the sentence as
    its topic states what the sentence's reporting verb ("밝혔다", "전했다") reports."""
    final = _final_verbs(base_language(lang))
    # "[미디어펜=김소정 기자]국정원은 ...": a byline in brackets opens the sentence before its topic
    lead = _BYLINE.sub("", text[: actors[0].start]) if actors else ""
    if not final or not actors or lead.strip(" \"“'‘[("):
        return None
    first, verb = actors[0], final.search(text)
    # (or the quotation it opens, where the page cuts the sentence before its verb: "국정원은 이날
    # 앞선 발표에서 “북한이 ... 파병하기로 최근 결정한")
    quoting = verb or _quotation_left_open(text, first.end)
    # an agency or a newspaper reports; a country as the topic ("북한은 ... 파병했다고 밝혔다")
    # is as often the one that acts, and stays a party
    if not quoting or first.kind != "org" or not _OPENING_TOPIC.match(text, first.end):
        return None
    return Claim(first.text, _party(first), first.start, first.end, 0)


# Korean quotes first and names its source after: "... 파견하기로 한 것으로 파악됐다고 한국 정보
# 당국이 18일 밝혔습니다" (South Korean intelligence said ...): the quotation ends in 다고/라고, the
# source is the subject (이/가/은/는) of the reporting verb that closes the sentence
_QUOTATIVE = re.compile(r"(?:다|라|냐|자)고\s")
_SOURCE_SUBJECT = re.compile(r"[가-힣\s]{0,12}?(?:이|가|은|는)(?=\s)")
# a particle or a verb form after the name: it is not the head of the source's phrase
# ("미국의 고위 관리", a US official, and "미국 정부 한 관계자", a US government official, name
# the source's country)
_PARTICLE_AFTER = re.compile(r"을|를|에서|에|으로|로")
_VERB_FORM = re.compile(r"(?<=[가-힣])(?:한|하는|된|던|은|는)(?=\s)")


def _source_after_the_quote(
    text: str, actors: list[ActorMatch], lang: str | None
) -> Claim | None:
    """Korean: the source named between the end of the quotation and the closing reporting verb
    ("...했다고 한국 정보 당국이 18일 밝혔습니다")."""
    final = _final_verbs(base_language(lang))
    verb = None if final is None else next(reversed(list(final.finditer(text))), None)
    if verb is None:
        return None
    quote = next(reversed(list(_QUOTATIVE.finditer(text, 0, verb.start()))), None)
    for source in (a for a in actors if quote and quote.end() <= a.start < verb.start()):
        subject = _SOURCE_SUBJECT.match(text, source.end, verb.start())
        # ... the head of the subject: not "우크라이나를 방문한 미국 관리가" (a US official who
        # visited Ukraine), whose Ukraine is an object
        head = not _PARTICLE_AFTER.match(text, source.end)
        if subject and head and not _VERB_FORM.search(text, source.end, subject.end() - 1):
            end = subject.end() - 1  # without its particle
            return Claim(text[source.start : end].strip(), _party(source), source.start, end, 0)
    return None


# a headline closed by its source: "Kim Jong Un to send 6K workers to Kursk: Shoigu", "... on
# Oct 27-28 – Zelensky"
_CLOSING_SOURCE_MARK = re.compile(r"(?:[:–—|]|\s-)\s*$")


def _closing_source(text: str, actors: list[ActorMatch]) -> Claim | None:
    """A person or the press named alone after a colon or a dash at the very end of a headline
    ("... after heavy losses - NYT")."""
    last = actors[-1] if actors else None
    if last is None or text[last.end :].strip(" .\"”'’"):
        return None
    if last.kind != "person" and last.sector not in NEVER_A_PARTY:
        return None
    mark = _CLOSING_SOURCE_MARK.search(text, max(0, last.start - 4), last.start)
    if not mark:
        return None
    return Claim(last.text, _party(last), mark.start(), last.end, 0)


# the attribution may end with where or when it was said: "..., said Pentagon spokesperson Maj.
# Gen. Pat Ryder in a briefing with reporters."
_CLAUSE_END = re.compile(
    r"(?:\s+(?:in|at|on|during|after|before|to|from|with|via)\b[^,.;:!?\"”]{0,60})?"
    r"\s*(?:[,.;:!?\"”’)]|$)"
)


def _ends_attribution(text: str, verb: re.Match, claim: Claim) -> bool:
    """Whether a source after an inverted verb closes the clause ('..., announced Ukrainian
    President X.'), rather than starting the reported one (', said North Korea sent troops',
    ', said Russia in recent weeks deployed troops')."""
    gap = text[verb.end() : claim.end - len(claim.claimed_by)]
    end = _CLAUSE_END.match(text, claim.end)
    return (
        end is not None
        and not re.search(r"\bthat\b|\b\w+ed\b", end.group())
        and not _VERBISH.search(claim.claimed_by)
        and not re.search(r"\bthat\b", gap)
    )


# a denial conceded after the report ("troops are stationed there, though Russia has not
# confirmed their presence"); the one who "has not confirmed that" troops fought still speaks
_CONCEDED_DENIAL = re.compile(
    r"\b(?:though|although|but|while|yet)\s+[^,;.]{0,40}?(?:\b(?:not|never)|n['’]t)\s+"
    r"(?:(?:yet|officially|publicly|independently)\s+)?$",
    re.IGNORECASE,
)


# German puts the verb second: after a fronted phrase its subject follows it ("Am Montag
# erklärte der ukrainische Militärgeheimdienst, ...")
_VERB_SECOND = frozenset({"de"})
_FRONTED = re.compile(r"\s*(?:[\w.-]+\s+){1,4}")


_IN_A_SINCE_CLAUSE = re.compile(r"\bsince\s+[^,;.!?]{0,80}$", re.IGNORECASE)


def find_claims(text: str, actors: list[ActorMatch], lang: str | None = None) -> list[Claim]:
    """Every claim of a sentence, in order: a sentence may quote two sources.

    >>> t = "Blinken said troops arrived, and NATO said 3,000 more came."
    >>> from transforms.events.actors import find_actors
    >>> [c.actor for c in find_claims(t, find_actors(t))]
    ['USA', 'NATO']
    """
    verb_regex, by_regex = _reporting(base_language(lang))
    v2 = base_language(lang) in _VERB_SECOND
    actors = sorted(actors, key=lambda a: a.start)
    unnamed = _unnamed_sources(base_language(lang))
    claims = [
        c
        for by in by_regex.finditer(text)
        if (c := _claimant_after(text, by, actors))
        or (c := _source_without_actor_after(text, by, unnamed, actors))
    ]
    headline = _headline_claimant(text, actors)
    claims += [c for c in [headline, _closing_source(text, actors)] if c]
    claims += [c for c in [_opening_topic_claimant(text, actors, lang)] if c]
    claims += [c for c in [_source_after_the_quote(text, actors, lang)] if c]
    for verb in verb_regex.finditer(text):
        if _CONCEDED_DENIAL.search(text, max(0, verb.start() - 70), verb.start()):
            continue  # "..., though Russia has not confirmed their presence": no one's claim
        # '..., said Budanov'
        inverted = (
            re.search(r"[,\"”’—–-]\s*$", text[max(0, verb.start() - 8) : verb.start()])
            # ("shelled Homs, which has been under siege for a month, said the Observatory")
            and _subject_end(text, verb, relative=False) == verb.start()
        ) or (v2 and _FRONTED.fullmatch(text, 0, verb.start()))
        in_since = _IN_A_SINCE_CLAUSE.search(text, max(0, verb.start() - 80), verb.start())
        if in_since and not inverted:
            continue  # "killed 250 since the prime minister announced his government": a date
        after = _claimant_after(text, verb, actors) if inverted else None
        claim = (
            (after if after and _ends_attribution(text, verb, after) else None)
            or (_source_without_actor_after(text, verb, unnamed, actors) if inverted else None)
            or _claimant_before(text, verb, actors)
            or _source_without_actor_before(text, verb, unnamed, actors)
        )
        if claim and not any(c.start <= claim.start < c.end for c in claims):
            claims.append(claim)
    # "..., Kyodo News reported, citing Ukrainian military sources": the press passes on the
    # claim of the source it cites, when that source has a country
    cited = [c for c in claims if c.actor and CITING.match(text, c.start)]
    claims = [c for c in claims if c.actor or not any(c.end <= k.start for k in cited)]
    # "Seoul: An estimated 4,700 North Korean soldiers have been killed ..., South Korea's spy
    # agency told lawmakers": a capital before a colon is the dateline when the sentence names
    # its source
    if headline and actors[0].kind == "capital" and len(claims) > 1:
        claims = [c for c in claims if c != headline]
    return sorted(claims, key=lambda c: c.start)


# the phrase a report names the source it passes on with ("..., citing Ukrainian officials")
CITING = re.compile(r"(?:citing|quoting)\b", re.IGNORECASE)


# a word before a source's noun ("a Foreign Office spokesman"), not a conjunction or a number
# ("But our correspondent says", "during which activists claim", "15,000 although analysts say")
_MODIFIER = (
    r"(?!(?:but|and|or|while|whereas|which|during|although|though|when|after|before|because|since|"
    r"if|that|who|as|so|yet|earlier|later|meanwhile|today|yesterday|then|now)\b)[^\W\d][\w-]*"
)


@lru_cache(maxsize=16)
def _unnamed_sources(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """Sources that name no country (kind `unnamed`: "activists", "witnesses"), after an
    inverted verb ("..., said activists"; also a name the lexicon does not know: "..., says Jim
    Muir") and before a verb ("..., activists say")."""
    nouns = "|".join(r[1] for r in read_tsv(_CLAIM_FILE) if r[0] == lang and r[2] == "unnamed")
    if not nouns:
        return None
    name = (
        r"(?-i:(?!(?:An?|The|This|That|These|Those|It|He|She|They|We|In|On|At|As|But|And|"
        r"However|Meanwhile|Today|Yesterday|Earlier|Later|Now|Then|Also|Separately)(?![\w'’]))"
        r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
    )
    # before the verb, a name of one word may be a headline's capitalised noun ("Intelligence
    # reports Russia about to deploy ..."): two words at least ("Jim Muir", "Ms Rice")
    full_name = name.replace("{0,2}", "{1,2}")
    return (
        re.compile(
            # "activists and witnesses"
            # ("the Observatory for Human Rights" is a name, below)
            rf"\s*((?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:{nouns})(?!(?<=bservatory)\s+(?:for|of)\s+(?-i:[A-Z]))"
            rf"(?:\s+(?:and|or)\s+(?:{nouns}))?"
            # "officials of the ministry", "fuentes de inteligencia"
            r"(?:\s+(?:of|in|inside|de|di|des|du|del|da)\s+(?:the\s+|la\s+)?[\w-]+)?"
            # "the UK-based Syrian Observatory for Human Rights"
            rf"|(?:the\s+)?(?:[\w-]+-based\s+)?{name}(?-i:\s+(?:for|of)\s+[A-Z][\w-]+"
            r"(?:\s+(?:and\s+)?[A-Z][\w-]+){0,2})?)",
            re.IGNORECASE,
        ),
        re.compile(
            # ("days after a Western diplomat told": after a subordinator, only a noun of source)
            rf"(?:^|[,;]\s*(?:[\"”’]|'')?\s*|\b(?:and|but)\s+|"
            rf"^(?:earlier|later|meanwhile|separately|as)\s*,?\s+|"
            rf"\b(?:after|when|because|while|which|although|though|"
            rf"whereas)\s+"
            rf"(?=(?:(?:the|some|a|an)\s+)?(?:[\w-]+\s?['’]s\s+)?(?:[\w-]+\s+)?(?:{nouns})\b))"
            # "a Foreign Office spokesman", "a spokesman for the Ministry of Defence", "Militarnyi's
            # sources" (whose sources the text does not place)
            rf"((?:(?:the|some|a|an)\s+)?(?:[\w-]+\s?['’]s\s+)?(?:{_MODIFIER}\s+){{0,2}}?(?:{nouns})"
            r"(?:\s+(?:for|of|from|at|in|inside)\s+(?:the\s+)?[\w-]+(?:\s+(?:of\s+)?[\w-]+){0,2}?)?"
            # "..., the Local Co-ordination Committees said", "..., the LCC said", "the
            # Observatory said"
            rf"|(?:the\s+)?{full_name}|the\s+(?-i:[A-Z][\w'’-]+))\s+(?:(?:have|has|had)\s+)?"
            # "Mr Osman also said", "the observatory later said"
            r"(?:(?:\w+ly|also|later|earlier|previously|again|first|separately)\s+)?$",
            re.IGNORECASE,
        ),
    )


def _source_without_actor_after(
    text: str,
    verb: re.Match,
    unnamed: tuple[re.Pattern, re.Pattern] | None,
    actors: list[ActorMatch],
) -> Claim | None:
    """ "Across Syria, 24 people were killed, said activists.": a source that closes the clause."""
    found = unnamed and unnamed[0].match(text, verb.end())
    end = found and _CLAUSE_END.match(text, found.end())
    if not end or re.search(r"\bthat\b|\b\w+ed\b", end.group()):
        return None  # ", said Russia in recent weeks deployed ...": the reported clause
    if _VERBISH.search(re.sub(r"\S+-based\b", "", found.group(1))):  # "UK-based" is no verb
        return None
    if any(found.start(1) <= a.start < found.end() for a in actors):
        return None  # a known actor there was no source by `_claimant_after`
    source = re.sub(r"(?<=[a-z]{2})\.$|(?<=[A-Z]{2})\.$", "", found.group(1))  # "reports AP."
    return Claim(source, None, verb.start(), found.end(), 0)


def _source_without_actor_before(
    text: str,
    verb: re.Match,
    unnamed: tuple[re.Pattern, re.Pattern] | None,
    actors: list[ActorMatch],
) -> Claim | None:
    """ "Security forces attacked protesters, activists say.": the unnamed subject of the verb."""
    end = _subject_end(text, verb)
    if end == verb.start():
        found = unnamed and unnamed[1].search(text, max(0, end - 60), end)
    else:  # the pattern ends in the space before the verb: a subject before an appositive gets one
        subject = text[:end].rstrip() + " "  # (copied only for a sentence with an appositive)
        found = unnamed and unnamed[1].search(subject, max(0, len(subject) - 61))
    if not found or any(found.start(1) <= a.start < found.end(1) for a in actors):
        return None
    return Claim(found.group(1), None, found.start(1), verb.end(), verb.end())


def may_quote(text: str, lang: str | None = None) -> bool:
    """Whether the text holds a reporting verb or phrase at all: a cheap test before looking for
    its claims.

    >>> may_quote("The situation is grave, Blinken said."), may_quote("It is grave.")
    (True, False)
    """
    verbs, by = _reporting(base_language(lang))
    return bool(verbs.search(text) or by.search(text))


@lru_cache(maxsize=16)
def _reporting_next(lang: str) -> re.Pattern:
    verb = _reporting(lang)[0].pattern
    return re.compile(rf"\s+(?:\w+ly\s+)?(?:(?:has|have|had|also)\s+)*{verb}", re.IGNORECASE)


def reports_next(text: str, pos: int, lang: str | None = None) -> bool:
    """Whether a reporting verb comes right after `pos`: the word before it is a speaker ("He
    said that the massacre ...": he speaks, the massacre is someone else's deed).

    >>> reports_next("He said that 108 people were killed", 2)
    True
    >>> reports_next("He ordered troops to attack", 2)
    False
    """
    return bool(_reporting_next(base_language(lang)).match(text, pos))


@lru_cache(maxsize=1)
def _pronoun_reporting() -> re.Pattern:
    verb = _reporting("en")[0].pattern
    # ("According to him, ...": the source is a pronoun's too)
    return re.compile(
        rf"(?:^|[,\"”’]\s*)(?:he|she)\s+(?:\w+ly\s+)?{verb}|{verb}\s+(?:he|she)(?!\w)"
        r"|\baccording\s+to\s+(?:him|her)\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _it_reporting() -> re.Pattern:
    verb = _reporting("en")[0].pattern
    # ("they" only with a plain verb of saying: "..., they acknowledged the situation" may be
    # anybody's)
    return re.compile(
        rf"(?:^|[,\"”’]\s*)(?:it\s+(?:also\s+)?{verb}|"
        r"they\s+(?:also\s+)?(?:said|say|says|added|reported|report|told)\b)",
        re.IGNORECASE,
    )


def it_reports(sentence: str, lang: str | None = None) -> re.Match | None:
    """Where "it" or "they" is the subject of a reporting verb: "It said 61 civilians died",
    "More than 100 people were killed on Sunday, they added" (English; the source is the body or
    the sources an earlier sentence quoted).

    >>> it_reports("It said 61 civilians died in Aleppo.").group()
    'It said'
    >>> it_reports("It is said that troops arrived.") is None
    True
    """
    return _it_reporting().search(sentence) if base_language(lang) == "en" else None


def pronoun_reports(sentence: str, lang: str | None = None) -> re.Match | None:
    """Where a pronoun is the subject of a reporting verb: '"...," he added', "He said the troops
    ..." (English; the speaker is someone an earlier sentence quoted).

    >>> pronoun_reports('"They will fight," he added.').group()
    '" he added'
    >>> pronoun_reports("He leads the army.") is None
    True
    """
    return _pronoun_reporting().search(sentence) if base_language(lang) == "en" else None


@lru_cache(maxsize=16)
def _pointing_back(lang: str) -> re.Pattern:
    """The openers (kind `back`) of a sentence that only names the source of the one before;
    English when the language has none listed."""
    openers = "|".join(r[1] for r in read_tsv(_CLAIM_FILE) if r[0] == lang and r[2] == "back")
    if not openers:
        return _pointing_back("en") if lang != "en" else re.compile(r"(?!x)x")
    return re.compile(rf"^\W*(?:{openers})(?!\w)", re.IGNORECASE)


def points_back(sentence: str, lang: str | None = None) -> re.Match | None:
    """Where a sentence that only says who stated the sentence before it names that source:
    the match of its opener, after which the claimant follows.

    >>> points_back("This information was revealed by White House spokesperson John Kirby.").end()
    32
    >>> points_back("Об этом сообщил Буданов.", "ru").group()
    'Об этом сообщил'
    >>> points_back("This was a grave threat, Yoon said.") is None
    True
    """
    return _pointing_back(base_language(lang)).match(sentence)


def source_pointed_back(text: str, opener: re.Match, actors: list[ActorMatch]) -> Claim | None:
    """The claimant right after the opener found by `points_back`, named with the title words
    between them ("пресс-секретарь президента РФ Дмитрий Песков"); `actors` sorted by start.

    >>> from transforms.events.actors import find_actors
    >>> t = "Об этом заявил пресс-секретарь президента РФ Дмитрий Песков."
    >>> claim = source_pointed_back(t, points_back(t, "ru"), find_actors(t, "ru"))
    >>> claim.claimed_by, claim.actor
    ('пресс-секретарь президента РФ Дмитрий Песков', 'RUS')
    """
    claim = _claimant_after(text, opener, actors)
    if claim is None:
        return None
    at = text.find(claim.claimed_by, opener.end())
    title = text[opener.end() : at]
    if at < 0 or len(title) > 60 or re.search(r"[^\w\s'’-]", title):
        return claim
    return replace(claim, claimed_by=(title + claim.claimed_by).strip())


def find_claim(text: str, actors: list[ActorMatch], lang: str | None = None) -> Claim | None:
    """The first claimant of a sentence, if a reporting verb or "according to" names one.

    >>> find_claim("They will fight, the minister asserted.", []) is None
    True
    >>> find_claim("Kyrylo Budanov asserted they will fight.", []).claimed_by  # no country known
    'Kyrylo Budanov'
    """
    claims = find_claims(text, actors, lang)
    return claims[0] if claims else None


# "called for an inquiry, while France said ...": a source named in a clause of its own after
# the event speaks for that clause only
# (not a source the sentence ends with: "..., but that could change, Singh said")
_OWN_CLAUSE_BEFORE = re.compile(
    r"(?:;|,\s*(?:while|whereas|but|although|though))\s+(?:[^\s,;]+\s+){0,4}$", re.IGNORECASE
)


def claim_for(claims: list[Claim], trigger_start: int, text: str = "") -> Claim | None:
    """The claim covering an event: the last one stated before it, else the first one after
    ('"They will be ready," said Budanov'), unless that one opens a clause of its own.

    >>> t = "Ban called for an inquiry, while France said it was concerned."
    >>> claim_for([Claim("France", "FRA", 33, 39, 39)], 4, t) is None
    True
    """
    before = [c for c in claims if c.start <= trigger_start]
    if before:
        return before[-1]
    if claims and _OWN_CLAUSE_BEFORE.search(text, trigger_start, claims[0].start):
        return None
    return claims[0] if claims else None
