"""Quantities: number, unit and qualifier as news writes them."""

from __future__ import annotations

import pytest

from transforms.events.quantities import find_quantities, join_personnel, parse_number


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("over 500 North Korean soldiers", 500, "soldiers", "over"),
        ("about 12,000 troops", 12000, "troops", "about"),
        ("some 11 000 soldiers", 11000, "soldiers", "about"),
        ("2.600 Soldaten", 2600, "Soldaten", None),
        ("10 thousand troops", 10000, "troops", None),
        ("some 12-thousand troops", 12000, "troops", "about"),
        ("some 15-hundred special forces troops", 1500, "special forces", "about"),
        ("another four-thousand-100 have been injured", 4100, "injured", None),
        ("some 3-thousand-200 troops", 3200, "troops", "about"),
        ("up to 5,000 North Korean troops", 5000, "troops", "up to"),
        ("at least 100 North Korean soldiers", 100, "soldiers", "at least"),
        ("killed six North Korean officers", 6, "officers", None),
        ("dozens of officers", 24, "officers", "at least"),
        ("nearly 1,000 wounded", 1000, "wounded", "about"),
        ("11 тисяч північнокорейських військових", 11000, "військових", None),
        ("cerca de 10 000 soldados norte-coreanos", 10000, "soldados", "about"),
        ("10 tūkstoši karavīru", 10000, "karavīru", None),
        ("oko 10 tisuća sjevernokorejskih vojnika", 10000, "vojnika", "about"),
        ("više od 12 hiljada vojnika", 12000, "vojnika", "over"),
        ("најмање 11.000 војника", 11000, "војника", "at least"),
        ("సుమారు 10 వేల మంది సైనికులు", 10000, "మంది", "about"),
    ],
    ids=lambda v: str(v),
)
def test_quantity_value_unit_and_qualifier(text, value, unit, qualifier):
    [quantity] = find_quantities(text)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)


def test_years_and_bare_numbers_are_not_quantities():
    assert find_quantities("In 2024 the 3 of them met on 18 October.") == []


def test_each_number_keeps_its_own_unit():
    found = find_quantities("about 300 soldiers had been killed and 2,700 wounded")
    assert [(q.value, q.unit) for q in found] == [(300, "soldiers"), (2700, "wounded")]


def test_different_kinds_of_personnel_sent_together_are_summed():
    text = "decided to send 1,000 sappers, as well as 5,000 military builders"
    [total] = join_personnel(find_quantities(text), text)
    assert (total.value, total.unit) == (6000, "personnel")


def test_two_counts_of_the_same_kind_stay_separate_claims():
    text = "500 soldiers have arrived, and 12,000 soldiers will follow"
    assert [q.value for q in join_personnel(find_quantities(text), text)] == [500, 12000]


@pytest.mark.parametrize(
    ("digits", "value"), [("12,000", 12000), ("11 000", 11000), ("2.600", 2600), ("1.5", 1.5)]
)
def test_digit_groups_and_decimals(digits, value):
    assert parse_number(digits) == value


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("북한군 1만2천명 파병", 12000, None),
        ("특수부대 1천500명", 1500, None),
        ("특수부대 1500여명", 1500, "over"),
        ("약 400명이 모였다", 400, "about"),
        ("1만 2000명", 12000, None),
    ],
)
def test_korean_counts_of_people(text, value, qualifier):
    [quantity] = find_quantities(text)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, "명", qualifier)


def test_hyphenated_number_words_scale():
    [quantity] = find_quantities("preparing to send ten-thousand troops")
    assert (quantity.value, quantity.unit) == (10000, "troops")


def test_a_year_like_number_right_before_its_noun_is_a_count_but_after_in_a_year():
    assert [q.value for q in find_quantities("about 2000 soldiers were lost")] == [2000]
    assert find_quantities("In 2024 soldiers left") == []


def test_k_after_digits_means_thousand_but_not_inside_a_unit():
    assert [q.value for q in find_quantities("Kim to send 6K military workers")] == [6000]
    assert find_quantities("a 5 km march") == []


