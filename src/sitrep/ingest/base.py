"""What every reader shares: the size limit, rejections and date checks."""

from __future__ import annotations

import datetime as dt
import re

from sitrep.schema import Document, Rejection

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?\Z")


def rejected(doc_id: str, path: str | None, code: str, message: str) -> Document:
    """A placeholder Document that carries only its rejection."""
    return Document(id=doc_id, raw="", path=path, rejection=Rejection("ingest", code, message))


def is_iso_date(value: str) -> bool:
    """``YYYY-MM-DD`` or an ISO 8601 date-time, as the contract requires."""
    if not _ISO_DATE.match(value):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def iso_or_none(value: object) -> str | None:
    """``value`` when it is a contract-valid date, else None (metadata is optional)."""
    return value if isinstance(value, str) and is_iso_date(value) else None
