"""Who did what to whom: actor1, its associates, and actor2 for an event.

Mentions are taken from the event's sentence first, then its paragraph, then
the whole document; people count for the group they belong to. A collective
description ("pro-Ukrainian Russian insurgents") stands for the member groups
named elsewhere in the document. When only one side is named, the other side
of a battle is the opposing state's military.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.resolve.actors import ActorEntry, ActorRegistry
from sitrep.schema import Mention, Span
from sitrep.schema.intervals import SpanIndex

OPPONENT = {"Ukraine": "Russia", "Russia": "Ukraine"}
MILITARY = {"Russia": "ru_military", "Ukraine": "ua_military"}
CIVILIANS = {"Russia": "civilians_ru", "Ukraine": "civilians_ua"}


@dataclass(frozen=True, slots=True)
class Sides:
    actor1: ActorEntry | None
    assoc1: tuple[ActorEntry, ...]
    actor2: ActorEntry | None
    assoc2: tuple[ActorEntry, ...]


def groups_in(
    mentions: SpanIndex[Mention],
    scope: Span,
    registry: ActorRegistry,
    doc_keys: set[str],
    trigger: Span | None = None,
) -> list[ActorEntry]:
    """Armed groups and state bodies mentioned in a scope, people mapped to their groups.

    With a trigger, the subject comes first: the mentions before the trigger,
    nearest first, then those after it; otherwise text order.
    """
    inside = list(mentions.within(scope))
    if trigger is not None and trigger.field == scope.field:
        inside = _subject_first(inside, trigger, scope)
    scope_keys = {m.key for m in inside}
    found: list[ActorEntry] = []
    for mention in inside:
        for entry in _expand(registry, mention.key, doc_keys, scope_keys):
            if entry.kind != "civilians" and entry not in found:
                found.append(entry)
    return found


_COORDINATION = re.compile(r",?\s*(?:and|&|та|і|и)\s+(?:the\s+)?", re.IGNORECASE)


def _subject_first(inside: list[Mention], trigger: Span, scope: Span) -> list[Mention]:
    """Mentions before the trigger, nearest first, then those after it, nearest first.

    Coordinated names ("A and B shelled") stay in text order: the first named leads.
    """
    ordered = sorted(inside, key=lambda m: m.span.start)
    keys: dict[int, tuple[int, int, int]] = {}
    run: list[int] = []
    for index, mention in enumerate(ordered):
        if mention.span.start > trigger.start:
            keys[index] = (1, mention.span.start - trigger.start, 0)
            continue
        previous = ordered[index - 1].span if index else None
        between = (
            scope.text[previous.end - scope.start : mention.span.start - scope.start]
            if (previous is not None)
            else None
        )
        if not run or between is None or not _COORDINATION.fullmatch(between):
            run = []
        run.append(index)
        for position, member in enumerate(run):
            keys[member] = (0, trigger.start - mention.span.start, position)
    return [ordered[i] for i in sorted(keys, key=keys.__getitem__)]


def _expand(
    registry: ActorRegistry, key: str, doc_keys: set[str], scope_keys: set[str]
) -> list[ActorEntry]:
    """The groups a mention stands for; a description in apposition to a member is dropped."""
    entry = registry.get(key)
    if entry is None:
        return []
    if entry.kind == "person":
        group = registry.get(entry.affiliation or "")
        return [group] if group is not None and is_fighter(group) else []
    if entry.group_of:
        if any(k in scope_keys for k in entry.group_of):
            return []
        members = [registry.get(k) for k in entry.group_of if k in doc_keys]
        resolved = [m for m in members if m is not None]
        return resolved or [entry]
    return [entry]


def is_fighter(entry: ActorEntry) -> bool:
    """Armed groups and forces: the actors of violent events (not governments or people)."""
    return entry.kind in {"rebel", "militia"} or "Forces" in entry.name


def assign_sides(
    ordered: list[ActorEntry],
    claimant: ActorEntry | None,
    registry: ActorRegistry,
    default_opponent: bool,
    defensive: bool = False,
) -> Sides:
    """Split the actors of an event into the side that acts and the side acted upon.

    ``defensive``: the event was told from the defender's side ("Ukrainian
    forces repelled Russian assaults"); ACLED codes the attacker as actor1.
    """
    fighters = [a for a in ordered if is_fighter(a)]
    if claimant is not None and claimant in fighters:
        fighters.remove(claimant)
        fighters.insert(0, claimant)
    if not fighters:
        return Sides(None, (), None, ())
    if defensive:
        attackers = [a for a in fighters if a.side != fighters[0].side]
        if attackers:
            fighters.remove(attackers[0])
            fighters.insert(0, attackers[0])
    actor1 = fighters[0]
    same = tuple(a for a in fighters[1:] if a.side == actor1.side and not _same_body(a, actor1))
    other = [a for a in fighters[1:] if a.side != actor1.side]
    actor2 = other[0] if other else None
    if actor2 is None and default_opponent and actor1.side in OPPONENT:
        actor2 = registry.get(MILITARY[OPPONENT[actor1.side]])
    return Sides(actor1, same, actor2, tuple(other[1:2]))


def _same_body(a: ActorEntry, b: ActorEntry) -> bool:
    return a.parent == b.key or b.parent == a.key or a.key == b.key
