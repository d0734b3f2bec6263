"""Events as CSV in ACLED's export column order, then sitrep's own columns.

Analysts load ACLED exports into spreadsheets and scripts that address
columns by name and position, so the first 31 columns mirror ACLED's 2023
export format exactly (CONTRACT.md); what ACLED has no column for (equipment,
prisoners, claims, evidence) follows as extra columns, the structured ones as
compact JSON strings. Rows are written as documents arrive, so a long run can
be watched or piped without waiting for the end.

One row builder serves both paths: `sitrep extract --format csv` (documents
fresh from the pipeline) and `sitrep export` / the REST API (event dicts from
the store), so the two cannot drift apart.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from sitrep.export.records import event_record
from sitrep.schema import Document, Event

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
SITREP_COLUMNS = (
    "injuries",
    "equipment",
    "prisoners",
    "territory_km2",
    "claim_status",
    "claim_by",
    "confidence",
    "evidence",
    "document_id",
    "url",
)
COLUMNS = ACLED_COLUMNS + SITREP_COLUMNS
#: Size of the text chunks `csv_chunks` yields.
_CHUNK = 64 * 1024

DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
#: ISO 3166-1 numeric codes and ACLED regions of the countries this war touches.
COUNTRIES = {
    "Ukraine": (804, "Europe"),
    "Russia": (643, "Europe"),
    "Belarus": (112, "Europe"),
    "Moldova": (498, "Europe"),
    "Poland": (616, "Europe"),
    "Romania": (642, "Europe"),
}
#: ACLED's inter codes: the kind of actor, 1 state forces … 8 external/other forces.
INTER_CODES = {
    "state forces": 1,
    "rebel groups": 2,
    "political militias": 3,
    "identity militias": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
}


def write_events_csv(docs: Iterable[Document], stream: TextIO, timestamp: int | None = None) -> int:
    """Write the header, then one row per event of each document; returns the number of rows.

    ``timestamp`` plays ACLED's role for that column (when the row was
    produced, Unix seconds); it defaults to the start of the run.
    """
    return write_csv_rows(_document_events(docs), stream, timestamp)


def write_csv_rows(
    events: Iterable[dict[str, Any]], stream: TextIO, timestamp: int | None = None
) -> int:
    """Write the header, then one row per event dict (see `event_dict`); returns the rows."""
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    rows = 0
    for event in events:
        writer.writerow(_cell(value) for value in event_row(event, stamp))
        rows += 1
    return rows


def csv_chunks(events: Iterable[dict[str, Any]], timestamp: int | None = None) -> Iterator[str]:
    """The same CSV as `write_csv_rows`, as text chunks for a streaming response."""
    buffer = io.StringIO()
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for event in events:
        writer.writerow(_cell(value) for value in event_row(event, stamp))
        if buffer.tell() >= _CHUNK:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def event_dict(event: Event, doc: Document) -> dict[str, Any]:
    """An event with its document's facts: the shape the store returns and rows are built from."""
    record = event_record(event)
    record["document_id"] = doc.id
    for name in ("url", "title", "source", "published"):
        record[name] = getattr(doc, name)
    return record


def _document_events(docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
    for doc in docs:
        if doc.rejection is None:
            yield from (event_dict(event, doc) for event in doc.events)


def event_row(event: dict[str, Any], timestamp: int) -> list[Any]:
    """The values of one row, in `COLUMNS` order, from an event dict."""
    date = event["event_date"]
    iso, region = COUNTRIES.get(event["country"] or "", (None, None))
    inter1 = inter_code(event["inter1"])
    inter2 = inter_code(event["inter2"]) if event["actor2"] else 0
    return [
        event["id"],
        date,
        date[:4] if date else None,
        event["date_precision"],
        DISORDER_TYPES.get(event["event_type"]),
        event["event_type"],
        event["sub_event_type"],
        event["actor1"],
        event["assoc_actor_1"],
        inter1,
        event["actor2"],
        event["assoc_actor_2"],
        inter2,
        interaction(inter1, inter2),
        civilian_targeting(event),
        iso,
        region,
        event["country"],
        event["admin1"],
        event["admin2"],
        None,
        event["location"],
        event["latitude"],
        event["longitude"],
        event["geo_precision"],
        event.get("source"),
        None,
        event["notes"],
        event["fatalities"],
        None,
        timestamp,
        *_sitrep_values(event),
    ]


def _sitrep_values(event: dict[str, Any]) -> list[Any]:
    claim = event["claim"]
    return [
        event["injuries"],
        _compact(event["equipment"]),
        _compact(event["prisoners"]) if event["prisoners"] else None,
        event["territory_km2"],
        claim["status"],
        claim["by"],
        event["confidence"],
        _compact(event["evidence"]),
        event.get("document_id"),
        event.get("url"),
    ]


def inter_code(inter: str | None) -> int | None:
    """ACLED's numeric inter code for an actor kind given as a code or a name."""
    if inter is None:
        return None
    text = inter.strip()
    if text.isdigit():
        return int(text)
    return INTER_CODES.get(text.casefold())


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both inter codes, lower first; ``x0`` for one actor.

    ``inter2`` is 0 when the event has no second actor and None when its kind
    is unknown, which leaves the interaction unknown too.
    """
    if inter1 is None or inter2 is None:
        return None
    if inter2 == 0:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def civilian_targeting(event: dict[str, Any]) -> str | None:
    """ACLED marks events whose target is civilians."""
    actor2 = event["actor2"]
    if actor2 and actor2.startswith("Civilians"):
        return "Civilian targeting"
    return None


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _cell(value: Any) -> Any:
    return "" if value is None else value
