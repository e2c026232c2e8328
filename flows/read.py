"""Local inputs -> RawDocuments: files, folders, JSON Lines files and JSON Lines on stdin.

No parsing of the documents themselves happens here (that is `transforms.documents`): this module
only finds inputs, refuses the ones that cannot be read safely, and attaches declared metadata
(sidecars, JSON Lines fields). It streams: one file or line in memory at a time.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from flows.jsonl import JsonlReader, parse_record
from transforms.records import InputFailure, RawDocument

MAX_FILE_BYTES = 20 * 1024 * 1024  # trafilatura's MAX_FILE_SIZE; also the JSON Lines line cap
MAX_SIDECAR_BYTES = 1024 * 1024
DOCUMENT_TYPES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}
SIDECAR_SUFFIX = ".meta.json"


@dataclass
class ReadCounts:
    """What a read saw besides documents and failures, for the run summary."""

    files: int = 0
    lines: int = 0
    empty_lines: int = 0
    skipped_files: int = 0
    seen_uris: dict[str, object] = field(default_factory=dict)  # uri -> where it was first read


def file_uri(path: str | os.PathLike) -> str:
    """Canonical `file://` uri of a path: absolute, resolved, percent-encoded (bytes names too).

    >>> file_uri("/tmp/a b.txt")
    'file:///tmp/a%20b.txt'
    """
    return _uri(os.path.realpath(os.fspath(path)))


def read_local(
    paths: list[str],
    *,
    stdin: BinaryIO | None = None,
    max_file_bytes: int = MAX_FILE_BYTES,
    counts: ReadCounts | None = None,
) -> Iterator[RawDocument | InputFailure]:
    """Every document (or failure) named by `paths`: files, folders (recursive), "-" for stdin.

    >>> [type(x).__name__ for x in read_local(["/nonexistent/a.txt"])]
    ['InputFailure']
    """
    counts = counts if counts is not None else ReadCounts()
    jsonl = JsonlReader(max_line_bytes=max_file_bytes, counts=counts)
    for named in paths:
        if named == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from jsonl.read_stream(stream, source="-", base_uri="stdin:")
            continue
        yield from _read_named(named, jsonl, max_file_bytes, counts)


def _read_named(named: str, jsonl: JsonlReader, cap: int, counts: ReadCounts) -> Iterator:
    path = Path(named)
    try:
        st = path.stat()
    except OSError as exc:
        yield InputFailure(
            named, file_uri(path), "read", f"cannot read {named!r}: {exc.strerror or exc}"
        )
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk_folder(named, path, jsonl, cap, counts)
        return
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_TYPES and suffix != ".jsonl":
        what = (
            "a sidecar, not a document"
            if path.name.endswith(SIDECAR_SUFFIX)
            else "unsupported extension"
        )
        yield InputFailure(
            named,
            file_uri(path),
            "read",
            f"{what}: {path.name!r} (expected .txt .md .html .htm .jsonl)",
        )
        return
    yield from _read_file(named, path, jsonl, cap, counts)


def _walk_folder(
    named: str, root: Path, jsonl: JsonlReader, cap: int, counts: ReadCounts
) -> Iterator:
    """Depth-first, sorted per folder so that runs are reproducible; symlinks may not leave root."""
    real_root = os.path.realpath(root)
    pending = [(root, real_root)]
    while pending:
        folder, real_folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            message = f"cannot list folder: {exc.strerror or exc}"
            yield InputFailure(named, file_uri(folder), "read", message)
            continue
        subfolders = []
        for entry in entries:
            # realpath costs an lstat per path component: only symlinks need it
            real = (
                os.path.realpath(entry.path)
                if entry.is_symlink()
                else os.path.join(real_folder, entry.name)
            )
            if entry.is_symlink() and not _inside(real, real_root):
                if _wanted(entry.name):
                    message = "refused: symbolic link leads outside the input folder"
                    yield InputFailure(named, _uri(entry.path), "read", message)
            elif entry.is_dir():
                subfolders.append((Path(entry.path), real))
            else:
                yield from _visit_file(named, Path(entry.path), real, jsonl, cap, counts)
        pending.extend(reversed(subfolders))


def _visit_file(
    named: str, path: Path, real: str, jsonl: JsonlReader, cap: int, counts: ReadCounts
) -> Iterator:
    if path.name.endswith(SIDECAR_SUFFIX):
        yield from _check_sidecar_has_document(named, path)
    elif _wanted(path.name):
        yield from _read_file(named, path, jsonl, cap, counts, uri=_uri(real))
    else:
        counts.skipped_files += 1


def _uri(real_path: str) -> str:
    """`file://` uri of an already resolved absolute path."""
    return "file://" + quote(os.fsencode(real_path), safe="/")


def _inside(real_path: str, real_root: str) -> bool:
    return real_path == real_root or real_path.startswith(real_root.rstrip(os.sep) + os.sep)


def _wanted(name: str) -> bool:
    suffix = os.path.splitext(name)[1].lower()
    return suffix in DOCUMENT_TYPES or suffix == ".jsonl"


def _check_sidecar_has_document(named: str, sidecar: Path) -> Iterator[InputFailure]:
    stem = sidecar.name[: -len(SIDECAR_SUFFIX)]
    suffixes = [suffix for lower in DOCUMENT_TYPES for suffix in (lower, lower.upper())]
    if not any((sidecar.parent / (stem + suffix)).exists() for suffix in suffixes):
        yield InputFailure(
            named,
            file_uri(sidecar),
            "sidecar",
            f"sidecar without document: no {stem}.txt/.md/.html/.htm next to it",
            severity="warning",
        )


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    """Open without blocking (a FIFO would hang a plain open) and check it is a regular file."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        kind = (
            "a FIFO"
            if stat.S_ISFIFO(st.st_mode)
            else "a device"
            if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
            else "a socket or special file"
        )
        raise _Refused(f"refused: not a regular file ({kind})")
    return fd, st


