"""The event stage (placeholder until event extraction lands)."""

from __future__ import annotations

from sitrep.schema import Document


class EventStage:
    name: str = "events"
    requires: tuple[str, ...] = ("sentences", "mentions", "dates", "quantities")
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, doc: Document) -> Document:
        return doc
