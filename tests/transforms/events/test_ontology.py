"""Event types: PLOVER root categories with modes, ACLED groups, per-language triggers."""

from __future__ import annotations

import pytest

from transforms.events.lexicon import read_tsv
from transforms.events.ontology import ACLED_GROUPS, PLOVER_TYPES, find_triggers


@pytest.mark.parametrize(
    ("text", "event_type", "mode", "group"),
    [
        ("North Korea has deployed troops", "MOBILIZE", "troops", "strategic developments"),
        ("Ukrainian forces clashed with the unit", "ASSAULT", "ground", "battles"),
        ("a drone strike hit the depot", "ASSAULT", "aerial", "explosions/remote violence"),
        ("Ukrainian forces captured two soldiers", "COERCE", "seize", "strategic developments"),
        ("Yoon convened the council", "CONSULT", None, "strategic developments"),
        ("the two leaders signed it", "AGREE", None, "strategic developments"),
        ("Peskov denied the reports", "REJECT", None, "strategic developments"),
        ("the troops were pulled back", "RETREAT", None, "strategic developments"),
        ("thousands joined a protest", "PROTEST", "demonstrate", "protests"),
        ("North Korean troops gathering in Kursk", "MOBILIZE", "troops", "strategic developments"),
        ("North Korean troops have entered Kursk", "MOBILIZE", "troops", "strategic developments"),
        ("Russian forces have been massing nearby", "MOBILIZE", "troops", "strategic developments"),
        ("Soldiers fired on the crowd", "ASSAULT", "firearms", "battles"),
        ("The league voted to suspend Syria", "SANCTION", None, "strategic developments"),
        ("Russia and China vetoed the resolution", "REJECT", None, "strategic developments"),
        ("Russia and China blocked a UN resolution", "REJECT", None, "strategic developments"),
        ("Syria lifted the state of emergency", "RETREAT", "ease", "strategic developments"),
        ("The army freed 200 detainees", "RETREAT", "release", "strategic developments"),
        ("The UN opened an inquiry", "INVESTIGATE", None, "strategic developments"),
        ("Troops stormed the town", "ASSAULT", "ground", "battles"),
        ("Soldiers opened fire on mourners", "ASSAULT", "firearms", "battles"),
        ("An explosion hit the market", "ASSAULT", "explosives", "explosions/remote violence"),
        ("Police arrested 12 men", "COERCE", "arrest", "strategic developments"),
        ("The two sides agreed on a timetable", "AGREE", None, "strategic developments"),
        ("Assad has accepted the peace plan", "AGREE", None, "strategic developments"),
        ("Warplanes pounded the town", "ASSAULT", "aerial", "explosions/remote violence"),
        ("Rebels pounded the air base with mortars", "ASSAULT", "artillery",
         "explosions/remote violence"),
        ("The district took another pounding from artillery", "ASSAULT", "artillery",
         "explosions/remote violence"),
        ("Iraqi forces fired mustard gas shells at the town", "ASSAULT", "artillery",
         "explosions/remote violence"),
        ("Twin blasts rocked Damascus for the second time", "ASSAULT", "explosives",
         "explosions/remote violence"),
        ("The US government sanctioned ten officials", "SANCTION", None, "strategic developments"),
        ("The crowd chanted slogans", "PROTEST", "demonstrate", "protests"),
        ("Troops stormed up the hill", "ASSAULT", "ground", "battles"),
        ("There was an explosion in a public square", "ASSAULT", "explosives",
         "explosions/remote violence"),
    ],
    ids=lambda v: str(v),
)
def test_english_triggers_give_type_mode_and_group(text, event_type, mode, group):
    [trigger] = find_triggers(text)
    assert (trigger.event_type, trigger.event_mode, trigger.event_group) == (
        event_type,
        mode,
        group,
    )


def test_trigger_offsets_point_at_the_words():
    text = "Pyongyang dispatched 1,500 special forces"
    [trigger] = find_triggers(text)
    assert text[trigger.start : trigger.end] == "dispatched"


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        ("de", "Nordkorea hat Soldaten entsandt", "MOBILIZE"),
        ("fr", "Pyongyang a déployé des soldats", "MOBILIZE"),
        ("es", "Corea del Norte envió tropas", "MOBILIZE"),
        ("it", "soldati nordcoreani uccisi", "ASSAULT"),
        ("ru", "КНДР отправила войска", "MOBILIZE"),
        ("uk", "КНДР відправила війська", "MOBILIZE"),
        ("ko", "북한군 파병", "MOBILIZE"),
        ("ko", "김정식 제1부부장이 발사장을 방문", "CONSULT"),
        ("id", "Korea Utara mengirim tentara", "MOBILIZE"),
        ("ko", "북한군 2명이 포로로 잡혔다", "COERCE"),
        ("it", "1500 uomini erano stati spediti in Russia", "MOBILIZE"),
    ],
)
def test_triggers_in_other_languages(lang, text, event_type):
    assert [t.event_type for t in find_triggers(text, lang)] == [event_type]


