"""Word lists for boilerplate: publisher appeals, related-article links, conflict vocabulary.

The appeal list is deliberately small and generic (donation and membership
drives, subscribe/follow calls, cookie notices) in English, Ukrainian and
Russian: it names what a publisher asks of the reader, never an outlet's
exact wording, so it holds across sources. The conflict vocabulary protects
reporting: a sentence that speaks of strikes, losses or troops is never cut
as an appeal, however it is phrased.
"""

from __future__ import annotations

import re
from functools import lru_cache

APPEAL_PATTERNS: tuple[str, ...] = (
    # English: membership, donation and subscription drives
    r"\bbecome an? (?:patron|member|subscriber|supporter|sponsor)\b",
    r"\b(?:support|fund) (?:us|our (?:work|journalism|reporting|team|newsroom))\b",
    r"\bsubscribe (?:to|for|now|today|here)\b",
    r"\bjoin (?:us|our (?:community|channel|telegram|newsletter|mailing list|team))\b",
    r"\bnewsletter\b",
    r"\bfollow us (?:on|at)\b",
    r"\bdonate (?:now|today|here|to us)\b|\bmake a donation\b|\byour donation\b",
    r"\bpatreon\b|\bpaypal\b|\bbuy me a coffee\b",
    r"\byou (?:could|can) close this page\b",
    r"\bsee other ways to\b",
    r"\bhelp us (?:produce|continue|keep|grow|create|bring)\b",
    r"\bshare this (?:article|story|post|page)\b",
    r"\ball rights reserved\b",
    r"\bclick here\b",
    r"\b(?:advertisement|sponsored content)\b",
    r"\bif you (?:like|liked|enjoy|enjoyed|value|appreciate) (?:this|our|what we)\b",
    r"\bthe views expressed\b",
    r"\b(?:turn off|disable) (?:your )?ad ?blocker\b",
    # English: cookie notices
    r"\b(?:we|this (?:web)?site) uses? cookies\b",
    r"\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b",
    # Ukrainian
    r"\bпідписуй(?:те)?с[яь]\b|\bпідпиш(?:іться|ись)\b",
    r"\bприєднуй(?:те)?с[яь]\b|\bдолучай(?:те)?с[яь]\b",
    r"\bпідтримай(?:те)? (?:нас|нашу|наш|редакцію|проєкт|проект)\b",
    r"\bстаньте? (?:нашим )?патроном\b",
    r"\bфайли cookie\b|\bкукі\b",
    r"\bподіліться\b",
    r"\bнаш(?:ому|ий|ім)? телеграм",
    # Russian
    r"\bподписывай(?:те)?сь\b|\bподпиш(?:итесь|ись)\b",
    r"\bприсоединяй(?:те)?сь\b",
    r"\bподдержи(?:те)? (?:нас|нашу|наш|редакцию|проект)\b",
    r"\bфайлы cookie\b|\bкуки\b|\bмы используем (?:файлы )?cookie",
    r"\bподелитесь\b",
    r"\bнаш(?:ем|ий)? телеграм",
)
_APPEAL = re.compile(
    # The look-ahead lets the search skip most positions without trying every pattern.
    r"\b(?=[a-zа-яіїєґ])(?:" + "|".join(APPEAL_PATTERNS) + ")",
    re.IGNORECASE,
)

#: Line openings of links to other articles ("Read also: …", "Читайте також: …").
RELATED_OPENINGS = (
    r"read (?:also|more)",
    r"see also",
    r"related(?: articles?| stories| news| reading)?",
    r"more on (?:this|the topic)",
    r"читайте (?:також|также|ще|еще|більше|больше)",
    r"дивіться також",
    r"смотрите также",
    r"по теме",
    r"на тему",
)
_RELATED = re.compile(
    r"(?:" + "|".join(RELATED_OPENINGS) + r")\s*(?::|\.|—|–|-|»|\n)",
    re.IGNORECASE,
)

_CONFLICT_WORD = re.compile(
    r"(?:kill|wound|injur|dead$|death|died|casualt|shell|strike|struck|attack|bomb|"
    r"missile|rocket|drone|artiller|tank|destroy|captur|prisoner|pows?$|troop|soldier|"
    r"fighting|clash|explo|assault|offensive|liberat|shot$|shoot|battle|invad|invasion|raid|"
    r"sabotag|intercept|downed|ambush|occup|mortar|sniper|gunfire|firefight|airstrike|"
    r"уби|погиб|ранен|обстрел|удар|атак|ракет|дрон|беспилот|бпла|танк|уничтож|захват|плен|"
    r"войск|военн|солдат|бо[йяе]$|боев|взрыв|вбит|вбив|загин|поранен|обстріл|знищ|полон|"
    r"військ|вибух|штурм|наступ|окуп|оккуп|збит|збил|сбит|сбил|артилер|артиллер)",
    re.IGNORECASE,
)


_WORD = re.compile(r"\w{3,}")


def appeal_starts(text: str) -> list[int]:
    """Where appeals start in ``text``: one scan instead of one per sentence."""
    return [match.start() for match in _APPEAL.finditer(text)]


def is_related_line(line: str) -> bool:
    """Whether a line is a link to another article ("Read also: …")."""
    return _RELATED.match(line) is not None


def mentions_conflict(text: str) -> bool:
    """Whether ``text`` speaks of fighting, losses or forces: never boilerplate by wording."""
    return any(_is_conflict_word(word) for word in _WORD.findall(text))


@lru_cache(maxsize=1 << 16)
def _is_conflict_word(word: str) -> bool:
    return _CONFLICT_WORD.match(word.lower()) is not None
