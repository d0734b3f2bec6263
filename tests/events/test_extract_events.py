"""Event extraction on small hand-written reports: one behaviour per test."""

from __future__ import annotations

from sitrep import extract
from sitrep.schema import Event


def events(text: str, published: str = "2023-04-10") -> list[Event]:
    doc = extract(text, published=published)
    assert doc.rejection is None
    found = [e for e in doc.events if isinstance(e, Event)]
    for event in found:
        for span in event.evidence:
            assert doc.field_text(span.field)[span.start : span.end] == span.text
    return found


def test_shelling_with_casualties_in_the_next_sentence():
    [event] = events("On 8 April 2023, Russian forces shelled Kherson. Two civilians were killed.")
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert event.event_date == "2023-04-08" and event.date_precision == 1
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.actor2 == "Civilians (Ukraine)"
    assert event.fatalities == 2
    assert (event.place.location, event.place.admin1, event.place.country) == (
        "Kherson",
        "Kherson",
        "Ukraine",
    )
    assert len(event.evidence) == 2


def test_battle_names_the_other_side():
    [event] = events("On 3 April 2023, Ukrainian forces repelled Russian assaults near Bakhmut.")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {
        "Military Forces of Ukraine (2019-)",
        "Military Forces of Russia (2000-)",
    }
    assert event.place.geo_precision == 2


def test_air_strike_by_a_state_is_coded_to_its_air_force():
    [event] = events("On 5 April 2023, Russian forces launched an air strike on Vuhledar.")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == "Military Forces of Russia (2000-) Air Force"


def test_capture_by_a_foreign_force_and_recapture_by_the_state():
    [taken] = events("On 9 April 2023, Russian forces captured Dibrova, Luhansk region.")
    assert taken.sub_event_type == "Non-state actor overtakes territory"
    [retaken] = events("On 9 April 2023, Ukrainian forces recaptured Dibrova, Luhansk region.")
    assert retaken.sub_event_type == "Government regains territory"


def test_interception_is_disrupted_weapons_use():
    found = events("Air defence shot down 11 Shahed drones over Odesa region overnight.")
    assert found[0].sub_event_type == "Disrupted weapons use"
    assert found[0].event_date == "2023-04-09"


def test_claim_by_a_party_and_its_equipment_losses():
    [event] = events(
        "The Ukrainian General Staff said its forces destroyed three Russian tanks "
        "near Marinka, Donetsk region, on 9 April."
    )
    assert event.claim.status == "claimed"
    assert event.claim.by == "Military Forces of Ukraine (2019-)"
    assert [(e.category, e.count, e.status, e.side) for e in event.equipment] == [
        ("Tanks", 3, "destroyed", "Russia")
    ]


def test_text_without_violence_has_no_event():
    assert events("The city council met on Monday to discuss the new budget.") == []


def test_threatened_violence_is_not_an_event_but_a_planned_hand_over_is():
    assert events("Russian forces will shell Kherson on 20 April.", "2023-04-10") == []
    [plan] = events("The groups said they will hand over the prisoners to Ukraine.")
    assert plan.sub_event_type == "Agreement"


def test_an_embed_dated_after_the_article_gives_no_later_event_date():
    text = (
        "Ukrainian forces destroyed 2 tanks near Bakhmut this night https://t.co/x "
        "pic.twitter.com/y — Euromaidan Press (@EuromaidanPress) June 9, 2023"
    )
    for event in events(text, "2023-06-05"):
        assert event.event_date is not None and event.event_date <= "2023-06-05"


def test_unconfirmed_is_reported():
    [event] = events(
        "On 8 April 2023, Russian forces shelled Kherson, which has not been confirmed."
    )
    assert (event.claim.status, event.claim.by) == ("reported", None)


def test_notes_read_as_one_acled_style_sentence():
    [event] = events("On 8 April 2023, Russian forces shelled Kherson. Two civilians were killed.")
    assert event.notes.startswith("On 8 April 2023, Military Forces of Russia (2000-) shelled")
    assert "2 fatalities" in event.notes