def test_every_lexicon_row_uses_a_plover_type_and_an_acled_group():
    for lang in ("en", "de", "fr", "es", "it", "ru", "uk", "ko", "id"):
        for row in read_tsv(f"triggers/{lang}.tsv"):
            assert row[1] in PLOVER_TYPES, (lang, row)
            assert row[3] in ACLED_GROUPS, (lang, row)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea will send 6,000 personnel, including combat engineers, to Kursk",
        "Russia formed new assault brigades and deployed them to Kursk",
        "The army deployed attack drones to the front",
    ],
)
def test_a_word_naming_a_kind_of_unit_or_weapon_is_no_event(text):
    assert [t.event_type for t in find_triggers(text)] == ["MOBILIZE"]


def test_the_same_word_as_the_verb_of_a_subject_is_an_event():
    assert [t.event_type for t in find_triggers("Russian forces attack troops near Kursk")] == [
        "ASSAULT"
    ]


def test_the_same_word_as_a_noun_of_its_own_is_an_event():
    assert [t.text for t in find_triggers("The troops entered combat near Kursk")] == [
        "entered combat"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Вони повернулися додому, бо втомилися.", []),
        ("ru", "Более 10 тысяч солдат КНДР находятся в России.", []),
        ("uk", "Бої тривають у Курській області.", ["ASSAULT"]),
        ("ru", "Северокорейские военные участвовали в боях.", ["ASSAULT"]),
        ("uk", "Солдати КНДР можуть прибути в Курську область уже в середу.", ["MOBILIZE"]),
        ("ru", "Войска КНДР прибудут в Курскую область.", ["MOBILIZE"]),
    ],
)
def test_battle_words_are_whole_words_and_arrivals_count_in_every_tense(lang, text, expected):
    # "бо" (because) and "более" (more) once matched the battle pattern "бо*"
    assert [t.event_type for t in find_triggers(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hr", "Izveden je pomoću dronova."),  # pomoću: "by means of", not "help"
        ("hr", "Boris se vratio kući."),
        ("uk", "Компанія отримала прибуток."),  # прибуток: "profit", not "arrival"
        ("pt", "O partido Chega venceu as eleições."),
        ("ru", "Боевики вернулись домой."),  # militants, no battle
        ("lv", "Ieradums ir otrā daba."),  # habit, not "arrived"
        ("te", "ఆహార పంపిణీ జరిగింది."),  # distribution, not "sent"
        ("en", "Intelligence gathering continues."),  # only troops gathering is an event
        ("en", "He entered the room."),  # only forces entering are moved
    ],
)
def test_words_sharing_a_stem_with_an_event_word_are_no_event(lang, text):
    assert find_triggers(text, lang) == []


def test_a_korean_event_noun_compounded_into_a_place_is_no_event():
    # 훈련장 (training ground) is where the troops gather (모여), not their training
    found = find_triggers("러시아 훈련장에 북한 군인들이 모여 있다.", "ko")
    assert [(t.text, t.event_type) for t in found] == [("모여", "MOBILIZE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("북한군 부상장병이 늘었다", [("부상", "ASSAULT")]),  # 부상장병: wounded soldiers
        ("파병장병 1만명", [("파병", "MOBILIZE")]),  # dispatched soldiers
        ("한국 시민 수천 명이 광장에 모여 파병을 규탄했다.", [("파병", "MOBILIZE")]),  # citizens
        ("러시아 시민 수만 명이 운집했다", []),  # crowds, no forces
    ],
)
def test_korean_place_nouns_and_gatherings_need_their_own_shape(text, expected):
    assert [(t.text, t.event_type) for t in find_triggers(text, "ko")] == expected


