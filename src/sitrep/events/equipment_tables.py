"""Hand-written tables of the equipment lexicon, used by `build_equipment`.

Oryx's categories and their section headings, the ordered designation rules
that assign a category to each system, families, proper names, Cyrillic
names, the generic nouns of each category, names that must not stand alone,
and the Latin-to-Cyrillic transliteration of designations.
"""

from __future__ import annotations

TANK, AFV, IFV = "Tanks", "Armoured fighting vehicles", "Infantry fighting vehicles"
APC, MRAP = "Armoured personnel carriers", "Mine-resistant ambush protected (MRAP) vehicles"
IMV, CP = "Infantry mobility vehicles", "Command posts and communications stations"
ENG, UGV = "Engineering vehicles and equipment", "Unmanned ground vehicles"
ATGM, ARTS = "Self-propelled anti-tank missile systems", "Artillery support vehicles and equipment"
TOWED, SPA, MRL = "Towed artillery", "Self-propelled artillery", "Multiple rocket launchers"
AAG, SPAAG = "Anti-aircraft guns", "Self-propelled anti-aircraft guns"
SAM, RADAR, EW = "Surface-to-air missile systems", "Radars", "Jammers and deception systems"
AIR, HELI, UAV = "Aircraft", "Helicopters", "Unmanned aerial vehicles"
NAVAL, TRUCK = "Naval ships", "Trucks, vehicles and jeeps"

# Oryx's section headings in sentence case, one per category. Where Oryx's
# headings differ between sides or over time they are merged (right column).
CATEGORIES: dict[str, tuple[str, ...]] = {
    TANK: ("Tanks",), AFV: ("Armoured Fighting Vehicles",),
    IFV: ("Infantry Fighting Vehicles",), APC: ("Armoured Personnel Carriers",),
    MRAP: ("Mine-Resistant Ambush Protected",), IMV: ("Infantry Mobility Vehicles",),
    CP: ("Command Posts And Communications Stations",),
    ENG: ("Engineering Vehicles And Equipment",), UGV: ("Unmanned Ground Vehicles",),
    ATGM: ("Self-Propelled Anti-Tank Missile Systems",),
    ARTS: ("Artillery Support Vehicles And Equipment",), TOWED: ("Towed Artillery",),
    SPA: ("Self-Propelled Artillery",),
    MRL: ("Multiple Rocket Launchers", "Rocket and Missile Artillery"),
    AAG: ("Anti-Aircraft Guns",), SPAAG: ("Self-Propelled Anti-Aircraft Guns",),
    SAM: ("Surface-To-Air Missile Systems",),
    RADAR: ("Radars", "Radars And Communications Equipment"),
    EW: ("Jammers And Deception Systems",), AIR: ("Aircraft",), HELI: ("Helicopters",),
    UAV: ("Unmanned Combat Aerial Vehicles", "Reconnaissance Unmanned Aerial Vehicles"),
    NAVAL: ("Naval Ships", "Naval Ships and Submarines"),
    TRUCK: ("Trucks, Vehicles and Jeeps", "Trucks, Vehicles, and Jeeps",
            "Trucks, Vehicles, Jeeps, and Trains"),
}  # fmt: skip

