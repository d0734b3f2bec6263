"""Hostile input through the real command: typed rejections, bounded time and memory.

The big files are generated here, in the test's temporary folder, never
committed. Peak memory is the child's own maximum resident size, as
``wait4`` reports it.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from ingest_inputs import EVIL, news_page

from sitrep import errors

GOOD = "On 5 June 2023, Russian forces shelled Kherson city. Two civilians were killed.\n"
MB = 1024 * 1024
TIME_LIMIT_S = 120
MEMORY_LIMIT_KB = 2 * 1024 * 1024
BAD = {
    "empty.txt": errors.EMPTY,
    "binary.txt": errors.BINARY,
    "invalid-utf8.txt": errors.INVALID_ENCODING,
    "deep.html": errors.TOO_DEEP,
    "random-30mb.txt": errors.TOO_LARGE,
    "line-20mb.txt": errors.TOO_LARGE,
}


def _hostile_folder(root: Path) -> Path:
    folder = root / "hostile"
    folder.mkdir()
    rng = random.Random(2023)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01" + rng.randbytes(4096))
    (folder / "invalid-utf8.txt").write_bytes("Удар по Херсону".encode() + b"\xc3\x28 \xff")
    lines = json.dumps({"id": "ok-1", "text": GOOD}) + "\n" + '{"id": "broken", "text": "x\n'
    (folder / "lines.jsonl").write_text(lines + json.dumps({"id": "ok-2", "text": GOOD}) + "\n")
    deep = "<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000 + "</body></html>"
    (folder / "deep.html").write_text(deep, encoding="utf-8")
    (folder / "scripted.html").write_text(news_page(), encoding="utf-8")
    with (folder / "random-30mb.txt").open("wb") as handle:
        for _ in range(30):
            handle.write(rng.randbytes(MB))
    with (folder / "line-20mb.txt").open("wb") as handle:
        for _ in range(20):
            handle.write(b"Kherson shelled " * (MB // 16))
    return folder


def _run_measured(args: list[str], cwd: Path) -> tuple[int, str, str, int, float]:
    """Run the command; return status, stdout, stderr, peak RSS in KiB and seconds."""
    out, err = cwd / "stdout.txt", cwd / "stderr.txt"
    start = time.monotonic()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen(args, cwd=cwd, stdout=stdout, stderr=stderr)
        killer = threading.Timer(TIME_LIMIT_S * 2, child.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            killer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - start
    return (
        child.returncode,
        out.read_text("utf-8"),
        err.read_text("utf-8"),
        usage.ru_maxrss,
        elapsed,
    )


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("hostile")
    _hostile_folder(root)
    command = [sys.executable, "-m", "sitrep.cli", "extract", "hostile", "--format", "jsonl"]
    status, stdout, stderr, peak_kb, elapsed = _run_measured(command, root)
    records = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    return {"status": status, "stderr": stderr, "records": records, "peak": peak_kb, "s": elapsed}


def test_run_succeeds_without_traceback(hostile_run: dict[str, Any]) -> None:
    assert hostile_run["status"] == 0, hostile_run["stderr"]
    assert "Traceback" not in hostile_run["stderr"]


def test_run_is_fast_and_small(hostile_run: dict[str, Any]) -> None:
    assert hostile_run["s"] < TIME_LIMIT_S
    assert hostile_run["peak"] < MEMORY_LIMIT_KB


def test_one_rejected_line_per_bad_file(hostile_run: dict[str, Any]) -> None:
    records = hostile_run["records"]
    for name, code in BAD.items():
        mine = [r for r in records if r["id"] == f"hostile/{name}"]
        assert len(mine) == 1, name
        assert mine[0]["rejected"]["code"] == code, name
        assert mine[0]["events"] == []


def test_malformed_jsonl_line_is_rejected_alone(hostile_run: dict[str, Any]) -> None:
    by_id = {r["id"]: r for r in hostile_run["records"]}
    assert by_id["hostile/lines.jsonl#2"]["rejected"]["code"] == errors.MALFORMED_JSON
    assert by_id["ok-1"]["rejected"] is None
    assert by_id["ok-2"]["rejected"] is None


def test_scripted_page_is_read_without_its_scripts(hostile_run: dict[str, Any]) -> None:
    [page] = [r for r in hostile_run["records"] if r["id"] == "hostile/scripted.html"]
    assert page["rejected"] is None
    document = json.dumps(page["document"])
    assert EVIL not in document
    assert "<script" not in document
    assert "onerror" not in document
    assert "Kherson" in page["document"]["text"]


def test_every_file_has_its_lines_in_sorted_order(hostile_run: dict[str, Any]) -> None:
    ids = [r["id"] for r in hostile_run["records"]]
    assert ids == [
        "hostile/binary.txt",
        "hostile/deep.html",
        "hostile/empty.txt",
        "hostile/good.txt",
        "hostile/invalid-utf8.txt",
        "hostile/line-20mb.txt",
        "ok-1",
        "hostile/lines.jsonl#2",
        "ok-2",
        "hostile/random-30mb.txt",
        "hostile/scripted.html",
    ]
