"""The world fallback gazetteer: towns everywhere, countries, continents and demonyms."""

from __future__ import annotations

from sitrep.gazetteer import default_gazetteer
from sitrep.gazetteer.world import ChainGazetteer, world_gazetteer


def test_demonyms_name_countries_and_continents() -> None:
    world = world_gazetteer()
    assert [(e.country, e.kind) for e in world.lookup("Russian")] == [("RU", "country")]
    assert {e.country for e in world.lookup("U.S.")} == {"US"}
    [europe] = [e for e in world.lookup("European") if e.feature_code == "CONT"]
    assert (europe.name, europe.geonameid) == ("Europe", 6255148)


def test_demonyms_stay_out_of_the_shipped_gazetteer() -> None:
    assert default_gazetteer().lookup("Russian") == []
    assert default_gazetteer().lookup("European") == []


def test_chain_keeps_one_entry_per_geonames_id() -> None:
    chain = ChainGazetteer(default_gazetteer(), world_gazetteer())
    ids = [e.geonameid for e in chain.lookup("Russia")]
    assert ids.count(2017370) == 1
    assert len(chain.entries()) > len(default_gazetteer().entries())


def test_us_states_go_by_postal_code_and_press_abbreviation() -> None:
    world = world_gazetteer()
    for form in ("New Jersey", "NJ", "N.J."):
        assert [(e.name, e.kind) for e in world.lookup(form) if e.kind == "admin1"] == [
            ("New Jersey", "admin1")
        ], form
    assert [e.name for e in world.lookup("W.Va.") if e.kind == "admin1"] == ["West Virginia"]
    assert [e.name for e in world.lookup("Calif.")] == ["California"]


def test_short_names_of_countries_and_the_union() -> None:
    world = world_gazetteer()
    assert {e.name for e in world.lookup("DPRK") if e.kind == "country"} == {"North Korea"}
    assert {e.name for e in world.lookup("Holy See") if e.kind == "country"} == {"Vatican"}
    assert "Europe" in {e.name for e in world.lookup("European Union")}
    assert "Europe" in {e.name for e in world.lookup("EU")}
