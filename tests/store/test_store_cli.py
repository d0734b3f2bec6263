"""`sitrep ingest` and `sitrep export` as a user runs them, on both back ends."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from store_helpers import PostgresServer

from sitrep.cli import main
from sitrep.export.csv import COLUMNS

REPO = Path(__file__).resolve().parents[2]
TOWNS = [
    ("Kherson", "Kherson"),
    ("Bakhmut", "Donetsk"),
    ("Avdiivka", "Donetsk"),
    ("Kupiansk", "Kharkiv"),
    ("Nikopol", "Dnipropetrovsk"),
    ("Shebekino", "Belgorod"),
]


def write_reports(path: Path, count: int) -> list[str]:
    """A JSONL file of short shelling reports; returns their ids."""
    ids = []
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            town, oblast = TOWNS[i % len(TOWNS)]
            day = 1 + i % 28
            text = (
                f"On {day} May 2023, Russian forces shelled {town}, {oblast} oblast. "
                f"{i % 5} civilians were killed. Report number {i}."
            )
            ids.append(f"report-{i:04d}")
            line = {"id": ids[-1], "published": f"2023-05-{day:02d}", "text": text}
            out.write(json.dumps(line) + "\n")
    return ids


@dataclass(frozen=True)
class Done:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str, cwd: Path) -> Done:
    """`sitrep ARGS` run in this process (the same entry point as the installed command)."""
    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                status = main(list(args))
            except SystemExit as exit_:
                status = int(exit_.code or 0)
    finally:
        os.chdir(previous)
    return Done(status, out.getvalue(), err.getvalue())


def query(url: str, statement: str) -> list[tuple[Any, ...]]:
    """Rows of a SQL query straight against the database, as an analyst would."""
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url) as conn:
            return list(conn.execute(statement).fetchall())  # type: ignore[arg-type]
    with sqlite3.connect(url) as conn:
        return conn.execute(statement).fetchall()


def _stored(url: str) -> int:
    try:
        return int(query(url, "SELECT count(*) FROM documents")[0][0])
    except Exception as err:  # the schema may not exist yet
        if "documents" in str(err) or "no such table" in str(err):
            return 0
        raise


def test_killed_ingest_resumes_without_duplicates_or_losses(store_url: str, tmp_path: Path) -> None:
    ids = write_reports(tmp_path / "reports.jsonl", 200)
    args = [sys.executable, "-m", "sitrep.cli", "ingest", "reports.jsonl", "--db", store_url]
    proc = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while (done := _stored(store_url)) == 0 and proc.poll() is None:
        assert time.monotonic() < deadline, "ingest stored nothing in two minutes"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    assert 0 < done < len(ids)

    rerun = run("ingest", "reports.jsonl", "--db", store_url, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    counts = re.match(
        r"200 documents \((\d+) added, 0 replaced, (\d+) unchanged, 0 rejected\), (\d+) events",
        rerun.stdout,
    )
    assert counts, rerun.stdout
    added, unchanged, events = (int(n) for n in counts.groups())
    assert added + unchanged == 200 and unchanged >= done
    stored_ids = [row[0] for row in query(store_url, "SELECT id FROM documents ORDER BY id")]
    assert stored_ids == ids
    assert query(store_url, "SELECT count(*), count(DISTINCT id) FROM events")[0] == (
        events,
        events,
    )
    runs = query(store_url, "SELECT finished_at IS NULL FROM ingest_runs ORDER BY id")
    assert [bool(unfinished) for (unfinished,) in runs] == [True, False]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def ingested(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    """A database filled by `sitrep ingest` from the examples and one bad input."""
    root = tmp_path_factory.mktemp("cli")
    shutil.copytree(REPO / "examples", root / "examples")
    (root / "bad.txt").write_bytes(b"")
    if request.param == "sqlite":
        url = str(root / "sitrep.db")
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        url = server.new_database()
    done = run("ingest", "examples", "bad.txt", "--db", url, cwd=root)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(
        r"6 documents \(5 added, 0 replaced, 0 unchanged, 1 rejected\), \d+ events;"
        r" rejections: empty 1\n",
        done.stdout,
    ), done.stdout
    return url, root


Exporter = Callable[..., str]


@pytest.fixture
def export(ingested: tuple[str, Path]) -> Exporter:
    url, root = ingested

    def export(fmt: str, *filters: str) -> str:
        done = run("export", "--db", url, "--format", fmt, *filters, cwd=root)
        assert done.returncode == 0, done.stderr
        return done.stdout

    return export


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_ingesting_again_adds_nothing(ingested: tuple[str, Path]) -> None:
    url, root = ingested
    done = run("ingest", "examples", "--db", url, cwd=root)
    assert done.stdout.startswith("5 documents (0 added, 0 replaced, 5 unchanged, 0 rejected)")
    rejected = query(url, "SELECT document_id, code FROM rejections")
    assert rejected == [("bad.txt", "empty")]


def test_export_csv_rows_match_extract_csv(export: Exporter, ingested: tuple[str, Path]) -> None:
    exported = list(csv.reader(io.StringIO(export("csv"))))
    assert tuple(exported[0]) == COLUMNS
    extracted = run("extract", "examples", "--format", "csv", cwd=ingested[1])
    expected = list(csv.reader(io.StringIO(extracted.stdout)))
    assert len(exported) == len(expected) > 1

    def comparable(rows: list[list[str]]) -> list[list[str]]:
        # The ids (run-local in extract, store-wide in export) and timestamps differ.
        drop = {COLUMNS.index("event_id_cnty"), COLUMNS.index("timestamp")}
        return sorted([v for i, v in enumerate(row) if i not in drop] for row in rows[1:])

    assert comparable(exported) == comparable(expected)


def test_export_jsonl_and_filters(export: Exporter) -> None:
    everything = _jsonl(export("jsonl"))
    assert len({event["id"] for event in everything}) == len(everything) > 3
    battles = _jsonl(export("jsonl", "--event-type", "Battles"))
    assert battles == [e for e in everything if e["event_type"] == "Battles"] != []
    june = _jsonl(export("jsonl", "--from", "2023-06-01", "--to", "2023-06-04"))
    assert june == [e for e in everything if "2023-06-01" <= (e["event_date"] or "") < "2023-06-05"]
    legion = _jsonl(export("jsonl", "--actor", "freedom of russia"))
    assert legion and all("Freedom of Russia" in json.dumps(e) for e in legion)
    assert _jsonl(export("jsonl", "--q", "Shebekino")) != []
    assert _jsonl(export("jsonl", "--q", "Shebekino", "--claim", "denied")) == []
    belgorod = _jsonl(export("jsonl", "--bbox", "35,50,38,51.5"))
    assert belgorod and all(e["admin1"] == "Belgorod" for e in belgorod)


def test_export_geojson(export: Exporter) -> None:
    collection = json.loads(export("geojson"))
    everything = _jsonl(export("jsonl"))
    located = [e for e in everything if e["latitude"] is not None]
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == len(located) > 0
    for feature, event in zip(collection["features"], located, strict=True):
        assert feature["geometry"] == {
            "type": "Point",
            "coordinates": [event["longitude"], event["latitude"]],
        }
        assert feature["properties"]["id"] == event["id"]
        assert "latitude" not in feature["properties"]


def test_export_rejects_bad_filters_and_missing_databases(tmp_path: Path) -> None:
    bad = run("export", "--db", "x.db", "--format", "csv", "--bbox", "1,2,3", cwd=tmp_path)
    assert bad.returncode == 2 and "bbox" in bad.stderr
    missing = run("export", "--db", "absent.db", "--format", "jsonl", cwd=tmp_path)
    assert missing.returncode == 2 and "no sitrep database" in missing.stderr
    assert not (tmp_path / "absent.db").exists()
