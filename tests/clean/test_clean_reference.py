"""The reference article through the whole clean stage."""

from pathlib import Path

import pytest

from sitrep.clean import CleanStage
from sitrep.schema import Document

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "000_0f36372f0dc62a9a.txt"


@pytest.fixture(scope="module")
def doc():
    raw = FIXTURE.read_text(encoding="utf-8")
    return CleanStage()(Document(id="ref", raw=raw))


def test_metadata(doc):
    assert doc.published == "2023-06-05"
    assert doc.language == "en"
    assert doc.tags == ["Belgorod", "Freedom of Russia Legion", "Russian Volunteer Corps"]


def test_caption_is_repaired_and_cut(doc):
    assert doc.caption == (
        "Russian Volunteer Corps' Denis Nikitin shows 12 Russian soldier POWs, "
        "including two wounded ones."
    )
    (correction,) = doc.corrections
    assert correction.field == "caption" and correction.kind == "keyboard_layout"
    assert (correction.original, correction.replacement) == ("ецщ", "two")
    assert doc.caption[correction.start : correction.end] == correction.replacement
    assert doc.text.startswith("Two military detachments of anti-Putin Russians")
    assert "Screenshot from video" not in doc.text


def test_tweet_is_an_embed(doc):
    (embed,) = doc.embeds
    assert embed.kind == "tweet" and embed.author == "@EuromaidanPress"
    assert embed.date == "2023-06-05" and embed.url == "https://t.co/kEBR4Djw2q"
    assert embed.urls == ("https://t.co/kEBR4Djw2q", "https://pic.twitter.com/BoIVPtijuy")
    assert embed.text.startswith("Freedom of Russia Legion, pro-Ukrainian Russian insurgents")
    assert "t.co" not in embed.text and "EuromaidanPress" not in doc.text


def test_donation_appeal_is_gone_and_both_copies_are_listed(doc):
    assert "We keep our reporting open" not in doc.text
    assert "Patron" not in doc.text and "Tags:" not in doc.text
    copies = [r for r in doc.removed if "We keep our reporting open" in r.text]
    assert len(copies) == 2 and {r.kind for r in copies} == {"boilerplate"}
    assert doc.text.endswith("captured 200 square kilometers of the region.")


def test_removed_kinds(doc):
    kinds = [r.kind for r in doc.removed]
    assert kinds[:4] == ["dateline", "caption", "credit", "embed"]
    assert kinds[-1] == "tags"


def test_paragraphs_and_offsets(doc):
    assert "\n\n\n" not in doc.text and doc.text == doc.text.strip()
    assert len(doc.text.split("\n\n")) == 8
    for i, char in enumerate(doc.text):
        if not char.isspace():
            assert doc.raw[doc.offsets.to_raw(i)] == char


def test_given_metadata_is_not_overwritten():
    raw = FIXTURE.read_text(encoding="utf-8")
    doc = CleanStage()(Document(id="ref", raw=raw, published="2023-06-06", language="uk"))
    assert doc.published == "2023-06-06" and doc.language == "uk"


def test_caption_and_tags_from_ingest_are_kept_when_the_text_has_none():
    doc = Document(id="d", raw="Plain body text.", caption="A tank, ецщ days ago", tags=["x"])
    doc = CleanStage()(doc)
    assert doc.caption == "A tank, two days ago" and doc.tags == ["x"]
    assert doc.corrections[0].field == "caption"


def test_running_twice_gives_the_same_document():
    raw = FIXTURE.read_text(encoding="utf-8")
    once = CleanStage()(Document(id="ref", raw=raw))
    twice = CleanStage()(CleanStage()(Document(id="ref", raw=raw)))
    assert (once.text, once.caption, once.removed, once.embeds, once.corrections) == (
        twice.text,
        twice.caption,
        twice.removed,
        twice.embeds,
        twice.corrections,
    )
