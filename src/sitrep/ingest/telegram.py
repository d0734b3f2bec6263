"""Telegram Desktop exports (``result.json``): one document per channel post.

Much front-line reporting is published first on Telegram. An export is one
JSON object ``{"name", "type", "id", "messages": [...]}``; each message's
text is either a string or a list of plain strings and entity objects
(bold, links, hashtags…), which are flattened to plain text since offsets
must point into one string. Service messages (channel created, pinned…)
and posts without text (a bare photo) are not documents and are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sitrep import errors
from sitrep.ingest.base import iso_or_none, rejected
from sitrep.schema import Document


def looks_like_telegram(head: bytes) -> bool:
    """The start of a file is a JSON object with a ``messages`` list near the top."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"{") and b'"messages"' in head


def read_telegram(data: bytes, shown: str, published: str | None) -> Iterator[Document]:
    """Documents from an export's bytes; one rejection when the export is unusable."""
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        message = f"a Telegram export must be UTF-8 (byte {err.start})"
        yield rejected(shown, shown, errors.INVALID_ENCODING, message)
        return
    except (json.JSONDecodeError, RecursionError) as err:
        message = err.msg if isinstance(err, json.JSONDecodeError) else "nested too deeply"
        yield rejected(shown, shown, errors.MALFORMED_JSON, f"not a JSON export: {message}")
        return
    messages = export.get("messages") if isinstance(export, dict) else None
    if not isinstance(messages, list):
        yield rejected(shown, shown, errors.MISSING_FIELD, 'the export has no "messages" list')
        return
    channel = export.get("name") if isinstance(export.get("name"), str) else None
    found = 0
    for number, message in enumerate(messages, start=1):
        doc = message_document(message, number, shown, channel, published)
        if doc is not None:
            found += 1
            yield doc
    if not found:
        yield rejected(shown, shown, errors.EMPTY, "the export holds no message with text")


def message_document(
    message: Any, number: int, shown: str, channel: str | None, published: str | None
) -> Document | None:
    """The Document for one message; None for service messages and posts without text."""
    if not isinstance(message, dict) or message.get("type", "message") != "message":
        return None
    entities = message.get("text_entities")
    text = flatten_text(entities if isinstance(entities, list) else message.get("text"))
    if not text.strip():
        return None
    message_id = message.get("id")
    doc_id = f"{shown}#{message_id if isinstance(message_id, int | str) else number}"
    return Document(
        id=doc_id,
        raw=text,
        path=shown,
        published=iso_or_none(message.get("date")) or published,
        source=_source(channel, message.get("forwarded_from")),
    )


def flatten_text(value: Any) -> str:
    """Plain text from a message's ``text``: a string, or strings and entity objects."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
    return "".join(parts)


def _source(channel: str | None, forwarded_from: Any) -> str | None:
    """The channel, naming the original channel of a forwarded post."""
    if not isinstance(forwarded_from, str) or not forwarded_from.strip():
        return channel
    if not channel:
        return forwarded_from
    return f"{channel} (forwarded from {forwarded_from})"
