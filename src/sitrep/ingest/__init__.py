"""Read inputs into Documents: text, HTML, WARC, JSONL, Telegram exports, stdin.

Readers never raise on bad input: a file that cannot be read becomes a
Document carrying a typed `Rejection`, so the batch goes on.
"""

from sitrep.ingest.base import DEFAULT_MAX_BYTES
from sitrep.ingest.readers import read_paths, read_stdin

__all__ = ["DEFAULT_MAX_BYTES", "read_paths", "read_stdin"]
