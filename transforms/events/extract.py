"""Event mentions: one row per event a sentence reports, with the columns of EVENT_MENTIONS.

Each sentence is cut into clauses; each clause with a trigger word gives at most one mention
(its most specific event type), whose actors, place, quantity, status and date are read from
that clause first, so that a quantity or place belongs to the event it modifies. The claimant
comes from the sentence's reporting verb; people are resolved through titles and appositives
met earlier in the article.

>>> rows = extract_event_mentions("d1", "North Korea has deployed troops to Russia.", [], None)
>>> [(r["event_type"], r["actor1"], r["actor2"]) for r in rows]
[('MOBILIZE', 'PRK', 'RUS')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.events.actors import (
    ActorMatch,
    find_actors,
    learn_people,
)
from transforms.events.claims import (
    CITING,
    Claim,
    claim_for,
    reports_next,
)
from transforms.events.clause_dates import date_columns
from transforms.events.clauses import (
    continues_the_subject,
    inner_sentence,
    main_trigger,
    split_clauses,
)
from transforms.events.context import (
    claims_pointing_back,
    sentence_context,
    shift,
    timexes_within,
    within,
)
from transforms.events.dating import (
    VERB_FINAL_LANGUAGES,
)
from transforms.events.lexicon import (
    AND_THE_SAME_SUBJECT,
    FLED_TO,
    FORCES_NOUN,
    GERUND,
    ORIGIN_CUE,
    PAST_VERB,
    REFUGE_IN,
    TALKS_ON,
    TOWN_NAMES_AN_EVENT,
    names_a_post,
    names_a_war,
)
from transforms.events.memory import (
    ArticleState,
    both_countries,
    claims_remembered,
    offices_of_the_president,
    only_names_sources,
    read_source_line,
    remember_sentence,
    remember_sentence_without_events,
    remember_speaker,
)
from transforms.events.ontology import Trigger, find_triggers
from transforms.events.place_use import is_place_use
from transforms.events.places import LEFT_FROM, PlaceMatch, country_name
from transforms.events.quantities import Quantity
from transforms.events.roles import (
    DESTINATION_REACH,
    SUPPORT_OF,
    TAKEN,
    after_a_passive_auxiliary,
    co_actors,
    co_targets,
    coordinated,
    is_mutual,
    outside_appositives,
    pick_actors,
)
from transforms.events.state_forces import (
    AGENT_AFTER,
    UNNAMED_AGENT_AFTER,
    across_the_country,
    article_country,
    other_side_between,
    speakers_place,
    state_agent,
    state_agent_of,
    state_target,
    state_victims,
)
from transforms.ids import stable_id
from transforms.language import base_language
from transforms.records import Anchor, Timex
from transforms.schemas import EVENT_MENTIONS
from transforms.sentences import Sentence, split_sentences

# "it/he/she/we" or "our soldiers" ("Our soldiers have captured ...," Zelensky said)
# ... but not an "it" that stands for nothing: "It is unclear how many were killed"
_SPEAKERS_FORCES = r"(?:soldiers|troops|forces|army|military|defenders)"
_SPEAKER_PRONOUN = re.compile(
    r"\b(?:it(?!\s+(?:is|was|has\s+been|had\s+been|remains|seems|seemed|appears|appeared)\s+"
    r"(?:not\s+)?(?:\w+ly\s+)?(?:unclear|clear|known|thought|believed|likely|unlikely|possible|"
    r"estimated|reported|feared|understood|expected|said|hoped|alleged|claimed)\b)|he|she|we)\b"
    rf"|\bour\s+{_SPEAKERS_FORCES}\b"
    # "President Assad said his forces had killed 20 terrorists", "Russia said its troops ..."
    rf"|\b(?:his|her|its)\s+(?:[\w-]+\s+)?{_SPEAKERS_FORCES}\b",
    re.IGNORECASE,
)
_FORCES_WORD = re.compile(rf"\b{_SPEAKERS_FORCES}\b", re.IGNORECASE)
# a speaker that is a group of people ("Syrian troops", "US officials"), not a state or a person
_SPEAKING_GROUP = re.compile(
    r"\b(?:troops|soldiers|forces|rebels|fighters|officials|authorities|commanders|militants|"
    r"insurgents|police)$",
    re.IGNORECASE,
)
_THEY = re.compile(r"\bthey\b", re.IGNORECASE)
_JOINED_TO_ANOTHER = re.compile(r"\b(?:and|or|with|by|from)\s+$", re.IGNORECASE)
_PERSON_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# A subject that refers back to forces named earlier ("They will be ready", "the first group of
# 2,600 troops is expected"): the article's last-named forces.
# ... a group only when definite: "the group", not "a militant group claims it has killed"
_ANAPHOR = re.compile(
    r"\b(?:they|them|their|these|those|troops|soldiers|units|"
    r"(?:the|this|that)\s+(?:[\w-]+\s+)?(?:group|cadre|contingent)(?!\s+(?-i:[A-Z])))\b",
    re.IGNORECASE,
)
# ... but not a part of the people just named: "At least 27 people, most of them children, are
# killed", "many civilians, some of those killed" ("Hundreds of them have been killed" still is)
_PART_OF_PEOPLE = re.compile(
    r"\b(?:people|civilians|children|women|men|residents|protesters|demonstrators|victims|"
    r"mourners|villagers)\b[^.;]{0,40}?\bof\s+(?:them|those)\b",
    re.IGNORECASE,
)


def _refers_back(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the text between start and end names the forces named before it (`_ANAPHOR`);
    "those" right before the event word is its own noun ("many of those | killed")."""
    end = len(text) if end is None else end
    parts = [m.end() for m in _PART_OF_PEOPLE.finditer(text, max(0, start - 60), end)]
    return any(
        m.end() not in parts
        and not (m.group().lower() == "those" and not text[m.end() : end].strip())
        for m in _ANAPHOR.finditer(text, start, end)
    )


_OWN_FORCES = re.compile(rf"\s+(?:[\w-]+\s+)?{FORCES_NOUN}\b", re.IGNORECASE)
_OWNING_UP = re.compile(r"(?:acknowledg|admit|den(?:y|ies|ied))\w*$", re.IGNORECASE)
# who sees, calls, condemns or tracks an event takes no part in it
_PERCEIVER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:"
    # seeing forces do something ("has not yet seen these troops in combat"), not a region that
    # "has seen heavy battles" (lived through them)
    rf"(?:seen|saw|observed|detected)\s+(?:\w+\s+){{0,2}}?(?:{FORCES_NOUN}|them)\b"
    r"|(?:called(?!\s+(?:up|off)\b)|labell?ed|described|termed|dubbed|branded|condemned|"
    r"denounced|critici[sz]ed|welcomed|tracked|monitored|watched|followed"
    # ... or is told of it ("A UN meeting on Tuesday was told more than 7,500 had died")
    r"|(?:was|were|been)\s+told)\s)",
    re.IGNORECASE,
)
# subject position: "they", "these troops", or forces just before the verb ("the number of
# soldiers killed", "two soldiers, though wounded, survived"); not "under these conditions" nor
# "ordered troops to attack" nor "our soldiers" (the speaker's own)
_SUBJECT_ANAPHOR = re.compile(
    rf"\bthey\b|\btheir\s+$|\b(?:these|those)\s+(?:[\w-]+\s+)?{FORCES_NOUN}\b"
    rf"|(?<![Oo]ur )\b{FORCES_NOUN}(?:,?\s+(?!to\b)\w+){{0,2}},?\s*$",
    re.IGNORECASE,
)
_PLACE_RANK = {"city": 0, "region": 1, "vicinity": 2, "country": 3}
_TOPIC_OF_TALKS = re.compile(
    rf"{TALKS_ON}(?:(?:crisis|situation|conflict|war|violence|fighting)\s+in\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_SOIL = re.compile(r"\s+(?:soil|territory)\b", re.IGNORECASE)


def _talked_about(text: str, named: ActorMatch | PlaceMatch) -> bool:
    """Whether a country or place is what talks are about ("talks on Syria", "talks on the crisis
    in Syria"), not where they are held ("talks on Qatari soil")."""
    return bool(
        _TOPIC_OF_TALKS.search(text, max(0, named.start - 80), named.start)
        and not _SOIL.match(text, named.end)
    )
_NEW_STATEMENT = re.compile(r"[;–—-]\s*$")


_SPEECH_ACTS = frozenset({"DISAPPROVE", "DEMAND", "REJECT", "THREATEN"})
# a reporting verb, and a deed in its tense: present ("says ... and blames") or past ("said ...
# and urged")
_REPORTING_VERB = re.compile(
    r"(?P<present>says|claims|insists|tells|adds|states)|said|told|claimed|insisted|added|stated|"
    r"announced"
)
_PRESENT_3SG = re.compile(r"[a-z]+[^s\W]s")
_PAST = re.compile(r"[a-z]+ed|said|told")


def _speaker_goes_on(context: dict, trigger: Trigger) -> ActorMatch | None:
    """The source of the sentence's claim, when a clause that goes on without a subject says what
    the source did in words, in the tense of its reporting verb: "The Syrian government says 2,000
    security personnel have been killed | and blames the violence on armed gangs" (English); not
    when what the source reports names a subject of its own ("Ukraine said Russian troops shelled
    Kharkiv and threatened to storm the city": Russia threatens)."""
    claim = claim_for(context["claims"], trigger.start, context["text"])
    if (
        base_language(context["lang"]) != "en"
        or trigger.event_type not in _SPEECH_ACTS
        or claim is None
        or claim.actor is None
        or claim.end > trigger.start
        or any(claim.end <= a.start < trigger.start for a in context["actors"])
    ):
        return None
    said = _REPORTING_VERB.fullmatch(context["text"][claim.start : claim.end].split()[-1].lower())
    tense = _PRESENT_3SG if said and said.group("present") else _PAST
    if said is None or not tense.fullmatch(trigger.text.split()[0].lower()):
        return None
    return claim.as_actor("person")


def _sentence_subject(context: dict, clause: tuple[int, int]) -> ActorMatch | None:
    """The first party the sentence names before the clause, no place: "North Korean officers
    are in occupied Ukraine | and are training"."""
    text, lang = context["text"], context["lang"]
    return next(
        (a for a in context["actors"] if a.end <= clause[0] and not is_place_use(text, a, lang)),
        None,
    )


_RELATIVE_OPENER = re.compile(r"(?:who|which)\s", re.IGNORECASE)
# a relative clause that closes before the clause's deed, which is then the main verb of the
# name the relative clause describes
_CLOSED_RELATIVE = re.compile(r"(?:who|which|whose)\s[^,;]*,(?=[^,;]*$)", re.IGNORECASE)
_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:between|and|of|with|to|from|in|on|at|by|for|against)\s+(?:the\s+)?$", re.IGNORECASE
)
_ANTECEDENT_GAP = re.compile(
    rf"(?:\s+(?:[\w-]+\s+)?(?:{FORCES_NOUN}|military|army))?\s*,?\s*", re.IGNORECASE
)


