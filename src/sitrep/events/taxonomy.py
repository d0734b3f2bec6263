"""ACLED's event taxonomy as data, with the coding decisions for this war.

Six event types, twenty-five sub-event types (ACLED codebook). `TRIGGERS`
maps sub-event types to the phrases that signal them, each with a weight;
`PRECEDENCE` says which sub-type wins when one sentence signals several
(ACLED: shelling inside a battle is an armed clash; a capture of ground is
coded as a change of territory, not as the clash that led to it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    sub_event_type: str
    pattern: re.Pattern[str]
    weight: float


def _t(sub_event_type: str, weight: float, *phrases: str) -> list[Trigger]:
    return [
        Trigger(sub_event_type, re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE), weight)
        for p in phrases
    ]


_DRONE = r"(?:kamikaze |attack |strike |FPV |loitering |Shahed )?(?:drones?|UAVs?)"
_PRISONERS = r"(?:prisoners?|POWs?|captives?|captured (?:soldiers|servicemen))"
_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundreds?|dozens?)"
)

TRIGGERS: tuple[Trigger, ...] = tuple(
    _t(
        "Air/drone strike",
        0.9,
        r"air ?strikes?",
        r"airstrikes?",
        r"air raids?",
        r"drone (?:strikes?|attacks?)",
        rf"(?:with|by|using) (?:the help of )?(?:an? )?{_DRONE}",
        r"(?:aerial|guided|glide) bombs?",
        r"bomb(?:ed|ing)",
        r"KABs?",
        r"Shaheds?",
        r"dropped (?:an? )?(?:explosives?|grenades?|bombs?)",
        rf"{_DRONE} (?:hit|struck|attacked|dropped|targeted|destroyed|damaged)",
        r"UAV-borne",
        r"air forces? (?:and artillery )?(?:struck|hit|attacked|bombed|launched)",
        r"aviation (?:struck|hit|attacked|bombed)",
        rf"launched {_DRONE}",
        r"дрон\w*",
        r"БПЛА",
        r"авіаудар\w*",
        r"авиаудар\w*",
        r"КАБ\w*",
    )
    + _t(
        "Shelling/artillery/missile attack",
        0.7,
        r"shell(?:ed|ing|s)?",
        r"artillery",
        r"mortars?",
        r"missiles?",
        r"rockets?",
        r"MLRS",
        r"Grads?",
        r"Iskanders?",
        r"Kalibrs?",
        r"S-300",
        r"fired (?:at|on|upon|near)",
        r"fired",
        r"struck",
        r"strikes?",
        r"hit",
        r"обстр\w*",
        r"ракет\w*",
        r"артилер\w*",
        r"артиллер\w*",
    )
    + _t(
        "Armed clash",
        0.8,
        r"fighting(?! for| on (?:the )?side)",
        r"fights?",
        r"fought",
        r"clash(?:es|ed)?",
        r"battles?",
        r"firefights?",
        r"assaults?",
        r"assaulted",
        r"offensive(?: operations?)?",
        r"(?:ground )?attacks? (?:against|on) (?:\w+ )?(?:forces|positions|troops|units)",
        r"attacked (?:near|in|around)",
        r"assault operations?",
        r"counter-?offensive",
        r"repell?ed",
        r"repulsed",
        r"attacked (?:\w+ )?positions",
        r"skirmish(?:es)?",
        r"engaged",
        r"infiltrat\w+",
        r"raid(?:ed)?",
        r"incursion",
        r"military operations?",
        r"бо[йї]\w*",
        r"штурм\w*",
        r"зіткнен\w*",
        r"столкновен\w*",
    )
    + _t(
        "Non-state actor overtakes territory",
        0.95,
        r"(?:captured|seized|(?:took|taken|gained|regained) (?:full )?control (?:of|over)|"
        r"occupied|overtook|overran|liberated|recaptured|retook|regained)"
        r"(?= (?:(?:about |around |some |up to |over |nearly |almost )?(?:\d[\d,.]*|[a-z]+"
        r"(?: hundred| thousand)?) (?:square kilomet|km²|km2|sq\.? ?km)|the (?:village|town|"
        r"city|settlement|hamlet|outskirts) |(?!(?:Russian|Ukrainian|Wagner|Chechen)\b)"
        r"(?-i:[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'])))",
        r"(?:advanced|advance) (?:\w+ )?(?:\d[\d,.]*|\w+) (?:kilomet|km)",
    )
    + _t(
        "Remote explosive/landmine/IED",
        0.9,
        r"(?:land)?mines?",
        r"IEDs?",
        r"improvised explosive",
        r"explosive devices?",
        r"unexploded",
        r"tripwire",
        r"blew up",
        r"car bomb",
        r"booby[- ]trap\w*",
        r"stepped on",
        r"cluster munitions?",
        r"(?:unexploded|explosive) ordnance",
        r"explosives? planted",
        r"planted (?:an? )?explosive",
        r"activated (?:an? )?(?:\w+ )?(?:mine|explosive|munition|device)",
        r"міна\w*",
        r"мина\w*",
        r"підрив\w*",
    )
    + _t(
        "Disrupted weapons use",
        0.95,
        r"sh(?:ot|oot|oots|ooting) down",
        r"intercept(?:ed|ion|s)?",
        r"downed",
        r"neutrali[sz]ed",
        r"air defen[cs]e (?:destroyed|shot|downed)",
        r"defused",
        r"demined",
        r"збил\w*",
        r"збит\w*",
        r"сбил\w*",
        r"сбит\w*",
        r"знешкод\w*",
    )
    + _t(
        "Agreement",
        0.85,
        rf"(?:exchange|swap) of {_PRISONERS}",
        rf"{_PRISONERS} (?:exchange|swap)s?",
        rf"hand(?:ed|ing)? over (?:the |these |\d+ )?(?:\w+ )?{_PRISONERS}",
        r"hand (?:them|the \w+) over",
        rf"releas(?:e|ed|ing) (?:the |these |\d+ )?"
        rf"(?:\w+ )?{_PRISONERS}",
        r"returned (?:home )?from captivity",
        r"ceasefire",
        r"обмін\w* полоненими",
        r"обмен\w* пленными",
    )
    + _t("Arrests", 0.8, r"arrested", r"detained", r"затрима\w*", r"задержа\w*")
    + _t(
        "Attack",
        0.75,
        r"executed",
        r"shot (?:dead )?(?:a |two |\d+ )?civilians?",
        r"tortured",
        r"killed (?:a |\d+ )?civilians?",
        r"opened fire on (?:a |the )?(?:civilians?|cars?)",
    )
    + _t(
        "Abduction/forced disappearance",
        0.85,
        r"abduct(?:ed|ion)",
        r"kidnapp(?:ed|ing)",
        r"forcibly (?:deported|sent|removed)",
        r"deported",
        r"to an unknown location",
        r"викра\w*",
        r"похищ\w*",
    )
    + _t(
        "Looting/property destruction",
        0.7,
        r"looted",
        r"looting",
        r"set fire to",
        r"burn(?:ed|t) down",
    )
    + _t(
        "Peaceful protest", 0.7, r"protest(?:ed|ers|s)?", r"rall(?:y|ies)", r"demonstrat(?:ion|ors)"
    )
    + _t(
        "Other",
        0.5,
        rf"{_COUNT} (?:\w+ )?(?:\w+ )?{_PRISONERS}",
        r"took (?:\w+ )?prisoners?",
        r"taken prisoner",
        r"полонен\w*",
        r"пленн\w*",
    )
)

#: When one sentence signals several sub-types, the one listed first wins.
PRECEDENCE: tuple[str, ...] = (
    "Non-state actor overtakes territory",
    "Disrupted weapons use",
    "Agreement",
    "Remote explosive/landmine/IED",
    "Abduction/forced disappearance",
    "Attack",
    "Armed clash",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Arrests",
    "Looting/property destruction",
    "Peaceful protest",
    "Other",
)
