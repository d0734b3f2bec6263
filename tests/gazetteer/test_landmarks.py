"""Name forms of landmarks: type abbreviations, generic words, the town's spellings."""

from __future__ import annotations

from sitrep.gazetteer.landmarks import landmark_forms, leading_words, synonym_forms, typed_forms
from sitrep.gazetteer.names import skeleton_key

SPELLINGS = {skeleton_key("Zaporizhzhia"): {"Zaporizhzhia", "Zaporozhye", "Zaporizhia"}}


def test_a_nuclear_plant_gets_its_abbreviation_in_every_spelling_of_its_town() -> None:
    forms = landmark_forms(["Zaporizhia Nuclear Power Plant", "Запорізька АЕС"], SPELLINGS)
    for form in ["Zaporizhzhia NPP", "Zaporozhye nuclear plant", "Zaporizhia NPP",
                 "Zaporizhzhia Nuclear Power Station"]:  # fmt: skip
        assert form in forms
    assert "Запорізька АЕС" not in forms  # the original names are the build's to add


def test_hydroelectric_plants_and_airports() -> None:
    forms = landmark_forms(["Kakhovka Hydroelectric Power Station"], {})
    assert "Kakhovka HPP" in forms
    assert not [f for f in forms if "TPP" in f or "thermal" in f]
    assert "Kyiv TPP" not in landmark_forms(["Kyiv Hydro Power Plant"], {})
    assert "Kyiv TPP" in landmark_forms(["Kyiv Thermal Power Plant"], {})
    forms = landmark_forms(["Kherson International Airport"], {})
    assert {"Kherson Airport", "Kherson airfield"} <= set(forms)


def test_generic_words_are_put_in_english() -> None:
    assert "Zmiyinyy Island" in landmark_forms(["Ostriv Zmiyinyy"], {})
    assert "Tendrivska Spit" in landmark_forms(["Tendrivska Kosa"], {})


def test_a_one_word_name_is_left_alone() -> None:
    assert landmark_forms(["Fidonisi"], SPELLINGS) == ["Fidonisi"]


def test_leading_words_are_spelling_tolerant_keys() -> None:
    assert leading_words(["Zaporizhia Nuclear Power Plant", "Запорізька АЕС"]) == {
        skeleton_key("Zaporizhzhia")
    }


def test_typed_forms_add_the_type_word_once() -> None:
    assert typed_forms("Melitopol", "AIRP")[:2] == ["Melitopol airport", "Melitopol airfield"]
    assert typed_forms("Hostomel Airport", "AIRP") == []
    assert typed_forms("Melitopol", "PPL") == []


def test_a_reservoir_takes_its_towns_name() -> None:
    forms = landmark_forms(["Kakhovske Vodoskhovyshche"], {})
    assert {"Kakhovka Reservoir", "Kakhovske Reservoir"} <= set(forms)


def test_a_type_word_is_also_written_as_its_synonyms() -> None:
    assert synonym_forms(["Kinburn Spit", "Kinburns'ka Kosa"], "SPIT") == ["Kinburn peninsula"]
    assert synonym_forms(["Myrhorod Airport"], "AIRP") == [
        "Myrhorod airfield", "Myrhorod airbase", "Myrhorod air base",
    ]  # fmt: skip
    assert synonym_forms(["Crimean Bridge"], "BDG") == []
    tendra = synonym_forms(["Tendra Peninsula", "Tendrivs'ka Kosa"], "ISL")
    assert tendra == ["Tendra spit", "Tendra island"]
    assert synonym_forms(["Snake Island", "Ostriv Zmiinyi"], "ISL") == []  # no spit
    assert synonym_forms(["Saky Air Base"], "AIRB") == ["Saky airbase", "Saky airfield"]


def test_a_port_is_named_with_its_town() -> None:
    assert typed_forms("Odesa", "PRT") == ["Odesa port", "Odesa seaport", "Odesa harbour",
                                           "Odesa harbor"]  # fmt: skip


def test_a_plant_named_after_a_river_takes_the_rivers_spellings() -> None:
    from sitrep.gazetteer.landmarks import RIVER_SPELLINGS

    spellings = {skeleton_key(river): set(others) for river, others in RIVER_SPELLINGS.items()}
    forms = landmark_forms(["Dnieper Hydroelectric Station"], spellings)
    assert {"Dnipro HPP", "Dnepr HPP", "Dnieper HPP"} <= set(forms)


def test_a_nuclear_plant_also_goes_by_its_towns_initials() -> None:
    assert "ZNPP" in landmark_forms(["Zaporizhia Nuclear Power Plant"], SPELLINGS)
    assert "ChNPP" in landmark_forms(["Chornobyl Nuclear Power Plant"], {})
    assert "SUNPP" in landmark_forms(["South Ukraine Nuclear Power Plant"], {})


def test_initials_come_from_the_plants_own_town_name_only() -> None:
    spellings = {skeleton_key("Rivne"): {"Rivne", "Kuznetsovsk"}}  # an old name of Varash
    forms = landmark_forms(["Rivne Nuclear Power Plant"], spellings)
    assert "RNPP" in forms and "KNPP" not in forms
