"""A group's value summed over its tree (issue 12, point 4): a parent account with its
subsidiaries and their plants (``account.parent_id``), read with one recursive query.

Sums skip missing figures (no data is not zero): a total is ``None`` only when no account of
the tree has the figure.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import literal, select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.domain.enums import ValueTier
from kam_desktop.services.book.planner_hints import rare


@dataclass(frozen=True)
class GroupRollup:
    """The tree under (and including) one account; ``members`` counts the live accounts."""

    members: int
    sales_12m: float | None
    tier_mix: dict[ValueTier, int]
    unscored: int
    map_gaps: int

    @property
    def is_group(self) -> bool:
        return self.members > 1


def group_rollup(book: Book, account_id: str) -> GroupRollup:
    tree = (
        select(Account.id, literal(0).label("depth"))
        .where(Account.id == account_id)
        .cte("tree", recursive=True)
    )
    child = select(Account.id, (tree.c.depth + 1).label("depth")).join(
        tree,
        rare(Account.parent_id == tree.c.id),  # through ix_account_parent_id
    )
    tree = tree.union(child.where(tree.c.depth < 50))  # a cycle cannot be saved; bounded anyway
    query = select(Account.sales_12m, Account.value_tier, Account.map_gap_count).where(
        Account.id.in_(select(tree.c.id)), Account.deleted_at.is_(None)
    )
    with book.sessions() as s:
        rows = s.execute(query).all()
    sales = [r.sales_12m for r in rows if r.sales_12m is not None]
    tiers = Counter(r.value_tier for r in rows if r.value_tier is not None)
    return GroupRollup(
        members=len(rows),
        sales_12m=round(sum(sales), 2) if sales else None,
        tier_mix={tier: tiers.get(tier, 0) for tier in ValueTier},
        unscored=sum(1 for r in rows if r.value_tier is None),
        map_gaps=sum(r.map_gap_count or 0 for r in rows),
    )
