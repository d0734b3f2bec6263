"""The language of a text as an ISO 639-1 code ("en", "uk", "ru", …).

sitrep reads English, Ukrainian and Russian; war reporting also carries
Belarusian, Polish, German and French. A statistical identifier (lingua)
restricted to those seven languages names the language of each paragraph,
and the language covering most letters wins, so a Russian report that quotes
a Ukrainian statement stays Russian. Lingua runs in low-accuracy mode
(trigrams only): about 25 MB instead of about 290 MB for all seven, and
still right on sentences.

Statistics are weak on a handful of letters, so a short paragraph, a
low-confidence answer, or a neighbour language on a short line of names
("Photo: Oleh Syniehubov/Telegram" reads as German) falls back to the
script: Latin means English; within Cyrillic the letters only Ukrainian uses
(і ї є ґ) against those only Russian uses (ы э ъ ё) settle it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_PARAGRAPH = re.compile(r"[^\n]+")
#: Fewest letters worth a guess.
MIN_LETTERS = 3
#: Fewest letters in a paragraph worth asking the statistical identifier about.
MIN_STATISTICAL_LETTERS = 20
#: Fewest letters for a language sitrep does not read to be believed.
MIN_NEIGHBOUR_LETTERS = 60
#: Lowest lingua confidence taken over the script guess.
MIN_CONFIDENCE = 0.9
#: Languages sitrep reads; the others are neighbours that are only recognised.
SUPPORTED = frozenset({"en", "uk", "ru"})
NEIGHBOURS = ("BELARUSIAN", "POLISH", "GERMAN", "FRENCH")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language most of ``text`` is written in.

    None when the text has fewer than `MIN_LETTERS` letters.
    """
    letters: Counter[str] = Counter()
    for match in _PARAGRAPH.finditer(text):
        paragraph = match.group()
        count = _letter_count(paragraph)
        if count >= MIN_LETTERS:
            language = _paragraph_language(paragraph, count)
            if language:
                letters[language] += count
    if not letters:
        return None
    return letters.most_common(1)[0][0]


def script_language(text: str) -> str | None:
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


def _paragraph_language(paragraph: str, letters: int) -> str | None:
    """Lingua's answer when it is trustworthy on this much text, else the script's."""
    if letters < MIN_STATISTICAL_LETTERS:
        return script_language(paragraph)
    best = detector().compute_language_confidence_values(paragraph)[0]
    code = best.language.iso_code_639_1.name.lower()
    trusted = best.value >= MIN_CONFIDENCE and (
        code in SUPPORTED or letters >= MIN_NEIGHBOUR_LETTERS
    )
    return code if trusted else script_language(paragraph)


def _letter_count(text: str) -> int:
    return sum(char.isalpha() for char in text)


@cache
def detector() -> LanguageDetector:
    """The statistical identifier, built on first use and shared by the process."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.ENGLISH, Language.UKRAINIAN, Language.RUSSIAN]
    languages += [getattr(Language, name) for name in NEIGHBOURS]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
