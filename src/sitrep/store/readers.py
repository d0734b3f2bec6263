"""A small pool of read-only SQLite connections, so reads run side by side.

In WAL mode readers never block the writer nor each other, but one
`sqlite3.Connection` runs one statement at a time. The SQLite store therefore
keeps its single writer connection for ingest and migrations and hands every
query a connection of its own from this pool. Connections are opened when
first needed, reused afterwards, and never shared by two threads at once.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sitrep.store.base import StoreError

#: Read connections of one store; more concurrent readers wait for a free one.
DEFAULT_READERS = 8


class ReaderPool:
    """At most ``size`` connections made by ``connect``, lent to one thread at a time."""

    def __init__(self, connect: Callable[[], sqlite3.Connection], size: int = DEFAULT_READERS):
        if size < 1:
            raise ValueError(f"a reader pool needs at least one connection, got {size}")
        self._connect = connect
        self._slots = threading.BoundedSemaphore(size)
        self._guard = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._opened: list[sqlite3.Connection] = []
        self._closed = False

    def add(self, conn: sqlite3.Connection) -> None:
        """Adopt an already open connection as an idle reader."""
        with self._guard:
            self._opened.append(conn)
            self._idle.append(conn)

    @property
    def opened(self) -> int:
        """How many connections the pool has opened (or adopted) so far."""
        with self._guard:
            return len(self._opened)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection for this thread alone until the block ends."""
        with self._slots:
            conn = self._take()
            try:
                yield conn
            finally:
                self._give_back(conn)

    def _take(self) -> sqlite3.Connection:
        with self._guard:
            if self._closed:
                raise StoreError("the store is closed")
            if self._idle:
                return self._idle.pop()
        conn = self._connect()
        with self._guard:
            self._opened.append(conn)
        return conn

    def _give_back(self, conn: sqlite3.Connection) -> None:
        with self._guard:
            if not self._closed:
                self._idle.append(conn)
                return
        conn.close()

    def close(self) -> None:
        """Close the idle connections now; one still lent out is closed when given back."""
        with self._guard:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
