"""The claimant of event sentences."""

from __future__ import annotations

import pytest

from transforms.events.actors import find_actors, learn_people
from transforms.events.claims import find_claim, find_claims
from transforms.events.extract import extract_event_mentions


def claim_of(text: str):
    return find_claim(text, find_actors(text, people=learn_people(text)))


def test_subject_of_a_reporting_verb_is_the_claimant():
    claim = claim_of("South Korea's intelligence agency confirmed that 500 soldiers arrived.")
    assert (claim.claimed_by, claim.actor) == ("South Korea's intelligence agency", "KOR")


def test_inverted_quote_attribution_names_the_claimant():
    claim = claim_of('"They will be ready by November 1," said Budanov.')
    assert (claim.claimed_by, claim.actor) == ("Budanov", "UKR")


def test_according_to_names_the_claimant():
    claim = claim_of("According to the Pentagon, 10,000 troops are in Russia.")
    assert claim.actor == "USA"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("This comes after claims by the United States that 12,000 troops were sent.", "USA"),
        ("Estimates by the UN put the toll at 5,000 killed.", "UN"),
        ("10,000 troops, believed by the United States to have entered Russia, are in Kursk.",
         "USA"),
    ],
)
def test_claims_or_estimates_by_a_source_name_the_claimant(text, actor):
    assert claim_of(text).actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "For the first time, North Korean troops have been reported in combat alongside Russian "
        "forces in Kursk, according to the Pentagon.",
        "North Korean casualties were reportedly confirmed in Kursk, according to the Pentagon.",
    ],
)
def test_the_subject_of_a_passive_reporting_verb_is_what_is_reported_not_the_claimant(text):
    assert [c.actor for c in find_claims(text, find_actors(text))] == ["USA"]


def test_a_passive_report_keeps_the_fighters_as_actor_1():
    text = (
        "For the first time, North Korean troops have been reported in combat alongside Russian "
        "forces in Kursk, according to the Pentagon."
    )
    [row] = extract_event_mentions("d", text, [], None, "en")
    assert (row["actor1"], row["claimed_by_actor"]) == ("PRK", "USA")


def test_a_sentence_without_a_reporting_verb_has_no_claimant():
    assert claim_of("North Korean troops arrived in Russia.") is None


def test_an_adjective_that_looks_like_a_reporting_verb_is_no_claim():
    assert claim_of("Troops face the added variable of North Korean presence.") is None


def test_an_inverted_attribution_after_a_comma_is_not_taken_from_the_clause_before():
    claim = claim_of(
        "A lack of cohesion with Russian units led to losses, said a Ukrainian official."
    )
    assert (claim.claimed_by, claim.actor) == ("Ukrainian official", "UKR")


def test_a_noun_reports_after_a_verb_is_no_claim_by_the_sentence_subject():
    claim = claim_of(
        "President Yoon Suk Yeol chaired a meeting on Friday to address reports that "
        "North Korea has deployed troops."
    )
    assert claim is None or claim.actor != "KOR"


def test_the_claimant_phrase_stops_before_the_auxiliary():
    claim = claim_of("South Korea's National Intelligence Service has reported that troops left.")
    assert claim.claimed_by == "South Korea's National Intelligence Service"


def test_a_claimant_name_after_a_comma_does_not_absorb_the_clause_before():
    claim = claim_of(
        "North Korea is preparing 10,000 soldiers to join Russia's war, Zelensky confirms"
    )
    assert (claim.claimed_by, claim.actor) == ("Zelensky", "UKR")


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("de", "Laut Selenskyj sind 11.000 Soldaten in Kursk.", "UKR"),
        ("fr", "Selon Séoul, 12 000 soldats ont été envoyés en Russie.", "KOR"),
        ("es", "Según Zelenski, Corea del Norte envió tropas a Rusia.", "UKR"),
        ("it", "Secondo il Cremlino, non ci sono truppe in Ucraina.", "RUS"),
        ("ru", "По словам Буданова, войска КНДР прибыли в Россию.", "UKR"),
        ("uk", "Буданов заявив, що війська КНДР прибули до Росії.", "UKR"),
        ("id", "Menurut Zelensky, pasukan Korea Utara tiba di Kursk.", "UKR"),
        ("id", "Zelensky menjelaskan bahwa pasukan Korea Utara tiba di Kursk.", "UKR"),
        ("pt", "Tropas norte-coreanas chegaram a Kursk, disse Zelensky.", "UKR"),
        ("pt", "Segundo Budanov, 11 mil soldados norte-coreanos estão na Rússia.", "UKR"),
        ("lv", "Ziemeļkorejas karavīri jau ir Kurskā, paziņoja Budanovs.", "UKR"),
        ("hr", "Sjevernokorejski vojnici borili su se u Kursku, rekao je Gerasimov.", "RUS"),
        ("sr", "Severnokorejski vojnici borili su se u Kursku, rekao je Gerasimov.", "RUS"),
        ("sr", "Према речима Зеленског, војници ДНРК стигли су у Курск.", "UKR"),
        ("te", "బుడనోవ్ ప్రకారం, ఉత్తర కొరియా సైనికులు కుర్స్క్‌కు చేరుకున్నారు.", "UKR"),
    ],
)
def test_claimants_in_other_languages(lang, text, code):
    claim = find_claim(text, find_actors(text, lang), lang)
    assert claim is not None and claim.actor == code


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "Budanov: Nearly 11,000 North Korean troops will be ready to fight", "UKR"),
        ("ko", '국정원 "북한군 특수부대 1500여명 블라디보스토크 파병"', "KOR"),
    ],
)
def test_a_headline_led_by_its_source_names_the_claimant(lang, text, code):
    claim = find_claim(text, find_actors(text, lang), lang)
    assert claim is not None and claim.actor == code


