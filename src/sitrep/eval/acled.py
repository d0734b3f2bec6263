"""Score sitrep against ACLED's own coding of the events its notes describe.

Each ACLED row's ``notes`` is a one-paragraph report of one event; ACLED's
analysts coded its type, date, actors, place and fatalities in the other
columns. Running sitrep on the notes alone (with ``event_date`` as the
publication date, the reference for relative dates) and comparing its first
event with those columns measures the whole extraction end to end. The gold
is only ever read here: it never feeds the system (shared/data/README.md).

Every figure is over all rows: a row where sitrep finds no event, or finds
one without coordinates, counts as a miss, so the figures cannot be raised
by saying nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sitrep.errors import InputError
from sitrep.schema import Document, Event

NO_EVENT = "none"
NEAR_KM = 10.0
FAR_KM = 50.0
EARTH_RADIUS_KM = 6371.0088
REQUIRED_COLUMNS = ("event_date", "event_type", "sub_event_type", "notes")
_ACTIVE_YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


@dataclass(frozen=True, slots=True)
class GoldRow:
    """The gold columns of one ACLED row that the evaluation compares."""

    number: int
    event_date: str
    event_type: str
    sub_event_type: str
    notes: str
    actor1: str = ""
    actor2: str = ""
    admin1: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None


@dataclass(frozen=True, slots=True)
class ClassScore:
    """Precision, recall and F1 of one sub-event type."""

    support: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(slots=True)
class AcledReport:
    """Hit counts per figure over ``n`` rows, plus speed and per-class scores."""

    n: int = 0
    no_event: int = 0
    rejected: int = 0
    event_type: int = 0
    sub_event_type: int = 0
    event_date: int = 0
    within_10km: int = 0
    within_50km: int = 0
    admin1: int = 0
    fatalities: int = 0
    actor1: int = 0
    actor2: int = 0
    seconds: float = 0.0
    classes: dict[str, ClassScore] = field(default_factory=dict)

    @property
    def macro_f1(self) -> float:
        """Mean F1 over every sub-event type that is in the gold or predicted."""
        scores = [score.f1 for score in self.classes.values()]
        return sum(scores) / len(scores) if scores else 0.0

    @property
    def docs_per_second(self) -> float:
        return self.n / self.seconds if self.seconds > 0 else 0.0

    def share(self, hits: int) -> float:
        return hits / self.n if self.n else 0.0

    def figures(self) -> dict[str, float]:
        """Each figure as a share of all rows (0..1), in reporting order."""
        shares = {name: self.share(getattr(self, name)) for name in HIT_FIGURES}
        return {**shares, "sub_event_type_macro_f1": self.macro_f1}

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready summary: counts, shares, speed and per-class F1."""
        return {
            "n": self.n,
            "no_event": self.no_event,
            "rejected": self.rejected,
            "figures": {name: round(value, 4) for name, value in self.figures().items()},
            "no_event_share": round(self.share(self.no_event), 4),
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.docs_per_second, 2),
            "sub_event_types": {
                name: {"support": s.support, "predicted": s.predicted, "f1": round(s.f1, 4)}
                for name, s in sorted(self.classes.items())
            },
        }


HIT_FIGURES = {
    "event_type": "event type",
    "sub_event_type": "sub-event type",
    "event_date": "date exact",
    "within_10km": f"location ≤ {NEAR_KM:g} km",
    "within_50km": f"location ≤ {FAR_KM:g} km",
    "admin1": "admin1",
    "fatalities": "fatalities exact",
    "actor1": "actor1",
    "actor2": "actor2",
}


def evaluate_acled(path: str | Path, limit: int | None = None) -> AcledReport:
    """Run the default pipeline on each row's notes and score the first events."""
    from sitrep.pipeline_factory import default_pipeline

    rows = list(read_gold(path, limit))
    pipeline = default_pipeline()
    predictions: list[Event | None] = []
    rejected = 0
    start = time.perf_counter()
    for doc in pipeline.pipe(row_document(row) for row in rows):
        predictions.append(first_event(doc))
        rejected += doc.rejection is not None
    report = score(rows, predictions, time.perf_counter() - start)
    report.rejected = rejected
    return report