# First match wins, so composites come before their chassis: "Ural-4320 with
# ZU-23-2" is an anti-aircraft gun, "MT-LB with ZU-23 AA gun" an AFV (as in
# Oryx). None marks systems the lexicon leaves out (man-portable weapons).
CATEGORY_RULES: tuple[tuple[str, str | None], ...] = (
    (
        r"^9M\d|^9K3(?:8|10|33)\b|Igla|Verba|Javelin|NLAW|Fagot|Metis|Kokon|Corsar"
        r"|Kornet(?!-T)|^(?i:unknown|uknown|\(unknown|civilian|NA$)",
        None,
    ),
    (r"^BAZ-|^9T2(?:17|44)|transloading|^2F510|Truck-based support|^ATS-59G", TRUCK),
    (r"helicopter|^Mi-\d|^Ka-\d|H225", HELI),
    (
        r"airborne command post|^Beriev|^A-50|^Il-\d|^An-\d|^Su-\d|^MiG-|^Tu-(?:22|95|160)"
        r"|^Yak-|^L-39|^F-16|strike aircraft|bomber|fighter|aircraft$",
        AIR,
    ),
    (r"UGV|Uran-6|THeMIS|robotic", UGV),
    (r"Krasukha|^Torn\b|^Torn\(|Kolchuga", EW),
    (
        r"^1V\d|^PRP-\d|artillery (?:battalion )?command|fire (?:direction|control)"
        r"|forward observer|transporter-loader|reloader|^TZM|M922|ammunition supply",
        ARTS,
    ),
    (
        r"(?i:command post|command vehicle)|command and staff|command and signals"
        r"|command and observation|signals? vehicle|communications? (?:station|vehicle|system"
        r"|equipment)|radio (?:relay|station|monitoring)|relay station|SatCom|control station"
        r"|KShM|^K1Sh1|^R-1[4-6]\d|^R-4[0-4]\d|^R-38\d|^P-2[3-6]\d|^MP-[12]IM|^APE-5|MPUS"
        r"|MSh-5350|Barnaul|Auriga|9S470|9S93[12]|AShT",
        CP,
    ),
    (
        r"(?i:radar)|Zoopark|Nebo|^P-1[489]|^P-3[57]|^PRV-|Kasta|ST-68|36D6|Flap Lid"
        r"|Clam Shell|^9S1[89]|^9S3[26]|^9[1-6]N6|^30N6|^5N6|SNAR|Aistyonok|Yastreb|Podlet"
        r"|Parol|AN/TPQ|AN-MPQ|AN/MPQ|ARTHUR|Sentinel|TRML|Sborka|^Fara|Voronezh|Sobolyatnik"
        r"|^[78]\dK6|MR-18|^1L2\d|^1B44|Repeynik",
        RADAR,
    ),
    (
        r"(?<!counter-)UAV|UCAV|(?<!anti-)drone|loitering munition(?! launcher)|AeroVironment"
        r"|^RQ-\d|Tekever|Shark-D|Skif",
        UAV,
    ),
    (
        r"jamm|\bEW\b|electronic warfare|counter-UAV|anti-drone|Zhitel|Borisoglebsk|^R-3[23]\d"
        r"|^R-934|^Leer|Palantin|Svet-KU|Silok|Lorandit|Rtut|Bylina|Sapfir|Strizh-3|Bukovel",
        EW,
    ),
    (
        r"Orlan|ZALA|Supercam|Eleron|Leleka|Fury|Bayraktar|^Orion|Forpost|Mohajer|Korsar"
        r"|Granat-|Merlin-VR|Feniks|Takhion|Ptero|Lastochka|Grifon|Okhotnik-B|Mara-2"
        r"|^Tu-14[13]|FlyEye|Penguin|ScanEagle|Shark(?:-M)?$|^Shark UAV|Spectator|Raybird"
        r"|^PD-[12]|UJ-22|Quantix|Heidrun|Sparrow|Valkyrja|Chaklun|Orlik|Albatros|SKAT 350"
        r"|A1-SM|Sarych|Dovbush|Poseidon|^Triton|^Punisher|^Dzhura|^Hor$|^Elf$|^Ares$|^Vector"
        r"|^NOTA|^Bastion|^FLIRT|Primoco|EOS-C|^Avenger|^SpecAero|^Oncilla",
        UAV,
    ),
    (r"towing and motor boat", ENG),
    (
        r"^Project|^Pr\.|boat|ship|class|cruiser|corvette|frigate|submarine|minesweeper|tug\b"
        r"|tugboat|vessel|^Landing",
        NAVAL,
    ),
    (r"^9P1(?:48|49|63)|Shturm|Kornet-T|ATGM carrier|^9K132", ATGM),
    (
        r"^9A85|Buk|\bTor\b|Tor-|TLAR|TELAR|\bTEL\b|S-300|S-400|S-350|S-125|\bOsa\b|Strela"
        r"|Pantsir|Gibka|Pechora|NASAMS|IRIS-T|Patriot(?! jeep)(?!$)|MIM-104|HAWK|Aspide"
        r"|Stormer HVM|ASRAAM|Pongae|SAM system|^Launcher for S-|^5P85|^9A8[34]",
        SAM,
    ),
    (
        r"MRLS?\b|RBU-6000|Ogon-18|^BM-\d|Grad|Uragan|Smerch|^TOS-\d|Tornado-G|^9P13[89]"
        r"|^9K5[15]|^9K512|^RM-70|^RAK-12|^APR-40|HIMARS|^M270|Bureviy|Vilkha|Chuch'e\b|^9P78"
        r"|Iskander|^B-8|Bastion",
        MRL,
    ),
    (r"^MT-LBM 6MB", IFV),
    (
        r"^MT-LB|^2S1 with|^BMP-1 [Ww]ith|^BTR-80 with 57|PsyOps|^BRDM|^BRM-1|^BMM-|^BMPT"
        r"|Vityaz|Aleut|^AMX-10|Fennek|BPzV|Svatava|\bAFV\b|^Vepr(?! MRAP)|Coyote",
        AFV,
    ),
    (
        r"(?i:recovery)|\bARV\b|^BREM|^REM-|engineering|[Ee]ngineer|mine[- ]?clearing"
        r"|mine[- ]?lay|minelayer|bridge|pontoon|excavator|crane|trench|^IMR-|^UR-77|Meteorit"
        r"|^BAT-2|^TMM-|^MTU-|^PTS-\d|^GMZ|ISDM|workshop|maintenance|repair|smoke generator"
        r"|decontamination|^ARS-14|CBRN|RKhM|power plant|generator|converter|^MTO-|^MTP-|^MZA"
        r"|KE?T-L|Bergepanzer|Biber|Brückenlegepanzer|^M88|MICLIC|Breacher|Wisent|AVLB|backhoe"
        r"|^BGM-1|drilling|KRVD|disinfection|\bUMZ\b|^PZM|^MDK|^BTM-3|Impulse-M|^BMR-2|^M548"
        r"|^MT-T|^ZiL-131 UMZ|^I-613M|^UMP-350",
        ENG,
    ),
    (r"Tunguska|Shilka|ZSU-23-4|Skrezhet|BTR-ZD|Gepard|Viktor", SPAAG),
    (r"ZU-23|Zu-23|S-60\b|KS-19|ItK 61|Zastava M75", AAG),
    (r"^2B11|^2S12|^2B16|Nona-K", TOWED),
    (
        r"^\d+mm (?:\S+ )?2S\d|^2S\d|SPG|self-propelled|Gvozdika|Akatsiya|Msta-S|Giatsint-S"
        r"|\bNona\b|Nona-S|Tyulpan|Pion|Malka|Malva|Khosta|Koksan|Krab|M109|Panzerhaubitze|PzH"
        r"|AS-90|Caesar|Archer|DANA|Zuzana|Bohdana|M1064|BTR-3M2|Bars-8MMK|Alacan|Alakran"
        r"|M120K",
        SPA,
    ),
    (
        r"howitzer|field-?gun|gun-howitzer|anti-tank gun|\bD-\d\d|\b2A\d\d|\b2B\d|M-46|M-30"
        r"|MT-12|BS-3|M777|FH-70|L119|M101|TRF1|Melara|Vasilek|mortar|M1938|Giatsint-B|Msta-B",
        TOWED,
    ),
    (
        r"^T-(?:54|55|62|64|72|80|84|90)|^127T-64|^Leopard [12]|Abrams|PT-91|Stridsvagn|^M-55S"
        r"|^Challenger 2",
        TANK,
    ),
    (
        r"^BMP-|^BMD-|BTR-82A|BVP M-80|^BWP-1|Bradley|Marder|CV90|Rosomak|^Pbv 501|^YPR-765"
        r"|AIFV|^BTR-90|^BMP",
        IFV,
    ),
    (
        r"^BTR-|Rakushka|Akhmat|Z-STS|M113|^FV10[345]|^FV43\d|Bulldog|^VAB|AT105|Saxon|Stryker"
        r"|^Pbv 302|^LAV|^BOV|Ladoga|^BMO-T|Ural-VV|Plastun-SN|Bandvagn|BvS 10|Bv 206|^Sisu XA"
        r"|\bAPC\b|Mamba|GT-MU|^Bgbv",
        APC,
    ),
    (
        r"MaxxPro|^Cougar|M-ATV|Kirpi|Mastiff|Wolfhound|Typhoon|Linza|K-53949|KamAZ-53949"
        r"|KamAZ-63968|Patrol-A|^ZSA-|\bMRAP\b|Caiman|Gurkha|^M1117|Guardian",
        MRAP,
    ),
    (
        r"HMMWV|Humvee|Tigr|\bLMV\b|\bRys\b|Varta|Kozak|Novator|Dozor|KrAZ (?:Spartan|Cougar)"
        r"|Shrek|Cobra|Bushmaster|Senator|Husky|Vystrel|Gusar|Vodnik|Asteys|^AMN-|^VPK-|Buran"
        r"|Sarmat|\bIMV\b|Dingo|Eagle|Panthera|Titan|Iveco VM90|BATT UMG|Snatch|^ASN-|^Otokar"
        r"|^KamAZ Patrol|Dzik|^Puma 6x6|^ACSV|MSL Shield|^Petra|^Armoured SUV|VAMTAC|^Shield"
        r"|^Triton",
        IMV,
    ),
    (
        r"truck|Ural|KamAZ|Kamaz|KrAZ|GAZ|UAZ|ZiL|MAZ|LuAZ|PAZ|jeep|\bvan\b|pickup|tanker"
        r"|Avtozak|ambulance|Ambulance|medical|kitchen|bathhouse|emergency room|Bogdan|Toyota"
        r"|Land Rover|Mercedes|Unimog|Zetros|^MAN\b|DAF|Iveco|RMMV|Jelcz|Volvo|Renault"
        r"|Pinzgauer|Fiat|Volkswagen|buggy|SUV|[Tt]rain|Sobol|Polycar|tractor|low-loader"
        r"|transporter|FMTV|M1083|Star-266|Peugeot|Sisu|Daewoo|YAD 4442|^APA-|starter|starting"
        r"|vehicle$",
        TRUCK,
    ),
)  # fmt: skip