def test_a_source_described_after_its_head_noun_is_still_the_claimant():
    claim = claim_of(
        "A senior Ukrainian official familiar with the movement of troops said that up to "
        "5,000 North Korean troops are expected to be assembled by Monday."
    )
    assert (claim.claimed_by, claim.actor) == (
        "Ukrainian official familiar with the movement of troops",
        "UKR",
    )


def test_officials_before_a_comma_are_not_the_office_of_the_name_after_it():
    claim = claim_of(
        "After a briefing with South Korean intelligence officials, Rutte said North Korean "
        "troops had been deployed."
    )
    assert (claim.claimed_by, claim.actor) == ("Rutte", "NATO")


def test_the_office_before_a_name_after_reported_by_does_not_hide_the_claimant():
    claim = claim_of(
        "This was reported by the head of the Main Directorate of Intelligence (known as GUR) "
        "of Defense of Ukraine Kyrylo Budanov."
    )
    assert claim.actor == "UKR"


def test_a_claimant_after_by_stops_before_the_circumstances_of_the_statement():
    claim = claim_of(
        "This information was revealed by White House spokesperson John Kirby during a briefing."
    )
    assert (claim.claimed_by, claim.actor) == ("White House spokesperson John Kirby", "USA")


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        (
            "8,000 North Korean troops are in Kursk, according to U.S. Secretary of State "
            "Antony Blinken.",
            "U.S. Secretary of State Antony Blinken",
        ),
        (
            "The NIS previously assessed that the troops were withdrawn from the front.",
            "NIS",
        ),
        (
            "JAKARTA - Ukrainian President Volodymyr Zelensky said his country would fight.",
            "Ukrainian President Volodymyr Zelensky",
        ),
        ("24 people were killed in Homs on Friday, said residents of Homs.", "residents of Homs"),
        ("The U.S. Secretary of State pointed out that 1,200 Russians die daily.",
         "U.S. Secretary of State"),
        ("As Mr Galloway has pointed out , 1.7 million people had died .", "Mr Galloway"),
        ("Analysts point out that Russia deployed 10,000 troops .", "Analysts"),
        ("Ukraine's defence minister clarified that North Korean troops were in Kursk.",
         "Ukraine's defence minister"),
        ("Umerov explained that North Korean troops had suffered casualties.", "Umerov"),
        ("Syrian troops shelled Homs on Monday, said As'ad Abu Khalil.", "As'ad Abu Khalil"),
        # a source no lexicon knows speaks after an adverb too
        ("Mr Osman also said that 20 soldiers were killed in Homs.", "Mr Osman"),
        ("The observatory later said 20 people were killed in Homs.", "The observatory"),
        (
            "Citing the spy agency, the lawmakers said 3,000 troops have been deployed.",
            "the lawmakers",
        ),
        (
            "According to the London-based Observatory for Human Rights , 24 civilians died .",
            "the London-based Observatory for Human Rights",
        ),
    ],
)
def test_the_claimant_phrase_is_the_source_alone(text, claimed_by):
    assert claim_of(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        (
            "Ukraine is ready to exchange the soldiers for Ukrainians held in Russia, announced "
            "Ukrainian President Volodymyr Zelensky.",
            "Ukrainian President Volodymyr Zelensky",
        ),
        (
            "Ukrainian forces captured two North Korean soldiers, President Volodymyr Zelensky "
            "announced on Jan. 11.",
            "Volodymyr Zelensky",
        ),
        ("Budanov, speaking on TV, said North Korea sent troops.", "Budanov"),
        ("Budanov, while reacting to it, confirmed that North Korea sent troops.", "Budanov"),
    ],
)
def test_an_attribution_after_the_clause_names_its_source_not_the_clause_before(text, claimed_by):
    assert claim_of(text).claimed_by == claimed_by


def test_portuguese_segundo_as_second_names_no_claimant():
    text = "Pelo segundo dia, tropas russas atacaram Kursk."
    assert find_claims(text, find_actors(text, "pt"), "pt") == []


