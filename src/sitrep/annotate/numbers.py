"""Counts written as digits or number words, in English, Ukrainian and Russian.

Fatalities, equipment losses and prisoners are all counts, and war reporting
writes them every way: "2 tanks", "two tanks", "1,200 drones", "1.5 thousand",
"двох танків", "пять БМП", "десятки дронів". `find_numbers` returns each
count with its exact character span so that evidence can point at it.

Vague quantities follow ACLED's coding rules: "dozens"/"десятки" count as 12
and "hundreds"/"сотні" as 100. "Several" and "a few" are not counts: their
value depends on what is counted (ACLED codes 10 for fatalities), so that
choice is left to the caller and `parse_number` returns None for them.
A range ("5-6 tanks") counts as its lower, more conservative figure.
Thousands are grouped by commas or non-breaking/thin spaces; a plain space
("1 200") is not read as grouping, since "2 100mm guns" would then be 2100.

Digits that are part of something else are not counts: model designations
("BMP-3", "T-72B3", "2S19", "Su-25"), ISO dates ("2023-06-05"), times,
percentages, a day of the month next to a month name ("5 June", "June 5",
"5 червня") and a year next to a month or after "in"/"since"/"року".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_APOSTROPHES = "'’ʼ`"


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A count found in text: ``text[start:end]`` reads as ``value``."""

    start: int
    end: int
    value: int


def _with_suffixes(base: str, value: int, suffixes: tuple[str, ...]) -> dict[str, int]:
    """Inflected forms of a numeral built by replacing its final soft sign or letter."""
    forms = {base: value}
    for suffix in suffixes:
        forms[base[:-1] + suffix] = value
    return forms


def _split(words: str) -> list[str]:
    return words.split()


def _uk_words() -> dict[str, int]:
    words = dict.fromkeys(_split("один одна одне одного одної одному одній одну одним одною"), 1)
    words |= dict.fromkeys(_split("два дві двох двом двома двоє"), 2)
    words |= dict.fromkeys(_split("три трьох трьом трьома троє"), 3)
    words |= dict.fromkeys(_split("чотири чотирьох чотирьом чотирма четверо"), 4)
    words |= {"шість": 6, "шести": 6, "шістьох": 6, "шістьма": 6, "шестеро": 6}
    words |= {"сім": 7, "семи": 7, "сімох": 7, "сьома": 7, "семеро": 7}
    words |= {"вісім": 8, "восьми": 8, "вісьмох": 8, "вісьма": 8, "восьмеро": 8}
    words |= {"п'ятеро": 5, "дев'ятеро": 9, "десятеро": 10}
    regular = {
        "п'ять": 5, "дев'ять": 9, "десять": 10, "одинадцять": 11, "дванадцять": 12,
        "тринадцять": 13, "чотирнадцять": 14, "п'ятнадцять": 15, "шістнадцять": 16,
        "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19, "двадцять": 20,
        "тридцять": 30,
    }  # fmt: skip
    for base, value in regular.items():
        words |= _with_suffixes(base, value, ("и", "ьох", "ьма"))
    for base, value in {"п'ятдесят": 50, "шістдесят": 60, "сімдесят": 70}.items():
        words |= {base: value, base + "и": value, base + "ьох": value}
    words |= {"вісімдесят": 80, "вісімдесяти": 80, "сорок": 40, "сорока": 40}
    words |= {"дев'яносто": 90, "дев'яноста": 90, "сто": 100, "ста": 100}
    hundreds = {
        "двісті": 200, "двохсот": 200, "триста": 300, "трьохсот": 300, "чотириста": 400,
        "чотирьохсот": 400, "п'ятсот": 500, "п'ятисот": 500, "шістсот": 600,
        "шестисот": 600, "сімсот": 700, "семисот": 700, "вісімсот": 800,
        "восьмисот": 800, "дев'ятсот": 900, "дев'ятисот": 900,
    }  # fmt: skip
    words |= hundreds
    words |= dict.fromkeys(_split("тисяча тисячі тисяч тисячу тис."), 1000)
    words |= dict.fromkeys(_split("мільйон мільйона мільйони мільйонів"), 1_000_000)
    return words


