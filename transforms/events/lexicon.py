"""Reading the documented data files under `transforms/data/` and turning surfaces into regexes.

A surface is literal text, except that a word ending in `*` matches any word ending (inflected
languages) and a `~` token matches up to three words. Korean and Telugu surfaces match at the
start of a word, since particles and postpositions attach to nouns.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from transforms.language import base_language

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = tuple("en de fr es it uk ru ko id ar pt lv hr sr te".split())
_PREFIX_LANGS = {"ko", "te"}  # no word boundary after a surface in these languages
# up to three words within one clause ("sent 10,000 North Korean soldiers" still: a number is one
# word; "join Russian units. The battlefield" no more), none a preposition that makes the last
# word a recipient ("sending letters to our troops", "sent gifts for the troops"; "sent up to
# 5,000 troops" still), nor "that", which opens another clause ("expressed hope that the concern")
_GAP = r"(?:[^\w.,;:!?]+(?!(?:for|into|with|that)\b|(?<!\bup\s)to\b)\w+(?:[.,]\d+)*){0,3}?"


# The nouns that name armed forces ("North Korean troops", "these soldiers", "captured personnel")
FORCES_NOUN = r"(?:troops|soldiers|forces|units|fighters|servicemen|personnel)"
_ARMED_FORCES = rf"(?:{FORCES_NOUN}|military|army)"
# ... in the other languages where a rule needs them: Russian and Ukrainian in the genitive
# ("переброска военнослужащих КНДР"), the Romance nouns before their demonym ("due soldati
# nordcoreani"), Korean before the subject particle ("북한 특수부대가")
FORCES_NOUN_GENITIVE_RU_UK = (
    r"(?:военнослужащих|солдат|военных|войск|бойцов|військових|солдатів|військ|бійців|"
    r"військовослужбовців)"
)
FORCES_NOUN_ROMANCE = r"(?:soldati|militari|uomini|soldats|militaires|soldados|militares)"
FORCES_NOUN_KO = r"(?:특수부대|부대|군인들?|병력|장병들?|병사들?)"
# "a delegation from Russia", "troops sent from North Korea": an origin, a party not a place
ORIGIN_CUE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "Zinser, former Mexican ambassador to the UN", "Annan, the envoy to Syria, said": the country
# or body of a post is neither a party nor the source
_POST_TO = re.compile(
    r"\b(?:ambassador|envoy|emissary|representative|delegate|permanent mission)\s+(?:to|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def names_a_post(text: str, start: int) -> bool:
    """Whether the name at `start` completes a post ("former Mexican ambassador to the UN").

    >>> names_a_post("ambassador to the UN", 18), names_a_post("sanctions on the UN", 17)
    (True, False)
    """
    return bool(_POST_TO.search(text, max(0, start - 40), start))


# "the BBC's Bethany Bell in": a reporter's credit and where the reporter files from, before the
# place ("... in Cairo says"), as the BBC writes it
REPORTER_IN = r"['’]s(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}\s*,?\s+in\s+"
# "since their entry into the war", "since Russia's invasion": "since" and an event noun of its
# own (not "since August", not "since Pyongyang will"); callers add what may follow
SINCE_AN_EVENT = r"\b(?i:since)\s+(?:(?i:the|its|their|his|her|our)|[A-Z][\w-]*['’]s)\s+"
# the city a capital's noun names: "the Syrian capital Damascus", "the capital, Damascus"
CAPITAL_BEFORE = re.compile(r"\bcapital\s*,?\s+$", re.IGNORECASE)
# a town that names what happened there, after a determiner: "the London bombings", "the Houla
# massacre", "last year's Madrid bombings" (not "From attacks on US forces", a name of Frome;
# nouns only: "Moscow bombs hospitals" is a verb)
TOWN_NAMES_AN_EVENT = re.compile(
    r"\s+(?:bombings?|attacks?|massacres?|blasts?|explosions?|siege|offensive|protests?|"
    r"clashes|uprising|killings?|shootings?|bombardment)\b",
    re.IGNORECASE,
)
# ... with at most two words between, names or numbers ("the July 7 London bombings"), not "The
# minister said Damascus shelling" nor "says that Moscow bombs hospitals"
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|these|those)\s+(?:(?:(?-i:[A-Z0-9])[\w/-]*|recent|latest|deadly|twin|suicide|"
    r"bloody)\s+){0,2}|['’]s\s+)$",
    re.IGNORECASE,
)


def names_an_event(text: str, start: int, end: int) -> bool:
    """Whether the town named at text[start:end] names what happened there.

    >>> t = "Britons blame the war for the London bombings."
    >>> names_an_event(t, t.index("London"), t.index("London") + 6)
    True
    >>> t = "Kyiv says that Moscow bombs hospitals."
    >>> names_an_event(t, t.index("Moscow"), t.index("Moscow") + 6)
    False
    """
    return bool(TOWN_NAMES_AN_EVENT.match(text, end)) and bool(
        _DETERMINER_BEFORE.search(text[max(0, start - 40) : start])
    )
# what talks are about follows them: "talks on Syria", "talks with Lavrov on the fighting in"
TALKS_ON = (
    r"\b(?:talks|meetings?|conference|summit|discussions?|consultations|debate|dialogue|"
    r"negotiations)\s+(?:[\w-]+\s+){0,3}?(?:on|about|over)\s+(?:the\s+)?"
)


# a country named only to say which war ("to the war in Ukraine", "the Ukraine war", "우크라이나
# 전쟁에", "la guerra de Ucrania"): where the war is, not a party nor where troops go; not a
# side's war ("Russia's war in Ukraine" names Russia, whose war it is)
_WAR_BEFORE = re.compile(
    r"(?:\b(?:war|conflict|crisis|invasion|aggression|hostilities|fighting)\s+(?:in|on|against)"
    r"|\b(?:guerra|conflicto|conflitto)\s+(?:de|en|in|di|a)|\bguerre\s+(?:en|contre)"
    r"|\bKrieg\s+(?:in|gegen)|\b(?:войн|війн)\w*\s+(?:в|на|против|проти)|\bperang\s+(?:di|melawan))"
    r"\s+(?:(?:the|la|el|der|die|l['’])\s*)?$"
    r"|\bguerre\s+d['’]\s*$",
    re.IGNORECASE,
)
_SIDES_WAR = re.compile(r"\s+war\s+(?:effort|machine|aims|chest|in|on|against)\b", re.IGNORECASE)
_WAR_AFTER = re.compile(
    r"(?:\s+(?:war|conflict)\b(?!\s+(?:effort|machine|aims|chest))|-Krieg|\s*전쟁)", re.IGNORECASE
)


def names_a_war(text: str, start: int, end: int, kind: str | None = None) -> bool:
    """Whether the name at text[start:end] only says which war: "to the war in Ukraine", "to the
    Ukrainian war"; a demonym before the war's own words names a side ("the Russian war effort",
    "the Russian war in Ukraine").

    >>> text = "North Korea will send troops to the war in Ukraine, not to the Ukraine war's end"
    >>> names_a_war(text, text.index("Ukraine"), text.index("Ukraine") + 7)
    True
    >>> names_a_war(text, text.index("North Korea"), text.index("North Korea") + 11)
    False
    """
    if kind == "demonym" and _SIDES_WAR.match(text, end):
        return False
    return bool(
        _WAR_BEFORE.search(text, max(0, start - 30), start) or _WAR_AFTER.match(text, end)
    )


# an English verb in the simple past: "hit", "killed", "struck", "withdrew"
PAST_VERB = re.compile(
    r"(?:\w+ed|hit|sent|took|met|went|came|fought|led|made|struck|shot|began|fled|seized|held|"
    r"won|lost|saw|left|said|told|gave|ran|broke|fell|drove|flew|threw|withdrew|overran)\b",
    re.IGNORECASE,
)
# "thousands have fled into Turkey as the army cracks down", "Syrians arriving in Turkey have
# been fleeing the town where 120 troops were killed": where people flee to or shelter is not
# where the blow they flee from happens (in English: "into", "to" or "in" after a word of flight
# or shelter, with at most five words between)
FLED_TO = re.compile(
    r"\b(?:fle[de]|flees|fleeing|escap(?:e|ed|es|ing)|arriv(?:e|ed|es|ing)"
    r"|ma(?:de|ke|kes|king)\s+it|shelter(?:ed|s|ing)|sought\s+refuge)"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:into|to|in)\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)
# ... and, for what an article's news is about, where refugees are or cross to ("42,600 refugees
# are in camps in Turkey", "those crossing into Turkey"): a deed done there still happens there
# ("shelled a refugee camp in Damascus"), but such a place says nothing of where the next
# sentence's "there" or the article's news is
REFUGE_IN = re.compile(
    r"\b(?:refugees?|camps?|cross(?:ed|es|ing)?)(?:\s+[\w'’-]+){0,5}?\s+(?:into|to|in)\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)
# an English -ing form that starts a trigger: "North Korea sending troops", "acknowledged sending"
GERUND = re.compile(r"[A-Za-z]+ing\b")
# a second verb with no subject of its own goes on with the first's: "said ... and urged"
AND_THE_SAME_SUBJECT = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", re.IGNORECASE)
# a speech act in a participle clause is the sentence subject's: "Ban phoned Assad, urging him to
# stop", "issued statements condemning the crackdown and calling for dialogue"
SPEECH_ACT_PARTICIPLE = re.compile(
    r"(?:calling|urging|demanding|condemning|accusing|criticising|criticizing|denouncing|"
    r"blaming|rejecting|warning|appealing|pressing)\b",
    re.IGNORECASE,
)
# a call for something or someone: what is called for has not happened ("calls for the withdrawal
# of Syrian troops"), and who is called for acts ("calls for Damascus to pull back")
CALL_FOR = r"\b(?:call|ask|appeal|press)(?:s|es|ed|ing)?\s+for"
# "Russia's planned deployment", "Moscow's invasion": a name that owns the noun after it (a
# capital letter, and not "It's", "That's", "There's")
NAME_POSSESSIVE = (
    r"(?<![\w'’])(?!(?:It|That|There|What|Here|He|She|Who|Where)['’]s)(?-i:[A-Z])\w*['’]s"
)
# The article between a place word and a name ("in the Kursk region", "in der Ukraine", "dans
# la région"), and a "to" that names no place: a source ("according to US officials") or the one
# asked ("appealed to Syria"): shared by the place finder and the role of an actor, so that both
# read "in X" alike.
PLACE_ARTICLE = r"(?:(?:the|der|die|dem|den|des|la|le|les|il|el)\s+)?"
NOT_A_PLACES_TO = r"(?<!ccording )(?<!appeal )(?<!appeals )(?<!appealed )(?<!appealing )"
# "of" is a place word only after a word for part of a place ("the outskirts of Kyiv", "north of
# Kharkiv") or for taking one ("the invasion of Kursk"), not in "the potential of North Korea" or
# "the involvement of Russia"
PLACE_OF = (
    r"(?:(?:city|town|village|region|province|oblast|district|outskirts|suburbs?|parts?|areas?|"
    r"cent(?:er|re)|heart|capital|border|territory|rest|north|south|east|west|north-?east|"
    r"north-?west|south-?east|south-?west|cities|towns|villages|provinces|regions|districts|"
    r"neighbou?rhoods?|governorate|side|edge|streets?|strongholds?|bastions?|enclaves?|"
    r"invasion|incursion|occupation|liberation|capture|annexation|siege|shelling|bombing|"
    r"bombardment)\s+of)"
)
# "soldiers of North Korea", "10,000 troops from North Korea", "the army of Iraq", "militari di
# Pyongyang", "солдатів із КНДР": whose forces they are, not where they are
WHOSE_FORCES = re.compile(
    rf"\b(?:(?:{_ARMED_FORCES}|{FORCES_NOUN_ROMANCE})\s+(?:from|of|di|da|de|del|du|des)\s+"
    rf"{PLACE_ARTICLE}|{FORCES_NOUN_GENITIVE_RU_UK}\s+(?:із|з|зі|из)\s+)$",
    re.IGNORECASE,
)
# ... but forces that already have an owner ("US troops from Iraq", "most of their forces from
# Iraq") or that are leaving ("withdraw troops from Iraq") come from the place named after them
# (an owner: a possessive, or a name shaped like a demonym or an abbreviation: "US", "British",
# "Iraqi"; not "Two", "Several" or "Elite" at a sentence's start)
_OWNER = (
    r"(?:(?<![\w'’])(?:their|its|his|her|our)|['’]s"
    r"|(?<![\w'’.-])(?!(?-i:These|Those|Such|Which|Each)\b)"
    r"(?-i:[A-Z]{2,4}|(?:[A-Z]\.){2,3}|[A-Z][a-z]+(?:an|ish|ese|ch|i)|Greek|Arab|Swiss|Kurd|Serb|"
    r"Turk|Filipino|Western|Allied|Coalition))"
)
LEAVING = (
    r"\b(?:withdr[ae]w\w*|pull(?:s|ed|ing)?|remov\w*|evacuat\w*|recall\w*|bring(?:s|ing)?|brought)"
)
# "withdraw most of their forces from Iraq", "pulled the army from Basra"
FORCES_LEAVING = (
    rf"{LEAVING}\s+(?:of\s+)?(?:[\w,.'’-]+\s+){{0,3}}?{_ARMED_FORCES}\s+from\s+(?:the\s+)?$"
)
_FORCES_FROM_A_PLACE = re.compile(
    rf"{_OWNER}\s+(?:(?:combat|special|ground|armed|regular|elite|remaining|coalition)\s+)?"
    rf"{_ARMED_FORCES}\s+from\s+(?:the\s+)?$|{FORCES_LEAVING}",
    re.IGNORECASE,
)


def forces_named_before(text: str, start: int) -> bool:
    """Whether the words right before a name call it the forces' country ("10,000 troops from
    North Korea", "soldiers of North Korea"), not the place they come from.

    >>> t = "sent 10,000 troops from North Korea; will withdraw US troops from Iraq"
    >>> forces_named_before(t, t.index("North")), forces_named_before(t, t.index("Iraq"))
    (True, False)
    """
    # (most names have no such word right before them: a set lookup saves the searches)
    last_words = {w.lower() for w in text[max(0, start - 16) : start].split()[-2:]}
    if not last_words & _FROM_OR_OF_WORDS:
        return False
    return bool(
        WHOSE_FORCES.search(text, max(0, start - 40), start)
        and not _FORCES_FROM_A_PLACE.search(text, max(0, start - 80), start)
    )


_FROM_OR_OF_WORDS = frozenset("from of di da de del du des із з зі из".split())


# Portuguese "a" before a country is its article ("Segundo Kyiv, a Rússia enviou", "atacou a
# Ucrânia"), while lists of place words hold "a" as "to" (Spanish, Italian): Portuguese writes
# that "à" or "para a".
_ARTICLES_LIKE_PREPOSITIONS = {"pt": re.compile(r"(?<!\w)(?<!para\s)a\s+$", re.IGNORECASE)}


def ends_with_article(before: str, lang: str | None) -> bool:
    """Whether the text before a name ends with an article spelt like a place preposition.

    >>> ends_with_article("Segundo Kyiv, a ", "pt"), ends_with_article("envió tropas a ", "es")
    (True, False)
    >>> ends_with_article("enviou tropas para a ", "pt")
    False
    """
    article = _ARTICLES_LIKE_PREPOSITIONS.get(base_language(lang))
    return bool(article and article.search(before))


@lru_cache(maxsize=64)
def read_tsv(relative: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a data file (comments and blank lines dropped), each cell stripped.

    >>> read_tsv("triggers/en.tsv")[0][:2]
    ('deploy*', 'MOBILIZE')
    """
    path = DATA_DIR / relative
    if not path.is_file():
        return ()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def surface_regex(surface: str) -> str:
    """Regex source for one surface: `*` ends a word freely, `~` skips up to three words.

    >>> [bool(re.match(surface_regex("send* ~ troops"), t, re.I))
    ...  for t in ("sending 10,000 more troops", "sending letters to our troops")]
    [True, False]
    """
    parts = []
    for token in surface.split():
        if token == "~":
            parts.append(_GAP)
            continue
        body = re.escape(token.rstrip("*"))
        parts.append(body + (r"\w*" if token.endswith("*") else ""))
    source = ""
    for part in parts:
        if not source:
            source = part
        elif part == _GAP:
            source += part
        else:
            source += r"\s+" + part
    return source


