"""The optional census source for Russia's border oblasts, read at build time only."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.gazetteer import artifact_path
from sitrep.gazetteer.build import build_gazetteer, main
from sitrep.gazetteer.ru_settlements import read_settlements
from sitrep.gazetteer.sources import SourceRow

HEADER = "id,region,municipality,settlement,type,population,children,latitude_dms,longitude_dms,latitude_dd,longitude_dd,oktmo,dadata,rosstat\n"  # noqa: E501
ROWS = [
    "1,Белгородская область,Шебекинский,Новая Таволжанка,с,2000,1,x,x,50.3,36.8,1,0,1",
    "2,Курская область,Глушковский,Тёткино,с,3000,1,x,x,51.28,34.29,2,0,1",
    "3,Московская область,Одинцовский,Назарьево,д,100,1,x,x,55.7,37.0,3,0,1",  # not a border oblast
    "4,Белгородская область,Грайворонский,Без координат,с,10,1,x,x,,,4,0,1",
]


@pytest.fixture
def census(tmp_path: Path) -> Path:
    path = tmp_path / "settlements.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def test_only_border_oblasts_with_coordinates_are_read(census: Path) -> None:
    settlements = list(read_settlements(census))
    assert [(s.name, s.admin1, s.population) for s in settlements] == [
        ("Новая Таволжанка", "Belgorod", 2000),
        ("Тёткино", "Kursk", 3000),
    ]


def test_an_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError):
        list(read_settlements(path))


def test_census_villages_are_added_unless_already_there(census: Path) -> None:
    tetkino = SourceRow(483166, "Tëtkino", "Tetkino", 51.281, 34.294, "P", "PPL", "RU", "41",
                        "", 3000, ["Тёткино"])  # fmt: skip
    gazetteer = build_gazetteer([], [tetkino], {}, read_settlements(census))
    assert [e.geonameid for e in gazetteer.lookup("Тёткино")] == [483166]
    [village] = gazetteer.lookup("Nova Tavolzhanka")
    assert (village.country, village.admin1, village.geonameid) == ("RU", "Belgorod", None)


def test_the_shipped_artifact_never_receives_census_data(census: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "data" / "gazetteer").mkdir(parents=True)
    (shared / "data" / "gazetteer" / "geonames-UA.txt").write_text("", encoding="utf-8")
    argv = ["--shared", str(shared), "--ru-settlements", str(census)]
    assert main([*argv, "--output", str(artifact_path())]) == 2
    elsewhere = tmp_path / "checkout" / "src" / "sitrep" / "data" / "gazetteer.sqlite.gz"
    assert main([*argv, "--output", str(elsewhere)]) == 2
    assert not elsewhere.exists()
