"""Actors: names, demonyms, possessives, capitals, agencies, people through titles."""

from __future__ import annotations

import pytest

from transforms.events.actors import find_actors, learn_people
from transforms.events.place_use import is_place_use


def coded(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(a.text, a.code) for a in find_actors(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent troops.", [("North Korea", "PRK")]),
        ("The DPRK denied it.", [("DPRK", "PRK")]),
        ("Pyongyang and Moscow signed a pact.", [("Pyongyang", "PRK"), ("Moscow", "RUS")]),
        ("North Korean soldiers arrived.", [("North Korean", "PRK")]),
        ("The Kremlin said nothing.", [("Kremlin", "RUS")]),
        ("The U.S. and NATO agreed.", [("U.S.", "USA"), ("NATO", "NATO")]),
        ("Seoul's NIS briefed lawmakers.", [("Seoul", "KOR"), ("NIS", "KOR")]),
        ("The UNSC condemned the killing.", [("UNSC", "UN")]),
        ("Russia vetoed the draft Security Council resolution.",
         [("Russia", "RUS"), ("Security Council resolution", "UN")]),
        # short names CLDR keeps only as alternatives: not only "Türkiye" and "United Kingdom"
        ("Turkey and Britain condemned Burma.",
         [("Turkey", "TUR"), ("Britain", "GBR"), ("Burma", "MMR")]),
    ],
    ids=["name", "alias", "capitals", "demonym", "metonym", "initialism-and-alliance", "agency",
         "security-council-initialism", "security-council-resolution", "short-names"],
)
def test_english_names_resolve_to_iso3(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Washington Times said the hearing was a farce.",
        "The Moscow Times reported the arrests.",
        "It was a Madrid-style attack on the transport network.",
        "The London bombers were to blame.",
        "Militants bombed the London Underground.",
        "Deaths were reported in the Damascus suburb of Irbin.",
        "The Muslim Council of Britain condemned the preacher.",
        "The Church of England opposed the war.",
    ],
)
def test_a_capital_in_a_title_a_comparison_or_naming_its_people_and_places_is_no_actor(text):
    assert coded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Private Johnson Beharry was awarded the Victoria Cross for bravery.",
        "Male soldiers were separated from the women.",
        "Sofia told reporters she had fled the shelling.",
    ],
)
def test_a_capital_that_more_often_names_something_else_is_no_actor(text):
    assert coded(text) == []


@pytest.mark.parametrize(
    "text",
    ["It could lead to a Libyan-style military intervention.", "an Iraq-style ground invasion"],
)
def test_a_country_in_a_comparison_is_no_actor(text):
    assert coded(text) == []


def test_us_in_lower_case_is_a_pronoun_not_a_country():
    assert coded("They told us nothing.") == []


def test_possessive_takes_the_sector_of_the_noun_it_governs():
    [actor] = find_actors("South Korea's intelligence agency confirmed it.")
    assert (actor.code, actor.sector) == ("KOR", "intelligence")


@pytest.mark.parametrize(
    ("text", "not_its_sector"),
    [
        ("The White House accused Syria of backing insurgents.", "rebels"),
        ("Egypt said the army should withdraw.", "military"),
        ("Clashes in Damascus since the rebels rose up.", "rebels"),
        ("Syria's anti-army protests spread.", "military"),
        ("Syria's Anti-Army protests spread.", "military"),
    ],
)
def test_a_sector_noun_outside_the_names_own_phrase_is_not_its_sector(text, not_its_sector):
    assert not_its_sector not in [a.sector for a in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Both Russia and North Korea deny any military personnel exchange.", "government"),
        ("US special forces raided the compound.", "military"),
        ("Syria's security forces fired on the crowd.", "military"),
        ("Iraqis are being killed by US and UK forces.", "military"),
        ("It is likely that the military from the DPRK is fighting in Kursk.", "military"),
    ],
)
def test_a_country_names_its_sector_with_its_own_words_only(text, sector):
    assert [a for a in find_actors(text) if a.code != "IRQ"][0].sector == sector


def test_a_sector_noun_after_another_names_possessive_is_that_names():
    russia, korea = find_actors("Troops went to Russia and South Korea's spy chief said so.")
    assert (russia.sector, korea.sector) == ("government", "intelligence")


