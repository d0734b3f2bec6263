"""Annotation layers over clean text: sentences, mentions, dates, quantities."""

from sitrep.annotate.stage import AnnotateStage

__all__ = ["AnnotateStage"]
