"""Fixtures for the REST API and the web map: a real SQLite store of hand-built documents.

The documents and their events are written by hand (no extraction), so the
API tests pin what the API does with known events, not what the extractor
finds this week. They live in `serve_helpers`, with the other shared names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_helpers import EVENT_COUNT, hand_documents

from sitrep.serve import create_app
from sitrep.store import Store, open_store


@pytest.fixture(scope="session")
def hand_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database holding `hand_documents`."""
    path = tmp_path_factory.mktemp("serve") / "hand.db"
    store = open_store(str(path))
    try:
        summary = store.ingest(hand_documents())
    finally:
        store.close()
    assert summary.events == EVENT_COUNT
    return path


@pytest.fixture(scope="session")
def read_store(hand_db: Path) -> Iterator[Store]:
    store = open_store(str(hand_db), readonly=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(read_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(read_store)) as test_client:
        yield test_client
