"""sitrep.gazetteer: place names in any spelling → candidate GeoNames entries.

`default_gazetteer()` opens the artifact shipped in ``sitrep/data`` (built by
``python -m sitrep.gazetteer.build``); tests use `InMemoryGazetteer` instead.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from sitrep.gazetteer.model import EntryKind, Gazetteer, GazetteerEntry, InMemoryGazetteer
from sitrep.gazetteer.names import name_key
from sitrep.gazetteer.store import SqliteGazetteer

__all__ = [
    "EntryKind",
    "Gazetteer",
    "GazetteerEntry",
    "InMemoryGazetteer",
    "SqliteGazetteer",
    "artifact_path",
    "default_gazetteer",
    "name_key",
]


def artifact_path() -> Path:
    """The shipped artifact's path inside the installed package."""
    import sitrep.data

    return Path(sitrep.data.__file__).parent / "gazetteer.sqlite.gz"


@lru_cache(maxsize=1)
def default_gazetteer() -> SqliteGazetteer:
    """The gazetteer, opened once per process (≈0.1 s, ≈40 MB).

    The shipped artifact, unless ``SITREP_GAZETTEER`` names another built with
    ``python -m sitrep.gazetteer.build`` (e.g. one with ``--ru-settlements``).
    """
    private = os.environ.get("SITREP_GAZETTEER")
    return SqliteGazetteer(Path(private) if private else artifact_path())
