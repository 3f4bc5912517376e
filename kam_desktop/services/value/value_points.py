"""Every live account's (lifetime value, referral value) point, read set-based: one GROUP BY
over the value records of the last 12 months (margin and cost to serve), one over the accounts
(the summed ``sales_12m`` cache of the accounts each one referred), and the accounts' lifecycle
stage cache. The quadrants of DOMAIN §7.5 split these points at their medians; the analytics
page plots them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from kam_desktop.db.models import Account, ValueRecord
from kam_desktop.domain.enums import LifecycleStage
from kam_desktop.domain.value import lifecycle
from kam_desktop.domain.value.lifecycle import MonthRange
from kam_desktop.domain.value.lifetime import LifetimeAssumptions, discounted, lifetime_factor
from kam_desktop.services.book.planner_hints import rare


@dataclass(frozen=True)
class ReferralFacts:
    """The accounts one account referred: how many, and their summed sales (None: no data)."""

    count: int
    sales: float | None


def year_of(today: date) -> MonthRange:
    """The 12 months the lifetime value reads (this month included, like ``sales_12m``)."""
    return lifecycle.last_months(lifecycle.month_of(today), 12)


def margins_and_costs(
    conn: Connection, year: MonthRange, account_id: str | None = None
) -> dict[str, tuple[float | None, float | None]]:
    """Per account with value records in ``year``: (summed gross margin, summed cost to serve);
    SUM skips months without the figure and gives NULL when none has it."""
    vr = ValueRecord
    stmt = (
        select(vr.account_id, func.sum(vr.gross_margin), func.sum(vr.cost_to_serve))
        .where(vr.deleted_at.is_(None), vr.month.between(year.first, year.last))
        .group_by(vr.account_id)
    )
    if account_id is not None:
        stmt = stmt.where(vr.account_id == account_id)
    return {row[0]: (row[1], row[2]) for row in conn.execute(stmt)}


def referrals(conn: Connection, account_id: str | None = None) -> dict[str, ReferralFacts]:
    """Per live referrer: the live accounts it referred and their summed ``sales_12m`` cache.

    The same rule as ``lifetime.referral_value``: NULL caches are left out, all NULL gives
    None; an account missing here referred nobody (referral value 0).
    """
    stmt = (
        select(Account.referred_by_id, func.count(), func.sum(Account.sales_12m))
        .where(Account.deleted_at.is_(None), Account.referred_by_id.is_not(None))
        .group_by(Account.referred_by_id)
    )
    if account_id is not None:
        stmt = stmt.where(rare(Account.referred_by_id == account_id))  # ix_account_referred_by_id
    return {row[0]: ReferralFacts(row[1], row[2]) for row in conn.execute(stmt)}


def stages(conn: Connection) -> dict[str, LifecycleStage | None]:
    """Every live account's lifecycle stage (raw codes mapped here: the ORM's conversion of
    100,000 enumeration values cost more than the query)."""
    by_code = {str(stage.code): stage for stage in LifecycleStage}
    rows = conn.exec_driver_sql(
        "SELECT id, lifecycle_stage FROM account WHERE deleted_at IS NULL"
    ).fetchall()
    return {account_id: by_code.get(code) if code else None for account_id, code in rows}


def lifetime_from(
    margin_cost: tuple[float | None, float | None] | None,
    stage: LifecycleStage | None,
    factors: Mapping[LifecycleStage | None, float],
) -> float | None:
    """``lifetime.lifetime_value`` with the stage's factor computed once per book, not per
    account."""
    if margin_cost is None:
        return None
    return discounted(margin_cost[0], margin_cost[1], factors[stage])


def value_points(
    conn: Connection, today: date, assumptions: LifetimeAssumptions
) -> dict[str, tuple[float | None, float | None]]:
    """Every live account's (lifetime value, referral value), 万元."""
    year = year_of(today)
    found = margins_and_costs(conn, year)
    referred = referrals(conn)
    factors = {s: lifetime_factor(s, assumptions) for s in (*LifecycleStage, None)}
    points: dict[str, tuple[float | None, float | None]] = {}
    for account_id, stage in stages(conn).items():
        facts = referred.get(account_id)
        points[account_id] = (
            lifetime_from(found.get(account_id), stage, factors),
            0.0 if facts is None else facts.sales,
        )
    return points
