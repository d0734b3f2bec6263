"""Equipment mentions and losses, on hand-written sentences, with the shipped lexicon."""

from __future__ import annotations

import pytest

from sitrep.events.equipment import (
    EquipmentLexicon,
    EquipmentMention,
    extract_losses,
    find_equipment,
)
from sitrep.schema import EquipmentLoss

TANKS = "Tanks"
IFV = "Infantry fighting vehicles"
AFV = "Armoured fighting vehicles"
SPA = "Self-propelled artillery"
TOWED = "Towed artillery"
UAV = "Unmanned aerial vehicles"
APC = "Armoured personnel carriers"


def _one(text: str) -> EquipmentMention:
    found = find_equipment(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("name", "category", "model"),
    [
        ("T-72B3", TANKS, "T-72B3"),
        ("T-72", TANKS, "T-72"),
        ("BMP-3", IFV, "BMP-3"),
        ("BRDM-2", AFV, "BRDM-2"),
        ("BRDM", AFV, "BRDM"),
        ("MT-LB", AFV, "MT-LB"),
        ("BTR-82A", IFV, "BTR-82A"),
        ("2S19 Msta-S", SPA, "2S19 Msta-S"),
        ("Msta-S", SPA, "2S19 Msta-S"),
        ("2S19", SPA, "2S19 Msta-S"),
        ("D-20", TOWED, "D-20"),
        ("Gvozdika", SPA, "2S1 Gvozdika"),
        ("Т-72Б3", TANKS, "T-72B3"),
        ("БМП-3", IFV, "BMP-3"),
        ("Гвоздика", SPA, "2S1 Gvozdika"),
        ("Su-25", "Aircraft", "Su-25"),
        ("Ka-52", "Helicopters", "Ka-52 Alligator"),
        ("Orlan-10", UAV, "Orlan-10"),
    ],
)
def test_lexicon_models(name: str, category: str, model: str) -> None:
    mention = _one(f"They saw a {name} there.")
    assert (mention.category, mention.model) == (category, model)


@pytest.mark.parametrize(
    ("noun", "category"),
    [
        ("tanks", TANKS),
        ("Tank", TANKS),
        ("танків", TANKS),
        ("IFVs", IFV),
        ("infantry fighting vehicle", IFV),
        ("APCs", "Armoured personnel carriers"),
        ("armoured vehicles", AFV),
        ("howitzers", TOWED),
        ("self-propelled guns", SPA),
        ("MLRS", "Multiple rocket launchers"),
        ("drones", UAV),
        ("безпілотників", UAV),
        ("беспилотников", UAV),
        ("helicopter", "Helicopters"),
        ("jets", "Aircraft"),
        ("trucks", "Trucks, vehicles and jeeps"),
        ("boats", "Naval ships"),
    ],
)
def test_generic_nouns(noun: str, category: str) -> None:
    mention = _one(f"They saw {noun} there.")
    assert (mention.category, mention.model) == (category, None)


def test_model_codes_are_case_sensitive_and_whole() -> None:
    assert find_equipment("the bmp-3 and t-72b3") == []
    assert find_equipment("BMP-3X") == []
    assert find_equipment("anti-tank mines") == []


def test_counts_come_from_the_number_just_before() -> None:
    text = "destroyed 2 tanks, three T-72 tanks, 1 BMP-3 and двох танків"
    found = [(text[m.start : m.end], m.category, m.model, m.count) for m in find_equipment(text)]
    assert found == [
        ("2 tanks", TANKS, None, 2),
        ("three T-72 tanks", TANKS, "T-72", 3),
        ("1 BMP-3", IFV, "BMP-3", 1),
        ("двох танків", TANKS, None, 2),
    ]


def test_count_may_skip_a_side_adjective_but_not_other_words() -> None:
    assert _one("two Russian tanks").count == 2
    assert _one("5 of their tanks").count is None


def test_the_seed_sentence() -> None:
    text = (
        "Freedom of Russia Legion claim they destroyed 2 tanks, 1 BMP-3 and 1 BRDM near the "
        "Shebekino checkpoint this night with the help of drones"
    )
    losses = extract_losses(text)
    assert [loss for loss, _ in losses] == [
        EquipmentLoss(TANKS, None, 2, "destroyed", None),
        EquipmentLoss(IFV, "BMP-3", 1, "destroyed", None),
        EquipmentLoss(AFV, "BRDM", 1, "destroyed", None),
    ]
    assert [[text[a:b] for a, b in spans] for _, spans in losses] == [
        ["destroyed", "2 tanks"],
        ["destroyed", "1 BMP-3"],
        ["destroyed", "1 BRDM"],
    ]


def _losses(text: str, side: str | None = None) -> list[tuple[str, str | None, int, str]]:
    out = []
    for loss, _ in extract_losses(text, side):
        assert loss.side in {side, "Russia", "Ukraine"}
        out.append((loss.category, loss.model, loss.count, loss.status))
    return out


