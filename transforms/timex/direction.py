"""Past, future or present reading of a temporal expression, from cues in its own clause.

"will be ready by November 1" reads forward; "its incursion in August" (past verb nearby)
reads backward. The cue nearest to the expression wins; no cue gives None and the caller
takes the nearest calendar candidate.
"""

from __future__ import annotations

import re

# Clause boundaries: sentence ends, semicolons, line breaks and quotes that open a new clause.
_CLAUSE_END = re.compile(r"[.!?;\n]\s|[\n;\u201c\u201d\u00ab\u00bb\"]")
_FUTURE = re.compile(
    r"\b(?:(?:was|were)\s+(?:planning|expected|scheduled|due|set|going|to)|as\s+(?:soon|early)\s+as|"
    r"might(?!\s+have)|could(?!\s+have)|planning|effective|ahead of|"
    r"will|won't|shall|'ll|going to|plans? to|planned|scheduled|expects?(?: to)?|"
    r"expected|is to|are to|due|set to|would|upcoming|intends? to|aims? to|to be held|"
    r"wird|werden|va|vont|sera|seront|será|serán|sarà|saranno|будет|будут|буде|будуть)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:had\s+been\s+(?:due|scheduled|expected|set|planned)|"
    r"was|were|had|did|said|says|ago|since|earlier|last|has been|have been|met|told|"
    r"took|went|came|made|gave|held|left|fell|rose|began|saw|won|lost|sent|fought|struck|"
    r"shot|spoke|wrote|brought|bought|caught|led|flew|ran|became|found|thought|knew|"
    r"war|wurde|wurden|hat|était|a été|fue|fueron|era|è stato|был|была|были|було|був)\b",
    re.IGNORECASE,
)
# A word in -ed is a weak cue: after "will be" it is a participle of a future clause.
# Lower-case only: "United" and "Red" are names, not verbs.
_PARTICIPLE = r"\b(?-i:[a-z]\w{2,}ed)\b"
_PARTICIPLE_PENALTY = 10
_CUES = re.compile(rf"(?P<future>{_FUTURE.pattern})|(?P<past>{_PAST.pattern})|"
                   rf"(?P<participle>{_PARTICIPLE})", re.IGNORECASE)
_WINDOW = 90


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the clause around `text[start:end]`, at most ~90 chars each side."""
    left_limit = max(0, start - _WINDOW)
    left = left_limit
    for match in _CLAUSE_END.finditer(text, left_limit, start):
        left = match.end()
    right_match = _CLAUSE_END.search(text, end, min(len(text), end + _WINDOW))
    right = right_match.start() if right_match else min(len(text), end + _WINDOW)
    return left, right


def clause_direction(text: str, start: int, end: int) -> str | None:
    """`past`, `future` or None from the tense cues nearest to `text[start:end]` in its clause.

    >>> s = "They will be ready to fight by November 1."
    >>> clause_direction(s, s.index("November"), s.index("November") + 10)
    'future'
    """
    left, right = clause_bounds(text, start, end)
    best: tuple[int, str] | None = None
    for match in _CUES.finditer(text, left, right):
        if start <= match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if match.lastgroup == "participle":
            distance += _PARTICIPLE_PENALTY
        label = "future" if match.lastgroup == "future" else "past"
        if best is None or distance < best[0] or distance == best[0] and label == "future":
            best = (distance, label)
    return best[1] if best else None
