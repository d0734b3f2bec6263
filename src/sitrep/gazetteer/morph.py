"""Inflected Cyrillic place names back to the dictionary form the gazetteer holds.

Russian and Ukrainian decline place names: "в Бахмуте", "під Бахмутом",
"у Шебекіному", "в Новой Таволжанке". pymorphy3 (with its Russian and
Ukrainian dictionaries, shipped as PyPI packages, loaded on first use) gives
the nominative of each word, keeping gender and number so an adjective agrees
with its noun ("Новій Таволжанці" → "Нова Таволжанка"). Words pymorphy3 does
not know are guessed from their endings, which suits village names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from typing import Any

from sitrep.gazetteer.names import cyrillic_language, script_of

MAX_FORMS_PER_WORD = 3
MAX_WORDS = 3
# Short possessive adjectives decline like nouns ("Часовом Яру" → "Часов Яр"),
# which the dictionaries read as full adjectives: stripping the ending covers them.
_POSSESSIVE_ENDINGS = ("ому", "ого", "ім", "ом", "ой", "а")


@lru_cache(maxsize=2)
def _analyzer(language: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=65536)
def _word_forms(word: str, language: str) -> tuple[str, ...]:
    """Nominative readings of one word, most likely first, the word itself last."""
    forms: list[str] = []
    for parse in _analyzer(language).parse(word)[: MAX_FORMS_PER_WORD + 2]:
        number = "plur" if "plur" in parse.tag else "sing"
        nominative = parse.inflect({"nomn", number}) or parse.inflect({"nomn"})
        form = nominative.word if nominative is not None else parse.normal_form
        if form not in forms:
            forms.append(form)
    lower = word.lower()
    named = language == "uk" and _first_name(lower[:-3])  # "Тарасові": to Taras
    if language == "uk" and (guess := _ukrainian_locative(lower, named)) is not None:
        forms = [guess, *(f for f in forms if f != guess)]  # "Миколаєві": not Микола
    for ending in _POSSESSIVE_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 4:
            forms.append(lower[: -len(ending)])
            break
    forms = forms[:MAX_FORMS_PER_WORD]
    return tuple(forms) if lower in forms else (*forms, lower)


# Ukrainian towns in -ів/-їв take -ові/-еві/-єві in the locative, the і opening to о/е:
# "у Харкові", "в Оріхові", "у Миколаєві", "у Києві".
_UK_LOCATIVES = ((re.compile(r"(\w{2,})єві"), r"\1їв"), (re.compile(r"(\w{2,})[ео]ві"), r"\1ів"))


def _first_name(stem: str) -> bool:
    """The stem is a first name in the nominative ("Тарас", "Іван")."""
    return len(stem) >= 3 and any(
        {"Name", "nomn"} <= set(str(p.tag).replace(",", " ").split())
        for p in _analyzer("uk").parse(stem)[:2]
    )


def _ukrainian_locative(word: str, named: bool = False) -> str | None:
    """The town a locative may be of; not for a person's name in the dative ("Тарасові
    Шевченку"), except -єві, which only towns take ("у Миколаєві", "у Києві")."""
    for pattern, nominative in _UK_LOCATIVES:
        if pattern.fullmatch(word) and (not named or word.endswith("єві")):
            return pattern.sub(nominative, word)
    return None


def nominative_forms(phrase: str) -> list[str]:
    """Dictionary forms a declined Cyrillic place phrase may stand for (empty if not Cyrillic).

    Each word's readings are combined; the phrase as written is never among
    the results (the caller has already looked it up).
    """
    words = phrase.split()
    if phrase.isascii() or not words or len(words) > MAX_WORDS:
        return []
    if script_of(phrase) != "cyrillic":
        return []
    language = cyrillic_language(phrase)
    languages = [language] if language else ["uk", "ru"]
    results: list[str] = []
    for lang in languages:
        per_word = [_word_forms(word, lang) for word in words]
        for combination in product(*per_word):
            form = " ".join(combination)
            if form != phrase.lower() and form not in results:
                results.append(form)
    return results
