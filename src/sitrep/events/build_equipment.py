"""Build the equipment lexicon: ``python -m sitrep.events.build_equipment [--shared PATH]``.

Source (CC BY 4.0; see ATTRIBUTION): Oryx's item-level loss lists as scraped
by scarnecchia/oryx_data, the files ``event_{destroyed,damaged,abandoned,
captured}.csv`` in ``<shared>/data/equipment/oryx-scarnecchia/``. Each row is
one lost item with its ``system`` ("T-72B3 Obr. 2016", "152mm 2S19 Msta-S")
and ``origin``. Nothing else is read.

Those files name the system but not its Oryx category (``sysID`` is an
alphabetical index, ``matID`` starts with the owner's calling code), so the
category comes from `CATEGORY_RULES`, an ordered, hand-written table of
designation patterns that follows Oryx's sections (MT-LB and BRDM-2 are
"Armoured fighting vehicles", BTR-82A an IFV, BTR-80 an APC). Systems no rule
covers (man-portable missiles, "Unknown …") are left out and counted.

The artifact (``src/sitrep/data/equipment.json``) holds each system's
canonical name (caliber, variant year and add-on armour stripped: "T-72B3
Obr. 2016" → "T-72B3"), the strings that name it in text (designation, proper
name, Cyrillic spelling: "2S19", "Msta-S", "2С19"), families that stand for
any member ("T-72", "BMP", "BRDM"), and the generic nouns of `NOUNS`. The
hand-written tables live in `sitrep.events.equipment_tables`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wordfreq import zipf_frequency

from sitrep.buildtools import artifact_arguments
from sitrep.events.equipment_tables import (
    CATEGORIES,
    CATEGORY_RULES,
    CYRILLIC_NAMES,
    FAMILIES,
    NAVAL,
    NOT_NAMES,
    NOUNS,
    PROPER_NAMES,
    TO_CYRILLIC,
)

SOURCE_DIR = Path("data") / "equipment" / "oryx-scarnecchia"
EVENT_FILES = tuple(f"event_{s}.csv" for s in ("destroyed", "damaged", "abandoned", "captured"))
SOURCE = (
    "Oryx, 'Attack On Europe: Documenting Equipment Losses During The 2022 Russian Invasion"
    " Of Ukraine' (https://www.oryxspioenkop.com/), as scraped by scarnecchia/oryx_data"
    " (https://github.com/scarnecchia/oryx_data)"
)
LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"
CHANGES = (
    "system names normalised and grouped; categories assigned by sitrep's rules; "
    "families, Cyrillic spellings and generic nouns added by sitrep"
)
# Designations of these origins are also written in Cyrillic.
CYRILLIC_ORIGINS = frozenset({"Soviet Union", "Russia", "Ukraine", "Belarus"})
FAMILY_SHARE = 0.75  # an alias shared by several systems names a family only this uniform

_RULES = tuple((re.compile(pattern), category) for pattern, category in CATEGORY_RULES)
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсух", "ABEKMHOPCTXaeopcyx")
_COUNT_PREFIX = re.compile(r"^\d{1,4}\s+(?=\S)")
_CALIBER = re.compile(r"^\d+(?:[.,]\d+)?(?:/\d+)?\s?mm\s+")
_COMPOSITE = re.compile(r" (?:with|With|for|based|on|or) |-based ")
_STOP_TOKEN = re.compile(
    r"^[a-z(]|^(?:Obr|Zr)\b|(?i:kdz)|^\d{3}(?:[A-Z]|-)|^\d+\.\d+$|"
    r"^(?:UAV|UCAV|APC|MRAP|IMV|ARV|SPG|MRLS?|AFV|TEL|TELAR|TLAR|ATGM|EW|IFV|4S24)$"
)
_DESIGNATION = re.compile(r"(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_NAME = re.compile(r"[A-Z][A-Za-z]+(?:-[A-Za-z]+)*")
_NOT_DESIGNATION = re.compile(r"\d+x\d+|\d+mm", re.IGNORECASE)
_FAMILY = (
    re.compile(r"([A-Z][A-Za-z]{0,3}-\d+)[A-Za-z(]"),
    re.compile(r"([A-Z]\d{3,})[A-Z]"),
    re.compile(r"(\d[A-Z]\d+)[A-Z(]"),
)


@dataclass
class System:
    """One lexicon entry: a system (or family) with the items Oryx lists for it."""

    name: str
    categories: Counter[str] = field(default_factory=Counter)
    origins: Counter[str] = field(default_factory=Counter)
    family: bool = False

    @property
    def category(self) -> str:
        return self.categories.most_common(1)[0][0]

    @property
    def items(self) -> int:
        return sum(self.categories.values())

    def add(self, other: System) -> None:
        self.categories.update(other.categories)
        self.origins.update(other.origins)


def clean_system(raw: str) -> str | None:
    """The system name without scraping debris (item counts, ": (1, destroyed)") or caliber."""
    if "<U+" in raw:
        return None
    name = " ".join(raw.translate(_LOOKALIKES).split())
    name = re.sub(r":\s*\(.*$", "", name)
    name = _CALIBER.sub("", _COUNT_PREFIX.sub("", name).strip(" :"))
    return name or None


def classify(name: str) -> str | None:
    """The Oryx category of a cleaned system name, by the first rule that matches."""
    for pattern, category in _RULES:
        if pattern.search(name):
            return category
    return None


def _is_name(token: str) -> bool:
    """A proper name ("Msta-S", "Gvozdika") safe to match alone: not an English word."""
    if not _NAME.fullmatch(token) or token in NOT_NAMES:
        return False
    if (token.isupper() and ("-" in token or len(token) < 5)) or len(token) < 4:
        return False
    if token in FAMILIES or token in PROPER_NAMES:
        return True
    return zipf_frequency(token.split("-")[0].lower(), "en") < 3.0


def _is_designation(token: str, first: bool) -> bool:
    if not _DESIGNATION.fullmatch(token) or _NOT_DESIGNATION.fullmatch(token):
        return False
    letters = sum(ch.isalpha() for ch in token)
    digits = len(token) - letters - token.count("-")
    if len(token) < 3:
        return False
    return first or (token[0].isalpha() and ("-" in token or letters > 1 or digits >= 3))


def _tokens(name: str) -> list[str]:
    """The name's leading tokens, up to the first descriptor, variant year or armour kit."""
    tokens: list[str] = []
    for raw in name.split(" (")[0].split():
        token = raw.strip("'\"‘’“”").removesuffix("-class")
        if not token:
            continue
        stops = _STOP_TOKEN.search(token) or (
            token not in FAMILIES
            and token not in PROPER_NAMES
            and zipf_frequency(token.lower(), "en") >= 3.0
        )
        if tokens and stops:
            break
        tokens.append(token)
    return tokens


