"""Name matching, most exact first: the candidates layer of the geocoder.

1. ``exact``: the name's key is one of the indexed name forms (originals,
   transliterations in several systems, Russian/Ukrainian adjective swaps).
2. ``inflected``: a declined Cyrillic phrase turned to its nominative (`morph`). A
   Cyrillic name found only once endings are folded ("Славянске" as the village
   Slavianske) keeps its nominative readings too (Sloviansk), in one ``exact`` layer.
3. ``skeleton``: the same letters once romanisation noise is folded away
   (`skeleton_key`: ``Klischiivka`` = ``Klishchiivka``).
4. ``transliterated``: a capitalised Cyrillic name (and its nominatives) looked up
   under its Latin romanisations ("Работино" as "Rabotino").
5. ``fuzzy``: rapidfuzz's similarity over the indexed keys (of the oblast the
   query names, when it names one), as a last resort; the score is kept.

A later layer is tried when the earlier ones find nothing, or nothing that
satisfies ``wanted`` (e.g. "in the oblast the query names": ``Markove,
Donetsk`` must not settle for a Markove in Kirovohrad when a differently
spelled one exists in Donetsk).
"""

from __future__ import annotations

import bisect
import math
import re
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from sitrep.gazetteer.model import Gazetteer, GazetteerEntry, LooseLookup
from sitrep.gazetteer.morph import nominative_forms
from sitrep.gazetteer.names import latin_forms, name_key, script_of

FUZZY_CUTOFF = 88.0
FUZZY_MIN_LENGTH = 6
FUZZY_LIMIT = 3
FUZZY_MEMO_SIZE = 8192
# Shorter names fold onto too many others ("a" → "Yaya"): exact forms only.
SKELETON_MIN_LENGTH = 4


@dataclass(frozen=True, slots=True)
class NameMatch:
    """The entries a name may mean and how they were found (score 0..1, 1 = exact)."""

    entries: tuple[GazetteerEntry, ...]
    method: str
    score: float = 1.0
    form: str | None = None


NO_MATCH = NameMatch((), "none", 0.0)


def match_name(
    gazetteer: Gazetteer,
    name: str,
    wanted: Callable[[GazetteerEntry], bool] | None = None,
    *,
    admin1: str | None = None,
    fuzzy: bool = True,
) -> NameMatch:
    """The first layer whose candidates include a wanted one; else the first with any.

    ``admin1`` restricts the fuzzy layer to one division's names (faster and
    safer); ``fuzzy=False`` skips it (running text, where a near-miss of an
    ordinary word is more likely than a misspelt village).
    """
    fallback = NO_MATCH
    for match in _layers(gazetteer, name, admin1, fuzzy):
        if not match.entries:
            continue
        if wanted is None or any(wanted(e) for e in match.entries):
            return match
        if fallback is NO_MATCH:
            fallback = match
    return fallback


# Abbreviated division words of official and press style: "Донецька обл.",
# "Купянский р-н", "Zaporizhzhia obl.".
ABBREVIATED_DIVISIONS = {
    "obl": "oblast", "обл": "область", "r-n": "raion", "rn": "raion",
    "р-н": "район", "р-ну": "район", "р-на": "район",
}  # fmt: skip


# The noun an abbreviated "обл." stands for after a declined adjective: "Харківської обл."
# is "Харківської області", "Харьковской обл." "Харьковской области".
_DECLINED_OBLAST = (("ої", "області"), ("ій", "області"), ("ой", "области"), ("ей", "области"))


def expand_abbreviation(name: str) -> str:
    """``Харьковская обл.`` → ``Харьковская область``, ``Харківської обл.`` → ``Харківської
    області`` (the name itself when not abbreviated)."""
    head, _, last = name.strip().rpartition(" ")
    word = ABBREVIATED_DIVISIONS.get(last.lower().rstrip("."))
    if word == "область":
        ending = head[-2:].lower()
        word = next((noun for end, noun in _DECLINED_OBLAST if ending == end), word)
    return f"{head} {word}" if head and word else name


