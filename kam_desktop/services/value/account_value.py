"""One account's value facts, as the Value tab and ``kam value show`` show them (DOMAIN §7).

``account_value`` reads, in one read transaction: sales and gross margin per month for the
last 24 months (no data is ``None``, never 0), the score, tier, "incomplete" flag and lifecycle
stage the caches hold, the lifetime value with the assumptions it used, the referral value,
the lifetime × referral quadrant (median splits over the whole book's live accounts, read
set-based by ``value_points``) with its playbook, and the relationship mode §7.6 suggests.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Connection

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, SalesOrder, ValueRecord
from kam_desktop.domain.enums import LifecycleStage, RelationshipMode, ValueQuadrant, ValueTier
from kam_desktop.domain.errors import NotFound, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value import lifecycle
from kam_desktop.domain.value.lifecycle import MonthRange, suggest_relationship_mode
from kam_desktop.domain.value.lifetime import LifetimeAssumptions, lifetime_value
from kam_desktop.domain.value.quadrants import quadrant_of
from kam_desktop.services.value.quadrant_splits import book_splits
from kam_desktop.services.value.value_points import (
    margins_and_costs,
    referrals,
    year_of,
)
from kam_desktop.services.value.value_settings import (
    stored_lifetime_assumptions,
    stored_playbooks,
)

MONTHS_SHOWN = 24
_WHAT = Text("errors", QT_TRANSLATE_NOOP("errors", "account"))


@dataclass(frozen=True)
class MonthFigures:
    """One month's sales and gross margin (万元); ``None`` where nothing was recorded."""

    month: str  # YYYY-MM
    sales: float | None
    margin: float | None


@dataclass(frozen=True)
class AccountValue:
    account_id: str
    code: str | None
    name: str
    months: tuple[MonthFigures, ...]  # the last MONTHS_SHOWN months, oldest first
    sales_12m: float | None  # summed over the last 12 of ``months``; None: no month had data
    margin_12m: float | None
    cost_to_serve_12m: float | None  # None: not recorded (the lifetime value then uses 0)
    score: float | None
    tier: ValueTier | None
    incomplete: bool  # some indicator of the score had no data
    lifecycle_stage: LifecycleStage | None
    lifecycle_overridden: bool
    lifetime_value: float | None  # None: no margin data
    assumptions: LifetimeAssumptions
    retention: float  # the rate used for this account's stage
    referral_value: float | None
    referred_count: int  # live accounts this one referred
    quadrant: ValueQuadrant | None
    playbook: Text | None  # the quadrant's playbook (the rep's text if edited)
    suggested_mode: RelationshipMode | None  # §7.6, by tier
    relationship_mode: RelationshipMode | None  # the mode the rep chose, if any


def _monthly(conn: Connection, account_id: str, months: MonthRange) -> tuple[MonthFigures, ...]:
    """Per month: HQ's figures where a value record has them; sales from orders where the
    record has no sales (or there is no record); ``None`` where there is neither."""
    vr = ValueRecord
    records = {
        row.month: row
        for row in conn.execute(
            select(vr.month, vr.sales, vr.gross_margin).where(
                vr.account_id == account_id,
                vr.deleted_at.is_(None),
                vr.month.between(months.first, months.last),
            )
        )
    }
    ordered: dict[str, float] = defaultdict(float)
    for day, amount in conn.execute(
        select(SalesOrder.order_date, SalesOrder.amount).where(
            SalesOrder.account_id == account_id,
            SalesOrder.deleted_at.is_(None),
            SalesOrder.order_date.between(months.start, months.end),
        )
    ):
        ordered[lifecycle.month_of(day)] += amount
    figures = []
    month = months.first
    while month <= months.last:
        record = records.get(month)
        sales = record.sales if record is not None else None
        if sales is None and month in ordered:
            sales = ordered[month]
        figures.append(MonthFigures(month, sales, record.gross_margin if record else None))
        month = lifecycle.shift_month(month, 1)
    return tuple(figures)


def _total(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def account_value(book: Book, account_id: str, today: date | None = None) -> AccountValue:
    """The value facts of live account ``account_id`` (``NotFound`` otherwise)."""
    today = today or date.today()
    year = year_of(today)
    shown = lifecycle.last_months(year.last, MONTHS_SHOWN)
    with book.sessions() as s:
        conn = s.connection()
        row = conn.execute(
            select(
                Account.code,
                Account.name,
                Account.value_score,
                Account.value_tier,
                Account.value_incomplete,
                Account.lifecycle_stage,
                Account.lifecycle_overridden,
                Account.relationship_mode,
            ).where(Account.id == account_id, Account.deleted_at.is_(None))
        ).first()
        if row is None:
            raise NotFound(what=_WHAT, key=account_id)
        assumptions = stored_lifetime_assumptions(s)
        playbooks = stored_playbooks(s)
        months = _monthly(conn, account_id, shown)
        margin, cost = margins_and_costs(conn, year, account_id).get(account_id, (None, None))
        referred = referrals(conn, account_id).get(account_id)
        splits = book_splits(conn, today, assumptions)

    last_year = [m for m in months if m.month in year]
    stage = row.lifecycle_stage
    lifetime = lifetime_value(margin, cost, stage, assumptions)
    referral = 0.0 if referred is None else referred.sales
    quadrant = None if splits is None else quadrant_of((lifetime, referral), splits)
    return AccountValue(
        account_id=account_id,
        code=row.code,
        name=row.name,
        months=months,
        sales_12m=_total([m.sales for m in last_year]),
        margin_12m=margin,
        cost_to_serve_12m=cost,
        score=row.value_score,
        tier=row.value_tier,
        incomplete=bool(row.value_incomplete),
        lifecycle_stage=stage,
        lifecycle_overridden=bool(row.lifecycle_overridden),
        lifetime_value=lifetime,
        assumptions=assumptions,
        retention=assumptions.retention(stage),
        referral_value=referral,
        referred_count=0 if referred is None else referred.count,
        quadrant=quadrant,
        playbook=None if quadrant is None else playbooks[quadrant],
        suggested_mode=suggest_relationship_mode(row.value_tier),
        relationship_mode=row.relationship_mode,
    )
