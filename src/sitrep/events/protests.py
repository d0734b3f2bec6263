"""Which kind of demonstration: ACLED types a protest by its worst turn in the report.

A protest sentence rarely says everything: "Thousands marched on parliament.
Police fired tear gas and detained dozens." The sub-type is decided on the
whole paragraph around the event (ACLED codebook): demonstrators who use
violence make a violent demonstration; lethal or severe force on peaceful
demonstrators is excessive force; any other intervention (dispersal,
arrests, tear gas) is a protest with intervention.
"""

from __future__ import annotations

import re

from sitrep.events.triggers_civil import PROTESTERS

PEACEFUL = "Peaceful protest"
DEMONSTRATIONS = frozenset(
    {
        PEACEFUL,
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
    }
)
_PEOPLE = rf"(?:{PROTESTERS}|people|persons|participants|students|activists|crowds?)"

_VIOLENT = re.compile(
    r"\b(?:riots?(?! (?:police|gear|control|shields?|squads?|units?|forces?))|rioters|rioting|"
    r"turned violent|violent (?:clash\w*|protests?)|"
    rf"{PROTESTERS} (?:\w+ ){{0,3}}(?:threw|hurled|pelted|torched|set fire|burned|vandali[sz]ed|"
    rf"attacked|stormed|smashed|damaged|looted|clashed|fought|armed with)|"
    r"(?:threw|throwing|hurled|hurling) (?:\w+ )?(?:stones|rocks|bricks|bottles|firecrackers|"
    r"petrol bombs|molotov\w*)|"
    rf"clash(?:es|ed)? (?:\w+ ){{0,2}}with (?:\w+ )?{PROTESTERS}|clash(?:es|ed|ing)|"
    r"confrontations?|scuffl\w+|"
    r"(?:turn(?:s|ed)?|became|very|grew) violent|marred by violence|outbreaks? of violence|"
    r"violence (?:erupted|broke out|flared|boiled|returned|surged|spread)|unrest|"
    r"escalating violence|molotov|projectiles|firecrackers|fireworks at|set (?:\w+ )?ablaze|"
    r"(?:lit|light|lighting|started) fires|torched|looted|vandali[sz]\w+|smashed|"
    r"(?:pull(?:ed|ing)?|tore|tear(?:ing)?) down)",
    re.IGNORECASE,
)
_EXCESSIVE = re.compile(
    rf"\b(?:{_PEOPLE} (?:\w+ ){{0,3}}(?:were |was )?(?:killed|died|shot dead|shot|"
    r"seriously (?:injured|wounded)|critically (?:injured|wounded))|"
    rf"(?:killed|killing|shot dead|shot|gunned down) (?:\w+ ){{0,3}}{_PEOPLE}|"
    r"live (?:ammunition|rounds|bullets|fire)|excessive force|brutal(?:ly)?|"
    r"violently (?:suppressed|dispersed|attacked|broke up|crushed)|"
    r"(?:tear gas|rubber bullets|bullets|water cannons?)\W+(?:\w+\W+){0,6}?"
    r"(?:injur\w+|wound\w+|killed|died)|"
    r"(?:injur\w+|wound\w+|killed|died) (?:\w+ ){0,6}(?:tear gas|rubber bullets|bullets|gunfire))",
    re.IGNORECASE,
)
_INTERVENTION = re.compile(
    r"\b(?:dispers\w+|broke up|break up|broken up|detain\w*|arrest\w*|tear-?gas\w*|"
    r"water cannons?|rubber bullets|pepper[- ]spray\w*|stun grenades|smoke grenades|"
    r"(?:lathi|baton)[- ]?charg\w*|batons?|suppress\w*|crack(?:ed)? down|crackdown|"
    r"dragg?e?d? (?:\w+ )?(?:away|out)|blocked|cordon\w*|banned|prevented)",
    re.IGNORECASE,
)


def demonstration_type(sub_event_type: str, context: str) -> str:
    """The demonstration sub-type that the whole context supports; others pass through."""
    if sub_event_type not in DEMONSTRATIONS:
        return sub_event_type
    if _VIOLENT.search(context):
        return "Violent demonstration"
    if _EXCESSIVE.search(context):
        return "Excessive force against protesters"
    if sub_event_type == PEACEFUL and _INTERVENTION.search(context):
        return "Protest with intervention"
    return sub_event_type
