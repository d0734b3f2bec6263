"""Trigger phrases for violent sub-event types (battles, explosions, violence against civilians).

Written from ACLED's codebook definitions and general reporting language
(English, Ukrainian, Russian), never from an evaluation set. Each group is
one sub-event type, a weight and its phrases; groups are listed in
precedence order (see `sitrep.events.triggers_civil.GROUPS`), and a sub-type
may have a strong group high in the order and a weak one lower down.
"""

from __future__ import annotations

Group = tuple[str, float, tuple[str, ...]]

DRONE = (
    r"(?:kamikaze[- ]|attack |strike |FPV |loitering |Shahed[- ]|Lancet |Orlan(?:-\d+)? )?"
    r"(?:drones?|UAVs?)"
)
_AIRCRAFT = (
    r"(?:fighter[- ]|military |enemy |war)?(?:jets?|aircraft|aircrafts|planes?|warplanes?|"
    r"helicopters?|bombers?|gunships?|(?:Su|Mi|Ka|Tu|MiG|Il)-\d+\w*)"
)
_WEAPON = (
    r"(?:weapons?|arms|ammunitions?|munitions?|explosives?|IEDs?|bombs?|grenades?|rifles?|"
    r"firearms?|guns?|pistols?|explosive devices?)"
)
_CIVILIANS = (
    r"(?:civilians?|villagers?|residents?|farmers?|herders?|worshippers?|passers-?by|"
    r"women|children|students?|pupils?|teachers?|traders?|people|a (?:man|woman|boy|girl)|"
    r"(?:a |an |the |two |three |\d+ )?(?:local|elderly|unarmed)? ?(?:man|woman|men|family))"
)
_ARMED = (
    r"(?:militants?|insurgents?|terrorists?|rebels?|fighters?|soldiers?|troops|gunmen|"
    r"jihadists?|militiam[ae]n|servicem[ae]n|bandits?|assailants?|attackers?|occupiers?)"
)
_TARGET = (
    r"(?:depot|warehouse|command post|stronghold|headquarters|positions?|base|dugout|"
    r"ammunition|fuel|radar|HQ|bridge|train|railway|checkpoint|concentration|deployment)"
)

#: Groups of the top of the order: the most specific kinds of violence.
TOP: tuple[Group, ...] = (
    (
        "Suicide bomb",
        0.95,
        (
            r"suicide[- ](?:bomb\w*|attack\w*|blasts?|vests?|belts?|car|truck|VBIED\w*)",
            r"suicide (?:[\w-]+ ){0,3}(?:explosive|device|IED|bomb\w*)",
            r"SVBIEDs?",
            r"blew (?:himself|herself|themselves) up",
            r"detonated (?:his|her|their) (?:\w+ )?(?:vest|belt|explosives?|device|car)",
            r"self-detonat\w*",
        ),
    ),
    (
        "Chemical weapon",
        0.9,
        (
            r"chemical (?:weapons?|attacks?|agents?|munitions?|warfare)",
            r"chlorine(?: gas)?",
            r"sarin",
            r"mustard gas",
            r"nerve (?:agents?|gas)",
            r"(?:poison(?:ous)?|toxic|noxious) gas(?:es)?",
            r"chloropicrin",
        ),
    ),
)

#: Manned aircraft brought down: fire at the crew, not an interception of a munition.
AIRCRAFT_DOWNED: Group = (
    "Shelling/artillery/missile attack",
    0.8,
    (
        rf"(?:sh(?:ot|oot|oots|ooting) down|downed|brought down) (?:an? |the |two |\d+ )?"
        rf"(?:\w+ ){{0,2}}{_AIRCRAFT}",
    ),
)

