"""Ranking a mention's candidates: named features, their weights, and a fast scorer.

`candidate_features` spells out why a candidate wins (for tests and for
anyone tuning the weights); `rank_candidates` computes the same weighted sum
faster, caching what depends on the entry alone, since a batch of queries
meets the same villages again and again.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.gazetteer import GazetteerEntry, name_key
from sitrep.gazetteer.landmarks import names_landmark_type
from sitrep.gazetteer.match import HOME_COUNTRIES, TOWN_POPULATION
from sitrep.gazetteer.morph import nominative_forms
from sitrep.gazetteer.names import POSSESSIVE, script_of, skeleton_key, translit_ru, translit_uk
from sitrep.resolve.frontline import default_front_line
from sitrep.resolve.mentions import CITY_POPULATION, PlaceMention

REGION_SURFACE = re.compile(
    r"(oblasts?|regions?|provinces?|област[ьіиюяе]|щин[аиіу]|ччин[аиіу]|shchyna|chchyna"
    r"|\bkrai|\bkray|\bкра[йяе]|\bobl|\bобл)(?:['’]s)?\W*$",
    re.I,
)
RAION_SURFACE = re.compile(
    r"(raion|rayon|district|район[аиуіе]?|\bр-н[аиуі]?|\br-n)(?:['’]s)?\W*$", re.I
)
_CODE_PRIOR = {
    "PPLC": 2.0, "PPLA": 1.5, "PPLA2": 1.0, "PPLA3": 0.5, "PPLX": -1.0,
    "PPLW": -1.0, "PPLQ": -1.5, "PPLH": -2.0, "PPLF": -1.0, "PPLL": -0.5,
}  # fmt: skip
_COUNTRY_PRIOR = {"UA": 1.0, "RU": 0.7, "BY": 0.3, "MD": 0.3}
_WEIGHTS = {
    "kind": 1.0, "population": 0.5, "feature_code": 1.0, "primary_name": 1.5,
    "country_prior": 1.0, "country_context": 2.0, "admin1_context": 4.0, "nearby": 1.0,
    "front": 2.5, "community_context": 4.0, "admin2_context": 4.0,
    "holds_a_named_place": 2.0,
}  # fmt: skip
FRONT_REACH_KM = 60.0


@dataclass(frozen=True, slots=True)
class GeoContext:
    """What the surrounding text says about where things are.

    ``admin1`` holds English division names (``Belgorod``), ``countries`` ISO2
    codes, ``anchors`` the coordinates of places resolved elsewhere in the text,
    ``communities`` the seats of the territorial communities it names,
    ``admin2`` the raions it names (``Bakhmutskyi``), ``old_raions`` the seats of
    raions it names as they were before the 2020 reform. ``towns_first``: nothing
    locates the name (a bare query), so a town stands before the villages of its
    name however near the front they lie (`MentionFacts.dwarfed`). ``holding``: the
    divisions of the places the text names, each with the key of the name that put it
    there (a name lends no weight to a division of its own reading). ``loose_admin1``:
    the divisions were named elsewhere in the text, not as the name's own qualifier
    ("Kupiansk, Kharkiv"), so they count less for a village a city of its name dwarfs.
    """

    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()
    anchors: tuple[tuple[float, float], ...] = field(default=())
    communities: tuple[tuple[float, float], ...] = field(default=())
    admin2: frozenset[str] = frozenset()
    old_raions: tuple[tuple[float, float], ...] = field(default=())
    towns_first: bool = False
    holding: frozenset[tuple[str, str]] = frozenset()
    loose_admin1: bool = False


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _kind_value(kind: str, view: _MentionView) -> float:
    """Bare names mean settlements; "X region"/"X raion" mean divisions."""
    if kind == "admin1":
        return 6.0 if view.region else 2.5
    if kind == "admin2":
        return 6.0 if view.raion else 0.5
    if kind == "country":
        return 3.0
    if kind == "landmark":  # "Snake Island"; a bare "Fidonisi" is rather a village
        return 0.0 if view.landmark else -2.0
    return -3.0 if view.region or view.raion else 0.0


def _in_named_admin2(entry: GazetteerEntry, context: GeoContext) -> bool:
    """A settlement of a raion the text names: "Hryhorivka, Pokrovskyi, Donetsk"."""
    return entry.kind == "place" and entry.admin2 is not None and entry.admin2 in context.admin2


# A raion before the 2020 reform reached about this far from its seat.
OLD_RAION_REACH_KM = 30.0


def _admin2_value(entry: GazetteerEntry, context: GeoContext) -> float:
    """1 for a settlement of a raion the text names, today's or one before 2020
    ("Mykhailivka, Pervomaiskyi raion, Kharkiv oblast": the village by Pervomaiskyi)."""
    if _in_named_admin2(entry, context):
        return 1.0
    if entry.kind != "place" or not context.old_raions:
        return 0.0
    spot = (entry.latitude, entry.longitude)
    return float(any(distance_km(spot, s) <= OLD_RAION_REACH_KM for s in context.old_raions))


# A territorial community reaches about this far from its seat.
COMMUNITY_REACH_KM = 20.0


def _community_value(entry: GazetteerEntry, context: GeoContext) -> float:
    """1 for a settlement inside a community the text names: "Krasnohorivka, Donetsk
    (the Ocheretyne community)" is the village by Ocheretyne, not the town by Marinka."""
    if entry.kind != "place":
        return 0.0
    spot = (entry.latitude, entry.longitude)
    return float(any(distance_km(spot, seat) <= COMMUNITY_REACH_KM for seat in context.communities))