# Families that the data cannot yield (letters-only designations, proper names
# that are also English words) or that Oryx does not list (Shahed), with the
# category of most of their members: a bare "BTR" is counted as an APC though
# Oryx files the BTR-82A under IFVs. Each is its own entry, so "a Bradley" is
# reported as model "Bradley", not as one particular variant.
FAMILIES: dict[str, str] = {
    "BMP": IFV, "BMD": IFV, "BTR": APC, "BRDM": AFV, "BRM": AFV, "MT-LB": AFV, "BMPT": AFV,
    "Bradley": IFV, "Marder": IFV, "CV90": IFV, "Stryker": APC, "Abrams": TANK,
    "Leopard": TANK, "Buk": SAM, "Tor": SAM, "Osa": SAM,
    "Pantsir": SAM, "Patriot": SAM, "NASAMS": SAM, "IRIS-T": SAM, "S-300": SAM, "S-400": SAM,
    "Gepard": SPAAG, "Krab": SPA, "PzH 2000": SPA, "Bayraktar": UAV, "Orlan": UAV,
    "Shahed": UAV, "Shahed-136": UAV, "Geran-2": UAV, "Humvee": IMV, "Challenger 2": TANK,
}  # fmt: skip

# Proper names that are also English words, kept as names of systems.
PROPER_NAMES = frozenset({"Grad", "Caesar", "Alligator", "Tornado-G", "Tornado-S"})

