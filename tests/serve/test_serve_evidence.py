"""Evidence spans with the text around them."""

from __future__ import annotations

from sitrep.serve.evidence import CONTEXT_CHARS, evidence_fields, field_text, with_context


def test_context_is_cut_at_word_boundaries_in_long_texts() -> None:
    text = "word " * 100 + "EVIDENCE" + " more" * 100
    start = text.index("EVIDENCE")
    span = with_context({"start": start, "end": start + 8, "text": "EVIDENCE"}, text)
    assert span["matches"] is True and span["field"] == "text"
    assert span["before"].startswith("…") and span["before"].endswith("word ")
    assert span["after"].startswith(" more") and span["after"].endswith("…")
    assert len(span["before"]) <= CONTEXT_CHARS + 1


def test_short_texts_keep_their_whole_context() -> None:
    span = with_context({"start": 4, "end": 9, "text": "shell"}, "The shelling.")
    assert (span["before"], span["after"]) == ("The ", "ing.")


def test_offsets_that_no_longer_match_are_flagged() -> None:
    span = with_context({"start": 0, "end": 3, "text": "xyz", "field": "caption"}, "abc")
    assert span["matches"] is False and span["field"] == "caption"
    missing = with_context({"start": 0, "end": 3, "text": "xyz", "field": "embeds[3]"}, None)
    assert missing["matches"] is False and missing["before"] is None


def test_fields_of_a_document_record() -> None:
    document = {"text": "body", "caption": None, "embeds": [{"text": "tweet"}]}
    assert field_text(document, "text") == "body"
    assert field_text(document, "caption") is None
    assert field_text(document, "embeds[0]") == "tweet"
    assert field_text(document, "embeds[1]") is None
    assert field_text(document, "raw") is None
    event = {"evidence": [{"field": "embeds[0]"}, {}, {"field": "embeds[0]"}]}
    assert evidence_fields(event) == ["embeds[0]", "text"]
