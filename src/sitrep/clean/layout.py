"""Repair words typed on the wrong keyboard layout ("ецщ" → "two", "hfrtnf" → "ракета").

Writers in Ukraine and Russia switch between a Latin (QWERTY) and a Cyrillic
(ЙЦУКЕН) layout all day; a word typed with the wrong one active comes out as
gibberish in the other script. Such a word hides a number or a weapon from
every later stage, so it is mapped back key by key, but only when the
evidence is strong:

* the token is in the minority script of its surroundings (a Cyrillic token
  in Latin text or the reverse); all-capital tokens are acronyms and left alone;
* the token is not a word in its own script's languages (`wordfreq` Zipf
  frequency at most `MAX_ORIGINAL`, or far rarer than the repair);
* the repair is a common word (Zipf at least `MIN_REPAIRED`) of the
  surrounding language.

The mapping is one key for one character, so a repair never changes
lengths and the offset map stays exact.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from wordfreq import zipf_frequency

from sitrep.clean.edits import Edit
from sitrep.clean.embeds import LINK

#: Zipf frequency of a common word (3 ≈ once per million words).
MIN_REPAIRED = 3.0
#: Highest Zipf frequency of a token that may still be a typo.
MAX_ORIGINAL = 1.0
#: A token rarer than this is a typo when the repair is `MARGIN` more frequent.
MAX_ORIGINAL_WITH_MARGIN = 2.0
MARGIN = 3.0
#: Share of the surrounding letters that must be in the repair's script.
MIN_CONTEXT_SHARE = 0.75
#: Characters on each side that make up a token's surroundings.
CONTEXT = 300
#: Letters of the other script a text needs before its tokens are checked.
MIN_LETTERS = 10

_QWERTY = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."
_QWERTY_SHIFT = '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>'
_RU = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_UK = "'йцукенгшщзхїфівапролджєячсмитьбю"
_UPPER = str.maketrans(
    "ёйцукенгшщзхъфывапролджэячсмитьбюії'є", "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮІЇ'Є"
)


def _table(cyrillic: str) -> dict[str, str]:
    lower = dict(zip(_QWERTY, cyrillic, strict=True))
    upper = {k: v.translate(_UPPER) for k, v in zip(_QWERTY_SHIFT, cyrillic, strict=True)}
    return {**lower, **upper}


_TO_CYRILLIC = {"ru": _table(_RU), "uk": _table(_UK)}
_TO_LATIN = {lang: {v: k for k, v in table.items()} for lang, table in _TO_CYRILLIC.items()}
_LATIN = "A-Za-z"
_CYRILLIC = "\u0400-\u04ff"
_CYRILLIC_TOKEN = re.compile(rf"(?<![\w'’@#/.-])[{_CYRILLIC}]{{2,}}(?![\w@/])")
_LATIN_TOKEN = re.compile(
    rf"(?<![\w@#/-])[\[;',.`{{:\"<~]?[{_LATIN}][{_LATIN}\[\];',.`{{}}:\"<>~]*(?![\w@/-])"
)
_LATIN_LETTERS = re.compile(f"[{_LATIN}]")
_CYRILLIC_LETTERS = re.compile(f"[{_CYRILLIC}]")


@dataclass(frozen=True, slots=True)
class Repair:
    """A mistyped word: where it is, what was typed, what was meant."""

    start: int
    end: int
    original: str
    replacement: str

    def edit(self) -> Edit:
        return Edit(self.start, self.end, self.replacement, kind="keyboard_layout")


@cache
def _zipf(word: str, lang: str) -> float:
    return float(zipf_frequency(word, lang))


def _convert(token: str, table: dict[str, str]) -> str | None:
    converted = "".join(table.get(char, "") for char in token)
    return converted if len(converted) == len(token) else None


def _is_typo(original: float, repaired: float) -> bool:
    if repaired < MIN_REPAIRED:
        return False
    if original <= MAX_ORIGINAL:
        return True
    return original <= MAX_ORIGINAL_WITH_MARGIN and repaired - original >= MARGIN


class _Scripts:
    """Positions of Latin and Cyrillic letters, to count either script in any window fast."""

    def __init__(self, text: str) -> None:
        self.latin = [m.start() for m in _LATIN_LETTERS.finditer(text)]
        self.cyrillic = [m.start() for m in _CYRILLIC_LETTERS.finditer(text)]

    def share(self, start: int, end: int, target: str) -> float:
        """Share of the letters around ``[start, end)`` that are in the ``target`` script."""
        latin = _count(self.latin, start, end)
        cyrillic = _count(self.cyrillic, start, end)
        total = latin + cyrillic
        if not total:
            return 0.0
        return (latin if target == "latin" else cyrillic) / total


def _count(positions: list[int], start: int, end: int) -> int:
    """Letters within `CONTEXT` characters of ``[start, end)``, outside it."""
    before = bisect.bisect_left(positions, start) - bisect.bisect_left(positions, start - CONTEXT)
    after = bisect.bisect_left(positions, end + CONTEXT) - bisect.bisect_left(positions, end)
    return before + after


def find_repairs(text: str, language: str | None = None) -> list[Repair]:
    """Mistyped words of ``text`` with their repair, in text order.

    ``language`` ("ru"/"uk") picks the Cyrillic layout for Latin-typed words;
    without it both layouts are tried.
    """
    scripts = _Scripts(text)
    links = [m.span() for m in LINK.finditer(text)] if scripts.latin else []
    repairs: list[Repair] = []
    if len(scripts.latin) >= MIN_LETTERS:
        for match in _CYRILLIC_TOKEN.finditer(text):
            repairs.extend(_repair_cyrillic(match, scripts))
    if len(scripts.cyrillic) >= MIN_LETTERS:
        targets = (language,) if language in _TO_CYRILLIC else tuple(_TO_CYRILLIC)
        for match in _LATIN_TOKEN.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e in links):
                repairs.extend(_repair_latin(match, scripts, targets))
    return sorted(repairs, key=lambda r: r.start)


def _repair_cyrillic(match: re.Match[str], scripts: _Scripts) -> list[Repair]:
    """A Cyrillic token typed while meaning English words."""
    token = match.group()
    if token.isupper() or scripts.share(*match.span(), "latin") < MIN_CONTEXT_SHARE:
        return []
    lower = token.lower()
    original = max(_zipf(lower, "ru"), _zipf(lower, "uk"))
    for table in _TO_LATIN.values():
        repaired = _convert(token, table)
        if not repaired or not re.fullmatch(r"[A-Za-z]+(?:'[A-Za-z]+)?", repaired):
            continue
        if _is_typo(original, _zipf(repaired.lower(), "en")):
            return [Repair(match.start(), match.end(), token, repaired)]
    return []


def _repair_latin(
    match: re.Match[str], scripts: _Scripts, targets: tuple[str, ...]
) -> list[Repair]:
    """A Latin token (keys like ``[ ; ' , .`` included) typed while meaning Cyrillic."""
    for start, end in _variants(match):
        token = match.string[start:end]
        if token.isupper() or scripts.share(start, end, "cyrillic") < MIN_CONTEXT_SHARE:
            continue
        original = _zipf(token.lower(), "en")
        for lang in targets:
            repaired = _convert(token, _TO_CYRILLIC[lang])
            if repaired and _is_typo(original, _zipf(repaired.lower(), lang)):
                return [Repair(start, end, token, repaired)]
    return []


_EDGE = ",.;:'\"`[{<~"


def _variants(match: re.Match[str]) -> list[tuple[int, int]]:
    """The token, then without the punctuation at its edges (which may be real punctuation)."""
    start, end = match.span()
    token = match.group()
    inner_start = start + len(token) - len(token.lstrip(_EDGE))
    inner_end = end - (len(token) - len(token.rstrip(_EDGE)))
    spans = {(start, end), (inner_start, end), (start, inner_end), (inner_start, inner_end)}
    usable = [(s, e) for s, e in spans if len(_LATIN_LETTERS.findall(match.string[s:e])) >= 2]
    return sorted(usable, key=lambda span: span[0] - span[1])
