"""Events as a GeoJSON FeatureCollection (RFC 7946) of Point features.

Each feature's properties are the event dict without its coordinates, which
become the geometry ``[longitude, latitude]``; events with no coordinates
cannot be mapped and are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

JSONDict = dict[str, Any]
_COORDINATES = ("latitude", "longitude")
_HEAD = '{"type":"FeatureCollection","features":['
#: Features per chunk of `geojson_chunks`.
_CHUNK = 200


def event_feature(event: JSONDict) -> JSONDict | None:
    """One Point feature, or None for an event without coordinates."""
    lat, lon = event.get("latitude"), event.get("longitude")
    if lat is None or lon is None:
        return None
    properties = {key: value for key, value in event.items() if key not in _COORDINATES}
    return {
        "type": "Feature",
        "id": event.get("id"),
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


def _features(events: Iterable[JSONDict]) -> Iterator[JSONDict]:
    for event in events:
        feature = event_feature(event)
        if feature is not None:
            yield feature


def geojson_collection(events: Iterable[JSONDict]) -> JSONDict:
    """The whole FeatureCollection in memory (small result sets, tests)."""
    return {"type": "FeatureCollection", "features": list(_features(events))}


def geojson_chunks(events: Iterable[JSONDict]) -> Iterator[str]:
    """The FeatureCollection as text chunks, for streaming a large export."""
    parts: list[str] = [_HEAD]
    first = True
    for feature in _features(events):
        parts.append(
            ("" if first else ",") + json.dumps(feature, ensure_ascii=False, separators=(",", ":"))
        )
        first = False
        if len(parts) >= _CHUNK:
            yield "".join(parts)
            parts = []
    parts.append("]}\n")
    yield "".join(parts)


def write_geojson(events: Iterable[JSONDict], stream: TextIO) -> int:
    """Write the FeatureCollection as features arrive; returns the number of features."""
    count = 0
    stream.write(_HEAD)
    for feature in _features(events):
        stream.write(
            ("," if count else "") + json.dumps(feature, ensure_ascii=False, separators=(",", ":"))
        )
        count += 1
    stream.write("]}\n")
    return count