EXPLOSIVES: Group = (
    "Remote explosive/landmine/IED",
    0.9,
    (
        r"(?<!coal )(?<!salt )(?<!iron )(?<!gold )(?<!ore )(?:land)?mines?(?! of)",
        r"IEDs?",
        r"improvised explosive",
        r"explosive devices?",
        r"unexploded",
        r"tripwire",
        r"blew up",
        r"(?:car|roadside|magnetic|sticky|time|parcel|letter) bomb(?:s|ings?)?",
        r"booby[- ]trap\w*",
        r"stepped on",
        r"(?:unexploded|explosive|abandoned) ordnance",
        r"explosives? (?:were |was )?planted",
        r"planted (?:an? |the )?(?:\w+ )?(?:explosives?|bombs?|devices?|mines?)",
        r"activated (?:an? )?(?:\w+ )?(?:mine|explosive|munition|device|grenade|shell|ordnance)",
        r"exploded (?:a|an|the) ",
        r"explosion of (?:a |an |the )?(?:\w+ ){0,2}(?:mine|device|ordnance|projectile|shell|"
        r"item|object|submunition|munition|bomb|IED)",
        r"(?:bomb|device|explosives?) (?:went off|exploded|detonated)",
        r"detonated (?:a |an |the )?(?:\w+ )?(?:bomb|device|explosives?|mine|IED)",
        r"remote(?:ly)?[- ]?(?:controlled|detonated)",
        r"міна\w*",
        r"мина\w*",
        r"підрив\w*",
        r"СВП",
        r"СВУ",
        r"саморобн\w* вибухов\w*",
        r"самодельн\w* взрывн\w*",
    ),
)

GRENADE: Group = (
    "Grenade",
    0.85,
    (
        r"(?:threw|thrown|throws|throwing|hurled|lobbed|tossed) (?:an? |two |\d+ )?"
        r"(?:hand |stun )?grenades?",
        r"(?<!propelled )(?<!propelled-)grenades? (?:attack|blast|explosion)s?",
        r"hand[- ]grenades?",
        r"grenades? (?:was |were )?(?:thrown|hurled|lobbed|launched|exploded|went off)",
        r"explosions? of (?:a |an |two |\d+ )?(?:hand )?grenades?",
    ),
)

ATTACK_STRONG: Group = (
    "Attack",
    0.8,
    (
        r"shot (?:and killed )?dead",
        r"gunned down",
        rf"(?:opened|open) fire (?:on|at) (?:a |an |the )?(?:\w+ )?{_CIVILIANS}",
        rf"fired (?:on|at|upon) (?:a |an |the )?{_CIVILIANS}",
        r"executed",
        r"beheaded",
        r"massacred?",
        r"stabbed",
        r"hacked (?:\w+ )?to death",
        r"beat(?:en)? (?:\w+ ){0,2}to death",
        r"murdered",
        r"tortured",
        r"розстріля\w*",
        r"расстреля\w*",
        r"катува\w*",
        r"пыта\w*",
        r"killed (?:a |\d+ )?civilians?",
        r"shot (?:dead )?(?:a |two |\d+ )?civilians?",
        r"(?:gunm[ae]n|assailants|attackers|militants|bandits|terrorists) (?:\w+ ){0,3}(?:opened "
        r"fire|attacked|stormed|raided) (?:\w+ ){0,4}(?:communit(?:y|ies)|villages?|villagers|"
        r"mosques?|church(?:es)?|schools?|markets?|homes?|houses?|vehicles?|bus(?:es)?|cars?|"
        r"passengers|worshippers|residents|farmers|hotel|restaurant)",
    ),
)

