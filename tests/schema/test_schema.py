import datetime as dt

import pytest

from sitrep.schema import Document, Embed, Span, TextBuilder
from sitrep.schema.document import parse_iso_date


def test_span_rejects_text_of_wrong_length():
    with pytest.raises(ValueError):
        Span(0, 3, "ab")


def test_document_span_reads_named_field():
    doc = Document(id="d", raw="", text="body", caption="a caption")
    doc.embeds.append(Embed("tweet", "@x", None, None, "tweet text"))
    assert doc.span(2, 9, field="caption").text == "caption"
    assert doc.span(0, 5, field="embeds[0]").text == "tweet"
    with pytest.raises(KeyError):
        doc.field_text("embeds[3]")


def test_text_fields_lists_non_empty_fields_body_first():
    doc = Document(id="d", raw="", text="body", caption="cap", title=None)
    assert [name for name, _ in doc.text_fields()] == ["text", "caption"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-06-05", dt.date(2023, 6, 5)),
        ("2023-06-05T10:00:00Z", dt.date(2023, 6, 5)),
        ("2023-02-30", None),
        ("June 5", None),
        (None, None),
    ],
)
def test_parse_iso_date(value, expected):
    assert parse_iso_date(value) == expected


def test_text_builder_maps_kept_and_replaced_text_back_to_raw():
    raw = "keep CUT fix end"
    builder = TextBuilder(raw)
    builder.keep(0, 5)
    builder.replace(9, 12, "repaired")
    builder.keep(12, 16)
    text, offsets = builder.build()
    assert text == "keep repaired end"
    assert offsets.to_raw(0) == 0
    assert offsets.to_raw(6) == 9
    assert offsets.to_raw_span(5, 13) == (9, 12)
    assert raw[offsets.to_raw(14)] == text[14]
