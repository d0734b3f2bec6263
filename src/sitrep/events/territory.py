"""Trigger phrases for changes of territory: who took which ground, and how.

ACLED codes a capture of ground as the change of territory, not as the clash
that led to it; a state retaking its own ground regains territory, anyone
else overtakes it (decided by actor and place when both are known, else by
the wording below); ground handed over or left without a fight is a
non-violent transfer. Written from the codebook and general language.
"""

from __future__ import annotations

from sitrep.events.triggers import Group

#: Words that mark state forces as the subject ("the army", "government troops",
#: "security forces"); the two states of this war by name.
_GOVERNMENT = (
    r"(?:army|military|government|regime|security|state|federal|national|police|armed forces|"
    r"Ukrainian|Russian)"
)

#: What a capture takes: an area in km², a kind of settlement, or a place's name.
TERRITORY_OBJECT = (
    r"(?= (?!(?:half|part|parts|some|most|sections?|portions?|a (?:part|section)) of)"
    r"(?:(?:about |around |some |up to |over |nearly |almost )?(?:\d[\d,.]*|[a-z]+"
    r"(?: hundred| thousand)?) (?:square kilomet|km²|km2|sq\.? ?km)|(?:the |a |an )?(?:\w+ ){0,3}"
    r"(?:village|town|city|settlement|hamlet|outskirts|district|area|region|territory|province|"
    r"county|island|airport|base|neighbou?rhood|camp|highway|port|crossing|height)s?\b"
    r"(?! (?:administration|building|council|hall|hospital|offices?|police|cent(?:re|er)|"
    r"headquarters|school|station))|(?:control|full control) (?:of|over)\b|"
    r"(?!(?:Russian|Ukrainian|Wagner|Chechen)\b)(?![\w'-]+(?: [\w'-]+){0,2} (?:soldiers|fighters|"
    r"militants|servicemen|troops|members|command\w*|leaders?|prisoners|POWs|tanks?|vehicles?|"
    r"equipment|weapons|positions|trenches|bases|buildings?|administration|offices?|plants?|"
    r"factory|station|hospital)\b)(?-i:[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'])))"
)

#: Verbs of taking ground, in their inflections.
CAPTURE = (
    r"(?:re-?)?captur(?:ed|ing|es)|seiz(?:ed|ing|es)|(?:took|taking|takes|taken|gained|gaining|"
    r"regained|regaining|assumed|seized|seizing) (?:full |complete |total )?control (?:of|over)|"
    r"(?<!the )(?<!temporarily )(?<!-)occupied|overtook|overr[au]n|overrunning|"
    r"liberat(?:ed|ing)|retook|retaking|re-?taken|"
    r"regain(?:ed|ing)|reclaim(?:ed|ing)|took back|won back|wrested back|took over"
)

#: Where a trigger that names its subject puts its evidence: on the verb, so that the
#: subject reads as the actor before the trigger.
FOCUS = {
    "Government regains territory": rf"(?:{CAPTURE}|freed|recovered|drove|pushed|expelled|"
    r"ousted|flushed|cleared)",
}

GOVERNMENT_REGAINS: Group = (
    "Government regains territory",
    0.95,
    (
        rf"{_GOVERNMENT} (?:\w+ ){{0,3}}(?:{CAPTURE}|freed|recovered){TERRITORY_OBJECT}",
        rf"{_GOVERNMENT} (?:\w+ ){{0,3}}(?:drove|pushed|expelled|ousted|flushed|cleared) "
        r"(?:\w+ ){0,4}(?:out of|from)",
        rf"(?:recaptured|retaken|regained|reclaimed|liberated) by (?:the )?(?:\w+ )?"
        rf"{_GOVERNMENT}",
    ),
)

NON_VIOLENT_TRANSFER: Group = (
    "Non-violent transfer of territory",
    0.9,
    (
        r"without (?:a |any )?(?:fight|fighting|resistance|a shot(?: being)? fired|clashes|"
        r"bloodshed|a battle)",
        r"(?:withdr[ae]w\w*|pull(?:ed|s|ing)? out|pull(?:ed|s|ing)? back|retreat(?:ed|s|ing)?) "
        r"(?:\w+ ){0,3}from (?:(?:the |their |its )?(?:\w+ )?(?:village|town|city|settlement|"
        r"area|base|positions?|district|region|territory)|(?-i:[A-Z][a-z]))",
        r"handed over (?:control|the (?:\w+ )?(?:village|town|city|area|base|territory|region|"
        r"district))",
        r"(?:took|taken|assumed) (?:over )?control (?:of|over) (?:\w+ ){0,4}(?:vacated|abandoned|"
        r"left) by",
        r"(?:deployed|moved) (?:in)?to (?:\w+ ){0,3}(?:vacated|abandoned|left) by",
        r"(?:following|after) (?:the )?(?:\w+ ){0,3}(?:withdrawal|pull-?out|retreat|departure)",
        r"after (?:\w+ ){1,5}(?:pulled out|withdrew|had withdrawn|retreated|left the)",
        r"evacuation (?:deal|agreement)",
        r"handed (?:over )?(?:authority|control)",
        r"(?:deserted|abandoned|empty|vacated) (?:\w+ ){0,3}(?:base|town|village|positions?|site)",
    ),
)

OVERTAKES: Group = (
    "Non-state actor overtakes territory",
    0.95,
    (
        rf"(?:{CAPTURE}){TERRITORY_OBJECT}",
        r"(?:advanced|advance) (?:\w+ )?(?:\d[\d,.]*|\w+) (?:kilomet|km)",
        r"(?:звільнил\w*|звільнено|захопил\w*|захоплено|окупувал\w*|освободил\w*|освобожден\w*|"
        r"захватил\w*|захвачен\w*|взяли під контроль|взяли под контроль)(?= (?:(?:\w+ )?"
        r"(?:село|селище|місто|населений пункт|селе|селища|деревн\w*|посел\w*|город\w*)|"
        r"(?-i:[А-ЯІЇЄҐ][а-яіїєґ'])))",
        r"(?:fell|falls) (?:in)?to (?:the )?(?:\w+ ){0,2}(?:militants|insurgents|rebels|"
        r"fighters|forces|troops|jihadists|hands)",
    ),
)
