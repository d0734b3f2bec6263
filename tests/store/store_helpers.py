"""Helpers for the store tests: a throwaway PostgreSQL server and hand-built documents."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sitrep.schema import Claim, Document, EquipmentLoss, Event, Place, Prisoners

PORT = 55432
_numbers = itertools.count(1)


def bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return candidates[-1].parent if candidates else None


@dataclass
class PostgresServer:
    """A PostgreSQL cluster in a temporary directory, reached through its socket."""

    bindir: Path
    root: Path
    user: str | None

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, *args: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", "sitrep", "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions",
        )  # fmt: skip
        options = (
            f"-p {PORT} -k {self.root} -c listen_addresses='' -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def url(self, database: str) -> str:
        return f"postgresql://sitrep@/{database}?host={self.root}&port={PORT}"

    def execute(self, database: str, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]

    def new_database(self) -> str:
        """A fresh database cloned from the template that has PostGIS."""
        name = f"sitrep_test_{next(_numbers)}"
        self.execute("postgres", f"CREATE DATABASE {name} TEMPLATE sitrep_template")
        return self.url(name)


# -- hand-built documents -------------------------------------------------------------


def make_event(index: int = 1, **changes: object) -> Event:
    """A shelling event in Kherson with every field set; ``changes`` overrides fields."""
    event = Event(
        id=f"e{index}",
        event_date="2023-06-05",
        date_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Military Forces of Russia (2000-)",
        actor2="Civilians (Ukraine)",
        inter1="State forces",
        inter2="Civilians",
        place=Place("Kherson", "Ukraine", "Kherson", "Khersonskyi", 46.6354, 32.6169, 1, 706448),
        fatalities=2,
        injuries=5,
        equipment=[EquipmentLoss("Tanks", "T-72", 1, "destroyed", "Russia")],
        prisoners=Prisoners(3, None, "Ukraine", "Russia"),
        claim=Claim("claimed", "Kherson regional administration"),
        confidence=0.8,
        notes="On 5 June 2023, Russian forces shelled Kherson, killing 2 civilians.",
    )
    for name, value in changes.items():
        setattr(event, name, value)
    return event


def make_doc(doc_id: str, text: str = "", *events: Event, **meta: str | None) -> Document:
    """A processed document whose events cite the first word of its text."""
    text = text or f"Report {doc_id}: Russian forces shelled Kherson. Two civilians were killed."
    doc = Document(id=doc_id, raw=text, text=text, url=f"https://example.org/{doc_id}")
    doc.title = meta.get("title", f"Title of {doc_id}")
    doc.source = meta.get("source", "Ukrainska Pravda")
    doc.published = meta.get("published", "2023-06-05")
    doc.caption = meta.get("caption")
    first = text.split()[0]
    for event in events:
        if not event.evidence:
            event.evidence = [doc.span(0, len(first))]
    doc.events = list(events)
    return doc
