"""Stored events out to a stream in one of the export formats (`sitrep export`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from sitrep.export.csv import write_csv_rows
from sitrep.export.geojson import write_geojson

JSONDict = dict[str, Any]


def write_jsonl(events: Iterable[JSONDict], stream: TextIO) -> int:
    """One event dict per line; returns the number of lines."""
    count = 0
    for event in events:
        stream.write(json.dumps(event, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(events: Iterable[JSONDict], stream: TextIO) -> int:
    return write_csv_rows(events, stream)


#: Format name → writer of event dicts; each returns how many events it wrote.
WRITERS: dict[str, Callable[[Iterable[JSONDict], TextIO], int]] = {
    "csv": _write_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
}


def write_events(events: Iterable[JSONDict], fmt: str, stream: TextIO) -> int:
    """Write event dicts in ``fmt`` (csv, geojson or jsonl)."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose {', '.join(WRITERS)}") from None
    return writer(events, stream)
