"""Places: country, region and city, with the ISO-3 code of the country they lie in."""

from __future__ import annotations

import pytest

from transforms.events.places import event_places, find_places


def named(text: str, lang: str | None = None) -> list[tuple[str, str, str]]:
    return [(p.name, p.country, p.kind) for p in find_places(text, lang)]


def test_region_named_with_its_country_in_the_possessive():
    assert ("Kursk", "RUS", "region") in named("stationed in Russia's western Kursk region")


def test_bali_is_the_indonesian_island_not_the_indian_town():
    assert named("bombs in Bali killed 200", "en") == [("Bali", "IDN", "region")]


def test_eastern_russia_is_a_region_of_russia():
    assert named("troops training in eastern Russia") == [("eastern Russia", "RUS", "region")]


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("ships carried them to Vladivostok", "Vladivostok", "RUS"),
        ("a training ground in Ussuriysk", "Ussuriysk", "RUS"),
        ("an attack near Donetsk", "Donetsk", "UKR"),
        # "the Syrian capital" is the capital of the country its demonym names
        ("Heavy fighting broke out in the Syrian capital on Sunday.", "Damascus", "SYR"),
        ("An Arab League summit in the Iraqi capital on Thursday.", "Baghdad", "IRQ"),
        ("Talks were held in the Qatari capital Doha.", "Doha", "QAT"),
        ("Two bombs exploded in the Syrian capital Friday.", "Damascus", "SYR"),
    ],
)
def test_cities_come_from_the_gazetteer_with_the_most_populous_reading(text, city, country):
    assert named(text, "en") == [(city, country, "city")]


def test_a_country_counts_as_a_place_only_after_a_place_word():
    assert named("Russia denied it") == []
    assert named("troops arrived in Russia") == [("Russia", "RUS", "country")]


def test_a_first_name_that_is_also_a_city_is_not_a_place():
    assert named("Russian President Vladimir Putin said") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Военные КНДР прибыли в Курскую область."),
        ("ru", "Бои идут на курском направлении."),
        ("uk", "Солдати КНДР можуть прибути в Курську область."),
        ("uk", "Бої тривають на Курському напрямку."),
        ("ko", "북한군이 쿠르스크에 도착했다."),
        ("fr", "Ils sont arrivés dans la région de Koursk."),
        ("pt", "Os soldados chegaram à região de Kursk."),
        ("lv", "Karavīri ieradās Kurskas apgabalā."),
        ("hr", "Vojnici su stigli u regiju Kursk."),
        ("hr", "Borbe se vode u Kurskoj oblasti."),
        ("sr", "Vojnici su proterani iz poslednjeg dela Kurske regije."),
        ("sr", "Војници су стигли у Курску област."),
        ("te", "సైనికులు కుర్స్క్ ప్రాంతానికి చేరుకున్నారు."),
        ("de", "Soldaten kämpfen in der russischen Grenzregion Kursk."),
        ("de", "Soldaten kämpfen im Gebiet Kursk."),
    ],
)
def test_kursk_region_in_other_languages(lang, text):
    assert ("Kursk", "RUS", "region") in named(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("hr", "Vojnici su stigli u Rusiju.", ("Russia", "RUS", "country")),
        ("sr", "Војници су у Русији.", ("Russia", "RUS", "country")),
        ("pt", "Os soldados norte-coreanos estão em Kursk.", ("Kursk", "RUS", "city")),
    ],
)
def test_place_words_of_croatian_serbian_and_portuguese(lang, text, place):
    assert named(text, lang) == [place]


def test_a_portuguese_article_before_a_country_is_no_place_word():
    text = "Segundo Kyiv, a Rússia enviou tropas para a Ucrânia."
    assert named(text, "pt") == [("Ukraine", "UKR", "country")]


def test_a_capital_named_as_an_opponent_is_not_the_place_of_the_event():
    assert named("preparing to deploy soldiers in the fight against Kyiv") == []


