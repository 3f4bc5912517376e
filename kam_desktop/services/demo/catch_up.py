"""The rep works the due list: most accounts that fell due were visited, a few are behind.

The history is drawn account by account, blind to the revisit rules, so as drawn nearly every
account would be overdue. Once the book is written and scored, the build hands this phase the due
list the app shows (the book's own rules over the scored tiers), and the rep answers it: each
overdue account gets a revisit on or soon after its latest overdue day, late enough that its visit
cadence is not due again by today. A few accounts are left behind (about one in seven, as a busy
rep's list shows): two gold or platinum accounts badly overdue, the others a few days late.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from kam_desktop.domain.enums import RevisitRule, ValueTier, VisitPurpose, VisitStatus
from kam_desktop.domain.revisits.revisit_settings import RevisitSettings
from kam_desktop.services.demo.model import Acct
from kam_desktop.services.demo.portfolio import Portfolio
from kam_desktop.services.demo.visit_events import new_visit
from kam_desktop.services.demo.visit_rows import visit_rows
from kam_desktop.services.revisits.due_items import DueItem

BEHIND_SHARE = 0.14  # of all accounts, left overdue
HIGH_BEHIND = 2  # of them, gold or platinum accounts badly overdue ...
BADLY = (10, 45)  # ... by this many days
SLIGHTLY = 14  # the others at most this many days
_HIGH = (ValueTier.PLATINUM, ValueTier.GOLD)


def catch_up(pf: Portfolio, due: Sequence[DueItem], settings: RevisitSettings) -> set[str]:
    """Visit the overdue accounts but a few; return the ids of those left behind."""
    rng = random.Random(f"kam-demo/catch-up/{pf.today.isoformat()}")
    overdue = [item for item in due if item.overdue_days > 0]
    behind = left_behind(rng, overdue, len(pf.accounts))
    by_id = {a.id: a for a in pf.accounts}
    for item in overdue:
        if item.account_id not in behind:
            _revisit(pf, rng, by_id[item.account_id], item, settings)
    return behind


def left_behind(rng: random.Random, overdue: Sequence[DueItem], accounts: int) -> set[str]:
    """The accounts the rep has not got round to: a few high-tier ones badly overdue, the rest
    (next steps left open more likely than not among them) slightly."""
    wanted = max(1, round(accounts * BEHIND_SHARE))
    high = [
        i for i in overdue if i.tier in _HIGH and BADLY[0] <= i.overdue_days <= BADLY[1]
    ]  # fmt: skip
    chosen = rng.sample(high, min(HIGH_BEHIND, len(high)))
    rest = [i for i in overdue if i not in chosen and i.overdue_days <= SLIGHTLY]
    weights = [3.0 if RevisitRule.NEXT_STEP_OVERDUE in i.rules else 1.0 for i in rest]
    while rest and len(chosen) < wanted:
        pick = rng.choices(range(len(rest)), weights=weights)[0]
        chosen.append(rest.pop(pick))
        del weights[pick]
    return {i.account_id for i in chosen}


def _revisit(
    pf: Portfolio, rng: random.Random, acct: Acct, item: DueItem, settings: RevisitSettings
) -> None:
    """A done revisit covering everything overdue (a revisit satisfies every rule)."""
    latest = max(r.due_on for r in item.reasons if r.overdue_days > 0)
    earliest = latest
    cadence = settings.cadence(item.tier, item.grade)
    if cadence is not None:  # not due again by today
        earliest = max(earliest, pf.today - timedelta(days=cadence - 2))
    yesterday = pf.today - timedelta(days=1)
    day = min(max(latest + timedelta(days=rng.randint(0, 3)), earliest), yesterday)
    day = _workday_within(pf, day, earliest, yesterday)
    visit = new_visit(pf, rng, acct, day, VisitPurpose.REVISIT, VisitStatus.DONE)
    visit_rows(pf, rng, visit)


def _workday_within(pf: Portfolio, day: date, earliest: date, latest: date) -> date:
    """A working day near ``day`` within the bounds; ``day`` itself (a weekend call) if none."""
    for candidate in (pf.workday(day, forward=False), pf.workday(day)):
        if earliest <= candidate <= latest:
            return candidate
    return day
