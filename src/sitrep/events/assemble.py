"""From candidates to events: gather arguments, merge mentions of one event, score.

A candidate is one sentence that signals an event. Its arguments are read
from the sentence, then its paragraph, then the document. Candidates that
describe the same happening (same kind, compatible date and place) merge into
one event whose evidence lists every supporting sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sitrep.annotate.dates import event_date_for
from sitrep.events import counts
from sitrep.events.actors import CIVILIANS, groups_in
from sitrep.events.claims import claim_for
from sitrep.events.detect import Candidate
from sitrep.events.equipment import extract_losses
from sitrep.events.place import Located, main_region, place_for
from sitrep.events.taxonomy import BATTLES, REMOTE, VAC, event_type_of
from sitrep.resolve.actors import ActorRegistry
from sitrep.schema import (
    Claim,
    DateMention,
    Document,
    EquipmentLoss,
    Mention,
    Place,
    Prisoners,
    Span,
)
from sitrep.schema.intervals import SpanIndex

_NO_PLACE = Place(None, None)
VIOLENT = frozenset({BATTLES, REMOTE, VAC})
_DEFENSIVE = re.compile(r"(?:repel|repuls|fended|fought off|held off|defended)", re.IGNORECASE)
#: Sub-types whose sentences about the same prisoners describe one event.
PRISONER_TYPES = frozenset({"Agreement", "Other", "Arrests"})


@dataclass(slots=True)
class Draft:
    """An event being assembled from one or more candidates."""

    sub_event_type: str
    weight: float
    order: int
    topic: str | None
    date: DateMention | None
    place: Place
    place_span: Span | None
    claim: Claim
    evidence: list[Span]
    #: The paragraph of the first sentence: the context that types a demonstration.
    context: Span | None = None
    #: The trigger's words: "shelled" says who fired, "the shelling" may only mention it.
    trigger: str = ""
    actors: list[str] = field(default_factory=list)
    fatalities: list[int] = field(default_factory=list)
    injuries: list[int] = field(default_factory=list)
    equipment: list[EquipmentLoss] = field(default_factory=list)
    prisoners: list[int] = field(default_factory=list)
    wounded: list[int] = field(default_factory=list)
    prisoner_side: str | None = None
    territory: list[float] = field(default_factory=list)
    sentences: int = 1
    defensive: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    doc: Document
    registry: ActorRegistry
    places: list[Located]
    doc_actor_keys: set[str]
    mentions: SpanIndex[Mention]
    place_index: SpanIndex[Located]


def draft_from(candidate: Candidate, order: int, ctx: Context) -> Draft:
    """Read one candidate's arguments from its sentence and paragraph."""
    doc, sentence, paragraph = ctx.doc, candidate.sentence, candidate.paragraph
    mentions = ctx.mentions
    in_sentence = mentions.within(sentence)
    located = place_for(candidate.trigger, sentence, paragraph, ctx.place_index)
    text = sentence.text
    draft = Draft(
        sub_event_type=candidate.sub_event_type,
        weight=candidate.weight,
        order=order,
        topic=candidate.topic,
        date=_date_for(doc, sentence, paragraph),
        place=located.place if located else _NO_PLACE,
        place_span=located.span if located else None,
        claim=claim_for(sentence, in_sentence, ctx.registry, candidate.trigger),
        evidence=[sentence],
        context=paragraph,
        trigger=candidate.trigger.text,
    )
    trigger = candidate.trigger
    scope = (
        sentence if groups_in(mentions, sentence, ctx.registry, ctx.doc_actor_keys) else paragraph
    )
    found = groups_in(mentions, scope, ctx.registry, ctx.doc_actor_keys, trigger)
    draft.actors = [a.key for a in found]
    draft.defensive = bool(_DEFENSIVE.match(trigger.text))
    draft.fatalities = counts.sentence_total(counts.fatalities(text))
    among = counts.wounded_among(text)
    draft.injuries = counts.sentence_total(
        c
        for c in counts.injuries(text)
        if not any(c.start < w.end and w.start < c.end for w in among)
    )
    draft.prisoners = [c.value for c in counts.prisoners(text)]
    draft.wounded = [c.value for c in among]
    draft.territory = [float(c.value) for c in counts.territory_km2(text)]
    draft.equipment = [loss for loss, _ in extract_losses(text)]
    draft.prisoner_side = _nationality(text) if draft.prisoners or candidate.topic else None
    return draft