@pytest.mark.parametrize(
    ("lang", "text", "claimed_by"),
    [
        (
            "it",
            "Secondo il presidente ucraino Volodymyr Zelensky da fine ottobre unità della Corea "
            "del Nord stanno combattendo.",
            "ucraino Volodymyr Zelensky",
        ),
        ("id", "Menurut Korea Selatan tentara tewas di Kursk akibat serangan udara.",
         "Korea Selatan"),
        ("en", "According to US and South Korean officials, 10,000 soldiers have been sent.",
         "US and South Korean officials"),
    ],
)
def test_a_source_after_according_to_ends_with_its_name(lang, text, claimed_by):
    claim = find_claim(text, find_actors(text, lang, people=learn_people(text, lang)), lang)
    assert claim.claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        ("Ukraine's President Volodymyr Zelenskyy's office said troops arrived.",
         "Ukraine's President Volodymyr Zelenskyy's office"),
        ("The Ukrainian military's general staff said troops arrived.",
         "Ukrainian military's general staff"),
        ("According to North Korean defectors, troops arrived.", "North Korean defectors"),
    ],
)
def test_office_and_staff_words_stay_in_the_source_name(text, claimed_by):
    assert claim_of(text).claimed_by == claimed_by


def test_according_to_an_unnamed_source_takes_no_actor_from_the_clause_after_its_comma():
    text = "According to reports, North Korea sent troops to Russia."
    assert claim_of(text) is None
    [row] = extract_event_mentions("d", text, [], None, "en")
    assert (row["actor1"], row["actor2"], row["claimed_by"]) == ("PRK", "RUS", None)


def test_words_naming_no_office_between_according_to_and_a_country_are_no_title():
    text = (
        "Segundo o comandante militar Alexander Kots, o número dos soldados norte-coreanos, que "
        "segundo alguns relatos da mídia podem ser enviados para a Rússia, são preocupantes."
    )
    assert find_claim(text, find_actors(text, "pt"), "pt") is None


def test_a_name_before_its_office_is_part_of_the_claimant():
    claim = claim_of("Umerov, Ukraine's defence minister, said 3,000 troops arrived.")
    assert (claim.claimed_by, claim.actor) == ("Umerov, Ukraine's defence minister", "UKR")


def test_an_inverted_attribution_may_end_with_where_it_was_said():
    claim = claim_of(
        '"They have suffered casualties, both killed and wounded," said Pentagon spokesperson '
        "Maj. Gen. Pat Ryder in a briefing with reporters."
    )
    assert (claim.claimed_by, claim.actor) == ("Pentagon spokesperson Maj. Gen. Pat Ryder", "USA")


@pytest.mark.parametrize(
    ("text", "claimed_by", "code"),
    [
        ("South Korea alleges that North Korea has sent 12,000 troops.", "South Korea", "KOR"),
        ("Seoul alleged that Pyongyang sent 3,000 troops.", "Seoul", "KOR"),
        ("US officials believe North Korea sent 10,000 troops.", "US officials", "USA"),
        ("Officials in South Korea report that 10,000 soldiers went.", "South Korea", "KOR"),
        (
            "a number far exceeding South Korea's estimate of around 1,100 North Korean casualties",
            "South Korea",
            "KOR",
        ),
    ],
    ids=["alleges", "alleged-that", "believe", "report-that", "possessor-of-an-estimate"],
)
def test_more_reporting_verbs_name_the_claimant(text, claimed_by, code):
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == (claimed_by, code)


@pytest.mark.parametrize(
    "text",
    ["The KCNA report contains a lot of criticism of Ukraine.", "Russia's alleged deployment."],
    ids=["report-as-noun", "alleged-as-adjective"],
)
def test_a_reporting_word_used_as_a_noun_or_adjective_is_no_claim(text):
    assert claim_of(text) is None


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        (
            "South Korean MP Lee Seong-kweun, citing intelligence data, has said that 100 "
            "North Korean soldiers were killed.",
            "South Korean MP Lee Seong-kweun",
        ),
        (
            "Former Russian defence minister Sergei Shoigu, who is on a visit to North Korea, "
            "has said that Kim Jong Un decided to send sappers.",
            "Russian defence minister Sergei Shoigu",
        ),
        ("Earlier, a U.S. military official cited 300 casualties.", "U.S. military official"),
        (
            "Umerov, Ukraine's defence minister, indicated that troops moved.",
            "Umerov, Ukraine's defence minister",
        ),
    ],
    ids=["appositive-then-auxiliary", "relative-clause-names-no-source", "cited", "indicated-that"],
)  # fmt: skip
def test_the_subject_of_a_reporting_verb_across_an_appositive_or_a_relative_clause(
    text, claimed_by
):
    assert claim_of(text).claimed_by == claimed_by


def test_a_name_inside_a_relative_clause_that_never_closes_is_no_claimant():
    text = (
        "Two soldiers were taken to Kyiv, where they talk to the Security Service of Ukraine” "
        "said Zelensky."
    )
    assert claim_of(text).claimed_by != "Kyiv"


def test_a_gerund_right_after_the_reporting_verb_is_the_speakers_own_deed():
    text = "For the first time, North Korea has acknowledged sending troops to fight for Russia."
    rows = extract_event_mentions("d", text, [], None, "en")
    assert [(r["actor1"], r["actor2"], r["claimed_by"]) for r in rows] == [
        ("PRK", "RUS", "North Korea")
    ]


