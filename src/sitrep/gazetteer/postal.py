"""GeoNames postal-code files as a source of villages the main sources lack.

``geonames-postal-{UA,BY,MD}.txt`` (CC BY 4.0) name the place each postal code
serves, in local script, with coordinates whose ``accuracy`` column says how
they were set; only rows placed on the place itself (accuracy 4) are read,
since others sit at a district centre. They add Belarusian and Moldovan
villages (the other sources hold those countries only down to 500 people)
and a few hundred Ukrainian ones missing from the dump. A postal place that
matches an entry already within `SAME_PLACE_KM` is the same place and is
skipped; a new one takes its oblast and raion from the nearest known place.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError
from sitrep.gazetteer.extent import flat_km
from sitrep.gazetteer.model import GazetteerEntry, InMemoryGazetteer
from sitrep.gazetteer.names import (
    index_keys,
    name_key,
    script_of,
    skeleton_key,
    title_case,
    translit_ru,
    translit_uk,
)

POSTAL_FILES = {"UA": "geonames-postal-UA.txt", "BY": "geonames-postal-BY.txt",
                "MD": "geonames-postal-MD.txt"}  # fmt: skip
EXACT_ACCURACY = "4"
SAME_PLACE_KM = 5.0
NEAREST_KNOWN_KM = 50.0
_CELL = 0.1


@dataclass(frozen=True, slots=True)
class PostalPlace:
    """A place a postal code serves: its local name and position."""

    country: str
    name: str
    latitude: float
    longitude: float


def read_postal(path: Path) -> Iterator[PostalPlace]:
    """Distinct exactly placed places of a GeoNames postal file."""
    seen: set[tuple[str, str, str]] = set()
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for cols in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(cols) < 12 or cols[11] != EXACT_ACCURACY:
                    continue
                key = (cols[2], cols[9], cols[10])
                if key in seen or not cols[2].strip():
                    continue
                seen.add(key)
                yield PostalPlace(cols[0], cols[2].strip(), float(cols[9]), float(cols[10]))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise InputError(f"{path}: not a readable GeoNames postal file ({err})") from err


def latin_name(place: PostalPlace) -> str:
    """The name sitrep writes: Ukrainian national romanisation, Russian BGN for Belarus."""
    if script_of(place.name) != "cyrillic":
        return place.name
    translit = translit_uk if place.country == "UA" else translit_ru
    return title_case(translit(place.name))


class _Grid:
    """Known places by 0.1° cell, for "same place?" and "nearest place?" questions."""

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self.cells: dict[tuple[int, int], list[GazetteerEntry]] = defaultdict(list)
        for entry in entries:
            self.add(entry)

    def add(self, entry: GazetteerEntry) -> None:
        self.cells[_cell(entry.latitude, entry.longitude)].append(entry)

    def around(self, latitude: float, longitude: float, km: float) -> list[GazetteerEntry]:
        reach = math.ceil(km / 111.0 / _CELL / max(0.3, math.cos(math.radians(latitude))))
        row, col = _cell(latitude, longitude)
        found = []
        for i in range(row - reach, row + reach + 1):
            for j in range(col - reach, col + reach + 1):
                for entry in self.cells.get((i, j), ()):
                    if flat_km(latitude, longitude, entry.latitude, entry.longitude) <= km:
                        found.append(entry)
        return found


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    return math.floor(latitude / _CELL), math.floor(longitude / _CELL)


def add_postal_places(gazetteer: InMemoryGazetteer, places: Iterable[PostalPlace]) -> int:
    """Add the postal places the gazetteer lacks; returns how many were added."""
    grid = _Grid(e for e in gazetteer.entries() if e.kind == "place")
    added = 0
    for place in places:
        keys = index_keys([place.name])
        skeletons = {skeleton_key(k) for k in keys}
        near = grid.around(place.latitude, place.longitude, SAME_PLACE_KM)
        if any(name_key(e.name) in keys or skeleton_key(e.name) in skeletons for e in near):
            continue
        known = [e for e in grid.around(place.latitude, place.longitude, NEAREST_KNOWN_KM)
                 if e.country == place.country and e.admin1]  # fmt: skip
        if not known:
            continue
        nearest = min(known, key=lambda e: flat_km(place.latitude, place.longitude,
                                                e.latitude, e.longitude))  # fmt: skip
        entry = GazetteerEntry(None, latin_name(place), place.latitude, place.longitude,
                               place.country, nearest.admin1, nearest.admin2, "PPL", 0,
                               "place")  # fmt: skip
        gazetteer.add(entry, [place.name])
        grid.add(entry)
        added += 1
    return added
