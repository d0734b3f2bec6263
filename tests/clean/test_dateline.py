import datetime as dt

import pytest

from sitrep.clean.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (" date 2023-06-05 Russian Volunteer Corps", "Russian Volunteer Corps"),
        ("Date: June 5, 2023\nBody", "\nBody"),
        ("5 June 2023 — Troops advanced", "Troops advanced"),
        ("2023-06-05T10:15:00Z Body", "Body"),
        ("5 червня 2023 р.\nТекст", "\nТекст"),
        ("05.06.2023 | Текст", "Текст"),
    ],
)
def test_leading_date_is_found_and_cut(text, rest):
    found = find_dateline(text)
    assert found is not None
    assert found.date == dt.date(2023, 6, 5)
    assert text[found.edit.end :] == rest
    assert found.edit.removals[0].kind == "dateline"


@pytest.mark.parametrize(
    "text",
    [
        "June 5, 2023, Russian troops shelled Kharkiv.",  # a lede keeps its date
        "2023-13-05 is not a day",
        "2023-06-051 units",
        "Russian troops on 2023-06-05",
    ],
)
def test_not_a_dateline(text):
    assert find_dateline(text) is None