def test_what_a_source_claims_to_have_done_is_its_own_deed():
    text = "The Pentagon claims to have killed 70 insurgents near Ramadi."
    [row] = extract_event_mentions("d", text, [], None, "en")
    assert (row["actor1"], row["claimed_by"]) == ("USA", "Pentagon")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia warned Syria on Monday.", ("RUS", "SYR")),
        ("Nato has warned Syria again.", ("NATO", "SYR")),
    ],
    ids=["warned", "has-warned"],
)
def test_a_reporting_verb_that_is_the_event_is_its_speakers_deed(text, pair):
    rows = extract_event_mentions("d", text, [], None, "en")
    assert [(r["event_type"], (r["actor1"], r["actor2"])) for r in rows] == [("THREATEN", pair)]


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        ("On Tuesday, Russia - a key ally of Damascus - warned Syria it was making mistakes.",
         "Russia"),
        ("Iran — a close ally of Damascus — said on Tuesday it would not intervene.", "Iran"),
    ],
    ids=["hyphens", "em-dashes"],
)
def test_a_name_inside_a_dashed_aside_is_not_the_speaker(text, claimed_by):
    assert claim_of(text).claimed_by == claimed_by


def test_a_pronoun_before_the_verb_speaks_not_the_place_before_it():
    text = "Speaking at a conference in Indonesia he warned the world could not look away."
    assert find_claims(text, find_actors(text)) == []
    assert extract_event_mentions("d", text, [], None, "en") == []


def test_a_relative_clause_about_the_source_is_the_sources_deed():
    text = (
        "Russian Foreign Minister Sergei Lavrov, who visited Damascus on Tuesday, had said that "
        "the president was ready to talk."
    )
    rows = extract_event_mentions("d", text, [], None, "en")
    assert [(r["event_type"], r["actor1"]) for r in rows] == [("CONSULT", "RUS")]


def test_a_noun_before_the_claims_verb_is_no_deed_of_its_source():
    text = "It recalled last year's Madrid bombings, which claimed 191 lives."
    rows = extract_event_mentions("d", text, [], None, "en")
    assert "ESP" not in [r["actor1"] for r in rows]


def test_a_word_of_the_sources_description_is_no_deed_of_the_source():
    text = (
        "A senior Ukrainian official familiar with the movement of troops said that up to five "
        "thousand North Korean troops are expected to be assembled by Monday."
    )
    [row] = extract_event_mentions("d", text, [], None, "en")
    assert (row["actor1"], row["claimed_by_actor"]) == ("PRK", "UKR")


def test_a_noun_right_after_the_reporting_verb_is_no_deed_of_the_speaker():
    text = "The United States has confirmed casualties among the North Korean soldiers."
    [row] = extract_event_mentions("d", text, [], None, "en")
    assert (row["actor1"], row["claimed_by"]) == ("PRK", "United States")


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        ("Kim Jong Un to send 6K military workers to rebuild Russia's Kursk: Shoigu", "Shoigu"),
        ("First troops to be deployed to combat zones on Oct 27-28 – Zelensky", "Zelensky"),
        ("North Korean troops withdrawn from frontline after heavy losses - NYT", "NYT"),
    ],
    ids=["colon", "dash", "the-press"],
)
def test_a_headline_closed_by_a_name_after_a_colon_or_dash_names_its_source(text, claimed_by):
    assert claim_of(text).claimed_by == claimed_by


def test_a_name_at_the_end_of_a_sentence_without_a_mark_is_no_source():
    assert claim_of("North Korean troops arrived to help Shoigu") is None


def test_a_participle_after_a_possessive_is_no_claim():
    text = "South Korea has declared North Korea's reported dispatch of troops a threat."
    assert claim_of(text) is None


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        ("국정원은 북한 특수부대 1500여명이 러시아로 파병됐다고 18일 밝혔다.", "국정원"),
        ("북한이 러시아에 병력을 파견했다고 18일 밝혔다.", None),
        # the formal polite ending of broadcast news
        ("국정원은 북한 특수부대 1500여명이 러시아로 파병됐다고 18일 밝혔습니다.", "국정원"),
    ],
    ids=["topic-opens-the-sentence", "a-subject-is-what-is-reported", "polite-ending"],
)
def test_a_korean_topic_states_what_the_verb_ending_the_sentence_reports(text, claimed_by):
    claims = find_claims(text, find_actors(text, "ko"), "ko")
    assert [c.claimed_by for c in claims][:1] == ([claimed_by] if claimed_by else [])