def test_an_origin_is_not_the_place_of_the_event():
    assert named("carried 1,500 troops from Chongjin") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "at least 300 soldiers of Pyongyang were killed"),
        ("it", "è già costata la vita ad almeno 300 militari di Pyongyang"),
        ("es", "murieron 300 soldados de Pyongyang"),
    ],
)
def test_whose_soldiers_they_are_is_not_where_they_are(lang, text):
    assert named(text, lang) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Across Syria, 24 people were killed", "Syria"),
        ("North Korean Troops Arrive In Kursk", "Kursk"),
        ("In Kyiv, officials counted the dead", "Kyiv"),
    ],
)
def test_a_capitalised_place_word_opening_a_sentence_or_in_a_headline(text, place):
    assert [name for name, _, _ in named(text)] == [place]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("the potential of North Korea sending more troops", []),
        ("the involvement of Russia in the war", []),
        ("a plan to prevent North Korea's involvement", []),
        ("on the outskirts of Kyiv", ["Kyiv"]),
        ("40 km north of Kharkiv", ["Kharkiv"]),
        ("during their attempted invasion of Kursk", ["Kursk"]),
        ("protesters shouted in the Bab Tadmur neighborhood of Homs", ["Homs"]),
        ("fighting on the western side of Damascus", ["Damascus"]),
        ("its invasion and annexation of Kuwait", ["Kuwait"]),
        ("the shelling of the opposition stronghold of Homs", ["Homs"]),
        ("Vladimir Putin visited Pyongyang in June", ["Pyongyang"]),
        ("Mr Li 's visit is Beijing 's latest attempt", []),
    ],
)
def test_of_is_a_place_word_only_after_a_part_of_a_place_or_its_taking(text, places):
    assert [name for name, _, _ in named(text)] == places


def test_the_article_a_is_no_place_word():
    assert named("A Russia-backed group said so") == []


def test_cities_in_scripts_without_capitals_are_found():
    assert ("Ussuriysk", "RUS", "city") in named("러시아 우수리스크 군사 시설 훈련장", "ko")


def test_where_a_statement_is_made_is_not_where_its_events_happen():
    from transforms.events.extract import extract_event_mentions

    text = "Speaking in Brussels, Rutte said North Korean troops had been deployed to Kursk."
    mentions = extract_event_mentions("d", text, [], None, "en")
    assert [(m["location"], m["actor1"], m["actor2"]) for m in mentions] == [
        ("Kursk", "PRK", "RUS")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As tropas chegaram a Kursk.", [("Kursk", "city")]),
        ("Os soldados foram enviados a Vladivostok.", [("Vladivostok", "city")]),
        ("Segundo Kyiv, a Rússia enviou tropas.", []),
    ],
)
def test_portuguese_a_before_a_city_is_to_and_before_a_country_its_article(text, expected):
    assert [(p.name, p.kind) for p in find_places(text, "pt")] == expected


def test_a_place_after_said_and_a_noun_is_where_the_events_happen():
    text = "Zelensky said troops in the Kursk region were surrounded."
    assert [p.name for p in event_places(text, find_places(text))] == ["Kursk"]


@pytest.mark.parametrize(
    "text",
    [
        "According to US and South Korean officials, 10,000 soldiers have been sent.",
        "the data of a US military official",
        "in an Iranian drone attack",
        "Italy is a staunch US ally",
    ],
)
def test_a_source_or_a_modifier_is_no_place(text):
    assert named(text) == []


def test_a_city_after_a_or_an_is_still_a_place():
    assert named("A missile hit a building in a Kyiv suburb.") == [("Kyiv", "UKR", "city")]


@pytest.mark.parametrize(
    "text",
    [
        "11,000 North Korean troops are stationed in the area to support Moscow.",
        "According to Kyiv's security services, the troops moved.",
    ],
    ids=["ally-after-a-verb", "capital-owning-an-office"],
)
def test_a_capital_standing_for_its_government_is_no_place(text):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Government forces stormed Hama on Tuesday.", "Ḩamāh"),
        ("Syrian troops shelled Homs for a fifth day.", "Homs"),
        ("Russian forces struck Kharkiv overnight.", "Kharkiv"),
        ("The regime's assault on Homs continued.", "Homs"),
        ("Troops continued attacks on the city of Aleppo.", "Aleppo"),
    ],
)
def test_a_city_struck_by_the_blow_before_it_is_where_the_event_happens(text, place):
    assert [p[0] for p in named(text)] == [place]


