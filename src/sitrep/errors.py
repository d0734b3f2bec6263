"""sitrep's error catalogue: one base class, a few kinds, stable codes.

A `SitrepError` raised inside a stage becomes the document's `Rejection`
(its ``code`` and message) and the batch goes on.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""

    code = "error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class InputError(SitrepError):
    """The input cannot be read as a document (empty, binary, undecodable…)."""

    code = "bad_input"


class PipelineError(SitrepError):
    """The pipeline was assembled wrongly (a stage's requirement is unmet)."""

    code = "pipeline"


# Stable rejection codes, documented in docs/contract.md.
EMPTY = "empty"
BINARY = "binary"
INVALID_ENCODING = "invalid_encoding"
TOO_LARGE = "too_large"
MALFORMED_JSON = "malformed_json"
MISSING_FIELD = "missing_field"
UNREADABLE = "unreadable"
TRUNCATED = "truncated"
TOO_DEEP = "too_deep"
INTERNAL = "internal_error"
