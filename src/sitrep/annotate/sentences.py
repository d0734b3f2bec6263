"""Sentence and paragraph boundaries, as spans over one text field.

Events are detected per sentence and their arguments gathered per paragraph,
so both boundaries matter. A regex splitter is enough for news prose and is
fast; abbreviations and initials that end in a period do not end a sentence.
"""

from __future__ import annotations

import re

from sitrep.schema import Span

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
# After the full stop: closing quotes, brackets or emoji ("killed.💥 Russian…"), then space.
_BOUNDARY = re.compile(r"(?<=[.!?…])(?P<close>[^\w\s]*)\s+(?=[\"“«(]?[A-ZА-ЯІЇЄҐ0-9])")
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "obr", "no",
    "nos", "vs", "etc", "approx", "km", "sq", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e",
))  # fmt: skip


def paragraphs(text: str, field: str = "text") -> list[Span]:
    """Blocks of text separated by blank lines (a single newline stays inside)."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(Span(start, end, text[start:end], "paragraph", field))
    return spans


def sentences(text: str, field: str = "text") -> list[Span]:
    """Sentences of every paragraph, in text order."""
    spans: list[Span] = []
    for para in paragraphs(text, field):
        start = para.start
        for m in _BOUNDARY.finditer(text, para.start, para.end):
            if _ends_with_abbreviation(text, start, m.start()):
                continue
            _add(spans, text, start, m.end("close"), field)
            start = m.end()
        _add(spans, text, start, para.end, field)
    return spans


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    words = text[start:end].rstrip('"”»’)').split()
    if not words:
        return False
    last = words[-1].rstrip(".").lower()
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def _add(spans: list[Span], text: str, start: int, end: int, field: str) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end, text[start:end], "sentence", field))
