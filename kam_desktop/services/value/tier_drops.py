"""The live accounts whose value tier dropped in the latest snapshot month, for the Today page's
"slipping accounts".

``snapshot_history.tier_movers`` reads two whole months into Python to find movers up and
down; this asks SQLite for the drops only (one join on the snapshots' unique
``(account_id, month, model_id)`` index), the most valuable first, and their count.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import String, and_, case, func, select, type_coerce
from sqlalchemy.orm import aliased

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, ValueSnapshot
from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value import lifecycle
from kam_desktop.domain.value.movers import TIER_RANK
from kam_desktop.services.value.snapshots import default_model_id, of_model


@dataclass(frozen=True)
class TierDrop:
    """One account whose tier fell from ``from_tier`` (the month before) to ``to_tier``."""

    account_id: str
    code: str | None
    name: str
    month: str  # the latest snapshot month, 'YYYY-MM'
    from_tier: ValueTier
    to_tier: ValueTier


def tier_drops(book: Book, limit: int = 10) -> tuple[list[TierDrop], int]:
    """Up to ``limit`` drops (highest tier before first, then the biggest fall), and how many
    accounts dropped in all. Nothing when fewer than two months were snapshot."""
    with book.sessions() as s:
        conn = s.connection()
        model = default_model_id(conn)
        latest = conn.scalar(select(func.max(ValueSnapshot.month)).where(of_model(model)))
        if latest is None:
            return [], 0
        before = lifecycle.shift_month(latest, -1)
        now, then = ValueSnapshot, aliased(ValueSnapshot)
        # Tiers are stored as their codes; compared as text (the column's type is not applied
        # to a CASE's keys).
        ranks = {str(t.code): r for t, r in TIER_RANK.items()}
        rank_now = case(ranks, value=type_coerce(now.tier, String))
        rank_then = case(ranks, value=type_coerce(then.tier, String))
        joined = (
            select()
            .select_from(now)
            .join(
                then,
                and_(
                    then.account_id == now.account_id,
                    then.month == before,
                    then.model_id.is_not_distinct_from(model),
                ),
            )
            .join(Account, Account.id == now.account_id)
            .where(
                now.month == latest,
                of_model(model),
                Account.deleted_at.is_(None),
                rank_now < rank_then,
            )
        )
        total = conn.scalar(joined.add_columns(func.count())) or 0
        rows = conn.execute(
            joined.add_columns(Account.id, Account.code, Account.name, then.tier, now.tier)
            .order_by(rank_then.desc(), (rank_then - rank_now).desc(), Account.code, Account.id)
            .limit(limit)
        ).all()
    drops = [
        TierDrop(account_id, code, name, latest, from_tier, to_tier)
        for account_id, code, name, from_tier, to_tier in rows
    ]
    return drops, int(total)