def test_a_country_after_a_verb_of_sanction_is_its_target_not_a_place():
    assert named("The Arab League voted to suspend Syria.") == []


_SYRIA = frozenset({"SYR"})


def test_a_town_is_a_place_in_an_article_that_names_its_country():
    assert [p.country for p in find_places("Protests began in Deraa.", "en", _SYRIA)] == ["SYR"]


def test_a_town_of_a_country_the_article_never_names_is_no_place():
    assert find_places("Protests began in Deraa.", "en") == []


@pytest.mark.parametrize(
    "text",
    ["The talks resumed in March.", "They met at the Palestine hotel.", "Elections in Lebanon."],
    ids=["month", "building", "country-name"],
)
def test_a_month_a_building_or_a_country_is_no_town(text):
    towns = frozenset({"GBR", "USA", "SYR", "PSE"})
    assert [p.kind for p in find_places(text, "en", towns)] in ([], ["country"])


@pytest.mark.parametrize(
    "text", ["Officials met at the White House.", "Officials in Whitehall said so."]
)
def test_a_seat_of_government_is_no_city_that_geonames_gives_its_name(text):
    assert find_places(text, "en") == []


def test_where_a_reporter_is_is_not_where_the_news_happens():
    text = "The BBC's Jim Muir in Beirut says troops shelled Homs."
    assert [p.name for p in event_places(text, find_places(text))] == ["Homs"]


def test_witnesses_in_a_town_still_place_what_they_saw():
    text = "Witnesses in Homs said the assault had slowed."
    assert [p.name for p in event_places(text, find_places(text))] == ["Homs"]


def test_who_a_threat_is_posed_to_is_no_place():
    assert named("They warned of the danger posed to London by an invasion of Iraq.") == [
        ("Iraq", "IRQ", "country")
    ]


def test_who_territory_was_lost_to_is_no_place():
    assert named("Russia has reclaimed half of the territory initially lost to Kyiv.") == []


def test_the_city_a_withdrawal_leaves_is_its_place():
    assert [p.name for p in find_places("North Korean troops pull back from Kursk.")] == ["Kursk"]


def test_where_a_speaker_met_before_telling_reporters_is_no_event_place():
    text = (
        "Russia has been training the North Koreans, he told reporters following a meeting with "
        "Defense Secretary Lloyd Austin and their South Korean counterparts in Washington."
    )
    assert event_places(text, find_places(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters in Brussels, Zelensky said troops were deployed to Kursk.",
        "Putin told a press conference at the BRICS summit in Kazan that troops were in Kursk.",
    ],
)
def test_where_a_speaker_talks_to_the_press_is_no_event_place(text):
    assert [p.name for p in event_places(text, find_places(text))] == ["Kursk"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Britons blame the war for the London bombings.", "London"),
        ("It was shared by those who recall last year 's Madrid bombings.", "Madrid"),
        ("Two-thirds link the war to the July 7 London bombings.", "London"),
    ],
)
def test_a_town_that_names_an_event_after_a_determiner_is_where_it_happened(text, city):
    places = find_places(text, "en", frozenset({"GBR", "ESP"}))
    assert [p.name for p in places] == [city]


def test_a_town_name_that_is_an_english_word_opening_a_sentence_is_no_place():
    text = "From attacks on US forces it is clear that the towns are under the sway of rebels."
    assert find_places(text, "en", frozenset({"GBR"})) == []


def test_a_city_named_after_its_kind_and_a_comma_is_a_place():
    text = "Rebels took the Salah el-Din area of the country's most populous city, Aleppo, today."
    assert [p.name for p in find_places(text, "en")] == ["Aleppo"]


def test_a_leaders_name_before_administration_is_no_town():
    text = "Officials in the Bush administration said the attack in Baghdad was planned."
    assert [p.text for p in find_places(text, "en")] == ["Baghdad"]
