"""Per-source boilerplate learned from a batch: cut where a site repeats it, never news."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.clean import CleanStage
from sitrep.clean.learned import LearnedBoilerplate, source_key
from sitrep.clean.normalize import SPACES
from sitrep.pipeline import BatchObserver, Pipeline
from sitrep.schema import Document

FOOTER = "Subscribe to our channel for daily updates from the front."
SIGN_OFF = "Frontline Daily is an independent newsroom based in Dnipro."
EVENT = "Russian forces shelled Kherson, killing 2 civilians."
BODIES = (
    "The regional council met on Tuesday to discuss repairs to the water network. "
    "Officials said the work would take until the end of the month.",
    "Farmers in the south reported a late harvest after a cold spring. "
    "Grain prices at the local market rose by a tenth over the week.",
    "A new school opened in the city centre with places for six hundred pupils. "
    "Teachers had prepared the classrooms over the summer holidays.",
    "The mayor announced a plan to restore the old tram line along the river. "
    "Residents will be asked for their views at public meetings.",
    "Doctors at the central hospital received a shipment of new equipment. "
    "The director thanked donors from several partner cities.",
    "Volunteers cleared the park near the railway station over the weekend. "
    "They planted trees and repaired benches along the main path.",
)


def article(body: str, *extra: str) -> str:
    return "\n\n".join([body, *extra])


def batch(raws: list[str], source: str | None = "frontline", url: str | None = None):
    return [Document(id=f"d{i}", raw=raw, source=source, url=url) for i, raw in enumerate(raws)]


def run(docs: list[Document], stage: CleanStage | None = None) -> list[Document]:
    return list(Pipeline([stage or CleanStage()]).pipe(docs, batch_size=len(docs)))


def removed_boilerplate(doc: Document) -> str:
    return " ".join(r.text for r in doc.removed if r.kind == "boilerplate")


def maps_back(doc: Document) -> None:
    repaired = {i for c in doc.corrections if c.field == "text" for i in range(c.start, c.end)}
    for i, char in enumerate(doc.text):
        if char.isspace() or i in repaired:
            continue
        raw_char = doc.raw[doc.offsets.to_raw(i)]
        assert raw_char == char or raw_char in SPACES, (i, char, raw_char)


def test_clean_stage_observes_batches() -> None:
    assert isinstance(CleanStage(), BatchObserver)
    assert isinstance(CleanStage().memory, LearnedBoilerplate)
    assert CleanStage(learn=False).memory is None


def test_footer_and_sign_off_recurring_in_a_source_are_cut_from_each_document() -> None:
    raws = [article(body, FOOTER, SIGN_OFF) for body in BODIES]
    for doc in run(batch(raws)):
        assert FOOTER not in doc.text and SIGN_OFF not in doc.text
        assert FOOTER in removed_boilerplate(doc) and SIGN_OFF in removed_boilerplate(doc)
        assert doc.text.startswith(doc.raw[:40])
        maps_back(doc)


def test_without_learning_only_generic_appeals_go() -> None:
    raws = [article(body, FOOTER, SIGN_OFF) for body in BODIES]
    for doc in run(batch(raws), CleanStage(learn=False)):
        assert SIGN_OFF in doc.text
        assert FOOTER not in doc.text  # "subscribe to" is a generic appeal anyway


def test_sign_off_in_only_two_documents_is_kept() -> None:
    raws = [article(body, SIGN_OFF) if i < 2 else body for i, body in enumerate(BODIES)]
    docs = run(batch(raws))
    assert SIGN_OFF in docs[0].text and SIGN_OFF in docs[1].text
    assert all(not removed_boilerplate(doc) for doc in docs)


def test_few_documents_are_not_enough_even_when_all_share_a_line() -> None:
    docs = run(batch([article(body, SIGN_OFF) for body in BODIES[:2]]))
    assert all(SIGN_OFF in doc.text for doc in docs)


def test_below_the_share_of_a_source_is_kept() -> None:
    memory = LearnedBoilerplate(min_documents=3, min_share=0.6)
    raws = [article(body, SIGN_OFF) if i < 3 else body for i, body in enumerate(BODIES)]
    docs = run(batch(raws), CleanStage(memory))
    assert all(SIGN_OFF in doc.text for doc in docs[:3])


def test_a_line_shared_across_sources_is_learned_for_neither() -> None:
    docs = [
        Document(id=f"d{i}", raw=article(body, SIGN_OFF) if i < 4 else body, source=source)
        for i, (body, source) in enumerate(zip(BODIES, ["a", "b"] * 3, strict=True))
    ]
    stage = CleanStage()
    for doc in run(docs, stage):
        assert not removed_boilerplate(doc)
    assert stage.memory is not None
    assert not stage.memory.known("a") and not stage.memory.known("b")


def test_a_recurring_event_is_never_learned() -> None:
    raws = [article(body, EVENT, SIGN_OFF) for body in BODIES]
    stage = CleanStage()
    for doc in run(batch(raws), stage):
        assert EVENT in doc.text
        assert SIGN_OFF not in doc.text
    assert stage.memory is not None
    assert "russian forces shelled kherson, killing 2 civilians." not in stage.memory.known(
        "frontline"
    )


def test_a_wire_dateline_is_never_learned() -> None:
    raws = [article("KYIV, Ukraine —\n" + body) for body in BODIES]
    memory = LearnedBoilerplate()
    memory.observe(batch(raws))
    assert not memory.known("frontline")
    assert all(doc.text.startswith("KYIV") for doc in run(batch(raws)))


def test_the_url_host_stands_in_for_a_missing_source() -> None:
    url = "https://www.frontline.example/news/1"
    docs = run(batch([article(body, SIGN_OFF) for body in BODIES], source=None, url=url))
    assert all(SIGN_OFF not in doc.text for doc in docs)
    assert source_key(docs[0]) == "frontline.example"


def test_documents_without_source_or_url_are_not_learned_from() -> None:
    stage = CleanStage()
    docs = run(batch([article(body, SIGN_OFF) for body in BODIES], source=None), stage)
    assert all(SIGN_OFF in doc.text for doc in docs)
    assert isinstance(stage.memory, LearnedBoilerplate)
    assert not stage.memory._units


def test_the_same_article_fed_again_is_not_evidence() -> None:
    raw = article(BODIES[0], SIGN_OFF)
    docs = run(batch([raw] * 6))
    assert all(SIGN_OFF in doc.text and BODIES[0] in doc.text for doc in docs)


def test_versions_of_one_story_do_not_teach_its_sentences() -> None:
    story = BODIES[0] + " The council will meet again next week to approve the budget."
    raws = [article(story, f"Update {i}: the session ended late in the evening.") for i in range(6)]
    memory = LearnedBoilerplate()
    memory.observe(batch(raws))
    assert memory.documents("frontline") == 1
    assert not memory.known("frontline")


def test_learning_carries_over_to_later_batches_of_the_same_pipeline() -> None:
    pipeline = Pipeline([CleanStage()])
    first = batch([article(body, SIGN_OFF) for body in BODIES[:4]])
    list(pipeline.pipe(first, batch_size=4))
    later = pipeline(Document(id="late", raw=article(BODIES[5], SIGN_OFF), source="frontline"))
    assert SIGN_OFF not in later.text


def test_thresholds_are_validated() -> None:
    with pytest.raises(ValueError):
        LearnedBoilerplate(min_documents=1)
    with pytest.raises(ValueError):
        LearnedBoilerplate(min_share=0.0)


VOCABULARY = (
    "Subscribe to our channel for daily updates. Frontline Daily is independent. "
    "Russian troops shelled Kharkiv killing 3 civilians. KYIV, Ukraine — Photo: "
    "council met repairs water network officials said"
)
WORDS = [*VOCABULARY.split(), "\u00a0", "\u200b", "\n"]
paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=20).map(" ".join)
shared = st.lists(paragraph, min_size=1, max_size=3)


@settings(max_examples=40, deadline=None)
@given(shared, st.lists(st.lists(paragraph, min_size=1, max_size=4), min_size=3, max_size=8))
def test_learned_cuts_keep_offsets_exact(furniture, bodies):
    raws = ["\n\n".join(body + furniture) for body in bodies]
    for doc in run(batch(raws)):
        assert doc.text == doc.text.strip()
        maps_back(doc)
