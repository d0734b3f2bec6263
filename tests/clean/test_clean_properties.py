"""Property tests: whatever the input, kept characters point back at the raw text."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.clean import CleanStage
from sitrep.clean.normalize import SPACES
from sitrep.schema import Document

VOCABULARY = (
    "Russian troops shelled Kharkiv killing 3 civilians drones 12 tanks destroyed "
    "subscribe to our channel become a patron join our community we use cookies "
    "Photo: Tags: date 2023-06-05 June 5, 2023 — (@handle) https://t.co/abc pic.twitter.com/x "
    "Окупанти обстріляли Харків ракета ецщ hfrtnf “quoted” Russia’s. ! ? …"
)
WORDS = VOCABULARY.split()
JUNK = ["\u00a0", "\u200b", "\u00ad", "\r\n", "  ", "\t"]

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=6).map(lambda s: ". ".join(s) + ".")
separator = st.sampled_from(["\n\n", "\n \n", "\r\n\r\n", "\n\n\n", "\n"])


@st.composite
def documents(draw):
    paragraphs = draw(st.lists(paragraph, min_size=1, max_size=8))
    repeats = draw(st.lists(st.integers(0, len(paragraphs) - 1), max_size=3))
    for index in repeats:
        position = draw(st.integers(0, len(paragraphs)))
        paragraphs.insert(position, paragraphs[index])
    text = ""
    for body in paragraphs:
        text += body + draw(separator)
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(JUNK)) + text[at:]
    return text


def stable(char):
    return (
        unicodedata.combining(char) == 0
        and unicodedata.normalize("NFC", char) == char
        and not 0x1100 <= ord(char) <= 0x11FF
    )


def copied_characters_map_back(doc):
    repaired = {i for c in doc.corrections if c.field == "text" for i in range(c.start, c.end)}
    for i, char in enumerate(doc.text):
        if char.isspace() or i in repaired:
            continue
        raw_char = doc.raw[doc.offsets.to_raw(i)]
        assert raw_char == char or raw_char in SPACES, (i, char, raw_char)


def well_formed(doc):
    assert doc.text == doc.text.strip()
    assert "\n\n\n" not in doc.text and "\r" not in doc.text
    assert unicodedata.is_normalized("NFC", doc.text)
    for c in doc.corrections:
        assert doc.field_text(c.field)[c.start : c.end] == c.replacement


@settings(max_examples=200, deadline=None)
@given(documents())
def test_paragraphs_with_repeats_map_back_to_raw(raw):
    doc = CleanStage()(Document(id="p", raw=raw))
    well_formed(doc)
    copied_characters_map_back(doc)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)).filter(stable), max_size=400))
def test_arbitrary_text_maps_back_to_raw(raw):
    doc = CleanStage()(Document(id="p", raw=raw))
    well_formed(doc)
    copied_characters_map_back(doc)


@settings(max_examples=100, deadline=None)
@given(st.text(st.sampled_from("ae\u0301\u0308 \n\u200b\u00a0\u00adи\u0306"), max_size=60))
def test_composed_text_is_nfc_and_offsets_stay_in_range(raw):
    doc = CleanStage()(Document(id="p", raw=raw))
    well_formed(doc)
    for i in range(len(doc.text)):
        assert 0 <= doc.offsets.to_raw(i) < len(raw)
