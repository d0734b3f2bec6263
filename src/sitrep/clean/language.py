"""A cheap language guess from the letters of the text: "en", "uk" or "ru".

sitrep reads English, Ukrainian and Russian. Script tells Latin from
Cyrillic; within Cyrillic, the letters only Ukrainian uses (і ї є ґ) against
those only Russian uses (ы э ъ ё) settle it on any paragraph of real text.
A statistical identifier would be slower and no better on these three.
"""

from __future__ import annotations

import re

_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
#: Fewest letters worth a guess.
MIN_LETTERS = 3


def detect_language(text: str) -> str | None:
    """``"en"``, ``"uk"`` or ``"ru"`` by majority script; None without enough letters."""
    latin = len(_LATIN.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    if latin + cyrillic < MIN_LETTERS:
        return None
    if latin >= cyrillic:
        return "en"
    ukrainian = len(_UKRAINIAN_ONLY.findall(text))
    russian = len(_RUSSIAN_ONLY.findall(text))
    return "uk" if ukrainian > russian else "ru"
