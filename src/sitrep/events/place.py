"""Where an event happened: the place named nearest its trigger, else the context."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from sitrep.schema import Document, Place, Span


@dataclass(frozen=True, slots=True)
class Located:
    """A place mention resolved in the document's context."""

    span: Span
    place: Place


def document_places(doc: Document) -> list[Located]:
    """Every place mention of every text field, resolved with the whole document as context."""
    from sitrep.resolve.geocode import context_from_mentions, geocode_text_places
    from sitrep.resolve.mentions import find_places

    fields = doc.text_fields()
    shared = context_from_mentions(m for _, text in fields for m in find_places(text))
    located = []
    for field, text in fields:
        for mention, place in geocode_text_places(text, context=shared):
            if place.country is None or _inside_actor(doc, field, mention.start, mention.end):
                continue
            span = Span(mention.start, mention.end, text[mention.start : mention.end], "place", field)
            located.append(Located(span, place))
    return located


def _inside_actor(doc: Document, field: str, start: int, end: int) -> bool:
    """A surname that is also a village ("invited Gladkov") is the person, not the place."""
    return any(
        m.span.field == field and m.span.start < end and start < m.span.end for m in doc.mentions
    )


def _rank(item: Located, trigger: Span) -> tuple[int, int]:
    level = {1: 0, 2: 0, 3: 1}.get(item.place.geo_precision or 3, 2)
    if item.place.location is None and item.place.admin1 is None:
        level = 3
    return level, abs(item.span.start - trigger.start)


def place_for(
    trigger: Span, sentence: Span, paragraph: Span, places: list[Located]
) -> Located | None:
    """The most precise place in the sentence (nearest the trigger), else in the paragraph."""
    for scope in (sentence, paragraph):
        inside = [
            p
            for p in places
            if p.span.field == scope.field and scope.start <= p.span.start < scope.end
        ]
        if inside:
            return min(inside, key=lambda p: _rank(p, trigger))
    return None


def main_region(places: list[Located]) -> Place | None:
    """The region a document is mostly about, as an admin1-level place."""
    regions = Counter(
        (p.place.country, p.place.admin1) for p in places if p.place.admin1 is not None
    )
    if not regions:
        return None
    (country, admin1), _ = regions.most_common(1)[0]
    for p in places:
        if (p.place.country, p.place.admin1) == (country, admin1) and p.place.geo_precision == 3:
            return p.place
    sample = next(p.place for p in places if (p.place.country, p.place.admin1) == (country, admin1))
    return replace(sample, location=admin1, admin2=None, geo_precision=3, geonameid=None)
