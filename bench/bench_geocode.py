"""Geocoding throughput: `sitrep geocode --jsonl`-style batches of free-text place queries.

Usage: python bench/bench_geocode.py [--n 20000] [--seed 1]

The queries are drawn from the shipped gazetteer itself (so the script needs
no ../shared): for a random sample of its settlements, the styles people
write — "Name, Oblast", "near Name", "Name (Oblast region)", the Cyrillic
name, a lower-case name, a misspelling — in one batch, resolved by the same
function `sitrep geocode --jsonl` calls. Prints the gazetteer's load time,
then lookups per second on a batch of queries it has not seen (after a
warm-up batch of other queries has loaded what is loaded once per process:
the morphology dictionaries, the fuzzy-search blocks), by wall clock and by
the process's CPU time (which another busy process on the machine disturbs
less), then the same batch again (answers of repeated names cached), and
peak memory; finally the `--jsonl` batch path with one and with two worker
processes over the batch twice (the second copy of each query is a new line
to geocode: workers keep no shared cache).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time

from sitrep.gazetteer import GazetteerEntry, SqliteGazetteer, artifact_path
from sitrep.resolve.query import geocode_lines, geocode_result


def queries(entries: list[GazetteerEntry], n: int, seed: int) -> list[str]:
    """``n`` queries in mixed styles for randomly chosen settlements of Ukraine and Russia."""
    rng = random.Random(seed)
    places = [e for e in entries if e.kind == "place" and e.country in ("UA", "RU") and e.admin1]
    return [_styled(rng.choice(places), rng) for _ in range(n)]


def _styled(entry: GazetteerEntry, rng: random.Random) -> str:
    style = rng.randrange(6)
    if style == 0:
        return f"{entry.name}, {entry.admin1}"
    if style == 1:
        return f"near {entry.name}"
    if style == 2:
        return f"{entry.name} ({entry.admin1} region)"
    if style == 3:
        return entry.name.lower()
    if style == 4 and len(entry.name) > 6:
        i = rng.randrange(1, len(entry.name) - 1)
        return entry.name[:i] + entry.name[i + 1 :]
    return entry.name


def timed(batch: list[str], gazetteer: SqliteGazetteer) -> tuple[float, float]:
    """Lookups per second over ``batch``: by wall clock, and by this process's CPU time."""
    wall, cpu = time.perf_counter(), time.process_time()
    for query in batch:
        geocode_result(query, gazetteer=gazetteer)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return len(batch) / wall, len(batch) / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="queries in the batch")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    gazetteer = SqliteGazetteer(artifact_path())
    load = time.perf_counter() - start
    size = artifact_path().stat().st_size / 1e6
    print(f"gazetteer: {artifact_path().name} {size:.1f} MB, loaded in {load:.2f} s")
    entries = gazetteer.entries()
    timed(queries(entries, 5_000, args.seed + 1), gazetteer)  # warm-up: other queries
    batch = queries(entries, args.n, args.seed)
    wall, cpu = timed(batch, gazetteer)
    print(f"geocode: {len(batch)} unseen queries, {wall:,.0f} lookups/s ({cpu:,.0f} per CPU s)")
    wall, cpu = timed(batch, gazetteer)
    print(f"         the same batch again, {wall:,.0f} lookups/s ({cpu:,.0f} per CPU s)")
    lines = [json.dumps({"id": i, "query": q}) for i, q in enumerate(batch * 2)]
    for workers in (1, 2):
        start = time.perf_counter()
        count = sum(1 for _ in geocode_lines(lines, workers=workers))
        rate = count / (time.perf_counter() - start)
        print(f"geocode --jsonl, {workers} worker(s): {count} lines, {rate:,.0f} lookups/s "
              "(start-up included)")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
