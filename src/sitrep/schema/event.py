"""The contract's event object (CONTRACT.md), as typed dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sitrep.schema.document import Span

ClaimStatus = Literal["confirmed", "claimed", "reported", "denied"]
EquipmentStatus = Literal["destroyed", "damaged", "abandoned", "captured"]


@dataclass(frozen=True, slots=True)
class EquipmentLoss:
    category: str
    model: str | None
    count: int
    status: EquipmentStatus
    side: str | None


@dataclass(frozen=True, slots=True)
class Prisoners:
    count: int
    wounded: int | None
    held_by: str | None
    side: str | None


@dataclass(frozen=True, slots=True)
class Claim:
    status: ClaimStatus
    by: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location, in ACLED's naming."""

    location: str | None
    country: str | None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None


@dataclass(slots=True)
class Event:
    id: str
    event_date: str | None
    date_precision: int
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    inter1: str | None = None
    inter2: str | None = None
    place: Place = field(default_factory=lambda: Place(None, None))
    fatalities: int = 0
    injuries: int | None = None
    equipment: list[EquipmentLoss] = field(default_factory=list)
    prisoners: Prisoners | None = None
    territory_km2: float | None = None
    claim: Claim = field(default_factory=lambda: Claim("reported"))
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    notes: str = ""
