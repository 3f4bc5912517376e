"""What a refresh of the derived caches reads from the book: a handful of GROUP BY queries.

Every live account's row with the caches it holds, the value model's weights, each account's
sales (from HQ's monthly value records and from orders) summed over the month ranges a refresh
uses, the latest done visit per account and per contact, and the relationship level with the
key decision makers. Core statements on the caller's connection, no ORM row processing: on a
book of 100,000 accounts these are most of a refresh's time. ``derived`` scores and writes.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, and_, case, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstrumentedAttribute

from kam_desktop.db.models import (
    Account,
    Contact,
    SalesOrder,
    ValueModel,
    ValueRecord,
    Visit,
    VisitAttendee,
)
from kam_desktop.domain.enums import DecisionLevel, VisitStatus
from kam_desktop.domain.value import lifecycle, value
from kam_desktop.domain.value.lifecycle import LifecycleRules, MonthRange, SalesHistory

log = logging.getLogger(__name__)

#: The account columns a refresh recomputes, in the order ``derived`` compares them.
ACCOUNT_CACHE = (
    "sales_12m", "last_order_on", "last_visit_on", "value_score", "value_tier",
    "value_incomplete", "lifecycle_stage", "revisit_segment",
)  # fmt: skip


@dataclass(frozen=True)
class Windows:
    """Every month range the refresh sums over, fixed once per refresh."""

    sales_12m: MonthRange
    sales_prev_12m: MonthRange
    trend: lifecycle.TrendWindows

    @classmethod
    def for_day(cls, today: date, rules: LifecycleRules) -> Windows:
        current = lifecycle.month_of(today)
        return cls(
            sales_12m=lifecycle.last_months(current, 12),
            sales_prev_12m=lifecycle.last_months(lifecycle.shift_month(current, -12), 12),
            trend=lifecycle.trend_windows(today, rules),
        )

    def sums(self) -> dict[str, MonthRange]:
        """Labelled ranges whose sales are summed (both from value records and from orders)."""
        ranges = {
            "sales_12m": self.sales_12m,
            "sales_prev": self.sales_prev_12m,
            "recent": self.trend.recent,
            "earlier": self.trend.earlier,
        }
        ranges.update({f"q{i}": q for i, q in enumerate(self.trend.quarters)})
        return ranges


@dataclass(frozen=True)
class Sales:
    """One account's sales facts, from value records (preferred) or orders."""

    sales_12m: float
    sales_prev: float
    margin_12m: float | None
    collected_12m: float | None
    history: SalesHistory


# --- queries ----------------------------------------------------------------------------------


def cached_accounts(conn: Connection) -> dict[str, Any]:
    """Each live account's row: what the caches are computed from, and the caches it holds."""
    stmt = select(
        Account.id,
        Account.annual_revenue,
        Account.size_class,
        Account.referred_by_id,
        Account.lifecycle_overridden,
        Account.map_gap_count,
        *(getattr(Account, name) for name in ACCOUNT_CACHE),
    ).where(Account.deleted_at.is_(None))
    return {row.id: row for row in conn.execute(stmt)}


def value_weights(conn: Connection, weights: Mapping[str, float] | None) -> Mapping[str, float]:
    """The indicator weights to score with: ``weights`` if given, else the book's default value
    model's (the built-in defaults if it has none); unknown indicators are dropped."""
    if weights is None:
        weights = conn.scalar(
            select(ValueModel.weights)
            .where(ValueModel.is_default.is_(True), ValueModel.deleted_at.is_(None))
            .limit(1)
        )
    if not weights:
        return value.DEFAULT_WEIGHTS
    known = {k: float(w) for k, w in weights.items() if k in value.INDICATORS}
    if len(known) < len(weights):
        log.warning("value model names unknown indicators: %s", sorted(set(weights) - set(known)))
    return known or value.DEFAULT_WEIGHTS


def _total_in(
    ranges: Mapping[str, MonthRange],
    inside: Any,
    amount: InstrumentedAttribute[Any],
) -> list[ColumnElement[Any]]:
    """``TOTAL(amount)`` per labelled range (0.0 where nothing fell in it)."""
    return [
        func.total(case((inside(r), amount), else_=None)).label(label)
        for label, r in ranges.items()
    ]