def _relative_antecedents(
    text: str, clause: tuple[int, int], context: dict, closed: re.Match | None = None
) -> list[ActorMatch]:
    """The actors a clause opened by "who" or "which" is about, or whose main verb follows one
    (`closed`): the one named right before its comma, with those named together with it
    ("Russia and China, who vetoed two resolutions": both)."""
    opener = _RELATIVE_OPENER.match(text, clause[0])
    if not closed and not opener:
        return []
    before = [a for a in context["actors"] if a.end <= clause[0]]
    last = before[-1] if before else None
    if not last or not _ANTECEDENT_GAP.fullmatch(text, last.end, clause[0]):
        return []
    together = [a for a in before[:-1] if a.code != last.code and coordinated(text, a, last)]
    first = together[0] if together else last
    # "the agreement between Moscow and Pyongyang, which came into force": "which" is about the
    # thing the name completes, not the name ("North Korea, which has sent troops" is about it);
    # sides named together after "the support of" are what it is about ("the support of Russia
    # and China, which had threatened to veto": the two)
    window = (max(0, first.start - 24), first.start)
    thing = (closed or opener.group().lower().startswith("which")) and (
        _COMPLEMENT_BEFORE.search(text, *window)
        and not (together and SUPPORT_OF.search(text, *window))
    )
    return [] if thing else [*together, last]


# what stands between a noun's owner and the noun: "Syria 's bloody", "Syrian army", "The Syrian
# forces'", "the US-led" (not "China ignored the", a verb and its object)
_OWNS_THE_NOUN = re.compile(
    r"(?:\s*['’]s?(?:\s+[\w-]+){0,2}|-(?:led|backed)|(?:\s+(?:security\s+)?(?:army|military|"
    r"forces|troops|government|regime|police)(?:['’]s?)?)?)\s+$",
    re.IGNORECASE,
)
_OWN_PRONOUN = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
def _resolve_actors(
    actors: list[ActorMatch],
    trigger: Trigger,
    clause: tuple[int, int],
    claim: Claim | None,
    context: dict,
) -> tuple[ActorMatch | None, ActorMatch | str | None]:
    """Actors of the clause; an anaphoric subject stands for the claimant ("X said that it
    sent"), the person named last ("he ordered") or the forces named last ("They will be
    ready"), whichever word is nearest the trigger ("We've not yet seen these troops deploy":
    the troops)."""
    text, state, lang = context["text"], context["state"], context["lang"]
    if base_language(lang) == "en":
        actors = outside_appositives(text, actors, trigger, clause[0])
    if trigger.role == "backdrop" and not _OWN_PRONOUN.search(text, 0, trigger.start):
        # "the Emir of Qatar proposed intervention to halt the crackdown by Syrian security
        # forces": a noun's doer is its owner ("Syria's bloody crackdown", but "Syrian forces
        # ... in their crackdown") or its agent, not the clause's subject
        actors = [
            a
            for a in actors
            if a.start >= trigger.end or _OWNS_THE_NOUN.match(text, a.end, trigger.start)
        ]
    subject_start = _word_start(text, max(clause[0], trigger.start - 80))
    subject_text = text[subject_start : max(clause[0], trigger.start)]
    # "the U.S. has not yet seen these troops in combat": who sees, calls or condemns an event
    # takes no part in it, but goes on to do the next verb after "and" ("Russia condemned the
    # crackdown and called on Syria to talk", "Britain condemned the crackdown and expelled the
    # ambassador"; a deed only with no clause of its own between: not "Turkey watched as troops
    # crossed and killed five", "condemned the crackdown, in which soldiers arrested and killed")
    goes_on = PAST_VERB.fullmatch(trigger.text.split()[0]) and AND_THE_SAME_SUBJECT.search(
        text, max(0, trigger.start - 16), trigger.start
    )
    actors = [
        a
        for a in actors
        if not _PERCEIVER.match(text, a.end, max(a.end, trigger.start))
        or (
            goes_on
            and (
                trigger.event_type in _VERDICT_TYPES
                or not _ANOTHER_CLAUSE_BETWEEN.search(
                    text, max(a.end, trigger.start - 200), trigger.start
                )
            )
        )
    ]
    # "Zinser, former Mexican ambassador to the UN": the post's complement is no party
    actors = [a for a in actors if not names_a_post(text, a.start)]
    # "Under the Annan plan all fighting must end", "Assad will emerge deeply injured": a leader
    # named alone near a word of violence is rarely a side of it; the forces or the regime they
    # lead are, and so is one named with a party ("Zelensky said 3,000 North Koreans were killed")
    if trigger.event_type == "ASSAULT" and all(a.kind == "person" for a in actors):
        actors = [a for a in actors if _LEADS.match(text, a.end)]
    elif trigger.event_type == "ASSAULT":  # "Mr Annan's plan aims to end the violence": a
        # person's thing other than forces names no side
        actors = [
            a
            for a in actors
            if not (a.kind == "person" and _POSSESSIVE.match(text, a.end))
            or _LEADS.match(text, a.end)
        ]
    named_before = any(a.end <= trigger.start and a.start >= clause[0] for a in actors)
    if claim and claim.actor and _speakers_own_deed(text, claim, trigger):
        speaker = replace(claim.as_actor(), end=min(claim.end, trigger.start))
        return pick_actors(text, [speaker, *actors], trigger, claim, lang)
    if not named_before:
        referent, word = _nearest_referent(
            subject_text, subject_start, claim, state, forces_act=trigger.event_type != "PROTEST"
        )
        if (
            referent
            and word
            and trigger.role != "casualty"
            and after_a_passive_auxiliary(text, trigger)
        ):
            # the subject of a passive ("They were captured") is done to, however far back the
            # soldiers were named: it stands where its word does (others keep where they were
            # named, which the roles weigh; casualties' victims stand first anyway)
            referent = replace(referent, start=word[0], end=word[1])
        # "Four years later, he was killed in Iraq": a leader named earlier is no side of it;
        # the forces they lead are ("he insists his troops are fighting armed gangs")
        if (
            referent
            and trigger.event_type == "ASSAULT"
            and referent.kind == "person"
            and not _THEIR_FORCES.search(subject_text)
        ):
            referent = None
        if referent:
            return pick_actors(text, [referent, *actors], trigger, claim, lang)
    actor1, actor2 = pick_actors(text, actors, trigger, claim, lang)
    forces = state.last_forces
    # "(SBU), the soldiers were captured": the soldiers are the forces named last
    if actor1 and actor2 is None and forces and forces.code != actor1.code:
        # ... but not the doer's own forces noun: "Ukrainian troops managed to capture"
        start = _word_start(text, max(clause[0], trigger.start - 80))
        end = max(clause[0], trigger.start)
        own = _OWN_FORCES.match(text, actor1.end, end) if actor1.end <= end else None
        spans = [(start, own.start()), (own.end(), end)] if own else [(start, end)]
        if any(_refers_back(text, a, b) for a, b in spans if b > a):
            actor2 = forces
    return actor1, actor2


