"""ACLED-style one-sentence notes: "On 5 June 2023, …"."""

from __future__ import annotations

import datetime as dt

from sitrep.schema import Event

_VERB = {
    "Armed clash": "clashed with {actor2}",
    "Government regains territory": "regained territory from {actor2}",
    "Non-state actor overtakes territory": "took territory from {actor2}",
    "Air/drone strike": "carried out an air/drone strike against {actor2}",
    "Shelling/artillery/missile attack": "shelled {actor2}",
    "Remote explosive/landmine/IED": "an explosive device went off against {actor2}",
    "Disrupted weapons use": "intercepted weapons of {actor2}",
    "Agreement": "reached an agreement with {actor2}",
    "Arrests": "arrested members of {actor2}",
    "Attack": "attacked {actor2}",
    "Abduction/forced disappearance": "abducted {actor2}",
    "Looting/property destruction": "looted or destroyed property of {actor2}",
    "Peaceful protest": "held a protest",
}


def _date_phrase(event: Event) -> str:
    if event.event_date is None:
        return "On an unknown date"
    day = dt.date.fromisoformat(event.event_date)
    text = f"{day.day} {day:%B %Y}"
    return {1: f"On {text}", 2: f"Around {text}"}.get(event.date_precision, f"In {day:%B %Y}")


def _where(event: Event) -> str:
    place = event.place
    parts = [p for p in (place.location, place.admin1, place.country) if p]
    parts = [p for i, p in enumerate(parts) if p not in parts[:i]]
    if not parts:
        return ""
    prep = "near" if place.geo_precision == 2 else "in"
    return f" {prep} {', '.join(parts)}"


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def _equipment(event: Event) -> str:
    if not event.equipment:
        return ""
    items = [
        f"{e.count} {e.model}" if e.model else _plural(e.count, _singular(e.category.lower()))
        for e in event.equipment
    ]
    items = [f"{item} {e.status}" for item, e in zip(items, event.equipment, strict=True)]
    listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return f", with {listed}"


def _singular(category: str) -> str:
    """Oryx categories are plural nouns ("tanks", "infantry fighting vehicles")."""
    return category[:-1] if category.endswith("s") and not category.endswith("ss") else category


def _facts(event: Event) -> str:
    facts = []
    if event.prisoners:
        wounded = f" ({event.prisoners.wounded} wounded)" if event.prisoners.wounded else ""
        held = f" held by {event.prisoners.held_by}" if event.prisoners.held_by else ""
        facts.append(f"{_plural(event.prisoners.count, 'prisoner')}{wounded}{held}")
    if event.territory_km2:
        facts.append(f"{event.territory_km2:g} km2 of territory")
    if event.fatalities:
        facts.append(_plural(event.fatalities, "fatality", "fatalities"))
    if event.injuries:
        facts.append(_plural(event.injuries, "injury", "injuries"))
    if not event.fatalities and not event.injuries:
        facts.append("casualties unknown")
    return "; ".join(facts)


def notes_for(event: Event) -> str:
    """One sentence an analyst can read instead of the JSON."""
    actor1 = event.actor1 or "Unidentified forces"
    actor2 = event.actor2 or "unidentified targets"
    verb = _VERB.get(event.sub_event_type, "were involved in {sub}").format(
        actor2=actor2, sub=event.sub_event_type.lower()
    )
    if event.sub_event_type == "Remote explosive/landmine/IED":
        sentence = f"{_date_phrase(event)}, {verb}{_where(event)}"
    else:
        sentence = f"{_date_phrase(event)}, {actor1} {verb}{_where(event)}"
    sentence += _equipment(event)
    claim = event.claim
    if claim.status == "claimed" and claim.by:
        sentence += f" (claimed by {claim.by})"
    elif claim.status != "claimed":
        sentence += f" ({claim.status})"
    facts = _facts(event)
    return f"{sentence}. {facts[0].upper()}{facts[1:]}."
