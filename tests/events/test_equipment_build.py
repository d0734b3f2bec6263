"""Building the equipment lexicon: on a tiny Oryx-like file, and on the real one when present."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from sitrep.events import build_equipment as build
from sitrep.events.equipment import EquipmentLexicon

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ORYX = SHARED / build.SOURCE_DIR
COLUMNS = ["country", "origin", "system", "status", "url", "date_recorded", "sysID", "imageID"]
ITEMS = [
    ("T-72B3 Obr. 2016", "Russia", 3),
    ("T-72B3", "Russia", 2),
    ("T-72B", "Soviet Union", 2),
    ("BMP-2(K)", "Soviet Union", 4),
    ("1 BRDM-2", "Soviet Union", 1),
    ("152mm 2S19 Msta-S", "Soviet Union", 2),
    ("122mm 2S1 Gvozdika", "Soviet Union", 1),
    ("152mm D-20 gun-howitzer", "Soviet Union", 1),
    ("Ural-4320 with 23mm ZU-23-2", "Soviet Union", 1),
    ("M2A2 Bradley ODS-SA", "United States", 1),
    ("Unknown tank", "Russia", 5),
    ("9M133 Kornet", "Russia", 1),
]


def _write_oryx(folder: Path) -> None:
    folder.mkdir(parents=True)
    with (folder / "event_destroyed.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for system, origin, count in ITEMS:
            for i in range(count):
                writer.writerow(["Russia", origin, system, "destroyed", "u", "2023-01-01", 1, i])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    root = tmp_path_factory.mktemp("shared")
    _write_oryx(root / build.SOURCE_DIR)
    output = root / "equipment.json"
    assert build.main(["--shared", str(root), "--output", str(output)]) == 0
    data = json.loads(output.read_text("utf-8"))
    assert "CC BY 4.0" in data["licence"] and "scarnecchia/oryx_data" in data["source"]
    assert data["stats"] == {"items": 24, "items_categorised": 18, "systems": 8}
    return {model["name"]: model for model in data["models"]}


def test_canonical_names_strip_caliber_variant_year_and_descriptor(
    built: dict[str, dict[str, object]],
) -> None:
    assert built["T-72B3"]["category"] == "Tanks"
    assert built["T-72B3"]["items"] == 5
    assert built["2S19 Msta-S"]["category"] == "Self-propelled artillery"
    assert built["D-20"]["category"] == "Towed artillery"
    assert built["BRDM-2"]["category"] == "Armoured fighting vehicles"
    assert built["BMP-2"]["category"] == "Infantry fighting vehicles"


def test_aliases_designations_names_families_and_cyrillic(
    built: dict[str, dict[str, object]],
) -> None:
    assert {"2S19", "Msta-S", "2С19", "Мста-С"} <= set(built["2S19 Msta-S"]["aliases"])  # type: ignore[arg-type]
    assert {"2S1", "Gvozdika", "Гвоздика"} <= set(built["2S1 Gvozdika"]["aliases"])  # type: ignore[arg-type]
    assert "BMP-2K" in built["BMP-2"]["aliases"]  # type: ignore[operator]
    assert built["T-72"]["family"] is True
    assert built["T-72"]["items"] == 7
    assert "Т-72" in built["T-72"]["aliases"]  # type: ignore[operator]
    assert "Т-72Б3" in built["T-72B3"]["aliases"]  # type: ignore[operator]
    assert "Д-20" in built["D-20"]["aliases"]  # type: ignore[operator]
    assert "M2A2" in built["M2A2 Bradley ODS-SA"]["aliases"]  # type: ignore[operator]
    assert "М2А2" not in built["M2A2 Bradley ODS-SA"]["aliases"]  # type: ignore[operator]


def test_composites_unknowns_and_man_portable_weapons_are_left_out(
    built: dict[str, dict[str, object]],
) -> None:
    assert not [name for name in built if "Ural" in name or "Kornet" in name or "Unknown" in name]


def test_hand_written_families_are_present(built: dict[str, dict[str, object]]) -> None:
    assert built["BRDM"]["category"] == "Armoured fighting vehicles"
    assert built["BMP"]["category"] == "Infantry fighting vehicles"
    assert built["Bradley"]["items"] == 1


def test_missing_source_is_an_error(tmp_path: Path) -> None:
    assert build.main(["--shared", str(tmp_path), "--output", str(tmp_path / "x.json")]) == 2


def test_unknown_oryx_heading_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / build.SOURCE_DIR
    _write_oryx(folder)
    rows = ["country,equipment_type,destroyed", "Russia,All Types,1", "Russia,Tanks,1"]
    rows.append("Russia,Laser Guns,1")
    (folder / "totals_by_type.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert build.check_headings(folder) == ["Laser Guns"]
    assert build.main(["--shared", str(tmp_path), "--output", str(tmp_path / "x.json")]) == 1


@pytest.mark.parametrize(
    ("name", "alias"), [("Mi-8", ["Ми-8", "Мі-8"]), ("T-72B3", ["Т-72Б3"]), ("M777A2", ["М777А2"])]
)
def test_to_cyrillic(name: str, alias: list[str]) -> None:
    assert build.to_cyrillic(name) == alias
    assert build.to_cyrillic("HIMARS") == []


def test_every_category_rule_names_a_category() -> None:
    categories = set(build.CATEGORIES)
    assert {c for _, c in build.CATEGORY_RULES if c is not None} <= categories
    assert set(build.NOUNS) <= categories and set(build.FAMILIES.values()) <= categories


def test_shipped_artifact_is_small_and_attributed() -> None:
    path = build.artifact_path()
    assert path.stat().st_size < 1_000_000
    data = json.loads(path.read_text("utf-8"))
    assert data["licence"].startswith("CC BY 4.0") and "Oryx" in data["source"]
    assert data["build"] == "python -m sitrep.events.build_equipment"
    assert set(data["categories"]) == set(build.CATEGORIES)


@pytest.mark.skipif(not ORYX.is_dir(), reason="needs ../shared/data/equipment/oryx-scarnecchia")
def test_real_oryx_data_builds_the_shipped_lexicon(tmp_path: Path) -> None:
    output = tmp_path / "equipment.json"
    assert build.main(["--shared", str(SHARED), "--output", str(output)]) == 0
    data = json.loads(output.read_text("utf-8"))
    assert data["stats"]["items_categorised"] > 0.85 * data["stats"]["items"]
    assert output.read_text("utf-8") == build.artifact_path().read_text("utf-8")
    lexicon = EquipmentLexicon(data)
    expected = {
        "T-72B3": "Tanks",
        "BMP-3": "Infantry fighting vehicles",
        "BRDM-2": "Armoured fighting vehicles",
        "MT-LB": "Armoured fighting vehicles",
        "BTR-82A": "Infantry fighting vehicles",
        "BTR-80": "Armoured personnel carriers",
        "2S19 Msta-S": "Self-propelled artillery",
        "D-20": "Towed artillery",
        "Gvozdika": "Self-propelled artillery",
        "BM-21 Grad": "Multiple rocket launchers",
        "Orlan-10": "Unmanned aerial vehicles",
        "Ka-52": "Helicopters",
        "Su-34": "Aircraft",
        "Pantsir-S1": "Surface-to-air missile systems",
        "M777A2": "Towed artillery",
        "International M1224 MaxxPro": "Mine-resistant ambush protected (MRAP) vehicles",
    }
    for name, category in expected.items():
        assert lexicon.models[name][1] == category, name