@pytest.mark.parametrize(
    ("text", "claimed_by", "actor"),
    [
        ("북한군 1500명이 러시아에 도착했다고 한국 정보 당국이 18일 밝혔습니다.",
         "한국 정보 당국", "KOR"),
        ("우크라이나군이 북한군 2명을 생포했다고 젤렌스키 대통령이 12일 밝혔다.",
         "젤렌스키 대통령", "UKR"),
    ],
)  # fmt: skip
def test_a_korean_source_named_after_the_quotation_states_it(text, claimed_by, actor):
    [claim] = find_claims(text, find_actors(text, "ko"), "ko")
    assert (claim.claimed_by, claim.actor) == (claimed_by, actor)


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("북한군 3000명이 배치됐다고 우크라이나를 방문한 미국 관리가 밝혔다.",
         ("미국 관리", "USA")),
        ("북한군 3000명이 도착했다고 러시아에서 활동하는 기자가 밝혔다.", None),
        ("북한군 3000명이 배치됐다고 미국의 고위 관리가 밝혔다.", ("미국의 고위 관리", "USA")),
        ("북한군 3000명이 배치됐다고 미국 정부 한 관계자가 밝혔다.",
         ("미국 정부 한 관계자", "USA")),
    ],
)  # fmt: skip
def test_a_korean_source_after_the_quotation_is_the_head_of_its_phrase(text, claimed):
    claims = find_claims(text, find_actors(text, "ko"), "ko")
    assert [(c.claimed_by, c.actor) for c in claims] == ([claimed] if claimed else [])


@pytest.mark.parametrize("marks", ['""', "“”"])
def test_a_korean_agency_before_a_closed_quotation_and_no_verb_states_nothing(marks):
    text = (
        f"국정원은 이날 {marks[0]}북한이 1만2천 명 규모 병력을 파병하기로 결정했다{marks[1]}는 "
        "보도에 대해 확인해 줄 수 없다는 입장"
    )
    assert find_claims(text, find_actors(text, "ko"), "ko") == []


def test_a_korean_agency_opening_a_quotation_cut_before_its_verb_states_it():
    text = "국정원은 이날 앞선 발표에서 “북한이 1만2천 명 규모 병력을 파병하기로 최근 결정한"
    [claim] = find_claims(text, find_actors(text, "ko"), "ko")
    assert (claim.claimed_by, claim.actor) == ("국정원", "KOR")


def test_a_source_after_its_verb_may_be_described_as_based_somewhere():
    text = (
        "At least 28 civilians were killed in Homs on Sunday, said the London-based campaign "
        "group Syrian Observatory for Human Rights."
    )
    assert claim_of(text).claimed_by == "Syrian Observatory for Human Rights"


def test_a_spanish_passive_names_who_reported_it_after_por():
    text = "Es la segunda captura de soldados norcoreanos denunciada por Kiev."
    [claim] = find_claims(text, find_actors(text, "es"), "es")
    assert (claim.claimed_by, claim.actor) == ("Kiev", "UKR")


def test_a_spanish_por_giving_a_reason_names_no_source():
    text = "El general ruso, denunciado por crímenes contra Ucrania, dirigió el ataque el lunes."
    assert find_claims(text, find_actors(text, "es"), "es") == []


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        ("North Korean troops pulled back, The New York Times reports.", "New York Times"),
        ("North Korean troops pulled back, the New York Times reported.", "New York Times"),
        ("According to Reuters, North Korean troops attacked Ukrainian positions.", "Reuters"),
        ("North Korean troops suffered casualties, the BBC reported.", "BBC"),
    ],
    ids=["nyt-reports", "nyt-lower-case-the", "according-to-reuters", "bbc-reported"],
)  # fmt: skip
def test_the_press_is_a_source_but_never_a_party(text, claimed_by):
    [row] = extract_event_mentions("d", text, [], None, "en")
    assert row["claimed_by"] == claimed_by
    assert row["claimed_by_actor"] is None and row["actor2_basis"] != "claimant"
    assert not {"USA", "GBR"} & {row["actor1"], row["actor2"]}


@pytest.mark.parametrize(
    ("lang", "text", "claimed_by"),
    [
        ("ru", "«Военные КНДР размещены на территории РФ», — уточнил Песков.", "Песков"),
        ("ru", "Путин рассказал, что северокорейские военные участвовали в боях.", "Путин"),
        ("uk", "Зеленський розповів, що війська КНДР вже в Курській області.", "Зеленський"),
    ],
    ids=["ru-utochnil-inverted", "ru-rasskazal", "uk-rozpoviv"],
)
def test_more_russian_and_ukrainian_reporting_verbs(lang, text, claimed_by):
    claims = find_claims(text, find_actors(text, lang), lang)
    assert [c.claimed_by for c in claims] == [claimed_by]


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        ("Across Syria, 24 people were killed on Wednesday, said activists.", "activists"),
        ("Security forces attacked protesters at a mosque in Damascus, activists say.",
         "activists"),
        ("Hopes remain alive despite air strikes attributed to Israel, says Jim Muir.",
         "Jim Muir"),
        ("Rutte visits Ukraine in his first trip since taking office, reports AP.", "AP"),
        ("However, Ms Rice said Syria had refused at least one observer.", "Ms Rice"),
        ("The Observatory said one person had died in Homs.", "The Observatory"),
        ("A local cleric told Reuters that security forces shot dead five protesters.",
         "A local cleric"),
        ("The group says that more than 116 people were killed across Syria.", "The group"),
        ("The government said it had buried 27 military personnel.", "The government"),
        ("More than 370 people have been killed since, say rights groups.", "rights groups"),
    ],
)  # fmt: skip
def test_a_source_with_no_country_is_still_the_claimant(text, claimed_by):
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == (claimed_by, None)


