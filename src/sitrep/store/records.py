"""From processed Documents to stored rows, and from stored rows back to records.

The contract records (`sitrep.export.records`) are kept whole as JSON, so what
goes in comes back out unchanged; the columns beside them (dates, types,
actors, coordinates, claims, evidence, equipment) exist to filter and to let
analysts query the tables directly.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from sitrep.export.records import document_record, event_record
from sitrep.schema import Document, Event

JSONDict = dict[str, Any]

#: Document fields copied into each event dict, so a page of events needs no join.
DOCUMENT_FIELDS = ("url", "title", "source", "published")
_WORD = re.compile(r"\w+")


def content_hash(doc: Document) -> str:
    """A digest of the document's identity and input, the key of idempotent ingest.

    The same input gives the same hash on every run; any change of the text or
    of the metadata that dates and places events (published, url, title,
    source) gives a new one, and the stored events are replaced.
    """
    payload = [doc.id, doc.raw, doc.url, doc.title, doc.published, doc.source]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def event_id(digest: str, index: int) -> str:
    """A store-wide unique event id: the document's content hash and the event's rank."""
    return f"{digest[:20]}-{index + 1}"


def actor_key(record: JSONDict) -> str:
    """Every actor name of an event, case-folded, for substring search."""
    names = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
    return "\n".join(str(record[name]).casefold() for name in names if record.get(name))


@dataclass(frozen=True)
class EventRow:
    """One event ready to insert: its columns and its child rows."""

    id: str
    index: int
    record: JSONDict

    @property
    def claim(self) -> JSONDict:
        claim: JSONDict = self.record["claim"]
        return claim


@dataclass(frozen=True)
class DocumentRows:
    """A processed document as rows of the store's tables."""

    id: str
    content_hash: str
    record: JSONDict
    raw: str
    events: tuple[EventRow, ...]


def document_rows(doc: Document) -> DocumentRows:
    digest = content_hash(doc)
    events = tuple(_event_row(digest, i, event) for i, event in enumerate(doc.events))
    return DocumentRows(doc.id, digest, document_record(doc), doc.raw, events)


def _event_row(digest: str, index: int, event: Event) -> EventRow:
    record = event_record(event)
    ident = event_id(digest, index)
    record["id"] = ident
    return EventRow(ident, index, record)


def event_dict(record: JSONDict, document_id: str, *facts: Any) -> JSONDict:
    """The API's event: the contract record plus its document's id, url, title, source, date."""
    out = dict(record)
    out["document_id"] = document_id
    out.update(zip(DOCUMENT_FIELDS, facts, strict=True))
    return out


def document_summary(document: JSONDict) -> JSONDict:
    """The document fields an event view needs: metadata and the texts evidence points into."""
    names = ("id", "url", "title", "source", "published", "text", "caption")
    return {name: document.get(name) for name in names}


def fts_query(text: str) -> str | None:
    """A user's search words as a safe FTS5 query: every word must occur."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join('"' + word + '"' for word in words)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