def test_demonym_before_soldiers_is_military():
    [actor] = find_actors("Over 500 North Korean soldiers have arrived.")
    assert (actor.code, actor.sector) == ("PRK", "military")


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("de", "Nordkorea schickt Soldaten nach Russland.", ["PRK", "RUS"]),
        ("de", "Nordkoreanische Truppen kämpfen für die Ukraine.", ["PRK", "UKR"]),
        ("fr", "La Corée du Nord envoie des soldats en Russie.", ["PRK", "RUS"]),
        ("fr", "Des soldats nord-coréens sont en Ukraine.", ["PRK", "UKR"]),
        ("es", "Corea del Norte envió tropas a Rusia.", ["PRK", "RUS"]),
        ("it", "I soldati nordcoreani combattono in Ucraina.", ["PRK", "UKR"]),
        ("ru", "Северная Корея направила войска в Россию.", ["PRK", "RUS"]),
        ("ru", "Солдаты КНДР прибыли в Курскую область России.", ["PRK", "RUS"]),
        ("uk", "Північна Корея відправила війська до Росії.", ["PRK", "RUS"]),
        ("ko", "북한군이 러시아에 도착했다.", ["PRK", "RUS"]),
        ("id", "Korea Utara mengirim tentara ke Rusia.", ["PRK", "RUS"]),
        ("pt", "A Coreia do Norte enviou tropas para a Rússia.", ["PRK", "RUS"]),
        ("pt", "Soldados norte-coreanos lutam ao lado dos russos.", ["PRK", "RUS"]),
        ("lv", "Ziemeļkoreja nosūtīja karavīrus uz Krieviju.", ["PRK", "RUS"]),
        ("lv", "Ziemeļkorejas karavīri cīnās pret ukraiņiem.", ["PRK", "UKR"]),
        ("hr", "Sjeverna Koreja poslala je vojnike u Rusiju.", ["PRK", "RUS"]),
        ("hr", "Sjevernokorejski vojnici bore se protiv Ukrajine.", ["PRK", "UKR"]),
        ("sr", "Severna Koreja je poslala vojnike u Rusiju.", ["PRK", "RUS"]),
        ("sr", "Северна Кореја је послала војнике у Русију.", ["PRK", "RUS"]),
        ("sr", "Севернокорејски војници се боре против Украјине.", ["PRK", "UKR"]),
        ("te", "ఉత్తర కొరియా రష్యాకు సైనికులను పంపింది.", ["PRK", "RUS"]),
        ("te", "రష్యన్ సైన్యం ఉక్రెయిన్‌పై దాడి చేసింది.", ["RUS", "UKR"]),
    ],
    ids=[
        "de",
        "de-demonym",
        "fr",
        "fr-demonym",
        "es",
        "it",
        "ru-accusative",
        "ru-genitive",
        "uk-genitive",
        "ko-particles",
        "id",
        "pt",
        "pt-demonym",
        "lv-accusative",
        "lv-genitive-and-demonym",
        "hr-accusative",
        "hr-genitive",
        "sr-latin",
        "sr-cyrillic",
        "sr-cyrillic-genitive",
        "te-postposition",
        "te-demonym",
    ],
)
def test_country_actors_in_other_languages(lang, text, codes):
    assert [a.code for a in find_actors(text, lang)] == codes


def test_appositive_title_makes_the_person_an_actor_of_that_country():
    text = (
        "Ukraine's intelligence chief, Lt. Gen. Marko Petrenko, said so. Later Petrenko added more."
    )
    people = learn_people(text)
    assert people["Petrenko"] == ("UKR", "intelligence")
    later = [a for a in find_actors(text, people=people) if a.text == "Petrenko"]
    assert later and later[0].code == "UKR"


def test_title_before_a_name_makes_the_person_an_actor():
    people = learn_people("South Korean President Han Min Ho convened a meeting.")
    assert people["Han Min Ho"][0] == "KOR"


def test_name_followed_by_an_appositive_of_office_is_learnt():
    people = learn_people("Marko Petrenko, the head of the Ukrainian Defense Intelligence, spoke.")
    assert people["Petrenko"][0] == "UKR"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("UN-Arab League envoy Marko Tanner arrived in Damascus.", "Tanner", "UN"),
        ("UN Secretary-General Lee Hanwoo said so.", "Hanwoo", "UN"),
        ("NATO Secretary General Jens Holm said so.", "Holm", "NATO"),
        ("Russia's UN ambassador Ivan Petrov said so.", "Petrov", "RUS"),
    ],
    ids=["joint-envoy", "secretary-general", "nato-chief", "ambassador-to-the-body"],
)
def test_a_bodys_own_official_is_learnt_for_the_body(text, name, code):
    people = learn_people(text)
    assert people[name][0] == code
    assert "General" not in people and "Secretary" not in people


