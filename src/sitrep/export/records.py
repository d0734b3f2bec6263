"""Contract records (CONTRACT.md) built from the typed schema."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sitrep.schema import Document, Event, Span

JSONDict = dict[str, Any]


def span_record(span: Span) -> JSONDict:
    record: JSONDict = {"start": span.start, "end": span.end, "text": span.text}
    if span.field != "text":
        record["field"] = span.field
    return record


def event_record(event: Event) -> JSONDict:
    place = event.place
    return {
        "id": event.id,
        "event_date": event.event_date,
        "date_precision": event.date_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "assoc_actor_1": event.assoc_actor_1,
        "assoc_actor_2": event.assoc_actor_2,
        "inter1": event.inter1,
        "inter2": event.inter2,
        "country": place.country,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "location": place.location,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
        "geonameid": place.geonameid,
        "fatalities": event.fatalities,
        "injuries": event.injuries,
        "equipment": [asdict(item) for item in event.equipment],
        "prisoners": asdict(event.prisoners) if event.prisoners else None,
        "territory_km2": event.territory_km2,
        "claim": asdict(event.claim),
        "evidence": [span_record(span) for span in event.evidence],
        "confidence": round(event.confidence, 3),
        "notes": event.notes,
    }


def document_record(doc: Document) -> JSONDict:
    return {
        "id": doc.id,
        "path": doc.path,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
        "source": doc.source,
        "text": doc.text,
        "caption": doc.caption,
        "tags": list(doc.tags),
        "embeds": [
            {
                "kind": e.kind,
                "author": e.author,
                "date": e.date,
                "url": e.url,
                "text": e.text,
                "urls": list(e.urls),
            }
            for e in doc.embeds
        ],
        "corrections": [asdict(c) for c in doc.corrections],
        "removed": [asdict(r) for r in doc.removed],
        "entities": entity_records(doc),
        "duplicate_of": doc.duplicate_of,
    }


def entity_records(doc: Document) -> list[JSONDict]:
    """Named people and groups, normalised, with every mention's span."""
    from sitrep.resolve.actors import registry

    grouped: dict[str, JSONDict] = {}
    for mention in doc.mentions:
        if mention.kind not in {"actor", "person"}:
            continue
        entry = registry().get(mention.key)
        record = grouped.setdefault(
            mention.key,
            {
                "name": entry.name if entry else mention.key,
                "kind": mention.kind,
                "role": entry.role if entry else None,
                "mentions": [],
            },
        )
        record["mentions"].append(span_record(mention.span))
    return list(grouped.values())


def output_record(doc: Document) -> JSONDict:
    """One JSONL output line: the document, its events, or its rejection."""
    if doc.rejection is not None:
        return {
            "id": doc.id,
            "document": None,
            "events": [],
            "rejected": {"code": doc.rejection.code, "message": doc.rejection.message},
        }
    return {
        "id": doc.id,
        "document": document_record(doc),
        "events": [event_record(e) for e in doc.events],
        "rejected": None,
    }
