"""Per-source boilerplate learned from the documents a pipeline has seen.

A site repeats its own furniture under every article ("Subscribe to our
channel for daily updates", a standard sign-off, a footer) in wording no
generic appeal list can know. `LearnedBoilerplate` counts, per source, the
folded sentence units (`textspans.fold`) of each document it observes and
reports the units that recur in many of that source's documents, so
`find_boilerplate` cuts them like appeals.

Reporting must never be learned, so three guards apply:

* a unit that speaks of fighting (`appeals.mentions_conflict`) is never
  known, however often it recurs, and a unit shorter than `MIN_LEARNED`
  characters (a wire dateline such as "KYIV, Ukraine —") is not even counted;
* a unit is known only once it is in at least ``min_documents`` documents
  *and* at least ``min_share`` of the source's documents, so a phrase two
  articles happen to share stays;
* a document already seen (same normalised text) or mostly made of units the
  source has shown before but that are not yet common (an updated version of
  an earlier story) is not counted: its sentences recur because the story
  does, not the site.

Counts live in the instance, so learning is scoped to one pipeline; they are
bounded so a long corpus cannot grow them without limit.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection, Sequence
from urllib.parse import urlsplit

from sitrep.clean.appeals import mentions_conflict
from sitrep.clean.normalize import normalize_raw
from sitrep.clean.textspans import fold, paragraphs, sentence_units
from sitrep.schema import Document

#: Shortest unit (folded characters) worth learning; datelines and labels are shorter.
MIN_LEARNED = 20
#: Share of a document's unit characters already seen in its source (but not yet common)
#: that marks a version of an earlier story rather than a new article...
MAX_SEEN_SHARE = 0.7
#: ...provided that many units are shared: a short post under a short footer is not a version.
MIN_SEEN_UNITS = 3
#: Endings of a unit that leads into text (a dateline "KYIV, Ukraine (AP) —", a label):
#: it belongs to what follows, so it is not furniture on its own.
_LEADS_ON = ("—", "–", "-", ":")
#: Units kept per source before the rarest are forgotten.
MAX_UNITS = 50_000
#: Document fingerprints remembered to skip exact repeats.
MAX_FINGERPRINTS = 200_000


def source_key(doc: Document) -> str | None:
    """The source a document's boilerplate belongs to: ``doc.source``, else its URL's host.

    Sites share furniture across every page of a host, so the host stands in
    when ingest found no source name; with neither there is nothing to learn for.
    """
    if doc.source and doc.source.strip():
        return doc.source.strip().casefold()
    if not doc.url:
        return None
    try:
        host = urlsplit(doc.url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


class LearnedBoilerplate:
    """A `BoilerplateMemory` that learns each source's recurring units from observed batches."""

    def __init__(self, min_documents: int = 3, min_share: float = 0.3) -> None:
        if min_documents < 2:
            raise ValueError("min_documents must be at least 2: one document shows no recurrence")
        if not 0.0 < min_share <= 1.0:
            raise ValueError("min_share must be in (0, 1]")
        self.min_documents = min_documents
        self.min_share = min_share
        self._units: dict[str, Counter[str]] = {}
        self._documents: Counter[str] = Counter()
        self._fingerprints: dict[bytes, None] = {}
        self._known: dict[str, frozenset[str]] = {}

    def observe(self, docs: Sequence[Document]) -> None:
        """Count the units of a batch's documents, each unit once per document."""
        for doc in docs:
            key = source_key(doc)
            if key is not None:
                self.learn(key, doc.raw)

    def learn(self, source: str, raw: str) -> bool:
        """Count one document of ``source``; False when it is skipped as a repeat."""
        text, _ = normalize_raw(raw)
        if not self._first_sighting(source, text):
            return False
        units = counted_units(text)
        counts = self._units.setdefault(source, Counter())
        if self._is_version(units, counts):
            return False
        counts.update(units)
        self._documents[source] += 1
        self._known.pop(source, None)
        if len(counts) > MAX_UNITS:
            self._units[source] = Counter(dict(counts.most_common(MAX_UNITS // 2)))
        return True

    def known(self, source: str | None) -> Collection[str]:
        """Units in enough of the source's documents, both in number and in share."""
        if source is None:
            return frozenset()
        cached = self._known.get(source)
        if cached is None:
            total = self._documents[source]
            floor = max(self.min_documents, self.min_share * total)
            counts = self._units.get(source, Counter())
            cached = frozenset(
                unit for unit, n in counts.items() if n >= floor and not mentions_conflict(unit)
            )
            self._known[source] = cached
        return cached

    def documents(self, source: str) -> int:
        """How many of the source's documents were counted."""
        return self._documents[source]

    def _is_version(self, units: set[str], counts: Counter[str]) -> bool:
        """Whether most of a document repeats units seen before in its source but not yet
        common there: a story's update or reprint, whose shared sentences are news.

        Common units (already in ``min_documents`` documents) are left out of the
        measure, so a source's furniture does not make every article look like a version;
        a version's sentences never become common, as skipped documents are not counted.
        """
        fresh = [unit for unit in units if counts[unit] < self.min_documents]
        seen = [unit for unit in fresh if counts[unit]]
        total = sum(len(unit) for unit in fresh)
        if len(seen) < MIN_SEEN_UNITS or not total:
            return False
        return sum(len(unit) for unit in seen) > MAX_SEEN_SHARE * total

    def _first_sighting(self, source: str, text: str) -> bool:
        """Whether this normalised text is new for the source (the same article
        fed twice, or reprinted under another id, is not evidence of recurrence)."""
        digest = hashlib.blake2b(f"{source}\0{text}".encode(), digest_size=16).digest()
        if digest in self._fingerprints:
            return False
        self._fingerprints[digest] = None
        if len(self._fingerprints) > MAX_FINGERPRINTS:
            del self._fingerprints[next(iter(self._fingerprints))]
        return True


def counted_units(text: str) -> set[str]:
    """The folded units of ``text`` that mean something when they recur: long enough,
    and not a dateline or label leading into the next line."""
    units = set()
    for block in paragraphs(text):
        for unit in sentence_units(text, block.start, block.end):
            key = fold(unit.of(text))
            if len(key) >= MIN_LEARNED and not key.endswith(_LEADS_ON):
                units.add(key)
    return units
