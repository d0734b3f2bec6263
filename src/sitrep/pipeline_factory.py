"""The default pipeline: ingest output → clean → annotate → events."""

from __future__ import annotations

from functools import cache

from sitrep.annotate.stage import AnnotateStage
from sitrep.clean import CleanStage
from sitrep.events.stage import EventStage
from sitrep.pipeline import Pipeline


@cache
def default_pipeline() -> Pipeline:
    """The standard pipeline, built once per process (stages hold no per-document state)."""
    return Pipeline([CleanStage(), AnnotateStage(), EventStage()])