# what a leader leads, named by their name ("Assad's forces") or a pronoun ("his troops")
_LED = rf"(?:[\w-]+\s+)?(?:{FORCES_NOUN}|army|military|militias?|loyalists|regime|government)\b"
_LEADS = re.compile(rf"\s?['’]s\s+{_LED}", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s?['’]s\s")
_THEIR_FORCES = re.compile(rf"\b(?:his|her)\s+{_LED}", re.IGNORECASE)
_ABOUT_THE_SOURCE = re.compile(r"\s*,\s*who\s+(?:\w+\s+)?")


def _word_start(text: str, pos: int) -> int:
    """`pos`, or the start of the next word when `pos` cuts one: a window that opens inside
    "The" must not read "he".

    >>> _word_start("The UN says", 1), _word_start("The UN says", 4)
    (4, 4)
    """
    if 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum():
        found = _NON_WORD.search(text, pos)
        return found.end() if found else len(text)
    return pos


_NON_WORD = re.compile(r"\W")


def _speakers_own_deed(text: str, claim: Claim, trigger: Trigger) -> bool:
    """Whether the speaker of the claim does the deed: the trigger is the claim's own verb
    ("Russia warned Syria", "Syria has admitted the attack"), or a gerund right after a verb of
    owning up ("North Korea has acknowledged sending troops"; "Ukraine reported shelling by
    Russian forces" is no Ukrainian deed)."""
    source = text.find(claim.claimed_by, claim.start, claim.end)
    source_end = source + len(claim.claimed_by)
    # ("Iraq expressed deep concern": the trigger runs on past the claim's verb)
    if source >= 0 and source_end <= trigger.start < claim.end:
        # the claim's closing verb, or the verb of a relative clause about its source ("Lavrov,
        # who visited Damascus on Tuesday, had said"); not a word of its source ("familiar with
        # the movement of troops said") or a noun before its verb ("the Madrid bombings, which
        # claimed")
        return not text[trigger.end : claim.end].strip() or bool(
            _ABOUT_THE_SOURCE.fullmatch(text, source_end, trigger.start)
        )
    if claim.end <= trigger.start and (
        _TO_HAVE.fullmatch(text, claim.end, trigger.start)
        or (
            _ITS_PLAN_TO.fullmatch(text, claim.end, trigger.start)
            and _ANNOUNCING.search(text, claim.start, claim.end)
        )
    ):
        return True  # "The Pentagon claims to have killed 70 insurgents", "Turkey announced
        # plans to freeze Syrian assets"
    if (
        trigger.event_type == "DEMAND"
        and not GERUND.match(trigger.text)  # ("... focused on condemning and demanding": words)
        and claim.end <= trigger.start
        and AND_THE_SAME_SUBJECT.search(text, max(claim.end, trigger.start - 16), trigger.start)
    ):
        return True  # "Mood said the attempts had failed and urged warring parties to": his own
    return (
        claim.end <= trigger.start
        and not text[claim.end : trigger.start].strip()
        and bool(GERUND.match(trigger.text))
        and bool(_OWNING_UP.search(text, max(claim.start, claim.end - 20), claim.end))
    )


_TO_HAVE = re.compile(r"\s+to\s+have\s+(?:\w+ly\s+)?", re.IGNORECASE)
# (a plan announced: not "Russia said the plan to strike Syria was illegal")
_ITS_PLAN_TO = re.compile(
    r"\s+(?:(?:its|their|his|her|a|the)\s+)?(?:plans?|intention|decision|readiness|willingness)"
    r"\s+to\s+(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
_ANNOUNCING = re.compile(r"\b(?:announc|unveil|confirm|outlin|declar)\w*", re.IGNORECASE)


_ANOTHER_CLAUSE_OPENS = re.compile(r"\b(?:while|whereas|when|although|though|because)\b", re.I)


def _nearest_referent(
    subject_text: str,
    offset: int,
    claim: Claim | None,
    state: ArticleState,
    forces_act: bool = True,
) -> tuple[ActorMatch | None, tuple[int, int] | None]:
    """The actor the last pronoun or anaphor before the trigger stands for, and where that word
    is in the text (`subject_text` starts at `offset`) when it is a subject pronoun; the
    speaker's own forces ("his forces") only where forces may act (`forces_act`: they do not
    demonstrate)."""
    speaker = claim and claim.actor and claim.as_actor()
    pronouns = [(_SPEAKER_PRONOUN, speaker, 0), (_PERSON_PRONOUN, state.last_person, 1)]
    if speaker and _SPEAKING_GROUP.search(claim.claimed_by):
        # "Syrian troops said they had recaptured the district": a group speaks of itself
        pronouns.append((_THEY, speaker, 0))
    found = []  # (where its last word ends, preference on a tie, actor, where it starts)
    for pattern, actor, rank in pronouns:
        # "He termed these manoeuvres 'massed assaults'": who names a deed takes no part in it
        ends = [
            (m.end(), m.start())
            for m in pattern.finditer(subject_text)
            if not _PERCEIVER.match(subject_text, m.end())
            # "we must not watch in silence while hundreds are killed": not who is killed
            and not _ANOTHER_CLAUSE_OPENS.search(subject_text, m.end())
            # "He said that the massacre at Houla ...": who speaks, not who killed ("He said the
            # situation was serious and urged states not to arm" is his own demand)
            and not (
                reports_next(subject_text, m.end())
                and not AND_THE_SAME_SUBJECT.search(subject_text)
            )
            # "said the regime and its military had shelled Homs": the forces of another
            and not (
                _FORCES_WORD.search(m.group())
                and _JOINED_TO_ANOTHER.search(subject_text, max(0, m.start() - 12), m.start())
            )
        ]
        if actor and ends:
            end, start = max(ends)
            if _FORCES_WORD.search(subject_text, start, end):  # "his forces", "our soldiers"
                actor = replace(actor, sector="military") if forces_act else None
            if actor:
                found.append((end, -rank, actor, start))
    if state.last_forces and _refers_back(subject_text):
        # only "they", "these troops" in subject position outrank a pronoun; a bare "troops" may
        # be the object of the speaker's own deed ("he had ordered troops to attack")
        ends = [(m.end(), m.start()) for m in _SUBJECT_ANAPHOR.finditer(subject_text)]
        end, start = max(ends, default=(-1, -1))
        found.append((end, -2, state.last_forces, start))
    if not found:
        return None, None
    end, _, actor, start = max(found, key=lambda f: f[:2])
    return actor, (None if end < 0 else (offset + start, offset + end))


def _nearest(items: list, trigger: Trigger):
    return min(items, key=lambda x: min(abs(x.start - trigger.end), abs(trigger.start - x.end)))


# "a third of the 11,000 soldiers were killed", "4,000 of the 11,000": the number is the whole
# the share is taken from, not how many the event counts
_SHARE_OF = re.compile(
    r"(?:\b(?:third|half|quarter|fifth|tenth|percent|per cent|fraction|most|many|some)|%)"
    r"\s+of\s+(?:the|its|their|these|those)\s+$"
    r"|\d\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?(?:estimated\s+)?$",
    re.IGNORECASE,
)


def _quantity(
    quantities: list[Quantity], clause: tuple[int, int], trigger: Trigger, text: str
) -> Quantity | None:
    inside = [
        q
        for q in quantities
        if clause[0] <= q.start < clause[1]
        and not _SHARE_OF.search(text[max(0, q.start - 30) : q.start])
        and not _counts_another_fate(q, trigger)
    ]
    if not inside:
        return None
    nearest = _nearest(inside, trigger)
    # "89 people, including 57 soldiers, were killed": the whole counted before its part; but
    # "4,700 casualties, including 600 deaths": the part the trigger itself counts
    counts_the_trigger = not text[nearest.end : trigger.start].strip()
    is_a_part = _INCLUDING.search(text, max(0, nearest.start - 20), nearest.start)
    if is_a_part and not counts_the_trigger:
        wholes = [q for q in quantities if nearest.start - 40 <= q.end <= nearest.start]
        return wholes[-1] if wholes else nearest
    return nearest


_FATES = {"killed", "wounded", "injured", "dead", "captured", "missing"}


def _counts_another_fate(quantity: Quantity, trigger: Trigger) -> bool:
    """ "30 soldiers were killed and 38 wounded": the 38 count the wounded, not the killed (a
    bomb still counts its dead: "a bombing left 55 dead")."""
    unit, words = quantity.unit.lower(), trigger.text.lower()
    if unit == "killed" and words.startswith("death"):  # "the death toll rose to 52"
        return False
    return trigger.role == "casualty" and unit in _FATES and unit not in words


_INCLUDING = re.compile(
    r"\b(?:including|among them|of whom|of them)\s+(?:at least\s+)?$", re.IGNORECASE
)


# "captured ... who were transported to Kyiv", "the soldiers North Korea provided to Moscow":
# where someone is taken or sent is not where a blow, an arrest or a protest happens; only a
# move's own destination ("sent to", "a visit to", "aid to", "withdrew to") is its place
_TAKEN_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
# ... and in other languages, after a verb of taking someone somewhere ("portati a Kiev",
# "trasladados a Kiev", "levados para Kiev"; not troops "envoyées à Koursk", who fight there)
_TAKEN_TO_IN = {
    "es": re.compile(r"\b(?:trasladad|llevad|transportad|conducid)\w*\s+a\s+$", re.I),
    "it": re.compile(r"\b(?:portat|trasferit|trasportat|condott)\w*\s+a\s+$", re.I),
    "pt": re.compile(r"\b(?:levad|transferid|transportad)\w*\s+(?:para|a)\s+$", re.I),
    "fr": re.compile(r"\b(?:transféré|emmené|conduit|transporté)\w*\s+(?:à|vers)\s+$", re.I),
}
_MOVES = {"MOBILIZE", "CONSULT", "AID", "RETREAT"}
_GOES_TO = re.compile(r"\b(?:to|into|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"[^.;:]{0,30}?,\s*where\b", re.IGNORECASE)


_FORCES_BEFORE = re.compile(rf"\b{FORCES_NOUN}\s+(?:\w+\s+)?$", re.IGNORECASE)


def _fled_to(text: str, place: PlaceMatch) -> re.Match | None:
    return FLED_TO.search(text, max(0, place.start - 70), place.start)


def _refuge(text: str, place: PlaceMatch) -> bool:
    """Whether a place is where people fled, shelter or cross to (not where news happens)."""
    window = max(0, place.start - 70)
    return bool(
        FLED_TO.search(text, window, place.start) or REFUGE_IN.search(text, window, place.start)
    )


def _where_people_fled(text: str, place: PlaceMatch, trigger: Trigger) -> bool:
    fled = _fled_to(text, place)
    refuge = fled is None and REFUGE_IN.search(text, max(0, place.start - 70), place.start)
    found = fled or refuge
    if not found or found.start() <= trigger.start < place.start:
        return False  # (the event itself in the phrase: "refugees were shot in Turkey")
    # a camp or refugees a deed before them is done to ("shelled a refugee camp in Damascus",
    # "killed five refugees in Homs"), or forces crossing ("troops crossed into Iraq and
    # attacked"), are where the deed happens; "those crossing into Turkey" are people fleeing
    return not (
        refuge
        and (
            trigger.end <= refuge.start()
            or _FORCES_BEFORE.search(text, max(0, refuge.start() - 30), refuge.start())
        )
    )


_WAR_IN = re.compile(r"\b(?:war|conflict|crisis)\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def _place_told_just_before(
    place: PlaceMatch | None, dates: dict, context: dict
) -> PlaceMatch | None:
    """The place of the event the sentence before dated, for a clause that goes on telling it
    with no place of its own ("On Friday, troops shelled Homs. At least 20 people were killed.":
    in Homs, as on Friday); a clause's own dated place is remembered for the next sentence."""
    state, index = context["state"], context["sentence_index"]
    if place is None and dates["date_source"] == "context":
        told = state.told_place
        return told[1] if told and told[0] == index - 1 else None
    if place is not None and state.told_day and state.told_day[0] == index:
        state.told_place = (index, place)
    return place


# "Syrian troops entered Rastan. Five civilians were killed there": the place the sentence before
# named last (not the "there" of "there were clashes", which says that something is)
_THERE = re.compile(
    r"\bthere\b(?!\s*['’](?:s|re|ll|d|ve)\b)(?!\s+(?:(?:still|also|now|reportedly|apparently|"
    r"again|already|then|just)\s+)?(?:is|are|was|were|has|have|had|will|would|may|might|could|"
    r"can|seems?|seemed|appears?|appeared|remains?|remained|must|should|being|used)\b)"
    # "Syrian troops entered Rastan. There, five civilians were killed"
    r"|\bThere(?=\s*,)"
)


def _there(clause: tuple[int, int], context: dict) -> PlaceMatch | None:
    """(only in a sentence that names no place of its own)"""
    named = context["state"].place_named
    if named is None or named[0] != context["sentence_index"] - 1 or context["places"]:
        return None
    return named[1] if _THERE.search(context["text"], clause[0], clause[1]) else None


def _names_the_war(text: str, place: PlaceMatch, trigger: Trigger) -> bool:
    """Whether a place only says which war ("the conflict in Ukraine") of another deed."""
    war = _WAR_IN.search(text, max(0, place.start - 30), place.start)
    return bool(war) and not war.start() <= trigger.start < place.start


_COUNT = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several|others?)"
)
_PART_OF_A_TOLL_IN = re.compile(
    rf"(?:(?:\bincluding\s+(?:at\s+least\s+|some\s+|about\s+)?{_COUNT}"
    r"|\b(?!(?:all|both|each)\b)[\w-]+\s+of\s+them)(?:\s+(?!in\b)[\w-]+){0,2}"
    # ... and the parts after the first ("including 18 in Homs and seven in Idlib")
    rf"|\bin\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+{_COUNT})"
    r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "Rankous, just to the north of Damascus", "Zamalka, 10km east of the capital", "areas
# north-west of the capital": a place the event is measured from, outside it ("in the north of
# Syria" is inside)
_COMPASS = r"(?:north|south)(?:-?(?:east|west))?|east|west"
_MEASURED_FROM = re.compile(
    rf"(?:(?<!\bthe\s)(?<!\bfar\s)(?<!\bextreme\s)\b(?:{_COMPASS})|\bto\s+the\s+(?:{_COMPASS}))"
    r"\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|capital|province)\s+of\s+)?$",
    re.IGNORECASE,
)
_DISTANCE = re.compile(
    r"(\d+(?:\.\d+)?)\s*-?\s*(km|kms|kilometres|kilometers|miles)\b", re.IGNORECASE
)
_NEAR_KM = 25  # within this, a place measured from is the event's vicinity (its suburbs, its
# province); beyond it only its country is ("Diwaniyah, about 100 miles south of Baghdad")


def _measured_from(text: str, place: PlaceMatch) -> PlaceMatch:
    """A city or region named as the point another place is measured from: the event happens in
    its vicinity (kind `vicinity`), or, more than 25 km away, only in its country (the town
    itself may be one the gazetteer does not know); any other place as it is."""
    found = _MEASURED_FROM.search(text, max(0, place.start - 40), place.start)
    if not found or place.kind not in ("city", "region") or place.country is None:
        return place
    distances = list(_DISTANCE.finditer(text, max(0, found.start() - 50), found.start()))
    if distances:
        amount, unit = float(distances[-1].group(1)), distances[-1].group(2).lower()
        if amount * (1.609 if unit == "miles" else 1) > _NEAR_KM:
            return replace(place, name=country_name(place.country), kind="country")
    return replace(place, kind="vicinity")


def _place(
    places: list[PlaceMatch],
    clause: tuple[int, int],
    sentence: Sentence,
    trigger: Trigger,
    text: str,
    claim: Claim | None,
    lang: str | None = "en",
) -> PlaceMatch | None:
    if trigger.event_type == "CONSULT":  # (nor where the talks are about: "on the crisis in Syria")
        places = [p for p in places if not _talked_about(text, p)]
    if trigger.event_type not in _MOVES:  # "will go to Kursk, where ... battles were fought"
        taken_to = _TAKEN_TO_IN.get(base_language(lang), _TAKEN_TO)
        places = [
            p
            for p in places
            if not taken_to.search(text, max(0, p.start - 30), p.start)
            or _WHERE_AFTER.match(text, p.end)
        ]
        if base_language(lang) == "en":
            places = [p for p in places if not _where_people_fled(text, p, trigger)]
    if claim is not None:
        places = [p for p in places if not speakers_place(text, p, [claim])]
    # "Beijing condemned the Houla massacre", "troops shelled villages days after the Houla
    # massacre": a town that names another event is not where this one happens (it is for the
    # event it names, "the Hama protests", and for the dead of it, "killed in the Hama massacre")
    places = [
        p
        for p in places
        if not (named := TOWN_NAMES_AN_EVENT.match(text, p.end))
        or named.end() == trigger.end
        or trigger.role == "casualty"
    ]
    # "137 people were killed around the country, including 110 in Homs", "12 of them in Homs":
    # the place of a part of a toll is not where all of it happened
    if trigger.role == "casualty":
        places = [
            p
            for p in places
            if not _PART_OF_A_TOLL_IN.search(text, max(trigger.end, p.start - 40), p.start)
        ]

    def within_the(span: tuple[int, int]) -> list[PlaceMatch]:
        inside = [p for p in places if within(span, p.start, p.end)]
        if trigger.event_type == "MOBILIZE":  # (troops sent "to the war in Ukraine" go to a war)
            inside = [p for p in inside if not names_a_war(text, p.start, p.end)]
        return inside

    in_clause = within_the(clause)
    # "The ongoing conflict in Ukraine has escalated with ... clashes ... in Kursk": where the war
    # is, named to say which war, gives way to any other place the sentence names ("killed in
    # the war in Iraq" is in Iraq)
    inside = [p for p in in_clause if not _names_the_war(text, p, trigger)]
    if not inside:  # (the sentence's places are read only when the clause has none of its own)
        in_sentence = within_the(inner_sentence(sentence, trigger.start))
        inside = [p for p in in_sentence if not _names_the_war(text, p, trigger)]
        inside = inside or in_clause or in_sentence
    # "The BBC's Jim Muir in Beirut says government forces shelled Homs": where the source is
    # gives way to a place the statement names
    stated = claim if claim and not claim.start <= trigger.start < claim.end else None
    if stated is not None and stated.start >= trigger.end and CITING.match(text, stated.start):
        # "..., The New York Times reported, citing a senior U.S. defense official": the source
        # a report cites is not where the event happens
        inside = [p for p in inside if not stated.start <= p.start < stated.end]

    # "the conflict spilling into Turkey caused Ankara to consider sending troops into Syria":
    # where a deployment goes, named right after it, is its place, not one before it
    goes_to = trigger.event_type == "MOBILIZE" and any(
        trigger.end <= p.start <= trigger.end + DESTINATION_REACH
        and _GOES_TO.search(text, max(trigger.end, p.start - 12), p.start)
        for p in inside
    )

    def rank(place: PlaceMatch) -> tuple[bool, bool, int, int]:
        in_source = stated is not None and stated.start <= place.start < stated.end
        elsewhere = goes_to and place.start < trigger.start
        return in_source, elsewhere, _PLACE_RANK.get(place.kind, 4), place.start

    return min(inside, key=rank) if inside else None


def _actor_columns(
    actor1: ActorMatch | None,
    actor2: ActorMatch | str | None,
    claim: Claim | None,
    place: PlaceMatch | None,
    event_type: str | None,
    context: dict,
) -> dict[str, object]:
    row: dict[str, object] = {}
    if actor1:
        row.update(actor1=actor1.code, actor1_sector=actor1.sector, actor1_text=actor1.text)
    basis = _basis(actor2, event_type, context) if isinstance(actor2, ActorMatch) else None
    if isinstance(actor2, str) and claim:  # the figure's source is the other side
        row.update(actor2=actor2, actor2_text=claim.claimed_by, actor2_basis="claimant")
    elif actor2 and not (event_type == "DEMAND" and basis != "named"):
        # (a demand is made of a party: "urged delegates in Geneva" is made of no Switzerland)
        # a place standing in for the counterpart ("shelled Baghdad") names no part of its state
        sector = actor2.sector if basis in ("named", "claimant") else None
        row.update(actor2=actor2.code, actor2_sector=sector, actor2_text=actor2.text,
                   actor2_basis=basis)  # fmt: skip
    elif actor1 and event_type != "DEMAND":
        # A statement's counterpart is often only its source ("Zelensky said North Korean troops
        # suffered losses") or the place it happens in ("arrived in Russia"); a deployment's is
        # where the troops go, never the agency that reports it. `actor2_basis` says which, so
        # that "ASSAULT PRK-USA" from "a U.S. official said" is not read as a US battle.
        where = "destination" if event_type == "MOBILIZE" else "location"
        sources = [(place and place.country, place and place.text, where)]
        if event_type != "MOBILIZE":
            sources.insert(0, (claim and claim.actor, claim and claim.claimed_by, "claimant"))
        for code, text, basis in sources:
            if code and code != actor1.code:
                row.update(actor2=code, actor2_text=text, actor2_basis=basis)
                break
    return row


def _basis(actor2: ActorMatch, event_type: str | None, context: dict) -> str:
    """How a named actor 2 stands in the text: the source speaking, a place ("arrived in Russia":
    where it happens; "sent troops to Russia": where they go), or a party."""
    if actor2.kind == "claimant":
        return "claimant"
    text = context["text"]
    # ... not where forces are withdrawn from ("withdraw US troops from Iraq"): a place
    origin = ORIGIN_CUE.search(text, max(0, actor2.start - 12), actor2.start) and not (
        LEFT_FROM.search(text, max(0, actor2.start - 80), actor2.start)
    )
    # ... "the invasion of Iraq": the place taken is the party it is done to
    taken = TAKEN.search(text, max(0, actor2.start - 40), actor2.start)
    if is_place_use(text, actor2, context["lang"]) and not origin and not taken:
        return "destination" if event_type == "MOBILIZE" else "location"
    return "named"


_INCLUDING_OPENS = re.compile(r"including\b", re.IGNORECASE)


def _outside_concessions(context: dict, trigger: Trigger) -> list[ActorMatch]:
    """The sentence's parties but those a concession names as its source ("Despite warnings
    from the US and NATO, Russia denied": not the US, nor NATO), unless the deed is the
    concession's own."""
    conceded = [
        span for span in context["conceded"] if not within(span, trigger.start, trigger.end)
    ]
    if not conceded:
        return context["actors"]
    return [
        a for a in context["actors"] if not any(within(span, a.start, a.end) for span in conceded)
    ]


def _mention(
    doc_id: str, sentence: Sentence, clause: tuple[int, int], trigger: Trigger, context: dict
) -> dict | None:
    parties = _outside_concessions(context, trigger)
    actors = [a for a in parties if within(clause, a.start, a.end)]
    both = both_countries(context, clause, trigger)
    if both:
        actors = [both[0], *actors]
    closed = _CLOSED_RELATIVE.match(context["text"], clause[0], trigger.start)
    if closed:  # "Russia, | which has a veto on the Security Council, refuses": the main verb
        actors = [a for a in actors if a.start >= closed.end()]
    # ", with over a thousand killed (in Russia's Kursk region)", "and another 1,000 wounded",
    # "and are expected to enter combat": the sentence's subject carries on; a country named only
    # as a place or a place's owner is where it happens, not who acts.
    # After ";" or a dash a new statement starts, and nothing carries.
    opens_statement = _NEW_STATEMENT.search(context["text"], max(0, clause[0] - 3), clause[0])
    named_before = any(a.end <= trigger.start for a in actors)
    counted_on = (
        continues_the_subject(context["text"], clause, trigger.start) and not named_before
    )
    antecedents = (
        [] if named_before else _relative_antecedents(context["text"], clause, context, closed)
    )
    # "the North Korean military, | who are fighting on Moscow's side"
    actors = [*antecedents, *actors]
    if not opens_statement and (
        counted_on
        or all(
            a.start in context["place_owners"] or is_place_use(context["text"], a, context["lang"])
            for a in actors
        )
    ):
        speaker = _speaker_goes_on(context, trigger) if counted_on else None
        subject = speaker or context.get("last_subject") or (
            _sentence_subject(context, clause) if counted_on else None
        )
        actors = [a for a in [subject] if a] + actors or parties
    if trigger.role == "casualty":  # "100 were killed | and another 1,000 wounded during
        # fighting with Ukrainian troops": the fight named for both tolls
        actors = actors + context.get("fought_in_next_clause", [])
    if trigger.event_type == "MOBILIZE":
        # "to deploy 12,000 soldiers to the war in Ukraine", "우크라이나 전쟁에 파병": the war's
        # country is neither the counterpart nor where the troops go
        actors = [a for a in actors if not names_a_war(context["text"], a.start, a.end, a.kind)]
    if trigger.event_type == "CONSULT":
        # "held talks on Syria with Chinese officials": what the talks are about, no party
        actors = [a for a in actors if not _talked_about(context["text"], a)]
    claim = claim_for(context["claims"], trigger.start, context["text"])
    actor1, actor2 = _resolve_actors(actors, trigger, clause, claim, context)
    if (
        trigger.event_type == "ASSAULT"
        and isinstance(actor1, ActorMatch)
        and isinstance(actor2, ActorMatch)
        and frozenset({actor1.code, actor2.code}) in context["state"].allies
    ):
        actor2 = None  # sides the article has fighting on one side are not each other's enemy
    other_side = context.get("other_side_next")
    if (
        isinstance(actor1, ActorMatch)
        and not isinstance(actor2, ActorMatch)
        and other_side is not None
        and other_side.code != actor1.code
        and is_mutual(trigger)
    ):
        actor2 = other_side
    # the side named before the deed carries on ("over 100 soldiers were killed by Ukrainian
    # drones, and another 1,000 wounded": the victims, who are actor 2)
    named = [a for a in (actor1, actor2) if isinstance(a, ActorMatch)]
    carried = [a for a in named if a.end <= trigger.start] or named[:1]
    if carried and isinstance(actor1, ActorMatch):
        context["last_subject"] = carried[0]
    dates = date_columns(trigger, clause, context)
    if dates is None:
        return None
    named_place = _place(
        context["measured_places"], clause, sentence, trigger, context["text"], claim,
        context["lang"],
    )
    sides = {a.code for a in named} | {claim.actor if claim else None}
    # ("26 people were killed in Aleppo on Wednesday - they were among 130 killed across the
    # country": the clause's own words outrank a town of another clause)
    own_place = named_place is not None and within(clause, named_place.start, named_place.end)
    # (never the place of a move, which would make it a destination)
    sweeping = own_place or trigger.event_type in _MOVES
    across = None if sweeping else across_the_country(context, clause, trigger, sides)
    place = across or named_place
    place = _place_told_just_before(place, dates, context) or _there(clause, context)
    victims_first = (
        isinstance(actor1, ActorMatch)
        and trigger.role == "casualty"
        and not isinstance(actor2, ActorMatch)
        and actor1.end <= trigger.start
    )
    if actor1 is None:
        actor1 = state_agent(context, clause, trigger, place)
        victims = None
        if not isinstance(actor2, ActorMatch):
            victims = state_victims(context, clause, trigger, place)
        if actor1 is None:
            actor1, victims_first = victims, victims is not None
        elif victims is not None and actor1.start > trigger.start:
            actor2 = victims  # "Three rebels were killed by government forces"
    if victims_first:
        # "At least 80 Syrian soldiers were killed by rebels": the victims stood first for want
        # of a named enemy; forces or rebels named after "by" are it, of the country the clause's
        # place or the article's news is in ("US soldiers were killed in clashes with
        # insurgents" in news from Iraq), else of the victims' country
        agent = AGENT_AFTER.match(context["text"], trigger.end, clause[1])
        if agent:
            in_clause = place is not None and within(clause, place.start, place.end)
            # (a state's forces that killed them are their own state's: "Three Syrian rebels
            # were killed by government forces")
            armed_opposition = state_agent_of(agent, actor1.code).sector == "rebels"
            country = (
                (place.country if in_clause else None)
                or (article_country(context["state"]) if armed_opposition else None)
                or actor1.code
            )
            actor1, actor2 = state_agent_of(agent, country), actor1
        elif UNNAMED_AGENT_AFTER.match(context["text"], trigger.end, clause[1]):
            actor1, actor2 = None, actor1  # "4,000 Iraqis have been killed by terrorists"
    if not isinstance(actor2, ActorMatch) and trigger.event_type in ("ASSAULT", "COERCE"):
        actor2 = (
            state_target(context, clause, trigger, place, actor1)
            or other_side_between(context, clause, trigger, actor1)
            or actor2
        )
    quantity = _quantity(context["quantities"], clause, trigger, context["text"])
    # "over 76,000 casualties, including both deaths and injuries": the same toll told again (not
    # "20 people, including seven army defectors, were killed": the toll's own verb)
    breaks_down = _INCLUDING_OPENS.match(context["text"], clause[0]) and "," not in context["text"][
        clause[0] : trigger.start
    ]
    if quantity is None and trigger.role == "casualty" and breaks_down:
        return None
    # An event nobody is named for still counts when the text dates a deed ("72 protesters were
    # killed on 22 April"; not words or meetings: "Friends who met her last week"), counts its
    # victims ("at least 37 protesters were killed in Syria, activists said"), names whom it was
    # done to ("Syria was attacked") or places fighting or protest ("as fighting has intensified
    # in Syria"; not "died while serving in Iraq" or "was sent to Frankfurt"); otherwise it is
    # only a word. A demand needs its maker: "they called on Damascus to stop", "I urge everyone
    # to vote" name no side that asks.
    # (not "protests across the country": a whole country does not make a protest news)
    placed_violence = (
        named_place and trigger.event_type in _PLACED_ALONE and trigger.role != "casualty"
    )
    # (a date read in the sentence before is no such date: it dates what was already news)
    dated_deed = dates["date_source"] == "timex" and trigger.event_type in _DEEDS
    if not (actor1 or actor2 or quantity or placed_violence or dated_deed):
        return None
    if trigger.event_type == "DEMAND" and not actor1:
        return None
    if quantity is None and _A_COUNT_WORD.match(trigger.text):
        return None  # "confront the death toll head on": a toll with no number reports nothing
    row = {
        **_event_columns(doc_id, sentence, trigger),
        **_actor_columns(actor1, actor2, claim, place, trigger.event_type, context),
        **dates,
        **_detail_columns(place, quantity, claim),
    }
    weapon = _mode_of_the_weapon_named(context["text"], clause, trigger, context["lang"])
    if weapon:  # "killed in the July 7 suicide bombings": the toll takes the weapon's mode
        row.update(event_mode=weapon[0], event_group=weapon[1])
    supported = _supported_side(context["text"], trigger, actors, row, context["lang"])
    if supported is not None:
        # "sent troops to Ukraine to support Russia", "to support Russia's war in Ukraine": a
        # deployment's counterpart is the side it goes to support, before where it goes
        row.update(actor2=supported.code, actor2_sector=supported.sector,
                   actor2_text=supported.text, actor2_basis="named")  # fmt: skip
    if _trains_another_side(context["text"], trigger, actor2, row):
        # "Russia has been training the North Koreans in artillery": training another side's
        # troops is military aid (PLOVER AID), not a deployment of one's own
        row.update(event_type="AID", event_mode="military", event_group="strategic developments")
    if _a_state_protests(context["text"], trigger, actor1, context["lang"]):
        # "Russia protested against the sanctions", "Moscow has formally protested": a
        # government's protest is words (PLOVER DISAPPROVE), not a street demonstration
        row.update(event_type="DISAPPROVE", event_mode=None, event_group="strategic developments")
    if isinstance(actor1, ActorMatch):
        row["co_actors"] = co_actors(context["text"], actors, actor1, trigger, context["lang"])
        if both and actor1 == both[0]:
            row["co_actors"].append(both[1])
    if (  # (to each side named with the one a known doer acts on)
        isinstance(actor1, ActorMatch)
        and isinstance(actor2, ActorMatch)
        and row.get("actor2_basis") == "named"
    ):
        row["co_targets"] = co_targets(context["text"], actors, actor2, trigger, context["lang"])
    # a destination follows its verb, or precedes it where the verb comes last (Korean, Telugu)
    verb_final = base_language(context["lang"]) in VERB_FINAL_LANGUAGES
    after_verb = place is not None and (place.start >= trigger.end or verb_final)
    context["state"].carry_destination(row, after_verb)
    return row


# what a toll's clause says killed them: "suicide bombers blew themselves up, killing 30", "died
# in the bomb attack on the number 30 bus", "killed in an air strike", "killed by shelling"
_WEAPONS = (
    # ... aircraft as the doer or the weapon ("strikes by aeroplanes and helicopters", "a drone
    # strike"), not "flown out by helicopter" or "drone footage"
    (re.compile(r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|warplanes?|jets?|"
                r"helicopter\s+gunships?|drone\s+(?:strikes?|attacks?)|"
                r"(?:strikes?|attacks?|fire|killed|bombed|hit)\s+by\s+(?:an?\s+|the\s+)?"
                r"(?:aeroplanes?|helicopters?|gunships?|drones?))\b", re.I),
     ("aerial", "explosions/remote violence")),
    (re.compile(r"\b(?:shell(?:ing|ed|s)?|artillery|mortars?|rockets?|bombard\w*)\b", re.I),
     ("artillery", "explosions/remote violence")),
    (re.compile(r"\b(?:bomb\w*|explosions?|blasts?|explosives?|IEDs?|blew\s+(?:himself|herself|"
                r"themselves)\s+up)\b", re.I),
     ("explosives", "explosions/remote violence")),
)  # fmt: skip


# "assaults across open ground, often without artillery or air support"
_WITHOUT = re.compile(r"\b(?:without|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_BARE_ATTACK = re.compile(r"attack(?:s|ed|ing)?|assaults?", re.IGNORECASE)


def _mode_of_the_weapon_named(
    text: str, clause: tuple[int, int], trigger: Trigger, lang: str | None
) -> tuple[str, str] | None:
    """The mode and group the weapon a clause names gives a casualty word's deaths, or an attack
    named with no weapon of its own ("attacks", "assault"): "a car packed with explosives"."""
    unarmed = trigger.role == "casualty" or _BARE_ATTACK.fullmatch(trigger.text)
    if not unarmed or trigger.event_mode != "ground" or base_language(lang) != "en":
        return None
    clause_text = text[clause[0] : clause[1]]
    return next(
        (
            kind
            for pattern, kind in _WEAPONS
            for found in pattern.finditer(clause_text)
            if not _WITHOUT.search(clause_text, max(0, found.start() - 24), found.start())
        ),
        None,
    )


_PROTEST_VERB = re.compile(r"protest(?:ed|ing)$", re.IGNORECASE)
# "Turkey protests to Syria" (the verb), not "the Syria protests" (a street's)
_PROTESTS_TO = re.compile(r"\s+(?:to|against|over|at)\b", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|also|formally|officially|strongly)\s+)*")


def _a_state_protests(
    text: str, trigger: Trigger, actor1: ActorMatch | str | None, lang: str | None
) -> bool:
    """Whether a state, a body or an office holder is the subject of "protest(ed)"."""
    return (
        trigger.event_type == "PROTEST"
        and base_language(lang) == "en"
        and isinstance(actor1, ActorMatch)
        and actor1.kind in ("country", "capital", "org", "person")
        and bool(
            _PROTEST_VERB.fullmatch(trigger.text)
            or (trigger.text.lower() == "protests" and _PROTESTS_TO.match(text, trigger.end))
        )
        and bool(_SUBJECT_GAP.fullmatch(text, actor1.end, trigger.start))
        and not _DEFINITE_BEFORE.search(text, max(0, actor1.start - 5), actor1.start)
    )


def _supported_side(
    text: str, trigger: Trigger, actors: list[ActorMatch], row: dict, lang: str | None = "en"
) -> ActorMatch | None:
    """The side a deployment with only a stand-in counterpart goes to support: named in the
    purpose the deployment's own words go on to ("sent forces to Ukraine to support Russia",
    "zur Unterstützung von Russlands Angriffskrieg"), or in the support it is the means of
    ("stepping up support for Russia by sending troops"); not a side others support ("a move that
    could erode Western support for Ukraine", "forces supporting Ukraine"). Korean names the
    purpose's side as its object before the verb, and it outranks a named counterpart too ("러시아의
    우크라이나 특별군사작전을 지원하기 위해 파병된", whose Ukraine is where the operation is)."""
    if trigger.event_type != "MOBILIZE":
        return None
    if base_language(lang) == "ko":
        # "러시아의 우크라이나 특별군사작전을 지원하기 위해 파병된": the purpose comes before the
        # verb, its side first ("to support Russia's special military operation in Ukraine")
        supported = [
            a
            for a in actors
            if a.code not in (row.get("actor1"), None)
            and _KO_TO_SUPPORT.fullmatch(text, a.end, trigger.start)
        ]
        return supported[-1] if supported else None
    if row.get("actor2_basis") not in ("destination", "location"):
        return None
    for actor in actors:
        if actor.code in (row.get("actor1"), None):
            continue
        purpose = _TO_SUPPORT.search(text, max(0, actor.start - 40), actor.start)
        # ... after the verb, or before it where it comes last ("zur Unterstützung von
        # Russlands Angriffskrieg in der Ukraine entsendet")
        after_verb = purpose and purpose.start() >= trigger.end
        before_verb = purpose and actor.end <= trigger.start
        if (after_verb and _PLAIN_WORDS.fullmatch(text, trigger.end, purpose.start())) or (
            before_verb and _PLAIN_WORDS.fullmatch(text, actor.end, trigger.start)
        ):
            return actor
        means = _SUPPORT_FOR.search(text, max(0, actor.start - 20), actor.start)
        if means and _BY_DOING.fullmatch(text, actor.end, trigger.start):
            return actor
    return None


# what a deployment goes on to do for a side ("to support Russia", "в поддержку России"): not a
# bare "for", which also says whose envoy ("the envoy for the UN ... called for a monitoring
# team to be deployed to Syria")
_TO_SUPPORT = re.compile(
    r"(?:\b(?:to\s+(?:help|support|aid|assist|bolster|reinforce)|in\s+support\s+of|"
    r"on\s+behalf\s+of)\s+(?:the\s+)?"
    r"|(?<!\w)(?:zur\s+Unterstützung(?:\s+(?:von|der|des))?|на\s+підтримку|[вн]а?\s+поддержку)"
    r"\s+)$",
    re.IGNORECASE,
)
_KO_TO_SUPPORT = re.compile(
    r"(?:을|를|의)\s*(?:[^\s.,]+\s+){0,3}?(?:지원|돕|도우)[가-힣]*\s*(?:위해|위한|려고|고자)\s*"
)
# ... right after the deployment's own words: no comma or subordinator between ("sent troops to
# Russia, a move that could erode support", "after Seoul pledged to support Ukraine")
_PLAIN_WORDS = re.compile(
    r"(?:(?![,;:]|\s(?:after|before|while|as|when|which|who|that|against|but|and)\s)[^.])*",
    re.IGNORECASE,
)
_SUPPORT_FOR = re.compile(r"\bsupport\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_BY_DOING = re.compile(r"\s+by\s+", re.IGNORECASE)


def _trains_another_side(
    text: str, trigger: Trigger, trainee: ActorMatch | str | None, row: dict
) -> bool:
    """Whether an English "training" names the trainer and, as its object, a trainee of another
    country ("are training Russian soldiers", "Russian training for the North Korean military";
    not "troops training in Russia", a place, nor "training 10,000 soldiers to support Russia",
    nor "are training for the Russian army", the troops' own)."""
    if not isinstance(trainee, ActorMatch):
        return False
    gap = _TRAINEE_GAP.fullmatch(text, trigger.end, trainee.start)
    a_verb = _BEING.search(text, max(0, trigger.start - 30), trigger.start)
    return (
        trigger.event_type == "MOBILIZE"
        and _TRAINING.match(trigger.text) is not None
        and gap is not None
        and not (gap.group("whom") and a_verb)
        and row.get("actor2_basis") == "named"
        and row.get("actor1") is not None
        and row.get("actor1") != row.get("actor2")
    )


_TRAINING = re.compile(r"train", re.IGNORECASE)
_TRAINEE_GAP = re.compile(r"\s+(?P<whom>for\s+)?(?:the\s+)?", re.IGNORECASE)
_BEING = re.compile(r"\b(?:am|is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_A_COUNT_WORD = re.compile(r"death\s+tolls?$", re.IGNORECASE)
_PLACED_ALONE = {"ASSAULT", "PROTEST"}  # events a place alone makes news of
_DEEDS = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT"}  # news with a date alone


def _event_columns(doc_id: str, sentence: Sentence, trigger: Trigger) -> dict[str, object]:
    return {
        "doc_id": doc_id, "sentence_index": sentence.index, "sentence_start": sentence.start,
        "sentence_end": sentence.end, "sentence": sentence.text,
        "event_type": trigger.event_type, "event_mode": trigger.event_mode,
        "event_group": trigger.event_group, "trigger": trigger.text,
        "trigger_start": trigger.start, "trigger_end": trigger.end,
    }  # fmt: skip


def _detail_columns(
    place: PlaceMatch | None, quantity: Quantity | None, claim: Claim | None
) -> dict[str, object]:
    row: dict[str, object] = {}
    if place:
        row.update(location=place.name, location_country=place.country, location_kind=place.kind)
    if quantity:
        row.update(quantity=quantity.value, quantity_unit=quantity.unit,
                   quantity_qualifier=quantity.qualifier, quantity_text=quantity.text)  # fmt: skip
    if claim:
        row.update(claimed_by=claim.claimed_by, claimed_by_actor=claim.actor)
    return row


def _sentence_mentions(
    doc_id: str, text: str, sentence: Sentence, shared: dict, following: Sentence | None = None
) -> list[dict]:
    lang = shared["lang"]
    read_source_line(sentence, shared)
    triggers = shift(find_triggers(sentence.text, lang), sentence.start)
    if not triggers or only_names_sources(sentence):
        remember_sentence_without_events(sentence, shared)
        return []
    context = sentence_context(text, sentence, lang, shared["people"], shared["countries"])
    shared["state"].remember_allies(text, context["actors"])
    if base_language(lang) == "en":
        remember_speaker(shared["state"], sentence, context["claims"])
    context["claims"] = (
        context["claims"]
        or claims_pointing_back(following, shared)
        or claims_remembered(sentence, shared["state"], lang)
    )
    context["claims"] = offices_of_the_president(context["claims"], shared["state"])
    counts = [(q.start, q.end) for q in context["quantities"]]
    context.update(
        text=text,
        # a number that counts soldiers ("2000 soldiers") is no year, whatever a tagger says
        timexes=[
            t
            for t in timexes_within(shared["timexes"], shared["timex_starts"], sentence)
            if not any(s < t.end and t.start < e for s, e in counts)
        ],
        article_timexes=shared["timexes"],
        article_timex_starts=shared["timex_starts"],
        anchor=shared["anchor"],
        lang=lang,
        state=shared["state"],
        frame=(sentence.start, triggers[0].start),
        # (once a sentence: a place another is measured from is only its vicinity)
        measured_places=[_measured_from(text, p) for p in context["places"]],
        sentence_end=sentence.end,
        sentence_index=sentence.index,
    )
    rows = []
    english = base_language(lang) == "en"
    deeds, actors = (triggers, context["all_actors"]) if english else ((), ())
    clauses = split_clauses(sentence, deeds, actors)
    for clause, following in zip(clauses, [*clauses[1:], None], strict=True):
        inside = [t for t in triggers if within(clause, t.start, t.end)]
        context["fought_in_next_clause"] = _fought_in(context, following)
        context["other_side_next"] = _other_side_in(context, clause, following)
        if inside:
            trigger = main_trigger(inside, text, clause, lang)
            verdict = _verdict_on(inside, trigger, lang)
            # a demand is its own event only when its maker is named in the clause ("and called
            # on partners to increase aid" goes on about whoever spoke before, unnamed here)
            if verdict and verdict.event_type == "DEMAND":
                makers = [a for a in context["actors"] if clause[0] <= a.start < verdict.start]
                verdict = verdict if makers else None
            deed_context, accusation, verdict_row = context, None, None
            if verdict:  # "Ukraine accused North Korea | of sending troops": two events
                verdict_row = _mention(
                    doc_id, sentence, (clause[0], trigger.start), verdict, context
                )
                accusation = verdict_row if verdict_row and _ACCUSING.match(verdict.text) else None
                # ... and who condemns or demands is no party to the deed ("the UN demanded
                # that Syria end the shelling": Syria shells, not against the UN)
                after = [a for a in context["actors"] if a.start >= verdict.end]
                deed_context = {**context, "actors": after}
                if accusation and _BLAMED_ON.match(text, trigger.end):
                    deed_context["last_subject"] = None  # "blames the deaths on terrorists"
            row = _mention(doc_id, sentence, clause, trigger, deed_context)
            if (
                verdict_row
                and verdict.event_type == "DEMAND"
                and verdict_row.get("actor2") is None
                and row
                and row.get("actor2_basis") == "named"
                and row["actor2"] != verdict_row.get("actor1")
                and not _HARM_ENDED.search(text, max(0, trigger.start - 60), trigger.start)
            ):
                # "Britain called for tougher sanctions against Syria": who the deed asked for
                # is done to is who the demand is aimed at (not "called for an end to attacks
                # on Syrian troops", "an inquiry into the killing of British soldiers")
                verdict_row.update({k: row[k] for k in _ACTOR2_COLUMNS})
            rows += [verdict_row, *_rows_of_co_actors(verdict_row)] if verdict_row else []
            if row and accusation and accusation.get("actor1") and not row.get("claimed_by"):
                # the deed someone is accused of is the accuser's claim
                row.update(
                    claimed_by=accusation["actor1_text"], claimed_by_actor=accusation["actor1"]
                )
            rows += [row, *_rows_of_co_actors(row)] if row else []
    # (not where people fled to: "many residents fled into Turkey" says nothing of where the
    # article's news, or the next sentence's "there", is)
    places = [p.country for p in context["places"] if p.country and not _refuge(text, p)]
    remember_sentence(shared["state"], sentence, context["all_actors"], places)
    # (the last place an event of it could be in: not one another is measured from, nor a town
    # that names another event, "days after the Houla massacre")
    where = [
        p
        for p in context["measured_places"]
        if p.kind != "vicinity"
        and not TOWN_NAMES_AN_EVENT.match(text, p.end)
        and not _refuge(text, p)
    ]
    if where:
        shared["state"].place_named = (sentence.index, where[-1])
    return rows


_FOUGHT_WITH = re.compile(
    r"\b(?:fighting|clashes|battles?|combat)\s+(?:with|against)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# "clashes between Ukrainian forces | and up to 15,000 North Korean soldiers deployed in Kursk":
# the number's clause holds the other side of the fight "between" opened
_BETWEEN_AT_END = re.compile(r"\bbetween\s+[^,;]{1,60}$", re.IGNORECASE)
_AND_OPENS = re.compile(r"\s*and\s", re.IGNORECASE)


def _other_side_in(
    context: dict, clause: tuple[int, int], following: tuple[int, int] | None
) -> ActorMatch | None:
    """The first party of the next clause when this one ends inside "between ..." and the next
    opens with "and"."""
    text = context["text"]
    if following is None or not _BETWEEN_AT_END.search(text, clause[0], clause[1]):
        return None
    if not _AND_OPENS.match(text, following[0]):
        return None
    return next((a for a in context["actors"] if within(following, a.start, a.end)), None)


def _fought_in(context: dict, clause: tuple[int, int] | None) -> list[ActorMatch]:
    """The side a continuing clause says was fought ("and another 1,000 wounded during fierce
    fighting with Ukrainian troops")."""
    text = context["text"]
    if clause is None or not continues_the_subject(text, clause):
        return []
    return [
        a
        for a in context["actors"]
        if within(clause, a.start, a.end)
        and _FOUGHT_WITH.search(text, max(clause[0], a.start - 50), a.start)
    ]


def _rows_of_co_actors(row: dict) -> list[dict]:
    """ "Russia and China vetoed the resolution", "Syria accused the US and France": the same
    deed done by each side named with actor 1, or to each side named with actor 2, one row
    each."""
    co_doers, co_done_to = row.pop("co_actors", []), row.pop("co_targets", [])
    doers = [
        {**row, "actor1": co.code, "actor1_sector": co.sector, "actor1_text": co.text}
        for co in co_doers
        if co.code != row.get("actor2")
    ]
    done_to = [
        {**each, "actor2": co.code, "actor2_sector": co.sector, "actor2_text": co.text}
        for co in co_done_to
        for each in (row, *doers)
        if co.code != each.get("actor1")
    ]
    return doers + done_to


def _verdict_on(inside: list[Trigger], main: Trigger, lang: str | None) -> Trigger | None:
    """An English condemnation or demand before the clause's main deed is an event of its own,
    done by the one who condemns or demands to the other ("The US condemned North Korea's
    deployment", "the UN demanded that Syria end the shelling")."""
    if base_language(lang) != "en" or main.event_type in _VERDICT_TYPES:
        return None
    return next(
        (t for t in inside if t.event_type in _VERDICT_TYPES and t.end <= main.start), None
    )


_VERDICT_TYPES = {"DISAPPROVE", "DEMAND"}
_ANOTHER_CLAUSE_BETWEEN = re.compile(
    r",|\b(?:as|when|while|after|where|which|who|whom|that)\b", re.IGNORECASE
)
_ACTOR2_COLUMNS = ("actor2", "actor2_sector", "actor2_text", "actor2_basis")
_HARM_ENDED = re.compile(
    r"\b(?:(?:end|halt|stop)\s+to|(?:inquiry|investigation|probe)\s+into)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_ACCUSING = re.compile(r"accus|blam", re.IGNORECASE)
_BLAMED_ON = re.compile(r"\s+on\s", re.IGNORECASE)


def extract_event_mentions(
    doc_id: str, text: str, timexes: list[Timex], anchor: Anchor | None, lang: str | None = None
) -> list[dict]:
    """One dict per event mention, keyed exactly by the columns of EVENT_MENTIONS.

    `timexes` are the article's temporal expressions (offsets into `text`); `anchor` is the
    publication date, or None, in which case undated events keep null dates.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    article_actors = find_actors(text, lang)
    shared = {
        "lang": lang,
        "timexes": sorted(timexes or [], key=lambda t: t.start),
        "timex_starts": sorted(t.start for t in timexes or []),
        "anchor": anchor,
        "people": learn_people(text, lang, article_actors),
        "countries": frozenset(a.code for a in article_actors if a.code),
        "state": ArticleState(),
    }
    rows: list[dict] = []
    sentences = list(split_sentences(text, lang))
    for sentence, following in zip(sentences, [*sentences[1:], None], strict=True):
        shared["state"].forget_distant_referents(sentence.index)
        mentions = _sentence_mentions(doc_id, text, sentence, shared, following)
        for index, row in enumerate(mentions):
            row["mention_id"] = stable_id("mention", doc_id, sentence.index, index)
            rows.append({column: row.get(column) for column in EVENT_MENTIONS})
    return rows
