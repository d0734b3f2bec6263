"""Raw text → clean body text, with every cut and repair recorded."""

from sitrep.clean.stage import CleanStage

__all__ = ["CleanStage"]
