"""Name-form rules and the matching ladder: exact → inflected → skeleton → fuzzy."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import GazetteerEntry, InMemoryGazetteer
from sitrep.gazetteer.match import central_european_reading, match_name
from sitrep.gazetteer.morph import nominative_forms
from sitrep.gazetteer.names import (
    index_keys,
    name_key,
    national_name,
    ordinal_forms,
    skeleton_key,
)


def _place(gid: int, name: str, admin1: str, country: str = "UA") -> GazetteerEntry:
    return GazetteerEntry(gid, name, 48.0, 37.0, country, admin1, None, "PPL", 100, "place")


BAKHMUT = _place(1, "Bakhmut", "Donetsk")
KLISHCHIIVKA = _place(2, "Klishchiivka", "Donetsk")
SHEBEKINO = _place(3, "Shebekino", "Belgorod", "RU")
TAVOLZHANKA = _place(4, "Novaya Tavolzhanka", "Belgorod", "RU")
CHASIV_YAR = _place(5, "Chasiv Yar", "Donetsk")
STEPOVE_KIROVOHRAD = _place(6, "Stepove", "Kirovohrad")
STEPOVOE_DONETSK = _place(7, "Stepovoe", "Donetsk")


@pytest.fixture
def gaz() -> InMemoryGazetteer:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(BAKHMUT, ["Бахмут"])
    gazetteer.add(KLISHCHIIVKA, ["Кліщіївка"])
    gazetteer.add(SHEBEKINO, ["Шебекино"])
    gazetteer.add(TAVOLZHANKA, ["Новая Таволжанка"])
    gazetteer.add(CHASIV_YAR, ["Часів Яр", "Часов Яр"])
    gazetteer.add(STEPOVE_KIROVOHRAD)
    gazetteer.add(STEPOVOE_DONETSK)
    return gazetteer


@pytest.mark.parametrize(
    ("written", "indexed"),
    [
        ("Klischiivka", "Klishchiivka"),  # sch for shch
        ("Chervonyi Mayak", "Chervonyi Maiak"),  # ya for ia
        ("Shypilivka", "Shypylivka"),  # i for y
        ("Sieverne", "Severne"),  # ie for e
        ("Pechenigy", "Pechenihy"),  # Russian g for Ukrainian h
        ("Avdiyivka", "Avdiivka"),
        ("Kam'yanske", "Kamianske"),  # apostrophe and ya
        ("Kliščijivka", "Klishchiivka"),  # scholarly, with háčeks
        ("Zaporižžja", "Zaporizhzhia"),
        ("Czasiw Jar", "Chasiv Yar"),  # Polish
        ("Łysyczańsk", "Lysychansk"),  # Polish ł and ń
    ],
)
def test_skeleton_folds_romanisation_noise(written: str, indexed: str) -> None:
    assert skeleton_key(written) == skeleton_key(indexed)


@pytest.mark.parametrize(("a", "b"), [("Bakhmut", "Pokrovsk"), ("Kupiansk", "Kupianka")])
def test_skeleton_keeps_different_names_apart(a: str, b: str) -> None:
    assert skeleton_key(a) != skeleton_key(b)


def test_cyrillic_skeleton_folds_ukrainian_and_russian_letters() -> None:
    assert skeleton_key("Авдіївка") == skeleton_key("Авдиивка")


def test_russian_town_names_get_their_ukrainian_rendering() -> None:
    keys = index_keys(["Шебекино"])
    assert name_key("Шебекіне") in keys and name_key("Shebekino") in keys


def test_adjective_and_transliteration_forms() -> None:
    keys = index_keys(["Новая Таволжанка"])
    assert {"nova tavolzhanka", "novaya tavolzhanka", "нова таволжанка"} <= keys


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Бахмуте", "бахмут"),  # Russian locative
        ("Бахмутом", "бахмут"),  # Ukrainian instrumental
        ("Новій Таволжанці", "нова таволжанка"),  # adjective agrees with its noun
        ("Часовом Яру", "часов яр"),  # short possessive adjective
        ("Миколаєві", "миколаїв"),  # Ukrainian locative: -їв opens to -єві
        ("Оріхові", "оріхів"),  # and -ів to -ові
        ("Києві", "київ"),
    ],
)
def test_nominative_forms_of_declined_names(phrase: str, expected: str) -> None:
    assert expected in nominative_forms(phrase)


def test_nominative_forms_only_for_cyrillic() -> None:
    assert nominative_forms("Bakhmut") == []


def test_exact_match_comes_first(gaz: InMemoryGazetteer) -> None:
    match = match_name(gaz, "Bakhmut")
    assert (match.entries, match.method, match.score) == ((BAKHMUT,), "exact", 1.0)


@pytest.mark.parametrize(
    ("phrase", "entry"),
    [("Бахмуте", BAKHMUT), (["у", "Шебекіному"][1], SHEBEKINO), ("Часовом Яру", CHASIV_YAR)],
)
def test_inflected_forms_are_matched(gaz: InMemoryGazetteer, phrase: str, entry: object) -> None:
    match = match_name(gaz, phrase)
    assert match.method == "inflected" and match.entries == (entry,)


def test_skeleton_match_has_a_lower_score(gaz: InMemoryGazetteer) -> None:
    match = match_name(gaz, "Klischiivka")
    assert (match.entries, match.method) == ((KLISHCHIIVKA,), "skeleton")
    assert 0 < match.score < 1


def test_fuzzy_match_is_the_last_resort_and_keeps_its_score(gaz: InMemoryGazetteer) -> None:
    match = match_name(gaz, "Klishchiyvkaa")
    assert match.method in ("skeleton", "fuzzy")
    match = match_name(gaz, "Novaya Tavolzhnka")
    assert (match.entries, match.method) == ((TAVOLZHANKA,), "fuzzy")
    assert 0.88 <= match.score < 1
    assert match_name(gaz, "Novaya Tavolzhnka", fuzzy=False).entries == ()


def test_nothing_similar_is_no_match(gaz: InMemoryGazetteer) -> None:
    match = match_name(gaz, "Zzyzx Springs")
    assert (match.entries, match.method) == ((), "none")


def test_a_wanted_oblast_makes_later_layers_run(gaz: InMemoryGazetteer) -> None:
    def in_donetsk(e: GazetteerEntry) -> bool:
        return e.admin1 == "Donetsk"

    assert match_name(gaz, "Stepove").entries == (STEPOVE_KIROVOHRAD,)
    match = match_name(gaz, "Stepove", in_donetsk, admin1="Donetsk")
    # "Stepovoe" is the Russian neuter of "Stepove": the same skeleton.
    assert (match.entries, match.method) == ((STEPOVE_KIROVOHRAD, STEPOVOE_DONETSK), "skeleton")
    gaz.add(_place(8, "Stepovet", "Luhansk"))  # a misspelling only the fuzzy layer finds
    match = match_name(gaz, "Stepove", lambda e: e.admin1 == "Luhansk", admin1="Luhansk")
    assert (match.entries[0].geonameid, match.method) == (8, "fuzzy")


def test_without_a_wanted_reading_the_first_found_stands(gaz: InMemoryGazetteer) -> None:
    match = match_name(gaz, "Stepove", lambda e: e.admin1 == "Lviv", admin1="Lviv")
    assert match.entries == (STEPOVE_KIROVOHRAD,)


@pytest.mark.parametrize(
    ("main", "alternates", "expected"),
    [
        ("Avdiyivka", ["Авдіївка", "Авдеевка"], "Avdiivka"),
        ("Kupyansk", ["Куп'янськ", "Купянск"], "Kupiansk"),  # apostrophe: Ukrainian
        ("Mar'yinka", ["Марьинка", "Мар'їнка"], "Marinka"),
        ("Skadovsk", ["Скадовськ", "Скадівське"], "Skadovsk"),  # an old name loses
        ("Dorozhnoye", ["Дорожное"], "Dorozhnoye"),  # Russian spelling: keep the main name
        ("Zhytomyr", ["Житомир", "Жытомір"], "Zhytomyr"),  # Belarusian letters are skipped
        ("Bakhmut", ["Артемівськ", "Бахмут"], "Bakhmut"),  # a renamed town keeps its name
        ("Svetlodarsk", ["Светлодарск", "Світлодарськ"], "Svitlodarsk"),  # Russian -ск loses
        ("Kremenchuk", ["Кременчук", "Кремінчук"], "Kremenchuk"),  # a name both languages write
    ],
)
def test_national_romanisation_of_ukrainian_places(
    main: str, alternates: list[str], expected: str
) -> None:
    assert national_name(main, alternates) == expected


def test_fuzzy_search_sees_names_added_later(gaz: InMemoryGazetteer) -> None:
    assert match_name(gaz, "Zolotrivka").method == "none"
    gaz.add(_place(8, "Zolotarivka", "Luhansk"))
    match = match_name(gaz, "Zolotrivka")
    assert match.method == "fuzzy" and match.entries[0].geonameid == 8


def test_a_cyrillic_name_finds_the_places_spelt_so_in_the_other_language() -> None:
    # GeoNames gives the Russian name of one Berestove only; a Russian report may mean any.
    named = _place(20, "Berestove", "Zaporizhia")
    unnamed = _place(21, "Berestove", "Kharkiv")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(named, ["Берестовое", "Берестове"])
    gazetteer.add(unnamed, ["Берестове"])
    for text in ("Берестовое", "Берестове"):
        match = match_name(gazetteer, text)
        assert (match.method, set(match.entries)) == ("exact", {named, unnamed}), text
    assert set(match_name(gazetteer, "Берестовом").entries) == {named, unnamed}  # declined
    # Latin text keeps to exact keys: only the place with that Russian name.
    assert match_name(gazetteer, "Berestovoye").entries == (named,)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Nowomychajliwka", "Nowomykhajliwka"),
        ("Tschassiw Jar", "chassiw Jar"),
        ("Lyssytschansk", "Lyssychansk"),
        ("Kurachowe", "Kurakhowe"),
    ],
)
def test_german_and_polish_spellings_are_read_the_english_way(written: str, expected: str) -> None:
    assert central_european_reading(written) == expected


def test_a_german_spelling_finds_a_village_without_a_german_name() -> None:
    village = _place(30, "Novomykhailivka", "Donetsk")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(village)
    match = match_name(gazetteer, "Nowomychajliwka")
    assert (match.entries, match.method) == ((village,), "skeleton")


def test_a_cyrillic_name_known_only_in_latin_is_read_through_its_romanisation() -> None:
    gazetteer = InMemoryGazetteer()
    robotyne = _place(20, "Robotyne", "Zaporizhia")
    gazetteer.add(robotyne, ["Rabotino", "Роботине"])  # GeoNames: no "Работино"
    gazetteer.add(_place(21, "Rabotnik", "Donetsk"))
    match = match_name(gazetteer, "Работино")
    assert (match.entries, match.method) == ((robotyne,), "transliterated")
    assert match_name(gazetteer, "работино").method == "none"  # lower case: an ordinary word


def test_a_declined_name_that_is_also_a_village_name_keeps_both_readings() -> None:
    gazetteer = InMemoryGazetteer()
    sloviansk = _place(30, "Sloviansk", "Donetsk")
    village = _place(31, "Slavianske", "Crimea")
    gazetteer.add(sloviansk, ["Славянск", "Слов'янськ"])
    gazetteer.add(village, ["Славянское"])  # "Славянске" folds to it
    found = set(match_name(gazetteer, "Славянске").entries)
    assert found == {sloviansk, village}
    # "в Славянском" is the locative of both names: both stand, and the ranking chooses
    assert set(match_name(gazetteer, "Славянском").entries) == {sloviansk, village}


def test_twin_villages_go_by_their_ordinal_on_either_side_in_either_language() -> None:
    assert ordinal_forms("Novoselivka Persha") == {
        "Novoselivka Persha", "Persha Novoselivka", "Novoselivka Pervaya", "Pervaya Novoselivka",
    }  # fmt: skip
    assert "Druhe Bazhane" in ordinal_forms("Bazhane Druhe")
    assert "Pavlovka Druha" in ordinal_forms("Vtoraya Pavlovka")
    assert ordinal_forms("Bakhmut") == set() == ordinal_forms("Persha")
    gazetteer = InMemoryGazetteer()
    twin = _place(40, "Novoselivka Persha", "Donetsk")
    gazetteer.add(twin)
    assert match_name(gazetteer, "Persha Novoselivka").entries == (twin,)
    assert match_name(gazetteer, "Novoselovka Pervaya").entries == (twin,)


def test_a_russian_name_found_only_in_russia_also_finds_ukraines_villages_spelt_so() -> None:
    gazetteer = InMemoryGazetteer()
    magadan = GazetteerEntry(40, "Yagodnoye", 62.5, 149.6, "RU", "Magadan", None, "PPL", 3_000,
                             "place")  # fmt: skip
    gazetteer.add(magadan, ["Ягодное"])
    yahidne = _place(41, "Yahidne", "Chernihiv")
    gazetteer.add(yahidne, ["Yagodnoye", "Ягідне"])  # GeoNames: no "Ягодное"
    assert set(match_name(gazetteer, "Ягодное").entries) == {magadan, yahidne}
    assert match_name(gazetteer, "Ягідне").entries == (yahidne,)


def test_an_oblasts_other_spelling_also_finds_the_city_of_its_name() -> None:
    gazetteer = InMemoryGazetteer()
    oblast = GazetteerEntry(42, "Mykolaiv", 47.3, 32.0, "UA", "Mykolaiv", None, "ADM1",
                            1_100_000, "admin1")  # fmt: skip
    gazetteer.add(oblast, ["Mykolajiw"])  # GeoNames' German name, of the oblast only
    city = _place(43, "Mykolaiv", "Mykolaiv")
    gazetteer.add(city)
    gazetteer.add(_place(44, "Mykolaiv", "Lviv"))  # another oblast's town is no namesake
    assert set(match_name(gazetteer, "Mykolajiw").entries) == {oblast, city}


def test_a_declined_town_spelt_like_villages_keeps_the_town_among_its_readings() -> None:
    gazetteer = InMemoryGazetteer()
    hamlet = GazetteerEntry(50, "Nikolayevo", 55.2, 29.2, "BY", "Vitebsk", None, "PPL", 0,
                            "place")  # fmt: skip
    gazetteer.add(hamlet, ["Николаево"])  # "Николаеве" folds onto it
    city = GazetteerEntry(51, "Mykolaiv", 46.97, 31.99, "UA", "Mykolaiv", None, "PPLA",
                          470_000, "place")  # fmt: skip
    gazetteer.add(city, ["Николаев", "Миколаїв"])
    assert set(match_name(gazetteer, "Николаеве").entries) == {hamlet, city}
    assert match_name(gazetteer, "Николаево").entries == (hamlet,)  # as written: the hamlet
    assert match_name(gazetteer, "Миколаєві").entries == (city,)  # Ukrainian locative
    # every nominative reading of a declined name stands: "Льгове" is Lgov or a Lhiv
    gazetteer.add(_place(52, "Lhiv", "Chernihiv"), ["Льгів"])
    gazetteer.add(_place(53, "Lgov", "Kursk", "RU"), ["Льгов"])
    assert {e.geonameid for e in match_name(gazetteer, "Льгове").entries} == {52, 53}


def test_a_french_spelling_finds_the_village() -> None:
    gazetteer = InMemoryGazetteer()
    village = _place(60, "Chasiv Yar", "Donetsk")
    gazetteer.add(village)
    assert match_name(gazetteer, "Tchassiv Iar").entries == (village,)
    gazetteer.add(_place(61, "Huta", "Zhytomyr"))
    assert match_name(gazetteer, "Ghouta", fuzzy=False).entries == ()  # Syria's, no Huta
