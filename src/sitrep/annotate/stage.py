"""The annotate stage: sentences, actor mentions, dates and numbers of every text field."""

from __future__ import annotations

import datetime as dt

from sitrep.annotate.dates import find_dates
from sitrep.annotate.numbers import find_numbers
from sitrep.annotate.sentences import sentences
from sitrep.resolve.actors import registry
from sitrep.schema import Document, Mention, Quantity, Span
from sitrep.schema.document import parse_iso_date


class AnnotateStage:
    name: str = "annotate"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("sentences", "mentions", "dates", "quantities")

    def __call__(self, doc: Document) -> Document:
        actors = registry()
        for field, text in doc.text_fields():
            doc.sentences += sentences(text, field)
            for match in actors.find(text):
                span = Span(
                    match.start, match.end, text[match.start : match.end], match.kind, field
                )
                kind = "person" if match.kind == "person" else "actor"
                doc.mentions.append(Mention(span, kind, match.key, match.score))
            doc.dates += find_dates(text, _reference_date(doc, field), field)
            doc.quantities += [
                Quantity(Span(n.start, n.end, text[n.start : n.end], "number", field), n.value, "")
                for n in find_numbers(text)
            ]
        return doc


def _reference_date(doc: Document, field: str) -> dt.date | None:
    """Relative dates in an embedded post count from the post's own date.

    An embed dated after the article (a later quote-tweet) is clamped to the
    article's date: no event is dated after the report that carries it.
    """
    if field.startswith("embeds["):
        own = parse_iso_date(doc.embeds[int(field[7:-1])].date)
        published = doc.published_date
        if own is not None:
            return min(own, published) if published is not None else own
    return doc.published_date
