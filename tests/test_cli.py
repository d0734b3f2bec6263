"""The command line as users meet it: bad input never stops a run (CONTRACT.md)."""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sitrep import errors

GOOD = "On 5 June 2023, Russian forces shelled Kherson city. Two civilians were killed.\n"
ACLED_ORDER = (
    "event_id_cnty, event_date, year, time_precision, disorder_type, event_type, "
    "sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, "
    "civilian_targeting, iso, region, country, admin1, admin2, admin3, location, latitude, "
    "longitude, geo_precision, source, source_scale, notes, fatalities, tags, timestamp"
)
SITREP_ORDER = (
    "injuries, equipment, prisoners, territory_km2, claim_status, claim_by, confidence, "
    "evidence, document_id, url"
)

Runner = Callable[..., Any]


def _jsonl(*records: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of inputs that are each broken in a different way, between good ones."""
    folder = tmp_path_factory.mktemp("bad")
    (folder / "good1.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(random.Random(7).randbytes(2048) + b"\x00\x00")
    (folder / "latin1.txt").write_bytes("Удар по Херсону, café".encode() + b" \xff\xfe caf\xe9\n")
    (folder / "mixed.jsonl").write_bytes(
        _jsonl({"id": "a", "text": GOOD})
        + b'{"id": "b", "text": "unterminated\n'
        + _jsonl({"text": GOOD}, {"id": "d", "title": "no text"})
    )
    (folder / "good2.txt").write_text(GOOD, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def bad_run(sitrep: Runner, bad_inputs: Path) -> Any:
    names = ["good1.txt", "empty.txt", "binary.txt", "latin1.txt", "mixed.jsonl"]
    return sitrep("extract", *names, "missing.txt", "good2.txt", cwd=bad_inputs)


def test_bad_inputs_do_not_stop_the_run(bad_run: Any) -> None:
    assert bad_run.status == 0
    assert "Traceback" not in bad_run.stderr


def test_every_input_yields_one_line_in_input_order(bad_run: Any) -> None:
    ids = [r["id"] for r in bad_run.records()]
    expected = ["good1.txt", "empty.txt", "binary.txt", "latin1.txt"]
    expected += ["a", "mixed.jsonl#2", "mixed.jsonl#3", "d", "missing.txt", "good2.txt"]
    assert ids == expected


@pytest.mark.parametrize(
    ("doc_id", "code"),
    [
        ("empty.txt", errors.EMPTY),
        ("binary.txt", errors.BINARY),
        ("latin1.txt", errors.INVALID_ENCODING),
        ("mixed.jsonl#2", errors.MALFORMED_JSON),
        ("d", errors.MISSING_FIELD),
        ("missing.txt", errors.UNREADABLE),
    ],
)
def test_bad_input_is_rejected_with_a_code(bad_run: Any, doc_id: str, code: str) -> None:
    record = next(r for r in bad_run.records() if r["id"] == doc_id)
    assert record["rejected"]["code"] == code
    assert record["rejected"]["message"]
    assert record["document"] is None
    assert record["events"] == []


@pytest.mark.parametrize("doc_id", ["good1.txt", "a", "mixed.jsonl#3", "good2.txt"])
def test_good_documents_around_bad_ones_are_processed(bad_run: Any, doc_id: str) -> None:
    record = next(r for r in bad_run.records() if r["id"] == doc_id)
    assert record["rejected"] is None
    assert "Kherson" in record["document"]["text"]


def test_stdin_text_is_one_document(sitrep: Runner, tmp_path: Path) -> None:
    run = sitrep("extract", "--format", "jsonl", cwd=tmp_path, stdin=GOOD.encode())
    assert run.status == 0
    [record] = run.records()
    assert record["id"] == "-"
    assert record["document"]["path"] == "-"
    assert record["rejected"] is None


def test_stdin_jsonl_is_one_document_per_line(sitrep: Runner, tmp_path: Path) -> None:
    data = _jsonl({"id": "x", "text": GOOD, "url": "https://example.org/x"}, {"text": GOOD})
    run = sitrep("extract", "-", cwd=tmp_path, stdin=data)
    records = run.records()
    assert [r["id"] for r in records] == ["x", "-#2"]
    assert records[0]["document"]["url"] == "https://example.org/x"
    assert all(r["document"]["path"] == "-" for r in records)


def test_published_applies_where_the_input_has_none(sitrep: Runner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    lines = _jsonl(
        {"id": "own", "text": GOOD, "published": "2023-01-02"}, {"id": "n", "text": GOOD}
    )
    (tmp_path / "b.jsonl").write_bytes(lines)
    run = sitrep("extract", "a.txt", "b.jsonl", "--published", "2023-06-05", cwd=tmp_path)
    published = {r["id"]: r["document"]["published"] for r in run.records()}
    assert published == {"a.txt": "2023-06-05", "own": "2023-01-02", "n": "2023-06-05"}


@pytest.mark.parametrize(
    "line",
    [
        {"id": "t", "text": GOOD, "title": 5},
        {"id": "t", "text": GOOD, "url": ["https://example.org"]},
        {"id": "t", "text": GOOD, "published": "yesterday"},
        {"id": "t", "text": GOOD, "published": 1685952000},
    ],
)
def test_jsonl_metadata_of_the_wrong_kind_is_rejected(
    sitrep: Runner, tmp_path: Path, line: dict[str, Any]
) -> None:
    run = sitrep("extract", "-", cwd=tmp_path, stdin=_jsonl(line, {"id": "ok", "text": GOOD}))
    first, second = run.records()
    assert first["rejected"]["code"] == errors.MALFORMED_JSON
    assert second["rejected"] is None
    assert "Traceback" not in run.stderr


def test_published_must_be_a_date(sitrep: Runner, tmp_path: Path) -> None:
    run = sitrep("extract", "--published", "5 June", cwd=tmp_path, stdin=GOOD.encode())
    assert run.status == 2
    assert "Traceback" not in run.stderr


def test_ids_follow_the_contract(sitrep: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(GOOD, encoding="utf-8")
    (folder / "many.jsonl").write_bytes(
        _jsonl({"text": GOOD}) + b"\n" + _jsonl({"id": 7, "text": GOOD}, {"text": GOOD})
    )
    run = sitrep("extract", "in/one.txt", "in/many.jsonl", "in", cwd=tmp_path)
    ids = [r["id"] for r in run.records()]
    given = ["in/one.txt", "in/many.jsonl#1", "7", "in/many.jsonl#4"]
    many, one = str(Path("in/many.jsonl")), str(Path("in/one.txt"))
    recursed = [f"{many}#1", "7", f"{many}#4", one]
    assert ids == given + recursed
    assert {r["document"]["path"] for r in run.records()} == {"in/one.txt", "in/many.jsonl"}


def test_csv_header_is_acled_order_then_sitrep_columns(sitrep: Runner, tmp_path: Path) -> None:
    run = sitrep("extract", "--format", "csv", cwd=tmp_path, stdin=GOOD.encode())
    assert run.status == 0
    header = next(csv.reader(io.StringIO(run.stdout)))
    assert header == (ACLED_ORDER + ", " + SITREP_ORDER).split(", ")


def test_eval_acled_reports_json(sitrep: Runner, tmp_path: Path) -> None:
    rows = [
        "event_date,event_type,sub_event_type,actor1,actor2,admin1,admin2,admin3,location,"
        "latitude,longitude,fatalities,notes",
        "2023-06-05,Explosions/Remote violence,Shelling/artillery/missile attack,"
        "Military Forces of Russia (2000-),,Kherson,Khersonskyi,,Kherson,46.6354,32.6169,0,"
        '"On 5 June 2023, Russian forces shelled Kherson. Casualties unknown."',
    ]
    (tmp_path / "gold.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    run = sitrep("eval", "acled", "gold.csv", "--json", cwd=tmp_path)
    assert run.status == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["n"] == 1
    assert set(report["figures"]) >= {"event_type", "sub_event_type", "within_10km"}


def test_eval_acled_missing_file_is_an_error_not_a_crash(sitrep: Runner, tmp_path: Path) -> None:
    run = sitrep("eval", "acled", "nowhere.csv", cwd=tmp_path)
    assert run.status == 2
    assert "nowhere.csv" in run.stderr
    assert "Traceback" not in run.stderr


def test_the_size_limit_is_configurable(sitrep: Runner, tmp_path: Path) -> None:
    (tmp_path / "small.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "big.txt").write_text(GOOD * 50, encoding="utf-8")
    limit = str(len(GOOD.encode()) * 10)
    run = sitrep("extract", "small.txt", "big.txt", "--max-bytes", limit, cwd=tmp_path)
    assert run.status == 0
    small, big = run.records()
    assert small["rejected"] is None
    assert big["rejected"]["code"] == "too_large"
