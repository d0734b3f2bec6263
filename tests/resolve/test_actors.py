import pytest

from sitrep.resolve.actors import registry


def keys(text):
    return [(text[m.start : m.end], m.key) for m in registry().find(text)]


def test_aliases_resolve_to_acled_style_names():
    found = keys("Russian forces shelled Kupiansk while the RDK and the Wagner PMC advanced.")
    assert found == [
        ("Russian forces", "ru_military"),
        ("RDK", "rdk"),
        ("Wagner PMC", "wagner"),
    ]
    assert registry().get("ru_military").name == "Military Forces of Russia (2000-)"


def test_misspelled_full_name_matches_fuzzily():
    found = keys("the governor, Vyachelav Gladkov, failed to come")
    assert found == [("Vyachelav Gladkov", "vyacheslav_gladkov")]
    entry = registry().get("vyacheslav_gladkov")
    assert entry.name == "Vyacheslav Gladkov"
    assert entry.role == "Governor of Belgorod Oblast"


def test_lowercase_acronym_is_not_an_actor():
    assert keys("the rdk of words") == []


@pytest.mark.parametrize("name", ["Denis Nikitin", "Russian Volunteer Corps", "RDK"])
def test_by_name_finds_entries(name):
    assert registry().by_name(name) is not None


def test_unrelated_name_pairs_do_not_match():
    assert keys("Governor Smith met Anna Petrova") == []
