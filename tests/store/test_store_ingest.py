"""Ingest into both back ends: idempotent, replacing changed documents, recording rejections."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import make_doc, make_event

from sitrep.schema import Document, Rejection
from sitrep.store import EventQuery, Store, StoreError, open_store
from sitrep.store.base import UNSTORABLE


def _docs() -> list[Document]:
    return [
        make_doc("a", "", make_event(1), make_event(2, event_type="Battles")),
        make_doc("b", "", make_event(1)),
        make_doc("c"),
    ]


def _counts(store: Store) -> tuple[int, set[str]]:
    events, total = store.query_events(EventQuery(limit=500))
    return total, {e["id"] for e in events}


def test_ingest_stores_documents_and_events(store: Store) -> None:
    summary = store.ingest(_docs())
    assert (summary.documents, summary.added, summary.events) == (3, 3, 3)
    assert (summary.replaced, summary.unchanged, summary.rejections) == (0, 0, {})
    total, ids = _counts(store)
    assert total == 3 and len(ids) == 3
    document = store.get_document("a")
    assert document is not None
    assert [e["event_type"] for e in document["events"]] == [
        "Explosions/Remote violence",
        "Battles",
    ]
    assert document["text"].startswith("Report a:")
    assert store.get_document("missing") is None


def test_ingesting_twice_adds_nothing(store: Store) -> None:
    store.ingest(_docs())
    before = _counts(store)
    again = store.ingest(_docs())
    assert (again.documents, again.added, again.replaced, again.unchanged) == (3, 0, 0, 3)
    assert _counts(store) == before


def test_changed_document_replaces_its_events(store: Store) -> None:
    store.ingest(_docs())
    [old] = store.get_document("b")["events"]  # type: ignore[index]
    text = "Update b: Russian forces shelled Kharkiv."
    changed = make_doc("b", text, make_event(1), make_event(2))
    summary = store.ingest([changed])
    assert (summary.added, summary.replaced, summary.unchanged, summary.events) == (0, 1, 0, 2)
    document = store.get_document("b")
    assert document is not None
    assert document["text"].startswith("Update b:")
    assert len(document["events"]) == 2
    assert store.get_event(old["id"]) is None
    total, _ = _counts(store)
    assert total == 4  # a: 2, b: 2 (replaced), c: 0
    assert store.query_events(EventQuery(q="Kharkiv"))[1] == 2
    assert store.query_events(EventQuery(q="Report b"))[1] == 0


def test_rejections_are_recorded_and_the_batch_goes_on(store: Store) -> None:
    bad = Document(id="bad", raw="")
    bad.rejection = Rejection("ingest", "empty", "the document is empty")
    worse = Document(id="worse", raw="\x00\x01")
    worse.rejection = Rejection("ingest", "binary", "binary data")
    summary = store.ingest([bad, make_doc("a", "", make_event()), worse, bad])
    assert summary.rejections == {"binary": 1, "empty": 2}
    assert (summary.documents, summary.added) == (4, 1)
    assert store.get_document("bad") is None
    assert store.get_document("a") is not None


def test_a_rejected_rerun_keeps_the_stored_document(store: Store) -> None:
    store.ingest([make_doc("a", "", make_event())])
    again = Document(id="a", raw="")
    again.rejection = Rejection("ingest", "unreadable", "gone")
    store.ingest([again])
    assert store.get_document("a") is not None


def test_progress_sees_every_document(store: Store) -> None:
    seen: list[str] = []
    store.ingest(_docs(), progress=lambda doc: seen.append(doc.id))
    assert seen == ["a", "b", "c"]


def test_migrations_are_recorded_once(store_url: str) -> None:
    first = open_store(store_url)
    applied = first.applied_migrations()  # type: ignore[attr-defined]
    first.close()
    assert list(applied) == [m.name for m in first.migrations]  # type: ignore[attr-defined]
    assert all(name[:4].isdigit() for name in applied)
    second = open_store(store_url)
    assert second.applied_migrations() == applied  # type: ignore[attr-defined]
    second.close()


def test_readonly_store_reads_and_refuses_writes(store_url: str) -> None:
    writer = open_store(store_url)
    writer.ingest(_docs())
    writer.close()
    reader = open_store(store_url, readonly=True)
    try:
        assert reader.query_events(EventQuery())[1] == 3
        with pytest.raises(StoreError, match="read-only"):
            reader.ingest(_docs())
    finally:
        reader.close()


def test_readonly_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no sitrep database"):
        open_store(f"{tmp_path}/absent.db", readonly=True)


def test_nul_characters_are_rejected_only_where_they_cannot_be_stored(store: Store) -> None:
    doc = make_doc("nul", "Text\x00with a NUL", make_event())
    summary = store.ingest([doc])
    if getattr(store, "rejects_nul", False):
        assert summary.rejections == {UNSTORABLE: 1}
    else:
        assert summary.added == 1


def test_unopenable_databases_raise_store_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(tmp_path / "no" / "such" / "dir.db"))
    with pytest.raises(StoreError, match="cannot connect"):
        open_store(f"postgresql://nobody@/none?host={tmp_path}&port=1")