# Cyrillic names of systems and families, by the Latin alias they stand for.
# Cyrillic designations ("Т-72Б3", "2С19") are transliterated automatically.
CYRILLIC_NAMES: dict[str, str] = {
    "БМП": "BMP", "БМД": "BMD", "БТР": "BTR", "БРДМ": "BRDM", "БРМ": "BRM", "МТ-ЛБ": "MT-LB",
    "БМПТ": "BMPT", "Град": "Grad", "Ураган": "Uragan", "Смерч": "Smerch", "Хаймарс": "HIMARS",
    "Бук": "Buk", "Тор": "Tor", "Оса": "Osa", "Панцирь": "Pantsir", "Панцир": "Pantsir",
    "Шилка": "Shilka", "Тунгуска": "Tunguska", "Гвоздика": "Gvozdika", "Акация": "Akatsiya",
    "Акація": "Akatsiya", "Мста-С": "Msta-S", "Мста-Б": "Msta-B", "Гиацинт-С": "Giatsint-S",
    "Гіацинт-С": "Giatsint-S", "Гиацинт-Б": "Giatsint-B", "Гіацинт-Б": "Giatsint-B",
    "Пион": "Pion", "Піон": "Pion", "Тюльпан": "Tyulpan", "Торнадо-Г": "Tornado-G",
    "Бредлі": "Bradley", "Брэдли": "Bradley", "Бредли": "Bradley", "Абрамс": "Abrams",
    "Леопард": "Leopard", "Краб": "Krab", "Байрактар": "Bayraktar", "Орлан": "Orlan",
    "Шахед": "Shahed", "Шахед-136": "Shahed-136", "Герань-2": "Geran-2", "Тигр": "Tigr",
    "Страйкер": "Stryker", "Мардер": "Marder", "Пэтриот": "Patriot", "Петріот": "Patriot",
}  # fmt: skip


def _plural(*stems: str) -> list[str]:
    """English nouns with their regular plural ("tank" → "tank", "tanks")."""
    return [form for stem in stems for form in (stem, stem + "s")]


