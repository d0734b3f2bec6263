"""Score sitrep's event typing on CASE 2021 task 2 (fine-grained event classification).

The task's test set labels news snippets from many conflicts and countries
with ACLED's sub-event types under short codes (``AIR_STRIKE``,
``PEACE_PROTEST``, …) plus five types outside ACLED's taxonomy (organised
crime, disasters, diplomacy, attributions). `LABELS` maps every code to
ACLED's sub-event type by the definitions in the task's notes and ACLED's
codebook; the five extra types map to `None`: sitrep should find no event.

Every snippet is read as a document with no publication date, and the type of
its first event (events come sorted by confidence) is compared with the label.
The gold is only ever read here: it never feeds the system.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sitrep.errors import InputError
from sitrep.eval.acled import NO_EVENT, ClassScore, class_scores
from sitrep.schema import Document

#: The task's label codes → ACLED sub-event types; ``None`` for the types ACLED lacks.
LABELS: dict[str, str | None] = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    # Not in ACLED's taxonomy ("unseen" types of the task): no event.
    "ORG_CRIME": None,
    "NATURAL_DISASTER": None,
    "MAN_MADE_DISASTER": None,
    "DIPLO": None,
    "ATTRIB": None,
}
TEST_FILE = "test_set_final_release_with_labels.tsv"
UNSEEN = "(not ACLED)"


@dataclass(frozen=True, slots=True)
class Snippet:
    """One labelled snippet; ``sub_event_type`` is None for types ACLED lacks."""

    id: str
    text: str
    label: str
    sub_event_type: str | None


@dataclass(slots=True)
class Case2021Report:
    """Hits over all snippets, over ACLED-typed ones, per class, and the confusions."""

    n: int = 0
    correct: int = 0
    acled_n: int = 0
    acled_correct: int = 0
    unseen_n: int = 0
    unseen_no_event: int = 0
    no_event: int = 0
    seconds: float = 0.0
    classes: dict[str, ClassScore] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        """Share of all snippets typed right (the extra types are right with no event)."""
        return self.correct / self.n if self.n else 0.0

    @property
    def acled_accuracy(self) -> float:
        """Share of the snippets with an ACLED label whose sub-event type is right."""
        return self.acled_correct / self.acled_n if self.acled_n else 0.0

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the ACLED sub-event types in the gold or predicted."""
        scores = [score.f1 for score in self.classes.values()]
        return sum(scores) / len(scores) if scores else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "acled_n": self.acled_n,
            "acled_accuracy": round(self.acled_accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "unseen_n": self.unseen_n,
            "unseen_no_event": self.unseen_no_event,
            "no_event": self.no_event,
            "seconds": round(self.seconds, 3),
            "sub_event_types": {
                name: {"support": s.support, "predicted": s.predicted, "f1": round(s.f1, 4)}
                for name, s in sorted(self.classes.items())
            },
        }


def find_test_file(path: str | Path) -> Path:
    """The labelled test file: ``path`` itself, or the task's file anywhere under it."""
    path = Path(path)
    if path.is_file():
        return path
    found = sorted(path.rglob(TEST_FILE)) if path.is_dir() else []
    if not found:
        raise InputError(f"{path}: no {TEST_FILE} found", "unreadable")
    return found[0]


def read_snippets(path: str | Path, limit: int | None = None) -> Iterator[Snippet]:
    """The snippets of the task's TSV (``id``, ``EventSnippet``, ``SubType``)."""
    file = find_test_file(path)
    try:
        with file.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            for number, record in enumerate(reader, start=1):
                if limit is not None and number > limit:
                    return
                yield snippet_from(record, file)
    except OSError as err:
        raise InputError(f"{file}: {err.strerror or err}", "unreadable") from err


