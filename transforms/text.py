"""Raw bytes -> clean text: byte-order marks, declared or detected charsets, binary refusal.

The text every later stage sees is the *cleaned* text returned here: invisible controls are
removed before anything else, so character offsets computed downstream (timexes, sentences,
event mentions) are offsets into this cleaned text and never need mapping back.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from transforms.records import DocumentError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Bidi embeddings/overrides/isolates, marks, and zero-width spaces/no-break: invisible, and they
# split tokens ("15\u200b March") so date patterns miss them. ZWJ/ZWNJ (U+200C/U+200D) are kept:
# they are spelling in Persian and Indic scripts and part of emoji sequences.
_INVISIBLE_CONTROLS = re.compile(
    "[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u180e]"
)
# C0/C1 controls other than tab and newline carry no text; DEL and C1 show up in mis-decoded bytes.
_OTHER_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")

# charset-normalizer often names a Central-European or ISO code page for Western text
# ("arrivées à" -> "arrivées ŕ" in cp1250); windows-1252 is the WHATWG fallback for these.
_WESTERN_FALLBACK = "cp1252"
_LATIN_GUESSES = {
    "cp1250",
    "cp1252",
    "latin_1",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_9",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "mac_roman",
    "mac_latin2",
    "mac_iceland",
    "mac_turkish",
    "cp850",
    "cp437",
    "cp858",
}
_MAX_BAD_SHARE = 0.05  # share of replacement/control characters above which bytes are "binary"


def clean_text(text: str) -> str:
    """Remove invisible controls, replace lone surrogates, normalise line ends.

    >>> clean_text("\\u202e15\\u200b March 2024\\u202c\\r\\nnext")
    '15 March 2024\\nnext'
    """
    text = _INVISIBLE_CONTROLS.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _OTHER_CONTROLS.sub("", text)
    return _LONE_SURROGATES.sub("\ufffd", text)


def _codec_name(label: str | None) -> str | None:
    """Python's name for a declared charset label, or None when the label is unknown."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("'\"")).name
    except LookupError:
        return None


def _decode_bom(body: bytes) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            try:
                return body[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    "decode", f"invalid {encoding} after its byte-order mark: {exc.reason}"
                ) from exc
    return None


def _decode_bomless_utf16(body: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte."""
    sample = body[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    encoding = (
        "utf-16-le"
        if odd_nuls > 0.6 > even_nuls
        else "utf-16-be"
        if even_nuls > 0.6 > odd_nuls
        else None
    )
    if encoding is None:
        return None
    try:
        return body.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def _decode_detected(body: bytes) -> tuple[str, str]:
    best = charset_normalizer.from_bytes(body).best()
    if best is None:
        raise DocumentError("decode", "binary or undecodable bytes: no text encoding fits")
    encoding = best.encoding
    if encoding in _LATIN_GUESSES:
        try:
            return body.decode(_WESTERN_FALLBACK), _WESTERN_FALLBACK
        except UnicodeDecodeError:
            pass
    return str(best), encoding


def _reject_if_binary(text: str, encoding: str) -> None:
    if not text:
        return
    bad = text.count("\ufffd") + len(_OTHER_CONTROLS.findall(text))
    if bad / len(text) > _MAX_BAD_SHARE:
        raise DocumentError(
            "decode",
            f"binary or not text: {bad} of {len(text)} characters are controls as {encoding}",
        )


def decode_text(body: bytes, declared: str | None = None) -> tuple[str, str]:
    """Bytes -> (clean text, encoding used): BOM, then the declared charset, UTF-8, detection.

    Raises DocumentError("decode", "binary ...") for NUL bytes or mostly undecodable bytes.

    >>> decode_text("3 février 2024".encode("latin-1"))
    ('3 février 2024', 'cp1252')
    >>> decode_text(b"\\xef\\xbb\\xbfKyiv")
    ('Kyiv', 'utf-8')
    """
    decoded = _decode_bom(body) or _decode_bomless_utf16(body)
    if decoded is None and b"\x00" in body:
        raise DocumentError("decode", "binary or not text: the bytes contain NUL characters")
    if decoded is None:
        decoded = _decode_declared(body, declared)
    if decoded is None:
        decoded = _decode_mostly_utf8(body) or _decode_detected(body)
    text, encoding = decoded
    _reject_if_binary(text, encoding)
    return clean_text(text), encoding


def _decode_mostly_utf8(body: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few broken bytes (a truncated page, one stray byte): keep it as UTF-8 with
    U+FFFD in their place, instead of letting detection re-read the whole page as a code page.
    """
    text = body.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    if broken <= max(1, len(body) // 1000) and multibyte > broken:
        return text, "utf-8"
    return None


def _decode_declared(body: bytes, declared: str | None) -> tuple[str, str] | None:
    """Strict UTF-8 first, then the declared charset; None when neither fits (detect).

    Valid UTF-8 beyond ASCII is almost never meant as a single-byte code page, while pages that
    declare latin-1 but send UTF-8 are common, so UTF-8 wins over the declaration.
    """
    encoding = _codec_name(declared)
    if encoding in ("iso8859-1", "ascii"):
        encoding = _WESTERN_FALLBACK  # WHATWG: these labels mean windows-1252
    for candidate in ("utf-8", encoding):
        if candidate is None:
            continue
        try:
            return body.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    return None


_MD_FENCE = re.compile(r"^[ \t]*(```|~~~).*$", re.MULTILINE)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_QUOTE_OR_BULLET = re.compile(r"^[ \t]{0,3}(?:>[ \t]?|[-*+][ \t]+)", re.MULTILINE)


def strip_markdown(text: str) -> str:
    """Light Markdown cleanup: markup that is not prose goes, the words stay.

    Headings, quote and bullet markers, bold/strike markers, fences, and link/image targets are
    removed (link and image texts are kept). Single `*`/`_` are left alone: they occur in prose.

    >>> strip_markdown("## Kursk\\n**500** troops, [report](https://x.org/a) says")
    'Kursk\\n500 troops, report says'
    """
    text = _MD_FENCE.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_QUOTE_OR_BULLET.sub("", text)
