"""WARC archives (plain or gzipped): one document per HTML response record.

Crawls are large, so records are streamed through fastwarc and each one is
held in memory only while it is read, up to ``max_bytes``. A crawl cut off
mid-write is common; the records before the cut are still good documents,
and the cut itself becomes one ``truncated`` rejection so nothing is
silently missing from the output.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from sitrep import errors
from sitrep.ingest.base import rejected
from sitrep.ingest.html import html_document
from sitrep.schema import Document

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class _Truncated(Exception):
    """The archive ends inside record ``number``."""

    def __init__(self, message: str, number: int) -> None:
        super().__init__(message)
        self.number = number


def read_warc(path: Path, shown: str, published: str | None, max_bytes: int) -> Iterator[Document]:
    """Documents from the archive's HTML responses, then a rejection if it was cut short."""
    found = 0
    number = 0
    try:
        with path.open("rb") as handle:
            for number, record in enumerate(ArchiveIterator(handle, parse_http=False), start=1):
                doc = _record_document(record, number, shown, published, max_bytes)
                if doc is not None:
                    found += 1
                    yield doc
    except _Truncated as err:
        yield rejected(f"{shown}#{err.number}", shown, errors.TRUNCATED, str(err))
        return
    except OSError as err:
        message = f"the archive cannot be read after record {number}: {err}"
        yield rejected(f"{shown}#{number + 1}", shown, errors.TRUNCATED, message)
        return
    if not found:
        yield rejected(shown, shown, errors.EMPTY, "the archive holds no HTML response record")


def _record_document(
    record: WarcRecord, number: int, shown: str, published: str | None, max_bytes: int
) -> Document | None:
    """The record's page as a Document; None for records that are not HTML pages."""
    declared = record.headers.get("Content-Length")
    if declared is None or not declared.strip().isdigit():
        raise _Truncated(f"the archive ends inside the header of record {number}", number)
    if record.record_type != WarcRecordType.response:
        return None
    record_id = (record.record_id or "").strip("<>") or str(number)
    doc_id = f"{shown}#{record_id}"
    if int(declared) > max_bytes:
        return rejected(doc_id, shown, errors.TOO_LARGE, f"{declared} bytes exceeds {max_bytes}")
    block = record.reader.read()
    if len(block) < int(declared):
        message = f"the archive ends inside record {number} ({len(block)} of {declared} bytes)"
        raise _Truncated(message, number)
    record.set_bytes_content(block)
    try:
        record.parse_http(auto_decode="all")
    except OSError:
        return None
    if not _is_html_page(record):
        return None
    url = record.headers.get("WARC-Target-URI") or None
    date = record.record_date.isoformat() if record.record_date else None
    doc = html_document(
        doc_id, shown, record.reader.read(), date or published, record.http_charset, url
    )
    if doc.rejection is None:
        doc.url = url or doc.url
    return doc


def _is_html_page(record: WarcRecord) -> bool:
    """A successful HTTP response whose body is HTML."""
    headers = record.http_headers
    if headers is None or not 200 <= (headers.status_code or 0) < 300:
        return False
    return (record.http_content_type or "").lower() in _HTML_TYPES
