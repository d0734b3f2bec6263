"""``sitrep serve``: its options and how it starts uvicorn.

Kept apart from `sitrep.serve.api` so that building the CLI parser imports
neither FastAPI nor uvicorn.
"""

from __future__ import annotations

import argparse
import os
import sys

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
#: The environment variable ``--token`` falls back to, so a token need not show in ``ps``.
TOKEN_VARIABLE = "SITREP_INGEST_TOKEN"


def add_serve_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser(
        "serve",
        help="serve the REST API and the web map over a database",
        description="Answer GET / (the web map), /api/events, /api/events/{id}, "
        "/api/documents/{id}, /api/stats, /api/export.csv and /api/export.geojson, with "
        "OpenAPI docs at /docs. Read-only unless --allow-ingest is given with a token, "
        "which enables POST /api/ingest (JSONL body, 'Authorization: Bearer TOKEN').",
    )
    serve.add_argument(
        "--db", help="SQLite file (default ./sitrep.db) or postgresql:// URL", default=None
    )
    serve.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to bind (default {DEFAULT_HOST}: this machine only)",
    )
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})"
    )
    serve.add_argument(
        "--allow-ingest",
        action="store_true",
        help="accept POST /api/ingest from clients that send the token",
    )
    serve.add_argument(
        "--token",
        help=f"bearer token for POST /api/ingest (default: ${TOKEN_VARIABLE})",
    )
    serve.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    if args.token and not args.allow_ingest:
        sys.stderr.write("sitrep serve: --token has no effect without --allow-ingest\n")
        return 2
    # The variable alone never turns ingest on, nor stops a read-only server.
    token = (args.token or os.environ.get(TOKEN_VARIABLE) or None) if args.allow_ingest else None
    if args.allow_ingest and not token:
        sys.stderr.write(f"sitrep serve: --allow-ingest needs --token or ${TOKEN_VARIABLE}\n")
        return 2
    import uvicorn

    from sitrep.errors import SitrepError
    from sitrep.serve.api import create_app

    try:
        app = create_app(args.db, allow_ingest=args.allow_ingest, ingest_token=token)
    except SitrepError as err:
        sys.stderr.write(f"sitrep serve: {err}\n")
        return 2
    if args.host not in LOOPBACK:
        sys.stderr.write(
            f"sitrep serve: listening on {args.host}: anyone who can reach this machine "
            "can read the database\n"
        )
    host = f"[{args.host}]" if ":" in args.host else args.host
    sys.stdout.write(f"sitrep: serving the map at http://{host}:{args.port}/\n")
    sys.stdout.flush()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
