"""The event stage: candidates → drafts → merged, typed, scored events."""

from __future__ import annotations

from dataclasses import replace

from sitrep.annotate.sentences import paragraphs
from sitrep.events.actors import MILITARY, OPPONENT, assign_sides
from sitrep.events.assemble import (
    Context,
    Draft,
    absorb_battle_shelling,
    attach_casualty_sentences,
    attach_to_previous,
    civilian_target,
    compatible,
    draft_from,
    fallback_place,
    merge,
    prisoners_of,
    resolve_date,
    with_side,
)
from sitrep.events.detect import detect_candidates
from sitrep.events.notes import notes_for
from sitrep.events.place import document_places
from sitrep.events.protests import demonstration_type
from sitrep.events.taxonomy import BATTLES, PRECEDENCE, REMOTE, event_type_of
from sitrep.resolve.actors import ActorEntry, registry
from sitrep.schema import Document, Event, Place, Span
from sitrep.schema.intervals import SpanIndex

_RANK = {name: rank for rank, name in enumerate(PRECEDENCE)}


class EventStage:
    name: str = "events"
    requires: tuple[str, ...] = ("sentences", "mentions", "dates", "quantities")
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, doc: Document) -> Document:
        doc.events = list(extract_events(doc))
        return doc


def extract_events(doc: Document) -> list[Event]:
    """Every event of a document, most confident first."""
    paras = {name: paragraphs(text, name) for name, text in doc.text_fields()}
    candidates = detect_candidates(doc, paras)
    if not candidates:
        return []
    places = document_places(doc)
    ctx = Context(
        doc=doc,
        registry=registry(),
        places=places,
        doc_actor_keys={m.key for m in doc.mentions},
        mentions=SpanIndex(
            (m for m in doc.mentions if m.kind in {"actor", "person"}), lambda m: m.span
        ),
        place_index=SpanIndex(places, lambda p: p.span),
    )
    sides = {key: entry.side for key, entry in ctx.registry.entries.items()}
    drafts: list[Draft] = []
    for order, candidate in enumerate(candidates):
        draft = draft_from(candidate, order, ctx)
        if candidate.loss_only and attach_to_previous(draft, paras, drafts):
            continue
        host = next((d for d in drafts if compatible(d, draft, sides)), None)
        if host is None:
            drafts.append(draft)
        else:
            merge(host, draft, _RANK)
    attach_casualty_sentences(doc, paras, candidates, drafts)
    drafts = absorb_battle_shelling(drafts, sides)
    events = [_event(draft, ctx, len(candidates)) for draft in drafts]
    events.sort(key=lambda e: -e.confidence)
    for number, event in enumerate(events, start=1):
        event.id = f"{doc.id}:e{number}"
    return events


def _event(draft: Draft, ctx: Context, total: int) -> Event:
    reg = ctx.registry
    claimant = reg.by_name(draft.claim.by) if draft.claim.by else None
    ordered = [e for e in (reg.get(k) for k in draft.actors) if e is not None]
    kind = event_type_of(draft.sub_event_type)
    sides = assign_sides(
        ordered, claimant, reg, default_opponent=kind == BATTLES, defensive=draft.defensive
    )
    if draft.sub_event_type == "Air/drone strike" and sides.actor1 is not None:
        sides = replace(sides, actor1=reg.branch(sides.actor1, "Air Force"))
    loser = OPPONENT.get(sides.actor1.side or "") if sides.actor1 else None
    equipment = with_side(draft.equipment, loser)
    actor2 = sides.actor2
    if actor2 is None and equipment:
        actor2 = reg.get(MILITARY.get(equipment[0].side or "", ""))
    place = fallback_place(draft, ctx.places)
    if actor2 is None and kind in {REMOTE, "Violence against civilians"}:
        actor2 = reg.get(civilian_target(draft, " ".join(s.text for s in draft.evidence)) or "")
    sub_event_type = _territory_owner_rule(draft.sub_event_type, sides.actor1, place)
    if draft.context is not None:
        context = ctx.doc.field_text(draft.context.field)
        sub_event_type = demonstration_type(
            sub_event_type, context[draft.context.start : draft.context.end]
        )
    event_date, precision = resolve_date(draft, ctx.doc.published_date)
    prisoners = prisoners_of(draft, sides.actor1.name if sides.actor1 else None, loser)
    event = Event(
        id="",
        event_date=event_date,
        date_precision=precision,
        event_type=kind,
        sub_event_type=sub_event_type,
        actor1=_name(sides.actor1),
        actor2=_name(actor2),
        assoc_actor_1="; ".join(a.name for a in sides.assoc1) or None,
        assoc_actor_2="; ".join(a.name for a in sides.assoc2) or None,
        inter1=sides.actor1.inter if sides.actor1 else None,
        inter2=actor2.inter if actor2 else None,
        place=place,
        fatalities=min(draft.fatalities) if draft.fatalities else 0,
        injuries=min(draft.injuries) if draft.injuries else None,
        equipment=equipment,
        prisoners=prisoners,
        territory_km2=max(draft.territory) if draft.territory else None,
        claim=draft.claim,
        evidence=_evidence(draft),
        confidence=_confidence(draft, place.country is not None, sides.actor1, total),
    )
    event.notes = notes_for(event)
    return event


_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


def _territory_owner_rule(sub_event_type: str, actor1: ActorEntry | None, place: Place) -> str:
    """ACLED: a state retaking its own ground regains territory; anyone else overtakes it.

    Decided by the actor and the place when both are known, else by the wording.
    """
    if sub_event_type not in _TERRITORY or actor1 is None or place.country is None:
        return sub_event_type
    if actor1.side is None or actor1.kind not in {"state", "rebel", "militia"}:
        return sub_event_type
    own_ground = actor1.kind == "state" and actor1.side == place.country
    return _TERRITORY[1] if own_ground else _TERRITORY[0]


def _evidence(draft: Draft) -> list[Span]:
    """The supporting sentences, plus the place name when it sits outside them."""
    spans = list(draft.evidence)
    where = draft.place_span
    if where is not None and not any(
        s.field == where.field and s.start <= where.start and where.end <= s.end for s in spans
    ):
        spans.append(where)
    return sorted(spans, key=lambda s: (s.field != "text", s.start))


def _name(entry: ActorEntry | None) -> str | None:
    return entry.name if entry else None


def _confidence(draft: Draft, has_place: bool, actor1: ActorEntry | None, total: int) -> float:
    """Trigger strength, completeness, corroboration within the text, and position.

    Position weighs most: the event a text leads with is the one it is about.
    """
    score = 0.3 * draft.weight
    score += 0.12 if has_place else 0.0
    score += 0.12 if draft.date is not None else 0.0
    score += 0.1 if actor1 is not None else 0.0
    score += min(0.1, 0.03 * (draft.sentences - 1))
    score += 0.25 * (1 - draft.order / total) if total > 1 else 0.25
    return round(min(score, 1.0), 3)
