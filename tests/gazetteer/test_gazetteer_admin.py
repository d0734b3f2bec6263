"""ACLED-style administrative names."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.admin import (
    admin1_forms,
    derived_admin1_name,
    raion_seat_forms,
    raion_seat_score,
    region_exonyms,
    russian_region_adjective,
    ua_admin1_colloquial,
    ua_admin1_name,
    ua_admin2_name,
)


def test_ua_admin1_names_drop_the_suffix() -> None:
    assert ua_admin1_name("07", "Kharkiv Oblast") == "Kharkiv"
    assert ua_admin1_name("05", "Donetska Oblast") == "Donetsk"
    assert ua_admin1_name("12", "Misto Kyiv") == "Kyiv City"
    assert ua_admin1_name("11", "Autonomous Republic of Crimea") == "Crimea"


def test_ua_admin2_name_from_ukrainian_adjective() -> None:
    alternates = ["Chuhuiv City Council", "Чугуївська міська рада", "Чугуевский городской совет"]
    assert ua_admin2_name("Chuhuiv City Council", alternates) == "Chuhuivskyi"


def test_ua_admin2_name_prefers_the_adjective_matching_the_primary_name() -> None:
    alternates = ["Сєвєродонецький Район", "Сіверськодонецький Район"]
    assert ua_admin2_name("Siverskodonetskyi Raion", alternates) == "Siverskodonetskyi"


def test_ua_admin2_name_without_cyrillic_falls_back_to_the_primary_name() -> None:
    assert ua_admin2_name("Chuhuivskyi raion", []) == "Chuhuivskyi"


def test_derived_admin1_name_uses_the_largest_place_or_an_override() -> None:
    assert derived_admin1_name("RU", "09", "Belgorod") == "Belgorod"
    assert derived_admin1_name("RU", "62", "Ryazan’") == "Ryazan"
    assert derived_admin1_name("RU", "47", "Khimki") == "Moscow Oblast"


def test_region_forms() -> None:
    forms = admin1_forms("Belgorod")
    assert {"Belgorod", "Belgorod Oblast", "Belgorod region"} <= set(forms)


def test_russian_region_adjective() -> None:
    assert russian_region_adjective("Белгород") == "Белгородская"
    assert russian_region_adjective("Курск") == "Курская"
    assert russian_region_adjective("Рязань") == "Рязанская"
    assert russian_region_adjective("Москва") is None


def test_regions_known_abroad_by_their_own_name() -> None:
    assert "Transnistria" in region_exonyms("MD", "Tiraspol")
    assert "Gagauzia" in region_exonyms("MD", "Comrat")
    assert region_exonyms("RU", "Moscow") == []
    assert "Курщина" in region_exonyms("RU", "Kursk")  # as Ukrainian media call the oblast


def test_the_separatist_republics_name_their_oblasts() -> None:
    assert {"DPR", "ДНР"} <= set(ua_admin1_colloquial("05"))
    assert {"LPR", "ЛНР"} <= set(ua_admin1_colloquial("14"))


@pytest.mark.parametrize(
    ("raion", "town", "seat"),
    [
        ("Vinnytskyi", "Vinnytsia", True),
        ("Svativskyi", "Svatove", True),
        ("Kryvorizkyi", "Kryvyi Rih", True),
        ("Khersonskyi", "Kherson", True),
        ("Kupianskyi", "Kupiansk", True),
        ("Iziumskyi", "Balakliia", False),
        ("Kramatorskyi", "Kramatorsk", True),
        ("Kramatorskyi", "Kra", False),
    ],
)
def test_a_raion_seat_is_the_town_its_adjective_is_made_from(
    raion: str, town: str, seat: bool
) -> None:
    assert (raion_seat_score(raion, town) > 0) is seat


def test_a_raion_is_named_by_its_seat_in_latin_spellings_only() -> None:
    forms = raion_seat_forms({"Izium", "Изюм"})
    assert forms == ["Izium raion", "Izium district", "Izium rayon"]
