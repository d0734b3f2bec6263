"""Queries over both back ends: every filter, pagination, stats, events and documents."""

from __future__ import annotations

import datetime as dt

import pytest
from store_helpers import make_doc, make_event

from sitrep.schema import Claim, Place
from sitrep.store import MAX_PAGE_SIZE, EventQuery, Store

KHERSON = Place("Kherson", "Ukraine", "Kherson", None, 46.6354, 32.6169, 1)
BAKHMUT = Place("Bakhmut", "Ukraine", "Donetsk", "Bakhmutskyi", 48.5956, 38.0003, 1)
BELGOROD = Place("Belgorod", "Russia", "Belgorod", None, 50.5977, 36.5858, 3)


@pytest.fixture
def filled(store: Store) -> Store:
    store.ingest(
        [
            make_doc("kherson-1", "Shelling hit Kherson overnight.", make_event(place=KHERSON)),
            make_doc(
                "bakhmut",
                "Бахмут: heavy fighting in Bakhmut continued.",
                make_event(
                    event_date="2023-05-20",
                    event_type="Battles",
                    sub_event_type="Armed clash",
                    actor1="Wagner Group",
                    actor2="Military Forces of Ukraine (2019-)",
                    place=BAKHMUT,
                    claim=Claim("reported"),
                ),
                title="Frontline update",
            ),
            make_doc(
                "belgorod",
                "Raid across the border into Belgorod.",
                make_event(
                    1,
                    event_date="2023-06-01",
                    event_type="Battles",
                    sub_event_type="Non-state actor overtakes territory",
                    actor1="Russian Volunteer Corps",
                    assoc_actor_1="Freedom of Russia Legion",
                    place=BELGOROD,
                    claim=Claim("confirmed"),
                ),
                make_event(
                    2,
                    event_date=None,
                    event_type="Strategic developments",
                    sub_event_type="Agreement",
                    place=Place(None, None),
                    claim=Claim("denied", "Ministry of Defence of Russia"),
                ),
                caption="Volunteers near the border crossing.",
            ),
            make_doc(
                "kherson-2",
                "Kherson shelled again, officials said.",
                make_event(place=Place("Kherson", "Ukraine", "Kherson", None, 46.64, 32.62, 1)),
            ),
        ]
    )
    return store


def _docs(store: Store, **filters: object) -> list[str]:
    events, total = store.query_events(EventQuery(**filters))  # type: ignore[arg-type]
    assert total == len(events)
    return [e["document_id"] for e in events]


def test_no_filter_returns_everything_newest_first_undated_last(filled: Store) -> None:
    events, total = filled.query_events(EventQuery())
    assert total == 5
    dates = [e["event_date"] for e in events]
    assert dates == ["2023-06-05", "2023-06-05", "2023-06-01", "2023-05-20", None]


def test_bbox(filled: Store) -> None:
    assert sorted(_docs(filled, bbox=(32.0, 46.0, 33.0, 47.0))) == ["kherson-1", "kherson-2"]
    assert _docs(filled, bbox=(37.9, 48.5, 38.1, 48.7)) == ["bakhmut"]
    assert _docs(filled, bbox=(0.0, 0.0, 1.0, 1.0)) == []


def test_bbox_edges_are_inclusive(filled: Store) -> None:
    point = (BAKHMUT.longitude, BAKHMUT.latitude) * 2
    assert _docs(filled, bbox=point) == ["bakhmut"]


def test_dates_are_inclusive(filled: Store) -> None:
    day = dt.date(2023, 6, 1)
    assert _docs(filled, date_from=day, date_to=day) == ["belgorod"]
    assert len(_docs(filled, date_from=day)) == 3
    assert _docs(filled, date_to=dt.date(2023, 5, 31)) == ["bakhmut"]


def test_types(filled: Store) -> None:
    assert sorted(_docs(filled, event_type="Battles")) == ["bakhmut", "belgorod"]
    assert _docs(filled, sub_event_type="Armed clash") == ["bakhmut"]
    assert _docs(filled, event_type="Battles", sub_event_type="Agreement") == []


def test_actor_is_a_case_insensitive_substring_of_any_actor(filled: Store) -> None:
    assert _docs(filled, actor="WAGNER") == ["bakhmut"]
    assert _docs(filled, actor="legion") == ["belgorod"]  # an associated actor
    assert len(_docs(filled, actor="civilians")) == 4  # actor2 of four events
    assert _docs(filled, actor="nobody") == []


