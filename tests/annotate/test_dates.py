import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.annotate.dates import event_date_for, find_dates
from sitrep.schema import DateMention, Span

PUB = dt.date(2023, 6, 5)  # a Monday


def found(text, published=PUB):
    return [
        (m.span.text, m.date.isoformat(), m.precision, m.kind) for m in find_dates(text, published)
    ]


def one(text, published=PUB):
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    return m.date.isoformat(), m.precision, m.kind


def test_reference_article_facts():
    text = (
        "Fighting has gone on since 1 June. On the afternoon of 4 June, shelling hit the town. "
        "On June 1, fighting broke out. This night, drones attacked. Posted June 5, 2023. "
        "The shelter is still there to this day."
    )
    assert found(text) == [
        ("since 1 June", "2023-06-01", 1, "since"),
        ("On the afternoon of 4 June", "2023-06-04", 1, "explicit"),
        ("On June 1", "2023-06-01", 1, "explicit"),
        ("This night", "2023-06-04", 1, "night"),
        ("June 5, 2023", "2023-06-05", 1, "explicit"),
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("8 March 2023", "2023-03-08"),
        ("On 8 March 2023", "2023-03-08"),
        ("March 8, 2023", "2023-03-08"),
        ("June 1", "2023-06-01"),
        ("1 June", "2023-06-01"),
        ("on 4 June", "2023-06-04"),
        ("the 3rd of June", "2023-06-03"),
        ("Jun. 4", "2023-06-04"),
        ("4 Jun 2023", "2023-06-04"),
        ("ON 4 JUNE 2023", "2023-06-04"),
        ("on Sunday, 4 June", "2023-06-04"),
        ("on the morning of 3 June", "2023-06-03"),
        ("in the early hours of 2 June", "2023-06-02"),
        ("2023-06-05", "2023-06-05"),
        ("05.06.2023", "2023-06-05"),
    ],
)
def test_explicit_english_and_numeric(text, date):
    assert one(text) == (date, 1, "explicit")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("5 червня 2023", "2023-06-05"),
        ("5 червня 2023 року", "2023-06-05"),
        ("5 червня", "2023-06-05"),
        ("3 травня", "2023-05-03"),
        ("5 июня", "2023-06-05"),
        ("5 июня 2023 г.", "2023-06-05"),
        ("2 марта 2022 года", "2022-03-02"),
    ],
)
def test_explicit_ukrainian_and_russian(text, date):
    assert one(text) == (date, 1, "explicit")


@pytest.mark.parametrize(
    "text",
    [
        "в ночь на 5 июня",
        "у ніч на 5 червня",
        "у ніч проти 5 червня",
        "в ночь с 4 на 5 июня",
        "у ніч з 4 на 5 червня",
        "in the night of 4 to 5 June",
        "in the night of 4/5 June",
        "on the night of 4–5 June",
        "on the night of 4 June",
        "overnight into 5 June",
        "у ніч з неділі на понеділок",
        "in the night to Monday",
        "в ночь на понедельник",
        "overnight into Monday",
        "on Sunday night",
        "у неділю вночі",
    ],
)
def test_a_night_is_dated_by_the_day_it_began(text):
    assert one(text) == ("2023-06-04", 1, "night")