def _nearby_value(entry: GazetteerEntry, context: GeoContext) -> float:
    spot = (entry.latitude, entry.longitude)
    nearest = min((distance_km(spot, a) for a in context.anchors), default=math.inf)
    return 2.0 if nearest < 30 else 1.0 if nearest < 100 else 0.0


@lru_cache(maxsize=65536)
def _bare_keys(surface: str) -> tuple[str, ...]:
    """The surface's key with and without a division word ("Kyiv oblast" → "kyiv"), then
    the keys of a declined Cyrillic name's nominatives ("в Курске" names Kursk by its
    main name, as much as the village Kurskoye)."""
    surface = POSSESSIVE.sub("", surface)
    bare = RAION_SURFACE.sub("", REGION_SURFACE.sub("", surface))
    keys = (name_key(surface), name_key(bare))
    if surface.isascii() or script_of(surface) != "cyrillic":
        return keys
    nominatives = (name_key(form) for form in nominative_forms(bare)[:NOMINATIVE_KEYS])
    return tuple(dict.fromkeys((*keys, *nominatives)))


# How many nominative readings of a declined name count as the name itself.
NOMINATIVE_KEYS = 3


def candidate_features(
    entry: GazetteerEntry, mention: PlaceMention, context: GeoContext
) -> dict[str, float]:
    """Named features of one candidate; `rank_candidates` weighs them."""
    view = _mention_view(mention.surface, mention.relation)
    facts = mention_facts(mention.candidates, view.keys)
    in_admin1 = _in_named_admin1(entry, view, context, facts)
    return {
        "kind": _kind_value(entry.kind, view),
        "population": _population_value(entry) - _lost_population(entry, facts),
        "feature_code": _CODE_PRIOR.get(entry.feature_code, 0.0),
        "primary_name": _primary_of(entry, view),
        "country_prior": _COUNTRY_PRIOR.get(entry.country, 0.0),
        "country_context": float(entry.country in context.countries),
        "admin1_context": _admin1_share(entry, context, facts) if in_admin1 else 0.0,
        "nearby": _nearby_value(entry, context),
        "front": _front_value(entry, context, facts),
        "community_context": _community_value(entry, context),
        "admin2_context": _admin2_value(entry, context),
        "holds_a_named_place": float(_holds(entry, context, view, facts)),
    }


WAR_COUNTRIES = frozenset({"UA", "RU"})


def _war_context(context: GeoContext) -> bool:
    """The text (or query) is about Ukraine or Russia: the front-line prior applies."""
    return bool(context.countries & WAR_COUNTRIES)


def _front_feature(entry: GazetteerEntry) -> float:
    """1 on the line of contact or the border, falling to 0 at `FRONT_REACH_KM`."""
    if entry.kind != "place" or entry.country not in ("UA", "RU"):
        return 0.0
    return _front_closeness(entry.latitude, entry.longitude)


@lru_cache(maxsize=131072)
def _front_closeness(latitude: float, longitude: float) -> float:
    distance = default_front_line().distance_km(latitude, longitude, FRONT_REACH_KM)
    return max(0.0, 1.0 - distance / FRONT_REACH_KM)


_name_key = lru_cache(maxsize=131072)(name_key)


@lru_cache(maxsize=131072)
def _skeleton(text: str) -> str:
    return skeleton_key(text, close_o=False)


# How alike the text and a candidate's main name must be for the main name to count:
# "Konstantinovka" is Kostiantynivka spelt the Russian way (0.8); "Ivanivka" is only
# an old name of Bilozerka (0.1).
PRIMARY_SIMILARITY = 0.7


