"""Storage of processed documents and events: SQLite (default) or PostgreSQL + PostGIS.

``open_store(None)`` opens ``./sitrep.db``; a ``postgresql://`` URL opens a
PostgreSQL database. Both back ends implement the same `Store` protocol.
"""

from __future__ import annotations

from sitrep.store.base import MAX_PAGE_SIZE, EventQuery, IngestSummary, Store, StoreError

DEFAULT_DB = "sitrep.db"

__all__ = [
    "DEFAULT_DB",
    "MAX_PAGE_SIZE",
    "EventQuery",
    "IngestSummary",
    "Store",
    "StoreError",
    "open_store",
]


def open_store(db: str | None = None, *, readonly: bool = False) -> Store:
    """Open (and migrate, unless read-only) the store named by a path or URL."""
    target = db or DEFAULT_DB
    if target.startswith(("postgresql://", "postgres://")):
        from sitrep.store.postgres import PostgresStore

        return PostgresStore(target, readonly=readonly)
    from sitrep.store.sqlite import SQLiteStore

    return SQLiteStore(target, readonly=readonly)
