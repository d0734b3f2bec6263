"""A set of disjoint character ranges with fast overlap tests.

Mention finders skip a match that overlaps one already taken; with a plain
list that test is linear, and a long document becomes quadratic.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from sitrep.schema.document import Span

T = TypeVar("T")


class DisjointRanges:
    """Disjoint half-open ranges kept sorted by start."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a range in the set."""
        pos = bisect.bisect_left(self._starts, end) - 1
        return pos >= 0 and self._ends[pos] > start

    def add(self, start: int, end: int) -> bool:
        """Add the range unless it overlaps one already there; say whether it was added."""
        if self.overlaps(start, end):
            return False
        pos = bisect.bisect_left(self._starts, start)
        self._starts.insert(pos, start)
        self._ends.insert(pos, end)
        return True


class SpanIndex(Generic[T]):
    """Items that carry a span, looked up by the scope (a sentence, a paragraph) they sit in."""

    def __init__(self, items: Iterable[T], span_of: Callable[[T], Span]) -> None:
        by_field: dict[str, list[T]] = {}
        for item in sorted(items, key=lambda i: span_of(i).start):
            by_field.setdefault(span_of(item).field, []).append(item)
        self._items = by_field
        self._starts = {f: [span_of(i).start for i in its] for f, its in by_field.items()}

    def within(self, scope: Span) -> list[T]:
        """The items whose span starts inside ``scope``, in text order."""
        starts = self._starts.get(scope.field)
        if not starts:
            return []
        low = bisect.bisect_left(starts, scope.start)
        high = bisect.bisect_left(starts, scope.end)
        return self._items[scope.field][low:high]
