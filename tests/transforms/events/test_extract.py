"""Event mentions end to end through the real temporal tagger, sentence and article level."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from transforms.events.extract import extract_event_mentions
from transforms.records import Anchor
from transforms.schemas import EVENT_MENTIONS, frame
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")


def mentions(text: str, lang: str = "en", anchor: Anchor | None = ANCHOR) -> list[dict]:
    return extract_event_mentions("doc", text, tag_timexes(text, anchor, lang), anchor, lang)


def only(rows: list[dict], **where) -> dict:
    found = [r for r in rows if all(r[k] == v for k, v in where.items())]
    assert len(found) == 1, (where, [(r["trigger"], r["quantity"]) for r in rows])
    return found[0]


def test_rows_have_exactly_the_event_mentions_columns_and_make_a_frame():
    rows = mentions("North Korea deployed troops to Russia on Tuesday.")
    assert rows and all(list(r) == list(EVENT_MENTIONS) for r in rows)
    assert frame("event_mentions", rows).height == len(rows)


def test_trigger_offsets_point_at_the_trigger_words():
    text = "Pyongyang dispatched 1,500 special forces to Vladivostok."
    [row] = mentions(text)
    assert text[row["trigger_start"] : row["trigger_end"]] == row["trigger"] == "dispatched"


def test_a_deployment_names_sender_and_receiver():
    [row] = mentions("North Korea deployed troops to Russia.")
    assert (row["event_type"], row["event_mode"], row["actor1"], row["actor2"]) == (
        "MOBILIZE",
        "troops",
        "PRK",
        "RUS",
    )


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The king sent Saudi troops to Bahrain in March.", ("SAU", "BHR")),
        ("Pyongyang sent North Korean troops to Russia.", ("PRK", "RUS")),
        ("Russia sent North Korean troops to the Kursk region.", ("RUS", "PRK")),
    ],
)
def test_forces_a_deployment_names_are_sent_by_their_state_when_no_sender_is_named(text, sides):
    [row] = mentions(text)
    assert (row["actor1"], row["actor2"]) == sides


def test_the_possessor_of_a_decision_to_do_a_deed_does_it():
    # (tokenized as the TLS corpus is: "Syria 's")
    text = "Erdogan spoke of Turkey 's `` rage '' at Syria 's decision to shoot down a jet."
    rows = mentions(text)
    assert [(r["actor1"], r["actor2"]) for r in rows if r["event_type"] == "ASSAULT"] == [
        ("SYR", "TUR")
    ]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Mr Lavrov congratulated Iraq on the vote and urged Iran to stop arming militias.", "RUS"),
        ("Italy is a staunch ally of the US and sent 3,000 troops to Iraq.", "ITA"),
        ("Rights of Iraqi civilians tortured and killed by British forces were abused.", "GBR"),
    ],
    ids=["subject-named", "object-of-a-preposition", "passive-with-agent"],
)
def test_a_second_verb_after_and_is_done_by_the_first_verbs_subject_not_its_object(
    text, actor1
):
    assert mentions(text)[-1]["actor1"] == actor1


def test_who_stands_in_a_concession_before_the_clause_is_no_party_of_it():
    rows = mentions("Despite warnings from the US and NATO, Russia and Iran denied the deployment.")
    parties = {r["actor1"] for r in rows} | {r["actor2"] for r in rows}
    assert rows and not parties & {"USA", "NATO"}


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        # a source named "authorities" is no doer of what it reports
        ("The authorities said gunmen attacked a checkpoint in Homs on Monday.", "attacked", None),
        # a town and a country joined by "and" open another clause
        ("Arab ministers met in Cairo and Russia vetoed the resolution on Monday.", "vetoed",
         "RUS"),
        # "Armed" opens the subject, it is no verb whose object the rebels are
        ("Armed Syrian rebels seized the town and urged Iran to stop arming militias.", "urged",
         "SYR"),
        # the forces a move is against do not make it
        ("Rebels moved against Syrian troops in Homs on Monday.", "moved against Syrian troops",
         "SYR"),
    ],
)
def test_review_cases_keep_the_doer_the_text_names(text, trigger, actor1):
    row = only(mentions(text), trigger=trigger)
    assert row["actor1"] == actor1
    if trigger.startswith("moved"):
        assert row["actor1_sector"] == "rebels"


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        ("Kim Dispatched Troops To Russia last year, officials in Seoul said.", "Dispatched",
         None),
        ("Russia this week demanded that Turkey withdraw its troops from Syria.", "demanded",
         "RUS"),
        ("The armed Syrian rebels seized the town and urged Iran to stop arming militias.",
         "urged", "SYR"),
        ("The king sent on Monday Saudi troops to Bahrain.", "sent on Monday Saudi troops", "SAU"),
    ],
)
def test_second_review_cases_keep_the_event_and_its_doer(text, trigger, actor1):
    assert only(mentions(text), trigger=trigger)["actor1"] == actor1


@pytest.mark.parametrize(
    "text",
    [
        "North Korea sent troops to battle Ukrainian forces for Russia. Russian troops attacked "
        "Ukrainian positions on Monday.",
        "Ukraine is bracing for Russia's spring offensive. Russian troops attacked Ukrainian "
        "positions on Monday.",
    ],
)
def test_an_enemy_or_a_bare_for_makes_no_allies(text):
    row = only(mentions(text), trigger="attacked")
    assert (row["actor1"], row["actor2"]) == ("RUS", "UKR")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Despite Turkish warnings, Syrian forces shelled villages near the border on Monday.",
         "TUR"),
        ("Despite warnings from the US, Britain and France, troops were deployed on Monday.",
         "FRA"),
    ],
)
def test_a_concession_named_before_its_noun_or_listed_names_no_party(text, absent):
    rows = mentions(text)
    assert absent not in {r["actor1"] for r in rows} | {r["actor2"] for r in rows}


def test_a_speaker_who_reports_and_urges_makes_the_demand():
    text = "Robert Mood said the attempts had been unsuccessful and urged warring parties to stop."
    row = only(mentions(text), trigger="urged")
    assert (row["event_type"], row["actor1"]) == ("DEMAND", "UN")


def test_a_concession_with_dotted_initials_still_names_no_party():
    text = "Despite warnings from the U.S. and NATO, Russia and Iran denied the deployment."
    rows = mentions(text)
    parties = {r["actor1"] for r in rows} | {r["actor2"] for r in rows}
    assert rows and not parties & {"USA", "NATO"}


def test_a_clash_names_both_sides():
    [row] = mentions("Ukrainian forces clashed with North Korean troops in Kursk on Monday.")
    assert (row["event_type"], {row["actor1"], row["actor2"]}) == ("ASSAULT", {"UKR", "PRK"})
    assert row["event_date"] == date(2024, 10, 14)


def test_the_side_troops_fight_for_is_not_their_opponent():
    row = only(
        mentions(
            "Zelensky said North Korean soldiers fighting for Russia suffered "
            "casualties on 7 October."
        ),
        event_type="ASSAULT",
    )
    assert (row["actor1"], row["actor2"]) == ("PRK", "UKR")


def test_nato_is_an_actor_code():
    rows = mentions("NATO said North Korean troops were deployed to Russia on 28 October.")
    row = only(rows, event_type="MOBILIZE")
    assert (row["actor1"], row["actor2"], row["claimed_by_actor"]) == ("PRK", "RUS", "NATO")


def test_each_quantity_and_place_belongs_to_its_own_event():
    rows = mentions(
        "Over 500 North Korean soldiers arrived in Kursk, while 12,000 more troops "
        "will deploy to Vladivostok, Russian officials said."
    )
    kursk = only(rows, quantity=500.0)
    vladivostok = only(rows, quantity=12000.0)
    assert (kursk["location"], kursk["status"]) == ("Kursk", "occurred")
    assert (vladivostok["location"], vladivostok["status"]) == ("Vladivostok", "future")


def test_a_background_list_item_takes_its_own_date():
    text = (
        "Budanov said 11,000 North Korean troops were training in Russia.\n"
        "Background:\n"
        "- On 8 October, the South Korean Ministry of Defence said that North Korea was likely "
        "to send some of its regular troops to Russia.\n"
        "- On 14 October, Zelensky announced that North Korean soldiers had arrived in Russia.\n"
    )
    rows = mentions(text)
    send = only(rows, trigger="send")
    assert (send["event_date"], send["date_source"], send["claimed_by_actor"]) == (
        date(2024, 10, 8),
        "timex",
        "KOR",
    )
    assert only(rows, sentence_index=3)["event_date"] == date(2024, 10, 14)


def test_an_appositive_makes_every_later_mention_of_the_person_that_country():
    text = (
        "Ukraine's intelligence chief, Lt. Gen. Marko Petrenko, gave an interview. "
        "North Korean troops arrived in Kursk on Monday, Petrenko said."
    )
    row = only(mentions(text), event_type="MOBILIZE")
    assert (row["claimed_by"], row["claimed_by_actor"]) == ("Petrenko", "UKR")


def test_negated_event_is_flagged_negated():
    [row] = mentions("Russia has not deployed North Korean troops to Ukraine, Peskov said.")
    assert row["status"] == "negated"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Am 8. Oktober schickte Nordkorea Soldaten nach Russland."),
        ("fr", "Le 8 octobre, la Corée du Nord a envoyé des soldats en Russie."),
        ("es", "El 8 de octubre, Corea del Norte envió tropas a Rusia."),
        ("it", "L'8 ottobre la Corea del Nord ha inviato truppe in Russia."),
        ("ru", "8 октября КНДР отправила войска в Россию."),
        ("uk", "8 жовтня КНДР відправила війська до Росії."),
        ("ko", "북한은 10월 8일 러시아에 병력을 파병했다."),
        ("id", "Pada 8 Oktober, Korea Utara mengirim tentara ke Rusia."),
        ("ar", "في 8 أكتوبر، أرسلت كوريا الشمالية جنودا إلى روسيا."),
        ("pt", "Em 8 de outubro, a Coreia do Norte enviou tropas para a Rússia."),
        ("lv", "Ziemeļkoreja 8. oktobrī nosūtīja karavīrus uz Krievijas Kurskas apgabalu."),
        ("hr", "Sjeverna Koreja 8. listopada poslala je vojnike u rusku regiju Kursk."),
        ("sr", "Severna Koreja je 8. oktobra poslala vojnike u Kursku oblast u Rusiji."),
        ("sr", "Северна Кореја је 8. октобра послала војнике у Курску област у Русији."),
        ("te", "అక్టోబర్ 8న ఉత్తర కొరియా రష్యాలోని కుర్స్క్ ప్రాంతానికి సైనికులను పంపింది."),
    ],
)
def test_other_languages_give_dated_country_events(lang, text):
    [row] = mentions(text, lang)
    assert (row["event_type"], row["actor1"], row["actor2"], row["event_date"]) == (
        "MOBILIZE",
        "PRK",
        "RUS",
        date(2024, 10, 8),
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Tropas ucranianas enfrentaram soldados norte-coreanos na região de Kursk."),
        ("pt", "Segundo Kyiv, a Ucrânia atacou o exército norte-coreano em Kursk."),
        ("lv", "Ukrainas karavīri cīnījās ar ziemeļkorejiešu karavīriem Kurskas apgabalā."),
        ("hr", "Ukrajinske snage sukobile su se sa sjevernokorejskim vojnicima u Kurskoj oblasti."),
        ("sr", "Ukrajinske snage su se sukobile sa severnokorejskim vojnicima kod Kurska."),
        ("sr", "Украјинске снаге су се сукобиле са севернокорејским војницима код Курска."),
        ("te", "కుర్స్క్ ప్రాంతంలో ఉక్రెయిన్ దళాలు ఉత్తర కొరియా సైనికులతో పోరాడాయి."),
    ],
)
def test_a_clash_in_other_languages_names_both_sides(lang, text):
    [row] = mentions(text, lang)
    assert (row["event_type"], {row["actor1"], row["actor2"]}) == ("ASSAULT", {"UKR", "PRK"})


def test_serbian_text_labelled_bosnian_reads_with_the_serbian_data():
    [row] = mentions("Ukrajinske snage su se sukobile sa severnokorejskim vojnicima.", "bs")
    assert (row["event_type"], {row["actor1"], row["actor2"]}) == ("ASSAULT", {"UKR", "PRK"})


def test_empty_or_eventless_text_gives_no_mentions():
    assert extract_event_mentions("doc", "", [], ANCHOR) == []
    assert mentions("The weather was mild and the markets were calm.") == []


# --- the seed article's check list (samples/seed.txt, anchor 2024-10-18) -----------------------

SEED = Path(__file__).resolve().parents[3] / "samples" / "seed.txt"


@pytest.fixture(scope="module")
def seed() -> list[dict]:
    return mentions(SEED.read_text(encoding="utf-8"))


def test_seed_over_500_soldiers_arrived_as_south_korean_intelligence_confirmed(seed):
    row = only(seed, quantity=500.0)
    assert (row["quantity_unit"], row["quantity_qualifier"], row["actor1"], row["status"]) == (
        "soldiers",
        "over",
        "PRK",
        "occurred",
    )
    assert (row["claimed_by"], row["claimed_by_actor"]) == (
        "South Korea’s intelligence agency",
        "KOR",
    )


def test_seed_12000_more_troops_are_planned_without_a_date_of_their_own(seed):
    row = only(seed, quantity=12000.0)
    assert (row["quantity_unit"], row["event_type"], row["status"]) == (
        "troops",
        "MOBILIZE",
        "future",
    )
    assert (row["date_source"], row["timex_text"]) == ("published", None)


def test_seed_11000_infantry_troops_train_in_eastern_russia_says_budanov(seed):
    row = only(seed, quantity=11000.0)
    assert (row["quantity_unit"], row["actor1"], row["actor2"]) == ("troops", "PRK", "RUS")
    assert (row["location"], row["location_country"]) == ("eastern Russia", "RUS")
    assert (row["status"], row["claimed_by_actor"]) == ("ongoing", "UKR")
    assert "Budanov" in row["claimed_by"]


def test_seed_by_november_1_is_a_future_deadline(seed):
    row = only(seed, trigger="ready to fight")
    assert (row["event_date"], row["date_precision"], row["date_source"]) == (
        date(2024, 11, 1),
        "day",
        "timex",
    )
    assert row["status"] == "future"
    assert (row["actor1"], row["actor2"]) == ("PRK", "UKR")


def test_seed_first_group_of_2600_troops_is_expected_in_kursk_region(seed):
    row = only(seed, quantity=2600.0)
    assert (row["quantity_unit"], row["location"], row["location_country"]) == (
        "troops",
        "Kursk",
        "RUS",
    )
    assert (row["actor1"], row["status"]) == ("PRK", "future")


def test_seed_ukraines_incursion_into_kursk_was_in_august_2024(seed):
    row = only(seed, trigger="incursion")
    assert (row["actor1"], row["actor2"], row["location"]) == ("UKR", "RUS", "Kursk")
    assert (row["event_date"], row["date_precision"], row["status"]) == (
        date(2024, 8, 1),
        "month",
        "occurred",
    )


def test_seed_yoon_convened_an_emergency_meeting_on_the_publication_date(seed):
    row = only(seed, trigger="convened")
    assert (row["event_type"], row["actor1"], row["actor1_sector"]) == (
        "CONSULT",
        "KOR",
        "government",
    )
    assert (row["event_date"], row["date_source"]) == (date(2024, 10, 18), "published")


def test_seed_north_korea_supplying_ammunition_is_ongoing_with_no_date_of_its_own(seed):
    row = only(seed, trigger="supplying")
    assert (row["event_type"], row["actor1"], row["actor2"], row["status"]) == (
        "AID",
        "PRK",
        "RUS",
        "ongoing",
    )
    assert row["date_source"] == "published"


def test_seed_kims_recent_birthday_message_takes_no_date_from_recent(seed):
    row = only(seed, trigger="birthday message")
    assert row["actor1"] == "PRK"
    assert (row["date_source"], row["timex_text"]) == ("published", None)


def test_seed_names_the_four_countries(seed):
    codes = {r["actor1"] for r in seed} | {r["actor2"] for r in seed}
    assert {"PRK", "RUS", "UKR", "KOR"} <= codes


def test_seed_quantities_each_sit_on_their_own_mention(seed):
    quantities = [r["quantity"] for r in seed if r["quantity"] is not None]
    assert sorted(quantities) == [500.0, 2600.0, 11000.0, 12000.0]


def test_seed_without_an_anchor_keeps_relative_dates_unresolved_and_mentions_undated(seed):
    undated = mentions(SEED.read_text(encoding="utf-8"), anchor=None)
    deadline = only(undated, trigger="ready to fight")
    meeting = only(undated, trigger="convened")
    assert deadline["event_date"] is None and meeting["event_date"] is None
    assert all(r["date_source"] != "published" for r in undated)


def test_troops_sent_to_fight_report_a_deployment_to_the_side_they_fight_for():
    [row] = mentions(
        "North Korea confirmed on Monday that it sent troops to fight alongside Russian "
        "forces against Ukraine."
    )
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("MOBILIZE", "PRK", "RUS")


def test_a_claimant_phrase_does_not_swallow_the_event_before_it():
    [row] = mentions(
        "An estimated 4,700 North Korean soldiers have been killed or wounded while "
        "fighting alongside Russia against Ukrainian forces, South Korea's spy agency "
        "said on Wednesday."
    )
    assert (row["actor2"], row["quantity"], row["claimed_by_actor"]) == ("PRK", 4700.0, "KOR")
    assert row["actor1"] == "UKR"


def test_a_participle_describing_troops_yields_to_the_clause_deed():
    [row] = mentions(
        "Ukraine says it captured 2 North Korean soldiers fighting for Russia on Saturday."
    )
    assert (row["event_type"], row["actor1"], row["actor2"], row["quantity"]) == (
        "COERCE",
        "UKR",
        "PRK",
        2.0,
    )


def test_an_event_without_a_named_actor_counts_when_the_text_dates_it():
    [row] = mentions("Security forces killed 72 protesters on 22 April in the south.")
    assert (row["event_type"], row["actor1"], row["event_date"]) == (
        "ASSAULT",
        None,
        date(2024, 4, 22),
    )


def test_an_undated_uncounted_event_without_a_named_actor_is_no_mention():
    assert mentions("Security forces killed protesters in the south.") == []


def test_a_negated_deployment_in_russian_is_negated():
    rows = mentions("Песков уточнил, что военные КНДР не размещены на Украине.", "ru")
    assert [(r["actor1"], r["status"]) for r in rows] == [("PRK", "negated")]


def test_a_deployment_goes_to_the_place_named_not_to_the_enemy():
    [row] = mentions("North Korean troops arrived in Russia on Monday to fight against Ukraine.")
    assert (row["actor1"], row["actor2"]) == ("PRK", "RUS")


def test_a_date_in_another_sentence_does_not_date_the_event():
    rows = mentions(
        "North Korean troops arrived in Kursk on 23 October. Fierce battles with Ukrainian "
        "forces were fought there, Russian officials said."
    )
    battles = only(rows, event_type="ASSAULT")
    assert battles["date_source"] == "published"


def test_a_toll_told_after_a_dated_attack_takes_the_attacks_day_from_context():
    rows = mentions(
        "On Tuesday, government troops shelled the city of Homs. At least 20 people were killed."
    )
    toll = only(rows, quantity=20.0)
    assert (toll["event_date"], toll["date_source"]) == (date(2024, 10, 15), "context")


def test_a_toll_told_after_a_dated_attack_takes_the_attacks_place_too():
    rows = mentions(
        "On Tuesday, government troops shelled the city of Homs. At least 20 people were killed."
    )
    toll = only(rows, quantity=20.0)
    assert (toll["location"], toll["location_country"]) == ("Homs", "SYR")


def test_a_toll_told_after_an_undated_attack_takes_neither_its_day_nor_its_place():
    rows = mentions("Government troops shelled the city of Homs. At least 20 people were killed.")
    toll = only(rows, quantity=20.0)
    assert (toll["location"], toll["date_source"]) == (None, "published")


def test_a_death_with_no_named_side_dated_only_by_the_sentence_before_is_no_event():
    rows = mentions(
        "On Tuesday, government troops shelled the city of Homs. Lance Corporal Matty Hull was "
        "killed in the incident."
    )
    assert [r["trigger"] for r in rows] == ["shelled"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "On Tuesday, government troops shelled the city of Homs.",
            "The UN says 9,000 people have died since March.",
        ),
        (
            "On Tuesday, North Korea sent troops to Russia.",
            "North Korean troops are stationed in Kursk.",
        ),
        (
            "On Tuesday, government troops shelled the city of Homs.",
            "Rebels attacked an army post in Hama.",
        ),
        (
            "On Tuesday, security forces killed 12 protesters in Homs.",
            "More than 7,500 people were killed during the 11-month uprising.",
        ),
        (
            "On Tuesday, security forces killed 12 protesters in Homs.",
            "In Iraq, 12 people were killed by a car bomb in Baghdad.",
        ),
        (
            "On Tuesday, security forces killed 12 protesters in Homs.",
            "Rebels attacked a checkpoint in Idlib in January, and 20 soldiers were killed.",
        ),
    ],
    ids=["perfect-toll", "present", "another-deed", "a-duration", "another-country",
         "a-date-in-the-sentence"],
)
def test_a_present_perfect_or_another_deed_keeps_its_own_date(first, second):
    [*_, second_row] = mentions(f"{first} {second}")
    assert second_row["trigger"] in second
    assert (second_row["event_date"], second_row["date_source"]) == (
        date(2024, 10, 18),
        "published",
    )


def test_he_stands_for_the_person_named_last():
    rows = mentions(
        "South Korean President Han Min Ho convened a meeting on Friday. During the "
        "meeting, he called on Russia to stop the cooperation."
    )
    demand = only(rows, event_type="DEMAND")
    assert (demand["actor1"], demand["actor2"]) == ("KOR", "RUS")


def test_troops_training_to_start_fighting_report_the_training():
    [row] = mentions(
        "Nearly 11,000 North Korean troops are training in eastern Russia to start "
        "fighting against Ukraine in November."
    )
    assert (row["event_type"], row["actor1"], row["actor2"], row["quantity"]) == (
        "MOBILIZE",
        "PRK",
        "RUS",
        11000.0,
    )


def test_seed_north_korea_deployed_troops_to_assist_russia(seed):
    row = only(seed, sentence_index=0)
    assert (row["event_type"], row["actor1"], row["actor2"], row["status"]) == (
        "MOBILIZE",
        "PRK",
        "RUS",
        "occurred",
    )


def test_soldiers_named_in_an_earlier_sentence_are_the_other_side_of_their_capture():
    text = (
        "Two North Korean soldiers were taken prisoner in Kursk, Zelensky said. According to a "
        "statement from the Security Service of Ukraine (SBU), the soldiers were captured on "
        "January 9."
    )
    capture = only(mentions(text, anchor=Anchor(date(2025, 1, 12))), trigger="captured")
    assert (capture["actor1"], capture["actor2"]) == ("UKR", "PRK")
    assert capture["event_date"] == date(2025, 1, 9)


def test_a_sentence_naming_only_the_source_gives_the_claimant_of_the_sentence_before():
    rows = mentions(
        "About 11,000 North Korean soldiers are being trained in eastern Russia.\n"
        "This was reported by the head of Ukraine's military intelligence, Kyrylo Budanov."
    )
    trained = only(rows, event_type="MOBILIZE")
    assert (trained["claimed_by_actor"], trained["quantity"]) == ("UKR", 11000.0)


@pytest.mark.parametrize(
    ("lang", "text", "claimed_by", "actor"),
    [
        (
            "ru",
            "Северокорейские военные прибыли в Курскую область. Об этом заявил "
            "пресс-секретарь президента РФ Дмитрий Песков.",
            "пресс-секретарь президента РФ Дмитрий Песков",
            "RUS",
        ),
        (
            "uk",
            "Війська КНДР прибули до Курської області. Про це повідомив керівник Головного "
            "управління розвідки Міноборони України Кирило Буданов.",
            "керівник Головного управління розвідки Міноборони України Кирило Буданов",
            "UKR",
        ),
        (
            "de",
            "Nordkoreanische Soldaten sind in Kursk eingetroffen. Dies erklärte der ukrainische "
            "Geheimdienst.",
            "der ukrainische Geheimdienst",
            "UKR",
        ),
        (
            "es",
            "Corea del Norte envió 1.500 soldados a Rusia. Así lo reveló el Servicio de "
            "Inteligencia de Corea del Sur.",
            "el Servicio de Inteligencia de Corea del Sur",
            "KOR",
        ),
        (
            "it",
            "La Corea del Nord ha inviato 1.500 soldati in Russia. A rivelarlo sono gli 007 di "
            "Seul in un'audizione parlamentare.",
            "gli 007 di Seul",
            "KOR",
        ),
    ],
)
def test_a_following_sentence_naming_only_the_source_in_other_languages(
    lang, text, claimed_by, actor
):
    sent = only(mentions(text, lang), event_type="MOBILIZE")
    assert (sent["claimed_by"], sent["claimed_by_actor"]) == (claimed_by, actor)


def test_casualties_with_no_counterpart_take_the_source_named_in_the_next_sentence():
    rows = mentions(
        "La battaglia è già costata la vita ad almeno 300 militari di Pyongyang, 2.700 quelli "
        "feriti. A disegnare il fosco quadro della presenza nordcoreana a fianco dell'armata del "
        "Cremlino sono gli 007 di Seul in un'audizione parlamentare.",
        "it",
    )
    wounded = only(rows, event_type="ASSAULT")
    assert (wounded["actor1"], wounded["actor2"], wounded["actor2_basis"]) == (
        "PRK",
        "KOR",
        "claimant",
    )
    assert (wounded["quantity"], wounded["location"]) == (300.0, None)


@pytest.mark.parametrize(
    ("lang", "text", "claimed_by"),
    [
        ("uk", "Війська КНДР прибули до Курської області, повідомляє Washington Post.",
         "Washington Post"),
        ("id", "Pasukan Korea Utara tiba di Kursk, kata Reuters.", "Reuters"),
        ("fr", "Les soldats nord-coréens sont arrivés à Koursk, ont dit les services de "
               "renseignement.", "les services de renseignement"),
        ("es", "Corea del Norte envió soldados a Rusia, dijeron fuentes de inteligencia.",
         "fuentes de inteligencia"),
        ("ru", "Северокорейские военные прибыли в Курскую область, сообщили источники.",
         "источники"),
    ],
)  # fmt: skip
def test_the_press_and_unnamed_sources_are_claimants_in_other_languages(lang, text, claimed_by):
    assert only(mentions(text, lang), event_type="MOBILIZE")["claimed_by"] == claimed_by


def test_an_event_asked_about_is_not_asserted():
    rows = mentions("Will North Korea send more troops to Russia?\nIt sent troops in June.")
    assert [r["status"] for r in rows] == ["hypothetical", "occurred"]


def test_what_a_source_goes_on_to_do_in_words_is_its_own_event():
    rows = mentions(
        "The Syrian government says 2,000 soldiers have been killed in Homs and blames the "
        "violence on armed gangs."
    )
    blame = only(rows, event_type="DISAPPROVE")
    assert (blame["actor1"], blame["trigger"], blame["claimed_by"]) == (
        "SYR", "blames", "Syrian government",
    )


def test_forces_named_before_a_belief_in_protest_are_no_protesters():
    rows = mentions("In Homs, the rebels believe in peaceful demonstration to bring about change.")
    assert [r["actor1"] for r in rows if r["event_type"] == "PROTEST"] in ([], [None])


def test_a_reported_deed_with_a_subject_of_its_own_is_not_the_speakers():
    rows = mentions("Ukraine said Russian troops shelled Kharkiv and threatened to storm the city.")
    assert only(rows, event_type="THREATEN")["actor1"] == "RUS"
    rows = mentions(
        "According to Ukrainian officials, Russian troops shelled Kharkiv and demands for a "
        "ceasefire grew."
    )
    assert [r["event_type"] for r in rows] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Israeli aircraft attacked vehicles in Gaza on Monday.", "ISR"),
        ("During Operation Desert Storm, US forces killed hundreds of Iraqi soldiers.", "USA"),
        ("Three police officers were killed in a bombing in Ramadi.", "IRQ"),
    ],
)
def test_deeds_near_words_of_other_senses_are_still_deeds(text, doer):
    assert only(mentions(text), event_type="ASSAULT")["actor1"] == doer


def test_a_question_whether_a_deed_will_be_done_does_not_assert_it():
    rows = mentions("Will North Korea respond to the sanctions by sending more troops to Russia?")
    assert [r["status"] for r in rows] == ["hypothetical"]


def test_an_event_a_question_asks_about_is_taken_as_done():
    rows = mentions("What is your reaction to the Arab League's decision to suspend its mission?")
    assert [r["status"] for r in rows] == ["occurred"]


def test_he_said_in_the_next_sentence_is_the_person_quoted_before():
    rows = mentions(
        "Zelensky said on Monday that 3,000 North Korean soldiers were killed.\n"
        '"Russia wants to send more troops," he added.'
    )
    sent = only(rows, event_type="MOBILIZE")
    assert (sent["claimed_by"], sent["claimed_by_actor"], sent["status"]) == (
        "Zelensky",
        "UKR",
        "hypothetical",
    )


def test_he_said_after_a_sentence_reporting_no_event_is_the_person_quoted_there():
    rows = mentions(
        "The situation in the Kursk border region is grave, Antony Blinken said.\n"
        'Russia has been training the North Koreans in artillery, "to use these forces in '
        'front-line operations," he told reporters.'
    )
    trained = only(rows, event_type="AID")
    assert (trained["claimed_by"], trained["claimed_by_actor"]) == ("Antony Blinken", "USA")


def test_he_said_a_few_sentences_on_is_the_speaker_when_the_president_is_them():
    rows = mentions(
        "North Korea is preparing troops for the war, President Volodymyr Zelensky said.\n"
        "Speaking in Brussels, the president described the training.\n"
        '"We know about 10,000 soldiers they are preparing to send to fight against us," he added.'
    )
    sent = only(rows, event_type="MOBILIZE", quantity=10000)
    assert (sent["claimed_by"], sent["claimed_by_actor"]) == ("Volodymyr Zelensky", "UKR")


@pytest.mark.parametrize(
    "between",
    [
        "In the immediate aftermath, the prime minister spoke of the war.",
        "Later the Syrian foreign minister met the envoy.",
        "Ukraine's army chief, Oleksandr Syrskyi, visited the front.",
    ],
)
def test_he_said_after_another_person_is_named_is_nobody_known(between):
    rows = mentions(
        "The war goes on, the US president, George Bush, said.\n"
        + between
        + "\nHe said Russia would send more troops."
    )
    assert only(rows, event_type="MOBILIZE")["claimed_by"] is None


@pytest.mark.parametrize(
    "quote",
    [
        '"The deployment of North Korean troops to Kursk is a sign of desperation."',
        "`` The deployment of North Korean troops to Kursk is a sign of desperation . ''",
    ],
)
def test_a_quotation_right_after_a_quoted_speaker_goes_on_in_their_voice(quote):
    rows = mentions(
        '"The cooperation between Russia and North Korea is a threat," Antony Blinken said. '
        + quote
    )
    deployed = only(rows, event_type="MOBILIZE")
    assert (deployed["claimed_by"], deployed["claimed_by_actor"]) == ("Antony Blinken", "USA")


def test_a_quotation_two_sentences_after_the_speaker_is_nobody_known():
    rows = mentions(
        '"The cooperation is a threat," Antony Blinken said. The talks ended. '
        '"The deployment of North Korean troops to Kursk is a sign of desperation."'
    )
    assert only(rows, event_type="MOBILIZE")["claimed_by"] is None


def test_the_speaker_of_he_said_is_no_side_of_the_deed_reported():
    rows = mentions(
        "Kofi Annan said the situation was grave.\n"
        "He said that the massacre at Houla, in which 108 people were killed, was appalling."
    )
    killed = only(rows, event_type="ASSAULT")
    assert (killed["actor1"], killed["claimed_by_actor"]) == (None, "UN")


def test_the_speaker_of_he_said_still_does_a_second_deed_of_his_own():
    rows = mentions(
        "Kofi Annan said the situation was grave.\n"
        "He said the situation remained serious and urged states not to arm either side."
    )
    assert only(rows, event_type="DEMAND")["actor1"] == "UN"


@pytest.mark.parametrize("source", ["South Korea's spy agency", "South Korea"])
def test_he_said_after_an_agency_or_a_country_is_nobody_known(source):
    rows = mentions(
        f"{source} said North Korea sent troops.\nHe said Russia will deploy them on Monday."
    )
    assert only(rows, event_type="MOBILIZE", actor1="RUS")["claimed_by"] is None


def test_a_sentence_that_only_opens_like_a_source_is_not_one():
    rows = mentions(
        "North Korea sent 1,500 troops to Russia.\n"
        "This was a grave provocation by Pyongyang, Yoon said."
    )
    assert only(rows, event_type="MOBILIZE")["claimed_by"] is None


def test_a_sentence_with_its_own_claimant_keeps_it_when_the_next_names_another():
    rows = mentions(
        "Seoul said 1,500 North Korean troops arrived in Vladivostok.\n"
        "This was confirmed by the Pentagon."
    )
    assert only(rows, event_type="MOBILIZE")["claimed_by_actor"] == "KOR"


def test_a_country_named_only_as_the_owner_of_a_place_is_not_the_one_who_acts():
    rows = mentions(
        "North Korean forces suffer heavy losses, with over 1,000 troops killed or wounded "
        "last week in Russia's Kursk region."
    )
    killed = only(rows, trigger="killed or wounded")
    assert (killed["actor1"], killed["actor2"], killed["quantity"]) == ("PRK", "RUS", 1000.0)


def test_this_development_was_confirmed_by_names_the_source_of_the_sentence_before():
    rows = mentions(
        "North Korea has deployed troops to assist Russia. This development was confirmed by "
        "South Korea's intelligence agency, which said 500 soldiers have arrived."
    )
    first = [r for r in rows if r["sentence_index"] == 0]
    assert [r["claimed_by_actor"] for r in first] == ["KOR"]


def test_a_deployment_without_a_destination_goes_where_the_article_sent_those_troops():
    rows = mentions(
        "North Korean troops are gathering in the Kursk region, officials say. "
        "A Ukrainian official said that up to five thousand North Korean troops are expected "
        "to be assembled by Monday."
    )
    assembled = only(rows, trigger="assembled")
    assert (assembled["actor1"], assembled["actor2"], assembled["quantity"]) == ("PRK", "RUS", 5000)
    assert assembled["actor2_basis"] == "destination"
    assert assembled["location"] is None  # the place itself is not copied, only its country
    assert str(assembled["event_date"]) == "2024-10-21"


def test_no_destination_is_carried_when_the_article_sent_the_troops_to_two_countries():
    rows = mentions(
        "North Korea sent troops to Russia. North Korea also deployed soldiers to Syria. "
        "More North Korean troops will be deployed soon."
    )
    assert only(rows, sentence_index=2)["actor2"] is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Environ 11 000 soldats nord-coréens ont été envoyés en Russie pour aider à "
               "combattre l'offensive ukrainienne."),
        ("it", "Il leader nordcoreano ha inviato 10.000 soldati in Russia per aiutare Mosca a "
               "combattere contro Kiev."),
        ("id", "Korea Utara mengirim 10.000 tentara ke Rusia untuk bertempur melawan Ukraina."),
    ],
)
def test_troops_sent_to_fight_report_the_deployment_in_other_languages(lang, text):
    [row] = mentions(text, lang)
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("MOBILIZE", "PRK", "RUS")


def test_troops_deployed_to_combat_zones_report_the_deployment():
    [row] = mentions("The first North Korean troops are set to be deployed by Russia to combat "
                     "zones on 27-28 October.")
    assert row["event_type"] == "MOBILIZE"


@pytest.mark.parametrize(
    ("lang", "text", "trigger"),
    [
        # "para Kursk e atacaram": a direction, then a deed of its own after "e" (and)
        ("pt", "Tropas norte-coreanas foram enviadas para Kursk e atacaram posições ucranianas.",
         "atacaram"),
        # "per" is a purpose word in Italian, not in English
        ("en", "Russia moved North Korean troops per the plan and attacked Ukrainian positions.",
         "attacked"),
    ],
)
def test_purpose_words_are_read_in_their_own_language_and_phrase(lang, text, trigger):
    # the deed after "and" is reported, not taken for the purpose of the motion before it
    assert trigger in [row["trigger"] for row in mentions(text, lang)]


def test_a_negator_inside_a_trigger_of_several_words_negates_it():
    [row] = mentions("Russia says North Korean troops are not gathering near the border.")
    assert (row["trigger"], row["status"]) == ("troops are not gathering", "negated")


def test_a_denied_deployment_is_no_destination_for_later_ones():
    rows = mentions(
        "North Korea did not send troops to Russia. More North Korean troops will be deployed soon."
    )
    assert only(rows, sentence_index=1)["actor2"] is None


def test_the_agent_after_indonesian_oleh_is_the_other_side_of_casualties():
    [row] = mentions(
        "Menurut laporan awal, pasukan Korea Utara tewas di Kursk akibat serangan udara yang "
        "dilancarkan oleh pasukan Ukraina.",
        "id",
    )
    assert (row["actor1"], row["actor2"], row["claimed_by"]) == ("PRK", "UKR", None)


def test_a_share_of_a_total_does_not_give_the_event_the_total():
    [row] = mentions(
        "Zelensky said that more than a third of the 11,000 soldiers North Korea provided to "
        "Moscow have been killed."
    )
    assert (row["trigger"], row["quantity"]) == ("killed", None)
    [row] = mentions("About 30 % of the 11,000 North Korean soldiers were killed.")
    assert row["quantity"] is None
    [row] = mentions("All of the 11,000 North Korean soldiers were killed.")
    assert row["quantity"] == 11000.0


def test_the_battlefield_is_a_place_not_a_battle():
    [row] = mentions(
        "Russia plans to deploy the first North Korean military units on the battlefield on "
        "27-28 October."
    )
    assert (row["trigger"], row["event_type"], row["status"]) == ("deploy", "MOBILIZE", "future")
    assert mentions("Putin said Russia has achieved further successes on the battlefield.") == []


def test_joining_the_battlefield_is_entering_the_fight():
    [row] = mentions("North Korean soldiers may join the battlefield against Ukraine.")
    assert (row["event_type"], row["status"], row["actor1"], row["actor2"]) == (
        "ASSAULT", "hypothetical", "PRK", "UKR"
    )


def test_a_condition_put_first_with_should_is_hypothetical():
    [row] = mentions(
        '"Should these troops engage in combat against Ukraine, they would become legitimate '
        'military targets," Blinken said.'
    )
    assert row["status"] == "hypothetical"


def test_a_photo_caption_is_dated_by_the_date_that_ends_it():
    # Korean captions end with the photo's date and credit: "... 2024.10.17./사진=국방부"
    caption = "▲ 러시아 우수리스크 훈련장에 북한군 약 500명이 집결해 있다. 2024.10.17./사진=국방부"
    [row] = mentions(caption, "ko", anchor=None)
    assert (row["event_type"], row["actor1"], row["actor2"], row["quantity"]) == (
        "MOBILIZE", "PRK", "RUS", 500.0
    )
    assert (str(row["event_date"]), row["date_source"]) == ("2024-10-17", "timex")


def test_where_the_war_is_is_no_destination_for_later_deployments():
    rows = mentions(
        "In the ongoing conflict in Ukraine, North Korea has deployed troops to assist Russia. "
        "Over 500 North Korean soldiers have arrived in the region."
    )
    assert only(rows, quantity=500.0)["actor2"] != "UKR"


def test_mobilizing_at_home_takes_no_destination_from_earlier_deployments():
    rows = mentions(
        "North Korea sent troops to Russia. Pyongyang is mobilizing its reservists."
    )
    assert only(rows, sentence_index=1)["actor2"] is None


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Krievija neuzbruka Ukrainai.", "neuzbruka", "negated"),  # did not attack
        ("Ziemeļkoreja nenosūtīja karavīrus uz Krieviju.", "nenosūtīja", "negated"),
        ("Ziemeļkoreja nosūtīja karavīrus uz Krieviju.", "nosūtīja", "occurred"),
    ],
)
def test_a_latvian_verb_negated_by_its_prefix_is_a_negated_event(text, trigger, status):
    [row] = mentions(text, "lv", anchor=None)
    assert (row["trigger"], row["status"]) == (trigger, status)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Russia attacked Ukraine" / "... did not attack": the target carries -పై (on)
        ("రష్యా ఉక్రెయిన్‌పై దాడి చేసింది.", ("occurred", "RUS", "UKR")),
        ("రష్యా ఉక్రెయిన్‌పై దాడి చేయలేదు.", ("negated", "RUS", "UKR")),
        # "North Korea did not send soldiers to Russia"
        ("ఉత్తర కొరియా రష్యాకు సైనికులను పంపలేదు.", ("negated", "PRK", "RUS")),
    ],
)
def test_telugu_targets_and_negation_at_the_end_of_the_verb(text, expected):
    [row] = mentions(text, "te", anchor=None)
    assert (row["status"], row["actor1"], row["actor2"]) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Corée du Nord a envoyé 12 000 soldats en Russie, mais 3 000 soldats "
               "nord-coréens ont été tués à Koursk."),
        ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt, und 3.000 nordkoreanische "
               "Soldaten wurden in Kursk getötet."),
    ],
)
def test_each_clause_after_a_conjunction_gives_its_own_event_in_other_languages(lang, text):
    rows = mentions(text, lang)
    assert [(r["event_type"], r["quantity"]) for r in rows] == [
        ("MOBILIZE", 12000.0), ("ASSAULT", 3000.0)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # NIS: "Ukraine captured two North Korean soldiers"; a headline's subject, then a comma
        ("ko", '국정원 "우크라, 북한군 2명 생포 확인"', ("UKR", "PRK")),
        ("ko", "우크라, 북한군 2명 생포", ("UKR", "PRK")),
        # the comma after a first name in an English headline is a list, not a topic
        ("en", "Russia, North Korea troops clash with Ukraine", ("PRK", "UKR")),
    ],
)
def test_a_korean_headline_names_its_subject_first_then_a_comma(lang, text, pair):
    [row] = mentions(text, lang)
    assert (row["actor1"], row["actor2"]) == pair


def test_the_and_of_between_joins_the_two_sides_of_a_clash():
    [row] = mentions(
        "The first clashes between the Ukrainian and North Korean military were reported by "
        "Suspilne media."
    )
    assert (row["actor1"], row["actor2"], row["actor2_basis"]) == ("UKR", "PRK", "named")


def test_a_number_after_the_and_of_between_keeps_its_own_deployment():
    rows = mentions(
        "There were clashes between Ukrainian forces and up to 15,000 North Korean soldiers "
        "deployed in the Kursk region."
    )
    deployed = only(rows, event_type="MOBILIZE")
    assert (deployed["actor1"], deployed["quantity"]) == ("PRK", 15000)


@pytest.mark.parametrize(
    "text",
    [
        '"North Korean soldiers are expected to be deployed by Russia to combat zones. This is '
        'an escalation, in contrast to the misinformation circulated in Kazan," Zelensky said.',
        "`` North Korean soldiers are expected to be deployed by Russia to combat zones . This is "
        "an escalation , in contrast to the lies circulated in Kazan , '' Zelensky said .",
    ],
)
def test_each_sentence_of_a_long_quotation_is_a_clause_with_its_own_place(text):
    [row] = mentions(text)
    assert (row["actor1"], row["actor2"], row["location"]) == ("RUS", "PRK", None)
    assert row["claimed_by"] == "Zelensky"


def test_the_other_side_of_clashes_between_is_found_past_a_number_and_a_place_beats_the_war():
    rows = mentions(
        "The ongoing conflict in Ukraine has escalated with reports of the first clashes between "
        "Ukrainian forces and up to 15,000 North Korean soldiers deployed in the Russian region "
        "of Kursk."
    )
    clashes = only(rows, event_type="ASSAULT")
    assert (clashes["actor1"], clashes["actor2"], clashes["location"]) == ("UKR", "PRK", "Kursk")
    assert only(rows, event_type="MOBILIZE")["quantity"] == 15000


def test_a_war_named_with_no_other_place_still_says_where():
    row = only(mentions("British troops fought insurgents in the war in Iraq."))
    assert row["location"] == "Iraq"


def test_an_and_before_a_new_report_still_starts_its_own_clause():
    rows = mentions("Fighting between Ukraine and Russia went on and NATO said 3,000 troops came.")
    fighting = only(rows, trigger="Fighting")
    assert (fighting["actor1"], fighting["actor2"], fighting["quantity"]) == ("UKR", "RUS", None)


@pytest.mark.parametrize(
    ("text", "pair", "basis"),
    [
        ("North Korean troops clashed with Ukrainian forces on Monday.", ("PRK", "UKR"), "named"),
        (
            "North Korean troops have begun to suffer casualties, a U.S. official said Monday.",
            ("PRK", "USA"),
            "claimant",
        ),
        (
            "South Korea said 1,100 North Korean soldiers had been killed or wounded.",
            ("PRK", "KOR"),
            "claimant",
        ),
        ("North Korean soldiers were killed in Russia's Kursk region.", ("PRK", "RUS"), "location"),
    ],
)
def test_actor2_basis_says_whether_the_text_names_the_other_side(text, pair, basis):
    row = only(mentions(text), event_type="ASSAULT")
    assert ((row["actor1"], row["actor2"]), row["actor2_basis"]) == (pair, basis)


def test_a_row_without_actor2_has_no_actor2_basis():
    row = only(mentions("North Korea mobilized troops on Monday."), event_type="MOBILIZE")
    assert (row["actor2"], row["actor2_basis"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fight is where the troops go or what they leave; the motion is the deed
        (
            "Zelensky warned that Russia was planning to send North Korean troops into battle.",
            ("MOBILIZE", "future", "RUS", "PRK"),
        ),
        (
            "The NIS said North Korean forces were withdrawn from combat operations in January, "
            "likely due to sustaining significant casualties.",
            ("RETREAT", "occurred", "PRK", "KOR"),
        ),
        # an infinitive after a word of intent is the deed, not a purpose
        (
            "Seoul said North Korea has decided to send 12,000 troops to help Russia.",
            ("MOBILIZE", "future", "PRK", "RUS"),
        ),
        # "to fight" after a deployment is still its purpose
        (
            "North Korea sent troops to fight against Ukraine.",
            ("MOBILIZE", "occurred", "PRK", "UKR"),
        ),
        # a threat to attack is a threat; "planes" is no plan
        ("North Korea threatened to attack South Korea.", ("THREATEN", "occurred", "PRK", "KOR")),
        ("Russia sent planes to bomb Ukrainian positions.", ("MOBILIZE", "occurred", "RUS", "UKR")),
        # what comes after "if" in another clause, a question or a concession is no condition
        (
            "Ukraine struck North Korean troops in Kursk on Monday but it is unclear if any "
            "were killed.",
            ("ASSAULT", "occurred", "UKR", "PRK"),
        ),
        (
            "Ukraine captured two North Korean soldiers and asked Seoul if it would take them.",
            ("COERCE", "occurred", "UKR", "PRK"),
        ),
        (
            "North Korea has sent troops to Russia even if it denies doing so.",
            ("MOBILIZE", "occurred", "PRK", "RUS"),
        ),
        # a person is the counterpart of a deployment when no place is
        ("North Korea sent troops to help Putin.", ("MOBILIZE", "occurred", "PRK", "RUS")),
        # "North Korean allies" who act are the doers
        (
            "North Korean allies launched an assault on Ukrainian positions near Kursk.",
            ("ASSAULT", "occurred", "PRK", "UKR"),
        ),
        # a year is no determiner before a participle
        (
            "North Korea in October 2024 deployed troops to fight against Ukraine.",
            ("MOBILIZE", "occurred", "PRK", "UKR"),
        ),
        # "It's" owns nothing
        (
            "It's the deployment of North Korean troops to Russia that worries Seoul.",
            ("MOBILIZE", "occurred", "PRK", "RUS"),
        ),
        # the forces a verb deploys are its other side, before where they go
        (
            "Putin said it was Russia's prerogative to deploy North Korean troops for the war in "
            "Ukraine.",
            ("MOBILIZE", "hypothetical", "RUS", "PRK"),  # a right to deploy asserts no deployment
        ),
        # the time frame of a deployment is not its deed
        (
            "Over 10,000 North Korean soldiers were deployed to Russia last year, particularly "
            "during the significant offensive in the Kursk area.",
            ("MOBILIZE", "occurred", "PRK", "RUS"),
        ),
        # an aim is future
        (
            "The exercises were cut to a few days so that North Korean troops can take part in "
            "combat operations.",
            ("ASSAULT", "future", "PRK", None),
        ),
        # news typesets the apostrophe
        (
            "North Korean troops hadn’t yet entered combat on Monday.",
            ("ASSAULT", "negated", "PRK", None),
        ),
        # a cause after the deed
        (
            "North Korean troops have pulled back from the front after incurring heavy losses.",
            ("RETREAT", "occurred", "PRK", None),
        ),
        (
            "North Korean troops were withdrawn from the frontline after heavy losses.",
            ("RETREAT", "occurred", "PRK", None),
        ),
        (
            "North Korean troops were withdrawn from the frontline after two weeks of losses.",
            ("RETREAT", "occurred", "PRK", None),
        ),
    ],
)
def test_which_deed_a_clause_reports_who_does_it_and_whether_it_happened(text, expected):
    row = mentions(text)[0]
    assert (row["event_type"], row["status"], row["actor1"], row["actor2"]) == expected


def test_a_demonym_before_allies_is_a_friend_not_the_doer():
    [row] = mentions(
        "North Korean soldiers who joined their Russian allies in battle against Ukrainian "
        "forces have been pulled off the front lines."
    )
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("ASSAULT", "PRK", "UKR")


def test_the_anaphor_nearest_the_trigger_names_the_doer():
    rows = mentions(
        "North Korean troops are in Kursk. "
        '"We have not yet seen these troops deploy into combat against Ukrainian forces," '
        "Blinken said."
    )
    deploy = only(rows, trigger="deploy")
    assert (deploy["status"], deploy["actor1"], deploy["actor2"]) == ("negated", "PRK", "UKR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose forces a deployment noun names after "of" sends them
        (
            "The Russian president commented on the dispatch of the North Korean military "
            "to Russia.",
            ("MOBILIZE", "PRK", "RUS"),
        ),
        # ... unless a possessor deploys them
        (
            "Russia's planned deployment of North Korean troops to Kursk worries Seoul.",
            ("MOBILIZE", "RUS", "PRK"),
        ),
        # a venue is not the counterpart
        ("Iran and the US plan to meet next week in Rome.", ("CONSULT", "USA", "IRN")),
        # the owner of a war in the background is no venue, and who meets goes unnamed: the
        # countries of the next clause are not the meeting's
        (
            "The meeting was held as the National Intelligence Service disclosed that North "
            "Korea has begun to move some 12-thousand troops to help in Russia's war against "
            "Ukraine.",
            ("CONSULT", None, None),
        ),
        # (the place a withdrawal leaves is where it happens: Kursk, in Russia)
        (
            "North Korean troops pull back from Kursk due to heavy losses.",
            ("RETREAT", "PRK", "RUS"),
        ),
        # a war owned by a possessive is the background of the clause's news
        (
            "Ukrainian forces captured two North Korean soldiers, evidence of Pyongyang's "
            "involvement in Moscow's full-scale invasion.",
            ("COERCE", "UKR", "PRK"),
        ),
    ],
)
def test_who_deploys_meets_or_captures_whom(text, expected):
    [row] = mentions(text)
    assert (row["event_type"], row["actor1"], row["actor2"]) == expected


def test_who_reports_a_deployment_is_not_where_the_troops_go():
    [row] = mentions(
        "Umerov, Ukraine's defence minister, said the deployment of North Korean troops was "
        "complete."
    )
    assert (row["actor1"], row["actor2"]) == ("PRK", None)


def test_a_place_far_after_a_deployment_is_not_its_destination():
    [row] = mentions(
        "Russia has been training the North Koreans in artillery, basic infantry operations, "
        "drones and trench clearing, he told reporters after a meeting in Washington."
    )
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("AID", "RUS", "PRK")


def test_a_participle_describing_the_forces_yields_to_the_deed():
    [row] = mentions(
        "Kyiv is ready to hand over captured North Korean soldiers to Kim Jong Un if he can "
        "facilitate their exchange."
    )
    assert (row["event_type"], row["status"], row["actor1"]) == ("CONCEDE", "hypothetical", "UKR")


def test_a_deed_of_another_kind_right_after_and_is_a_second_event():
    rows = mentions("The Syrian army said 110 rebels died and urged the rebels to surrender.")
    assert sorted(r["event_type"] for r in rows) == ["ASSAULT", "DEMAND"]
    [row] = mentions("Over 100 North Korean soldiers were killed and wounded in Kursk.")
    assert row["trigger"] == "killed and wounded"


def test_a_finite_verb_before_its_troops_is_still_the_deed():
    [row] = mentions("South Korea issued a warning as North Korea has dispatched troops to Russia.")
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("MOBILIZE", "PRK", "RUS")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # German puts the verb last after "dass": its subject is the first actor after it
        (
            "de",
            "Der südkoreanische Geheimdienst geht davon aus, dass Nordkorea rund 12.000 Soldaten "
            "nach Russland entsendet.",
            ("PRK", "RUS"),
        ),
        # the Korean subject particle 이/가 marks the doer; the topic 은/는 often marks the source
        # (and the country of the war troops are sent to is no counterpart)
        (
            "ko",
            "국정원은 북한이 1만2천 명 규모 병력을 우크라이나 전쟁에 파병하기로 결정했다고 밝혔다.",
            ("PRK", None),
        ),
        # ... nor is the side someone fights shoulder to shoulder with
        (
            "en",
            "North Korean soldiers fought shoulder-to-shoulder with Russian forces against "
            "Ukraine.",
            ("PRK", "UKR"),
        ),
        # the side someone fights alongside is no opponent, in the other languages too
        (
            "es",
            "Los soldados norcoreanos combaten junto a las tropas rusas contra Ucrania.",
            ("PRK", "UKR"),
        ),
        (
            "id",
            "Tentara Korea Utara bertempur membantu militer Rusia melawan Ukraina.",
            ("PRK", "UKR"),
        ),
    ],
)
def test_who_acts_in_verb_final_and_other_languages(lang, text, pair):
    [row] = mentions(text, lang)
    assert (row["actor1"], row["actor2"]) == pair


def test_the_side_someone_fights_alongside_is_never_the_doer():
    # "These fought in mixed units alongside Russian soldiers": the doer is not named here
    assert mentions("Diese kämpften in gemischten Einheiten an der Seite russischer Soldaten.",
                    "de", anchor=None) == []


def test_the_speakers_own_object_is_not_the_doer():
    rows = mentions(
        "North Korean troops are in Kursk. Syrskyi said he had ordered troops to attack the "
        "village."
    )
    attack = only(rows, event_type="ASSAULT")
    assert attack["actor1"] == "UKR"  # Syrskyi: the person "he" stands for


def test_a_fight_between_unnamed_sides_leaves_the_next_report_its_own_clause():
    rows = mentions(
        "Fighting between the two sides has intensified and the Pentagon said 100 North Korean "
        "soldiers were killed."
    )
    assert only(rows, trigger="killed")["quantity"] == 100
    # (a fight whose sides go unnamed, undated and uncounted, is no row at all)
    assert [r["quantity"] for r in rows if r["trigger"] == "Fighting"] in ([], [None])


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("미국, 일본, 한국은 북한의 러시아 파병을 규탄했다.", ("PRK", "RUS")),  # a list, no topic
        ("러시아, 북한군 파병 요청", ("PRK", "RUS")),  # Russia requests; North Korea sends
    ],
)
def test_a_korean_list_or_the_topics_own_request_is_no_headline_topic(text, pair):
    [row] = mentions(text, "ko")
    assert (row["actor1"], row["actor2"]) == pair


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("North Korea sent troops to Russia.", "destination"),
        ("North Korean troops arrived in Russia.", "destination"),
        ("North Korean soldiers were killed in Russia.", "location"),
        # an origin is a party, not a place: "a delegation from Russia"
        ("Kim Jong Un met a delegation from Russia on Monday.", "named"),
    ],
)
def test_a_country_named_as_a_place_is_a_destination_or_location_not_a_party(text, basis):
    [row] = mentions(text)
    assert (row["actor2"], row["actor2_basis"]) == ("RUS", basis)


def test_a_clause_naming_only_places_keeps_the_sentences_subject():
    rows = mentions(
        "North Korean troops have pulled back after heavy losses, with estimates suggesting "
        "around 4,000 casualties among the 12,000 soldiers sent to Russia."
    )
    casualties = only(rows, quantity=4000)
    assert casualties["actor1"] == "PRK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "agreed to" in an earlier clause says nothing of the deed
        (
            "After Moscow agreed to a ceasefire in March, its forces attacked Kharkiv on Monday.",
            ("ASSAULT", "occurred"),
        ),
        ("Ukraine is likely to attack Russian positions.", ("ASSAULT", "future")),
        ("North Korea is able to send troops to Russia.", ("MOBILIZE", "hypothetical")),
        # an aim needs its modal
        (
            "The bridge was rebuilt so that Russia deployed troops faster last year.",
            ("MOBILIZE", "occurred"),
        ),
        # a question after the deed is no condition on it
        (
            "Russian forces shelled Kherson for hours before asking if the city would surrender.",
            ("ASSAULT", "occurred"),
        ),
        (
            "Russian forces attacked the bridge to determine if it could still carry tanks.",
            ("ASSAULT", "occurred"),
        ),
    ],
)
def test_intent_aims_and_questions_around_the_deed(text, expected):
    row = mentions(text)[0]
    assert (row["event_type"], row["status"]) == expected


def test_a_question_in_the_next_chronology_entry_leaves_the_entry_before_it_asserted():
    text = "12 October : Russia suspends the talks 14 October : Will North Korea send more troops ?"
    rows = {row["event_type"]: row["status"] for row in mentions(text)}
    assert rows == {"SANCTION": "occurred", "MOBILIZE": "hypothetical"}


def test_a_claimant_is_one_source_not_a_name_from_the_clause_before():
    [row] = mentions("After a call with Biden, Ukraine said Russian troops attacked Kharkiv.")
    assert (row["claimed_by"], row["claimed_by_actor"]) == ("Ukraine", "UKR")


def test_an_inverted_attribution_does_not_swallow_a_reported_deed():
    [row] = mentions(
        "Budanov, speaking on television, said Russia in recent weeks deployed 50,000 troops "
        "to Kursk."
    )
    assert (row["actor1"], row["claimed_by"]) == ("RUS", "Budanov")


def test_nothing_carries_over_a_semicolon():
    rows = mentions("Ukraine struck an airbase in Russia; in Belarus, troops were deployed.")
    # who deploys is not named: neither Ukraine nor the place is the one who deploys
    assert [r["actor1"] for r in rows if r["event_type"] == "MOBILIZE"] in ([], [None])


def test_these_alone_is_no_anaphor_for_the_forces():
    rows = mentions(
        "North Korean troops arrived in Kursk. Zelensky said he would, under these conditions, "
        "attack on Monday."
    )
    assert only(rows, event_type="ASSAULT")["actor1"] == "UKR"


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # a subject particle names the doer before a genitive does
        ("ko", "우크라이나군이 러시아의 정유시설을 공격했다", ("UKR", "RUS")),
        # "북한군과" is "with the North Korean army", no list
        ("ko", "우크라, 북한군과 교전", ("UKR", "PRK")),
        # a German participle after its auxiliary ends the clause too
        ("de", "Russland hat während der Offensive in Kursk nordkoreanische Soldaten eingesetzt.",
         ("RUS", "PRK")),
        ("de", "Seoul sagt, dass Russland nordkoreanische Soldaten nach Kursk verlegt hat.",
         ("RUS", "PRK")),
    ],
)
def test_word_order_rules_read_particles_and_auxiliaries(lang, text, pair):
    [row] = mentions(text, lang)
    assert (row["actor1"], row["actor2"]) == pair


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("North Korea sent troops to Kursk.", "destination"),
        ("North Korean troops arrived in the Kursk region of Russia.", "destination"),
    ],
)
def test_where_troops_go_is_their_destination_however_it_is_named(text, basis):
    [row] = mentions(text)
    assert (row["actor2"], row["actor2_basis"]) == ("RUS", basis)


def test_our_soldiers_are_the_speakers_side():
    [row] = mentions(
        "“Our soldiers have captured North Korean military personnel in the Kursk region,” "
        "Zelensky said Saturday."
    )
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("COERCE", "UKR", "PRK")


def test_the_share_not_the_whole_counts_the_casualties():
    row = only(mentions("Zelensky said 4,000 of the 11,000 North Korean soldiers were killed."))
    assert (row["quantity"], row["quantity_unit"]) == (4000.0, "soldiers")


def test_the_subject_right_before_a_gerund_does_it_not_the_worried_speaker():
    row = only(
        mentions(
            "Zelenskiy has expressed worries about the potential of North Korea sending "
            "additional troops to Russia."
        )
    )
    assert (row["actor1"], row["actor2"], row["status"]) == ("PRK", "RUS", "hypothetical")


def test_the_agent_after_an_attack_noun_attacks():
    row = only(mentions("North Korean troops came under an attack by Ukraine's forces in Kursk."))
    assert (row["actor1"], row["actor2"]) == ("UKR", "PRK")


def test_casualties_in_fighting_with_a_named_enemy_are_that_enemy_against_the_victims():
    rows = mentions(
        "At least 100 North Korean soldiers were killed and another 1,000 wounded during fierce "
        "fighting with Ukrainian troops, South Korea's spy agency said."
    )
    wounded = only(rows, quantity=1000.0)
    actors = (wounded["actor1"], wounded["actor2"], wounded["actor2_basis"])
    assert actors == ("UKR", "PRK", "named")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("North Korean soldiers killed by Ukrainian drones were cremated.", ("UKR", "PRK")),
        ("Ukrainian forces killed 30 North Korean soldiers in fighting with Russian troops.",
         ("UKR", "PRK")),
        ("North Korean troops are fighting against Ukrainian forces in Kursk.", ("PRK", "UKR")),
        # the agent of a passive deployment sends the forces of another side
        ("1,500 North Korean special forces were transported by Russian navy ships.",
         ("RUS", "PRK")),
        ("North Korean troops were withdrawn by Russia from the front line.", ("RUS", "PRK")),
        ("North Korean troops were sent by Pyongyang to Russia.", ("PRK", "RUS")),
    ],
)  # fmt: skip
def test_who_attacks_is_actor_1_and_who_suffers_actor_2(text, actors):
    [row] = mentions(text)
    assert (row["actor1"], row["actor2"]) == actors


def test_air_strikes_attributed_to_a_country_are_that_country_s():
    [row] = mentions("Tension rose after recent air strikes attributed to Israel, says Jim Muir.")
    assert (row["actor1"], row["claimed_by"]) == ("ISR", "Jim Muir")


def test_an_undated_event_with_no_actor_is_kept_when_it_counts_its_victims():
    rows = mentions("At least 37 protesters were killed in Syria, activists said.")
    assert [(r["actor1"], r["quantity"], r["location"], r["claimed_by"]) for r in rows] == [
        (None, 37.0, "Syria", "activists")
    ]
    assert mentions("Many protesters were killed, activists said.") == []
    [row] = mentions("Security forces killed 72 protesters in the south.")
    assert (row["actor1"], row["quantity"], row["quantity_unit"]) == (None, 72.0, "protesters")


def test_casualties_where_only_a_place_is_named_have_no_actor_but_that_place():
    [row] = mentions("Across Syria, 24 people were killed on Wednesday, said activists.")
    assert (row["actor1"], row["actor2"], row["location"], row["quantity"]) == (
        None,
        None,
        "Syria",
        24.0,
    )


def test_a_deployment_goes_to_the_side_it_helps_before_the_enemy_it_fights():
    [row] = mentions("North Korea admitted sending troops to fight Ukraine on behalf of Russia.")
    assert (row["actor1"], row["actor2"]) == ("PRK", "RUS")


def test_troops_sent_by_no_one_named_are_not_sent_by_the_place_of_the_war():
    rows = mentions(
        "Lawmakers said 3,000 soldiers had been sent to support the Kremlin's war in Ukraine."
    )
    assert [r["actor1"] for r in rows if r["event_type"] == "MOBILIZE"] in ([], [None])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korea decided to send 12,000 troops to the war in Ukraine.", "en"),
        ("North Korea will deploy 12,000 soldiers to the Ukraine war.", "en"),
        ("북한이 1만2천 명 규모 병력을 우크라이나 전쟁에 파병하기로 결정했다.", "ko"),
    ],
)
def test_troops_sent_to_a_war_do_not_go_to_or_against_the_country_the_war_is_in(text, lang):
    [row] = mentions(text, lang)
    assert (row["actor1"], row["actor2"], row["location"]) == ("PRK", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea sent troops to support the Russian war in Ukraine.",
        "North Korea has sent 10,000 soldiers to bolster the Russian war effort.",
    ],
)
def test_a_war_named_by_a_sides_demonym_names_that_side(text):
    [row] = mentions(text)
    assert row["actor2"] == "RUS"


def test_a_war_named_by_a_country_or_its_demonym_names_no_counterpart():
    [row] = mentions("North Korea has sent troops to the Ukrainian war.")
    assert (row["actor1"], row["actor2"]) == ("PRK", None)
    [row] = mentions("North Korea has sent 10,000 soldiers to bolster the Russia war effort.")
    assert row["actor2"] == "RUS"


def test_a_war_named_by_a_country_after_a_french_elision_names_no_counterpart():
    text = "La Corée du Nord a décidé d'envoyer 12 000 soldats à la guerre d'Ukraine."
    [row] = mentions(text, "fr")
    assert (row["actor1"], row["actor2"]) == ("PRK", None)


def test_troops_sent_to_a_war_go_where_the_article_sent_their_side_before():
    rows = mentions(
        "North Korean troops arrived in Russia last week. "
        "North Korea decided to send 12,000 more troops to the war in Ukraine."
    )
    assert (rows[-1]["actor2"], rows[-1]["actor2_basis"]) == ("RUS", "destination")


def test_a_korean_deployment_stated_by_a_source_after_the_quotation_goes_where_it_says():
    [row] = mentions("북한군 1500명이 러시아에 도착했다고 한국 정보 당국이 18일 밝혔습니다.", "ko")
    assert (row["actor2"], row["claimed_by_actor"]) == ("RUS", "KOR")


def test_a_korean_deployment_goes_to_the_side_its_purpose_supports():
    text = "북한 특수부대가 러시아의 우크라이나 특별군사작전을 지원하기 위해 파병됐다."
    [row] = mentions(text, "ko")
    assert (row["actor1"], row["actor2"], row["actor2_basis"]) == ("PRK", "RUS", "named")


@pytest.mark.parametrize(
    ("text", "supported"),
    [
        ("북한이 우크라이나에서 러시아를 지원하기 위해 파병했다.", "RUS"),
        ("나토는 “동부 방패” 작전을 위해 병력 4000명을 폴란드에 배치했다.", "POL"),
    ],
)
def test_a_korean_deployment_goes_to_the_side_named_as_its_purposes_object(text, supported):
    [row] = mentions(text, "ko")
    assert row["actor2"] == supported


@pytest.mark.parametrize(
    ("text", "sides", "place"),
    [
        ("Kofi Annan held talks on Syria with Chinese officials in Beijing.", {"UN", "CHN"},
         "Beijing"),
        ("Russia and the US held talks on Syria in Geneva.", {"RUS", "USA"}, "Geneva"),
        ("Clinton is in Riyadh for talks on the crisis in Syria.", {"USA", "SAU"}, "Riyadh"),
        ("Kofi Annan held talks on the crisis in Syria.", {"UN", None}, None),
        ("The Taliban held talks on Qatari soil with US envoys.", {"QAT", "USA"}, None),
    ],
)  # fmt: skip
def test_the_country_talks_are_about_is_no_party_to_them_nor_their_place(text, sides, place):
    row = only(mentions(text), event_type="CONSULT")
    assert ({row["actor1"], row["actor2"]}, row["location"]) == (sides, place)


def test_a_deed_talks_are_about_is_no_event_of_its_own():
    rows = mentions("Annan held talks with Lavrov on the fighting in Syria.")
    assert [(r["event_type"], r["actor1"], r["actor2"]) for r in rows] == [("CONSULT", "UN", "RUS")]


def test_the_body_of_a_post_is_no_party_to_what_its_holder_does():
    rows = mentions("Zinser, ex-ambassador to the UN, described a meeting with MI6 on Monday.")
    assert all("UN" not in (r["actor1"], r["actor2"]) for r in rows)


def test_a_demonym_after_of_names_people_not_a_place():
    [row] = mentions("These are the first reports of North Korean casualties in the war.")
    assert (row["actor1"], row["location"]) == ("PRK", None)


def test_casualties_with_no_attacker_named_keep_the_victims_first_and_the_source_as_stand_in():
    [row] = mentions("North Korean troops suffered casualties, a U.S. official said.")
    assert (row["actor1"], row["actor2"], row["actor2_basis"]) == ("PRK", "USA", "claimant")


def test_whoever_sees_an_event_takes_no_part_in_it():
    rows = mentions(
        "North Korean troops were sent to Russia. "
        "He said the U.S. has not yet seen these troops in combat."
    )
    combat = only(rows, event_type="ASSAULT")
    assert (combat["actor1"], combat["status"]) == ("PRK", "negated")


def test_a_region_that_has_seen_battles_is_still_where_they_were_fought():
    row = only(mentions("The Russian border region has seen heavy battles since Ukraine attacked."))
    assert {row["actor1"], row["actor2"]} == {"RUS", "UKR"}


def test_their_deployment_is_the_deployment_of_the_forces_named_last():
    rows = mentions(
        "North Korean troops were sent to Russia. "
        "He called their deployment a violation of UN Security Council resolutions."
    )
    called = only(rows, trigger="deployment")
    assert called["actor1"] == "PRK"
    assert called["actor2_basis"] != "destination"  # an alliance or a body is nowhere


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ukrainian and North Korean troops clashed in Kursk.", ("PRK", "UKR")),
        ("Russia and North Korea signed a treaty.", ("PRK", "RUS")),
        ("Cooperation between Russia and North Korea led to a deployment.", ("PRK", "RUS")),
    ],
    ids=["clash-sides", "treaty-parties", "between-the-two"],
)
def test_actors_named_together_are_each_others_counterparts_in_a_mutual_event(text, pair):
    row = only(mentions(text))
    assert (row["actor1"], row["actor2"]) == pair


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Meanwhile, both Russia and North Korea deny any troop movements.",
         {("PRK", None), ("RUS", None)}),
        ("Russia and China vetoed the UN resolution on Syria on Saturday.",
         {("CHN", "UN"), ("RUS", "UN")}),
        ("Canada, Australia and Switzerland have imposed sanctions on Syria.",
         {("CHE", "SYR"), ("AUS", "SYR"), ("CAN", "SYR")}),
        # ... and each condemns, as well as the deed condemned
        ("The US and France condemned North Korea's deployment of troops to Russia.",
         {("USA", "PRK"), ("FRA", "PRK"), ("PRK", "RUS")}),
    ],
)  # fmt: skip
def test_sides_named_together_each_do_a_one_sided_deed(text, pairs):
    assert {(r["actor1"], r["actor2"]) for r in mentions(text)} == pairs


def test_sides_named_together_as_those_acted_upon_get_no_rows_of_their_own():
    rows = mentions("The aim is to make it hard for Russia and China to use their veto.")
    assert len({r["actor1"] for r in rows}) <= 1


def test_fellow_victims_are_not_each_others_enemy():
    row = only(mentions("Videos showed Russian and North Korean soldiers killed in Kursk."))
    assert (row["actor1"], row["actor2_basis"]) == ("PRK", "location")


def test_forces_fighting_in_cooperation_with_russia_are_its_allies():
    text = "North Korean units, in cooperation with Russian forces, attacked Ukrainian positions."
    row = only(mentions(text))
    assert (row["actor1"], row["actor2"]) == ("PRK", "UKR")


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskyy announced the capture of two North Korean soldiers fighting alongside Russia.",
        "Ukrainian forces announced the capture of two North Korean soldiers.",
        "Ukrainian forces captured two North Korean soldiers in Kursk.",
        "Beyond the first captured soldiers from North Korea there will be more, Zelensky said.",
        "As with all prisoners of war, these two North Korean soldiers get care, Zelensky said.",
        "Zelensky said forces in the Kursk region of Russia captured two North Korean soldiers.",
    ],
    ids=["captor-is-the-announcer", "captor-named", "verb", "soldiers-from", "prisoners-of-war",
         "where-they-were-captured-is-no-captor"],
)
def test_the_captives_of_a_capture_are_actor_2_and_the_captor_actor_1(text):
    row = only(mentions(text))
    assert (row["event_type"], row["actor1"], row["actor2"], row["actor2_basis"]) == (
        "COERCE",
        "UKR",
        "PRK",
        "named",
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Six North Korean soldiers were killed after a Ukrainian missile strike.", ("UKR", "PRK")),
        ("Two North Korean soldiers were killed in a Russian counterattack.", ("RUS", "PRK")),
        ("North Korean soldiers were killed, a Ukrainian official said.", ("PRK", "UKR")),
    ],
    ids=["after-a-strike", "in-a-counterattack", "no-striker-named"],
)
def test_the_side_whose_strike_caused_the_casualties_is_actor_1(text, pair):
    row = only(mentions(text))
    assert (row["actor1"], row["actor2"]) == pair


def test_warnings_that_name_their_source_not_the_doer():
    row = only(
        mentions(
            "Kyiv has been issuing warnings that the deployment of North Korean troops in combat "
            "is only a matter of days."
        )
    )
    assert (row["actor1"], row["claimed_by"], row["status"]) == ("PRK", "Kyiv", "future")


def test_who_tracks_a_deployment_is_not_its_counterpart():
    row = only(mentions("South Korea has closely tracked North Korea's deployment efforts."))
    assert (row["actor1"], row["actor2"]) == ("PRK", None)


@pytest.mark.parametrize(
    "text",
    [
        "Российская сторона говорит о присутствии северокорейских солдат в РФ.",
        "Появились сообщения о переброске военнослужащих КНДР в РФ.",
    ],
    ids=["demonym-right-after", "forces-noun-then-country"],
)
def test_russian_forces_in_the_genitive_after_a_deployment_noun_are_sent_by_their_country(text):
    row = only(mentions(text, "ru"))
    assert (row["actor1"], row["actor2"]) == ("PRK", "RUS")


def test_a_russian_denial_is_the_claim_of_who_denies():
    text = "Российская сторона отрицает присутствие северокорейских солдат в зоне СВО."
    row = only(mentions(text, "ru"))
    assert (row["actor1"], row["status"], row["claimed_by_actor"]) == ("PRK", "negated", "RUS")


@pytest.mark.parametrize(
    "text",
    [
        "There are conflicts between the Russian occupiers and the North Korean military, who are "
        "fighting on Moscow's side against Ukraine.",
        "North Korean troops, who have been fighting Ukrainian forces in Kursk, suffered losses.",
    ],
    ids=["military-who", "troops-who"],
)
def test_a_who_clause_is_done_by_the_forces_it_follows(text):
    row = only(mentions(text), trigger="fighting")
    assert (row["actor1"], row["actor2"]) == ("PRK", "UKR")


def test_soldiers_from_a_country_fighting_against_us_face_the_speakers_side():
    row = only(
        mentions(
            "Zelensky added, after talks with European Union leaders: “We are aware that about "
            "10,000 soldiers from North Korea are preparing to fight against us.”"
        )
    )
    assert (row["actor1"], row["actor2"], row["actor2_basis"], row["quantity"]) == (
        "PRK",
        "UKR",
        "named",
        10000.0,
    )


def test_a_second_deed_joined_by_and_keeps_its_own_number_and_status():
    rows = mentions(
        "North Korea has sent tactical personnel and troops to Russia and is preparing to send "
        "ten-thousand troops as well."
    )
    sent, preparing = only(rows, status="occurred"), only(rows, status="future")
    assert (sent["quantity"], preparing["quantity"]) == (None, 10000.0)


def test_a_second_deed_after_an_auxiliary_and_an_adverb_goes_on_with_the_subject():
    rows = mentions(
        "Russia both has a veto at the UN Security Council and has already blocked two "
        "resolutions against Damascus."
    )
    assert only(rows, event_type="REJECT")["actor1"] == "RUS"


def test_where_troops_are_sent_from_sends_them():
    row = only(
        mentions(
            "Zelenskyy warned of a threat of sending additional soldiers to the Russian army from "
            "North Korea."
        )
    )
    assert (row["actor1"], row["actor2"], row["status"]) == ("PRK", "RUS", "hypothetical")


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        (
            "Blinken said 8,000 North Korean troops have been deployed to Russia's Kursk region "
            "and are expected to enter combat against Ukraine soon.",
            "combat",
            ("PRK", "UKR"),
        ),
        (
            "Zelensky said North Korean officers are already in the occupied territories of "
            "Ukraine and are training with Russian forces.",
            "training",
            ("PRK", "RUS"),
        ),
    ],
    ids=["after-a-deed", "after-a-state"],
)
def test_a_deed_joined_by_and_without_a_subject_is_the_sentence_subjects(text, trigger, pair):
    row = only(mentions(text), trigger=trigger)
    assert (row["actor1"], row["actor2"]) == pair


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "it",
            "Le truppe ucraine impegnate nella regione russa di Kursk hanno rivendicato la cattura "
            "di due soldati nordcoreani.",
            ("UKR", "PRK"),
        ),
        ("ko", "국정원은 북한 특수부대가 러시아로 파병된 사실을 확인했다.", ("PRK", "RUS")),
    ],
    ids=["it-captives-after-di", "ko-forces-noun-before-the-subject-particle"],
)
def test_captives_and_subjects_marked_in_other_languages(lang, text, pair):
    row = only(mentions(text, lang))
    assert (row["actor1"], row["actor2"]) == pair


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Ukraine reported shelling of its positions by Russian forces.", ("RUS", "UKR")),
        ("en", "North Korea called up reservists and sent them to Russia.", ("PRK", "RUS")),
        ("en", "North Korean troops will fight against US forces, Zelensky said.", ("PRK", "USA")),
        ("ru", "КНДР отправила России 10 тысяч солдат.", ("PRK", "RUS")),
        ("ko", "북한은 러시아에 병력을 파병했다고 밝혔다.", ("PRK", "RUS")),
    ],
    ids=["reported-shelling-is-no-own-deed", "called-up-is-no-labelling", "us-is-not-us",
         "ru-dative-after-a-verb-is-the-destination", "ko-country-topic-stays-a-party"],
)  # fmt: skip
def test_review_cases_keep_who_did_what(lang, text, pair):
    assert pair in [(r["actor1"], r["actor2"]) for r in mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several countries began expelling Syrian diplomats.", ("SANCTION", None, "SYR")),
        ("Officials warned the US not to intervene.", ("THREATEN", None, "USA")),
    ],
    ids=["expelling", "warned"],
)
def test_a_country_named_only_after_an_active_english_verb_is_acted_upon(text, expected):
    [row] = mentions(text)
    assert (row["event_type"], row["actor1"], row["actor2"]) == expected


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("More than 7,000 people have been killed by Syrian security forces.", "SYR"),
        ("Clashes between Syrian security forces and rebels spilled into Lebanon.", "SYR"),
        ("Tension rose after air strikes attributed to Israel on Monday.", "ISR"),
        ("It followed the arrival of North Korean troops in Kursk.", "PRK"),
        ("Officials said the decision to withdraw North Korean forces could change.", "PRK"),
    ],
    ids=["by", "between", "attributed-to", "of-forces", "forces-withdrawn"],
)
def test_a_doer_marked_after_the_trigger_still_acts(text, doer):
    assert mentions(text)[0]["actor1"] == doer


def test_a_place_after_the_trigger_is_never_the_doer():
    rows = mentions("Many viewers criticise it for giving airtime to Israeli officials.")
    assert "ISR" not in [r["actor1"] for r in rows]


def test_a_name_that_opens_another_clause_is_not_acted_upon():
    rows = mentions("The fighting comes as Iran prepares to host its own meeting.")
    assert "IRN" not in [r["actor1"] for r in rows] + [r["actor2"] for r in rows]


def test_those_named_after_a_meeting_word_are_its_parties():
    [row] = mentions("At the summit on Tuesday, US President Obama held talks with Russia.")
    assert {row["actor1"], row["actor2"]} == {"USA", "RUS"}


def test_the_enemy_a_deployment_fights_is_not_its_sender():
    rows = mentions("These troops will deploy into combat against Ukrainian forces.")
    assert "UKR" not in [r["actor1"] for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        "Activists said 89 people, including 57 soldiers, were killed in Syria on Saturday.",
        "At least 89 people, among them 57 soldiers, were killed in Homs on Saturday.",
    ],
)
def test_a_casualty_count_is_the_whole_not_the_part_it_includes(text):
    [row] = mentions(text)
    assert row["quantity"] == 89.0


def test_a_fighting_force_is_a_kind_of_unit_not_a_fight():
    assert mentions("It barely resembles a genuine fighting force, Syrian rebels said.") == []


def test_a_part_the_trigger_itself_counts_keeps_its_own_count():
    rows = mentions("South Korea said North Korea suffered 4,700 casualties, including 600 deaths.")
    assert only(rows, trigger="deaths")["quantity"] == 600.0


def test_a_struck_chord_is_no_blow_and_a_struck_deal_is_an_agreement():
    assert mentions("The song struck a chord with Syrian voters.") == []
    [row] = mentions("The US and Iraq struck a deal on Monday.")
    assert (row["event_type"], {row["actor1"], row["actor2"]}) == ("AGREE", {"USA", "IRQ"})


def test_a_country_past_a_comma_is_not_what_the_trigger_acts_upon():
    rows = mentions("Before the invasion began, the head of US central command boasted.")
    assert "USA" not in [r["actor2"] for r in rows]


def test_what_a_duration_counts_from_is_history_unless_its_date_is_recent():
    [old] = mentions("Iraq has been unstable since the attack by US troops.")
    assert (old["status"], old["date_source"]) == ("historical", "published")
    rows = mentions("Since Ukraine's incursion in August, Russia has reclaimed half the land.")
    assert only(rows, trigger="incursion")["status"] == "occurred"


def test_supporters_and_visitors_are_people_not_deeds():
    rows = mentions("Hundreds of Assad supporters and foreign visitors gathered on Friday.")
    assert [r["event_type"] for r in rows if r["event_type"] in ("SUPPORT", "CONSULT")] == []


def test_a_call_for_readers_pictures_is_no_deployment():
    assert mentions("Send your pictures and videos to yourpics@example.com (UK).") == []


def test_preparing_is_a_deployment_only_when_forces_prepare():
    assert [r["event_type"] for r in mentions("As Rice prepares to take over the US office.")] == []


def test_a_country_in_a_but_clause_is_not_what_the_trigger_acts_upon():
    rows = mentions("There was no fighting but America says it doubts the Syrian government.")
    assert "SYR" not in [r["actor2"] for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        "By meeting their deadlines, Iraqis will bind their society together.",
        "The US army has struggled to meet its recruitment targets.",
        "Iraqi transport minister Salam al Maliki issued an order banning alcohol.",
        "It hopes to have 70 Iraqi students signed up around the globe.",
        "They have experience in fighting, says Abu Theeb, an Iraqi.",
    ],
    ids=[
        "meeting-deadlines",
        "meet-targets",
        "transport-minister",
        "signed-up",
        "experience-in-fighting",
    ],
)
def test_words_in_another_sense_report_no_event(text):
    assert mentions(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Saudi-owned Al-Hayat described the sanctions as a siege on Syria.", "SAU"),
        ("Russian-made tanks shelled the city centre of Homs on Monday.", "RUS"),
        ("The rebels attacked the convoy with US-supplied rockets.", "USA"),
    ],
    ids=["owned-newspaper", "made-tanks", "supplied-rockets"],
)
def test_where_a_thing_comes_from_names_no_party(text, code):
    rows = mentions(text)
    assert code not in [r["actor1"] for r in rows] + [r["actor2"] for r in rows]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Christian Syrians were accused of siding with the regime, he insisted.", (None, "SYR")),
        ("Russian positions were attacked overnight.", (None, "RUS")),
        ("Two Iraqi journalists were arrested in Baghdad on Monday.", (None, "IRQ")),
        ("Syria was sanctioned by the EU on Monday.", ("EU", "SYR")),
    ],
    ids=["accused", "attacked", "arrested", "agent-by"],
)
def test_the_subject_of_an_english_passive_is_done_to(text, pair):
    [row] = mentions(text)
    assert (row["actor1"], row["actor2"]) == pair


def test_forces_sent_or_killed_in_the_passive_keep_their_own_side_first():
    [sent] = mentions("North Korean troops were deployed to Kursk on Monday.")
    [killed] = mentions("300 North Korean soldiers were killed on Monday.")
    assert (sent["actor1"], killed["actor1"]) == ("PRK", "PRK")


def test_a_stance_prefix_names_no_actor():
    rows = mentions("Two sheikhs of the anti-Syrian Future movement were shot dead on Sunday.")
    assert "SYR" not in [r["actor1"] for r in rows] + [r["actor2"] for r in rows]


def test_a_source_named_with_its_sector_noun_keeps_it():
    [row] = mentions("Syrian rebels said 20 soldiers were killed in Aleppo on Monday.")
    assert row["claimed_by"] == "Syrian rebels"


@pytest.mark.parametrize(
    "text",
    [
        "A process began with the invasion of Afghanistan in October 2001.",
        "The invasion and occupation of Afghanistan in 2001 gave the Arab world one grievance.",
    ],
)
def test_the_place_an_invasion_takes_is_its_target_named_as_a_party(text):
    [row] = mentions(text)
    assert (row["actor1"], row["actor2"], row["actor2_basis"]) == (None, "AFG", "named")


def test_the_agent_of_a_later_verb_is_no_party_of_the_trigger():
    rows = mentions("His visit to the West Bank in May was disrupted by the Israeli government.")
    assert "ISR" not in [r["actor1"] for r in rows] + [r["actor2"] for r in rows]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Twenty-four Syrians died on Wednesday, the LCC said.", "the LCC"),
        (
            "At least 20 people were killed in Homs on Monday, the Local Co-ordination Committees "
            "said.",
            "the Local Co-ordination Committees",
        ),
    ],
    ids=["acronym", "full-name"],
)
def test_a_body_the_lexicon_does_not_know_is_still_the_source(text, source):
    [row] = mentions(text)
    assert (row["claimed_by"], row["claimed_by_actor"]) == (source, None)


@pytest.mark.parametrize(
    ("text", "verdict", "deed"),
    [
        (
            "Ukraine accused North Korea of sending troops to Russia.",
            ("DISAPPROVE", "UKR", "PRK"),
            ("MOBILIZE", "PRK", "RUS"),
        ),
        (
            "The US condemned North Korea's deployment of troops to Russia.",
            ("DISAPPROVE", "USA", "PRK"),
            ("MOBILIZE", "PRK", "RUS"),
        ),
        (
            "The Syrian government blamed al-Qaeda for the bomb attacks.",
            ("DISAPPROVE", "SYR", None),
            ("ASSAULT", None, None),
        ),
    ],
    ids=["accused-of", "condemned", "blamed-for"],
)
def test_a_condemnation_and_the_deed_it_condemns_are_two_events(text, verdict, deed):
    rows = [(r["event_type"], r["actor1"], r["actor2"]) for r in mentions(text)]
    assert verdict in rows
    assert deed in rows or deed[1:] == (None, None)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Russia and China objected to the UN Security Council resolution on Syria.",
            {("DISAPPROVE", "CHN", "UN"), ("DISAPPROVE", "RUS", "UN")},
        ),
        (
            "Iraq's government expressed deep concern over Turkish troops.",
            {("DISAPPROVE", "IRQ", "TUR")},
        ),
        (
            "The Security Council deplored the denial of access by Iraq.",
            {("DISAPPROVE", "UN", "IRQ")},
        ),
    ],
    ids=["objected-to", "expressed-concern", "deplored"],
)
def test_concern_objection_and_regret_voiced_by_a_state_disapprove(text, rows):
    assert {(r["event_type"], r["actor1"], r["actor2"]) for r in mentions(text)} == rows


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police used sharp objects to disperse the crowd.",
        "Syria expressed hope that the concern of Russia would be addressed.",
        "Participants expressed strong concerns that military cooperation between Russia and "
        "North Korea has escalated.",
    ],
    ids=["objects-a-noun", "hope-not-concern", "the-concerns-parties-are-not-its-doers"],
)
def test_no_state_disapproves_in_these(text):
    assert not [r for r in mentions(text) if r["event_type"] == "DISAPPROVE" and r["actor1"]]


@pytest.mark.parametrize(
    "text",
    [
        "China said it was sending a senior envoy to Damascus.",
        "China sent a delegation to Damascus on Monday.",
    ],
)
def test_an_envoy_sent_is_a_diplomatic_visit_not_troops(text):
    [row] = mentions(text)
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("CONSULT", "CHN", "SYR")


def test_an_event_with_no_named_side_keeps_where_it_happened():
    [row] = mentions("In recent weeks, as fighting intensified in Syria, generals began to plan.")
    assert (row["event_type"], row["actor1"], row["location"]) == ("ASSAULT", None, "Syria")


@pytest.mark.parametrize(
    "text",
    [
        "Friends who met her last week say she is relaxed.",
        "The summit will be chaired on Monday by the host.",
        "In the past year, the community has stepped forward with vital assistance.",
    ],
    ids=["met", "summit", "assistance"],
)
def test_a_dated_meeting_or_word_with_no_named_side_is_no_event(text):
    assert mentions(text) == []


def test_a_dated_deed_with_no_named_side_is_still_news():
    [row] = mentions("Troops stormed the village and shelled it on 3 February.")
    assert (row["event_type"], row["actor1"], row["event_date"]) == (
        "ASSAULT", None, date(2024, 2, 3),
    )


@pytest.mark.parametrize(
    "text",
    [
        "The committee will vote on a resolution condemning the crackdown on protesters.",
        "Envoys are due in Damascus to appeal for an end to the killing of protesters.",
        "Turkey urged Syria to end military operations against civilian demonstrators.",
    ],
    ids=["crackdown-on", "killing-of", "against"],
)
def test_protesters_done_to_are_no_protest(text):
    assert "PROTEST" not in [r["event_type"] for r in mentions(text)]


def test_protesters_who_act_are_a_protest():
    [row] = mentions("Dozens of young protesters marched in Damascus on Friday.")
    assert (row["event_type"], row["quantity"]) == ("PROTEST", 24.0)


@pytest.mark.parametrize(
    "text",
    [
        "On the ground in Syria, clashes have been reported in Aleppo on Monday.",
        "Techniques used by Hezbollah in Lebanon are seen in roadside bombs in Iraq.",
        "McCoy was on her third day in Iraq when her convoy ran into an attack.",
    ],
    ids=["on-the-ground-in", "hezbollah-in", "day-in"],
)
def test_a_country_named_as_a_place_never_acts(text):
    rows = mentions(text)
    assert rows and all(r["actor1"] is None for r in rows)


def test_people_protesting_in_a_country_are_its_people():
    [row] = mentions("In Syria, thousands protested on Friday.")
    assert (row["event_type"], row["actor1"]) == ("PROTEST", "SYR")


def test_a_city_naming_an_attack_is_where_not_who():
    rows = mentions("Analysts said it is unlikely that the London bombings were organised abroad.")
    assert "GBR" not in [r["actor1"] for r in rows]


def test_sides_the_article_has_fighting_on_one_side_are_not_each_others_enemy():
    rows = mentions(
        "North Korean troops are fighting for Russia in Kursk. However, disorganization and a "
        "lack of cohesion with Russian units quickly led to their losses."
    )
    losses = only(rows, trigger="losses")
    assert (losses["actor1"], losses["actor2"]) != ("RUS", "PRK")
    assert losses["actor2_basis"] != "named"


def test_the_one_called_on_to_act_is_its_doer_not_an_ally():
    [row] = mentions("The plan calls for Damascus to pull back its troops by 10 April.")
    assert (row["event_type"], row["actor1"], row["status"]) == ("RETREAT", "SYR", "hypothetical")


def test_a_count_does_not_reach_past_a_verb_to_another_count():
    [row] = mentions("Insurgents detonated four car bombs in Baghdad, killing 14 people yesterday.")
    assert row["quantity"] == 14.0


def test_demonstrating_an_alliance_is_no_protest():
    assert mentions("North Korea and Russia demonstrated their alliance at Kursk.") == []


@pytest.mark.parametrize(
    "text",
    ["Captain Linton died while serving in southern Iraq.", "I was sent to Frankfurt to report."],
)
def test_a_place_alone_makes_news_only_of_fighting_or_protest(text):
    assert mentions(text) == []


def test_a_demand_is_its_own_event_and_its_maker_no_party_to_the_deed():
    rows = [(r["event_type"], r["actor1"], r["actor2"]) for r in mentions(
        "The UN demanded that Syria end the shelling of Homs."
    )]
    assert ("DEMAND", "UN", "SYR") in rows
    assert [r for r in rows if r[0] == "ASSAULT"] == [("ASSAULT", "SYR", None)]


def test_a_demand_whose_maker_the_clause_does_not_name_is_no_event_of_its_own():
    rows = mentions(
        "On 13 October, Zelenskyy said North Korea was supplying Russia with weapons, and called "
        "on partners to increase aid for Ukraine."
    )
    assert [r["actor1"] for r in rows if r["event_type"] == "DEMAND"] in ([], ["UKR"])


_FILLER = " The unit's doctors worked long shifts. Supplies came by road." * 3


def test_a_pronoun_stands_for_forces_named_a_few_sentences_before():
    text = "British soldiers fired on a car in Basra. The driver survived. They attacked again."
    assert only(mentions(text), trigger="attacked")["actor1"] == "GBR"


def test_the_doers_own_troops_are_no_anaphor_for_forces_named_before():
    text = (
        "North Korean troops were withdrawn from the front. At that time, Ukrainian troops "
        "managed to capture around a hundred settlements."
    )
    captured = only(mentions(text), trigger="capture")
    assert (captured["actor1"], captured["actor2"]) == ("UKR", None)


@pytest.mark.parametrize(
    "text",
    [
        "Two North Korean soldiers were taken prisoner. They were captured on 9 January.",
        "North Korean soldiers have fought in the Kursk region since November. They were captured "
        "on 9 January.",
    ],
)
def test_a_pronoun_subject_of_a_passive_is_done_to_however_far_back_its_forces_were_named(text):
    captured = only(mentions(text), trigger="captured")
    assert (captured["actor1"], captured["actor2"]) == (None, "PRK")


def test_a_relative_clause_after_two_sides_a_noun_governs_is_about_both():
    text = (
        "Western powers softened the draft to gain the support of Russia and China, which had "
        "threatened to veto it."
    )
    threats = [r["actor1"] for r in mentions(text) if r["trigger"] == "threatened"]
    assert sorted(threats) == ["CHN", "RUS"]


def test_a_pronoun_many_sentences_later_does_not_reach_back_to_the_forces():
    text = f"British soldiers fired on a car in Basra.{_FILLER} They attacked again."
    assert [r["actor1"] for r in mentions(text) if r["trigger"] == "attacked"] in ([], [None])


def test_an_it_that_stands_for_nothing_is_not_the_speaker():
    text = (
        "It is unclear how many civilians have been killed, although the Iraqi government says "
        "there were 1,594 civilian deaths."
    )
    assert {r["actor1"] for r in mentions(text)} == {None}


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("At least 20 people, including seven army defectors, were killed in Homs.", 20.0),
        ("At least 90 people, including many children, have been killed, activists say.", 90.0),
    ],
)
def test_an_including_aside_closed_by_a_comma_keeps_the_toll_whole(text, quantity):
    assert only(mentions(text), trigger="killed")["quantity"] == quantity


def test_the_killed_are_counted_apart_from_the_wounded():
    row = only(mentions("Thirty soldiers were killed and 38 wounded on Monday."), trigger="killed")
    assert (row["quantity"], row["quantity_unit"]) == (30.0, "soldiers")


def test_a_second_deed_after_and_with_its_own_subject_is_its_own_event():
    rows = mentions("Russian forces shelled Kyiv on Monday and Ukrainian drones struck Belgorod.")
    kyiv, belgorod = only(rows, trigger="shelled"), only(rows, trigger="struck")
    assert (kyiv["actor1"], kyiv["location"], kyiv["event_date"]) == (
        "RUS",
        "Kyiv",
        date(2024, 10, 14),
    )
    assert (belgorod["actor1"], belgorod["location"]) == ("UKR", "Belgorod")


@pytest.mark.parametrize("joint", ["and threatened", "and has also threatened"])
def test_a_second_deed_after_and_goes_on_with_the_first_doer(joint):
    rows = mentions(f"The US imposed sanctions on Iran {joint} Syria.")
    sanction, threat = only(rows, event_type="SANCTION"), only(rows, event_type="THREATEN")
    assert (sanction["actor1"], sanction["actor2"]) == ("USA", "IRN")
    assert (threat["actor1"], threat["actor2"]) == ("USA", "SYR")


@pytest.mark.parametrize(
    "text",
    [
        # a demonym before "and" waits for its noun: one object, and a participle after it
        "Ukraine said it attacked North Korean and Russian troops deployed in Kursk.",
        # a casualty word tells the first deed's toll
        "Syrian forces shelled Homs and killed five people.",
        # a participle after a noun
        "Women told stories of brutality and oppression rarely acknowledged in public.",
    ],
)
def test_an_and_that_starts_no_second_deed_gives_one_event(text):
    assert len(mentions(text)) <= 1


def test_two_names_joined_by_and_are_one_subject_of_the_deed_after_them():
    row = only(mentions("After talks in Moscow, Russia and North Korea signed a treaty."))
    assert (row["event_type"], {row["actor1"], row["actor2"]}) == ("AGREE", {"RUS", "PRK"})


def test_a_second_deed_whose_subject_names_no_party_takes_none_of_the_first_clause():
    text = "Its offices in Baghdad were bombed by the US and reporters have been detained."
    assert [r["actor1"] for r in mentions(text) if r["trigger"] == "detained"] in ([], [None])


def test_a_deed_in_a_clause_opened_by_after_is_its_own_event():
    rows = mentions("Iraqi police arrested 12 suspects after Syrian gunmen attacked a checkpoint.")
    arrest, attack = only(rows, event_type="COERCE"), only(rows, event_type="ASSAULT")
    assert (arrest["actor1"], attack["actor1"]) == ("IRQ", "SYR")


def test_a_deed_outranks_a_standing_relation_of_its_type_in_one_clause():
    [row] = mentions("The partnership treaty was ratified by the Russian parliament on Monday.")
    assert (row["trigger"], row["event_type"], row["event_date"]) == (
        "ratified",
        "AGREE",
        date(2024, 10, 14),
    )


def test_a_body_that_votes_to_suspend_a_country_sanctions_it():
    row = only(mentions("The Arab League voted to suspend Syria on Saturday."))
    assert (row["event_type"], row["actor1"], row["actor2"], row["event_date"]) == (
        "SANCTION",
        "LAS",
        "SYR",
        date(2024, 10, 12),
    )


@pytest.mark.parametrize(
    ("text", "event_type", "mode", "actor1", "day"),
    [
        (
            "Russia vetoed the draft resolution on Saturday.",
            "REJECT", None, "RUS", date(2024, 10, 12),
        ),
        (
            "Syria lifted the state of emergency on 21 April.",
            "RETREAT", "ease", "SYR", date(2024, 4, 21),
        ),
    ],
    ids=["a-veto-rejects", "lifting-an-emergency-eases"],
)
def test_a_veto_or_an_easing_is_an_event_dated_by_its_clause(text, event_type, mode, actor1, day):
    row = only(mentions(text))
    assert (row["event_type"], row["event_mode"], row["actor1"], row["event_date"]) == (
        event_type,
        mode,
        actor1,
        day,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        ("Russia, which has a veto on the Security Council, refuses to back it.", "refuses", "RUS"),
        ("North Korea, which has sent troops to Russia, denied it.", "sent troops", "PRK"),
    ],
)
def test_a_relative_clause_after_a_name_is_about_that_name(text, trigger, actor1):
    assert only(mentions(text), trigger=trigger)["actor1"] == actor1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "the two captured North Korean soldiers were brought to Kyiv"
        ("it", "I due soldati nordcoreani catturati sono stati portati a Kiev."),
        # "the prisoners were wounded before being transferred to Kyiv to be questioned"
        ("es", "Zelenski confirmó que los prisioneros resultaron heridos antes de ser "
               "trasladados a Kiev para ser interrogados."),
    ],
)  # fmt: skip
def test_where_captives_are_taken_is_not_where_they_were_captured_or_hurt(lang, text):
    assert all(row["location"] is None for row in mentions(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "captor"),
    [
        # "the second capture of North Korean soldiers reported by Kyiv"
        ("es", "Es la segunda captura de soldados norcoreanos denunciada por Kiev.", "UKR"),
        # "according to the NIS, one of the captured North Korean soldiers said"
        ("ko", "국정원에 따르면 생포된 북한군 중 1명은 조사에서 진술했다.", None),
    ],
)
def test_the_captives_of_a_capture_are_actor_2_in_other_languages(lang, text, captor):
    row = only(mentions(text, lang), event_type="COERCE")
    assert (row["actor1"], row["actor2"]) == (captor, "PRK")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Government tanks shelled the suburbs of Damascus on Monday.", "military"),
        ("At least 12 people were killed by security forces in Hama on Friday.", "police"),
        ("Regime forces attacked Homs on Monday.", "military"),
        ("Loyalist forces shelled Homs on Monday.", "military"),
        ("Government troops inflicted heavy losses on the rebels in Aleppo on Monday.",
         "military"),
        ("Some 140 people have been killed by the authorities since Sunday, most of them in Hama.",
         "government"),
        # the places of the sentence, in another clause, all lie in Syria
        ("The LCC said 38 people had been killed by security forces across the country on "
         "Tuesday, including 16 in the city of Homs and 11 in the suburbs of Damascus.", "police"),
        # ... the side the victims fought
        ("A soldier was killed in an exchange of fire with rebels in Homs on Monday.", "rebels"),
        ("Two soldiers were killed in clashes with rebels in Homs on Monday.", "rebels"),
    ],
)
def test_state_forces_named_without_their_state_act_for_the_country_of_the_event(text, sector):
    row = only(mentions(text))
    assert (row["actor1"], row["actor1_sector"]) == ("SYR", sector)


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Government troops launched a ground offensive on rebels in Homs.", "military", "rebels"),
        ("Rebels attacked government forces in Aleppo on Monday.", "rebels", "military"),
        ("Syrian troops attacked rebels in Idlib on Friday.", "military", "rebels"),
        ("Security forces killed 20 rebels in Hama.", "police", "rebels"),
        ("Security forces fired on protesters in Hama.", "police", "civilian"),
        ("Security forces clashed with protesters in Homs on Monday.", "police", "civilian"),
        ("Rebels attacked an army checkpoint near Homs on Monday.", "rebels", "military"),
        ("Government forces shelled rebel positions in Homs on Monday.", "military", "rebels"),
        ("Government forces attacked opposition strongholds in Homs on Monday.", "military",
         "rebels"),
    ],
)
def test_state_forces_or_rebels_a_deed_is_done_to_are_actor_2(text, doer, target):
    row = only(mentions(text))
    sides = (row["actor1"], row["actor1_sector"], row["actor2"], row["actor2_sector"])
    assert sides == ("SYR", doer, "SYR", target)


@pytest.mark.parametrize(
    "text",
    [
        "Gerasimov commended the heroism of the North Korean troops.",
        "Putin hailed the heroism of North Korean troops in Kursk.",
    ],
)
def test_praise_is_support_for_the_side_praised(text):
    row = only(mentions(text))
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("SUPPORT", "RUS", "PRK")


def test_a_place_standing_in_for_the_counterpart_names_no_sector():
    row = only(mentions("North Korean troops arrived in Pyongyang's ally's capital Moscow."))
    stand_in = (row["actor2"], row["actor2_basis"], row["actor2_sector"])
    assert stand_in == ("RUS", "destination", None)


def test_the_side_named_after_by_praises_in_a_passive():
    row = only(mentions("The Arab League plan was praised by Russia on Monday."))
    assert (row["actor1"], row["actor2"]) == ("RUS", "LAS")


def test_civilians_a_fight_affects_are_no_side_of_it():
    row = only(mentions("He has seen the impact of the fighting on civilians in Aleppo."))
    assert row["actor2"] is None


def test_rebels_a_foreign_force_attacks_with_no_place_named_are_nobodys():
    row = only(mentions("Russian warplanes attacked rebels on Tuesday."))
    assert (row["actor1"], row["actor2"]) == ("RUS", None)


def test_policemen_are_the_states_police():
    row = only(mentions("Two people were killed by policemen in Homs."))
    assert (row["actor1"], row["actor1_sector"]) == ("SYR", "police")


def test_a_relative_clause_after_sides_a_deed_is_done_to_is_not_theirs():
    text = "The rocket attacks on Israel and Egypt, which killed 20 people, were condemned."
    assert "ISR" not in {r["actor1"] for r in mentions(text)}


def test_a_part_of_the_forces_just_named_is_those_forces():
    rows = mentions(
        "Around 11,000 North Korean troops were sent to Russia's Kursk region. Hundreds of them "
        "have been killed by Ukrainian drones, Kyiv said."
    )
    killed = only(rows, event_type="ASSAULT")
    assert (killed["actor1"], killed["actor2"]) == ("UKR", "PRK")


def test_a_part_of_the_people_just_named_is_not_the_forces_named_before():
    rows = mentions(
        "Three British soldiers died in a roadside bomb on Monday. At least 27 people, most of "
        "them children, were killed when a car bomb exploded in Baghdad, but witnesses say many "
        "of those killed were civilians."
    )
    toll = only(rows, quantity=27.0)
    assert "GBR" not in (toll["actor1"], toll["actor2"])


def test_a_place_opening_a_sentence_after_a_source_line_is_where_the_deed_happens():
    rows = mentions(
        "Source: the Syrian Observatory for Human Rights\n\nIn Homs, security forces killed "
        "12 protesters."
    )
    assert only(rows, event_type="ASSAULT")["actor1"] == "SYR"


# an article whose news happens in Syria: two Syrian places in its event sentences so far
NEWS_FROM_SYRIA = "Tanks shelled districts in Homs on Monday. Clashes spread to Aleppo.\n"


def test_across_the_country_is_the_country_of_the_articles_news():
    rows = mentions(
        NEWS_FROM_SYRIA
        + "Activists say at least 40 people were killed across the country on Tuesday.\n"
        + "Many have pointed to pictures of protests across the country."
    )
    toll = only(rows, quantity=40.0)
    assert (toll["location"], toll["location_country"]) == ("Syria", "SYR")
    assert not [r for r in rows if r["event_type"] == "PROTEST"]  # a country makes no protest news


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police killed 12 protesters across the country on Tuesday.",
        "Russian missiles struck power plants across the country on Tuesday, Zelensky said.",
        "Kim Jong Un ordered troops deployed across the country on Tuesday.",
    ],
    ids=["another-countrys-police", "another-countrys-source", "a-move"],
)
def test_across_the_country_is_not_the_articles_country_for_others_or_for_a_move(text):
    rows = mentions(NEWS_FROM_SYRIA + text)
    assert rows[-1]["location"] is None
    assert "SYR" not in (rows[-1]["actor1"], rows[-1]["actor2"])


def test_foreign_police_firing_on_protesters_with_no_place_named_do_so_at_home():
    rows = mentions(NEWS_FROM_SYRIA + "Egyptian police killed 12 protesters on Tuesday.")
    killed = only(rows, quantity=12.0)
    assert (killed["actor1"], killed["actor2"]) == ("EGY", "EGY")


def test_where_the_reporter_stands_or_someone_fled_is_not_where_a_deed_happens():
    rows = mentions(
        "Five rebels were killed by security forces in the town, says the BBC's Jim Muir in "
        "Beirut. "
        "``Government troops are shelling everything,'' said Seif, who had fled to Jordan."
    )
    assert rows
    assert all(r["actor1"] is None for r in rows)


def test_regime_change_is_no_target():
    text = "Militants in Syria stepped up attacks Regime change in Damascus is their aim."
    row = only(mentions(text))
    assert (row["actor2"], row["actor2_sector"]) != ("SYR", "government")


def test_state_forces_in_a_sentence_naming_no_place_act_for_the_country_of_the_articles_places():
    rows = mentions(
        NEWS_FROM_SYRIA
        + "At least 43 people were killed by security forces on Wednesday, activists said."
    )
    killed = only(rows, quantity=43)
    assert (killed["actor1"], killed["actor1_sector"]) == ("SYR", "police")


def test_state_forces_in_a_sentence_naming_no_place_act_for_nobody_when_the_places_are_split():
    rows = mentions(
        "Russian tanks shelled districts in Kharkiv and in Kyiv. Syrian tanks shelled districts "
        "in Homs and in Aleppo.\n"
        "At least 43 people were killed by security forces on Wednesday, activists said."
    )
    assert only(rows, quantity=43)["actor1"] is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rebels shelled an army post in Idlib on Monday.", "SYR"),
        ("At least 20 soldiers were killed by rebels in the province of Latakia.", "SYR"),
        ("Insurgents launched suicide bomb attacks in Mosul, killing 33 people.", "IRQ"),
        ("A rebel attack on the airport in Aleppo was repelled on Friday.", "SYR"),
    ],
)
def test_the_armed_opposition_named_without_its_country_acts_for_the_country_it_fights_in(
    text, country
):
    row = only(mentions(text), event_type="ASSAULT")
    assert (row["actor1"], row["actor1_sector"]) == (country, "rebels")


@pytest.mark.parametrize(
    ("text", "target"),
    [("Gunmen attacked a US convoy in Ramadi.", "USA"),
     ("Gunmen attacked a British patrol in Basra.", "GBR")],
)  # fmt: skip
def test_forces_after_an_english_article_are_the_target_not_a_place(text, target):
    row = only(mentions(text), event_type="ASSAULT")
    assert (row["actor2"], row["actor2_basis"]) == (target, "named")


def test_a_town_after_an_english_article_stays_where():
    row = only(mentions("At least 33 are killed in a suicide attack on a Baghdad restaurant."))
    assert (row["actor1"], row["location"]) == (None, "Baghdad")


def test_a_participle_with_its_agent_after_a_place_is_done_by_the_agent():
    rows = mentions(
        "Saudi Arabia is circulating a draft resolution at the UN General Assembly, similar to "
        "the one vetoed in the Security Council by China and Russia."
    )
    assert sorted((r["actor1"], r["actor2"]) for r in rows) == [("CHN", "UN"), ("RUS", "UN")]


@pytest.mark.parametrize(
    ("text", "doer", "victims"),
    [
        ("At least 80 Syrian soldiers were killed by rebels over the weekend.",
         ("SYR", "rebels"), ("SYR", "military")),
        ("72 Syrian protesters were killed by security forces firing on crowds.",
         ("SYR", "police"), ("SYR", None)),
    ],
)  # fmt: skip
def test_victims_killed_by_forces_or_rebels_named_after_by_stand_second(text, doer, victims):
    row = only(mentions(text), event_type="ASSAULT")
    assert (row["actor1"], row["actor1_sector"]) == doer
    assert (row["actor2"], row["actor2_sector"]) == victims


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The government says at least 2,000 members of the security forces have been killed in "
         "Homs.", ("SYR", "police")),
        ("Five insurgents were killed in Ramadi on Monday.", ("IRQ", "rebels")),
        ("Eight of the security forces were killed in Homs.", ("SYR", "police")),
        ("The Observatory said it was the worst day in Homs, adding that 18 government troops had "
         "been injured.", ("SYR", "military")),
    ],
)  # fmt: skip
def test_state_forces_or_rebels_a_toll_counts_are_its_victims_of_the_country_it_happens_in(
    text, victims
):
    row = only(mentions(text), event_type="ASSAULT")
    assert (row["actor1"], row["actor1_sector"]) == victims


def test_state_forces_a_toll_counts_stand_second_when_their_killers_are_named_after_by():
    row = only(mentions("Three rebels were killed by government forces in Homs."))
    assert (row["actor1"], row["actor1_sector"]) == ("SYR", "military")
    assert (row["actor2"], row["actor2_sector"]) == ("SYR", "rebels")


def test_state_forces_a_few_words_before_a_deed_are_its_doers():
    row = only(mentions("Government forces are continuing a fierce assault on rebels in Homs."))
    assert (row["actor1"], row["actor1_sector"]) == ("SYR", "military")
    assert (row["actor2"], row["actor2_sector"]) == ("SYR", "rebels")


def test_forces_killing_people_named_by_a_plain_noun_are_the_doers():
    row = only(mentions("In Homs, security forces killed students in a raid on Monday."))
    assert (row["actor1"], row["actor1_sector"]) == ("SYR", "police")


def test_forces_firing_on_demonstrations_are_not_the_demonstrators():
    rows = mentions("In Homs, security forces opened fire on peaceful demonstrations.")
    assert [r["actor1"] for r in rows if r["event_type"] == "PROTEST"] in ([], [None])


def test_the_forces_named_right_before_a_deed_do_it_not_those_further_back():
    row = only(mentions("Sana said government forces had repelled a rebel attack on Aleppo."))
    assert (row["actor1"], row["actor1_sector"]) == ("SYR", "rebels")


def test_a_line_naming_the_sources_reports_no_event():
    text = (
        "North Korea has sent 1,000 more troops to Russia.\n"
        "Sources: Reuters, citing Lee Seong-kweun, who disclosed the data after a closed-door "
        "briefing by the National Intelligence Service"
    )
    assert [r["trigger"] for r in mentions(text)] == ["sent 1,000 more troops"]


def test_a_charts_source_running_on_into_the_story_keeps_the_storys_events():
    text = (
        "Source : UNHCR , 31 July 2012 Those arriving from Aleppo in recent days have spoken of "
        "incessant shelling ."
    )
    assert [r["trigger"] for r in mentions(text)] == ["shelling"]


@pytest.mark.parametrize(
    "text",
    ["Police said five people were killed in Baghdad.",
     "Security forces said 14 people were killed in Homs on Friday."],
)  # fmt: skip
def test_forces_who_report_a_toll_are_not_its_victims(text):
    assert only(mentions(text))["actor1"] is None


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Government troops and rebels clashed in Homs on Monday.", ("SYR", "military")),
        ("Militants wearing police uniforms attacked a checkpoint in Ramadi.", ("IRQ", "rebels")),
        ("Police protested in Baghdad on Monday over unpaid wages.", ("IRQ", "police")),
    ],
)
def test_the_first_of_forces_joined_or_described_before_a_deed_does_it(text, doer):
    row = only(mentions(text))
    assert (row["actor1"], row["actor1_sector"]) == doer


def test_the_forces_a_crackdown_is_on_are_no_victims_of_its_toll():
    row = only(mentions("The crackdown on rebels left 20 people dead in Homs."))
    assert row["actor1"] is None


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The UK received legal advice about the war against Iraq less than two weeks before "
         "it invaded in March 2003.", ("GBR", "IRQ")),
        ("EU states began work on sanctions against Damascus and will reach agreement on "
         "27 February.", ("EU", "SYR")),
    ],
)  # fmt: skip
def test_the_side_a_war_or_a_measure_is_against_does_not_do_the_deed(text, sides):
    row = mentions(text)[0]
    assert (row["actor1"], row["actor2"]) == sides


def test_a_toll_broken_down_with_no_number_of_its_own_is_the_same_toll():
    rows = mentions(
        "The Ukrainian military suffered over 76,000 casualties, including both deaths and "
        "injuries, during their attempted invasion of Kursk."
    )
    assert [r["quantity"] for r in rows] == [76000]
    rows = mentions(
        "The Observatory said at least 20 people, including seven army defectors, were killed "
        "on Wednesday."
    )
    assert [r["trigger"] for r in rows] == ["killed"]


def test_a_passive_with_its_auxiliary_keeps_the_side_it_was_done_to():
    row = only(
        mentions("North Korean soldiers, deployed to Kursk last month, were attacked by "
                 "Ukrainian drones."),
        trigger="attacked",
    )
    assert (row["actor1"], row["actor2"]) == ("UKR", "PRK")


def test_gunmen_name_no_doer_and_rebels_killed_stand_as_victims_do():
    assert only(mentions("Gunmen killed three Iraqis in Baghdad."))["actor1"] is None
    # victims with no enemy named stand first, rebels as "Five Syrian soldiers were killed" do
    rebels = only(mentions("Five rebels were killed in Homs on Monday."))
    soldiers = only(mentions("Five Syrian soldiers were killed in Homs on Monday."))
    assert (rebels["actor1"], rebels["actor1_sector"]) == ("SYR", "rebels")
    assert (rebels["actor2"], soldiers["actor2"]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a British paper's "the government" is Britain's, wherever the news is
        "The government is losing the battle over the war in Iraq.",
        # a casualty word's subject is its victims
        "Three soldiers from the Royal Military Police were killed in Basra on Monday.",
        # protesters against a government are not its forces
        "Anti-government protesters clashed with gunmen in Homs on Friday.",
    ],
)
def test_a_bare_government_victims_or_its_opponents_are_no_state_agent(text):
    assert {r["actor1"] for r in mentions(text)} <= {None}


def test_where_captives_are_taken_is_not_where_they_were_captured():
    text = "Ukrainian troops captured two North Korean soldiers, who were transported to Kyiv."
    assert only(mentions(text))["location"] is None


@pytest.mark.parametrize(
    "text",
    [
        "More than 4,000 people have fled into Turkey as Syrian troops shelled Jisr al-Shughour.",
        "Syrians arriving in Turkey say Syrian troops shelled their villages on Monday.",
        "Thousands of refugees fled across the border into Lebanon after Syrian troops shelled "
        "them.",
        "Those crossing into Turkey have fled the town, amid reports that Syrian troops are "
        "preparing an assault there.",
    ],
)
def test_where_people_flee_to_is_not_where_the_blow_they_flee_happened(text):
    row = only(mentions(text), event_type="ASSAULT")
    assert (row["location_country"], row["actor2"]) == (None, None)


def test_where_the_source_stands_is_not_where_what_it_reports_happens():
    text = "The BBC's Jonathan Head, in neighbouring Turkey, says Syrian troops shelled villages."
    assert only(mentions(text))["location"] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Syrian troops shelled a Palestinian refugee camp in Damascus on Monday.", "Damascus"),
        ("Security forces killed five refugees in Homs on Monday.", "Homs"),
        ("Turkish troops crossed into Iraq and attacked PKK bases on Monday.", "Iraq"),
    ],
)
def test_a_camp_refugees_or_a_crossing_are_no_flight(text, place):
    assert only(mentions(text), event_type="ASSAULT")["location"] == place


def test_a_blow_that_happens_where_people_fled_keeps_its_place():
    row = only(mentions("Refugees who fled into Turkey were shelled in Turkey on Monday."))
    assert row["location_country"] == "TUR"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lavrov paid a visit to Damascus on Tuesday.", "Damascus"),
        ("North Korea sent troops to Russia.", "Russia"),
        ("The unit will go to Kursk, where fierce battles were fought on Monday.", "Kursk"),
    ],
)
def test_a_moves_destination_or_a_place_where_things_happen_stays_the_place(text, place):
    assert [r["location"] for r in mentions(text)] == [place]


def test_countries_listed_together_are_one_side_not_each_others_counterpart():
    rows = mentions("Canada, Australia and Switzerland have also imposed sanctions.")
    assert {(r["event_type"], r["actor2"]) for r in rows} == {("SANCTION", None)}


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Russia has been trying to quash a Ukrainian incursion in Kursk.", "UKR"),
        ("A Russian missile strike hit Kyiv on Monday.", "RUS"),
    ],
)
def test_a_demonym_after_the_english_article_a_owns_the_deed_it_names(text, actor1):
    assert only(mentions(text))["actor1"] == actor1


def test_who_puts_the_death_toll_at_a_number_is_its_source_not_its_doer():
    row = only(mentions("On Monday the Syrian government put the death toll at 3,838."))
    assert (row["event_type"], row["quantity"], row["actor1"], row["claimed_by_actor"]) == (
        "ASSAULT",
        3838.0,
        None,
        "SYR",
    )


def test_a_death_toll_without_a_number_reports_nothing():
    assert mentions("Bush sought to confront the Iraqi death toll head on.") == []


def test_whose_control_a_place_is_freed_from_is_the_other_side():
    text = "Russian troops liberated the Kursk region from Ukrainian control on Saturday."
    row = only(mentions(text))
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("ASSAULT", "RUS", "UKR")


def test_retaking_a_city_is_an_assault():
    row = only(mentions("Syrian troops retook Idlib on Saturday."))
    assert (row["event_type"], row["actor1"], row["event_date"]) == (
        "ASSAULT",
        "SYR",
        date(2024, 10, 12),
    )


def test_the_side_fought_against_is_no_doer_in_other_languages():
    text = "Буданов: З 1 листопада 11 тисяч солдатів із КНДР будуть готові воювати проти України"
    row = only(mentions(text, "uk"), event_type="ASSAULT")
    assert (row["actor1"], row["actor2"]) == ("PRK", "UKR")


def test_battles_between_government_troops_and_defectors_are_the_states():
    text = "Activists reported battles between government troops and army defectors in Douma."
    anchor = Anchor(date(2012, 1, 23), "day", "sidecar")
    row = only(mentions(text, anchor=anchor), trigger="battles")
    assert row["actor1"] == "SYR"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("The BBC's Jim Muir in Beirut says government forces shelled Homs.", "Homs"),
        # ... and still places an event that names no other place
        ("Activists in Syria said that at least 25 people were killed on Friday.", "Syria"),
    ],
)
def test_where_the_source_speaks_gives_way_to_the_place_the_statement_names(text, location):
    assert only(mentions(text))["location"] == location


@pytest.mark.parametrize(
    "text",
    [
        "At least 10,000 have been killed since an uprising began against President Bashar "
        "al-Assad's rule, the UN says.",
        "The UN says more than 9,000 people have been killed in the uprising against Mr Assad's "
        "rule.",
    ],
)
def test_the_ruler_an_uprising_is_against_is_not_the_killer(text):
    row = only(mentions(text), event_type="ASSAULT")
    assert row["actor1"] is None


def test_office_holders_act_for_their_country():
    rows = mentions("President Bashar al-Assad has warned that foreign action will fail.")
    assert only(rows, event_type="THREATEN")["actor1"] == "SYR"
    row = only(mentions("Kofi Annan held talks with Vladimir Putin in Moscow."), trigger="talks")
    assert (row["actor1"], row["actor2"]) == ("UN", "RUS")


def test_a_toll_counted_since_a_date_is_reported_by_the_articles_day():
    anchor = Anchor(date(2012, 8, 2), "day", "sidecar")
    text = "Activists estimate 20,000 people have died since protests erupted in March last year."
    row = only(mentions(text, anchor=anchor), event_type="ASSAULT")
    assert (row["event_date"], row["date_source"], row["status"]) == (
        date(2012, 8, 2), "published", "occurred",
    )  # fmt: skip
    text = "Over a thousand troops were killed or wounded in the past week in Kursk."
    row = only(mentions(text, anchor=anchor), event_type="ASSAULT")
    assert (row["event_date"], row["date_source"]) == (date(2012, 8, 2), "published")
    text = "Since protests began in March last year, more than 5,000 civilians have died."
    row = only(mentions(text, anchor=anchor), event_type="ASSAULT")
    assert (row["event_date"], row["date_source"]) == (date(2012, 8, 2), "published")
    text = (
        "Over 600,000 Russian soldiers have been killed or wounded since Moscow launched the "
        "full-scale invasion of Ukraine nearly three years ago."
    )
    row = only(mentions(text, anchor=anchor), event_type="ASSAULT")
    assert (row["event_date"], row["status"]) == (date(2012, 8, 2), "occurred")
    # (published on 18 October 2024: "since November" reads back, to November 2023)
    row = only(mentions("North Korean troops have been fighting in Kursk since November."))
    assert (row["event_date"], row["date_source"]) == (date(2023, 11, 1), "timex")


@pytest.mark.parametrize(
    ("text", "trigger", "claimed_by"),
    [
        ("Zelensky has previously accused North Korea of sending troops to Russia.",
         "sending troops", ("Zelensky", "UKR")),
        ("The Syrian government blamed al-Qaeda for the bomb attacks in Damascus.", "bomb",
         ("Syrian", "SYR")),
    ],
)  # fmt: skip
def test_the_deed_someone_is_accused_of_is_the_accusers_claim(text, trigger, claimed_by):
    row = only(mentions(text), trigger=trigger)
    assert (row["claimed_by"], row["claimed_by_actor"]) == claimed_by


def test_a_source_that_has_said_is_still_the_source():
    row = only(mentions("Activists have said 20 people were killed in Homs."))
    assert row["claimed_by"] == "Activists"


def test_a_deed_only_considered_is_hypothetical():
    row = only(mentions("Reports say the US considered attacking the al-Jazeera office in Doha."))
    assert row["status"] == "hypothetical"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "North Korean troops fought as part of the Russian army in Kursk."),
        ("ru", "Солдаты КНДР в составе российской армии участвовали в нескольких боях."),
    ],
)
def test_the_army_fought_within_is_no_counterpart(lang, text):
    row = only(mentions(text, lang), event_type="ASSAULT")
    assert row["actor1"] == "PRK" and row["actor2_basis"] != "named"


def test_who_blames_deaths_on_others_is_not_their_doer():
    rows = mentions("The Syrian government blames the deaths on terrorists backed by outsiders.")
    assert [(r["event_type"], r["actor1"]) for r in rows] == [("DISAPPROVE", "SYR")]


def test_who_names_a_deed_takes_no_part_in_it():
    text = "John Kirby termed these manoeuvres massed, dismounted assaults by North Korean troops."
    row = only(mentions(text))
    assert (row["actor1"], row["actor2"]) == ("PRK", None)


def test_a_pronoun_for_a_leader_is_no_side_of_violence():
    rows = mentions("Tony Blair met the soldier's father. Four years later, he was killed in Iraq.")
    assert all(r["actor1"] != "GBR" for r in rows if r["event_type"] == "ASSAULT")


def test_a_side_in_the_clause_before_while_is_no_counterpart():
    text = "Ukraine is worried while Russia denies the troop movements."
    assert [(r["actor1"], r["actor2"]) for r in mentions(text)] == [("RUS", None)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Troops killed three Iraqis in Baghdad.", (None, "IRQ")),
        ("The men told how they had randomly killed Vietnamese civilians.", (None, "VNM")),
        ("In 1998 he set up an appeal, initially to help a young Iraqi girl.", (None, "IRQ")),
        ("Security forces shot dead two civilians in the city of Hama.", ("SYR", None)),
        # an adjective, not a verb: the victims stand first, as for any casualty word
        ("The NIS said 2,000 injured North Korean soldiers were repatriated.", ("PRK", "KOR")),
        # "died" takes no object, whatever follows it
        ("2,000 Syrian soldiers have died The dilemmas of war.", ("SYR", None)),
    ],
)
def test_the_one_an_active_verb_kills_or_helps_is_acted_on(text, actors):
    assert [(r["actor1"], r["actor2"]) for r in mentions(text)] == [actors]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Juppe called the Russian-Chinese veto a moral stain on the UN.",
            {("RUS", "UN"), ("CHN", "UN")},
        ),
        (
            "The US-British invasion of Iraq began in March.",
            {("USA", "IRQ"), ("GBR", "IRQ")},
        ),
        # those who meet stay each other's counterparts
        ("US-South Korean talks were held in Seoul.", {("KOR", "USA")}),
    ],
)
def test_demonyms_joined_by_a_hyphen_before_a_one_sided_deed_each_do_it(text, pairs):
    assert {(r["actor1"], r["actor2"]) for r in mentions(text)} == pairs


def test_where_two_countries_meet_is_no_side_of_two():
    assert len(mentions("At the Syrian-Lebanese border, EU sanctions bit.")) == 1


def test_a_daily_that_predicts_is_the_claimant_not_a_side():
    text = "Israel's Maariv daily predicts that the lethal terrorist attack may speed up the end."
    assert all(r["actor1"] != "ISR" for r in mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lebanese citizens were caught up in the crisis when warplanes struck Azaz, killing 30.",
        "Relations between Syria and Turkey were strained before the F-4 was shot down.",
    ],
)
def test_a_clause_with_its_own_unnamed_subject_is_not_done_by_the_name_before_it(text):
    assert all(r["actor1"] not in ("LBN", "SYR", "TUR") for r in mentions(text))


def test_a_country_in_a_groups_name_is_no_side():
    rows = mentions("The Friends of Syria meeting accused Damascus of deceiving the world.")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [(None, "SYR")]


def test_a_speakers_we_before_while_is_not_who_is_killed():
    text = (
        "William Hague, the British foreign secretary, said the crackdown was appalling. "
        'He added: "We must not watch in silence while hundreds are killed."'
    )
    assert all(r["actor1"] != "GBR" for r in mentions(text) if r["event_type"] == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "actors", "location"),
    [
        (
            "Government tanks shelled two suburbs of the Syrian capital Damascus.",
            ("SYR", None),
            "Damascus",
        ),
        (
            "The SNC re-elected its head at a meeting in the Qatari capital Doha.",
            None,
            None,
        ),
        ("Government forces shelled the Syrian city of Homs.", ("SYR", None), "Homs"),
    ],
)
def test_a_country_or_capital_naming_which_place_is_no_party(text, actors, location):
    rows = mentions(text)
    if actors is None:
        assert all("QAT" not in (r["actor1"], r["actor2"]) for r in rows)
    else:
        assert [((r["actor1"], r["actor2"]), r["location"]) for r in rows] == [(actors, location)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Damascus could face tougher sanctions from the Arab League.", ("LAS", "SYR")),
        ("Damascus has already been suspended from the Arab League.", ("LAS", "SYR")),
        ("Russia faces new EU sanctions.", ("EU", "RUS")),
        ("Russia has received very strong warnings from the US.", ("USA", "RUS")),
        ("Iran drew sharp criticism from the UN on Monday.", ("UN", "IRN")),
        ("Israel came under attack on Monday.", (None, "ISR")),
        ("The war has exposed Britain to terrorist attacks.", (None, "GBR")),
        # not a verb of the clause after "under": its subject does it
        ("Syria under Assad has attacked its own people.", ("SYR", None)),
    ],
)
def test_who_faces_or_receives_a_deed_is_its_target(text, actors):
    assert [(r["actor1"], r["actor2"]) for r in mentions(text)] == [actors]


@pytest.mark.parametrize(
    "text",
    [
        "An internet statement from militant group al-Qaida in Iraq claimed the attack.",
        "Madrid, scene of the train bombings which killed 191 people, had more visits.",
    ],
)
def test_a_country_in_a_groups_name_or_a_city_as_a_scene_is_no_side(text):
    assert all(r["actor1"] is None and r["claimed_by_actor"] is None for r in mentions(text))


def test_the_fight_named_for_the_second_toll_is_the_first_tolls_too():
    text = (
        "At least 100 North Korean soldiers were killed and another 1,000 wounded during fierce "
        "fighting with Ukrainian troops in the Kursk region."
    )
    assert {(r["actor1"], r["actor2"]) for r in mentions(text)} == {("UKR", "PRK")}


def test_a_reduced_passive_makes_its_subject_the_accused():
    rows = mentions("Netanyahu defends arming Palestinian clans accused of ties with jihadists")
    assert [(r["actor1"], r["actor2"]) for r in rows if r["event_type"] == "DISAPPROVE"] == [
        (None, "PSE")
    ]


def test_the_country_before_a_korean_dispatch_noun_is_its_destination():
    row = only(mentions("북한 특수부대의 러시아 파병이 시작됐다.", "ko"))
    assert (row["actor1"], row["actor2"]) == ("PRK", "RUS")


def test_a_persons_plan_is_no_side_of_the_violence_it_would_end():
    text = "Mr Annan's plan aims to end the violence in Syria which the UN says has killed 9,000."
    row = only(mentions(text), event_type="ASSAULT")
    assert (row["actor1"], row["claimed_by_actor"]) == (None, "UN")


def test_a_withdrawal_amid_losses_is_the_withdrawal():
    rows = mentions("North Korean troops are pulled from Russian frontline amid heavy losses")
    assert [(r["event_type"], r["actor1"]) for r in rows] == [("RETREAT", "PRK")]


def test_a_participle_between_commas_describes_the_subject_before_it():
    rows = mentions(
        "North Korean troops, fighting alongside the Russian army against Ukraine in the Kursk "
        "region, were withdrawn from the front line due to heavy losses"
    )
    assert [(r["event_type"], r["actor1"]) for r in rows] == [("RETREAT", "PRK")]


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 11,000 North Korean troops are training in eastern Russia to start fighting "
        "against Ukraine in November.",
        "North Korea sent troops to Russia to fight in November.",
    ],
)
def test_a_date_after_a_purpose_dates_the_purpose_not_the_deed(text):
    row = only(mentions(text), event_type="MOBILIZE")
    assert (row["event_date"], row["date_source"], row["status"] != "future") == (
        date(2024, 10, 18), "published", True,
    )  # fmt: skip


def test_a_past_relative_clause_dates_its_noun_in_the_past():
    anchor = Anchor(date(2005, 12, 28), "day", "sidecar")
    text = "There are no repeats of the suicide attacks that hit polls in January."
    row = only(mentions(text, anchor=anchor), event_type="ASSAULT")
    assert (row["event_date"], row["status"]) == (date(2005, 1, 1), "occurred")


def test_the_league_is_the_league_the_article_named():
    rows = mentions(
        "The Arab League suspended Syria on Saturday.\n"
        "The league also imposed sanctions on Damascus."
    )
    assert [(r["event_type"], r["actor1"]) for r in rows] == [("SANCTION", "LAS")] * 2


def test_government_right_before_the_deed_is_the_state_forces_of_its_place():
    row = only(mentions("Government shelling killed 20 people in Homs."), event_type="ASSAULT")
    assert (row["actor1"], row["actor1_sector"]) == ("SYR", "military")


def test_a_protest_against_a_presence_is_the_protest():
    rows = mentions("About 10,000 people demonstrated against the army's continued presence.")
    assert [(r["event_type"], r["quantity"]) for r in rows] == [("PROTEST", 10000.0)]


def test_a_government_protesting_disapproves_and_people_protesting_demonstrate():
    [state] = mentions("Russia has protested against the sanctions.")
    [people] = mentions("Thousands of Syrians protested in Hama on Friday.")
    assert (state["event_type"], people["event_type"]) == ("DISAPPROVE", "PROTEST")


def test_a_source_named_after_the_event_is_not_its_place():
    text = (
        "North Korea will send more troops, The New York Times reported, citing a senior U.S. "
        "defense official."
    )
    row = only(mentions(text), event_type="MOBILIZE")
    assert (row["location"], row["actor2"], row["claimed_by_actor"]) == (None, None, "USA")


def test_a_title_with_no_name_speaks_for_the_person_quoted_before():
    rows = mentions(
        "Umerov said that Russia plans to deploy five North Korean battalions.\n"
        "'The exercises were cut so that North Korean troops can take part in combat "
        "operations,' the head of the Ministry of Defense concluded."
    )
    combat = only(rows, event_type="ASSAULT")
    assert (combat["claimed_by"], combat["claimed_by_actor"]) == (
        "the head of the Ministry of Defense", "UKR",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Thirteen people died in the bomb attack on the number 30 bus.", "explosives"),
        ("Ten civilians were killed in an air strike on Aleppo.", "aerial"),
        ("20 people were killed by shelling in Homs.", "artillery"),
        ("Five soldiers were killed in clashes in Homs.", "ground"),
        ("An insurgent mortar attack in Samarra wounded a woman.", "artillery"),
        ("Insurgents attacked a police station in Baquba with a car packed with explosives.",
         "explosives"),
        ("Troops launched assaults in Kursk without artillery or air support.", "ground"),
        ("70 insurgents were killed in strikes by aeroplanes and helicopters near Ramadi.",
         "aerial"),
        ("Five soldiers were killed in the ambush and the wounded were flown out by helicopter.",
         "ground"),
    ],
)  # fmt: skip
def test_a_toll_or_an_attack_takes_the_mode_of_the_weapon_its_clause_names(text, mode):
    row = only(mentions(text), event_type="ASSAULT")
    assert row["event_mode"] == mode


def test_a_source_line_heads_the_paragraphs_after_it_until_the_background():
    rows = mentions(
        "Budanov has confirmed that North Korean troops are being trained in Russia.\n"
        "Source: Budanov in an interview with The War Zone\n"
        "Details: The first unit of 2,600 soldiers will be deployed to Kursk Oblast.\n"
        "Background:\n"
        "- On 8 October, North Korea sent 1,500 soldiers to Russia."
    )
    deployed = only(rows, quantity=2600.0)
    sent = only(rows, quantity=1500.0)
    assert (deployed["claimed_by"], deployed["claimed_by_actor"]) == ("Budanov", "UKR")
    assert sent["claimed_by"] is None


def test_a_massacre_named_as_the_reason_for_a_deed_yields_to_the_deed():
    rows = mentions(
        "Last week, at least 13 countries expelled top Syrian diplomats in protest at the "
        "massacre of more than 100 people in the Houla area of Homs province."
    )
    assert {r["event_type"] for r in rows} == {"SANCTION"}


def test_a_crackdown_named_with_no_date_is_a_background_not_an_event():
    assert mentions("Opposition groups accused the mission of covering up the crackdown.") == []


def test_an_invasion_named_with_no_date_is_a_background_not_an_event():
    assert mentions("The rise coincided with the invasion of Iraq and its aftermath.") == []


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("Shia parties emerged after the United States-led invasion in 2003.", {"USA"}),
        ("The US-British invasion of Iraq in 2003 was illegal.", {"USA", "GBR"}),
    ],
)
def test_an_invasion_with_its_date_is_an_event_of_the_sides_that_lead_it(text, doers):
    rows = mentions(text)
    assert {r["actor1"] for r in rows} == doers
    assert {r["event_date"] for r in rows} == {date(2003, 1, 1)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Shelling resumed in Homs, where the army launched an assault on Monday.", "assault"),
        ("Five protesters were killed by the army in Hama on Friday.", "killed"),
        ("The army shelled Homs on Monday.", "shelled"),
    ],
)
def test_the_army_named_alone_acts_for_the_country_of_the_deed(text, trigger):
    row = only(mentions(text), trigger=trigger)
    assert (row["actor1"], row["actor1_sector"]) == ("SYR", "military")


@pytest.mark.parametrize(
    "text",
    [
        "The British army shelled a militia base in Basra on Monday.",
        "British troops shelled a militia base in Basra on Sunday. On Monday the army attacked "
        "another base in Basra.",
        "Defectors from the army attacked a checkpoint in Basra on Monday.",
        "Activists said army deserters clashed with police in Basra on Monday.",
    ],
)
def test_the_army_named_with_a_name_its_leavers_or_after_foreign_forces_is_not_the_deed_countrys(
    text,
):
    rows = mentions(text)
    assert rows and "IRQ" not in {r["actor1"] for r in rows}


def test_a_massacre_named_in_a_clause_dated_for_another_deed_is_a_background():
    rows = mentions(
        "A report on official channel Rossiya 1 on 28 May also questioned the West's reaction to "
        "the massacre."
    )
    assert [r for r in rows if r["event_type"] == "ASSAULT"] == []


def test_a_massacre_named_with_its_date_is_an_event_of_that_day():
    row = only(mentions("The reporting of the massacre in Houla on 25 May was no exception."))
    assert (row["event_type"], row["event_group"], row["event_date"]) == (
        "ASSAULT",
        "violence against civilians",
        date(2024, 5, 25),
    )


def test_cracking_down_on_protests_is_the_crackdown_not_a_protest():
    row = only(mentions("On Monday, security forces cracked down on protests in towns in Syria."))
    assert (row["event_type"], row["actor1"], row["actor1_sector"]) == ("ASSAULT", "SYR", "police")


def test_a_crackdowns_doer_is_its_agent_not_the_clauses_subject():
    rows = mentions(
        "On Sunday, the Emir of Qatar proposed Arab military intervention to answer the "
        "crackdown by Syrian security forces in March."
    )
    assert only(rows, event_type="ASSAULT")["actor1"] == "SYR"


def test_protests_suppressed_are_no_protest_event_of_the_suppressor():
    rows = mentions("Syria's suppression of protests in Homs went on on Monday.")
    assert [(r["event_type"], r["actor1"]) for r in rows] == [("ASSAULT", "SYR")]


@pytest.mark.parametrize(
    "text",
    [
        "The draft threatens sanctions against Syria if the repression does not end.",
        "Damascus would have been threatened with non-military sanctions under Chapter 7.",
        "The EU threatened the Syrian government with new sanctions.",
    ],
)
def test_sanctions_threatened_are_a_threat_not_a_sanction(text):
    assert [r["event_type"] for r in mentions(text)] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Turkey summoned Syria's envoy to demand an immediate halt to the violence.",
         ("TUR", "SYR")),
        ("Bush phoned Berlusconi to promise a full investigation.", ("USA", "ITA")),
    ],
)
def test_who_summons_or_phones_someone_does_what_it_is_for(text, actors):
    [row] = mentions(text)
    assert (row["actor1"], row["actor2"]) == actors


def test_a_name_before_the_one_who_summons_does_not_do_what_it_is_for():
    text = (
        "After talks with Russia, the ministry summoned Syria's envoy to demand a halt to the "
        "shelling."
    )
    assert "RUS" not in {r["actor1"] for r in mentions(text) if r["event_type"] == "DEMAND"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Syria has accused the US and France of backing terrorists.",
         {("SYR", "USA"), ("SYR", "FRA")}),
        ("Russia and China vetoed resolutions against Syria and Iran.",
         {("RUS", "SYR"), ("CHN", "SYR"), ("RUS", "IRN"), ("CHN", "IRN")}),
        # those who meet are each other's counterparts, not each a target
        ("Lavrov met Assad and Muallem in Damascus.", {("RUS", "SYR")}),
        # nor is the subject of the next clause
        ("Turkey shelled Syria and Iran condemned the attack.", {("TUR", "SYR")}),
    ],
)
def test_sides_named_together_after_a_deed_are_each_its_target(text, pairs):
    assert {(r["actor1"], r["actor2"]) for r in mentions(text)} == pairs


def test_a_towns_country_after_a_compass_word_is_where_not_who():
    row = only(mentions("Two Britons were killed by a roadside bomb in Basra, southern Iraq."))
    assert (row["actor2"], row["actor2_basis"], row["location"]) == ("IRQ", "location", "Basrah")


def test_the_places_visited_are_hosts_not_the_visitor():
    text = "She traveled extensively, visiting Cuba, Guatemala and the West Bank."
    assert {r["actor1"] for r in mentions(text)} == {None}
    row = only(mentions("The visit of Lavrov to Damascus on Tuesday was welcomed."))
    assert (row["actor1"], row["actor2"]) == ("RUS", "SYR")
    # ... but "visiting" before a side names the visitors
    row = only(mentions("A visiting Iraqi army general laid the ground rules."))
    assert row["actor1"] == "IRQ"


def test_the_people_a_gerund_acts_on_do_not_do_the_verb_after_them():
    text = (
        "A lawyer for one of the British soldiers facing charges of abusing Iraqi detainees "
        "today blamed superiors who had called for a crackdown."
    )
    assert "IRQ" not in {r["actor1"] for r in mentions(text)}
    # ... nor is a noun in -ing before a subject a verb
    row = only(mentions("On Sunday evening Turkish jets bombed Kurdish positions in Iraq."))
    assert row["actor1"] == "TUR"
    # ... and the subject of a relative clause after them still does its deed
    text = "The US accused Russia of arming Syrian forces that attacked Homs on Monday."
    assert only(mentions(text), trigger="attacked")["actor1"] == "SYR"


def test_who_threatens_someone_with_sanctions_threatens_them():
    [row] = mentions("Russia threatened Syria with sanctions on Monday.")
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("THREATEN", "RUS", "SYR")


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Turkey has protested after shelling from Syria on Monday.", "SYR"),
        ("Israel came under rocket attack from Lebanon on Monday.", "LBN"),
        ("Syria has protested after shelling from Turkey on Monday.", "TUR"),
    ],
)
def test_the_country_fire_comes_from_fires_it_with_no_sector_named(text, origin):
    [row] = mentions(text)
    assert (row["actor1"], row["actor1_sector"]) == (origin, None)


def test_where_a_doer_launched_a_deed_from_is_no_side_of_it():
    row = only(mentions("Russia launched an attack from Belarus on Monday."))
    assert row["actor1"] == "RUS"


def test_where_a_deployment_goes_is_its_place_not_a_place_before_it():
    text = "The conflict spilling into Turkey caused Ankara to consider sending troops into Syria."
    assert only(mentions(text))["location"] == "Syria"


def test_a_place_before_any_other_event_keeps_its_rank():
    text = "In Washington tens of thousands joined the biggest anti-war protests in the US."
    assert only(mentions(text))["location"] == "Washington"


def test_a_town_naming_a_massacre_is_not_where_it_is_condemned():
    rows = mentions(
        "Syrian troops shelled Homs on Monday.\nBeijing condemned the Houla massacre on Tuesday."
    )
    assert only(rows, event_type="DISAPPROVE")["location"] is None


def test_a_town_naming_a_massacre_is_where_its_victims_were_killed():
    rows = mentions(
        "Syrian troops shelled Homs on Monday.\n"
        "The Hama massacre, in which 20,000 people were killed, is remembered."
    )
    assert only(rows, quantity=20000)["location"] == "Ḩamāh"


def test_an_indefinite_group_is_no_anaphor_for_forces_named_before():
    rows = mentions(
        "Iraqi troops were deployed to Mosul on Monday.\n"
        "The government orders a curfew, after a militant group claims it has killed 15 Iraqi "
        "soldiers it was holding hostage."
    )
    killed = only(rows, quantity=15)
    assert (killed["actor1"], killed["actor2"]) == (None, "IRQ")


def test_a_relative_clause_after_two_sides_named_together_is_about_both():
    rows = mentions(
        "Russia and China, who vetoed two previous Security Council resolutions on Syria, are "
        "also backing the call."
    )
    assert sorted(r["actor1"] for r in rows if r["event_type"] == "REJECT") == ["CHN", "RUS"]


def test_the_side_a_bombing_targets_is_not_its_doer():
    row = only(
        mentions(
            "At least 26 people are killed in Baghdad in a series of bombings targeting the "
            "Australian embassy."
        )
    )
    assert row["actor1"] is None


def test_a_deed_known_by_its_towns_name_is_a_background_unless_it_has_its_own_date():
    past = mentions("Only 28% of voters agree that Iraq and the London bombings are not connected.")
    dated = only(mentions("The London bombings on 7 July killed 52 people."))
    assert (past, dated["event_date"]) == ([], date(2024, 7, 7))


def test_a_deed_right_after_a_place_is_still_a_deed():
    rows = mentions(
        "Ukrainian forces fighting in Russia's Kursk Oblast captured two North Korean soldiers."
    )
    assert only(rows, event_type="COERCE")["quantity"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "More than 8,000 people have been killed in the past year, the UN says.",
        "At least 500 people have been killed so far this month.",
    ],
)
def test_a_toll_over_the_past_year_or_so_far_this_month_is_reported_by_the_articles_day(text):
    anchor = Anchor(date(2012, 3, 15), "day", "sidecar")
    row = only(mentions(text, anchor=anchor), event_type="ASSAULT")
    assert (row["event_date"], row["date_source"]) == (date(2012, 3, 15), "published")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Troops shelled districts in Homs on Monday. Clashes spread to Aleppo.\nThe government "
         "blames terrorists and armed gangs for the violence.", ("SYR", "government")),
        ("Government shelling killed 20 in Homs.", ("SYR", "military")),
        ("Security forces were shelling Homs on Monday.", ("SYR", "police")),
        ("Security forces were attacked by armed gangs in Homs.", (None, None)),
        ("Thousands joined a pro-government rally in Homs on Friday.", (None, None)),
    ],
)  # fmt: skip
def test_the_governments_own_deed_is_the_governments_and_a_passive_victim_is_no_doer(text, doer):
    row = mentions(text)[-1]
    assert (row["actor1"], row["actor1_sector"]) == doer


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Gunmen who had threatened the family shot dead three people on Monday.", "ASSAULT"),
        ("Syrian troops reinforced their position near Homs.", "MOBILIZE"),
        ("Rebels and soldiers clashed in a fierce exchange of fire near Homs.", "ASSAULT"),
        ("The blast left 12 people dead right outside the embassy in Baghdad.", "ASSAULT"),
        ("A diplomat who wished to remain anonymous said government troops shelled Homs.",
         "ASSAULT"),
    ],
)  # fmt: skip
def test_a_deed_next_to_a_threat_a_wish_or_an_idiom_is_still_a_deed(text, kept):
    row = only(mentions(text), event_type=kept)
    assert row["status"] == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "China ignored the massacre in Houla on 25 May.",
        "Moscow defended the crackdown in Homs on Monday.",
    ],
)
def test_the_subject_of_a_clause_naming_a_massacre_is_not_its_doer(text):
    assert only(mentions(text), event_type="ASSAULT")["actor1"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Survivors of the massacre spoke to reporters in Beirut on Monday.",
        "The UN said on Monday the crackdown had claimed 5,000 lives.",
    ],
)
def test_another_verbs_date_is_not_the_date_of_a_massacre_named_with_it(text):
    assert [r for r in mentions(text) if r["trigger"] in ("massacre", "crackdown")] == []


def test_a_town_naming_an_event_is_where_that_event_is_not_where_the_next_one_is():
    rows = mentions(
        "Syrian troops shelled Homs on Monday.\nThe Hama protests on Friday drew thousands.\n"
        "Government troops shelled villages on Tuesday, days after the Houla massacre."
    )
    assert [r["location"] for r in rows] == ["Homs", "Ḩamāh", None]


def test_a_verb_after_a_town_is_no_event_the_town_names():
    row = only(mentions("Kyiv says that Moscow bombs hospitals on purpose."))
    assert (row["actor1"], row["event_type"]) == ("RUS", "ASSAULT")


def test_a_named_group_is_no_anaphor_for_forces_named_before():
    rows = mentions(
        "Iraqi troops were deployed to Mosul on Monday.\n"
        "The government orders a curfew, after the militant group Ansar al-Sunna claims it has "
        "killed 15 Iraqi soldiers."
    )
    assert only(rows, quantity=15)["actor1"] != "IRQ"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "he said" after the speaker is named again is still the speaker
        ("North Korea is preparing troops, President Volodymyr Zelensky said.\n"
         "Zelensky visited the front.\n"
         '"We know about 10,000 soldiers they are preparing to send," he added.', "UKR"),
        # a title the speaker was not given is somebody else
        ("The war goes on, US President George Bush said.\n"
         "Russia will send more troops, the prime minister said.", None),
        # the presidential office speaks for the state whose president was named
        ("South Korean President Yoon Suk Yeol convened an emergency meeting on Friday.\n"
         "North Korea sent 1,500 troops to Russia, the presidential office said.", "KOR"),
    ],
)  # fmt: skip
def test_a_pronoun_a_title_or_an_office_speaks_for_the_one_the_article_gave_it(text, country):
    last = [r for r in mentions(text) if r["event_type"] == "MOBILIZE"][-1]
    assert last["claimed_by_actor"] == country


@pytest.mark.parametrize(
    "text",
    [
        "The region has now been fully liberated from Ukrainian forces, as announced by Putin.",
        "The Kursk region was recaptured from Ukrainian forces on Saturday.",
        "The village was captured from Ukrainian forces on Saturday.",
    ],
)
def test_the_forces_a_place_is_freed_from_are_acted_on_not_the_doers(text):
    [row] = mentions(text)
    assert (row["actor1"], row["actor2"]) == (None, "UKR")


def test_a_title_case_headline_names_the_troops_deployed_not_the_president_who_says_so():
    [row] = mentions(
        "Ukrainian President Zelensky Says North Korean Troops Will Likely Be Deployed To The "
        "Battlefield In A Matter Of Days"
    )
    assert (row["event_type"], row["actor1"], row["claimed_by_actor"]) == ("MOBILIZE", "PRK", "UKR")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Russia has been training the North Koreans in artillery and drones.", ("RUS", "PRK")),
        ("North Korean officers are training Russian soldiers in occupied areas.", ("PRK", "RUS")),
    ],
)
def test_training_another_sides_troops_is_military_aid(text, actors):
    [row] = mentions(text)
    assert (row["event_type"], row["event_mode"]) == ("AID", "military")
    assert (row["actor1"], row["actor2"]) == actors


@pytest.mark.parametrize(
    "text",
    [
        "North Korean troops are training at Russian bases.",
        "Thousands of North Korean soldiers are training for the Russian army.",
    ],
)
def test_troops_training_in_another_country_or_for_its_army_are_deployed_there(text):
    [row] = mentions(text)
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("MOBILIZE", "PRK", "RUS")


def test_troops_training_with_no_other_side_named_stay_a_deployment():
    [row] = mentions("North Korean troops are training.")
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("MOBILIZE", "PRK", None)


def test_training_a_side_by_nobody_named_is_no_aid_from_anyone():
    [row] = mentions("There is reluctance to start arming and training the Syrian rebels.")
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("MOBILIZE", None, "SYR")


def test_troops_that_reached_a_region_and_are_ready_to_fight_make_two_events():
    rows = mentions(
        "As many as 8,000 North Korean troops have reached Russia's Kursk border region and are "
        "ready to enter combat against Ukrainian forces in the coming days, Blinken said."
    )
    arrived = only(rows, event_type="MOBILIZE")
    assert (arrived["actor1"], arrived["actor2"], arrived["location"]) == ("PRK", "RUS", "Kursk")
    assert (arrived["quantity"], arrived["trigger"]) == (8000.0, "reached")
    fight = only(rows, event_type="ASSAULT")
    assert (fight["actor1"], fight["actor2"], fight["status"]) == ("PRK", "UKR", "future")


@pytest.mark.parametrize(
    "text",
    [
        "The number of Russian troops reached 10,000 by March.",
        "Israeli troops reached out to Lebanese officials.",
        "Pokrovsk is now within reach of Russian troops.",
        "Russian soldiers were reached by phone.",
        "Russian troops and rebels reached a truce in Daraa on Monday.",
    ],
)
def test_reaching_a_number_a_truce_or_someone_is_no_deployment(text):
    assert "MOBILIZE" not in [r["event_type"] for r in mentions(text)]


@pytest.mark.parametrize(
    "text",
    ["North Korean troops reached the front on Monday.", "Russian troops reached the city."],
)
def test_troops_that_reached_the_front_or_a_city_arrived(text):
    assert [r["event_type"] for r in mentions(text)] == ["MOBILIZE"]


def test_the_country_after_a_town_and_a_comma_is_where_the_town_is_not_a_party():
    [row] = mentions("Zelensky attended an EU summit in Brussels, Belgium, on Oct. 17, 2024.")
    assert (row["event_type"], row["location"], row["actor2_basis"]) == (
        "CONSULT",
        "Brussels",
        "location",
    )


def test_both_countries_are_the_two_the_sentence_before_named():
    rows = mentions(
        "Russia and China have refused to join the condemnation. "
        "Both countries vetoed a resolution in the UN Security Council."
    )
    vetoes = [r for r in rows if r["trigger"] == "vetoed"]
    assert sorted((r["actor1"], r["actor2"]) for r in vetoes) == [("CHN", "UN"), ("RUS", "UN")]


@pytest.mark.parametrize(
    "between",
    [
        "Qatar, Iran and Egypt condemned the veto.",  # three other countries
        "Qatar condemned the veto.",  # another one
        "Mr Annan has flown on to Qatar, Iran and Egypt.",  # a sentence reporting no event
    ],
)
def test_both_countries_after_a_sentence_naming_others_say_nobody(between):
    rows = mentions(f"Russia and China vetoed the draft. {between} Both countries vetoed it again.")
    assert [r["actor1"] for r in rows if r["sentence_index"] == 2] in ([], [None])


def test_both_countries_not_as_the_subject_name_no_doer():
    rows = mentions(
        "Russia and Ukraine held talks in Istanbul on Monday. "
        "Ambassadors of both countries were expelled on Tuesday."
    )
    assert all(r["actor2"] is None for r in rows if r["sentence_index"] == 1)


def test_according_to_him_is_the_speaker_named_before():
    [row] = mentions(
        "Zelensky said on Monday that the situation was grave. "
        "According to him, North Korean troops are taking part in combat in Kursk."
    )
    assert (row["claimed_by"], row["claimed_by_actor"]) == ("Zelensky", "UKR")


def test_they_added_is_the_sources_the_sentence_before_quoted():
    rows = mentions(
        "Opposition activists said security forces shelled Homs on Monday. "
        "More than 100 people were killed on Sunday, mostly civilians, they added."
    )
    toll = only(rows, trigger="killed")
    assert toll["claimed_by"] == "Opposition activists"


def test_it_is_entirely_possible_stands_for_nobody():
    rows = mentions(
        "U.S. officials said the North Korean troops had suffered heavy losses. They said that it "
        "is entirely possible the soldiers may return to combat after additional training."
    )
    assert only(rows, trigger="training")["actor1"] == "PRK"


def test_across_the_country_in_its_own_clause_outranks_a_town_of_another():
    rows = mentions(
        "Activists said security forces shelled Homs. Troops also shelled Hama. "
        "At least 26 people were killed in Aleppo on Wednesday - they were among 130 people "
        "killed across the country, activists said."
    )
    assert only(rows, quantity=26.0)["location"] == "Aleppo"
    assert only(rows, quantity=130.0)["location_country"] == "SYR"
    assert only(rows, quantity=130.0)["location"] != "Aleppo"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korea was likely to send some forces to Ukraine to support Russia.", "en"),
        ("North Korea has sent troops to support Russia's ongoing war in Ukraine.", "en"),
        ("North Korea is stepping up support for Russia by sending troops to Ukraine.", "en"),
        (
            "Nordkorea hat 12.000 Soldaten zur Unterstützung von Russlands Krieg in der Ukraine "
            "entsendet.",
            "de",
        ),
    ],
)
def test_a_deployment_goes_to_the_side_it_supports_before_where_it_goes(text, lang):
    [row] = mentions(text, lang)
    assert (row["actor1"], row["actor2"], row["actor2_basis"]) == ("PRK", "RUS", "named")


def test_an_envoy_for_a_body_is_no_side_a_deployment_supports():
    rows = mentions(
        "Mr Annan, the envoy for the UN and Arab League, called for a monitoring team to be "
        "deployed immediately to Syria."
    )
    row = only(rows, event_type="MOBILIZE")
    assert (row["actor2"], row["actor2_basis"]) == ("SYR", "destination")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea sent troops to Russia, a move that could erode Western support for Ukraine.",
        "North Korea has sent 10,000 troops to Russia, alarming countries supporting Ukraine.",
        "North Korea sent troops to Russia to fight against forces supporting Ukraine.",
        "North Korea sent troops to Russia after Seoul pledged to support Ukraine.",
    ],
)
def test_a_side_others_support_is_not_the_one_a_deployment_goes_to_support(text):
    [row] = mentions(text)
    assert (row["actor2"], row["actor2_basis"]) == ("RUS", "destination")


def test_russian_v_podderzhku_names_the_side_a_deployment_supports():
    [row] = mentions("КНДР направила войска на Украину в поддержку России.", "ru")
    assert (row["actor2"], row["actor2_basis"]) == ("RUS", "named")


def test_a_veto_of_a_resolution_calling_for_sanctions_is_the_veto():
    rows = mentions("Russia and China vetoed a resolution calling for tougher sanctions on Syria.")
    assert sorted((r["event_type"], r["actor1"], r["status"]) for r in rows) == [
        ("REJECT", "CHN", "occurred"),
        ("REJECT", "RUS", "occurred"),
    ]


def test_a_toll_told_by_a_participle_after_the_deed_is_that_deeds_toll():
    [row] = mentions("Insurgents shot down a helicopter near Mosul in Iraq, killing all 11 people.")
    assert (row["event_type"], row["actor1"], row["quantity"]) == ("ASSAULT", "IRQ", 11)


def test_a_country_named_in_an_aside_about_the_subject_takes_no_part():
    [row] = mentions("Russia, a key ally of Syria, vetoed the resolution.")
    assert (row["actor1"], row["actor2"]) == ("RUS", None)


def test_a_country_named_in_a_relative_clause_about_the_subject_takes_no_part():
    [row] = mentions("Nato, of which Turkey is a member, convened a meeting on Monday.")
    assert (row["actor1"], row["actor2"]) == ("NATO", None)


def test_a_name_in_an_opening_phrase_has_no_aside_the_subject_follows():
    [row] = mentions("In Syria, a bus carrying Turkish pilgrims, came under gun attack in Homs.")
    assert (row["actor1"], row["actor2"]) == (None, "TUR")  # (what comes under attack is hit)


def test_a_veto_told_in_the_passive_outranks_what_the_resolution_asked():
    rows = mentions("A resolution calling for sanctions was vetoed by Russia and China.")
    assert sorted((r["event_type"], r["actor1"]) for r in rows) == [
        ("REJECT", "CHN"),
        ("REJECT", "RUS"),
    ]


def test_a_subject_window_opening_inside_the_word_the_reads_no_pronoun_he():
    # "killed" stands 81 characters in: an 80-character window would open on "he UN says"
    text = (
        "The UN says more than 8,000 people in towns and villages across the islands were killed."
    )
    assert text.index("killed") == 81
    [row] = mentions(text)
    assert (row["actor1"], row["claimed_by"]) == (None, "UN")


def test_a_country_named_in_a_place_name_is_no_side():
    [row] = mentions("US troops fired on the Palestine hotel in Baghdad, killing two journalists.")
    assert (row["actor1"], row["actor2"]) == ("USA", "IRQ")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Activists said 137 people were killed around the country, including 110 in Homs.", None),
        ("At least 20 people were killed in Syria on Tuesday, 12 of them in Homs.", "Syria"),
        ("Twelve people were killed, including four soldiers, in the city of Homs.", "Homs"),
        ("Activists put the death toll at 30, including 18 in Homs and seven in Idlib.", None),
    ],
)
def test_the_place_of_a_part_of_a_toll_is_not_the_whole_tolls(text, place):
    [row] = mentions(text)
    assert row["location"] == place


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        ("Syrian troops shelled Rankous, 30km north of Damascus, on Monday.", "Syria",
         "country"),
        ("Mourners in Diwaniyah, about 100 miles south of Baghdad, chanted revenge.", "Iraq",
         "country"),
        ("Syrian troops shelled the hill town of Rankous, just to the north of Damascus.",
         "Damascus", "vicinity"),
        ("An explosion hit Zamalka, a town 10km -LRB- six miles -RRB- east of Damascus.",
         "Damascus", "vicinity"),
        ("US troops killed three insurgents west of Baghdad on Monday.", "Baghdad", "vicinity"),
        ("A mortar attack in Samarra, 60 miles north of Baghdad, killed a woman.", "Sāmarrā’",
         "city"),
        ("Syrian forces attacked the town of Talkalakh in the north of Syria.", "Tallkalakh",
         "city"),
        ("Syrian troops shelled villages in the north of Aleppo on Monday.", "Aleppo", "city"),
        ("Syrian troops shelled villages in the far north of Aleppo on Monday.", "Aleppo",
         "city"),
    ],
)  # fmt: skip
def test_a_town_another_is_measured_from_is_only_near_where_it_happens(text, place, kind):
    [row] = mentions(text)
    assert (row["location"], row["location_kind"]) == (place, kind)


def test_a_capital_that_speaks_after_a_town_is_its_source_not_the_place():
    [row] = mentions("Rebels still hold much of the city, Damascus admitted on Friday.")
    assert (row["location"], row["claimed_by"]) == (None, "Damascus")


def test_the_country_across_a_border_is_where_not_who():
    [row] = mentions("Fighting broke out near the eastern border with Iraq on Monday.")
    assert (row["actor1"], row["actor2"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Meanwhile Russia, a key ally of Syria, vetoed the resolution.", "RUS"),
        ("Backed by Iran, the Syrian army, supported by Hezbollah, attacked Qusair.", "SYR"),
    ],
)
def test_an_aside_after_a_name_opening_its_clause_leaves_the_name_the_doer(text, actor1):
    [row] = mentions(text)
    assert row["actor1"] == actor1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Insurgents killed 15 Iraqi soldiers, including officers, in Ramadi.", "Ramadi"),
        ("Security forces killed 20 protesters on Friday, all of them in Homs.", "Homs"),
        ("Clashes erupted in the morning and continued in Homs until dusk.", "Homs"),
    ],
)
def test_the_place_of_a_whole_event_is_kept(text, place):
    [row] = mentions(text)
    assert row["location"] == place


def test_who_a_deed_agreed_to_is_done_to_is_not_the_one_agreeing():
    [row] = mentions("Gulf states agreed to pay the salaries of Free Syrian Army fighters.")
    assert (row["event_type"], row["actor1"]) == ("AGREE", None)


def test_what_a_duration_counts_from_is_not_the_clauses_event_nor_its_date():
    [row] = mentions("Since the July 7 attacks, police in Britain have arrested 20 people.")
    assert (row["event_type"], row["quantity"]) == ("COERCE", 20.0)
    assert (row["event_date"], row["date_source"]) == (ANCHOR.value, "published")


def test_a_deed_going_on_since_a_day_started_that_day():
    [row] = mentions("Russian forces have been shelling Kharkiv since Monday.")
    assert (row["event_date"], row["date_source"], row["status"]) == (
        date(2024, 10, 14), "timex", "ongoing"
    )


def test_another_side_counted_beside_the_dead_is_no_enemy_of_theirs():
    [row] = mentions(
        "More than 2,000 American servicemen and 98 British servicemen have been killed in Iraq."
    )
    assert (row["actor1"], row["actor2"], row["actor2_basis"]) == ("GBR", "IRQ", "location")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("President Assad said his forces had killed 20 terrorists in Homs.", "SYR"),
        ("Mr Assad has always insisted his troops are fighting armed gangs in Homs.", "SYR"),
        ("Russia said its troops had captured the village.", "RUS"),
    ],
)
def test_the_speakers_own_forces_named_by_a_pronoun_act_for_the_speaker(text, actor1):
    [row] = mentions(text)
    assert (row["actor1"], row["actor1_sector"]) == (actor1, "military")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Syrian troops said they had recaptured the district of Salah al-Din.", "SYR"),
        ("US officials said they had killed 20 insurgents in Ramadi.", "USA"),
        # a state or a person speaking of "they" speaks of others
        ("Ukraine said they had captured the village.", None),
    ],
)
def test_a_group_speaking_of_they_speaks_of_itself(text, actor1):
    rows = mentions(text)
    assert [r["actor1"] for r in rows][:1] in ([actor1], [])
    assert rows or actor1 is None


def test_the_forces_of_another_named_with_the_speakers_pronoun_are_not_the_speakers():
    [row] = mentions("France said the regime and its military had shelled Homs on Monday.")
    assert row["actor1"] != "FRA"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Rebels threatened the security forces in Homs.", "THREATEN"),
        ("Thousands demonstrated against what they called a sham election in Homs.", "PROTEST"),
    ],
)
def test_a_word_guarded_for_its_other_sense_still_reports_its_own(text, event_type):
    assert [r["event_type"] for r in mentions(text)] == [event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Obama will meet Bill Clinton in Washington on Friday.", "CONSULT"),
        ("The Syrian government on March 5 accused Turkey of arming rebels.", "DISAPPROVE"),
        ("Thousands demonstrated the length of Hamra Street in Beirut on Friday.", "PROTEST"),
    ],
)
def test_a_name_a_date_or_a_length_after_a_guarded_word_keeps_its_event(text, event_type):
    assert [r["event_type"] for r in mentions(text)] == [event_type]


def test_a_relative_clause_after_a_preposition_keeps_its_date_to_itself():
    rows = mentions(
        "Activists said Syrian troops pounded areas of Aleppo, from which the rebels retreated "
        "on Thursday."
    )
    dates = {r["trigger"]: (r["event_date"], r["date_source"]) for r in rows}
    assert dates["pounded"] == (ANCHOR.value, "published")
    assert dates["retreated"] == (date(2024, 10, 17), "timex")


def test_a_toll_counted_since_a_year_in_the_perfect_is_dated_by_the_report():
    # (mid-text: a sentence's "Since" is found after the full stop before it)
    [row] = mentions("The force is small. Since 2003 two Estonians have been killed in Iraq.")
    assert (row["event_date"], row["date_source"], row["status"]) == (
        ANCHOR.value, "published", "occurred"
    )


def test_a_predicate_of_a_list_goes_on_with_the_first_ones_subject():
    rows = mentions(
        "The EU has frozen the assets of Syrian officials, placed sanctions on Syria and banned "
        "imports of its oil."
    )
    row = only(rows, event_type="SANCTION")
    assert (row["actor1"], row["actor2"]) == ("EU", "SYR")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Syrian troops entered Rastan. Five civilians were killed there, activists said.",
         "Ar Rastan"),
        ("Syrian troops entered Rastan. Five civilians were killed, activists said.", None),
        ("Syrian troops entered Rastan, 20 km north of Homs. Five civilians were killed there.",
         "Ar Rastan"),
        ("Syrian troops shelled Rastan, days after the Houla massacre. Five civilians were "
         "killed there.", "Ar Rastan"),
        ("Syrian troops entered Rastan. There, five civilians were killed, activists said.",
         "Ar Rastan"),
        ("Syrian troops entered Rastan. Activists said there's no doubt that 12 civilians were "
         "killed.", None),
        # where people fled to is not where the next sentence's "there" is
        ("Syrian troops shelled Rastan and residents fled into Turkey. Five soldiers were killed "
         "there.", "Ar Rastan"),
    ],
)  # fmt: skip
def test_there_is_the_place_the_sentence_before_named(text, place):
    row = only(mentions(text), trigger="killed")
    assert row["location"] == place


@pytest.mark.parametrize(
    "text",
    [
        "The president wants to withdraw US troops from Iraq by next year.",
        "Britain and the US are planning to withdraw most of their forces from Iraq.",
        "Washington will withdraw troops from Iraq.",
    ],
)
def test_where_forces_are_withdrawn_from_is_the_place_not_a_party(text):
    row = only(mentions(text), event_type="RETREAT", actor1="USA")
    assert (row["actor2"], row["actor2_sector"], row["actor2_basis"], row["location"]) == (
        "IRQ", None, "location", "Iraq"
    )


def test_troops_from_a_country_with_no_owner_named_are_still_its_troops():
    row = only(mentions("Ukraine captured two soldiers from North Korea."))
    assert (row["actor2"], row["actor2_sector"], row["actor2_basis"]) == (
        "PRK", "military", "named"
    )


@pytest.mark.parametrize(
    "text",
    [
        "More than 60 people were killed when five explosions rocked Baghdad.",
        "A car bomb tore through Baghdad on Tuesday, killing 60 people.",
    ],
)
def test_a_capital_that_blasts_strike_is_where_not_who_bombs(text):
    [row] = mentions(text)
    assert (row["actor1"], row["location"]) == (None, "Baghdad")


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Since April, more than 4,000 Iraqis have been killed by terrorists in Baghdad.", "IRQ"),
        ("Three Iraqis were shot dead by masked gunmen in Basra.", "IRQ"),
    ],
)
def test_victims_of_a_doer_named_without_a_side_are_the_ones_acted_on(text, victims):
    [row] = mentions(text)
    assert (row["actor1"], row["actor2"]) == (None, victims)


def test_insurgents_who_killed_foreign_soldiers_are_of_the_country_the_news_is_from():
    rows = mentions(
        "A car bomb exploded in Baghdad. Gunmen attacked a police station in Ramadi. Three US "
        "soldiers were killed in clashes with insurgents."
    )
    row = only(rows, trigger="killed")
    assert (row["actor1"], row["actor1_sector"], row["actor2"]) == ("IRQ", "rebels", "USA")


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi government warns that Iraq is hurtling towards disintegration.",
        "Bush was warned by Britain that democracy in Iraq would produce an Islamist state.",
        "The UN warned of a humanitarian catastrophe in Homs.",
    ],
)
def test_a_warning_that_forecasts_what_others_will_do_is_no_threat(text):
    assert not [r for r in mentions(text) if r["event_type"] == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Turkey froze Syrian assets on Monday.", "froze Syrian assets"),
        ("The EU has already frozen the assets of Syrian officials.", "frozen the assets"),
        ("The EU imposed an asset freeze on Syria.", "asset freeze"),
        ("The EU imposed an arms embargo on Syria on Monday.", "embargo"),
    ],
)
def test_frozen_assets_and_a_new_embargo_are_sanctions(text, trigger):
    row = only(mentions(text), event_type="SANCTION")
    assert (row["trigger"], row["actor2"]) == (trigger, "SYR")


def test_an_embargo_in_force_with_no_date_of_its_own_is_no_new_sanction():
    assert mentions("The arms embargo on Syria has failed to stop the flow of weapons.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkey announced plans to freeze Syrian government assets.",
        "Turkey announced plans to impose sanctions on Syria.",
    ],
)
def test_who_announces_a_plan_to_act_is_the_one_who_acts(text):
    row = only(mentions(text), event_type="SANCTION")
    assert (row["actor1"], row["actor2"], row["status"]) == ("TUR", "SYR", "future")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The US urges Syria to end the violence.", "urges"),
        ("France calls on Syria to withdraw its troops from cities.", "calls on"),
        ("Britain called for tougher sanctions against Syria.", "called for"),
    ],
)
def test_urging_and_calling_on_or_for_are_demands_of_the_one_addressed(
    text, trigger
):
    row = only(mentions(text), event_type="DEMAND")
    assert (row["trigger"], row["actor2"], row["actor2_basis"]) == (trigger, "SYR", "named")


def test_a_call_made_by_others_is_no_demand_of_those_who_oppose_it():
    assert mentions("Russia and China opposed Western calls for Assad to stand down.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister congratulated Iraq on the vote and urged Iran to stop arming rebels.",
        "He met an Iraqi delegation on Monday and urged Iran to stop arming militias.",
        "After a meeting in Cairo, the league called on the Syrian authorities to stop.",
        "Delegates issued a declaration calling on the Damascus government to end violence.",
    ],
)
def test_a_demand_whose_maker_goes_unnamed_is_no_event_nor_its_objects(text):
    assert not [r for r in mentions(text) if r["event_type"] == "DEMAND"]


def test_who_condemns_a_deed_and_then_calls_for_something_makes_both():
    rows = mentions("Russia condemned the crackdown and called on Syria to talk.")
    assert [(r["event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("DISAPPROVE", "RUS", None),
        ("DEMAND", "RUS", "SYR"),
    ]


def test_a_demand_in_a_participle_clause_is_the_sentence_subjects():
    row = only(
        mentions("Ban Ki-moon phoned President Assad on Saturday, urging him to stop the attacks."),
        event_type="DEMAND",
    )
    assert (row["actor1"], row["actor2"]) == ("UN", "SYR")


def test_condemning_and_calling_for_in_one_statement_are_two_events():
    rows = mentions("The GCC issued a statement condemning the crackdown and calling for dialogue.")
    assert [(r["event_type"], r["actor1"]) for r in rows] == [
        ("DISAPPROVE", "GCC"),
        ("DEMAND", "GCC"),
    ]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Two soldiers from North Korea were captured by Ukrainian forces.",
         ("UKR", "military", "PRK", "military")),
        ("Elite troops from North Korea attacked Ukrainian positions in Kursk.",
         ("PRK", "military", "UKR", None)),
    ],
)  # fmt: skip
def test_forces_from_a_country_after_a_number_or_an_adjective_are_its_forces(text, sides):
    row = only(mentions(text))
    assert (row["actor1"], row["actor1_sector"], row["actor2"], row["actor2_sector"]) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Obama will withdraw the US military from Iraq.",
        "Britain began withdrawing its army from Iraq.",
    ],
)
def test_an_army_withdrawn_from_a_country_leaves_a_place(text):
    row = only(mentions(text), event_type="RETREAT")
    assert (row["actor2"], row["actor2_basis"], row["location"]) == ("IRQ", "location", "Iraq")


@pytest.mark.parametrize(
    "text",
    [
        "Turkey watched as troops crossed the border and killed five civilians.",
        "The US condemned the crackdown, in which soldiers arrested and killed protesters.",
    ],
)
def test_who_watches_or_condemns_does_not_do_the_deed_after_and(text):
    assert not [r for r in mentions(text) if r["event_type"] == "ASSAULT" and r["actor1"]]


def test_coordinated_forces_before_a_relative_clause_still_do_its_deed():
    row = only(mentions("Syrian army and security forces who shelled Homs killed 20 people."))
    assert row["actor1"] == "SYR"


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("The US calls on Syria to end the violence.", "USA"),
        ("Russia repeated its call for a ceasefire in Syria.", "RUS"),
        ("Syrian troops resisted the urge to retaliate.", None),
    ],
)
def test_a_call_made_here_is_a_demand_and_an_urge_felt_is_none(text, maker):
    makers = [r["actor1"] for r in mentions(text) if r["event_type"] == "DEMAND"]
    assert makers == ([maker] if maker else [])


@pytest.mark.parametrize(
    "text",
    [
        "Syria called for an end to attacks on Syrian troops.",
        "Britain called for an inquiry into the killing of British soldiers.",
    ],
)
def test_a_demand_to_end_harm_is_not_aimed_at_its_victims(text):
    row = only(mentions(text), event_type="DEMAND")
    assert row["actor2"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Russia said the plan to strike Syria was illegal.",
        "Iran said a decision to attack its nuclear sites would be a mistake.",
    ],
)
def test_a_speaker_judging_a_plan_does_not_carry_it_out(text):
    assert not [r for r in mentions(text) if r["event_type"] == "ASSAULT" and r["actor1"]]


def test_state_forces_that_killed_rebels_are_the_rebels_states_wherever_the_news_is():
    rows = mentions(
        "Protesters clashed with police in Ankara on Monday. Police arrested 30 protesters in "
        "Istanbul. Three Syrian rebels were killed by government forces."
    )
    row = only(rows, quantity=3.0)
    assert (row["actor1"], row["actor2"]) == ("SYR", "SYR")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The EU lifted its arms embargo on Libya on Monday.", "RETREAT"),
        ("The EU lifted an asset freeze on Libya on Monday.", "RETREAT"),
        ("Amnesty's report on Syria is embargoed until 0001 GMT on Tuesday.", None),
    ],
)
def test_a_lifted_embargo_eases_and_a_press_embargo_is_no_sanction(text, event_type):
    assert [r["event_type"] for r in mentions(text)] == ([event_type] if event_type else [])


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The British proposal sparked accusations from the Syrian envoy.",
         ("SYR", "GBR")),
        ("Iran drew sharp criticism from France.", ("FRA", "IRN")),
        ("Greece was singled out for criticism by the EU.", ("EU", "GRC")),
        ("Greece came in for sharp criticism from Germany.", ("DEU", "GRC")),
        ("It was the starkest warning yet from Mr Annan.", ("UN", None)),
    ],
)  # fmt: skip
def test_who_a_warning_or_accusation_named_as_a_noun_comes_from_makes_it(text, sides):
    row = only(mentions(text))
    assert (row["actor1"], row["actor2"]) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices rose on increased demand from China and India.",
        "What prompted the protests in Syria?",
    ],
)
def test_economic_demand_and_what_set_off_protests_name_no_speaker_or_target(text):
    rows = mentions(text)
    assert not [r for r in rows if r["event_type"] == "DEMAND" or r["actor2"]]


def test_supporting_the_demands_of_others_is_no_demand_of_ones_own():
    rows = mentions("Turkey will support the demands of the Syrian people.")
    assert not [r for r in rows if r["event_type"] == "DEMAND"]



@pytest.mark.parametrize(
    "text",
    [
        "In Homs, clashes were reported between armed rebels and government forces.",
        "Clashes between rebels and government forces erupted in Homs.",
    ],
)
def test_clashes_between_rebels_and_government_forces_have_both_sides(text):
    row = only(mentions(text))
    assert (row["actor1"], row["actor1_sector"], row["actor2"], row["actor2_sector"]) == (
        "SYR", "rebels", "SYR", "military"
    )


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("These soldiers from North Korea were captured by Ukrainian forces.", ("UKR", "PRK")),
        ("U.S. troops from Iraq were redeployed to Kuwait on Monday.", ("USA", "KWT")),
        ("Greek troops from Cyprus attacked Turkish positions on Monday.", ("GRC", "TUR")),
        ("Britain condemned the crackdown and expelled the Syrian ambassador on Monday.",
         ("GBR", "SYR")),
        ("Syrian armed forces who shelled Homs killed 20 people.", ("SYR", None)),
        ("There was sharp criticism from France of Syria on Monday.", ("FRA", "SYR")),
        ("Syria rejected accusations from Turkey on Monday.", ("SYR", "TUR")),
        ("Syria's downing of a Turkish jet sparked condemnation from NATO.", ("NATO", "SYR")),
        ("Iran's nuclear programme has prompted sanctions from the EU.", ("EU", "IRN")),
        ("Turkey announced a plan to freeze Syrian assets.", ("TUR", "SYR")),
    ],
)  # fmt: skip
def test_second_review_cases_keep_their_sides(text, sides):
    row = mentions(text)[-1]
    assert (row["actor1"], row["actor2"]) == sides


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        ("Russia dismissed the latest calls for Assad to step down.", []),
        ("Russia repeated its demand for a ceasefire in Syria.", ["RUS"]),
        ("The Arab League renewed its demand that Syria withdraw its troops.", ["LAS"]),
    ],
)
def test_a_call_dismissed_is_none_and_a_demand_renewed_is_its_makers(text, demands):
    assert [r["actor1"] for r in mentions(text) if r["event_type"] == "DEMAND"] == demands


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The US released $1.5 billion in frozen Libyan assets on Monday.", 0),
        ("Rescuers dug up the bodies of bombing victims in Baghdad on Monday.", 1),
        ("A bomb scare closed Baghdad airport on Monday.", 0),
    ],
)
def test_assets_held_and_bomb_scares_are_no_events_but_bombing_victims_are(text, rows):
    assert len(mentions(text)) == rows



def test_the_audience_told_of_a_deed_takes_no_part_in_it():
    row = only(mentions("A UN meeting on Tuesday was told more than 7,500 had died in Syria."))
    assert row["actor1"] != "UN" and row["quantity"] == 7500.0


def test_the_by_of_a_verbs_object_names_no_doer():
    rows = mentions("He rejected a proposal by the EU presidency to freeze Britain's rebate.")
    assert rows and "EU" not in {r["actor1"] for r in rows}
