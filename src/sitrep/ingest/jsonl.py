"""JSONL: one document per line, ``{"id", "text" | "html", ...}`` (CONTRACT.md).

Lines are read with a bounded buffer, so one enormous line costs a rejection,
not the machine's memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from sitrep import errors
from sitrep.errors import InputError
from sitrep.ingest.base import DEFAULT_MAX_BYTES, is_iso_date, rejected
from sitrep.ingest.encoding import decode_bytes
from sitrep.ingest.html import parse_page
from sitrep.schema import Document

_METADATA = ("url", "title", "published", "language", "source")
_CHUNK = 1024 * 1024


def bounded_lines(handle: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """The stream's lines; None stands for a line longer than ``max_bytes`` (skipped)."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(_CHUNK)
        yield None


def read_jsonl_lines(
    lines: Iterable[bytes | None],
    path: str | None,
    published: str | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """One Document per JSONL line, ``<path>#<n>`` when a line has no id."""
    prefix = path or "-"
    for number, line in enumerate(lines, start=1):
        fallback = f"{prefix}#{number}"
        if line is None or len(line) > max_bytes:
            message = f"line {number} exceeds {max_bytes} bytes"
            yield rejected(fallback, path, errors.TOO_LARGE, message)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(decode_bytes(line))
        except InputError as err:
            yield rejected(fallback, path, err.code, f"line {number}: {err}")
        except (json.JSONDecodeError, RecursionError) as err:
            message = err.msg if isinstance(err, json.JSONDecodeError) else "nested too deeply"
            yield rejected(fallback, path, errors.MALFORMED_JSON, f"line {number}: {message}")
        else:
            yield json_document(record, fallback, path, published)


def json_document(
    record: Any, fallback_id: str, path: str | None, published: str | None
) -> Document:
    """A Document from one parsed JSONL line; an ``html`` field goes through the HTML reader."""
    if not isinstance(record, dict):
        return rejected(fallback_id, path, errors.MALFORMED_JSON, "a JSONL line must be an object")
    raw_id = record.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        return rejected(fallback_id, path, errors.MALFORMED_JSON, '"id" must be a string or number')
    doc_id = str(raw_id) if raw_id is not None and str(raw_id) != "" else fallback_id
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return rejected(doc_id, path, errors.MISSING_FIELD, 'a JSONL line needs "text" or "html"')
    problem = metadata_problem(record)
    if problem:
        return rejected(doc_id, path, errors.MALFORMED_JSON, problem)
    doc = Document(id=doc_id, raw="", path=path, published=record.get("published") or published)
    if isinstance(text, str):
        doc.raw = text
    else:
        try:
            page = parse_page(str(html), record.get("url"))
        except InputError as err:
            return rejected(doc_id, path, err.code, str(err))
        doc.raw, doc.caption, doc.source = page.text, page.caption, page.source
        doc.title, doc.url = page.title, page.url
        doc.published = record.get("published") or page.published or published
    if not doc.raw.strip():
        return rejected(doc_id, path, errors.EMPTY, "the document text is empty")
    for name in ("url", "title", "language", "source"):
        if record.get(name):
            setattr(doc, name, record[name])
    return doc


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
