"""Administrative names as ACLED writes them, and the name forms that point at them.

ACLED names first-level divisions in English without a suffix (``Kharkiv``,
``Zaporizhia``, ``Kyiv City``) and raions by their Ukrainian adjective
(``Chuhuivskyi``). GeoNames' primary names differ (``Zaporizhzhya Oblast``,
``Chuhuiv City Council``), so this module maps one to the other. Texts name a
region many ways (``Belgorod Oblast``, ``Belgorod region``, ``Белгородская
область``, ``Донеччина``); `admin1_forms` lists them for the index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sitrep.gazetteer.names import name_key, script_of, translit_uk

# ACLED's spelling where it differs from GeoNames' primary ADM1 name minus "Oblast".
_UA_ADMIN1_SPELLING = {
    "05": "Donetsk", "11": "Crimea", "12": "Kyiv City", "14": "Luhansk", "15": "Lviv",
    "16": "Mykolaiv", "17": "Odesa", "20": "Sevastopol", "21": "Sumy", "23": "Vinnytsia",
    "24": "Volyn", "26": "Zaporizhia",
}  # fmt: skip

# The colloquial "-shchyna" names Ukrainian media use for oblasts.
# The Donbas is the Donetsk and Luhansk oblasts together: a name of both.
_DONBAS = ["Donbas", "Donbass", "Донбас", "Донбасс"]
_UA_ADMIN1_COLLOQUIAL = {
    "01": ["Черкащина"], "02": ["Чернігівщина"], "03": ["Буковина"],
    "04": ["Дніпропетровщина", "Дніпровщина"],
    "05": [*_DONBAS, "Донеччина", "Donetsk People's Republic", "Донецька народна республіка",
           "Донецкая народная республика", "DPR", "DNR", "ДНР"],
    "06": ["Івано-Франківщина", "Прикарпаття"], "07": ["Харківщина", "Слобожанщина"],
    "08": ["Херсонщина"], "09": ["Хмельниччина"], "10": ["Кіровоградщина"],
    "11": ["Крим"],  # GeoNames gives the Russian "Крым" and the republic's full names
    "13": ["Київщина"],
    "14": [*_DONBAS, "Луганщина", "Luhansk People's Republic", "Lugansk People's Republic",
           "Луганська народна республіка", "Луганская народная республика", "LPR", "LNR",
           "ЛНР"],
    "15": ["Львівщина"], "16": ["Миколаївщина"],
    "17": ["Одещина"], "18": ["Полтавщина"], "19": ["Рівненщина"], "21": ["Сумщина"],
    "22": ["Тернопільщина"], "23": ["Вінниччина"], "24": ["Волинь"], "25": ["Закарпаття"],
    "26": ["Запоріжжя"], "27": ["Житомирщина"],
}  # fmt: skip

# Where the most populous place of a division is not its namesake (see
# `derived_admin1_name`): Moscow Oblast's largest town is Khimki, and so on.
_DERIVED_ADMIN1_OVERRIDES = {
    ("RU", "47"): "Moscow Oblast", ("RU", "42"): "Leningrad", ("RU", "32"): "Khanty-Mansi",
    ("RU", "85"): "Vologda", ("RU", "87"): "Yamalo-Nenets", ("RU", "12"): "Chechnya",
    ("RU", "17"): "Dagestan", ("RU", "08"): "Bashkortostan", ("RU", "73"): "Tatarstan",
    ("BY", "04"): "Minsk City", ("BY", "05"): "Minsk",
}  # fmt: skip

# Regions known abroad by a name of their own, keyed by the derived English name; and
# the colloquial names Ukrainian and Russian media give the Russian border oblasts.
_REGION_EXONYMS = {
    ("MD", "Tiraspol"): ["Transnistria", "Transdniestria", "Pridnestrovie", "Приднестровье",
                         "Придністров'я"],
    ("MD", "Comrat"): ["Gagauzia", "Gagauz Yeri", "Гагаузия", "Гагаузія"],
    ("RU", "Belgorod"): ["Белгородчина", "Белгородщина", "Бєлгородщина", "Білгородщина"],
    ("RU", "Kursk"): ["Курщина"],
    ("RU", "Bryansk"): ["Брянщина"],
    ("RU", "Voronezh"): ["Воронежчина", "Воронежщина"],
    ("RU", "Rostov-on-Don"): ["Ростовщина"],
}  # fmt: skip

_SUFFIXES = re.compile(r"\s+(oblast|city|raion|rayon|urban raion|district)\s*$", re.I)
_RAION_ADJECTIVE = re.compile(
    r"^(\S+?(?:сь|ць|зь)к)(?:ий|а)\s+(?:район|міська\s+рада|міськрада)$", re.I
)


def ua_admin1_name(code: str, geonames_name: str) -> str:
    """ACLED's English name of a Ukrainian oblast from its ADM1 row."""
    if code in _UA_ADMIN1_SPELLING:
        return _UA_ADMIN1_SPELLING[code]
    return _SUFFIXES.sub("", geonames_name).strip()


