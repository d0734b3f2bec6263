"""Map offsets in cleaned text back to the raw input.

Cleaning cuts and repairs the raw text; analysts still need to find each
piece of evidence in what was actually published. An `OffsetMap` is a sorted
list of segments, each pairing a range of the clean text with the range of
raw text it came from. Kept text maps one to one; a replacement maps its
whole clean range onto the raw range it replaced.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Segment:
    text_start: int
    text_end: int
    raw_start: int
    raw_end: int

    @property
    def exact(self) -> bool:
        return self.text_end - self.text_start == self.raw_end - self.raw_start


@dataclass(slots=True)
class OffsetMap:
    segments: list[Segment] = field(default_factory=list)

    def to_raw(self, index: int) -> int:
        """The raw offset of clean-text offset ``index``."""
        if not self.segments:
            return index
        pos = bisect.bisect_right(self.segments, index, key=lambda s: s.text_start) - 1
        if pos < 0:
            return self.segments[0].raw_start
        seg = self.segments[pos]
        if index >= seg.text_end:
            return seg.raw_end
        return seg.raw_start + (index - seg.text_start) if seg.exact else seg.raw_start

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw range covering clean range ``[start, end)``."""
        if start >= end:
            raw = self.to_raw(start)
            return raw, raw
        pos = bisect.bisect_right(self.segments, end - 1, key=lambda s: s.text_start) - 1
        if pos >= 0 and not self.segments[pos].exact:
            return self.to_raw(start), self.segments[pos].raw_end
        return self.to_raw(start), self.to_raw(end - 1) + 1


class TextBuilder:
    """Assemble clean text from raw slices and replacements, recording the map."""

    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0

    def keep(self, raw_start: int, raw_end: int) -> None:
        """Copy ``raw[raw_start:raw_end]`` unchanged."""
        self.replace(raw_start, raw_end, self._raw[raw_start:raw_end])

    def replace(self, raw_start: int, raw_end: int, text: str) -> None:
        """Write ``text`` in place of ``raw[raw_start:raw_end]``."""
        if not text:
            return
        self._parts.append(text)
        self._segments.append(Segment(self._length, self._length + len(text), raw_start, raw_end))
        self._length += len(text)

    @property
    def length(self) -> int:
        return self._length

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(list(self._segments))