def name_forms(name: str, category: str) -> tuple[str, list[str]] | None:
    """A system's canonical name and the strings that name it in text.

    Those are the canonical name, a spelled-out variant ("BMP-2(K)" →
    "BMP-2K"), the designation ("2S19"), a proper name that is not an English
    word ("Msta-S") and the family of the designation ("T-72B3" → "T-72").
    Ships get no proper-name aliases: they are named after people and places.
    """
    tokens = [] if _COMPOSITE.search(name) else _tokens(name)
    if not tokens or not (tokens[0][0].isupper() or tokens[0][0].isdigit()):
        return None
    forms: list[str] = []
    canonical: list[str] = []
    for i, token in enumerate(tokens):
        base, _, rest = token.partition("/")
        variant = re.fullmatch(r"(.+?)\((-?[A-Za-z0-9]{1,3})\)", base)
        if variant:
            base = variant[1]
            forms.append(base + variant[2])
        canonical.append(base)
        if _is_designation(base, first=i == 0):
            forms.append(base)
            forms.extend(m[1] for f in _FAMILY if (m := f.match(base)) and len(m[1]) >= 3)
        elif category != NAVAL:
            forms.extend(part for part in (base, *rest.split("/")) if _is_name(part))
    if not forms and (category == NAVAL or (len(canonical) == 1 and not _is_name(canonical[0]))):
        return None
    text = " ".join(canonical)
    return text, [text, *forms]


def read_items(folder: Path) -> Iterable[tuple[str, str]]:
    """(system, origin) for every lost item in the Oryx event files that exist."""
    for filename in EVENT_FILES:
        path = folder / filename
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield row.get("system") or "", row.get("origin") or ""


def to_cyrillic(alias: str) -> list[str]:
    """Russian and Ukrainian spellings of a Latin designation ("Mi-8" → "Ми-8", "Мі-8")."""
    out, i = [], 0
    while i < len(alias):
        for latin, cyrillic in TO_CYRILLIC:
            for lat, cyr in ((latin, cyrillic), (latin.lower(), cyrillic.lower())):
                if alias.startswith(lat, i):
                    out.append(cyr)
                    i += len(lat)
                    break
            else:
                continue
            break
        else:
            if alias[i].isascii() and alias[i].isalpha():
                return []
            out.append(alias[i])
            i += 1
    russian = "".join(out)
    ukrainian = russian.replace("И", "І").replace("и", "і")
    return sorted({russian, ukrainian})


