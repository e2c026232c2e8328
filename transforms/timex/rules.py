"""A rule is a compiled pattern plus the function that turns one of its matches into a Spec."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from transforms.timex.direction import clause_bounds, clause_direction
from transforms.timex.resolve import Context, Spec

Handler = Callable[[re.Match, Context], Spec | None]


@dataclass(frozen=True)
class Rule:
    """`pattern` finds candidate spans; `handler` resolves one match (None rejects it).

    `pattern` runs on lower-cased text, `pattern_ignorecase` on text as written; `trigger`
    and `reach` bound where the pattern has to run at all.
    """

    name: str
    pattern: re.Pattern
    handler: Handler
    pattern_ignorecase: re.Pattern
    trigger: re.Pattern | None = None
    reach: tuple[int, int] = (60, 40)


def compile_rule(name: str, pattern: str, handler: Handler, trigger: str | None = None,
                 reach: tuple[int, int] = (60, 40)) -> Rule:
    """A Rule with its pattern compiled once: for lower-cased text (fast) and for any text.

    Matching lower-cased text without IGNORECASE is about three times faster; the
    IGNORECASE form serves texts whose lower-case form changes length (Turkish dotted I).
    `trigger` is a cheap pattern of words every match contains ("centur" for centuries):
    the full pattern then runs only within `reach` (chars left, right) of a trigger hit.
    """
    return Rule(name, re.compile(pattern), handler, re.compile(pattern, re.IGNORECASE),
                re.compile(trigger) if trigger else None, reach)


def original(match: re.Match, ctx: Context, group: str | int = 0) -> str:
    """The text of a match group as written (matches may run on a lower-cased copy)."""
    start, end = match.span(group)
    return ctx.text[start:end] if start >= 0 else ""


def direction_of(match: re.Match, ctx: Context) -> str | None:
    """The clause direction of a match, remembered per span (patterns may share spans)."""
    key = ("dir", match.start(), match.end())
    if key not in ctx.memo:
        ctx.memo[key] = clause_direction(ctx.text, match.start(), match.end(), ctx.lang)
    return ctx.memo[key]


def preceding_word(match: re.Match, ctx: Context) -> str:
    """The word just before the match, lower-case ("by" in "ready by November 1")."""
    window = ctx.text[max(0, match.start() - 24):match.start()]
    words = re.findall(r"[^\W\d_]+", window)
    return words[-1].lower() if words else ""


def is_capitalized(token: str) -> bool:
    """English month and weekday names are capitalized in news; "may" and "march" are verbs."""
    return bool(token) and (token[0].isupper() or not token.isascii())


# "by", and the words other languages' news put before a deadline ("до 1 листопада", "bis zum").
_DEADLINE_WORDS = ("by", "until", "till", "through", "до", "bis", "zum", "entro", "hasta", "ici",
                   "līdz", "até")
# Latin "do" is "until" in Croatian and Serbian, but "of the" in Portuguese.
_DEADLINE_DO_LANGS = ("hr", "sr", "pl", "cs", "sk", "sl")


def boundary_mod(match: re.Match, ctx: Context) -> tuple[str | None, str | None]:
    """(mod, direction) implied by "by/before/after/until/since" just before the expression.

    "by November 1" is ON_OR_BEFORE: TIMEX3's mod for a deadline that includes the day itself
    (BEFORE would exclude it). A deadline reads forward; in a past-tense clause ("contracts
    were allowed until 15 November") it may lie on either side, so no direction is imposed
    and the nearest date is taken.
    """
    word = preceding_word(match, ctx)
    if word in _DEADLINE_WORDS or (word == "do" and ctx.lang in _DEADLINE_DO_LANGS):
        return "ON_OR_BEFORE", None if direction_of(match, ctx) == "past" else "future"
    if word == "before":
        return "BEFORE", None
    if word == "after":
        return "AFTER", None
    if word == "since":
        return "ON_OR_AFTER", "past"
    return None, None


def mod_and_direction(match: re.Match, ctx: Context) -> tuple[str | None, str | None]:
    """The boundary mod before the expression and the direction to resolve it in: the
    boundary word's ("since" reads back) or else the clause's; a deadline in a past clause
    gets none, so that the nearest date is taken."""
    mod, direction = boundary_mod(match, ctx)
    if mod == "ON_OR_BEFORE":
        return mod, direction
    return mod, direction or direction_of(match, ctx)


_WEEKDAY_DEADLINE_WORDS = ("until", "till", "by")
_PAST_PERFECT = re.compile(r"\b(?:had|hadn't)\b", re.IGNORECASE)


def weekday_direction(match: re.Match, ctx: Context) -> str | None:
    """The direction of a weekday named without last/next: a deadline ("postponed until
    Tuesday", "until 9 a.m. Tuesday") lies ahead, unless the clause is in the past perfect
    ("reports had been filed by Wednesday"); else the clause's direction."""
    if preceding_word(match, ctx) in _WEEKDAY_DEADLINE_WORDS:
        left, right = clause_bounds(ctx.text, match.start(), match.end())
        if not _PAST_PERFECT.search(ctx.text, left, right):
            return "future"
    return direction_of(match, ctx)
