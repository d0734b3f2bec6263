"""Golden test: the reference article (Euromaidan Press, 2023-06-05) read end to end.

It asserts what an analyst reads in the article; the mechanisms behind it
(boilerplate detector, layout repair, actor registry, date resolver,
equipment lexicon) are general and tested on their own elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import read_paths
from sitrep.pipeline_factory import default_pipeline
from sitrep.schema import Document, Event

FIXTURE = Path(__file__).parent / "fixtures" / "000_0f36372f0dc62a9a.txt"
APPEAL = "We keep our reporting open and accessible to everyone"


@pytest.fixture(scope="module")
def doc() -> Document:
    [raw] = list(read_paths([str(FIXTURE)]))
    result = default_pipeline()(raw)
    assert result.rejection is None
    return result


def events_of(doc: Document, sub_event_type: str) -> list[Event]:
    return [e for e in doc.events if e.sub_event_type == sub_event_type]


def test_published_date_from_the_dateline(doc):
    assert doc.published == "2023-06-05"
    assert not doc.text.startswith("date")


def test_caption_and_tags_are_split_off(doc):
    assert doc.caption is not None
    assert "Denis Nikitin shows 12 Russian soldier POWs" in doc.caption
    assert "Denis Nikitin shows" not in doc.text
    assert doc.tags == ["Belgorod", "Freedom of Russia Legion", "Russian Volunteer Corps"]
    assert "Tags:" not in doc.text


def test_embedded_tweet_is_an_embed(doc):
    [tweet] = [e for e in doc.embeds if e.kind == "tweet"]
    assert tweet.author == "@EuromaidanPress"
    assert tweet.date == "2023-06-05"
    assert "https://t.co/kEBR4Djw2q" in tweet.urls
    assert any("pic.twitter.com/BoIVPtijuy" in url for url in tweet.urls)
    assert "claim they destroyed 2 tanks" in tweet.text
    assert "t.co" not in doc.text and "@EuromaidanPress" not in doc.text


def test_both_copies_of_the_donation_appeal_are_removed(doc):
    assert APPEAL not in doc.text
    assert "Become a Patron" not in doc.text
    assert sum(APPEAL in r.text for r in doc.removed) >= 2
    assert "reportedly captured 200 square kilometers" in doc.text


def test_keyboard_layout_repair(doc):
    [fix] = [c for c in doc.corrections if c.kind == "keyboard_layout"]
    assert (fix.original, fix.replacement) == ("ецщ", "two")
    assert doc.field_text(fix.field)[fix.start : fix.end] == "two"
    assert "including two wounded ones" in (doc.caption or "")


def test_misspelled_governor_is_normalised(doc):
    from sitrep.export import document_record

    entities = document_record(doc)["entities"]
    [gladkov] = [e for e in entities if e["name"] == "Vyacheslav Gladkov"]
    assert gladkov["role"] == "Governor of Belgorod Oblast"
    assert any(m["text"] == "Vyachelav Gladkov" for m in gladkov["mentions"])


def test_fighting_in_shebekino_since_1_june(doc):
    [battle] = events_of(doc, "Armed clash")
    assert battle.event_type == "Battles"
    assert battle.event_date == "2023-06-01"
    assert battle.place.location == "Shebekino"
    assert (battle.place.admin1, battle.place.country) == ("Belgorod", "Russia")
    assert battle.actor1 == "Russian Volunteer Corps"
    assert battle.assoc_actor_1 == "Freedom of Russia Legion"
    assert battle.actor2 == "Military Forces of Russia (2000-)"


def test_drone_strike_near_the_checkpoint(doc):
    [strike] = events_of(doc, "Air/drone strike")
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.event_date in {"2023-06-04", "2023-06-05"}
    assert strike.place.location == "Shebekino"
    assert (strike.claim.status, strike.claim.by) == ("claimed", "Freedom of Russia Legion")
    assert strike.actor1 == "Freedom of Russia Legion"
    losses = {(e.category, e.model, e.count, e.status, e.side) for e in strike.equipment}
    assert ("Tanks", None, 2, "destroyed", "Russia") in losses
    assert ("Infantry fighting vehicles", "BMP-3", 1, "destroyed", "Russia") in losses
    brdm = [e for e in strike.equipment if e.model and e.model.startswith("BRDM")]
    assert [(e.count, e.status, e.side) for e in brdm] == [(1, "destroyed", "Russia")]
    assert all(span.field.startswith("embeds[") for span in strike.evidence)


def test_prisoners_and_the_planned_hand_over(doc):
    [event] = [e for e in doc.events if e.prisoners]
    assert event.sub_event_type == "Agreement"
    assert event.prisoners is not None
    assert (event.prisoners.count, event.prisoners.wounded) == (12, 2)
    assert event.prisoners.held_by == "Russian Volunteer Corps"
    assert event.prisoners.side == "Russia"
    assert event.place.country == "Russia" and event.place.admin1 == "Belgorod"
    evidence = " ".join(span.text for span in event.evidence)
    assert "hand over" in evidence
    assert "Nova Tavolzhanka" in evidence


def test_reported_capture_of_200_square_kilometres(doc):
    [event] = [e for e in doc.events if e.territory_km2]
    assert event.territory_km2 == 200
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.claim.status == "reported"
    assert event.place.admin1 == "Belgorod"


def test_every_evidence_span_points_at_its_text(doc):
    assert doc.events
    for event in doc.events:
        assert event.evidence
        assert event.notes.startswith(("On ", "Around ", "In "))
        for span in event.evidence:
            assert doc.field_text(span.field)[span.start : span.end] == span.text


RUSSIA = "Military Forces of Russia (2000-)"


def test_four_events_the_hand_over_first(doc):
    assert sorted(e.sub_event_type for e in doc.events) == [
        "Agreement",
        "Air/drone strike",
        "Armed clash",
        "Non-state actor overtakes territory",
    ]
    assert doc.events[0].sub_event_type == "Agreement"
    confidences = [e.confidence for e in doc.events]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0.0 < c <= 1.0 for c in confidences)
    assert len({e.id for e in doc.events}) == 4


def test_hand_over_every_field(doc):
    [event] = events_of(doc, "Agreement")
    assert event.event_type == "Strategic developments"
    assert (event.event_date, event.date_precision) == ("2023-06-04", 1)
    assert (event.actor1, event.assoc_actor_1, event.actor2) == (
        "Russian Volunteer Corps",
        "Freedom of Russia Legion",
        RUSSIA,
    )
    assert (event.inter1, event.inter2) == ("Rebel groups", "State forces")
    assert event.place.location == "Novaya Tavolzhanka"
    assert event.place.geo_precision == 1
    assert (event.fatalities, event.injuries, event.equipment) == (0, None, [])
    assert event.territory_km2 is None
    assert event.claim.status == "claimed"
    assert "Russian Volunteer Corps" in (event.claim.by or "")
    assert event.notes.startswith("On 4 June 2023, Russian Volunteer Corps")
    assert "12 prisoners (2 wounded)" in event.notes
    assert any(span.field == "caption" for span in event.evidence)


def test_fighting_every_field(doc):
    [battle] = events_of(doc, "Armed clash")
    assert battle.date_precision == 1
    assert (battle.inter1, battle.inter2) == ("Rebel groups", "State forces")
    assert battle.place.geo_precision == 1
    assert (battle.fatalities, battle.injuries, battle.equipment) == (0, None, [])
    assert (battle.prisoners, battle.territory_km2) == (None, None)
    # The newspaper states the fighting itself; the groups' announcement is about the
    # governor, so the fighting is reported, not claimed.
    assert (battle.claim.status, battle.claim.by) == ("reported", None)
    texts = [span.text for span in battle.evidence]
    assert "On June 1, fighting broke out in the Russian border town of Shebekino." in texts
    assert battle.notes.startswith("On 1 June 2023, Russian Volunteer Corps clashed with")


def test_drone_strike_every_field(doc):
    [strike] = events_of(doc, "Air/drone strike")
    assert strike.date_precision == 1
    assert (strike.assoc_actor_1, strike.actor2) == (None, RUSSIA)
    # "near the Shebekino checkpoint": near the town, as ACLED codes "near X" (precision 2).
    assert (strike.place.location, strike.place.geo_precision) == ("Shebekino", 2)
    assert (strike.fatalities, strike.injuries) == (0, None)
    assert (strike.prisoners, strike.territory_km2) == (None, None)
    assert "2 tanks destroyed" in strike.notes
    assert "claimed by Freedom of Russia Legion" in strike.notes


def test_territory_every_field(doc):
    [event] = [e for e in doc.events if e.territory_km2]
    # No date of its own: the publication date, with week precision.
    assert (event.event_date, event.date_precision) == ("2023-06-05", 2)
    # "pro-Ukrainian Russian insurgents" stands for both groups named in the article.
    assert (event.actor1, event.assoc_actor_1, event.actor2) == (
        "Russian Volunteer Corps",
        "Freedom of Russia Legion",
        RUSSIA,
    )
    assert (event.place.country, event.place.geo_precision) == ("Russia", 3)
    assert (event.fatalities, event.injuries, event.equipment, event.prisoners) == (
        0,
        None,
        [],
        None,
    )
    assert event.notes.startswith("Around 5 June 2023")
    assert "200 km2" in event.notes
    assert event.evidence[0].text.startswith("The pro-Ukrainian Russian insurgents")
