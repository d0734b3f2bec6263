"""`geocode_result`: one query → one contract record, on a small hand-built gazetteer."""

from __future__ import annotations

import json

import pytest

from sitrep.gazetteer import EntryKind, GazetteerEntry, InMemoryGazetteer
from sitrep.resolve.query import GeocodeResult, geocode_line, geocode_result, settlement_radius_km


def _e(gid: int | None, name: str, lat: float, lon: float, country: str, admin1: str | None,
       population: int = 0, code: str = "PPL", kind: EntryKind = "place",
       admin2: str | None = None) -> GazetteerEntry:  # fmt: skip
    return GazetteerEntry(gid, name, lat, lon, country, admin1, admin2, code, population, kind)


KHARKIV_OBLAST = _e(706482, "Kharkiv", 49.6, 36.5, "UA", "Kharkiv", 2_600_000, "ADM1", "admin1")
KHARKIV = _e(706483, "Kharkiv", 49.98, 36.25, "UA", "Kharkiv", 1_421_125, "PPLA")
CHUHUIV = _e(710374, "Chuhuiv", 49.84, 36.69, "UA", "Kharkiv", 36_519, "PPLA2")
DONETS_KHARKIV = _e(710523, "Donets", 49.51, 36.57, "UA", "Kharkiv", 8893)
DONETS_ELSEWHERE = _e(9, "Donets", 48.0, 30.0, "UA", "Odesa", 20_000)
PECHENIHY = _e(697803, "Pechenihy", 49.87, 36.94, "UA", "Kharkiv", 5112, "PPLA3")
TAVOLZHANKA = _e(519473, "Novaya Tavolzhanka", 50.35, 36.83, "RU", "Belgorod", 2000)
VESELE = [_e(10 + i, "Vesele", 46.0 + i, 30.0 + i, "UA", f"Oblast {i}", 300) for i in range(4)]
KYIV_OBLAST = _e(703446, "Kyiv", 50.24, 30.23, "UA", "Kyiv", 1_795_079, "ADM1", "admin1")
KYIV_CITY = _e(703447, "Kyiv City", 50.45, 30.53, "UA", "Kyiv City", 2_847_200, "ADM1", "admin1")
KYIV_PLACES = [
    _e(20 + i, f"Selo {i}", 49.5 + 0.3 * i, 29.5 + 0.3 * i, "UA", "Kyiv") for i in range(8)
]


@pytest.fixture
def gaz() -> InMemoryGazetteer:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(KHARKIV_OBLAST, ["Kharkiv Oblast", "Kharkiv region"])
    gazetteer.add(KYIV_OBLAST, ["Kyiv Oblast", "Kyiv region", "Київщина"])
    gazetteer.add(KYIV_CITY, ["Kyiv Oblast", "Kyiv"])
    for entry in [KHARKIV, CHUHUIV, DONETS_KHARKIV, DONETS_ELSEWHERE, *VESELE, *KYIV_PLACES]:
        gazetteer.add(entry)
    gazetteer.add(PECHENIHY, ["Печеніги"])
    gazetteer.add(TAVOLZHANKA, ["Новая Таволжанка"])
    return gazetteer


def test_settlement_in_brackets(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("Pechenigy (Kharkiv region)", gazetteer=gaz)
    assert (result.name, result.country, result.admin1) == ("Pechenihy", "UA", "Kharkiv")
    assert (result.latitude, result.longitude, result.geonameid) == (49.87, 36.94, 697803)
    assert result.geo_precision == 1
    assert result.radius_km is not None and 0 < result.radius_km <= 5


def test_place_then_its_bearing_from_a_city(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("Chuhuiv, south of Kharkiv", gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == (710374, 1)


def test_bearing_from_a_city_alone(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("south of Kharkiv", gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == (706483, 2)
    assert result.radius_km is not None and 10 <= result.radius_km <= 25


def test_trailing_city_lends_its_oblast(gaz: InMemoryGazetteer) -> None:
    assert geocode_result("Donets", gazetteer=gaz).geonameid == DONETS_ELSEWHERE.geonameid
    assert geocode_result("Donets, Kharkiv", gazetteer=gaz).geonameid == 710523


def test_oblast_has_precision_3_and_its_extent(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("Kyiv oblast", gazetteer=gaz)
    assert (result.name, result.admin1, result.geo_precision) == ("Kyiv", "Kyiv", 3)
    assert result.radius_km is not None and result.radius_km > 100


def test_cyrillic_ukrainian_spelling_of_a_russian_village(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("Нова Таволжанка", gazetteer=gaz)
    assert (result.country, result.admin1, result.geonameid) == ("RU", "Belgorod", 519473)


def test_ambiguous_name_says_so(gaz: InMemoryGazetteer) -> None:
    vague = geocode_result("Vesele", gazetteer=gaz)
    sure = geocode_result("Pechenihy", gazetteer=gaz)
    assert len(vague.candidates) == 4
    assert vague.candidates[0].score < 0.5 < sure.candidates[0].score
    assert sum(c.score for c in vague.candidates) == pytest.approx(1.0, abs=0.01)


def test_country_keeps_only_its_places(gaz: InMemoryGazetteer) -> None:
    assert geocode_result("Kharkiv", country="ru", gazetteer=gaz).latitude is None
    assert geocode_result("Kharkiv", country="UA", gazetteer=gaz).geonameid == 706483


def test_nothing_fits(gaz: InMemoryGazetteer) -> None:
    record = geocode_result("Atlantis", gazetteer=gaz).to_dict()
    assert record == {
        "query": "Atlantis", "name": None, "latitude": None, "longitude": None,
        "country": None, "admin1": None, "admin2": None, "geonameid": None,
        "geo_precision": None, "radius_km": None, "candidates": [],
    }  # fmt: skip


def test_record_shape(gaz: InMemoryGazetteer) -> None:
    record = geocode_result("Chuhuiv", gazetteer=gaz, id="q1").to_dict()
    assert list(record)[:2] == ["id", "query"]
    assert "error" not in record
    assert set(record["candidates"][0]) == {  # type: ignore[index]
        "name", "admin1", "admin2", "country", "latitude", "longitude", "geonameid", "score",
    }  # fmt: skip
    json.dumps(record)


@pytest.mark.parametrize(
    ("line", "error"),
    [("not json", "not a JSON object"), ("[1]", "not a JSON object"),
     ('{"id": 1}', '"query"'), ('{"id": 1, "query": "Kharkiv", "country": "Ukraine"}', "ISO2")],
)  # fmt: skip
def test_bad_lines_give_an_error_record(gaz: InMemoryGazetteer, line: str, error: str) -> None:
    result = geocode_line(line, gazetteer=gaz)
    assert result.error is not None and error in result.error
    assert result.latitude is None


def test_line_keeps_its_id_and_country(gaz: InMemoryGazetteer) -> None:
    result = geocode_line('{"id": 7, "query": "Kharkiv", "country": "RU"}', gazetteer=gaz)
    assert (result.id, result.latitude) == (7, None)
    assert geocode_line('{"id": "x", "query": "Kharkiv"}', gazetteer=gaz).id == "x"


def test_settlement_radius_grows_with_size() -> None:
    sizes = [settlement_radius_km(p) for p in (0, 100, 5_000, 100_000, 3_000_000)]
    assert all(0 < r <= 5 for r in sizes)
    assert sizes[1] <= sizes[2] <= sizes[3] <= sizes[4] == 5.0


def test_result_defaults() -> None:
    assert GeocodeResult(query="x").to_dict()["candidates"] == []
