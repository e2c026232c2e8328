"""Language codes: detection for documents that declare none (py3langid, ISO 639-1 codes),
and the code whose language data (dates, event words) a text is read with."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_LETTERS = 20  # below this langid guesses (two words come out as Serbian at 1% confidence)
MIN_PROBABILITY = 0.05
SAMPLE_CHARS = 5000  # the start of an article is enough and keeps long texts cheap


@cache
def _identifier() -> LanguageIdentifier:
    """Loaded on first use (0.7 s), not at import."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell.

    >>> detect_language("Die Hersteller dürfen sie demnach ins Ausland verkaufen.")
    'de'
    >>> detect_language("ok 12") is None
    True
    """
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return code if probability >= MIN_PROBABILITY else None


# Bosnian and Serbo-Croatian read with the Serbian data, which holds Latin and Cyrillic,
# ekavian and ijekavian forms (py3langid often labels Serbian Latin text "bs").
_SHARED_DATA = {"bs": "sr", "sh": "sr", "cnr": "sr"}


def base_language(lang: str | None) -> str:
    """The language code used to pick data files; English when unknown.

    >>> base_language("de-AT"), base_language(None), base_language("bs")
    ('de', 'en', 'sr')
    """
    code = (lang or "en").lower().replace("_", "-").split("-")[0] or "en"
    return _SHARED_DATA.get(code, code)
