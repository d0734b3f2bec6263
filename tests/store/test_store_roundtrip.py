"""Property: whatever the pipeline produces comes back from the store unchanged."""

from __future__ import annotations

from typing import Any

from event_strategies import documents
from hypothesis import HealthCheck, given, settings

from sitrep.export.csv import event_dict
from sitrep.export.records import document_record
from sitrep.schema import Document
from sitrep.store import EventQuery, Store


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
