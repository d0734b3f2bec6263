"""Hypothesis strategies for processed documents and events, shared by the store and API tests.

Self-contained (it imports no other test module), so the serve tests can use it
as ``store.event_strategies`` whichever test folders pytest collects.
"""

from __future__ import annotations

import itertools
import string

from hypothesis import strategies as st

from sitrep.schema import Claim, Document, EquipmentLoss, Event, Place, Prisoners

_ids = itertools.count()
# PostgreSQL text holds neither NUL nor lone surrogates; everything else goes.
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30)
NAME = st.none() | TEXT.filter(bool)
FLOAT = st.floats(allow_nan=False, allow_infinity=False, width=64)
CLAIM_STATUSES = ["confirmed", "claimed", "reported", "denied"]


def places() -> st.SearchStrategy[Place]:
    return st.builds(
        Place,
        location=NAME,
        country=NAME,
        admin1=NAME,
        admin2=NAME,
        latitude=st.none() | st.floats(-90, 90),
        longitude=st.none() | st.floats(-180, 180),
        geo_precision=st.none() | st.sampled_from([1, 2, 3]),
        geonameid=st.none() | st.integers(1, 2**31 - 1),
    )


def equipment() -> st.SearchStrategy[EquipmentLoss]:
    return st.builds(
        EquipmentLoss,
        category=TEXT,
        model=NAME,
        count=st.integers(1, 1000),
        status=st.sampled_from(["destroyed", "damaged", "abandoned", "captured"]),
        side=NAME,
    )


def events() -> st.SearchStrategy[Event]:
    """Any event the schema allows; its evidence is drawn with its document."""
    return st.builds(
        Event,
        id=st.text(string.ascii_letters, min_size=1, max_size=5),
        event_date=st.none() | st.dates().map(lambda d: d.isoformat()),
        date_precision=st.sampled_from([1, 2, 3]),
        event_type=TEXT,
        sub_event_type=TEXT,
        actor1=NAME,
        actor2=NAME,
        assoc_actor_1=NAME,
        assoc_actor_2=NAME,
        inter1=NAME,
        inter2=NAME,
        place=places(),
        fatalities=st.integers(0, 10**6),
        injuries=st.none() | st.integers(0, 10**6),
        equipment=st.lists(equipment(), max_size=3),
        prisoners=st.none()
        | st.builds(Prisoners, st.integers(0, 999), st.none() | st.integers(0, 99), NAME, NAME),
        territory_km2=st.none() | FLOAT,
        claim=st.builds(Claim, st.sampled_from(CLAIM_STATUSES), NAME),
        confidence=st.floats(0, 1),
        notes=TEXT,
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A processed document with a unique id, up to four events and one evidence span each."""
    text = draw(TEXT.filter(lambda t: t.strip() != ""))
    doc_id = f"doc-{next(_ids)}"
    doc = Document(id=doc_id, raw=text, text=text, url=f"https://example.org/{doc_id}")
    doc.title = draw(NAME)
    doc.source = draw(NAME)
    doc.published = draw(st.none() | st.dates().map(lambda d: d.isoformat()))
    doc.caption = draw(NAME)
    doc.tags = draw(st.lists(TEXT, max_size=2))
    doc.events = draw(st.lists(events(), max_size=4))
    for event in doc.events:
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        event.evidence = [doc.span(start, end)]
    return doc