# Generic nouns (matched case-insensitively). Choices: a bare "howitzer",
# "gun" or "artillery system" is counted as towed artillery (the heading for
# artillery not said to be self-propelled); "vehicle" without "armoured" is a
# truck/jeep; "car"/"автомобіль" is left out because it mostly names civilian
# cars; "air defence system"/"засоби ППО" are surface-to-air missile systems.
NOUNS: dict[str, list[str]] = {
    TANK: [*_plural("tank", "main battle tank", "MBT"),
           "танк", "танки", "танків", "танка", "танку", "танков", "танке"],
    AFV: [*_plural("armoured vehicle", "armored vehicle", "armoured fighting vehicle",
                   "armored fighting vehicle", "armoured combat vehicle",
                   "armored combat vehicle", "AFV", "armoured car", "armored car"),
          "ББМ", "бойова броньована машина", "бойові броньовані машини",
          "бойових броньованих машин", "бойову броньовану машину", "броньована машина",
          "броньовані машини", "броньованих машин", "броньовану машину", "бронемашина",
          "бронемашини", "бронемашин", "бронемашину", "бронетехніка", "бронетехніки",
          "бронетехніку", "боевая бронированная машина", "боевые бронированные машины",
          "боевых бронированных машин", "боевую бронированную машину",
          "бронированная машина", "бронированные машины", "бронированных машин",
          "бронированную машину", "бронемашины", "бронетехника", "бронетехники",
          "бронетехнику"],
    IFV: [*_plural("infantry fighting vehicle", "IFV"),
          "бойова машина піхоти", "бойові машини піхоти", "бойових машин піхоти",
          "бойову машину піхоти", "боевая машина пехоты", "боевые машины пехоты",
          "боевых машин пехоты", "боевую машину пехоты"],
    APC: [*_plural("armoured personnel carrier", "armored personnel carrier", "APC"),
          "бронетранспортер", "бронетранспортери", "бронетранспортерів", "бронетранспортера",
          "бронетранспортеры", "бронетранспортеров", "бронетранспортёр", "бронетранспортёры",
          "бронетранспортёров", "бронетранспортёра"],
    MRAP: _plural("MRAP"),
    IMV: _plural("infantry mobility vehicle", "IMV"),
    SPA: [*_plural("self-propelled gun", "self-propelled howitzer", "SPG"),
          "self-propelled artillery", "САУ", "самохідна артилерійська установка",
          "самохідні артилерійські установки", "самохідних артилерійських установок",
          "самохідну артилерійську установку", "самоходная артиллерийская установка",
          "самоходные артиллерийские установки", "самоходных артиллерийских установок",
          "самоходную артиллерийскую установку"],
    TOWED: [*_plural("howitzer", "artillery piece", "artillery gun", "field gun",
                     "artillery system"),
            "гаубиця", "гаубиці", "гаубиць", "гаубицю", "гармата", "гармати", "гармат",
            "гармату", "артилерійська система", "артилерійські системи",
            "артилерійських систем", "артилерійську систему", "артсистема", "артсистеми",
            "артсистем", "гаубица", "гаубицы", "гаубиц", "гаубицу", "орудие", "орудия",
            "орудий", "артиллерийская система", "артиллерийские системы",
            "артиллерийских систем", "артиллерийскую систему"],
    MRL: [*_plural("MRL", "multiple rocket launcher", "multiple launch rocket system"),
          "MLRS", "MRLS", "РСЗВ", "РСЗО", "реактивна система залпового вогню",
          "реактивні системи залпового вогню", "реактивних систем залпового вогню",
          "реактивну систему залпового вогню", "реактивная система залпового огня",
          "реактивные системы залпового огня", "реактивных систем залпового огня",
          "реактивную систему залпового огня"],
    AAG: [*_plural("anti-aircraft gun"), "зенітна установка", "зенітні установки",
          "зенітних установок", "зенитная установка", "зенитные установки",
          "зенитных установок"],
    SPAAG: _plural("self-propelled anti-aircraft gun", "SPAAG"),
    SAM: [*_plural("air defence system", "air defense system", "SAM system", "SAM launcher",
                   "surface-to-air missile system", "anti-aircraft missile system"),
          "ЗРК", "зенітний ракетний комплекс", "зенітні ракетні комплекси",
          "зенітних ракетних комплексів", "засоби ППО", "засобів ППО",
          "зенитный ракетный комплекс", "зенитные ракетные комплексы",
          "зенитных ракетных комплексов", "средства ПВО", "средств ПВО"],
    RADAR: [*_plural("radar", "radar station"), "РЛС", "радар", "радари", "радарів",
            "радара", "радары", "радаров"],
    EW: [*_plural("electronic warfare system", "electronic warfare station", "EW system",
                  "EW station", "jammer"),
         "станція РЕБ", "станції РЕБ", "станцій РЕБ", "станцію РЕБ", "комплекс РЕБ",
         "комплекси РЕБ", "комплексів РЕБ", "станция РЭБ", "станции РЭБ", "станций РЭБ",
         "станцию РЭБ", "комплекс РЭБ", "комплексы РЭБ", "комплексов РЭБ"],
    AIR: [*_plural("plane", "warplane", "jet", "fighter jet", "bomber"), "aircraft",
          "літак", "літаки", "літаків", "літака", "самолет", "самолеты", "самолетов",
          "самолета", "самолёт", "самолёты", "самолётов", "самолёта"],
    HELI: [*_plural("helicopter"), "гелікоптер", "гелікоптери", "гелікоптерів", "гелікоптера",
           "вертоліт", "вертольоти", "вертольотів", "вертольота", "вертолет", "вертолеты",
           "вертолетов", "вертолета", "вертолёт", "вертолёты", "вертолётов", "вертолёта"],
    UAV: [*_plural("drone", "UAV", "unmanned aerial vehicle", "loitering munition"),
          "unmanned aircraft", "БпЛА", "безпілотник", "безпілотники", "безпілотників",
          "безпілотника", "безпілотний літальний апарат", "безпілотні літальні апарати",
          "безпілотних літальних апаратів", "дрон", "дрони", "дронів", "дрона",
          "беспилотник", "беспилотники", "беспилотников", "беспилотника", "дроны", "дронов",
          "беспилотный летательный аппарат", "беспилотные летательные аппараты",
          "беспилотных летательных аппаратов"],
    NAVAL: [*_plural("ship", "warship", "boat", "patrol boat", "corvette", "frigate",
                     "submarine", "landing ship"),
            "корабель", "кораблі", "кораблів", "корабля", "катер", "катери", "катерів",
            "катера", "човен", "човни", "човнів", "корабль", "корабли", "кораблей",
            "катеров"],
    TRUCK: [*_plural("truck", "vehicle", "military vehicle", "jeep", "pickup"), "lorry",
            "lorries", "вантажівка", "вантажівки", "вантажівок", "вантажівку",
            "автотехніка", "автотехніки", "автотехніку", "автомобільна техніка",
            "автомобільної техніки", "автоцистерна", "автоцистерни", "автоцистерн",
            "грузовик", "грузовики", "грузовиков", "грузовика", "автотехника",
            "автотехники", "автотехнику", "автомобильная техника", "автомобильной техники",
            "автоцистерны"],
}  # fmt: skip