def test_joining_the_battlefield_is_one_phrase_not_a_gap_over_the_actor():
    text = (
        "North Korea joins Russia as battlefield losses mount. They held joint battlefield drills."
    )
    assert [t.text for t in find_triggers(text)] == ["losses"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Ukrainians have very effectively demonstrated the ability to use drones"),
        ("en", "The launcher can fire missiles, as demonstrated in Tapa last year"),
        ("en", "These systems are costly and in limited supply"),
        ("en", "In exchange, the North Koreans gain combat experience"),
        ("en", "Two soldiers, though wounded, survived"),
        ("it", "Sebbene feriti, sono sopravvissuti"),
        ("en", "Get access to original reporting, investigations and analysis"),
        ("en", "Original article source: https://news.sky.com/story/soldiers-captured-by-ukraine-1"),
        ("en", "The North Korean soldiers have significantly improved their combat capabilities"),
        ("en", "since becoming accustomed to new equipment"),
        ("ko", "북한군 포로와 관련해 정보를 공유할 예정이다"),
        ("en", "Russian forces search for soldiers hiding in the now-liberated areas"),
        ("en", "North Korean soldiers serve as part of the Airborne Assault Forces"),
        ("es", "Los comandantes ucranianos deben enfrentar a estos nuevos combatientes"),
        ("en", "Letters for publication should be sent to: letters@example.org"),
        ("en", "Those sending representatives include Russia and China"),
        ("en", "Britain signed its own death warrant"),
        ("en", "Iranians travel to Syria to visit the pilgrimage site"),
        ("en", "She suffered a panic attack on the plane"),
        ("en", "the photograph that captured the fall of Saigon"),
        ("en", "Mourners gathered in the square"),
        ("en", "The medal eventually arrived in the post"),
        ("en", "Assad had moved to open up the economy"),
        ("en", "The peace plan appears dead in the water"),
        ("en", "The former minister died of cancer in a Paris hospital"),
        ("en", "Officials were bombarded with complaints"),
        ("en", "They would stay unless British wishes were met"),
        ("en", "China and Russia, which oppose sanctions, abstained"),
        ("en", "Troops search for soldiers hiding in the recently liberated territories"),
        ("en", "Britain will keep its veto on the council"),
        ("en", "The five veto-wielding members abstained"),
        ("en", "The White House refused to comment on the plans"),
        ("en", "He said he was tortured but refused to go into details"),
        ("en", "President Zelensky talks to media in Kyiv"),
        ("en", "US military officials could not be reached for comment"),
        ("en", "US troops reached a stalemate in the valley"),
        ("en", "Authorities must respect the right to demonstrate peacefully"),
        ("en", "Russia and China both hold vetoes in the Security Council"),
        ("en", "He cleaves to the jaw-droppingly offensive premise that critics are wrong"),
        ("en", "The cartoons were deeply offensive to Muslims"),
        ("en", "Labour MPs fighting marginal seats are worried"),
        ("en", "He will fight the extradition in the courts"),
        ("en", "He had sent three of his children to live with their grandmother"),
        ("en", "The plan has reached a dead end"),
        ("en", "He spent a week deploying his considerable charm"),
        ("en", "British imperialists sought to deploy their power to export self-government"),
        ("en", "Auden noticed a retreat from universal principles in the 1930s"),
        ("en", "For example, in his world dispatch today he details the case"),
        ("en", "The government is losing the battle to persuade people"),
        ("en", "Did Blair think that these tests were met?"),
        ("en", "The priority was to get sanctions lifted"),
        ("en", "Inflation caused Americans to retreat inward"),
        ("en", "Portraits of the dead young men are plastered all over walls"),
        ("en", "No one asked them to remember the Iraqi dead in their prayers"),
        ("en", "Men were broken down for interrogation"),
        ("en", "His involvement in the ending of Serbian domination was a success"),
        ("en", "The carrier-led naval battle group reached the port"),
        ("en", "He admitted that he had failed to make a breakthrough"),
        ("en", "The minorities have been largely supportive of Assad"),
        ("en", "He was a member of the Libyan Islamic Fighting Group in the 1990s"),
        ("en", "These two key demands could not be met"),
        ("en", "The party might rally behind its leader"),
        ("en", "We are sending out a loud and clear message to Mr Assad"),
        ("en", "The roadmap allows Mr Assad an effective veto over any candidate"),
        ("en", "Syria is not meeting all of these obligations"),
        ("en", "US troops would be greeted as liberators"),
        ("en", "Adolfo Aguilar Zinser, who has died in a car crash, aged 55"),
        ("en", "Thanks to the BBC to expose this fake story"),
        ("en", "We will be contacting him in New Orleans for an audio dispatch from the city"),
        ("en", "A soldier was killed following a vehicle accident in the province"),
        ("en", "Paxman: Tony Blair, thank you"),
        ("en", "Israel already has the bomb"),
        ("en", "I was struck by a line in an impressively dispassionate report"),
        ("en", "They robbed us of basic union rights, including the right to strike"),
        ("en", "It is all part of the fight against terrorism"),
        ("en", "Syria considers the decisions an attack on its national sovereignty"),
        ("en", "Arab journalists visiting Syria are viewed with suspicion"),
        ("en", "Hadi Saleh, trade unionist, born 1949; died January 4 2005"),
        ("en", "Despite being Pyongyang's best-trained special operations troops"),
        ("en", "The small-scale evacuation of casualties from Homs by the ICRC"),
        ("en", "Syria sent a list of 26 names to the United Nations"),
        ("en", "The 13-page minute was sent to Mr Blair on March 7 2003"),
        ("en", "Three searing films about the war are suddenly back in demand"),
        ("en", "London won partly through demonstrating to the world its credentials"),
        ("en", "tightening oversight of the UN's contracts and sanctions programs"),
        ("en", "Lebanon will not attend while Russia is sending its ambassador"),
        ("en", "Six servicemen died when two Sea King helicopters collided over the Gulf"),
        ("en", "The coalition of the willing is not quite dead"),
        ("en", "He singled out Mr Cheney in a wide-ranging political assault on the programme"),
        ("en", "Putin will block international action that threatens the status quo"),
        ("en", "Bush said that this was an assault on freedom"),
        ("en", "January 31: A soldier died in an accident in Basra"),
        ("en", "Robbers raided a foreign exchange shop in Baghdad"),
        ("en", "His death was not the result of enemy action"),
        ("en", "He died in hospital in the UK after being injured in a traffic accident in Iraq"),
        ("en", "At least 117 people died today when an aircraft crashed into a residential area"),
        ("en", "Amnesty was awarded the Nobel Peace Prize for its fight against injustice"),
        ("en", "UK teenagers are sending over 22 million text messages a year"),
        ("en", "A British soldier was killed in a road traffic accident in Basra"),
        ("en", "Both universities run a cultural exchange"),
        ("en", "Syria feels its security is threatened"),
        ("en", "Instability in Syria also threatens vital trade routes"),
        ("en", "The violence threatens to spill over into Lebanon"),
        ("en", "They are the nicest people I have ever met"),
        ("en", "He deployed the US tactic of push polling"),
        ("en", "He faces a confirmation battle in the Senate"),
        ("en", "The Russians have argued that this demand would impose regime change"),
        ("en", "He said the heavy losses are due to the troops' lack of experience"),
        ("en", "The high number of casualties was largely due to drones"),
        ("en", "He was picked to fight Tony Blair in his constituency at the general election"),
        ("en", "The tsunami death toll is in the region of 150,000"),
        ("en", "I used to send telegrams saying we had no interest"),
        ("en", "He died in Tijuana while pursuing alternative treatments for bladder cancer"),
        ("en", "Do it by sending letters to our troops in the field"),
        ("en", "There were reports that he suffered a heart attack"),
        ("en", "The union sent him to Spain as its observer"),
        ("en", "They sent letters to Russian troops"),
        ("en", "The high number of casualties stems from poor tactics"),
        ("en", "Their mother had died of Aids"),
        ("en", "It was dismantled in the bitter aftermath of the 1983 miners ' strike"),
        ("en", "The two heavyweights clashed in a rousing debate on Iraq in New York"),
        ("en", "She represents the families of those killed in large-scale accidents"),
        ("en", "US spy agencies were dead wrong in their judgments"),
        ("en", "Their actions reinforced Germany 's reputation abroad"),
        ("en", "a plan that identifies the military benchmarks that must be met"),
        ("en", "If we meet the enemy , we shall overwhelm him"),
        ("en", "It was the first feature film to attack American policy in the conflict"),
        ("en", "It is the first film to be set in post-invasion Iraq"),
        ("en", "One comment , written in 1975 , struck me as identifying why it matters"),
        ("en", "He refuses a discussion of what response would be appropriate"),
        ("en", "we wished to preserve oil supplies"),
        ("en", "while helping out at his father 's Greek restaurant"),
        ("en", "The audit talks of incomplete accounting"),
        ("en", "whether it is propaganda or a send-up of rightwing fears"),
        ("en", "Iraqi women were long the most liberated in the Middle East"),
        ("en", "after the testy exchange with George Galloway"),
        ("en", "if the Russians find new ways to avoid such heavy losses"),
        ("en", "Syrian forces have sought for months to quell anti-government protests"),
        ("en", "In every battle , they are massively outgunned"),
        ("en", "Iran says its defences are prepared for any attack by Israel"),
        ("en", "It will meet with a harsh response"),
        ("en", "The Arab League monitors met with resistance"),
        ("en", "He hailed from the orthodox Sunni majority"),
        ("en", "the radiological impact of a dirty bomb is uncertain"),
        ("en", "they are retreading the clash of civilisations thesis"),
        ("en", "they are not winning the critical battle , for hearts and minds"),
        ("en", "The conflict has put many tourists off visiting the country"),
        ("en", "With each engagement, Iraqi soldiers grow more battle-hardened"),
        ("en", "Residents returned to the battle-scarred cities"),
        ("en", "Labor losing battle to convince public"),
        ("en", "The rebels have opened a direct supply route to the border"),
        ("en", "The military said it is difficult to determine the casualties among them"),
        ("en", "Syria restricts access and it is not possible to verify the casualties"),
        ("en", "He was armed with an SA80 assault rifle"),
        ("en", "Workers took strike action over pay"),
        ("en", "Police watched protest hotspots in Homs"),
        ("en", "A flood killed six people in the village"),
        ("en", "Hurricane Katrina left 110 dead"),
        ("en", "They stated that they will mobilize all available means to respond"),
        ("en", "Russia was sending a team to Damascus to discuss the plan"),
        ("en", "The transport arrangements were made in Kuwait"),
        ("en", "The minister stormed out of the room"),
        ("en", "Galloway stormed up to Capitol Hill"),
        ("en", "She stormed up and down the pool every morning"),
        ("en", "The decision caused an explosion of anger"),
        ("en", "The embassy sits behind concrete blast walls"),
        ("en", "In contrast with earlier explosions in Damascus, there were no photos"),
        ("en", "He agreed with the MPs that it was right"),
        ("en", "Lavrov blasts US over Syria resolution"),
        ("en", "Russia shot down the US proposal"),
        ("en", "An air raid alert was declared across Ukraine"),
        ("en", "Hurricane Sandy pounded New York"),
        ("en", "Heavy storms pounded Britain"),
        ("en", "Russian stocks took a pounding"),
        ("en", "Police fired tear gas shells at the crowd"),
        ("en", "There was officially sanctioned contact between them"),
        ("en", "Commuters went back to public transport"),
        ("en", "Iraq has seen an explosion in violence since the elections"),
        ("en", "Labour stormed back to power in 1997"),
        ("en", "Russia and the US agreed the situation was dire"),
        ("en", "Reports of government sanctioned violence were rising"),
        ("en", "The US must demonstrate hard evidence that Iraq had weapons"),
        ("en", "The power of veto conferred on the permanent members was used"),
        ("en", "Such a move would threaten this oil lifeline"),
        ("en", "The three accused soldiers had been part of an operation"),
        ("en", "The cuts demonstrated the shallowness of the plan"),
        ("en", "The firm is capable of meeting delivery schedules"),
        ("en", "The minister is battling abuse charges"),
        ("en", "Military psychiatrists have been warned to expect psychiatric disorder"),
        ("en", "Benenson, who had been ill for some time, died on Friday evening"),
    ],
    ids=["demonstrated-ability", "as-demonstrated", "in-limited-supply", "in-exchange",
         "though-wounded", "it-sebbene-feriti", "investigations-listed", "inside-a-web-address",
         "combat-capabilities", "accustomed", "ko-prisoner-as-topic", "now-liberated",
         "assault-forces", "es-combatientes-are-fighters", "sent-to-an-email-address",
         "sending-representatives", "death-warrant", "pilgrimage", "panic-attack",
         "photo-captured", "mourners-gathered", "medal-arrived", "moved-to-open-up",
         "dead-in-the-water", "died-of-cancer", "bombarded-with-complaints", "wishes-were-met",
         "oppose-sanctions", "the-recently-liberated", "keeps-its-veto", "veto-wielding",
         "refused-to-comment", "refused-to-go-into-details", "talks-to-media",
         "could-not-be-reached", "troops-reached-a-stalemate",
         "right-to-demonstrate", "hold-vetoes", "offensive-premise",
         "offensive-to", "fighting-seats", "fight-the-extradition", "sent-his-children",
         "dead-end", "deploying-charm", "deploy-their-power", "retreat-from-principles",
         "world-dispatch", "battle-to-persuade", "tests-were-met", "sanctions-lifted",
         "retreat-inward", "portraits-of-the-dead", "remember-the-dead", "for-interrogation",
         "his-involvement", "battle-group", "admitted-that", "supportive-of", "fighting-group-name",
         "these-two-demands", "rally-behind",
         "sending-out-a-message",
         "allowed-a-veto", "meeting-all-of-these-obligations", "liberators",
         "died-in-a-car-crash", "thanks-to", "audio-dispatch", "killed-in-an-accident",
         "thank-you", "has-the-bomb", "struck-by-a-line", "right-to-strike",
         "fight-against-terrorism", "attack-on-sovereignty", "journalists-visiting",
         "obituary-died", "best-trained", "evacuation-of-casualties", "sent-a-list",
         "minute-was-sent", "in-demand", "demonstrating-to-the-world", "sanctions-programs",
         "sending-its-ambassador", "died-when-helicopters-collided", "coalition-not-dead",
         "political-assault", "threatens-the-status-quo", "assault-on-freedom",
         "died-in-an-accident", "foreign-exchange", "death-not-by-enemy-action",
         "died-after-a-traffic-accident", "died-when-an-aircraft-crashed",
         "fight-against-injustice", "sending-millions-of-messages", "road-traffic-accident",
         "cultural-exchange", "feels-threatened", "instability-threatens", "violence-threatens",
         "ever-met", "deployed-a-tactic",
         "confirmation-battle",
         "this-demand", "losses-are-due-to", "casualties-was-due-to", "fight-at-the-election",
         "tsunami-death-toll", "send-telegrams", "died-pursuing-treatment", "letters-to-troops",
         "heart-attack", "sent-him", "letters-to-russian-troops",
         "casualties-stem-from", "died-of-aids", "miners-strike", "clashed-in-a-debate",
         "killed-in-accidents", "dead-wrong", "reinforced-a-reputation", "benchmarks-met",
         "meet-the-enemy", "attack-a-policy", "post-invasion", "struck-me-as",
         "refuses-a-discussion", "oil-supplies", "helping-out", "talks-of", "send-up",
         "most-liberated", "testy-exchange", "avoid-losses",
         "quell-protests", "every-battle", "any-attack", "meet-with-a-response",
         "met-with-resistance", "hailed-from",
         "dirty-bomb", "clash-of-civilisations", "hearts-and-minds", "put-off-visiting",
         "battle-hardened", "battle-scarred", "losing-battle", "supply-route",
         "determine-the-casualties", "verify-the-casualties",
         "assault-rifle", "strike-action", "protest-hotspots", "flood-killed", "hurricane-dead",
         "mobilize-all-means", "a-team-to-discuss", "transport-arrangements",
         "stormed-out", "stormed-up", "stormed-up-and-down", "explosion-of-anger", "blast-walls",
         "earlier-explosions", "agreed-with", "blasts-someone-over", "shot-down-a-proposal",
         "air-raid-alert", "hurricane-pounded", "storms-pounded", "took-a-pounding",
         "tear-gas-shells", "officially-sanctioned", "public-transport", "explosion-in-violence",
         "stormed-back-to-power", "agreed-a-view", "government-sanctioned-violence",
         "demonstrate-hard-evidence", "power-of-veto", "threaten-a-lifeline",
         "the-accused-soldiers", "demonstrated-the-shallowness-of",
         "meeting-schedules", "battling-charges", "warned-to-expect", "ill-then-died"],
)  # fmt: skip
def test_a_word_in_a_sense_that_reports_no_event_is_no_trigger(lang, text):
    assert find_triggers(text, lang) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia and the US held talks about Syria in Geneva on Friday", "talks"),
        ("Clinton held a meeting with opposition figures in Istanbul", "meeting"),
        ("A missile struck them as they slept in Homs", "struck"),
        ("Each attack killed at least five people in Homs", "attack"),
        ("Every day shelling kills dozens in Homs", "shelling"),
        ("Rebels suffered limited losses in Homs", "losses"),
        ("Militants set off a dirty bomb in Grozny", "bomb"),
    ],
    ids=["held-talks-about", "meeting-with-opposition", "struck-them-as-they-slept",
         "each-attack", "every-day-shelling", "limited-losses", "dirty-bomb-set-off"],
)  # fmt: skip
def test_a_word_in_its_own_sense_next_to_a_cue_of_another_is_still_a_trigger(text, trigger):
    assert trigger in [t.text for t in find_triggers(text, "en")]


