"""Ingest over HTTP: JSONL documents in, extracted and stored, one batch at a time.

Off unless the server is started with ``--allow-ingest`` and a token. Each
request is one run of a fresh pipeline (duplicate detection is per run), and
requests run one after another, so the store keeps a single writer.
"""

from __future__ import annotations

import threading

from sitrep.ingest.jsonl import read_jsonl_lines
from sitrep.store import IngestSummary, Store

#: Largest request body accepted by POST /api/ingest.
DEFAULT_MAX_BODY = 32 * 1024 * 1024


class HttpIngest:
    """Runs JSONL bodies through the extraction pipeline into the store."""

    def __init__(self, store: Store, token: str | None, max_bytes: int = DEFAULT_MAX_BODY):
        if not token:
            raise ValueError("ingest over HTTP needs a token")
        self.store = store
        self.token = token
        self.max_bytes = max_bytes
        self._lock = threading.Lock()

    def ingest_jsonl(self, body: bytes) -> IngestSummary:
        """Extract and store every JSONL line; bad lines are stored as rejections."""
        from sitrep.pipeline_factory import default_pipeline

        with self._lock:
            docs = read_jsonl_lines(body.splitlines(), None, None, self.max_bytes)
            return self.store.ingest(default_pipeline().pipe(docs))
