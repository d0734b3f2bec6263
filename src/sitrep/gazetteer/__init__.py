"""sitrep.gazetteer."""
