"""Casualty and prisoner counts in Ukrainian and Russian.

Slavic reports put the verb first as often as last ("загинули двоє людей",
"двоє людей загинули", "погибли три человека", "12 полонених"), and inflect
every word, so a count is a number (digits or an inflected numeral, read by
`sitrep.annotate.numbers`) within a few words of a cue stem in the same
clause. A singular verb with no number ("загинула жінка", "погиб мужчина")
counts one; a negated cue ("ніхто не загинув", "не пострадал") counts none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.annotate.numbers import NumberMatch, find_numbers

_CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    """Stems that mark one kind of count, and the singular forms that count one person."""

    stems: re.Pattern[str]
    singular: re.Pattern[str]


def _stems(*stems: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(stems)})\w*", re.IGNORECASE)


KILLED = Cue(
    _stems("загин", "загибл", "вбит", "убит", "вбил", "убил", "вбив", "убив", "погиб", "помер"),
    re.compile(r"(?<!\w)(?:загинув|загинула|погиб|погибла|помер|померла)(?!\w)", re.I),
)
INJURED = Cue(
    _stems(
        "поранен", "поранил", "ранен", "ранил", "травмован", "травмувал", "постражда", "пострада"
    ),
    re.compile(
        r"(?<!\w)(?:поранений|поранена|поранено|ранен|ранена|ранений|постраждав|постраждала|"
        r"пострадал|пострадала|травмований|травмована)(?!\w)",
        re.IGNORECASE,
    ),
)
CAPTURED = Cue(
    _stems("полон", "плен", "захоплен", "захвачен"),
    re.compile(r"(?!x)x"),
)
_WINDOW = 3
_CLAUSE_END = re.compile(r"[.;:!?]")
_NEGATION = re.compile(r"(?<!\w)(?:не|ні|ни|нет|немає|без)\s+(?:\w+\s+)?\Z", re.IGNORECASE)
#: A number followed by a weapon or a vehicle counts things, not people.
_THINGS = re.compile(
    r"\s*(?:ракет|дрон|шахед|снаряд|бомб|мін[иа]?\b|мин[ыа]?\b|танк|літак|самолет|гелікоптер|"
    r"вертол|безпілот|беспилот|КАБ|удар|машин|авто|будин|дом|км|кілометр|километр)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+(?:['’ʼ-]\w+)*")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def slavic_counts(text: str, cue: Cue) -> list[tuple[int, int, int]]:
    """``(value, start, end)`` of every count that ``cue`` marks in ``text``."""
    if not has_cyrillic(text):
        return []
    numbers = find_numbers(text)
    found: list[tuple[int, int, int]] = []
    used: set[int] = set()
    for match in cue.stems.finditer(text):
        if _NEGATION.search(text, max(0, match.start() - 20), match.start()):
            continue
        number = _nearest_number(text, numbers, match.start(), match.end(), used)
        if number is not None:
            used.add(number.start)
            span = (min(number.start, match.start()), max(number.end, match.end()))
            found.append((number.value, *span))
        elif cue.singular.fullmatch(match.group()):
            found.append((1, match.start(), match.end()))
    return found


def _nearest_number(
    text: str, numbers: list[NumberMatch], start: int, end: int, used: set[int]
) -> NumberMatch | None:
    """The closest unused number in the cue's clause (no comma between): up to three
    words before it or two words after it."""
    best: tuple[int, NumberMatch] | None = None
    for number in numbers:
        if number.start in used:
            continue
        before = number.end <= start
        gap = text[number.end : start] if before else text[end : number.start]
        words = len(_WORD.findall(gap))
        if _CLAUSE_END.search(gap) or words > (_WINDOW if before else _WINDOW - 1):
            continue
        if "," in gap or _THINGS.match(text, number.end):
            continue
        distance = start - number.end if before else number.start - end
        if best is None or distance < best[0]:
            best = (distance, number)
    return best[1] if best else None
