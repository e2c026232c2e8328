"""Sentence splitting: real abbreviations, tokenized input, offsets, no failure on odd input."""

from __future__ import annotations

import pytest

from transforms.sentences import Sentence, split_sentences


def texts(text: str, lang: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


def test_military_ranks_and_initialisms_do_not_end_a_sentence():
    text = "Ukraine's spy chief, Lt. Gen. Kyrylo Budanov, spoke to the U.S. press. He said more."
    assert texts(text) == [
        "Ukraine's spy chief, Lt. Gen. Kyrylo Budanov, spoke to the U.S. press.",
        "He said more.",
    ]


def test_abbreviated_month_before_a_day_does_not_end_a_sentence():
    assert texts('"They will be ready on Nov. 1," he said. Then he left.') == [
        '"They will be ready on Nov. 1," he said.',
        "Then he left.",
    ]


def test_tokenized_text_with_brackets_and_split_contractions_is_split_at_its_periods():
    text = "Troops -LRB- about 500 -RRB- arrived . Officials do n't agree . A third one ."
    assert texts(text) == [
        "Troops -LRB- about 500 -RRB- arrived .",
        "Officials do n't agree .",
        "A third one .",
    ]


def test_offsets_point_back_into_the_original_text():
    text = "  First one here.\n\nSecond, after a blank line!  Third?"
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == [s.text for s in sentences]
    assert [s.index for s in sentences] == [0, 1, 2]


def test_a_headline_line_without_final_punctuation_is_its_own_sentence():
    assert texts("Troops arrive in Kursk\nOver 500 soldiers arrived on Friday.") == [
        "Troops arrive in Kursk",
        "Over 500 soldiers arrived on Friday.",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("de", "Die Soldaten sind z. B. in Kursk. Sie kämpfen.", 2),
        ("ru", "Войска прибыли в г. Курск. Они воюют.", 2),
        ("uk", "Війська прибули. Вони воюють.", 2),
        ("ko", "북한군이 도착했다. 국정원이 확인했다.", 2),
        ("id", "Pasukan tiba di Kursk. Mereka bertempur.", 2),
        ("xx", "Unknown language. Still split.", 2),
    ],
    ids=["de", "ru", "uk", "ko", "id", "unknown"],
)
def test_other_languages_are_split_too(lang, text, count):
    assert len(split_sentences(text, lang)) == count


@pytest.mark.parametrize(
    "odd", ["", "   \n\n ", ".", "...", "\u202e\u200b", "a" * 5000, "x \ud800 y. z.", None]
)
def test_odd_input_never_raises(odd):
    result = split_sentences(odd)
    assert all(isinstance(s, Sentence) for s in result)


def test_a_very_long_line_is_cut_into_bounded_pieces_without_losing_text():
    text = "word " * 3000
    sentences = split_sentences(text)
    assert sentences
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_sentences_glued_without_a_space_are_still_split():
    assert texts("Troops went to Ukraine.The agency said so. See kbs.co.kr.") == [
        "Troops went to Ukraine.",
        "The agency said so.",
        "See kbs.co.kr.",
    ]


def test_a_chronology_that_lost_its_line_breaks_starts_an_entry_at_each_date_heading():
    text = (
        "23 Dec : Two bombs hit security buildings in Damascus 6 Jan : Car bomb in Damascus "
        "kills 26 10 February: Twin attacks on security compounds in Aleppo ."
    )
    assert texts(text) == [
        "23 Dec : Two bombs hit security buildings in Damascus",
        "6 Jan : Car bomb in Damascus kills 26",
        "10 February: Twin attacks on security compounds in Aleppo .",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He said on 5 May : we will go .",
        "The deadline runs until 10 April: talks must end .",
        "Troops arrived 5 May in the city .",
        "The minister said on Monday 8 August : we will go .",
    ],
)
def test_a_date_a_word_governs_starts_no_chronology_entry(text):
    assert texts(text) == [text]


def test_bullet_points_glued_together_are_sentences_of_their_own():
    text = (
        "More than 5,000 civilians have been killed , says the UN More than 400 killed since "
        "the start of the mission Despite the monitors , the shelling continued Two people died ."
    )
    assert texts(text, "en") == [
        "More than 5,000 civilians have been killed , says the UN",
        "More than 400 killed since the start of the mission",
        "Despite the monitors , the shelling continued",
        "Two people died .",
    ]


def test_a_caption_byline_or_headline_glued_to_the_text_is_a_sentence_of_its_own():
    text = (
        "By Anna Reid BBC News , Beirut The army began an 18-hour bombardment Some accounts "
        "say rebel fighters attacked a checkpoint '' At least 40 people were killed A second "
        "blast hit Homs ."
    )
    assert texts(text, "en") == [
        "By Anna Reid BBC News , Beirut",
        "The army began an 18-hour bombardment",
        "Some accounts say rebel fighters attacked a checkpoint ''",
        "At least 40 people were killed A second blast hit Homs .",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He lives in The Hague and writes for The Times of London .",
        "Children short of vitamin A are more often ill .",
        "Team A won the final .",
        "Mr Cameron told Channel Five news that he would go .",
        "21 December 2011 Last updated at 04:27 GMT Scores of people have been killed .",
        "Syrian Army Shells Homs After the Collapse of the Ceasefire",
        "The first convoy reached the city of The next morning .",
        "Die Armee hat In der Nacht Dörfer beschossen .",
    ],
)
def test_a_name_a_label_or_another_language_starts_no_glued_sentence(text):
    assert texts(text, "de" if text.startswith("Die") else "en") == [text]


def test_an_arabic_comma_does_not_end_a_sentence():
    text = "خسرت كوريا الشمالية نحو 2000 جندي، بحسب نائب كوري جنوبي. وقال النائب ذلك."
    assert len(split_sentences(text, "ar")) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hr", "Sjeverna Koreja 8. listopada poslala je vojnike. Rusija to ne komentira."),
        ("sr", "Rat je počeo 24. februara 2022. godine u zoru. Trajao je dugo."),
        ("lv", "Karavīri 2024. gada oktobrī ieradās Kurskā. Tā vēsta mediji."),
    ],
    ids=["hr-day", "sr-day-and-year", "lv-year"],
)
def test_an_ordinal_day_or_year_with_a_full_stop_does_not_end_a_sentence(lang, text):
    assert len(split_sentences(text, lang)) == 2


def test_an_ordinal_rejoin_keeps_the_cut_where_the_sentence_really_ends():
    text = "Sjeverna Koreja 8. listopada poslala je vojnike. Rusija šuti."
    assert [s.text for s in split_sentences(text, "hr")] == [
        "Sjeverna Koreja 8. listopada poslala je vojnike.",
        "Rusija šuti.",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("병력이 운집하고 있다. 2024.10.16./사진=국정원", "ko",
         ["병력이 운집하고 있다. 2024.10.16.", "/사진=국정원"]),
        ("Москва. 16.10.2024. Северная Корея отправила войска.", "ru",
         ["Москва.", "16.10.2024.", "Северная Корея отправила войска."]),
        ("Team A won. 3-1-2.", "en", ["Team A won.", "3-1-2."]),
    ],
)
def test_a_caption_date_joins_its_caption_and_nothing_else_joins(text, lang, expected):
    assert [s.text for s in split_sentences(text, lang)] == expected
