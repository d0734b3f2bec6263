import logging

import pytest

from sitrep.errors import InputError, PipelineError
from sitrep.pipeline import Pipeline
from sitrep.schema import Document


class Upper:
    name = "upper"
    requires = ("raw",)
    assigns = ("text",)

    def __call__(self, doc: Document) -> Document:
        doc.text = doc.raw.upper()
        return doc


class NeedsSentences:
    name = "needs"
    requires = ("sentences",)
    assigns = ("events",)

    def __call__(self, doc: Document) -> Document:
        return doc


class Refuses:
    name = "refuses"
    requires = ("text",)
    assigns = ()

    def __call__(self, doc: Document) -> Document:
        if "BAD" in doc.text:
            raise InputError("bad text", "bad_text")
        return doc


class Crashes:
    name = "crashes"
    requires = ("text",)
    assigns = ()

    def __call__(self, doc: Document) -> Document:
        raise ZeroDivisionError("boom")


def test_pipeline_checks_requirements_when_built():
    with pytest.raises(PipelineError, match="sentences"):
        Pipeline([Upper(), NeedsSentences()])


def test_pipe_keeps_order_and_turns_errors_into_rejections():
    pipeline = Pipeline([Upper(), Refuses()])
    docs = [Document(id=str(i), raw=raw) for i, raw in enumerate(["a", "bad", "c"])]
    out = list(pipeline.pipe(docs, batch_size=2))
    assert [d.id for d in out] == ["0", "1", "2"]
    assert out[1].rejection is not None
    assert (out[1].rejection.stage, out[1].rejection.code) == ("refuses", "bad_text")
    assert out[0].rejection is None and out[2].text == "C"


def test_unexpected_errors_are_logged_and_rejected(caplog):
    pipeline = Pipeline([Upper(), Crashes()])
    with caplog.at_level(logging.ERROR):
        doc = pipeline(Document(id="x", raw="text"))
    assert doc.rejection is not None and doc.rejection.code == "internal_error"
    assert "ZeroDivisionError" in doc.rejection.message
    assert "crashes" in caplog.text


def test_default_pipeline_is_valid():
    from sitrep.pipeline_factory import default_pipeline

    assert default_pipeline().names == ("clean", "duplicates", "annotate", "events")


class CountsBatch:
    """Learns how many live documents its batch holds before processing them."""

    name = "counts"
    requires = ("text",)
    assigns = ()

    def __init__(self) -> None:
        self.seen: list[int] = []

    def observe(self, docs):
        self.seen.append(len(docs))

    def __call__(self, doc: Document) -> Document:
        doc.text += f"/{self.seen[-1]}"
        return doc


def test_batch_observers_see_each_live_batch_before_processing_it():
    counter = CountsBatch()
    pipeline = Pipeline([Upper(), Refuses(), counter])
    raws = ["a", "bad", "c", "d", "e"]
    out = list(pipeline.pipe((Document(id=r, raw=r) for r in raws), batch_size=3))
    assert counter.seen == [2, 2]
    assert [d.text for d in out] == ["A/2", "BAD", "C/2", "D/2", "E/2"]
