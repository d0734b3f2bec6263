"""Boilerplate inside one document: repeated passages, publisher appeals, related links.

Two signals:

* **Repetition.** Scrapers duplicate widgets (a donation box rendered twice,
  a newsletter block in the middle and at the end). Sentence-like units that
  occur more than once are merged into runs of at least `MIN_RUN`
  characters. A run that repeats inside one paragraph or shares a paragraph
  with an appeal is a widget: *every* copy is cut and recorded separately.
  Any other repeat (a reporter restating a fact or a quote) keeps its first
  copy; later copies are cut as kind ``"duplicate"``. A run that speaks of
  fighting (see `mentions_conflict`) is never treated as a widget.
* **Appeals.** Units matching the generic appeal list (`appeals.py`) or a
  source's learned boilerplate are cut, unless they speak of fighting.

A paragraph mostly made of cut units (at least `DOMINANT` of its characters)
goes entirely when what is left does not speak of fighting; its removal
records keep the repeated copies and the appeal fragments apart. Paragraphs
are never cut for being long, and a paragraph with an event in it keeps it.

Per-source boilerplate learned across a corpus plugs in through
`BoilerplateMemory` (`LearningMemory` when it learns from the batches the
clean stage sees): this module only consumes what a memory knows.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from sitrep.clean.appeals import appeal_starts, is_related_line, mentions_conflict
from sitrep.clean.edits import Edit
from sitrep.clean.textspans import Range, fold, paragraphs, sentence_units
from sitrep.schema import Document, Removal

#: Shortest unit (folded characters) whose repetition means anything.
MIN_UNIT = 20
#: Shortest repeated run that is cut.
MIN_RUN = 60
#: Share of a paragraph's characters that, once cut, takes the whole paragraph.
DOMINANT = 0.5
#: Longest unit cut for its appeal wording alone.
MAX_APPEAL = 300
#: Longest "Read also: …" line.
MAX_RELATED = 300


class BoilerplateMemory(Protocol):
    """Boilerplate a source is known to repeat, learned across its documents.

    ``known(source)`` returns folded units (see `textspans.fold`) to treat
    like appeals; the clean stage asks with `learned.source_key` (the source
    name, else the URL's host). Learning them is corpus work done elsewhere.
    """

    def known(self, source: str | None) -> Collection[str]: ...


@runtime_checkable
class LearningMemory(BoilerplateMemory, Protocol):
    """A memory that learns from the batches a pipeline runs (see `learned.LearnedBoilerplate`).

    The clean stage forwards each batch to it before cleaning the batch, so a
    source's furniture is known by the time its documents are cut.
    """

    def observe(self, docs: Sequence[Document]) -> None: ...


@dataclass(frozen=True, slots=True)
class _Run:
    """Adjacent units of one paragraph, classified together."""

    start: int
    end: int
    kind: str  # "repeat" (cut in every copy), "duplicate" (a later copy), "appeal", "keep"


IsFree = Callable[[int, int], bool]


def find_related_lines(text: str, is_free: IsFree) -> list[Edit]:
    """Lines linking to another article ("Read also: …"), cut even when they name events."""
    edits = []
    for match in re.finditer(r"^[ \t]*(\S[^\n]*?)[ \t]*(?:\n|\Z)", text, re.MULTILINE):
        line = match.group(1)
        if len(line) <= MAX_RELATED and is_related_line(line) and is_free(*match.span()):
            removal = Removal("related", line)
            edits.append(Edit(match.start(), match.end(), kind="related", removals=(removal,)))
    return edits


def find_boilerplate(text: str, is_free: IsFree, known: Collection[str] = ()) -> list[Edit]:
    """Cuts for repeated passages and appeals in the parts of ``text`` still free."""
    blocks = [(block, _free_units(text, block, is_free)) for block in paragraphs(text)]
    counts = Counter(unit.key for _, units in blocks for unit in units)
    repeated = {key for key, n in counts.items() if n > 1 and len(key) >= MIN_UNIT}
    scan = _Scan(text, repeated, set(known), appeal_starts(text))
    scan.find_widgets([units for _, units in blocks])
    edits: list[Edit] = []
    for block, units in blocks:
        runs = scan.classify(units)
        if any(run.kind != "keep" for run in runs):
            edits.extend(_paragraph_edits(text, block, runs, is_free))
    return edits


@dataclass(frozen=True, slots=True)
class _Unit:
    """A sentence-like unit and its comparison key."""

    start: int
    end: int
    key: str


def _free_units(text: str, block: Range, is_free: IsFree) -> list[_Unit]:
    return [
        _Unit(u.start, u.end, fold(u.of(text)))
        for u in sentence_units(text, block.start, block.end)
        if is_free(u.start, u.end)
    ]


@dataclass(slots=True)
class _Scan:
    """What the classification of units needs to know about the whole document."""

    text: str
    repeated: set[str]
    known: set[str]
    appeals: list[int]
    widgets: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)

    def find_widgets(self, blocks: list[list[_Unit]]) -> None:
        """Repeated units that behave like a rendered widget, not like a restatement.

        They repeat inside one paragraph, or share a paragraph with an appeal.
        Every copy of a widget goes; other repeats keep their first copy.
        """
        for units in blocks:
            keys = Counter(unit.key for unit in units)
            appeal = any(self._is_appeal(unit) for unit in units)
            self.widgets.update(
                key for key, n in keys.items() if key in self.repeated and (appeal or n > 1)
            )

    def classify(self, units: list[_Unit]) -> list[_Run]:
        """Merge a paragraph's units into runs of repeated, appeal and kept text."""
        runs: list[_Run] = []
        group: list[_Unit] = []
        for unit in units:
            if unit.key in self.repeated:
                if group and self.text[group[-1].end : unit.start].strip():
                    runs.extend(self._classify_group(group))
                    group = []
                group.append(unit)
                continue
            if group:
                runs.extend(self._classify_group(group))
                group = []
            runs.append(self._single(unit))
        if group:
            runs.extend(self._classify_group(group))
        return runs

    def _classify_group(self, group: list[_Unit]) -> list[_Run]:
        """A run of repeated units: every copy of a widget, later copies of anything else."""
        start, end = group[0].start, group[-1].end
        if end - start < MIN_RUN:
            return [self._single(unit) for unit in group]
        keys = [unit.key for unit in group]
        widget = any(key in self.widgets for key in keys)
        if widget and not mentions_conflict(self.text[start:end]):
            return [_Run(start, end, "repeat")]
        if all(key in self.seen for key in keys):
            return [_Run(start, end, "duplicate")]
        self.seen.update(keys)
        return [_Run(start, end, "keep")]

    def _single(self, unit: _Unit) -> _Run:
        if self._is_appeal(unit) and not mentions_conflict(self.text[unit.start : unit.end]):
            return _Run(unit.start, unit.end, "appeal")
        return _Run(unit.start, unit.end, "keep")

    def _is_appeal(self, unit: _Unit) -> bool:
        if unit.key in self.known:
            return True
        if unit.end - unit.start > MAX_APPEAL:
            return False
        pos = bisect.bisect_left(self.appeals, unit.start)
        return pos < len(self.appeals) and self.appeals[pos] < unit.end


def _paragraph_edits(text: str, block: Range, runs: list[_Run], is_free: IsFree) -> list[Edit]:
    """The whole paragraph when cuts dominate it, else each cut run alone."""
    total = sum(run.end - run.start for run in runs)
    cut = sum(run.end - run.start for run in runs if run.kind != "keep")
    kept = " ".join(_text_of(text, run) for run in runs if run.kind == "keep")
    whole = is_free(block.start, block.end) and not any(r.kind == "duplicate" for r in runs)
    if whole and cut >= DOMINANT * total and not mentions_conflict(kept):
        return [Edit(block.start, block.end, kind="boilerplate", removals=_records(text, runs))]
    return [
        Edit(
            run.start,
            run.end,
            kind=_kind(run),
            removals=(Removal(_kind(run), _text_of(text, run)),),
        )
        for run in runs
        if run.kind != "keep"
    ]


def _records(text: str, runs: list[_Run]) -> tuple[Removal, ...]:
    """One record per repeated copy, one per stretch of other text between them."""
    records: list[Removal] = []
    stretch: list[_Run] = []
    for run in [*runs, None]:
        if run is None or run.kind == "repeat":
            if stretch:
                records.append(Removal("boilerplate", text[stretch[0].start : stretch[-1].end]))
                stretch = []
            if run is not None:
                records.append(Removal("boilerplate", _text_of(text, run)))
        else:
            stretch.append(run)
    return tuple(records)


def _kind(run: _Run) -> str:
    return "duplicate" if run.kind == "duplicate" else "boilerplate"


def _text_of(text: str, run: _Run) -> str:
    return text[run.start : run.end]
