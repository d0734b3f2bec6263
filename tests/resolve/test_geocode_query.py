"""Reading messy place queries, and the front-line prior, on a hand-built gazetteer."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import GazetteerEntry, InMemoryGazetteer
from sitrep.resolve.frontline import FrontLine, load_front_line
from sitrep.resolve.geocode import (
    GeoContext,
    candidate_features,
    demonym_countries,
    find_places,
    geocode_query,
    geocode_text_places,
    most_specific_first,
)
from sitrep.resolve.query import geocode_result


def _e(gid: int | None, name: str, lat: float, lon: float, admin1: str, pop: int = 0,
       code: str = "PPL", kind: str = "place", country: str = "UA") -> GazetteerEntry:  # fmt: skip
    return GazetteerEntry(gid, name, lat, lon, country, admin1, None, code, pop, kind)  # type: ignore[arg-type]


KHERSON_OBLAST = _e(10, "Kherson", 46.8, 33.5, "Kherson", 1_000_000, "ADM1", "admin1")
KHERSON = _e(11, "Kherson", 46.64, 32.61, "Kherson", 290_000, "PPLA")
DONETSK = _e(12, "Donetsk", 48.0, 37.8, "Donetsk", 900_000, "PPLA")
PETROVSKYI = _e(13, "Petrovskyi", 47.95, 37.65, "Donetsk", 0, "PPLX")  # a district of Donetsk
PETROVSKYI_FAR = _e(14, "Petrovskyi", 51.0, 32.0, "Chernihiv", 300)
# Two villages of one name in one oblast: one by the line of contact, one far behind it.
BOHDANIVKA_FRONT = _e(15, "Bohdanivka", 48.6, 37.9, "Donetsk", 0)
BOHDANIVKA_REAR = _e(16, "Bohdanivka", 48.3, 35.5, "Donetsk", 400)
KUPIANSK = _e(17, "Kupiansk", 49.71, 37.62, "Kharkiv", 27_000)
BAKHMUT = _e(18, "Bakhmut", 48.59, 38.0, "Donetsk", 80_000)
DONETSK_OBLAST = _e(19, "Donetsk", 48.0, 37.5, "Donetsk", 4_000_000, "ADM1", "admin1")


@pytest.fixture
def gaz() -> InMemoryGazetteer:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(KHERSON_OBLAST, ["Kherson Oblast", "Kherson region"])
    gazetteer.add(DONETSK_OBLAST, ["Donetsk Oblast", "Donetsk region"])
    for entry in (KHERSON, DONETSK, PETROVSKYI, PETROVSKYI_FAR, BOHDANIVKA_FRONT,
                  BOHDANIVKA_REAR, KUPIANSK, BAKHMUT):  # fmt: skip
        gazetteer.add(entry)
    return gazetteer


def test_unknown_head_falls_back_to_its_oblast(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("Nowhere, Kherson", gazetteer=gaz)
    assert (result.name, result.geo_precision) == ("Kherson", 3)
    assert result.geonameid == KHERSON_OBLAST.geonameid


def test_a_known_head_is_the_answer(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("Kherson, Kherson", gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == (KHERSON.geonameid, 1)


def test_city_dash_district_resolves_to_the_district_inside_the_city(
    gaz: InMemoryGazetteer,
) -> None:
    result = geocode_result("Donetsk - Petrovskyi, Donetsk", gazetteer=gaz)
    assert result.geonameid == PETROVSKYI.geonameid


def test_city_dash_unknown_district_is_the_city(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("Kherson - Petrovskyi", gazetteer=gaz)
    assert result.geonameid == KHERSON.geonameid


def test_misspelt_head_is_matched_in_the_named_oblast(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("Bohdanyvka, Donetsk", gazetteer=gaz)
    assert result.admin1 == "Donetsk" and result.name == "Bohdanivka"


def test_front_prior_picks_the_village_by_the_line(gaz: InMemoryGazetteer) -> None:
    _, place = geocode_query("Bohdanivka, Donetsk", gazetteer=gaz)
    assert place.geonameid == BOHDANIVKA_FRONT.geonameid


def test_front_prior_needs_a_text_about_the_war(gaz: InMemoryGazetteer) -> None:
    _, place = geocode_query("Bohdanivka", gazetteer=gaz)  # every reading is Ukrainian
    assert place.geonameid == BOHDANIVKA_FRONT.geonameid
    gaz.add(_e(20, "Bohdanivka", 52.2, 21.0, "Masovia", 100, country="PL"))
    _, place = geocode_query("Bohdanivka", gazetteer=gaz)
    assert place.geonameid == BOHDANIVKA_REAR.geonameid  # larger; nothing says Ukraine
    _, place = geocode_query("Bohdanivka", country="UA", gazetteer=gaz)
    assert place.geonameid == BOHDANIVKA_FRONT.geonameid


def test_demonyms_tell_what_a_text_is_about() -> None:
    assert demonym_countries("Russian forces shelled the village") == {"RU"}
    assert demonym_countries("Українські військові") == {"UA"}
    assert demonym_countries("Local elections in Ohio") == frozenset()


def test_front_line_is_resolved_by_name_and_measures_distance(gaz: InMemoryGazetteer) -> None:
    line = load_front_line(gaz)
    assert line.lines and all(len(points) >= 2 for points in line.lines)
    assert line.distance_km(48.59, 38.0) < 1.0  # Bakhmut is a vertex
    assert line.distance_km(50.45, 30.52, cap=60.0) == 60.0  # Kyiv: beyond the cap


def test_segment_distance_is_perpendicular() -> None:
    line = FrontLine((((48.0, 37.0), (49.0, 37.0)),), "2022-11-12")
    assert line.distance_km(48.5, 37.0) == pytest.approx(0.0, abs=1e-6)
    assert line.distance_km(48.5, 37.1) == pytest.approx(7.4, abs=0.3)


def test_an_oblast_after_a_comma_qualifies_the_place_before_it(gaz: InMemoryGazetteer) -> None:
    gaz.add(_e(20, "Mykolaivka", 46.9, 33.0, "Kherson", 300))
    gaz.add(_e(21, "Mykolaivka", 48.9, 37.6, "Donetsk", 15_000))
    text = "On 9 April, Russian forces shelled Mykolaivka, Kherson."
    results = geocode_text_places(text, gaz)
    (village, place), (qualifier, region) = results
    assert (village.surface, place.admin1, place.geonameid) == ("Mykolaivka", "Kherson", 20)
    assert (qualifier.surface, region.geo_precision, region.geonameid) == ("Kherson", 3, 10)


def test_a_list_of_cities_is_not_a_qualifier(gaz: InMemoryGazetteer) -> None:
    results = geocode_text_places("Strikes on Kherson, Donetsk and Bakhmut.", gaz)
    assert [p.geonameid for _, p in results] == [KHERSON.geonameid, DONETSK.geonameid, 18]


def test_a_bare_query_read_only_in_ukraine_or_russia_is_about_the_war() -> None:
    by_the_border = _e(30, "Vovchansk", 50.29, 36.94, "Kharkiv", 17_000)
    in_the_urals = _e(31, "Volchansk", 59.94, 60.08, "Sverdlovsk", 9_000, country="RU")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(by_the_border, ["Volchansk"])
    gazetteer.add(in_the_urals)
    result = geocode_result("Volchansk", gazetteer=gazetteer)
    assert result.geonameid == by_the_border.geonameid
    gazetteer.add(_e(32, "Volchansk", 40.0, -100.0, "Kansas", 9_000_000, country="US"))
    assert geocode_result("Volchansk", gazetteer=gazetteer).country == "US"


def test_landmarks_are_places_in_text_and_in_queries() -> None:
    plant = _e(40, "Zaporizhia Nuclear Power Plant", 47.51, 34.59, "Zaporizhia", 0, "PS",
               "landmark")  # fmt: skip
    city = _e(41, "Zaporizhzhia", 47.82, 35.19, "Zaporizhia", 710_000, "PPLA")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(plant, ["Zaporizhzhia nuclear power plant", "Zaporizhzhia NPP"])
    gazetteer.add(city)
    [(mention, place)] = geocode_text_places(
        "Russian forces shelled the Zaporizhzhia nuclear power plant overnight.", gazetteer
    )
    assert (mention.surface, place.geonameid) == ("Zaporizhzhia nuclear power plant", 40)
    result = geocode_result("near the Zaporizhzhia NPP", gazetteer=gazetteer)
    assert (result.geonameid, result.geo_precision, result.radius_km) == (40, 2, 10.0)
    result = geocode_result("Zaporizhzhia NPP", gazetteer=gazetteer)
    assert (result.geo_precision, result.radius_km) == (1, 1.0)


def test_a_bare_landmark_alias_yields_to_a_settlement_of_that_name() -> None:
    island = _e(42, "Ostriv Zmiyinyy", 45.25, 30.2, "Odesa", 0, "ISL", "landmark")
    village = _e(43, "Fidonisi", 46.0, 30.0, "Odesa", 0)
    gazetteer = InMemoryGazetteer()
    gazetteer.add(island, ["Fidonisi", "Snake Island"])
    gazetteer.add(village)
    assert geocode_result("Fidonisi", gazetteer=gazetteer).geonameid == 43
    assert geocode_result("Snake Island", gazetteer=gazetteer).geonameid == 42
    [bare] = find_places("Fidonisi", gazetteer)
    [named] = find_places("Snake Island", gazetteer)
    assert candidate_features(island, bare, GeoContext())["kind"] < 0
    assert candidate_features(island, named, GeoContext())["kind"] == 0


@pytest.fixture
def border() -> InMemoryGazetteer:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(50, "Belgorod", 50.6, 36.6, "Belgorod", 1_500_000, "ADM1", "admin1",
                     "RU"), ["Belgorod Oblast", "Белгородская область"])  # fmt: skip
    gazetteer.add(_e(51, "Shebekino", 50.41, 36.93, "Belgorod", 40_000, country="RU"), ["Шебекино"])
    gazetteer.add(_e(52, "Graivoron", 50.48, 35.68, "Belgorod", 6_000, country="RU"))
    gazetteer.add(_e(53, "Kreminna", 49.05, 38.22, "Luhansk", 18_000))
    gazetteer.add(_e(54, "Svatove", 49.41, 38.15, "Luhansk", 16_000))
    gazetteer.add(_e(55, "Kupiansk-Vuzlovyi", 49.67, 37.68, "Kharkiv", 8_000))
    return gazetteer


@pytest.mark.parametrize(
    "query",
    ["Белгородская обл., Шебекино", "Belgorod obl., Shebekino", "Belgorod Oblast's Shebekino"],
)
def test_abbreviated_and_possessive_divisions_qualify_the_place(
    border: InMemoryGazetteer, query: str
) -> None:
    result = geocode_result(query, gazetteer=border)
    assert (result.geonameid, result.admin1) == (51, "Belgorod"), query


@pytest.mark.parametrize(
    "query",
    ["с. Берестове Харківської обл.", "Берестовое Харьковской обл.", "у районі с. Берестове "
     "Харківської обл.", "Берестове, Харківська обл."],
)  # fmt: skip
def test_a_declined_abbreviated_oblast_after_the_name_qualifies_it(query: str) -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(56, "Kharkiv", 49.6, 36.5, "Kharkiv", 2_600_000, "ADM1", "admin1"),
                  ["Харківська область", "Харьковская область"])  # fmt: skip
    gazetteer.add(_e(57, "Berestove", 49.9, 35.5, "Kharkiv"), ["Берестове", "Берестовое"])
    gazetteer.add(_e(58, "Berestove", 48.76, 38.25, "Donetsk"), ["Берестове"])  # by the front
    assert geocode_result(query, gazetteer=gazetteer).geonameid == 57, query


def test_an_abbreviated_division_alone_is_the_division(border: InMemoryGazetteer) -> None:
    assert geocode_result("Belgorod obl.", gazetteer=border).geo_precision == 3


@pytest.mark.parametrize(
    ("text", "seat"),
    [("shelling of the Shebekinsky district", 51), ("Graivoronsky urban district", 52)],
)
def test_a_district_named_by_its_seats_adjective_is_near_the_seat(
    border: InMemoryGazetteer, text: str, seat: int
) -> None:
    [(mention, place)] = geocode_text_places(text, border)
    assert (place.geonameid, place.geo_precision, mention.relation) == (seat, 2, "district")


def test_a_district_is_seated_only_in_a_town_of_that_very_name(border: InMemoryGazetteer) -> None:
    border.add(_e(56, "Alchevsk", 48.47, 38.8, "Luhansk", 100_000), ["Kommunarsk"])
    border.add(_e(57, "Zaporizhzhia", 47.82, 35.19, "Zaporizhia", 710_000, "PPLA"))
    assert find_places("the Kommunarsky district", border) == []  # Alchevsk's old name
    [(mention, place)] = geocode_text_places("the Komunarskyi district of Zaporizhzhia", border)
    assert (mention.surface, place.geonameid) == ("Zaporizhzhia", 57)  # a city quarter


def test_hyphenated_pairs_of_places_are_two_places(border: InMemoryGazetteer) -> None:
    mentions = find_places("fighting along the Kreminna-Svatove line", border)
    assert [m.surface for m in mentions] == ["Kreminna", "Svatove"]
    [whole] = find_places("Kupiansk-Vuzlovyi came under fire", border)
    assert whole.surface == "Kupiansk-Vuzlovyi"
    text = "the Kreminna-based unit withdrew to Svatove"
    assert [m.surface for m in find_places(text, border)] == ["Svatove"]


@pytest.fixture
def raions() -> InMemoryGazetteer:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(KHERSON_OBLAST, ["Kherson Oblast", "Kherson region"])
    gazetteer.add(DONETSK_OBLAST, ["Donetsk Oblast", "Donetsk region"])
    raion = GazetteerEntry(60, "Polohivskyi", 47.3, 36.4, "UA", "Zaporizhia", "Polohivskyi",
                           "ADM2", 0, "admin2")  # fmt: skip
    gazetteer.add(raion, ["Polohivskyi raion", "Polohy district", "Polohivskyi district"])
    seat = GazetteerEntry(61, "Polohy", 47.48, 36.25, "UA", "Zaporizhia", "Polohivskyi",
                          "PPLA2", 18_000, "place")  # fmt: skip
    gazetteer.add(seat)
    gazetteer.add(_e(62, "Tos", 48.0, 37.0, "Donetsk", 300))
    gazetteer.add(_e(63, "Mykolaiv", 46.97, 32.0, "Mykolaiv", 470_000, "PPLA"))
    gazetteer.add(_e(64, "Mykolaiv", 47.0, 32.5, "Mykolaiv", 1_100_000, "ADM1", "admin1"),
                  ["Mykolaiv Oblast", "Mykolaiv region"])  # fmt: skip
    return gazetteer


def test_a_raion_is_placed_at_its_seat(raions: InMemoryGazetteer) -> None:
    result = geocode_result("Polohivskyi raion", gazetteer=raions)
    assert (result.name, result.geonameid, result.geo_precision) == ("Polohy", 61, 2)
    assert result.radius_km is not None and result.radius_km > 5
    [(_, place)] = geocode_text_places("Drones struck the Polohy district at night.", raions)
    assert (place.location, place.admin2, place.geo_precision) == ("Polohy", "Polohivskyi", 2)


def test_weapon_designations_in_capitals_are_not_villages(raions: InMemoryGazetteer) -> None:
    assert find_places("shelled with a TOS-1A launcher", raions) == []
    assert [m.surface for m in find_places("a village called Tos", raions)] == ["Tos"]
    assert [m.surface for m in find_places("POLOHY (Reuters) - Shelling", raions)] == ["POLOHY"]


def test_a_regional_council_names_the_oblast(raions: InMemoryGazetteer) -> None:
    [(mention, place)] = geocode_text_places(
        "A member of the Mykolaiv regional council was wounded.", raions
    )
    assert (mention.relation, place.geo_precision, place.geonameid) == ("region", 3, 64)


def test_a_spit_is_an_area() -> None:
    spit = _e(70, "Kinburn Spit", 46.5, 31.6, "Mykolaiv", 0, "SPIT", "landmark")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(spit)
    assert geocode_result("Kinburn Spit", gazetteer=gazetteer).geo_precision == 2


def test_a_territorial_community_is_an_area_at_its_seat() -> None:
    hromada = _e(80, "Krasnopilska hromada", 50.77, 35.26, "Sumy", 0, "ADM3")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(hromada, ["Krasnopilska community", "Краснопільська громада"])
    [(mention, place)] = geocode_text_places(
        "Russian forces shelled the Krasnopilska community overnight.", gazetteer
    )
    assert (mention.surface, place.geonameid, place.geo_precision) == (
        "Krasnopilska community", 80, 2)  # fmt: skip
    assert geocode_result("Краснопільської громади", gazetteer=gazetteer).geonameid == 80


def test_a_city_followed_by_one_of_its_districts_is_that_district() -> None:
    kharkiv = _e(90, "Kharkiv", 49.99, 36.23, "Kharkiv", 1_400_000, "PPLA")
    saltivka = _e(91, "Saltivka", 50.02, 36.31, "Kharkiv", 0, "PPLX")
    far_namesake = _e(92, "Saltivka", 48.0, 33.0, "Dnipropetrovsk", 200)
    gazetteer = InMemoryGazetteer()
    gazetteer.add(kharkiv)
    gazetteer.add(saltivka, ["Saltivskyi district"])
    gazetteer.add(far_namesake, ["Saltivskyi district"])
    result = geocode_result("Kharkiv, Saltivskyi district", gazetteer=gazetteer)
    assert result.geonameid == 91
    small = InMemoryGazetteer()  # a town's "district" is its raion, not a quarter
    small.add(_e(93, "Chuhuiv", 49.84, 36.69, "Kharkiv", 30_000))
    small.add(_e(94, "Kamianka", 49.86, 36.7, "Kharkiv", 500), ["Kamianskyi district"])
    assert geocode_result("Chuhuiv, Kamianskyi district", gazetteer=small).geonameid == 93


def test_a_query_naming_only_a_district_by_its_seats_adjective_is_the_seat(
    border: InMemoryGazetteer,
) -> None:
    # A spelling-tolerant match would take "Shebekinsky district" for this quarter's old name.
    border.add(_e(58, "Zhovtnevyi", 47.98, 37.7, "Donetsk", 0, "PPLX"), ["Shevekinskyi district"])
    for query in ("Shebekinsky district", "Belgorod Oblast, Shebekinsky district"):
        result = geocode_result(query, gazetteer=border)
        assert (result.geonameid, result.geo_precision) == (51, 2), query


def test_a_village_only_another_country_has_yields_to_the_named_division(
    border: InMemoryGazetteer,
) -> None:
    border.add(_e(59, "Martynivka", 45.5, 34.4, "Crimea"), ["Мартыновка"])
    result = geocode_result("Белгородская обл., Шебекинский р-н, с. Мартыновка", gazetteer=border)
    assert (result.geonameid, result.geo_precision) == (51, 2)  # the district's seat
    result = geocode_result("Belgorod Oblast, Martynovka", gazetteer=border)
    assert (result.admin1, result.geo_precision) == ("Belgorod", 3)
    assert geocode_result("Martynovka", gazetteer=border).geonameid == 59  # no context: the one


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Donetsk Oblast, Ukraine", (19, 3)),  # the country adds nothing to the oblast
        ("Ukraine, Donetsk Oblast", (19, 3)),
        ("Ukraine, Bakhmut", (18, 1)),
        ("Donetsk region, Donetsk", (12, 1)),  # the city, in its oblast
        ("between Bakhmut and Donetsk", (18, 2)),
    ],
)
def test_a_division_or_country_first_qualifies_what_follows(
    gaz: InMemoryGazetteer, query: str, expected: tuple[int, int]
) -> None:
    gaz.add(_e(60, "Ukraine", 49.0, 32.0, "", 40_000_000, "PCLI", "country"))
    result = geocode_result(query, gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == expected, query


@pytest.mark.parametrize(
    ("text", "seat", "relation"),
    [
        ("Белгородская обл., Грайворонский городской округ", 61, "district"),
        ("Шебекинское направление", 51, "direction"),
        ("на Шебекінському напрямку", 51, "direction"),
    ],
)
def test_districts_and_fronts_named_by_a_towns_adjective_are_at_the_town(
    border: InMemoryGazetteer, text: str, seat: int, relation: str
) -> None:
    border.add(_e(61, "Grayvoron", 50.48, 35.68, "Belgorod", 6_000, country="RU"), ["Грайворон"])
    result = geocode_result(text, gazetteer=border)
    assert (result.geonameid, result.geo_precision) == (seat, 2), text
    [mention] = [m for m in find_places(text, border) if m.relation in ("district", "direction")]
    assert mention.relation == relation


def test_an_adjective_that_fits_two_towns_leaves_the_choice_to_the_ranking() -> None:
    gazetteer = InMemoryGazetteer()
    pokrovsk = _e(62, "Pokrovsk", 48.28, 37.18, "Donetsk", 60_000)
    pokrov = _e(63, "Pokrov", 47.65, 34.11, "Dnipropetrovsk", 38_000)
    gazetteer.add(pokrovsk, ["Покровськ"])
    gazetteer.add(pokrov, ["Покров"])
    [mention] = find_places("на Покровському напрямку", gazetteer)
    assert set(mention.candidates) == {pokrovsk, pokrov}
    assert geocode_result("Покровський напрямок", gazetteer=gazetteer).geonameid == 62


@pytest.mark.parametrize(
    "text",
    [
        "Boats crossed the Dnipro River at night.",
        "Boats crossed the Dnipro at night.",
        "Дрон упав у річку Дніпро.",
        "Fighting near the Dnipro gully.",
        "Mines drifted in the Dnipro estuary.",
    ],
)
def test_a_river_is_not_the_town_of_its_name(text: str) -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(64, "Dnipro", 48.47, 35.04, "Dnipropetrovsk", 968_000, "PPLA"), ["Дніпро"])
    assert find_places(text, gazetteer) == []
    assert [m.surface for m in find_places("A missile hit Dnipro.", gazetteer)] == ["Dnipro"]


@pytest.mark.parametrize("text", ["Ships sailed the Sea of Azov.", "A drone hit the Azov Sea."])
def test_a_sea_is_not_the_town_of_its_name(text: str) -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(65, "Azov", 47.11, 39.42, "Rostov", 82_000, country="RU"))
    assert find_places(text, gazetteer) == []
    assert [m.surface for m in find_places("Drones hit Azov.", gazetteer)] == ["Azov"]
    assert [m.surface for m in find_places("A drone hit the Azov sea port.", gazetteer)] == ["Azov"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Ukraine > Donetsk > Bakhmut", "Bakhmut, Donetsk, Ukraine"),
        ("Donetsk Oblast/Bakhmut Raion/Bakhmut", "Bakhmut, Bakhmut Raion, Donetsk Oblast"),
        ("Kharkiv Oblast / Kupiansk", "Kupiansk, Kharkiv Oblast"),
        ("Kupiansk/Kupyansk", "Kupiansk/Kupyansk"),  # two spellings, not a path
        ("Bakhmut", "Bakhmut"),
    ],
)
def test_a_path_from_the_country_down_is_read_from_its_last_step(query: str, expected: str) -> None:
    assert most_specific_first(query) == expected


def test_a_path_query_resolves_its_last_step(gaz: InMemoryGazetteer) -> None:
    result = geocode_result("Ukraine > Donetsk Oblast > Bakhmut", gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == (18, 1)


@pytest.fixture
def raion_villages() -> InMemoryGazetteer:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(DONETSK_OBLAST, ["Donetsk Oblast", "Donetsk region"])
    for gid, admin2, lat, lon in [
        (70, "Bakhmutskyi", 48.93, 38.19),
        (71, "Pokrovskyi", 48.16, 37.23),
    ]:
        gazetteer.add(GazetteerEntry(gid, "Hryhorivka", lat, lon, "UA", "Donetsk", admin2, "PPL",
                                     0, "place"))  # fmt: skip
        gazetteer.add(GazetteerEntry(gid + 10, admin2, lat, lon, "UA", "Donetsk", admin2, "ADM2",
                                     0, "admin2"), [f"{admin2} raion"])  # fmt: skip
    gazetteer.add(GazetteerEntry(72, "Pokrovsk", 48.28, 37.18, "UA", "Donetsk", "Pokrovskyi",
                                 "PPLA2", 60_000, "place"))  # fmt: skip
    return gazetteer


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Hryhorivka, Pokrovskyi, Donetsk", 71),
        ("Hryhorivka, Bakhmutskyi, Donetsk", 70),
        ("Hryhorivka, Pokrovskyi raion, Donetsk Oblast", 71),
    ],
)
def test_a_named_raion_picks_its_village(
    raion_villages: InMemoryGazetteer, text: str, village: int
) -> None:
    assert geocode_result(text, gazetteer=raion_villages).geonameid == village


def test_a_district_named_in_the_text_holds_its_villages(raion_villages: InMemoryGazetteer) -> None:
    text = "Russian forces shelled Hryhorivka in the Pokrovsk district."
    [(_, place), (district, seat)] = geocode_text_places(text, raion_villages)
    assert place.geonameid == 71
    assert (district.relation, seat.geonameid) == ("district", 72)


def test_every_name_of_a_list_before_regions_is_a_region() -> None:
    gazetteer = InMemoryGazetteer()
    for gid, name in [(80, "Kyiv"), (81, "Odesa"), (82, "Mykolaiv")]:
        gazetteer.add(_e(gid, name, 47.0, 31.0 + gid / 100, name, 1_000_000, "ADM1", "admin1"))
    gazetteer.add(_e(83, "Kyiv", 47.1, 31.9, "Mykolaiv", 300))  # a village of Mykolaiv oblast
    text = "Air defence was active over Kyiv, Odesa and Mykolaiv regions."
    places = geocode_text_places(text, gazetteer)
    assert [(m.relation, p.geonameid, p.geo_precision) for m, p in places] == [
        ("region", 80, 3), ("region", 81, 3), ("region", 82, 3),
    ]  # fmt: skip


def test_a_krai_is_a_region(border: InMemoryGazetteer) -> None:
    border.add(_e(84, "Krasnodar", 45.15, 39.33, "Krasnodar", 5_000_000, "ADM1", "admin1", "RU"),
               ["Krasnodar Krai", "Краснодарский край"])  # fmt: skip
    border.add(_e(85, "Krai", 52.0, 24.0, "Brest", 300, country="BY"))
    text = "The drone attack targeted an oil depot in Krasnodar Krai."
    [(mention, place)] = geocode_text_places(text, border)
    assert (mention.surface, place.geonameid, place.geo_precision) == ("Krasnodar Krai", 84, 3)


@pytest.fixture
def towns() -> InMemoryGazetteer:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(90, "Zaporizhzhia", 47.82, 35.19, "Zaporizhia", 710_000, "PPLA"),
                  ["Запоріжжя", "Запорожье"])  # fmt: skip
    gazetteer.add(_e(91, "Zaporizke", 47.9, 34.2, "Dnipropetrovsk", 300), ["Запорізьке"])
    gazetteer.add(_e(92, "Donetsk", 48.0, 37.8, "Donetsk", 900_000, "PPLA"), ["Донецьк"])
    gazetteer.add(_e(93, "Sumy", 50.91, 34.8, "Sumy", 260_000, "PPLA"), ["Суми", "Сумы"])
    gazetteer.add(_e(94, "Syla", 47.5, 31.0, "Mykolaiv", 300), ["Сила", "Сили"])
    gazetteer.add(_e(95, "Tokmak", 47.25, 35.7, "Zaporizhia", 30_000), ["Токмак"])
    gazetteer.add(_e(96, "Bryansk", 52.9, 33.4, "Bryansk", 1_200_000, "ADM1", "admin1", "RU"),
                  ["Брянская область"])  # fmt: skip
    gazetteer.add(_e(97, "Bryansk", 53.25, 34.37, "Bryansk", 400_000, "PPLA", country="RU"),
                  ["Брянск"])  # fmt: skip
    return gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На Запорізькому напрямку ворог наступав.", [(90, "direction")]),
        ("Бої в Донецькому районі.", [(92, "district")]),
        ("Обстріл у Сумському районі.", [(93, "district")]),
        ("Над Брянской областью сбиты три беспилотника.", [(96, "")]),  # worded as a region
        ("Сили оборони знищили склад у Токмаку.", [(95, "in")]),
    ],
)
def test_ukrainian_and_russian_forms_of_districts_fronts_and_regions(
    towns: InMemoryGazetteer, text: str, expected: list[tuple[int, str]]
) -> None:
    found = [(p.geonameid, m.relation or "") for m, p in geocode_text_places(text, towns)]
    assert found == expected, text


@pytest.mark.parametrize(
    ("query", "relation"),
    [
        ("10 km NE of Bakhmut", "northeast of"),
        ("SE of Bakhmut", "southeast of"),
        ("N of Bakhmut", "north of"),
    ],
)
def test_compass_shorthand_is_a_bearing(gaz: InMemoryGazetteer, query: str, relation: str) -> None:
    mention, place = geocode_query(query, gazetteer=gaz)
    assert mention is not None and mention.relation == relation
    assert (place.geonameid, place.geo_precision) == (18, 2)


def test_a_place_hyphened_to_a_two_word_place_is_two_places() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(100, "Bakhmut", 48.59, 38.0, "Donetsk", 80_000))
    gazetteer.add(_e(101, "Chasiv Yar", 48.59, 37.83, "Donetsk", 12_000))
    text = "Fighting on the Bakhmut-Chasiv Yar road."
    assert [m.surface for m in find_places(text, gazetteer)] == ["Bakhmut", "Chasiv Yar"]
    assert find_places("Kyiv-based analysts said", gazetteer) == []


@pytest.mark.parametrize("query", ["Kupiansk r-n", "Kupiansk rn", "Kharkiv obl., Kupiansk rn"])
def test_an_abbreviated_raion_after_its_seat_is_the_district(
    gaz: InMemoryGazetteer, query: str
) -> None:
    gaz.add(_e(102, "Kharkiv", 49.6, 36.5, "Kharkiv", 2_600_000, "ADM1", "admin1"), ["Kharkiv obl"])
    mention, place = geocode_query(query, gazetteer=gaz)
    assert mention is not None and mention.relation == "district"
    assert (place.geonameid, place.geo_precision) == (17, 2)


def test_a_district_of_a_city_is_its_quarter_when_one_is_known() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(110, "Kharkiv", 49.98, 36.25, "Kharkiv", 1_400_000, "PPLA"))
    gazetteer.add(_e(111, "Saltivka", 50.02, 36.30, "Kharkiv", 0, "PPLX"), ["Saltivskyi district"])
    gazetteer.add(_e(112, "Saltivka", 48.5, 35.0, "Dnipropetrovsk", 200), ["Saltivskyi district"])
    text = "A missile hit the Saltivskyi district of Kharkiv."
    places = [(m.relation, p.geonameid) for m, p in geocode_text_places(text, gazetteer)]
    assert places == [("district", 111), (None, 110)]
    text = "A missile hit the Saltivskyi district of Odesa."  # no such quarter known there
    assert [p.geonameid for _, p in geocode_text_places(text, gazetteer)] == []


def test_a_possessive_place_is_no_first_name() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(113, "Kherson", 46.64, 32.61, "Kherson", 290_000, "PPLA"))
    text = "Shelling of Kherson's Korabelnyi district."  # an unknown word, as a surname is
    assert [m.surface for m in find_places(text, gazetteer)][:1] == ["Kherson's"]


def test_a_region_in_another_spelling_is_the_region() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(120, "Homyel", 52.4, 30.9, "Homyel", 1_400_000, "ADM1", "admin1", "BY"),
                  ["Homyel region", "Homyel Oblast"])  # fmt: skip
    gazetteer.add(_e(121, "Homyel'", 52.43, 30.98, "Homyel", 480_000, "PPLA", country="BY"),
                  ["Homel", "Gomel"])  # fmt: skip
    result = geocode_result("Homel region", gazetteer=gazetteer)
    assert (result.geonameid, result.geo_precision) == (120, 3)
    assert geocode_result("Homel", gazetteer=gazetteer).geonameid == 121


@pytest.mark.parametrize(
    "text", ["Fighting in the Bakhmut forest.", "Boats in the Kherson bay.", "The Kherson Strait."]
)
def test_a_forest_or_bay_named_after_a_town_is_near_the_town(
    gaz: InMemoryGazetteer, text: str
) -> None:
    [(mention, place)] = geocode_text_places(text, gaz)
    town = KHERSON if "Kherson" in text else BAKHMUT
    assert (mention.relation, place.geonameid, place.geo_precision) == ("near", town.geonameid, 2)


@pytest.mark.parametrize(
    "query",
    [
        "Vesele near Kupiansk",
        "Vesele 5 km south of Kupiansk",
        "Vesele on the outskirts of Kupiansk",
    ],
)
def test_a_place_located_by_another_without_a_comma_takes_it_as_context(
    gaz: InMemoryGazetteer, query: str
) -> None:
    gaz.add(_e(40, "Vesele", 49.68, 37.6, "Kharkiv", 0))
    gaz.add(_e(41, "Vesele", 46.9, 33.3, "Kherson", 2_000))
    mention, place = geocode_query(query, gazetteer=gaz)
    assert mention is not None and mention.surface == "Vesele"
    assert place.geonameid == 40
    _, alone = geocode_query("Vesele", gazetteer=gaz)
    assert alone.geonameid == 41  # nothing names Kupiansk: the larger village


def test_a_second_name_in_brackets_narrows_the_head_to_the_place_bearing_both() -> None:
    pokrovsk = _e(50, "Pokrovsk", 48.28, 37.18, "Donetsk", 60_000)
    engels = _e(51, "Engels", 51.48, 46.11, "Saratov", 200_000, country="RU")  # once Pokrovsk
    krasnoarmeysk_ru = _e(52, "Krasnoarmeysk", 51.02, 45.7, "Saratov", 22_000, country="RU")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(pokrovsk, ["Krasnoarmeysk"])
    gazetteer.add(engels, ["Pokrovsk"])
    gazetteer.add(krasnoarmeysk_ru)
    _, place = geocode_query("Pokrovsk (Krasnoarmeysk)", gazetteer=gazetteer)
    assert place.geonameid == 50
    _, place = geocode_query("Krasnoarmeysk (Pokrovsk)", gazetteer=gazetteer)
    assert place.geonameid == 50


def test_a_region_or_country_after_the_place_without_a_comma_qualifies_it() -> None:
    svatove = _e(60, "Svatove", 49.41, 38.16, "Luhansk", 16_000)
    svatovo_kz = _e(61, "Svatovo", 50.0, 70.0, "Karaganda", 500_000, country="KZ")
    luhansk_oblast = _e(62, "Luhansk", 48.98, 39.02, "Luhansk", 2_000_000, "ADM1", "admin1")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(svatove, ["Svatovo"])
    gazetteer.add(svatovo_kz)
    gazetteer.add(luhansk_oblast, ["LPR", "Luhansk Oblast"])
    for query in ("Svatovo LPR", "Svatovo Luhansk Oblast"):
        mention, place = geocode_query(query, gazetteer=gazetteer)
        assert mention is not None and mention.surface == "Svatovo"
        assert place.geonameid == 60, query
    assert geocode_query("Svatovo", gazetteer=gazetteer)[1].geonameid == 61  # the larger


@pytest.mark.parametrize(
    "query", ["northwest of Bakhmut near Bohdanivka", "5 km west of Bakhmut, near Bohdanivka"]
)
def test_a_bearing_from_one_place_then_near_another_is_the_other(
    gaz: InMemoryGazetteer, query: str
) -> None:
    mention, place = geocode_query(query, gazetteer=gaz)
    assert mention is not None and mention.surface == "Bohdanivka"
    assert (place.geonameid, place.geo_precision) == (BOHDANIVKA_FRONT.geonameid, 2)
    # A place "near" that lies far from the bearing's town is no refinement of it.
    mention, place = geocode_query("east of Kupiansk near Bakhmut", gazetteer=gaz)
    assert (place.geonameid, place.geo_precision) == (KUPIANSK.geonameid, 2)


def test_a_head_found_only_far_beyond_the_named_oblast_yields_to_the_oblast() -> None:
    belgorod_oblast = _e(70, "Belgorod", 50.67, 37.16, "Belgorod", 1_500_000, "ADM1", "admin1",
                         country="RU")  # fmt: skip
    murom_vladimir = _e(71, "Murom", 55.57, 42.02, "Vladimir", 110_000, country="RU")
    by_the_border = _e(72, "Kozinka", 50.46, 35.6, "Kursk", 300, country="RU")  # misfiled
    gazetteer = InMemoryGazetteer()
    gazetteer.add(belgorod_oblast, ["Belgorod Oblast", "Belgorod region"])
    gazetteer.add(murom_vladimir)
    gazetteer.add(by_the_border)
    for i, (lat, lon) in enumerate(((50.3, 36.0), (51.0, 38.3), (50.6, 36.6))):
        gazetteer.add(_e(73 + i, f"Belgorod village {i}", lat, lon, "Belgorod", 100, country="RU"))
    _, place = geocode_query("Murom, Belgorod region", gazetteer=gazetteer)
    assert (place.geonameid, place.geo_precision) == (70, 3)  # Belgorod's Murom is missing
    _, place = geocode_query("Kozinka, Belgorod region", gazetteer=gazetteer)
    assert place.geonameid == 72  # just beyond the oblast's edge: the same village


def test_a_head_found_only_far_beyond_the_named_raion_yields_to_the_raion() -> None:
    raion = GazetteerEntry(90, "Bakhmutskyi", 48.58, 38.0, "UA", "Donetsk", "Bakhmutskyi",
                           "ADM2", 0, "admin2")  # fmt: skip
    far = _e(91, "Nahirne", 45.43, 28.45, "Odesa", 2_600)  # the only Nahirne known
    gazetteer = InMemoryGazetteer()
    gazetteer.add(raion, ["Bakhmut raion"])
    gazetteer.add(far)
    for i, (lat, lon) in enumerate(((48.8, 38.2), (48.4, 37.8), (48.6, 38.1))):
        village = GazetteerEntry(92 + i, f"Village {i}", lat, lon, "UA", "Donetsk",
                                 "Bakhmutskyi", "PPL", 100, "place")  # fmt: skip
        gazetteer.add(village)
    _, place = geocode_query("Nahirne, Bakhmut raion", gazetteer=gazetteer)
    assert (place.admin2, place.geo_precision) == ("Bakhmutskyi", 2)
    assert place.geonameid != 91
    # A city's quarter that shares its name with raions elsewhere is no such raion.
    gazetteer.add(KHERSON)
    for gid, lat, lon, admin1 in ((96, 48.5, 35.1, "Dnipropetrovsk"), (97, 50.5, 30.6, "Kyiv")):
        gazetteer.add(GazetteerEntry(gid, "Dniprovskyi", lat, lon, "UA", admin1, "Dniprovskyi",
                                     "ADM2", 0, "admin2"), ["Dniprovskyi district"])  # fmt: skip
    for query in ("Kherson's Dniprovskyi district", "Kherson, Dniprovskyi district"):
        assert geocode_query(query, gazetteer=gazetteer)[1].geonameid == KHERSON.geonameid, query
    # One raion of the name, after an oblast's capital of 65,000: a quarter of the city.
    gazetteer.add(GazetteerEntry(98, "Shevchenkivskyi", 50.46, 30.48, "UA", "Kyiv City",
                                 "Shevchenkivskyi", "ADM2", 0, "admin2"),
                  ["Shevchenkivskyi district"])  # fmt: skip
    gazetteer.add(_e(102, "Uzhhorod", 48.62, 22.29, "Zakarpattia", 65_000, "PPLA"))
    for query in ("Uzhhorod's Shevchenkivskyi district", "Uzhhorod, Shevchenkivskyi district"):
        assert geocode_query(query, gazetteer=gazetteer)[1].geonameid == 102, query
    # A raion named after a town by the head is that town's old raion, not a new one afar.
    zolochivskyi = GazetteerEntry(99, "Zolochivskyi", 49.8, 24.9, "UA", "Lviv", "Zolochivskyi",
                                  "ADM2", 0, "admin2")  # fmt: skip
    gazetteer.add(zolochivskyi, ["Zolochiv raion"])
    gazetteer.add(_e(100, "Zolochiv", 50.28, 35.98, "Kharkiv", 7_700, "PPLA3"))
    gazetteer.add(_e(101, "Udy", 50.3, 36.1, "Kharkiv", 1_000))
    assert geocode_query("Udy, Zolochiv raion", gazetteer=gazetteer)[1].geonameid == 101
    gazetteer.add(zolochivskyi, ["Zolochivskyi raion"])  # named by the adjective too
    assert geocode_query("Udy, Zolochivskyi raion", gazetteer=gazetteer)[1].geonameid == 101


def test_a_head_whose_first_word_alone_is_a_village_elsewhere_is_matched_whole() -> None:
    chorna = _e(100, "Chorna", 47.62, 29.34, "Odesa", 2_157)
    chorna_dolyna = _e(101, "Chorna Dolyna", 46.53, 33.47, "Kherson", 0)
    dolia = _e(103, "Dolia", 47.88, 37.72, "Donetsk", 0)
    gazetteer = InMemoryGazetteer()
    for entry in (chorna, chorna_dolyna, dolia):
        gazetteer.add(entry)
    gazetteer.add(KHERSON_OBLAST, ["Kherson region"])
    gazetteer.add(_e(102, "Kherson village", 46.9, 33.9, "Kherson", 100))
    mention, place = geocode_query("Chorna Dolia, Kherson region", gazetteer=gazetteer)
    assert mention is not None and mention.surface == "Chorna Dolia"
    assert place.geonameid == 101
    assert geocode_query("Chorna, Odesa", gazetteer=gazetteer)[1].geonameid == 100


def test_a_name_opening_adjective_alone_is_no_village() -> None:
    klimovo = _e(80, "Klimovo", 52.38, 32.2, "Bryansk", 13_000, country="RU")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(klimovo)
    gazetteer.add(_e(81, "Nove", 47.75, 36.39, "Zaporizhia", 200), ["Novye", "Novoye"])
    gazetteer.add(_e(82, "Yurkovichi", 53.79, 26.98, "Minsk", 0, country="BY"))  # another
    mentions = find_places("Shelling of Novye Yurkovichi and Klimovo.", gazetteer)
    assert [m.surface for m in mentions] == ["Klimovo"]
    assert [m.surface for m in find_places("Shelling of Novye, Zaporizhzhia.", gazetteer)] == [
        "Novye"
    ]


def test_lower_case_words_inside_place_names() -> None:
    rostov = _e(90, "Rostov-on-Don", 47.22, 39.71, "Rostov", 1_100_000, country="RU")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(rostov, ["Rostov-na-Donu"])
    gazetteer.add(_e(91, "Rostov", 51.96, 33.74, "Sumy", 100))
    [mention] = find_places("Drones struck Rostov na Donu on Monday.", gazetteer)
    assert mention.surface == "Rostov na Donu" and mention.candidates == (rostov,)
    [mention] = find_places("Drones struck Rostov on Monday.", gazetteer)
    assert mention.surface == "Rostov"
    sakko = _e(92, "Sakko i Vantsetti", 48.5, 37.9, "Donetsk", 100)
    gazetteer.add(sakko, ["Sakko i Vancetti"])
    [mention] = find_places("Clashes near Sakko i Vancetti on Monday.", gazetteer)
    assert mention.candidates == (sakko,)


def test_a_name_of_two_oblasts_gives_both_as_context() -> None:
    donetsk = _e(100, "Donetsk", 48.05, 37.67, "Donetsk", 4_000_000, "ADM1", "admin1")
    luhansk = _e(101, "Luhansk", 48.98, 39.02, "Luhansk", 2_100_000, "ADM1", "admin1")
    in_luhansk = _e(102, "Bilohorivka", 48.2, 39.8, "Luhansk", 900)  # far from the front
    elsewhere = _e(103, "Bilohorivka", 49.5, 30.0, "Kyiv", 1_500)
    gazetteer = InMemoryGazetteer()
    gazetteer.add(donetsk, ["Donbas"])
    gazetteer.add(luhansk, ["Donbas"])
    gazetteer.add(in_luhansk)
    gazetteer.add(elsewhere)
    (_, region), (_, village) = geocode_text_places(
        "Fighting goes on in the Donbas; shelling hit Bilohorivka.", gazetteer
    )
    assert (region.geonameid, region.geo_precision) == (100, 3)  # the larger, at precision 3
    assert village.geonameid == 102


def test_a_name_qualified_by_an_oblast_is_matched_again_among_that_oblasts_places() -> None:
    zaporizhia = _e(110, "Zaporizhia", 47.5, 35.5, "Zaporizhia", 1_600_000, "ADM1", "admin1")
    donetsk = _e(111, "Donetsk", 48.05, 37.67, "Donetsk", 4_000_000, "ADM1", "admin1")
    krynytsia = _e(112, "Chervona Krynytsia", 47.6, 36.0, "Zaporizhia", 300)
    kutuzivka_elsewhere = _e(113, "Kutuzivka", 50.0, 36.4, "Kharkiv", 2_000)
    kutuzivka_here = _e(114, "Kutuzovka", 48.3, 37.9, "Donetsk", 200)
    gazetteer = InMemoryGazetteer()
    gazetteer.add(zaporizhia, ["Zaporizhia Oblast"])
    gazetteer.add(donetsk, ["Donetsk region"])
    gazetteer.add(_e(115, "Kharkiv", 49.6, 36.5, "Kharkiv", 2_600_000, "ADM1", "admin1"))
    for entry in (krynytsia, kutuzivka_elsewhere, kutuzivka_here):
        gazetteer.add(entry)
    text = "Russian forces shelled near Chervona Krunytsia, Zaporizhia. No casualties."
    (mention, place), _ = geocode_text_places(text, gazetteer)
    assert (mention.surface, mention.relation, place.geonameid) == (
        "Chervona Krunytsia",
        "near",
        112,
    )
    text = "On 29 March, Russian forces shelled Kutuzivka, Donetsk region, damaging 2 houses."
    (mention, place), _ = geocode_text_places(text, gazetteer)
    assert place.geonameid == 114
    (mention, place), _ = geocode_text_places("Kutuzivka, Kharkiv region.", gazetteer)
    assert place.geonameid == 113  # spelt so in the oblast named: nothing to re-match


def test_a_list_of_places_is_not_re_matched_as_a_qualified_name() -> None:
    kharkiv = _e(120, "Kharkiv", 49.99, 36.23, "Kharkiv", 1_400_000, "PPLA")
    kharkiv_oblast = _e(121, "Kharkiv", 49.6, 36.5, "Kharkiv", 2_600_000, "ADM1", "admin1")
    donetsk = _e(122, "Donetsk", 48.05, 37.67, "Donetsk", 4_000_000, "ADM1", "admin1")
    namesake = _e(123, "Kharkivka", 48.2, 37.5, "Donetsk", 100)
    gazetteer = InMemoryGazetteer()
    for entry in (kharkiv, kharkiv_oblast, donetsk, namesake):
        gazetteer.add(entry)
    results = geocode_text_places("Drones hit Kharkiv, Donetsk, Kharkiv and Donetsk.", gazetteer)
    assert results[0][1].geonameid == 120
    mykolaiv = _e(124, "Mykolaiv", 46.98, 31.99, "Mykolaiv", 470_000, "PPLA")
    mykolaivka = _e(125, "Mykolaivka", 46.9, 33.0, "Kherson", 300)  # spelt almost alike
    kherson_oblast = _e(126, "Kherson", 46.8, 33.5, "Kherson", 1_000_000, "ADM1", "admin1")
    for entry in (mykolaiv, mykolaivka, kherson_oblast):
        gazetteer.add(entry)
    results = geocode_text_places("Drones hit Mykolaiv, Kherson.", gazetteer)
    assert results[0][1].geonameid == 124  # the list's end, not a Mykolaivka of Kherson


def test_a_common_word_is_no_big_place_that_bears_it_only_as_an_alias() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(130, "Ho", 6.6, 0.47, "Volta", 130_000, country="GH"), ["No"])
    gazetteer.add(_e(131, "Nice", 43.7, 7.27, "Provence", 340_000, country="FR"))
    assert find_places("No casualties were reported.", gazetteer) == []
    assert [m.surface for m in find_places("Nice was calm.", gazetteer)] == ["Nice"]
    # A common word followed by the oblast of a village of its name is that village.
    gazetteer.add(_e(132, "Hai", 52.3, 33.3, "Chernihiv", 0))
    gazetteer.add(_e(133, "Chernihiv", 51.5, 31.3, "Chernihiv", 1_000_000, "ADM1", "admin1"))
    text = "Russian forces shelled near Hai, Chernihiv."
    assert [m.surface for m in find_places(text, gazetteer)] == ["Hai", "Chernihiv"]
    assert [m.surface for m in find_places("Hai, Sumy was quiet.", gazetteer)] == []
    for text in ("Hai, Chernihiv: a headline.", "said Hai, Chernihiv resident."):
        assert [m.surface for m in find_places(text, gazetteer)] == ["Chernihiv"], text


def test_city_dash_district_in_running_text_is_the_district(gaz: InMemoryGazetteer) -> None:
    text = "Ukrainian forces shelled positions in Donetsk - Petrovskyi, Donetsk, on Monday."
    (mention, place), (qualifier, _) = geocode_text_places(text, gaz)
    assert (mention.surface, place.geonameid) == ("Donetsk - Petrovskyi", PETROVSKYI.geonameid)
    assert qualifier.surface == "Donetsk"
    results = geocode_text_places("Strikes on Kherson - Petrovskyi next.", gaz)
    assert [m.surface for m, _ in results][:1] == ["Kherson"]  # no Petrovskyi inside Kherson


def test_a_bare_name_of_a_town_is_the_town_however_near_the_front_its_villages_lie() -> None:
    town = _e(140, "Synelnykove", 48.32, 35.53, "Dnipropetrovsk", 30_000)
    by_the_border = _e(141, "Synelnykove", 50.26, 36.90, "Kharkiv", 0)  # by Vovchansk
    by_the_line = _e(142, "Synelnykove", 48.6, 38.0, "Donetsk", 2_500)  # by Bakhmut
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(143, "Kharkiv", 49.6, 36.5, "Kharkiv", 2_600_000, "ADM1", "admin1"),
                  ["Kharkiv Oblast"])  # fmt: skip
    for entry in (town, by_the_border, by_the_line):
        gazetteer.add(entry)
    assert geocode_query("Synelnykove", gazetteer=gazetteer)[1].geonameid == 140
    assert geocode_query("Synelnykove", country="UA", gazetteer=gazetteer)[1].geonameid == 140
    located = geocode_query("Synelnykove, Kharkiv Oblast", gazetteer=gazetteer)[1]
    assert located.geonameid == 141


def test_a_town_near_the_front_is_not_dwarfed_by_a_city_of_its_name_far_away() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(150, "Seversk", 56.6, 84.89, "Tomsk", 115_000, country="RU"))
    gazetteer.add(_e(151, "Siversk", 48.86, 38.10, "Donetsk", 10_875), ["Seversk"])
    gazetteer.add(_e(152, "Seversk", 50.3, 36.9, "Kharkiv", 150))  # a village by the border
    tomsk = _e(153, "Tomsk", 58.5, 82.5, "Tomsk", 1_000_000, "ADM1", "admin1", "RU")
    gazetteer.add(tomsk, ["Tomsk Oblast"])
    assert geocode_query("Seversk", gazetteer=gazetteer)[1].geonameid == 151
    assert geocode_query("Seversk, Tomsk Oblast", gazetteer=gazetteer)[1].geonameid == 150


def _raion(gid: int, name: str, lat: float, lon: float, admin1: str) -> GazetteerEntry:
    return GazetteerEntry(gid, name, lat, lon, "UA", admin1, name, "ADM2", 0, "admin2")


def test_a_raion_of_another_oblast_than_the_one_named_is_the_named_oblasts_old_raion() -> None:
    gazetteer = InMemoryGazetteer()
    for gid, name, lat, lon in ((160, "Kharkiv", 49.6, 36.5), (161, "Mykolaiv", 47.3, 32.0)):
        gazetteer.add(_e(gid, name, lat, lon, name, 1_000_000, "ADM1", "admin1"),
                      [f"{name} oblast", f"{name} region"])  # fmt: skip
    # Today's only Pervomaiskyi raion is Mykolaiv's; Kharkiv's was merged in 2020.
    gazetteer.add(_raion(162, "Pervomaiskyi", 48.05, 30.85, "Mykolaiv"),
                  ["Pervomaiskyi raion", "Pervomaiskyi district"])  # fmt: skip
    gazetteer.add(_e(163, "Pervomaiskyi", 49.39, 36.21, "Kharkiv", 29_000, "PPLA3"))
    mykolaiv = GazetteerEntry(164, "Mykhailivka", 47.81, 30.53, "UA", "Mykolaiv",
                              "Pervomaiskyi", "PPL", 0, "place")  # fmt: skip
    gazetteer.add(mykolaiv)
    gazetteer.add(_e(165, "Mykhailivka", 49.32, 36.47, "Kharkiv"))  # 20 km from Pervomaiskyi
    gazetteer.add(_e(166, "Mykhailivka", 50.08, 36.53, "Kharkiv"))  # by the Russian border
    # The front prior alone picks the border village; the old raion picks its own.
    assert geocode_query("Mykhailivka, Kharkiv oblast", gazetteer=gazetteer)[1].geonameid == 166
    query = "Mykhailivka, Pervomaiskyi raion, Kharkiv oblast"
    assert geocode_query(query, gazetteer=gazetteer)[1].geonameid == 165
    query = "Mykhailivka, Pervomaiskyi raion, Mykolaiv oblast"
    assert geocode_query(query, gazetteer=gazetteer)[1].geonameid == 164
    # Named alone with its oblast, the old raion is its seat, at precision 2.
    result = geocode_result("Pervomaiskyi district, Kharkiv region", gazetteer=gazetteer)
    assert (result.geonameid, result.geo_precision) == (163, 2)
    result = geocode_result("Pervomaiskyi district, Mykolaiv region", gazetteer=gazetteer)
    assert (result.admin2, result.geo_precision) == ("Pervomaiskyi", 2)


def test_after_a_raion_an_oblasts_name_is_the_oblast_not_a_village_of_the_raion() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(170, "Zaporizhia", 47.5, 35.8, "Zaporizhia", 1_600_000, "ADM1", "admin1"),
                  ["Zaporizhzhia", "Zaporizhzhia oblast"])  # fmt: skip
    gazetteer.add(_e(171, "Zaporizhzhia", 47.85, 35.12, "Zaporizhia", 710_000, "PPLA"))
    raion = GazetteerEntry(172, "Polohivskyi", 47.4, 36.0, "UA", "Zaporizhia", "Polohivskyi",
                           "ADM2", 0, "admin2")  # fmt: skip
    gazetteer.add(raion, ["Polohy district", "Polohy raion"])
    for gid, name, lat, lon, pop in ((173, "Polohy", 47.48, 36.25, 18_000),
                                     (174, "Zaporizhzhia", 47.15, 35.74, 200)):  # fmt: skip
        gazetteer.add(GazetteerEntry(gid, name, lat, lon, "UA", "Zaporizhia", "Polohivskyi",
                                     "PPLA2" if gid == 173 else "PPL", pop, "place"))  # fmt: skip
    result = geocode_result("Polohy district, Zaporizhzhia", gazetteer=gazetteer)
    assert (result.geonameid, result.geo_precision) == (173, 2)
    # a division, then a place: still the place ("Zaporizhzhia oblast, Polohy")
    assert geocode_result("Zaporizhzhia oblast, Polohy", gazetteer=gazetteer).geonameid == 173


def test_a_head_found_only_far_from_the_district_named_after_it_yields_to_the_district(
    border: InMemoryGazetteer,
) -> None:
    border.add(_e(59, "Murom", 55.57, 42.02, "Vladimir", 110_000, country="RU"))
    for query in ("Murom, Shebekino district", "Murom, Shebekinsky district"):
        result = geocode_result(query, gazetteer=border)
        assert (result.geonameid, result.geo_precision) == (51, 2), query
    border.add(_e(60, "Murom", 50.41, 36.89, "Belgorod", 300, country="RU"))  # by Shebekino
    assert geocode_result("Murom, Shebekino district", gazetteer=border).geonameid == 60


def test_a_place_located_by_another_but_known_only_far_from_it_is_the_other_place(
    gaz: InMemoryGazetteer,
) -> None:
    gaz.add(_e(180, "Paraskoviivka", 47.87, 37.45, "Donetsk"))  # by Marinka, 95 km away
    result = geocode_result("Paraskoviivka, north of Bakhmut", gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == (BAKHMUT.geonameid, 2)
    gaz.add(_e(181, "Paraskoviivka", 48.64, 38.03, "Donetsk"))  # north of Bakhmut
    assert geocode_result("Paraskoviivka, north of Bakhmut", gazetteer=gaz).geonameid == 181


def test_a_towns_community_is_an_area_at_the_town(gaz: InMemoryGazetteer) -> None:
    for query in ("Kupiansk hromada", "Kupiansk urban community"):
        result = geocode_result(query, gazetteer=gaz)
        assert (result.geonameid, result.geo_precision) == (KUPIANSK.geonameid, 2), query


def test_a_citys_community_missing_from_the_gazetteer_is_the_city_not_a_namesake_elsewhere() -> (
    None
):
    gazetteer = InMemoryGazetteer()
    gazetteer.add(KHERSON_OBLAST, ["Kherson oblast"])
    city = _e(190, "Kostiantynivka", 48.53, 37.71, "Donetsk", 67_000)
    gazetteer.add(city)
    village_community = _e(191, "Kostiantynivska hromada", 46.82, 33.87, "Kherson", 0, "ADM3")
    gazetteer.add(village_community, ["Kostiantynivka hromada", "Kostiantynivska hromada"])
    result = geocode_result("Kostiantynivka hromada", gazetteer=gazetteer)
    assert (result.geonameid, result.geo_precision) == (190, 2)
    result = geocode_result("Kostiantynivka hromada, Kherson oblast", gazetteer=gazetteer)
    assert result.geonameid == 191


@pytest.mark.parametrize(
    "query",
    ["Bohdanivka and Bakhmut", "Bohdanivka & Bakhmut", "Bohdanivka та Bakhmut",
     "between the villages of Bohdanivka and Bakhmut"],
)  # fmt: skip
def test_two_places_named_together_the_second_is_the_firsts_context(
    gaz: InMemoryGazetteer, query: str
) -> None:
    gaz.add(_e(200, "Bohdanivka", 49.75, 37.75, "Kharkiv", 9_000), ["Богданівка"])  # by Kupiansk
    assert geocode_result(query, gazetteer=gaz).geonameid == BOHDANIVKA_FRONT.geonameid, query


def test_a_place_near_a_front_or_a_road_is_the_reading_that_lies_there(
    gaz: InMemoryGazetteer,
) -> None:
    by_kupiansk = _e(210, "Bohdanivka", 49.75, 37.75, "Kharkiv", 9_000)  # larger, elsewhere
    gaz.add(by_kupiansk)
    assert geocode_result("Bohdanivka", gazetteer=gaz).geonameid == 210
    for query in (
        "in the Bakhmut direction near Bohdanivka",
        "on the Bakhmut axis near Bohdanivka",
    ):
        result = geocode_result(query, gazetteer=gaz)
        assert (result.geonameid, result.geo_precision) == (BOHDANIVKA_FRONT.geonameid, 2), query
    # on the road between two towns: the reading that lies along it, whatever its oblast
    on_the_road = _e(211, "Shevchenkove", 49.15, 37.8, "Kharkiv", 300)
    for gid, lat, lon, pop in ((212, 46.8, 33.5, 5_000), (213, 49.95, 36.4, 2_000)):
        gaz.add(_e(gid, "Shevchenkove", lat, lon, "Kherson" if gid == 212 else "Kharkiv", pop))
    gaz.add(on_the_road)
    result = geocode_result("Bakhmut–Kupiansk road near Shevchenkove", gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == (211, 2)


def test_an_oblast_raion_by_its_adjective_then_the_village_in_it() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(220, "Chuhuiv", 49.84, 36.69, "Kharkiv", 30_000, "PPLA2"), ["Чугуїв"])
    gazetteer.add(_e(221, "Vilcha", 50.25, 36.94, "Kharkiv", 1_000), ["Вільча"])
    gazetteer.add(_e(222, "Vilcha", 51.1, 29.9, "Kyiv", 1_500), ["Вільча"])
    for query in ("Чугуївський район, с. Вільча", "Chuhuivskyi raion, Vilcha village",
                  "Чугуївський район: Вільча"):  # fmt: skip
        assert geocode_result(query, gazetteer=gazetteer).geonameid == 221, query
    assert geocode_result("Чугуївський район", gazetteer=gazetteer).geonameid == 220


def test_a_village_located_by_a_bearing_in_brackets_is_the_one_that_lies_there(
    gaz: InMemoryGazetteer,
) -> None:
    gaz.add(_e(230, "Pishchane", 48.62, 38.05, "Donetsk"))  # by Bakhmut
    gaz.add(_e(231, "Pishchane", 47.77, 37.87, "Donetsk"))  # 95 km south
    gaz.add(_e(232, "Pishchane", 49.65, 37.78, "Kharkiv", 6_000))  # larger, by Kupiansk
    gaz.add(_e(233, "Bakhmut", 49.15, 34.28, "Poltava", 300))  # Bakhmut is no sure anchor
    result = geocode_result("near Pishchane (northeast of Bakhmut)", gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == (230, 2)
    assert [c.geonameid for c in result.candidates] == [230]  # no namesake far from it


def test_review_cases_a_known_town_a_headline_colon_and_two_cities_together(
    gaz: InMemoryGazetteer,
) -> None:
    gaz.add(_e(240, "Kramatorsk", 48.73, 37.56, "Donetsk", 150_000))
    result = geocode_result("Kramatorsk, north of Donetsk", gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == (240, 1)  # a town, though 80 km off
    assert geocode_result("Breaking: Kupiansk", gazetteer=gaz).geonameid == KUPIANSK.geonameid
    gaz.add(_e(241, "Kherson", 46.8, 33.5, "Kherson", 1_000_000, "ADM1", "admin1"))
    result = geocode_result("Kupiansk and Kherson", gazetteer=gaz)
    assert (result.geonameid, result.geo_precision) == (KUPIANSK.geonameid, 1)
