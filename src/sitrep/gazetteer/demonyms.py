"""Adjectives of nationality and region, and short names, that news uses as place names.

General-news geoparsing gold (GeoWebNews) tags "Russian", "European",
"American" as toponyms meaning the country or continent. The world gazetteer
(`sitrep.gazetteer.world`, for reporting from outside Ukraine and Russia and
for those benchmarks) indexes each country and continent under these words.
They are kept out of the shipped artifact on purpose: in war reporting
"Russian" names an actor ("Russian forces"), not where something happened.
Written from general knowledge of English usage.
"""

from __future__ import annotations

COUNTRY_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AF": ("Afghan",), "AL": ("Albanian",), "DZ": ("Algerian",), "AR": ("Argentine", "Argentinian"),
    "AM": ("Armenian",), "AU": ("Australian",), "AT": ("Austrian",), "AZ": ("Azerbaijani",),
    "BD": ("Bangladeshi",), "BY": ("Belarusian",), "BE": ("Belgian",), "BR": ("Brazilian",),
    "BG": ("Bulgarian",), "KH": ("Cambodian",), "CA": ("Canadian",), "CL": ("Chilean",),
    "CN": ("Chinese",), "CO": ("Colombian",), "HR": ("Croatian",), "CU": ("Cuban",),
    "CZ": ("Czech",), "DK": ("Danish",), "EG": ("Egyptian",), "EE": ("Estonian",),
    "ET": ("Ethiopian",), "FI": ("Finnish",), "FR": ("French",), "GE": ("Georgian",),
    "DE": ("German",), "GH": ("Ghanaian",), "GR": ("Greek",), "HU": ("Hungarian",),
    "IS": ("Icelandic",), "IN": ("Indian",), "ID": ("Indonesian",), "IR": ("Iranian",),
    "IQ": ("Iraqi",), "IE": ("Irish",), "IL": ("Israeli",), "IT": ("Italian",),
    "JM": ("Jamaican",), "JP": ("Japanese",), "JO": ("Jordanian",), "KZ": ("Kazakh",),
    "KE": ("Kenyan",), "KP": ("North Korean", "DPRK"), "KR": ("South Korean",), "KW": ("Kuwaiti",),
    "LV": ("Latvian",), "LB": ("Lebanese",), "LY": ("Libyan",), "LT": ("Lithuanian",),
    "MY": ("Malaysian",), "MX": ("Mexican",), "MD": ("Moldovan",), "MA": ("Moroccan",),
    "NL": ("Dutch",), "NZ": ("New Zealander",), "NG": ("Nigerian",), "NO": ("Norwegian",),
    "PK": ("Pakistani",), "PS": ("Palestinian",), "PE": ("Peruvian",), "PH": ("Filipino",),
    "PL": ("Polish",), "PT": ("Portuguese",), "QA": ("Qatari",), "RO": ("Romanian",),
    "RU": ("Russian",), "SA": ("Saudi",), "RS": ("Serbian",), "SG": ("Singaporean",),
    "SK": ("Slovak",), "SI": ("Slovenian",), "ZA": ("South African",), "ES": ("Spanish",),
    "LK": ("Sri Lankan",), "SD": ("Sudanese",), "SE": ("Swedish",), "CH": ("Swiss",),
    "SY": ("Syrian",), "TW": ("Taiwanese",), "TH": ("Thai",), "TN": ("Tunisian",),
    "TR": ("Turkish",), "TT": ("Trinidadian", "T&T"), "VA": ("Holy See", "Vatican"),
    "UG": ("Ugandan",), "UA": ("Ukrainian",), "AE": ("Emirati", "UAE"),
    "GB": ("British", "UK", "U.K.", "Britain", "Great Britain"),
    "US": ("American", "U.S.", "US", "USA", "U.S.A.", "America"),
    "VE": ("Venezuelan",), "VN": ("Vietnamese",), "YE": ("Yemeni",), "ZW": ("Zimbabwean",),
}  # fmt: skip

CONTINENT_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AF": ("African",), "AS": ("Asian",), "EU": ("European", "EU", "European Union"),
    "NA": ("North American",),
    "SA": ("South American", "Latin American"), "OC": ("Oceanian",),
}  # fmt: skip

# AP style's abbreviations of US states ("Calif.", "N.J."), keyed by the postal code,
# which also names the state ("NJ"); states AP writes out in full have none.
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",),
    "IN": ("Ind.",), "KS": ("Kan.",), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",),
    "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",),
    "MT": ("Mont.",), "NE": ("Neb.",), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",),
    "NM": ("N.M.",), "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",),
    "OR": ("Ore.",), "PA": ("Pa.",), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",),
    "TN": ("Tenn.",), "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",), "WV": ("W.Va.",),
    "WI": ("Wis.",), "WY": ("Wyo.",),
}  # fmt: skip
