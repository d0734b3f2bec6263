"""GeoJSON and streaming exports of event dicts."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from sitrep.export.csv import COLUMNS, csv_chunks, write_csv_rows
from sitrep.export.geojson import event_feature, geojson_chunks, geojson_collection, write_geojson
from sitrep.export.writers import write_events


def _event(event_id: str, lat: float | None = 46.6354, lon: float | None = 32.6169) -> Any:
    return {
        "id": event_id,
        "event_date": "2023-06-05",
        "date_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Russia (2000-)",
        "actor2": None,
        "assoc_actor_1": None,
        "assoc_actor_2": None,
        "inter1": "State forces",
        "inter2": None,
        "country": "Ukraine",
        "admin1": "Kherson",
        "admin2": None,
        "location": "Kherson",
        "latitude": lat,
        "longitude": lon,
        "geo_precision": 1,
        "geonameid": None,
        "fatalities": 0,
        "injuries": None,
        "equipment": [],
        "prisoners": None,
        "territory_km2": None,
        "claim": {"status": "reported", "by": None},
        "evidence": [{"start": 0, "end": 4, "text": "Kher", "field": "caption"}],
        "confidence": 0.5,
        "notes": "On 5 June 2023, …",
        "document_id": "d1",
        "url": "https://example.org/d1",
        "title": "Kherson",
        "source": "Suspilne",
        "published": "2023-06-05",
    }


def test_feature_is_a_point_with_the_event_as_properties() -> None:
    feature = event_feature(_event("a"))
    assert feature is not None
    assert feature["type"] == "Feature"
    assert feature["id"] == "a"
    assert feature["geometry"] == {"type": "Point", "coordinates": [32.6169, 46.6354]}
    expected = {k: v for k, v in _event("a").items() if k not in {"latitude", "longitude"}}
    assert feature["properties"] == expected


@pytest.mark.parametrize(("lat", "lon"), [(None, 32.0), (46.0, None), (None, None)])
def test_events_without_coordinates_are_left_out(lat: float | None, lon: float | None) -> None:
    assert event_feature(_event("x", lat, lon)) is None
    collection = geojson_collection([_event("a"), _event("x", lat, lon), _event("b")])
    assert [f["id"] for f in collection["features"]] == ["a", "b"]


@pytest.mark.parametrize("count", [0, 1, 450])
def test_streamed_geojson_equals_the_collection(count: int) -> None:
    events = [_event(f"e{i}") for i in range(count)] + [_event("none", None, None)]
    expected = geojson_collection(events)
    assert json.loads("".join(geojson_chunks(events))) == expected
    out = io.StringIO()
    assert write_geojson(events, out) == count
    assert json.loads(out.getvalue()) == expected


def test_csv_chunks_equal_the_written_csv() -> None:
    events = [_event(f"e{i}") for i in range(2000)]
    out = io.StringIO()
    assert write_csv_rows(events, out, timestamp=1) == 2000
    chunks = list(csv_chunks(events, timestamp=1))
    assert len(chunks) > 1
    assert "".join(chunks) == out.getvalue()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(COLUMNS)
    assert (rows[0]["document_id"], rows[0]["source"]) == ("d1", "Suspilne")
    assert json.loads(rows[0]["evidence"])[0]["field"] == "caption"


def test_jsonl_writer_and_unknown_formats() -> None:
    out = io.StringIO()
    assert write_events([_event("a"), _event("b")], "jsonl", out) == 2
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["a", "b"]
    with pytest.raises(ValueError, match="unknown export format"):
        write_events([], "xlsx", io.StringIO())
