"""Date expressions in war reporting, resolved to ACLED event dates.

ACLED records one date per event with a time precision (1 day, 2 week or range,
3 month), so each expression resolves to the *first* day it can mean: the start
of a range, week or month, the evening a night began. The start never lands
after the report that mentions it. Decisions, each tested:

* Spans keep their qualifier ("On the afternoon of 4 June", "since 1 June", "в
  ночь на 5 июня"). Kinds: explicit, night, since, range, relative, weekday,
  week, month.
* A day and month without a year take the year nearest publication (28
  December in a 3 January article is last year's). A date after publication is
  a plan ("will meet on 10 June"), never an event date, and is dropped; a range
  stays while its start is not after publication.
* A night is dated by its first day: "the night of 4 to 5 June", "у ніч на 5
  червня", "overnight into Monday", and "this night" or "tonight" published on
  5 June all give 4 June.
* A weekday is its latest occurrence not after publication ("last Monday"
  excludes publication day); "this week" is its Monday, "last week" publication
  minus seven days, "over the weekend" the Saturday.
* A month alone ("in May", "у травні") needs a preposition or a year; a range
  longer than a week gets precision 3. Forward-looking mentions (weekdays,
  months, "this week") after a future cue ("will", "відбудеться") are dropped.
* Without a publication date only dates that carry their year resolve.
* Not dates: clock times ("from 17:00 to 18:00"), bare years ("in 2022", too
  coarse for an event), "to this day" ("up to now" says nothing of when),
  bare "вночі"/"ночью", and anaphora ("the next day", left to the event stage).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sitrep.annotate import date_words as words
from sitrep.schema import DateMention, Span

_WEEK = 7
_START = r"(?<![\w.:/-])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_ORD = r"(?:st|nd|rd|th|-?ого|-?го|-?е)?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_WORD_END = r"(?!\w|-[^\W\d])"  # not "May-class"
_YEAR_WORD = r"(?:\s*(?:року|рік|года|году|г\.|р\.|г(?!\w)|р(?!\w)))?"
_MON_EN = words.capitalised({**words.EN_MONTHS, **words.EN_MONTH_ABBREVIATIONS})
_MON_EN_FULL = words.capitalised(words.EN_MONTHS)
_MON_CY = words.alternation(words.CY_MONTHS)
_MON = rf"(?:{_MON_EN}|{_MON_CY})"
_WD_EN = words.capitalised(words.EN_WEEKDAYS)
_WD_CY = words.alternation(words.CY_WEEKDAYS)
_WD = rf"(?:{_WD_EN}|{_WD_CY})"
_MONTH_LOOKUP = {words.key(w): n for w, n in words.MONTHS.items()}
_WEEKDAY_LOOKUP = {words.key(w): n for w, n in {**words.EN_WEEKDAYS, **words.CY_WEEKDAYS}.items()}


def _slot(i: int, *, bare: bool = False, weekday: bool = True) -> str:
    """One day reference; group names carry the slot number and the form letter."""
    day_name = rf"(?:{_WD_EN},?\s+)?"
    forms = [
        rf"(?P<y{i}_c>\d{{4}})-(?P<m{i}_c>[01]\d)-(?P<d{i}_c>[0-3]\d)(?!\d)",
        rf"(?P<d{i}_d>{_DAY})\.(?P<m{i}_d>1[0-2]|0?[1-9])\.(?P<y{i}_d>{_YEAR})",
        rf"{day_name}(?P<d{i}_a>{_DAY}){_ORD}(?:\s+of)?\s+(?P<m{i}_a>{_MON}){_WORD_END}"
        rf"(?:\.?,?\s+(?P<y{i}_a>{_YEAR}){_YEAR_WORD})?",
        rf"{day_name}(?P<m{i}_b>{_MON_EN})\.?\s+(?P<d{i}_b>{_DAY}){_ORD}(?!\w|:\d)"
        rf"(?:,?\s+(?P<y{i}_b>{_YEAR}))?",
    ]
    if weekday:
        forms.append(rf"(?P<w{i}_e>{_WD})(?!\w)")
    if bare:
        forms.append(rf"(?P<d{i}_n>{_DAY}){_ORD}(?![\w:]|[.,]\d)(?:,?\s+(?P<y{i}_n>{_YEAR}))?")
    return "(?:" + "|".join(forms) + ")"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(_START + pattern, re.IGNORECASE)


_SINGLE = _compile(
    rf"(?:(?P<since>{words.SINCE})\s+|(?:{words.PART_OF_DAY})\s+)?{_slot(1, weekday=False)}"
)
_RANGE = _compile(
    rf"(?:(?P<kw>from|between|on|з|із|від|с|со|от|між|между)\s+)?{_slot(1, bare=True)}"
    rf"\s*(?P<sep>-|–|—|/|to|till|until|through|and|по|до|і|й|та|и)\s*{_slot(2, bare=True)}"
)
_NIGHT_EN = _compile(
    r"(?:(?:(?:in|on|during|over)\s+)?the\s+night\s+(?P<rel_a>of|from|to|into|before)"
    r"|overnight(?:\s+(?P<rel_b>on|from|of|to|into|before))?)"
    rf"\s+{_slot(1, bare=True)}(?:\s*(?:to|into|-|–|—|/|and)\s*{_slot(2, bare=True)})?"
)
_NIGHT_CY = _compile(
    r"(?:в|у|во)\s+(?:ніч|ночь)\s+(?:(?P<rel_a>на|проти)\s+"
    rf"|(?:з|із|зі|с|со)\s+{_slot(1, bare=True)}\s*(?:на|по|проти|-|–|—)\s*)"
    rf"{_slot(2, bare=True)}"
)
_WEEKDAY_EN = _compile(
    r"(?:(?P<wpre>on|last|this(?:\s+past|\s+coming)?|past|next|coming)\s+)?"
    rf"(?P<w1_e>{_WD_EN})(?!\w)(?:\s+(?P<wpart>morning|afternoon|evening|night))?"
)
_WEEKDAY_CY = _compile(
    rf"(?P<wpre>(?:в|у|во)(?:\s+(?:{words.CY_WEEKDAY_QUALIFIER}))?"
    rf"|{words.CY_WEEKDAY_GENITIVE_QUALIFIER})\s+"
    rf"(?P<w1_e>{_WD_CY})(?!\w)(?:\s+(?P<wpart>{words.CY_PART_OF_DAY}))?"
)
_MONTH_EN = _compile(
    rf"(?P<mpre>{words.EN_MONTH_PREFIX})(?P<m1_a>{_MON_EN_FULL}){_WORD_END}"
    rf"(?:,?\s+(?P<y1_a>{_YEAR}))?"
)
_MONTH_CY = _compile(
    rf"(?:(?P<mpre>{words.CY_MONTH_PREFIX})\s+)?(?P<m1_a>{_MON_CY}){_WORD_END}"
    rf"(?:\s+(?P<y1_a>{_YEAR}){_YEAR_WORD})?"
)
_FUTURE_CUE = re.compile(rf"\b(?:{words.FUTURE_CUE})\b[^.!?\n]*\Z", re.IGNORECASE)
_RELATIVE = _compile(rf"(?:{words.alternation(words.RELATIVE)})(?!\w)")
_NIGHT_SHIFT = frozenset({"to", "into", "before", "на", "проти"})
_AND_WORDS = frozenset({"and", "і", "й", "та", "и"})
_BETWEEN = frozenset({"between", "між", "между"})
_FORWARD = frozenset({"this_week", "weekend", "this_month"})  # may yet be to come


@dataclass(frozen=True, slots=True)
class _Day:
    """A day reference as written: any part may be missing."""

    day: int | None
    month: int | None
    year: int | None
    weekday: int | None
    form: str

    @property
    def complete(self) -> bool:
        return self.weekday is not None or (self.day is not None and self.month is not None)


@dataclass(frozen=True, slots=True)
class _Hit:
    """A matched expression; ``date`` None means matched but not an event date."""

    start: int
    end: int
    date: dt.date | None
    precision: int = 1
    kind: str = "explicit"
    relative: bool = False  # may point forward: checked for a future cue


def _group(m: re.Match[str], base: str) -> tuple[str, str] | None:
    """The matched group named ``base_<form>``, with its form: re forbids repeated names."""
    for name, value in m.groupdict().items():
        if value is not None and name.partition("_")[0] == base:
            return value, name.rpartition("_")[2]
    return None


def _day_at(m: re.Match[str], i: int) -> _Day | None:
    weekday = _group(m, f"w{i}")
    if weekday:
        return _Day(None, None, None, _WEEKDAY_LOOKUP.get(words.key(weekday[0])), "e")
    day = _group(m, f"d{i}")
    if day is None:
        return None
    month, year = _group(m, f"m{i}"), _group(m, f"y{i}")
    month_number = None
    if month:
        month_number = int(month[0]) if month[0].isdigit() else _MONTH_LOOKUP[words.key(month[0])]
    return _Day(int(day[0]), month_number, int(year[0]) if year else None, None, day[1])


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift(date: dt.date | None, days: int) -> dt.date | None:
    try:
        return None if date is None else date + dt.timedelta(days=days)
    except OverflowError:
        return None


def _on_or_before(d: _Day, ref: dt.date) -> dt.date | None:
    """The latest day matching ``d`` that is not after ``ref``."""
    if d.weekday is not None:
        return _shift(ref, -((ref.weekday() - d.weekday) % _WEEK))
    if d.month is None or d.day is None:
        return None
    for year in range(ref.year, ref.year - 8, -1):
        found = _make(year, d.month, d.day)
        if found is not None and found <= ref:
            return found
    return None


def _resolve(d: _Day, published: dt.date | None) -> dt.date | None:
    """A single day: its own year, else the year nearest publication."""
    if d.month is not None and d.day is not None and d.year is not None:
        return _make(d.year, d.month, d.day)
    if published is None or not d.complete:
        return None
    if d.weekday is not None:
        return _on_or_before(d, published)
    assert d.month is not None and d.day is not None
    options = [_make(y, d.month, d.day) for y in range(published.year - 1, published.year + 2)]
    return min(
        (o for o in options if o is not None),
        key=lambda o: abs((o - published).days),
        default=_on_or_before(d, published),  # 29 February: the last leap year
    )


def _pair(a: _Day, b: _Day, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """Start and end of a two-day expression; the start borrows the end's month and year."""
    if (a.weekday is None) != (b.weekday is None):
        return None
    if a.weekday is not None:
        end = _on_or_before(b, published) if published else None
        start = _on_or_before(a, end) if end else None
        return (start, end) if start and end else None
    a = replace(a, month=a.month or b.month)
    b = replace(b, month=b.month or a.month)
    if not (a.complete and b.complete):
        return None
    if a.year is not None and b.year is None:
        b = replace(b, year=a.year)
    end = _resolve(b, published)
    if end is None:
        return None
    start = _resolve(a, published) if a.year is not None else _on_or_before(a, end)
    return (start, end) if start is not None and start <= end else None