def test_a_fight_before_a_clause_about_an_election_is_still_a_fight():
    found = find_triggers(
        "Government troops fight rebels in Homs as voters turn out in the parliamentary "
        "elections", "en"
    )
    assert [t.text for t in found] == ["fight"]


def test_troops_sent_up_to_a_number_are_still_troops_sent():
    [trigger] = find_triggers("Russia sent up to 5,000 troops to Kursk", "en")
    assert (trigger.event_type, trigger.text) == ("MOBILIZE", "sent up to 5,000 troops")


def test_a_toll_with_its_number_is_an_event_whatever_caused_it():
    found = find_triggers("Some 300 casualties were caused by drones", "en")
    assert [t.event_type for t in found] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Although Ukraine attacked Russian positions, they held", "ASSAULT"),
        ("Ukraine's SBU is investigating the case", "INVESTIGATE"),
        ("Kyiv accused Moscow", "DISAPPROVE"),
        ("About 400 North Korean soldiers gathered in a square", "MOBILIZE"),
        ("Up to 5,000 troops are expected to be assembled by Monday", "MOBILIZE"),
        ("North Korean troops arrived in Kursk", "MOBILIZE"),
        ("the arrival of North Korean troops", "MOBILIZE"),
        ("North Korean troops have begun combat missions in Kursk", "ASSAULT"),
        ("Three soldiers were found dead in the water", "ASSAULT"),
        ("Leaders met in Cairo on Monday", "CONSULT"),
        ("The EU imposed sanctions on Syria", "SANCTION"),
        ("Ukraine recently liberated Kherson", "ASSAULT"),
        ("Russia has vetoed three resolutions", "REJECT"),
        ("China used its veto on Saturday", "REJECT"),
        ("US troops launched an offensive against insurgents", "ASSAULT"),
        ("Rebels were fighting government troops in Homs", "ASSAULT"),
        ("the murderous sanctions regime on Iraq", "SANCTION"),
    ],
)
def test_the_same_words_in_their_event_sense_still_report_the_event(text, event_type):
    assert [t.event_type for t in find_triggers(text)] == [event_type]