def _layers(gaz: Gazetteer, name: str, admin1: str | None, fuzzy: bool) -> Iterator[NameMatch]:
    expanded = expand_abbreviation(name)
    if expanded != name:
        yield NameMatch(tuple(gaz.lookup(expanded)), "exact", 1.0, expanded)
        for form in nominative_forms(expanded):  # "Харківської обл."
            if found := tuple(gaz.lookup(form)):
                yield NameMatch(found, "inflected", 1.0, form)
                break
    exact = _exact(gaz, name)
    # Found only once endings are folded ("Славянске" as the village Slavianske): it may
    # as well be a declined name (Sloviansk), so both readings stand together.
    folded = bool(exact) and not name.isascii() and not gaz.lookup(name)
    # A declined town's name spelt like villages ("в Николаеве": the Belarusian hamlets
    # Nikolayevo): the town stands beside them.
    villages = (
        bool(exact)
        and not folded
        and _only_villages(exact)
        and _cyrillic(name)
        and bool(_LOCATIVE_ENDING.search(name))
    )
    if not (folded or villages):
        yield NameMatch(exact, "exact")
    readings: dict[GazetteerEntry, None] = {}
    first_form = None
    for form in nominative_forms(name):  # every reading: "Льгове" is Lgov or a Lhiv
        found = _exact(gaz, form)
        if villages:  # towns of the region this reading serves, not Saga in Japan
            found = tuple(e for e in found if _declined_town(e))
        if found and first_form is None:
            first_form = form
        readings.update(dict.fromkeys(found))
    if readings and (folded or villages):
        exact, folded, villages = tuple(dict.fromkeys([*exact, *readings])), False, False
        yield NameMatch(exact, "exact")
    elif readings:
        yield NameMatch(tuple(readings), "inflected", 1.0, first_form)
    if folded or villages:
        yield NameMatch(exact, "exact")
    if not _is_loose(gaz):
        return
    loose = cast(LooseLookup, gaz)
    if len(name.strip()) >= SKELETON_MIN_LENGTH:
        similar = loose.lookup_skeleton(name)
        if not similar and "ch" in name.lower():  # German and Polish write х as "ch"
            similar = loose.lookup_skeleton(central_european_reading(name))
        if not similar and (french := french_reading(name)) != name:
            similar = loose.lookup_skeleton(french)
        yield NameMatch(tuple(similar), "skeleton", 0.95)
        if script_of(name) == "cyrillic" and name[:1].isupper():
            yield _transliterated(gaz, loose, name)
    if fuzzy:
        yield fuzzy_match(gaz, name, admin1)


# A place this large is a town, not a village whose name a declined form may spell.
TOWN_POPULATION = 10_000
# The countries whose Ukrainian and Russian place names sitrep reads.
HOME_COUNTRIES = frozenset({"UA", "RU", "BY", "MD"})


# Endings of a declined town's name that a village's own name may also have: the
# Russian prepositional "-е" after a consonant ("в Николаеве"), the Ukrainian locative
# "-і"; not the neuter adjectives of village names ("Черкаське", "Покровское").
_LOCATIVE_ENDING = re.compile(r"(?<![сцзк])(?<!ськ|цьк|зьк)[бвгджзклмнпрстфхцчшщ][еі]$", re.I)


def _declined_town(entry: GazetteerEntry) -> bool:
    return (
        entry.kind == "place"
        and entry.population >= TOWN_POPULATION
        and entry.country in HOME_COUNTRIES
        and entry.feature_code != "PPLX"  # a city's quarter ("Оболонье" is no Obolon)
    )


def _only_villages(entries: tuple[GazetteerEntry, ...]) -> bool:
    return all(e.kind == "place" and e.population < TOWN_POPULATION for e in entries)


def _cyrillic(name: str) -> bool:
    return not name.isascii() and script_of(name) == "cyrillic"