def _single(m: re.Match[str], published: dt.date | None) -> _Hit | None:
    d = _day_at(m, 1)
    if d is None:
        return None
    kind = "since" if m.group("since") else "explicit"
    return _Hit(m.start(), m.end(), _resolve(d, published), 1, kind)


def _range(m: re.Match[str], published: dt.date | None) -> _Hit | None:
    a, b = _day_at(m, 1), _day_at(m, 2)
    if a is None or b is None:
        return None
    joined = words.key(m.group("sep")) in _AND_WORDS
    between = words.key(m.group("kw") or "") in _BETWEEN
    if b.form == "n" and (a.form != "b" or (joined and not between)):
        return None  # "on 1 June and 3 more": a number, not a range end
    if joined and a.month is not None and not between:
        return None  # "on 4 June and 6 June": two dates, each its own mention
    if a.month is None and b.month is None and a.weekday is None:
        return None
    pair = _pair(a, b, published)
    if pair is None:
        return _Hit(m.start(), m.end(), None)
    start, end = pair
    precision = 2 if (end - start).days < _WEEK else 3
    return _Hit(m.start(), m.end(), start, precision, "range")


def _night(m: re.Match[str], published: dt.date | None) -> _Hit | None:
    a, b = _day_at(m, 1), _day_at(m, 2)
    if a is not None and b is not None:
        if not (a.month or b.month or a.weekday is not None):
            return None
        pair = _pair(a, b, published)
        return _Hit(m.start(), m.end(), pair[0] if pair else None, 1, "night")
    d = a or b
    if d is None or not d.complete:
        return None  # "overnight 5 drones": the number is not a day
    rel = _group(m, "rel")
    date = _resolve(d, published)
    if rel and words.key(rel[0]) in _NIGHT_SHIFT:
        date = _shift(date, -1)
    return _Hit(m.start(), m.end(), date, 1, "night")


