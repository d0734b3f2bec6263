"""Unicode and whitespace normalisation that keeps the map to the raw text.

Pasted articles carry invisible debris (zero-width spaces, soft hyphens,
non-breaking spaces, Windows line ends, decomposed accents) that breaks
matching in every later stage. `normalize_raw` fixes it character by
character so each kept character still maps to its raw position;
`tidy_edits` then folds the blank runs and stray spaces that cutting leaves
behind. Curly quotes and apostrophes are kept as published: they are not
debris, and quote attribution relies on them.
"""

from __future__ import annotations

import re
import unicodedata

from sitrep.clean.edits import Edit
from sitrep.schema import OffsetMap, TextBuilder

#: Invisible characters that only get in the way of matching.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
#: Space characters (no-break, thin, figure…) written as a plain space.
SPACES = frozenset("\u00a0\u202f\u2007\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))))
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n\n", "\x85": "\n"}
_DEBRIS = re.compile(
    "\r\n?|[\u2028\u2029\x85"
    + "".join(sorted(INVISIBLE | SPACES))
    + "]|(?P<cluster>.[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]+)",
    re.DOTALL,
)


def normalize_raw(raw: str) -> tuple[str, OffsetMap]:
    """NFC text without invisible characters, odd spaces or CR line ends."""
    builder = TextBuilder(raw)
    cursor = 0
    for match in _DEBRIS.finditer(raw):
        found = match.group()
        if match.group("cluster"):
            replacement = unicodedata.normalize("NFC", found)
            if replacement == found:
                continue
        elif found in _LINE_BREAKS:
            replacement = _LINE_BREAKS[found]
        else:
            replacement = " " if found in SPACES else ""
        builder.keep(cursor, match.start())
        builder.replace(match.start(), match.end(), replacement)
        cursor = match.end()
    builder.keep(cursor, len(raw))
    text, offsets = builder.build()
    if not unicodedata.is_normalized("NFC", text):
        return _normalize_slowly(raw)
    return text, offsets


def _normalize_slowly(raw: str) -> tuple[str, OffsetMap]:
    """Fallback for rare compositions the cluster pattern misses (e.g. Hangul jamo).

    Characters are grouped behind each NFC starter so that every changed
    group maps onto exactly the raw characters it came from.
    """
    builder = TextBuilder(raw)
    start = 0
    for index in range(1, len(raw) + 1):
        if index < len(raw) and not _is_stable_boundary(raw[index]):
            continue
        piece = raw[start:index]
        fixed = _fix_piece(piece)
        if fixed == piece:
            builder.keep(start, index)
        else:
            builder.replace(start, index, fixed)
        start = index
    return builder.build()


def _is_stable_boundary(char: str) -> bool:
    """A starter that never composes with what precedes it (Hangul vowels/finals do).

    Invisible characters are not boundaries: once dropped, what they separated
    may compose.
    """
    return (
        unicodedata.combining(char) == 0
        and char not in INVISIBLE
        and not 0x1160 <= ord(char) <= 0x11FF
    )


def _fix_piece(piece: str) -> str:
    text = "".join(" " if c in SPACES else c for c in piece if c not in INVISIBLE)
    for old, new in _LINE_BREAKS.items():
        text = text.replace(old, new)
    return unicodedata.normalize("NFC", text)


_WHITESPACE_RUN = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*|[ \t]{2,}|\t")


def tidy_edits(text: str) -> list[Edit]:
    """Edits that strip the text, fold blank runs to one blank line and tidy spaces.

    Paragraphs end up separated by exactly ``"\\n\\n"``; single line breaks
    inside a paragraph stay, since they often separate a list or a quote.
    """
    edits: list[Edit] = []
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    if lead >= trail:
        return [Edit(0, len(text))] if text else []
    if lead:
        edits.append(Edit(0, lead))
    for match in _WHITESPACE_RUN.finditer(text, lead, trail):
        start, end = match.span()
        found = match.group()
        replacement = " "
        if "\n" in found:
            replacement = "\n\n" if found.count("\n") > 1 else "\n"
        if found != replacement:
            edits.append(Edit(start, end, replacement))
    if trail < len(text):
        edits.append(Edit(trail, len(text)))
    return edits


def tidy_inline(text: str) -> str:
    """One-line form of a short field (caption, embed text): spaces folded, stripped."""
    return " ".join(text.split())