def test_a_surname_shared_by_two_countries_resolves_to_neither():
    text = (
        "North Korean leader Kim Jong Un spoke. South Korean Defense Minister Kim Yong Su replied."
    )
    people = learn_people(text)
    assert "Kim" not in people
    assert people["Kim Jong Un"][0] == "PRK"


def actors_named(text: str) -> list[tuple[str, str]]:
    return [(a.text, a.code) for a in find_actors(text, people=learn_people(text))]


def test_the_north_and_the_south_are_the_koreas_an_article_has_named():
    text = (
        "South Korea's spy agency said North Korea sent troops. Neither the North nor Russia has "
        "recognized it, the South's lawmakers said."
    )
    assert ("the North", "PRK") in actors_named(text)
    assert ("South", "KOR") not in actors_named(text)
    assert ("the South", "KOR") in actors_named(text)


def test_the_north_is_nobody_in_an_article_that_names_no_northern_country():
    assert actors_named("Rebels hold the North, Syria's army said.") == [("Syria", "SYR")]


def test_the_north_before_a_name_is_part_of_that_name():
    text = "North Korea sent troops; the North Korean troops face the North Atlantic alliance."
    assert ("the North", "PRK") not in actors_named(text)
    assert ("North Korean", "PRK") in actors_named(text)


def test_a_country_named_bare_is_its_government():
    [actor] = find_actors("Russia denied the reports.")
    assert (actor.code, actor.sector) == ("RUS", "government")


def test_a_lowercase_word_spelled_like_a_country_is_not_that_country():
    assert [a.code for a in find_actors("Кроме того, Россия поблагодарила КНДР.", "ru")] == [
        "RUS",
        "PRK",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Украинские войска атаковали российские войска."),
        ("uk", "Українські війська атакували російські війська."),
    ],
)
def test_a_lower_case_demonym_is_not_hidden_by_the_country_name_sharing_its_stem(lang, text):
    found = [(a.code, a.kind, a.sector) for a in find_actors(text, lang)]
    assert found == [("UKR", "demonym", "military"), ("RUS", "demonym", "military")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian forces shelled Homs.", [("Syrian", "SYR", "military")]),
        ("Iraqi police said so.", [("Iraqi", "IRQ", "police")]),
        ("Israeli jets struck.", [("Israeli", "ISR", "military")]),
        ("Syrian rebels attacked.", [("Syrian", "SYR", "rebels")]),
        ("Hundreds of Afghans fled.", [("Afghans", "AFG", None)]),
        (
            "Saudi officials met Turkish envoys.",
            [("Saudi", "SAU", "government"), ("Turkish", "TUR", None)],
        ),
        ("South Sudanese troops", [("South Sudanese", "SSD", "military")]),
    ],
    ids=["syrian", "iraqi", "israeli", "rebels", "plural-noun", "two-states", "longest-name"],
)
def test_demonyms_of_states_beyond_this_war_resolve(text, expected):
    assert [(a.text, a.code, a.sector) for a in find_actors(text)] == expected


def test_an_english_demonym_in_lower_case_is_a_word_not_a_people():
    assert coded("They polish their boots and eat turkish delight.") == []



def test_a_country_describing_the_press_or_a_monitor_after_it_is_no_actor():
    text = "The same day US campaign group Human Rights Watch accused the opposition."
    assert [a.text for a in find_actors(text)] == ["Human Rights Watch"]


@pytest.mark.parametrize(
    "text",
    [
        "North Korean troops will fight using Russian equipment and ammunition.",
        "North Korean troops were issued Russian uniforms.",
        "One soldier carried a Russian military ID.",
    ],
)
def test_a_demonym_describing_gear_or_papers_is_no_actor(text):
    assert "RUS" not in [a.code for a in find_actors(text)]


def test_the_arab_league_is_an_actor_but_a_joint_un_post_speaks_for_the_un():
    assert [a.code for a in find_actors("The Arab League suspended Syria.")] == ["LAS", "SYR"]
    text = "The UN-Arab League envoy Kofi Annan arrived."
    assert [(a.text, a.code) for a in find_actors(text)] == [("UN", "UN"), ("Kofi Annan", "UN")]


def test_a_demonym_before_its_forces_stays_an_actor():
    assert [a.code for a in find_actors("Russian troops and equipment moved west.")] == ["RUS"]


def test_a_country_before_the_press_it_speaks_to_stays_an_actor():
    text = "Russia told the New York Times that it had sent troops."
    assert "RUS" in [a.code for a in find_actors(text)]


