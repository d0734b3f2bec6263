"""sitrep.resolve."""
