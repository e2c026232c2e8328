"""Declared publication dates (metadata, page tags, feeds, the CLI) -> a checked value.

A declared date is parsed strictly: ISO 8601 shapes go through the standard library only, because
dateparser reads "2024-13-01" as 2024-01-13 (reliability.md F2). Other spellings ("Sat, 16 Dec
2023 14:02:33 +0000", "November 2, 2023 10:12am EDT") go to dateparser in strict mode (day, month
and year all required, so "yesterday" or "1e308" are never a publication date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import dateparser

EARLIEST_PLAUSIBLE = date(1800, 1, 1)
# Without a caller's "now" there is still no real article dated after this.
LATEST_WITHOUT_NOW = date(2100, 1, 1)
FUTURE_TOLERANCE = timedelta(days=2)
# Languages tried for spelled-out dates. A fixed list: without one dateparser loads all of its
# ~200 locales the first time a value fails to parse (about 5 s), and tries them in turn.
DATE_LANGUAGES = (
    "en",
    "ru",
    "uk",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "ro",
    "hu",
    "el",
    "bg",
    "sr",
    "hr",
    "be",
    "tr",
    "ar",
    "fa",
    "he",
    "ko",
    "ja",
    "zh",
    "ka",
    "hy",
    "az",
    "kk",
    "id",
    "vi",
    "hi",
    "sv",
)
MAX_RAW_CHARS = 64  # longer values are not dates; dateparser's time grows with length (F8)

_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_ISO_LIKE = re.compile(r"[+-]?\d{4,}-|\d{8}(?:T|$)")
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_-]|$)"
)


@dataclass(frozen=True)
class Published:
    """A publication date as understood from one declared value.

    `published_at` is UTC and set only when the value states a time zone; `published_date` is
    the calendar date in the zone the value states. Only `flag == "ok"` values carry dates.
    """

    published_at: datetime | None
    published_date: date | None
    precision: str | None
    flag: str
    raw: str | None
    note: str | None = None


def _rejected(raw: str, flag: str, note: str) -> Published:
    return Published(None, None, None, flag, raw, note)


def _parse_datetime(value: str) -> datetime | None:
    """Strict ISO first; other spellings through RFC 2822 and strict dateparser.

    >>> _parse_datetime("2024-10-18T09:30:00+03:00").isoformat()
    '2024-10-18T09:30:00+03:00'
    """
    if _ISO_LIKE.match(value):
        try:
            return datetime.fromisoformat(value.replace(" ", "T", 1))
        except ValueError:
            return None
    if not _HAS_YEAR.search(value):
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    settings = {
        "STRICT_PARSING": True,
        "RETURN_TIME_AS_PERIOD": False,
        "RELATIVE_BASE": datetime(2000, 1, 1),
        "PARSERS": ["absolute-time"],
    }
    try:
        return dateparser.parse(value, settings=settings, languages=list(DATE_LANGUAGES))
    except (ValueError, OverflowError, RecursionError):
        return None


def _period(value: str) -> tuple[date, str] | None:
    """'2024' -> (2024-01-01, 'year'); '2024-10' -> (2024-10-01, 'month'); else None."""
    if _YEAR.fullmatch(value):
        return date(int(value), 1, 1), "year"
    month = _MONTH.fullmatch(value)
    if month and 1 <= int(month.group(2)) <= 12:
        return date(int(month.group(1)), int(month.group(2)), 1), "month"
    return None


def _implausible_reason(day: date, now: datetime | None) -> str | None:
    if day < EARLIEST_PLAUSIBLE:
        return f"before {EARLIEST_PLAUSIBLE.isoformat()}"
    latest = (now.date() + FUTURE_TOLERANCE) if now else LATEST_WITHOUT_NOW
    if day > latest:
        return f"after {latest.isoformat()}"
    return None


def parse_published(value: str | None, *, now: datetime | None = None) -> Published:
    """A declared publication date -> Published (flag ok | missing | invalid | implausible).

    >>> parse_published("2024-10-18T09:30:00+03:00").published_at.isoformat()
    '2024-10-18T06:30:00+00:00'
    >>> parse_published("2024-10").precision, parse_published("2024-13-01").flag
    ('month', 'invalid')
    """
    raw = value.strip() if isinstance(value, str) else None
    if not raw:
        return Published(None, None, None, "missing", None)
    if len(raw) > MAX_RAW_CHARS:
        return _rejected(raw, "invalid", f"not a date: longer than {MAX_RAW_CHARS} characters")
    period = _period(raw)
    if period is not None:
        day, precision = period
        parsed_at, note = None, None
    else:
        parsed = _parse_datetime(raw)
        if parsed is None:
            return _rejected(raw, "invalid", f"not a date: {raw!r}")
        day, precision = parsed.date(), "day"
        parsed_at = parsed.astimezone(UTC) if parsed.tzinfo else None
        stated_time = ":" in raw and parsed.tzinfo is None
        note = "time without a zone: date only, zone not assumed" if stated_time else None
    reason = _implausible_reason(day, now)
    if reason:
        return _rejected(raw, "implausible", f"publication date {day.isoformat()} is {reason}")
    return Published(parsed_at, day, precision, "ok", raw, note)


def date_from_url(url: str | None) -> str | None:
    """An ISO date written in a URL path (`/2015/03/18/`, `/2024-10-18-`), or None.

    >>> date_from_url("https://www.npr.org/2023/11/09/1211571220/gaza"), date_from_url("https://a.org/x")
    ('2023-11-09', None)
    """
    match = _URL_DATE.search(urlsplit(url).path) if url else None
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"