class Lexicon:
    """Systems and the aliases that name them, built from Oryx items."""

    def __init__(self) -> None:
        self.systems: dict[str, System] = {}
        self.claims: dict[str, Counter[str]] = defaultdict(Counter)
        self.aliases: dict[str, str] = {}
        self.items = self.categorised = 0

    def add_item(self, raw: str, origin: str) -> None:
        self.items += 1
        name = clean_system(raw)
        category = classify(name) if name else None
        if name is None or category is None:
            return
        self.categorised += 1
        forms = name_forms(name, category)
        if forms is None:
            return
        canonical, aliases = forms
        system = self.systems.setdefault(canonical, System(canonical))
        system.categories[category] += 1
        system.origins[origin] += 1
        for alias in aliases:
            self.claims[alias][canonical] += 1

    def resolve(self) -> None:
        """Give each alias to one system, or to a family when uniform systems share it.

        All claims on an alias compete together: "T-64" names the tank family
        although one mine-clearing T-64 is listed under that bare name. When
        the claimants are mixed, only a system of exactly that name keeps it.
        """
        families: dict[str, System] = {}
        for alias, claimants in sorted(self.claims.items()):
            if len(claimants) == 1:
                self.aliases[alias] = next(iter(claimants))
                continue
            family = self._family(alias, claimants)
            if family.categories[family.category] >= FAMILY_SHARE * family.items:
                families[alias] = family
                self.aliases[alias] = alias
            elif alias in self.systems:
                self.aliases[alias] = alias
        for alias, category in FAMILIES.items():
            family = self._family(alias, self.claims.get(alias, Counter()))
            family.categories = Counter({category: family.items})
            families[alias] = family
            self.aliases[alias] = alias
        self.systems.update(families)
        self._add_cyrillic()

    def _family(self, alias: str, members: Iterable[str]) -> System:
        family = System(alias, family=True)
        for name in members:
            family.add(self.systems[name])
        return family

    def _add_cyrillic(self) -> None:
        for alias, target in list(self.aliases.items()):
            origins = self.systems[target].origins.most_common(1)
            designation = " " not in alias and any(ch.isdigit() for ch in alias)
            if designation and origins and origins[0][0] in CYRILLIC_ORIGINS:
                for form in to_cyrillic(alias):
                    self.aliases.setdefault(form, target)
        for cyrillic, latin in CYRILLIC_NAMES.items():
            if latin in self.aliases:
                self.aliases.setdefault(cyrillic, self.aliases[latin])

    def models(self) -> list[dict[str, Any]]:
        grouped: dict[str, set[str]] = defaultdict(set)
        for alias, target in self.aliases.items():
            grouped[target].add(alias)
        return [
            {
                "name": name,
                "category": self.systems[name].category,
                "family": self.systems[name].family,
                "items": self.systems[name].items,
                "aliases": sorted(grouped[name] - {name}),
            }
            for name in sorted(grouped)
        ]


def check_headings(folder: Path) -> list[str]:
    """Oryx headings in totals_by_type.csv that `CATEGORIES` does not map (should be none)."""
    path = folder / "totals_by_type.csv"
    if not path.is_file():
        return []
    known = {h.casefold() for headings in CATEGORIES.values() for h in headings}
    with path.open(encoding="utf-8", newline="") as handle:
        headings = {
            " ".join((row.get("equipment_type") or "").split()) for row in csv.DictReader(handle)
        }
    aggregate = ("all types", "losses ")
    return sorted(
        h
        for h in headings
        if h and h.casefold() not in known and not h.casefold().startswith(aggregate)
    )


def build_lexicon(items: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The artifact's content for these (system, origin) items."""
    lexicon = Lexicon()
    for system, origin in items:
        lexicon.add_item(system, origin)
    lexicon.resolve()
    return {
        "name": "sitrep equipment lexicon",
        "source": SOURCE,
        "licence": LICENCE,
        "changes": CHANGES,
        "build": "python -m sitrep.events.build_equipment",
        "stats": {
            "items": lexicon.items,
            "items_categorised": lexicon.categorised,
            "systems": sum(not s.family for s in lexicon.systems.values()),
        },
        "categories": {name: list(headings) for name, headings in CATEGORIES.items()},
        "nouns": NOUNS,
        "models": lexicon.models(),
    }


def artifact_path() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "equipment.json"


def write_lexicon(lexicon: dict[str, Any], output: Path) -> None:
    """One model per line, so that a rebuild reads as a small diff."""
    models = ",\n".join(json.dumps(m, ensure_ascii=False) for m in lexicon["models"])
    head = json.dumps({k: v for k, v in lexicon.items() if k != "models"}, ensure_ascii=False)
    output.write_text(f'{head[:-1]}, "models": [\n{models}\n]}}\n', encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args = artifact_arguments(
        "python -m sitrep.events.build_equipment",
        __doc__.splitlines()[0],
        "data/equipment/oryx-scarnecchia/",
        argv,
    )
    folder = args.shared / SOURCE_DIR
    if not any((folder / name).is_file() for name in EVENT_FILES):
        print(f"error: no Oryx event files in {folder}", file=sys.stderr)
        return 2
    unknown = check_headings(folder)
    if unknown:
        print(f"error: Oryx headings missing from CATEGORIES: {unknown}", file=sys.stderr)
        return 1
    lexicon = build_lexicon(read_items(folder))
    output = args.output or artifact_path()
    write_lexicon(lexicon, output)
    stats = lexicon["stats"]
    size = output.stat().st_size / 1e3
    print(
        f"wrote {output} ({len(lexicon['models'])} models from {stats['items_categorised']}"
        f"/{stats['items']} categorised items, {size:.0f} kB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
