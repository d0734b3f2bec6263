"""The default pipeline: ingest output → clean → duplicates → annotate → events."""

from __future__ import annotations

from sitrep.annotate.stage import AnnotateStage
from sitrep.clean import CleanStage
from sitrep.clean.duplicates import DuplicateStage
from sitrep.events.stage import EventStage
from sitrep.pipeline import Pipeline


def default_pipeline() -> Pipeline:
    """A fresh standard pipeline for one run.

    `DuplicateStage` remembers the documents of its run, so each call builds
    new stages (cheap: models and registries load lazily and are cached by
    their modules). Call it once per run and pipe the whole run through it.
    """
    return Pipeline([CleanStage(), DuplicateStage(), AnnotateStage(), EventStage()])
