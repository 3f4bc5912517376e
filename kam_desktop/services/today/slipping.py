"""Slipping accounts for the Today page: tier dropped in the latest snapshot month, lifecycle
in decline, contact-map gaps at platinum and gold accounts.

Read from what the daily refresh keeps: the value snapshots (``value.tier_drops``), and the
accounts' cached ``lifecycle_stage``, ``map_gaps`` and ``value_tier``. The book keeps no history
of map gaps, so "gaps" means the gaps the map has now, at the accounts that matter most.
Merged into one list: the more valuable the account (before a drop: the tier it had), the
higher; within a tier, a drop before a decline before gaps.
"""

from __future__ import annotations

import heapq
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.domain.contacts.coverage import GapKind
from kam_desktop.domain.enums import LifecycleStage, ValueTier
from kam_desktop.services.revisits.due_ranking import tier_weight
from kam_desktop.services.today.model import AccountRef, Section, SlipKind, SlippingAccount
from kam_desktop.services.value.tier_drops import tier_drops

GAP_TIERS = (ValueTier.PLATINUM, ValueTier.GOLD)  # map gaps listed for these tiers only
_KIND_ORDER = {kind: i for i, kind in enumerate(SlipKind)}


def slipping_accounts(
    book: Book, limit: int
) -> tuple[Section[SlippingAccount], dict[SlipKind, int]]:
    """The first ``limit`` slipping accounts and the count of each kind (an account of two
    kinds is a row, and a count, of each: each row says one thing to act on)."""
    drops, n_drops = tier_drops(book, limit)
    found = [
        SlippingAccount(
            AccountRef(d.account_id, d.code, d.name, d.to_tier),
            SlipKind.TIER_DROPPED,
            from_tier=d.from_tier,
        )
        for d in drops
    ]
    with book.sessions() as s:
        declining, n_declining, gaps, n_gaps = _declining_and_gaps(s, limit)
    found += declining + gaps

    def order(item: SlippingAccount) -> tuple[int, int]:
        tier = item.from_tier if item.kind is SlipKind.TIER_DROPPED else item.account.tier
        return -tier_weight(tier), _KIND_ORDER[item.kind]

    listed = sorted(found, key=order)  # stable: each kind's own order within a tier
    by_kind = {SlipKind.TIER_DROPPED: n_drops, SlipKind.DECLINING: n_declining,
               SlipKind.MAP_GAPS: n_gaps}  # fmt: skip
    return Section(tuple(listed[:limit]), sum(by_kind.values())), by_kind


def _ref(row: Any) -> AccountRef:
    return AccountRef(row.id, row.code, row.name, row.value_tier)


def _declining_and_gaps(
    s: Session, limit: int
) -> tuple[list[SlippingAccount], int, list[SlippingAccount], int]:
    """Accounts in decline (the most valuable tier first, then by sales) and platinum and
    gold accounts whose map has gaps (the higher tier and more gaps first), with their
    counts: one scan of the account table for both (no index on these cached columns; each
    scan costs ~0.1 s at 100,000 accounts), reading only the columns that rank them, then
    the names of those shown."""
    decline, gap_tiers = str(LifecycleStage.DECLINE.code), [str(t.code) for t in GAP_TIERS]
    found = (
        s.connection()
        .exec_driver_sql(
            "SELECT id, value_tier, sales_12m, lifecycle_stage, map_gap_count FROM account"
            " WHERE deleted_at IS NULL AND (lifecycle_stage = ? OR (map_gap_count > 0"
            " AND value_tier IN (?, ?)))",
            (decline, *gap_tiers),
        )
        .cursor.fetchall()  # plain DB-API tuples: cheaper than row objects
    )
    weights = {str(t.code): tier_weight(t) for t in ValueTier}
    declining = [r for r in found if r[3] == decline]
    gapped = [r for r in found if r[1] in gap_tiers and (r[4] or 0) > 0]
    top_declining = heapq.nsmallest(
        limit, declining, key=lambda r: (-weights.get(r[1], 1), -(r[2] or 0.0), r[0])
    )
    top_gapped = heapq.nsmallest(limit, gapped, key=lambda r: (-weights[r[1]], -r[4], r[0]))
    shown = {r[0] for r in (*top_declining, *top_gapped)}
    rows = {
        r.id: r
        for r in s.execute(
            select(Account.id, Account.code, Account.name, Account.value_tier,
                   Account.sales_12m, Account.map_gaps).where(Account.id.in_(sorted(shown)))
        )
    }  # fmt: skip
    return (
        [SlippingAccount(_ref(rows[r[0]]), SlipKind.DECLINING, sales_12m=rows[r[0]].sales_12m)
         for r in top_declining],
        len(declining),
        [SlippingAccount(_ref(rows[r[0]]), SlipKind.MAP_GAPS, gaps=_gaps(rows[r[0]].map_gaps),
                         sales_12m=rows[r[0]].sales_12m)
         for r in top_gapped],
        len(gapped),
    )  # fmt: skip


def _gaps(codes: object) -> tuple[GapKind, ...]:
    if not isinstance(codes, list):
        return ()
    return tuple(kind for kind in (GapKind.parse(c) for c in codes) if kind is not None)