@pytest.mark.parametrize(
    "text",
    [
        "North Korean soldiers were pulled from the front lines",
        "North Korean forces have been pulled off the frontlines in Kursk",
    ],
)
def test_troops_pulled_from_the_front_retreat(text):
    assert [t.event_type for t in find_triggers(text)] == ["RETREAT"]



@pytest.mark.parametrize(
    "text",
    [
        "As Jon Henley will report in his World Dispatch, there are allegations.",
        "A deputy chief constable of British Transport Police fronted the conference.",
        "Nations that signed the 1997 Ottawa Treaty ban land mines.",
        "12 July 2012 Last updated at 12:41 GMT Help Footage shows a tank.",
    ],
    ids=["column-title", "police-force-name", "treaty-name", "page-furniture"],
)
def test_a_capitalised_event_word_inside_a_name_is_no_event(text):
    assert [t.text for t in find_triggers(text) if t.text[0].isupper()] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Smoke rises over Damascus Fighting is intensifying across Syria", "Fighting"),
        ("By Fawaz Gerges, LSE Protests have been staged in front of embassies", "Protests"),
        ("Troops Arrive In Kursk", "Arrive"),
        ("Russia Deploys North Korean Troops", "Deploys"),
    ],
    ids=["headline-run-on", "byline-run-on", "title-case-line", "title-case-verb"],
)
def test_a_capitalised_event_word_of_a_headline_is_still_an_event(text, word):
    assert word in [t.text for t in find_triggers(text)]


