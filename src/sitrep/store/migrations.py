"""Named, recorded schema migrations.

Each back end lists its migrations as ordered named steps; the ``migrations``
table records the name and time of every step applied, so opening a store
applies exactly the steps it lacks, each in its own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
)


@dataclass(frozen=True)
class Migration:
    """One schema step: a stable name and the statements that make it."""

    name: str
    statements: tuple[str, ...]


def check_names(migrations: tuple[Migration, ...]) -> tuple[Migration, ...]:
    """The migrations, after checking their names are unique (a name is applied once)."""
    names = [m.name for m in migrations]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate migration names in {names}")
    return migrations
