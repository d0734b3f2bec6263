"""ACLED-column CSV export of events."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest

from sitrep.export.csv import (
    ACLED_COLUMNS,
    COLUMNS,
    inter_code,
    interaction,
    write_events_csv,
)
from sitrep.schema import Claim, Document, EquipmentLoss, Event, Place, Prisoners, Rejection

TEXT = "On 5 June 2023, Russian forces shelled Kherson. Two civilians were killed."


def _doc(doc_id: str, *events: Event) -> Document:
    doc = Document(id=doc_id, raw=TEXT, text=TEXT, url=f"https://example.org/{doc_id}")
    doc.source = "Ukrainska Pravda"
    doc.events = list(events)
    return doc


def _shelling(event_id: str = "e1", **changes: object) -> Event:
    event = Event(
        id=event_id,
        event_date="2023-06-05",
        date_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Military Forces of Russia (2000-)",
        actor2="Civilians (Ukraine)",
        inter1="State forces",
        inter2="Civilians",
        place=Place("Kherson", "Ukraine", "Kherson", "Khersonskyi", 46.6354, 32.6169, 1),
        fatalities=2,
        injuries=5,
        equipment=[EquipmentLoss("Tanks", None, 1, "destroyed", "Russia")],
        prisoners=Prisoners(3, None, "Ukraine", "Russia"),
        territory_km2=None,
        claim=Claim("claimed", "Kherson regional administration"),
        confidence=0.87654,
        notes="On 5 June 2023, Russian forces shelled Kherson, killing 2 civilians.",
    )
    start = TEXT.index("shelled")
    event.evidence = [_doc("tmp").span(start, start + 7)]
    for name, value in changes.items():
        setattr(event, name, value)
    return event


def _rows(*docs: Document) -> list[dict[str, str]]:
    out = io.StringIO()
    write_events_csv(docs, out, timestamp=1685952000)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_header_is_acled_order_then_sitrep_columns() -> None:
    out = io.StringIO()
    assert write_events_csv([], out) == 0
    assert out.getvalue().rstrip("\n").split(",") == list(COLUMNS)
    assert COLUMNS[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert len(ACLED_COLUMNS) == 31
    assert COLUMNS[31:] == (
        "injuries",
        "equipment",
        "prisoners",
        "territory_km2",
        "claim_status",
        "claim_by",
        "confidence",
        "evidence",
        "document_id",
        "url",
    )


def test_row_follows_acled_conventions() -> None:
    [row] = _rows(_doc("d1", _shelling()))
    assert row["event_id_cnty"] == "e1"
    assert row["event_date"] == "2023-06-05"
    assert row["year"] == "2023"
    assert row["time_precision"] == "1"
    assert row["disorder_type"] == "Political violence"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("1", "7", "17")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["region"], row["country"]) == ("804", "Europe", "Ukraine")
    assert (row["admin1"], row["admin2"], row["admin3"]) == ("Kherson", "Khersonskyi", "")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("46.6354", "32.6169", "1")
    assert row["source"] == "Ukrainska Pravda"
    assert row["fatalities"] == "2"
    assert row["timestamp"] == "1685952000"
    assert row["notes"].startswith("On 5 June 2023, ")


def test_sitrep_columns_hold_compact_json() -> None:
    [row] = _rows(_doc("d1", _shelling()))
    assert row["injuries"] == "5"
    assert json.loads(row["equipment"]) == [
        {"category": "Tanks", "model": None, "count": 1, "status": "destroyed", "side": "Russia"}
    ]
    assert " " not in row["equipment"].replace("Tanks", "")
    assert json.loads(row["prisoners"])["count"] == 3
    assert row["territory_km2"] == ""
    assert (row["claim_status"], row["claim_by"]) == ("claimed", "Kherson regional administration")
    assert row["confidence"] == "0.877"
    [span] = json.loads(row["evidence"])
    assert TEXT[span["start"] : span["end"]] == span["text"] == "shelled"
    assert (row["document_id"], row["url"]) == ("d1", "https://example.org/d1")


@pytest.mark.parametrize(
    ("event_type", "disorder"),
    [
        ("Battles", "Political violence"),
        ("Violence against civilians", "Political violence"),
        ("Protests", "Demonstrations"),
        ("Riots", "Demonstrations"),
        ("Strategic developments", "Strategic developments"),
    ],
)
def test_disorder_type_follows_event_type(event_type: str, disorder: str) -> None:
    [row] = _rows(_doc("d", _shelling(event_type=event_type)))
    assert row["disorder_type"] == disorder


def test_single_actor_event() -> None:
    event = _shelling(actor2=None, inter2=None, place=Place("Belgorod", "Russia", "Belgorod"))
    [row] = _rows(_doc("d", event))
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("", "0", "10")
    assert row["civilian_targeting"] == ""
    assert (row["iso"], row["latitude"], row["geo_precision"]) == ("643", "", "")


def test_unknown_values_leave_cells_empty() -> None:
    event = _shelling(inter1=None, event_date=None, prisoners=None)
    event.place = Place(None, None)
    [row] = _rows(_doc("d", event))
    assert (row["inter1"], row["interaction"]) == ("", "")
    assert (row["event_date"], row["year"], row["iso"], row["region"]) == ("", "", "", "")
    assert row["prisoners"] == ""


def test_inter_codes() -> None:
    assert inter_code("State forces") == 1
    assert inter_code("external/other forces") == 8
    assert inter_code("8") == 8
    assert inter_code("Volunteers") is None
    assert inter_code(None) is None
    assert interaction(8, 1) == 18
    assert interaction(1, 8) == 18
    assert interaction(8, 0) == 80
    assert interaction(1, None) is None


def test_rejected_documents_and_documents_without_events_produce_no_rows() -> None:
    rejected = _doc("bad", _shelling("x"))
    rejected.rejection = Rejection("ingest", "binary", "binary data")
    rows = _rows(_doc("a", _shelling("a1"), _shelling("a2")), rejected, _doc("b"))
    assert [(r["document_id"], r["event_id_cnty"]) for r in rows] == [("a", "a1"), ("a", "a2")]


def test_rows_are_written_as_documents_arrive() -> None:
    out = io.StringIO()
    seen: list[str] = []

    def docs() -> Iterator[Document]:
        yield _doc("first", _shelling("f1"))
        seen.append(out.getvalue())
        yield _doc("second", _shelling("s1"))

    assert write_events_csv(docs(), out) == 2
    assert "f1" in seen[0]
    assert "s1" not in seen[0]


def test_cells_with_commas_quotes_and_newlines_round_trip() -> None:
    notes = 'On 5 June 2023, "heavy" shelling,\nthen silence.'
    [row] = _rows(_doc("d", _shelling(notes=notes)))
    assert row["notes"] == notes
