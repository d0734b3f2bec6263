"""Cuts and replacements over a text, applied so the clean→raw map stays exact.

Every cleaning rule only *finds* ranges: it returns `Edit`s over the text it
looked at and never rewrites a string itself. `apply_edits` is the one place
that writes text, through `TextBuilder`, so an analyst can always find each
kept character in what was actually published. Rules run on an already
normalised view of the raw text; `apply_edits` composes its output with that
view's own map, so the result still points into the raw input.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sitrep.schema import OffsetMap, Removal, TextBuilder


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``[start, end)`` by ``replacement`` (a cut when it is empty).

    ``removals`` are what the document records when the edit is applied; an
    edit that loses to an overlapping one takes its records with it.
    """

    start: int
    end: int
    replacement: str = ""
    kind: str = ""
    removals: tuple[Removal, ...] = ()

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(slots=True)
class EditPlan:
    """Non-overlapping edits, first come first served (rules run by priority)."""

    edits: list[Edit] = field(default_factory=list)

    def is_free(self, start: int, end: int) -> bool:
        """Whether no accepted edit touches ``[start, end)``."""
        return not any(edit.overlaps(start, end) for edit in self.edits)

    def add(self, edit: Edit) -> bool:
        """Accept ``edit`` unless it overlaps an accepted one."""
        if edit.end < edit.start or not self.is_free(edit.start, edit.end):
            return False
        self.edits.append(edit)
        return True

    def extend(self, edits: Iterable[Edit]) -> None:
        for edit in edits:
            self.add(edit)

    def removals(self) -> list[Removal]:
        """The records of every accepted edit, in text order."""
        ordered = sorted(self.edits, key=lambda e: (e.start, e.end))
        return [removal for edit in ordered for removal in edit.removals]


class _Writer:
    """Feeds a TextBuilder, merging adjacent exact copies into one segment."""

    def __init__(self, source: str) -> None:
        self.builder = TextBuilder(source)
        self._pending: tuple[int, int, str] | None = None

    def copy(self, raw_start: int, raw_end: int, text: str) -> None:
        pending = self._pending
        if pending and pending[1] == raw_start and len(text) == raw_end - raw_start:
            self._pending = (pending[0], raw_end, pending[2] + text)
            return
        self.flush()
        if len(text) == raw_end - raw_start:
            self._pending = (raw_start, raw_end, text)
        else:
            self.builder.replace(raw_start, raw_end, text)

    def flush(self) -> None:
        if self._pending:
            self.builder.replace(*self._pending)
            self._pending = None


def _copy_through(writer: _Writer, source: str, start: int, end: int, base: OffsetMap) -> None:
    """Copy ``source[start:end]``, splitting it along the base map's segments."""
    segments = base.segments
    if not segments:
        writer.copy(start, end, source[start:end])
        return
    pos = max(bisect.bisect_right(segments, start, key=lambda s: s.text_start) - 1, 0)
    while start < end and pos < len(segments):
        seg = segments[pos]
        lo, hi = max(start, seg.text_start), min(end, seg.text_end)
        if lo < hi:
            if seg.exact:
                raw_lo = seg.raw_start + (lo - seg.text_start)
                writer.copy(raw_lo, raw_lo + (hi - lo), source[lo:hi])
            else:
                writer.copy(seg.raw_start, seg.raw_end, source[lo:hi])
        pos += 1


def apply_edits(
    source: str, edits: Sequence[Edit], base: OffsetMap | None = None
) -> tuple[str, OffsetMap]:
    """Apply non-overlapping ``edits`` to ``source``.

    ``base`` maps ``source`` to the raw text (``None`` when ``source`` is the
    raw text itself); the returned map goes from the new text to the raw text.
    """
    base = base if base is not None else OffsetMap()
    writer = _Writer(source)
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor:
            raise ValueError(f"overlapping edits at {edit.start}")
        _copy_through(writer, source, cursor, edit.start, base)
        if edit.replacement:
            writer.flush()
            raw_start, raw_end = _raw_span(base, edit.start, edit.end)
            writer.builder.replace(raw_start, raw_end, edit.replacement)
        cursor = edit.end
    _copy_through(writer, source, cursor, len(source), base)
    writer.flush()
    return writer.builder.build()


def _raw_span(base: OffsetMap, start: int, end: int) -> tuple[int, int]:
    if not base.segments:
        return start, end
    return base.to_raw_span(start, end)
