"""Find event candidates: sentences whose wording signals an ACLED sub-event type."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.events.equipment import extract_losses
from sitrep.events.taxonomy import TRIGGERS, Trigger
from sitrep.schema import Document, Span

_PRISONER_TOPIC = re.compile(
    r"\b(?:prisoners?|POWs?|captives?|captured (?:\w+ )?(?:soldiers|servicemen)|"
    r"полон\w*|плен\w*)",
    re.IGNORECASE,
)


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
            trigger, match = min(hits, key=lambda h: (h[0].rank, h[1].start()))
            sub_event_type, weight = trigger.sub_event_type, trigger.weight
            start, end = _focused(trigger, match)
            start, end = sentence.start + start, sentence.start + end
        else:
            loss = _equipment_loss(sentence.text)
            if loss is None:
                continue
            sub_event_type, weight = "Armed clash", 0.6
            start, end = sentence.start + loss[0], sentence.start + loss[1]
        text = doc.field_text(sentence.field)
        if _not_an_event(sentence, text[start:end], start, sub_event_type, weight):
            continue
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
    r"threaten(?:s|ed)? to|(?-i:may)|might|could|буде|будуть|будет|будут)\b[^.,;]{0,30})\Z"
)
#: A plan is itself an event only for agreements ("they will hand over the prisoners").
_PLANS_COUNT = frozenset({"Agreement", "Other", "Change to group/activity"})


#: An explosion with no weapon or attacker named, in an industrial or household setting,
#: is an accident, not political violence.
_WEAK = 0.5
_EXPLOSION = "Remote explosive/landmine/IED"
_ACCIDENT = re.compile(
    r"(?i:\b(?:gas|boiler|factory|chemical|pipeline|transformer|cylinders?|fireworks?|"
    r"industrial|propane|plant|refinery|warehouse|tanker|crash|accident\w*|fire|leak)\b)"
)


def _is_accident(text: str, sub_event_type: str, weight: float) -> bool:
    return sub_event_type == _EXPLOSION and weight <= _WEAK and bool(_ACCIDENT.search(text))


#: Verbs that name no weapon: "an earthquake hit", "the tanker was struck by a ship".
_BARE_VERBS = frozenset({"hit", "struck", "strike", "strikes", "fired"})
_DISASTER = re.compile(
    r"(?i:\b(?:earthquakes?|quakes?|tremors?|floods?|flooding|storms?|rains?|drought|"
    r"hurricanes?|cyclones?|typhoons?|tornado\w*|tsunami|landslides?|wildfires?|lightning|"
    r"collided|collision|crash\w*|carrier|tanker|vessel|epidemic|pandemic|outbreak|virus|"
    r"unemployment|prices|economy|recession)\b)"
)


def _is_disaster(sentence: str, trigger: str) -> bool:
    """A bare verb of hitting in a sentence about a disaster or an accident."""
    return trigger.lower() in _BARE_VERBS and bool(_DISASTER.search(sentence))


def _not_an_event(
    sentence: Span, trigger: str, start: int, sub_event_type: str, weight: float
) -> bool:
    """Planned or threatened violence, accidents and disasters are not events."""
    return (
        _is_planned(sentence.text, start - sentence.start, sub_event_type)
        or _is_accident(sentence.text, sub_event_type, weight)
        or _is_disaster(sentence.text, trigger)
    )


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


def _focused(trigger: Trigger, match: re.Match[str]) -> tuple[int, int]:
    """The span of the trigger proper within its match (the last verb after a subject)."""
    if trigger.focus is None:
        return match.start(), match.end()
    verbs = list(trigger.focus.finditer(match.group()))
    if not verbs:
        return match.start(), match.end()
    return match.start() + verbs[-1].start(), match.start() + verbs[-1].end()


def _hits(text: str) -> list[tuple[Trigger, re.Match[str]]]:
    """The first match of every trigger group in ``text``.

    Groups that do not depend on case search the lowercased text (same offsets
    whenever lowercasing keeps the length, which is checked).
    """
    lowered = text.lower()
    same_offsets = len(lowered) == len(text)
    hits = []
    for trigger in TRIGGERS:
        if same_offsets and trigger.fast is not None:
            match = trigger.fast.search(lowered)
        else:
            match = trigger.pattern.search(text)
        if match:
            hits.append((trigger, match))
    return hits


def _containing(paragraphs: list[Span], sentence: Span) -> Span:
    for para in paragraphs:
        if para.start <= sentence.start and sentence.end <= para.end:
            return para
    return sentence
