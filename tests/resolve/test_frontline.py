"""The front-line prior's border: a land boundary cut from TopoJSON outlines."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.resolve.frontline import boundary_section, default_front_line, shared_boundaries


def _topology() -> dict[str, Any]:
    """Two unit squares side by side sharing their edge x=1, quantized at 0.5 degree steps.

    Arc 0 is the shared edge (0.5, 1) → (1.5, 1) as lat, lon; arcs 1 and 2 close each square.
    A third country touches neither.
    """
    return {
        "transform": {"scale": [0.5, 0.5], "translate": [0.0, 0.0]},
        "arcs": [
            [[2, 1], [0, 1], [0, 1]],  # x=1, y=0.5..1.5
            [[2, 3], [-2, 0], [0, -2], [2, 0]],  # west square's other three sides
            [[2, 1], [2, 0], [0, 2], [-2, 0]],  # east square's other three sides
            [[10, 10], [1, 0], [0, 1], [-1, -1]],
        ],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "West"}},
                    {"type": "Polygon", "arcs": [[~0, 2]], "properties": {"name": "East"}},
                    {"type": "MultiPolygon", "arcs": [[[3]]], "properties": {"name": "Far"}},
                ],
            }
        },
    }


def test_shared_boundaries_decode_the_arcs_two_countries_share() -> None:
    assert shared_boundaries(_topology(), "West", "East") == [[(0.5, 1.0), (1.0, 1.0), (1.5, 1.0)]]
    assert shared_boundaries(_topology(), "East", "West") == [[(0.5, 1.0), (1.0, 1.0), (1.5, 1.0)]]
    assert shared_boundaries(_topology(), "West", "Far") == []
    assert shared_boundaries(_topology(), "West", "Atlantis") == []


def test_a_boundary_section_runs_between_the_vertices_nearest_its_ends() -> None:
    boundary = [(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (3.0, 0.0), (4.0, 0.0)]
    elsewhere = [(40.0, 40.0), (41.0, 40.0)]
    assert boundary_section([elsewhere, boundary], (3.1, 0.2), (0.9, -0.1)) == (
        (1.0, 0.0), (2.0, 0.0), (3.0, 0.0),
    )  # fmt: skip
    assert boundary_section([], (0.0, 0.0), (1.0, 1.0)) == ()


def test_the_shipped_border_follows_the_boundary_not_the_towns_behind_it() -> None:
    line = default_front_line()
    assert line.distance_km(50.29, 36.94) < 8  # Vovchansk, 4 km from the border
    assert line.distance_km(52.34, 33.28) < 5  # Hremiach, on it
    assert line.distance_km(52.09, 31.78) < 5  # Senkivka, by the Belarusian tripoint
    assert line.distance_km(50.06, 37.38) > 15  # Velykyi Burluk lies ~20 km inland
    assert line.distance_km(50.45, 30.52, cap=60.0) == 60.0  # Kyiv
    # The border behind the line of contact (Luhansk and Donetsk oblasts) is not under fire.
    assert line.distance_km(48.1, 39.9, cap=60.0) == pytest.approx(60.0)  # Sverdlovsk, Luhansk


def test_a_simplified_line_keeps_its_shape_within_the_tolerance() -> None:
    from sitrep.resolve.frontline import simplified

    wiggly = ((50.0, 36.0), (50.001, 36.1), (50.0, 36.2), (50.5, 36.3), (50.0, 36.4))
    assert simplified(wiggly, 1.0) == ((50.0, 36.0), (50.0, 36.2), (50.5, 36.3), (50.0, 36.4))
    assert simplified(wiggly[:2], 1.0) == wiggly[:2]