def test_the_dateline_of_a_byline_is_no_actor():
    text = "Jim Muir BBC News, Beirut The UN envoy warned of wider fighting."
    assert [a.text for a in find_actors(text)] == ["BBC", "UN"]


def test_a_capital_after_the_press_and_a_conjunction_is_still_an_actor():
    text = "Russia told Reuters, and Moscow later confirmed it."
    assert [a.text for a in find_actors(text)] == ["Russia", "Reuters", "Moscow"]


def test_a_name_with_an_arabic_particle_is_learnt_with_and_without_it():
    people = learn_people("Syrian President Bashar al-Assad said reforms would go ahead.")
    assert people["Bashar al-Assad"][0] == people["Assad"][0] == people["al-Assad"][0] == "SYR"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Russia urged the Security Council to act.", ["RUS", "UN"]),
        ("The Security Council met on Monday.", ["UN"]),
        ("Russia's Security Council met on Monday.", ["RUS"]),
        ("The National Security Council said nothing.", []),
    ],
)
def test_the_security_council_is_the_uns_a_countrys_own_is_not(text, codes):
    assert [a.code for a in find_actors(text)] == codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bashar al-Assad", "SYR"), ("Tony Blair", "GBR"), ("Erdogan", "TUR"),
        ("Kofi Annan", "UN"), ("Nouri al-Maliki", "IRQ"), ("America", "USA"),
    ],
)  # fmt: skip
def test_office_holders_and_america_resolve_to_their_country(text, code):
    assert [a.code for a in find_actors(f"Yesterday {text} spoke.")] == [code]


def test_a_region_holding_a_country_name_is_no_actor():
    assert find_actors("Exports to Latin America and South America rose.") == []


def test_a_person_named_in_full_is_known_by_surname_later_in_the_article():
    text = "William Hague met the envoy. Later Mr Hague said talks would go on."
    people = learn_people(text)
    assert [(a.text, a.code) for a in find_actors(text, people=people)] == [
        ("William Hague", "GBR"), ("Hague", "GBR"),
    ]  # fmt: skip
    assert [a.code for a in find_actors("The court in The Hague ruled.")] == []


def test_a_surname_learnt_from_a_full_name_after_another_first_name_is_someone_else():
    text = "Gordon Brown spoke. The Fema chief, Michael Brown, resigned. Chancellor Brown agreed."
    people = learn_people(text)
    found = [(a.text, a.start) for a in find_actors(text, people=people)]
    assert found == [("Gordon Brown", 0), ("Brown", text.rindex("Brown"))]


def test_forces_from_a_country_in_russian_and_ukrainian_are_its_own_not_a_place():
    text = "11 тисяч солдатів із КНДР будуть готові"
    [actor] = find_actors(text, "uk")
    assert (actor.code, is_place_use(text, actor, "uk")) == ("PRK", False)


def test_a_country_after_a_clock_time_is_its_time_zone_unless_a_noun_follows():
    assert coded("Page last updated at 08:50 UK At least 109 people killed") == []
    assert coded("At 10:30 UK troops attacked the town.") == [("UK", "GBR")]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Ukrainian media reported that six North Koreans were killed", "press"),
        ("Russian state media reported that", "government"),
        ("White House spokesperson John Kirby told the media on Friday", "government"),
    ],
)
def test_a_countrys_media_is_the_press_but_not_media_a_speaker_talks_to(text, sector):
    assert find_actors(text, "en")[0].sector == sector


def test_forces_named_before_their_country_make_it_military():
    [korea] = find_actors("the first captured soldiers from North Korea")
    assert (korea.code, korea.sector) == ("PRK", "military")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Pentagon mengatakan Korea Utara mengirim tentara."),
        ("fr", "Le Pentagone a déclaré que des soldats ont été envoyés."),
        ("ru", "Пентагон заявил об отправке войск."),
        ("es", "La Casa Blanca dijo que las tropas llegaron."),
    ],
)
def test_seats_of_power_are_their_states_in_other_languages(lang, text):
    assert [a.code for a in find_actors(text, lang)][:1] == ["USA"]


def test_a_headlines_last_word_is_no_first_name_of_the_next_line():
    text = (
        "Ukraine's spy chief says troops will fight by 1 November\n"
        "Kyrylo Budanov, Head of Defence Intelligence of Ukraine, has confirmed it."
    )
    people = learn_people(text)
    assert "November" not in people and people["Budanov"][0] == "UKR"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("A British soldier was killed in Basra.", "military"),
        ("A US marine died in Falluja.", "military"),
        ("He was the first British serviceman killed in action since January.", "military"),
        ("An Iraqi policeman was shot dead.", "police"),
    ],
)
def test_one_soldier_or_policeman_names_the_sector_as_the_plural_does(text, sector):
    assert find_actors(text)[0].sector == sector