@pytest.mark.parametrize(
    "text",
    [
        "Intelligence reports Russia about to deploy first North Korean troops soon",
        "An estimated 4,700 North Korean soldiers have been killed.",
        "Budanov, speaking on television, said Russia in recent weeks deployed 50,000 troops.",
    ],
)
def test_a_capitalised_word_or_a_reported_clause_is_no_unnamed_source(text):
    claim = claim_of(text)
    assert claim is None or claim.actor is not None


def test_the_country_of_a_post_is_not_the_source():
    claim = claim_of("Mr Annan, the envoy to Syria, has said the monitors can deploy next week.")
    assert claim is None or claim.actor != "SYR"


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        ("Ukraine's military intelligence agency first reported the development on Monday.",
         "Ukraine's military intelligence agency"),
        ('"This is an escalation," Zelensky\'s chief of staff Andriy Yermak said on Monday.',
         "Zelensky's chief of staff Andriy Yermak"),
        ("Zelensky has expressed worries about North Korea sending more troops.", "Zelensky"),
    ],
)  # fmt: skip
def test_an_adverb_a_name_after_an_office_or_expressed_worries_keep_the_source(text, claimed_by):
    assert claim_of(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    "text",
    [
        "The UK presented a draft condemning Syria's suppression of protests Mr Hague said.",
        "Fierce fighting is taking place in Syria 's second city , Aleppo , say reports .",
    ],
)
def test_a_name_after_a_place_is_no_office_holder_of_that_place(text):
    claim = claim_of(text)
    assert claim is None or claim.actor != "SYR"


def test_the_press_that_interviews_is_not_the_source_who_speaks():
    text = "In an interview with Reuters South Korean lawmaker Park said 10,900 troops are there."
    assert claim_of(text).actor == "KOR"


@pytest.mark.parametrize(
    "text",
    [
        "More than 50 people were killed, according to the UK-based Syrian Observatory for Human "
        "Rights.",
        "Fighting went on overnight, said the UK-based Syrian Observatory for Human Rights.",
    ],
)
def test_a_human_rights_monitor_is_a_source_that_speaks_for_no_country(text):
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == ("Syrian Observatory for Human Rights", None)


@pytest.mark.parametrize("based", ["UK", "London"])
def test_a_body_based_in_a_country_is_named_but_is_not_that_country(based):
    text = f"Fighting went on, said the {based}-based Arab Organisation for Human Rights."
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == (
        f"the {based}-based Arab Organisation for Human Rights",
        None,
    )



@pytest.mark.parametrize(
    "text",
    [
        "The BBC's Jim Muir in Beirut says troops shelled the town.",
        "But the BBC's Jim Muir, in Beirut, says troops shelled the town.",
    ],
)
def test_a_reporter_in_a_capital_speaks_for_no_country(text):
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == ("BBC's Jim Muir", None)


@pytest.mark.parametrize(
    ("text", "claimed_by", "actor"),
    [
        ("The Local Co-ordination Committees, a group that organises and documents protests, "
         "said 17 people died in Homs.", "The Local Co-ordination Committees", None),
        ("Russia, a key ally of Damascus, says it will not attend the meeting.", "Russia", "RUS"),
        ("Japan, a vocal backer of the US-led invasion of Iraq in 2003, said it would withdraw "
         "its troops from Iraq.", "Japan", "JPN"),
    ],
)  # fmt: skip
def test_an_appositive_between_the_source_and_its_verb_describes_the_source(
    text, claimed_by, actor
):
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == (claimed_by, actor)


def test_two_people_of_one_side_named_together_are_one_source():
    claim = claim_of("Blinken and Lloyd Austin said the troops would soon enter combat.")
    assert (claim.claimed_by, claim.actor) == ("Blinken and Lloyd Austin", "USA")


def test_whose_assertion_it_is_claims_what_it_asserts():
    claim = claim_of("Ukraine disputes Gerasimov's assertion that Moscow has retaken Kursk.")
    assert (claim.claimed_by, claim.actor) == ("Gerasimov", "RUS")


def test_german_findings_that_point_to_a_deed_name_its_source():
    text = ("Neue Erkenntnisse des ukrainischen Militärgeheimdienstes HUR deuten darauf hin, dass "
            "erste Soldaten aus Nordkorea in Kursk eingetroffen sind.")
    claim = find_claim(text, find_actors(text, "de"), "de")
    assert claim.actor == "UKR"


@pytest.mark.parametrize(
    ("text", "claimed_by", "actor"),
    [
        (
            "Gunmen in Aleppo killed a former boxing champion, Syria's state news agency Sana "
            "reported.",
            "Syria's state news agency Sana",
            "SYR",
        ),
        (
            "Zelenskiy shared preliminary data indicating that over 3,000 North Korean soldiers "
            "have been killed or wounded.",
            "Zelenskiy",
            "UKR",
        ),
    ],
)
def test_an_outlet_named_after_its_kind_or_who_shares_data_is_the_claimant(
    text, claimed_by, actor
):
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == (claimed_by, actor)


