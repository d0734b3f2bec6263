"""What `sitrep ingest` and `sitrep export` do, behind the thin command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable
from typing import TextIO

from tqdm import tqdm

from sitrep.export.writers import WRITERS, write_events
from sitrep.schema import Document
from sitrep.store import EventQuery, IngestSummary, StoreError, open_store
from sitrep.store.base import CLAIM_STATUSES


def run_ingest(
    docs: Iterable[Document], db: str | None, out: TextIO, progress_to: TextIO
) -> IngestSummary:
    """Store processed documents with a progress bar (on a terminal) and print the summary."""
    store = open_store(db)
    try:
        bar_off = not progress_to.isatty()
        with tqdm(desc="ingest", unit=" docs", file=progress_to, disable=bar_off) as bar:
            summary = store.ingest(docs, progress=lambda _doc: bar.update(1))
    finally:
        store.close()
    out.write(format_summary(summary) + "\n")
    return summary


def format_summary(summary: IngestSummary) -> str:
    """``12 documents (10 added, 1 replaced, 1 unchanged), 25 events; rejected: empty 1``."""
    rejected = sum(summary.rejections.values())
    line = (
        f"{summary.documents} documents ({summary.added} added, {summary.replaced} replaced,"
        f" {summary.unchanged} unchanged, {rejected} rejected), {summary.events} events"
    )
    if summary.rejections:
        codes = ", ".join(f"{code} {n}" for code, n in summary.rejections.items())
        line += f"; rejections: {codes}"
    return line


def run_export(db: str | None, fmt: str, query: EventQuery, out: TextIO) -> int:
    """Write every stored event matching ``query``; returns how many were written."""
    store = open_store(db, readonly=True)
    try:
        return write_events(store.iter_events(query), fmt, out)
    finally:
        store.close()


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``minlon,minlat,maxlon,maxlat`` as four floats (ValueError otherwise)."""
    parts = [float(part) for part in text.split(",")]
    if len(parts) != 4:
        raise ValueError(f"a bbox is minlon,minlat,maxlon,maxlat, got {text!r}")
    minlon, minlat, maxlon, maxlat = parts
    if not (-180 <= minlon <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise ValueError(f"not a bbox of minlon,minlat,maxlon,maxlat degrees: {text!r}")
    return minlon, minlat, maxlon, maxlat


# -- command line ---------------------------------------------------------------------

_DB_HELP = "a SQLite file (default ./sitrep.db) or a postgresql:// URL"


def add_store_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sitrep ingest`` and ``sitrep export`` to the command line."""
    from sitrep.ingest import DEFAULT_MAX_BYTES

    ingest = commands.add_parser(
        "ingest",
        help="extract events from files and store them in a database",
        description="Run the extraction pipeline over the inputs (as `sitrep extract` reads "
        "them) and store documents, events and rejections. Documents are keyed by id and "
        "content hash: ingesting the same input again adds nothing, a changed document "
        "replaces its events. Each document is committed on its own, so an interrupted run "
        "loses nothing already stored and a rerun completes it.",
    )
    ingest.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or '-'")
    ingest.add_argument("--db", help=_DB_HELP)
    ingest.add_argument("--published", type=_date, help="reference date YYYY-MM-DD")
    ingest.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"largest document accepted, in bytes (default {DEFAULT_MAX_BYTES})",
    )
    ingest.set_defaults(func=cmd_ingest)

    export = commands.add_parser(
        "export",
        help="write stored events as CSV, GeoJSON or JSONL",
        description="Every stored event matching the filters, newest first: csv in ACLED's "
        "column order then sitrep's columns, geojson as a FeatureCollection of points "
        "(events without coordinates are left out), or jsonl with one event per line.",
    )
    export.add_argument("--db", help=_DB_HELP)
    export.add_argument("--format", choices=sorted(WRITERS), required=True)
    _add_filters(export)
    export.set_defaults(func=cmd_export)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bbox", type=_bbox, metavar="MINLON,MINLAT,MAXLON,MAXLAT", help="events inside a box"
    )
    parser.add_argument("--from", dest="date_from", type=_date, help="events on or after")
    parser.add_argument("--to", dest="date_to", type=_date, help="events on or before")
    parser.add_argument("--event-type", help="ACLED event type, e.g. Battles")
    parser.add_argument("--sub-event-type", help="ACLED sub-event type, e.g. Armed clash")
    parser.add_argument("--actor", help="part of an actor's name (any case)")
    parser.add_argument("--claim", choices=CLAIM_STATUSES, help="claim status")
    parser.add_argument("--q", help="words that must all occur in the document's text")


def cmd_ingest(args: argparse.Namespace) -> int:
    from sitrep.cli import extracted

    docs = extracted(args.paths, args.published, args.max_bytes)
    try:
        run_ingest(docs, args.db, sys.stdout, sys.stderr)
    except StoreError as err:
        sys.stderr.write(f"sitrep ingest: {err}\n")
        return 2
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    query = EventQuery(
        bbox=args.bbox,
        date_from=args.date_from,
        date_to=args.date_to,
        event_type=args.event_type,
        sub_event_type=args.sub_event_type,
        actor=args.actor,
        claim=args.claim,
        q=args.q,
    )
    try:
        run_export(args.db, args.format, query, sys.stdout)
    except StoreError as err:
        sys.stderr.write(f"sitrep export: {err}\n")
        return 2
    return 0


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from err


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        return parse_bbox(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err
