import pytest

from sitrep.clean.edits import Edit, EditPlan, apply_edits
from sitrep.clean.normalize import normalize_raw
from sitrep.schema import Removal


def test_cuts_and_replacements_map_back_to_raw():
    raw = "keep CUT keep REPLACE end"
    text, offsets = apply_edits(raw, [Edit(5, 9), Edit(14, 21, "new")])
    assert text == "keep keep new end"
    for i in (*range(4), *range(5, 9), *range(14, 17)):
        assert raw[offsets.to_raw(i)] == text[i]
    assert offsets.to_raw_span(10, 13) == (14, 21)


def test_composes_with_the_map_of_a_normalised_view():
    raw = "a\u200bb\u00a0c CUT d"
    norm, base = normalize_raw(raw)
    assert norm == "ab c CUT d"
    text, offsets = apply_edits(norm, [Edit(5, 9)], base)
    assert text == "ab c d"
    assert [raw[offsets.to_raw(i)] for i in (0, 1, 3, 5)] == ["a", "b", "c", "d"]


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3), Edit(2, 4)])


def test_plan_keeps_the_first_claim_and_its_records():
    plan = EditPlan()
    assert plan.add(Edit(10, 20, removals=(Removal("embed", "x"),)))
    assert not plan.add(Edit(15, 25, removals=(Removal("boilerplate", "y"),)))
    assert plan.add(Edit(0, 5, removals=(Removal("dateline", "z"),)))
    assert [r.kind for r in plan.removals()] == ["dateline", "embed"]
    assert plan.is_free(20, 30) and not plan.is_free(19, 21)
