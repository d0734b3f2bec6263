from hypothesis import given
from hypothesis import strategies as st

from sitrep.schema.intervals import DisjointRanges


def test_overlap_and_add():
    ranges = DisjointRanges()
    assert ranges.add(5, 10)
    assert not ranges.add(9, 12)
    assert ranges.add(10, 12)
    assert ranges.overlaps(0, 6) and not ranges.overlaps(0, 5) and not ranges.overlaps(12, 20)


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 10))))
def test_agrees_with_a_plain_list(pairs):
    ranges, plain = DisjointRanges(), []
    for start, length in pairs:
        end = start + length
        expected = not any(s < end and start < e for s, e in plain)
        assert ranges.add(start, end) == expected
        if expected:
            plain.append((start, end))
