"""`datelines timex` and `datelines events`: one stage on a JSON Lines file, no warehouse.

Input lines are read exactly as `datelines run` reads them (same fields, same errors); offsets
in the output are character offsets into each line's own `text`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.markup import escape

from flows.console import stderr
from flows.read import read_local
from transforms.documents import extract_article
from transforms.events.extract import extract_event_mentions
from transforms.process import anchor_article
from transforms.records import DocumentError, InputFailure, RawDocument
from transforms.timex.tagger import tag_timexes


def tag_file(input: Path, output: Path, lang: str | None, mode: str) -> int:
    """Write one output line per document (`timex`) or per event mention (`events`)."""
    if not input.is_file():
        from flows.cli import UsageError

        raise UsageError(f"--input {input} is not a file")
    failed = 0
    with output.open("w", encoding="utf-8") as out:
        for item in read_local([str(input)]):
            if isinstance(item, InputFailure):
                failed += item.severity == "error"
                where = escape(f"{item.uri} [{item.stage}]: {item.message}")
                stderr.print(f"[red]{item.severity}[/red] {where}")
                continue
            try:
                for line in output_lines(item, lang, mode):
                    out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
            except DocumentError as exc:
                failed += 1
                stderr.print(
                    f"[red]error[/red] {escape(f'{item.uri} [{exc.stage}]: {exc.message}')}"
                )
    stderr.print(f"wrote {output} ({failed} inputs failed)")
    return 0


def output_lines(raw: RawDocument, lang: str | None, mode: str) -> Iterator[dict[str, Any]]:
    now = datetime.now(UTC)
    article = anchor_article(extract_article(raw, default_lang=lang, now=now), None, now)
    text = record_text(raw) or article.text
    doc_id = str(raw.metadata.get("doc_id") or raw.metadata.get("id") or article.doc_id)
    timexes = tag_timexes(text, article.anchor(), article.language)
    if mode == "timex":
        yield {"doc_id": doc_id, "timexes": [t.to_json() for t in timexes]}
        return
    for mention in extract_event_mentions(
        doc_id, text, timexes, article.anchor(), article.language
    ):
        yield {key: value for key, value in mention.items()}


def record_text(raw: RawDocument) -> str | None:
    """The JSON line's own `text`, so that offsets refer to exactly what the user gave."""
    if raw.media_type != "application/json":
        return None
    try:
        text = json.loads(raw.body).get("text")
    except (ValueError, RecursionError, AttributeError):
        return None
    return text if isinstance(text, str) else None
