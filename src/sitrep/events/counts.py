"""Counted facts of an event: deaths, injuries, prisoners, territory.

ACLED's rules: fatalities are reported deaths, the most conservative figure
when several are given, and 0 when none are reported; "dozens" counts as 12.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.annotate.numbers import parse_number
from sitrep.events.counts_slavic import CAPTURED, INJURED, KILLED, Cue, slavic_counts

_NUM = (
    r"(?:\d+(?:,\d{3})*(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens(?: of)?|several)"
)
_QUAL = r"(?:at least |up to |about |around |nearly |almost |over |more than |some )?"
_PEOPLE = (
    r"(?:(?:[\w'’-]+ ){0,3}?(?:civilians?|people|persons?|residents?|soldiers?|servicem[ae]n|"
    r"troops|fighters|men|women|children|child|man|woman|police(?: officers?)?|"
    r"officers?|militants?|mercenaries|occupiers|personnel|sappers?|employees?|workers?|"
    r"drivers?|victims?|boys?|girls?|villagers?|farmers?|worshippers?|passengers?|students?|"
    r"pupils?|teachers?|protesters?|demonstrators?|tourists?|journalists?|herders?|traders?|"
    r"miners?|pilgrims?|bystanders?|inmates?|prisoners?|policem[ae]n|guards?|militiam[ae]n|"
    r"rebels?|insurgents?|gunm[ae]n|attackers?|assailants?|terrorists?|jihadists?|members?|"
    r"locals?|relatives?|infants?|babies|teenagers?|youths?|elders?|medics?|doctors?|nurses?|"
    r"others))"
)
_KILLED = re.compile(
    rf"\b{_QUAL}(?P<n>{_NUM}) {_PEOPLE}?\s*(?:were |was |have been |had been |are |is )?"
    rf"(?:killed|dead|died|perished|fatalities|deaths|lost their lives)\b"
    rf"|\bkill(?:ed|ing) {_QUAL}(?P<m>{_NUM}) {_PEOPLE}",
    re.IGNORECASE,
)
_INJURED = re.compile(
    rf"\b{_QUAL}(?P<n>{_NUM}) {_PEOPLE}?\s*(?:were |was |have been |had been |are |is )?"
    rf"(?:injured|wounded|hurt)\b"
    rf"|\b(?:injur|wound)(?:ed|ing) {_QUAL}(?P<m>{_NUM}) {_PEOPLE}",
    re.IGNORECASE,
)
_SINGLE_KILLED = re.compile(
    r"\b(?:a|one|the) (?:\w+ ){0,2}?(?:civilian|man|woman|child|soldier|officer|resident|"
    r"person|boy|girl|driver)\b (?:was |has been )?(?:killed|died)\b",
    re.IGNORECASE,
)
_PRISONERS = re.compile(
    rf"\b(?P<n>{_NUM}) (?:\w+ ){{0,2}}?(?:soldiers? |servicem[ae]n )?"
    rf"(?:POWs?|prisoners?(?: of war)?|captives?)\b"
    rf"|\b(?P<m>{_NUM}) (?:captured|detained) (?:\w+ )?(?:soldiers|servicemen|troops)\b",
    re.IGNORECASE,
)
_WOUNDED_AMONG = re.compile(
    rf"\b(?:including|of whom|among them) (?P<n>{_NUM}) (?:were |are )?(?:wounded|injured)"
    rf"|\band (?P<m>{_NUM}) (?:wounded|injured) ones?\b",
    re.IGNORECASE,
)
_AREA = re.compile(
    r"\b(?P<n>\d[\d,]*(?:\.\d+)?|[a-z]+(?: hundred| thousand)?) "
    r"(?:square kilomet(?:er|re)s?|sq\.? ?km|km²|km2|кв\.? ?км|квадратних кілометрів|"
    r"квадратных километров)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    start: int
    end: int


def _value(match: re.Match[str]) -> int | None:
    raw = match.group("n") or match.group("m")
    if raw is None:
        return None
    raw = raw.lower().removesuffix(" of")
    if raw in {"a", "an"}:
        return 1
    value = parse_number(raw)
    return int(value) if value is not None else None


def _all(pattern: re.Pattern[str], text: str) -> list[Count]:
    found = []
    for match in pattern.finditer(text):
        value = _value(match)
        if value is not None:
            found.append(Count(value, match.start(), match.end()))
    return found


_NEGATED = re.compile(r"(?i:\b(?:no|not|nobody|none|without)\s*)\Z")


def _affirmed(text: str, found: list[Count]) -> list[Count]:
    """ "No one was killed" reports no death."""
    return [c for c in found if not _NEGATED.search(text, max(0, c.start - 12), c.start)]


def sentence_total(found: Iterable[Count]) -> list[int]:
    """One sentence's distinct groups add up ("two soldiers and five civilians" = 7);
    the event keeps one total per sentence and takes the most conservative."""
    values = [c.value for c in found]
    return [sum(values)] if values else []


_AND_MORE = re.compile(
    rf"(?:,\s*|\s+)(?:and\s+)?{_QUAL}(?P<n>{_NUM}) {_PEOPLE}"
    r"(?!\s+(?:were|was|are|is|have been|had been)\s+(?:injured|wounded|hurt))",
    re.IGNORECASE,
)


def _continued(text: str, found: list[Count]) -> list[Count]:
    """The groups listed after the verb: "killing two soldiers and five civilians"."""
    more = []
    for count in found:
        if not text[count.start : count.end].lower().startswith("kill"):
            continue
        end = count.end
        while (match := _AND_MORE.match(text, end)) and (value := _value(match)) is not None:
            more.append(Count(value, match.start("n"), match.end()))
            end = match.end()
    return found + more


def fatalities(text: str) -> list[Count]:
    """Reported deaths in one sentence, each group once."""
    found = _continued(text, _affirmed(text, _all(_KILLED, text)))
    found += [Count(1, m.start(), m.end()) for m in _SINGLE_KILLED.finditer(text)]
    found += _slavic(text, KILLED)
    found.sort(key=lambda c: (c.start, -c.end))
    distinct: list[Count] = []
    for count in found:
        if not distinct or count.start >= distinct[-1].end:
            distinct.append(count)
    return _affirmed(text, distinct)


def injuries(text: str) -> list[Count]:
    return _affirmed(text, _all(_INJURED, text)) + _slavic(text, INJURED)


def prisoners(text: str) -> list[Count]:
    return _all(_PRISONERS, text) + _slavic(text, CAPTURED)


def _slavic(text: str, cue: Cue) -> list[Count]:
    """The same counts written in Ukrainian or Russian."""
    return [Count(value, start, end) for value, start, end in slavic_counts(text, cue)]


def wounded_among(text: str) -> list[Count]:
    return _all(_WOUNDED_AMONG, text)


def territory_km2(text: str) -> list[Count]:
    return _all(_AREA, text)