CLASH: Group = (
    "Armed clash",
    0.8,
    (
        r"fighting(?! for| on (?:the )?side| vehicles?| compartments?| positions?| capabilit)",
        r"fights?",
        r"fought",
        r"clash(?:es|ed)?",
        r"battles?",
        r"gun ?battles?",
        r"gunfights?",
        r"firefights?",
        r"shoot-?outs?",
        r"exchanged? (?:of )?(?:heavy )?(?:fire|gunfire)",
        r"ambush\w*",
        r"assaults?",
        r"assaulted",
        r"offensive(?: operations?)?",
        r"(?:ground )?attacks? (?:against|on) (?:\w+ ){0,3}(?:forces|positions|troops|units)",
        r"attacks? to (?:capture|seize|take) (?:\w+ ){0,4}positions",
        r"(?:fended|fought|held|beat|beaten|driven) (?:off|back)",
        r"(?:charged|set upon|stormed|overran) (?:a |an |the )?(?:\w+ )?(?:camp|base|checkpoint|"
        r"post|barracks|garrison|outpost)",
        r"attacked (?:near|in|around)",
        r"attacked (?:a |an |the )?(?:\w+ ){0,2}(?:military|army|forces|troops|positions?|"
        r"soldiers|units?|servicemen|checkpoint|(?:police |army |military )?(?:post|station|"
        r"patrol|convoy|base|camp|outpost|barracks)|police(?:men)?)",
        r"assault operations?",
        r"(?:re)?(?:captured|took|seized|occupied|gained) (?:\w+ ){0,2}(?:positions?|trenches|"
        r"strongholds?|dugouts?|heights?)",
        r"counter-?offensive",
        r"counter-?attack\w*",
        r"repell?ed",
        r"repulsed",
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
        r"атак(?:а|и|у|ували|увала|ував|овали|овал|овала)",
        r"відбил\w*",
        r"отбил\w*",
    ),
)

AIR: Group = (
    "Air/drone strike",
    0.9,
    (
        r"air ?strikes?",
        r"airstrikes?",
        r"air raids?",
        r"drone (?:strikes?|attacks?)",
        rf"(?:with|by|using|used) (?:the help of )?(?:an? |\w+ )?{DRONE}",
        rf"from (?:an? |the )?(?:\w+ )?{DRONE}",
        r"kamikaze[- ](?:drones?|UAVs?)",
        r"loitering munitions?",
        r"(?:aerial|guided|glide|barrel|cluster) bombs?",
        r"bomb(?:ed|ing)",
        r"KABs?",
        r"Shaheds?",
        r"Geran(?:-?2)?s?",
        r"dropped (?:an? )?(?:\w+ )?(?:explosives?|grenades?|bombs?|munitions?)",
        rf"{DRONE} (?:\w+ ){{0,3}}?(?:hit|struck|attacked|dropped|targeted|destroyed|damaged|"
        r"fired)",
        r"UAV-borne",
        r"air[- ]launched",
        r"airborne (?:\w+ )?(?:missiles?|strikes?|bombs?)",
        r"air units?",
        r"air forces? (?:and artillery )?(?:struck|hit|attacked|bombed|launched|conducted)",
        r"aviation (?:struck|hit|attacked|bombed)",
        rf"(?:by|with|from) (?:an? |the )?(?:\w+ )?{_AIRCRAFT}",
        rf"{_AIRCRAFT} (?:\w+ )?(?:struck|hit|attacked|bombed|pounded|fired|targeted|raided)",
        rf"launched (?:\w+ ){{0,2}}{DRONE}",
        r"дрон\w*",
        r"БПЛА",
        r"авіаудар\w*",
        r"авиаудар\w*",
        r"КАБ\w*",
        r"авіабомб\w*",
        r"авиабомб\w*",
        r"бомбардуван\w*",
        r"бомбардиров\w*",
        r"безпілотник\w*",
        r"беспилотник\w*",
        r"шахед\w*",
    ),
)

SHELLING: Group = (
    "Shelling/artillery/missile attack",
    0.7,
    (
        r"shell(?:ed|ing|s)?",
        r"artillery",
        r"mortars?",
        r"missiles?(?! (?:tests?|programs?|programmes?|development|technolog\w+))",
        r"rockets?(?! (?:tests?|programs?|programmes?|launch(?:es)?|scientists?))",
        r"MLRS",
        r"Grads?",
        r"Iskanders?",
        r"Kalibrs?",
        r"S-300",
        r"fired (?:at|on|upon|near)",
        r"fired",
        r"struck",
        r"(?<!on )(?<!hunger )(?<!general )strikes?",
        r"hit",
        r"обстр\w*",
        r"ракет\w*",
        r"артилер\w*",
        r"артиллер\w*",
        r"мінометн\w*",
        r"минометн\w*",
        r"РСЗВ",
        r"РСЗО",
        r"снаряд\w*",
        r"удар(?:и|ів|ом|у|ах)?",
    ),
)

