"""Scoring on CASE 2021 task 2: the label map, the scorer on hand-built snippets, a full run."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sitrep.cli import main
from sitrep.errors import InputError
from sitrep.eval.acled import NO_EVENT
from sitrep.eval.case2021 import (
    LABELS,
    Snippet,
    evaluate_case2021,
    print_report,
    read_snippets,
    score_snippets,
)
from sitrep.events.taxonomy import SUB_EVENT_TYPES

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CASE = SHARED / "data" / "events-taxonomy" / "case2021-task2"


def _snippet(label: str, number: int = 1) -> Snippet:
    return Snippet(str(number), "text", label, LABELS[label])


def test_labels_cover_every_acled_sub_event_type_once() -> None:
    mapped = [name for name in LABELS.values() if name is not None]
    assert sorted(mapped) == sorted(SUB_EVENT_TYPES)
    assert [code for code, name in LABELS.items() if name is None] == [
        "ORG_CRIME",
        "NATURAL_DISASTER",
        "MAN_MADE_DISASTER",
        "DIPLO",
        "ATTRIB",
    ]


def test_score_counts_unseen_types_right_only_without_an_event() -> None:
    snippets = [_snippet("AIR_STRIKE", 1), _snippet("ARREST", 2), _snippet("DIPLO", 3)]
    snippets.append(_snippet("NATURAL_DISASTER", 4))
    predicted = ["Air/drone strike", NO_EVENT, NO_EVENT, "Armed clash"]
    report = score_snippets(snippets, predicted, seconds=1.0)
    assert (report.n, report.correct, report.acled_n, report.acled_correct) == (4, 2, 2, 1)
    assert (report.unseen_n, report.unseen_no_event, report.no_event) == (2, 1, 2)
    assert report.acled_accuracy == pytest.approx(0.5)
    assert report.accuracy == pytest.approx(0.5)
    # Air/drone strike: P = R = 1; Arrests: R = 0; Armed clash: predicted once, wrongly.
    assert set(report.classes) == {"Air/drone strike", "Arrests", "Armed clash"}
    assert report.macro_f1 == pytest.approx(1 / 3)
    assert report.confusion[("(not ACLED)", "Armed clash")] == 1


def test_score_needs_one_prediction_per_snippet() -> None:
    with pytest.raises(ValueError, match="predictions"):
        score_snippets([_snippet("ATTACK")], [])


def test_print_report_names_each_class_and_its_confusions() -> None:
    snippets = [_snippet("GRENADE", 1), _snippet("GRENADE", 2), _snippet("SUIC_BOMB", 3)]
    report = score_snippets(snippets, ["Grenade", "Armed clash", NO_EVENT])
    out = io.StringIO()
    print_report(report, out)
    text = out.getvalue()
    assert "n = 3 snippets" in text
    grenade = next(line for line in text.splitlines() if line.strip().startswith("Grenade"))
    assert "Armed clash 1" in grenade
    assert "50.0%" in grenade
    assert "Suicide bomb" in text


def _write_tsv(path: Path, *rows: str) -> Path:
    path.write_text("id\tEventSnippet\tSubType\n" + "".join(r + "\n" for r in rows), "utf-8")
    return path


def test_read_snippets_maps_labels_and_honours_limit(tmp_path: Path) -> None:
    folder = tmp_path / "task2" / "test_dataset"
    folder.mkdir(parents=True)
    _write_tsv(
        folder / "test_set_final_release_with_labels.tsv",
        '1\tRebels "took" the town of Xville.\tNON_STATE_ACTOR_OVERTAKES_TER',
        "2\tA storm flooded the valley.\tNATURAL_DISASTER",
    )
    snippets = list(read_snippets(tmp_path))
    assert [(s.id, s.sub_event_type) for s in snippets] == [
        ("1", "Non-state actor overtakes territory"),
        ("2", None),
    ]
    assert snippets[0].text == 'Rebels "took" the town of Xville.'
    assert len(list(read_snippets(tmp_path, limit=1))) == 1


def test_read_snippets_refuses_unknown_labels_and_missing_files(tmp_path: Path) -> None:
    bad = _write_tsv(tmp_path / "bad.tsv", "1\tSomething happened.\tWEATHER")
    with pytest.raises(InputError, match="unknown label"):
        list(read_snippets(bad))
    with pytest.raises(InputError, match="no test_set"):
        list(read_snippets(tmp_path / "empty"))


def test_cli_scores_a_small_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tsv = _write_tsv(
        tmp_path / "s.tsv",
        "1\tPolice arrested two men in the capital on Monday.\tARREST",
        "2\tThousands rallied peacefully outside parliament.\tPEACE_PROTEST",
    )
    assert main(["eval", "case2021", str(tsv)]) == 0
    out = capsys.readouterr().out
    assert "n = 2 snippets (2 ACLED-typed)" in out
    assert main(["eval", "case2021", str(tmp_path / "none")]) == 2


#: Floors a little under the measured figures: a regression is a failing check.
FLOORS = {"acled_accuracy": 0.72, "macro_f1": 0.68}


@pytest.mark.eval
@pytest.mark.skipif(not CASE.exists(), reason="../shared CASE 2021 data is not available")
def test_case2021_holds_the_baseline() -> None:
    report = evaluate_case2021(CASE)
    assert report.n > 1000
    figures = {"acled_accuracy": report.acled_accuracy, "macro_f1": report.macro_f1}
    below = {k: round(figures[k], 4) for k, floor in FLOORS.items() if figures[k] < floor}
    assert below == {}