class _Refused(Exception):
    """An input refused on purpose (not an OS error)."""


def _read_file(
    named: str, path: Path, jsonl: JsonlReader, cap: int, counts: ReadCounts, uri: str | None = None
) -> Iterator:
    uri = uri or file_uri(path)
    if uri in counts.seen_uris:
        return  # the same file named twice (a folder and a file in it): read once
    counts.seen_uris[uri] = uri
    counts.files += 1
    try:
        fd, st = _open_regular(path)
    except _Refused as exc:
        yield InputFailure(named, uri, "read", str(exc))
        return
    except OSError as exc:
        yield InputFailure(named, uri, "read", f"cannot read: {exc.strerror or exc}")
        return
    with os.fdopen(fd, "rb") as handle:
        if path.suffix.lower() == ".jsonl":
            yield from jsonl.read_stream(handle, source=named, base_uri=uri)
            return
        if st.st_size > cap:
            yield InputFailure(named, uri, "read", f"too large: {st.st_size} bytes (cap {cap})")
            return
        # read(n) allocates n bytes up front: ask for the stated size, more only if it grew
        body = handle.read(st.st_size + 1)
        if len(body) > st.st_size:
            body += handle.read(cap + 1 - len(body))
    if len(body) > cap:  # the file grew after the size check
        yield InputFailure(named, uri, "read", f"too large: over {cap} bytes (cap {cap})")
        return
    yield from _document_with_sidecar(named, path, uri, body)


def _document_with_sidecar(named: str, path: Path, uri: str, body: bytes) -> Iterator:
    media_type = DOCUMENT_TYPES[path.suffix.lower()]
    metadata, failure = read_sidecar(
        path.with_name(path.name[: -len(path.suffix)] + SIDECAR_SUFFIX)
    )
    if failure is not None:
        yield InputFailure(named, failure[0], "sidecar", failure[1])
    sources = {key: "sidecar" for key in metadata}
    yield RawDocument(named, uri, body, media_type, metadata, sources)


def read_sidecar(sidecar: Path) -> tuple[dict, tuple[str, str] | None]:
    """`x.meta.json` -> (fields, None); ({}, (uri, reason)) if unusable; ({}, None) if absent."""

    def unusable(reason: object) -> tuple[dict, tuple[str, str]]:
        return {}, (file_uri(sidecar), f"malformed sidecar {sidecar.name!r}: {reason}")

    try:
        fd, st = _open_regular(sidecar)
    except FileNotFoundError:
        return {}, None
    except (OSError, _Refused) as exc:
        return unusable(getattr(exc, "strerror", None) or exc)
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(min(st.st_size, MAX_SIDECAR_BYTES) + 1)
    if len(raw) > MAX_SIDECAR_BYTES:
        return unusable(f"larger than {MAX_SIDECAR_BYTES} bytes")
    parsed = parse_record(raw, first_line=True)
    if parsed.record is None:
        return unusable(parsed.problem)
    record = parsed.record
    record.pop("text", None)  # a sidecar describes its document; it does not replace its text
    return record, None
