"""The gazetteer's interface, its entry type and an in-memory implementation.

The geocoder depends only on `Gazetteer.lookup`, so unit tests hand it a small
`InMemoryGazetteer` built from a few entries instead of the shipped artifact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from sitrep.gazetteer.extent import radius_km
from sitrep.gazetteer.names import index_keys, name_key, skeleton_key

EntryKind = Literal["country", "admin1", "admin2", "place", "landmark"]
KINDS: tuple[EntryKind, ...] = ("country", "admin1", "admin2", "place", "landmark")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One candidate referent of a name, already in ACLED's naming.

    ``admin1``/``admin2`` are English names without suffix (``Kharkiv``,
    ``Chuhuivskyi``); ``geonameid`` is None for divisions that sitrep derives
    itself (Russia's oblasts have no GeoNames row in the sources).
    """

    geonameid: int | None
    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str | None
    admin2: str | None
    feature_code: str
    population: int
    kind: EntryKind

    def __hash__(self) -> int:
        # Equal entries share these fields; hashing three instead of ten keeps the
        # ranking's caches and candidate sets cheap.
        return hash((self.geonameid, self.latitude, self.longitude))


class Gazetteer(Protocol):
    """Anything that maps a name, in any spelling, to candidate entries."""

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Candidates whose name forms include ``name`` (empty list when none)."""
        ...


@runtime_checkable
class LooseLookup(Protocol):
    """A gazetteer that also answers spelling-tolerant queries (see `sitrep.gazetteer.match`)."""

    def lookup_skeleton(self, name: str) -> list[GazetteerEntry]:
        """Candidates whose `skeleton_key` equals that of ``name``."""
        ...

    def name_keys(self, admin1: str | None = None) -> list[str]:
        """Every lookup key (of entries filed under ``admin1`` when given), for fuzzy search."""
        ...


class InMemoryGazetteer:
    """A dict-backed gazetteer: the fake for tests and the builder's staging area.

    Names go through the same form generation as the shipped artifact, so a
    test that adds ``Новая Таволжанка`` can look up ``Nova Tavolzhanka``.
    """

    def __init__(self) -> None:
        self._entries: list[GazetteerEntry] = []
        self._index: dict[str, list[int]] = defaultdict(list)
        self._skeletons: dict[str, list[int]] | None = None
        self.version = 0  # bumped by every `add`: caches built over the keys check it

    def add(self, entry: GazetteerEntry, names: Iterable[str] = ()) -> None:
        """Index ``entry`` under its own name, ``names`` and their derived forms."""
        self.add_keys(entry, index_keys([entry.name, *names]))

    def add_keys(self, entry: GazetteerEntry, keys: Iterable[str]) -> None:
        """Index ``entry`` under ready-made keys (forms already expanded)."""
        position = len(self._entries)
        self._entries.append(entry)
        for key in keys:
            if key:
                self._index[key].append(position)
        self._skeletons = None
        self.version += 1

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Candidates for ``name``; see `Gazetteer.lookup`."""
        return [self._entries[i] for i in self._index.get(name_key(name), ())]

    def lookup_skeleton(self, name: str) -> list[GazetteerEntry]:
        """Candidates by `skeleton_key`; see `LooseLookup`."""
        if self._skeletons is None:
            self._skeletons = defaultdict(list)
            for key, positions in self._index.items():
                self._skeletons[skeleton_key(key)].extend(positions)
        unique = dict.fromkeys(self._skeletons.get(skeleton_key(name), ()))
        return [self._entries[i] for i in unique]

    def name_keys(self, admin1: str | None = None) -> list[str]:
        """Lookup keys, optionally of entries under ``admin1``; see `LooseLookup`."""
        return sorted(
            key
            for key, positions in self._index.items()
            if admin1 is None or any(self._entries[i].admin1 == admin1 for i in positions)
        )

    def extent_km(
        self, country: str, admin1: str | None = None, admin2: str | None = None
    ) -> float | None:
        """Radius of a division, from the places filed under it; see `HasExtent`."""
        points = [
            (e.latitude, e.longitude)
            for e in self._entries
            if e.kind == "place"
            and e.country == country
            and admin1 in (None, e.admin1)
            and admin2 in (None, e.admin2)
        ]
        return radius_km(points)

    def entries(self) -> list[GazetteerEntry]:
        """All entries, in insertion order."""
        return list(self._entries)

    def keyed_entries(self) -> Iterable[tuple[str, int]]:
        """(key, entry position) pairs, for writing the artifact."""
        for key, positions in self._index.items():
            for position in dict.fromkeys(positions):
                yield key, position

    def __len__(self) -> int:
        return len(self._entries)
