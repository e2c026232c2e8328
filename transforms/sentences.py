"""Sentence segmentation with character offsets into the original text.

pysbd (a port of the Pragmatic Segmenter's rule set) does the splitting: it knows abbreviations
such as "Lt. Gen.", "U.S." and "Nov. 1", and copes with tokenized text ("-LRB-", "do n't").
pysbd's cost grows faster than linearly on very long runs of text, so the text is first cut at
line breaks (news sentences never span a paragraph break) and any longer line is cut into
bounded windows at whitespace; the whole is then linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

# pysbd has rules for these; the other languages of the corpora use the closest rule set
# (Ukrainian shares Russian's abbreviation style, the rest Latin-script punctuation).
_PYSBD_LANGS = {"en", "de", "fr", "es", "it", "ru", "nl", "pl", "da", "bg", "el", "ar", "ja", "zh"}
_LANG_FALLBACK = {"uk": "ru", "be": "ru", "sr": "ru", "pt": "es", "ca": "es"}
_WINDOW = 2000  # characters handed to pysbd at once
_LINE = re.compile(r"[^\n]+")
_FALLBACK_END = re.compile(r"(?<=[.!?。])\s+")
# Pages glued by careless extraction ("against Ukraine.The agency said"): a word of two or more
# lower-case letters, a full stop, then a capitalised word is a boundary pysbd does not see.
_GLUED_END = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its position in the text (end exclusive) and its text (stripped).

    >>> Sentence(0, 0, 9, "It rains.")
    Sentence(index=0, start=0, end=9, text='It rains.')
    """

    index: int
    start: int
    end: int
    text: str


@lru_cache(maxsize=16)
def _segmenter(lang: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=lang, clean=False, char_span=False)


def _pysbd_lang(lang: str | None) -> str:
    code = (lang or "en").lower().split("-")[0].split("_")[0]
    code = _LANG_FALLBACK.get(code, code)
    return code if code in _PYSBD_LANGS else "en"


def _windows(line: str) -> list[str]:
    """Cut a long line into pieces of at most about _WINDOW characters, at whitespace."""
    pieces, rest = [], line
    while len(rest) > _WINDOW:
        cut = rest.rfind(" ", _WINDOW // 2, _WINDOW)
        cut = _WINDOW if cut <= 0 else cut + 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def _split_piece(piece: str, lang: str) -> list[str]:
    try:
        parts = [s for s in _segmenter(lang).segment(piece) if s.strip()]
    except Exception:  # pysbd is third-party: any failure falls back to punctuation splits
        parts = [s for s in _FALLBACK_END.split(piece) if s.strip()]
    parts = [glued for part in parts for glued in _GLUED_END.split(part) if glued.strip()]
    return _join_comma_ends(parts)


def _join_comma_ends(parts: list[str]) -> list[str]:
    """A sentence never ends in a comma: pysbd's Arabic rules cut at "،", so glue those back."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].rstrip().endswith((",", "،")):
            out[-1] += part
        else:
            out.append(part)
    return out


def _spans(text: str, lang: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        offset = line.start()
        for piece in _windows(line.group()):
            cursor = 0
            for part in _split_piece(piece, lang):
                stripped = part.strip()
                found = piece.find(stripped, cursor)
                if found < 0:  # pysbd altered the text: keep the rest of the piece whole
                    found = cursor
                    stripped = piece[cursor:].strip()
                start = offset + found
                spans.append((start, start + len(stripped)))
                cursor = found + len(stripped)
            offset += len(piece)
    return spans


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Split text into sentences with offsets; never raises, linear in the text's length.

    >>> [s.text for s in split_sentences("Lt. Gen. Budanov spoke. The U.S. agreed.")]
    ['Lt. Gen. Budanov spoke.', 'The U.S. agreed.']
    >>> split_sentences("Hi there.\\nBye.")[1]
    Sentence(index=1, start=10, end=14, text='Bye.')
    """
    if not isinstance(text, str) or not text.strip():
        return []
    code = _pysbd_lang(lang)
    out: list[Sentence] = []
    for start, end in _spans(text, code):
        if end > start and text[start:end].strip():
            out.append(Sentence(len(out), start, end, text[start:end]))
    return out