# A capital, or a city this large, is known abroad by exonyms, not by old names alone.
METROPOLIS_POPULATION = 1_000_000


def _primary_of(entry: GazetteerEntry, view: _MentionView) -> float:
    """`_primary_value` of a candidate; any Cyrillic name a foreign capital or city of a
    million is found under is its own exonym ("у Відні" is Vienna, not the Zhytomyr
    village Vyden); at home such a name may be an old one ("Свердловск")."""
    if view.cyrillic and _metropolis_abroad(entry):
        return 1.0
    return _primary_value(entry.name, view.keys)


def _metropolis_abroad(entry: GazetteerEntry) -> bool:
    """A capital or a city of a million outside Ukraine, Russia, Belarus and Moldova."""
    return (
        entry.kind == "place"
        and (entry.feature_code == "PPLC" or entry.population >= METROPOLIS_POPULATION)
        and entry.country not in HOME_COUNTRIES
    )


@lru_cache(maxsize=131072)
def _primary_value(name: str, keys: tuple[str, ...]) -> float:
    """1 when the text names the candidate by its main name (in any romanisation), 0.5 by
    another spelling of it (`PRIMARY_SIMILARITY`), 0 by an alias such as an old name."""
    from rapidfuzz import fuzz

    if _name_key(name) in keys:
        return 1.0
    main = _skeleton(name)
    skeletons = [_skeleton(key) for key in keys]
    if script_of(keys[0]) == "cyrillic":  # "Слов'янськ"
        skeletons += [_skeleton(t(key)) for key in keys for t in (translit_uk, translit_ru)]
    if main in skeletons:  # the same name in another romanisation: Slovyansk, Sloviansk
        return 1.0
    joined = {_skeleton(key.replace(" ", "")) for key in keys}
    if _skeleton(_name_key(name).replace(" ", "")) in joined:
        return 1.0  # hyphenated or not: Novo-Oleksandrivka, Novooleksandrivka
    best = max(fuzz.ratio(main, skeleton) for skeleton in skeletons) / 100
    return 0.5 if best >= PRIMARY_SIMILARITY else 0.0


def rank_candidates(
    mention: PlaceMention, context: GeoContext | None = None
) -> list[tuple[GazetteerEntry, float]]:
    """Candidates with their scores, best first (ties: larger population first).

    The score is ``sum(_WEIGHTS[f] * candidate_features(...)[f])``, computed
    with the entry-only parts cached.
    """
    ctx = context or GeoContext()
    view = _mention_view(mention.surface, mention.relation)
    war = _war_context(ctx)
    facts = mention_facts(mention.candidates, view.keys)
    scored = [(entry, _score(entry, view, ctx, war, facts)) for entry in mention.candidates]
    scored.sort(key=lambda pair: (-pair[1], -pair[0].population, pair[0].geonameid or 0))
    return scored


@dataclass(frozen=True, slots=True)
class _MentionView:
    region: bool
    raion: bool
    keys: tuple[str, ...]
    landmark: bool = False
    cyrillic: bool = False


@lru_cache(maxsize=65536)
def _mention_view(surface: str, relation: str | None) -> _MentionView:
    region = relation == "region" or bool(REGION_SURFACE.search(surface))
    raion = relation == "district" or bool(RAION_SURFACE.search(surface))
    landmark = names_landmark_type(surface)
    keys = _bare_keys(surface)
    return _MentionView(region, raion, keys, landmark, script_of(keys[0]) == "cyrillic")


def _score(
    entry: GazetteerEntry,
    view: _MentionView,
    ctx: GeoContext,
    war: bool,
    facts: MentionFacts,
) -> float:
    score = _static_score(entry) + _WEIGHTS["kind"] * _kind_value(entry.kind, view)
    score -= _WEIGHTS["population"] * _lost_population(entry, facts)
    if entry.country in ctx.countries:
        score += _WEIGHTS["country_context"]
    if ctx.admin1 and _in_named_admin1(entry, view, ctx, facts):
        score += _WEIGHTS["admin1_context"] * _admin1_share(entry, ctx, facts)
    score += _WEIGHTS["primary_name"] * _primary_of(entry, view)
    if ctx.anchors:
        score += _WEIGHTS["nearby"] * _nearby_value(entry, ctx)
    if ctx.communities:
        score += _WEIGHTS["community_context"] * _community_value(entry, ctx)
    if ctx.admin2 or ctx.old_raions:
        score += _WEIGHTS["admin2_context"] * _admin2_value(entry, ctx)
    if ctx.holding and _holds(entry, ctx, view, facts):
        score += _WEIGHTS["holds_a_named_place"]
    if war and not _dwarfed(entry, ctx, facts):
        score += _WEIGHTS["front"] * _front_feature(entry)
    return score


