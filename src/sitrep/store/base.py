"""The store's public interface: queries, ingest summaries and the `Store` protocol.

Both back ends (SQLite, PostgreSQL + PostGIS) implement `Store`; the CLI,
the REST API and the exporters speak only to this protocol.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from sitrep.errors import SitrepError
from sitrep.schema import Document

#: The hard maximum page size of `Store.query_events`.
MAX_PAGE_SIZE: int = 500
#: The rejection code of a document the back end cannot hold (NUL characters in PostgreSQL).
UNSTORABLE = "unstorable"
#: The claim statuses an `EventQuery` may filter on (CONTRACT.md).
CLAIM_STATUSES = ("confirmed", "claimed", "reported", "denied")


class StoreError(SitrepError):
    """The store cannot be opened or written (not a sitrep database, read-only…)."""

    code = "store"


@dataclass(frozen=True)
class EventQuery:
    """Filters over stored events; every field left at None matches everything."""

    #: minlon, minlat, maxlon, maxlat (WGS 84 degrees).
    bbox: tuple[float, float, float, float] | None = None
    date_from: dt.date | None = None
    #: Inclusive.
    date_to: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    #: Case-insensitive substring of actor1, actor2 or the associated actors.
    actor: str | None = None
    #: Claim status: confirmed, claimed, reported or denied.
    claim: str | None = None
    #: Full-text search over document text.
    q: str | None = None
    limit: int = 100
    offset: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_PAGE_SIZE:
            raise ValueError(f"limit must be between 1 and {MAX_PAGE_SIZE}, got {self.limit}")
        if self.offset < 0:
            raise ValueError(f"offset must not be negative, got {self.offset}")
        if self.bbox is not None:
            minlon, minlat, maxlon, maxlat = self.bbox
            if minlon > maxlon or minlat > maxlat:
                raise ValueError(f"bbox must be minlon,minlat,maxlon,maxlat, got {self.bbox}")
        if self.claim is not None and self.claim not in CLAIM_STATUSES:
            raise ValueError(f"claim must be one of {', '.join(CLAIM_STATUSES)}")


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest run did."""

    documents: int
    added: int
    replaced: int
    unchanged: int
    events: int
    rejections: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "events": self.events,
            "rejections": dict(self.rejections),
        }


class Store(Protocol):
    """Documents and their events, stored and queried."""

    def ingest(
        self,
        docs: Iterable[Document],
        progress: Callable[[Document], None] | None = None,
    ) -> IngestSummary:
        """Store processed documents, each in its own transaction; rejections are recorded."""
        ...

    def query_events(self, query: EventQuery) -> tuple[list[dict[str, Any]], int]:
        """One page of matching events (newest first) and the total number that match."""
        ...

    def iter_events(self, query: EventQuery) -> Iterator[dict[str, Any]]:
        """Every matching event, ignoring limit and offset (for export)."""
        ...

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its ``document`` and ``corroboration``; None when unknown."""
        ...

    def get_document(self, document_id: str) -> dict[str, Any] | None:
        """The contract document record plus its ``events``; None when unknown."""
        ...

    def stats(self, query: EventQuery) -> dict[str, Any]:
        """``{"total", "by_day": [{date, event_type, count}], "by_type": [...]}``."""
        ...

    def close(self) -> None: ...
