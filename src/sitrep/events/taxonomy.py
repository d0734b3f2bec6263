"""ACLED's event taxonomy as data, with the coding decisions for this war.

Six event types, twenty-five sub-event types (ACLED codebook). `TRIGGERS`
compiles the phrase groups of `sitrep.events.triggers_civil.GROUPS` (each a
sub-event type with a weight), ranked in the order that decides which
sub-type wins when one sentence signals several (ACLED: shelling inside a
battle is an armed clash; a capture of ground is coded as a change of
territory, not as the clash that led to it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.events.territory import FOCUS
from sitrep.events.triggers_civil import GROUPS

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

SUB_EVENT_TYPES: dict[str, tuple[str, str]] = {
    "Armed clash": (BATTLES, "Armed, organised groups fight each other; shelling inside it"),
    "Government regains territory": (BATTLES, "State forces retake ground held by others"),
    "Non-state actor overtakes territory": (
        BATTLES,
        "A non-state or foreign force takes ground (Russian capture of Ukrainian villages)",
    ),
    "Chemical weapon": (REMOTE, "Use of chemical weapons"),
    "Air/drone strike": (REMOTE, "A standalone strike by aircraft or drones"),
    "Suicide bomb": (REMOTE, "An attack by a suicide bomber"),
    "Shelling/artillery/missile attack": (
        REMOTE,
        "A standalone strike by artillery, mortars, rockets or missiles",
    ),
    "Remote explosive/landmine/IED": (REMOTE, "Mines, IEDs and other remotely detonated charges"),
    "Grenade": (REMOTE, "A hand grenade thrown at a target"),
    "Sexual violence": (VAC, "Sexual violence against civilians"),
    "Attack": (VAC, "Armed attacks on civilians by ground forces"),
    "Abduction/forced disappearance": (VAC, "Civilians abducted or deported"),
    "Peaceful protest": (PROTESTS, "A demonstration with no violence or intervention"),
    "Protest with intervention": (PROTESTS, "A peaceful protest that authorities disrupt"),
    "Excessive force against protesters": (PROTESTS, "Lethal or severe force on protesters"),
    "Violent demonstration": (RIOTS, "Demonstrators use violence"),
    "Mob violence": (RIOTS, "A violent crowd without a stated demand"),
    "Agreement": (STRATEGIC, "Agreements, prisoner exchanges, releases and hand-overs"),
    "Arrests": (STRATEGIC, "Arrests and detentions by authorities"),
    "Change to group/activity": (STRATEGIC, "Changes in a group's structure or activity"),
    "Disrupted weapons use": (
        STRATEGIC,
        "Interceptions of missiles and drones, defused explosives",
    ),
    "Headquarters or base established": (STRATEGIC, "A group establishes a base"),
    "Looting/property destruction": (STRATEGIC, "Looting or destruction of property"),
    "Non-violent transfer of territory": (STRATEGIC, "Territory changes hands without fighting"),
    "Other": (STRATEGIC, "Other significant developments"),
}

EVENT_TYPES = tuple(dict.fromkeys(parent for parent, _ in SUB_EVENT_TYPES.values()))


def event_type_of(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES[sub_event_type][0]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One group of phrases for a sub-event type; a lower ``rank`` wins within a sentence."""

    sub_event_type: str
    pattern: re.Pattern[str]
    weight: float
    rank: int
    #: The part of a match that is the trigger proper (a verb after its subject).
    focus: re.Pattern[str] | None = None
    #: The same phrases, lowercased, for lowercased text: several times faster than
    #: case-insensitive matching. None when a phrase depends on case (a capitalised name).
    fast: re.Pattern[str] | None = None


#: Regex parts that lowercasing would change: case-sensitive groups, upper-case escapes.
_CASE_BOUND = re.compile(r"\(\?-i:|\\[A-Z]")


def _compile(groups: tuple[tuple[str, float, tuple[str, ...]], ...]) -> tuple[Trigger, ...]:
    """One alternation per group, matched as whole words, case-insensitively."""
    compiled = []
    for rank, (sub_event_type, weight, phrases) in enumerate(groups):
        if sub_event_type not in SUB_EVENT_TYPES:
            raise ValueError(f"unknown sub-event type in triggers: {sub_event_type!r}")
        alternation = "|".join(f"(?:{p})" for p in phrases)
        pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
        focus = FOCUS.get(sub_event_type)
        narrow = re.compile(rf"(?<!\w)(?:{focus})(?!\w)", re.IGNORECASE) if focus else None
        fast = None if _CASE_BOUND.search(alternation) else re.compile(pattern.pattern.lower())
        compiled.append(Trigger(sub_event_type, pattern, weight, rank, narrow, fast))
    return tuple(compiled)


TRIGGERS: tuple[Trigger, ...] = _compile(GROUPS)

#: Which sub-type wins when drafts about one happening merge: the more specific one.
PRECEDENCE: tuple[str, ...] = (
    "Suicide bomb",
    "Chemical weapon",
    "Non-violent transfer of territory",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Excessive force against protesters",
    "Violent demonstration",
    "Protest with intervention",
    "Mob violence",
    "Sexual violence",
    "Disrupted weapons use",
    "Agreement",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Abduction/forced disappearance",
    "Attack",
    "Peaceful protest",
    "Armed clash",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Arrests",
    "Looting/property destruction",
    "Headquarters or base established",
    "Change to group/activity",
    "Other",
)