def test_battle_kit_is_gear_not_a_battle():
    assert find_triggers("Corrigan, carrying 100lb of battle kit, had to hitch-hike home") == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The US government has also attacked the network for its coverage", "DISAPPROVE"),
        ("Syria attacked the resolution's sponsors", "DISAPPROVE"),
        ("Mrs Clinton launched a stinging attack against Russia and China", "DISAPPROVE"),
        ("CNN called it a vitriolic attack on senators", "DISAPPROVE"),
        ("Israeli troops launched a blistering assault on the camp in Jenin", "ASSAULT"),
        ("Clinton launched a blistering attack on Russia and China at the UN", "DISAPPROVE"),
        ("Homs came under a withering attack from government forces", "ASSAULT"),
        ("Gunmen ambushed a flood relief convoy and killed five aid workers", "ASSAULT"),
        ("The US launched a scathing attack on al-Jazeera", "DISAPPROVE"),
        ("Mr Galloway 's attack on the integrity of chairman Norm Coleman", "DISAPPROVE"),
        ("Critics kept attacking my integrity over Iraq", "DISAPPROVE"),
        ("He started to attack the costs of the free market", "DISAPPROVE"),
        ("The US will deploy its military power in the Gulf", "MOBILIZE"),
        ("Russian troops retreated from their positions near Kyiv", "RETREAT"),
        ("Russia attacked Kyiv for the second time", "ASSAULT"),
        ("They have trained Iraqis and negotiated with tribal leaders", "AID"),
        ("non-lethal support, including training and assistance to rights groups", "AID"),
        ("Russia is training the North Korean troops in artillery", "MOBILIZE"),
        ("Iraq has more than 160,000 security forces trained and equipped", "MOBILIZE"),
    ],
)
def test_attacking_words_or_training_others_is_another_event_type(text, event_type):
    assert event_type in [t.event_type for t in find_triggers(text, "en")]
    if event_type != "ASSAULT":
        assert "ASSAULT" not in [t.event_type for t in find_triggers(text, "en")]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Two suicide car bombings killed 15 people", "explosives"),
        ("a police academy was targeted by a suicide bomber", "explosives"),
        ("terrorists had set off a bomb in Marjeh", "explosives"),
        ("Israeli jets bombed the airport", "aerial"),
        ("the Nato bombing campaign in Libya", "aerial"),
        ("security forces bombarded Qubair late on Wednesday", "artillery"),
        ("warplanes bombarded the town", "aerial"),
        ("five separate suicide attacks killed 30", "explosives"),
    ],
)
def test_bombs_come_from_the_air_only_when_the_clause_says_so(text, mode):
    [trigger] = [t for t in find_triggers(text) if t.text.lower().startswith(("bomb", "attack"))]
    assert (trigger.event_type, trigger.event_mode) == ("ASSAULT", mode)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Syrian troops battled groups of armed men in Homs", "ASSAULT"),
        ("The king defended his dispatch of troops to Bahrain", "MOBILIZE"),
        ("The EU imposed sanctions on Syria and removed its ambassador", "SANCTION"),
        ("Activists posted pictures of 30 dead in Houla", "ASSAULT"),
    ],
)
def test_a_word_beside_another_senses_cue_keeps_its_own_sense(text, event_type):
    assert event_type in [t.event_type for t in find_triggers(text, "en")]


