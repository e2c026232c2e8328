"""Status of event clauses (PLOVER auxiliary modes): occurred, ongoing, future, hypothetical,
negated."""

from __future__ import annotations

import pytest

from transforms.events.status import event_status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("Over 500 soldiers have arrived in the region", "arrived", "occurred"),
        ("12,000 additional troops to be deployed soon", "deployed", "future"),
        ("They will be ready to fight in Ukraine by November 1", "ready to fight", "future"),
        ("11,000 troops are currently receiving training", "training", "ongoing"),
        ("North Korea has been supplying ammunition", "supplying", "ongoing"),
        ("North Korea has also reportedly been supplying shells", "supplying", "ongoing"),
        ("North Korea was also supplying Russia with workers", "supplying", "ongoing"),
        ("The army and rebels have battled for the past three days", "battled", "ongoing"),
        ("The US has long criticised al-Jazeera", "criticised", "ongoing"),
        ("when the then Iraqi president invaded Kuwait", "invaded", "historical"),
        ("the late Hafez al-Assad crushed the uprising in Hama", "crushed", "historical"),
        ("Rumsfeld had met the then Iraqi president to sell arms", "met", "historical"),
        ("Despite the peace plan, protesters continue to be killed", "killed", "ongoing"),
        ("Moscow did not deploy the unit", "deploy", "negated"),
        ("Putin warned NATO against sending troops to Ukraine", "sending", "hypothetical"),
        ("The US urged Israel not to attack Iran", "attack", "hypothetical"),
        ("The US warned Syria not to attack Turkey", "attack", "hypothetical"),
        ("Obama persuaded Israel not to attack Iran", "attack", "hypothetical"),
        ("The US urged the Israeli government not to attack Iran", "attack", "hypothetical"),
        ("it wanted assurances in order not to veto the resolution", "veto", "hypothetical"),
        ("Russia didn’t deny that its jets bombed Idlib", "bombed", "occurred"),
        ("Moscow refused to deny that its jets bombed the hospital", "bombed", "occurred"),
        ("It remains British policy not to send arms to Syria", "send", "negated"),
        ("Russia and North Korea have denied the deployment", "deployment", "negated"),
        ("North Korea denied reports of a deployment", "deployment", "negated"),
        ("Churkin denied reports that he had threatened Qatar's prime minister", "threatened",
         "negated"),
        ("Putin did not deny that North Korean troops were in Russia", "troops were in",
         "occurred"),
        ("if North Korea sends more troops", "sends", "hypothetical"),
        ("Most Americans are opposed to sending more troops", "sending", "hypothetical"),
        ("The Iraqi army needs more training from US forces", "training", "hypothetical"),
        ("The US balked at visiting Syria", "visiting", "negated"),
        ("Turkey let the Syrian opposition to meet on its soil", "meet", "occurred"),
        ("Syrians opposed to Assad attacked a checkpoint", "attacked", "occurred"),
        ("any idea of sending US troops to Iran must fill the army with dread", "sending",
         "hypothetical"),
        ("The troops could be deployed next week", "deployed", "hypothetical"),
        ("Obama has ruled out US air strikes on Syria", "strikes", "negated"),
        ("The US has not ruled out air strikes on Syria", "strikes", "occurred"),
        ("Mr Annan is scheduled to meet President Assad at the weekend", "meet", "future"),
        ("Britain and France are to submit a resolution", "submit", "future"),
        ("Syrian troops were to have completed their withdrawal by Tuesday", "withdrawal",
         "hypothetical"),
        ("Thousands were reported to be on the streets on Friday, protesting", "protesting",
         "occurred"),
        ("More troops are expected to be deployed next month", "deployed", "future"),
        ("The draft calls for the withdrawal of Syrian troops", "withdrawal", "hypothetical"),
        ("Britain called for tougher sanctions against Syria", "sanctions", "hypothetical"),
        ("The UN called for an end to the shelling of Homs", "shelling", "occurred"),
        ("The plan envisages the deployment of 300 observers", "deployment", "future"),
        ("Protesters demanding reforms were attacked by police", "attacked", "occurred"),
        ("They called for Syria to be suspended from the bloc", "suspended", "hypothetical"),
        ("The League demanded that tanks are withdrawn from cities", "withdrawn", "hypothetical"),
        ("As the plan envisaged, troops withdrew from Homs", "withdrew", "occurred"),
    ],
    ids=[
        "occurred",
        "future-to-be",
        "future-will",
        "ongoing-currently",
        "ongoing-perfect",
        "ongoing-perfect-reportedly",
        "ongoing-progressive-also",
        "ongoing-perfect-for-days",
        "ongoing-has-long",
        "historical-the-then",
        "historical-the-late",
        "historical-met-the-then",
        "ongoing-continue-to-be",
        "negated",
        "hypothetical-warned-against",
        "hypothetical-urged-not-to",
        "hypothetical-warned-not-to",
        "hypothetical-persuaded-not-to",
        "hypothetical-urged-long-object-not-to",
        "hypothetical-in-order-not-to",
        "not-denied-typeset-apostrophe",
        "refused-to-deny",
        "negated-not-to",
        "negated-denied-the",
        "negated-denied-reports-of",
        "negated-denied-reports-that",
        "not-denied-that",
        "hypothetical-if",
        "hypothetical-opposed-to",
        "hypothetical-needs-more",
        "negated-balked-at",
        "occurred-the-opposition-to-meet",
        "occurred-opposed-to-a-name",
        "hypothetical-idea-of",
        "hypothetical-modal",
        "negated-ruled-out",
        "not-ruled-out",
        "future-scheduled",
        "future-be-to",
        "hypothetical-was-to-have",
        "occurred-reported-to-be",
        "future-expected-to-be",
        "hypothetical-called-for",
        "hypothetical-called-for-sanctions",
        "occurred-called-for-an-end",
        "future-envisaged",
        "occurred-demanding-subject",
        "hypothetical-called-for-to-be",
        "hypothetical-demanded-that-are",
        "occurred-as-envisaged",
    ],
)
def test_status_follows_the_clause_auxiliaries(clause, trigger, status):
    assert event_status(clause, clause.index(trigger)) == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("the violence and assaults in civilian areas have not stopped", "assaults", "ongoing"),
        ("Attacks on the city have continued", "Attacks", "ongoing"),
        ("The attack killed 20 and the government has not stopped the violence", "attack",
         "occurred"),
        ("Attacks on the city haven't stopped", "Attacks", "ongoing"),
        ("Attacks on the city have n't stopped", "Attacks", "ongoing"),
        ("Rebels killed 12 soldiers in Homs where fighting has continued for weeks", "killed",
         "occurred"),
        ("Russia attacked Kharkiv although talks have continued", "attacked", "occurred"),
        ("The fighting in Homs has been continuing for days", "fighting", "ongoing"),
        ("The shelling of the Baba Amr district continues", "shelling", "ongoing"),
        ("Troops killed 12 soldiers in Homs where fighting continues", "killed", "occurred"),
    ],
)  # fmt: skip
def test_an_event_the_clause_says_goes_on_is_ongoing(clause, trigger, status):
    assert event_status(clause, clause.index(trigger)) == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("To send British troops into battle is the ultimate responsibility", "battle",
         "hypothetical"),
        ("To the north, troops attacked Homs on Monday", "attacked", "occurred"),
        ("To the north Syrian troops shelled Rastan in what was the heaviest bombardment yet",
         "shelled", "occurred"),
        ("Rice said that attacking Iran was not on the agenda at this point", "attacking",
         "negated"),
    ],
)  # fmt: skip
def test_a_deed_judged_as_a_subject_or_ruled_out_did_not_happen(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


def test_a_negation_of_another_verb_does_not_negate_the_event():
    clause = "Russia would never forget North Korea's help in demining"
    assert event_status(clause, clause.index("help")) == "occurred"


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("Россия не забудет помощи КНДР", "помощи", "occurred"),
        ("военные КНДР не размещены на Украине", "размещены", "negated"),
        ("North Korean troops have not yet entered the battle", "entered", "negated"),
        ("Moscow didn't deploy them", "deploy", "negated"),
    ],
)
def test_negation_binds_to_the_verb_it_precedes(clause, trigger, status):
    assert event_status(clause, clause.index(trigger)) == status


