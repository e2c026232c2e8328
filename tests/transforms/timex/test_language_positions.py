"""Start, middle and end of a month, and counts of time, as news in each language writes
them; read against the fixed anchor 2024-10-18. The sentences were written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")

# (language, sentence, expression text, value, mod)
POSITIONS = [
    ("ru", "Войска прибыли в конце августа.", "конце августа", "2024-08", "END"),
    ("ru", "До конца октября они прибудут на фронт.", "конца октября", "2024-10", "END"),
    ("ru", "В начале ноября их отправят в Курск.", "начале ноября", "2024-11", "START"),
    ("uk", "Наприкінці серпня війська прибули.", "Наприкінці серпня", "2024-08", "END"),
    ("uk", "На початку листопада вони прибудуть.", "початку листопада", "2024-11", "START"),
    ("de", "Anfang November sollen sie kämpfen.", "Anfang November", "2024-11", "START"),
    ("de", "Mitte August begann der Vorstoß.", "Mitte August", "2024-08", "MID"),
    ("fr", "Ils sont arrivés fin octobre.", "fin octobre", "2024-10", "END"),
    ("fr", "À la mi-août, l'Ukraine a attaqué.", "mi-août", "2024-08", "MID"),
    ("es", "A finales de agosto llegaron.", "finales de agosto", "2024-08", "END"),
    ("it", "Ai primi di novembre combatteranno.", "primi di novembre", "2024-11", "START"),
    ("pt", "No final de agosto chegaram.", "final de agosto", "2024-08", "END"),
    ("id", "Pada akhir Agustus pasukan tiba.", "akhir Agustus", "2024-08", "END"),
    ("ko", "8월 말에 병력이 도착했다.", "8월 말", "2024-08", "END"),
    ("ko", "11월 초 파병된다.", "11월 초", "2024-11", "START"),
    ("pt", "No início de novembro chegarão.", "início de novembro", "2024-11", "START"),
    ("pt", "Em meados de agosto chegaram.", "meados de agosto", "2024-08", "MID"),
    ("pt", "No começo de novembro chegarão.", "começo de novembro", "2024-11", "START"),
    ("lv", "Augusta sākumā Ukrainas vienības iebruka.", "Augusta sākumā", "2024-08", "START"),
    ("lv", "Augusta vidū karavīri ieradās.", "Augusta vidū", "2024-08", "MID"),
    ("lv", "Oktobra beigās karavīri ieradās.", "Oktobra beigās", "2024-10", "END"),
    ("hr", "Početkom kolovoza vojska je ušla.", "Početkom kolovoza", "2024-08", "START"),
    ("hr", "Sredinom kolovoza vojska je ušla.", "Sredinom kolovoza", "2024-08", "MID"),
    ("hr", "Do kraja listopada vojska će ući.", "kraja listopada", "2024-10", "END"),
    ("sr", "Krajem oktobra vojnici su stigli.", "Krajem oktobra", "2024-10", "END"),
    ("sr", "Почетком августа војска је ушла.", "Почетком августа", "2024-08", "START"),
    ("te", "ఆగస్టు ప్రారంభంలో సైనికులు వచ్చారు.", "ఆగస్టు ప్రారంభంలో", "2024-08",
     "START"),
    ("te", "నవంబర్ మధ్యలో సైనికులు వస్తారు.", "నవంబర్ మధ్యలో", "2024-11", "MID"),
    ("te", "ఆగస్టు చివర్లో సైనికులు వచ్చారు.", "ఆగస్టు చివర్లో", "2024-08", "END"),
]


@pytest.mark.parametrize("lang, sentence, expression, value, mod", POSITIONS,
                         ids=[f"{c[0]}-{c[2]}" for c in POSITIONS])
def test_a_month_framed_by_a_position_word_carries_its_mod(lang, sentence, expression, value,
                                                           mod):
    found = [(t.text, t.value, t.mod) for t in tag_timexes(sentence, ANCHOR, lang)]
    assert found == [(expression, value, mod)]


def test_a_plain_month_has_no_position():
    found = tag_timexes("Im August kamen sie an.", ANCHOR, "de")
    assert [(t.text, t.mod) for t in found] == [("August", None)]


@pytest.mark.parametrize("sentence, value", [
    ("11월에 파병된다.", "2024-11"),
    ("12월에 파병된다.", "2024-12"),
], ids=["november", "december"])
def test_a_korean_two_digit_month_is_not_a_day_of_another_month(sentence, value):
    assert [t.value for t in tag_timexes(sentence, ANCHOR, "ko")] == [value]


# (language, sentence, expression text, type, value)
COUNTS = [
    ("uk", "Вони тренувалися три тижні.", "три тижні", "DURATION", "P3W"),
    ("uk", "Це сталося три дні тому.", "три дні тому", "DATE", "2024-10-15"),
    ("ru", "Они тренировались две недели.", "две недели", "DURATION", "P2W"),
    ("ru", "Это случилось несколько дней назад.", "несколько дней назад", "DATE", "PAST_REF"),
    ("de", "Sie trainierten drei Wochen lang.", "drei Wochen", "DURATION", "P3W"),
    ("de", "Das geschah vor drei Tagen.", "vor drei Tagen", "DATE", "2024-10-15"),
    ("fr", "Ils se sont entraînés pendant trois semaines.", "trois semaines", "DURATION",
     "P3W"),
    ("fr", "Il y a deux jours, ils sont arrivés.", "Il y a deux jours", "DATE", "2024-10-16"),
    ("es", "Hace tres días llegaron.", "Hace tres días", "DATE", "2024-10-15"),
    ("it", "Si sono addestrati per due settimane.", "due settimane", "DURATION", "P2W"),
    ("id", "Selama dua minggu pasukan berlatih.", "dua minggu", "DURATION", "P2W"),
    ("ko", "병력은 3개월 동안 훈련했다.", "3개월", "DURATION", "P3M"),
]


@pytest.mark.parametrize("lang, sentence, expression, kind, value", COUNTS,
                         ids=[f"{c[0]}-{c[2]}" for c in COUNTS])
def test_counts_written_as_words_and_korean_months_are_read(lang, sentence, expression, kind,
                                                            value):
    found = [(t.text, t.type, t.value) for t in tag_timexes(sentence, ANCHOR, lang)]
    assert found == [(expression, kind, value)]


@pytest.mark.parametrize("sentence, expected", [
    ("Setiap minggu ada serangan.", []),
    ("Pasukan tiba pada hari Minggu.", [("Minggu", "2024-10-13")]),
    ("Pasukan tiba pada hari minggu.", [("minggu", "2024-10-13")]),
    ("Pasukan tiba minggu lalu.", [("minggu lalu", "2024-W41")]),
], ids=["week-is-not-sunday", "capitalized-sunday", "hari-minggu", "last-week"])
def test_indonesian_minggu_is_a_week_unless_it_names_the_day(sentence, expected):
    assert [(t.text, t.value) for t in tag_timexes(sentence, ANCHOR, "id")] == expected


def test_a_word_that_only_contains_a_count_is_not_one():
    assert tag_timexes("Der Zweig brach.", ANCHOR, "de") == []


# (language, sentence, value): the same weekday or month read ahead or back by the verb
TENSES = [
    ("ru", "Войска будут в Курске в понедельник.", "2024-10-21"),
    ("ru", "Об этом сообщили в январе.", "2024-01"),
    ("ru", "Ожидается, что войска прибудут в январе.", "2025-01"),
    ("uk", "Військові прибули в понеділок.", "2024-10-14"),
    ("uk", "Солдатів планують відправити у січні.", "2025-01"),
    ("de", "Die Truppen sollen am Montag eintreffen.", "2024-10-21"),
    ("de", "Die Soldaten kamen am Montag an.", "2024-10-14"),
    ("fr", "Les troupes arriveront lundi.", "2024-10-21"),
    ("es", "Las tropas llegarán el lunes.", "2024-10-21"),
    ("it", "Le truppe arriveranno lunedì.", "2024-10-21"),
    ("id", "Pasukan akan tiba pada hari Senin.", "2024-10-21"),
    ("ko", "북한군은 월요일에 도착할 예정이다.", "2024-10-21"),
    ("ko", "북한군은 월요일에 도착했다.", "2024-10-14"),
    ("en", "The war will end by Monday.", "2024-10-21"),
    ("pt", "As tropas chegarão no sábado.", "2024-10-19"),
    ("hr", "Vojnici će stići u subotu.", "2024-10-19"),
    ("hr", "Vojnici su stigli u siječnju.", "2024-01"),
    ("sr", "Vojnici će stići u subotu.", "2024-10-19"),
    ("sr", "Vojnici će stići u petak.", "2024-10-18"),
    ("hr", "Vojnici su stigli u petak.", "2024-10-18"),
    ("sr", "Војници ће стићи у суботу.", "2024-10-19"),
    ("lv", "Karavīri ieradīsies sestdien.", "2024-10-19"),
    ("lv", "Karavīri ieradās sestdien.", "2024-10-12"),
    ("lv", "Karavīri ieradīsies janvārī.", "2025-01"),
    ("te", "సైనికులు శనివారం వస్తారు.", "2024-10-19"),
    ("te", "సైనికులు శనివారం వచ్చారు.", "2024-10-12"),
]


@pytest.mark.parametrize("lang, sentence, value", TENSES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TENSES)])
def test_each_languages_own_tense_words_point_the_date(lang, sentence, value):
    assert [t.value for t in tag_timexes(sentence, ANCHOR, lang)] == [value]


def test_a_plural_noun_in_li_is_a_weaker_cue_than_may_arrive():
    text = "Перші підрозділи військовослужбовців можуть прибути у Курську область уже в середу."
    found = tag_timexes(text, Anchor(date(2024, 10, 22)), "uk")
    assert [(t.text, t.value) for t in found] == [("середу", "2024-10-23")]


# (language, sentence, expression text, value)
VAGUE = [
    ("ru", "Недавно войска прибыли.", "Недавно", "PAST_REF"),
    ("uk", "Незабаром війська прибудуть.", "Незабаром", "FUTURE_REF"),
    ("de", "Derzeit sind Truppen dort.", "Derzeit", "PRESENT_REF"),
    ("fr", "Bientôt, des troupes arriveront.", "Bientôt", "FUTURE_REF"),
    ("es", "Recientemente llegaron tropas.", "Recientemente", "PAST_REF"),
    ("it", "Di recente sono arrivate truppe.", "Di recente", "PAST_REF"),
    ("pt", "Em breve chegam tropas.", "Em breve", "FUTURE_REF"),
    ("id", "Baru-baru ini pasukan tiba.", "Baru-baru ini", "PAST_REF"),
    ("ko", "최근 병력이 도착했다.", "최근", "PAST_REF"),
]


@pytest.mark.parametrize("lang, sentence, expression, value", VAGUE,
                         ids=[f"{c[0]}-{c[2]}" for c in VAGUE])
def test_vague_past_present_and_future_words_are_references_without_a_date(lang, sentence,
                                                                          expression, value):
    found = [(t.text, t.value, t.begin_date) for t in tag_timexes(sentence, ANCHOR, lang)]
    assert found == [(expression, value, None)]


def test_a_word_that_starts_with_a_vague_word_is_not_one():
    assert tag_timexes("Der Baldachin ist neu.", ANCHOR, "de") == []