def _ru_words() -> dict[str, int]:
    words = dict.fromkeys(_split("один одна одно одного одной одному одну одним одною"), 1)
    words |= dict.fromkeys(_split("два две двух двум двумя двое"), 2)
    words |= dict.fromkeys(_split("три трех трёх трем трём тремя трое"), 3)
    words |= dict.fromkeys(_split("четыре четырех четырёх четырем четырьмя четверо"), 4)
    words |= {"восемь": 8, "восьми": 8, "восемью": 8, "восьмью": 8}
    words |= {"пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9}
    words |= {"десятеро": 10}
    regular = {
        "пять": 5, "шесть": 6, "семь": 7, "девять": 9, "десять": 10, "одиннадцать": 11,
        "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
        "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
        "двадцать": 20, "тридцать": 30,
    }  # fmt: skip
    for base, value in regular.items():
        words |= _with_suffixes(base, value, ("и", "ью"))
    tens = {
        "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60,
        "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80,
        "восьмидесяти": 80, "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100,
    }  # fmt: skip
    hundreds = {
        "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300, "трёхсот": 300,
        "четыреста": 400, "четырехсот": 400, "четырёхсот": 400, "пятьсот": 500,
        "пятисот": 500, "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700,
        "восемьсот": 800, "восьмисот": 800, "девятьсот": 900, "девятисот": 900,
    }  # fmt: skip
    words |= tens | hundreds
    words |= dict.fromkeys(_split("тысяча тысячи тысяч тысячу тыс."), 1000)
    words |= dict.fromkeys(_split("миллион миллиона миллионы миллионов млн млн."), 1_000_000)
    return words


def _en_words() -> dict[str, int]:
    units = _split(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen"
    )
    words = {word: value for value, word in enumerate(units)}
    tens = _split("twenty thirty forty fifty sixty seventy eighty ninety")
    words |= {word: 20 + 10 * i for i, word in enumerate(tens)}
    return words | {"hundred": 100, "thousand": 1000, "million": 1_000_000}


# Standalone vague quantities (ACLED: "dozens" = 12, "hundreds" = 100).
_VAGUE = {
    "dozens": 12, "hundreds": 100, "thousands": 1000, "десятки": 12, "десятків": 12,
    "десятков": 12, "сотні": 100, "сотень": 100, "сотни": 100, "сотен": 100,
}  # fmt: skip
# "a dozen", "two dozen", "дюжина": a multiplier like "hundred", worth 12.
_DOZEN = {"dozen": 12, "дюжина": 12, "дюжини": 12, "дюжины": 12}
_SCALES = frozenset({100, 1000, 1_000_000})


@cache
def _lexicon() -> dict[str, int]:
    return _en_words() | _uk_words() | _ru_words() | _VAGUE | _DOZEN


def _normalise(word: str) -> str:
    word = word.casefold()
    for mark in _APOSTROPHES[1:]:
        word = word.replace(mark, "'")
    return word


def _word_pattern(word: str) -> str:
    escaped = re.escape(word)
    return escaped.replace("'", f"[{_APOSTROPHES}]")


_DIGITS = (
    r"(?<![\w.,/:\-])"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|\d+)"
    r"(?P<frac>[.,]\d+)?"
    r"(?P<suffix>-(?:ох|ух|х|ти|ми|ма))?"
    r"(?![\w/:%\-]|[.,]\d)"
)
_RANGE = r"(?<![\w.,/:\-])(?P<lo>\d{1,4})\s?[-–—]\s?(?P<hi>\d{1,4})(?![\w/:%\-]|[.,]\d)"


@cache
def _token_regex() -> re.Pattern[str]:
    words = sorted(_lexicon(), key=len, reverse=True)
    alternation = "|".join(_word_pattern(w) for w in words)
    word = rf"(?<![\w{_APOSTROPHES}])(?<!\d-)(?P<word>{alternation})(?![\w{_APOSTROPHES}]|-\d)"
    return re.compile(rf"{_RANGE}|{_DIGITS}|{word}", re.IGNORECASE)


