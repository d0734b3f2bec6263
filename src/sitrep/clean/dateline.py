"""The leading publication date ("date 2023-06-05", "Date: June 5, 2023").

Scraped articles often start with the publication date glued to the body.
It is the reference date for every relative expression ("this night", "on
Sunday"), so it becomes ``doc.published`` when ingest found none, and it is
cut so the body starts with words. A bare date is only taken as a dateline
when something marks it as one (a label, an ISO form, a line break or a
separator after it): "June 5, 2023, Russian troops…" is a lede that must
keep its date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sitrep.clean.edits import Edit
from sitrep.schema import Removal

#: Month names (English, Ukrainian and Russian nominative/genitive) → month number.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan січень січня январь января",
        "february feb лютий лютого февраль февраля",
        "march mar березень березня март марта",
        "april apr квітень квітня апрель апреля",
        "may травень травня май мая",
        "june jun червень червня июнь июня",
        "july jul липень липня июль июля",
        "august aug серпень серпня август августа",
        "september sep sept вересень вересня сентябрь сентября",
        "october oct жовтень жовтня октябрь октября",
        "november nov листопад листопада ноябрь ноября",
        "december dec грудень грудня декабрь декабря",
    ),
    start=1,
):
    MONTHS.update(dict.fromkeys(_names.split(), _number))

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR_WORD = r"(?:\s*(?:р\.|г\.|року|года))?"
DATE_PATTERN = (
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"|(?P<dot>(?P<dd>\d{1,2})\.(?P<dm>\d{1,2})\.(?P<dy>\d{4}))"
    rf"|(?P<dmy>(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\s+(?P<y1>\d{{4}}){_YEAR_WORD})"
    rf"|(?P<mdy>(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}}))"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_LABEL = r"(?P<label>(?:date|dated|published|posted|дата|опубліковано|опубликовано)\b\s*:?\s*)?"
_TIME = (
    r"(?:(?:[ T]|,\s*)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2}))?)?"
)
_LEADING = re.compile(
    rf"\A\s*{_LABEL}{_WEEKDAY}(?P<date>{DATE_PATTERN}){_TIME}"
    r"(?P<after>[ \t]*(?:(?P<sep>[|—–·:-])|,)?[ \t]*)(?P<next>\n|\Z|.)",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """The cut to make and the date it carried."""

    edit: Edit
    date: dt.date


def parse_date(match: re.Match[str]) -> dt.date | None:
    """The calendar date of a `DATE_PATTERN` match, or None when it is not a real day."""
    groups = match.groupdict()
    try:
        if groups["iso"]:
            return dt.date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        if groups["dot"]:
            return dt.date(int(groups["dy"]), int(groups["dm"]), int(groups["dd"]))
        if groups["dmy"]:
            return dt.date(int(groups["y1"]), _month(groups["m1"]), int(groups["d1"]))
        return dt.date(int(groups["y2"]), _month(groups["m2"]), int(groups["d2"]))
    except (TypeError, ValueError):
        return None


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the very start of ``text``, if one is marked as such."""
    match = _LEADING.match(text)
    if not match:
        return None
    following = match.group("next")
    if following and not match.group("after") and (following.isalnum() or following in "_/"):
        return None
    marked = match.group("label") or match.group("iso") or match.group("sep")
    if not (marked or following in ("\n", "")):
        return None
    date = parse_date(match)
    if date is None:
        return None
    removal = Removal("dateline", text[: match.start("after")].strip())
    return Dateline(Edit(0, match.end("after"), kind="dateline", removals=(removal,)), date)