@pytest.mark.parametrize(
    ("clause", "trigger"),
    [
        ("солдати КНДР можуть прибути в Курську область", "прибути"),
        ("военные, которые могли участвовать в нескольких боях", "боях"),
        ("Les soldats nord-coréens pourraient être déployés", "déployés"),
        ("el pago podría ser un apoyo ruso", "apoyo"),
        ("Pasukan Korea Utara dapat dikerahkan ke Kursk", "dikerahkan"),
    ],
)
def test_may_and_can_in_other_languages_make_the_event_hypothetical(clause, trigger):
    assert event_status(clause, clause.index(trigger)) == "hypothetical"


@pytest.mark.parametrize(
    ("lang", "clause", "trigger", "status"),
    [
        ("pt", "Os soldados não atacaram a aldeia.", "atacaram", "negated"),
        (
            "pt",
            "Soldados norte-coreanos participaram no ataque contra a Ucrânia.",
            "ataque",
            "occurred",
        ),  # "no" is "in the"
        ("hr", "Vojnici nisu napali selo.", "napali", "negated"),
        ("sr", "Војници нису напали село.", "напали", "negated"),
        ("it", "ne hanno inviati altri 300", "inviati", "occurred"),  # "ne" is "of them"
        ("en", "In May, troops were deployed to Kursk.", "deployed", "occurred"),  # the month
    ],
)
def test_negators_and_their_look_alikes_in_each_language(lang, clause, trigger, status):
    assert event_status(clause, clause.index(trigger), lang) == status


