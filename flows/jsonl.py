"""JSON Lines (files and stdin) -> one RawDocument per non-empty line, or one failure per bad line.

Read line by line with a per-line cap, never with polars.read_ndjson or DuckDB read_json: those
fail a whole file at its first bad line or silently drop lines (reliability.md B16). Every
exception `json.loads` can raise is caught per line: JSONDecodeError, ValueError for integers over
4,300 digits, RecursionError for deeply nested arrays (reliability.md B8, B9).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO
from urllib.parse import quote

from transforms.documents import canonical_url
from transforms.records import InputFailure, RawDocument

_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
ID_FIELDS = ("id", "doc_id")


@dataclass
class ParsedLine:
    """One line as parsed: the record, or the reason it is not one; duplicate keys seen."""

    record: dict[str, Any] | None
    problem: str | None = None
    duplicate_keys: list[str] = field(default_factory=list)


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


def _scrub(value: Any) -> Any:
    """Lone surrogates (valid in JSON escapes, fatal at DuckDB/polars insert: B10) -> U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATES.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def parse_record(raw: bytes, *, first_line: bool = False) -> ParsedLine:
    """Bytes of one line -> ParsedLine; never raises.

    >>> parse_record(b'{"text": "a", "id": 1}').record
    {'text': 'a', 'id': 1}
    >>> parse_record(b'[1, 2]').problem
    'not an object (got list)'
    """
    try:
        text = raw.decode("utf-8-sig" if first_line else "utf-8")
    except UnicodeDecodeError as exc:
        return ParsedLine(None, f"not valid UTF-8 (byte {exc.start})")
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in items]
        duplicates.extend(
            sorted({key for key in keys if keys.count(key) > 1})
            if len(set(keys)) < len(keys)
            else []
        )
        return dict(items)

    try:
        value = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=pairs)
    except Exception as exc:  # noqa: BLE001 - JSONDecodeError, ValueError, RecursionError alike
        return ParsedLine(None, f"not JSON: {str(exc)[:200]}")
    if not isinstance(value, dict):
        return ParsedLine(None, f"not an object (got {type(value).__name__})")
    return ParsedLine(_scrub(value), None, duplicates)


def record_id(record: dict[str, Any]) -> str | None:
    """The record's id (`id`, else `doc_id`) as text; numbers allowed, other types ignored."""
    for name in ID_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def record_uri(record: dict[str, Any], base_uri: str, line: int) -> str:
    """The record's identity: its http(s) URL, else `#id=<id>`, else `#line=N` on the file's uri.

    >>> record_uri({"id": "a 1"}, "file:///x.jsonl", 3), record_uri({}, "file:///x.jsonl", 3)
    ('file:///x.jsonl#id=a%201', 'file:///x.jsonl#line=3')
    """
    url = canonical_url(record.get("url"))
    if url:
        return url
    identifier = record_id(record)
    if identifier is not None:
        return f"{base_uri}#id={quote(identifier, safe='')}"
    return f"{base_uri}#line={line}"


def _where(first: tuple[str, int] | str, base_uri: str) -> str:
    """'line 3' in the same stream, 'line 3 of file:///other.jsonl' across files."""
    if isinstance(first, str):  # a file read as a whole document
        return first
    first_base, first_line = first
    return f"line {first_line}" + ("" if first_base == base_uri else f" of {first_base}")


class JsonlReader:
    """Reads JSON Lines streams; remembers uris across streams so that duplicate ids are caught."""

    def __init__(self, *, max_line_bytes: int, counts: Any):
        self.max_line_bytes = max_line_bytes
        self.counts = counts

    def read_stream(self, stream: BinaryIO, *, source: str, base_uri: str) -> Iterator:
        """One RawDocument per good line, one InputFailure per bad line or duplicate."""
        line_number = 0
        while True:
            raw, too_long = self._next_line(stream)
            if raw is None:
                return
            line_number += 1
            self.counts.lines += 1
            yield from self._line(raw, too_long, line_number, source, base_uri)

    def _next_line(self, stream: BinaryIO) -> tuple[bytes | None, bool]:
        """The next line without its end, reading at most the cap; (None, False) at the end."""
        raw = stream.readline(self.max_line_bytes + 1)
        if not raw:
            return None, False
        if len(raw) > self.max_line_bytes and not raw.endswith(b"\n"):
            while (rest := stream.readline(1024 * 1024)) and not rest.endswith(b"\n"):
                pass  # drop the rest of an over-long line without holding it
            return b"", True
        return raw.rstrip(b"\r\n"), False

    def _line(
        self, raw: bytes, too_long: bool, number: int, source: str, base_uri: str
    ) -> Iterator:
        def failure(message: str, severity: str = "error") -> InputFailure:
            uri = f"{base_uri}#line={number}"
            return InputFailure(source, uri, "parse", message, line=number, severity=severity)

        if too_long:
            yield failure(f"line too large (over {self.max_line_bytes} bytes)")
            return
        if not raw.strip():
            self.counts.empty_lines += 1
            return
        parsed = parse_record(raw, first_line=number == 1)
        if parsed.record is None:
            yield failure(parsed.problem or "not JSON")
            return
        for key in parsed.duplicate_keys:
            yield failure(f"duplicate key {key!r}: last value kept", severity="warning")
        text = parsed.record.pop("text", None)
        if not isinstance(text, str):
            yield failure('no text ("text" must be a string)')
            return
        body = raw.removeprefix(b"\xef\xbb\xbf")
        yield from self._document(body, parsed.record, number, source, base_uri)

    def _document(
        self, raw: bytes, record: dict, number: int, source: str, base_uri: str
    ) -> Iterator:
        uri = record_uri(record, base_uri, number)
        first = self.counts.seen_uris.get(uri)
        if first is not None:
            what = (
                f"id {record_id(record)!r}"
                if not canonical_url(record.get("url"))
                else f"url {uri}"
            )
            yield InputFailure(
                source,
                f"{base_uri}#line={number}",
                "read",
                f"duplicate {what}: first kept ({_where(first, base_uri)})",
                line=number,
                severity="warning",
            )
            return
        self.counts.seen_uris[uri] = (base_uri, number)
        yield RawDocument(
            source,
            uri,
            raw,
            "application/json",
            record,
            {key: "jsonl" for key in record},
            line=number,
        )
