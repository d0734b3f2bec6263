"""JSONL: "html" lines go through the HTML reader; huge lines are skipped, not loaded."""

from __future__ import annotations

import io
import json
from pathlib import Path

from ingest_inputs import CAPTION, EVIL, news_page

from sitrep import errors
from sitrep.ingest import read_paths, read_stdin
from sitrep.ingest.jsonl import bounded_lines

GOOD = "On 5 June 2023, Russian forces shelled Kherson city. Two civilians were killed."


def test_html_line_is_extracted_and_own_metadata_wins(tmp_path: Path) -> None:
    line = {"id": "p", "html": news_page(), "url": "https://mirror.example.org/p"}
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    [doc] = list(read_paths([str(path)]))
    assert doc.rejection is None
    assert EVIL not in doc.raw
    assert "Russian forces shelled Kherson city" in doc.raw
    assert doc.caption == CAPTION
    assert doc.url == "https://mirror.example.org/p"
    assert doc.title == "Russian shelling kills two in Kherson"
    assert doc.published == "2023-06-05"


def test_html_line_without_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "e", "html": "<html><body></body></html>"}) + "\n")
    [doc] = list(read_paths([str(path)]))
    assert doc.rejection is not None
    assert doc.rejection.code == errors.EMPTY


def test_overlong_line_is_rejected_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"id": "huge", "text": "x" * 5000})
    path.write_text(huge + "\n" + json.dumps({"id": "small", "text": GOOD}) + "\n")
    docs = list(read_paths([str(path)], max_bytes=1000))
    assert [d.id for d in docs] == [f"{path}#1", "small"]
    assert docs[0].rejection is not None
    assert docs[0].rejection.code == errors.TOO_LARGE
    assert docs[1].rejection is None


def test_bounded_lines_never_hold_more_than_the_limit() -> None:
    stream = io.BytesIO(b"short\n" + b"y" * 10_000 + b"\nlast")
    assert list(bounded_lines(stream, 100)) == [b"short\n", None, b"last"]


def test_stdin_in_cp1251_is_decoded() -> None:
    text = "Російські війська обстріляли Херсон. Загинули двоє цивільних."
    [doc] = list(read_stdin(io.BytesIO(text.encode("cp1251"))))
    assert doc.raw == text