@pytest.mark.parametrize(
    "text",
    [
        "Clashes continued despite a UN-backed deadline.",
        "Iranian-backed militias attacked the base.",
        "The Saudi-funded newspaper reported it.",
        "US-trained units were sent.",
    ],
)
def test_who_backs_funds_or_trains_a_thing_is_no_party_named(text):
    assert find_actors(text) == []


def test_who_holds_or_controls_a_place_is_named_as_a_side():
    assert [a.code for a in find_actors("Ukraine shelled Russian-held positions.")] == [
        "UKR",
        "RUS",
    ]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # glued captions: the name ends before the next title or the next caption's article
        ("US sanctions target President Bashar al-Assad President Assad has said", "Assad", "SYR"),
        ("in support of President Assad The Arab League has rejected a demand", "Assad", "SYR"),
        # ... and after a possessive
        ("NATO Secretary-General Mark Rutte's Significant Visit to Kyiv", "Rutte", "NATO"),
        # ... and a rank before it is no part of it
        ("Pentagon spokesperson Major General Pat Ryder disclosed it", "Pat Ryder", "USA"),
    ],
)
def test_a_learnt_name_ends_before_a_title_an_article_or_after_a_possessive(text, name, code):
    people = learn_people(text)
    assert people.get(name, (code,))[0] == code
    assert not {"President", "League", "Significant", "Visit", "Major"} & set(people)
    assert name in people or name == "Assad"  # (the lexicon knows Assad)


def test_a_line_of_capitalised_names_with_a_verb_in_lower_case_is_no_headline():
    text = "Israeli Defence Minister Yoav Gallant met Lloyd Austin on Monday.\nGallant said so."
    assert learn_people(text)["Gallant"] == ("ISR", "military")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli Defence Minister Yoav Gallant Says Troops Will Pull out of Rafah",
        "Russian Foreign Minister Sergei Lavrov Meets UN Envoy Staffan de Mistura",
    ],
)
def test_a_title_case_headline_with_small_words_in_lower_case_teaches_no_name(text):
    assert not {"Troops", "Says", "Meets"} & set(learn_people(text))


def test_a_title_case_headline_teaches_no_name_its_verbs_run_into():
    text = "Ukrainian President Zelensky Says North Korean Troops Will Be Deployed To Kursk"
    assert not {"Korean", "Says", "Zelensky Says North Korean"} & set(learn_people(text))
    assert [a.code for a in find_actors(text, people=learn_people(text))][-1] == "PRK"


def test_a_country_gives_no_title_across_a_preposition():
    text = "to discuss the Syrian crisis with Prime Minister David Cameron on Thursday"
    assert learn_people(text).get("Cameron", ("GBR",))[0] == "GBR"


@pytest.mark.parametrize(
    "text",
    [
        "The six-nation Gulf Co-operation Council condemned the crackdown.",
        "A Gulf Cooperation Council -LRB- GCC -RRB- statement said so.",
    ],
)
def test_the_gulf_cooperation_council_is_a_body_of_its_own(text):
    assert {a.code for a in find_actors(text)} == {"GCC"}


def test_a_known_person_after_ranks_keeps_their_country():
    people = learn_people("US sanctions target Army Commander Major General Maher al-Assad.")
    assert people["Maher al-Assad"][0] == "SYR"


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("id", "Pasukan Korea Utara tiba di Kursk.", "PRK"),
        ("ru", "Путин оценил профессионализм бойцов из КНДР.", "PRK"),
        ("fr", "Des soldats nord-coréens ont été tués.", "PRK"),
        ("es", "Las tropas norcoreanas llegaron a Kursk.", "PRK"),
    ],
)
def test_forces_named_before_their_country_in_other_languages_are_its_military(lang, text, code):
    actor = next(a for a in find_actors(text, lang) if a.code == code)
    assert actor.sector == "military"


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("id", "Korea Utara mengirim 10.000 tentara di Rusia.", "RUS"),  # troops in Russia
        ("lv", "Ziemeļkorejas karavīri Krievijā ir nogalināti.", "RUS"),  # a genitive first
    ],
)
def test_forces_in_a_country_are_not_its_military(lang, text, code):
    actor = next(a for a in find_actors(text, lang) if a.code == code)
    assert actor.sector != "military"