_GAP = re.compile(r"(?:\s+(?:and\s+)?|\s*-\s*)\Z", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(?:a|an)\s+\Z", re.IGNORECASE)

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"(?i:(?:січ|берез|квіт|трав|черв|лип|серп|верес|жовт|груд)(?:ень|ня|ні)|"
    r"лют(?:ий|ого|ому)|листопада?|"
    r"(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|"
    r"ма[йяе]|марта?|августа?))"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?\Z")
_MONTH_AFTER = re.compile(
    rf"\s*(?:(?:to|and|into|на|по|до|[-–])\s*\d{{1,2}}\s*)?(?:of\s+)?{_MONTHS}\b"
)
_YEAR_BEFORE = re.compile(r"(?i:\b(?:in|since|until|till|from|у|в|з|із|с|до)\s+)\Z")
_YEAR_AFTER = re.compile(r"(?i:\s*(?:року|рік|році|году|год|г\.|р\.|рр?\.))")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    value: float
    kind: str  # "digit", "word", "scale", "vague", "dozen"


@cache
def _lowercase_token_regex() -> re.Pattern[str]:
    """The same tokens for lowercased text: the lexicon is lowercase and digits have no
    case, so this matches what `_token_regex` does, several times faster."""
    return re.compile(_token_regex().pattern)


def _tokens(text: str) -> list[_Token]:
    found: list[_Token] = []
    lowered = text.lower()
    if len(lowered) == len(text):
        matches = _lowercase_token_regex().finditer(lowered)
    else:
        matches = _token_regex().finditer(text)
    for m in matches:
        if m.group("lo") is not None:
            lo, hi = int(m.group("lo")), int(m.group("hi"))
            if lo < hi:  # a range counts as its most conservative figure
                found.append(_Token(m.start(), m.end(), lo, "digit"))
        elif m.group("num") is not None:
            digits = re.sub(r"[,\u00a0\u202f\u2009]", "", m.group("num"))
            frac = (m.group("frac") or "").replace(",", ".")
            found.append(_Token(m.start(), m.end(), float(digits + frac), "digit"))
        else:
            word = _normalise(m.group("word"))
            value = _lexicon()[word]
            kind = "word"
            if word in _VAGUE:
                kind = "vague"
            elif word in _DOZEN:
                kind = "dozen"
            elif value in _SCALES:
                kind = "scale"
            found.append(_Token(m.start(), m.end(), value, kind))
    return found


def _compose(parts: list[_Token]) -> int | None:
    """The value of a run of number tokens, or None when they don't form one number."""
    first = parts[0]
    if first.kind == "vague":
        return int(first.value) if len(parts) == 1 else None
    if first.kind == "digit":
        value = first.value
        for part in parts[1:]:
            if part.kind not in ("scale", "dozen"):
                return None
            value *= part.value
        return int(value) if value == int(value) else None
    total, current, last_large = 0, 0, 0
    for part in parts:
        v = int(part.value)
        if part.kind in ("vague", "digit"):
            return None
        if part.kind == "dozen" or v == 100:
            if current >= 100:
                return None
            current = (current or 1) * v
        elif v >= 1000:
            if last_large and v >= last_large:
                return None
            total += (current or 1) * v
            current, last_large = 0, v
        else:
            if (v >= 10 and current % 100) or current % 10:
                return None
            current += v
    return total + current


def _is_date_part(text: str, token: _Token) -> bool:
    if token.kind != "digit" or token.end - token.start > 4:
        return False
    value = token.value
    before = text[max(0, token.start - 24) : token.start]
    after = text[token.end : token.end + 24]
    if 1 <= value <= 31 and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
        return True
    if 1900 <= value <= 2100:
        return bool(
            _MONTH_BEFORE.search(before) or _YEAR_BEFORE.search(before) or _YEAR_AFTER.match(after)
        )
    return False


def find_numbers(text: str) -> list[NumberMatch]:
    """Every count in ``text``, left to right; multiword numbers are one match."""
    tokens = [t for t in _tokens(text) if not _is_date_part(text, t)]
    matches: list[NumberMatch] = []
    i = 0
    while i < len(tokens):
        j = i + 1
        while j < len(tokens) and _GAP.match(text[tokens[j - 1].end : tokens[j].start]):
            j += 1
        # Shrink the run until it forms a number; "two three" yields two matches.
        value = None
        while j > i and (value := _compose(tokens[i:j])) is None:
            j -= 1
        if value is None:
            i += 1
            continue
        start = tokens[i].start
        if tokens[i].kind in ("scale", "dozen"):
            article = _ARTICLE.search(text, 0, start)
            if article:
                start = article.start()
        matches.append(NumberMatch(start, tokens[j - 1].end, value))
        i = j
    return matches


def parse_number(word_or_phrase: str) -> int | None:
    """The count a whole phrase such as "two hundred" or "двох" names; None otherwise."""
    phrase = word_or_phrase.strip()
    found = find_numbers(phrase)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase):
        return found[0].value
    return None
