"""A readable, plain-text summary of extracted documents (used by `sitrep demo`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from sitrep.schema import Document, Event


def _event_lines(number: int, event: Event) -> list[str]:
    place = event.place
    where = ", ".join(p for p in (place.location, place.admin1, place.country) if p) or "?"
    lines = [
        f"  [{number}] {event.event_type} / {event.sub_event_type}"
        f"   (confidence {event.confidence:.2f})",
        f"      when:   {event.event_date} (precision {event.date_precision})",
        f"      where:  {where} (geo precision {place.geo_precision})",
        f"      who:    {event.actor1 or '?'}"
        + (f" with {event.assoc_actor_1}" if event.assoc_actor_1 else "")
        + f"  vs  {event.actor2 or '?'}",
        f"      claim:  {event.claim.status}" + (f" by {event.claim.by}" if event.claim.by else ""),
    ]
    if event.equipment:
        items = ", ".join(
            f"{e.count} x {e.model or e.category} ({e.status}, {e.side or '?'})"
            for e in event.equipment
        )
        lines.append(f"      equipment: {items}")
    if event.prisoners:
        p = event.prisoners
        lines.append(f"      prisoners: {p.count} (wounded {p.wounded}) held by {p.held_by}")
    if event.territory_km2:
        lines.append(f"      territory: {event.territory_km2:g} km2")
    if event.fatalities or event.injuries:
        lines.append(f"      fatalities: {event.fatalities}, injuries: {event.injuries}")
    for span in event.evidence[:3]:
        field = "" if span.field == "text" else f"[{span.field}] "
        lines.append(f'      evidence: {field}"{_short(span.text)}"')
    return lines


def _short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(docs: Iterable[Document], out: TextIO) -> None:
    """Print each document's metadata, cleaning record and events."""
    for doc in docs:
        out.write(f"\n=== {doc.id}\n")
        if doc.rejection:
            out.write(f"  rejected: {doc.rejection.code}: {doc.rejection.message}\n")
            continue
        out.write(f"  published {doc.published}  language {doc.language}\n")
        if doc.caption:
            out.write(f'  caption: "{_short(doc.caption)}"\n')
        if doc.tags:
            out.write(f"  tags: {', '.join(doc.tags)}\n")
        for embed in doc.embeds:
            out.write(f"  embed: {embed.kind} by {embed.author} on {embed.date}\n")
        for fix in doc.corrections:
            out.write(f"  corrected: {fix.original!r} -> {fix.replacement!r} ({fix.kind})\n")
        if doc.removed:
            out.write(f"  removed: {', '.join(r.kind for r in doc.removed)}\n")
        out.write(f"  {len(doc.events)} event(s)\n")
        for number, event in enumerate(doc.events, start=1):
            out.write("\n".join(_event_lines(number, event)) + "\n")
