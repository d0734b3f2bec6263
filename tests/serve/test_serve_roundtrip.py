"""Property: an event stored by ingest comes back equal through the REST API.

Each example writes a few generated documents into a fresh SQLite file and
reads them back through a read-only store behind the API, as `sitrep serve`
does: ``GET /api/events/{id}``, ``GET /api/events`` and ``GET /api/documents/{id}``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from store.event_strategies import documents

from sitrep.export.csv import event_dict
from sitrep.export.records import document_record
from sitrep.schema import Document
from sitrep.serve import create_app
from sitrep.store import MAX_PAGE_SIZE, open_store
from sitrep.store.records import content_hash, event_id

#: What the event view adds to each evidence span: its field, context and offset check.
SPAN_EXTRAS = {"field", "before", "after", "matches"}


def expected_events(docs: list[Document]) -> dict[str, dict[str, Any]]:
    """Store id → the contract event record with its document's facts."""
    expected = {}
    for doc in docs:
        digest = content_hash(doc)
        for index, event in enumerate(doc.events):
            record = event_dict(event, doc)
            record["id"] = event_id(digest, index)
            expected[record["id"]] = record
    return expected


def check_event_view(view: dict[str, Any], event: dict[str, Any], doc: Document) -> None:
    """The event view is the stored event plus evidence context, its document and corroboration."""
    evidence = view.pop("evidence")
    assert [{k: v for k, v in span.items() if k not in SPAN_EXTRAS} for span in evidence] == [
        {k: v for k, v in span.items() if k != "field"} for span in event["evidence"]
    ]
    for span in evidence:
        assert span["field"] == "text" and span["matches"] is True
        # Generated texts are far shorter than the context kept, so it is the whole rest.
        assert span["before"] == doc.text[: span["start"]]
        assert span["after"] == doc.text[span["end"] :]
    document = view.pop("document")
    assert (document["id"], document["fields"]["text"]) == (doc.id, doc.text)
    assert isinstance(view.pop("corroboration"), list)
    assert view == {k: v for k, v in event.items() if k != "evidence"}


@settings(max_examples=20, deadline=None)
@given(docs=st.lists(documents(), min_size=1, max_size=3))
def test_events_round_trip_through_the_api(docs: list[Document]) -> None:
    expected = expected_events(docs)
    with tempfile.TemporaryDirectory(prefix="sitrep-roundtrip-") as workdir:
        db = str(Path(workdir) / "sitrep.db")
        writer = open_store(db)
        try:
            summary = writer.ingest(docs)
        finally:
            writer.close()
        assert summary.events == len(expected)
        with TestClient(create_app(db)) as client:
            listed = client.get("/api/events", params={"limit": MAX_PAGE_SIZE})
            assert listed.status_code == 200, listed.text
            page = listed.json()
            assert page["total"] == len(expected)
            assert {event["id"]: event for event in page["events"]} == expected
            by_document = {doc.id: doc for doc in docs}
            for ident, event in expected.items():
                response = client.get(f"/api/events/{ident}")
                assert response.status_code == 200, response.text
                check_event_view(response.json(), event, by_document[event["document_id"]])
            for doc in docs:
                stored = client.get(f"/api/documents/{doc.id}").json()
                stored_events = stored.pop("events")
                assert stored == document_record(doc)
                assert [e["id"] for e in stored_events] == [
                    event_id(content_hash(doc), i) for i in range(len(doc.events))
                ]
