"""The Document that flows through the pipeline, and the spans that point into it.

Every fact sitrep states points back at characters of a Document. A `Span`
names the text field it refers to (``"text"`` by default, or ``"caption"``,
``"title"``, ``"embeds[0]"``…) and must satisfy
``doc.field_text(span.field)[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.schema.offsets import OffsetMap

if TYPE_CHECKING:
    from sitrep.schema.event import Event

TEXT = "text"
_EMBED_FIELD = re.compile(r"embeds\[(\d+)\]\Z")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")


def parse_iso_date(value: str | None) -> dt.date | None:
    """The calendar date at the start of an ISO 8601 string; None when there is none."""
    if not value or not _ISO_DATE.match(value):
        return None
    year, month, day = (int(part) for part in value[:10].split("-"))
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of one text field."""

    start: int
    end: int
    text: str
    label: str = ""
    field: str = TEXT

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"span text length does not match {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Embed:
    """A post embedded in an article (a tweet, a Telegram post)."""

    kind: str
    author: str | None
    date: str | None
    url: str | None
    text: str
    urls: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Correction:
    """One repair of the input; offsets are into the repaired field."""

    field: str
    start: int
    end: int
    original: str
    replacement: str
    kind: str


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input that was cut from the body (boilerplate, embed…)."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a document could not be processed: data, never a crash."""

    stage: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression resolved to a calendar date and ACLED time precision."""

    span: Span
    date: dt.date
    precision: int
    kind: str = "explicit"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A counted thing: ``2 tanks``, ``200 square kilometers``, ``ten soldiers``."""

    span: Span
    value: float
    unit: str


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention linked to a registry entry (actor, person, place, equipment)."""

    span: Span
    kind: str
    key: str
    score: float = 1.0


@dataclass(slots=True)
class Document:
    """One input document and every layer the stages add to it."""

    id: str
    raw: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    source: str | None = None
    text: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    caption: str | None = None
    tags: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    rejection: Rejection | None = None
    #: The id of the first document of the run with the same or nearly the same body text.
    duplicate_of: str | None = None

    @property
    def published_date(self) -> dt.date | None:
        """The reference date for relative expressions, if the document has one."""
        return parse_iso_date(self.published)

    def field_text(self, name: str) -> str:
        """The text of a field that spans may point into."""
        if name == TEXT:
            return self.text
        if name == "caption":
            return self.caption or ""
        if name == "title":
            return self.title or ""
        match = _EMBED_FIELD.match(name)
        if match and int(match.group(1)) < len(self.embeds):
            return self.embeds[int(match.group(1))].text
        raise KeyError(f"no text field {name!r}")

    def text_fields(self) -> list[tuple[str, str]]:
        """Every non-empty text field, body first: where evidence may sit."""
        fields = [(TEXT, self.text)]
        if self.title:
            fields.append(("title", self.title))
        if self.caption:
            fields.append(("caption", self.caption))
        fields.extend((f"embeds[{i}]", e.text) for i, e in enumerate(self.embeds) if e.text)
        return fields

    def span(self, start: int, end: int, label: str = "", field: str = TEXT) -> Span:
        """A span over a field, with its text taken from the document."""
        return Span(start, end, self.field_text(field)[start:end], label, field)
