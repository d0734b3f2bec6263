"""Where the fighting is: a weak prior for choosing among same-name villages.

Ukraine has 42 Pervomaiske and 46 Bohdanivka; a report of shelling in
"Bohdanivka, Donetsk" almost always means the one by the line of contact, as
any reader of this war knows. `data/frontline.json` names the settlements
along the line of contact (no coordinates: they come from the gazetteer) and
the section of the Ukraine–Russia border under fire, which follows the land
boundary of the shipped Natural Earth outlines (world-atlas) between two named
settlements. `FrontLine.distance_km` measures how far a candidate lies from
the nearest of those lines.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.gazetteer import Gazetteer, default_gazetteer

Point = tuple[float, float]
_KM_PER_DEGREE = 111.2
_ATLAS = "serve/static/vendor/world-atlas/countries-50m.json"  # shipped for the web map
# The border is drawn to this many km: ample for a prior that reaches 60 km.
BORDER_TOLERANCE_KM = 2.0


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


def simplified(line: tuple[Point, ...], tolerance_km: float) -> tuple[Point, ...]:
    """Douglas–Peucker: the vertices that keep ``line`` within ``tolerance_km`` of itself."""
    if len(line) < 3:
        return line
    first, last = line[0], line[-1]
    far, index = max((_segment_km(p, first, last), i) for i, p in enumerate(line[1:-1], 1))
    if far <= tolerance_km:
        return (first, last)
    return simplified(line[: index + 1], tolerance_km)[:-1] + simplified(line[index:], tolerance_km)


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


def shared_boundaries(topology: dict[str, Any], first: str, second: str) -> list[list[Point]]:
    """The arcs of a TopoJSON ``countries`` object that two named countries share.

    Each arc is a land boundary between them, as (lat, lon) vertices; arcs are
    delta-encoded and quantized, so they are decoded with the topology's transform.
    """
    arcs_by_name: dict[str, set[int]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name")
        if name in (first, second):
            arcs_by_name.setdefault(name, set()).update(_arc_indices(geometry.get("arcs", [])))
    shared = arcs_by_name.get(first, set()) & arcs_by_name.get(second, set())
    transform = topology["transform"]
    (scale_x, scale_y), (shift_x, shift_y) = transform["scale"], transform["translate"]
    boundaries = []
    for index in sorted(shared):
        x = y = 0
        points = []
        for dx, dy in topology["arcs"][index]:
            x, y = x + dx, y + dy
            points.append((y * scale_y + shift_y, x * scale_x + shift_x))
        boundaries.append(points)
    return boundaries


def _arc_indices(arcs: list[Any] | int) -> Iterator[int]:
    """Arc indices of a geometry's nested ``arcs``; ~i means arc i reversed."""
    if isinstance(arcs, int):
        yield arcs if arcs >= 0 else ~arcs
        return
    for item in arcs:
        yield from _arc_indices(item)


def boundary_section(boundaries: list[list[Point]], start: Point, end: Point) -> tuple[Point, ...]:
    """The stretch of one boundary between its vertices nearest ``start`` and ``end``.

    The boundary chosen is the one passing nearest both points; an empty tuple
    when there is none.
    """

    def nearest(points: list[Point], spot: Point) -> tuple[float, int]:
        return min((_segment_km(spot, p, p), i) for i, p in enumerate(points))

    best: tuple[float, tuple[Point, ...]] | None = None
    for points in boundaries:
        (to_start, i), (to_end, j) = nearest(points, start), nearest(points, end)
        section = tuple(points[min(i, j) : max(i, j) + 1])
        if best is None or to_start + to_end < best[0]:
            best = (to_start + to_end, section)
    return best[1] if best else ()


def load_front_line(gazetteer: Gazetteer) -> FrontLine:
    """The shipped lines, resolved through ``gazetteer`` (unknown names are skipped).

    Border sections are cut from the shipped world-atlas outlines between their two
    named settlements (the outlines are read only when a section's ends resolve).
    """
    text = resources.files("sitrep.data").joinpath("frontline.json").read_text("utf-8")
    data = json.loads(text)
    lines = []
    topology: dict[str, Any] | None = None
    for names in data["lines"].values():
        points = [p for p in (resolve_anchor(n, gazetteer) for n in names) if p is not None]
        if len(points) >= 2:
            lines.append(tuple(points))
    for border in data.get("borders", {}).values():
        start, end = (resolve_anchor(border[key], gazetteer) for key in ("from", "to"))
        if start is None or end is None:
            continue
        if topology is None:
            topology = json.loads(resources.files("sitrep").joinpath(_ATLAS).read_text("utf-8"))
        section = boundary_section(shared_boundaries(topology, *border["countries"]), start, end)
        if len(section) >= 2:
            lines.append(simplified(section, BORDER_TOLERANCE_KM))
    return FrontLine(tuple(lines), str(data["valid_from"]))


@lru_cache(maxsize=1)
def default_front_line() -> FrontLine:
    """The front line resolved through the shipped gazetteer (once per process)."""
    return load_front_line(default_gazetteer())
