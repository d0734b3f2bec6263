"""Geocoding in context, on a small hand-built gazetteer."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import EntryKind, GazetteerEntry, InMemoryGazetteer
from sitrep.resolve.geocode import (
    GeoContext,
    candidate_features,
    find_places,
    geocode_query,
    geocode_text_places,
    rank_candidates,
    resolve_place,
)


def _e(gid: int | None, name: str, lat: float, lon: float, country: str, admin1: str | None,
       population: int = 0, code: str = "PPL", kind: EntryKind = "place",
       admin2: str | None = None) -> GazetteerEntry:  # fmt: skip
    return GazetteerEntry(gid, name, lat, lon, country, admin1, admin2, code, population, kind)


KHARKIV_OBLAST = _e(706482, "Kharkiv", 49.6, 36.5, "UA", "Kharkiv", 2_600_000, "ADM1", "admin1")
BELGOROD_OBLAST = _e(None, "Belgorod", 50.67, 37.16, "RU", "Belgorod", 1_000_000, "ADM1", "admin1")
KHARKIV = _e(706483, "Kharkiv", 49.98, 36.25, "UA", "Kharkiv", 1_421_125, "PPLA")
KHERSON = _e(706448, "Kherson", 46.64, 32.61, "UA", "Kherson", 66_000, "PPLA")
KHERSON_VILLAGE = _e(1, "Kherson", 48.0, 35.0, "UA", "Dnipropetrovsk", 300)
SHEBEKINO = _e(495112, "Shebekino", 50.41, 36.93, "RU", "Belgorod", 45_194)
BAKHMUT = _e(713174, "Bakhmut", 48.59, 37.99, "UA", "Donetsk", 80_500, "PPLA2")
VESELE_KHARKIV = _e(2, "Vesele", 49.9, 36.9, "UA", "Kharkiv", 400)
VESELE_ZAP = _e(3, "Vesele", 47.5, 35.7, "UA", "Zaporizhia", 900)  # by the front
PECHENIHY = _e(697803, "Pechenihy", 49.87, 36.94, "UA", "Kharkiv", 5112, "PPLA3")
RUSSIA = _e(2017370, "Russia", 55.75, 37.62, "RU", None, 144_000_000, "PCLI", "country")
UKRAINE = _e(690791, "Ukraine", 49.0, 32.0, "UA", None, 40_000_000, "PCLI", "country")
JUNE = _e(4, "June", 48.0, 38.0, "UA", "Donetsk", 50)


@pytest.fixture
def gaz() -> InMemoryGazetteer:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(KHARKIV_OBLAST, ["Kharkiv Oblast", "Kharkiv region", "Харківська область"])
    gazetteer.add(BELGOROD_OBLAST, ["Belgorod Oblast", "Belgorod region"])
    for entry in [KHARKIV, KHERSON, KHERSON_VILLAGE, SHEBEKINO, BAKHMUT, VESELE_KHARKIV,
                  VESELE_ZAP, RUSSIA, UKRAINE, JUNE]:  # fmt: skip
        gazetteer.add(entry)
    gazetteer.add(PECHENIHY, ["Печеніги"])
    return gazetteer


def test_mentions_are_spans_of_the_text(gaz: InMemoryGazetteer) -> None:
    text = "Shelling hit Shebekino and Bakhmut."
    mentions = find_places(text, gaz)
    assert [m.surface for m in mentions] == ["Shebekino", "Bakhmut"]
    assert all(text[m.start : m.end] == m.surface for m in mentions)


def test_longest_phrase_wins(gaz: InMemoryGazetteer) -> None:
    [mention] = find_places("Strikes in Kharkiv Oblast.", gaz)
    assert mention.surface == "Kharkiv Oblast"
    assert [c.kind for c in mention.candidates] == ["admin1"]


def test_common_words_and_lowercase_are_not_places(gaz: InMemoryGazetteer) -> None:
    assert find_places("In June the kharkiv team won.", gaz) == []


def test_organisation_names_are_not_places(gaz: InMemoryGazetteer) -> None:
    text = "The Armed Forces of Ukraine said Russia attacked."
    assert [m.surface for m in find_places(text, gaz)] == ["Russia"]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("fighting near Bakhmut", "near"),
        ("20 km south of Bakhmut", "south of"),
        ("north-east of Bakhmut", "northeast of"),
        ("on the outskirts of Bakhmut", "outskirts of"),
        ("near occupied Bakhmut", "near"),
        ("near the Bakhmut checkpoint", "near"),
        ("Bakhmut's outskirts", "outskirts of"),
        ("обстріл у районі Bakhmut", "near"),
        ("на окраине Bakhmut", "outskirts of"),
        ("in the Bakhmut direction", "direction"),
        ("Bakhmut district", "district"),
        ("in the village of Bakhmut", "in"),
        ("near the village of Bakhmut", "near"),
        ("в районе н.п. Bakhmut", "near"),
        ("в районе населенного пункта Bakhmut", "near"),
        ("в районах населених пунктів Bakhmut", "near"),
        ("у районі с. Bakhmut", "near"),
        ("в с. Bakhmut", "in"),
        ("Bakhmut hromada", "community"),
        ("Bakhmut ATG", "community"),
        ("the Bakhmut community mourned", None),  # people, not a hromada
        ("the hromada of Bakhmut", "community"),
        ("2 km from Bakhmut", "near"),
        ("в 5 км от Bakhmut", "near"),
        ("the Bakhmut urban community", "community"),
        ("Bakhmut", None),
    ],
)
def test_relations(gaz: InMemoryGazetteer, text: str, relation: str | None) -> None:
    [mention] = find_places(text, gaz)
    assert mention.relation == relation


def test_cyrillic_mentions(gaz: InMemoryGazetteer) -> None:
    [mention] = find_places("Обстріл Печеніги вранці", gaz)
    assert mention.candidates == (PECHENIHY,)


def test_g_for_h_spelling_fallback(gaz: InMemoryGazetteer) -> None:
    [mention] = find_places("Pechenigy was shelled", gaz)
    assert mention.candidates == (PECHENIHY,)


def test_exact_settlement_has_precision_1(gaz: InMemoryGazetteer) -> None:
    [(_, place)] = geocode_text_places("Drones hit Shebekino.", gaz)
    assert (place.location, place.country, place.admin1) == ("Shebekino", "Russia", "Belgorod")
    assert (place.geo_precision, place.geonameid) == (1, 495112)


def test_near_a_town_has_precision_2_and_its_coordinates(gaz: InMemoryGazetteer) -> None:
    [(_, place)] = geocode_text_places("Clashes near Bakhmut.", gaz)
    assert (place.latitude, place.longitude, place.geo_precision) == (48.59, 37.99, 2)


def test_bare_region_has_precision_3_at_its_centroid(gaz: InMemoryGazetteer) -> None:
    [(_, place)] = geocode_text_places("Shelling in Belgorod Oblast.", gaz)
    assert (place.location, place.admin1, place.country) == ("Belgorod", "Belgorod", "Russia")
    assert (place.latitude, place.geo_precision, place.geonameid) == (50.67, 3, None)


def test_city_ranks_over_villages_of_the_same_name(gaz: InMemoryGazetteer) -> None:
    _, place = geocode_query("Kherson", gazetteer=gaz)
    assert place.geonameid == KHERSON.geonameid


def test_bare_city_name_means_the_city_not_the_region(gaz: InMemoryGazetteer) -> None:
    _, place = geocode_query("Kharkiv", gazetteer=gaz)
    assert (place.geonameid, place.geo_precision) == (KHARKIV.geonameid, 1)


def test_oblast_named_in_the_text_picks_the_namesake(gaz: InMemoryGazetteer) -> None:
    results = geocode_text_places("Vesele, Kharkiv region, came under fire.", gaz)
    assert results[0][1].geonameid == VESELE_KHARKIV.geonameid
    results = geocode_text_places("Vesele came under fire.", gaz)
    assert results[0][1].geonameid == VESELE_ZAP.geonameid


def test_nearby_places_pick_the_namesake(gaz: InMemoryGazetteer) -> None:
    results = geocode_text_places("Vesele and Pechenihy came under fire.", gaz)
    assert results[0][1].geonameid == VESELE_KHARKIV.geonameid


def test_explicit_context(gaz: InMemoryGazetteer) -> None:
    [mention] = find_places("Vesele", gaz)
    place = resolve_place(mention, GeoContext(admin1=frozenset({"Kharkiv"})))
    assert place.geonameid == VESELE_KHARKIV.geonameid
    assert [e for e, _ in rank_candidates(mention)] == [VESELE_ZAP, VESELE_KHARKIV]


def test_country_mentions_are_country_level(gaz: InMemoryGazetteer) -> None:
    [(_, place)] = geocode_text_places("Russia denied it.", gaz)
    assert (place.location, place.country, place.geo_precision) == ("Russia", "Russia", 3)


def test_query_with_a_region_qualifier(gaz: InMemoryGazetteer) -> None:
    mention, place = geocode_query("Pechenigy (Kharkiv region)", gazetteer=gaz)
    assert mention is not None and mention.surface == "Pechenigy"
    assert (place.location, place.admin1) == ("Pechenihy", "Kharkiv")


def test_query_south_of(gaz: InMemoryGazetteer) -> None:
    _, place = geocode_query("south of Kharkiv", gazetteer=gaz)
    assert (place.geonameid, place.geo_precision) == (KHARKIV.geonameid, 2)


def test_unknown_place_stays_unresolved(gaz: InMemoryGazetteer) -> None:
    mention, place = geocode_query("Atlantis", gazetteer=gaz)
    assert mention is None
    assert (place.latitude, place.longitude, place.geo_precision) == (None, None, None)


def test_lowercase_query_is_looked_up_whole(gaz: InMemoryGazetteer) -> None:
    _, place = geocode_query("shebekino", gazetteer=gaz)
    assert place.geonameid == SHEBEKINO.geonameid


def test_document_text_as_context(gaz: InMemoryGazetteer) -> None:
    [(_, place)] = geocode_text_places("Vesele came under fire.", gaz, "Kharkiv region: Vesele")
    assert place.geonameid == VESELE_KHARKIV.geonameid


def test_one_word_of_a_person_name_is_not_a_place(gaz: InMemoryGazetteer) -> None:
    assert find_places("Governor Kherson said", gaz) == []
    assert find_places("Vyacheslav Kherson said", gaz) == []
    assert [m.surface for m in find_places("Kherson Mayor Ihor Kolykhaiev said", gaz)] == [
        "Kherson"
    ]


def test_a_plant_named_after_a_town_the_gazetteer_lacks_as_a_landmark_is_the_town(
    gaz: InMemoryGazetteer,
) -> None:
    for text in ("Shelling of the Kherson TPP was reported.", "Bakhmut NPP", "near Shebekino HPP"):
        assert len(find_places(text, gaz)) == 1, text
    assert find_places("Bakhmut Kolykhaiev said", gaz) == []  # a surname still is one


def test_fast_ranking_equals_the_weighted_features(gaz: InMemoryGazetteer) -> None:
    from sitrep.resolve.ranking import _WEIGHTS

    contexts = [
        GeoContext(),
        GeoContext(countries=frozenset({"UA"}), admin1=frozenset({"Kharkiv"})),
        GeoContext(countries=frozenset({"RU"}), anchors=((49.9, 36.9),)),
        GeoContext(communities=((49.85, 36.95),)),
        GeoContext(admin2=frozenset({"Chuhuivskyi"})),
    ]
    for text in ("Vesele", "Kharkiv region", "near Kherson", "Shebekino"):
        [mention] = find_places(text, gaz)
        for ctx in contexts:
            for entry, score in rank_candidates(mention, ctx):
                features = candidate_features(entry, mention, ctx)
                expected = sum(_WEIGHTS[name] * value for name, value in features.items())
                assert score == pytest.approx(expected)


def test_a_country_outranks_a_small_town_of_its_name_in_that_towns_region() -> None:
    china = _e(1814991, "China", 39.9, 116.4, "CN", None, 1_411_778_724, "PCLI", "country")
    texan = _e(4680774, "China", 30.05, -94.34, "US", "Texas", 1130)
    gazetteer = InMemoryGazetteer()
    for entry in (china, texan):
        gazetteer.add(entry)
    [mention] = find_places("China", gazetteer)
    ctx = GeoContext(countries=frozenset({"US"}), admin1=frozenset({"Texas"}))
    assert [e for e, _ in rank_candidates(mention, ctx)] == [china, texan]
    assert candidate_features(china, mention, ctx)["population"] > 9


def test_a_bare_query_whose_readings_all_lie_in_ukraine_gets_the_front_line_prior() -> None:
    by_the_front = _e(5, "Urozhaine", 47.72, 36.81, "UA", "Donetsk", 952)
    in_crimea = _e(6, "Urozhaine", 45.6, 34.1, "UA", "Crimea", 3350, "PPLA3")
    gazetteer = InMemoryGazetteer()
    for entry in (by_the_front, in_crimea):
        gazetteer.add(entry)
    _, place = geocode_query("Urozhaine", gazetteer=gazetteer)
    assert place.geonameid == by_the_front.geonameid
    gazetteer.add(_e(7, "Urozhaine", 52.0, 21.0, "PL", None, 500))  # a namesake abroad:
    _, place = geocode_query("Urozhaine", gazetteer=gazetteer)  # no longer about Ukraine
    assert place.geonameid == in_crimea.geonameid


def test_a_main_name_in_another_romanisation_counts_as_the_main_name() -> None:
    own = _e(8, "Sloviansk", 50.0, 28.0, "UA", "Zhytomyr", 100_000)
    once_so_called = _e(9, "Nikopol", 50.1, 28.1, "UA", "Zhytomyr", 100_000, "PPLA2")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(own, ["Slovyansk"])
    gazetteer.add(once_so_called, ["Slovyansk"])  # a name it bore in the 1780s
    [mention] = find_places("Slovyansk", gazetteer)
    assert candidate_features(own, mention, GeoContext())["primary_name"] == 1.0
    assert [e for e, _ in rank_candidates(mention)] == [own, once_so_called]


def test_a_city_found_by_a_name_a_village_of_its_oblast_bears_today_is_not_pulled_by_size() -> None:
    # Donetsk was Aleksandrovka in the 1860s; "Oleksandrivka, Donetsk" is the village.
    donetsk = _e(709717, "Donetsk", 48.02, 37.8, "UA", "Donetsk", 901_645, "PPLA")
    village = _e(8, "Oleksandrivka", 47.92, 37.58, "UA", "Donetsk", 5740)
    gazetteer = InMemoryGazetteer()
    gazetteer.add(donetsk, ["Oleksandrivka", "Stalino"])
    gazetteer.add(village)
    _, place = geocode_query("Oleksandrivka, Donetsk", gazetteer=gazetteer)
    assert place.geonameid == village.geonameid
    [mention] = find_places("Oleksandrivka", gazetteer)
    features = candidate_features(donetsk, mention, GeoContext())
    assert features["population"] < 3  # as small as a village's
    for entry, score in rank_candidates(mention, GeoContext()):
        features = candidate_features(entry, mention, GeoContext())
        from sitrep.resolve.ranking import _WEIGHTS

        assert score == pytest.approx(sum(_WEIGHTS[k] * v for k, v in features.items()))
    # An old name nothing else bears still leads to the city, at its size.
    [stalino] = find_places("Stalino", gazetteer)
    assert candidate_features(donetsk, stalino, GeoContext())["population"] > 5


def test_a_town_listed_twice_a_few_km_apart_keeps_its_size() -> None:
    # GeoNames lists some towns twice; an alias shared with the duplicate is no loan.
    city = _e(9, "Samar", 48.63, 35.22, "UA", "Dnipropetrovsk", 70_550, "PPLA2")
    duplicate = _e(10, "Novomoskovsk", 48.65, 35.25, "UA", "Dnipropetrovsk", 0)
    gazetteer = InMemoryGazetteer()
    gazetteer.add(city, ["Novomoskovsk"])  # its name until 2024
    gazetteer.add(duplicate)
    [mention] = find_places("Novomoskovsk", gazetteer)
    assert candidate_features(city, mention, GeoContext())["primary_name"] == 0
    assert candidate_features(city, mention, GeoContext())["population"] > 4
    far = _e(11, "Novomoskovsk", 48.2, 35.9, "UA", "Dnipropetrovsk", 0)
    gazetteer.add(far)
    [mention] = find_places("Novomoskovsk", gazetteer)
    assert candidate_features(city, mention, GeoContext())["population"] < 3


def test_a_community_the_text_names_holds_its_village() -> None:
    town = _e(12, "Krasnohorivka", 48.005, 37.507, "UA", "Donetsk", 16_000, "PPL")
    village = _e(13, "Yasnohorivka", 48.207, 37.728, "UA", "Donetsk", 500)
    community = _e(14, "Ocheretynska hromada", 48.244, 37.616, "UA", "Donetsk", 0, "ADM3")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(town)
    gazetteer.add(village, ["Krasnohorivka"])  # its name until 2016
    gazetteer.add(community, ["Ocheretyne community", "Ocheretynska hromada"])
    alone = geocode_text_places("Russian forces shelled Krasnohorivka, Donetsk.", gazetteer)
    assert alone[0][1].geonameid == town.geonameid
    text = "Russian forces shelled Krasnohorivka, Donetsk (the Ocheretyne community)."
    results = geocode_text_places(text, gazetteer)
    assert [(m.surface, p.geonameid) for m, p in results] == [
        ("Krasnohorivka", village.geonameid),
        ("Ocheretyne community", community.geonameid),
    ]
    assert results[1][1].geo_precision == 2


@pytest.mark.parametrize(
    "text",
    [
        "Ворог обстріляв Краснопільську громаду.",
        "Ворог вдарив по Краснопільській громаді.",
        "Під обстрілом опинилися села Краснопільської громади.",
    ],
)
def test_a_community_is_found_in_any_case_of_its_ukrainian_name(text: str) -> None:
    community = _e(15, "Krasnopilska hromada", 50.77, 35.26, "UA", "Sumy", 0, "ADM3")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(community, ["Краснопільська громада", "Krasnopilska community"])
    [(_, place)] = geocode_text_places(text, gazetteer)
    assert (place.geonameid, place.geo_precision) == (community.geonameid, 2)


def test_a_state_named_in_the_text_is_not_lent_to_a_town_that_has_its_name_as_an_alias() -> None:
    from sitrep.resolve.mentions import PlaceMention

    florida = _e(16, "Florida", 28.6, -82.4, "US", "Florida", 0, "ADM1", "admin1")
    valle_vista = _e(18, "Valle Vista", 33.75, -116.89, "US", "California", 14_578)
    mention = PlaceMention(0, 7, "Florida", (valle_vista, florida))  # an alias in the source
    ctx = GeoContext(countries=frozenset({"US"}), admin1=frozenset({"California"}))
    assert [e for e, _ in rank_candidates(mention, ctx)] == [florida, valle_vista]
    assert candidate_features(valle_vista, mention, ctx)["admin1_context"] == 0
    named = PlaceMention(0, 11, "Valle Vista", (valle_vista,))
    assert candidate_features(valle_vista, named, ctx)["admin1_context"] == 1
    for entry, score in rank_candidates(mention, ctx):
        from sitrep.resolve.ranking import _WEIGHTS

        features = candidate_features(entry, mention, ctx)
        assert score == pytest.approx(sum(_WEIGHTS[k] * v for k, v in features.items()))


def test_a_town_of_comparable_size_elsewhere_that_bears_the_name_today_keeps_it() -> None:
    nikopol = _e(19, "Nikopol", 47.57, 34.4, "UA", "Dnipropetrovsk", 105_160, "PPLA2")
    sloviansk = _e(20, "Sloviansk", 48.85, 37.6, "UA", "Donetsk", 105_141)
    gazetteer = InMemoryGazetteer()
    gazetteer.add(nikopol, ["Sloviansk", "Slavianske"])  # a name it bore in the 1780s
    gazetteer.add(sloviansk)
    _, place = geocode_query("Sloviansk", gazetteer=gazetteer)
    assert place.geonameid == sloviansk.geonameid
    [mention] = find_places("Sloviansk", gazetteer)
    assert candidate_features(nikopol, mention, GeoContext())["population"] < 3
    # A far hamlet of another oblast bearing a city's old name does not take its size away.
    city = _e(22, "Sheptytskyi", 50.39, 24.23, "UA", "Lviv", 64_297)
    hamlet = _e(23, "Chervonohrad", 46.5, 33.0, "UA", "Kherson", 100)
    gazetteer.add(city, ["Chervonohrad"])  # its name until 2024
    gazetteer.add(hamlet)
    [mention] = find_places("Chervonohrad", gazetteer)
    assert candidate_features(city, mention, GeoContext())["population"] > 4


def test_a_state_named_in_the_text_lends_no_credit_to_a_town_spelt_like_another_state() -> None:
    # A text naming New Jersey and California: "California" is the state, not Califon NJ.
    california = _e(1, "California", 37.2, -119.7, "US", "California", 0, "ADM1", "admin1")
    califon = _e(2, "Califon", 40.7, -74.8, "US", "New Jersey", 1_080)
    gazetteer = InMemoryGazetteer()
    gazetteer.add(california)
    gazetteer.add(califon, ["California"])
    [mention] = find_places("California", gazetteer)
    context = GeoContext(countries=frozenset({"US"}), admin1=frozenset({"New Jersey"}))
    assert rank_candidates(mention, context)[0][0] == california


def test_a_division_counts_its_people_unless_a_town_inside_it_bears_its_name() -> None:
    virginia = _e(1, "Virginia", 37.5, -78.8, "US", "Virginia", 8_000_000, "ADM1", "admin1")
    virginia_za = _e(2, "Virginia", -28.1, 26.9, "ZA", "Free State", 122_502)
    lviv_oblast = _e(3, "Lviv", 49.7, 23.9, "UA", "Lviv", 2_500_000, "ADM1", "admin1")
    lviv = _e(4, "Lviv", 49.84, 24.02, "UA", "Lviv", 720_000, "PPLA")
    gazetteer = InMemoryGazetteer()
    for entry in (virginia, virginia_za, lviv_oblast, lviv):
        gazetteer.add(entry)
    [mention] = find_places("Virginia", gazetteer)
    assert rank_candidates(mention)[0][0] == virginia  # the state of eight million
    [mention] = find_places("Lviv", gazetteer)
    assert rank_candidates(mention)[0][0] == lviv  # the oblast is named after its city


def test_a_division_that_holds_another_named_place_is_read_before_a_country() -> None:
    state = _e(1, "Georgia", 32.75, -83.5, "US", "Georgia", 10_000_000, "ADM1", "admin1")
    country = _e(2, "Georgia", 42.0, 43.5, "GE", None, 3_700_000, "PCLI", "country")
    atlanta = _e(3, "Atlanta", 33.75, -84.39, "US", "Georgia", 510_000, "PPLA")
    donetsk_oblast = _e(4, "Donetsk", 48.0, 37.8, "UA", "Donetsk", 4_000_000, "ADM1", "admin1")
    donetsk = _e(5, "Donetsk", 48.02, 37.8, "UA", "Donetsk", 930_000, "PPLA")
    bakhmut = _e(6, "Bakhmut", 48.59, 37.99, "UA", "Donetsk", 80_500, "PPLA2")
    gazetteer = InMemoryGazetteer()
    for entry in (state, country, atlanta, donetsk_oblast, donetsk, bakhmut):
        gazetteer.add(entry)
    [(_, alone)] = geocode_text_places("Georgia signed the treaty.", gazetteer)
    assert alone.country == "Georgia"
    results = geocode_text_places("ATLANTA - A man from Georgia was charged.", gazetteer)
    assert [place.admin1 for _, place in results] == ["Georgia", "Georgia"]
    assert results[1][1].geo_precision == 3  # the state, not the Caucasian country
    # The state, once read, is context for the text's other places.
    gazetteer.add(_e(7, "Jackson", 32.3, -90.18, "US", "Mississippi", 150_000, "PPLA"))
    gazetteer.add(_e(8, "Jackson", 33.29, -83.97, "US", "Georgia", 5_000))
    text = "ATLANTA - A man from Georgia was charged in Jackson."
    assert geocode_text_places(text, gazetteer)[2][1].geonameid == 8
    # A division named after a town inside it stays the town.
    results = geocode_text_places("Shelling of Bakhmut and Donetsk.", gazetteer)
    assert results[1][1].geonameid == donetsk.geonameid
    # So does one named after a city that is a division of its own.
    kyiv_oblast = _e(9, "Kyiv", 50.3, 30.5, "UA", "Kyiv", 1_800_000, "ADM1", "admin1")
    kyiv = _e(10, "Kyiv", 50.45, 30.52, "UA", "Kyiv City", 2_900_000, "PPLC")
    brovary = _e(11, "Brovary", 50.51, 30.79, "UA", "Kyiv", 100_000)
    for entry in (kyiv_oblast, kyiv, brovary):
        gazetteer.add(entry)
    results = geocode_text_places("Missiles hit Brovary and Kyiv.", gazetteer)
    assert results[1][1].geonameid == kyiv.geonameid


def test_a_division_named_elsewhere_counts_half_for_a_village_a_city_dwarfs() -> None:
    texas = _e(1, "Texas", 31.0, -99.0, "US", "Texas", 29_000_000, "ADM1", "admin1")
    city = _e(2, "Atlanta", 33.75, -84.39, "US", "Georgia", 510_000, "PPLA")
    village = _e(3, "Atlanta", 33.11, -94.16, "US", "Texas", 5_600)
    gazetteer = InMemoryGazetteer()
    for entry in (texas, city, village):
        gazetteer.add(entry)
    text = "Storms hit Texas on Monday. In Atlanta, flights were cancelled."
    assert geocode_text_places(text, gazetteer)[1][1].geonameid == city.geonameid
    text = "Storms hit Atlanta, Texas, on Monday."
    assert geocode_text_places(text, gazetteer)[0][1].geonameid == village.geonameid
    # In war reporting the oblast a text names keeps its full weight for front villages.
    luhansk = _e(4, "Luhansk", 48.9, 39.0, "UA", "Luhansk", 2_100_000, "ADM1", "admin1")
    makiivka = _e(5, "Makiivka", 48.05, 37.93, "UA", "Donetsk", 339_000, "PPLA2")
    front = _e(6, "Makiivka", 49.22, 37.98, "UA", "Luhansk", 8)
    for entry in (luhansk, makiivka, front):
        gazetteer.add(entry)
    text = "In Luhansk oblast, Ukrainian forces advanced near Makiivka."
    assert geocode_text_places(text, gazetteer)[1][1].geonameid == front.geonameid


@pytest.mark.parametrize("written", ["Слов'янськ", "Слов’янськ", "Slov-yansk"])
def test_a_main_name_in_cyrillic_or_hyphenated_counts_as_the_main_name(written: str) -> None:
    own = _e(8, "Sloviansk", 48.85, 37.6, "UA", "Donetsk", 100_000)
    once_so_called = _e(9, "Nikopol", 47.57, 34.39, "UA", "Dnipropetrovsk", 110_000, "PPLA2")
    gazetteer = InMemoryGazetteer()
    gazetteer.add(own, [written])
    gazetteer.add(once_so_called, [written])  # a name it bore in the 1780s
    [mention] = find_places(written, gazetteer)
    assert candidate_features(own, mention, GeoContext())["primary_name"] == 1.0
    assert rank_candidates(mention)[0][0] == own


def test_one_word_of_a_cyrillic_person_name_is_not_a_place() -> None:
    gazetteer = InMemoryGazetteer()
    romany = _e(1, "Romany", 49.9, 33.6, "UA", "Poltava", 300)
    gladkov = _e(2, "Gladkov", 49.9, 36.3, "UA", "Kharkiv", 100)
    kyiv = _e(3, "Kyiv", 50.45, 30.52, "UA", "Kyiv City", 2_900_000, "PPLC")
    shebekino = _e(4, "Shebekino", 50.41, 36.9, "RU", "Belgorod", 40_000)
    gazetteer.add(romany, ["Роман"])
    gazetteer.add(gladkov, ["Гладков"])
    gazetteer.add(kyiv, ["Київ", "Києва"])
    gazetteer.add(shebekino, ["Шебекино"])
    text = "Сообщил губернатор Роман Старовойт. Губернатор Вячеслав Гладков сообщил о Шебекино."
    assert [m.surface for m in find_places(text, gazetteer)] == ["Шебекино"]
    assert [m.surface for m in find_places("Мер Києва Віталій Кличко заявив.", gazetteer)] == [
        "Києва"
    ]  # a city of millions is no first name


def test_a_frequent_cyrillic_city_name_opening_a_sentence_is_the_city() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(1, "Kyiv", 50.45, 30.52, "UA", "Kyiv City", 2_900_000, "PPLC"), ["Київ"])
    gazetteer.add(_e(2, "Enerhodar", 47.5, 34.66, "UA", "Zaporizhia", 53_000), ["Енергодара"])
    gazetteer.add(_e(3, "London", 51.5, -0.13, "GB", "England", 8_900_000, "PPLC"))
    assert [m.surface for m in find_places("Київ заявив про атаку.", gazetteer)] == ["Київ"]
    assert [m.surface for m in find_places("Мер Енергодара заявив.", gazetteer)] == ["Енергодара"]
    assert [m.surface for m in find_places("London's officials said.", gazetteer)] == ["London's"]


def test_a_name_opening_adjective_drops_only_its_own_name() -> None:
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(1, "Nove", 47.75, 36.39, "UA", "Zaporizhia", 200), ["Novye"])
    gazetteer.add(_e(2, "Bryansk", 53.0, 33.3, "RU", "Bryansk", 1_200_000, "ADM1", "admin1"),
                  ["Bryansk region"])  # fmt: skip
    text = "Novye Yurkovichi Bryansk region was shelled."
    assert [m.surface for m in find_places(text, gazetteer)] == ["Bryansk region"]


def test_a_cyrillic_name_opened_by_a_common_adjective_is_read_through_its_romanisation() -> None:
    gazetteer = InMemoryGazetteer()
    velyka = _e(40, "Velyka Novosilka", 47.84, 36.84, "UA", "Donetsk", 5_000)
    gazetteer.add(velyka, ["Velikaya Novoselka"])  # GeoNames: no Russian Cyrillic name
    gazetteer.add(_e(41, "Novosilka", 47.46, 31.19, "UA", "Mykolaiv", 300), ["Новоселка"])
    for text in ("Бои у Великой Новоселки", "в районе Великой Новоселки", "Великая Новоселка"):
        [mention] = find_places(text, gazetteer)
        assert mention.candidates == (velyka,), text
    assert find_places("командование Южной группировки", gazetteer) == []


def test_a_facility_named_with_its_towns_adjective_is_near_that_town() -> None:
    gazetteer = InMemoryGazetteer()
    antonivka = _e(50, "Antonivka", 46.68, 32.73, "UA", "Kherson", 11_000)
    trypillia = _e(51, "Trypillia", 50.12, 30.78, "UA", "Kyiv", 2_800)
    for entry in (antonivka, trypillia, _e(52, "Tripoli", 32.89, 13.19, "LY", None, 1_150_000)):
        gazetteer.add(entry)
    plant = _e(53, "Kakhovka Hydroelectric Power Station", 46.78, 33.37, "UA", "Kherson", 0,
               "PSH", "landmark")  # fmt: skip
    gazetteer.add(plant, ["Kakhovka HPP"])
    gazetteer.add(_e(54, "Kakhovka", 46.82, 33.48, "UA", "Kherson", 35_000))
    for text, entry in (("the Antonivskyi bridge", antonivka), ("Trypilska TPP", trypillia),
                        ("удар по Трипільській ТЕС", trypillia),
                        ("обстріл біля Антонівського мосту", antonivka)):  # fmt: skip
        [mention] = find_places(text, gazetteer)
        assert (mention.relation, mention.candidates) == ("near", (entry,)), text
    # a landmark the gazetteer has, spelt with the adjective, is the landmark itself
    [mention] = find_places("strikes on the Kakhovska HPP", gazetteer)
    assert (mention.relation, mention.candidates) == (None, (plant,))


def test_a_declined_city_name_counts_as_its_main_name() -> None:
    gazetteer = InMemoryGazetteer()
    kursk = _e(60, "Kursk", 51.73, 36.19, "RU", "Kursk", 448_733)
    gazetteer.add(kursk, ["Курск"])
    gazetteer.add(_e(61, "Kurskoye", 45.03, 34.94, "UA", "Crimea", 1_204, "PPLA3"), ["Курское"])
    sloviansk = _e(62, "Sloviansk", 48.85, 37.6, "UA", "Donetsk", 105_141)
    gazetteer.add(sloviansk, ["Слов'янськ", "Славянск"])
    # a town that once bore the name, and as large, is not named by it today
    gazetteer.add(_e(63, "Nikopol", 47.57, 34.39, "UA", "Dnipropetrovsk", 105_160), ["Слов'янськ"])
    for text, city in (("в Курске", kursk), ("у Слов'янську", sloviansk)):
        assert geocode_query(text, gazetteer=gazetteer)[1].geonameid == city.geonameid, text


@pytest.mark.parametrize(
    ("phrase", "seat"),
    [
        ("Великоновосілківський район", "Velyka Novosilka"),
        ("Velykonovosilkivskyi raion", "Velyka Novosilka"),
        ("Великобурлуцький район", "Velykyi Burluk"),
        ("Velykoburlutskyi raion", "Velykyi Burluk"),
        ("Dvorichanskyi raion", "Dvorichna"),
        ("Мар'їнський район", "Marinka"),  # Ukrainian: not the Moscow Mar'ino
        ("Голопристанська громада", "Hola Prystan"),
        ("Holopristanskyi raion", "Hola Prystan"),
    ],
)
def test_old_raions_named_by_compound_and_irregular_adjectives(phrase: str, seat: str) -> None:
    from sitrep.resolve.mentions import district_seat

    gazetteer = InMemoryGazetteer()
    for gid, name, admin1, country, cyrillic in (
        (70, "Velyka Novosilka", "Donetsk", "UA", "Велика Новосілка"),
        (71, "Novosilka", "Mykolaiv", "UA", "Новосілка"),
        (72, "Velykyi Burluk", "Kharkiv", "UA", "Великий Бурлук"),
        (73, "Dvorichna", "Kharkiv", "UA", "Дворічна"),
        (74, "Marinka", "Donetsk", "UA", "Мар'їнка"),
        (75, "Mar'ino", "Moscow", "RU", "Мар'їно"),
        (76, "Hola Prystan", "Kherson", "UA", "Гола Пристань"),
    ):
        gazetteer.add(_e(gid, name, 48.0, 37.0, country, admin1, 5_000), [cyrillic])
    assert [e.name for e in district_seat(gazetteer, phrase)] == [seat]


def test_a_facility_named_by_a_russian_or_ukrainian_adjective_is_its_towns_landmark() -> None:
    gazetteer = InMemoryGazetteer()
    plant = _e(80, "Zaporizhia Nuclear Power Plant", 47.51, 34.59, "UA", "Zaporizhia", 0, "PS",
               "landmark")  # fmt: skip
    gazetteer.add(plant, ["Zaporizhzhia NPP"])
    gazetteer.add(_e(81, "Zaporizhzhia", 47.85, 35.12, "UA", "Zaporizhia", 710_000),
                  ["Запорожье", "Запоріжжя"])  # fmt: skip
    khmelnytskyi = _e(82, "Khmelnytskyi", 49.42, 26.98, "UA", "Khmelnytskyi", 270_000)
    gazetteer.add(khmelnytskyi, ["Хмельницкий", "Хмельницький"])
    for text in ("обстрел Запорожской АЭС", "на Запорізькій АЕС"):
        [mention] = find_places(text, gazetteer)
        assert mention.candidates == (plant,), text
    # no landmark of that type: the town the adjective is made of, nearby
    [mention] = find_places("Хмельницкая ТЭС", gazetteer)
    assert (mention.candidates, mention.relation) == ((khmelnytskyi,), "near")


def test_on_a_land_in_ukrainian_is_the_oblast_and_a_seas_coast_no_town() -> None:
    gazetteer = InMemoryGazetteer()
    oblast = _e(90, "Zaporizhia", 47.5, 35.8, "UA", "Zaporizhia", 1_600_000, "ADM1", "admin1")
    city = _e(91, "Zaporizhzhia", 47.85, 35.12, "UA", "Zaporizhia", 710_000, "PPLA")
    gazetteer.add(oblast, ["Запоріжжя"])  # the oblast's colloquial name is the city's
    gazetteer.add(city, ["Запоріжжя"])
    gazetteer.add(_e(92, "Azov", 47.11, 39.42, "RU", "Rostov-on-Don", 80_000))
    assert geocode_query("на Запоріжжі", gazetteer=gazetteer)[1].geonameid == 90
    assert geocode_query("у Запоріжжі", gazetteer=gazetteer)[1].geonameid == 91
    assert find_places("resorts of the Azov coast", gazetteer) == []
    assert [m.surface for m in find_places("shelling of Azov", gazetteer)] == ["Azov"]


def test_a_name_typed_with_latin_look_alikes_inside_cyrillic_is_found(
    gaz: InMemoryGazetteer,
) -> None:
    text = "Обстріл Пeчeніги вранці"  # two Latin e
    [mention] = find_places(text, gaz)
    assert mention.candidates == (PECHENIHY,)
    assert (mention.start, mention.end) == (8, 16)  # offsets into the text as written


def test_a_community_named_with_its_type_word_is_found_at_its_seat() -> None:
    gazetteer = InMemoryGazetteer()
    zolochiv = _e(100, "Zolochiv", 50.28, 35.98, "UA", "Kharkiv", 7_700, "PPLA3")
    gazetteer.add(zolochiv, ["Золочів"])
    for text in ("у Золочівській селищній громаді", "Золочівська селищна громада",
                 "the Zolochivska settlement hromada"):  # fmt: skip
        [mention] = find_places(text, gazetteer)
        assert mention.candidates == (zolochiv,), text


def test_a_capital_goes_by_its_cyrillic_exonym_in_any_case() -> None:
    gazetteer = InMemoryGazetteer()
    vienna = _e(110, "Vienna", 48.21, 16.37, "AT", None, 1_691_468, "PPLC")
    gazetteer.add(vienna, ["Відень", "Вена"])
    gazetteer.add(_e(111, "Vyden", 50.5, 28.5, "UA", "Zhytomyr"), ["Відень"])
    for text in ("Переговори у Відні тривали.", "Делегація прибула до Відня."):
        [(_, place)] = geocode_text_places(
            text, gazetteer, context=GeoContext(countries=frozenset({"UA"}))
        )
        assert place.geonameid == 110, text


def test_review_cases_words_like_community_names_people_and_far_distances(
    gaz: InMemoryGazetteer,
) -> None:
    [mention] = find_places("у Bakhmut громадяни вийшли на протест", gaz)
    assert mention.relation == "in"  # citizens, not a community
    [mention] = find_places("a refinery 1,200 km from Bakhmut", gaz)
    assert mention.relation is None  # far away, not near it
    gazetteer = InMemoryGazetteer()
    gazetteer.add(_e(120, "Obolon", 50.5, 30.5, "UA", "Kyiv City", 0, "PPLX"), ["Оболонь"])
    [mention] = find_places("мітинг на Оболоні", gazetteer)
    assert mention.relation is None  # a quarter, not a land


def test_review_cases_declined_village_names_stay_home_and_first_names_are_no_towns() -> None:
    gazetteer = InMemoryGazetteer()
    sahy = _e(130, "Sahy", 46.61, 32.79, "UA", "Kherson", 600)
    gazetteer.add(sahy, ["Саги"])
    gazetteer.add(_e(131, "Saga", 33.25, 130.3, "JP", None, 230_000), ["Сага"])
    [mention] = find_places("обстріл села Саги", gazetteer)
    assert mention.candidates == (sahy,)
    gazetteer.add(_e(132, "Tarasiv", 50.98, 31.04, "UA", "Chernihiv"), ["Тарасів"])
    assert find_places("пам'ятник Тарасові вдалині", gazetteer) == []
