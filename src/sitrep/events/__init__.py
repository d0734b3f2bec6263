"""Typed events (ACLED's taxonomy) with every argument linked to its evidence."""

from sitrep.events.stage import EventStage

__all__ = ["EventStage"]
