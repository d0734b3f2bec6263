"""Trigger phrases for territory, demonstrations and strategic developments, and the
precedence order of every group (`GROUPS`).

Written from ACLED's codebook definitions and general reporting language,
never from an evaluation set.
"""

from __future__ import annotations

from sitrep.events import triggers as war
from sitrep.events.territory import GOVERNMENT_REGAINS, NON_VIOLENT_TRANSFER, OVERTAKES
from sitrep.events.triggers import Group

_PRISONERS = r"(?:prisoners?|POWs?|captives?|hostages?|detainees?|captured (?:soldiers|servicemen))"
_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundreds?|dozens?)"
)
PROTESTERS = r"(?:protest(?:er|or)s|demonstrators|marchers|rallyists|strikers|picketers)"
PROTEST = (
    r"(?:protests?|protested|protesting|demonstrations?|rall(?:y|ies|ied)|marche[sd]|"
    r"sit-?ins?|pickets?|picketed|vigils?|dharnas?)"
)

EXCESSIVE_FORCE: Group = (
    "Excessive force against protesters",
    0.9,
    (
        rf"(?:killed|killing|shot dead|shot and killed|gunned down|shot|opened fire on|fired "
        rf"(?:live )?(?:bullets|rounds|ammunition|shots)? ?(?:on|at|into)) (?:\w+ ){{0,3}}"
        rf"{PROTESTERS}",
        rf"{PROTESTERS} (?:were |was )?(?:killed|shot dead|shot|gunned down)",
        r"live (?:ammunition|rounds|fire|bullets)(?![- ](?:exercises?|drills?|training))",
    ),
)

VIOLENT_DEMONSTRATION: Group = (
    "Violent demonstration",
    0.85,
    (
        rf"{PROTESTERS} (?:\w+ ){{0,3}}(?:threw|hurled|pelted|torched|set fire|set ablaze|"
        r"burned|burnt|vandali[sz]ed|clashed|attacked|stormed|damaged|smashed|looted|ransacked|"
        r"ran amok|went on (?:a )?rampage|assaulted|beat|blocked and burned)",
        r"riot(?:s|ed|ing|ers?)?(?! (?:police|gear|control|shields?|squads?|units?|forces?))",
        r"stone[- ]?pelting",
        r"pelted (?:\w+ )?(?:stones|rocks|bricks|bottles|eggs)",
        r"(?:threw|hurled) (?:stones|rocks|bricks|bottles|petrol bombs|molotov\w*)",
        r"violent (?:protests?|demonstrations?|rall(?:y|ies))",
        r"(?:protests?|demonstrations?) turned violent",
        r"molotov cocktails?",
    ),
)

PROTEST_INTERVENTION: Group = (
    "Protest with intervention",
    0.85,
    (
        rf"(?:dispersed|disperse|broke up|break up|disrupted|stopped|blocked|prevented|"
        rf"cordoned off|foiled) (?:\w+ ){{0,3}}(?:{PROTEST}|{PROTESTERS})",
        rf"(?:arrested|detained|rounded up|held) (?:\w+ ){{0,4}}{PROTESTERS}",
        rf"{PROTESTERS} (?:\w+ ){{0,2}}(?:were |was )?(?:arrested|detained|dispersed|tear-?gassed)",
        r"(?:fired|used|lobbed|shot|deployed|hurled|sprayed) (?:\w+ ){0,2}(?:tear ?gas|"
        r"water cannons?|rubber bullets|pepper spray|stun grenades)",
        r"(?:lathi|baton)[- ]?charg\w*",
    ),
)

MOB: Group = (
    "Mob violence",
    0.8,
    (
        r"mobs?",
        r"lynch\w*",
        r"vigilantes?",
        r"communal (?:clash\w*|violence)",
        r"(?:angry|irate|enraged) (?:\w+ )?(?:crowds?|villagers|residents|locals|youths|people)",
        r"(?:villagers|residents|locals|youths|supporters|crowds?) (?:\w+ ){0,2}(?:beat|lynched|"
        r"thrashed|torched|set fire|clashed|attacked|assaulted)",
        r"(?:two|rival) (?:\w+ )?(?:groups|factions|gangs|supporters) (?:\w+ )?clashed",
    ),
)

