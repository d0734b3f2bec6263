"""The annotate stage (placeholder until the annotators land)."""

from __future__ import annotations

from sitrep.schema import Document


class AnnotateStage:
    name: str = "annotate"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("sentences", "mentions", "dates", "quantities")

    def __call__(self, doc: Document) -> Document:
        return doc