def test_an_em_dash_ends_the_claimant_phrase_even_unspaced():
    claim = claim_of(
        "Gerasimov hailed the heroism of North Korean troops—the first time Moscow has openly "
        "admitted its role."
    )
    assert (claim.claimed_by, claim.actor) == ("Moscow", "RUS")


def test_a_denial_conceded_after_a_report_is_nobodys_claim_but_a_speaker_who_has_not_confirmed_is():
    conceded = claim_of(
        "Reports indicate that 11,000 North Korean troops are stationed in the area, though "
        "Russia has not confirmed their presence."
    )
    assert conceded is None
    speaker = claim_of("The Pentagon has not confirmed that these troops have engaged in combat.")
    assert speaker.actor == "USA"


def test_a_source_quoted_is_no_clause_of_its_own():
    assert claim_of("One report quoting the group said 20 Syrian troops were also killed.") is None


def test_the_agency_reporting_is_the_intelligence_service_named_before():
    text = (
        "South Korea's National Intelligence Service said North Korea had begun sending troops. "
        "The agency believes the troops have been stationed at Russian units in Vladivostok."
    )
    rows = extract_event_mentions("d", text, [], None, "en")
    stationed = next(r for r in rows if r["trigger"] == "stationed")
    assert (stationed["claimed_by"], stationed["claimed_by_actor"]) == ("The agency", "KOR")


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        (
            "es",
            "El Servicio Nacional de Inteligencia de Corea del Sur ha informado este viernes de "
            "que 1.500 soldados norcoreanos se están entrenando en Rusia.",
            "KOR",
        ),
        ("fr", "La Corée du Sud a par ailleurs annoncé que 10 000 soldats sont en Russie.", "KOR"),
        ("ru", "Российская сторона отрицает присутствие северокорейских солдат.", "RUS"),
    ],
)
def test_perfect_tenses_adverbs_and_denials_report_in_other_languages(lang, text, actor):
    [claim] = find_claims(text, find_actors(text, lang), lang)
    assert claim.actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("An Israeli government study found that 23 % of suicide bombers were graduates.", "ISR"),
        ("Gerasimov emphasized that North Korean troops fought alongside Russian forces.", "RUS"),
    ],
)
def test_a_study_that_finds_and_one_who_emphasizes_are_sources(text, actor):
    assert claim_of(text).actor == actor


def test_who_released_a_statement_saying_that_is_the_source():
    claim = claim_of(
        "The National Intelligence Service released a statement on Friday saying that North "
        "Korea has begun moving troops."
    )
    assert claim.actor == "KOR"


def test_one_unnamed_source_after_a_subordinator_is_the_source():
    text = "It came days after a Western diplomat told reporters that Pyongyang had sent troops."
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == ("a Western diplomat", None)


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        ("Scores of protesters were killed on Friday, according to activists and witnesses.",
         "activists and witnesses"),
        ("Survivors said dozens of men, women and children had died.", "Survivors"),
        ('Quote from Shoigu: "Kim Jong Un has decided to send sappers to Russia."', "Shoigu"),
        ("There have been 50 killed in action, a spokesman for the MoD said.",
         "a spokesman for the MoD"),
        ("A Foreign Office spokesman said two soldiers had been killed in Basra.",
         "A Foreign Office spokesman"),
        ("But our correspondent says China will veto any new resolution.", "our correspondent"),
        ("Efforts continue to end the conflict, which activists say has killed 16,000 people.",
         "activists"),
        ("Anti-government activists in Syria claim that 20 people were killed in Homs.",
         "Anti-government activists in Syria"),
        ("Government forces shelled Homs, killing 20, activists in Hama said.",
         "activists in Hama"),
        ("Troops suffered heavy losses, Kyodo News reported, citing Ukrainian military sources.",
         "Ukrainian military sources"),
        ("Human rights groups say more than 100 people were killed in Homs.",
         "Human rights groups"),
        ("Security forces killed 20 people in Homs, activists report.", "activists"),
        ("At least 80 soldiers were killed over the weekend, an activist group says.",
         "an activist group"),
        ("At least 80 soldiers were killed, a human rights group said.", "a human rights group"),
        ("Zelensky, following the meeting of the Staff on Monday, reported that 3,000 North "
         "Korean soldiers were killed.", "Zelensky"),
        ("Syria's Foreign Minister Walid Muallem, in Russia for talks, said troops withdrew.",
         "Syria's Foreign Minister Walid Muallem"),
        ("Militarnyi's sources say that Russian troops are fighting in Kursk.",
         "Militarnyi's sources"),
    ],
)  # fmt: skip
def test_more_unnamed_and_quoted_sources(text, claimed_by):
    assert claim_of(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is understandably concerned that the fighting will intensify in Syria.",
        "Turkey fears that the fighting will spill over its border.",
    ],
)
def test_who_fears_that_something_happens_states_it_and_does_not_do_it(text):
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == ("Turkey", "TUR")


