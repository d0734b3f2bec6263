"""The SQLite store's read connections: side by side, read-only, bounded, and closed with it."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from store_helpers import make_doc, make_event

from sitrep.store import EventQuery, StoreError, open_store
from sitrep.store.readers import ReaderPool
from sitrep.store.sqlite import SQLiteStore

WAIT = 10.0


def _memory() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", check_same_thread=False)


def test_two_threads_hold_connections_at_once() -> None:
    pool = ReaderPool(_memory, size=2)
    both_inside = threading.Barrier(2, timeout=WAIT)
    seen: list[sqlite3.Connection] = []

    def read() -> None:
        with pool.connection() as conn:
            seen.append(conn)
            both_inside.wait()  # breaks (and raises) if the other thread cannot get in

    with ThreadPoolExecutor(2) as workers:
        for future in [workers.submit(read), workers.submit(read)]:
            future.result(timeout=WAIT)
    assert len({id(conn) for conn in seen}) == 2
    assert pool.opened == 2
    pool.close()


def test_a_full_pool_makes_the_next_reader_wait_and_reuses_connections() -> None:
    pool = ReaderPool(_memory, size=1)
    inside = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def hold() -> None:
        with pool.connection():
            inside.set()
            release.wait(WAIT)
            order.append("first out")

    with ThreadPoolExecutor(1) as workers:
        holder = workers.submit(hold)
        assert inside.wait(WAIT)
        waiter = threading.Thread(target=lambda: _read_then(pool, order, "second in"))
        waiter.start()
        waiter.join(0.2)
        assert waiter.is_alive(), "a second reader waits while the only connection is lent"
        release.set()
        waiter.join(WAIT)
        holder.result(timeout=WAIT)
    assert order == ["first out", "second in"]
    assert pool.opened == 1
    pool.close()


def _read_then(pool: ReaderPool, order: list[str], note: str) -> None:
    with pool.connection() as conn:
        conn.execute("SELECT 1").fetchone()
        order.append(note)


def test_closing_the_pool_closes_idle_and_returned_connections() -> None:
    pool = ReaderPool(_memory, size=2)
    with pool.connection() as idle:
        pass
    with pool.connection() as lent:
        pool.close()
        lent.execute("SELECT 1")  # still usable until given back
    for conn in (idle, lent):
        with pytest.raises(sqlite3.ProgrammingError):
            conn.execute("SELECT 1")
    with pytest.raises(StoreError, match="closed"), pool.connection():
        pass


def test_readers_cannot_write(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "sitrep.db"))
    try:
        store.ingest([make_doc("kherson", "", make_event())])
        with store._readers.connection() as conn, pytest.raises(sqlite3.OperationalError):
            conn.execute("DELETE FROM events")
        assert store.query_events(EventQuery())[1] == 1
    finally:
        store.close()


def test_queries_run_beside_an_ingest_and_see_each_committed_document(tmp_path: Path) -> None:
    db = str(tmp_path / "sitrep.db")
    writer = open_store(db)
    reader = open_store(db, readonly=True)
    docs = [make_doc(f"doc-{i}", "", make_event()) for i in range(40)]
    done = threading.Event()

    def poll() -> list[int]:
        totals = []
        while not done.is_set():
            page, total = reader.query_events(EventQuery(limit=500))
            assert len(page) == total, "a page and its total come from one snapshot"
            totals.append(total)
        return totals

    try:
        with ThreadPoolExecutor(4) as workers:
            pollers = [workers.submit(poll) for _ in range(4)]
            try:
                assert writer.ingest(docs).added == len(docs)
            finally:
                done.set()
            seen = [future.result(timeout=WAIT) for future in pollers]
        assert all(totals == sorted(totals) for totals in seen), "never goes back in time"
        assert reader.query_events(EventQuery())[1] == len(docs)
    finally:
        reader.close()
        writer.close()


def test_a_store_is_a_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="database file"):
        open_store(":memory:")
