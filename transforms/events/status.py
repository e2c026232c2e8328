"""Status of an event (PLOVER's auxiliary modes): occurred, ongoing, future, hypothetical, negated.

Read from the words next to the event's trigger: English auxiliaries, conditions, rights,
requests and headline infinitives; the negators, "denies", plan and likelihood words of the
other languages handled, and the Russian and Ukrainian perfective future. Latvian "neuzbruka",
negated by its prefix, is found as a negated trigger by `ontology`; Telugu's negation ends the
verb after the trigger ("చేయలేదు"). `dating` then corrects the status by where the date falls
(historical, future).
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.events.lexicon import CALL_FOR, PAST_VERB, SINCE_AN_EVENT
from transforms.language import base_language

# English cues, then the plain negators of the other languages handled (не/ні, nicht/kein,
# ne...pas, no/non, tidak/bukan, não/nunca, nije/nisu/neće, nav) and their "denies"
_NEGATED = re.compile(
    r"(?:not|never|no|cannot|denied|denies|deny|without|не|ні|nicht|keine?|pas|ne|non|tidak|bukan|"
    r"отрицает|отрицают|отрицал|опровергает|заперечує|заперечують|заперечив|bestreitet|"
    r"bestreiten|dementiert|niega|niegan|nega|negam|membantah|"
    r"não|nunca|nem|nije|nisu|neće|није|нису|неће|nav|nebija)",
    re.IGNORECASE,
)
# the same spelling, another word: Portuguese "no" is "in the", Italian "ne" is "of them"
_NOT_NEGATORS = {"pt": {"no"}, "it": {"ne"}}
# English cues ("may" in lower case: "In May" is the month; "should be deployed" is what someone
# thinks right, not done, but "should not have invaded" looks back on a deed), then "may/can" of
# the other
# languages handled (можуть/могут, kann, peut, puede, potrebbe, pode, bisa, može, varētu)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|could|would|might|(?:should|ought\s+to|must)(?!\s+(?:not\s+)?have\b)|(?-i:may)|"
    r"possibl[ey]|unverified|"
    r"potential(?:ly)?|able to)\b"
    r"|(?<!\w)(?:може|можуть|могли|может|могут|kann|könnte|können|könnten|peut|peuvent|pourrait|"
    r"pourraient|puede|pueden|podría|podrían|potrebbe|potrebbero|possono|pode|podem|poderia|"
    r"poderiam|bisa|dapat|mungkin|može|mogu|mogli|varētu)(?!\w)",
    re.IGNORECASE,
)
# "Bulgaria's government said yesterday it would withdraw its troops": what a source announced
# it would do is its plan (the future seen from then), not a supposition ("would have" still is);
# so is what it said its own body or another would do ("said its committee would meet", "said
# 3,000 more North Korean troops would arrive", "announced it would hold an emergency meeting",
# "said 4,000 personnel would receive training"), but not what it said someone fears, hopes or
# doubts ("said Russia feared the West would attack"), nor what would follow a condition ("said
# that if attacked it would retaliate")
_NOT_A_SUBJECT_WORD = (
    r"(?!(?:fear|hope|doubt|believ|thought|think|wonder|worr|warn|expect|suspect|predict)\w*\b)"
    r"(?!(?:if|unless|whether|when|once|should|said|says|told|was|were|is|are|has|have|had|did|"
    r"does|would|could|might|may|will|can|not|never)\b)"
)
_REPORTED_WOULD = re.compile(
    r"\b(?:said|announced|told\s+[\w-]+|added|promised|pledged|vowed|confirmed|declared|stated)"
    rf"\s+(?:{_NOT_A_SUBJECT_WORD}[\w-]+\s+){{0,2}}?(?:that\s+)?(?:it|they|he|she|we|"
    # a name, or a noun phrase led by a name, a determiner or a number, of a few words
    rf"[A-Z][\w-]+|(?:[A-Z][\w-]+|its|their|his|her|the|some|about|around|up\s+to|at\s+least|"
    rf"more\s+than|\d[\d,.]*)\s+(?:{_NOT_A_SUBJECT_WORD}[\w,.'’-]+\s+){{0,4}}?"
    rf"{_NOT_A_SUBJECT_WORD}[\w'’-]+)\s+would\s+"
    # ... with a verb that takes the deed's noun: "would hold an emergency meeting"
    r"(?!have\b)(?:\w+ly\s+)?(?:be\s+)?(?:(?:begin|start|hold|receive|launch|conduct|impose|join|"
    r"carry\s+out|take\s+part\s+in)\s+(?:(?:an?|the|new|further|fresh|more)\s+)?"
    r"(?:[\w-]+\s+)?)?$"
)
# "presented a draft UN resolution condemning Syria", "vetoed a resolution demanding an end to
# the violence": what a text only proposed says nothing has been done ("passed a resolution
# condemning" has)
_PROPOSED_TEXT = re.compile(
    r"\b(?:draft\w*|propos\w*|circulat\w*|tabled?|sought|seek\w*|push\w*\s+for|"
    r"campaign\w*\s+for|quest\s+for|vote\s+on|veto\w*|block\w*|resist\w*|oppos\w*|reject\w*)\b"
    r"[^.;:]{0,80}?\b(?:resolutions?|texts?|drafts?|motions?)\s+"
    r"(?:(?:that|which)\s+(?:would|will|could)\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "They want to use suicide bombers", "Qatar wants the Arab League to withdraw its monitors": a
# wish, not a plan
_WANTED = re.compile(
    r"\b(?:wants?|wanted|wanting|wish(?:es|ed)?)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:(?!(?:that|which|who|why|because|but|when|after|as|said|says|told|was|were|is|are|had|"
    r"has)\b)[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
# "the heavy weapons the regime can deploy", "they can now fight attacks from the air": what
# someone is able to do, not what they did
_CAN = re.compile(r"\bcan\s+(?:(?:\w+ly|now|still|also|even)\s+)?$", re.I)
_OR_FACE = re.compile(r"\bor\s+(?:else\s+)?face\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "approved the deployment of 300 observers": a deed authorised, still to come
_AUTHORISED = re.compile(
    r"\b(?:approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|vot(?:e|es|ed|ing)\s+(?:for|to\s+approve))\s+"
    r"(?:the\s+|a\s+|an\s+)?(?!use\b)(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "the meeting has been postponed": a deed that did not take place
_CALLED_OFF = re.compile(
    r"\s+(?:of\s+[^,;.]{0,60}?\s+)?(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:postponed|delayed|"
    r"cancell?ed|called\s+off|put\s+off|suspended)\b",
    re.IGNORECASE,
)
# "The US draft demands that ...": what a draft says is proposed, not done
_DRAFT_SAYS = re.compile(r"\bdrafts?(?:\s+(?:resolution|text))?\s+(?:also\s+)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\S+\s+by\b", re.IGNORECASE)
# "troops were to have completed their withdrawal by Tuesday": a plan not known to have been met
_PLAN_IN_THE_PAST = re.compile(r"\b(?:was|were)\s+to\s+have\b", re.IGNORECASE)
# "risks of North Korea sending more troops", "in the event of an attack": an eventuality
_EVENTUALITY_OF = re.compile(
    r"\b(?:risks?|dangers?|possibility|prospects?|threat|fears?|in\s+anticipation|ideas?|notion|"
    r"in\s+(?:the\s+)?(?:event|case))\s+of\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# a condition or an open question governs its whole clause, up to its comma: "if these troops
# participate in combat", "whether the troops are moving" ("If asked, Russia denied" does not);
# the words of each language, so that English "falls" is no German "falls" (if)
_CONDITIONAL_WORDS = {
    "en": r"if|unless|whether|provided(?=\s+(?:that|it|they|he|she)\b)",
    "de": r"wenn|falls", "ru": r"если", "uk": r"якщо",
    "id": r"jika|apabila",
}  # fmt: skip
# a call to stop a deed, or no sign of its end, says the deed goes on
_ENDING_WORDS = "end|halt|stop|cessation|cease|ceasefire"
# what a source says it has not seen did not (yet) happen: "We've not yet seen these troops deploy
# into combat"; what it has not confirmed is unverified: "hasn't confirmed that they engaged"
_UNSEEN = re.compile(
    r"(?:(?:\bnot|n[’']t)\s+(?:yet\s+)?(?:seen|observed|detected|witnessed)"
    # "There is no evidence that more North Korean troops are entering Russia"
    r"|\bno\s+(?:\w+\s+)?(?:evidence|sign|signs|indication|indications|proof)\s+(?:that|of)"
    rf"(?!\s+(?:an?\s+|the\s+)?(?:{_ENDING_WORDS}|let-up)\b)"
    r")\b[^,;]*$",
    re.IGNORECASE,
)
# "Russia refused to withdraw", "declined to meet": the deed was turned down; "was unable to
# agree", "was failing to withdraw": it was not done (not "failing to investigate the deaths",
# deaths there were)
_REFUSED = re.compile(
    r"\b(?:refused|refuses|refusing|declined|declines|declining)\s+(?:\w+ly\s+)?to\s+(?:\w+\s+)?$"
    r"|\b(?:unable|failed|fails|failing)\s+(?:\w+ly\s+)?to\s+$"
    # "The US balked at visiting Syria"
    r"|\bbalk(?:s|ed|ing)?\s+at\s+$"
    # "Obama has ruled out US air strikes on Syria": excluded, not done
    r"|(?<!\bnot\s)(?<!n't\s)(?<!never\s)(?<!not\syet\s)\brul(?:ed|es|ing)\s+out\s+(?:(?:any|an|a|the|all|further|new|more)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_UNCONFIRMED = re.compile(
    r"(?:\bnot|n[’']t|\bnever)\s+(?:yet\s+|independently\s+|officially\s+)?"
    r"(?:confirmed|verified)\b[^,;]*$"
    # "if confirmed, the deployment of the ships suggests ...": a report held to be checked
    r"|\bif\s+(?:confirmed|true|verified|accurate|correct)\s*,[^,;]*$",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|to be|expected|expects?|plans?|planned|planning|set to|soon|ready to|"
    r"poised to|prepar(?:ing|ed|es?|ations) (?:to|for)|willing to|going to|about to|"
    r"intends?|next(?!\s+day\b)|envisages?|envisaging|"
    r"scheduled to|slated to|(?:is|are) to(?! blame))\b|'ll\b",
    re.IGNORECASE,
)
# "were reported to be on the streets", "are said to be shelling", "appears to be": what is
# reported of now, not a plan ("expected to be deployed" stays one); "protesters continue to be
# killed": it goes on
_RAISED = re.compile(
    r"\b(?:reported|said|believed|thought|understood|known|alleged|claimed|rumou?red|seen|described|"
    r"purported|presumed|suspected|continue[sd]?|continuing|"
    r"estimated|appears?|appeared|seems?|seemed|come|came|happened)\s+to\s+be\b",
    re.IGNORECASE,
)
# the plan and likelihood words of the other languages handled, next to the trigger ("planea
# enviar", "планирует направить", "berencana mengirim"); Korean puts them after the verb
# ("공유할 예정이다": is scheduled to share). German "wird" is left out: it is also the passive.
_FUTURE_WORDS = {
    "es": r"planea|planean|prevé|prevén|previsto|prevista|va a|van a|pretende|pretenden",
    "fr": r"prévoit|prévoient|prévu|prévue|devrait|devraient|va|vont",
    "de": r"plant|planen|geplant|geplante|geplanten",
    "it": r"intende|intendono|prevede|prevedono|previsto|prevista|sarà|saranno",
    "pt": r"vai|vão|planeja|planejam|pretende|pretendem|prevê",
    "id": r"akan|berencana|rencana",
    "ru": r"будет|будут|планирует|планируют|собирается|собираются|намерен|намерена",
    "uk": r"буде|будуть|планує|планують|збирається|збираються|має намір",
    "ko": r"예정|계획|방침|할 것|할것",
}  # fmt: skip
_LIKELY_WORDS = {
    "ru": r"вероятно|возможно|возможность", "uk": r"ймовірно|можливо|можливість",
    "id": r"kemungkinan", "es": r"probablemente|posiblemente",
    # "soll ... geschickt haben" (is said to have sent), "dovrebbero essere arrivati" (should
    # have arrived): hearsay and presumption
    "de": r"möglicherweise|vermutlich|wahrscheinlich|angeblich|soll|sollen",
    "it": r"probabilmente|dovrebbe|dovrebbero",
}  # fmt: skip


# Ukrainian and Russian say "will send" with a perfective verb in the present's endings:
# "відправлять" (will send), "прибуде" (will arrive), "направит", "прибудут"; a prefix makes the
# verb perfective, and these endings are neither its past nor ("направить") a Russian infinitive
_PERFECTIVE_FUTURE = {
    "uk": re.compile(r"(?:від|на|пере|при|роз|за|ви)\w*(?:ить|ять|уть|уде|удуть)", re.IGNORECASE),
    # not "развернут" (is deployed): a short participle in -нут
    "ru": re.compile(r"(?:от|на|пере|при|раз|за|вы)\w*(?:ит|ят|(?<!н)ут|удет|удут)", re.IGNORECASE),
}


@lru_cache(maxsize=16)
def _other_language_cues(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    words = [_FUTURE_WORDS.get(lang), _LIKELY_WORDS.get(lang)]
    # Korean attaches its endings to the word ("예정이다"): no word boundary after it
    edge = "" if lang == "ko" else r"(?!\w)"
    return tuple(  # type: ignore[return-value]
        re.compile(rf"(?<!\w)(?:{w}){edge}", re.IGNORECASE) if w else None for w in words
    )


# "the deployment of North Korean troops in combat is only a matter of days": still to come
_MATTER_OF_DAYS = re.compile(
    r"^[^,;.]{0,60}?\b(?:is|are|was|were)\s+(?:only\s+|just\s+)?a\s+matter\s+of\s+"
    r"(?:hours|days|weeks)\b",
    re.IGNORECASE,
)
# "reduced to a few days so that North Korean troops can take part in combat": an aim
_PURPOSE_CLAUSE = re.compile(
    r"\bso that\b[^,;:]*\b(?:can|could|will|would|may|might)\b[^,;:]*$", re.IGNORECASE
)
# "has decided to send", "agreed to deploy", "is likely to attack": the deed is still to come
_INTENT_BEFORE = re.compile(
    r"\b(?:(?:decided|decides|agreed|agrees|likely)\s+to\s+(?:\w+\s+)?"
    # "called Berlusconi to promise a full investigation", "promised to withdraw"
    r"|promis(?:e|es|ed|ing)\s+(?:to\s+(?:\w+\s+)?|(?:an?|the|its|their)\s+(?:[\w-]+\s+)?))$",
    re.IGNORECASE,
)
# a headline's infinitive is an announced plan: "North Korea to send thousands of sappers to
# Kursk", "11,000 North Korean troops to join the fight"; only names, numbers and these nouns may
# come before it, so that "troops sent to Russia to fight" keeps its verb
_HEADLINE_SUBJECT_WORD = (
    r"(?:[A-Z][\w'’.-]*|[\d.,]+|troops|soldiers|forces|personnel|more|additional|extra|"
    r"thousands|hundreds|of|and|the|military|army|officials|workers)"
)
_HEADLINE_INFINITIVE = re.compile(
    rf"^\W*(?:[A-Z][\w'’.-]*\s+){{0,3}}?(?:[Ss]ays|[Ss]aid|:)?\s*"  # "Zelenskiy says Russia to"
    rf"(?:{_HEADLINE_SUBJECT_WORD},?\s+){{1,7}}[Tt]o\s+$"
)
_PERFECT_ONGOING = re.compile(
    r"\b(?:has|have)(?:\s+(?:also|long|already|reportedly|allegedly|apparently|now)){0,2}"
    r"\s+been\s+\w+ing\b",
    re.IGNORECASE,
)
# a perfect that runs up to now: "have battled for the past three days", "has shelled Homs for
# weeks"
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|reportedly)\s+)?$", re.IGNORECASE)
# ... or has long done so: "The US has long criticised al-Jazeera"
_LONG_BEFORE = re.compile(r"\b(?:has|have|had)\s+long\s+$", re.IGNORECASE)
_FOR_A_WHILE_AFTER = re.compile(
    r"\S*(?:\s+[\w'’-]+){0,4}?\s+for\s+(?:the\s+(?:past|last)\s+(?:[\w-]+\s+)?|(?:several|many)\s+)?"
    r"(?:days|weeks|months)\b",
    re.IGNORECASE,
)
_ONGOING = re.compile(
    r"\b(?:currently|continues?|continued|continuing|still|"
    # ... "was also supplying", "are now being trained"
    r"(?:is|are|was|were) (?:(?:also|already|reportedly|increasingly|actively) )?"
    r"(?:being )?\w+ing)\b",
    re.IGNORECASE,
)
# the trigger is the subject of a verb saying it goes on: "the violence and assaults in civilian
# areas have not stopped", "Attacks on the city have continued", "the fighting in Homs has been
# continuing for days", "the shelling continues"
# (its own noun phrase between: not "killed 12 soldiers in Homs where fighting has continued")
_OWN_NOUN_PHRASE = (
    r"\S*(?:\s+(?!(?:and|but|while|said|says|say|told|tell|who|which|that|where|as|although|though|because|"
    r"when|since|if|after|before)\b)(?![\w'’-]+ed\b)[\w'’-]+){0,6}?\s+"
)
_GOES_ON_AFTER = re.compile(
    rf"{_OWN_NOUN_PHRASE}(?:(?:have|has)\s+not\s+|(?:have|has)\s*n['’]t\s+)(?:yet\s+)?"
    r"(?:stopped|ceased|ended|abated|subsided)\b"
    rf"|{_OWN_NOUN_PHRASE}(?:(?:have|has)\s+(?:continued|gone\s+on|been\s+(?:continuing|going\s+on|"
    r"raging))|(?:continues|rages|goes\s+on|(?:is|are)\s+(?:continuing|raging|going\s+on)))\b",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(rf"{SINCE_AN_EVENT}(?:[\w-]+\s+){{0,2}}$")
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'’.-]+\s+){1,3}$", re.IGNORECASE)
_INVASION = re.compile(r"invasion\b", re.IGNORECASE)
_DETERMINED = re.compile(
    r"(?:\b(?:the|its|their|his|her|this|that)|['’]s)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:had\s+)?$", re.IGNORECASE)
_CUE_WINDOW = 60  # characters before the trigger whose auxiliaries govern it
_PLAN_NAMED = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that|any|peace|(?-i:[A-Z])[\w'’-]*)\s+(?:[\w'’-]+\s+)?"
    r"plans?\b",
    re.IGNORECASE,
)
_PLAN_NOUN = re.compile(_PLAN_NAMED.pattern + r"(?!\s+to\b)", re.IGNORECASE)
_SOURCE_WINDOW = 300  # how far back "we have not seen ..." or an "if" clause may govern it


# ... and "to": "British policy not to send arms", "decided not to attack"
_NEGATION_GAP = {
    "yet", "been", "be", "already", "ever", "officially", "directly", "still", "fully", "before",
    "to",
}
# ... but a deed someone is asked, told or warned not to do is only asked for ("urged Israel not
# to attack Iran"): hypothetical
_ASKED_NOT_TO = re.compile(
    r"\b(?:urg\w*|warn\w*|told|tell\w*|ask\w*|call\w*\s+on|press\w*|advis\w*|(?<!in )order\w*|"
    r"caution\w*|persuad\w*)\s+(?:[\w'’-]+\s+){0,4}?not\s+to\s+$"
    # ... or a purpose ("the assurances it wanted in order not to veto the resolution")
    r"|\b(?:in\s+order|so\s+as)\s+not\s+to\s+$",
    re.IGNORECASE,
)


# Telugu negates at the end of the verb, after the trigger: "పంపలేదు" (did not send), "దాడి
# చేయలేదు" (did not attack)
_NEGATED_AFTER = {
    "te": re.compile(r"(?:\S+\s+)?\S*?(?:లేదు|లేదని|లేరు)(?!\w)"),
    # "remarks that attacking Iran was not on the agenda": a deed ruled out
    "en": re.compile(
        r"\S*\s+(?:[\w'’-]+\s+){0,3}?(?:is|was|are|were)\s+(?:\w+ly\s+)?not\s+on\s+the\s+"
        r"(?:agenda|table|cards)\b",
        re.IGNORECASE,
    ),
}
# "To send British troops into battle is the ultimate responsibility": a deed named as the
# subject of a judgement is none done
_INFINITIVE_SUBJECT = re.compile(
    r"\W*(?:``\s*)?(?-i:To)\s+"
    r"(?!(?:the|this|that|these|those|date|our|his|her|its|their|a|an|me|us|them)\b)[a-z]+\b"
    # (an infinitive subject has no finite verb of its own before the deed)
    r"(?:(?!\b(?:has|have|had|was|were|is|are|\w+ed)\b)[^,;]){0,80}$",
    re.IGNORECASE,
)
_JUDGED_AFTER = re.compile(
    r"[^,;]{0,60}?\b(?:is|was|would\s+be|will\s+be|remains|seems|has\s+been)\b", re.IGNORECASE
)


# words of a story told from a later time: "the then Iraqi president", "then-President Hafez
# al-Assad", "the late Hafez al-Assad", "back then"
_RETOLD = re.compile(
    r"\bthe\s+then[\s-]+(?-i:[a-zA-Z])|\b(?-i:[Tt])hen-(?:president|prime|leader|defen[cs]e|foreign|"
    r"secretary|chief|head|commander|minister)|\bthe\s+late\s+(?-i:[A-Z])|\bback\s+then\b|"
    r"\bin\s+those\s+days\b",
    re.IGNORECASE,
)


def _is_nt(word: str) -> bool:
    """ "hadn't", and "hadn’t" as typeset news writes it."""
    return word.endswith(("n't", "n’t"))


# "have not taken part in combat", "not yet involved in direct combat": the negated verb takes
# the event as its complement
_TAKING_PART = re.compile(
    r"\b(?:(?:take|takes|taken|taking|took)\s+part|involved|engaged|participat\w*|join\w*|"
    r"enter\w*)\s+(?:in|into)?\s*(?:(?:the|any|direct|active|actual|heavy|ground|full|"
    r"large-scale|major|open)\s+)*$",
    re.IGNORECASE,
)


# "no-one has been injured", "there was no suicide bomber" (English)
_NO_ONE_OR_NO_NOUN = re.compile(
    r"\b(?:no-one|no\s+one|nobody|none)\s+(?:(?:has|have|had|was|were|is|are|been|be|being)\s+)*$"
    r"|\b(?:there\s+(?:was|were|is|are|has\s+been|have\s+been)\s+)no\s+(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)


# "have denied the deployment", "denies any involvement", "denied reports of a deployment"
_DENIED_BEFORE = re.compile(
    r"\b(?:denied|denies|deny|denying)\s+(?:(?:the|any|a|an|all|its|their|reports?\s+of|"
    r"claims?\s+of|ever)\s+){1,3}$",
    re.IGNORECASE,
)


# "denied reports that he had threatened Qatar's prime minister"
_DENIED_THAT = re.compile(
    r"\b(?:denied|denies|deny|denying)\s+(?:(?:reports?|claims?|allegations?)\s+)?that\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_REFUSED_TO = re.compile(r"\b(?:refus|declin)\w*\s+to\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _is_negated(before: str, lang: str | None = None) -> bool:
    """A negator right before the trigger, or separated from it only by auxiliaries."""
    if base_language(lang) == "en" and (denied := _DENIED_THAT.search(before)):
        # ... unless the denial is itself negated or refused ("did not deny that", "refused to
        # deny that")
        head = before[: denied.start()]
        return not (_is_negated(head, lang) or _REFUSED_TO.search(head))
    if base_language(lang) == "en":
        before = _TAKING_PART.sub(" ", before)
        if _NO_ONE_OR_NO_NOUN.search(before) or _DENIED_BEFORE.search(before):
            return True
    words = before.split()[-4:]
    other_words = _NOT_NEGATORS.get(base_language(lang), set())
    for index in range(len(words) - 1, -1, -1):
        word = words[index].strip(',;:"“”')
        if (_NEGATED.fullmatch(word) and word.lower() not in other_words) or _is_nt(word):
            return True
        adverb = words[index].endswith("ly") and words[index].lower() != "only"
        if words[index].lower() not in _NEGATION_GAP and not adverb:
            return False  # "did not explicitly deny" still denies nothing
    return False


@lru_cache(maxsize=16)
def _conditional(lang: str) -> re.Pattern:
    words = _CONDITIONAL_WORDS.get(lang, "(?!)")
    # English also puts a condition first with "Should" ("Should these troops engage in combat")
    first = r"|(?:^|[\"“(])\s*(?-i:Should)" if lang == "en" else ""
    # a comma inside a number ("11,000") does not close the clause
    return re.compile(
        rf"(?:(?<!\w)(?:{words})(?!\w){first})(?:[^,;:]|(?<=\d),(?=\d))*$", re.IGNORECASE
    )


# An English "if" close after the event conditions it ("ready to hand over the soldiers if he
# can arrange an exchange"), unless another clause ("and asked Seoul if"), a question ("unclear
# if", "to see if") or a concession ("even if", "as if") comes between
_NOT_A_CONDITION_GAP = (
    r"(?:and|but|while|or|as|even|unclear|clear|sure|known|unknown|seen|see\w*|ask\w*|"
    r"wonder\w*|check\w*|determin\w*|find out|learn\w*|whether|than)"
)
_TRAILING_CONDITION = re.compile(
    rf"^(?:(?!(?<!\w){_NOT_A_CONDITION_GAP}(?!\w))[^,;:]){{0,80}}?"
    r"(?<!\w)(?:if|unless)(?!\w)(?!\s+(?:any|not)\b)",
    re.IGNORECASE,
)


# "ready to hand over the soldiers to Kim, provided it facilitates their exchange": a condition
# after a comma too
_PROVIDED = re.compile(
    r"^[^;:.]{0,100}?,\s*(?:provided|on condition)\s+(?:that|it|they|he|she)\b", re.IGNORECASE
)
# "Russia's prerogative to deploy", "called on partners to increase aid", "to prevent North
# Korea's expanded involvement", "to avoid capture": a right, a request, a prevention or a deed
# only considered asserts no deed
_UNASSERTED = re.compile(
    # "reluctant publicly to acknowledge", "unwilling to send"
    r"\b(?:(?:reluctant|unwilling|hesitant)\s+(?:\w+ly\s+)?to\s+"
    # "Most Americans are opposed to sending more troops", "the army needs more training": a
    # stance or a want, nothing done
    # (not "allowing the Syrian opposition to meet": the group)
    # (not "Syrians opposed to Assad attacked": who they are)
    r"|(?:opposed|(?:its|their|his|her)\s+opposition|objections?)\s+to\s+(?!(?-i:[A-Z]))"
    r"|needs?\s+(?:more|further|additional)\s+"
    r"|(?:prerogative|right)\s+to|(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    r"appeal(?:s|ed|ing)? to|pressed|invited|persuad(?:e|es|ing)|warn(?:s|ed|ing)?|told|"
    r"offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?)\s+"
    r"(?:[\w-]+\s+){0,3}?to|(?:prevent|prevents|preventing|avert|deter|avoid|avoided|avoiding|"
    r"evade|evading)\s+(?:[\w'’-]+\s+){0,4}"
    # "Putin warned NATO against sending troops": a deed warned against, not done
    r"|(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?against\s+"
    # "the US considered attacking al-Jazeera": a deed weighed, not done
    r"|(?:consider(?:s|ed|ing)?|contemplat(?:es|ed|ing)|weigh(?:s|ed|ing)|mull(?:s|ed|ing)|"
    r"propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?)\s+)"
    # ... but "called on Pyongyang to stop deploying troops" says they are deploying them
    rf"\s*(?:(?!(?:{_ENDING_WORDS})\b)\w+\s+)?$",
    re.IGNORECASE,
)


# what is called for has not happened: "calls for the withdrawal of Syrian troops", "called for
# tougher sanctions"; but "called for an end to the shelling" says the shelling goes on
# "calls for humanitarian aid", "renewed calls for an end to fighting and for unimpeded aid",
# "asked the UN for help"
_DEMANDED = re.compile(
    # "demanded that tanks are withdrawn": the clause after "that" says what is asked for
    r"\bdemand(?:s|ed|ing)?\s+that\s+((?:[\w'’-]+\s+){0,3})$"
    rf"|(?:{CALL_FOR}|\bdemand(?:s|ed|ing)?|\bask(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){{1,3}}?for)"
    # ... otherwise its object only, not the clause's own verb ("protesters demanding reforms
    # were attacked")
    # ... or the next thing of a list it asks for ("calls for a freeze of President Assad's
    # assets and an arms embargo")
    r"(?:[^.;]{0,60}?\band\s+for|[^.;]{0,60}?\band(?=\s+(?:an?|new|further|tougher|more|"
    r"wider|stronger|targeted|international|economic)\s))?\s+"
    r"((?:(?!(?:was|were|is|are|has|have|had|been|will|would)\b)[\w'’-]+\s+){0,3})$",
    re.IGNORECASE,
)
_ENDING = re.compile(rf"\b(?:{_ENDING_WORDS})\b", re.IGNORECASE)


def is_demanded(before: str) -> bool:
    """Whether the words before a deed call for it, so that it has not happened.

    >>> is_demanded("a resolution calling for tougher "), is_demanded("called for an end to the ")
    (True, False)
    """
    found = _DEMANDED.search(before)
    # ... but "calls for an end to the fighting" says there is fighting
    return bool(found) and not _ENDING.search(found.group(1) or found.group(2) or "")


# "North Korean troops are stationed in Kursk": where they are now (the trigger itself, after "is"
# or "are")
_STATIONED = re.compile(r"(?:stationed|based|positioned|garrisoned|deployed)\b", re.IGNORECASE)
_IS_ARE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?$", re.IGNORECASE)
# "Kim Jong Un has ordered the dispatch of 6,000 builders": what has been ordered is still to be
# done (the trigger itself is the thing ordered)
_HAS_ORDERED_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?ordered\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
_ORDERED_THING = re.compile(
    r"(?:dispatch|deployment|withdrawal|pull-?out|evacuation|sending|transfer)\b", re.IGNORECASE
)
# "are preparing a military assault on Homs": what is prepared is still to come (the trigger
# itself, not a deed after it: "preparing an assault and shelled Homs")
_PREPARING_BEFORE = re.compile(
    r"\bprepar(?:ing|es?)\s+(?:(?:an?|the|its|their|for\s+an?)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_PREPARED_THING = re.compile(
    r"(?:assault|attack|offensive|invasion|incursion|operation|strike|push)\b", re.IGNORECASE
)
# "An attack on Kirkuk would threaten this oil lifeline": an indefinite deed's noun as the
# subject of a modal is supposed (not "the invasion could be illegal", "Wednesday's deaths would
# draw attention": those happened; nor "attacked the town, which would", a verb with its object)
# ... the determiner opening the subject, not a verb's object ("launched an attack on Homs that
# could last for weeks")
# (a capital "A" opens a sentence, even one run on from another: "... believe him A military
# attack on Syria would cause")
_INDEFINITE_BEFORE = re.compile(
    r"(?:(?:^|[,;:(]\s*|\bthat\s+|\b(?:said|says|warned|warns|fear|fears|feared|believe|"
    r"believes|believed|think|thinks|thought|argued|argues)\s+)(?:an?|any)|(?-i:\bAn?|\bAny))"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_OF_A_MODAL = re.compile(
    r"^(?-i:[a-z])[a-z]*(?:\s+(?:on|in|by|against|of|at|from)\s+(?:the\s+)?"
    r"(?!(?:that|which|who)\b)[\w'’-]+(?:\s+(?!(?:that|which|who)\b)[\w'’-]+)?)?"
    r"\s+(?:would|could|might)(?:\s*,)?\s+(?!(?:not\s+|never\s+)?have\b)",
    re.IGNORECASE,
)


def _is_conditional(before: str, lang: str | None, after: str = "") -> bool:
    """Whether the trigger sits in an "if"/"whether"/"provided that" clause that no comma has
    closed yet, or (English) an "if" or ", provided it" follows it closely, or its indefinite
    noun is the subject of "would", "could" or "might"."""
    code = base_language(lang)
    trailing = code == "en" and (
        _TRAILING_CONDITION.match(after)
        or _PROVIDED.match(after)
        or (_SUBJECT_OF_A_MODAL.match(after) and _INDEFINITE_BEFORE.search(before[-40:]))
    )
    return bool(_conditional(code).search(before) or trailing)


def is_negated_inside(trigger_text: str, lang: str | None = None) -> bool:
    """Whether a trigger of several words holds a negator between them ("troops are not
    gathering"), where the cues before the trigger cannot see it.

    >>> is_negated_inside("troops are not gathering"), is_negated_inside("sent 1,500 troops")
    (True, False)
    """
    other_words = _NOT_NEGATORS.get(base_language(lang), set())
    inner = [w.strip(',;:"“”') for w in trigger_text.split()[1:-1]]
    return any(
        (_NEGATED.fullmatch(w) and w.lower() not in other_words) or _is_nt(w)
        for w in inner
    )


def event_status(clause: str, trigger_offset: int, lang: str | None = None) -> str:
    """PLOVER status of the event whose trigger sits at `trigger_offset` in its clause.

    >>> event_status("12,000 additional troops to be deployed soon", 30)
    'future'
    >>> event_status("North Korea has been supplying ammunition", 21)
    'ongoing'
    """
    before = clause[max(0, trigger_offset - _CUE_WINDOW) : trigger_offset]
    # the words right after the trigger may say it is still to come ("deploy soon"); a plan
    # named after it is its object ("rejected the Annan plan")
    # ... and a plan named before it is its subject ("the peace plan has now been endorsed"),
    # unlike what one "plans to" do
    around = _PLAN_NOUN.sub(" ", before) + _PLAN_NAMED.sub(
        " ", clause[trigger_offset : trigger_offset + 25]
    )
    wide = clause[max(0, trigger_offset - _SOURCE_WINDOW) : trigger_offset]
    negated_after = _NEGATED_AFTER.get(base_language(lang))
    if negated_after and negated_after.match(clause[trigger_offset : trigger_offset + _CUE_WINDOW]):
        return "negated"
    after = clause[trigger_offset : trigger_offset + 100]
    # an open question or a condition outranks the negation inside it: "whether Beijing will or
    # will not veto", "if Russia does not withdraw"
    if _is_conditional(wide, lang, after):
        return "hypothetical"
    if base_language(lang) == "en" and _ASKED_NOT_TO.search(before):
        return "hypothetical"
    # negation and modals bind to their own verb: "has not yet entered", "could be deployed";
    # not "would never forget North Korea's help"
    if _is_negated(before, lang) or _UNSEEN.search(wide) or _REFUSED.search(before):
        return "negated"
    word = re.match(r"\S*", after)
    if base_language(lang) == "en" and _CALLED_OFF.match(after, word.end()):
        return "negated"  # "the meeting of Arab foreign ministers has been postponed"
    if _UNCONFIRMED.search(wide):
        return "hypothetical"
    code = base_language(lang)
    future_words, likely_words = _other_language_cues(code)
    # Korean cues follow the verb; the others come before it or right after ("планирует направить")
    cue_text = clause[trigger_offset : trigger_offset + 30] if code == "ko" else around
    if code == "en" and _REPORTED_WOULD.search(before):
        return "future"
    if code == "en" and (
        (_ORDERED_THING.match(clause, trigger_offset) and _HAS_ORDERED_BEFORE.search(before))
        or (_PREPARED_THING.match(clause, trigger_offset) and _PREPARING_BEFORE.search(before))
    ):
        return "future"
    if (
        # ... within the verb's own phrase: not "who said talks should resume, sent troops"
        _HYPOTHETICAL.search(" ".join(re.split(r"[,;]", before)[-1].split()[-4:]))
        or _EVENTUALITY_OF.search(before)
        or _PLAN_IN_THE_PAST.search(before)
        or (code == "en" and (_UNASSERTED.search(before) or is_demanded(before)))
        # ... what the text says, not what was done to it ("a Russian text rejected by the West")
        or (code == "en" and _PROPOSED_TEXT.search(wide) and not _BY_AFTER.match(after))
        or (code == "en" and _DRAFT_SAYS.search(before))
        # "must allow in monitors or face sanctions": the alternative threatened
        or (code == "en" and _OR_FACE.search(before))
        or (code == "en" and _WANTED.search(before))
        or (code == "en" and _CAN.search(before))
        or (
            code == "en"
            and _INFINITIVE_SUBJECT.fullmatch(clause, 0, trigger_offset)
            and _JUDGED_AFTER.match(after)
        )
    ):
        return "hypothetical"
    if likely_words and likely_words.search(before):
        return "hypothetical"
    if future_words and future_words.search(cue_text):
        return "future"
    perfective = _PERFECTIVE_FUTURE.get(code)
    verb = re.match(r"\w+", clause[trigger_offset : trigger_offset + 30])
    if perfective and verb and perfective.fullmatch(verb.group()):
        return "future"
    if code == "en" and _RETOLD.search(
        clause, max(0, trigger_offset - _SOURCE_WINDOW), trigger_offset + 60
    ):
        return "historical"  # "when the then Iraqi president invaded Kuwait", "had met the then
        # Iraqi president", "the late Hafez al-Assad crushed the uprising": a story of an earlier
        # time, however it is dated
    # "will mark three years since Russia's invasion", "unstable since the invasion": what a
    # duration counts from is history, not this report's news
    if _SINCE_BEFORE.search(before) or (
        _SINCE_CLAUSE.search(before) and PAST_VERB.match(clause, trigger_offset)
    ):  # "since the invasion", "Since US forces invaded Iraq, the country has been unstable"
        return "historical"
    # "the invasion of Iraq", "Russia's full-scale invasion": an invasion named as a noun is one
    # the report looks back on, unless its clause dates it ("the invasion on Thursday")
    if code == "en" and _INVASION.match(clause, trigger_offset) and _DETERMINED.search(before):
        return "historical"
    # "will honour the soldiers who fought in Kursk": a past relative clause keeps its own tense
    if _RELATIVE_BEFORE.search(before) and PAST_VERB.match(clause, trigger_offset):
        return "occurred"
    if (
        _FUTURE.search(_RAISED.sub(" ", around))
        or (code == "en" and _AUTHORISED.search(before))
        or _PURPOSE_CLAUSE.search(wide)
        or _INTENT_BEFORE.search(before)
        or (trigger_offset <= 80 and _HEADLINE_INFINITIVE.match(clause[:trigger_offset]))
        or _MATTER_OF_DAYS.match(after)
    ):
        return "future"
    if (
        _PERFECT_ONGOING.search(around)
        or _ONGOING.search(around)
        or (_PERFECT_BEFORE.search(before) and _FOR_A_WHILE_AFTER.match(after))
        or _LONG_BEFORE.search(before)
        or _GOES_ON_AFTER.match(after)
        or (
            code == "en"
            and _STATIONED.match(clause, trigger_offset)
            and _IS_ARE_BEFORE.search(before)
        )
    ):
        return "ongoing"
    return "occurred"


# Simple past or past perfect at the trigger: "hit", "killed", "was shelled", "had arrived".
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had|did)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


def is_past_tense(clause: str, trigger_offset: int) -> bool:
    """Whether the clause puts its trigger in the past, by an auxiliary or a past form (English).

    >>> is_past_tense("the suicide attacks that hit polls in January", 25)
    True
    >>> is_past_tense("troops arrive in Kursk on Monday", 7)
    False
    """
    before = clause[max(0, trigger_offset - _CUE_WINDOW) : trigger_offset]
    return bool(_PAST_AUXILIARY.search(before) or PAST_VERB.match(clause, trigger_offset))
