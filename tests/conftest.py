"""Shared fixtures: running the real `sitrep` command in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@dataclass(frozen=True)
class Run:
    """What one `sitrep` invocation returned."""

    status: int
    stdout: str
    stderr: str

    def records(self) -> list[dict[str, Any]]:
        """The JSONL output lines, parsed."""
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def sitrep() -> Callable[..., Run]:
    """Run ``python -m sitrep.cli ARGS`` in ``cwd``, as a user would from a shell."""

    def run(*args: str, cwd: Path, stdin: bytes = b"") -> Run:
        done = subprocess.run(
            [sys.executable, "-m", "sitrep.cli", *args],
            input=stdin,
            capture_output=True,
            cwd=cwd,
            timeout=600,
            check=False,
        )
        return Run(
            done.returncode,
            done.stdout.decode("utf-8"),
            done.stderr.decode("utf-8", errors="replace"),
        )

    return run