def _is_acronym(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


def compile_alternation(
    surfaces: list[str], lang: str, ignore_case: bool = True, prefix: str = ""
) -> re.Pattern:
    """One regex matching any surface as a whole word, longest surface first; with `prefix`,
    only the surfaces glued to it ("ne" + "uzbruka").

    Acronyms stay case-sensitive even when the rest is not ("US" is not "us").

    >>> bool(compile_alternation(["North Korea"], "en").search("in north korea."))
    True
    """
    surfaces = sorted(set(surfaces))
    if not surfaces:
        return re.compile(r"(?!x)x")
    acronyms = [s for s in surfaces if ignore_case and _is_acronym(s)]
    trie: dict = {}
    for surface in surfaces:
        if surface not in acronyms:
            _insert(trie, _atoms(surface.lower() if ignore_case else surface))
    alternatives = [f"(?-i:{surface_regex(s)})" for s in sorted(acronyms, key=len, reverse=True)]
    alternatives += [_emit(trie)] if trie else []
    tail = "" if base_language(lang) in _PREFIX_LANGS else r"(?!\w)"
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<!\w)" + prefix + "(?:" + "|".join(alternatives) + ")" + tail, flags)


# Python's regex engine tries alternatives one by one; hundreds of names as a flat alternation
# cost ~1 ms per sentence. The same names as a prefix tree ("Korea(?:n|...)") match alike
# (longest first, backtracking to shorter) at a fraction of the cost.
_END = ""


