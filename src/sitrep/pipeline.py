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
        """Run every stage; a failing stage turns into the document's rejection."""
        if doc.rejection is not None:
            return doc
        for stage in self.stages:
            try:
                doc = stage(doc)
            except SitrepError as err:
                doc.rejection = Rejection(stage.name, err.code, str(err))
            except Exception as err:  # a bug must not sink the batch, but is logged in full
                log.exception("stage %s failed on document %s", stage.name, doc.id)
                doc.rejection = Rejection(stage.name, INTERNAL, f"{type(err).__name__}: {err}")
            if doc.rejection is not None:
                break
        return doc

    def pipe(self, docs: Iterable[Document], batch_size: int = 64) -> Iterator[Document]:
        """Stream documents through the pipeline in batches, preserving order."""
        iterator = iter(docs)
        while batch := list(islice(iterator, batch_size)):
            yield from (self(doc) for doc in batch)
