"""Coverage ceilings: how much of a gold set the gazetteer could get right at all.

A geocoding figure mixes two failures: the place is missing from the
gazetteer (a data gap) or it is there and the ranking chose another (a
choice error). `PointIndex` answers "is any entry within d km of this gold
point?" (the issue's coverage ceiling), and the evaluations also count
whether one of the query's own candidates lies there (the name ceiling),
so that ``accuracy / ceiling`` isolates the ranking.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from sitrep.eval.acled import haversine_km
from sitrep.gazetteer import GazetteerEntry

_CELL_DEGREES = 0.5


class PointIndex:
    """A grid over entry coordinates for "any entry within d km" queries."""

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
        self.ids: set[int] = set()
        for entry in entries:
            self._cells[self._cell(entry.latitude, entry.longitude)].append(
                (entry.latitude, entry.longitude)
            )
            if entry.geonameid is not None:
                self.ids.add(entry.geonameid)

    @staticmethod
    def _cell(latitude: float, longitude: float) -> tuple[int, int]:
        return math.floor(latitude / _CELL_DEGREES), math.floor(longitude / _CELL_DEGREES)

    def any_within(self, latitude: float, longitude: float, km: float) -> bool:
        """True when some entry lies within ``km`` of the point."""
        lat_cells = math.ceil(km / 111.0 / _CELL_DEGREES)
        scale = max(0.05, math.cos(math.radians(min(abs(latitude), 85.0))))
        lon_cells = math.ceil(km / (111.0 * scale) / _CELL_DEGREES)
        row, col = self._cell(latitude, longitude)
        for i in range(row - lat_cells, row + lat_cells + 1):
            for j in range(col - lon_cells, col + lon_cells + 1):
                for lat, lon in self._cells.get((i, j), ()):
                    if haversine_km(latitude, longitude, lat, lon) <= km:
                        return True
        return False


def any_candidate_within(
    entries: Iterable[GazetteerEntry], latitude: float, longitude: float, km: float
) -> bool:
    """True when one of a query's candidates lies within ``km`` of the gold point."""
    return any(haversine_km(latitude, longitude, e.latitude, e.longitude) <= km for e in entries)