def test_a_model_number_is_not_a_count():
    assert find_quantities("strikes with KN-23 ballistic missiles") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,000 of the 11,000 soldiers", [(4000.0, "soldiers", None), (11000.0, "soldiers", None)]),
        ("the losses have already exceeded 3,000 troops", [(3000.0, "troops", "over")]),
    ],
    ids=["share-takes-the-unit-of-its-whole", "exceeded-is-over"],
)  # fmt: skip
def test_a_share_and_an_exceeded_number(text, expected):
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


def test_a_headline_unit_in_title_case_is_the_unit_as_the_lexicon_writes_it():
    [q] = find_quantities("Russia Will Deploy 10,000 North Korean Soldiers")
    assert (q.value, q.unit) == (10000.0, "soldiers")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8,000 N. Korean soldiers", [(8000.0, "soldiers")]),
        ("at least 100 North Koreans have already died", [(100.0, "North Koreans")]),
        ("Am 8. Oktober schickte Nordkorea Soldaten", []),
        ("a car bomb killed 12 Iraqis", [(12.0, "Iraqis")]),
        ("security forces killed 20 protesters", [(20.0, "protesters")]),
    ],
    ids=[
        "abbreviated-demonym",
        "people-named-by-demonym",
        "a-german-day-is-no-count",
        "any-plural-demonym",
        "protesters",
    ],
)
def test_counts_of_people_named_by_an_abbreviation_or_a_demonym(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", ["the 11th Guards Air Assault Brigade", "its 3rd Army Corps"])
def test_an_ordinal_in_a_units_name_is_not_a_count(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("tens of thousands of protesters", 20000.0), ("hundreds of thousands of people", 200000.0)],
)
def test_tens_and_hundreds_of_thousands_are_counted_as_such(text, value):
    [quantity] = find_quantities(text)
    assert quantity.value == value



@pytest.mark.parametrize(
    ("text", "value"),
    [("Twenty-four Syrians died", 24.0), ("thirty five soldiers", 35.0), ("ninety troops", 90.0)],
)
def test_compound_number_words_are_one_number(text, value):
    assert [q.value for q in find_quantities(text)] == [value]


def test_a_number_of_weeks_is_no_count_of_what_follows():
    assert find_quantities("Three weeks before Tom was killed, he wrote home.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 35 died on Saturday.", 35.0),
        ("Human rights groups say more than 7,000 have died since March.", 7000.0),
        ("The US said that nearly 1,000 might have died.", 1000.0),
    ],
)
def test_the_number_who_died_is_counted(text, value):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, "died")]


@pytest.mark.parametrize(
    "text",
    [
        "A two-year-old girl died in the shelling.",
        "She was 18 and died on 18 April.",
        "He was taken to hospital on April 3 but died of his wounds.",
        "Two boys aged seven and 10 were among those killed.",
    ],
)
def test_an_age_or_a_number_in_another_clause_is_no_count_of_the_dead(text):
    assert [q.unit for q in find_quantities(text)] == []


def test_a_count_does_not_reach_past_a_clause_word_to_a_unit():
    text = "Police arrested 12 suspects after Syrian gunmen attacked a checkpoint."
    assert [q.unit for q in find_quantities(text)] == []


@pytest.mark.parametrize(
    "text",
    ["The bombings on 7 July killed 52 people.", "October 31 A Royal Marine was killed."],
    ids=["day-month", "month-day"],
)
def test_a_day_of_a_month_is_no_count(text):
    assert all(q.value not in (7.0, 31.0) for q in find_quantities(text))


def test_a_count_before_the_modal_may_stays_a_count():
    [q] = find_quantities("As many as 1,000 may have been killed.")
    assert (q.value, q.unit) == (1000.0, "killed")


