"""GeoNames postal files as a source of villages the other sources lack."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.gazetteer import GazetteerEntry, InMemoryGazetteer
from sitrep.gazetteer.postal import PostalPlace, add_postal_places, latin_name, read_postal

ROWS = [
    "BY\t210000\tВитебск\tVitebsk\t\tVitebsk\t\t\t\t55.1904\t30.2049\t4",
    "BY\t211001\tЗаболотье\tVitebsk\t\tOrcha\t\t\t\t54.5322\t30.3138\t4",
    "BY\t211002\tЗаболотье\tVitebsk\t\tOrcha\t\t\t\t54.5322\t30.3138\t4",  # same place, new code
    "BY\t211003\tГде-то\tVitebsk\t\tOrcha\t\t\t\t54.6\t30.3\t1",  # placed at a district centre
]


def _entry(name: str, lat: float, lon: float, admin1: str) -> GazetteerEntry:
    return GazetteerEntry(1, name, lat, lon, "BY", admin1, None, "PPLA", 360_000, "place")


def test_only_exactly_placed_distinct_places_are_read(tmp_path: Path) -> None:
    path = tmp_path / "geonames-postal-BY.txt"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    assert [p.name for p in read_postal(path)] == ["Витебск", "Заболотье"]


def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"BY\t1\tx\t\t\t\t\t\t\tnot-a-number\t30\t4\n")
    with pytest.raises(InputError):
        list(read_postal(path))


def test_new_villages_take_the_oblast_of_the_nearest_known_place() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_entry("Vitebsk", 55.19, 30.20, "Vitebsk"), ["Витебск"])
    places = [
        PostalPlace("BY", "Витебск", 55.1904, 30.2049),  # already known
        PostalPlace("BY", "Заболотье", 55.0, 30.3),
        PostalPlace("BY", "Далеко", 53.0, 27.0),  # no known place within reach
    ]
    assert add_postal_places(gazetteer, places) == 1
    [village] = gazetteer.lookup("Zabolotye")
    assert (village.admin1, village.country, village.geonameid) == ("Vitebsk", "BY", None)
    assert gazetteer.lookup("Заболотье") == [village]


def test_latin_names_follow_the_country() -> None:
    assert latin_name(PostalPlace("UA", "Кліщіївка", 48.5, 37.9)) == "Klishchiivka"
    assert latin_name(PostalPlace("BY", "Заболотье", 55.0, 30.3)) == "Zabolotye"
    assert latin_name(PostalPlace("MD", "Durlesti", 47.0, 28.8)) == "Durlesti"
