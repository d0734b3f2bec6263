"""How far a division reaches: the radius that makes "somewhere in Kharkiv Oblast" honest.

Neither source carries polygons or areas for divisions, but the places in a
division outline it well enough: half the diagonal of the box holding the
middle 96 % of them (so one misfiled village cannot double an oblast).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

TRIM = 0.02


@runtime_checkable
class HasExtent(Protocol):
    """A gazetteer that can say how far a division reaches."""

    def extent_km(
        self, country: str, admin1: str | None = None, admin2: str | None = None
    ) -> float | None:
        """Radius in km of the division (a country when ``admin1`` is None)."""
        ...


def radius_km(points: Sequence[tuple[float, float]]) -> float | None:
    """Half the diagonal of the trimmed bounding box of ``points`` (None when empty)."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = int(len(points) * TRIM)
    south, north = lats[cut], lats[-1 - cut]
    west, east = lons[cut], lons[-1 - cut]
    mid = math.radians((south + north) / 2)
    height = (north - south) * 111.2
    width = (east - west) * 111.2 * math.cos(mid)
    return round(math.hypot(height, width) / 2, 1)


def flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on a flat map around the two points: good to a few metres at village scale."""
    scale = math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(lat1 - lat2, (lon1 - lon2) * scale) * 111.2
