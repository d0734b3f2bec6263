"""Typed events (ACLED's taxonomy) with every argument linked to its evidence."""
