from sitrep.clean.edits import apply_edits
from sitrep.clean.normalize import normalize_raw, tidy_edits


def test_invisible_characters_and_odd_spaces():
    norm, offsets = normalize_raw("co\u00adop\u200ber\u00a0ation\r\nnext")
    assert norm == "cooper ation\nnext"
    assert offsets.to_raw(norm.index("n", 6)) == len("co\u00adop\u200ber\u00a0atio")


def test_decomposed_letters_are_composed():
    norm, _ = normalize_raw("cafe\u0301 и\u0306")
    assert norm == "café й"


def test_curly_quotes_and_apostrophes_are_kept():
    raw = "Russia’s “liberation”"
    assert normalize_raw(raw)[0] == raw


def test_tidy_strips_and_folds_blank_runs():
    text = "  \n first  line \nsecond\n\n\n \n third\t\n\n"
    tidy, _ = apply_edits(text, tidy_edits(text))
    assert tidy == "first line\nsecond\n\nthird"
