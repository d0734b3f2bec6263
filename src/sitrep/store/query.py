"""EventQuery → parameterised SQL, for both back ends.

Each back end supplies a `Dialect`: how it tests a bounding box (R*Tree or
PostGIS), searches text (FTS5 or tsvector), finds a substring and orders rows.
Values always travel as parameters; only these fixed fragments are SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sitrep.store.base import EventQuery

#: The columns every event query selects: the event record and its document's.
EVENT_COLUMNS = "e.record, d.id, d.url, d.title, s.name, d.published"
EVENT_FROM = (
    "events e JOIN documents d ON d.id = e.document_id LEFT JOIN sources s ON s.id = d.source_id"
)


@dataclass(frozen=True)
class Dialect:
    """The SQL fragments where SQLite and PostgreSQL differ (placeholders are ``?``)."""

    #: (minlon, minlat, maxlon, maxlat) → a condition on ``e`` and its parameters.
    bbox: Callable[[tuple[float, float, float, float]], tuple[str, list[Any]]]
    #: A condition on ``e`` taking the output of ``fulltext_param``.
    fulltext: str
    fulltext_param: Callable[[str], str | None]
    #: A condition "needle occurs in e.actors" taking the case-folded needle.
    actor: str
    date_param: Callable[[dt.date], Any]
    #: ORDER BY clause body: newest first, undated last, stable.
    order: str


def where_clause(query: EventQuery, dialect: Dialect) -> tuple[str, list[Any]]:
    """``WHERE …`` (or an empty string) and its parameters."""
    conditions: list[str] = []
    params: list[Any] = []

    def add(condition: str, *values: Any) -> None:
        conditions.append(condition)
        params.extend(values)

    if query.bbox is not None:
        condition, values = dialect.bbox(query.bbox)
        add(condition, *values)
    if query.date_from is not None:
        add("e.event_date >= ?", dialect.date_param(query.date_from))
    if query.date_to is not None:
        add("e.event_date <= ?", dialect.date_param(query.date_to))
    if query.event_type is not None:
        add("e.event_type = ?", query.event_type)
    if query.sub_event_type is not None:
        add("e.sub_event_type = ?", query.sub_event_type)
    if query.actor:
        add(dialect.actor, query.actor.casefold())
    if query.claim is not None:
        add("e.id IN (SELECT c.event_id FROM claims c WHERE c.status = ?)", query.claim)
    if query.q is not None:
        terms = dialect.fulltext_param(query.q)
        if terms is None:
            add("1 = 0")
        else:
            add(dialect.fulltext, terms)
    if not conditions:
        return "", params
    return "WHERE " + " AND ".join(conditions), params


def page_sql(query: EventQuery, dialect: Dialect) -> tuple[str, list[Any]]:
    where, params = where_clause(query, dialect)
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} {where}"
        f" ORDER BY {dialect.order} LIMIT ? OFFSET ?"
    )
    return sql, [*params, query.limit, query.offset]


def count_sql(query: EventQuery, dialect: Dialect) -> tuple[str, list[Any]]:
    where, params = where_clause(query, dialect)
    return f"SELECT count(*) FROM {EVENT_FROM} {where}", params


def by_day_sql(query: EventQuery, dialect: Dialect) -> tuple[str, list[Any]]:
    where, params = where_clause(query, dialect)
    extra = "e.event_date IS NOT NULL"
    where = f"{where} AND {extra}" if where else f"WHERE {extra}"
    sql = (
        f"SELECT e.event_date, e.event_type, count(*) FROM {EVENT_FROM} {where} "
        "GROUP BY e.event_date, e.event_type ORDER BY e.event_date, e.event_type"
    )
    return sql, params


def by_type_sql(query: EventQuery, dialect: Dialect) -> tuple[str, list[Any]]:
    where, params = where_clause(query, dialect)
    sql = (
        f"SELECT e.event_type, e.sub_event_type, count(*) AS n FROM {EVENT_FROM} {where} "
        "GROUP BY e.event_type, e.sub_event_type ORDER BY n DESC, e.event_type, e.sub_event_type"
    )
    return sql, params
