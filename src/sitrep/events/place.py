"""Where an event happened: the place named nearest its trigger, else the context."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from sitrep.schema import Document, Place, Span
from sitrep.schema.intervals import DisjointRanges, SpanIndex


@dataclass(frozen=True, slots=True)
class Located:
    """A place mention resolved in the document's context."""

    span: Span
    place: Place
    area: bool = False  # an area by nature (a spit, a community), not "near" a town


def document_places(doc: Document) -> list[Located]:
    """Every place mention of every text field, resolved with the whole document as context.

    In "Oleksandrivka, Donetsk" the second name only says which oblast the
    first is in: it becomes context, not a candidate location of the event.
    """
    from sitrep.resolve.geocode import (
        context_from_mentions,
        geocode_text_places,
        prepare_mentions,
        qualifier_pairs,
    )
    from sitrep.resolve.mentions import find_places

    fields = doc.text_fields()
    found = {field: prepare_mentions(text, find_places(text)) for field, text in fields}
    pairs = {field: qualifier_pairs(text, found[field]) for field, text in fields}
    qualifiers = {
        (field, qualifier.start) for field in pairs for qualifier, _ in pairs[field].values()
    }
    shared = context_from_mentions(m for mentions in found.values() for m in mentions)
    hints = {admin1 for field in pairs for _, admin1 in pairs[field].values()}
    shared = replace(
        shared, admin1=shared.admin1 | hints, countries=shared.countries | source_countries(doc)
    )
    actor_ranges = _actor_ranges(doc)
    located = []
    for field, text in fields:
        for mention, place in geocode_text_places(text, context=shared, mentions=found[field]):
            if (
                place.country is None
                or (field, mention.start) in qualifiers
                or actor_ranges[field].overlaps(mention.start, mention.end)
                or _is_title(text, mention.start)
            ):
                continue
            span = Span(
                mention.start, mention.end, text[mention.start : mention.end], "place", field
            )
            area = place.geo_precision == 2 and mention.relation is None
            located.append(Located(span, place, area))
    return located


_COUNTRY_DOMAINS = {"ua": "UA", "ru": "RU", "by": "BY", "md": "MD"}
_LANGUAGE_COUNTRIES = {"uk": "UA", "be": "BY"}


def source_countries(doc: Document) -> frozenset[str]:
    """Where the source is from, as context: its web domain and the language it writes in.

    A Ukrainian-language article or a ``.ua`` site reports mostly on Ukraine;
    Russian is written on both sides of the front, so it says nothing alone.
    """
    countries = set()
    host = urlsplit(doc.url).hostname if doc.url else None
    if host and "." in host:
        country = _COUNTRY_DOMAINS.get(host.rsplit(".", 1)[1].lower())
        if country:
            countries.add(country)
    if doc.language in _LANGUAGE_COUNTRIES:
        countries.add(_LANGUAGE_COUNTRIES[doc.language])
    return frozenset(countries)


_TITLE_OF = re.compile(
    r"(?:governor|mayor|head|chief|administration|authorities|government|parliament|"
    r"council|people's republic) of (?:the )?\Z",
    re.IGNORECASE,
)


def _is_title(text: str, start: int) -> bool:
    """ "the governor of Belgorod" names an office, not where something happened."""
    return bool(_TITLE_OF.search(text[max(0, start - 40) : start]))


def _actor_ranges(doc: Document) -> defaultdict[str, DisjointRanges]:
    """Where people and groups are named: a surname that is also a village
    ("invited Gladkov") is the person, not the place."""
    ranges: defaultdict[str, DisjointRanges] = defaultdict(DisjointRanges)
    for mention in doc.mentions:
        ranges[mention.span.field].add(mention.span.start, mention.span.end)
    return ranges


# An area (a spit, a reservoir, a community) counts as this many characters farther than
# a settlement: "on Kinburn Spit near Vasylivka" happened at Vasylivka, as ACLED codes it.
AREA_PENALTY = 30


def _rank(item: Located, trigger: Span) -> int:
    """Nearness to the trigger, in characters; areas, regions and countries count as farther."""
    penalty = {3: 60}.get(item.place.geo_precision or 3, 0) + AREA_PENALTY * item.area
    if item.place.location is None or item.place.location == item.place.country:
        penalty = 400
    return abs(item.span.start - trigger.start) + penalty


def _is_country(item: Located) -> bool:
    return item.place.location is None or item.place.location == item.place.country


def place_for(
    trigger: Span, sentence: Span, paragraph: Span, places: SpanIndex[Located]
) -> Located | None:
    """The place nearest the trigger in its sentence, else in its paragraph.

    Countries are left out: "hand over the prisoners to Ukraine" names a
    destination, and a bare country is the fallback of last resort.
    """
    for scope in (sentence, paragraph):
        local = [p for p in places.within(scope) if not _is_country(p)]
        if local:
            return min(local, key=lambda p: _rank(p, trigger))
    return None


def main_region(places: list[Located]) -> Place | None:
    """The region a document is mostly about (admin1 level), else its most named country."""
    regions = Counter(
        (p.place.country, p.place.admin1) for p in places if p.place.admin1 is not None
    )
    if not regions:
        countries = Counter(p.place.country for p in places if p.place.country)
        if not countries:
            return None
        top = countries.most_common(1)[0][0]
        return next(p.place for p in places if p.place.country == top)
    (country, admin1), _ = regions.most_common(1)[0]
    same = [p.place for p in places if (p.place.country, p.place.admin1) == (country, admin1)]
    for place in same:
        if place.geo_precision == 3 and place.location in {admin1, None}:
            return place
    return replace(same[0], location=admin1, admin2=None, geo_precision=3, geonameid=None)
