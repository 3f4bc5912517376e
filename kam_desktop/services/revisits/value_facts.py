"""The value snapshots the falling-value alert reads (DOMAIN §7.3, TurboCRM's 及时发现价值下降的
客户), for the whole book at once.

One query reads the default value model's snapshots of the latest snapshot month and the
falling rule's months before it (the same snapshots the account list's "Value falling" filter
judges, ``services.value.snapshot_history.falling_accounts``); the rule itself is
``domain.value.movers``. Only the accounts whose value is falling keep their history: the
revisit rules work out the reason and the rep's decisions from it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy.engine import Connection

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.revisits.revisit_rules import DueRules
from kam_desktop.domain.value.lifecycle import shift_month
from kam_desktop.domain.value.movers import HistoryEntry, falling
from kam_desktop.services.revisits import sqlite_queries as sql
from kam_desktop.services.revisits.sqlite_queries import Scope
from kam_desktop.services.value.snapshots import default_model_id

_TIERS: Mapping[object, ValueTier | None] = {**{t.value: t for t in ValueTier}, None: None}


def falling_histories(
    conn: Connection, rules: DueRules, scope: Scope
) -> dict[str, tuple[HistoryEntry, ...]]:
    """Account id -> its recent snapshots, for the accounts whose value is falling as of the
    book's latest snapshot month (those without a snapshot that month are not judged)."""
    model_id = default_model_id(conn)
    latest = sql.latest_snapshot_month(conn, model_id)
    if latest is None:
        return {}
    rule = rules.falling_rule
    first = shift_month(latest, -rule.months)
    histories: defaultdict[str, list[HistoryEntry]] = defaultdict(list)
    tiers = _TIERS
    for account_id, month, score, tier in sql.value_snapshots(conn, model_id, first, latest, scope):
        histories[account_id].append((month, score, tiers.get(tier)))
    return {
        account_id: tuple(history)
        for account_id, history in histories.items()
        if history[-1][0] == latest and falling(history, rule)  # rows come oldest month first
    }


__all__ = ["falling_histories"]
