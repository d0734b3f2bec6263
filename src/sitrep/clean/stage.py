"""The clean stage (placeholder: copies raw text; the clean package replaces it)."""

from __future__ import annotations

from sitrep.schema import Document, TextBuilder


class CleanStage:
    name: str = "clean"
    requires: tuple[str, ...] = ("raw",)
    assigns: tuple[str, ...] = (
        "text",
        "offsets",
        "caption",
        "tags",
        "embeds",
        "corrections",
        "removed",
    )

    def __call__(self, doc: Document) -> Document:
        builder = TextBuilder(doc.raw)
        start = len(doc.raw) - len(doc.raw.lstrip())
        end = len(doc.raw.rstrip())
        builder.keep(start, end)
        doc.text, doc.offsets = builder.build()
        return doc
