"""Whatever the input, extraction never raises and every row points inside the text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.events.extract import extract_event_mentions
from transforms.records import Anchor, Timex
from transforms.schemas import EVENT_MENTIONS

WORDS = st.sampled_from(
    [
        "North Korea",
        "Russia's",
        "Ukrainian",
        "troops",
        "deployed",
        "killed",
        "12,000",
        "2.600",
        "said",
        "according to",
        "on 8 October",
        "Kursk region",
        "they",
        "will",
        "not",
        ".",
        ",",
        ";",
        "\n",
        "“",
        "-LRB-",
        "n't",
        "북한군이",
        "Россию",
        "Krievijas",
        "oktobrī",
        "Rusije",
        "8.",
        "foi atacado pela",
        "రష్యాలో",
        "\u200c",
        "\u200b",
        "\ud800",
        "1e308",
        "٣",
        # the shapes of later rules: prefixed and suffixed negation, Korean gatherings and
        # caption dates, conditions, shares, purposes, conjunctions
        "neuzbruka",
        "ఉక్రెయిన్‌పై",
        "దాడి",
        "చేయలేదు",
        "군인들이",
        "모여",
        "훈련장에",
        "2024.10.16.",
        "/사진=",
        "Should",
        "if",
        "a third of the",
        "join the battlefield",
        ", mais",
        "pour aider à combattre",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


# no time limits: the machine is shared, and speed is measured by benchmarks/events_speed.py
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=TEXTS,
    lang=st.sampled_from(
        [None, "en", "ru", "ko", "xx", "de-AT", "", "pt", "lv", "hr", "sr", "bs", "te"]
    ),
)
def test_any_text_gives_valid_rows_and_never_raises(text, lang):
    anchor = Anchor(date(2024, 10, 18))
    stray = Timex(
        5, 10_000, "stray", "DATE", "2024-10-08", date(2024, 10, 8), date(2024, 10, 8), "day"
    )
    rows = extract_event_mentions("doc", text, [stray], anchor, lang)
    for row in rows:
        assert list(row) == list(EVENT_MENTIONS)
        assert 0 <= row["sentence_start"] <= row["trigger_start"] < row["trigger_end"]
        assert row["trigger_end"] <= row["sentence_end"] <= len(text)
        assert text[row["trigger_start"] : row["trigger_end"]] == row["trigger"]
