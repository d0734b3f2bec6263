"""Place mentions: capitalised phrases that name a gazetteer entry, and their relation.

First layer of the geocoder (candidates → features → ranking → choice): it
finds spans and their candidate entries and leaves the choice to
`sitrep.resolve.geocode`. Capitalisation is required and longer phrases win
(``Nova Kakhovka`` before ``Kakhovka``), so ordinary English words that some
village happens to be called ("June", "Freedom", "Patron") are not places.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from sitrep.gazetteer import Gazetteer, GazetteerEntry, default_gazetteer
from sitrep.gazetteer.extent import flat_km
from sitrep.gazetteer.landmarks import LANDMARK_WORDS
from sitrep.gazetteer.match import (
    ABBREVIATED_DIVISIONS,
    HOME_COUNTRIES,
    TOWN_POPULATION,
    match_name,
)
from sitrep.gazetteer.morph import nominative_forms
from sitrep.gazetteer.names import (
    NAME_ADJECTIVES,
    POSSESSIVE,
    cyrillic_language,
    name_key,
    script_of,
    skeleton_key,
    translit_ru,
    unmix_scripts,
)

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_SUFFIX_WORDS = frozenset(
    {"oblast", "region", "province", "raion", "rayon", "district", "область", "район",
     "области", "області", "областю", "района", "району", "районі", "community", "hromada",
     "громада", "громади", "громаду", "громаді", "громадою", "округ", "округа", "округе",
     "krai", "kray", "край", "края", "крае", "областью", "областях", "областей", "районе",
     "районом",
     "направление", "направлении", "направлению", "напрямок", "напрямку", "напрямі",
     *ABBREVIATED_DIVISIONS}
)  # fmt: skip
# Capitalised words that are never places in war reporting, whatever GeoNames says.
_STOPWORD_TEXT = """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday russian russians
    ukrainian ukrainians legion corps patron freedom army brigade battalion regiment
    division forces force guard ministry president general staff service security
    defence defense national state border police navy air the a an this that these
    those he she it they we on in at of for from with by and or but after before
    during while since according commander governor mayor head chief kremlin"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Heads of organisation names: "Armed Forces of Ukraine" names an actor, not a place.
_ORG_HEAD_TEXT = """forces service ministry legion freedom army guard government president office
    embassy prosecutor bank church council parliament republic"""
