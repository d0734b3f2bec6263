"""The ingest dispatcher: paths and standard input → Documents, in input order.

Each format has its own small reader module; this one only decides which
reader a file needs (`sniff`), applies the size limits and guarantees the
promise every caller relies on: nothing a file contains can stop the batch.
Containers (JSONL, WARC) are streamed record by record, so their size is
unlimited; single documents over ``max_bytes`` are rejected from their
size alone, without being read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from sitrep import errors
from sitrep.ingest.base import DEFAULT_MAX_BYTES, rejected
from sitrep.ingest.detect import Format, sniff, wanted_in_folder
from sitrep.ingest.html import html_document
from sitrep.ingest.jsonl import bounded_lines, read_jsonl_lines
from sitrep.ingest.telegram import read_telegram
from sitrep.ingest.text import text_document
from sitrep.ingest.warc import read_warc
from sitrep.schema import Document

__all__ = ["DEFAULT_MAX_BYTES", "read_file", "read_paths", "read_stdin", "rejected"]

_HEAD_BYTES = 64 * 1024
# A Telegram export is one JSON object read whole; allow it more than a page.
TELEGRAM_SIZE_FACTOR = 10


def read_paths(
    paths: Iterable[str], published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    """Documents from files and folders (recursed, sorted), in input order."""
    for shown in paths:
        path = Path(shown)
        if path.is_dir():
            yield from _read_folder(path, published, max_bytes)
        elif path.exists():
            yield from read_file(path, shown, published, max_bytes)
        else:
            yield rejected(shown, shown, errors.UNREADABLE, "no such file or folder")


def _read_folder(folder: Path, published: str | None, max_bytes: int) -> Iterator[Document]:
    try:
        files = sorted(p for p in folder.rglob("*") if p.is_file() and wanted_in_folder(p))
    except OSError as err:
        shown = str(folder)
        yield rejected(shown, shown, errors.UNREADABLE, f"the folder cannot be listed: {err}")
        return
    for child in files:
        yield from read_file(child, str(child), published, max_bytes)


def read_file(
    path: Path, shown: str, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    """Documents from one file, whatever it holds; ``shown`` is the path as given."""
    try:
        yield from _read_by_format(path, shown, published, max_bytes)
    except OSError as err:
        yield rejected(shown, shown, errors.UNREADABLE, f"{err.strerror or err}")
    except Exception as err:  # a reader bug on strange input must not end the batch
        message = f"the reader failed: {type(err).__name__}: {err}"
        yield rejected(shown, shown, errors.INTERNAL, message)


def _read_by_format(
    path: Path, shown: str, published: str | None, max_bytes: int
) -> Iterator[Document]:
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        head = handle.read(_HEAD_BYTES)
        fmt = sniff(path.name, head)
        if fmt is Format.WARC:
            yield from read_warc(path, shown, published, max_bytes)
            return
        if fmt is Format.JSONL:
            handle.seek(0)
            lines = bounded_lines(handle, max_bytes)
            yield from read_jsonl_lines(lines, shown, published, max_bytes)
            return
        if fmt is Format.OTHER_JSON:
            message = "a .json input must be a Telegram Desktop export; use .jsonl for lines"
            yield rejected(shown, shown, errors.MALFORMED_JSON, message)
            return
        limit = max_bytes * (TELEGRAM_SIZE_FACTOR if fmt is Format.TELEGRAM else 1)
        data = _bounded_read(handle, head, size, limit)
    if data is None:
        yield rejected(shown, shown, errors.TOO_LARGE, f"the file exceeds {limit} bytes")
    elif fmt is Format.TELEGRAM:
        yield from read_telegram(data, shown, published)
    elif fmt is Format.HTML:
        yield html_document(shown, shown, data, published)
    else:
        yield text_document(shown, shown, data, published)


def _bounded_read(handle: BinaryIO, head: bytes, size: int, limit: int) -> bytes | None:
    """The whole file, or None when it exceeds ``limit`` (known from its size when it can)."""
    if size > limit:
        return None
    data = head + handle.read(limit + 1 - len(head))
    return None if len(data) > limit else data


def read_stdin(
    stream: BinaryIO, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    """Standard input: JSONL when every line is a JSON object, else one text."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield rejected("-", "-", errors.TOO_LARGE, f"standard input exceeds {max_bytes} bytes")
        return
    lines = [line for line in data.splitlines() if line.strip()]
    if lines and all(_is_json_object(line) for line in lines):
        yield from read_jsonl_lines(data.splitlines(), "-", published, max_bytes)
    else:
        yield text_document("-", "-", data, published)


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        return False