SEXUAL_VIOLENCE: Group = (
    "Sexual violence",
    0.9,
    (
        r"rap(?:e|ed|es|ing|ist|ists)",
        r"gang-?rap\w*",
        r"sexual(?:ly)? (?:assault\w*|abuse\w*|violence|harass\w*|exploit\w*)",
        r"molest\w*",
        r"зґвалт\w*",
        r"изнасил\w*",
    ),
)

AGREEMENT: Group = (
    "Agreement",
    0.85,
    (
        rf"(?:exchange|swap) of {_PRISONERS}",
        rf"{_PRISONERS} (?:exchange|swap)s?",
        rf"hand(?:ed|ing)? over (?:the |these |\d+ )?(?:\w+ )?{_PRISONERS}",
        r"hand (?:them|the \w+) over",
        rf"(?<!for the )(?<!demanding the )(?<!demand the )(?<!demanded the )(?:releas(?:e|ed|ing)|"
        rf"freed|set free) (?:the |these |\d+ |all )?(?:\w+ )?{_PRISONERS}",
        rf"{_PRISONERS} (?:were |was )?(?:released|freed|set free)",
        r"returned (?:home )?from captivity",
        r"(?:exchange|swap|return|repatriation|transfer) of (?:the )?(?:\w+ )?(?:bodies|remains)",
        r"(?:bodies|remains) (?:\w+ ){0,3}(?:were |was )?(?:exchanged|returned|repatriated|"
        r"handed over)",
        r"hand(?:ed|ing|s)? over (?:the )?(?:bodies|remains)",
        r"repatriat(?:ed|ion)",
        r"cease-?fire",
        r"truce",
        r"peace (?:deal|agreement|accord|treaty|pact|talks)",
        r"signed (?:an? |the )?(?:\w+ ){0,3}(?:agreement|deal|accord|treaty|memorandum|pact)",
        r"(?:reached|struck|agreed) (?:an? |on )?(?:\w+ )?(?:agreement|deal|accord|compromise)",
        r"agreed (?:on |to )(?:an? |the )?(?:\w+ )?(?:ceasefire|truce|exchange|swap|deal)",
        r"обмін\w* полоненими",
        r"обмен\w* пленными",
    ),
)

PROTEST_PEACEFUL: Group = (
    "Peaceful protest",
    0.7,
    (
        PROTEST,
        rf"{PROTESTERS}",
        r"took to the streets",
        r"(?:went|go|going|are|were|was) on (?:an? )?(?:\w+ )?strike",
        r"hunger strikes?",
        r"(?:general|labou?r|nationwide|workers'?) strikes?",
        r"boycott\w*",
        r"gathered (?:\w+ ){0,3}to (?:demand|protest|denounce|condemn|call|express|oppose)",
    ),
)

ARRESTS: Group = (
    "Arrests",
    0.8,
    (
        r"arrest(?:ed|s|ing)?",
        r"detain(?:ed|s|ing)?",
        r"detention",
        r"taken into custody",
        r"apprehended",
        r"nabbed",
        r"(?:police|authorities) (?:\w+ ){0,2}held",
        r"затрима\w*",
        r"задержа\w*",
    ),
)

LOOTING: Group = (
    "Looting/property destruction",
    0.7,
    (
        r"loot(?:ed|ing|ers?)",
        r"pillag\w*",
        r"plunder\w*",
        r"ransack\w*",
        r"vandali[sz]\w*",
        r"set (?:on )?fire (?:to)?",
        r"set ablaze",
        r"torched",
        r"burn(?:ed|t) down",
        r"demolish\w*",
        r"razed",
        r"bulldoz\w*",
        r"(?:were|was|been) (?:burn(?:ed|t)|torched|set on fire|set ablaze|looted|vandali[sz]ed)",
        r"(?:destruction|burning|torching) of (?:\w+ ){0,3}(?:propert\w+|shops?|homes|houses|"
        r"vehicles)",
        r"attacks? on (?:\w+ ){0,2}propert(?:y|ies)",
        r"(?:destroyed|damaged|destroy|damage) (?:\w+ ){0,3}(?:property|properties|crops|"
        r"shops?|homes|houses|vehicles|offices?|statues?|monuments?)",
    ),
)