def ua_admin1_colloquial(code: str) -> list[str]:
    """Colloquial Ukrainian names of an oblast (``Донеччина``)."""
    return list(_UA_ADMIN1_COLLOQUIAL.get(code, ()))


def ua_admin2_name(geonames_name: str, alternates: list[str]) -> str:
    """ACLED's raion name: the Ukrainian adjective in national romanisation.

    GeoNames mixes ``Zvenihorodka Raion``, ``Chuhuiv City Council`` and
    ``Vyshgorodskiy Rayon``; the Ukrainian Cyrillic ``…ський район`` alternate
    gives the form ACLED uses (``Zvenyhorodskyi``). When several adjectives
    exist (renamed raions), the one closest to the primary name wins.
    """
    stems = []
    for alternate in alternates:
        match = _RAION_ADJECTIVE.match(alternate.strip())
        if match:
            stems.append(translit_uk(match.group(1)) + "yi")
    if not stems:
        return _SUFFIXES.sub("", geonames_name).strip()
    primary = name_key(geonames_name).split(" ")[0]
    best = max(stems, key=lambda stem: _common_prefix(stem, primary))
    return "-".join(part.capitalize() for part in best.split("-"))


def _common_prefix(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


def region_exonyms(country: str, english: str) -> list[str]:
    """Names a derived division goes by abroad ("Transnistria" for the Tiraspol region)."""
    return list(_REGION_EXONYMS.get((country, english), ()))


def derived_admin1_name(country: str, code: str, top_place: str) -> str:
    """English name of a division known only by its code (Russia, Belarus, Moldova).

    The sources hold no division rows for these countries, so the name comes
    from the most populous place with that code, which is the regional capital
    for almost every oblast (RU 09 → Belgorod); a short override table fixes
    the exceptions.
    """
    override = _DERIVED_ADMIN1_OVERRIDES.get((country, code))
    if override is not None:
        return override
    return _plain(top_place)


def _plain(name: str) -> str:
    """``Ryazan’`` → ``Ryazan``, ``Orël`` → ``Orel``: ACLED drops marks in names."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[’'ʼ`]", "", bare)


def admin1_forms(english: str) -> list[str]:
    """English forms of a region name: ``X``, ``X Oblast``, ``X region``…"""
    base = _SUFFIXES.sub("", english).strip()
    forms = [english, base]
    for suffix in ("Oblast", "region", "province", "oblast'"):
        forms.append(f"{base} {suffix}")
    return forms


def russian_region_adjective(city: str) -> str | None:
    """``Белгород`` → ``Белгородская``: the Russian adjective of a regional capital.

    Only the regular patterns (consonant or soft-sign endings); irregular ones
    such as Москва → Московская are left out rather than guessed.
    """
    if not city or not city.isalpha():
        return None
    lower = city.lower()
    if lower.endswith("ск"):
        return city + "ая"
    if lower.endswith("ь"):
        return city[:-1] + "ская"
    if lower[-1] in "аеёиоуыэюяй":
        return None
    return city + "ская"


def admin2_forms(english: str, names: list[str]) -> list[str]:
    """Forms of a raion name: ``Chuhuivskyi``, ``Chuhuivskyi raion``, ``… district``."""
    forms = [english]
    for suffix in ("raion", "district", "rayon"):
        forms.append(f"{english} {suffix}")
    for name in names:
        if re.search(r"\b(raion|rayon)\b", name, re.I):
            forms.append(re.sub(r"\b(raion|rayon)\b", "district", name, flags=re.I))
    return forms


# The feature codes of a place that can run a raion; a town this large can too, and
# one filed under another raion's code when it shares this many letters with the
# adjective (Mariupol, a city of its own).
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
SEAT_MIN_POPULATION = 10_000
SEAT_PREFIX_OUTSIDE = 5
# A raion's adjective and its seat's name share this many first letters at least
# ("Svativskyi", Svatove: "svat"), and half of the adjective's stem.
SEAT_PREFIX = 3
_ADJECTIVE_ENDING = re.compile(r"(?:s?kyi|s?kyy|s?kiy|s?ky)$", re.I)


def raion_seat_score(raion: str, place: str) -> int:
    """How many first letters a raion's adjective shares with a town's name, 0 when too
    few for the town to be its seat: "Vinnytskyi" and Vinnytsia 7, "Kryvorizkyi" and
    Kryvyi Rih 4, "Dniprovskyi" and Dnipro 6."""
    stem = name_key(_ADJECTIVE_ENDING.sub("", raion.split()[0]))
    town = name_key(place)
    shared = 0
    for a, b in zip(stem, town, strict=False):
        if a != b:
            break
        shared += 1
    return shared if shared >= max(SEAT_PREFIX, len(stem) // 2) else 0


def raion_seat_forms(seat_spellings: Iterable[str]) -> list[str]:
    """A raion by its seat's name: ``Izium raion``, ``Kherson district`` (Latin spellings
    only; Ukrainian and Russian name a raion by its adjective)."""
    return [
        f"{spelling} {noun}"
        for spelling in sorted(seat_spellings)
        if script_of(spelling) == "latin"
        for noun in ("raion", "district", "rayon")
    ]
