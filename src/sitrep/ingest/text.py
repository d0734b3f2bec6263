"""Plain-text files: one document each, encoding detected."""

from __future__ import annotations

from sitrep.errors import InputError
from sitrep.ingest.base import rejected
from sitrep.ingest.encoding import decode_bytes
from sitrep.schema import Document


def text_document(doc_id: str, path: str | None, data: bytes, published: str | None) -> Document:
    """The whole input as one document's raw text, or a rejection saying why not."""
    try:
        raw = decode_bytes(data)
    except InputError as err:
        return rejected(doc_id, path, err.code, str(err))
    return Document(id=doc_id, raw=raw, path=path, published=published)
