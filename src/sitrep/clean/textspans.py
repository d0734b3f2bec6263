"""Paragraph and sentence ranges of a text, as offsets (never copies).

Cleaning rules reason about paragraphs (a caption is a first paragraph, tags
are a last one) and sentence-like units (boilerplate repeats sentence by
sentence). They need positions to cut, so these helpers return ranges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_UNIT = re.compile(r"[^\s](?:[^\n]*?(?:[.!?…]+[\"'”»’)\]]*(?=\s|\Z))|[^\n]*?(?=[ \t]*(?:\n|\Z)))")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Range:
    """A half-open range ``[start, end)`` of a text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Range]:
    """Paragraphs (separated by blank lines) of ``text[start:end]``, stripped."""
    stop = len(text) if end is None else end
    found = []
    pos = start
    for gap in [*_BLANK_LINE.finditer(text, start, stop), None]:
        gap_start, gap_end = (gap.start(), gap.end()) if gap else (stop, stop)
        piece = text[pos:gap_start]
        body = piece.strip()
        if body:
            first = pos + len(piece) - len(piece.lstrip())
            found.append(Range(first, first + len(body)))
        pos = gap_end
    return found


def sentence_units(text: str, start: int, end: int) -> list[Range]:
    """Sentence-like units of one paragraph: split after ``.!?…`` and at line breaks.

    Abbreviations over-split ("Mr. Smith"); that is harmless here, because
    the units are only compared with each other and merged back into runs.
    """
    return [Range(m.start(), m.end()) for m in _UNIT.finditer(text, start, end)]


def fold(text: str) -> str:
    """A comparison key: case-folded, whitespace collapsed."""
    return _SPACES.sub(" ", text).strip().casefold()
