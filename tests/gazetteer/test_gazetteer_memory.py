"""The in-memory gazetteer used as a fake in unit tests."""

from __future__ import annotations

from sitrep.gazetteer import GazetteerEntry, InMemoryGazetteer


def _entry(name: str, population: int = 1000) -> GazetteerEntry:
    return GazetteerEntry(1, name, 50.0, 36.0, "RU", "Belgorod", None, "PPL", population, "place")


def test_lookup_by_any_derived_form() -> None:
    gazetteer = InMemoryGazetteer()
    entry = _entry("Novaya Tavolzhanka")
    gazetteer.add(entry, ["Новая Таволжанка"])
    for form in ["novaya tavolzhanka", "Нова Таволжанка", "Nova Tavolzhanka"]:
        assert gazetteer.lookup(form) == [entry], form


def test_unknown_name_gives_no_candidates() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_entry("Shebekino"))
    assert gazetteer.lookup("Belgorod") == []
    assert len(gazetteer) == 1


def test_same_key_several_entries_keep_insertion_order() -> None:
    gazetteer = InMemoryGazetteer()
    first, second = _entry("Vesele", 10), _entry("Vesele", 20)
    gazetteer.add(first)
    gazetteer.add(second)
    assert gazetteer.lookup("Vesele") == [first, second]