def test_a_count_after_an_age_still_counts_its_own_noun():
    text = "A boy aged 12 and 30 soldiers were killed."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(30.0, "soldiers")]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The death toll has risen to 52.", 52.0, None),
        ("The death toll from the bombings rose to at least 37 on Friday.", 37.0, "at least"),
        ("The death toll in Syria has exceeded 9,000.", 9000.0, "over"),
        ("Activists put the death toll at 30.", 30.0, None),
    ],
)
def test_a_death_toll_counts_the_killed(text, value, qualifier):
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == [
        (value, "killed", qualifier)
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The number of North Korean soldiers killed and wounded in the Kursk region has "
            "already exceeded 3,000, he said.",
            3000.0,
            "casualties",
        ),
        ("The number of dead has risen to 40.", 40.0, "killed"),
    ],
)
def test_the_number_of_the_killed_is_a_toll(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    ["Protests spread in Homs, a city that is home to about 1.5 million people.",
     "Protests spread in Homs, a city of 1.5 million people."],
)
def test_a_population_is_no_count_of_an_event(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("No more than 20 appeared to have been killed by shellfire", "up to"),
        ("not more than 300 soldiers", "up to"),
        ("no fewer than 300 soldiers", "at least"),
        ("more than 20 people were killed", "over"),
    ],
)
def test_a_negated_comparison_bounds_the_number_from_the_other_side(text, qualifier):
    assert [q.qualifier for q in find_quantities(text)] == [qualifier]


@pytest.mark.parametrize(
    "text",
    [
        "28 July 2012 Last updated at 21:37 GMT Help Syrian forces have kept up an attack.",
        "He jumped into a hail of bullets three times to rescue injured colleagues.",
        "Saturday 24 September 2005 15.16 BST Anti-war demonstrators gathered today.",
        "At 3.30pm soldiers were killed in Basra.",
        "At 10 am troops attacked the town.",
    ],
)
def test_a_clock_time_or_how_often_is_no_count(text):
    assert find_quantities(text) == []


def test_an_age_written_with_years_old_is_no_count():
    assert find_quantities("Rose Gentle, whose 19-year-old son Gordon was killed in Iraq") == []


def test_a_proportion_is_no_count_and_a_range_keeps_its_top_as_at_most():
    assert find_quantities("Fully one in four British citizens say they are opposed") == []
    [q] = find_quantities("between 1,000 and 3,000 North Korean troops were transported")
    assert (q.value, q.unit, q.qualifier) == (3000.0, "troops", "up to")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A suicide bomber attacks a police checkpoint, killing at least five and wounding 20.",
            [(5.0, "killed", "at least"), (20.0, "wounded", None)],
        ),
        ("1,000 of the 11,000 men had been killed over three months.", [(1000.0, "men", None),
                                                                         (11000.0, "men", None)]),
    ],
)
def test_a_bare_number_after_a_casualty_verb_counts_its_victims_not_how_long(text, counts):
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ratusan tentara Korea Utara tewas", 200.0),
        ("Сотни военных КНДР погибли", 200.0),
        ("Des milliers de soldats nord-coréens", 2000.0),
        ("Tausende Soldaten aus Nordkorea", 2000.0),
        ("Десятки бійців загинули", 24.0),
    ],
)
def test_vague_plurals_in_other_languages_give_their_floor(text, value):
    assert [(q.value, q.qualifier) for q in find_quantities(text)] == [(value, "at least")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "3,000 troops had been dispatched, with around 10,000 expected to be deployed soon",
            [(3000.0, "troops", None), (10000.0, "troops", "about")],
        ),
        (
            "Over 500 soldiers arrived, with 12,000 more to come",
            [(500.0, "soldiers", "over"), (12000.0, "soldiers", None)],
        ),
        (
            "3,000 troops arrived, with 2,000 more expected",
            [(3000.0, "troops", None), (2000.0, "troops", None)],
        ),
        (
            "5,000 troops arrived, with 2000 more on the way",
            [(5000.0, "troops", None), (2000.0, "troops", None)],
        ),
        # a number that counts nothing said before, something else or a year stays no count
        ("In 2024 and 2025 more troops came", []),
        ("3,000 troops were sent, with 2 more divisions expected soon", [(3000.0, "troops", None)]),
        ("3,000 troops were sent in 2024, with 2025 expected to be", [(3000.0, "troops", None)]),
    ],
)
def test_a_bare_number_going_on_from_a_count_counts_what_it_counted(text, counts):
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == counts


def test_a_count_goes_on_from_one_that_went_on_itself():
    text = (
        "About 3,000 North Korean troops have already arrived in the Kursk region of western "
        "Russia this week, officials said, with 2,000 more expected by November and 5,000 more "
        "due in December."
    )
    assert [q.value for q in find_quantities(text)] == [3000.0, 2000.0, 5000.0]