def sales_from_records(conn: Connection, windows: Windows, today: date) -> dict[str, Sales]:
    vr = ValueRecord
    current = lifecycle.month_of(today)

    def inside(r: MonthRange) -> ColumnElement[bool]:
        return vr.month.between(r.first, r.last)

    year = windows.sales_12m
    stmt = (
        select(
            vr.account_id,
            *_total_in(windows.sums(), inside, vr.sales),
            func.sum(case((inside(year), vr.gross_margin), else_=None)).label("margin"),
            func.sum(case((inside(year), vr.collected), else_=None)).label("collected"),
            func.min(case((vr.sales > 0, vr.month), else_=None)).label("first_month"),
            func.max(case((vr.sales > 0, vr.month), else_=None)).label("last_month"),
        )
        .where(vr.deleted_at.is_(None), vr.month <= current)
        .group_by(vr.account_id)
    )
    found: dict[str, Sales] = {}
    for row in conn.execute(stmt):
        first = lifecycle.month_start(row.first_month) if row.first_month else None
        last = min(lifecycle.month_end(row.last_month), today) if row.last_month else None
        found[row.account_id] = _sales(row, first, last, row.margin, row.collected, windows)
    return found


def sales_from_orders(conn: Connection, windows: Windows, today: date) -> dict[str, Sales]:
    so = SalesOrder

    def inside(r: MonthRange) -> ColumnElement[bool]:
        return so.order_date.between(r.start, r.end)

    stmt = (
        select(
            so.account_id,
            *_total_in(windows.sums(), inside, so.amount),
            func.min(so.order_date).label("first_on"),
            func.max(so.order_date).label("last_on"),
        )
        .where(so.deleted_at.is_(None), so.order_date <= today)
        .group_by(so.account_id)
    )
    return {
        row.account_id: _sales(row, row.first_on, row.last_on, None, None, windows)
        for row in conn.execute(stmt)
    }


def _sales(
    row: Any,
    first: date | None,
    last: date | None,
    margin: float | None,
    collected: float | None,
    windows: Windows,
) -> Sales:
    quarters = tuple(getattr(row, f"q{i}") for i in range(len(windows.trend.quarters)))
    return Sales(
        sales_12m=row.sales_12m,
        sales_prev=row.sales_prev,
        margin_12m=margin,
        collected_12m=collected,
        history=SalesHistory(first, last, row.recent, row.earlier, quarters),
    )


def _done_visits() -> ColumnElement[bool]:
    return and_(Visit.status == VisitStatus.DONE, Visit.deleted_at.is_(None))


def _last_visit_on() -> ColumnElement[date]:
    """The latest done visit as a local calendar date (the book stores UTC text).

    SQLite's ``'localtime'`` applies the same system time zone as Python, without parsing
    hundreds of thousands of timestamps in Python.
    """
    latest = func.max(func.coalesce(Visit.done_at, Visit.planned_start))
    return func.date(latest, "localtime", type_=Date)


def last_visit_per_account(conn: Connection) -> dict[str, date]:
    stmt = (
        select(Visit.account_id, _last_visit_on()).where(_done_visits()).group_by(Visit.account_id)
    )
    return dict(conn.execute(stmt).all())  # type: ignore[arg-type]


def last_visit_per_contact(conn: Connection) -> dict[str, date]:
    # Grouping by an expression (not the bare indexed column) lets SQLite scan the done visits
    # and look attendees up by visit, rather than walk every attendee in contact order and
    # look each visit up by its text id: 2 s instead of 5 s on a million attendees.
    by_contact = VisitAttendee.contact_id.concat("")
    stmt = (
        select(VisitAttendee.contact_id, _last_visit_on())
        .select_from(Visit)
        .join(VisitAttendee, VisitAttendee.visit_id == Visit.id)
        .where(_done_visits(), VisitAttendee.deleted_at.is_(None))
        .group_by(by_contact)
    )
    return dict(conn.execute(stmt).all())  # type: ignore[arg-type]


def key_contact_levels(conn: Connection) -> dict[str, float]:
    """Each account's average relationship level with its key decision makers."""
    key = or_(
        Contact.is_key_decision_maker.is_(True), Contact.decision_level == DecisionLevel.DECISION
    )
    stmt = (
        select(Contact.account_id, func.avg(Contact.relationship_level))
        .where(Contact.deleted_at.is_(None), key)
        .group_by(Contact.account_id)
    )
    return dict(conn.execute(stmt).all())  # type: ignore[arg-type]


__all__ = [
    "ACCOUNT_CACHE",
    "Sales",
    "Windows",
    "cached_accounts",
    "key_contact_levels",
    "last_visit_per_account",
    "last_visit_per_contact",
    "sales_from_orders",
    "sales_from_records",
    "value_weights",
]
