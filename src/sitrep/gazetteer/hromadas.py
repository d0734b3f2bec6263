"""Territorial communities (hromadas) and the towns they are run from.

GeoNames lists Ukraine's 1,400-odd communities as ADM3 rows named by their
adjective ("Krasnopilska Terytorialna Hromada") at a point inside the
community, a few km from its seat. Reports name them both ways: by the
adjective ("Krasnopilska hromada") and by the seat ("Krasnopillia
community", "shelled Pokrovske territorial community"). `find_seat` finds the
seat as the nearby town whose name the adjective is made from, so both forms
lead to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from sitrep.gazetteer.extent import flat_km
from sitrep.gazetteer.names import national_name, script_of, skeleton_key
from sitrep.gazetteer.sources import SourceRow

HROMADA = re.compile(r"^(?P<name>.+?)\s+Terytorialna\s+Hromada$")
# A community's seat lies within this distance of GeoNames' point for it.
SEAT_KM = 30.0
_ADJECTIVE_ENDING = re.compile(r"(?:zka|cka|ska|ka)$")  # on skeletons: "tska" is "cka"
# Letters the adjective may still change at the end of the stem ("Chasiv Yar" →
# "Chasovoiarska", "Vysoke" → "Vysochanska"); more would let "Vilnozaporizka" be Volna.
_STEM_SLACK = 3
_MIN_STEM = 4


def hromada_base(name: str) -> str | None:
    """``"Krasnopilska Terytorialna Hromada"`` → ``"Krasnopilska"``; None for other rows."""
    match = HROMADA.match(name)
    return match.group("name") if match else None


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    """The spelling-tolerant skeleton of each word ("Izyum" and "Iziumska" → izum…)."""
    return tuple(w for w in re.split(r"[^a-z]+", skeleton_key(text)) if w)


def _letters(text: str) -> str:
    return "".join(_words(text))


def _shared_prefix(stem: str, town: str) -> int:
    """Letters two skeletons share from the start; o and i count as one (Ukrainian
    closed syllables turn o into i: "Yurkivtsi" → "Yurkovetska")."""
    count = 0
    for a, b in zip(stem, town, strict=False):
        if a != b and {a, b} != {"i", "o"}:
            break
        count += 1
    return count


def seat_fit(adjective: str, town: str) -> int:
    """How well ``town`` can be the name ``adjective`` is made from: the length of the
    shared stem, or 0 when it is not ("Krasnopilska" and "Krasnopillia" → 9)."""
    whole = _letters(adjective)
    stem = _ADJECTIVE_ENDING.sub("", whole)
    letters = _letters(town)
    shared = _shared_prefix(whole, letters)  # "Lutska" keeps all of Lutsk
    least = max(min(_MIN_STEM, len(letters) - 1), len(letters) - 3, len(stem) - _STEM_SLACK)
    if shared >= max(3, least):
        return shared
    return _compound_fit(stem, town)


_LINKED_ENDING = re.compile(r"(?:yi|ia|a|e|o|y|i)$")


def _compound_fit(stem: str, town: str) -> int:
    """Two-word towns join with a linking o: "Velyka Pysarivka" → "Velykopysarivska",
    "Seredyna-Buda" → "Seredyno-Budska", "Staryi Saltiv" → "Starosaltivska"."""
    words = _words(town)
    if len(words) != 2:
        return 0
    first = _LINKED_ENDING.sub("", words[0])
    if len(first) < 3 or not stem.startswith(first):
        return 0
    tail = stem[len(first) :]
    tail = tail[1:] if tail.startswith("o") else tail
    shared = _shared_prefix(tail, words[1])
    return len(stem) if shared >= min(_MIN_STEM, len(words[1]) - 1) and shared >= 3 else 0


def find_seat(hromada: SourceRow, places: Iterable[SourceRow]) -> SourceRow | None:
    """The settlement a community is named after and run from: of the places within
    `SEAT_KM` of its point, in its oblast, whose name fits the adjective, the most
    populous, then a division seat, then the best fit, then the nearest. None when no
    nearby name fits."""
    adjective = hromada_base(hromada.name)
    if adjective is None:
        return None
    best: tuple[tuple[int, bool, int, float], SourceRow] | None = None
    for place in places:
        if place.admin1 != hromada.admin1 or place.feature_class != "P":
            continue
        distance = flat_km(hromada.latitude, hromada.longitude, place.latitude, place.longitude)
        if distance > SEAT_KM:
            continue
        fit = max(seat_fit(adjective, name) for name in _seat_names(place))
        if fit == 0:
            continue
        key = (place.population, place.feature_code.startswith("PPLA"), fit, -distance)
        if best is None or key > best[0]:
            best = (key, place)
    return best[1] if best else None


def _seat_names(place: SourceRow) -> tuple[str, ...]:
    """A place's main and ASCII names, and its national romanisation where GeoNames'
    main name is spelt otherwise ("Svetlodarsk" is Svitlodarsk)."""
    return (place.name, place.asciiname, _national(place.name, tuple(place.alternates)))


@lru_cache(maxsize=65536)
def _national(name: str, alternates: tuple[str, ...]) -> str:
    return national_name(name, alternates)


COMMUNITY_WORDS = ("hromada", "community", "territorial community")


def community_forms(hromada: SourceRow, seat_names: Sequence[str] = ()) -> list[str]:
    """The names reports give a community: its adjective with each community word, its
    Ukrainian names with and without "Територіальна", and the seat's names with each
    community word ("Krasnopillia community")."""
    adjective = hromada_base(hromada.name)
    forms = [f"{adjective} {word}" for word in COMMUNITY_WORDS] if adjective else []
    for alternate in hromada.alternates:
        if script_of(alternate) == "cyrillic":  # "Краснопільська (Територіальна) Громада"
            forms.extend([alternate, re.sub(r"\s+Територіальна\s+", " ", alternate)])
    forms.extend(f"{name} {word}" for name in seat_names for word in COMMUNITY_WORDS)
    return list(dict.fromkeys(forms))
