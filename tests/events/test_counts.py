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


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("Унаслідок обстрілу загинули двоє людей, ще п'ятеро поранені.", [2], [5]),
        ("Троє цивільних загинули, 12 людей отримали поранення.", [3], [12]),
        ("Загинула жінка, поранено трьох чоловіків.", [1], [3]),
        ("Ніхто не загинув, постраждалих немає.", [], []),
        ("Внаслідок удару 3 ракет загинули люди.", [], []),
        ("В результате обстрела погибли три человека, ранены пятеро.", [3], [5]),
        ("Погиб мужчина, еще двое получили ранения.", [1], [2]),
        ("Никто не пострадал.", [], []),
        ("У ніч на 5 червня загинули 2 людини.", [2], []),
    ],
)
def test_deaths_and_injuries_in_ukrainian_and_russian(text, dead, hurt):
    assert totals(text) == (dead, hurt)


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("ЗСУ взяли в полон 12 російських військових.", [12]),
        ("Ще 7 окупантів потрапили в полон.", [7]),
        ("Взяты в плен двое солдат.", [2]),
        ("Обмін полоненими не відбувся.", []),
    ],
)
def test_prisoners_in_ukrainian_and_russian(text, taken):
    assert [c.value for c in counts.prisoners(text)] == taken


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("Gunmen killed five villagers near the market.", [5], []),
        ("The blast killed 12 worshippers and injured 30 others.", [12], [30]),
        ("Three protesters were killed.", [3], []),
    ],
)
def test_victims_of_every_kind_are_counted(text, dead, hurt):
    assert totals(text) == (dead, hurt)
