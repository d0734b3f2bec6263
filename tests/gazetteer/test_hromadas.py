"""Territorial communities: their seats and the names reports give them."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.hromadas import community_forms, find_seat, hromada_base, seat_fit
from sitrep.gazetteer.sources import SourceRow


def _row(gid: int, name: str, lat: float, lon: float, code: str = "PPL", population: int = 0,
         admin1: str = "07", alternates: tuple[str, ...] = ()) -> SourceRow:  # fmt: skip
    fclass = "A" if code.startswith("ADM") else "P"
    return SourceRow(gid, name, name, lat, lon, fclass, code, "UA", admin1, "", population,
                     list(alternates))  # fmt: skip


@pytest.mark.parametrize(
    ("adjective", "town"),
    [
        ("Krasnopilska", "Krasnopillia"),  # -llia → -l-
        ("Marhanetska", "Marhanets"),  # -ts → -tska
        ("Pechenizka", "Pechenihy"),  # h → z
        ("Lutska", "Lutsk"),
        ("Sumska", "Sumy"),
        ("Iziumska", "Izyum"),  # another romanisation of the town
        ("Yurkovetska", "Yurkivtsi"),  # i in a closed syllable is o in an open one
        ("Chasovoiarska", "Chasiv Yar"),
        ("Velykopysarivska", "Velyka Pysarivka"),  # two words joined by a linking o
        ("Seredyno-Budska", "Seredyna-Buda"),
        ("Starosaltivska", "Staryi Saltiv"),
        ("Novhorod-Siverska", "Novhorod-Siverskyi"),
    ],
)
def test_a_community_adjective_fits_the_town_it_is_made_from(adjective: str, town: str) -> None:
    assert seat_fit(adjective, town) > 0


@pytest.mark.parametrize(
    ("adjective", "town"),
    [
        ("Vilnozaporizka", "Volna"),  # shares a start, not a stem
        ("Kryvoozerska", "Krymka"),
        ("Bilozerska", "Oleksandrivka"),
        ("Berestivska", "Berezhne"),
        ("Butska", "Buky"),
    ],
)
def test_other_towns_do_not_fit(adjective: str, town: str) -> None:
    assert seat_fit(adjective, town) == 0


def test_the_seat_is_the_fitting_town_not_the_nearest_division_seat() -> None:
    hromada = _row(1, "Dvorichanska Terytorialna Hromada", 49.90, 37.79, "ADM3")
    seat = _row(2, "Dvorichna", 49.851, 37.685, "PPLA3", 3000)
    nearer = _row(3, "Kutkivka", 49.89, 37.78, "PPLA3", 900)  # nearer, another name
    namesake = _row(4, "Dvorichne", 50.02, 37.77)  # fits too, but a hamlet
    elsewhere = _row(5, "Dvorichna", 49.85, 37.69, "PPLA3", 3000, admin1="09")
    assert find_seat(hromada, [nearer, namesake, seat, elsewhere]) == seat
    assert find_seat(hromada, [nearer]) is None
    far = _row(6, "Dvorichna", 50.5, 37.7, "PPLA3", 3000)  # ~65 km away
    assert find_seat(hromada, [far]) is None


def test_a_community_is_named_by_its_adjective_and_by_its_seat() -> None:
    hromada = _row(1, "Pokrovska Terytorialna Hromada", 47.98, 36.2, "ADM3",
                   alternates=("Покровська Територіальна Громада",))  # fmt: skip
    forms = community_forms(hromada, ["Pokrovske", "Pokrovskoye"])
    expected = [
        *("Pokrovska hromada", "Pokrovska community", "Pokrovska territorial community"),
        *("Покровська Територіальна Громада", "Покровська Громада"),
        *("Pokrovske community", "Pokrovske territorial community", "Pokrovskoye hromada"),
    ]
    assert set(expected) <= set(forms)
    assert hromada_base("Pokrovske") is None


def test_a_seat_is_found_under_its_national_romanisation() -> None:
    hromada = _row(1, "Zghurivska Terytorialna Hromada", 50.5, 31.78, "ADM3", admin1="13")
    town = _row(2, "Zhurivka", 50.5, 31.77, population=5_000, admin1="13",
                alternates=("Згурівка", "Згуровка"))  # fmt: skip
    assert seat_fit("Zghurivska", "Zhurivka") == 0  # GeoNames' main name is misspelt
    assert find_seat(hromada, [town]) == town