def _nationality(text: str) -> str | None:
    lowered = text.lower()
    for word, country in (("russian", "Russia"), ("ukrainian", "Ukraine")):
        if (
            f"{word} soldier" in lowered
            or f"{word} pow" in lowered
            or f"{word} prisoner" in lowered
        ):
            return country
    return None


def _date_for(doc: Document, sentence: Span, paragraph: Span) -> DateMention | None:
    same_field = [d for d in doc.dates if d.span.field == sentence.field]
    return event_date_for(same_field, sentence.start, sentence.end, None, paragraph.start)


def attach_casualty_sentences(
    doc: Document,
    paragraphs: dict[str, list[Span]],
    candidates: list[Candidate],
    drafts: list[Draft],
) -> None:
    """A sentence that only counts the dead ("Two civilians were killed.") belongs to the
    event told just before it in the same paragraph."""
    used = {c.sentence for c in candidates}
    for sentence in doc.sentences:
        if sentence in used:
            continue
        dead = counts.sentence_total(counts.fatalities(sentence.text))
        hurt = counts.sentence_total(counts.injuries(sentence.text))
        if not dead and not hurt:
            continue
        host = _previous_in_paragraph(sentence, paragraphs.get(sentence.field, []), drafts)
        if host is not None:
            host.fatalities += dead
            host.injuries += hurt
            host.evidence.append(sentence)


def attach_to_previous(
    draft: Draft, paragraphs: dict[str, list[Span]], drafts: list[Draft]
) -> bool:
    """A sentence that only lists losses adds them to the event told just before it."""
    sentence = draft.evidence[0]
    host = _previous_in_paragraph(sentence, paragraphs.get(sentence.field, []), drafts)
    if host is None:
        return False
    host.evidence.append(sentence)
    host.equipment += draft.equipment
    host.fatalities += draft.fatalities
    host.injuries += draft.injuries
    return True


def _previous_in_paragraph(
    sentence: Span, paragraphs: list[Span], drafts: list[Draft]
) -> Draft | None:
    """The draft told last before ``sentence`` in its paragraph, violent events first:
    deaths are those of the attack, not of the interception reported beside it."""
    para = next((p for p in paragraphs if p.start <= sentence.start < p.end), None)
    if para is None:
        return None
    best: tuple[int, Draft] | None = None
    violent = [d for d in drafts if event_type_of(d.sub_event_type) in VIOLENT]
    for draft in violent or drafts:
        for span in draft.evidence:
            inside = span.field == sentence.field and para.start <= span.start < sentence.start
            if inside and (best is None or span.start > best[0]):
                best = (span.start, draft)
    return best[1] if best else None


def compatible(a: Draft, b: Draft, sides: dict[str, str | None] | None = None) -> bool:
    """Whether two drafts can describe one happening (not two sides firing at each other)."""
    same_kind = a.sub_event_type == b.sub_event_type or (
        a.topic == b.topic == "prisoners" and {a.sub_event_type, b.sub_event_type} <= PRISONER_TYPES
    )
    if not same_kind or (sides is not None and _opposed(a, b, sides)):
        return False
    if a.date and b.date and a.date.date != b.date.date:
        return False
    return _places_agree(a.place, b.place)


def _places_agree(a: Place, b: Place) -> bool:
    if a.country is None or b.country is None:
        return True
    if a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if (a.geo_precision or 3) < 3 and (b.geo_precision or 3) < 3:
        return a.location == b.location
    return True


def merge(into: Draft, other: Draft, precedence: dict[str, int]) -> None:
    """Fold ``other`` into ``into``: keep the stronger type, the more precise facts."""
    if precedence.get(other.sub_event_type, 99) < precedence.get(into.sub_event_type, 99):
        into.sub_event_type = other.sub_event_type
        into.claim = other.claim if other.claim.status != "reported" else into.claim
    into.weight = max(into.weight, other.weight)
    if into.date is None or (other.date and other.date.precision < into.date.precision):
        into.date = other.date
    if (other.place.geo_precision or 9) < (into.place.geo_precision or 9):
        into.place, into.place_span = other.place, other.place_span
    if into.claim.status == "reported" and into.claim.by is None and other.claim.by:
        into.claim = other.claim
    into.evidence += other.evidence  # each sentence yields one candidate: no repeats
    into.actors += [k for k in other.actors if k not in into.actors]
    for name in ("fatalities", "injuries", "equipment", "prisoners", "wounded", "territory"):
        getattr(into, name).extend(getattr(other, name))
    into.prisoner_side = into.prisoner_side or other.prisoner_side
    into.sentences += 1


