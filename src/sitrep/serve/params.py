"""Query-string filters of the REST API, parsed into an `EventQuery` with clear errors.

Every endpoint that lists, counts or exports events takes the same filters
(CONTRACT.md), so they are parsed in one place. A bad value is the client's
mistake and answers 400 with the parameter it concerns, never a 500 from deep
inside the store.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from fastapi import Query

from sitrep.store import MAX_PAGE_SIZE, EventQuery

DEFAULT_PAGE_SIZE = 100
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class ClaimStatus(StrEnum):
    """Who stands behind an event (CONTRACT.md ``claim.status``)."""

    confirmed = "confirmed"
    claimed = "claimed"
    reported = "reported"
    denied = "denied"


class ApiError(Exception):
    """A client error answered as JSON ``{"detail", "code", "parameter"}``."""

    def __init__(self, status: int, code: str, detail: str, parameter: str | None = None):
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.parameter = parameter

    def body(self) -> dict[str, str | None]:
        return {"detail": self.detail, "code": self.code, "parameter": self.parameter}


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """``minlon,minlat,maxlon,maxlat`` in WGS 84 degrees."""
    parts = value.split(",")
    if len(parts) != 4:
        raise _bad("bbox", "bbox must be four numbers: minlon,minlat,maxlon,maxlat")
    try:
        minlon, minlat, maxlon, maxlat = (float(part) for part in parts)
    except ValueError as err:
        raise _bad("bbox", f"bbox has a value that is not a number: {value!r}") from err
    if not all(math.isfinite(v) for v in (minlon, minlat, maxlon, maxlat)):
        raise _bad("bbox", "bbox values must be finite numbers")
    if not (-180 <= minlon <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise _bad(
            "bbox",
            "bbox must satisfy -180 <= minlon <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90",
        )
    return minlon, minlat, maxlon, maxlat


def parse_date(name: str, value: str) -> dt.date:
    """A ``YYYY-MM-DD`` calendar date; nothing looser, so a typo cannot widen a filter."""
    if _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as err:
            raise _bad(name, f"{name} is not a valid date: {value!r}") from err
    raise _bad(name, f"{name} must be a YYYY-MM-DD date, got {value!r}")


def _bad(parameter: str, detail: str) -> ApiError:
    return ApiError(400, "bad_parameter", detail, parameter)


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


@dataclass(frozen=True)
class EventFilters:
    """The filters shared by /api/events, /api/stats and the exports."""

    bbox: str | None
    date_from: str | None
    date_to: str | None
    event_type: str | None
    sub_event_type: str | None
    actor: str | None
    claim: ClaimStatus | None
    q: str | None

    def query(self, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0) -> EventQuery:
        """The store query, or an `ApiError` naming the bad parameter."""
        date_from = parse_date("from", self.date_from) if self.date_from else None
        date_to = parse_date("to", self.date_to) if self.date_to else None
        if date_from and date_to and date_from > date_to:
            raise _bad("from", f"from ({date_from}) is after to ({date_to})")
        try:
            return self._store_query(date_from, date_to, limit, offset)
        except ValueError as err:
            raise ApiError(400, "bad_parameter", str(err)) from err

    def _store_query(
        self, date_from: dt.date | None, date_to: dt.date | None, limit: int, offset: int
    ) -> EventQuery:
        return EventQuery(
            bbox=parse_bbox(self.bbox) if self.bbox else None,
            date_from=date_from,
            date_to=date_to,
            event_type=_text(self.event_type),
            sub_event_type=_text(self.sub_event_type),
            actor=_text(self.actor),
            claim=self.claim.value if self.claim else None,
            q=_text(self.q),
            limit=limit,
            offset=offset,
        )


def event_filters(
    bbox: Annotated[
        str | None,
        Query(description="minlon,minlat,maxlon,maxlat in degrees", examples=["22,44,41,53"]),
    ] = None,
    date_from: Annotated[
        str | None, Query(alias="from", description="first event date, YYYY-MM-DD")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", description="last event date (inclusive), YYYY-MM-DD")
    ] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type, exact")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type, exact")] = None,
    actor: Annotated[
        str | None, Query(description="part of an actor's name (either side or associated)")
    ] = None,
    claim: Annotated[ClaimStatus | None, Query(description="claim status")] = None,
    q: Annotated[str | None, Query(description="words that must occur in the document")] = None,
) -> EventFilters:
    return EventFilters(bbox, date_from, date_to, event_type, sub_event_type, actor, claim, q)


PageLimit = Annotated[
    int,
    Query(ge=1, le=MAX_PAGE_SIZE, description=f"page size, at most {MAX_PAGE_SIZE}"),
]
PageOffset = Annotated[int, Query(ge=0, description="events to skip")]
