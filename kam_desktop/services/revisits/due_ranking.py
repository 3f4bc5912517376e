"""The due list's top accounts ranked by tier × days overdue, without reading the whole list.

The Today page shows a handful of due accounts; on a big book two thirds of the accounts are
due, and reading all of them from the due cache costs about a second. When the cache holds the
day asked for, the accounts' cached ``next_due_on`` (the earliest due reason, decisions
applied) and ``value_tier`` pick the candidates with one small query per tier; only their
lines of the due list are then read (``due_list`` with ``account_ids``) and ranked again on
what they say now (a decision synced in since the cache was computed). Without a cache for
the day the whole list is computed, as ``due_list`` would.

The rank is the visit plan's (``visit_plan.proposals``): tier weight × (days overdue + 1).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import BookMeta
from kam_desktop.domain.enums import ValueTier
from kam_desktop.services.revisits.due_cache import CACHE_STAMP, cache_stamp
from kam_desktop.services.revisits.due_items import DueItem, stored_settings
from kam_desktop.services.revisits.revisits import due_list

HORIZON_DAYS = 7  # the due list's default horizon: the cache is computed for it
TIER_WEIGHTS = {ValueTier.PLATINUM: 4, ValueTier.GOLD: 3, ValueTier.IRON: 2, ValueTier.LEAD: 1}
_DAY = itemgetter(2)  # a row's next_due_on, ISO text: sorts as the date
_SPARE = 3  # candidates per place asked for: a decision may have hidden some since the cache


def tier_weight(tier: ValueTier | None) -> int:
    """A tier's weight in the ranking; an unscored account weighs like lead."""
    return TIER_WEIGHTS.get(tier, 1) if tier is not None else 1


def due_rank(item: DueItem) -> int:
    """Tier weight × (days overdue + 1): a revisit due this week still ranks by its tier."""
    return tier_weight(item.tier) * (item.overdue_days + 1)


@dataclass(frozen=True)
class RankedDue:
    """The top due accounts, highest rank first, and how many are due in all."""

    top: tuple[DueItem, ...]
    due_count: int  # accounts due by today + the horizon
    overdue_count: int  # of which due before today


def ranked_due(
    book: Book, today: date, *, limit: int = 10, owners: Collection[str] | None = None
) -> RankedDue:
    """The ``limit`` due accounts of highest rank (of ``owners`` if given), for ``today`` in
    this computer's zone, and the counts of due and overdue accounts."""
    with book.sessions() as s:
        settings = stored_settings(s)
        stamp = s.scalar(select(BookMeta.value).where(BookMeta.key == CACHE_STAMP))
        fresh = stamp == cache_stamp(today, HORIZON_DAYS, settings, None)
        if fresh:
            candidates, due_count, overdue_count = _from_columns(s, today, limit, owners)
    if not fresh:
        items = due_list(book, today, owners=owners, horizon_days=HORIZON_DAYS)
        overdue = sum(1 for i in items if i.due_on < today)
        return RankedDue(_top(items, limit), len(items), overdue)
    items = []
    if candidates:
        items = due_list(book, today, account_ids=candidates, horizon_days=HORIZON_DAYS)
    return RankedDue(_top(items, limit), due_count, overdue_count)


def _top(items: list[DueItem], limit: int) -> tuple[DueItem, ...]:
    ranked = sorted(
        items, key=lambda i: (-due_rank(i), i.due_on, i.account_code or "", i.account_name)
    )
    return tuple(ranked[:limit])


def _from_columns(
    s: Session, today: date, limit: int, owners: Collection[str] | None
) -> tuple[list[str], int, int]:
    """Candidate ids (the highest ranks by the cached columns) and the due and overdue
    counts, from one scan of the accounts' cached due columns. Read as plain stored values
    (ISO dates, tier codes) and ranked in Python: the account table has no index on these
    columns, and a second scan, or a window function's sort, costs more than these rows."""
    horizon = (today + timedelta(days=HORIZON_DAYS)).isoformat()
    sql = "SELECT id, value_tier, next_due_on FROM account WHERE deleted_at IS NULL"
    sql += " AND next_due_on IS NOT NULL AND next_due_on <= ?"
    params: list[object] = [horizon]
    if owners is not None:
        sql += f" AND owner IN ({', '.join('?' * len(owners))})"
        params += list(owners)
    # Plain DB-API tuples: SQLAlchemy's row objects would cost as much as the scan itself.
    rows = s.connection().exec_driver_sql(sql, tuple(params)).cursor.fetchall()
    # Within a tier the rank grows with the days overdue: each tier's earliest are the
    # candidates (``due_list`` then ranks them exactly).
    by_tier: dict[str | None, list[Any]] = defaultdict(list)
    for row in rows:
        by_tier[row[1]].append(row)
    wanted = limit * _SPARE
    ids = [r[0] for found in by_tier.values() for r in heapq.nsmallest(wanted, found, _DAY)]
    first = today.isoformat()
    return ids, len(rows), sum(1 for r in rows if r[2] < first)
