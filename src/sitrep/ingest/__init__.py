"""Read inputs into Documents: plain text, JSONL and standard input.

Readers never raise on bad input: a file that cannot be read becomes a
Document carrying a typed `Rejection`, so the batch goes on.
"""

from sitrep.ingest.readers import DEFAULT_MAX_BYTES, read_paths, read_stdin

__all__ = ["DEFAULT_MAX_BYTES", "read_paths", "read_stdin"]
