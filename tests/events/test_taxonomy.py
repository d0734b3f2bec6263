"""Typing of events by ACLED's 25 sub-types, on hand-written reports from many conflicts."""

from __future__ import annotations

import pytest

from sitrep import extract
from sitrep.events.taxonomy import PRECEDENCE, SUB_EVENT_TYPES, TRIGGERS


def first_type(text: str, published: str = "2023-04-10") -> str | None:
    doc = extract(text, published=published)
    assert doc.rejection is None
    return doc.events[0].sub_event_type if doc.events else None


def test_every_sub_type_has_triggers_and_a_precedence() -> None:
    assert sorted(PRECEDENCE) == sorted(SUB_EVENT_TYPES)
    assert {t.sub_event_type for t in TRIGGERS} == set(SUB_EVENT_TYPES)
    assert [t.rank for t in TRIGGERS] == list(range(len(TRIGGERS)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Battles
        ("Government troops and rebels exchanged fire near the border town on Monday.",
         "Armed clash"),
        ("Gunmen attacked an army checkpoint outside the city, a spokesman said.", "Armed clash"),
        ("The army recaptured the town of Greenfield from the insurgents on Friday.",
         "Government regains territory"),
        ("Insurgents seized control of the district headquarters town after days of fighting.",
         "Non-state actor overtakes territory"),
        # Explosions/Remote violence
        ("A suicide bomber blew himself up at a crowded market, killing nine people.",
         "Suicide bomb"),
        ("Rebels were accused of using chlorine gas against the besieged suburb.",
         "Chemical weapon"),
        ("Warplanes pounded rebel positions in the hills overnight.", "Air/drone strike"),
        ("Russian forces fired Kinzhal missiles and kamikaze-drones at Odesa.",
         "Air/drone strike"),
        ("A roadside bomb struck a police vehicle on the highway.",
         "Remote explosive/landmine/IED"),
        ("Unknown attackers threw a grenade into the courtyard of a trader's house.", "Grenade"),
        ("Russian forces shelled Stepanivka with Uragan MLRS and cluster munitions.",
         "Shelling/artillery/missile attack"),
        # Violence against civilians
        ("Soldiers raped two women in the village, a rights group said.", "Sexual violence"),
        ("Gunmen opened fire on a bus carrying passengers, killing four.", "Attack"),
        ("Armed men kidnapped a local chief from his home on Tuesday night.",
         "Abduction/forced disappearance"),
        # Protests and riots
        ("Hundreds of teachers rallied peacefully outside the education ministry.",
         "Peaceful protest"),
        ("Students protested in the capital; police fired tear gas and detained twenty.",
         "Protest with intervention"),
        ("Security forces opened fire on demonstrators, killing three protesters.",
         "Excessive force against protesters"),
        ("Protesters threw stones at police and set tyres on fire on the main road.",
         "Violent demonstration"),
        ("An angry mob lynched a suspected thief in the market.", "Mob violence"),
        # Strategic developments
        ("The two sides signed a ceasefire agreement in the capital on Sunday.", "Agreement"),
        ("Police arrested three men suspected of planning the robbery.", "Arrests"),
        ("The group announced the appointment of a new commander for its northern wing.",
         "Change to group/activity"),
        ("Police seized a cache of weapons and ammunition in a raid on a farm.",
         "Disrupted weapons use"),
        ("Foreign troops set up a new military base near the airport.",
         "Headquarters or base established"),
        ("Militiamen looted shops and burned down houses in the market town.",
         "Looting/property destruction"),
        ("Rebels entered the town without a fight after the army withdrew from it.",
         "Non-violent transfer of territory"),
    ],
)  # fmt: skip
def test_sub_type_of_a_one_sentence_report(text: str, expected: str) -> None:
    assert first_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A crewed aircraft shot down is fire at its crew, not an interception of a munition.
        ("Air defence units shot down a Su-25 attack aircraft near the front line.",
         "Shelling/artillery/missile attack"),
        ("Air defence shot down nine Shahed drones over the region.", "Disrupted weapons use"),
        # Words that only look like triggers.
        ("Miners protested at the coal mine over unpaid wages.", "Peaceful protest"),
        ("Riot police dispersed the protest with water cannons.", "Protest with intervention"),
        ("The dockworkers went on strike for higher pay.", "Peaceful protest"),
        ("Russian forces shelled the positions; the armored fighting vehicles were hit.",
         "Shelling/artillery/missile attack"),
        ("In May Russian forces shelled Kharkiv.", "Shelling/artillery/missile attack"),
    ],
)  # fmt: skip
def test_look_alike_words_keep_their_meaning(text: str, expected: str) -> None:
    assert first_type(text) == expected


