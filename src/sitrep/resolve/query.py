"""`sitrep geocode`: one free-text place query → one result record (CONTRACT.md).

The result says where, how precisely (ACLED's geo_precision), how far the
answer may be off (``radius_km``) and what else the name could mean
(``candidates``, each with a share of confidence). Scores are a softmax over
the ranking's scores, so an ambiguous name with no context ("Vesele", ~70
villages) shows a low top score and several close candidates, while
"Kherson" is the city with near certainty.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

from sitrep.gazetteer import Gazetteer, GazetteerEntry, default_gazetteer
from sitrep.gazetteer.extent import HasExtent
from sitrep.resolve.geocode import district_seat_of, precision_of, rank_candidates, read_query
from sitrep.resolve.mentions import seat_readings

__all__ = [
    "Candidate",
    "GeocodeResult",
    "geocode_line",
    "geocode_lines",
    "geocode_result",
    "settlement_radius_km",
]

log = logging.getLogger(__name__)
MAX_CANDIDATES = 5
MAX_QUERY_CHARS = 500
# How far "near X" / "south of X" / "the X direction" may be from X itself.
_RELATION_RADIUS_KM = {"near": 10.0, "outskirts of": 5.0, "direction": 25.0, "district": 5.0}
_BEARING_RADIUS_KM = 20.0
_RAION_RADIUS_KM = 40.0
_REGION_RADIUS_KM = 150.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of the query, with its share of the confidence (0..1)."""

    name: str
    admin1: str | None
    admin2: str | None
    country: str
    latitude: float
    longitude: float
    geonameid: int | None
    score: float


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """The answer to one query; coordinates are None when nothing fits."""

    query: str | None
    name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    geo_precision: int | None = None
    radius_km: float | None = None
    candidates: tuple[Candidate, ...] = field(default=())
    id: str | int | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The contract's JSON object: ``id`` only when given, ``error`` only on failure."""
        fields = asdict(self)
        ident, error = fields.pop("id"), fields.pop("error")
        record: dict[str, object] = {} if ident is None else {"id": ident}
        record.update(fields)
        record["candidates"] = [asdict(c) for c in self.candidates]
        if error is not None:
            record["error"] = error
        return record


def geocode_result(
    query: str,
    *,
    country: str | None = None,
    gazetteer: Gazetteer | None = None,
    id: str | int | None = None,
) -> GeocodeResult:
    """Geocode a free-text query; ``country`` (ISO2) keeps only places in that country.

    A query longer than `MAX_QUERY_CHARS` is no place name: it gets an ``error``.
    """
    query = _valid_text(query)
    if len(query) > MAX_QUERY_CHARS:
        error = f"query longer than {MAX_QUERY_CHARS} characters"
        return GeocodeResult(query=query[:MAX_QUERY_CHARS], id=id, error=error)
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    country = country.upper() if country else None
    target, context = read_query(query, country=country, gazetteer=gaz)
    if target is None:
        return GeocodeResult(query=query, id=id)
    ranked = rank_candidates(target, context)
    if country:
        ranked = [(entry, score) for entry, score in ranked if entry.country == country]
    if not ranked:
        return GeocodeResult(query=query, id=id)
    candidates = _candidates(ranked)
    best = ranked[0][0]
    precision = precision_of(best, target.relation)
    radius = _radius(best, target.relation, precision, gaz)
    best = district_seat_of(best, gaz) or best  # a raion is placed at its seat
    return GeocodeResult(
        query=query,
        name=_display_name(best),
        latitude=best.latitude,
        longitude=best.longitude,
        country=best.country,
        admin1=best.admin1,
        admin2=best.admin2,
        geonameid=best.geonameid,
        geo_precision=precision,
        radius_km=radius,
        candidates=candidates,
        id=id,
    )


def _display_name(entry: GazetteerEntry) -> str:
    return entry.admin1 if entry.kind == "admin1" and entry.admin1 else entry.name


def _candidates(ranked: list[tuple[GazetteerEntry, float]]) -> tuple[Candidate, ...]:
    """The top readings, one per place, with softmax shares of confidence."""
    unique: dict[tuple[object, ...], tuple[GazetteerEntry, float]] = {}
    for entry, score in ranked:
        key = (entry.geonameid,) if entry.geonameid else (entry.name, entry.kind, entry.admin1)
        unique.setdefault(key, (entry, score))
    top = max(score for _, score in unique.values())
    weights = [(entry, math.exp(score - top)) for entry, score in unique.values()]
    total = sum(weight for _, weight in weights)
    return tuple(
        Candidate(
            name=_display_name(entry),
            admin1=entry.admin1,
            admin2=entry.admin2,
            country=entry.country,
            latitude=entry.latitude,
            longitude=entry.longitude,
            geonameid=entry.geonameid,
            score=round(weight / total, 3),
        )
        for entry, weight in weights[:MAX_CANDIDATES]
    )