def _transliterated(gaz: Gazetteer, loose: LooseLookup, name: str) -> NameMatch:
    """A Cyrillic name read through its romanisations: GeoNames often knows a village
    by the Latin spelling of its Russian name ("Rabotino") but not by that name in
    Cyrillic ("Работино"). Settlements only; declined forms are read as nominatives."""
    keys = dict.fromkeys(
        key for form in [name, *nominative_forms(name)] for key in latin_forms(form)
    )
    found = [e for key in keys for e in (*gaz.lookup(key), *loose.lookup_skeleton(key))]
    places = tuple(dict.fromkeys(e for e in found if e.kind == "place"))
    return NameMatch(places, "transliterated", 0.9) if places else NO_MATCH


def central_european_reading(name: str) -> str:
    """German and Polish spellings read the English way: "ch" is х (kh) there, "tsch" is
    ч (ch) and "sch" is ш (sh): "Nowomychajliwka" → "Nowomykhajliwka"."""
    text = re.sub("tsch", "\0", name, flags=re.I)
    text = re.sub("sch", "sh", text, flags=re.I)
    text = re.sub("ch", "kh", text, flags=re.I)
    return text.replace("\0", "ch")


_FRENCH = ((re.compile(r"tch", re.I), "ch"), (re.compile(r"dj", re.I), "dzh"),
           (re.compile(r"\bI(?=[aeou])"), "Y"))  # fmt: skip


def french_reading(name: str) -> str:
    """French spellings read the English way: "tch" is ч, "dj" дж, and an initial "I"
    before a vowel й: "Tchassiv Iar" → "Chassiv Yar". ("ou" stays: "Ghouta" is no Huta.)"""
    for pattern, english in _FRENCH:
        name = pattern.sub(english, name)
    return name


def _exact(gaz: Gazetteer, name: str) -> tuple[GazetteerEntry, ...]:
    """The entries under ``name``; for a Cyrillic name also the settlements spelt the
    same in the other language: GeoNames gives the Russian "Берестовое" for one of
    Ukraine's Berestove, and a Russian report may mean any of them."""
    found = gaz.lookup(name)
    if len(name.strip()) < SKELETON_MIN_LENGTH or not _is_loose(gaz):
        return tuple(found)
    if found and " " not in name.strip() and all(e.kind == "admin1" for e in found):
        found = [*found, *_namesakes_of_divisions(cast(LooseLookup, gaz), name, found)]
    if name.isascii() or script_of(name) != "cyrillic":
        return tuple(found)
    same = [e for e in cast(LooseLookup, gaz).lookup_skeleton(name) if e.kind == "place"]
    if found and not any(e.country == "UA" for e in (*found, *same)):
        same += _ukrainian_under_romanisations(gaz, name)
    return tuple(dict.fromkeys([*found, *same]))


def _namesakes_of_divisions(
    gaz: LooseLookup, name: str, divisions: list[GazetteerEntry]
) -> list[GazetteerEntry]:
    """The towns of an oblast that bear its name in another spelling: "Mykolajiw" is the
    German name GeoNames gives Mykolaiv oblast, and the city as well."""
    regions = {(e.country, e.admin1) for e in divisions}
    return [
        e
        for e in gaz.lookup_skeleton(name)
        if e.kind == "place" and (e.country, e.admin1) in regions
    ]


def _ukrainian_under_romanisations(gaz: Gazetteer, name: str) -> list[GazetteerEntry]:
    """Ukrainian villages whose Russian name GeoNames gives only in Latin: "Ягодное" is
    the Magadan settlement in Cyrillic, but also Ukraine's Yahidne ("Yagodnoye")."""
    return [
        e
        for key in sorted(latin_forms(name))
        for e in gaz.lookup(key)
        if e.kind == "place" and e.country == "UA"
    ]