def _weekday(m: re.Match[str], published: dt.date | None) -> _Hit | None:
    d = _day_at(m, 1)
    if d is None or d.weekday is None:
        return None
    qualifier = words.key(m.group("wpre") or "")
    part = words.key(m.group("wpart") or "")
    kind = "night" if part in {"night", "вночі", "уночі", "ночью"} else "weekday"
    if published is None or re.search(r"next|coming|наступн|следующ|ближайш", qualifier):
        return _Hit(m.start(), m.end(), None, 1, kind, relative=True)
    date = _on_or_before(d, published)
    if date == published and re.search(r"last|past|минул|прошл|минувш", qualifier):
        date = _shift(date, -_WEEK)
    return _Hit(m.start(), m.end(), date, 1, kind, relative=True)


def _month(m: re.Match[str], published: dt.date | None) -> _Hit | None:
    prefix = words.key(m.group("mpre") or "")
    year = m.group("y1_a")
    if not prefix and year is None:
        return None  # a bare month name is too often another word ("May", "March")
    month = _MONTH_LOOKUP[words.key(m.group("m1_a"))]
    is_since = re.fullmatch(rf"since.*|{words.CY_MONTH_SINCE}", prefix) is not None
    kind = "since" if is_since else "month"
    if year is not None:
        return _Hit(m.start(), m.end(), dt.date(int(year), month, 1), 3, kind)
    date = None
    if published is not None and (published.month - month) % 12 <= (month - published.month) % 12:
        date = _make(published.year - (month > published.month), month, 1)
    return _Hit(m.start(), m.end(), date, 3, kind, relative=True)