def absorb_battle_shelling(drafts: list[Draft], sides: dict[str, str | None]) -> list[Draft]:
    """ACLED's rules for one place and day: shelling inside a battle is part of the armed
    clash; two sides shelling each other fight an armed clash; the clash that wins ground
    is part of the change of territory. ``sides`` maps actor keys to their side."""
    kept = list(drafts)
    for draft in reversed(drafts):
        host = next((k for k in kept if _absorbs(k, draft, sides)), None)
        if host is None:
            continue
        if host.sub_event_type == draft.sub_event_type == SHELLING:
            host.sub_event_type = "Armed clash"
        host.evidence += draft.evidence
        host.fatalities += draft.fatalities
        host.injuries += draft.injuries
        host.actors += [k for k in draft.actors if k not in host.actors]
        kept.remove(draft)
    return kept


SHELLING = "Shelling/artillery/missile attack"
_TERRITORY = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def _absorbs(host: Draft, draft: Draft, sides: dict[str, str | None]) -> bool:
    """Whether ``host`` takes ``draft`` in: same place and day, and a rule above applies."""
    if host is draft or not _same_place_and_day(host, draft):
        return False
    if host.sub_event_type in _TERRITORY:
        return draft.sub_event_type == "Armed clash"
    if host.sub_event_type == "Armed clash":
        return draft.sub_event_type == SHELLING
    if host.sub_event_type == draft.sub_event_type == SHELLING:
        return _opposed(host, draft, sides)
    return False


_FIRED = re.compile(r"(?i:shelled|fired|struck|bombarded|обстріля\w*|обстреля\w*)")


def _opposed(a: Draft, b: Draft, sides: dict[str, str | None]) -> bool:
    """Whether each draft tells of one side firing ("X shelled …"), as the sides differ.

    A mention ("the shelling", "denied that shelling took place") or a claim is not fire.
    """
    for draft in (a, b):
        if not _FIRED.fullmatch(draft.trigger) or draft.claim.status in {"claimed", "denied"}:
            return False
    first = [sides.get(d.actors[0]) if d.actors else None for d in (a, b)]
    return None not in first and first[0] != first[1]


def _same_place_and_day(a: Draft, b: Draft) -> bool:
    return (
        a.date is not None
        and b.date is not None
        and a.date.date == b.date.date
        and a.place.location is not None
        and a.place.location == b.place.location
    )


def resolve_date(draft: Draft, published: dt.date | None) -> tuple[str | None, int]:
    """The draft's own date, never later than publication; else the publication date."""
    if draft.date is not None and (published is None or draft.date.date <= published):
        return draft.date.date.isoformat(), draft.date.precision
    if published is not None:
        return published.isoformat(), 2
    return None, 3


def fallback_place(draft: Draft, places: list[Located]) -> Place:
    """A draft with no place of its own takes the document's main region."""
    if draft.place.country is not None:
        return draft.place
    region = main_region(places)
    return region if region is not None else draft.place


_CIVILIAN_WORDS = (
    *("civilian", "resident", "people", "child", "woman", "man "),
    *("цивільн", "мирн", "жител", "жінк", "дит", "людей", "людин", "женщин", "детей", "человек"),
)


def civilian_target(draft: Draft, text: str) -> str | None:
    """actor2 for strikes and attacks that hit civilians, by the place's country."""
    lowered = text.lower()
    if any(w in lowered for w in _CIVILIAN_WORDS):
        country = draft.place.country or "Ukraine"
        return CIVILIANS.get(country)
    return None


def with_side(losses: list[EquipmentLoss], side: str | None) -> list[EquipmentLoss]:
    """Merge equal items and fill the owner's side where the sentence left it open."""
    merged: dict[tuple[str, str | None, str, str | None], EquipmentLoss] = {}
    for loss in losses:
        loss = loss if loss.side else replace(loss, side=side)
        key = (loss.category, loss.model, loss.status, loss.side)
        if key in merged:
            loss = replace(loss, count=merged[key].count + loss.count)
        merged[key] = loss
    return list(merged.values())


def prisoners_of(draft: Draft, held_by: str | None, side: str | None) -> Prisoners | None:
    if not draft.prisoners:
        return None
    wounded = max(draft.wounded) if draft.wounded else None
    return Prisoners(max(draft.prisoners), wounded, held_by, draft.prisoner_side or side)
