"""The trailing "Tags: a, b, c" line of a scraped article.

Tags are the publisher's own topic labels: useful metadata (``doc.tags``),
but not prose, and a line of bare names would confuse entity and event
detection. Only the last few paragraphs are searched, so a sentence that
happens to start with "Tags:" in the middle of a report is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitrep.clean.edits import Edit
from sitrep.clean.textspans import paragraphs
from sitrep.schema import Removal

#: How many paragraphs from the end may hold the tags line.
TAIL_PARAGRAPHS = 3

_TAGS_LINE = re.compile(
    r"^[ \t]*(?:tags|tagged|keywords|topics|теги|тэги|мітки|ключові слова|ключевые слова)"
    r"[ \t]*:[ \t]*(?P<values>[^\n]*?)[ \t]*(?:\n|\Z)",
    re.IGNORECASE | re.MULTILINE,
)
_SEPARATOR = re.compile(r"\s*[,;|·•]\s*|\s+(?=#)")


@dataclass(frozen=True, slots=True)
class Tags:
    """The cut and the tags it carried."""

    edit: Edit
    values: list[str] = field(default_factory=list)


def split_tags(values: str) -> list[str]:
    """Tag names in order, without hash marks or duplicates."""
    seen: dict[str, str] = {}
    for part in _SEPARATOR.split(values):
        tag = part.strip().lstrip("#").strip()
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


def find_tags(text: str) -> Tags | None:
    """The last tags line among the final paragraphs of ``text``."""
    tail = paragraphs(text)[-TAIL_PARAGRAPHS:]
    if not tail:
        return None
    line_start = text.rfind("\n", 0, tail[0].start) + 1
    matches = list(_TAGS_LINE.finditer(text, line_start))
    if not matches:
        return None
    match = matches[-1]
    values = split_tags(match.group("values"))
    if not values:
        return None
    removal = Removal("tags", text[match.start() : match.end()].strip())
    return Tags(Edit(match.start(), match.end(), kind="tags", removals=(removal,)), values)
