"""Making rows and frames safe to load: lone surrogates, contract column order, compressed bodies.

A lone surrogate (`"\\ud800"`, which `json.loads` accepts) makes polars raise
`UnicodeEncodeError` and DuckDB reject the whole insert (reliability.md B10), so every string is
cleaned before a frame is built. The replacement is one character for one, so character offsets
into a text stay valid.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

import polars as pl

from transforms.schemas import FRAMES

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(value: str) -> str:
    """The text with every lone surrogate replaced by U+FFFD, length unchanged.

    >>> clean_text("ok \\ud800 there") == "ok \\ufffd there"
    True
    """
    try:
        value.encode("utf-8")  # the common case, checked in C: nothing to replace
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub(REPLACEMENT, value)
    return value


def clean_value(value: Any) -> Any:
    """`clean_text` applied to a string, or to every string inside a list, tuple or dict.

    >>> clean_value({"title": ["a\\udc80"]}) == {"title": ["a\\ufffd"]}
    True
    """
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(clean_value(v) for v in value)
    return value


def sanitize_rows(rows: list[dict]) -> list[dict]:
    """Rows with every string value cleaned (see `clean_value`)."""
    return [{key: clean_value(value) for key, value in row.items()} for row in rows]


def sanitize_frame(data: pl.DataFrame | list[dict], name: str | None = None) -> pl.DataFrame:
    """A polars frame safe to insert, from a frame or from row dicts.

    Row dicts are cleaned before polars sees them (it cannot encode a lone surrogate); Object
    columns of a frame are cleaned and cast to String. With `name`, the result has exactly the
    contract columns of `transforms/schemas.py`, in order (missing columns become null).

    >>> sanitize_frame([{"error_id": "e\\ud800", "stage": "read"}], "errors")["error_id"][0]
    'e\ufffd'
    """
    if isinstance(data, pl.DataFrame):
        frame = data.with_columns(
            pl.col(col).map_elements(clean_value, return_dtype=pl.String)
            for col, dtype in data.schema.items()
            if dtype == pl.Object
        )
    else:
        rows = sanitize_rows(data)
        if name is None:
            frame = pl.DataFrame(rows)
        else:
            _refuse_unknown_columns({key for row in rows for key in row}, name)
            schema = FRAMES[name]
            frame = pl.DataFrame([{c: row.get(c) for c in schema} for row in rows], schema=schema)
    return conform(frame, name) if name else frame


def conform(frame: pl.DataFrame, name: str) -> pl.DataFrame:
    """The frame with exactly the named contract's columns, in order, cast to their types.

    Raises `ValueError` naming the columns the contract does not know: a typo must not vanish.
    """
    _refuse_unknown_columns(set(frame.columns), name)
    schema = FRAMES[name]
    return frame.select(
        pl.col(col).cast(dtype) if col in frame.columns else pl.lit(None, dtype=dtype).alias(col)
        for col, dtype in schema.items()
    )


def _refuse_unknown_columns(columns: set[str], name: str) -> None:
    unknown = sorted(columns - set(FRAMES[name]))
    if unknown:
        raise ValueError(f"frame {name!r} has columns not in transforms/schemas.py: {unknown}")


def compress_body(body: bytes) -> bytes:
    """The raw bytes as stored in `raw.documents.body` (zlib).

    >>> decompress_body(compress_body(b"hello")) == b"hello"
    True
    """
    return zlib.compress(body, 6)


def decompress_body(stored: bytes) -> bytes:
    """The raw bytes back from `raw.documents.body`."""
    return zlib.decompress(stored)