_ORG_HEADS = frozenset(_ORG_HEAD_TEXT.split())
# Words that may stand between a relation and its place: "near occupied Nova Kakhovka".
_STATES = r"occupied|liberated|embattled|besieged|frontline|front-line|Russian-held|Ukrainian-held"
_NEAR = (
    r"near|nearby|close to|next to|not far from|outside|around|in the vicinity of|vicinity of"
    r"|between"
)
# A territorial community (hromada), in any case, and the words for its kind that may
# precede it: "Kupianska hromada", "у Золочівській селищній громаді".
_HROMADA = r"hromadas?|громад(?:а|и|і|у|ою|ам|ами|ах)?\b"
_COMMUNITY_KINDS = (
    r"urban|rural|settlement|village|city|territorial"
    r"|міськ\w*|селищн\w*|сільськ\w*|поселков\w*|городск\w*|сельск\w*"
)
# What may stand between a relation and a place's name: "near the village of Bilohorivka",
# "в районе н.п. Клещеевка", "в районах населених пунктів Синьківка".
_SETTLEMENT_OF = r"(?:villages?|towns?|city|cities|settlements?)\s+of\s+"
_SETTLEMENT_CYRILLIC = (
    r"(?:н\.\s*п\.|населенн?ых\s+пунктов|населённ?ых\s+пунктов|населенн?ого\s+пункта"
    r"|населённого\s+пункта|населених\s+пунктів|населеного\s+пункту|села|сіл|сёл|селища"
    r"|поселка|посёлка|города|міста|с\.|смт\.?|пгт\.?|пос\.|г\.|м\.)\s*"
)
_BEFORE = [
    (re.compile(rf"\boutskirts of\s+(?:the\s+)?(?:(?:{_STATES})\s+)?$", re.I), "outskirts of"),
    (
        re.compile(
            r"\b((?:north|south)?-?(?:east|west)|north|south)(?:ern)?\s+(?:part\s+)?of\s+$",
            re.I,
        ),
        "{0} of",
    ),
    # "2 km from Krynky", "в 5 км от Купянска", "за 10 км від Куп'янська": near the place.
    (re.compile(r"(?<![\d.,])\d{1,2}(?:[.,]\d)?(?!\d)\s*(?:km|kilometres?|kilometers?|miles?|км|кілометр\w*"
                r"|километр\w*)\s+(?:away\s+)?(?:from|від|от)\s+$", re.I), "near"),
    # OSINT shorthand: "10 km NE of Avdiivka", "SE of Kupiansk".
    (re.compile(r"\b(N|S|E|W|NE|NW|SE|SW)\s+of\s+$"), "{0} of"),
    (re.compile(rf"\b(?:{_NEAR})\s+(?:the\s+)?(?:(?:{_STATES})\s+)?(?:{_SETTLEMENT_OF})?$",
                re.I), "near"),
    (re.compile(r"\b(?:під|поблизу|біля|неподалік|около|под|возле|вблизи|між|между"
                r"|в\s+районе|[ву]\s+районі|[ву]\s+районах|в\s+окрестностях|в\s+околицях)"
                rf"\s+(?:{_SETTLEMENT_CYRILLIC})?$", re.I), "near"),
    (re.compile(r"\b(?:на\s+окраине|на\s+околиці|на\s+околицях)\s+$", re.I), "outskirts of"),
    (re.compile(r"\bin the direction of\s+$|\btowards?\s+$", re.I), "direction"),
    (re.compile(r"\b(?:hromada|громада)\s+of\s+(?:the\s+)?$", re.I), "community"),
    (re.compile(r"\b(?:in|at|into|of)\s+(?:the\s+)?(?:village|town|city|settlement)\s+of\s+$"
                rf"|\b(?:in|at)\s+$|\b(?:в|у|во)\s+(?:{_SETTLEMENT_CYRILLIC})?$", re.I), "in"),
]  # fmt: skip
_AFTER = [
    # "Mykolaiv regional council", "Kharkiv Regional Military Administration": the oblast.
    (
        re.compile(
            r"^\s+(?:regional|oblast)\s+(?:state\s+|military\s+)*(?:council|administration)\b",
            re.I,
        ),
        "region",
    ),
    (re.compile(r"^\s+(?:direction|axis|sector|front)\b", re.I), "direction"),
    (re.compile(r"^\s+(?:district|raion|rayon|neighbou?rhood|microdistrict|r-n|rn|р-н)\b", re.I),
     "district"),
    (re.compile(r"^\s+(?:regions?|oblasts?|provinces?)\b", re.I), "region"),
    # "Kupianska hromada", "Куп'янська міська громада": the town's community, an area
    (re.compile(r"^\s+(?:(?:urban|rural|settlement|village|city|territorial)\s+communit(?:y|ies)"
                rf"|(?:(?:{_COMMUNITY_KINDS})\s+)?(?:{_HROMADA}|ОТГ|OTG|ATG))\b", re.I),
     "community"),  # not "the Dublin community"
    (re.compile(r"^\s+(?:area|forests?|woods|hills?|heights|strait|bay|gulf)\b", re.I), "near"),
    (re.compile(r"^(?:['’]s)?\s+outskirts\b", re.I), "outskirts of"),
    # "Kyiv, Odesa and Mykolaiv regions": every name of the list is a region.
    (re.compile(r"^(?:\s*(?:,|and)\s+[^\W\d_][\w'’-]*)+\s+(?:regions|oblasts)\b", re.I),
     "region"),
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A span of text that names a place, with every gazetteer entry it could mean."""

    start: int
    end: int
    surface: str
    candidates: tuple[GazetteerEntry, ...]
    relation: str | None = None


@lru_cache(maxsize=4096)
def _english_frequency(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def is_common_word(word: str) -> bool:
    """True for stopwords and frequent English words (zipf ≥ 3.5: "Sunny", "Victory")."""
    lower = word.lower()
    return lower in _STOPWORDS or (word.isascii() and _english_frequency(lower) >= 3.5)


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _lookup(gazetteer: Gazetteer, phrase: str) -> list[GazetteerEntry]:
    """Exact name forms, then declined Cyrillic forms, then spelling-tolerant keys.

    The spelling-tolerant layer (``Klischiivka``, ``Pechenigy``) is not used for
    phrases containing ordinary English words, which it would turn into villages.
    """
    phrase = POSSESSIVE.sub("", phrase)
    match = match_name(gazetteer, phrase, fuzzy=False)
    if match.method == "transliterated" and any(
        _cyrillic_frequency(word) >= ROMANISED_COMMON_ZIPF for word in _after_name_adjective(phrase)
    ):
        return district_seat(gazetteer, phrase)  # "Южной группировки" is no village Yuzhnaya
    if match.method not in ("none", "skeleton", "transliterated"):
        return list(match.entries)
    if match.method == "none" or len(phrase) < 5 or _has_english_word(phrase):
        return _facility_landmarks(gazetteer, phrase) or district_seat(gazetteer, phrase)
    return list(match.entries)


def _facility_landmarks(gazetteer: Gazetteer, phrase: str) -> list[GazetteerEntry]:
    """A landmark named with its town's adjective: spelt near enough to the gazetteer's
    name ("Kakhovska HPP" is the Kakhovka Hydroelectric Power Station), or found as the
    town's landmark of that type ("Запорожская АЭС": Zaporizhzhia NPP)."""
    match = _FACILITY_ADJECTIVE.fullmatch(phrase.strip())
    if match is None:
        return []
    found = [e for e in match_name(gazetteer, phrase).entries if e.kind == "landmark"]
    kind = _facility_type(match.group("noun"))
    if found or kind is None:
        return found
    towns = district_seat(gazetteer, phrase)
    typed = (e for t in towns for e in gazetteer.lookup(f"{t.name} {kind}"))
    return list(dict.fromkeys(e for e in typed if e.kind == "landmark"))


# The landmark type a facility noun names, as the gazetteer's English forms write it.
_FACILITY_TYPES = (
    (re.compile(r"nuclear|npp|аэс|аес", re.I), "NPP"),
    (re.compile(r"hydro|hpp|гэс|гес", re.I), "HPP"),
    (re.compile(r"thermal|tpp|chp|тэс|тес|тэц|тец", re.I), "TPP"),
    (re.compile(r"bridge|міст|мост", re.I), "bridge"),
    (re.compile(r"airfield|аеродром|аэродром", re.I), "airfield"),
    (re.compile(r"airport", re.I), "airport"),
    (re.compile(r"air\s*base", re.I), "air base"),
)


def _facility_type(noun: str) -> str | None:
    return next((kind for pattern, kind in _FACILITY_TYPES if pattern.search(noun)), None)


def _after_name_adjective(phrase: str) -> list[str]:
    """The words of a name after the adjective that opens it, in any case: "Великой
    Новоселки" is Velyka Novosilka, however common a word "Великая" is."""
    words = phrase.split()
    if len(words) < 2:
        return words
    first = words[0]
    forms = [first, *nominative_forms(first)] if script_of(first) == "cyrillic" else [first]
    return words[1:] if any(skeleton_key(f) in NAME_ADJECTIVES for f in forms) else words


def _has_english_word(phrase: str) -> bool:
    """An ordinary English word other than a division word or a name-opening adjective
    ("Homel region", "Mali Scherbaky" have none)."""
    words = [w.lower() for w in phrase.split()]
    return any(
        w not in _SUFFIX_WORDS
        and _english_frequency(w) >= 2.5
        and skeleton_key(w) not in NAME_ADJECTIVES
        for w in words
    )


# "TOS-1A", "Su-25", "BM-21": a model designation, not the village of Tos.
_DESIGNATION = re.compile(r"-?\d")
# The kind of a community, in any case: "у Золочівській селищній громаді".
_COMMUNITY_KIND = re.compile(r"(?:селищн|міськ|сільськ|поселков|городск|сельск)\w*")
_DISTRICT_KINDS = frozenset(
    {"urban", "municipal", "territorial", "городской", "муниципальный", "міський",
     "settlement", "rural"}
)  # fmt: skip
_DIRECTION_NOUNS = ("направление", "направлении", "направлению", "напрямок", "напрямку", "напрямі")
# "Shebekinsky district", "Glushkovsky raion", "Купянский район", "Грайворонский городской
# округ": a district named with its seat's adjective, where the gazetteer has no entry
# for the district; "Кураховское направление", "Лиманський напрямок": the front by a town.
_DISTRICT_ADJECTIVE = re.compile(
    r"(?P<stem>[^\W\d_](?:[^\W\d_]|['’ʼ])+?)"
    r"(?:skyi|skiy|skyy|sky|ski|zkyi|zky|ский|ський|ского|ського|ское|ське|ском|ському"
    r"|зький|зького|зькому|зьке|цький|цького|цькому|цьке|цкий|цкого|цком|цкое)\s+"
    r"(?:(?:urban|municipal|городской|муниципальный|міський)\s+)?"
    r"(?P<noun>district|raion|rayon|район|району|района|районі|районе|районом|р-н|р-ну|р-на"
    r"|округ|округа|округе"
    rf"|{'|'.join(_DIRECTION_NOUNS)})",
    re.I,
)
# Facility nouns of Ukrainian and Russian reports, in the cases that follow an adjective.
_FACILITY_WORDS = frozenset(
    {"аэс", "гэс", "тэс", "тэц", "аес", "гес", "тес", "тец", "міст", "мосту", "мості", "мост",
     "мосте", "аеродром", "аеродромі", "аэродром", "аэродроме"}
)  # fmt: skip
# "Antonivskyi bridge", "Zmiivska TPP", "Трипільська ТЕС": a facility named with its
# town's adjective, where the gazetteer has no entry for the facility; near that town.
_FACILITY_ADJECTIVE = re.compile(
    r"(?P<stem>[^\W\d_](?:[^\W\d_]|['’ʼ])+?)"
    r"(?:skyi|skiy|skyy|sky|skaya|skaia|ska|zkyi|zky|zka|ский|ський|ская|ська|зький|зька"
    r"|цький|цька|цкий|цкая|ській|ської|ську|зькій|зької|зьку|цькій|цької|цьку|ской|скую"
    r"|цкой|цкую|ському|ського|ском|ского)\s+"
    rf"(?:(?:{_COMMUNITY_KINDS})\s+)?"  # "Золочівська селищна громада"
    r"(?P<noun>(?:(?:thermal|hydroelectric|nuclear|hydro)\s+)?(?:power\s+)?(?:plant|station)"
    rf"|npp|hpp|tpp|chp|bridge|dam|airfield|airport|air\s*base|community|{_HROMADA}"
    rf"|{'|'.join(sorted(_FACILITY_WORDS, key=len, reverse=True))})",
    re.I,
)
_CITY_DISTRICT = re.compile(
    r"\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?(?P<city>[^\W\d_a-zа-яіїєґ][\w'’-]*+)"
    r"(?!\s+(?i:regions?|oblasts?|provinces?|krai|republic)\b)(?!['’]s)"
)
# What follows the stem in the seat's own name: "Shebekinsky" → Shebekin-o, "Sumskyi" →
# Sum-y, "Донецький" → Доне-цьк, "Запорізький" → Запорі-жжя (з is ж before -жя).
_SEAT_ENDINGS = ("", "o", "a", "e", "y", "sk", "ka", "zhzhia", "lia", "о", "а", "е", "и", "ы",
                 "ськ", "ск", "ка", "цьк", "цк", "ж", "жжя", "ля")  # fmt: skip


# The endings a stem of each script may take (a Latin stem, only the Latin ones).
_SEAT_ENDINGS_BY_SCRIPT = {
    script: tuple(e for e in _SEAT_ENDINGS if not e or script_of(e) == script)
    for script in ("latin", "cyrillic")
}


# Rivers that share their name with towns and villages: "the Dnipro" is the river.
_RIVERS = frozenset(
    {"dnipro", "dnieper", "dnepr", "дніпро", "днепр", "donets", "siverskyi donets", "oskil",
     "inhulets", "desna", "dniester", "dnister", "psel", "vorskla", "sula", "aidar", "kalmius"}
)  # fmt: skip
# Seas named like a town, and the words that make their name the sea's coast.
_SEAS = frozenset({"azov", "азов", "азовське", "азовское"})
_COAST_AFTER = re.compile(r"\s+(?:coast|coastline|shore|littoral|узбережж|побережь)", re.I)
# Watercourses and ravines named like a place ("the Zhuravka gully") are not that place;
# a forest or hill named after a town is near it (`_AFTER`: "the Kreminna forest").
_RIVER_AFTER = re.compile(
    r"\s+(?:river|creek|stream|gully|ravine|balka|sea(?!\s+(?:port|terminal|trade))|lagoon|estuary"
    r"|річк[аиуі]|рек[аиуе]|балк[аиуі])\b",
    re.I,
)
_RIVER_BEFORE = re.compile(r"(?:\briver|\bsea\s+of|\bрічк[аиуі]|\bрек[аиуе]|\bр\.)\s+$", re.I)


def _names_a_river(text: str, start: int, end: int) -> bool:
    """ "the Dnipro River", "річка Оскіл", "across the Dnipro", "the Sea of Azov", "the
    Azov coast": water, not the town ("the Odesa sea port" is the town's)."""
    if _RIVER_AFTER.match(text, end) or _RIVER_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    surface = text[start:end].lower()
    if surface in _SEAS and _COAST_AFTER.match(text, end):
        return True
    return surface in _RIVERS and text[max(0, start - 4) : start].lower() == "the "


def _relation(before: str | None, district: str | None) -> str | None:
    """ "у Бахмутському районі" is in the district: the district (or front) wins over "in"."""
    return district if district and before in (None, "in") else before


# A city quarter lies this close to its city's centre; a city this large has quarters.
QUARTER_KM = 25.0
CITY_POPULATION = 100_000


def inside_cities(
    readings: Iterable[GazetteerEntry], cities: Iterable[GazetteerEntry]
) -> tuple[GazetteerEntry, ...]:
    """The readings of a district name that lie inside one of ``cities`` (its places)."""
    centres = [(c.latitude, c.longitude) for c in cities if c.kind == "place"]
    return tuple(
        e
        for e in readings
        if e.kind != "admin1"
        and any(flat_km(e.latitude, e.longitude, *centre) <= QUARTER_KM for centre in centres)
    )


def _quarters_of(gaz: Gazetteer, found: list[GazetteerEntry], city: str) -> list[GazetteerEntry]:
    """The readings of a district name that lie inside the named large city."""
    cities = [e for e in gaz.lookup(city) if e.population >= CITY_POPULATION]
    return list(inside_cities(found, cities))


def _district_relation(surface: str) -> str | None:
    match = _DISTRICT_ADJECTIVE.fullmatch(surface.strip())
    if match is None:
        return "near" if _FACILITY_ADJECTIVE.fullmatch(surface.strip()) else None
    return "direction" if match.group("noun").lower() in _DIRECTION_NOUNS else "district"


def _anything(entry: GazetteerEntry) -> bool:
    return True


def district_seat(
    gazetteer: Gazetteer,
    phrase: str,
    wanted: Callable[[GazetteerEntry], bool] = _anything,
) -> list[GazetteerEntry]:
    """The towns a district named by its seat's adjective may be named after:
    "Shebekinsky district" → Shebekino, "Sudzhansky district" → Sudzha; every town
    whose name the adjective can be made from ("Покровський": Pokrov or Pokrovsk, for
    the ranking to choose). A Ukrainian-spelt adjective is a Ukrainian town's where one
    fits ("Мар'їнський район": Marinka, not Moscow's Mar'ino; but "на Шебекінському
    напрямку" is Shebekino's)."""
    if wanted is _anything:  # the common call, remembered per gazetteer version
        version = getattr(gazetteer, "version", 0)
        return list(_district_seat_memo(gazetteer, version, phrase))  # type: ignore[arg-type]
    return _district_seat(gazetteer, phrase, wanted)


@lru_cache(maxsize=16384)
def _district_seat_memo(
    gazetteer: Gazetteer, version: int, phrase: str
) -> tuple[GazetteerEntry, ...]:
    return tuple(_district_seat(gazetteer, phrase, _anything))


def _district_seat(
    gazetteer: Gazetteer, phrase: str, wanted: Callable[[GazetteerEntry], bool]
) -> list[GazetteerEntry]:
    seats = list(dict.fromkeys(seat_readings(gazetteer, phrase, wanted)))
    if cyrillic_language(phrase) == "uk" and any(e.country == "UA" for e in seats):
        seats = [e for e in seats if e.country == "UA"]
    if _FACILITY_ADJECTIVE.fullmatch(phrase.strip()):  # a plant or bridge is a town's
        towns = [e for e in seats if e.population >= FACILITY_TOWN_POPULATION]
        seats = towns or seats
    return seats


# A facility named with a town's adjective is a town's of at least this size, where one
# fits ("Zmiivska TPP" is Zmiiv's, not a village Zmiivka's).
FACILITY_TOWN_POPULATION = 1_000


def seat_readings(
    gazetteer: Gazetteer,
    phrase: str,
    wanted: Callable[[GazetteerEntry], bool] = lambda entry: True,
) -> Iterator[GazetteerEntry]:
    """`district_seat`'s towns one by one, as the guessed names find them; also the town
    of a facility named with its adjective ("Zmiivska TPP": Zmiiv)."""
    match = _DISTRICT_ADJECTIVE.fullmatch(phrase.strip())
    match = match or _FACILITY_ADJECTIVE.fullmatch(phrase.strip())
    if match is None:
        return
    stem = match.group("stem")
    script = script_of(stem) or "latin"
    bases = [b for b in _seat_stems(stem) if script_of(b.replace(" ", "")) == script]
    names = [base + ending for base in bases for ending in _SEAT_ENDINGS_BY_SCRIPT[script]]
    ending = match.group(0)[len(stem) :].lower()
    if ending[:1] == "ц":  # Великобурлуцький: Великий Бурлук
        names += [base + "к" for base in bases]
    elif stem[-1:].lower() == "t":  # Velykoburlutskyi: Velykyi Burluk
        names += [base[:-1] + "k" for base in bases]
    # Towns that are adjectives themselves: "Хмельницкая АЭС" is Khmelnytskyi's
    adjectives = ("цкий", "цький") if ending[:1] == "ц" else ("ский", "ський", "skyi", "skiy")
    names += [stem + a for a in adjectives if script_of(a) == script_of(stem)]
    for name in dict.fromkeys(names):
        key = skeleton_key(translit_ru(name) if script_of(name) == "cyrillic" else name)
        for entry in match_name(gazetteer, name, fuzzy=False).entries:
            if entry.country not in HOME_COUNTRIES:
                continue  # the adjectives are Ukrainian and Russian: "Trypilska" is no Tripoli
            if entry.kind == "place" and _bears(entry.name, key) and wanted(entry):
                yield entry


# Adjectives of two-word seats run their words together: "Великоновосілківський" is
# Velyka Novosilka's, "Velykoburlutskyi" Velykyi Burluk's.
_COMPOUND_HEADS = (
    (re.compile(r"(?i)velyko|veliko"), ("Velyka", "Velykyi", "Velyke")),
    (re.compile(r"(?i)велико"), ("Велика", "Великий", "Велике")),
    (re.compile(r"(?i)malo"), ("Mala", "Malyi", "Male")),
    (re.compile(r"(?i)мало"), ("Мала", "Малий", "Мале")),
    (re.compile(r"(?i)verkhnio|verkhno"), ("Verkhnia", "Verkhnii", "Verkhnie")),
    (re.compile(r"(?i)верхньо|верхне"), ("Верхня", "Верхній", "Верхнє")),
    (re.compile(r"(?i)nyzhnio|nizhne"), ("Nyzhnia", "Nyzhnii", "Nyzhnie")),
    (re.compile(r"(?i)нижньо|нижне"), ("Нижня", "Нижній", "Нижнє")),
    (re.compile(r"(?i)holo"), ("Hola", "Holyi", "Hole")),  # Holopristanska: Hola Prystan
    (re.compile(r"(?i)голо"), ("Гола", "Голий", "Голе")),
    (re.compile(r"(?i)staro"), ("Stara", "Staryi", "Stare")),  # Starosaltivska: Staryi Saltiv
    (re.compile(r"(?i)старо"), ("Стара", "Старий", "Старе")),
    (re.compile(r"(?i)kryvo"), ("Kryva", "Kryvyi", "Kryve")),
    (re.compile(r"(?i)криво"), ("Крива", "Кривий", "Криве")),
)


def _seat_stems(stem: str) -> list[str]:
    """What the seat's name may start with, given its adjective's stem."""
    lower = stem.lower()
    stems = [stem]
    if lower.endswith(("an", "ан", "en", "ен")):  # Dvorichanskyi: Dvorichn-a; Ровенская: Ровн-о
        stems.append(stem[:-2] + stem[-1])
    if lower.endswith(("n", "н")):  # Sudzhansky: Sudzha
        stems.append(stem[:-1])
    if lower.endswith(("iv", "ів")):  # Polohivskyi: Polohy; Kurakhivska: Kurakhov-e
        stems.extend((stem[:-2] + "y", stem[:-2] + "и", stem[:-2] + "ov", stem[:-2] + "ов"))
    if lower.endswith(("kiv", "ків")):  # Novosilkivskyi: Novosilk-a
        stems.append(stem[:-2])
    for pattern, heads in _COMPOUND_HEADS:
        prefix = pattern.match(stem)
        rest = stem[prefix.end() :] if prefix else ""
        if len(rest) >= 3:
            for part in _seat_stems(rest[0].upper() + rest[1:]):
                stems.extend(f"{head} {part}" for head in heads)
            break
    return stems


# How alike the seat's own name and the guessed one must be: "Авдеевка" is Avdiivka in
# Russian (0.86), "Коммунарск" only an old name of Alchevsk (0.38).
SEAT_SIMILARITY = 70.0


def _bears(name: str, key: str) -> bool:
    """The town bears the guessed name as its own, in some spelling (not as an old name)."""
    from rapidfuzz import fuzz

    return fuzz.ratio(skeleton_key(name), key) >= SEAT_SIMILARITY


def _acceptable(text: str, tokens: list[re.Match[str]], found: list[GazetteerEntry]) -> bool:
    """Reject single common words unless they name a big place ("Kyiv", "Berlin")."""
    if len(tokens) > 1:
        return True
    word = tokens[0].group()
    if word.lower() in _STOPWORDS:
        return False
    if is_common_word(word):
        key = name_key(POSSESSIVE.sub("", word))  # a big place or a state by that very
        return _qualified_by_its_oblast(text, tokens[0].end(), found) or any(
            e.kind == "country"  # name ("Nice", "California", "London's"), not by an alias
            or (name_key(e.name) == key and (e.population >= CITY_POPULATION or e.kind == "admin1"))
            for e in found
        )
    if (
        _opens_sentence(text, tokens[0].start())
        and _cyrillic_frequency(word) >= CYRILLIC_COMMON_ZIPF
    ):
        return any(e.kind == "country" or e.population >= CITY_POPULATION for e in found)
    return True


# ", Chernihiv." / ", Chernihiv region," / ", Chernihiv oblast)": an oblast that closes
# the clause, not "Marina, Kharkiv resident".
_OBLAST_AFTER = re.compile(
    r",\s*([A-ZА-ЯІЇЄҐ][\w'’-]+)(?:\s+(?:region|oblast|province))?\s*(?:[.,;)]|$)", re.I
)


def _qualified_by_its_oblast(text: str, end: int, found: list[GazetteerEntry]) -> bool:
    """The word, inside a sentence, is followed by the oblast of a village bearing it as
    its own name: "shelled near Hai, Chernihiv." (not "Marina, Kharkiv resident", nor a
    headline's "Port, Odesa:")."""
    after = _OBLAST_AFTER.match(text, end)
    word_start = end - len(text[:end].split()[-1])
    if after is None or _opens_sentence(text, word_start):
        return False
    oblast = skeleton_key(after.group(1))
    word = name_key(text[:end].split()[-1])
    return any(
        e.kind == "place"
        and e.admin1
        and skeleton_key(e.admin1) == oblast
        and name_key(e.name) == word
        for e in found
    )


# A capitalised Ukrainian or Russian word that opens a sentence and is this frequent
# is an ordinary word ("Сили оборони…": the forces, not the village of Syla).
CYRILLIC_COMMON_ZIPF = 4.5
# A Cyrillic word found only through its romanisation must be rarer than this.
ROMANISED_COMMON_ZIPF = 3.0


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but spaces or an opening quote between ``start`` and a sentence end."""
    i = start - 1
    while i >= 0 and text[i] in " \t«\"'(“„":
        i -= 1
    return i < 0 or text[i] in ".!?…\n"


@lru_cache(maxsize=65536)
def _cyrillic_frequency(word: str) -> float:
    if word.isascii() or script_of(word) != "cyrillic":
        return 0.0
    from wordfreq import zipf_frequency

    language = cyrillic_language(word)
    languages = [language] if language else ["uk", "ru"]
    # The small lists hold every word this frequent, in a tenth of the memory.
    return max(float(zipf_frequency(word.lower(), lang, wordlist="small")) for lang in languages)


def _truncated_foreign(
    text: str, part: list[re.Match[str]], run: list[re.Match[str]], found: list[GazetteerEntry]
) -> bool:
    """A foreign name cut out of a longer capitalised phrase ("Mali" in "Mali Scherbaky")."""
    if len(part) == len(run) or not _capitalised(run[len(part)].group()):
        return False
    return all(e.country not in HOME_COUNTRIES for e in found)


def _truncated_adjective(part: list[re.Match[str]], run: list[re.Match[str]]) -> bool:
    """The adjective that opens a longer name ("Novye" of "Novye Yurkovichi", a village
    the gazetteer lacks) is not the village Nove."""
    if len(part) != 1 or len(run) < 2 or not _capitalised(run[1].group()):
        return False
    return skeleton_key(part[0].group()) in NAME_ADJECTIVES


_TITLE_TEXT = """governor mayor president minister general colonel commander spokesman
    spokesperson head chief deputy lieutenant major captain sergeant mr mrs ms dr"""
_TITLES = frozenset(_TITLE_TEXT.split())


def _neighbour_is_name(token: re.Match[str] | None, side: str, gaz: Gazetteer) -> bool:
    """A capitalised non-place word right beside a match: a person's name around it."""
    if token is None or not _capitalised(token.group()):
        return False
    if not token.group().isascii():
        return _cyrillic_neighbour_is_name(token.group(), side, gaz)
    word = POSSESSIVE.sub("", token.group())
    if word.lower() in _TITLES:
        return side == "before"
    if word.lower() in _SUFFIX_WORDS:  # "Belgorod Oblast's Shebekino district"
        return False
    if word.lower() in LANDMARK_WORDS:  # "Kursk NPP", "Zmiiv TPP": a plant, not a surname
        return False
    if _COMMUNITY_WORD.fullmatch(word) or word in _COMMUNITY_ABBREVIATIONS:  # "Lyptsi ATG"
        return False
    return not is_common_word(word) and not gaz.lookup(word)


# Titles before a name in Ukrainian and Russian reports ("губернатор Роман Старовойт").
_CYRILLIC_TITLE_TEXT = """губернатор губернатора губернатору мэр мэра мер мера глава главы
    голова голови президент президента министр министра міністр міністра генерал генерала
    командующий командувач спикер спікер речник представитель представник депутат депутата"""
_CYRILLIC_TITLES = frozenset(_CYRILLIC_TITLE_TEXT.split())


def _cyrillic_neighbour_is_name(word: str, side: str, gaz: Gazetteer) -> bool:
    """A rare capitalised word after the match that names no place ("Роман Старовойт").
    A title before it is no sign alone: "Мер Енергодара" is the mayor of Enerhodar."""
    if side == "before" or script_of(word) != "cyrillic":
        return False
    if _cyrillic_frequency(word) >= ROMANISED_COMMON_ZIPF:
        return False
    return not match_name(gaz, word, fuzzy=False).entries


def _part_of_person_name(
    text: str,
    tokens: list[re.Match[str]],
    i: int,
    size: int,
    gaz: Gazetteer,
    found: list[GazetteerEntry],
) -> bool:
    """``Vyacheslav Gladkov``, ``Volodymyr Zelensky``: a one-word match inside a name."""
    if size > 1:
        return False
    prev = tokens[i - 1] if i > 0 and text[tokens[i - 1].end() : tokens[i].start()] == " " else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and text[tokens[i].end() : nxt.start()] != " ":
        nxt = None
    if POSSESSIVE.search(tokens[i].group()):  # "Kherson's Korabelnyi district": no surname
        nxt = None
    if script_of(tokens[i].group()) == "cyrillic":
        if any(e.kind != "place" or e.population >= CITY_POPULATION for e in found):
            return False  # "Мер Києва Віталій Кличко": Kyiv is no first name
        titled = i >= 2 and tokens[i - 2].group().lower() in _CYRILLIC_TITLES
        if titled and prev is not None and _capitalised(prev.group()):
            # "губернатор Вячеслав Гладков": the surname after a title and a first name
            return not match_name(gaz, prev.group(), fuzzy=False).entries
    return _neighbour_is_name(prev, "before", gaz) or _neighbour_is_name(nxt, "after", gaz)


def _inside_org_name(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    match = re.search(r"([A-Z][a-z]+)\s+of\s+(?:the\s+)?$", before)
    return bool(match and match.group(1).lower() in _ORG_HEADS)


_COMPASS = {
    "N": "north", "S": "south", "E": "east", "W": "west",
    "NE": "northeast", "NW": "northwest", "SE": "southeast", "SW": "southwest",
}  # fmt: skip


# Ukrainian "на" with a locative names a land, not a town: "на Запоріжжі" is the
# Zaporizhzhia oblast ("у Запоріжжі" the city), as "на Харківщині" is Kharkiv's.
_ON_A_LAND = re.compile(r"\bна\s+$", re.I)


def relation_of(text: str, start: int, end: int) -> str | None:
    """The spatial relation the words around a mention express, if any."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    if text[end - 1 : end].lower() in ("і", "ї") and _ON_A_LAND.search(before):
        return "land"  # a region where the name can be one (see `_longest_match`)
    for pattern, label in _AFTER:
        if pattern.search(after):
            return label
    for pattern, label in _BEFORE:
        match = pattern.search(before)
        if match:
            groups = [_COMPASS.get(g, g.lower().replace("-", "")) for g in match.groups() if g]
            return label.format(*groups) if groups else label
    return None


def find_places(text: str, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Place mentions in ``text``, left to right, longest phrase first at each position."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    text = unmix_scripts(text)  # "Вoвчaнськ" with Latin letters; offsets are kept
    tokens = _split_unknown_compounds(text, list(_WORD.finditer(text)), gaz)
    mentions: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        if not _capitalised(tokens[i].group()):
            i += 1
            continue
        mention, used = _longest_match(text, tokens, i, gaz)
        if mention is not None:
            mentions.append(mention)
        i += max(used, 1)
    return mentions


_PART = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def _split_unknown_compounds(
    text: str, tokens: list[re.Match[str]], gaz: Gazetteer
) -> list[re.Match[str]]:
    """Hyphenated words that name nothing as a whole, cut at their hyphens: the
    "Kreminna-Svatove line" runs between two places, while Kupiansk-Vuzlovyi is one."""
    kept: list[re.Match[str]] = []
    for i, token in enumerate(tokens):
        word = token.group()
        if "-" not in word or not _capitalised(word) or _lookup(gaz, word):
            kept.append(token)
            continue
        parts = list(_PART.finditer(text, token.start(), token.end()))
        if all(_capitalised(p.group()) and _lookup(gaz, p.group()) for p in parts):
            kept.extend(parts)  # "Kreminna-Svatove"; not "Kyiv-based" or "Trans-Dniester"
        elif _places_across(text, parts, tokens[i + 1 : i + 2], gaz):
            kept.extend(parts)  # "the Bakhmut-Chasiv Yar road"
        else:
            kept.append(token)
    return kept


_COMMUNITY_WORD = re.compile(rf"(?i)communit(?:y|ies)|{_HROMADA}")
_OF = re.compile(r"\s+of\b", re.I)
_COMMUNITY_ABBREVIATIONS = frozenset({"ATG", "OTG", "ОТГ", "UTC", "TG", "ТГ"})


def _community_towns(gaz: Gazetteer, seat: str) -> list[GazetteerEntry]:
    """Towns a community phrase may name where GeoNames lacks the town's own community:
    "Kostiantynivka hromada" is the Donetsk city's, not a village community of its name
    in Kherson oblast."""
    towns = _lookup(gaz, seat) or district_seat(gaz, f"{seat} hromada")  # "Лиманська"
    return [e for e in towns if e.kind == "place" and e.population >= TOWN_POPULATION]


def _places_across(
    text: str, parts: list[re.Match[str]], following: list[re.Match[str]], gaz: Gazetteer
) -> bool:
    """ "Bakhmut-Chasiv Yar": a place, a hyphen, and a place whose name goes on past it."""
    if len(parts) != 2 or not following or text[parts[1].end() : following[0].start()] != " ":
        return False
    first, last = parts[0].group(), parts[1].group()
    if not (_capitalised(last) and _capitalised(following[0].group())):
        return False
    return bool(_lookup(gaz, first)) and bool(_lookup(gaz, f"{last} {following[0].group()}"))


# Lower-case words inside place names: "Rostov na Donu", "Stratford upon Avon".
_NAME_CONNECTORS = frozenset({"na", "on", "nad", "upon", "am", "an", "sur", "i"})


def _phrase_tokens(text: str, tokens: list[re.Match[str]], i: int) -> list[re.Match[str]]:
    """Up to three tokens from ``i``: capitalised words, or a region word at the end;
    up to five when landmark words follow ("Zaporizhzhia nuclear power plant")."""
    run = [tokens[i]]
    for token in tokens[i + 1 : i + 5]:
        gap = text[run[-1].end() : token.start()]
        if gap not in (" ", "-"):
            break
        word = token.group()
        lower = word.lower()
        if (
            lower in LANDMARK_WORDS
            or lower in _DISTRICT_KINDS
            or lower in _FACILITY_WORDS
            or _COMMUNITY_KIND.fullmatch(lower)
        ):
            run.append(token)
            continue
        if lower in _NAME_CONNECTORS and len(run) < 3 and _capitalised(run[-1].group()):
            run.append(token)  # "Rostov na Donu", "Frankfurt am Main"
            continue
        if len(run) >= 3 or not (_capitalised(word) or lower in _SUFFIX_WORDS):
            break
        run.append(token)
        if not _capitalised(word):
            break
    return run


def _longest_match(
    text: str, tokens: list[re.Match[str]], i: int, gaz: Gazetteer
) -> tuple[PlaceMention | None, int]:
    run = _phrase_tokens(text, tokens, i)
    for size in range(len(run), 0, -1):
        part = run[:size]
        if not _capitalised(part[-1].group()) and size == 1:
            continue
        start, end = part[0].start(), part[-1].end()
        if size == 1 and _DESIGNATION.match(text, end):
            continue
        found = _lookup(gaz, text[start:end])
        if not found or not _acceptable(text, part, found):
            continue
        if _truncated_adjective(part, run) and all(e.kind == "place" for e in found):
            return None, 2  # "Novye Yurkovichi": one name the gazetteer lacks
        if _truncated_foreign(text, part, run, found):
            continue
        if _inside_org_name(text, start) or _part_of_person_name(text, tokens, i, size, gaz, found):
            return None, size
        district = _district_relation(text[start:end])
        if district == "near" and all(e.kind == "landmark" for e in found):
            district = None  # the landmark itself, not the town its adjective names
        city = _CITY_DISTRICT.match(text, end) if district else None
        if city is not None:  # "the Saltivskyi district of Kharkiv": a quarter of that city
            found = _quarters_of(gaz, found, city.group("city"))
            if not found:
                return None, size  # "Kirovskyi district of Donetsk": no such quarter known
            district = "district"
        if _names_a_river(text, start, end):
            return None, size
        if size == 1 and _COMMUNITY_WORD.fullmatch(part[0].group()) and _OF.match(text, end):
            return None, size  # "Hromada of Kurakhove": the word, not the village Hromada
        if size > 1 and _COMMUNITY_WORD.fullmatch(part[-1].group()):
            district = district or "community"
            if all(e.feature_code == "ADM3" for e in found):  # a city's own is missing
                found = [*found, *_community_towns(gaz, text[start : part[-2].end()])]
        relation = _relation(relation_of(text, start, end), district)
        if relation == "land":  # "на Запоріжжі" is the oblast; "на Оболоні" a quarter
            relation = "region" if any(e.kind == "admin1" for e in found) else None
        mention = PlaceMention(
            start=start,
            end=end,
            surface=text[start:end],
            candidates=tuple(found),
            relation=relation,
        )
        return mention, size
    return None, 1