CHANGE_TO_GROUP: Group = (
    "Change to group/activity",
    0.6,
    (
        r"(?:appointed|named|elected|replaced|dismissed|sacked|ousted|removed) (?:\w+ ){0,4}"
        r"(?:as )?(?:the )?(?:new )?(?:leader|commander|chief|head|emir|spokes(?:man|person))",
        r"new (?:leader|commander|chief|emir)",
        r"(?:merged|split|disbanded|dissolved|formed|founded|launched|created|announced) "
        r"(?:a |the |its |their )?(?:new )?(?:\w+ )?(?:group|party|movement|coalition|alliance|"
        r"militia|brigade|battalion|unit|faction|front)",
        r"recruit(?:ed|ment|ing|s)",
        r"mobili[sz](?:ed|ing|ation|es)",
        r"dispatch(?:ed|ing)",
        r"reinforc(?:ed|ing)",
        r"(?:were|was|been) (?:formed|established|created|founded|disbanded|dissolved)",
        r"sent (?:\w+ ){0,3}(?:troops|reinforcements|fighters|soldiers)",
        r"(?:re)?deploy(?:ed|ment|s|ing)",
        r"reinforcements",
        r"(?:military|joint|army|naval|air) (?:exercises?|drills?|manoeuvres|maneuvers)",
        r"(?:troops|forces|soldiers) (?:\w+ ){0,2}(?:arrived|massed|moved|relocated|withdrew)",
        r"curfews?",
        r"surrender(?:ed|s)?",
        r"withdr[ae]w(?:s|n|al|ing)?",
        r"defect(?:ed|ion|ions)",
        r"(?:dig|dug|digging|built|build|building|constructed|constructing) (?:\w+ ){0,2}"
        r"(?:trenches|fortifications|defensive lines|barricades)",
        r"state of emergency",
        r"martial law",
    ),
)

HEADQUARTERS: Group = (
    "Headquarters or base established",
    0.75,
    (
        r"(?:set up|sets up|setting up|established|establish|establishing|opened|erected|built) "
        r"(?:an? |the |its |their |new )?(?:\w+ ){0,4}(?:base|headquarters|HQ|camps?|outposts?|"
        r"command (?:post|centre|center)|presence|(?:observation|military|army) (?:posts?|points?)|"
        r"military checkpoints?)",
        r"(?:observation|military) (?:post|point|base)s? (?:was |were |has been |have been )?"
        r"(?:set up|established|opened|erected)",
        r"(?:new |military |forward )(?:base|headquarters|outpost)s? (?:was |were )?"
        r"(?:set up|established|opened)",
    ),
)

ABDUCTION: Group = (
    "Abduction/forced disappearance",
    0.85,
    (
        r"abduct(?:ed|ion|ions|s|ing)",
        r"kidnapp?(?:ed|ing|ers?|s)",
        r"forcibly (?:deported|sent|removed|disappeared|taken)",
        r"deported",
        r"to an unknown location",
        r"taken hostage",
        r"held hostage",
        r"(?:went|gone) missing",
        r"whereabouts (?:\w+ ){0,3}unknown",
        r"викра\w*",
        r"похищ\w*",
    ),
)

OTHER: Group = (
    "Other",
    0.5,
    (
        rf"{_COUNT} (?:\w+ )?(?:\w+ )?{_PRISONERS}",
        r"took (?:\w+ )?prisoners?",
        r"taken prisoner",
        r"полонен\w*",
        r"пленн\w*",
        r"(?:взяли|взято|взяті|взяты|потрапили|попали|здалися|сдались) (?:\w+ )?в (?:полон|плен)",
    ),
)

#: Every group in precedence order: when a sentence signals several, the first wins.
#: ACLED: a capture of ground is coded as the change of territory, not the clash that
#: led to it; shelling inside a battle is the battle; a protest's worst turn names it.
GROUPS: tuple[Group, ...] = (
    *war.TOP,
    NON_VIOLENT_TRANSFER,
    GOVERNMENT_REGAINS,
    OVERTAKES,
    EXCESSIVE_FORCE,
    VIOLENT_DEMONSTRATION,
    PROTEST_INTERVENTION,
    MOB,
    SEXUAL_VIOLENCE,
    war.AIRCRAFT_DOWNED,
    war.WEAPONS_DISRUPTED,
    AGREEMENT,
    war.EXPLOSIVES,
    war.GRENADE,
    ABDUCTION,
    war.ATTACK_STRONG,
    PROTEST_PEACEFUL,
    war.CLASH,
    war.AIR,
    war.SHELLING,
    LOOTING,
    *war.WEAK,
    ARRESTS,
    HEADQUARTERS,
    CHANGE_TO_GROUP,
    OTHER,
)
