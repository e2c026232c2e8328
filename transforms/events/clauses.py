"""Clauses of a sentence and the trigger that decides each clause's event.

A sentence often reports several events ("over 500 soldiers have arrived, with 12,000 more to be
deployed soon"); cutting it at clause boundaries lets each quantity, place and date stay with
the event it modifies.
"""

from __future__ import annotations

import re

from transforms.events.ontology import Trigger, type_priority
from transforms.sentences import Sentence

_CLAUSE_BREAK = re.compile(  # ", with 12,000 more to be deployed" is a second event
    r";|\s[–—-]\s|,\s+(?=(?:and|but|while|whereas|with|which|who|as|after|before|where|when|an|"
    r"adding|saying|including|although|though|because|since|following)\b)"
    r"|\s(?=and\s+(?:another|more than|up to|at least|\d|about|over|nearly|some)\b)"
    r"|\s(?=and\s+[^,;]{0,60}\b(?:said|says|told|confirmed|reported|announced|stated)\b)",
)
# "to fight", "to start fighting", "in order to help": English "to" right before the trigger
# (further away it is mostly a direction: "deployed to combat zones")
_PURPOSE = re.compile(r"\b(?:to|in order to|so as to)\s+(?:(?:start|begin|help)\s+)?$", re.I)
# Elsewhere a purpose word, then at most three words: "pour aider à combattre", "per aiutare
# Mosca a combattere", "zur Unterstützung von Russlands Angriffskrieg", "lai tās palīdzētu
# ... padzīt", "untuk bertempur", "чтобы воевать"; Telugu and Korean mark it after the verb
# ("దాడిని ప్రారంభించడానికి", to launch an attack; "... లక్ష్యంతో", with the aim of; "공격하기 위해").
_PURPOSE_WORDS = re.compile(
    r"(?<!\w)(?:pour|afin de|per|para|um|zur Unterstützung|lai|kako bi|чтобы|для|щоб|untuk|"
    r"guna)\s+(?:[^\s,;:]+\s+){0,3}$",
    re.IGNORECASE,
)
_PURPOSE_AFTER = re.compile(
    r"^\S*(?:\s+\S*){0,2}?(?:డానికి|టానికి|కోసం|లక్ష్యంతో|기\s+위해|기\s+위한|하러)"
)
_PURPOSE_WINDOW = 50
# "soldiers fighting for Russia": a participle describing the troops, not the clause's deed
_PARTICIPLE = re.compile(r"\b(?:soldiers|troops|forces|units|servicemen)\s+\w+ing$", re.IGNORECASE)


def split_clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Clause spans (absolute offsets) of a sentence.

    >>> from transforms.sentences import Sentence
    >>> t = "Over 500 soldiers arrived, with 12,000 more to be deployed soon."
    >>> [t[a:b] for a, b in split_clauses(Sentence(0, 0, len(t), t))]
    ['Over 500 soldiers arrived', 'with 12,000 more to be deployed soon.']
    """
    spans, cursor = [], 0
    for found in _CLAUSE_BREAK.finditer(sentence.text):
        spans.append((cursor, found.start()))
        cursor = found.end()
    spans.append((cursor, len(sentence.text)))
    return [(sentence.start + a, sentence.start + b) for a, b in spans if b > a]


def main_trigger(triggers: list[Trigger], text: str) -> Trigger:
    """The clause's most specific trigger; a purpose ("sent troops to fight") yields to the
    deed it is the purpose of."""

    def rank(trigger: Trigger) -> tuple[int, int, int]:
        before = text[max(0, trigger.start - _PURPOSE_WINDOW) : trigger.start]
        after = text[trigger.end : trigger.end + _PURPOSE_WINDOW]
        purpose = (
            _PURPOSE.search(before[-16:])
            or _PURPOSE_WORDS.search(before)
            or _PURPOSE_AFTER.match(after)
        )
        modifier = bool(purpose or _PARTICIPLE.search(before[-16:] + trigger.text))
        return (modifier and len(triggers) > 1, type_priority(trigger.event_type), trigger.start)

    return min(triggers, key=rank)
