"""The clean stage: raw text → body text, with every cut and repair recorded.

The stage runs in three passes over text, each applied through
`apply_edits` so ``doc.offsets`` maps every character of ``doc.text`` back
to the raw input:

1. `normalize_raw`: Unicode NFC, invisible characters and odd spaces.
2. Rules find what is not body text, by priority: the dateline, the lead
   caption (or a repeated headline), the tags line, embedded posts,
   related-article lines, credit lines, boilerplate. The first rule to claim
   a range wins it; each cut leaves `Removal` records (kinds: ``dateline``,
   ``caption``, ``credit``, ``title``, ``tags``, ``embed``, ``related``,
   ``boilerplate``, ``duplicate``).
3. `tidy_edits` folds the whitespace the cuts left, then keyboard-layout
   repairs (same length, so offsets stay one to one) are applied to the
   body and the caption and recorded as `Correction`s.

``published`` and ``language`` are only filled when ingest left them empty;
a caption or tags that ingest found (e.g. in HTML markup) are kept when the
text holds none. Embeds, corrections and removals are recomputed from the
raw text, so running the stage twice gives the same document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sitrep.clean.boilerplate import (
    BoilerplateMemory,
    LearningMemory,
    find_boilerplate,
    find_related_lines,
)
from sitrep.clean.captions import find_credit_lines, find_lead
from sitrep.clean.dateline import find_dateline
from sitrep.clean.edits import EditPlan, apply_edits
from sitrep.clean.embeds import find_telegram_posts, find_tweets
from sitrep.clean.language import detect_language
from sitrep.clean.layout import find_repairs
from sitrep.clean.learned import LearnedBoilerplate, source_key
from sitrep.clean.normalize import normalize_raw, tidy_edits, tidy_inline
from sitrep.clean.tags import find_tags
from sitrep.schema import Correction, Document, Embed, OffsetMap


@dataclass(slots=True)
class _Found:
    """What the rules found besides the cuts themselves."""

    published: str | None = None
    caption: str | None = None
    tags: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)


class CleanStage:
    """Turns ``doc.raw`` into ``doc.text`` plus metadata, keeping the offset map exact.

    ``memory`` plugs in per-source boilerplate learned across a corpus (see
    `BoilerplateMemory`). By default each stage gets its own `LearnedBoilerplate`,
    fed every batch the pipeline runs (`observe`), so a site's furniture that
    recurs across its documents is cut; ``learn=False`` without a memory keeps
    to in-document evidence only. A document cleaned outside a pipeline, with
    nothing observed, is cut on in-document evidence alone either way.
    """

    name: str = "clean"
    requires: tuple[str, ...] = ("raw",)
    assigns: tuple[str, ...] = (
        "text",
        "offsets",
        "caption",
        "tags",
        "embeds",
        "corrections",
        "removed",
        "published",
        "language",
    )

    def __init__(self, memory: BoilerplateMemory | None = None, *, learn: bool = True) -> None:
        if memory is None and learn:
            memory = LearnedBoilerplate()
        self.memory = memory

    def observe(self, docs: Sequence[Document]) -> None:
        """Let a learning memory count the batch before any of it is cleaned, so the
        batch's own recurring furniture is cut from every document in it."""
        if isinstance(self.memory, LearningMemory):
            self.memory.observe(docs)

    def __call__(self, doc: Document) -> Document:
        norm, base = normalize_raw(doc.raw)
        plan = EditPlan()
        found = self._find(doc, norm, plan)
        text, offsets = apply_edits(norm, plan.edits, base)
        text, offsets = apply_edits(text, tidy_edits(text), offsets)
        caption = tidy_inline(found.caption or doc.caption or "") or None
        language = doc.language or detect_language(text or caption or "")
        text, offsets, corrections = _repair_text(text, offsets, language)
        caption, caption_corrections = _repair_caption(caption, language)
        doc.text, doc.offsets = text, offsets
        doc.caption = caption or None
        doc.tags = found.tags or doc.tags
        doc.embeds = found.embeds
        doc.corrections = corrections + caption_corrections
        doc.removed = plan.removals()
        doc.language = language
        if not doc.published and found.published:
            doc.published = found.published
        return doc

    def _find(self, doc: Document, text: str, plan: EditPlan) -> _Found:
        """Run the rules in priority order, each claiming ranges in ``plan``."""
        found = _Found()
        lead_start = 0
        dateline = find_dateline(text)
        if dateline and plan.add(dateline.edit):
            found.published = dateline.date.isoformat()
            lead_start = dateline.edit.end
        lead = find_lead(text, lead_start, doc.title, after_dateline=lead_start > 0)
        if lead and plan.add(lead.edit):
            found.caption = lead.caption
        tags = find_tags(text)
        if tags and plan.add(tags.edit):
            found.tags = tags.values
        embeds = sorted(find_tweets(text) + find_telegram_posts(text), key=lambda f: f.edit.start)
        found.embeds = [item.embed for item in embeds if plan.add(item.edit)]
        plan.extend(find_related_lines(text, plan.is_free))
        plan.extend(find_credit_lines(text))
        known = self.memory.known(source_key(doc)) if self.memory else ()
        plan.extend(find_boilerplate(text, plan.is_free, known))
        return found


def _repair_text(
    text: str, offsets: OffsetMap, language: str | None
) -> tuple[str, OffsetMap, list[Correction]]:
    repairs = find_repairs(text, language)
    if not repairs:
        return text, offsets, []
    text, offsets = apply_edits(text, [repair.edit() for repair in repairs], offsets)
    return (
        text,
        offsets,
        [_correction("text", r.start, r.end, r.original, r.replacement) for r in repairs],
    )


def _repair_caption(
    caption: str | None, language: str | None
) -> tuple[str | None, list[Correction]]:
    if not caption:
        return caption, []
    repairs = find_repairs(caption, language)
    for repair in repairs:
        caption = caption[: repair.start] + repair.replacement + caption[repair.end :]
    corrections = [
        _correction("caption", r.start, r.end, r.original, r.replacement) for r in repairs
    ]
    return caption, corrections


def _correction(
    field_name: str, start: int, end: int, original: str, replacement: str
) -> Correction:
    return Correction(field_name, start, end, original, replacement, "keyboard_layout")
