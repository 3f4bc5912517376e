"""Reading the stored value snapshots: an account's tier history, the month's tier movers and
the accounts whose value is falling (DOMAIN §7.3). Only the default value model's snapshots
count, as the scorer writes them (``snapshots``); the rules are ``domain.value.movers``.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, ValueSnapshot
from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value import lifecycle, value
from kam_desktop.domain.value.movers import (
    DEFAULT_FALLING_RULE,
    FallingValueRule,
    HistoryEntry,
    Standing,
    TierMove,
    falling,
    tier_moves,
)
from kam_desktop.domain.value.scoring import rank_of
from kam_desktop.domain.value.value import INDICATORS
from kam_desktop.services.book.planner_hints import DELETED_ACCOUNT_IDS
from kam_desktop.services.value.indicator_cache import live_account_count, read_account_row
from kam_desktop.services.value.snapshot_cutoffs import remembered
from kam_desktop.services.value.snapshots import default_model_id, of_model


def tier_history(book: Book, account_id: str) -> list[HistoryEntry]:
    """The account's ``(month, score, tier)`` per snapshot month, oldest first."""
    with book.sessions.begin() as s:
        conn = s.connection()
        stmt = (
            select(ValueSnapshot.month, ValueSnapshot.score, ValueSnapshot.tier)
            .where(ValueSnapshot.account_id == account_id, of_model(default_model_id(conn)))
            .order_by(ValueSnapshot.month)
        )
        return [(month, score, tier) for month, score, tier in conn.execute(stmt)]


def tier_movers(book: Book, month: str) -> list[TierMove[str]]:
    """The live accounts whose tier changed from the month before ``month`` to ``month``,
    biggest moves first."""
    before = lifecycle.shift_month(month, -1)
    tiers = {str(t.code): t for t in ValueTier}
    with book.sessions.begin() as s:
        conn = s.connection()
        # Only the accounts whose tier changed leave SQLite: the two months' rows are joined
        # there through the (account, month, model) index. Reading both months whole and
        # comparing in Python took ~0.9 s at 100,000 accounts.
        deleted = {row[0] for row in conn.exec_driver_sql(DELETED_ACCOUNT_IDS).fetchall()}
        rows = conn.exec_driver_sql(
            "SELECT cur.account_id, prev.score, prev.tier, cur.score, cur.tier "
            "FROM value_snapshot AS cur JOIN value_snapshot AS prev "
            "ON prev.account_id = cur.account_id AND prev.month = ? "
            "AND prev.model_id IS cur.model_id "
            "WHERE cur.month = ? AND cur.model_id IS ? "
            "AND cur.tier IS NOT NULL AND prev.tier IS NOT NULL AND cur.tier <> prev.tier",
            (before, month, default_model_id(conn)),
        ).fetchall()
    previous: dict[str, Standing] = {}
    current: dict[str, Standing] = {}
    for account_id, old_score, old_tier, score, tier in rows:
        if account_id not in deleted:
            previous[account_id] = (old_score, tiers.get(old_tier))
            current[account_id] = (score, tiers.get(tier))
    return tier_moves(previous, current)


def falling_accounts(book: Book, rule: FallingValueRule = DEFAULT_FALLING_RULE) -> set[str]:
    """The live accounts whose value is falling as of the latest snapshot month (accounts
    without a snapshot that month are not judged)."""
    with book.sessions.begin() as s:
        conn = s.connection()
        model = of_model(default_model_id(conn))
        latest = conn.scalar(
            select(ValueSnapshot.month).where(model).order_by(ValueSnapshot.month.desc()).limit(1)
        )
        if latest is None:
            return set()
        stmt = (
            select(
                ValueSnapshot.account_id,
                ValueSnapshot.month,
                ValueSnapshot.score,
                ValueSnapshot.tier,
            )
            .join(Account, Account.id == ValueSnapshot.account_id)
            .where(
                model,
                ValueSnapshot.month.between(lifecycle.shift_month(latest, -rule.months), latest),
                Account.deleted_at.is_(None),
            )
        )
        histories: dict[str, list[HistoryEntry]] = defaultdict(list)
        for account_id, month, score, tier in conn.execute(stmt):
            histories[account_id].append((month, score, tier))
    return {
        account_id
        for account_id, history in histories.items()
        if max(month for month, _, _ in history) == latest and falling(history, rule)
    }


__all__ = ["falling_accounts", "tier_history", "tier_movers"]