def _atoms(surface: str) -> list[str]:
    """Regex pieces of a surface: one per character, then `\\s+` between words, `\\w*` for `*`."""
    atoms: list[str] = []
    for token in surface.split():
        if token == "~":
            atoms.append(_GAP)
            continue
        if atoms:
            atoms.append(r"\s+")
        atoms += [re.escape(c) for c in token.rstrip("*")]
        atoms += [r"\w*"] if token.endswith("*") else []
    return atoms


def _insert(trie: dict, atoms: list[str]) -> None:
    node = trie
    for atom in atoms:
        node = node.setdefault(atom, {})
    node[_END] = {}


def _emit(node: dict) -> str:
    branches = [atom + _emit(child) for atom, child in node.items() if atom != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"
    return body


class SurfaceLookup:
    """Surface -> entry, tolerant of case and of `*` word endings (the regex matched either).

    A surface matching several `*` patterns takes the one written in its own case, then the
    longest: "российские" is the demonym "российск*", not the name "Росси*" in lower case.

    >>> lookup = SurfaceLookup({"Росси*": "name", "российск*": "demonym"})
    >>> lookup.get("России"), lookup.get("российские")
    ('name', 'demonym')
    """

    def __init__(self, entries: dict):
        self.entries = entries
        self.folded = {k.casefold(): v for k, v in entries.items() if "*" not in k}
        self.wild = [
            (re.compile(surface_regex(k)), re.compile(surface_regex(k), re.IGNORECASE), len(k), v)
            for k, v in entries.items()
            if "*" in k
        ]

    def get(self, surface: str):
        entry = self.folded.get(surface.casefold())
        if entry is not None:
            return entry
        matching = [(not exact.fullmatch(surface), -size, i) for i, (exact, folded, size, _) in
                    enumerate(self.wild) if folded.fullmatch(surface)]  # fmt: skip
        return self.wild[min(matching)[2]][3] if matching else None


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_HEADLINE_LENGTH = 300  # a line this long or longer is read as text, not a Title Case headline


def title_case(text: str) -> bool:
    """A headline with most words capitalised.

    >>> title_case("Ukraine Says Russia Will Deploy 10,000 North Korean Soldiers")
    True
    """
    words = _WORD.findall(text)
    capitalised = sum(w[0].isupper() for w in words)
    return len(text) <= _HEADLINE_LENGTH and len(words) >= 3 and capitalised >= 0.6 * len(words)


def every_word_capitalised(text: str) -> bool:
    """A headline that capitalises every word but the small ones Title Case leaves ("in", "of"),
    verbs too, so that its words tell no name from what follows it.

    >>> every_word_capitalised("Zelensky Says North Korean Troops Will Be Deployed in Kursk")
    True
    >>> every_word_capitalised("Israeli Defence Minister Yoav Gallant met Lloyd Austin on Monday.")
    False
    """
    words = _WORD.findall(text)
    return (
        len(text) <= _HEADLINE_LENGTH
        and sum(len(w) >= 4 for w in words) >= 4
        and all(w[0].isupper() or w in _TITLE_CASE_SMALL for w in words)
    )


# what a Title Case headline leaves in lower case: small words, verbs' particles ("Pull out")
# and the particles of names ("Staffan de Mistura", "bin Salman")
_TITLE_CASE_SMALL = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs with from into "
    "out down over de du des da di del der van von bin ibn al el la le".split()
)
