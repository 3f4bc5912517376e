"""The portfolio's value at a glance (DOMAIN §7, the Analytics page): accounts and value per tier,
each account's sales for the Pareto curve, lifetime × referral points with their quadrants, the
lifecycle distribution and the tier movers of the latest snapshot month.

Everything is read set-based from the account caches (a few GROUP BYs and one column read, not
one query per account) and narrowed by the rep's filters (owner, province, industry, grade).
The quadrants are the ones the Value tab shows: split at the medians of the whole book, so an
account keeps its quadrant whichever filter is on; the filter only chooses the points shown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np
from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.engine import Connection

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, ValueSnapshot
from kam_desktop.domain.enums import Grade, Industry, LifecycleStage, ValueQuadrant, ValueTier
from kam_desktop.domain.value.quadrants import (
    NO_QUADRANT,
    QUADRANT_BY_CODE,
    array_splits,
    quadrant_codes,
)
from kam_desktop.domain.value.scoring import FloatArray, IntArray
from kam_desktop.services.value.quadrant_splits import book_points
from kam_desktop.services.value.snapshot_history import tier_movers
from kam_desktop.services.value.snapshots import default_model_id, of_model
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


@dataclass(frozen=True, eq=False)
class PointColumns:
    """The shown accounts' value points as columns (the Analytics page plots 100,000 of them:
    a ``ValuePoint`` each cost more than the chart). Row i is ``account_ids[i]``."""

    account_ids: tuple[str, ...]
    lifetime: FloatArray  # 万元, NaN: no margin data
    referral: FloatArray  # 万元, NaN: unknown
    codes: IntArray  # index into ``QUADRANT_BY_CODE``, ``NO_QUADRANT``: a value missing

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, PointColumns)
            and self.account_ids == other.account_ids
            and all(
                np.array_equal(a, b, equal_nan=True)
                for a, b in (
                    (self.lifetime, other.lifetime),
                    (self.referral, other.referral),
                    (self.codes, other.codes),
                )
            )
        )

    __hash__ = None  # type: ignore[assignment]  # mutable arrays inside

    def quadrant(self, i: int) -> ValueQuadrant | None:
        code = int(self.codes[i])
        return None if code == NO_QUADRANT else QUADRANT_BY_CODE[code]


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
    columns: PointColumns  # every shown account's point (``points`` as objects)
    lifetime_median: float | None  # of the whole book; None: no complete point
    referral_median: float | None
    stages: tuple[tuple[LifecycleStage, int], ...]  # every stage, in life order
    unknown_stage: int  # accounts whose stage cannot be told
    movers_month: str | None  # the latest snapshot month; None: no snapshots yet
    movers: tuple[Mover, ...]  # biggest moves first

    @cached_property
    def points(self) -> tuple[ValuePoint, ...]:
        c = self.columns
        lifetime, referral = _optional(c.lifetime), _optional(c.referral)
        return tuple(
            ValuePoint(account_id, lifetime[i], referral[i], c.quadrant(i))
            for i, account_id in enumerate(c.account_ids)
        )


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


#: One filtered account: id, sales_12m, tier code, lifecycle stage code (as stored).
_Row = tuple[str, float | None, str | None, str | None]


def _accounts(conn: Connection, where: list[ColumnElement[bool]]) -> list[_Row]:
    """The filtered accounts in one pass over the table, the enumerations as their stored
    codes: mapped once per code by the callers (the ORM's conversion of 100,000 values, and
    hashing 100,000 enum members, cost more than the query; three GROUP BYs were three passes)."""
    stmt = select(
        Account.id,
        Account.sales_12m,
        type_coerce(Account.value_tier, String),
        type_coerce(Account.lifecycle_stage, String),
    ).where(*where)
    return [tuple(row) for row in conn.execute(stmt).all()]  # type: ignore[misc]


def _tiers(rows: list[_Row]) -> tuple[list[TierTotals], int]:
    counts = Counter(tier for _, _, tier, _ in rows)
    sums: dict[str | None, float] = {}
    for _, sales, tier, _ in rows:
        if sales is not None:  # as SUM: NULL skipped, all NULL is NULL
            sums[tier] = sums.get(tier, 0.0) + sales
    unscored = sum(n for code, n in counts.items() if code not in _TIER_CODES)
    totals = [TierTotals(t, counts.get(str(t.code), 0), sums.get(str(t.code))) for t in ValueTier]
    return totals, unscored


def _stages(rows: list[_Row]) -> tuple[dict[LifecycleStage, int], int]:
    counts = Counter(stage for *_, stage in rows)
    found = {s: counts[str(s.code)] for s in LifecycleStage if str(s.code) in counts}
    return found, sum(n for code, n in counts.items() if code not in _STAGE_CODES)


_TIER_CODES = frozenset(str(t.code) for t in ValueTier)
_STAGE_CODES = frozenset(str(s.code) for s in LifecycleStage)


def _optional(column: FloatArray) -> list[float | None]:
    """NaN ("no data") as None, numbers as Python floats."""
    return [None if value != value else value for value in column.tolist()]


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
        rows = _accounts(conn, where)
        ids, matrix = book_points(conn, today, stored_lifetime_assumptions(s))
        shown = {account_id for account_id, *_ in rows}
        moved = [m for m in moves if m.account_id in shown]
        names = _names(conn, [m.account_id for m in moved])

    tiers, unscored = _tiers(rows)
    stages, unknown = _stages(rows)
    splits = array_splits(matrix)
    codes = (
        quadrant_codes(matrix, splits)
        if splits is not None
        else np.full(len(ids), NO_QUADRANT, dtype=np.int8)
    )
    # The shown accounts' rows of the book's points (an account added since they were read
    # has none: a row of NaN, no quadrant).
    row_of = dict(zip(ids, range(len(ids)), strict=True))
    rows_shown = np.fromiter(
        (row_of.get(account_id, -1) for account_id, *_ in rows), dtype=np.int64, count=len(rows)
    )
    padded = np.vstack([matrix, np.full((1, 2), np.nan)])  # row -1: no point
    shown_points = padded[rows_shown]
    shown_codes = np.append(codes, np.int8(NO_QUADRANT))[rows_shown]
    columns = PointColumns(
        tuple(account_id for account_id, *_ in rows),
        shown_points[:, 0].copy(),
        shown_points[:, 1].copy(),
        shown_codes,
    )
    return Portfolio(
        filters=filters,
        accounts=len(rows),
        tiers=tuple(tiers),
        unscored=unscored,
        sales=tuple(sales for _, sales, _, _ in rows),
        columns=columns,
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


__all__ = [
    "Mover",
    "PointColumns",
    "Portfolio",
    "PortfolioFilters",
    "TierTotals",
    "ValuePoint",
    "portfolio",
]