@pytest.mark.parametrize(
    ("lang", "clause", "trigger", "status"),
    [
        ("en", "Blinken said that if these troops participate in combat operations", "combat",
         "hypothetical"),
        ("en", "If the roughly 11,000 North Korean soldiers now stationed in Russia's Kursk "
               "region enter combat", "combat", "hypothetical"),
        ("en", "Analysts are looking into whether the troops are moving towards Ukraine",
         "moving", "hypothetical"),
        ("uk", "Якщо війська КНДР вступлять у бої", "бої", "hypothetical"),
        ("en", "If asked, officials said the troops arrived", "arrived", "occurred"),
        # German "falls" (if) is the English verb in English text
        ("en", "The front collapsed and Pokrovsk falls as Russian troops attack the town",
         "attack", "occurred"),
    ],
)
def test_a_condition_or_open_question_governs_its_whole_clause(lang, clause, trigger, status):
    assert event_status(clause, clause.index(trigger), lang) == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("We've not yet seen these troops deploy into combat against Ukrainian forces", "combat",
         "negated"),
        ("The Pentagon has not confirmed that these troops have engaged in combat", "combat",
         "hypothetical"),
        ("We have seen North Korean troops deploy into combat", "combat", "occurred"),
        ("We haven't seen these troops deploy into combat", "combat", "negated"),
        ("The Pentagon hasn't confirmed that these troops have engaged in combat", "combat",
         "hypothetical"),
        ("Residents had never seen so many soldiers arrive in the town", "arrive", "occurred"),
        ("There is no evidence that more North Korean troops are entering Russia", "entering",
         "negated"),
        ("There was no sign of Russian troops withdrawing from Kursk", "withdrawing", "negated"),
        ("There is evidence that North Korea has sent troops to Russia", "sent", "occurred"),
        ("There is no sign of an end to the shelling of Homs", "shelling", "occurred"),
    ],
)
def test_what_a_source_has_not_seen_or_confirmed_is_not_asserted(clause, trigger, status):
    assert event_status(clause, clause.index(trigger)) == status