def fuzzy_match(gaz: Gazetteer, name: str, admin1: str | None = None) -> NameMatch:
    """The indexed keys most similar to ``name`` (rapidfuzz ratio ≥ `FUZZY_CUTOFF`).

    Only keys with the same first letter and a length the cutoff allows are
    compared: misspellings seldom touch the first letter, and a ratio of 0.88
    bounds how much two lengths may differ. That makes the search some
    hundred times cheaper than a scan of every key.
    """
    key = name_key(name)
    if len(key) < FUZZY_MIN_LENGTH or not _is_loose(gaz):
        return NO_MATCH
    memo = _FUZZY_MEMO.setdefault(gaz, {})
    memo_key = (getattr(gaz, "version", 0), key, admin1)
    found = memo.get(memo_key)
    if found is None:
        if len(memo) >= FUZZY_MEMO_SIZE:
            memo.clear()  # bounded: a long batch keeps its recent misspellings
        found = memo[memo_key] = _fuzzy_search(gaz, key, admin1)
    return found


def _fuzzy_search(gaz: Gazetteer, key: str, admin1: str | None) -> NameMatch:
    from rapidfuzz import fuzz, process

    block = _blocks(cast(LooseLookup, gaz), admin1).get(key[0])
    if block is None:
        return NO_MATCH
    keys_by_length, starts = block
    low, high = _length_range(len(key))
    first = starts[min(low, len(starts) - 1)]
    last = starts[min(high + 1, len(starts) - 1)]
    choices = keys_by_length[first:last]
    hits = process.extract(
        key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=FUZZY_LIMIT
    )
    if not hits:
        return NO_MATCH
    hits = [hit for hit in hits if len(hit[0]) >= FUZZY_MIN_LENGTH]
    if not hits:
        return NO_MATCH
    best = max(score for _, score, _ in hits)
    keys = [choice for choice, score, _ in hits if score == best]
    entries: dict[tuple[object, ...], GazetteerEntry] = {}
    for found_key in keys:
        for entry in gaz.lookup(found_key):
            entries.setdefault((entry.geonameid, entry.name, entry.latitude), entry)
    return NameMatch(tuple(entries.values()), "fuzzy", round(best / 100, 3), keys[0])


def _length_range(length: int) -> tuple[int, int]:
    """Lengths m for which ratio = 2·common/(n+m) can still reach the cutoff."""
    share = FUZZY_CUTOFF / 100
    return math.ceil(length * share / (2 - share)), math.floor(length * (2 - share) / share)


Block = tuple[list[str], list[int]]
_BLOCKS: weakref.WeakKeyDictionary[Any, dict[tuple[int, str | None], dict[str, Block]]] = (
    weakref.WeakKeyDictionary()
)
_FUZZY_MEMO: weakref.WeakKeyDictionary[Any, dict[tuple[int, str, str | None], NameMatch]] = (
    weakref.WeakKeyDictionary()
)


def _blocks(gaz: LooseLookup, admin1: str | None) -> dict[str, Block]:
    """The gazetteer's keys by first letter, each block sorted by length.

    A block is (keys, starts): ``keys[starts[n]:starts[n + 1]]`` are the keys
    of length ``n``, so the lengths a query admits are one slice. Cached per
    gazetteer and oblast.
    """
    version = getattr(gaz, "version", 0)
    per_gazetteer = _BLOCKS.setdefault(gaz, {})
    blocks = per_gazetteer.get((version, admin1))
    if blocks is None:
        grouped: dict[str, list[str]] = {}
        for key in gaz.name_keys(admin1):
            grouped.setdefault(key[:1], []).append(key)
        blocks = {}
        for letter, keys in grouped.items():
            keys.sort(key=len)
            longest = len(keys[-1])
            starts = [bisect.bisect_left(keys, n, key=len) for n in range(longest + 2)]
            blocks[letter] = (keys, starts)
        per_gazetteer[(version, admin1)] = blocks
    return blocks


_LOOSE_TYPES: dict[type, bool] = {}


def _is_loose(gaz: Gazetteer) -> bool:
    """`LooseLookup` support, checked once per class (protocol checks are slow)."""
    kind = type(gaz)
    known = _LOOSE_TYPES.get(kind)
    if known is None:
        known = _LOOSE_TYPES[kind] = isinstance(gaz, LooseLookup)
    return known
