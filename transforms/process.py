"""Raw documents -> the frames of one load batch: articles, timexes, event mentions, errors.

Pure: the caller passes the run id, the clock reading and what the warehouse already holds.
A document that fails any stage becomes an error row naming its source, stage and reason; the
other documents of the batch go on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import polars as pl

from transforms.documents import extract_article
from transforms.events.extract import extract_event_mentions
from transforms.feeds import is_feed_document
from transforms.ids import content_hash, doc_id_for, stable_id
from transforms.published import parse_published
from transforms.records import Anchor, Article, DocumentError, InputFailure, RawDocument
from transforms.schemas import frame
from transforms.timex.records import timexes_to_rows
from transforms.timex.tagger import MAX_CHARS as TAGGED_CHARS
from transforms.timex.tagger import infer_anchor, tag_timexes


@dataclass
class ProcessOptions:
    """What the whole batch shares: `--published`/`--lang` defaults and the clock reading."""

    run_id: str
    now: datetime
    default_published: str | None = None
    default_lang: str | None = None


@dataclass
class BatchFrames:
    """Rows of each frame for one batch, plus counts for the run summary."""

    documents: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    timexes: list[dict] = field(default_factory=list)
    event_mentions: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    duplicates: int = 0

    def frames(self) -> dict[str, pl.DataFrame]:
        """The rows as polars frames of the warehouse schemas, keyed by table name."""
        names = ("documents", "articles", "timexes", "event_mentions", "errors")
        return {name: frame(name, getattr(self, name)) for name in names}


def error_row(failure: InputFailure, run_id: str, now: datetime, doc_id: str | None = None) -> dict:
    """One `errors` row; its id repeats for the same failure, so a re-run adds nothing.

    >>> f = InputFailure("a.jsonl", "file:///a.jsonl#line=3", "parse", "not an object", line=3)
    >>> first = error_row(f, "r1", datetime(2024, 10, 18))
    >>> first["error_id"] == error_row(f, "r2", datetime(2025, 1, 1))["error_id"]
    True
    """
    return {
        "error_id": stable_id("error", failure.uri, failure.line, failure.stage, failure.message),
        "run_id": run_id,
        "source": failure.source,
        "uri": failure.uri,
        "doc_id": doc_id,
        "line": failure.line,
        "stage": failure.stage,
        "severity": failure.severity,
        "http_status": failure.http_status,
        "message": failure.message,
        "occurred_at": now,
    }


def document_row(raw: RawDocument, run_id: str, duplicate_of: str | None) -> dict:
    """The `documents` row keeping the raw bytes (compressed later, by the warehouse layer)."""
    return {
        "doc_id": doc_id_for(raw.uri),
        "uri": raw.uri,
        "source": raw.source,
        "line": raw.line,
        "media_type": raw.media_type,
        "content_hash": content_hash(raw.body),
        "body": raw.body,
        "body_bytes": len(raw.body),
        "metadata_json": json.dumps(
            {"fields": raw.metadata, "sources": raw.metadata_sources, "defaults": raw.defaults},
            default=str,
            ensure_ascii=False,
        ),
        "headers_json": json.dumps(raw.headers) if raw.headers else None,
        "http_status": raw.http_status,
        "fetched_at": raw.fetched_at,
        "duplicate_of": duplicate_of,
        "run_id": run_id,
    }


def article_row(article: Article, run_id: str) -> dict:
    """The `articles` row of an extracted article."""
    return {
        "doc_id": article.doc_id,
        "uri": article.uri,
        "content_hash": article.content_hash,
        "url": article.url,
        "title": article.title,
        "language": article.language,
        "language_source": article.language_source,
        "published_at": article.published_at,
        "published_date": article.published_date,
        "published_precision": article.published_precision,
        "published_source": article.published_source,
        "published_raw": article.published_raw,
        "published_flag": article.published_flag,
        "source_name": article.source_name,
        "encoding": article.encoding,
        "text": article.text,
        "text_chars": len(article.text),
        "extra_json": json.dumps(article.extra, default=str, ensure_ascii=False)
        if article.extra
        else None,
        "run_id": run_id,
    }


def anchor_article(article: Article, default_published: str | None, now: datetime) -> Article:
    """Give an undated article the best anchor it can honestly have, saying where it came from.

    Its own date wins; else a date read from its own text (a dateline: `published_source` "text");
    else the user's `--published` ("cli"); else it stays unknown and relative dates stay unresolved.
    """
    if article.anchor() is not None or article.published_flag in ("invalid", "implausible"):
        return article
    inferred = infer_anchor(article.text, article.language)
    if inferred is not None:
        return _with_published(article, inferred.value.isoformat(), inferred.precision, "text")
    if default_published:
        published = parse_published(default_published, now=now)
        if published.flag == "ok":
            article.published_at = published.published_at
            return _with_published(
                article, default_published, published.precision, "cli", published
            )
    return article


def _with_published(
    article: Article, raw: str, precision: str | None, source: str, published: Any = None
) -> Article:
    published = published or parse_published(raw)
    article.published_date = published.published_date
    article.published_precision = precision or published.precision
    article.published_source = source
    article.published_raw = article.published_raw or raw
    article.published_flag = "ok" if published.published_date else article.published_flag
    return article


def analyse_article(article: Article) -> tuple[list[dict], list[dict]]:
    """Timex rows and event-mention rows of one article, both anchored at its publication date."""
    anchor: Anchor | None = article.anchor()
    timexes = tag_timexes(article.text, anchor, article.language)
    timex_rows = timexes_to_rows(article.doc_id, timexes, anchor)
    mentions = extract_event_mentions(
        article.doc_id, article.text, timexes, anchor, article.language
    )
    return timex_rows, mentions


def process_documents(
    raws: list[RawDocument], options: ProcessOptions, seen_hashes: dict[str, str]
) -> BatchFrames:
    """Every raw document of a batch through extraction, dating and events.

    `seen_hashes` maps the content hash of documents already loaded to their doc_id; a document
    whose bytes repeat another's (under another name) is kept as a linked duplicate, not analysed
    twice. It is updated in place so that duplicates inside the batch are linked too.
    """
    batch = BatchFrames()
    for raw in raws:
        _process_one(raw, options, seen_hashes, batch)
    return batch


def _process_one(
    raw: RawDocument, options: ProcessOptions, seen_hashes: dict[str, str], batch: BatchFrames
) -> None:
    doc_id = doc_id_for(raw.uri)
    digest = content_hash(raw.body)
    original = seen_hashes.get(digest)
    duplicate_of = original if original not in (None, doc_id) else None
    batch.documents.append(document_row(raw, options.run_id, duplicate_of))
    if is_feed_document(raw.media_type):
        return  # kept for the record; its entries are fetched and analysed as pages of their own
    if duplicate_of:
        batch.duplicates += 1
        return
    default_lang = raw.defaults.get("lang", options.default_lang)
    default_published = raw.defaults.get("published", options.default_published)
    try:
        article = extract_article(raw, default_lang=default_lang, now=options.now)
        article = anchor_article(article, default_published, options.now)
        timex_rows, mentions = analyse_article(article)
    except DocumentError as exc:
        batch.errors.append(
            _failure_row(raw, exc.stage, exc.message, exc.severity, options, doc_id)
        )
        return
    except Exception as exc:  # noqa: BLE001 - one bad document must never stop the batch
        message = f"unexpected {type(exc).__name__}: {exc}"[:500]
        batch.errors.append(_failure_row(raw, "process", message, "error", options, doc_id))
        return
    seen_hashes[digest] = doc_id
    if len(article.text) > TAGGED_CHARS:
        article.warnings.append(
            f"text of {len(article.text):,} characters: temporal expressions read from the first "
            f"{TAGGED_CHARS:,} only"
        )
    batch.articles.append(article_row(article, options.run_id))
    batch.timexes.extend(timex_rows)
    batch.event_mentions.extend(mentions)
    for warning in article.warnings:
        batch.errors.append(_failure_row(raw, "metadata", warning, "warning", options, doc_id))


def _failure_row(
    raw: RawDocument, stage: str, message: str, severity: str, options: ProcessOptions, doc_id: str
) -> dict:
    failure = InputFailure(raw.source, raw.uri, stage, message, line=raw.line, severity=severity)
    return error_row(failure, options.run_id, options.now, doc_id)
