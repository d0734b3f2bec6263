from hypothesis import given
from hypothesis import strategies as st

from sitrep.annotate.sentences import paragraphs, sentences


def test_splits_sentences_and_paragraphs():
    text = "On 1 June, fighting broke out. Gen. Smith said so.\n\nA second paragraph here."
    assert [s.text for s in sentences(text)] == [
        "On 1 June, fighting broke out.",
        "Gen. Smith said so.",
        "A second paragraph here.",
    ]
    assert len(paragraphs(text)) == 2


@given(st.text(alphabet="ab .!?\nAB1", max_size=200))
def test_sentence_spans_point_at_their_text(text):
    for span in sentences(text):
        assert text[span.start : span.end] == span.text
        assert span.text.strip() == span.text


def test_closing_quotes_and_emoji_stay_with_their_sentence():
    text = "Two civilians were killed.💥 Russian drones struck Odesa. “We held.” Next."
    assert [s.text for s in sentences(text)] == [
        "Two civilians were killed.💥",
        "Russian drones struck Odesa.",
        "“We held.”",
        "Next.",
    ]
