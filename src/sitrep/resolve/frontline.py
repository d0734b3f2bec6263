"""Where the fighting is: a weak prior for choosing among same-name villages.

Ukraine has 42 Pervomaiske and 46 Bohdanivka; a report of shelling in
"Bohdanivka, Donetsk" almost always means the one by the line of contact, as
any reader of this war knows. `data/frontline.json` names the settlements
along the line of contact and the border (no coordinates: they come from the
gazetteer), and `FrontLine.distance_km` measures how far a candidate lies from
the nearest of those lines.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.gazetteer import Gazetteer, default_gazetteer

Point = tuple[float, float]
_KM_PER_DEGREE = 111.2


@dataclass(frozen=True, slots=True)
class FrontLine:
    """Polylines (lists of (lat, lon) vertices) along which fighting concentrates."""

    lines: tuple[tuple[Point, ...], ...]
    valid_from: str

    def distance_km(self, latitude: float, longitude: float, cap: float = math.inf) -> float:
        """Distance to the nearest segment of any line (equirectangular; fine at this scale).

        Points whose distance certainly exceeds ``cap`` (outside every line's
        bounding box widened by ``cap``) get ``cap`` without measuring.
        """
        margin = cap / _KM_PER_DEGREE
        lon_margin = margin / max(0.1, math.cos(math.radians(latitude)))
        best = cap
        for line in self.lines:
            lats = [p[0] for p in line]
            lons = [p[1] for p in line]
            if not (min(lats) - margin <= latitude <= max(lats) + margin):
                continue
            if not (min(lons) - lon_margin <= longitude <= max(lons) + lon_margin):
                continue
            for a, b in itertools.pairwise(line):
                best = min(best, _segment_km((latitude, longitude), a, b))
        return best


def _segment_km(p: Point, a: Point, b: Point) -> float:
    scale = math.cos(math.radians(p[0]))
    ax, ay = (a[1] - p[1]) * scale, a[0] - p[0]
    bx, by = (b[1] - p[1]) * scale, b[0] - p[0]
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
    return math.hypot(ax + t * dx, ay + t * dy) * _KM_PER_DEGREE


def resolve_anchor(name: str, gazetteer: Gazetteer) -> Point | None:
    """``"Kupiansk, Kharkiv"`` → the largest Ukrainian settlement of that name in that oblast."""
    place, _, admin1 = (part.strip() for part in name.partition(","))
    found = [
        e
        for e in gazetteer.lookup(place)
        if e.kind == "place" and e.country == "UA" and e.admin1 == admin1
    ]
    if not found:
        return None
    best = max(found, key=lambda e: e.population)
    return best.latitude, best.longitude


def load_front_line(gazetteer: Gazetteer) -> FrontLine:
    """The shipped lines, resolved through ``gazetteer`` (unknown names are skipped)."""
    text = resources.files("sitrep.data").joinpath("frontline.json").read_text("utf-8")
    data = json.loads(text)
    lines = []
    for names in data["lines"].values():
        points = [p for p in (resolve_anchor(n, gazetteer) for n in names) if p is not None]
        if len(points) >= 2:
            lines.append(tuple(points))
    return FrontLine(tuple(lines), str(data["valid_from"]))


@lru_cache(maxsize=1)
def default_front_line() -> FrontLine:
    """The front line resolved through the shipped gazetteer (once per process)."""
    return load_front_line(default_gazetteer())