def settlement_radius_km(population: int) -> float:
    """How far a point inside a settlement may be from its centre: 0.5 km to 5 km."""
    if population <= 0:
        return 1.0
    return round(min(5.0, max(0.5, math.sqrt(population) / 250)), 1)


_POINTS = frozenset({"place", "landmark"})


def _is_raion_seat(entry: GazetteerEntry, gaz: Gazetteer) -> bool:
    """The town is its raion's seat: "X district" then means the raion, not a quarter."""
    if entry.admin2 is None:
        return False
    return any(True for _ in seat_readings(gaz, f"{entry.admin2} raion", lambda e: e == entry))


def _raion_radius(entry: GazetteerEntry, gaz: Gazetteer) -> float:
    extent = None
    if isinstance(gaz, HasExtent) and entry.admin2:
        extent = gaz.extent_km(entry.country, entry.admin1, entry.admin2)
    return extent or _RAION_RADIUS_KM


def _radius(entry: GazetteerEntry, relation: str | None, precision: int, gaz: Gazetteer) -> float:
    """The radius the answer stands for: a settlement's size, a vicinity, or a division."""
    if entry.kind in _POINTS and precision == 1:
        return settlement_radius_km(entry.population)
    if entry.kind in _POINTS:
        if relation and relation.endswith(" of") and relation != "outskirts of":
            return _BEARING_RADIUS_KM
        if relation == "district" and _is_raion_seat(entry, gaz):  # "Kupiansk district"
            return _raion_radius(entry, gaz)
        return max(_RELATION_RADIUS_KM.get(relation or "", 10.0),
                   settlement_radius_km(entry.population))  # fmt: skip
    if entry.kind == "admin2":
        return _raion_radius(entry, gaz)
    extent = None
    if isinstance(gaz, HasExtent):
        admin1 = None if entry.kind == "country" else entry.admin1
        extent = gaz.extent_km(entry.country, admin1, None)
    return extent or _REGION_RADIUS_KM


def geocode_line(
    line: str, *, country: str | None = None, gazetteer: Gazetteer | None = None
) -> GeocodeResult:
    """One ``{"id", "query", "country"?}`` JSON line → its result; a bad line gets ``error``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return GeocodeResult(query=None, error=f"not a JSON object: {err.msg}")
    if not isinstance(record, dict):
        return GeocodeResult(query=None, error="not a JSON object")
    raw_id = record.get("id")
    ident = raw_id if raw_id is None or isinstance(raw_id, str | int) else str(raw_id)
    query, line_country = record.get("query"), record.get("country")
    if not isinstance(query, str):
        return GeocodeResult(query=None, id=ident, error='"query" must be a string')
    if line_country is not None and not _is_iso2(line_country):
        return GeocodeResult(query=query, id=ident, error='"country" must be an ISO2 code')
    try:
        return geocode_result(query, country=line_country or country, gazetteer=gazetteer, id=ident)
    except Exception as err:  # one bad line must not end the batch; logged, then reported
        query = _valid_text(query)
        log.exception("geocoding %r failed", query[:80])
        return GeocodeResult(query=query, id=ident, error=f"internal error: {type(err).__name__}")


def _valid_text(text: str) -> str:
    """``text`` with lone surrogates (undecodable input bytes) replaced, so it can be written."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _is_iso2(value: object) -> bool:
    return isinstance(value, str) and len(value) == 2 and value.isascii() and value.isalpha()


BATCH_CHUNK = 256


def geocode_lines(
    lines: Iterable[str], *, country: str | None = None, workers: int = 1
) -> Iterator[GeocodeResult]:
    """`geocode_line` over many lines, in order; ``workers`` > 1 spreads them over processes.

    Each worker process opens the gazetteer itself (a fresh interpreter, not a
    fork: an open SQLite connection must not cross a fork).
    """
    wanted = (line for line in lines if line.strip())
    if workers <= 1:
        for line in wanted:
            yield geocode_line(line, country=country)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    context = multiprocessing.get_context("spawn")
    task = partial(geocode_line, country=country)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # A window at a time, so a huge input is streamed rather than held in memory.
        while window := list(itertools.islice(wanted, BATCH_CHUNK * workers * 4)):
            yield from pool.map(task, window, chunksize=BATCH_CHUNK)
