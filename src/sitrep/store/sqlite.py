"""The default back end: one SQLite file in WAL mode, FTS5 over text, an R*Tree over places.

One writer at a time (SQLite's own lock, taken at the start of each document's
transaction) on the store's one read-write connection; queries run on a small
pool of read-only connections (`sitrep.store.readers`), side by side and
alongside the writer thanks to WAL.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sitrep.store.base import StoreError
from sitrep.store.migrations import Migration, check_names
from sitrep.store.query import Dialect
from sitrep.store.readers import DEFAULT_READERS, ReaderPool
from sitrep.store.records import fts_query
from sitrep.store.sql import SQLStore

_CORE = (
    "CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE ingest_runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL,"
    " finished_at TEXT, documents INTEGER NOT NULL DEFAULT 0, added INTEGER NOT NULL DEFAULT 0,"
    " replaced INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0,"
    " events INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE documents (pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " content_hash TEXT NOT NULL, source_id INTEGER REFERENCES sources (id), path TEXT,"
    " url TEXT, title TEXT, published TEXT, language TEXT, raw TEXT NOT NULL, text TEXT NOT NULL,"
    " caption TEXT, record TEXT NOT NULL, run_id INTEGER REFERENCES ingest_runs (id),"
    " ingested_at TEXT NOT NULL)",
    "CREATE TABLE events (pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL, event_date TEXT, event_type TEXT NOT NULL,"
    " sub_event_type TEXT NOT NULL, actors TEXT NOT NULL, latitude REAL, longitude REAL,"
    " geo_precision INTEGER, fatalities INTEGER, confidence REAL, record TEXT NOT NULL)",
    "CREATE INDEX events_document ON events (document_id, idx)",
    "CREATE INDEX events_date ON events (event_date)",
    "CREATE INDEX events_type ON events (event_type, sub_event_type)",
    "CREATE TABLE evidence (event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL, field TEXT NOT NULL, span_start INTEGER NOT NULL,"
    " span_end INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (event_id, idx))",
    "CREATE TABLE equipment (event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL, category TEXT NOT NULL, model TEXT, count INTEGER NOT NULL,"
    " status TEXT NOT NULL, side TEXT, PRIMARY KEY (event_id, idx))",
    "CREATE TABLE claims (event_id TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,"
    " status TEXT NOT NULL, claimed_by TEXT)",
    "CREATE INDEX claims_status ON claims (status)",
    "CREATE TABLE rejections (id INTEGER PRIMARY KEY,"
    " run_id INTEGER NOT NULL REFERENCES ingest_runs (id), document_id TEXT NOT NULL,"
    " stage TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL)",
)
_RTREE = (
    "CREATE VIRTUAL TABLE events_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat)",
    "CREATE TRIGGER events_rtree_insert AFTER INSERT ON events"
    " WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN"
    " INSERT INTO events_rtree VALUES (new.pk, new.longitude, new.longitude, new.latitude,"
    " new.latitude); END",
    "CREATE TRIGGER events_rtree_delete AFTER DELETE ON events BEGIN"
    " DELETE FROM events_rtree WHERE id = old.pk; END",
)
_FTS = (
    "CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, caption, content='documents',"
    " content_rowid='pk', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN"
    " INSERT INTO documents_fts (rowid, title, text, caption)"
    " VALUES (new.pk, new.title, new.text, new.caption); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN"
    " INSERT INTO documents_fts (documents_fts, rowid, title, text, caption)"
    " VALUES ('delete', old.pk, old.title, old.text, old.caption); END",
)
MIGRATIONS = check_names(
    (
        Migration("0001_core_tables", _CORE),
        Migration("0002_event_rtree", _RTREE),
        Migration("0003_document_fts", _FTS),
    )
)


def _bbox(box: tuple[float, float, float, float]) -> tuple[str, list[Any]]:
    # The R*Tree holds 32-bit floats, so it finds candidates and the exact columns decide.
    minlon, minlat, maxlon, maxlat = box
    condition = (
        "e.pk IN (SELECT id FROM events_rtree WHERE max_lon >= ? AND max_lat >= ?"
        " AND min_lon <= ? AND min_lat <= ?)"
        " AND e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?"
    )
    return condition, [minlon, minlat, maxlon, maxlat, minlon, maxlon, minlat, maxlat]


DIALECT = Dialect(
    bbox=_bbox,
    fulltext="e.document_id IN (SELECT f.id FROM documents f JOIN documents_fts"
    " ON documents_fts.rowid = f.pk WHERE documents_fts MATCH ?)",
    fulltext_param=fts_query,
    actor="instr(e.actors, ?) > 0",
    date_param=dt.date.isoformat,
    order="e.event_date IS NULL, e.event_date DESC, e.document_id, e.idx",
)


class SQLiteStore(SQLStore):
    """A sitrep store in one SQLite file."""

    dialect = DIALECT
    migrations = MIGRATIONS

    def __init__(
        self, path: str, *, readonly: bool = False, readers: int = DEFAULT_READERS
    ) -> None:
        super().__init__(readonly=readonly)
        if path == ":memory:":
            raise StoreError("a sitrep store is a database file, not :memory:")
        self.path = path
        # Resolved once, so readers opened later find the same file whatever the cwd.
        resolved = str(Path(path).resolve())
        self._readers = ReaderPool(lambda: _connect(resolved, readonly=True), readers)
        first = _connect(path, readonly)
        self._writer = None if readonly else first
        if readonly:
            self._readers.add(first)
        try:
            self._open_schema()
        except BaseException:
            self.close()
            raise

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        if self._writer is None:
            raise StoreError("the store was opened read-only")
        with self._lock:
            cur = self._writer.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                self._writer.rollback()
                raise
            cur.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Cursor]:
        # One transaction, so a page and its total come from the same snapshot.
        with self._readers.connection() as conn:
            cur = conn.cursor()
            cur.execute("BEGIN")
            try:
                yield cur
            finally:
                cur.execute("COMMIT")

    def _has_migrations_table(self, cur: Any) -> bool:
        row = cur.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
        ).fetchone()
        return row is not None

    def close(self) -> None:
        self._readers.close()
        with self._lock:
            if self._writer is not None:
                self._writer.close()


def _connect(path: str, readonly: bool) -> sqlite3.Connection:
    try:
        return _open(path, readonly)
    except sqlite3.OperationalError as err:
        raise StoreError(f"cannot open the database {path}: {err}") from err


def _open(path: str, readonly: bool) -> sqlite3.Connection:
    if readonly:
        if not Path(path).is_file():
            raise StoreError(f"no sitrep database at {path}")
        uri = f"file:{urllib.parse.quote(str(Path(path).resolve()))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=60)
        conn.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL loses no committed transaction when the process dies;
        # only a power cut can undo the last few.
        conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 60000")
    return conn