def test_claim(filled: Store) -> None:
    assert _docs(filled, claim="confirmed") == ["belgorod"]
    assert _docs(filled, claim="denied") == ["belgorod"]
    assert len(_docs(filled, claim="claimed")) == 2
    with pytest.raises(ValueError, match="claim"):
        EventQuery(claim="rumoured")


def test_full_text(filled: Store) -> None:
    assert _docs(filled, q="bakhmut") == ["bakhmut"]
    assert _docs(filled, q="БАХМУТ") == ["bakhmut"]  # any script, any case
    assert _docs(filled, q="frontline") == ["bakhmut"]  # the title
    assert _docs(filled, q="crossing") == ["belgorod", "belgorod"]  # the caption
    assert sorted(_docs(filled, q="Kherson shelled")) == ["kherson-2"]
    assert _docs(filled, q='"); DROP TABLE events; --') == []
    assert _docs(filled, q="!!!") == []
    assert filled.query_events(EventQuery())[1] == 5


def test_filters_combine(filled: Store) -> None:
    query = {"q": "kherson", "bbox": (32.0, 46.0, 33.0, 47.0), "claim": "claimed"}
    assert sorted(_docs(filled, **query)) == ["kherson-1", "kherson-2"]
    assert _docs(filled, **query, actor="wagner") == []


def test_pagination(filled: Store) -> None:
    everything = [e["id"] for e in filled.query_events(EventQuery())[0]]
    pages = [filled.query_events(EventQuery(limit=2, offset=n)) for n in (0, 2, 4, 6)]
    assert [total for _, total in pages] == [5, 5, 5, 5]
    assert [e["id"] for page, _ in pages for e in page] == everything
    assert pages[-1][0] == []


@pytest.mark.parametrize("limit", [0, -1, MAX_PAGE_SIZE + 1])
def test_page_size_is_bounded(limit: int) -> None:
    with pytest.raises(ValueError, match="limit"):
        EventQuery(limit=limit)
    EventQuery(limit=MAX_PAGE_SIZE)
    with pytest.raises(ValueError, match="offset"):
        EventQuery(offset=-1)


def test_stats(filled: Store) -> None:
    stats = filled.stats(EventQuery())
    assert stats["total"] == 5
    assert {"date": "2023-06-05", "event_type": "Explosions/Remote violence", "count": 2} in stats[
        "by_day"
    ]
    assert sum(row["count"] for row in stats["by_day"]) == 4  # the undated event has no day
    assert stats["by_type"][0] == {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "count": 2,
    }
    assert filled.stats(EventQuery(event_type="Battles"))["total"] == 2


def test_event_dicts_carry_their_document(filled: Store) -> None:
    [event] = filled.query_events(EventQuery(actor="wagner"))[0]
    assert event["document_id"] == "bakhmut"
    assert event["url"] == "https://example.org/bakhmut"
    assert event["title"] == "Frontline update"
    assert (event["source"], event["published"]) == ("Ukrainska Pravda", "2023-06-05")


def test_get_event_with_document_and_corroboration(filled: Store) -> None:
    [first] = filled.query_events(EventQuery(q="overnight"))[0]
    event = filled.get_event(first["id"])
    assert event is not None
    document = event["document"]
    assert document["id"] == "kherson-1"
    [span] = event["evidence"]
    assert document["text"][span["start"] : span["end"]] == span["text"] == "Shelling"
    assert [other["document_id"] for other in event["corroboration"]] == ["kherson-2"]
    assert filled.get_event("no-such-event") is None
    [lonely] = filled.query_events(EventQuery(actor="wagner"))[0]
    assert filled.get_event(lonely["id"])["corroboration"] == []  # type: ignore[index]


def test_iter_events_ignores_the_page(store: Store) -> None:
    many = [make_event(i, fatalities=i) for i in range(MAX_PAGE_SIZE + 20)]
    store.ingest([make_doc("many", "", *many)])
    query = EventQuery(limit=3, offset=7)
    events = list(store.iter_events(query))
    assert len(events) == MAX_PAGE_SIZE + 20
    assert len({e["id"] for e in events}) == len(events)
    assert [e["fatalities"] for e in events] == list(range(MAX_PAGE_SIZE + 20))