def _holds(entry: GazetteerEntry, ctx: GeoContext, view: _MentionView, facts: MentionFacts) -> bool:
    """A division in which another place the text names lies (`GeoContext.holding`):
    "Georgia" is the US state in a text about Atlanta. Not when a town inside it or a
    city anywhere bears its name: "Donetsk" stays the city in a text about Bakhmut,
    "Kyiv" in a text about Brovary (the city is a division of its own)."""
    if entry.kind != "admin1" or entry.admin1 is None or facts.names_a_city:
        return False
    if facts.named_after_a_town and entry in facts.named_after_a_town:
        return False
    return any(region == entry.admin1 and key not in view.keys for region, key in ctx.holding)


def _dwarfed(entry: GazetteerEntry, ctx: GeoContext, facts: MentionFacts) -> bool:
    """A village whose town of the same name stands first (`GeoContext.towns_first`).
    A town of its own near the front is no such village: "Seversk" is Siversk
    (11,000 people, by Bakhmut) before the closed city in Tomsk oblast."""
    if not ctx.towns_first or not facts.dwarfed or entry.population >= TOWN_POPULATION:
        return False
    return entry in facts.dwarfed


def _front_value(entry: GazetteerEntry, ctx: GeoContext, facts: MentionFacts) -> float:
    if not _war_context(ctx) or _dwarfed(entry, ctx, facts):
        return 0.0
    return _front_feature(entry)


# GeoNames gives 0 for "unknown", mostly villages of a few hundred people: below
# this floor a population says nothing that should outweigh where a place is.
POPULATION_FLOOR = 300


# A bare name means a settlement: a division's people count as if a hundred times
# fewer ("Virginia" is the state, not the South African town; "Washington" stays DC).
_DIVISION_DISCOUNT = 2.0


def _population_value(entry: GazetteerEntry) -> float:
    """log10 of a place's, country's or division's population: "China" is the country
    before the Texan town, "US" the country before Us (France)."""
    if entry.kind not in ("place", "country", "admin1"):
        return 0.0
    value = math.log10(max(entry.population, POPULATION_FLOOR) + 1)
    return value - _DIVISION_DISCOUNT if entry.kind == "admin1" else value


_FLOOR_VALUE = math.log10(POPULATION_FLOOR + 1)


def _lost_population(entry: GazetteerEntry, facts: MentionFacts) -> float:
    """How much of its population value a candidate's rivals take from it: all of it
    for a division named after a town inside it, all above the floor for a town found
    by a name another settlement bears today (`MentionFacts`)."""
    if facts.borrowed and entry in facts.borrowed:
        return _population_value(entry) - _FLOOR_VALUE
    if facts.named_after_a_town and entry in facts.named_after_a_town:
        return _population_value(entry)
    return 0.0


# A place that bears a name today and one that bore it once are told apart only
# beyond this distance (GeoNames often lists a town twice, a few km apart).
BEARER_DISTANCE_KM = 10.0


@dataclass(frozen=True, slots=True)
class MentionFacts:
    """What a mention's candidates say about each other.

    ``borrowed``: towns named by an old name or alias that a settlement of their
    own oblast bears today ("Oleksandrivka, Donetsk" is the village, not Donetsk,
    Aleksandrovka in the 1860s): their population does not count.
    ``named_after_a_town``: divisions that a town inside them shares the name with
    ("Lviv" is the city before the oblast): their population does not count.
    ``dwarfed``: places of a tenth of the size of a town (≥ `TOWN_POPULATION`) of
    the same name; ``dwarfed_by_city``: the same when that town is a city
    (≥ `CITY_POPULATION`). ``names_a_city``: a city (or an oblast's or country's
    capital) bears the name as its main name.
    ``division``: the name is the main name of a division or country ("Florida"),
    so a town that carries it only as an alias or in another spelling (Califon, "once
    California") gets no credit for lying in an oblast or state the text names.
    """

    borrowed: frozenset[GazetteerEntry] = frozenset()
    division: bool = False
    named_after_a_town: frozenset[GazetteerEntry] = frozenset()
    dwarfed: frozenset[GazetteerEntry] = frozenset()
    dwarfed_by_city: frozenset[GazetteerEntry] = frozenset()
    names_a_city: bool = False


_NO_FACTS = MentionFacts()


