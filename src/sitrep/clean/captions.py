"""Photo captions, photo credits and a repeated headline at the top of the body.

Scrapers glue the lead photo's caption (and its credit) onto the body. The
caption often states facts ("12 Russian soldier POWs"), so it is kept in
``doc.caption`` where evidence may point, but it is cut from the body: it is
not the lede and would duplicate the events the body reports.

The credit ("Screenshot from video by …", "Photo: …", "Фото: …") is split off
the caption and recorded as a removal of kind ``"credit"``: it names who took
the picture, not who did anything, and would otherwise look like an actor.
Credit lines standing alone elsewhere in the body are cut the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.clean.edits import Edit
from sitrep.clean.textspans import Range, fold, paragraphs
from sitrep.schema import Removal

#: Longest first paragraph still taken for a caption (characters).
MAX_CAPTION = 320
#: Longest credit after its marker (characters).
MAX_CREDIT = 150

_CONNECTOR = r"(?:\s*:|\s+(?:by|via|from|courtesy\s+of)\b)"
_CREDIT_MARKER = re.compile(
    "|".join(
        (
            r"screen\s?(?:shot|grab)s?(?:\s+(?:from|of)\s+(?:a\s+|the\s+)?"
            rf"(?:video|footage|stream))?{_CONNECTOR}?",
            r"(?:photo(?:graph)?|image|picture|illustration|collage|video\s+still|still)s?"
            rf"(?:\s+credits?)?{_CONNECTOR}",
            r"(?:credits?|source)\s*:",
            r"(?:illustrative|archive|archival|file|stock)\s+(?:photo|image|picture)\b",
            r"(?:ілюстративне|архівне|иллюстративное|архивное)\s+фото\b",
            r"(?:фото|світлина|зображення|изображение|скрин(?:шот)?|скріншот|ілюстрація|"
            r"иллюстрация|колаж|коллаж|джерело|источник)(?:\s+(?:з|із|зі|из|с)\s+"
            r"(?:відео|видео|соцмереж\w*|соцсет\w*))?(?:\s*[:—–-]|\s|\Z)",
        )
    ),
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…:;][\"'”“»’)\]]*\Z")


@dataclass(frozen=True, slots=True)
class Lead:
    """The cut at the top of the body and the caption it yielded (if any)."""

    edit: Edit
    caption: str | None


def find_credit(text: str, start: int, end: int) -> int | None:
    """Where a trailing credit starts in ``text[start:end]``, if it ends with one."""
    for match in _CREDIT_MARKER.finditer(text, start, end):
        at = match.start()
        before = text[at - 1] if at > start else "\n"
        if before == "(":
            at -= 1
        elif not (before.isspace() and text[at].isupper()):
            continue
        credit = text[match.end() : end]
        if len(credit) <= MAX_CREDIT and not re.search(r"[.!?]\s+\S", credit):
            return at
    return None


def find_lead(
    text: str, start: int, title: str | None = None, *, after_dateline: bool = False
) -> Lead | None:
    """The caption (or repeated headline) forming the first paragraph after ``start``.

    A first paragraph with a credit is a caption. Without one, it is only taken
    for a caption ``after_dateline`` (the scraped "date … caption" layout) and
    when it lacks a lede's final punctuation; elsewhere such a line is far more
    often the headline, which carries the story and stays in the body.
    """
    found = paragraphs(text, start)
    if len(found) < 2:
        return None
    first, following = found[0], found[1]
    body = first.of(text)
    if title and fold(body) == fold(title):
        return Lead(
            Edit(first.start, first.end, kind="title", removals=(Removal("title", body),)), None
        )
    if len(body) > MAX_CAPTION or body.count("\n") > 2:
        return None
    credit_at = find_credit(text, first.start, first.end)
    if credit_at is None:
        if not after_dateline or not _looks_like_bare_caption(body, following.of(text)):
            return None
        removals = (Removal("caption", body),)
        return Lead(Edit(first.start, first.end, kind="caption", removals=removals), body)
    return _split_credit(text, first, credit_at)


def _split_credit(text: str, first: Range, credit_at: int) -> Lead:
    description = text[first.start : credit_at].rstrip(" \t\n|—–-")
    credit = text[credit_at : first.end].strip()
    if credit.startswith("(") and credit.endswith(")"):
        credit = credit[1:-1].strip()
    removals = ((Removal("caption", description),) if description else ()) + (
        Removal("credit", credit),
    )
    edit = Edit(first.start, first.end, kind="caption", removals=removals)
    return Lead(edit, description or None)


def _looks_like_bare_caption(candidate: str, following: str) -> bool:
    """A short line without a lede's final punctuation, before a paragraph of prose.

    Ledes end their sentence; captions and picture descriptions often do not.
    """
    if _TERMINAL.search(candidate) or len(candidate.split()) < 3:
        return False
    return bool(_TERMINAL.search(following)) and len(following) >= len(candidate)


_NOT_A_CREDIT = re.compile(r"\(?(?:source|джерело|источник)\b", re.IGNORECASE)
_LINE = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*(?:\n|\Z)", re.MULTILINE)


def find_credit_lines(text: str) -> list[Edit]:
    """Lines that are nothing but a photo credit ("Photo: Reuters"), anywhere.

    "Source: …" lines are left alone: away from a caption they name who
    reported a claim, which the events stage needs.
    """
    edits = []
    for match in _LINE.finditer(text):
        line_start, line_end = match.span(1)
        opening = line_start + (text[line_start] == "(")
        if line_end - line_start > MAX_CREDIT or not _CREDIT_MARKER.match(text, opening):
            continue
        credit_at = find_credit(text, line_start, line_end)
        if credit_at != line_start or _NOT_A_CREDIT.match(match.group(1)):
            continue
        removal = Removal("credit", match.group(1).strip("() "))
        edits.append(Edit(match.start(), match.end(), kind="credit", removals=(removal,)))
    return edits