def test_the_owner_is_the_country_written_with_the_item() -> None:
    def sides(text: str) -> list[tuple[str, str | None]]:
        return [(loss.category, loss.side) for loss, _ in extract_losses(text, "Default")]

    assert sides("Ukrainian forces destroyed three Russian tanks and one IFV.") == [
        (TANKS, "Russia"),
        (IFV, "Russia"),
    ]
    assert sides("Russian forces destroyed two Ukrainian tanks.") == [(TANKS, "Ukraine")]
    assert sides("They destroyed two tanks.") == [(TANKS, "Default")]


def test_the_striking_weapon_is_not_a_loss() -> None:
    assert _losses("On 4 June, a Russian drone struck a medical facility in Kherson.") == []
    assert _losses("Russian Shahed drones struck the port.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian forces shot down 5 drones over Kyiv.", [(UAV, None, 5, "destroyed")]),
        (
            "They destroyed three T-72 tanks and captured two BMP-2s.",
            [(TANKS, "T-72", 3, "destroyed"), (IFV, "BMP-2", 2, "captured")],
        ),
        (
            "Two tanks were destroyed and a BMP was damaged.",
            [(TANKS, None, 2, "destroyed"), (IFV, "BMP", 1, "damaged")],
        ),
        ("A tank was hit and destroyed.", [(TANKS, None, 1, "destroyed")]),
        ("The crew abandoned a T-80BVM.", [(TANKS, "T-80BVM", 1, "abandoned")]),
        (
            "ЗСУ знищили два танки та три БМП-2.",
            [(TANKS, None, 2, "destroyed"), (IFV, "BMP-2", 3, "destroyed")],
        ),
        (
            "Военные уничтожили пять БТР и захватили 2 танка.",
            [(APC, "BTR", 5, "destroyed"), (TANKS, None, 2, "captured")],
        ),
        ("Окупанти пошкодили гаубицю Д-20.", [(TOWED, "D-20", 1, "damaged")]),
        ("Air defence shot down 20 Shahed drones.", [(UAV, "Shahed", 20, "destroyed")]),
        ("They destroyed 2 tanks near X and 3 tanks near Y.", [(TANKS, None, 5, "destroyed")]),
        ("Dozens of tanks were lost.", [(TANKS, None, 12, "destroyed")]),
        ("Air defence shot down 15 out of 18 drones.", [(UAV, None, 15, "destroyed")]),
        (
            "Сили ППО збили 15 із 18 ударних БпЛА типу Shahed-136/131.",
            [(UAV, "Shahed-136", 15, "destroyed")],
        ),
        (
            "A column with two tanks and an APC was destroyed near Marinka.",
            [(TANKS, None, 2, "destroyed"), (APC, None, 1, "destroyed")],
        ),
    ],
)  # fmt: skip
def test_losses(text: str, expected: list[tuple[str, str | None, int, str]]) -> None:
    assert _losses(text) == expected


def test_side_is_the_callers() -> None:
    assert _losses("They destroyed a tank.", "Russia") == [(TANKS, None, 1, "destroyed")]


@pytest.mark.parametrize(
    "text",
    [
        "Tanks were seen moving towards Avdiivka.",
        "Russian forces attacked Kherson with the help of drones.",
        "The village was hit by drones and MLRS.",
        "Forces failed to destroy the tank.",
        "A think tank said the bridge was destroyed.",
        "Twelve civilian vehicles were damaged.",
        "Drone operators destroyed an ammunition depot.",
        "The 5 June report mentions 3 BMPs.",
        "Ukraine received 31 Abrams tanks from the United States.",
        "The tank crew was killed.",
        "No tanks were destroyed.",
        "Жодного танка не було знищено.",
        "Ukrainian troops captured the village with tanks.",
        "Russian forces destroyed the bridge with drones and artillery.",
    ],
)
def test_no_losses(text: str) -> None:
    assert extract_losses(text) == []


def test_weapons_are_not_losses_but_their_targets_are() -> None:
    assert _losses("A drone strike destroyed a Russian tank.") == [(TANKS, None, 1, "destroyed")]
    assert _losses("A Ukrainian drone destroyed a T-72B3.") == [(TANKS, "T-72B3", 1, "destroyed")]
    assert _losses("A tank was destroyed by a drone.") == [(TANKS, None, 1, "destroyed")]
    assert _losses("ЗСУ знищили танк ударом дрона.") == [(TANKS, None, 1, "destroyed")]
    hit = "Two soldiers were killed when their BMP was hit by a Lancet drone."
    assert _losses(hit) == [(IFV, "BMP", 1, "damaged")]


def test_spans_point_at_the_text() -> None:
    text = "On 5 June they destroyed 2 tanks; 1 BRDM was captured."
    for loss, spans in extract_losses(text):
        for start, end in spans:
            assert text[start:end].strip() == text[start:end] != ""
        assert loss.status in ("destroyed", "captured")


def test_a_tiny_lexicon() -> None:
    data = {
        "models": [{"name": "T-72", "category": TANKS, "aliases": ["Т-72"]}],
        "nouns": {TANKS: ["tank", "tanks"]},
    }
    lexicon = EquipmentLexicon(data)
    found = lexicon.find("a T-72 tank and a Т-72")
    assert [(m.model, m.start, m.end) for m in found] == [("T-72", 2, 11), ("T-72", 18, 22)]
