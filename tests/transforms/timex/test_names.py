"""Time words inside titles and names are not times; the same words in running text are."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")


def texts(sentence: str) -> list[str]:
    return [t.text for t in tag_timexes(sentence, ANCHOR, "en")]


@pytest.mark.parametrize("sentence", [
    "He watched Apocalypse Now again.",
    'Baker said on ABC\'s "This Week" that talks would go on.',
    "You are listening to VOA Today.",
    "It was a scene from the film ``High Noon.''",
    "Gonzalez said on CBS's ''60 Minutes'' that he would wait.",
    "The report ran in the Sunday Times.",
    "Sunday Times reporter Marie Colvin died in Homs.",
    "The Independent on Sunday declared that the war was lost.",
], ids=["film", "tv-show-in-quotes", "programme", "film-in-quotes", "tv-show-with-digits",
        "newspaper", "newspaper-without-the", "newspaper-on-sunday"])
def test_a_time_word_inside_a_title_is_not_tagged(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Now, he says, the war is over.", ["Now"]),
    ("This week, talks resumed.", ["This week"]),
    ("Talks resumed this week.", ["this week"]),
    ('He said: "Today we begin."', ["Today"]),
    ("The Sunday before, troops left.", ["Sunday"]),
    ("Officials met in Kenya Friday morning.", ["Friday morning"]),
    ("The Washington Post on Sunday reported the talks.", ["Sunday"]),
    ("The Daily Mail on Tuesday reported the talks.", ["Tuesday"]),
], ids=["now-opens-a-sentence", "this-week-opens-a-sentence", "lower-case", "quoted-sentence",
        "weekday-after-the", "weekday-after-a-name", "paper-reported-on-sunday",
        "mail-on-tuesday"])
def test_the_same_words_in_running_text_are_tagged(sentence, expected):
    assert texts(sentence) == expected