def test_night_span_covers_the_whole_expression():
    text = "Russia attacked Kyiv in the night of 4 to 5 June with drones."
    [m] = find_dates(text, PUB)
    assert m.span.text == "in the night of 4 to 5 June"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", ("2023-06-05", 1, "relative")),
        ("this morning", ("2023-06-05", 1, "relative")),
        ("yesterday", ("2023-06-04", 1, "relative")),
        ("the day before yesterday", ("2023-06-03", 1, "relative")),
        ("this night", ("2023-06-04", 1, "night")),
        ("last night", ("2023-06-04", 1, "night")),
        ("overnight", ("2023-06-04", 1, "night")),
        ("tonight", ("2023-06-04", 1, "night")),
        ("on Sunday", ("2023-06-04", 1, "weekday")),
        ("on Saturday", ("2023-06-03", 1, "weekday")),
        ("on Monday", ("2023-06-05", 1, "weekday")),
        ("last Monday", ("2023-05-29", 1, "weekday")),
        ("Tuesday's strike", ("2023-05-30", 1, "weekday")),
        ("last week", ("2023-05-29", 2, "week")),
        ("this week", ("2023-06-05", 2, "week")),
        ("over the weekend", ("2023-06-03", 2, "week")),
        ("in May", ("2023-05-01", 3, "month")),
        ("in early May", ("2023-05-01", 3, "month")),
        ("in mid-May", ("2023-05-01", 3, "month")),
        ("at the end of May", ("2023-05-01", 3, "month")),
        ("May 2023", ("2023-05-01", 3, "month")),
        ("last month", ("2023-05-01", 3, "month")),
        ("earlier this month", ("2023-06-01", 3, "month")),
        ("since 1 June", ("2023-06-01", 1, "since")),
        ("since May", ("2023-05-01", 3, "since")),
    ],
)
def test_relative_english(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("сьогодні", ("2023-06-05", 1, "relative")),
        ("вчора", ("2023-06-04", 1, "relative")),
        ("сегодня", ("2023-06-05", 1, "relative")),
        ("вчера", ("2023-06-04", 1, "relative")),
        ("позавчора", ("2023-06-03", 1, "relative")),
        ("минулої ночі", ("2023-06-04", 1, "night")),
        ("этой ночью", ("2023-06-04", 1, "night")),
        ("минулого тижня", ("2023-05-29", 2, "week")),
        ("на прошлой неделе", ("2023-05-29", 2, "week")),
        ("в мае", ("2023-05-01", 3, "month")),
        ("у травні", ("2023-05-01", 3, "month")),
        ("у травні 2022 року", ("2022-05-01", 3, "month")),
        ("з травня", ("2023-05-01", 3, "since")),
        ("з 1 червня", ("2023-06-01", 1, "since")),
        ("с 1 июня", ("2023-06-01", 1, "since")),
        ("у неділю", ("2023-06-04", 1, "weekday")),
        ("в воскресенье утром", ("2023-06-04", 1, "weekday")),
        ("у п’ятницю", ("2023-06-02", 1, "weekday")),
    ],
)
def test_relative_ukrainian_and_russian(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 1 to 3 June", ("2023-06-01", 2, "range")),
        ("between 1 and 3 June", ("2023-06-01", 2, "range")),
        ("on 3 and 4 June", ("2023-06-03", 2, "range")),
        ("June 1-3", ("2023-06-01", 2, "range")),
        ("June 1-3, 2023", ("2023-06-01", 2, "range")),
        ("between May 20 and 25, 2023", ("2023-05-20", 2, "range")),
        ("4/5 June", ("2023-06-04", 2, "range")),
        ("1–3 June", ("2023-06-01", 2, "range")),
        ("30 May – 2 June 2023", ("2023-05-30", 2, "range")),
        ("з 1 по 3 червня", ("2023-06-01", 2, "range")),
        ("с 1 по 3 июня", ("2023-06-01", 2, "range")),
        ("між 1 і 3 червня", ("2023-06-01", 2, "range")),
        ("from 1 to 20 May", ("2023-05-01", 3, "range")),
        ("from 1 to 10 June", ("2023-06-01", 3, "range")),
        ("Saturday and Sunday", ("2023-06-03", 2, "range")),
    ],
)
def test_ranges_take_their_start(text, expected):
    assert one(text) == expected


def test_two_full_dates_joined_by_and_are_two_mentions():
    assert found("on 2 June and 4 June") == [
        ("on 2 June", "2023-06-02", 1, "explicit"),
        ("4 June", "2023-06-04", 1, "explicit"),
    ]
    assert found("on 4 June and 6 June") == [("on 4 June", "2023-06-04", 1, "explicit")]


def test_a_number_after_a_date_is_not_a_range_end():
    assert found("killed on 1 June and 3 more wounded") == [
        ("on 1 June", "2023-06-01", 1, "explicit")
    ]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("On 28 December", dt.date(2024, 1, 3), "2023-12-28"),
        ("in December", dt.date(2024, 1, 3), "2023-12-01"),
        ("from 28 December to 2 January", dt.date(2024, 1, 3), "2023-12-28"),
        ("last month", dt.date(2024, 1, 3), "2023-12-01"),
        ("last week", dt.date(2024, 1, 3), "2023-12-27"),
        ("on Sunday", dt.date(2024, 1, 3), "2023-12-31"),
        ("2 January", dt.date(2024, 1, 3), "2024-01-02"),
        ("в декабре", dt.date(2024, 1, 3), "2023-12-01"),
    ],
)
def test_year_rollover(text, published, date):
    assert one(text, published)[0] == date


