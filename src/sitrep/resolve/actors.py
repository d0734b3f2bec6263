"""The actor registry: armed groups, state forces, civilians and people.

Names come from `data/actors.json`. A mention is found by its aliases
(case-insensitive, whole words), and a person's name written with a typo
("Vyachelav Gladkov") is matched fuzzily against the registry's people, so
the output can say who was meant and in what role.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

from sitrep.schema.intervals import DisjointRanges

FUZZY_PERSON_SCORE = 85.0
_DEMONYM = re.compile(
    r"\b(?P<side>Russian|Ukrainian|Russia's|Ukraine's)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:drones?|UAVs?|missiles?|rockets?|shelling|strikes?|airstrikes?|artillery|aircraft|"
    r"jets?|helicopters?|forces|troops|army|military|units?|positions|soldiers|servicemen|"
    r"assaults?|attacks?|offensives?|counteroffensives?|mortars?|tanks?|aviation|defenders|"
    r"marines|paratroopers|special forces|sabotage groups?|DRGs?|vehicles?|convoys?|"
    r"equipment|air defen[cs]e|warships?|ships?|boats?)\b"
)
_DEMONYM_CYRILLIC = re.compile(
    r"(?<!\w)(?P<side>(?:росій|россий|україн|украин)\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:військ\w*|військов\w*|войск\w*|военн\w*|окупант\w*|оккупант\w*|захисник\w*|"
    r"защитник\w*|сил[иаы]?|військовослужбовц\w*|военнослужащ\w*|бійц\w*|бойц\w*|солдат\w*|"
    r"дрон\w*|ракет\w*|артилер\w*|артиллер\w*|підрозділ\w*|подразделен\w*|армі\w*|арми\w*)",
    re.IGNORECASE,
)
_DEMONYM_SIDE = {
    "russian": "ru_military",
    "russia's": "ru_military",
    "ukrainian": "ua_military",
    "ukraine's": "ua_military",
}
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    key: str
    name: str
    kind: str
    side: str | None
    inter: str | None
    aliases: tuple[str, ...]
    role: str | None = None
    affiliation: str | None = None
    parent: str | None = None
    group_of: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorMatch:
    start: int
    end: int
    key: str
    kind: str
    score: float


class ActorRegistry:
    """Lookup of actors and people by alias, with fuzzy matching for names."""

    def __init__(self, entries: list[ActorEntry]) -> None:
        self.entries = {entry.key: entry for entry in entries}
        alias_to_key: dict[str, str] = {}
        for entry in entries:
            for alias in (entry.name, *entry.aliases):
                alias_to_key.setdefault(alias.casefold(), entry.key)
        self._alias_to_key = alias_to_key
        ordered = sorted(alias_to_key, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w-])",
            re.IGNORECASE,
        )
        self._full_names = {
            alias: entry.key
            for entry in entries
            if entry.kind == "person"
            for alias in (entry.name, *entry.aliases)
            if " " in alias and alias.isascii()
        }

    def get(self, key: str) -> ActorEntry | None:
        return self.entries.get(key)

    def branch(self, entry: ActorEntry, suffix: str) -> ActorEntry:
        """A force's branch ("Air Force") when the registry has one, else the force."""
        for candidate in self.entries.values():
            if candidate.parent == entry.key and candidate.name.endswith(suffix):
                return candidate
        return entry

    def by_name(self, name: str) -> ActorEntry | None:
        key = self._alias_to_key.get(name.casefold())
        return self.entries.get(key) if key else None

    def find(self, text: str) -> list[ActorMatch]:
        """Every actor and person mentioned in ``text``, by full name (fuzzy) or alias."""
        matches = self._fuzzy_people(text)
        taken = DisjointRanges()
        for match in matches:
            taken.add(match.start, match.end)
        for m in self._pattern.finditer(text):
            key = self._alias_to_key[m.group(0).casefold()]
            if _is_acronym_clash(m.group(0), self.entries[key]):
                continue
            if not taken.add(m.start(), m.end()):
                continue
            matches.append(ActorMatch(m.start(), m.end(), key, self.entries[key].kind, 1.0))
        matches += self._demonyms(text, taken)
        return sorted(matches, key=lambda m: m.start)

    def _demonyms(self, text: str, taken: DisjointRanges) -> list[ActorMatch]:
        """ "Russian shelling", "a Ukrainian drone": the state's forces, with a lower score."""
        found = []
        for m in (*_DEMONYM.finditer(text), *_DEMONYM_CYRILLIC.finditer(text)):
            if taken.overlaps(m.start(), m.end()):
                continue
            key = _DEMONYM_SIDE[_side_word(m.group("side"))]
            if key in self.entries:
                found.append(ActorMatch(m.start(), m.end(), key, self.entries[key].kind, 0.8))
        return found

    def _fuzzy_people(self, text: str) -> list[ActorMatch]:
        """Two capitalised words close to a registered full name."""
        found = []
        choices = list(self._full_names)
        for m in _NAME_PAIR.finditer(text):
            best = process.extractOne(m.group(0), choices, scorer=fuzz.ratio)
            if best and best[1] >= FUZZY_PERSON_SCORE:
                key = self._full_names[best[0]]
                found.append(ActorMatch(m.start(), m.end(), key, "person", best[1] / 100))
        return found


def _side_word(word: str) -> str:
    """The key of `_DEMONYM_SIDE` for an English or Cyrillic demonym."""
    lowered = word.lower()
    if lowered.startswith(("росій", "россий")):
        return "russian"
    if lowered.startswith(("україн", "украин")):
        return "ukrainian"
    return lowered


def _is_acronym_clash(found: str, entry: ActorEntry) -> bool:
    """Short all-caps aliases (RDK, AFU) only count when written in capitals."""
    for alias in entry.aliases:
        if alias.casefold() == found.casefold() and alias.isupper() and len(alias) <= 5:
            return found != alias
    return False


def _load_entries() -> list[ActorEntry]:
    data = json.loads(resources.files("sitrep.data").joinpath("actors.json").read_text("utf-8"))
    entries = [
        ActorEntry(
            key=item["key"],
            name=item["name"],
            kind=item["kind"],
            side=item.get("side"),
            inter=item.get("inter"),
            aliases=tuple(item["aliases"]),
            parent=item.get("parent"),
            group_of=tuple(item.get("group_of", ())),
        )
        for item in data["actors"]
    ]
    entries += [
        ActorEntry(
            key=item["key"],
            name=item["name"],
            kind="person",
            side=None,
            inter=None,
            aliases=tuple(item["aliases"]),
            role=item.get("role"),
            affiliation=item.get("affiliation"),
        )
        for item in data["people"]
    ]
    return entries


@cache
def registry() -> ActorRegistry:
    """The shipped registry, loaded once per process."""
    return ActorRegistry(_load_entries())
