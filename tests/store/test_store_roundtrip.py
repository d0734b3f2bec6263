"""Property: whatever the pipeline produces comes back from the store unchanged."""

from __future__ import annotations

import itertools
import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import make_doc

from sitrep.export.csv import event_dict
from sitrep.export.records import document_record
from sitrep.schema import Claim, Document, EquipmentLoss, Event, Place, Prisoners
from sitrep.store import EventQuery, Store

_ids = itertools.count()
# PostgreSQL text holds neither NUL nor lone surrogates; everything else goes.
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30)
NAME = st.none() | TEXT.filter(bool)
FLOAT = st.floats(allow_nan=False, allow_infinity=False, width=64)


def _place() -> st.SearchStrategy[Place]:
    return st.builds(
        Place,
        location=NAME,
        country=NAME,
        admin1=NAME,
        admin2=NAME,
        latitude=st.none() | st.floats(-90, 90),
        longitude=st.none() | st.floats(-180, 180),
        geo_precision=st.none() | st.sampled_from([1, 2, 3]),
        geonameid=st.none() | st.integers(1, 2**31 - 1),
    )


def _event() -> st.SearchStrategy[Event]:
    return st.builds(
        Event,
        id=st.text(string.ascii_letters, min_size=1, max_size=5),
        event_date=st.none() | st.dates().map(lambda d: d.isoformat()),
        date_precision=st.sampled_from([1, 2, 3]),
        event_type=TEXT,
        sub_event_type=TEXT,
        actor1=NAME,
        actor2=NAME,
        assoc_actor_1=NAME,
        assoc_actor_2=NAME,
        inter1=NAME,
        inter2=NAME,
        place=_place(),
        fatalities=st.integers(0, 10**6),
        injuries=st.none() | st.integers(0, 10**6),
        equipment=st.lists(
            st.builds(
                EquipmentLoss,
                category=TEXT,
                model=NAME,
                count=st.integers(1, 1000),
                status=st.sampled_from(["destroyed", "damaged", "abandoned", "captured"]),
                side=NAME,
            ),
            max_size=3,
        ),
        prisoners=st.none()
        | st.builds(Prisoners, st.integers(0, 999), st.none() | st.integers(0, 99), NAME, NAME),
        territory_km2=st.none() | FLOAT,
        claim=st.builds(
            Claim, st.sampled_from(["confirmed", "claimed", "reported", "denied"]), NAME
        ),
        confidence=st.floats(0, 1),
        notes=TEXT,
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(TEXT.filter(lambda t: t.strip() != ""))
    events = draw(st.lists(_event(), max_size=4))
    doc = make_doc(f"doc-{next(_ids)}", "x", *events, title=draw(NAME), source=draw(NAME))
    doc.raw = doc.text = text
    doc.caption = draw(NAME)
    doc.tags = draw(st.lists(TEXT, max_size=2))
    for event in events:
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        event.evidence = [doc.span(start, end)]
    return doc


def _without_store_id(event: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in event.items() if key != "id"}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc=documents())
def test_event_store_query_round_trip(store: Store, doc: Document) -> None:
    store.ingest([doc])
    stored = store.get_document(doc.id)
    assert stored is not None
    events = stored.pop("events")
    assert stored == document_record(doc)
    expected = [_without_store_id(event_dict(event, doc)) for event in doc.events]
    assert [_without_store_id(event) for event in events] == expected
    for event in events:
        full = store.get_event(event["id"])
        assert full is not None
        assert full.pop("document")["text"] == doc.text
        assert isinstance(full.pop("corroboration"), list)
        assert full == event
    query = EventQuery(limit=500)
    listed = [event for event in store.iter_events(query) if event["document_id"] == doc.id]
    assert sorted(listed, key=lambda e: e["id"]) == sorted(events, key=lambda e: e["id"])