@pytest.mark.parametrize(
    "text",
    ["The EU said the sanctions are being eased", "Sanctions on Iran and Syria were lifted"],
)
def test_sanctions_being_eased_are_no_sanction(text):
    assert "SANCTION" not in [t.event_type for t in find_triggers(text, "en")]


def test_a_reporters_dispatch_from_a_city_is_no_deployment():
    assert find_triggers("In his dispatch from Damascus, he described the mood", "en") == []


def test_the_names_of_the_dead_are_a_toll():
    assert [t.event_type for t in find_triggers("It had the names of 80 dead", "en")] == [
        "ASSAULT"
    ]


def test_protesters_describing_the_dead_are_no_protest():
    text = "Thousands have died in unrest in Syria - mostly unarmed protesters"
    assert [t.event_type for t in find_triggers(text)] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Pyongyang sent 20 containers of artillery shells to Russia", "AID"),
        ("Pyongyang sent missiles to Russia", "AID"),
        ("Pyongyang has sent more than 10,000 containers of artillery shells and rockets", "AID"),
        ("Pyongyang has sent more than 10,000 of its troops with their shells", "MOBILIZE"),
        ("Pyongyang has sent 10,000 troops and artillery shells to Russia", "MOBILIZE"),
    ],
)
def test_arms_sent_are_aid_and_troops_sent_a_deployment(text, event_type):
    assert [t.event_type for t in find_triggers(text)] == [event_type]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Jordan supplied food and shelter to Syrian refugees", "humanitarian"),
        ("Russia continues to supply arms and food to Syria", "military"),
        ("The Gulf states supplied loans to Egypt", "economic"),
    ],
)
def test_aid_takes_the_mode_of_what_is_given(text, mode):
    [trigger] = find_triggers(text)
    assert (trigger.event_type, trigger.event_mode) == ("AID", mode)


