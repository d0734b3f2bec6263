"""Counts in digits and number words (English, Ukrainian, Russian), and what is not a count."""

from __future__ import annotations

import pytest

from sitrep.annotate.numbers import NumberMatch, find_numbers, parse_number


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("one", 1),
        ("seven", 7),
        ("twenty", 20),
        ("twenty-five", 25),
        ("forty two", 42),
        ("hundred", 100),
        ("a hundred", 100),
        ("two hundred", 200),
        ("two hundred and fifty", 250),
        ("three thousand", 3000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("dozens", 12),
        ("Dozens", 12),
        ("hundreds", 100),
        ("12", 12),
        ("1,200", 1200),
        ("1\u00a0200", 1200),
        ("1.5 thousand", 1500),
        ("5-6", 5),
    ],
)
def test_english_and_digits(phrase: str, value: int) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("два", 2),
        ("дві", 2),
        ("двох", 2),
        ("двоє", 2),
        ("три", 3),
        ("трьох", 3),
        ("п'ять", 5),
        ("пʼять", 5),
        ("п’яти", 5),
        ("десять", 10),
        ("десятьох", 10),
        ("двадцять п'ять", 25),
        ("сто двадцять", 120),
        ("десятки", 12),
        ("десятків", 12),
        ("сотні", 100),
        ("3 тисячі", 3000),
        ("1,5 тис.", 1500),
        ("2-х", 2),
    ],
)
def test_ukrainian(phrase: str, value: int) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("пять", 5),
        ("двух", 2),
        ("трех", 3),
        ("трёх", 3),
        ("двое", 2),
        ("четырех", 4),
        ("восьми", 8),
        ("десятки", 12),
        ("десятков", 12),
        ("двести", 200),
        ("тысяча", 1000),
        ("пятью", 5),
    ],
)
def test_russian(phrase: str, value: int) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    "phrase", ["several", "a few", "many", "", "tanks", "1.5", "two three", "twenty thirty"]
)
def test_not_a_single_count(phrase: str) -> None:
    assert parse_number(phrase) is None


def _found(text: str) -> list[tuple[str, int]]:
    return [(text[m.start : m.end], m.value) for m in find_numbers(text)]


def test_spans_are_exact_and_multiword_phrases_are_one_match() -> None:
    text = "They destroyed two hundred drones and 1,200 shells; ЗСУ знищили двох танків."
    assert _found(text) == [("two hundred", 200), ("1,200", 1200), ("двох", 2)]
    for match in find_numbers(text):
        assert isinstance(match, NumberMatch)
        assert parse_number(text[match.start : match.end]) == match.value


def test_article_belongs_to_a_dozen() -> None:
    assert _found("shot down a dozen drones") == [("a dozen", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "a BMP-3 and a T-72B3 were hit",
        "the 2S19 Msta-S and an Su-25",
        "Mi-8 and Ka-52 helicopters",
        "the report of 2023-06-05",
        "at 10:30 local time",
        "50% of the district",
        "the 5th brigade",
        "the BM-21 Grad",
    ],
)
def test_digits_inside_names_dates_and_times_are_not_counts(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("On 5 June 2023, 3 tanks were destroyed.", [3]),
        ("On June 5, 2023, two tanks were destroyed.", [2]),
        ("In 2022 Russia lost 40 jets.", [40]),
        ("5 червня 2023 року знищено 7 дронів", [7]),
        ("12 мая 2023 г. уничтожено 4 танка", [4]),
        ("the night of 4 to 5 June", []),
        ("у ніч з 4 на 5 червня збито 9 дронів", [9]),
    ],
)
def test_days_and_years_next_to_months_are_not_counts(text: str, counts: list[int]) -> None:
    assert [m.value for m in find_numbers(text)] == counts


def test_hyphenated_words_are_not_numbers_inside_other_words() -> None:
    assert find_numbers("someone oneself often") == []
    assert _found("сімʼя") == []
