"""Geocoding against the shipped gazetteer."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import artifact_path
from sitrep.resolve.geocode import geocode_query, geocode_text_places

pytestmark = pytest.mark.skipif(not artifact_path().is_file(), reason="artifact not built")


def test_shebekino_with_its_oblast() -> None:
    text = "Russian forces shelled Shebekino, Belgorod Oblast, on 5 June."
    places = [
        (m.surface, p.country, p.admin1, p.geo_precision) for m, p in geocode_text_places(text)
    ]
    assert places == [
        ("Shebekino", "Russia", "Belgorod", 1),
        ("Belgorod Oblast", "Russia", "Belgorod", 3),
    ]


def test_regions() -> None:
    _, place = geocode_query("Kharkiv region")
    assert (place.location, place.admin1, place.country, place.geo_precision) == (
        "Kharkiv", "Kharkiv", "Ukraine", 3,
    )  # fmt: skip


def test_near_bakhmut() -> None:
    _, place = geocode_query("near Bakhmut")
    assert (place.location, place.admin1, place.geo_precision) == ("Bakhmut", "Donetsk", 2)


def test_pechenihy_in_kharkiv() -> None:
    for query in ["Pechenihy", "Pechenigy (Kharkiv region)", "Печеніги"]:
        _, place = geocode_query(query)
        assert (place.location, place.admin1, place.admin2) == (
            "Pechenihy", "Kharkiv", "Chuhuivskyi",
        ), query  # fmt: skip


def test_kherson_is_the_city() -> None:
    _, place = geocode_query("Kherson")
    assert (place.geonameid, place.geo_precision) == (706448, 1)


@pytest.mark.parametrize("query", ["Нова Таволжанка", "Новая Таволжанка", "Nova Tavolzhanka"])
def test_nova_tavolzhanka(query: str) -> None:
    _, place = geocode_query(query)
    assert (place.country, place.admin1, place.geonameid) == ("Russia", "Belgorod", 519473)


def test_names_of_units_are_not_places() -> None:
    text = (
        "In June, the Freedom of Russia Legion and the Russian Volunteer Corps said "
        "the Patron unit crossed into Russia."
    )
    assert [m.surface for m, _ in geocode_text_places(text)] == ["Russia"]
