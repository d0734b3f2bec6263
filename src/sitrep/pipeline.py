"""The Stage protocol and the Pipeline that runs stages over Documents.

Like spaCy's `Language`, one object (a `Document`) flows through an ordered
list of stages. Each stage declares the document layers it ``requires`` and
the ones it ``assigns``; `Pipeline` checks them when it is built, so a
mis-ordered pipeline fails at assembly, not halfway through a corpus.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Protocol, runtime_checkable

from sitrep.errors import INTERNAL, PipelineError, SitrepError
from sitrep.schema import Document, Rejection

log = logging.getLogger(__name__)

#: Layers every Document has when it leaves ingest.
INGESTED = frozenset({"id", "raw", "path", "url", "title", "published", "language", "source"})


@runtime_checkable
class Stage(Protocol):
    """A pipeline component: a named transformation of a Document."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered, validated list of stages."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        available = set(INGESTED)
        for stage in stages:
            missing = [layer for layer in stage.requires if layer not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {missing} which no earlier stage assigns"
                )
            available.update(stage.assigns)
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)

    def __call__(self, doc: Document) -> Document:
        """Run every stage on one document; a failing stage becomes its rejection."""
        return self._run_batch([doc])[0]

    def pipe(self, docs: Iterable[Document], batch_size: int = 64) -> Iterator[Document]:
        """Stream documents through the pipeline in batches, preserving order.

        Each batch goes through the stages one stage at a time, so a stage that
        learns from a corpus (`BatchObserver`) sees the whole batch first.
        """
        iterator = iter(docs)
        while batch := list(islice(iterator, batch_size)):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> list[Document]:
        for stage in self.stages:
            live = [doc for doc in batch if doc.rejection is None]
            if isinstance(stage, BatchObserver):
                stage.observe(live)
            for doc in live:
                _apply(stage, doc)
        return batch


@runtime_checkable
class BatchObserver(Protocol):
    """A stage that learns from a whole batch before it processes its documents
    (boilerplate that recurs across a source's documents, near-duplicates)."""

    def observe(self, docs: Sequence[Document]) -> None: ...


def _apply(stage: Stage, doc: Document) -> None:
    """Run one stage in place; errors become the document's rejection."""
    try:
        result = stage(doc)
    except SitrepError as err:
        doc.rejection = Rejection(stage.name, err.code, str(err))
    except Exception as err:  # a bug must not sink the batch, but is logged in full
        log.exception("stage %s failed on document %s", stage.name, doc.id)
        doc.rejection = Rejection(stage.name, INTERNAL, f"{type(err).__name__}: {err}")
    else:
        if result is not doc:
            raise PipelineError(f"stage {stage.name!r} must return the document it was given")