#: Cues that name only the victims or the target; a weapon named in the sentence wins.
WEAK: tuple[Group, ...] = (
    (
        "Attack",
        0.6,
        (
            rf"(?<!was )(?<!were )(?<!been )(?:killed|killing|kills|shot|attacked|abused|"
            rf"assaulted) (?!and )(?:\w+ ){{0,3}}{_CIVILIANS}",
            r"(?:raided|stormed|torched) (?:a |an |the )?(?:\w+ )?(?:villages?|towns?|settlements?|"
            r"communit(?:y|ies)|homes?|houses?|markets?|camps? for)",
        ),
    ),
    (
        "Attack",
        0.55,
        (
            r"opened fire",
            r"(?:gun|shooting|knife|stabbing|machete|arson) attacks?",
            r"drive-by(?: shooting)?",
            r"(?:mass|school) shootings?",
            r"shooting spree",
        ),
    ),
    (
        "Armed clash",
        0.55,
        (
            rf"(?:killed|killing|neutrali[sz]ed|eliminated)(?: and (?:wounded|injured))? "
            rf"(?:\w+ ){{0,5}}?(?:\(\w+\) )?{_ARMED}",
            r"launched (?:\w+ ){0,2}attacks?",
            r"destroyed (?:a |an |the )?(?:\w+ ){0,4}(?:group|squad|unit|detachment|platoon)"
            rf"(?! {_TARGET})",
            r"attacked",
        ),
    ),
    (
        "Shelling/artillery/missile attack",
        0.5,
        (rf"destroyed (?:a |an |the |two |\d+ )?(?:\w+ ){{0,3}}{_TARGET}",),
    ),
    (
        "Grenade",
        0.5,
        (r"(?<!propelled )(?<!propelled-)(?<!RPG )grenades?(?! launchers?)",),
    ),
    (
        "Remote explosive/landmine/IED",
        0.5,
        (
            r"explosions?",
            r"blasts?",
            r"exploded",
            r"вибух\w*",
            r"взрыв\w*",
        ),
    ),
)

WEAPONS_DISRUPTED: Group = (
    "Disrupted weapons use",
    0.95,
    (
        r"sh(?:ot|oot|oots|ooting) down",
        r"intercept(?:ed|ion|s)?",
        r"downed",
        rf"neutrali[sz]ed (?:\w+ ){{0,3}}(?:{DRONE}|missiles?|rockets?|{_WEAPON})",
        r"air defen[cs]e (?:destroyed|shot|downed)",
        r"defus(?:ed|ing|al)",
        r"demined",
        r"de-?mining",
        r"bomb disposal",
        r"controlled (?:explosion|detonation)",
        rf"(?:seized|recovered|confiscated|found|discovered|unearthed|uncovered|captured|"
        rf"impounded) (?:an? |the |large |huge |\d+ )?(?:\w+ ){{0,3}}{_WEAPON}(?! depot)",
        rf"{_WEAPON} (?:\w+ ){{0,5}}(?:were|was|has been|have been|had been) (?:\w+ )?"
        r"(?:seized|recovered|confiscated|found|discovered|unearthed|uncovered|impounded|"
        r"defused|dismantled)",
        r"(?:caches?|stash(?:es)?|hauls?|stockpiles?) of (?:\w+ ){0,2}(?:weapons|arms|firearms|"
        r"ammunition|explosives|guns)",
        r"(?:weapons?|arms|ammunition) (?:caches?|haul|dumps?)",
        r"(?:destroyed|cleared|removed|dismantled|seized) (?:\w+ ){0,3}(?:(?:land)?mines|IEDs|"
        r"improvised explosive devices|explosive devices|unexploded ordnance)",
        r"foiled (?:an? |the )?(?:\w+ ){0,2}(?:attacks?|bombings?|plots?)",
        r"збил\w*",
        r"збит\w*",
        r"сбил\w*",
        r"сбит\w*",
        r"знешкод\w*",
        r"перехопил\w*",
        r"перехоплен\w*",
        r"перехватил\w*",
        r"перехвачен\w*",
    ),
)
