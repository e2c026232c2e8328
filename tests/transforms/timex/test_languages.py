"""Dates as news in each language writes them, read against the fixed anchor 2024-10-18.

The patterns come from dateparser's locale data; these sentences were written for the tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")

# (language, sentence, expression text, value, precision)
CASES = [
    ("en", "Intelligence reported it on 17 October 2024.", "17 October 2024", "2024-10-17", "day"),
    ("en", "The agency said so yesterday.", "yesterday", "2024-10-17", "day"),
    ("uk", "Про це повідомили 17 жовтня 2024 року.", "17 жовтня 2024 року", "2024-10-17", "day"),
    ("uk", "У серпні ЗСУ увійшли в Курську область.", "серпні", "2024-08", "month"),
    ("uk", "Вчора розвідка заявила про це.", "Вчора", "2024-10-17", "day"),
    ("uk", "Минулого тижня війська прибули.", "Минулого тижня", "2024-W41", "week"),
    ("uk", "Це сталося 3 дні тому.", "3 дні тому", "2024-10-15", "day"),
    # a past reporting verb next to the date outweighs a modal later in the sentence
    ("uk", "12 жовтня ISW повідомляв, що солдатів КНДР можуть перекинути в Україну.", "12 жовтня",
     "2024-10-12", "day"),
    ("ru", "Об этом сообщили 17 октября 2024 года.", "17 октября 2024 года", "2024-10-17", "day"),
    ("ru", "В августе ВСУ вошли в Курскую область.", "августе", "2024-08", "month"),
    ("ru", "Вчера разведка заявила об этом.", "Вчера", "2024-10-17", "day"),
    ("ru", "На прошлой неделе войска прибыли.", "На прошлой неделе", "2024-W41", "week"),
    ("ru", "Это случилось 3 дня назад.", "3 дня назад", "2024-10-15", "day"),
    ("de", "Das meldete der Geheimdienst am 17. Oktober 2024.", "17. Oktober 2024", "2024-10-17",
     "day"),
    ("de", "Im August drangen ukrainische Truppen ein.", "August", "2024-08", "month"),
    ("de", "Gestern erklärte der Geheimdienst das.", "Gestern", "2024-10-17", "day"),
    ("de", "Letzte Woche kamen die Soldaten an.", "Letzte Woche", "2024-W41", "week"),
    ("de", "Das geschah vor 3 Tagen.", "vor 3 Tagen", "2024-10-15", "day"),
    ("fr", "Le renseignement l'a annoncé le 17 octobre 2024.", "17 octobre 2024", "2024-10-17",
     "day"),
    ("fr", "En août, l'Ukraine a lancé une incursion.", "août", "2024-08", "month"),
    ("fr", "Hier, le renseignement a déclaré cela.", "Hier", "2024-10-17", "day"),
    ("fr", "La semaine dernière, les soldats sont arrivés.", "La semaine dernière", "2024-W41",
     "week"),
    ("fr", "Il y a 3 jours, ils sont arrivés.", "Il y a 3 jours", "2024-10-15", "day"),
    ("es", "La inteligencia lo anunció el 17 de octubre de 2024.", "17 de octubre de 2024",
     "2024-10-17", "day"),
    ("es", "En agosto, Ucrania lanzó una incursión.", "agosto", "2024-08", "month"),
    ("es", "Ayer, la inteligencia declaró esto.", "Ayer", "2024-10-17", "day"),
    ("es", "La semana pasada llegaron los soldados.", "La semana pasada", "2024-W41", "week"),
    ("es", "Hace 3 días llegaron.", "Hace 3 días", "2024-10-15", "day"),
    ("it", "L'intelligence lo ha annunciato il 17 ottobre 2024.", "17 ottobre 2024",
     "2024-10-17", "day"),
    ("it", "Ad agosto l'Ucraina ha lanciato un'incursione.", "agosto", "2024-08", "month"),
    ("it", "Ieri l'intelligence ha dichiarato questo.", "Ieri", "2024-10-17", "day"),
    ("it", "Sono arrivati 3 giorni fa.", "3 giorni fa", "2024-10-15", "day"),
    ("ko", "국정원은 2024년 10월 17일 이같이 밝혔다.", "2024년 10월 17일", "2024-10-17", "day"),
    ("ko", "우크라이나는 8월에 쿠르스크로 진입했다.", "8월", "2024-08", "month"),
    ("ko", "어제 국정원이 발표했다.", "어제", "2024-10-17", "day"),
    ("ko", "지난주 병력이 도착했다.", "지난주", "2024-W41", "week"),
    ("ko", "3일 전 도착했다.", "3일 전", "2024-10-15", "day"),
    ("pt", "As tropas chegaram a 17 de outubro de 2024.", "17 de outubro de 2024", "2024-10-17",
     "day"),
    ("pt", "Em agosto de 2024, a Ucrânia avançou.", "agosto de 2024", "2024-08", "month"),
    ("pt", "As tropas chegaram no sábado.", "sábado", "2024-10-12", "day"),
    ("pt", "Ontem as tropas chegaram.", "Ontem", "2024-10-17", "day"),
    ("lv", "Karavīri ieradās 2024. gada oktobrī.", "2024. gada oktobrī", "2024-10", "month"),
    ("lv", "Karavīri ieradās 2024. gada 17. oktobrī.", "2024. gada 17. oktobrī", "2024-10-17",
     "day"),
    ("lv", "Karavīri ieradās 17. oktobrī.", "17. oktobrī", "2024-10-17", "day"),
    ("lv", "Augustā Ukrainas vienības iebruka.", "Augustā", "2024-08", "month"),
    ("lv", "Sestdien karavīri ieradās.", "Sestdien", "2024-10-12", "day"),
    ("lv", "Karavīri ieradās 2023. gadā.", "2023. gadā", "2023", "year"),
    ("hr", "Vojnici su stigli 17. listopada 2024.", "17. listopada 2024", "2024-10-17", "day"),
    ("hr", "Vojnici su stigli u kolovozu 2024.", "kolovozu 2024", "2024-08", "month"),
    ("hr", "Vojnici su stigli u subotu.", "subotu", "2024-10-12", "day"),
    ("hr", "Vojnici su stigli u srijedu.", "srijedu", "2024-10-16", "day"),
    ("hr", "Vojnici su stigli u četvrtak.", "četvrtak", "2024-10-17", "day"),
    ("sr", "Vojnici su stigli u avgustu 2024.", "avgustu 2024", "2024-08", "month"),
    ("sr", "Vojnici su stigli 17. oktobra 2024. godine.", "17. oktobra 2024", "2024-10-17",
     "day"),
    ("sr", "Vojnici su stigli u subotu.", "subotu", "2024-10-12", "day"),
    ("sr", "Trupe su stigle 2023. godine.", "2023. godine", "2023", "year"),
    ("sr", "Војници су стигли у августу 2024.", "августу 2024", "2024-08", "month"),
    ("sr", "Војници су стигли 17. октобра 2024.", "17. октобра 2024", "2024-10-17", "day"),
    ("sr", "Војници су стигли у суботу.", "суботу", "2024-10-12", "day"),
    ("sr", "Vojnici su stigli u nedelju.", "nedelju", "2024-10-13", "day"),
    ("sr", "Војници ће стићи у недељу.", "недељу", "2024-10-20", "day"),
    # Telugu: "the soldiers came on 17 October", "... in August", "... on Saturday".
    ("te", "సైనికులు అక్టోబర్ 17న వచ్చారు.", "అక్టోబర్ 17", "2024-10-17", "day"),
    ("te", "సైనికులు 17 అక్టోబర్ 2024న వచ్చారు.", "17 అక్టోబర్ 2024", "2024-10-17",
     "day"),
    ("te", "సైనికులు 2024 అక్టోబర్ 17న వచ్చారు.", "2024 అక్టోబర్ 17", "2024-10-17",
     "day"),
    ("te", "సైనికులు ఆగస్టులో వచ్చారు.", "ఆగస్టు", "2024-08", "month"),
    ("te", "సైనికులు అక్టోబరు 2024లో వచ్చారు.", "అక్టోబరు 2024", "2024-10", "month"),
    ("te", "సైనికులు 2024 అక్టోబర్\u200cలో వచ్చారు.", "2024 అక్టోబర్", "2024-10",
     "month"),
    ("te", "సైనికులు శనివారం వచ్చారు.", "శనివారం", "2024-10-12", "day"),
    ("te", "సైనికులు 2023లో వచ్చారు.", "2023", "2023", "year"),
]


@pytest.mark.parametrize("lang, sentence, expression, value, precision", CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_news_dates_resolve_in_each_language(lang, sentence, expression, value, precision):
    found = tag_timexes(sentence, ANCHOR, lang)
    matching = [t for t in found if t.text == expression]
    assert matching, f"{expression!r} not found in {[t.text for t in found]}"
    timex = matching[0]
    assert (timex.value, timex.precision) == (value, precision)
    assert sentence[timex.start:timex.end] == expression


@pytest.mark.parametrize("lang, sentence", [
    ("uk", "Вони будуть готові до 1 листопада."),
    ("ru", "Они будут готовы к 1 ноября."),
    ("de", "Sie werden bis zum 1. November bereit sein."),
], ids=["uk", "ru", "de"])
def test_a_future_deadline_without_year_is_the_coming_one_not_last_years(lang, sentence):
    values = [t.value for t in tag_timexes(sentence, ANCHOR, lang)]
    assert values == ["2024-11-01"]


@pytest.mark.parametrize("lang, sentence, expression, value", [
    ("uk", "Навчання триватимуть 3 тижні.", "3 тижні", "P3W"),
    ("ru", "Контракт заключён на 5 лет.", "5 лет", "P5Y"),
    ("de", "Die Übung dauerte 48 Stunden.", "48 Stunden", "PT48H"),
    ("fr", "L'exercice a duré 2 semaines.", "2 semaines", "P2W"),
    ("es", "El ejercicio duró 3 meses.", "3 meses", "P3M"),
    ("it", "L'esercitazione è durata 10 giorni.", "10 giorni", "P10D"),
    ("ko", "훈련은 3주 동안 진행됐다.", "3주", "P3W"),
], ids=["uk", "ru", "de", "fr", "es", "it", "ko"])
def test_durations_with_digits_use_the_locale_unit_words(lang, sentence, expression, value):
    found = [(t.text, t.type, t.value) for t in tag_timexes(sentence, ANCHOR, lang)]
    assert (expression, "DURATION", value) in found


@pytest.mark.parametrize("lang, sentence, expression, value", [
    ("ko", "북한은 2023년 8월 이같이 발표했다.", "2023년 8월", "2023-08"),
    ("zh", "朝鲜军队2023年8月抵达。", "2023年8月", "2023-08"),
    ("it", "Il vertice si terrà il 1° novembre 2024.", "1° novembre 2024", "2024-11-01"),
], ids=["ko year-month", "zh year-month", "it 1°"])
def test_year_month_and_ordinal_day_forms(lang, sentence, expression, value):
    found = {t.text: t.value for t in tag_timexes(sentence, ANCHOR, lang)}
    assert found.get(expression) == value, found


@pytest.mark.parametrize("lang, sentence, expression, value", [
    ("hr", "Vojnici moraju stići do petka.", "petka", "2024-10-18"),
    ("hr", "Vojnici moraju stići do 1. studenoga.", "1. studenoga", "2024-11-01"),
    ("sr", "Vojnici će stići do 1. novembra.", "1. novembra", "2024-11-01"),
    ("lv", "Karavīri ieradīsies līdz 1. novembrim.", "1. novembrim", "2024-11-01"),
    ("pt", "As tropas chegarão até 1 de novembro.", "1 de novembro", "2024-11-01"),
], ids=["hr do petka", "hr do 1. studenoga", "sr do 1. novembra", "lv līdz", "pt até"])
def test_croatian_serbian_do_latvian_lidz_portuguese_ate_are_deadlines(lang, sentence, expression,
                                                                     value):
    found = [(t.text, t.value, t.mod) for t in tag_timexes(sentence, ANCHOR, lang)]
    assert found == [(expression, value, "ON_OR_BEFORE")]


def test_portuguese_do_is_of_the_not_a_deadline():
    found = tag_timexes("O ataque do sábado foi forte.", ANCHOR, "pt")
    assert [(t.text, t.mod) for t in found] == [("sábado", None)]


@pytest.mark.parametrize("lang, sentence, value, mod", [
    ("hr", "Vojnici su stigli u subotu.", "XXXX-WXX-6", None),
    ("sr", "Војници су стигли у суботу.", "XXXX-WXX-6", None),
    ("lv", "Augusta sākumā karavīri iebruka.", "XXXX-08", "START"),
    ("te", "సైనికులు శనివారం వచ్చారు.", "XXXX-WXX-6", None),
], ids=["hr subotu", "sr суботу", "lv augusta sākumā", "te శనివారం"])
def test_without_an_anchor_a_weekday_or_month_stays_unresolved(lang, sentence, value, mod):
    found = tag_timexes(sentence, None, lang)
    assert [(t.value, t.mod, t.is_resolved, t.begin_date) for t in found] == [
        (value, mod, False, None)]


def test_a_latvian_month_name_capitalized_mid_sentence_is_a_persons_name():
    found = tag_timexes("Par to ziņoja Maija Ozola no Rīgas.", ANCHOR, "lv")
    assert found == []


def test_serbian_nedelju_dana_is_a_week_not_sunday():
    # "nedelja" is Sunday and also "week": Sunday only after "u" and not before "dana".
    assert tag_timexes("Vojnici su tamo nedelju dana.", ANCHOR, "sr") == []
    assert tag_timexes("Vojnici su bili u nedelju dana obuke.", ANCHOR, "sr") == []


def test_a_language_dateparser_does_not_know_still_gets_digit_dates():
    found = tag_timexes("xx 2024-10-17 yy", ANCHOR, "zz-unknown")
    assert [t.value for t in found] == ["2024-10-17"]


def test_an_abbreviation_that_is_also_a_word_is_not_a_weekday():
    # "серед" (among) is dateparser's abbreviation of "середа" (Wednesday).
    found = tag_timexes("Серед загиблих є військові.", ANCHOR, "uk")
    assert found == []


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Среди погибших есть военные, ракета средней дальности."),
    ("ru", "Четверть населения уехала."),
    ("uk", "У середині дня ракета впала."),
], ids=["ru среди", "ru четверть", "uk середині"])
def test_words_that_start_like_weekdays_are_not_weekdays(lang, sentence):
    assert [t.text for t in tag_timexes(sentence, ANCHOR, lang)] == []


def test_text_labelled_bosnian_reads_dates_with_the_serbian_names():
    # py3langid often labels Serbian Latin text "bs"; the event words do the same
    found = tag_timexes("Vojnici su stigli 5. avgusta 2024. godine.", ANCHOR, "bs")
    assert [t.value for t in found] == ["2024-08-05"]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("lv", "Maija Ozola teica, ka karavīri ieradās.", []),  # a first name and surname
        ("sr", "Marta Kos je rekla da su vojnici stigli.", []),
        ("lv", "Oktobrī Krievija nosūtīja karavīrus.", ["2024-10"]),  # a month, then a country
        ("sr", "Vojnici su stigli 5. marta.", ["2024-03-05"]),
    ],
)
def test_a_month_form_that_is_a_first_name_before_a_surname_is_the_name(lang, text, values):
    assert [t.value for t in tag_timexes(text, ANCHOR, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "weekday"),
    [
        ("lv", "Karavīri Eiropas valstīs pirmdien.", "pirmdien"),  # valstīs: "in the states"
        ("te", "అధికారులు శనివారం చెప్పలేదు.", "శనివారం"),  # అధికారులు: "officials"
        ("hr", "U subotu sela su mirna.", "subotu"),  # sela: "villages"
    ],
)
def test_nouns_ending_like_a_tense_are_no_tense_cue(lang, text, weekday):
    from transforms.timex.direction import clause_direction

    start = text.index(weekday)
    assert clause_direction(text, start, start + len(weekday), lang) is None
