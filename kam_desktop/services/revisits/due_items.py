"""The due list computed from the book: one ``DueItem`` per due account, in list order.

Shared by the due list (``services.revisits``) and the due cache (``services.due_cache``), which
stores what this computes.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kam_desktop.db.models import Setting
from kam_desktop.domain.enums import Grade, RevisitRule, ValueTier
from kam_desktop.domain.revisits.due_revisit import DueRevisit
from kam_desktop.domain.revisits.revisit_rules import DueRules
from kam_desktop.domain.revisits.revisit_settings import (
    DEFAULT_SETTINGS,
    SETTINGS_KEY,
    RevisitSettings,
    settings_from_json,
)
from kam_desktop.services.revisits.revisit_facts import AccountHeader, gather_facts

_TIER_RANK = {tier: i for i, tier in enumerate(ValueTier)}


@dataclass(frozen=True)
class DueItem:
    """One account on the due list, with every reason it is due (earliest first)."""

    account_id: str
    account_code: str | None
    account_name: str
    tier: ValueTier | None
    grade: Grade | None
    owner: str | None
    due_on: date  # the earliest reason's
    reasons: tuple[DueRevisit, ...]

    @property
    def overdue_days(self) -> int:
        return max(r.overdue_days for r in self.reasons)

    @property
    def rules(self) -> tuple[RevisitRule, ...]:
        """The distinct rules behind it, in the order of the reasons."""
        return tuple(dict.fromkeys(r.rule for r in self.reasons))


def resolve_today(today: date | None, tz: tzinfo | None) -> date:
    return today or (datetime.now(tz).date() if tz is not None else date.today())


def computed_due(
    conn: Connection,
    rules: DueRules,
    owners: Collection[str] | None,
    account_ids: Collection[str] | None,
    tz: tzinfo | None,
) -> list[DueItem]:
    items = []
    for header, facts in gather_facts(conn, rules, owners=owners, account_ids=account_ids, tz=tz):
        due = rules(facts)
        if due:
            items.append(_item(header, due))
    items.sort(key=item_order)
    return items


@contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # Re-enabled as is, the next allocation would scan all of them at once (~0.1 s on
            # the bench book). Freezing and unfreezing moves them to the oldest generation
            # (two list splices), where they are scanned with the other long-lived objects.
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _item(header: AccountHeader, due: list[DueRevisit]) -> DueItem:
    return DueItem(
        header.id,
        header.code,
        header.name,
        header.tier,
        header.grade,
        header.owner,
        due[0].due_on,
        tuple(due),
    )


def item_order(item: DueItem) -> tuple[Any, ...]:
    rank = _TIER_RANK[item.tier] if item.tier is not None else len(_TIER_RANK)
    return item.due_on, rank, item.account_code or "", item.account_name


def stored_settings(s: Session) -> RevisitSettings:
    value = s.scalar(
        select(Setting.value).where(Setting.key == SETTINGS_KEY, Setting.deleted_at.is_(None))
    )
    if value is None:
        return DEFAULT_SETTINGS
    return settings_from_json(value, strict=False)