def _relative(m: re.Match[str], published: dt.date | None) -> _Hit | None:
    rule, offset = words.RELATIVE[words.key(m.group(0))]
    date, precision, kind = None, 1, "relative"
    if published is not None:
        first = published.replace(day=1)
        if rule in {"day", "last_week"}:
            date, precision = _shift(published, offset), 1 if rule == "day" else 2
            kind = "relative" if rule == "day" else "week"
        elif rule == "night":
            date, kind = _shift(published, -1), "night"
        elif rule in {"this_week", "weekend"}:
            weekday = 0 if rule == "this_week" else 5
            date = _shift(published, -((published.weekday() - weekday) % _WEEK))
            precision, kind = 2, "week"
        elif rule in {"this_month", "last_month"}:
            date = first if rule == "this_month" else _shift(first, -1)
            date, precision, kind = date and date.replace(day=1), 3, "month"
    return _Hit(m.start(), m.end(), date, precision, kind, relative=rule in _FORWARD)


_Handler = Callable[[re.Match[str], dt.date | None], _Hit | None]
_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_NIGHT_EN, _night),
    (_NIGHT_CY, _night),
    (_RANGE, _range),
    (_SINGLE, _single),
    (_WEEKDAY_EN, _weekday),
    (_WEEKDAY_CY, _weekday),
    (_MONTH_EN, _month),
    (_MONTH_CY, _month),
    (_RELATIVE, _relative),
)


def _hits(text: str, published: dt.date | None) -> list[_Hit]:
    """Every candidate; overlapping ones go to the longest, then the leftmost."""
    found = []
    for pattern, handler in _RULES:
        for m in pattern.finditer(text):
            hit = handler(m, published)
            if hit is not None:
                found.append(hit)
    found.sort(key=lambda h: (h.start - h.end, h.start))
    chosen: list[_Hit] = []  # kept sorted by start; chosen hits never overlap
    for hit in found:
        i = bisect.bisect_right(chosen, hit.start, key=lambda c: c.start)
        if (i and chosen[i - 1].end > hit.start) or (i < len(chosen) and chosen[i].start < hit.end):
            continue
        chosen.insert(i, hit)
    return chosen


def _planned(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future ("will meet on Monday")."""
    return _FUTURE_CUE.search(text, max(0, start - 60), start) is not None


def find_dates(text: str, published: dt.date | None, field: str = "text") -> list[DateMention]:
    """Every date expression in ``text`` that can date an event, in text order.

    ``published`` resolves relative and year-less expressions; mentions that
    resolve after it are plans or errors, never event dates, and are dropped.
    """
    mentions = []
    for hit in _hits(text, published):
        if hit.date is None or (published is not None and hit.date > published):
            continue
        if hit.relative and _planned(text, hit.start):
            continue
        span = Span(hit.start, hit.end, text[hit.start : hit.end], "date", field)
        mentions.append(DateMention(span, hit.date, hit.precision, hit.kind))
    return mentions


def event_date_for(
    mentions: Sequence[DateMention],
    start: int,
    end: int,
    published: dt.date | None = None,
    window_start: int = 0,
) -> DateMention | None:
    """The date of an event whose evidence is ``[start, end)`` of one field.

    A date inside the evidence wins, the most precise first and a "since" date
    last (it bounds a period rather than dating a happening); otherwise the
    nearest date before it, from ``window_start`` on (pass the paragraph start
    so a date from an earlier paragraph does not leak in). ``mentions`` must
    belong to the evidence's field. None tells the caller to fall back to the
    publication date with precision 2.
    """
    usable = [m for m in mentions if published is None or m.date <= published]
    inside = [m for m in usable if start <= m.span.start < end]
    if inside:
        return min(inside, key=lambda m: (m.kind == "since", m.precision, m.span.start))
    before = [
        m
        for m in usable
        if window_start <= m.span.start and m.span.end <= start and m.kind != "since"
    ]
    return max(before, key=lambda m: m.span.end, default=None)