def mention_facts(
    candidates: tuple[GazetteerEntry, ...] | list[GazetteerEntry], keys: tuple[str, ...]
) -> MentionFacts:
    """`MentionFacts` of one mention's candidates."""
    if len(candidates) < 2:
        return _NO_FACTS
    return _facts(tuple(candidates), keys)


@lru_cache(maxsize=32768)
def _facts(candidates: tuple[GazetteerEntry, ...], keys: tuple[str, ...]) -> MentionFacts:
    division = any(
        e.kind in ("admin1", "country") and _primary_value(e.name, keys) == 1.0 for e in candidates
    )
    named_after: frozenset[GazetteerEntry] = frozenset()
    if any(e.kind == "admin1" for e in candidates):
        towns = {(e.country, e.admin1) for e in candidates if e.kind == "place"}
        named_after = frozenset(
            e for e in candidates if e.kind == "admin1" and (e.country, e.admin1) in towns
        )
    biggest = max((e.population for e in candidates if e.kind == "place"), default=0)
    dwarfed: frozenset[GazetteerEntry] = frozenset()
    if biggest >= TOWN_POPULATION:
        dwarfed = frozenset(
            e for e in candidates if e.kind == "place" and e.population * 10 < biggest
        )
    by_city = dwarfed if biggest >= CITY_POPULATION else frozenset()
    city = any(
        e.kind == "place"
        and (e.population >= CITY_POPULATION or e.feature_code in ("PPLA", "PPLC"))
        and _primary_value(e.name, keys) == 1.0
        for e in candidates
    )
    return MentionFacts(_borrowed(candidates, keys), division, named_after, dwarfed, by_city, city)


def _borrowed(
    candidates: tuple[GazetteerEntry, ...] | list[GazetteerEntry], keys: tuple[str, ...]
) -> frozenset[GazetteerEntry]:
    lenders = [
        e
        for e in candidates
        if e.population > POPULATION_FLOOR
        and e.kind == "place"
        and _primary_value(e.name, keys) == 0.0
    ]
    if not lenders:
        return frozenset()
    bearers = [e for e in candidates if e.kind == "place" and _primary_value(e.name, keys) == 1.0]
    return frozenset(e for e in lenders if any(_lends(e, b) for b in bearers))


def _lends(lender: GazetteerEntry, bearer: GazetteerEntry) -> bool:
    """``bearer`` has the name ``lender`` once had: in its own oblast, or anywhere in the
    country when the bearer is a town of comparable size ("Sloviansk" is Sloviansk,
    not Nikopol, which bore the name in the 1780s)."""
    if bearer.country != lender.country:
        return False
    if bearer.admin1 != lender.admin1 and bearer.population * 10 < lender.population:
        return False
    spot = (lender.latitude, lender.longitude)
    return distance_km(spot, (bearer.latitude, bearer.longitude)) > BEARER_DISTANCE_KM


# A division named elsewhere in the text, not right after the name, counts this much
# for a place that a city of its name dwarfs: "Atlanta" in a text that also names Texas
# is still the Georgian capital, not the Texan town of 5,600. Not in war reporting,
# where the oblast a text names is where the fighting is, and front villages share
# their names with cities far behind it ("In Luhansk oblast … near Makiivka").
LOOSE_ADMIN1_SHARE = 0.5


def _admin1_share(entry: GazetteerEntry, ctx: GeoContext, facts: MentionFacts) -> float:
    """How much a candidate's lying in a division the text names counts (`loose_admin1`)."""
    if ctx.loose_admin1 and facts.dwarfed_by_city and entry in facts.dwarfed_by_city:
        return 1.0 if _war_context(ctx) else LOOSE_ADMIN1_SHARE
    return 1.0


def _in_named_admin1(
    entry: GazetteerEntry, view: _MentionView, ctx: GeoContext, facts: MentionFacts
) -> bool:
    """The candidate lies in an oblast the text names (and may take credit for it)."""
    if entry.admin1 is None or entry.admin1 not in ctx.admin1:
        return False
    if entry.kind == "admin1" or view.region:  # "X region" is no town in X
        return False
    return not (facts.division and _primary_value(entry.name, view.keys) < 1.0)


@lru_cache(maxsize=131072)
def _static_score(entry: GazetteerEntry) -> float:
    """The weighted features that depend on the entry alone."""
    population = _population_value(entry)
    return (
        _WEIGHTS["population"] * population
        + _WEIGHTS["feature_code"] * _CODE_PRIOR.get(entry.feature_code, 0.0)
        + _WEIGHTS["country_prior"] * _COUNTRY_PRIOR.get(entry.country, 0.0)
    )