def tier_cutoffs(book: Book, months: list[str]) -> dict[str, dict[ValueTier, float]]:
    """Per month, the lowest snapshot score of each tier (the band boundaries the score
    history draws behind an account's line): kept when the month was written, else read."""
    if not months:
        return {}
    with book.sessions.begin() as s:
        conn = s.connection()
        model_id = default_model_id(conn)
        kept = remembered(conn, model_id)
        found: dict[str, dict[ValueTier, float]] = defaultdict(dict)
        for month in months:
            for code, lowest in kept.get(month, {}).items():
                tier = ValueTier.parse(code)
                if tier is not None:
                    found[month][tier] = float(lowest)
        unknown = [month for month in months if month not in kept]
        if unknown:
            stmt = (
                select(ValueSnapshot.month, ValueSnapshot.tier, func.min(ValueSnapshot.score))
                .where(
                    ValueSnapshot.month.in_(unknown),
                    of_model(model_id),
                    ValueSnapshot.tier.is_not(None),
                )
                .group_by(ValueSnapshot.month, ValueSnapshot.tier)
            )
            for month, tier, lowest in conn.execute(stmt):
                if lowest is not None:
                    found[month][tier] = float(lowest)
    return dict(found)


@dataclass(frozen=True)
class IndicatorStanding:
    """An account's indicators in its latest snapshot month as percentile ranks in the book
    (0–100, ``None``: no data), beside the median rank of the accounts of its tier."""

    month: str
    indicators: tuple[str, ...]
    ranks: tuple[float | None, ...]
    tier_medians: tuple[float | None, ...]
    tier: ValueTier | None


def indicator_standing(
    book: Book, account_id: str, today: date | None = None
) -> IndicatorStanding | None:
    """As of ``today``'s month from the indicator cache when it is fresh (milliseconds), else
    from the account's latest snapshot month; ``None`` when the account has no snapshot yet."""
    today = today or date.today()
    with book.sessions.begin() as s:
        conn = s.connection()
        cached = _standing_from_cache(conn, account_id, today)
        if cached is not None:
            return cached
        model = of_model(default_model_id(conn))
        month = conn.scalar(
            select(func.max(ValueSnapshot.month)).where(
                model, ValueSnapshot.account_id == account_id
            )
        )
        if month is None:
            return None
        rows = conn.execute(
            select(ValueSnapshot.account_id, ValueSnapshot.indicators, ValueSnapshot.tier)
            .join(Account, Account.id == ValueSnapshot.account_id)
            .where(model, ValueSnapshot.month == month, Account.deleted_at.is_(None))
        ).all()
    tiers = {row.account_id: row.tier for row in rows}
    tier = tiers.get(account_id)
    names = tuple(INDICATORS)
    ranks_of: dict[str, dict[str, float | None]] = {}
    for name in names:
        values = {row.account_id: _number((row.indicators or {}).get(name)) for row in rows}
        ranks_of[name] = value.percentile_ranks(values)
    ranks = tuple(ranks_of[name].get(account_id) for name in names)
    medians = []
    for name in names:
        peers = [
            r
            for other, r in ranks_of[name].items()
            if r is not None and (tier is None or tiers.get(other) == tier)
        ]
        medians.append(statistics.median(peers) if peers else None)
    return IndicatorStanding(month, names, ranks, tuple(medians), tier)


def _standing_from_cache(
    conn: Connection, account_id: str, today: date
) -> IndicatorStanding | None:
    """From the indicator cache and the tier medians the refresh (or rescore) kept with it:
    one account's ranks are counted, nothing is ranked whole. ``None`` if not fresh."""
    cache = read_account_row(conn, account_id)
    if (
        cache is None
        or cache.tier_medians is None
        or cache.computed_for != today
        or len(cache.matrix) != live_account_count(conn)
    ):
        return None
    tier = conn.scalar(select(Account.value_tier).where(Account.id == account_id))
    medians = cache.tier_medians.get("all" if tier is None else str(tier.code))
    if medians is None or len(medians) != len(INDICATORS):
        return None
    ranks = tuple(
        rank_of(cache.matrix[:, j], float(cache.values[j])) for j in range(len(INDICATORS))
    )
    return IndicatorStanding(
        lifecycle.month_of(today), tuple(INDICATORS), ranks, tuple(medians), tier
    )


def _number(raw: object) -> float | None:
    return float(raw) if isinstance(raw, int | float) and math.isfinite(raw) else None