@pytest.mark.parametrize(
    "text",
    [
        "They will meet on 10 June.",
        "On 10 June 2024 a meeting is planned.",
        "The summit will take place on Friday.",
        "He will visit the front this week.",
        "Talks are due in July.",
        "tomorrow",
        "next week",
        "next Sunday",
        "завтра",
        "на следующей неделе",
    ],
)
def test_future_is_never_an_event_date(text):
    assert find_dates(text, PUB) == []


def test_no_published_date_keeps_only_dates_with_a_year():
    text = "8 March 2023; 8 March; June 1; yesterday; in May; in May 2023; on Sunday; 2023-06-05"
    assert found(text, None) == [
        ("8 March 2023", "2023-03-08", 1, "explicit"),
        ("in May 2023", "2023-05-01", 3, "month"),
        ("2023-06-05", "2023-06-05", 1, "explicit"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "from 17:00 to 18:00",
        "between 10 and 11 a.m.",
        "at 10.30 on the road",
        "in 2022",
        "05/06/2023",
        "It is still there to this day.",
        "We may 5 times march on.",
        "the 72nd Brigade and 3 May-class boats",
        "overnight 5 drones",
        "Марта сказала",
    ],
)
def test_not_dates(text):
    assert [m for m in find_dates(text, PUB) if m.span.text != "overnight"] == []


def test_offsets_are_exact_in_mixed_text():
    text = (
        "Зведення.\n\nУ ніч на 5 червня ворог атакував. On June 1, fighting broke out; вчера тоже."
    )
    mentions = find_dates(text, PUB, field="caption")
    assert [m.span.text for m in mentions] == ["У ніч на 5 червня", "On June 1", "вчера"]
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.span.text
        assert m.span.label == "date"
        assert m.span.field == "caption"
    assert [m.span.start for m in mentions] == [11, 45, 76]


def test_mentions_come_in_text_order():
    mentions = find_dates("yesterday, then on 1 June, then today", PUB)
    starts = [m.span.start for m in mentions]
    assert starts == sorted(starts) and len(starts) == 3


def _mention(text, start, date, precision=1, kind="explicit"):
    return DateMention(Span(start, start + len(text), text, "date"), date, precision, kind)


def test_event_date_prefers_a_date_inside_the_sentence():
    mentions = [
        _mention("On 1 June", 0, dt.date(2023, 6, 1)),
        _mention("since May", 40, dt.date(2023, 5, 1), 3, "since"),
        _mention("on 4 June", 60, dt.date(2023, 6, 4)),
    ]
    assert event_date_for(mentions, 30, 80, PUB) == mentions[2]
    assert event_date_for(mentions, 30, 55, PUB) == mentions[1]


def test_event_date_falls_back_to_the_nearest_earlier_date_in_the_window():
    mentions = [
        _mention("On 1 June", 0, dt.date(2023, 6, 1)),
        _mention("on 3 June", 20, dt.date(2023, 6, 3)),
        _mention("since May", 35, dt.date(2023, 5, 1), 3, "since"),
    ]
    assert event_date_for(mentions, 50, 90, PUB) == mentions[1]
    assert event_date_for(mentions, 50, 90, PUB, window_start=30) is None
    assert event_date_for([], 0, 10, PUB) is None


def test_event_date_ignores_dates_after_publication():
    mentions = [_mention("on 9 June", 0, dt.date(2023, 6, 9))]
    assert event_date_for(mentions, 0, 20, PUB) is None
    assert event_date_for(mentions, 0, 20) == mentions[0]


_FRAGMENTS = [
    "on 4 June", "June 1", "2023-06-05", "05.06.2023", "5 червня", "в ночь на 5 июня",
    "since 1 June", "from 1 to 3 June", "yesterday", "this night", "on Sunday", "in May",
    "last week", "у травні", "17:00", "2022", "-", "–", " and ", " to ", ",", ".", "\n",
    "tomorrow", "overnight", "May", "12", "31", "December", "в ночь с 3 на", "Monday",
]  # fmt: skip


@given(
    st.lists(
        st.one_of(st.sampled_from(_FRAGMENTS), st.text(alphabet="ab 1-.:,\nJМ", max_size=4)),
        max_size=25,
    ),
    st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))),
)
def test_spans_are_exact_and_never_after_publication(parts, published):
    text = " ".join(parts)
    mentions = find_dates(text, published)
    previous_end = 0
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.span.text
        assert m.span.start >= previous_end
        previous_end = m.span.end
        assert m.precision in (1, 2, 3)
        if published is not None:
            assert m.date <= published