def test_a_lower_case_should_inside_a_quote_is_no_condition():
    clause = 'Kim, who said the talks "should resume", sent troops to Kursk this week.'
    assert event_status(clause, clause.index("sent"), "en") == "occurred"


@pytest.mark.parametrize(
    "clause",
    [
        "Mr Juppe said 300 UN monitors should be deployed in Syria within two weeks.",
        "The ruler of Qatar has said Arab countries should send troops into Syria.",
        "He argued that Britain ought to withdraw its troops.",
    ],
)
def test_what_someone_says_should_be_done_is_not_done(clause):
    trigger = next(w for w in ("deployed", "send", "withdraw") if w in clause)
    assert event_status(clause, clause.index(trigger), "en") == "hypothetical"


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        (
            "Ukraine is prepared to hand over Kim Jong Un's soldiers if he can arrange their "
            "exchange",
            "hand over",
            "hypothetical",
        ),
        ("Ukraine is prepared to hand over the soldiers", "hand over", "future"),
        ("North Korea sent troops to see if they could fight", "sent troops", "occurred"),
        (
            "North Korea sent troops, and it is unclear if more will follow",
            "sent troops",
            "occurred",
        ),
    ],
)
def test_a_condition_right_after_the_event_makes_it_hypothetical(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("North Korea to send thousands of sappers to Russia's Kursk Oblast", "send", "future"),
        ("Kim Jong Un to send 6,000 military builders to Kursk", "send", "future"),
        ("11,000 North Korean troops to join the fight", "join", "future"),
        ("the deployment of North Korean troops is only a matter of days", "deployment", "future"),
        ("North Korean troops sent to Russia to fight in Kursk", "sent", "occurred"),
        ("He went to Moscow to meet Putin", "meet", "occurred"),
        ("There are risks of North Korea sending more troops to Russia", "sending", "hypothetical"),
        ("mutual military assistance in the event of an attack", "attack", "hypothetical"),
        ("warned of the threat of North Korean troops moving in", "moving", "hypothetical"),
        ("traders stopped dealing in anticipation of EU sanctions", "sanctions", "hypothetical"),
        ("ready to hand over soldiers, provided it eases a swap", "hand over", "hypothetical"),
        ("ready to do it, provided it eases the exchange of prisoners", "exchange", "hypothetical"),
        ("North Korea sent troops to Russia, providing them with weapons", "sent", "occurred"),
        ("it was Russia's prerogative to deploy North Korean troops", "deploy", "hypothetical"),
        ("Zelenskyy called on partners to increase aid for Ukraine", "aid", "hypothetical"),
        ("It called on Pyongyang to stop deploying its troops in Russia", "deploying", "occurred"),
        ("They are trying to persuade Moscow to withdraw its troops", "withdraw", "hypothetical"),
        ("Russia persuaded Syria to withdraw its troops", "withdraw", "occurred"),
        ("a plan calling on Damascus to withdraw troops from cities", "withdraw", "hypothetical"),
        ("urging President Assad to hand over power to his deputy", "hand over", "hypothetical"),
        ("a plan to prevent North Korea's expanded involvement", "involvement", "hypothetical"),
        ("Russia will honour the soldiers who fought in Kursk", "fought", "occurred"),
        ("Zelenskiy says Russia to deploy N.Korean troops in combat zones", "deploy", "future"),
        ("as Pyongyang prepares to send reinforcements", "send", "future"),
        ("North Korea is preparing for further troop deployments", "deployments", "future"),
        ("He did not explicitly deny the possibility", "deny", "negated"),
        ("North Korean troops have not yet entered the battle", "entered the battle", "negated"),
        ("measures taken by North Korean soldiers to avoid capture", "capture", "hypothetical"),
        ("Since Pyongyang will send more troops", "send", "future"),
        ("North Korea has not only sent troops", "sent", "occurred"),
        ("the first confirmed case of North Korean soldiers captured", "captured", "occurred"),
        ("North Korea provided the shells that were used in attacks", "attacks", "occurred"),
        ("troops are moving, providing the Russian army with manpower", "moving", "ongoing"),
        ("North Korea To Send More Troops To Russia", "Send", "future"),
    ],
    ids=["headline-infinitive-country", "headline-infinitive-person", "headline-infinitive-count",
         "matter-of-days", "participle-before-to-is-no-plan", "verb-before-to-is-no-plan",
         "risk-of", "in-the-event-of", "threat-of", "in-anticipation-of", "provided-after",
         "provided-before",
         "providing-as-a-verb-is-no-condition", "prerogative", "called-on-to",
         "called-on-to-stop-asserts-the-deed", "persuade-to", "persuaded-did", "calling-on-to",
         "urging-to",
         "prevent",
         "past-relative-clause-keeps-its-tense",
         "headline-infinitive-after-says", "prepares-to", "preparing-for", "not-explicitly",
         "not-yet-entered",
         "avoid", "since-as-because", "not-only", "case-of-is-no-eventuality",
         "provided-as-a-verb", "providing-as-a-verb", "title-case-headline-infinitive"],
)  # fmt: skip
def test_english_words_around_the_deed_say_whether_it_is_asserted(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


@pytest.mark.parametrize(
    ("lang", "clause", "trigger", "status"),
    [
        ("es", 'Pyongyang "planea enviar un total de 12.000 efectivos"', "enviar", "future"),
        ("ru", "КНДР планирует направить ещё войска", "направить", "future"),
        ("id", "Korea Utara akan mengirim pasukan tambahan", "mengirim", "future"),
        ("ko", "정보를 지속 공유할 예정이다", "공유", "future"),
        ("uk", "Північна Корея, ймовірно, направить війська", "направить", "hypothetical"),
        ("ru", "КНДР, вероятно, отправит войска", "отправит", "hypothetical"),
        ("uk", "Перші 2600 військових КНДР відправлять у Курську область", "відправлять", "future"),
        ("uk", "Скільки саме осіб прибуде, невідомо", "прибуде", "future"),
        ("ru", "КНДР направит войска в Курскую область", "направит", "future"),
        ("ru", "КНДР направила войска в Курскую область", "направила", "occurred"),
        ("uk", "КНДР відправляє війська", "відправляє", "occurred"),
        ("ru", "Россия отрицает присутствие солдат КНДР", "присутствие", "negated"),
        ("ru", "полк развернут в Курской области", "развернут", "occurred"),
        ("de", "Nordkorea soll Truppen geschickt haben", "geschickt", "hypothetical"),
    ],
    ids=["es-planea", "ru-planiruet", "id-akan", "ko-yejeong", "uk-ymovirno", "ru-veroyatno",
         "uk-perfective-3pl", "uk-perfective-3sg", "ru-perfective", "ru-past-is-no-future",
         "uk-imperfective-is-no-future", "ru-denies", "ru-short-participle-is-no-future",
         "de-soll-is-hearsay"],
)
def test_plan_likelihood_tense_and_denial_in_other_languages(lang, clause, trigger, status):
    assert event_status(clause, clause.index(trigger), lang) == status


@pytest.mark.parametrize(
    ("clause", "trigger"),
    [
        ("Iraq has been unstable since the invasion", "invasion"),
        ("The war will mark three years since Russia's invasion", "invasion"),
    ],
)
def test_what_a_duration_counts_from_is_history(clause, trigger):
    assert event_status(clause, clause.index(trigger)) == "historical"


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("the delegation was reluctant publicly to acknowledge its authenticity", "acknowledge",
         "hypothetical"),
        ("Russia refused to withdraw its troops", "withdraw", "negated"),
    ],
)
def test_a_deed_someone_is_reluctant_or_refuses_to_do_is_not_asserted(clause, trigger, status):
    assert event_status(clause, clause.index(trigger)) == status


