"""Every `sitrep extract` output line validates against data/output.schema.json.

The schema is the contract users code against; these tests run the real
command and also validate a hand-built line with a full event, so the event
part of the schema is pinned even on inputs where no event is found.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sitrep.export import output_record
from sitrep.schema import (
    Claim,
    Document,
    Embed,
    EquipmentLoss,
    Event,
    Place,
    Prisoners,
    Rejection,
)

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "000_0f36372f0dc62a9a.txt"
TEXT = "On 5 June 2023, Russian forces shelled Kherson. Two civilians were killed."


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    raw = resources.files("sitrep.data").joinpath("output.schema.json").read_text("utf-8")
    schema = json.loads(raw)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def full_event_record() -> dict[str, Any]:
    """An output line with every event field set, built through the real serialiser."""
    doc = Document(id="d1", raw=TEXT, path="in.txt", published="2023-06-05", text=TEXT)
    doc.title = "Kherson shelled"
    doc.caption = "Smoke over Kherson"
    doc.embeds = [Embed("tweet", "@someone", "2023-06-05", None, "Kherson", ("https://t.co/x",))]
    start = TEXT.index("shelled")
    doc.events = [
        Event(
            id="d1-e1",
            event_date="2023-06-05",
            date_precision=1,
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            actor1="Military Forces of Russia (2000-)",
            actor2="Civilians (Ukraine)",
            assoc_actor_1="Wagner Group; Russian Volunteer Corps",
            inter1="State forces",
            inter2="Civilians",
            place=Place("Kherson", "Ukraine", "Kherson", "Khersonskyi", 46.6354, 32.6, 1, 706448),
            fatalities=2,
            injuries=3,
            equipment=[EquipmentLoss("Tanks", "T-72B3", 2, "destroyed", "Russia")],
            prisoners=Prisoners(12, 2, "Russian Volunteer Corps", "Russia"),
            territory_km2=1.5,
            claim=Claim("claimed", "General Staff of Ukraine"),
            evidence=[doc.span(start, start + 7), doc.span(0, 7, field="title")],
            confidence=0.91234,
            notes="On 5 June 2023, Russian forces shelled Kherson. 2 fatalities.",
        )
    ]
    return output_record(doc)


def _errors(validator: jsonschema.Draft202012Validator, record: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(record)]


def test_hand_built_full_event_validates(validator: jsonschema.Draft202012Validator) -> None:
    record = full_event_record()
    assert record["events"][0]["evidence"][1]["field"] == "title"
    assert _errors(validator, record) == []


def test_duplicate_flag_validates(validator: jsonschema.Draft202012Validator) -> None:
    record = full_event_record()
    assert record["document"]["duplicate_of"] is None
    record["document"]["duplicate_of"] = "d0"
    assert _errors(validator, record) == []


def test_rejected_line_validates(validator: jsonschema.Draft202012Validator) -> None:
    doc = Document(id="x", raw="", rejection=Rejection("ingest", "empty", "the input is empty"))
    assert _errors(validator, output_record(doc)) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("events", 0, "sub_event_type"), "Shelling"),
        (("events", 0, "sub_event_type"), "Armed clash"),
        (("events", 0, "event_type"), "Explosions"),
        (("events", 0, "date_precision"), 4),
        (("events", 0, "geo_precision"), 0),
        (("events", 0, "event_date"), "5 June 2023"),
        (("events", 0, "claim", "status"), "rumoured"),
        (("events", 0, "equipment", 0, "status"), "lost"),
        (("events", 0, "confidence"), 1.5),
        (("events", 0, "fatalities"), None),
        (("events", 0, "evidence", 0, "field"), "body"),
        (("events", 0, "unexpected"), 1),
        (("document", "published"), "June 2023"),
        (("document", "duplicate_of"), 3),
        (("rejected",), {"code": "empty", "message": "but it has events"}),
    ],
)
def test_schema_refuses_off_contract_values(
    validator: jsonschema.Draft202012Validator, path: tuple[Any, ...], value: Any
) -> None:
    record = copy.deepcopy(full_event_record())
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert _errors(validator, record)


def test_schema_requires_every_event_field(validator: jsonschema.Draft202012Validator) -> None:
    record = full_event_record()
    for name in list(record["events"][0]):
        broken = copy.deepcopy(record)
        del broken["events"][0][name]
        assert _errors(validator, broken), name


def test_schema_enums_match_the_taxonomy(validator: jsonschema.Draft202012Validator) -> None:
    from sitrep.events.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

    event = validator.schema["$defs"]["event"]["properties"]
    assert set(event["event_type"]["enum"]) == set(EVENT_TYPES)
    assert set(event["sub_event_type"]["enum"]) == set(SUB_EVENT_TYPES)
    assert len(EVENT_TYPES) == 6
    assert len(SUB_EVENT_TYPES) == 25


def _validate_run(validator: jsonschema.Draft202012Validator, stdout: str) -> list[Any]:
    records = [json.loads(line) for line in stdout.splitlines()]
    for record in records:
        assert _errors(validator, record) == [], record["id"]
    return records


def test_seed_article_output_validates(
    sitrep: Callable[..., Any], validator: jsonschema.Draft202012Validator
) -> None:
    run = sitrep("extract", str(SEED), cwd=FIXTURES)
    assert run.status == 0, run.stderr
    [record] = _validate_run(validator, run.stdout)
    assert record["rejected"] is None


def test_jsonl_output_validates(
    sitrep: Callable[..., Any], validator: jsonschema.Draft202012Validator, tmp_path: Path
) -> None:
    lines = [
        {"id": "seed", "text": SEED.read_text("utf-8"), "url": "https://example.org/a"},
        {"text": TEXT, "title": "Kherson", "published": "2023-06-05T10:00:00+03:00"},
        {"id": "html", "html": f"<html><body><p>{TEXT}</p></body></html>", "source": "x"},
        {"id": "empty", "text": "   "},
    ]
    data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines) + "{oops\n"
    (tmp_path / "in.jsonl").write_text(data, encoding="utf-8")
    run = sitrep("extract", "in.jsonl", "--published", "2023-06-06", cwd=tmp_path)
    assert run.status == 0, run.stderr
    records = _validate_run(validator, run.stdout)
    assert [r["id"] for r in records] == ["seed", "in.jsonl#2", "html", "empty", "in.jsonl#5"]
