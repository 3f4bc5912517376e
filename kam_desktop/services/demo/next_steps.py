"""Next steps closed when done: followed up at the account's next visit, or done on time.

A next step (后续行动) stays open only while nothing has happened since it was agreed: the
account's next done visit followed it up (closed that day), and one overdue with no visit since
was done without a visit (closed near its due day) unless the rep is behind on that account and
the step is recent. What stays open is due ahead, or overdue at an account the rep is behind on.
"""

from __future__ import annotations

import bisect
import zlib
from collections.abc import Collection
from datetime import date, timedelta
from typing import Any

from kam_desktop.db.models import NextStep
from kam_desktop.services.demo.common import at
from kam_desktop.services.demo.portfolio import Portfolio

#: No demo step stays open longer than this past its due day, even where the rep is behind.
STALE_DAYS = 30


def close_done_steps(pf: Portfolio, behind: Collection[str] | None = None) -> None:
    """Close the steps that are done. ``behind``: the accounts the rep is behind on (their recent
    overdue steps stay open); None while that is not known yet (every recent one stays open)."""
    made_on = {v.id: v.day for a in pf.accounts for v in a.visits}
    done_days = {
        a.id: sorted({v.day for v in a.visits if v.done and v.day < pf.today}) for a in pf.accounts
    }
    stale = pf.today - timedelta(days=STALE_DAYS)
    for row in pf.rows.get(NextStep, []):
        if row["done"]:
            continue
        made = made_on[row["visit_id"]]
        days = done_days[row["account_id"]]
        later = bisect.bisect_right(days, made)
        if later < len(days):
            _close(row, days[later])
        elif row["due_on"] < pf.today and (
            row["due_on"] < stale or (behind is not None and row["account_id"] not in behind)
        ):
            _close(row, _on_time(pf, row, made))


def _on_time(pf: Portfolio, row: dict[str, Any], made: date) -> date:
    """Around the due day (a stable jitter from the step's id), never before it was agreed."""
    jitter = zlib.crc32(row["id"].encode()) % 4 - 2
    day = pf.workday(row["due_on"] + timedelta(days=jitter), forward=False)
    return min(max(day, made), pf.today - timedelta(days=1))


def _close(row: dict[str, Any], day: date) -> None:
    row["done"] = True
    row["done_on"] = day
    row["updated_at"] = max(row["created_at"], at(day, 18))
    row["revision"] = 2
