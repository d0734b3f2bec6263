"""Format readers: bytes in, Documents (or rejections) out."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from sitrep import errors
from sitrep.errors import InputError
from sitrep.schema import Document, Rejection

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = (".txt", ".jsonl")
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))
_METADATA = ("url", "title", "published", "language", "source")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?\Z")


def rejected(doc_id: str, path: str | None, code: str, message: str) -> Document:
    """A placeholder Document that carries only its rejection."""
    return Document(id=doc_id, raw="", path=path, rejection=Rejection("ingest", code, message))


def decode(data: bytes) -> str:
    """Decode input bytes as UTF-8 (with or without BOM), rejecting binary data."""
    if not data.strip():
        raise InputError("the input is empty", errors.EMPTY)
    sample = data[:4096]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) // 10:
        raise InputError("the input looks like binary data, not text", errors.BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"the input is not valid UTF-8 (byte {err.start})", errors.INVALID_ENCODING
        ) from err


def _text_document(doc_id: str, path: str | None, data: bytes, published: str | None) -> Document:
    try:
        raw = decode(data)
    except InputError as err:
        return rejected(doc_id, path, err.code, str(err))
    return Document(id=doc_id, raw=raw, path=path, published=published)


def _json_document(
    record: Any, fallback_id: str, path: str | None, published: str | None
) -> Document:
    if not isinstance(record, dict):
        return rejected(fallback_id, path, errors.MALFORMED_JSON, "a JSONL line must be an object")
    doc_id = str(record["id"]) if record.get("id") is not None else fallback_id
    text = record.get("text")
    if text is None and record.get("html") is not None:
        text = record["html"]
    if not isinstance(text, str):
        return rejected(doc_id, path, errors.MISSING_FIELD, 'a JSONL line needs "text" or "html"')
    if not text.strip():
        return rejected(doc_id, path, errors.EMPTY, "the document text is empty")
    problem = metadata_problem(record)
    if problem:
        return rejected(doc_id, path, errors.MALFORMED_JSON, problem)
    return Document(
        id=doc_id,
        raw=text,
        path=path,
        url=record.get("url"),
        title=record.get("title"),
        published=record.get("published") or published,
        language=record.get("language"),
        source=record.get("source"),
    )


def metadata_problem(record: dict[str, Any]) -> str | None:
    """Why a JSONL line's metadata breaks the contract, or None.

    Metadata passes through to the output, so a non-string title or a
    ``published`` that is not ISO 8601 would make an invalid output line.
    """
    for name in _METADATA:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return f'"{name}" must be a string, not {type(value).__name__}'
    published = record.get("published")
    if published and not is_iso_date(published):
        return f'"published" must be an ISO 8601 date or date-time, not {published!r}'
    return None


def is_iso_date(value: str) -> bool:
    """``YYYY-MM-DD`` or an ISO 8601 date-time, as the contract requires."""
    if not _ISO_DATE.match(value):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def read_jsonl_lines(
    lines: Iterable[bytes],
    path: str | None,
    published: str | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """One Document per JSONL line, ``<path>#<n>`` when a line has no id."""
    prefix = path or "-"
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fallback = f"{prefix}#{number}"
        if len(line) > max_bytes:
            yield rejected(
                fallback, path, errors.TOO_LARGE, f"line {number} exceeds {max_bytes} bytes"
            )
            continue
        try:
            record = json.loads(decode(line))
        except InputError as err:
            yield rejected(fallback, path, err.code, f"line {number}: {err}")
        except json.JSONDecodeError as err:
            yield rejected(fallback, path, errors.MALFORMED_JSON, f"line {number}: {err.msg}")
        else:
            yield _json_document(record, fallback, path, published)


def _read_file(path: Path, shown: str, published: str | None, max_bytes: int) -> Iterator[Document]:
    try:
        size = path.stat().st_size
        if size > max_bytes and path.suffix != ".jsonl":
            yield rejected(shown, shown, errors.TOO_LARGE, f"{size} bytes exceeds {max_bytes}")
            return
        if path.suffix == ".jsonl":
            with path.open("rb") as handle:
                yield from read_jsonl_lines(handle, shown, published, max_bytes)
            return
        data = path.read_bytes()
    except OSError as err:
        yield rejected(shown, shown, errors.UNREADABLE, f"{err.strerror or err}")
        return
    yield _text_document(shown, shown, data, published)


def read_paths(
    paths: Iterable[str], published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    """Documents from files and folders (recursed, sorted), in input order."""
    for shown in paths:
        path = Path(shown)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix in SUFFIXES:
                    yield from _read_file(child, str(child), published, max_bytes)
        elif path.exists():
            yield from _read_file(path, shown, published, max_bytes)
        else:
            yield rejected(shown, shown, errors.UNREADABLE, "no such file or folder")


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
        yield _text_document("-", "-", data, published)


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