def test_activists_in_a_country_speak_for_no_state():
    claim = claim_of("Activists in Syria say 20 people were killed in Homs.")
    assert (claim.claimed_by, claim.actor) == ("Activists in Syria", None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Syrians arriving in Turkey say 20 people were killed in Jisr al-Shughour.",
         "Syrians arriving in Turkey"),
        ("Refugees arriving in Lebanon said 20 people were killed in Homs.",
         "Refugees arriving in Lebanon"),
    ],
)
def test_a_people_placed_by_where_they_arrive_speak_for_no_state(text, source):
    claim = claim_of(text)
    assert (claim.claimed_by, claim.actor) == (source, None)


def test_a_relative_pronoun_ends_the_claimants_phrase():
    claim = claim_of("It aims to end violence in Syria which the UN says has killed 9,000 people.")
    assert (claim.claimed_by, claim.actor) == ("UN", "UN")


def test_the_subject_of_an_object_relative_after_a_comma_is_the_claimant():
    claim = claim_of("the state's crackdown, which the UN estimates has left 10,000 people dead.")
    assert (claim.claimed_by, claim.actor) == ("UN", "UN")


def test_it_said_is_the_body_quoted_in_the_sentence_before():
    text = (
        "The Syrian Observatory for Human Rights said at least 100 people were killed on Monday. "
        "It said 61 civilians died in Aleppo province alone."
    )
    rows = extract_event_mentions("d", text, [], None, "en")
    died = next(r for r in rows if r["trigger"] == "died")
    assert died["claimed_by"] == "Syrian Observatory for Human Rights"


def test_a_capital_before_a_colon_is_the_dateline_when_the_sentence_names_its_source():
    text = (
        "Seoul: An estimated 4,700 North Korean soldiers have been killed or wounded, South "
        "Korea's spy agency told lawmakers Wednesday."
    )
    claims = find_claims(text, find_actors(text))
    assert [(c.claimed_by, c.actor) for c in claims] == [("South Korea's spy agency", "KOR")]


def test_a_capital_before_a_colon_with_no_other_source_speaks_for_its_state():
    claim = claim_of("Kyiv: Russia will send 5,000 more troops to Kursk.")
    assert (claim.claimed_by, claim.actor) == ("Kyiv", "UKR")


def test_a_german_source_after_the_verb_of_a_fronted_phrase_is_the_claimant():
    text = (
        "Am Montag erklärte der ukrainische Militärgeheimdienst, es seien dort mindestens 30 "
        "nordkoreanische Soldaten getötet worden."
    )
    claims = find_claims(text, find_actors(text, "de"), "de")
    assert [(c.claimed_by, c.actor) for c in claims] == [
        ("ukrainische Militärgeheimdienst", "UKR")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A local activist told AFP that 20 people were killed in Homs.", "A local activist"),
        ("Government forces shelled Homs, a resident told the Associated Press.", "a resident"),
        ("Earlier an activist in Hama told the Associated Press that 20 people were killed.",
         "an activist in Hama"),
        ("Russia has sent warships to Tartus, according to Interfax news agency.",
         "Interfax news agency"),
        ("At least 43 people were killed on Wednesday, according to one activist group.",
         "one activist group"),
    ],
)  # fmt: skip
def test_one_activist_resident_or_news_agency_is_a_source_as_many_are(text, source):
    assert claim_of(text).claimed_by == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"North Korean soldiers have been pulled off the front lines," the report states.',
         "the report"),
        ("The report states that 20 soldiers were killed in Homs.", "The report"),
        ("`` Government forces shelled Homs , '' one activist said .", "one activist"),
        ("He convened an emergency meeting on troops sent to Russia, the presidential office said.",
         "the presidential office"),
    ],
)  # fmt: skip
def test_a_report_a_statement_or_an_office_after_a_quote_is_the_source(text, source):
    assert claim_of(text).claimed_by == source


def test_states_after_a_name_is_no_verb_of_saying():
    text = "The pact was signed by 25 out of 27 EU member states."
    assert find_claims(text, find_actors(text)) == []


def test_a_korean_agency_opening_a_sentence_after_a_byline_in_brackets_states_it():
    text = "[미디어펜=김소정 기자]국정원은 북한 특수부대 1500여명이 파병됐다고 18일 밝혔다."
    claims = find_claims(text, find_actors(text, "ko"), "ko")
    assert [(c.claimed_by, c.actor) for c in claims] == [("국정원", "KOR")]


def test_a_relative_clause_between_a_source_and_its_verb_describes_the_source():
    claim = claim_of("The UN, which has condemned the crackdown, said 5,000 people were killed.")
    assert (claim.claimed_by, claim.actor) == ("UN", "UN")


def test_a_source_after_its_verb_is_read_past_a_relative_clause_before_the_verb():
    claim = claim_of(
        "Government forces shelled Homs, which has been under siege for a month, said the "
        "Syrian Observatory for Human Rights."
    )
    assert claim.claimed_by == "Syrian Observatory for Human Rights"


def test_a_source_opening_a_clause_of_its_own_speaks_for_that_clause_only():
    text = "Syrian troops shelled Homs on Monday, while France said it was extremely concerned."
    [row] = extract_event_mentions("d", text, [], None, "en")
    assert (row["event_type"], row["claimed_by"]) == ("ASSAULT", None)
