"""The shipped artifact: a gzipped SQLite database opened in memory.

Why this shape: a Python dict of ~700k name keys costs seconds and hundreds of
MB to load, while SQLite keeps the keys in a compact B-tree that answers one
exact-key query in microseconds. Gzip brings the file to a few MB for the
repository; `sqlite3.Connection.deserialize` opens it with no temporary file.
"""

from __future__ import annotations

import gzip
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from sitrep.gazetteer.extent import radius_km
from sitrep.gazetteer.model import KINDS, GazetteerEntry, InMemoryGazetteer
from sitrep.gazetteer.names import name_key, skeleton_key

CACHE_SIZE = 100_000

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL,
    latitude REAL NOT NULL, longitude REAL NOT NULL, country TEXT NOT NULL,
    admin1 TEXT, admin2 TEXT, feature_code TEXT NOT NULL,
    population INTEGER NOT NULL, kind INTEGER NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, entry INTEGER NOT NULL,
    PRIMARY KEY (key, entry)) WITHOUT ROWID;
CREATE TABLE skeletons (key TEXT NOT NULL, entry INTEGER NOT NULL,
    PRIMARY KEY (key, entry)) WITHOUT ROWID;
"""


def write_artifact(
    gazetteer: InMemoryGazetteer, path: Path, meta: dict[str, str] | None = None
) -> None:
    """Write ``gazetteer`` as a gzipped SQLite file (deterministic for equal input)."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted((meta or {}).items()))
    conn.executemany(
        "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_entry_row(i, e) for i, e in enumerate(gazetteer.entries())),
    )
    keyed = sorted(gazetteer.keyed_entries())
    conn.executemany("INSERT INTO names VALUES (?, ?)", keyed)
    skeletons = sorted({(skeleton_key(key), entry) for key, entry in keyed})
    conn.executemany("INSERT INTO skeletons VALUES (?, ?)", skeletons)
    conn.commit()
    conn.execute("VACUUM")
    data = conn.serialize()
    conn.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def _entry_row(position: int, entry: GazetteerEntry) -> tuple[object, ...]:
    return (
        position,
        entry.geonameid,
        entry.name,
        round(entry.latitude, 5),
        round(entry.longitude, 5),
        entry.country,
        entry.admin1,
        entry.admin2,
        entry.feature_code,
        entry.population,
        KINDS.index(entry.kind),
    )


class SqliteGazetteer:
    """A read-only gazetteer over the shipped artifact; see `Gazetteer`."""

    def __init__(self, path: Path) -> None:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.deserialize(gzip.decompress(path.read_bytes()))
        self._conn = conn
        self._lock = threading.Lock()
        self._cache: dict[str, list[GazetteerEntry]] = {}
        self._extents: dict[tuple[str, str | None, str | None], float | None] = {}
        self._keys: dict[str | None, list[str]] = {}

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Candidates for ``name``; see `Gazetteer.lookup`."""
        return self._entries_under("names", name_key(name))

    def lookup_skeleton(self, name: str) -> list[GazetteerEntry]:
        """Candidates by `skeleton_key`; see `LooseLookup`."""
        return self._entries_under("skeletons", skeleton_key(name))

    def _entries_under(self, table: str, key: str) -> list[GazetteerEntry]:
        cache_key = f"{table}:{key}"
        cached = self._cache.get(cache_key)
        if cached is not None:
            return list(cached)
        with self._lock:
            rows = self._conn.execute(
                "SELECT e.geonameid, e.name, e.latitude, e.longitude, e.country, e.admin1,"
                " e.admin2, e.feature_code, e.population, e.kind"
                f" FROM {table} n JOIN entries e ON e.id = n.entry WHERE n.key = ?",
                (key,),
            ).fetchall()
        entries = [_entry_from_row(row) for row in rows]
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()  # bounded: a long-lived process keeps a recent working set
        self._cache[cache_key] = entries
        return list(entries)

    def name_keys(self, admin1: str | None = None) -> list[str]:
        """Lookup keys, optionally of entries under ``admin1``; see `LooseLookup`."""
        cached = self._keys.get(admin1)
        if cached is None:
            sql = "SELECT DISTINCT n.key FROM names n"
            args: tuple[object, ...] = ()
            if admin1 is not None:
                sql += " JOIN entries e ON e.id = n.entry WHERE e.admin1 = ?"
                args = (admin1,)
            with self._lock:
                cached = [str(row[0]) for row in self._conn.execute(sql, args)]
            self._keys[admin1] = cached
        return cached

    def extent_km(
        self, country: str, admin1: str | None = None, admin2: str | None = None
    ) -> float | None:
        """Radius of a division, from the places filed under it; see `HasExtent`."""
        key = (country, admin1, admin2)
        if key not in self._extents:
            sql = "SELECT latitude, longitude FROM entries WHERE kind = ? AND country = ?"
            args: list[object] = [KINDS.index("place"), country]
            for column, value in (("admin1", admin1), ("admin2", admin2)):
                if value is not None:
                    sql += f" AND {column} = ?"
                    args.append(value)
            with self._lock:
                points = [(float(a), float(b)) for a, b in self._conn.execute(sql, args)]
            self._extents[key] = radius_km(points)
        return self._extents[key]

    def entries(self) -> list[GazetteerEntry]:
        """Every entry, in artifact order (evaluation coverage, benchmarks)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT geonameid, name, latitude, longitude, country, admin1, admin2,"
                " feature_code, population, kind FROM entries ORDER BY id"
            ).fetchall()
        return [_entry_from_row(row) for row in rows]

    def meta(self) -> dict[str, str]:
        """Build metadata: sources, counts, attribution."""
        with self._lock:
            return dict(self._conn.execute("SELECT key, value FROM meta").fetchall())

    def count(self, table: str = "entries") -> int:
        """Number of rows in ``entries`` or ``names`` (for reports and tests)."""
        if table not in ("entries", "names"):
            raise ValueError(f"unknown table {table!r}")
        with self._lock:
            return int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _entry_from_row(row: Iterable[object]) -> GazetteerEntry:
    gid, name, lat, lon, country, admin1, admin2, code, population, kind = tuple(row)
    return GazetteerEntry(
        geonameid=None if gid is None else int(str(gid)),
        name=str(name),
        latitude=float(str(lat)),
        longitude=float(str(lon)),
        country=str(country),
        admin1=None if admin1 is None else str(admin1),
        admin2=None if admin2 is None else str(admin2),
        feature_code=str(code),
        population=int(str(population)),
        kind=KINDS[int(str(kind))],
    )
