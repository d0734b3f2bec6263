"""Find event candidates: sentences whose wording signals an ACLED sub-event type."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.events.equipment import extract_losses
from sitrep.events.taxonomy import PRECEDENCE, TRIGGERS, Trigger
from sitrep.schema import Document, Span

_PRISONER_TOPIC = re.compile(
    r"\b(?:prisoners?|POWs?|captives?|captured (?:\w+ )?(?:soldiers|servicemen)|"
    r"полонен\w*|пленн\w*)",
    re.IGNORECASE,
)
_RANK = {name: rank for rank, name in enumerate(PRECEDENCE)}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence that signals an event, with the paragraph around it."""

    sub_event_type: str
    sentence: Span
    paragraph: Span
    trigger: Span
    weight: float
    topic: str | None
    #: True when only an equipment loss signals the event (no trigger phrase).
    loss_only: bool = False


def detect_candidates(doc: Document, paragraphs: dict[str, list[Span]]) -> list[Candidate]:
    """The strongest trigger of every sentence that has one, in text order."""
    found = []
    for sentence in doc.sentences:
        hits = _hits(sentence.text)
        if hits:
            trigger, match = min(
                hits, key=lambda h: (_RANK.get(h[0].sub_event_type, 99), h[1].start())
            )
            sub_event_type, weight = trigger.sub_event_type, trigger.weight
            start, end = sentence.start + match.start(), sentence.start + match.end()
        else:
            loss = _equipment_loss(sentence.text)
            if loss is None:
                continue
            sub_event_type, weight = "Armed clash", 0.6
            start, end = sentence.start + loss[0], sentence.start + loss[1]
        if _is_planned(sentence.text, start - sentence.start, sub_event_type):
            continue
        text = doc.field_text(sentence.field)
        topic = "prisoners" if _PRISONER_TOPIC.search(sentence.text) else None
        found.append(
            Candidate(
                sub_event_type=sub_event_type,
                sentence=sentence,
                paragraph=_containing(paragraphs.get(sentence.field, []), sentence),
                trigger=Span(start, end, text[start:end], "trigger", sentence.field),
                weight=weight,
                topic=topic,
                loss_only=not hits,
            )
        )
    return found


_FUTURE = re.compile(
    r"(?i:\b(?:will|would|shall|plans? to|planning to|intends? to|is going to|are going to|"
    r"threaten(?:s|ed)? to|may|might|could|буде|будуть|будет|будут)\b[^.,;]{0,30})\Z"
)
#: A plan is itself an event only for agreements ("they will hand over the prisoners").
_PLANS_COUNT = frozenset({"Agreement", "Other", "Change to group/activity"})


def _is_planned(text: str, trigger_start: int, sub_event_type: str) -> bool:
    """Violence that is only announced or threatened ("will shell Kherson") did not happen."""
    if sub_event_type in _PLANS_COUNT:
        return False
    return bool(_FUTURE.search(text, max(0, trigger_start - 40), trigger_start))


def _equipment_loss(text: str) -> tuple[int, int] | None:
    """Destroyed or captured equipment with no other cue still tells of fighting."""
    losses = extract_losses(text)
    if not losses:
        return None
    spans = [span for _, spans in losses for span in spans]
    return min(spans) if spans else None


def _hits(text: str) -> list[tuple[Trigger, re.Match[str]]]:
    hits = []
    for trigger in TRIGGERS:
        match = trigger.pattern.search(text)
        if match:
            hits.append((trigger, match))
    return hits


def _containing(paragraphs: list[Span], sentence: Span) -> Span:
    for para in paragraphs:
        if para.start <= sentence.start and sentence.end <= para.end:
            return para
    return sentence
