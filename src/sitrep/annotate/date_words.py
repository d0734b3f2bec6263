"""Calendar words of the languages sitrep reads (English, Ukrainian, Russian).

Kept apart from the date rules so that adding a language or an inflected form
is a data change; the helpers at the end turn word lists into regular
expressions. Cyrillic months and weekdays are listed in every grammatical
case that reporting uses ("5 червня", "у червні", "з червня", "в ночь на
воскресенье"), because the rules match whole words, not stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_EN_MONTHS = "january february march april may june july august september october november december"
_UK_GENITIVE = (
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
)
_RU_GENITIVE = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
_UK_NOMINATIVE = "січень лютий березень квітень травень червень липень серпень вересень жовтень "
_UK_NOMINATIVE += "листопад грудень"
_RU_NOMINATIVE = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
_UK_LOCATIVE = (
    "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні"
)
_RU_LOCATIVE = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"


def _numbered(*lists: str) -> dict[str, int]:
    return {word: i + 1 for words in lists for i, word in enumerate(words.split())}


# English month names (full), usable in every position.
EN_MONTHS: dict[str, int] = _numbered(_EN_MONTHS)
# English abbreviations, only next to a day number ("5 Jun", "Jun. 5").
EN_MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Cyrillic month forms that follow a day number ("5 червня", "5 июня").
CY_GENITIVE_MONTHS: dict[str, int] = _numbered(_UK_GENITIVE, _RU_GENITIVE)
# Every Cyrillic month form; a month without a day needs a preposition or a year.
CY_MONTHS: dict[str, int] = {
    **_numbered(_UK_NOMINATIVE, _RU_NOMINATIVE, _UK_LOCATIVE, _RU_LOCATIVE),
    **CY_GENITIVE_MONTHS,
}

MONTHS: dict[str, int] = {**EN_MONTHS, **EN_MONTH_ABBREVIATIONS, **CY_MONTHS}

_EN_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
EN_WEEKDAYS: dict[str, int] = {w: i for i, w in enumerate(_EN_WEEKDAYS.split())}
# Nominative, accusative and genitive forms ("у неділю", "проти неділі", "с субботы").
CY_WEEKDAYS: dict[str, int] = {
    word: i
    for i, words in enumerate(
        (
            "понеділок понеділка понедельник понедельника",
            "вівторок вівторка вторник вторника",
            "середа середу середи среда среду среды",
            "четвер четверга четверг",
            "п'ятниця п'ятницю п'ятниці пятница пятницу пятницы",
            "субота суботу суботи суббота субботу субботы",
            "неділя неділю неділі воскресенье воскресенья",
        )
    )
    for word in words.split()
}

# Expressions relative to the publication date, and the rule that resolves each:
# "day" with a day offset, "night" (the night that ended on publication day),
# "this_week", "last_week", "weekend", "this_month", "last_month", and
# "future" (a mention that can never be an event date, dropped).
RELATIVE: dict[str, tuple[str, int]] = {
    **dict.fromkeys(
        (
            "today", "earlier today", "later today", "this morning", "this afternoon",
            "this evening", "сьогодні", "сьогодні вранці", "сьогодні вдень", "сьогодні ввечері",
            "цього ранку", "сегодня", "сегодня утром", "сегодня днем", "сегодня днём",
            "сегодня вечером", "этим утром",
        ),
        ("day", 0),
    ),
    **dict.fromkeys(
        (
            "yesterday", "yesterday morning", "yesterday afternoon", "yesterday evening",
            "вчора", "учора", "вчора вранці", "вчора вдень", "вчора ввечері", "учора ввечері",
            "вчера", "вчера утром", "вчера днем", "вчера днём", "вчера вечером",
        ),
        ("day", -1),
    ),
    **dict.fromkeys(
        ("the day before yesterday", "позавчора", "позавчера"), ("day", -2)
    ),
    **dict.fromkeys(
        (
            "last night", "this night", "tonight", "overnight", "yesterday night",
            "сьогодні вночі", "цієї ночі", "минулої ночі", "вчора вночі", "этой ночью",
            "сегодня ночью", "прошлой ночью", "минувшей ночью", "вчера ночью",
        ),
        ("night", -1),
    ),
    **dict.fromkeys(
        (
            "this week", "earlier this week", "цього тижня", "на цьому тижні",
            "на этой неделе", "на текущей неделе",
        ),
        ("this_week", 0),
    ),
    **dict.fromkeys(
        (
            "last week", "the past week", "минулого тижня", "на минулому тижні",
            "на прошлой неделе", "на минувшей неделе",
        ),
        ("last_week", -7),
    ),
    **dict.fromkeys(
        (
            "this weekend", "over the weekend", "at the weekend", "on the weekend",
            "last weekend", "the past weekend", "на вихідних", "у вихідні", "в вихідні",
            "минулих вихідних", "на минулих вихідних", "на выходных", "в выходные",
            "в минувшие выходные", "в прошлые выходные",
        ),
        ("weekend", 0),
    ),
    **dict.fromkeys(
        (
            "this month", "earlier this month", "цього місяця", "у цьому місяці",
            "в этом месяце",
        ),
        ("this_month", 0),
    ),
    **dict.fromkeys(
        (
            "last month", "минулого місяця", "у минулому місяці", "в прошлом месяце",
            "в минувшем месяце",
        ),
        ("last_month", 0),
    ),
    **dict.fromkeys(
        (
            "tomorrow", "the day after tomorrow", "next week", "later this week", "next month",
            "next weekend", "завтра", "післязавтра", "послезавтра", "наступного тижня",
            "на наступному тижні", "наступного місяця", "на следующей неделе",
            "на будущей неделе", "в следующем месяце",
        ),
        ("future", 0),
    ),
}  # fmt: skip

# Regular-expression fragments of qualifier words (matched case-insensitively).
# Words that make a date the start of a period: "since 1 June", "з 1 червня".
SINCE = r"since|starting(?:\s+(?:on|from))?|beginning|з|із|зі|с|со|починаючи\s+з|начиная\s+с"
CY_MONTH_SINCE = r"з|із|зі|с|со|починаючи\s+з|начиная\s+с|з\s+початку|с\s+начала"
# Prefixes kept in a day's span: "On the afternoon of 4 June", "early on 4 June".
PART_OF_DAY = (
    r"(?:(?:on|in|during)\s+)?the\s+(?:(?:early|late)\s+)?"
    r"(?:morning|afternoon|evening|day|early\s+hours|small\s+hours)\s+of|(?:early|late)\s+on|on"
)
EN_MONTH_PREFIX = (
    r"(?:(?:since|in|during|throughout|until|till|by|before|after|through|from|last"
    r"|this|at|towards)\s+)?(?:(?:the\s+)?(?:early|late|mid)(?:-|\s+)|the\s+(?:beginning|start"
    r"|end|middle|first\s+half|second\s+half|first\s+week|last\s+week|first\s+days|last\s+days)"
    r"\s+of\s+)?"
)
CY_MONTH_PREFIX = (
    CY_MONTH_SINCE + r"|у|в|во|до|від|от|на\s+початку|наприкінці|в\s+кінці|у\s+кінці"
    r"|в\s+середині|у\s+середині|в\s+начале|в\s+конце|в\s+середине|минулого|прошлого"
)
# Qualifiers of a Cyrillic weekday: after "в/у" ("у минулу неділю") or alone in
# the genitive ("минулої неділі").
CY_WEEKDAY_QUALIFIER = (
    r"минулу|минулий|минуле|цю|цей|наступну|наступний|прошлую|прошлый|прошлое|минувшую"
    r"|минувший|эту|этот|это|следующую|следующий|ближайшую|ближайший"
)
CY_WEEKDAY_GENITIVE_QUALIFIER = (
    r"минулої|минулого|цієї|цього|наступної|наступного|прошлой|прошлого|этой|этого"
    r"|следующей|следующего"
)
CY_PART_OF_DAY = (
    r"вранці|уранці|зранку|вдень|удень|ввечері|увечері|вночі|уночі|утром|днем|днём|вечером|ночью"
)
# Words that put what follows in the future ("will meet on Monday").
FUTURE_CUE = (
    r"will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|going)\s+to|plans?\s+to"
    r"|planned\s+for|scheduled\s+for|буде|будуть|відбудеться|відбудуться|планує|планують"
    r"|будет|будут|состоится|состоятся|планирует|планируют"
)


def alternation(phrases: Iterable[str]) -> str:
    """Longest phrase first, spaces as any run of white space, any apostrophe."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace("\\ ", r"\s+").replace("'", "['’ʼ]") for p in ordered)


def key(phrase: str) -> str:
    """Lookup form: matches differ in case, spacing and apostrophe from the tables."""
    return re.sub(r"['’ʼ]", "'", " ".join(phrase.lower().split()))


def capitalised(names: Iterable[str]) -> str:
    """English calendar words count only when capitalised: "may", "march" are other words."""
    forms = [f(n) for n in names for f in (str.title, str.upper)]
    return "(?-i:" + alternation(forms) + ")"
