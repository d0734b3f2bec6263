"""Shared by the serve tests: hand-built documents, their counts and a live test server.

A module of its own (not conftest.py), so that ``from serve_helpers import …``
finds these names whichever test folders pytest collects together.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from sitrep.schema import Claim, Document, EquipmentLoss, Event, Place, Prisoners, Span

RUSSIA = "Military Forces of Russia (2000-)"
UKRAINE = "Military Forces of Ukraine (2019-)"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _document(doc_id: str, published: str, text: str, **meta: str) -> Document:
    return Document(
        id=doc_id,
        raw=text,
        text=text,
        published=published,
        url=meta.get("url", f"https://example.org/{doc_id}"),
        title=meta.get("title"),
        source=meta.get("source", "test wire"),
        caption=meta.get("caption"),
        language="en",
    )


def _evidence(doc: Document, sentence: str, field: str = "text") -> list[Span]:
    start = doc.field_text(field).index(sentence)
    return [doc.span(start, start + len(sentence), "evidence", field)]


def hand_documents() -> list[Document]:
    """Six documents, seven events over 1–25 May 2023, every claim status, one corroboration."""
    kupiansk = _document(
        "kupiansk-shelling",
        "2023-05-02",
        "Russian forces shelled Kupiansk, Kharkiv region, on Monday, killing two civilians "
        "and wounding three, the regional governor said. Repairs began on Tuesday.",
        title="Shelling in Kupiansk",
    )
    kupiansk.events = [
        Event(
            id="e1",
            event_date="2023-05-01",
            date_precision=1,
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            actor1=RUSSIA,
            actor2="Civilians (Ukraine)",
            place=Place("Kupiansk", "Ukraine", "Kharkiv", None, 49.71, 37.61, 1),
            fatalities=2,
            injuries=3,
            claim=Claim("reported"),
            evidence=_evidence(kupiansk, "Russian forces shelled Kupiansk"),
            confidence=0.9,
            notes="On 1 May 2023, Russian forces shelled Kupiansk.",
        )
    ]
    second = _document(
        "kupiansk-second-source",
        "2023-05-01",
        "Artillery hit the centre of Kupiansk today; two people were killed.",
        title="Kupiansk under fire",
        source="second wire",
    )
    second.events = [
        Event(
            id="e1",
            event_date="2023-05-01",
            date_precision=1,
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            actor1=RUSSIA,
            place=Place("Kupiansk", "Ukraine", "Kharkiv", None, 49.712, 37.615, 1),
            fatalities=2,
            claim=Claim("reported"),
            evidence=_evidence(second, "Artillery hit the centre of Kupiansk today"),
            confidence=0.7,
        )
    ]
    bakhmut = _document(
        "bakhmut-clash",
        "2023-05-10",
        "On 9 May, Ukrainian forces repelled Russian assaults near Bakhmut, Donetsk region, "
        "the General Staff reported. Two Russian tanks were destroyed.",
        title="Assaults repelled near Bakhmut",
    )
    bakhmut.events = [
        Event(
            id="e1",
            event_date="2023-05-09",
            date_precision=1,
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1=UKRAINE,
            actor2=RUSSIA,
            place=Place("Bakhmut", "Ukraine", "Donetsk", None, 48.59, 38.0, 1),
            equipment=[EquipmentLoss("Tanks", None, 2, "destroyed", "Russia")],
            claim=Claim("claimed", UKRAINE),
            evidence=_evidence(bakhmut, "Ukrainian forces repelled Russian assaults near Bakhmut")
            + _evidence(bakhmut, "Two Russian tanks were destroyed."),
            confidence=0.85,
        )
    ]
    shebekino = _document(
        "shebekino-drone",
        "2023-05-20",
        "Explosions were heard in Shebekino overnight, local residents wrote.",
        title="Drone strike claimed in Shebekino",
        caption="A drone struck an ammunition depot in Shebekino, the Legion claimed.",
    )
    shebekino.events = [
        Event(
            id="e1",
            event_date="2023-05-19",
            date_precision=1,
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            actor1="Freedom of Russia Legion",
            actor2=RUSSIA,
            place=Place("Shebekino", "Russia", "Belgorod", None, 50.41, 36.9, 1),
            claim=Claim("claimed", "Freedom of Russia Legion"),
            evidence=_evidence(shebekino, "A drone struck an ammunition depot", "caption"),
            confidence=0.6,
        ),
        Event(
            id="e2",
            event_date="2023-05-20",
            date_precision=2,
            event_type="Strategic developments",
            sub_event_type="Agreement",
            actor1="Russian Volunteer Corps",
            actor2=RUSSIA,
            assoc_actor_1="Freedom of Russia Legion",
            place=Place("Nova Tavolzhanka", "Russia", "Belgorod", None, 50.35, 36.83, 1),
            prisoners=Prisoners(12, 2, "Russian Volunteer Corps", "Russia"),
            claim=Claim("confirmed"),
            evidence=_evidence(shebekino, "Explosions were heard in Shebekino"),
            confidence=0.5,
        ),
    ]
    odesa = _document(
        "odesa-denied",
        "2023-05-25",
        "Officials in Moscow denied that Russian drones struck the port of Odesa.",
        title="Moscow denies Odesa strike",
    )
    odesa.events = [
        Event(
            id="e1",
            event_date="2023-05-25",
            date_precision=1,
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            actor1=RUSSIA,
            place=Place("Odesa", "Ukraine", "Odesa", None, 46.48, 30.72, 1),
            claim=Claim("denied", RUSSIA),
            evidence=_evidence(odesa, "Russian drones struck the port of Odesa"),
            confidence=0.4,
        )
    ]
    unplaced = _document(
        "unplaced-report",
        "2023-05-15",
        "Fighting continued somewhere in the south, a spokesman said.",
    )
    unplaced.events = [
        Event(
            id="e1",
            event_date="2023-05-15",
            date_precision=3,
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1=UKRAINE,
            claim=Claim("reported"),
            evidence=_evidence(unplaced, "Fighting continued somewhere in the south"),
            confidence=0.3,
        )
    ]
    return [kupiansk, second, bakhmut, shebekino, odesa, unplaced]


#: Events in `hand_documents`, and those with coordinates.
EVENT_COUNT = 7
PLACED_COUNT = 6


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """uvicorn serving an app on a free local port, in a thread."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
