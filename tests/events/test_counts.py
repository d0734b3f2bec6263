import pytest

from sitrep.events import counts


def totals(text: str) -> tuple[list[int], list[int]]:
    return (
        counts.sentence_total(counts.fatalities(text)),
        counts.sentence_total(counts.injuries(text)),
    )


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("Two civilians were killed and five were wounded.", [2], [5]),
        ("No one was killed, 3 people were injured.", [], [3]),
        ("The strike killed two soldiers and five civilians.", [7], []),
        ("A civilian was killed.", [1], []),
        ("Dozens of people were killed.", [12], []),
        ("Casualties unknown.", [], []),
    ],
)
def test_deaths_and_injuries_in_one_sentence(text, dead, hurt):
    assert totals(text) == (dead, hurt)


def test_prisoners_wounded_and_territory():
    text = "viewers can see ten captured soldiers and two wounded ones"
    assert [c.value for c in counts.wounded_among(text)] == [2]
    assert [c.value for c in counts.prisoners("12 Russian soldier POWs")] == [12]
    assert [c.value for c in counts.territory_km2("captured 200 square kilometers")] == [200]