@pytest.mark.parametrize(
    "text",
    [
        "The conflict across Syria will decide the fate of the nation, President Assad has warned.",
        "Syria is slipping closer to all-out war with each passing day, Kofi Annan has warned.",
        "The Saudi government warns that Iraq is hurtling towards disintegration.",
        "Kofi Annan has warned of a cascade of states going nuclear.",
        "Any ceasefire violation should be met with a swift and firm response by the UN.",
        "Their success tends to reinforce Tarpley's conspiracy theories.",
        "Terror link used to rally sceptical US public",
        "The prisoner died of an apparent asthma attack.",
        "Pilgrims panicked at rumours of a suicide bomber among them.",
        "Workers uncovered a 110kg British bomb buried on the site.",
        "It has become clear that Iraq is not a liberated country.",
        "Syria must respond to international demands.",
    ],
)
def test_forecasts_answers_theories_persuasion_and_illness_are_no_events(text):
    assert find_triggers(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia will respond to any provocation with force, Putin has warned.",
        "Russia warned that it would retaliate.",
        "Iran warned Israel of retaliation.",
        "Ban Ki-moon warned of serious repercussions.",
    ],
)
def test_a_warning_of_the_speakers_own_response_is_a_threat(text):
    assert "THREATEN" in [t.event_type for t in find_triggers(text, "en")]