def test_the_clash_that_wins_ground_is_coded_as_the_capture() -> None:
    text = (
        "On 3 April 2023, Russian forces attacked Ukrainian positions near Dibrova, Luhansk "
        "region. After heavy fighting, Russian forces captured Dibrova."
    )
    doc = extract(text, published="2023-04-10")
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"]


def test_two_sides_shelling_each_other_fight_an_armed_clash() -> None:
    text = (
        "On 3 April 2023, Ukrainian forces shelled Russian positions near Vuhledar, Donetsk "
        "region. Russian forces shelled Vuhledar."
    )
    doc = extract(text, published="2023-04-10")
    [event] = doc.events
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {
        "Military Forces of Ukraine (2019-)",
        "Military Forces of Russia (2000-)",
    }


def test_recapture_of_positions_is_not_a_change_of_territory() -> None:
    text = "Ukrainian forces recaptured lost positions near Novoselivka, Donetsk region."
    assert first_type(text) == "Armed clash"


def test_a_foreign_state_taking_ground_overtakes_it() -> None:
    assert (
        first_type("Russian troops recaptured the village of Dibrova, Luhansk region.")
        == "Non-state actor overtakes territory"
    )
    assert (
        first_type("Ukrainian troops recaptured the village of Dibrova, Luhansk region.")
        == "Government regains territory"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Уночі російські війська завдали ракетного удару по Харкову.",
         "Shelling/artillery/missile attack"),
        ("Сили ППО збили 10 шахедів над Київщиною.", "Disrupted weapons use"),
        ("Українські захисники звільнили Благодатне.", "Government regains territory"),
        ("Российские войска обстреляли Херсон из артиллерии.",
         "Shelling/artillery/missile attack"),
        ("ЗСУ взяли в полон 12 російських військових біля Бахмута.", "Other"),
    ],
)  # fmt: skip
def test_ukrainian_and_russian_reports(text: str, expected: str) -> None:
    assert first_type(text, published="2023-06-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia handed over the bodies of 82 fallen Ukrainian soldiers.", "Agreement"),
        ("Residents of Odesa held a rally demanding the release of prisoners of war.",
         "Peaceful protest"),
        ("Wagner Group announced that it would withdraw from Bakhmut.",
         "Change to group/activity"),
        ("A gas cylinder exploded in a kitchen, injuring two people.", None),
        ("A strong earthquake hit the region, killing eight people.", None),
        ("The council condemned the ballistic missile tests.", None),
    ],
)  # fmt: skip
def test_what_is_and_is_not_political_violence(text: str, expected: str | None) -> None:
    assert first_type(text) == expected


def test_a_casualty_sentence_after_a_strike_counts_for_the_strike() -> None:
    doc = extract(
        "On 1 May 2023, Russian forces shelled Kherson. A woman was killed and three people "
        "were injured.",
        published="2023-05-01",
    )
    [event] = doc.events
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert (event.fatalities, event.injuries) == (1, 3)
    assert event.actor2 == "Civilians (Ukraine)"


def test_the_security_services_are_police_forces() -> None:
    doc = extract(
        "On 26 April 2023, the FSB arrested a resident of Melitopol, Zaporizhia region.",
        published="2023-04-26",
    )
    assert doc.events[0].sub_event_type == "Arrests"
    assert doc.events[0].actor1 == "Police Forces of Russia (2000-)"
