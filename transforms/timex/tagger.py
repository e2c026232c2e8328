"""The temporal tagger: find temporal expressions in a text and normalize them to TIMEX3.

    >>> from datetime import date
    >>> from transforms.records import Anchor
    >>> found = tag_timexes("They will be ready by November 1.", Anchor(date(2024, 10, 18)))
    >>> [t.value for t in found]
    ['2024-11-01']

Candidate spans come from compiled patterns (English grammar, plus patterns built from
dateparser's locale data for every other language); each span is resolved against the anchor
in the direction its clause reads. Overlapping candidates: the leftmost, then the longest wins.
"""

from __future__ import annotations

import logging
import re

from transforms.language import base_language
from transforms.records import Anchor, Timex
from transforms.timex import candidates, timex3
from transforms.timex.named_events import named_event_day
from transforms.timex.names import is_part_of_name
from transforms.timex.resolve import Context, Spec

log = logging.getLogger(__name__)
_FULL_WORD_DOT = re.compile(r"[^\W\d_]{5,}\.$")
MAX_CHARS = 5_000_000  # beyond this a "document" is not news text; tag its first part only


def _to_timex(text: str, start: int, end: int, spec: Spec) -> Timex:
    if text[end - 1] == "." and _FULL_WORD_DOT.search(text, start, end):
        end -= 1  # a sentence's full stop after "November", not the dot of "Nov."
    period = spec.period if spec.is_resolved else None
    precision = spec.precision or (period.precision if period else None)
    return Timex(start, end, text[start:end], spec.type, spec.value,
                 period.begin if period else None, period.end if period else None,
                 precision, spec.mod, spec.direction, spec.needs_anchor, spec.is_resolved)


def _resolve_one(rule, match, ctx: Context) -> Spec | None:
    """One candidate's Spec; a bug in one rule loses that expression, not the document."""
    try:
        return rule.handler(match, ctx)
    except Exception as error:  # noqa: BLE001 - logged; the other expressions are kept
        log.warning("timex rule %s failed on %r (%s: %s)", rule.name, match.group(0)[:80],
                    type(error).__name__, error)
        return None


def _tag(text: str, anchor: Anchor | None, lang: str) -> list[Timex]:
    ctx = Context(text, anchor, lang)
    found: list[Timex] = []
    last_end = 0
    for start, end, _order, rule, match in candidates.find(text, lang):
        if start < last_end or is_part_of_name(text, start, end, rule.name):
            continue
        spec = _resolve_one(rule, match, ctx)
        if spec is None:
            continue
        if spec.period is not None and not spec.needs_anchor and spec.type == "DATE":
            ctx.last_year = spec.period.begin.year
        if spec.span is not None:
            start, end = spec.span
        timex = _to_timex(text, start, end, spec)
        found.append(named_event_day(text, timex) if lang == "en" else timex)
        last_end = end
        if spec.period is not None and spec.period.precision == "day" and spec.is_resolved:
            # the day in focus is the one read, "the day after the September 11 attacks" too
            day = found[-1].begin_date
            ctx.last_day = (found[-1].end, timex3.of_date(day) if day else spec.period)
    return found


def tag_timexes(text: str, anchor: Anchor | None, lang: str | None = None) -> list[Timex]:
    """Every temporal expression in `text`, sorted by start; never raises.

    `anchor` is the date relative expressions are resolved against (None: they are returned
    unresolved, `is_resolved=False`, never dated from today). `lang` is a dateparser language
    code (`en`, `uk`, `ru`, `de`, `fr`, `es`, `it`, `ko`, ...); None means English.
    """
    if not isinstance(text, str) or not text:
        return []
    language = base_language(lang)  # Bosnian-labelled text reads with the Serbian names
    if len(text) > MAX_CHARS:
        log.warning("text of %d characters: only its first %d are tagged", len(text), MAX_CHARS)
    try:
        return _tag(text[:MAX_CHARS], anchor, language)
    except Exception as error:  # noqa: BLE001 - the contract: a tagger bug never stops a run
        # Logged with the error so the bug is visible; the document keeps no expressions.
        log.warning("timex tagging failed (%s: %s); no expressions kept", type(error).__name__,
                    error)
        return []


_DATELINE_REACH = 300  # characters: a dateline or byline opens the page
# A photo caption dates the picture, often years before the story it illustrates: its credit
# follows it on the line ("... Tuesday, Oct. 22, 2024. (AP-Yonhap)"), or the line is labelled
# as one ("Photo: ...")
_CREDIT = re.compile(
    r"\((?:AP|AFP|EPA|Reuters|Yonhap|Getty|[^)]*Wikimedia|[^)]*[Pp]hoto)[^)]*\)[\s.]*$"
)  # at the line's end: "KYIV, Oct 18, 2024 (Reuters) - ..." is a dateline
_PHOTO_LABEL = re.compile(r"^\W*(?:photo|фото|foto|사진)\b", re.IGNORECASE)


def infer_anchor(text: str, lang: str | None = None) -> Anchor | None:
    """An anchor read from the document's dateline: the first full date near its top that is
    not in a photo caption. A full date further down is an event's, not the publication's:
    then there is no anchor (nothing is guessed).

    >>> infer_anchor("KYIV, Friday, 18 October 2024, 10:46. Troops moved yesterday.")
    Anchor(value=datetime.date(2024, 10, 18), precision='day', source='text', is_inferred=True)
    """
    if not isinstance(text, str) or not text:
        return None
    head = text[: _DATELINE_REACH + 60]  # a date starting near the limit is read whole
    full_dates = [t for t in tag_timexes(head, None, lang)
                  if t.start < _DATELINE_REACH and t.precision == "day" and t.is_resolved
                  and not t.needs_anchor and t.begin_date is not None
                  and not _in_caption(head, t)]
    return Anchor(full_dates[0].begin_date, "day", "text", True) if full_dates else None


def _in_caption(text: str, timex: Timex) -> bool:
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        _CREDIT.search(text, timex.end, line_end) or _PHOTO_LABEL.match(text[line_start:line_end])
    )
