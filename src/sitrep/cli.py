"""The `sitrep` command line: a thin shell over the library (see CONTRACT.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator, Sequence

from sitrep.export import output_record
from sitrep.ingest import read_paths, read_stdin
from sitrep.schema import Document


def _date(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from err
    return value


def read_inputs(paths: Sequence[str], published: str | None) -> Iterator[Document]:
    """Documents from the given paths, with ``-`` or no path meaning standard input."""
    for path in paths or ["-"]:
        if path == "-":
            yield from read_stdin(sys.stdin.buffer, published)
        else:
            yield from read_paths([path], published)


def extracted(paths: Sequence[str], published: str | None) -> Iterator[Document]:
    from sitrep.pipeline_factory import default_pipeline

    yield from default_pipeline().pipe(read_inputs(paths, published))


def cmd_extract(args: argparse.Namespace) -> int:
    docs = extracted(args.paths, args.published)
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
    from sitrep.errors import SitrepError
    from sitrep.eval.acled import evaluate_acled, print_report

    try:
        report = evaluate_acled(args.file, limit=args.limit)
    except SitrepError as err:
        sys.stderr.write(f"sitrep eval: {err}\n")
        return 2
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        print_report(report, sys.stdout)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitrep",
        description="Turn war reporting into structured, geolocated, evidence-linked events.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract",
        help="extract events from files, folders or standard input",
        description="Read .txt and .jsonl files (folders are recursed; '-' or no path reads "
        "standard input) and write one JSON line per document, in input order.",
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
    extract.set_defaults(func=cmd_extract)

    demo = commands.add_parser(
        "demo", help="extract events and print a readable summary of each document"
    )
    demo.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or '-'")
    demo.add_argument("--published", type=_date, help="reference date YYYY-MM-DD")
    demo.set_defaults(func=cmd_demo)

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