def read_gold(path: str | Path, limit: int | None = None) -> Iterator[GoldRow]:
    """The rows of an ACLED CSV export, numbered from 1; raises InputError if unusable."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"{path}: not an ACLED export, missing columns {missing}")
            for number, record in enumerate(reader, start=1):
                if limit is not None and number > limit:
                    return
                yield gold_row(number, record)
    except OSError as err:
        raise InputError(f"{path}: {err.strerror or err}", "unreadable") from err


def gold_row(number: int, record: dict[str, str]) -> GoldRow:
    """One row's gold columns, with ACLED's date normalised to ISO."""

    def text(name: str) -> str:
        return (record.get(name) or "").strip()

    return GoldRow(
        number=number,
        event_date=iso_date(text("event_date")),
        event_type=text("event_type"),
        sub_event_type=text("sub_event_type"),
        notes=text("notes"),
        actor1=text("actor1"),
        actor2=text("actor2"),
        admin1=text("admin1"),
        location=text("location"),
        latitude=_number(text("latitude")),
        longitude=_number(text("longitude")),
        fatalities=int(text("fatalities")) if text("fatalities").isdigit() else None,
    )


def iso_date(value: str) -> str:
    """ACLED writes ``2023-03-08`` in API exports and ``8 March 2023`` in older files."""
    try:
        return dt.datetime.strptime(value, "%d %B %Y").date().isoformat()
    except ValueError:
        return value


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def row_document(row: GoldRow) -> Document:
    """The input sitrep sees: only the notes, published on the event date."""
    return Document(id=str(row.number), raw=row.notes, published=row.event_date or None)


def first_event(doc: Document) -> Event | None:
    """The event the document is mainly about (events come sorted by confidence)."""
    if doc.rejection is not None:
        return None
    return doc.events[0] if doc.events else None


def score(
    rows: Sequence[GoldRow], predictions: Sequence[Event | None], seconds: float = 0.0
) -> AcledReport:
    """Compare each row with its predicted event; ``None`` means no event."""
    if len(rows) != len(predictions):
        raise ValueError(f"{len(rows)} gold rows but {len(predictions)} predictions")
    report = AcledReport(n=len(rows), seconds=seconds)
    for row, event in zip(rows, predictions, strict=True):
        if event is None:
            report.no_event += 1
            continue
        for name, hit in row_hits(row, event).items():
            setattr(report, name, getattr(report, name) + int(hit))
    report.classes = class_scores(
        [row.sub_event_type for row in rows],
        [event.sub_event_type if event else NO_EVENT for event in predictions],
    )
    return report


def row_hits(row: GoldRow, event: Event) -> dict[str, bool]:
    """Which figures one predicted event gets right, keyed as in `HIT_FIGURES`."""
    distance = distance_km(row, event)
    return {
        "event_type": event.event_type == row.event_type,
        "sub_event_type": event.sub_event_type == row.sub_event_type,
        "event_date": event.event_date == row.event_date,
        "within_10km": distance is not None and distance <= NEAR_KM,
        "within_50km": distance is not None and distance <= FAR_KM,
        "admin1": _same_name(event.place.admin1, row.admin1),
        "fatalities": row.fatalities is not None and event.fatalities == row.fatalities,
        "actor1": normalise_actor(event.actor1) == normalise_actor(row.actor1),
        "actor2": normalise_actor(event.actor2) == normalise_actor(row.actor2),
    }


def distance_km(row: GoldRow, event: Event) -> float | None:
    """How far the predicted place is from ACLED's, or None when either lacks coordinates."""
    lat, lon = event.place.latitude, event.place.longitude
    if row.latitude is None or row.longitude is None or lat is None or lon is None:
        return None
    return haversine_km(row.latitude, row.longitude, lat, lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points given in decimal degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def normalise_actor(name: str | None) -> str:
    """An actor name without ACLED's active-years tag (`` (2000-)``) or case."""
    return " ".join(_ACTIVE_YEARS.sub("", name or "").split()).casefold()


def _same_name(predicted: str | None, gold: str) -> bool:
    return (predicted or "").strip().casefold() == gold.strip().casefold()


def class_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, ClassScore]:
    """Per-class counts over the labels seen in either list; `NO_EVENT` is not a class."""
    support = Counter(gold)
    guessed = Counter(predicted)
    correct = Counter(g for g, p in zip(gold, predicted, strict=True) if g == p)
    labels = (set(support) | set(guessed)) - {NO_EVENT, ""}
    return {label: ClassScore(support[label], guessed[label], correct[label]) for label in labels}


def print_report(report: AcledReport, stream: TextIO) -> None:
    """A readable table: each figure as a percentage of all rows, then speed."""
    stream.write(f"ACLED evaluation: n = {report.n} rows\n")
    width = max(len(label) for label in HIT_FIGURES.values()) + 2
    for name, label in HIT_FIGURES.items():
        hits = getattr(report, name)
        stream.write(f"  {label:<{width}}{_percent(report.share(hits))}  ({hits})\n")
    stream.write(f"  {'sub-event macro-F1':<{width}}{_percent(report.macro_f1)}\n")
    share = report.share(report.no_event)
    stream.write(f"  {'no event':<{width}}{_percent(share)}  ({report.no_event})\n")
    if report.rejected:
        stream.write(f"  {'rejected':<{width}}{report.rejected:>6}\n")
    stream.write(f"  {'docs/s':<{width}}{report.docs_per_second:>6.1f}\n")
    if report.classes:
        stream.write(f"\n  {'sub-event type':<36}{'support':>9}{'predicted':>11}{'F1':>7}\n")
        for name, s in sorted(report.classes.items(), key=lambda item: -item[1].support):
            stream.write(f"  {name:<36}{s.support:>9}{s.predicted:>11}{_percent(s.f1)}\n")


def _percent(share: float) -> str:
    return f"{100 * share:>6.1f}%"
