"""`sitrep geocode` as a user runs it, against the shipped gazetteer."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sitrep.gazetteer import artifact_path

pytestmark = pytest.mark.skipif(not artifact_path().is_file(), reason="artifact not built")
FIELDS = ["query", "name", "latitude", "longitude", "country", "admin1", "admin2", "geonameid",
          "geo_precision", "radius_km", "candidates"]  # fmt: skip


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Pechenigy (Kharkiv region)", ("Pechenihy", "UA", "Kharkiv", 1)),
        ("Chuhuiv, south of Kharkiv", ("Chuhuiv", "UA", "Kharkiv", 1)),
        ("Donets, Kharkiv", ("Donets", "UA", "Kharkiv", 1)),
        ("Kyiv oblast", ("Kyiv", "UA", "Kyiv", 3)),
        ("Нова Таволжанка", ("Novaya Tavolzhanka", "RU", "Belgorod", 1)),
        ("south of Kharkiv", ("Kharkiv", "UA", "Kharkiv", 2)),
    ],
)
def test_messy_queries(
    sitrep: Callable[..., Any], tmp_path: Path, query: str, expected: tuple[object, ...]
) -> None:
    run = sitrep("geocode", query, cwd=tmp_path)
    assert run.status == 0, run.stderr
    [record] = run.records()
    assert list(record) == FIELDS
    assert (record["name"], record["country"], record["admin1"], record["geo_precision"]) == (
        expected
    )


def test_radius_follows_precision(sitrep: Callable[..., Any], tmp_path: Path) -> None:
    lines = [{"id": q, "query": q} for q in ["Kharkiv", "near Kharkiv", "Kharkiv region"]]
    stdin = "".join(json.dumps(line) + "\n" for line in lines).encode()
    radii = [
        r["radius_km"] for r in sitrep("geocode", "--jsonl", cwd=tmp_path, stdin=stdin).records()
    ]
    assert radii[0] <= 5 and 5 < radii[1] <= 25 and radii[2] > 80


def test_jsonl_in_order_with_bad_lines(sitrep: Callable[..., Any], tmp_path: Path) -> None:
    stdin = (
        b'{"id": "a", "query": "Pechenihy"}\n'
        b"{oops\n"
        b'{"id": "c", "query": "Kharkiv", "country": "RU"}\n'
        b'{"id": "d", "query": "Nowhereville Xyz"}\n'
    )
    run = sitrep("geocode", "--jsonl", "--country", "UA", cwd=tmp_path, stdin=stdin)
    assert run.status == 0 and "Traceback" not in run.stderr
    records = run.records()
    assert [r.get("id") for r in records] == ["a", None, "c", "d"]
    assert (records[0]["country"], records[0]["admin1"]) == ("UA", "Kharkiv")
    assert "error" in records[1] and records[1]["latitude"] is None
    assert records[2]["latitude"] is None
    assert records[3]["latitude"] is None and records[3]["candidates"] == []


def test_workers_keep_input_order(sitrep: Callable[..., Any], tmp_path: Path) -> None:
    queries = ["Pechenihy", "Kharkiv", "{oops", "Shebekino", "Bakhmut"] * 120
    stdin = "".join(
        q + "\n" if q.startswith("{") else json.dumps({"id": i, "query": q}) + "\n"
        for i, q in enumerate(queries)
    ).encode()
    single = sitrep("geocode", "--jsonl", cwd=tmp_path, stdin=stdin).records()
    run = sitrep("geocode", "--jsonl", "--workers", "2", cwd=tmp_path, stdin=stdin)
    assert run.status == 0 and "Traceback" not in run.stderr
    assert run.records() == single and len(single) == len(queries)


def test_country_option(sitrep: Callable[..., Any], tmp_path: Path) -> None:
    [record] = sitrep("geocode", "Shebekino", "--country", "RU", cwd=tmp_path).records()
    assert (record["country"], record["admin1"]) == ("RU", "Belgorod")
    assert sitrep("geocode", "Shebekino", "--country", "Russia", cwd=tmp_path).status == 2


def test_ambiguous_name_lists_candidates(sitrep: Callable[..., Any], tmp_path: Path) -> None:
    [record] = sitrep("geocode", "Vesele", cwd=tmp_path).records()
    assert len(record["candidates"]) >= 3
    assert record["candidates"][0]["score"] < 0.5
    [sure] = sitrep("geocode", "Kherson", cwd=tmp_path).records()
    assert sure["candidates"][0]["score"] > 0.8


def test_no_query_is_a_usage_error(sitrep: Callable[..., Any], tmp_path: Path) -> None:
    run = sitrep("geocode", cwd=tmp_path)
    assert run.status == 2 and "QUERY" in run.stderr


@pytest.mark.parametrize(
    ("query", "name", "precision"),
    [
        ("Kursk region, Sudzha", "Sudzha", 1),  # oblast first, place second
        ("Белгородская область, Шебекино", "Shebekino", 1),
        ("Zaporizhzhia Oblast, Vasylivka district", "Vasylivka", 2),  # a raion, at its seat
        ("Donetsk People's Republic", "Donetsk", 3),
        ("Kupiansk district", "Kupiansk", 2),
        ("Куп'янського району", "Kupiansk", 2),  # a raion by its seat's adjective, declined
        ("у Шебекіному", "Shebekino", 1),  # Ukrainian locative of a Russian town
        ("під Бахмутом", "Bakhmut", 2),
        ("Klischiivka, Donetsk", "Klishchiivka", 1),  # spelling variant
    ],
)
def test_more_query_styles(
    sitrep: Callable[..., Any], tmp_path: Path, query: str, name: str, precision: int
) -> None:
    [record] = sitrep("geocode", query, cwd=tmp_path).records()
    assert (record["name"], record["geo_precision"]) == (name, precision)


def test_an_overlong_query_gets_an_error(sitrep: Callable[..., Any], tmp_path: Path) -> None:
    stdin = (json.dumps({"id": 1, "query": "Kharkiv " * 200}) + "\n").encode()
    [record] = sitrep("geocode", "--jsonl", cwd=tmp_path, stdin=stdin).records()
    assert record["latitude"] is None and "longer than" in record["error"]


@pytest.mark.parametrize(
    ("query", "name", "admin1"),
    [
        ("Konstantinovka", "Kostiantynivka", "Donetsk"),  # Russian spelling of the main name
        ("Artemovsk", "Bakhmut", "Donetsk"),  # an old name, and no other place is called so
        ("Ivanivka, Kherson", "Ivanivka", "Kherson"),  # not Bilozerka, once also Ivanivka
        ("Krasny Liman", "Lyman", "Donetsk"),
    ],
)
def test_main_names_and_aliases(
    sitrep: Callable[..., Any], tmp_path: Path, query: str, name: str, admin1: str
) -> None:
    [record] = sitrep("geocode", query, cwd=tmp_path).records()
    assert (record["name"], record["admin1"]) == (name, admin1)


def test_undecodable_bytes_do_not_end_the_batch(sitrep: Callable[..., Any], tmp_path: Path) -> None:
    stdin = (
        b'{"id": 1, "query": "Kharkiv"}\n'
        b'{"id": 2, "query": "\\ud800"}\n'
        b'{"id": 3, "query": "Kyiv\xff"}\n'
        b'{"id": 4, "query": "Bakhmut"}\n'
    )
    run = sitrep("geocode", "--jsonl", cwd=tmp_path, stdin=stdin)
    assert run.status == 0 and "Traceback" not in run.stderr
    records = run.records()
    assert [r.get("id") for r in records] == [1, 2, 3, 4]
    assert records[0]["name"] == "Kharkiv" and records[3]["name"] == "Bakhmut"


@pytest.mark.parametrize("query", ["a", "o", "Я", "Region"])
def test_a_letter_or_a_bare_word_is_no_place(
    sitrep: Callable[..., Any], tmp_path: Path, query: str
) -> None:
    [record] = sitrep("geocode", query, cwd=tmp_path).records()
    assert record["latitude"] is None