# Names that must not stand alone for a system: makers and labels that name
# no one kind of equipment, and people's names, surnames and places that war
# reporting writes for other reasons ("Kozak", "Sobol", "Ladoga", "Ural").
NOT_NAMES = frozenset(
    {
        "AeroVironment", "Alvis", "Boeing", "Daewoo", "Insitu", "Iveco", "Jelcz", "KrAZ", "Luch",
        "Malloy", "Oshkosh", "Otokar", "Primoco", "PsyOps", "Remdiesel", "Roshel", "Spaitech",
        "Sukhoi", "Tekever", "Terradyne", "Unknown", "Weaponised", "Aleut", "Khosta", "Kozak",
        "Ladoga", "Nona", "Sobol", "Svityaz", "Ural",
    }
)  # fmt: skip

# Latin letters and digraphs with the Cyrillic letters that transliterate them,
# digraphs first so that "Kh" is not read as "K" + "h".
TO_CYRILLIC = (
    ("Zh", "Ж"), ("Kh", "Х"), ("Ts", "Ц"), ("Ch", "Ч"), ("Sh", "Ш"), ("Ya", "Я"), ("Yu", "Ю"),
    ("A", "А"), ("B", "Б"), ("V", "В"), ("G", "Г"), ("D", "Д"), ("E", "Е"), ("Z", "З"),
    ("I", "И"), ("K", "К"), ("L", "Л"), ("M", "М"), ("N", "Н"), ("O", "О"), ("P", "П"),
    ("R", "Р"), ("S", "С"), ("T", "Т"), ("U", "У"), ("F", "Ф"),
)  # fmt: skip
