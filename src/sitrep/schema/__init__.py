"""Typed data that flows through sitrep's pipeline."""

from sitrep.schema.document import (
    Correction,
    DateMention,
    Document,
    Embed,
    Mention,
    Quantity,
    Rejection,
    Removal,
    Span,
)
from sitrep.schema.event import Claim, EquipmentLoss, Event, Place, Prisoners
from sitrep.schema.offsets import OffsetMap, TextBuilder

__all__ = [
    "Claim",
    "Correction",
    "DateMention",
    "Document",
    "Embed",
    "EquipmentLoss",
    "Event",
    "Mention",
    "OffsetMap",
    "Place",
    "Prisoners",
    "Quantity",
    "Rejection",
    "Removal",
    "Span",
    "TextBuilder",
]