def test_what_someone_wants_another_to_do_is_asked_for_not_planned():
    clause = "Many opposition supporters want it to expel Syria"
    assert event_status(clause, clause.index("expel")) == "hypothetical"


@pytest.mark.parametrize(
    "clause",
    [
        "the country has been unstable after the US-led invasion of Iraq",
        "Russia's full-scale invasion of Ukraine changed Europe",
    ],
)
def test_an_invasion_named_as_a_noun_is_looked_back_on(clause):
    assert event_status(clause, clause.index("invasion")) == "historical"


def test_an_invasion_launched_is_news():
    clause = "Russia launched an invasion of Ukraine"
    assert event_status(clause, clause.index("invasion")) == "occurred"


@pytest.mark.parametrize(
    ("clause", "trigger"),
    [
        ("it is far from clear whether China will or will not veto a new resolution", "veto"),
        ("tens of thousands would die if they did not immediately withdraw from Iraq", "withdraw"),
    ],
)
def test_a_negation_inside_an_open_question_or_a_condition_is_hypothetical(clause, trigger):
    assert event_status(clause, clause.index(trigger), "en") == "hypothetical"


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("Bulgaria's new government said yesterday it would withdraw all its troops", "withdraw",
         "future"),
        ("Russia said it would veto any resolution", "veto", "future"),
        ("It said that the committee would meet Syrian officials on Sunday", "meet", "future"),
        ("The League said its observers would deploy in Homs", "deploy", "future"),
        ("Russia said its armed forces would withdraw from Syria", "withdraw", "future"),
        ("Budanov said 3,000 more North Korean troops would arrive in Kursk by December",
         "arrive", "future"),
        ("He added that about 1,500 special forces would be deployed next week", "deployed",
         "future"),
        ("Mr Assad said 4,000 personnel would receive training", "training", "future"),
        ("Berlusconi announced that he would begin withdrawing the troops", "withdrawing",
         "future"),
        ("The League announced it would hold an emergency meeting", "meeting", "future"),
        ("Turkey said that if attacked, it would retaliate against Syria", "retaliate",
         "hypothetical"),
        ("Officials said 3,000 troops feared the West would attack", "attack", "hypothetical"),
        ("The army said the mayor would meet protesters in Homs", "meet", "future"),
        ("Officials said the candidate would withdraw from the race", "withdraw", "future"),
        ("He said US would withdraw its troops", "withdraw", "future"),
        ("Officials said UN observers would deploy in Homs", "deploy", "future"),
        ("A spokesperson said it was hoped the agreement would be signed off", "signed",
         "hypothetical"),
        ("Lavrov said Russia feared the West would attack Syria", "attack", "hypothetical"),
        ("Clinton said she doubted the regime would withdraw its tanks", "withdraw",
         "hypothetical"),
        ("Russia said it would have vetoed the resolution", "vetoed", "hypothetical"),
        ("Turkey would retaliate against any attack", "retaliate", "hypothetical"),
        ("Bush called Berlusconi to promise a full investigation", "investigation", "future"),
    ],
)  # fmt: skip
def test_what_a_source_said_it_would_do_is_its_plan(clause, trigger, status):
    assert event_status(clause, clause.index(trigger)) == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("North Korean troops have not taken part in combat", "combat", "negated"),
        ("most of them are likely not yet involved in direct combat", "combat", "negated"),
        ("North Korean troops have taken part in combat", "combat", "occurred"),
    ],
)
def test_a_negated_verb_of_taking_part_negates_the_event_it_takes(clause, trigger, status):
    assert event_status(clause, clause.index(trigger)) == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("The UK presented a draft UN resolution condemning Syria's crackdown", "condemning",
         "hypothetical"),
        ("Russia vetoed a resolution demanding an end to the violence", "demanding",
         "hypothetical"),
        ("The council has passed a resolution condemning the crackdown", "condemning",
         "occurred"),
        ("The draft contained parts of a Russian text rejected by the West", "rejected",
         "occurred"),
    ],
)  # fmt: skip
def test_what_a_text_only_proposed_has_not_been_done(clause, trigger, status):
    assert event_status(clause, clause.index(trigger)) == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("The Syrian government must withdraw its troops from the cities", "withdraw",
         "hypothetical"),
        ("Syrian troops must have withdrawn from Homs", "withdrawn", "occurred"),
        ("The council was unable to condemn the crackdown", "condemn", "negated"),
        ("Syria was failing to withdraw heavy weapons from the cities", "withdraw", "negated"),
        ("They castigate governments for failing to investigate the deaths of civilians",
         "deaths", "occurred"),
        ("Syrian forces are preparing a military assault on Homs", "assault", "future"),
    ],
)  # fmt: skip
def test_an_obligation_a_failure_or_a_preparation_is_no_deed_done(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("An attack on Kirkuk would threaten this oil lifeline", "attack", "hypothetical"),
        ("A US strike on Iran could trigger a wider war", "strike", "hypothetical"),
        ("Troops attacked the town, which would later fall", "attacked", "occurred"),
        ("Syrian troops launched an attack on Homs that could last for weeks", "attack",
         "occurred"),
        ("He told them that he believed an invasion would, after all, be legal", "invasion",
         "hypothetical"),
        ("The attack killed 20 people", "attack", "occurred"),
        ("British participation in the invasion could be declared illegal", "invasion",
         "historical"),
        ("The Red Cross hoped the deaths would draw the attention of the world", "deaths",
         "occurred"),
    ],
)  # fmt: skip
def test_a_deeds_noun_as_the_subject_of_a_modal_is_supposed(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("The draft calls for a freeze of President Assad's assets and tougher sanctions",
         "sanctions", "hypothetical"),
        ("The draft calls for a freeze of assets and an end to the violence", "violence",
         "occurred"),
        ("The UN called for talks and Syrian troops attacked Homs", "attacked", "occurred"),
    ],
)  # fmt: skip
def test_the_next_thing_of_a_list_called_for_is_called_for_too(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("Kim Jong Un has ordered the dispatch of 6,000 military builders to Kursk", "dispatch",
         "future"),
        ("North Korean troops are stationed in Kursk", "stationed", "ongoing"),
        ("North Korean troops were stationed in Kursk", "stationed", "occurred"),
        ("Russia has deployed troops", "deployed", "occurred"),
        ("The Observatory, which is based in Britain, said 20 people were killed in Homs",
         "killed", "occurred"),
        ("A US base where 2,000 soldiers are stationed was attacked in Kirkuk", "attacked",
         "occurred"),
        ("The regime ordered the evacuation of Baba Amr and shelled it on Monday", "shelled",
         "occurred"),
        ("In March 2011, Assad ordered the deployment of tanks to Deraa", "deployment",
         "occurred"),
    ],
)  # fmt: skip
def test_an_order_is_still_to_be_done_and_a_station_goes_on(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


def test_a_deed_after_the_one_prepared_is_not_planned_by_the_preparation():
    clause = "Syrian forces were preparing an assault and shelled Homs on Monday"
    assert event_status(clause, clause.index("shelled"), "en") != "future"


def test_a_report_being_prepared_on_a_deed_does_not_make_the_deed_planned():
    clause = "The UN is preparing a report on the killings in Homs"
    assert event_status(clause, clause.index("killings"), "en") != "future"


def test_what_should_not_have_been_done_was_done():
    clause = "51 % now think the US should not have invaded Iraq."
    assert event_status(clause, clause.index("invaded"), "en") != "hypothetical"


def test_a_report_held_to_be_confirmed_is_unverified():
    clause = "If confirmed, the deployment of the ships suggests the Russians are cautious."
    assert event_status(clause, clause.index("deployment"), "en") == "hypothetical"


@pytest.mark.parametrize(
    ("clause", "trigger"),
    [
        ("Annan renewed calls for an end to fighting and for unimpeded humanitarian aid.", "aid"),
        ("Mr Salehi asked the UN for help in freeing the hostages.", "help"),
    ],
)
def test_what_is_asked_for_has_not_happened(clause, trigger):
    assert event_status(clause, clause.index(trigger), "en") == "hypothetical"


def test_not_yet_engaged_in_full_combat_is_negated():
    clause = "South Korea noted these troops had not engaged in full combat yet."
    assert event_status(clause, clause.index("combat"), "en") == "negated"


def test_what_someone_offers_to_do_is_not_done():
    clause = "Zelenskyy offered to exchange the soldiers for Ukrainians held by Russia."
    assert event_status(clause, clause.index("exchange"), "en") == "hypothetical"


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("Damascus rejected the Annan plan.", "rejected", "occurred"),
        ("Mr Annan admitted his plan had not succeeded.", "admitted", "occurred"),
        ("Russia plans to send troops.", "send", "future"),
    ],
)
def test_a_plan_named_after_the_verb_is_its_object_not_its_future(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("Though there was no suicide bomber, Shias blamed insurgents.", "bomber", "negated"),
        ("Until now we are lucky no-one has been injured, she said.", "injured", "negated"),
        ("Kim Jong Un proposed deploying troops to support Russia.", "deploying", "hypothetical"),
    ],
)
def test_no_one_no_such_deed_and_what_is_proposed_did_not_happen(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


def test_never_before_denies_the_deed():
    clause = "North Korea has never before deployed ground troops of such scale."
    assert event_status(clause, clause.index("deployed"), "en") == "negated"


def test_what_came_to_be_is_no_future():
    clause = "The reports of how her cousin had come to be killed on Friday were wrong."
    assert event_status(clause, clause.index("killed"), "en") == "occurred"


def test_what_a_since_clause_counts_from_is_history():
    clause = "Since US forces invaded Iraq, the country has been unstable."
    assert event_status(clause, clause.index("invaded"), "en") == "historical"


def test_what_someone_is_poised_to_do_is_still_to_come():
    clause = "Its teams were poised to evacuate civilians and deliver aid into parts of Homs."
    assert event_status(clause, clause.index("aid"), "en") == "future"


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("The peace plan has now been endorsed by the UN Security Council", "endorsed", "occurred"),
        ("The plan was rejected by Russia and China", "rejected", "occurred"),
        ("Russia plans to deploy troops to Syria", "deploy", "future"),
        ("Fighting has continued in Homs", "Fighting", "ongoing"),
        ("Government forces continued to bombard Homs", "bombard", "ongoing"),
        ("The US draft demands that the Syrian government withdraw", "demands", "hypothetical"),
        ("The US draft demands that the Syrian government withdraw", "withdraw", "hypothetical"),
        ("Qatar wants the Arab League to withdraw its monitors", "withdraw", "hypothetical"),
        ("The Security Council approved the deployment of 300 observers", "deployment", "future"),
        ("Syria must allow in monitors or face sanctions", "sanctions", "hypothetical"),
        ("The meeting of Arab foreign ministers has been postponed", "meeting", "negated"),
        ("a photo of what it described to be soldiers killed in combat", "killed", "occurred"),
    ],
)
def test_a_plan_named_as_subject_continuing_deeds_and_drafts(clause, trigger, status):
    assert event_status(clause, clause.index(trigger)) == status


@pytest.mark.parametrize(
    ("clause", "trigger", "status"),
    [
        ("They want to use suicide bombers to attack us", "bombers", "hypothetical"),
        ("EU states want Russia to put pressure on its ally to withdraw heavy weapons", "withdraw",
         "hypothetical"),
        ("Officials who wish to stay anonymous said that smuggling rose", "smuggling",
         "occurred"),
        ("Israel does not want to intervene, warning that could lead to war", "warning",
         "occurred"),
        ("the heavy weapons that the regime can deploy", "deploy", "hypothetical"),
        ("Rebels say they can now fight attacks from the air", "fight", "hypothetical"),
        ("We can confirm that Russia sent troops", "sent", "occurred"),
    ],
)  # fmt: skip
def test_what_someone_wants_done_or_can_do_is_no_deed_done(clause, trigger, status):
    assert event_status(clause, clause.index(trigger), "en") == status


def test_cannot_denies_as_cant_does():
    for clause in ("Russia cannot deploy more troops", "Russia can't deploy more troops"):
        assert event_status(clause, clause.index("deploy"), "en") == "negated"
