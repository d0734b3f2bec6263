"""``sitrep serve`` as a user runs it: options, refusals and a real uvicorn process."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from serve_helpers import EVENT_COUNT, free_port

from sitrep.cli import build_parser
from sitrep.serve.command import TOKEN_VARIABLE, cmd_serve


def test_serve_refuses_a_missing_database(sitrep: Callable, tmp_path: Path) -> None:
    run = sitrep("serve", "--db", "missing.db", cwd=tmp_path)
    assert run.status == 2
    assert "no sitrep database" in run.stderr


def test_ingest_over_http_needs_a_token(sitrep: Callable, tmp_path: Path) -> None:
    run = sitrep("serve", "--db", "any.db", "--allow-ingest", cwd=tmp_path)
    assert run.status == 2
    assert "--token" in run.stderr
    assert not (tmp_path / "any.db").exists()


def test_the_token_variable_alone_leaves_serve_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(TOKEN_VARIABLE, "s3cret")
    args = build_parser().parse_args(["serve", "--db", str(tmp_path / "missing.db")])
    assert cmd_serve(args) == 2
    stderr = capsys.readouterr().err
    assert "no sitrep database" in stderr and "--token" not in stderr
    assert not (tmp_path / "missing.db").exists(), "opened read-only, never created"


def test_token_without_allow_ingest_is_refused(sitrep: Callable, tmp_path: Path) -> None:
    run = sitrep("serve", "--db", "any.db", "--token", "s3cret", cwd=tmp_path)
    assert run.status == 2
    assert "--allow-ingest" in run.stderr


def test_serve_binds_localhost_and_answers(hand_db: Path, tmp_path: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "sitrep.cli", "serve", "--db", str(hand_db), "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stats = _get_when_up(f"http://127.0.0.1:{port}/api/stats", server)
        assert stats["total"] == EVENT_COUNT
    finally:
        server.terminate()
        out, err = server.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in out, err


def _get_when_up(url: str, server: subprocess.Popen[str]) -> dict:
    deadline = time.monotonic() + 30
    while True:
        assert server.poll() is None, server.communicate()
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                body: dict = json.load(response)
                return body
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
