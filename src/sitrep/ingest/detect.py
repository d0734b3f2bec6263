"""Which reader a file needs, from its name and its first bytes.

Names lie: pages are saved as ``.txt``, exports renamed, archives gzipped
under any name. The content decides when it is unmistakable (a WARC header,
gzip magic, an HTML start tag, a Telegram export object); the extension
decides otherwise.
"""

from __future__ import annotations

import re
import zlib
from enum import Enum
from pathlib import Path

from sitrep.ingest.encoding import bom_encoding
from sitrep.ingest.telegram import looks_like_telegram

_GZIP_MAGIC = b"\x1f\x8b"
_HTML_START = ("<!doctype html", "<html", "<?xml")
_HTML_TAG = re.compile(r"<(html|head|body|meta|title|div|p|article|section|main|h1)\b")
_FOLDER_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz")
TELEGRAM_EXPORT_NAME = "result.json"


class Format(Enum):
    """The input formats sitrep reads (CONTRACT.md)."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    WARC = "warc"
    TELEGRAM = "telegram"
    OTHER_JSON = "json"


def wanted_in_folder(path: Path) -> bool:
    """Files a recursed folder contributes: known extensions and Telegram exports."""
    name = path.name.lower()
    return name.endswith(_FOLDER_SUFFIXES) or name == TELEGRAM_EXPORT_NAME


def sniff(name: str, head: bytes) -> Format:
    """The format of a file called ``name`` whose first bytes are ``head``."""
    lower = name.lower()
    if _is_warc(lower, head):
        return Format.WARC
    if lower.endswith(".jsonl"):
        return Format.JSONL
    if looks_like_telegram(head):
        return Format.TELEGRAM
    if lower.endswith(".json"):
        return Format.OTHER_JSON
    if lower.endswith((".html", ".htm")) or looks_like_html(head):
        return Format.HTML
    return Format.TEXT


def _is_warc(name: str, head: bytes) -> bool:
    if head.startswith(_GZIP_MAGIC):
        if name.endswith(".warc.gz"):
            return True
        try:
            start = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
        return start.startswith(b"WARC/")
    return head.lstrip().startswith(b"WARC/")


def looks_like_html(head: bytes) -> bool:
    """The text starts with markup: a doctype, ``<html>`` or a common page element."""
    encoding = bom_encoding(head)
    preview = head[:4096].decode(encoding or "latin-1", errors="ignore")
    preview = preview.lstrip("\ufeff \t\r\n").lower()
    if preview.startswith(_HTML_START[:2]):
        return True
    if preview.startswith("<?xml"):
        return "<html" in preview
    return preview.startswith("<") and _HTML_TAG.search(preview) is not None
