"""The `Store` over any DB-API connection; the back ends add their schema and dialect.

Writes go one document per transaction: a crash loses at most the document
being written, never one already committed, and a rerun finds every
committed document by its content hash and skips it.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any

from sitrep.schema import Document, Rejection
from sitrep.store import query as sql
from sitrep.store.base import MAX_PAGE_SIZE, UNSTORABLE, EventQuery, IngestSummary, StoreError
from sitrep.store.migrations import MIGRATIONS_TABLE, Migration
from sitrep.store.records import (
    DocumentRows,
    EventRow,
    JSONDict,
    actor_key,
    document_rows,
    document_summary,
    dumps,
    event_dict,
)

Cursor = Any
#: Events of other documents within this many degrees, on the same day and of the
#: same type, are listed as corroboration.
CORROBORATION_DEGREES = 0.1
CORROBORATION_LIMIT = 20

_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, content_hash, source_id, path, url, title, published, language,"
    " raw, text, caption, record, run_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?, ?)"
)
_INSERT_EVENT = (
    "INSERT INTO events (id, document_id, idx, event_date, event_type, sub_event_type, actors,"
    " latitude, longitude, geo_precision, fatalities, confidence, record)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_EVIDENCE = (
    "INSERT INTO evidence (event_id, idx, field, span_start, span_end, text)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_EQUIPMENT = (
    "INSERT INTO equipment (event_id, idx, category, model, count, status, side)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CLAIM = "INSERT INTO claims (event_id, status, claimed_by) VALUES (?, ?, ?)"
_UPDATE_RUN = (
    "UPDATE ingest_runs SET documents = documents + 1, added = added + ?,"
    " replaced = replaced + ?, unchanged = unchanged + ?, events = events + ?,"
    " rejected = rejected + ? WHERE id = ?"
)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SQLStore:
    """Everything both back ends share; subclasses open the connection."""

    dialect: sql.Dialect
    migrations: Sequence[Migration]
    #: PostgreSQL text cannot hold NUL characters; such documents are rejected.
    rejects_nul = False

    def __init__(self, *, readonly: bool) -> None:
        self.readonly = readonly
        self._lock = threading.RLock()

    # -- what a back end provides -------------------------------------------------

    def _write(self) -> AbstractContextManager[Cursor]:
        """A cursor inside one write transaction, committed on exit."""
        raise NotImplementedError

    def _read(self) -> AbstractContextManager[Cursor]:
        raise NotImplementedError

    def _execute(self, cur: Cursor, statement: str, params: Sequence[Any] = ()) -> Cursor:
        cur.execute(statement, params)
        return cur

    def _has_migrations_table(self, cur: Cursor) -> bool:
        raise NotImplementedError

    def _lock_schema(self, cur: Cursor) -> None:
        """Keep two processes from migrating at once (SQLite's write lock already does)."""

    def _lock_document(self, cur: Cursor, document_id: str) -> None:
        """Keep two processes from writing one document at once (SQLite's lock already does)."""

    # -- schema -------------------------------------------------------------------

    def _open_schema(self) -> None:
        """Apply missing migrations, or (read-only) check that none is missing."""
        if self.readonly:
            missing = [m.name for m in self.migrations if m.name not in self.applied_migrations()]
            if missing:
                raise StoreError(f"not an up-to-date sitrep database (missing {missing[0]})")
            return
        with self._write() as cur:
            self._lock_schema(cur)
            self._execute(cur, MIGRATIONS_TABLE)
        for migration in self.migrations:
            with self._write() as cur:
                self._lock_schema(cur)
                done = self._execute(
                    cur, "SELECT 1 FROM migrations WHERE name = ?", (migration.name,)
                ).fetchone()
                if done is not None:
                    continue
                for statement in migration.statements:
                    self._execute(cur, statement)
                self._execute(
                    cur,
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                    (migration.name, now()),
                )

    def applied_migrations(self) -> dict[str, str]:
        """Name → time applied, of every migration this database records."""
        with self._read() as cur:
            if not self._has_migrations_table(cur):
                return {}
            rows = self._execute(cur, "SELECT name, applied_at FROM migrations").fetchall()
        return {str(name): str(applied) for name, applied in rows}

    # -- writing ------------------------------------------------------------------

    def ingest(
        self,
        docs: Iterable[Document],
        progress: Callable[[Document], None] | None = None,
    ) -> IngestSummary:
        if self.readonly:
            raise StoreError("the store was opened read-only")
        run_id = self._start_run()
        outcomes: Counter[str] = Counter()
        rejections: Counter[str] = Counter()
        events = 0
        for doc in docs:
            outcome = self._store_document(run_id, doc)
            outcomes[outcome] += 1
            if doc.rejection is not None:
                rejections[doc.rejection.code] += 1
            else:
                events += len(doc.events)
            if progress is not None:
                progress(doc)
        with self._write() as cur:
            finish = "UPDATE ingest_runs SET finished_at = ? WHERE id = ?"
            self._execute(cur, finish, (now(), run_id))
        return IngestSummary(
            documents=sum(outcomes.values()),
            added=outcomes["added"],
            replaced=outcomes["replaced"],
            unchanged=outcomes["unchanged"],
            events=events,
            rejections=dict(sorted(rejections.items())),
        )

    def _start_run(self) -> int:
        with self._write() as cur:
            row = self._execute(
                cur, "INSERT INTO ingest_runs (started_at) VALUES (?) RETURNING id", (now(),)
            ).fetchone()
        return int(row[0])

    def _store_document(self, run_id: int, doc: Document) -> str:
        """Write one document (or its rejection) in one transaction; returns the outcome."""
        rows = document_rows(doc) if doc.rejection is None else None
        if rows is not None and self.rejects_nul and _has_nul(rows):
            doc.rejection = Rejection("store", UNSTORABLE, "the text holds NUL characters")
            rows = None
        with self._write() as cur:
            if rows is None:
                assert doc.rejection is not None
                self._execute(
                    cur,
                    "INSERT INTO rejections (run_id, document_id, stage, code, message, at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (run_id, doc.id, doc.rejection.stage, doc.rejection.code,
                     doc.rejection.message, now()),
                )  # fmt: skip
                self._execute(cur, _UPDATE_RUN, (0, 0, 0, 0, 1, run_id))
                return "rejected"
            outcome = self._replace_document(cur, run_id, rows, doc.source)
            counts = [int(outcome == name) for name in ("added", "replaced", "unchanged")]
            stored = len(rows.events) if outcome != "unchanged" else 0
            self._execute(cur, _UPDATE_RUN, (*counts, stored, 0, run_id))
        return outcome

    def _replace_document(
        self, cur: Cursor, run_id: int, rows: DocumentRows, source: str | None
    ) -> str:
        self._lock_document(cur, rows.id)
        found = self._execute(
            cur, "SELECT content_hash FROM documents WHERE id = ?", (rows.id,)
        ).fetchone()
        if found is not None and found[0] == rows.content_hash:
            return "unchanged"
        if found is not None:
            self._execute(cur, "DELETE FROM documents WHERE id = ?", (rows.id,))
        record = rows.record
        self._execute(
            cur,
            _INSERT_DOCUMENT,
            (rows.id, rows.content_hash, self._source_id(cur, source), record["path"],
             record["url"], record["title"], record["published"], record["language"], rows.raw,
             record["text"], record["caption"], dumps(record), run_id, now()),
        )  # fmt: skip
        for event in rows.events:
            self._insert_event(cur, rows.id, event)
        return "added" if found is None else "replaced"

    def _source_id(self, cur: Cursor, source: str | None) -> int | None:
        if not source:
            return None
        self._execute(
            cur, "INSERT INTO sources (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (source,)
        )
        row = self._execute(cur, "SELECT id FROM sources WHERE name = ?", (source,)).fetchone()
        return int(row[0])

    def _insert_event(self, cur: Cursor, document_id: str, event: EventRow) -> None:
        r = event.record
        self._execute(
            cur,
            _INSERT_EVENT,
            (event.id, document_id, event.index, r["event_date"], r["event_type"],
             r["sub_event_type"], actor_key(r), r["latitude"], r["longitude"],
             r["geo_precision"], r["fatalities"], r["confidence"], dumps(r)),
        )  # fmt: skip
        for i, span in enumerate(r["evidence"]):
            values = (event.id, i, span.get("field", "text"), span["start"], span["end"])
            self._execute(cur, _INSERT_EVIDENCE, (*values, span["text"]))
        for i, item in enumerate(r["equipment"]):
            values = (event.id, i, item["category"], item["model"], item["count"])
            self._execute(cur, _INSERT_EQUIPMENT, (*values, item["status"], item["side"]))
        self._execute(cur, _INSERT_CLAIM, (event.id, event.claim["status"], event.claim["by"]))

    # -- reading ------------------------------------------------------------------

    def query_events(self, query: EventQuery) -> tuple[list[JSONDict], int]:
        page_sql, page_params = sql.page_sql(query, self.dialect)
        count_sql, count_params = sql.count_sql(query, self.dialect)
        with self._read() as cur:
            rows = self._execute(cur, page_sql, page_params).fetchall()
            total = int(self._execute(cur, count_sql, count_params).fetchone()[0])
        return [self._event(row) for row in rows], total

    def iter_events(self, query: EventQuery) -> Iterator[JSONDict]:
        offset = 0
        while True:
            page = replace(query, limit=MAX_PAGE_SIZE, offset=offset)
            statement, params = sql.page_sql(page, self.dialect)
            with self._read() as cur:
                rows = self._execute(cur, statement, params).fetchall()
            yield from (self._event(row) for row in rows)
            if len(rows) < MAX_PAGE_SIZE:
                return
            offset += MAX_PAGE_SIZE

    def get_event(self, event_id: str) -> JSONDict | None:
        statement = f"SELECT {sql.EVENT_COLUMNS}, d.record FROM {sql.EVENT_FROM} WHERE e.id = ?"
        with self._read() as cur:
            row = self._execute(cur, statement, (event_id,)).fetchone()
            if row is None:
                return None
            event = self._event(row)
            event["document"] = document_summary(_json(row[6]))
            event["corroboration"] = self._corroboration(cur, event)
        return event

    def _corroboration(self, cur: Cursor, event: JSONDict) -> list[JSONDict]:
        """Events of other documents on the same day, of the same type, at the same place."""
        lat, lon, date = event["latitude"], event["longitude"], event["event_date"]
        if lat is None or lon is None or date is None:
            return []
        near = CORROBORATION_DEGREES
        statement = (
            f"SELECT {sql.EVENT_COLUMNS} FROM {sql.EVENT_FROM} WHERE e.document_id <> ?"
            " AND e.event_date = ? AND e.event_type = ? AND e.latitude BETWEEN ? AND ?"
            f" AND e.longitude BETWEEN ? AND ? ORDER BY {self.dialect.order} LIMIT ?"
        )
        params = (event["document_id"], self.dialect.date_param(dt.date.fromisoformat(date)),
                  event["event_type"], lat - near, lat + near, lon - near, lon + near,
                  CORROBORATION_LIMIT)  # fmt: skip
        return [self._event(row) for row in self._execute(cur, statement, params).fetchall()]

    def get_document(self, document_id: str) -> JSONDict | None:
        with self._read() as cur:
            row = self._execute(
                cur, "SELECT record FROM documents WHERE id = ?", (document_id,)
            ).fetchone()
            if row is None:
                return None
            statement = (
                f"SELECT {sql.EVENT_COLUMNS} FROM {sql.EVENT_FROM}"
                " WHERE e.document_id = ? ORDER BY e.idx"
            )
            events = self._execute(cur, statement, (document_id,)).fetchall()
        document = _json(row[0])
        document["events"] = [self._event(event) for event in events]
        return document

    def stats(self, query: EventQuery) -> JSONDict:
        with self._read() as cur:
            total = self._execute(cur, *sql.count_sql(query, self.dialect)).fetchone()[0]
            days = self._execute(cur, *sql.by_day_sql(query, self.dialect)).fetchall()
            types = self._execute(cur, *sql.by_type_sql(query, self.dialect)).fetchall()
        return {
            "total": int(total),
            "by_day": [
                {"date": str(day), "event_type": kind, "count": int(n)} for day, kind, n in days
            ],
            "by_type": [
                {"event_type": kind, "sub_event_type": sub, "count": int(n)}
                for kind, sub, n in types
            ],
        }

    def _event(self, row: Sequence[Any]) -> JSONDict:
        return event_dict(_json(row[0]), *row[1:6])


def _json(value: Any) -> JSONDict:
    """A stored JSON record: text in SQLite, already decoded from PostgreSQL's json type."""
    if isinstance(value, str):
        decoded: JSONDict = json.loads(value)
        return decoded
    return dict(value)


def _has_nul(value: Any) -> bool:
    if isinstance(value, DocumentRows):
        return _has_nul([value.raw, value.record, [event.record for event in value.events]])
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(item) for item in value)
    return False
