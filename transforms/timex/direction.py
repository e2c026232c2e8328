"""Past, future or present reading of a temporal expression, from cues in its own clause.

"will be ready by November 1" reads forward; "its incursion in August" (past verb nearby)
reads backward. The cue nearest to the expression wins; no cue gives None and the caller
takes the nearest calendar candidate.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Clause boundaries: sentence ends, semicolons, line breaks and quotes that open a new clause.
_CLAUSE_END = re.compile(r"[.!?;\n]\s|[\n;\u201c\u201d\u00ab\u00bb\"]")
_FUTURE = (
    r"(?:was|were)\s+(?:planning|expected|scheduled|due|set|going|to)|as\s+(?:soon|early)\s+as|"
    r"might(?!\s+have)|could(?!\s+have)|planning|effective|ahead of|"
    r"will|won't|shall|'ll|going to|plans? to|planned|scheduled|expects?(?: to)?|"
    r"expected|is to|are to|due|set to|would|upcoming|intends? to|aims? to|to be held"
)
_PAST = (
    r"had\s+been\s+(?:due|scheduled|expected|set|planned)|"
    r"was|were|had|did|said|says|ago|since|earlier|last|has been|have been|met|told|"
    r"took|went|came|made|gave|held|left|fell|rose|began|saw|won|lost|sent|fought|struck|"
    r"shot|spoke|wrote|brought|bought|caught|led|flew|ran|became|found|thought|knew"
)
# The end of a Telugu word: its last vowel sign is no `\w`, so `\b` cannot mark it
_END = r"(?![\u0c00-\u0c7f])"
# Tense words and verb endings of other languages' news: (future, past). A word that is a
# tense cue in one language and a noun in another ("war": German "was", English "war") is
# only read in its own language.
_LANGUAGE_CUES = {
    "de": (r"wird|werden|soll|sollen|geplant|voraussichtlich|künftig",
           r"war|waren|wurde|wurden|hat|hatte|hatten|kamen|kam"),
    "fr": (r"va|vont|sera|seront|doit|doivent|devrait|devraient|prévu|prévue|\w{3,}eront",
           r"était|étaient|a été|ont été|avait|avaient"),
    "es": (r"va a|van a|prevé|previsto|prevista|deberá|deberán|\w{3,}(?:rá|rán)",
           r"fue|fueron|era|eran|había|habían"),
    "it": (r"previsto|prevista|dovrà|dovranno|dovrebbe|\w{3,}(?:rà|ranno)",
           r"è stato|è stata|sono stati|era|erano|aveva"),
    "pt": (r"vai|vão|deverá|deverão|previsto|\w{3,}(?:rá|rão)",
           r"foi|foram|era|eram|tinha|\w{3,}(?:ram|ou)"),
    # Croatian/Serbian past is the l-participle ("ušla", "rekao"); future "će" ("ће").
    "hr": (r"će|ćemo|ćete|hoće|planira|planiraju|očekuje se|trebal[aio] bi|trebao bi",
           r"bio|bila|bili|bilo|\w{2,}(?:ao|io|eo)|\w{3,}(?:la|li|lo)"),  # not "sela", "kola"
    "sr": (r"će|ćemo|ćete|hoće|planira|planiraju|očekuje se|ће|ћемо|планира|планирају|"
           r"очекује се",
           r"bio|bila|bili|bilo|био|била|били|\w{2,}(?:ao|io|eo)|\w{3,}(?:la|li|lo)"),
    # Latvian future "būs", "ieradīsies"; past "bija", "nosūtīja". Not -īs, -ēs, -ās: locative
    # plurals end so too ("valstīs", "pilsētās").
    "lv": (r"būs|plāno|paredzēts|gaidāms|\w{3,}sies",
           r"bija|notika|\w{3,}(?:āja|ēja|īja)"),
    # Telugu: future "వస్తారు", "జరుగుతుంది"; past "వచ్చారు", "సమీకరించింది". A word ends
    # on a vowel sign, which `\w` (and so `\b`) does not count: the cue stops before it.
    # whole endings at the word's end: అధికారులు (officials), ప్రకారం (according to) are no verbs
    "te": (r"[\u0c00-\u0c7f]*(?:(?:తార|నున్నార)(?=ు$U)|(?:తుంద|నుంద)(?=ి$U))".replace("$U", _END),
           r"[\u0c00-\u0c7f]*(?:ార(?=ు$U)|(?:ింద|ాయ)(?=ి$U))".replace("$U", _END)),
    "ru": (r"будет|будут|планирует|планируют|намерен|намерены|ожидается|собирается|"
           r"собираются|предстоит|должны|должен|должна|могут|может", r"был|была|были|было"),
    "uk": (r"буде|будуть|планує|планують|має намір|очікується|збирається|збираються|"
           r"мають|має бути|повинні|можуть|може|\w{3,}тиме|\w{3,}тимуть",
           # the masculine past ends in -в, like many genitive plurals ("солдатів"): the verbs
           # of reporting that news dates are named
           r"був|була|були|було|повідомляв|повідомив|заявив|сказав|розповів|зазначив|додав|"
           r"підтвердив|наголосив|уточнив"),
    "id": (r"akan|rencananya|dijadwalkan", r"telah|sudah|lalu"),
    "ko": (r"\w*(?:예정|계획|전망)\w*|것으로 보인다", r"\w*(?:했|었|았|였)다\w*"),
}
# A word in -ed is a weak cue: after "will be" it is a participle of a future clause.
# Lower-case only: "United" and "Red" are names, not verbs. Russian and Ukrainian past
# endings are weak cues too: plural nouns share them ("підрозділи", "корабли").
_PARTICIPLE = (r"\b(?-i:[a-z]\w{2,}ed)\b|\b\w{3,}(?:ла|ли|лся|лась|лись|лася|лися|ил|ив|ел|ыл)\b")
_PARTICIPLE_PENALTY = 10


@lru_cache(maxsize=64)
def _cues(lang: str) -> re.Pattern:
    """English cues, plus the language's own (an English text reads only English ones)."""
    future, past = _LANGUAGE_CUES.get(lang, ("", ""))
    future_words = "|".join(w for w in (future, _FUTURE) if w)
    past_words = "|".join(w for w in (past, _PAST) if w)
    return re.compile(rf"(?P<future>\b(?:{future_words})\b)|(?P<past>\b(?:{past_words})\b)|"
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


def clause_direction(text: str, start: int, end: int, lang: str = "en") -> str | None:
    """`past`, `future` or None from the tense cues nearest to `text[start:end]` in its clause.

    >>> s = "They will be ready to fight by November 1."
    >>> clause_direction(s, s.index("November"), s.index("November") + 10)
    'future'
    """
    left, right = clause_bounds(text, start, end)
    best: tuple[int, str] | None = None
    for match in _cues(lang).finditer(text, left, right):
        if start <= match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if match.lastgroup == "participle":
            distance += _PARTICIPLE_PENALTY
        label = "future" if match.lastgroup == "future" else "past"
        if best is None or distance < best[0] or distance == best[0] and label == "future":
            best = (distance, label)
    return best[1] if best else None