def snippet_from(record: dict[str, str], file: Path) -> Snippet:
    label = (record.get("SubType") or "").strip()
    if label not in LABELS:
        raise InputError(f"{file}: unknown label {label!r} for snippet {record.get('id')!r}")
    return Snippet(
        id=(record.get("id") or "").strip(),
        text=(record.get("EventSnippet") or "").strip(),
        label=label,
        sub_event_type=LABELS[label],
    )


def evaluate_case2021(path: str | Path, limit: int | None = None) -> Case2021Report:
    """Run the default pipeline on every snippet and score the first event's type."""
    from sitrep.pipeline_factory import default_pipeline

    snippets = list(read_snippets(path, limit))
    pipeline = default_pipeline()
    predicted: list[str] = []
    start = time.perf_counter()
    docs = (Document(id=f"case2021:{s.id}", raw=s.text) for s in snippets)
    for doc in pipeline.pipe(docs):
        events = doc.events if doc.rejection is None else []
        predicted.append(events[0].sub_event_type if events else NO_EVENT)
    return score_snippets(snippets, predicted, time.perf_counter() - start)


def score_snippets(
    snippets: list[Snippet], predicted: list[str], seconds: float = 0.0
) -> Case2021Report:
    """Compare each snippet's label with the predicted sub-event type (or `NO_EVENT`)."""
    if len(snippets) != len(predicted):
        raise ValueError(f"{len(snippets)} snippets but {len(predicted)} predictions")
    report = Case2021Report(n=len(snippets), seconds=seconds)
    gold = [s.sub_event_type or NO_EVENT for s in snippets]
    for snippet, guess in zip(snippets, predicted, strict=True):
        expected = snippet.sub_event_type or NO_EVENT
        report.correct += guess == expected
        report.no_event += guess == NO_EVENT
        if snippet.sub_event_type is None:
            report.unseen_n += 1
            report.unseen_no_event += guess == NO_EVENT
        else:
            report.acled_n += 1
            report.acled_correct += guess == expected
        report.confusion[(snippet.sub_event_type or UNSEEN, guess)] += 1
    report.classes = class_scores(gold, predicted)
    return report


def print_report(report: Case2021Report, stream: TextIO) -> None:
    """The headline figures, then one line per class with what it was mistaken for."""
    stream.write(f"CASE 2021 task 2: n = {report.n} snippets ({report.acled_n} ACLED-typed)\n")
    stream.write(f"  accuracy, ACLED-typed snippets  {_percent(report.acled_accuracy)}\n")
    stream.write(f"  macro-F1, ACLED sub-types       {_percent(report.macro_f1)}\n")
    stream.write(f"  accuracy, all snippets          {_percent(report.accuracy)}\n")
    unseen = report.unseen_no_event / report.unseen_n if report.unseen_n else 0.0
    stream.write(f"  non-ACLED types with no event   {_percent(unseen)}  ({report.unseen_n})\n")
    stream.write(f"  no event, all snippets          {report.no_event:>6}\n")
    rate = report.n / report.seconds if report.seconds > 0 else 0.0
    stream.write(f"  docs/s                          {rate:>6.1f}\n\n")
    stream.write(f"  {'gold sub-event type':<36}{'n':>4}{'P':>7}{'R':>7}{'F1':>7}  mistaken for\n")
    for name in sorted({gold for gold, _ in report.confusion}):
        stream.write(_class_line(report, name))


def _class_line(report: Case2021Report, name: str) -> str:
    row = {p: c for (g, p), c in report.confusion.items() if g == name}
    wrong = sorted(
        ((c, p) for p, c in row.items() if p != (NO_EVENT if name == UNSEEN else name)),
        reverse=True,
    )
    mistakes = ", ".join(f"{p} {c}" for c, p in wrong[:3])
    s = report.classes.get(name)
    figures = f"{_percent(s.precision)}{_percent(s.recall)}{_percent(s.f1)}" if s else f"{'':>21}"
    return f"  {name:<36}{sum(row.values()):>4}{figures}  {mistakes}\n"


def _percent(share: float) -> str:
    return f"{100 * share:>6.1f}%"
