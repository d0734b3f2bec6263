"""Division extents: the radius `sitrep geocode` gives a region."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import GazetteerEntry, InMemoryGazetteer
from sitrep.gazetteer.extent import HasExtent, radius_km


def _place(lat: float, lon: float, admin1: str, admin2: str | None = None) -> GazetteerEntry:
    return GazetteerEntry(None, "X", lat, lon, "UA", admin1, admin2, "PPL", 0, "place")


def test_radius_of_a_box() -> None:
    assert radius_km([]) is None
    assert radius_km([(50.0, 30.0)]) == 0.0
    assert radius_km([(50.0, 30.0), (51.0, 30.0)]) == pytest.approx(55.6, abs=0.1)


def test_one_stray_point_does_not_double_the_extent() -> None:
    points = [(50.0 + i / 100, 30.0 + i / 100) for i in range(100)]
    assert radius_km([*points, (60.0, 40.0)]) == pytest.approx(radius_km(points), rel=0.1)


def test_in_memory_extent_by_division() -> None:
    gaz = InMemoryGazetteer()
    for entry in [_place(50, 30, "A", "a1"), _place(51, 30, "A", "a2"), _place(40, 20, "B")]:
        gaz.add(entry)
    assert isinstance(gaz, HasExtent)
    assert gaz.extent_km("UA", "A") == pytest.approx(55.6, abs=0.1)
    assert gaz.extent_km("UA", "A", "a1") == 0.0
    assert gaz.extent_km("RU") is None
    assert (gaz.extent_km("UA") or 0) > 500
