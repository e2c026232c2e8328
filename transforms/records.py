"""Plain records passed between the pipeline's stages.

These are the contract between `flows/` (which reads and fetches), `transforms/` (which turns
bytes into articles, temporal expressions and event mentions) and `warehouse/` (which loads the
frames built from them, see `transforms/schemas.py`). They hold plain values only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# Where a publication date came from (design note: no date is ever invented silently).
PUBLISHED_SOURCES = ("sidecar", "jsonl", "html", "feed", "url", "text", "cli", "unknown")
PRECISIONS = (
    "time", "day", "week", "month", "quarter", "season", "half", "year", "decade", "century",
)


@dataclass(frozen=True)
class Anchor:
    """The date relative expressions are resolved against: usually the publication date.

    `value` is the first day of the period the anchor names; `precision` says how much of it is
    known (`day`, `month` or `year`): a month-only anchor cannot resolve "yesterday" to a day.

    >>> Anchor(date(2024, 10, 18), "day", "sidecar")
    Anchor(value=datetime.date(2024, 10, 18), precision='day', source='sidecar', is_inferred=False)
    """

    value: date
    precision: str = "day"
    source: str = "unknown"
    is_inferred: bool = False


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text.

    Offsets are character offsets into the text given to the tagger, end exclusive.
    `type` is a TIMEX3 type (DATE, TIME, DURATION, SET); `value` a TIMEX3 value (`2024-11-01`,
    `2024-08`, `2024-W42`, `2024-Q3`, `2024-SU`, `2024`, `202` for a decade, `P2W`, `PAST_REF`,
    `PRESENT_REF`, `FUTURE_REF`, `XXXX-08` when the year cannot be known), or None when nothing
    could be resolved. `begin_date`/`end_date` is the calendar interval covered (inclusive), None
    for durations, vague references and unresolved expressions. `mod` is a TIMEX3 modifier
    (BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, START, MID, END, APPROX, ...). `direction` is the
    reading taken from context (`past`, `future`, `present`, or None). `needs_anchor` says the
    value depends on the anchor; `is_resolved` is False when it needed one and had none.

    >>> Timex(71, 81, "November 1", "DATE", "2024-11-01", date(2024, 11, 1), date(2024, 11, 1),
    ...       "day", "ON_OR_BEFORE", "future", True, True).value
    '2024-11-01'
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None
    begin_date: date | None = None
    end_date: date | None = None
    precision: str | None = None
    mod: str | None = None
    direction: str | None = None
    needs_anchor: bool = False
    is_resolved: bool = True

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict, the shape `datelines timex` prints for each expression."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "begin": self.begin_date.isoformat() if self.begin_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "precision": self.precision,
            "mod": self.mod,
            "direction": self.direction,
            "needs_anchor": self.needs_anchor,
            "is_resolved": self.is_resolved,
        }


@dataclass
class RawDocument:
    """One input as read or fetched, before any parsing: bytes plus what its source declares.

    `uri` is canonical and stable across runs (`file:///abs/path`, `file:///abs/x.jsonl#id=42`,
    `file:///abs/x.jsonl#line=7`, `https://example.org/a`): the document's identity.
    `media_type` is what the reader believes the bytes are (`text/plain`, `text/markdown`,
    `text/html`, `application/json` for one JSON Lines record, `application/rss+xml`).
    `metadata` holds the declared fields (`id`, `url`, `title`, `published`, `lang`, `source`,
    and any unknown field, kept), from a JSON Lines record, a sidecar, a feed entry or the CLI.
    `metadata_sources` says for each declared field where it came from (`jsonl`, `sidecar`,
    `feed`, `cli`, `http`).
    """

    source: str
    uri: str
    body: bytes
    media_type: str
    metadata: dict[str, Any] = field(default_factory=dict)
    metadata_sources: dict[str, str] = field(default_factory=dict)
    line: int | None = None
    fetched_at: datetime | None = None
    http_status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # Run options that applied to this document (`published`, `lang` from the command line),
    # stored with the raw bytes so that `datelines reprocess` derives the same anchor again.
    defaults: dict[str, str] = field(default_factory=dict)


@dataclass
class Article:
    """A document's main text and metadata, the unit every later stage works on.

    `published_at` is a UTC timestamp when the source states a time and zone; `published_date`
    is the calendar date as the source states it (in its own zone) with `published_precision`
    (`day`, `month`, `year`, or None when unknown) and `published_source` (one of
    PUBLISHED_SOURCES). `published_flag` says what happened to a declared date: `ok`,
    `missing`, `invalid` (unparseable), `implausible` (far future, before 1800); only `ok`
    dates anchor anything.
    """

    doc_id: str
    uri: str
    content_hash: str
    text: str
    url: str | None = None
    title: str | None = None
    language: str | None = None
    language_source: str | None = None
    published_at: datetime | None = None
    published_date: date | None = None
    published_precision: str | None = None
    published_source: str = "unknown"
    published_raw: str | None = None
    published_flag: str = "missing"
    encoding: str | None = None
    source_name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def anchor(self) -> Anchor | None:
        """The publication date as an anchor, or None when it is unknown or not trusted."""
        if self.published_date is None or self.published_flag != "ok":
            return None
        return Anchor(
            self.published_date, self.published_precision or "day", self.published_source,
            is_inferred=self.published_source == "text",
        )


class DocumentError(Exception):
    """A document that cannot go further; the message says why, `stage` says where."""

    def __init__(self, stage: str, message: str, severity: str = "error"):
        super().__init__(message)
        self.stage = stage
        self.message = message
        self.severity = severity


@dataclass
class InputFailure:
    """An input that could not become a RawDocument (or a warning about one): one error row.

    `uri` is the input's canonical uri when known (with `#line=N` for a JSON Lines line),
    `stage` where it failed (`read`, `decode`, `parse`, `fetch`, `robots`, ...), `severity`
    `error` or `warning`.
    """

    source: str
    uri: str
    stage: str
    message: str
    line: int | None = None
    severity: str = "error"
    http_status: int | None = None
