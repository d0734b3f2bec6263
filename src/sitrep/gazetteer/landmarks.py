"""Landmarks under the names reports give them.

GeoNames names a landmark once per language ("Zaporizhia Nuclear Power Plant",
"Запорізька АЕС"); reports write "Zaporizhzhia NPP", "the Zaporozhye nuclear
plant", "Kakhovka HPP". `landmark_forms` adds those: the type's usual
abbreviations and short forms, and the landmark's leading place name in every
Latin spelling the gazetteer knows for that place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sitrep.gazetteer.names import script_of, skeleton_key

# Words that make a phrase name a landmark; mention finding reads through them.
_LANDMARK_TEXT = """island spit peninsula bridge dam reservoir plant station npp hpp tpp airport
    airfield airbase air base power nuclear hydroelectric thermal port seaport harbour harbor"""
LANDMARK_WORDS = frozenset(_LANDMARK_TEXT.split())

_TYPES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(r"^(?P<place>.+?)\s+Nuclear Power (?:Plant|Station)$", re.I),
        ("{} Nuclear Power Plant", "{} Nuclear Power Station", "{} NPP", "{} nuclear plant"),
    ),
    (
        re.compile(r"^(?P<place>.+?)\s+Hydroelectric (?:Power )?(?:Plant|Station)$", re.I),
        (
            "{} Hydroelectric Power Plant",
            "{} Hydroelectric Power Station",
            "{} HPP",
            "{} hydroelectric plant",
            "{} hydropower plant",
        ),
    ),
    (
        re.compile(r"^(?P<place>(?:(?!Hydro).)+?)\s+(?:Thermal )?Power (?:Plant|Station)$", re.I),
        ("{} Power Plant", "{} Power Station", "{} TPP", "{} thermal power plant"),
    ),
    (
        re.compile(r"^(?P<place>.+?)\s+(?:International\s+)?Airport$", re.I),
        ("{} Airport", "{} airfield", "{} International Airport"),
    ),
)


# "Ostriv Zmiyinyy" is Zmiyinyy Island; "Tendrivska Kosa" the Tendrivska Spit;
# "Kakhovske Vodoskhovyshche" the Kakhovka Reservoir (named after its town).
_GENERIC = (
    (re.compile(r"^(?:Ostriv|Ostrov)\s+(?P<name>.+)$"), "{} Island"),
    (re.compile(r"^(?P<name>.+?)\s+Kosa$"), "{} Spit"),
    (re.compile(r"^(?P<name>.+?)\s+Vodoskhovyshche$"), "{} Reservoir"),
    (re.compile(r"^(?P<name>.+?)ske\s+Vodoskhovyshche$"), "{}ka Reservoir"),
)


# Rivers that name a landmark, with the spellings reports give them: the "Dnieper
# Hydroelectric Station" is the Dnipro HPP (in Zaporizhzhia, not in the city of Dnipro).
RIVER_SPELLINGS = {
    "Dnieper": ("Dnipro", "Dnepr"),
    "Dniester": ("Dnister", "Dnestr"),
}


# What each kept feature code is, in the words reports use.
LANDMARK_TYPES = {
    "ISL": "island", "SPIT": "spit", "PEN": "peninsula", "BDG": "bridge", "DAM": "dam",
    "DAMQ": "dam", "RSV": "reservoir", "PS": "power station", "PSH": "power station",
    "PSN": "power station", "AIRP": "airport", "AIRB": "air base", "PRT": "port",
}  # fmt: skip
_TYPE_SYNONYMS = {
    "air base": ("airbase", "airfield"),
    "airport": ("airfield", "airbase", "air base"),
    "spit": ("peninsula",),  # "the Kinburn peninsula"
    "port": ("seaport", "harbour", "harbor"),
}


def names_landmark_type(phrase: str) -> bool:
    """The phrase says what kind of landmark it is ("Snake Island", "Kyiv TPP")."""
    return any(word in LANDMARK_WORDS for word in phrase.lower().split())


def typed_forms(name: str, feature_code: str) -> list[str]:
    """``Melitopol`` (an air base) → ``Melitopol air base``, ``Melitopol airbase``, …:
    the landmark's name with its type word, unless the name has one already."""
    kind = LANDMARK_TYPES.get(feature_code)
    if kind is None or names_landmark_type(name):
        return []
    return [f"{name} {word}" for word in (kind, *_TYPE_SYNONYMS.get(kind, ()))]


def synonym_forms(names: Iterable[str], feature_code: str) -> list[str]:
    """``Kinburn Spit`` → ``Kinburn peninsula``: names that end in their type word, with
    the type's other words; an island that is also called a spit (Tendra, Dzharylhach)
    under "spit", "peninsula" and "island" alike."""
    names = list(names)
    kind = LANDMARK_TYPES.get(feature_code)
    kinds = {kind: _TYPE_SYNONYMS.get(kind or "", ())} if kind else {}
    if kind == "island" and any(_SPIT_WORD.search(name) for name in names):
        kinds = {word: tuple(w for w in _COAST if w != word) for word in _COAST}
    forms: list[str] = []
    for name in names:
        for word, synonyms in kinds.items():
            if name.lower().endswith(f" {word}"):
                head = name[: -len(word) - 1]
                forms.extend(f"{head} {synonym}" for synonym in synonyms)
    return forms


# An island GeoNames also calls a spit ("Ostriv Tendrivs'ka Kosa") goes by all three.
_COAST = ("spit", "peninsula", "island")
_SPIT_WORD = re.compile(r"\b(?:kosa|spit)\b", re.I)


def leading_words(names: Iterable[str]) -> set[str]:
    """Skeleton keys of the first word of each Latin name (the place a landmark is
    named after): "Zaporizhia" and "Zaporizhzhia" share one."""
    return {skeleton_key(n.split()[0]) for n in names if n.split() and script_of(n) == "latin"}


def landmark_forms(names: Iterable[str], spellings: Mapping[str, Iterable[str]]) -> list[str]:
    """More name forms for a landmark known as ``names``.

    ``spellings`` maps a place name's `skeleton_key` to the Latin spellings of
    that place (``zaporiza`` → Zaporizhzhia, Zaporozhye, …).
    """
    forms: dict[str, None] = {}
    latin = [n for n in names if script_of(n) == "latin"]
    for name in latin:
        for pattern, template in _GENERIC:
            match = pattern.match(name)
            if match:
                latin.append(template.format(match.group("name")))
    for name in latin:
        for variant in _respelt(name, spellings):
            forms[variant] = None
            for pattern, templates in _TYPES:
                match = pattern.match(variant)
                if match:
                    place = match.group("place")
                    forms.update((t.format(place), None) for t in templates)
                    if "{} NPP" in templates and variant == name:  # "ZNPP", "SUNPP"
                        forms[f"{_initials(place)}NPP"] = None
                    break
    return list(forms)


_DIGRAPHS = ("Kh", "Ch", "Zh", "Sh")


def _initials(place: str) -> str:
    """The initials reports abbreviate a plant's town to: Zaporizhzhia Z, Chornobyl Ch."""
    return "".join(
        next((d for d in _DIGRAPHS if word.startswith(d)), word[:1].upper())
        for word in place.split()
    )


def _respelt(name: str, spellings: Mapping[str, Iterable[str]]) -> list[str]:
    first, _, rest = name.partition(" ")
    if not rest:
        return [name]
    others = spellings.get(skeleton_key(first), ())
    return [name, *(f"{s} {rest}" for s in sorted(others) if s != first)]
