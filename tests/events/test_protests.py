"""A demonstration is typed by its worst turn anywhere in the paragraph."""

from __future__ import annotations

import pytest

from sitrep.events.protests import demonstration_type


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("Thousands marched on parliament. The march ended without incident.",
         "Peaceful protest"),
        ("Thousands marched on parliament. Police fired tear gas and detained dozens.",
         "Protest with intervention"),
        ("Thousands marched on parliament. Two protesters were shot dead by police.",
         "Excessive force against protesters"),
        ("Thousands marched on parliament. Some protesters threw stones at the police.",
         "Violent demonstration"),
        ("Riot police dispersed the march on parliament.", "Protest with intervention"),
        ("The march on parliament turned violent as rioters smashed shop windows.",
         "Violent demonstration"),
    ],
)  # fmt: skip
def test_peaceful_protest_takes_its_worst_turn(context: str, expected: str) -> None:
    assert demonstration_type("Peaceful protest", context) == expected


def test_other_types_pass_through() -> None:
    context = "Police fired tear gas after the shelling of the town."
    assert demonstration_type("Shelling/artillery/missile attack", context) == (
        "Shelling/artillery/missile attack"
    )
    assert demonstration_type("Excessive force against protesters", "A quiet day.") == (
        "Excessive force against protesters"
    )
