"""Load on the REST API while an ingest writes into the same SQLite database.

Usage: python bench/load_api.py [--clients 50] [--duration 30] [--corpus examples/]

Seeds a fresh database with the corpus, starts ``sitrep serve`` on it in its
own process, starts an ingest of the corpus (again and again, under new ids)
in another process, and runs N client threads that request ``/api/events``
with varied filters for the duration. Prints requests, errors, throughput and
latency percentiles, and how many documents the ingest stored meanwhile.
Only the standard library and sitrep itself are used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUERIES = (
    "",
    "limit=500",
    "event_type=Battles",
    "bbox=30,44,41,53",
    "from=2023-04-01&to=2023-06-30",
    "claim=claimed",
    "actor=Russia",
    "q=drones",
    "offset=5&limit=20",
    "sub_event_type=Air%2Fdrone%20strike&bbox=22,44,41,53",
)


@dataclass
class Tally:
    """What one client thread saw."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def client(base: str, deadline: float, seed: int, tally: Tally) -> None:
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        query = rng.choice(QUERIES)
        url = f"{base}/api/events" + (f"?{query}" if query else "")
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                json.load(response)
        except (urllib.error.URLError, OSError, json.JSONDecodeError) as err:
            tally.errors.append(f"{query}: {err}")
        else:
            tally.latencies.append(time.perf_counter() - started)


def ingest_round(db: str, corpus: list[str], number: int) -> int:
    """Extract and store the corpus once, ids prefixed with the round; returns documents added."""
    from sitrep.ingest import read_paths
    from sitrep.pipeline_factory import default_pipeline
    from sitrep.store import open_store

    docs = list(read_paths(corpus, None))
    for doc in docs:
        doc.id = f"load-{number}/{doc.id}"
    store = open_store(db)
    try:
        return store.ingest(default_pipeline().pipe(docs)).added
    finally:
        store.close()


def ingest_worker(db: str, corpus: list[str], duration: float) -> None:
    """Ingest the corpus under fresh ids, round after round, until the duration is up."""
    deadline = time.monotonic() + duration
    rounds = documents = 0
    while time.monotonic() < deadline:
        rounds += 1
        documents += ingest_round(db, corpus, rounds)
    print(json.dumps({"rounds": rounds, "documents": documents}))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"sitrep serve exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/api/stats", timeout=5):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise SystemExit("sitrep serve did not answer within 60 s")


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if values else 0.0


def run(args: argparse.Namespace) -> None:
    if args.db:
        measure(args, args.db)
        return
    with tempfile.TemporaryDirectory(prefix="sitrep-load-") as workdir:
        measure(args, str(Path(workdir) / "load.db"))


def measure(args: argparse.Namespace, db: str) -> None:
    ingest_round(db, args.corpus, 0)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "sitrep.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_until_up(base, server)
        ingest = subprocess.Popen(
            [sys.executable, __file__, "--ingest-worker", "--db", db,
             "--duration", str(args.duration), *args.corpus],
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        deadline = time.monotonic() + args.duration
        tallies = [Tally() for _ in range(args.clients)]
        threads = [
            threading.Thread(target=client, args=(base, deadline, i, tally))
            for i, tally in enumerate(tallies)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        ingest_out, _ = ingest.communicate(timeout=600)
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(tallies, elapsed, args, ingest_out, ingest.returncode)


def report(
    tallies: list[Tally], elapsed: float, args: argparse.Namespace, ingest_out: str, status: int
) -> None:
    latencies = sorted(x for t in tallies for x in t.latencies)
    errors = [e for t in tallies for e in t.errors]
    requests = len(latencies) + len(errors)
    ingested = json.loads(ingest_out.strip().splitlines()[-1]) if status == 0 else None
    print(f"clients            {args.clients} threads, {elapsed:.1f} s, GET /api/events")
    print(f"requests           {requests} ({requests / elapsed:.1f}/s)")
    print(f"errors             {len(errors)}")
    if latencies:
        p50, p95, p99 = (percentile(latencies, q) * 1000 for q in (50, 95, 99))
        print(f"latency ms         p50 {p50:.0f}  p95 {p95:.0f}  p99 {p99:.0f}  "
              f"max {latencies[-1] * 1000:.0f}")  # fmt: skip
    if ingested is None:
        print(f"ingest             FAILED (exit status {status})")
    else:
        documents, rounds = ingested["documents"], ingested["rounds"]
        print(f"ingest meanwhile   {documents} documents stored in {rounds} rounds")
    for error in errors[:5]:
        print(f"  error: {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=[str(REPO / "examples")])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--db", help="SQLite file (default: a fresh one in a temporary folder)")
    parser.add_argument("--ingest-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ingest_worker:
        ingest_worker(args.db, args.corpus, args.duration)
    else:
        os.environ.setdefault("PYTHONUNBUFFERED", "1")
        run(args)


if __name__ == "__main__":
    main()
