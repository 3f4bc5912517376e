"""The portfolio's value at a glance (DOMAIN §7, the Analytics page): accounts and value per tier,
each account's sales for the Pareto curve, lifetime × referral points with their quadrants, the
lifecycle distribution and the tier movers of the latest snapshot month.

Everything is read set-based from the account caches (a few GROUP BYs and one column read, not
one query per account) and narrowed by the rep's filters (owner, province, industry, grade).
The quadrants are the ones the Value tab shows: split at the medians of the whole book, so an
account keeps its quadrant whichever filter is on; the filter only chooses the points shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.engine import Connection

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, ValueSnapshot
from kam_desktop.domain.enums import Grade, Industry, LifecycleStage, ValueQuadrant, ValueTier
from kam_desktop.domain.value.quadrants import median_splits, quadrant_of
from kam_desktop.services.value.snapshot_history import tier_movers
from kam_desktop.services.value.snapshots import default_model_id, of_model
from kam_desktop.services.value.value_points import value_points
from kam_desktop.services.value.value_settings import stored_lifetime_assumptions

_CHUNK = 500  # ids per IN (...): under SQLite's variable limit


@dataclass(frozen=True)
class PortfolioFilters:
    """Which accounts the page looks at; ``None`` is "all"."""

    owner: str | None = None
    province: str | None = None
    industry: Industry | None = None
    grade: Grade | None = None


@dataclass(frozen=True)
class TierTotals:
    tier: ValueTier
    accounts: int
    value: float | None  # summed sales of the last 12 months, 万元; None: no account had any


@dataclass(frozen=True)
class ValuePoint:
    account_id: str
    lifetime: float | None  # 万元; None: no margin data
    referral: float | None  # 万元
    quadrant: ValueQuadrant | None  # by the whole book's medians; None: a value is missing


@dataclass(frozen=True)
class Mover:
    """One account whose tier changed from the month before ``Portfolio.movers_month``."""

    account_id: str
    code: str | None
    name: str
    from_tier: ValueTier
    to_tier: ValueTier
    score_change: float | None


@dataclass(frozen=True)
class Portfolio:
    filters: PortfolioFilters
    accounts: int  # live accounts that pass the filters
    tiers: tuple[TierTotals, ...]  # platinum .. lead, every tier (0 accounts included)
    unscored: int  # accounts without a tier
    sales: tuple[float | None, ...]  # each account's sales_12m, for the Pareto curve
    points: tuple[ValuePoint, ...]
    lifetime_median: float | None  # of the whole book; None: no complete point
    referral_median: float | None
    stages: tuple[tuple[LifecycleStage, int], ...]  # every stage, in life order
    unknown_stage: int  # accounts whose stage cannot be told
    movers_month: str | None  # the latest snapshot month; None: no snapshots yet
    movers: tuple[Mover, ...]  # biggest moves first


def _filtered(filters: PortfolioFilters) -> list[ColumnElement[bool]]:
    where = [Account.deleted_at.is_(None)]
    for column, wanted in (
        (Account.owner, filters.owner),
        (Account.province, filters.province),
        (Account.industry, filters.industry),
        (Account.hq_grade, filters.grade),
    ):
        if wanted is not None:
            where.append(column == wanted)
    return where


def _tiers(conn: Connection, where: list[ColumnElement[bool]]) -> tuple[list[TierTotals], int]:
    stmt = (
        select(Account.value_tier, func.count(), func.sum(Account.sales_12m))
        .where(*where)
        .group_by(Account.value_tier)
    )
    found = {tier: (count, value) for tier, count, value in conn.execute(stmt)}
    unscored = found.pop(None, (0, None))[0]
    totals = [TierTotals(t, *found.get(t, (0, None))) for t in ValueTier]
    return totals, unscored


def _stages(conn: Connection, where: list[ColumnElement[bool]]) -> tuple[dict, int]:
    stmt = (
        select(Account.lifecycle_stage, func.count())
        .where(*where)
        .group_by(Account.lifecycle_stage)
    )
    found: dict[LifecycleStage | None, int] = dict(conn.execute(stmt).all())  # type: ignore[arg-type]
    return found, found.pop(None, 0)


def _latest_month(conn: Connection) -> str | None:
    return conn.scalar(
        select(func.max(ValueSnapshot.month)).where(of_model(default_model_id(conn)))
    )


def _names(conn: Connection, ids: list[str]) -> dict[str, tuple[str | None, str]]:
    names: dict[str, tuple[str | None, str]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stmt = select(Account.id, Account.code, Account.name).where(Account.id.in_(chunk))
        names.update({row.id: (row.code, row.name) for row in conn.execute(stmt)})
    return names


def portfolio(
    book: Book, filters: PortfolioFilters = PortfolioFilters(), today: date | None = None
) -> Portfolio:
    """The portfolio figures of the live accounts that pass ``filters``, as of ``today``."""
    today = today or date.today()
    where = _filtered(filters)
    with book.sessions() as s:
        conn = s.connection()
        month = _latest_month(conn)
    # Read before the rest: an account deleted meanwhile is then simply not found below.
    moves = tier_movers(book, month) if month is not None else []
    with book.sessions() as s:
        conn = s.connection()
        tiers, unscored = _tiers(conn, where)
        stages, unknown = _stages(conn, where)
        rows = conn.execute(select(Account.id, Account.sales_12m).where(*where)).all()
        every_point = value_points(conn, today, stored_lifetime_assumptions(s))
        shown = {account_id for account_id, _ in rows}
        moved = [m for m in moves if m.account_id in shown]
        names = _names(conn, [m.account_id for m in moved])

    splits = median_splits(every_point)
    points = []
    for account_id, _ in rows:
        lifetime, referral = every_point.get(account_id, (None, None))
        quadrant = None if splits is None else quadrant_of((lifetime, referral), splits)
        points.append(ValuePoint(account_id, lifetime, referral, quadrant))
    return Portfolio(
        filters=filters,
        accounts=len(rows),
        tiers=tuple(tiers),
        unscored=unscored,
        sales=tuple(sales for _, sales in rows),
        points=tuple(points),
        lifetime_median=None if splits is None else splits[0],
        referral_median=None if splits is None else splits[1],
        stages=tuple((stage, stages.get(stage, 0)) for stage in LifecycleStage),
        unknown_stage=unknown,
        movers_month=month,
        movers=tuple(
            Mover(m.account_id, *names[m.account_id], m.from_tier, m.to_tier, m.score_change)
            for m in moved
            if m.account_id in names
        ),
    )


__all__ = ["Mover", "Portfolio", "PortfolioFilters", "TierTotals", "ValuePoint", "portfolio"]
