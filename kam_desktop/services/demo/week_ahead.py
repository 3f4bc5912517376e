"""The rep's calendar ahead: a planned week (2-4 visits a working day, some today), a lighter
week after it, and a few past visits the rep planned but has not logged.

Planned after the rep has worked the due list (``catch_up``): revisits coming due are planned
on their day, some of the accounts the rep is behind on get a catch-up visit today or soon, and
the rest of the days are filled with sales visits (prospects in the funnel, A and B customers).
Visits start at business hours on the rep's clock and a day's visits never overlap.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta

from kam_desktop.domain.enums import (
    AccountStatus,
    Grade,
    RevisitRule,
    ValueTier,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.services.demo.common import at, weighted
from kam_desktop.services.demo.model import FUNNEL, Acct, VisitEvent, funnel_reach
from kam_desktop.services.demo.portfolio import Portfolio
from kam_desktop.services.demo.visit_events import new_visit
from kam_desktop.services.demo.visit_rows import visit_rows
from kam_desktop.services.revisits.due_items import DueItem

WEEK = 7  # days planned in full, today first
#: When a planned visit may start, and how long it may last so the next slot stays free.
SLOTS = ((9, 0, 90), (10, 30, 90), (14, 0, 90), (15, 30, 90))
_PURPOSE = {
    RevisitRule.AFTER_ORDER: VisitPurpose.AFTER_SALES,
    RevisitRule.COMPLAINT_OPENED: VisitPurpose.COMPLAINT_HANDLING,
    RevisitRule.HOLIDAY: VisitPurpose.HOLIDAY_GREETING,
    RevisitRule.BIRTHDAY: VisitPurpose.HOLIDAY_GREETING,
}  # every other rule: a revisit (回访)
_TIER_RANK = {tier: i for i, tier in enumerate(ValueTier)}
_Request = tuple[date, Acct, VisitPurpose]


def plan_week(pf: Portfolio, due: Sequence[DueItem], behind: Collection[str]) -> None:
    """Plan the coming two weeks and leave a few past planned visits unlogged."""
    rng = random.Random(f"kam-demo/week/{pf.today.isoformat()}")
    cal = _Calendar(pf)
    wanted = _wanted(pf, rng)
    for day in wanted:
        wanted[day] -= len(cal.busy.get(day, []))  # complaint visits planned already
    by_id = {a.id: a for a in pf.accounts}
    for day, acct, purpose in _requests(pf, rng, due, behind, by_id):
        for offset in range(3):  # on its day or up to two days later
            when = day + timedelta(days=offset)
            remote = not pf.is_workday(when)
            if wanted.get(when, 0) > 0 and cal.book(rng, when, acct, purpose, remote=remote):
                wanted[when] -= 1
                break
    fillers = [
        a
        for a in pf.accounts
        if (a.status == AccountStatus.CUSTOMER and a.grade in (Grade.A, Grade.B))
        or (a.status == AccountStatus.PROSPECT and a.spin_reach >= 2)
    ]
    for day in sorted(wanted):
        while wanted[day] > 0:
            free = [a for a in fillers if a.id not in cal.accounts]
            if not free:
                break
            acct = rng.choice(free)
            purpose = _sales_purpose(rng, acct)
            if not cal.book(rng, day, acct, purpose, remote=not pf.is_workday(day)):
                break
            wanted[day] -= 1
    _unlogged(pf, rng, cal, [by_id[i] for i in sorted(behind)])
    for visit in cal.made:
        visit_rows(pf, rng, visit)


def _wanted(pf: Portfolio, rng: random.Random) -> dict[date, int]:
    """How many visits each day ahead should hold: 2-4 a working day this week, some today
    (one call even on a day off), 0-2 a working day the week after."""
    wanted: dict[date, int] = {}
    for i in range(2 * WEEK):
        day = pf.today + timedelta(days=i)
        if pf.is_workday(day):
            wanted[day] = rng.randint(2, 4) if i < WEEK else rng.randint(0, 2)
    wanted[pf.today] = rng.randint(2, 3) if pf.is_workday(pf.today) else 1
    return wanted


def _requests(
    pf: Portfolio,
    rng: random.Random,
    due: Sequence[DueItem],
    behind: Collection[str],
    by_id: dict[str, Acct],
) -> list[_Request]:
    """What the due list asks for, most pressing first: catch-up visits for half the accounts
    the rep is behind on (higher tiers first), then the revisits coming due, on their day."""
    late = sorted(
        (i for i in due if i.account_id in behind),
        key=lambda i: (_TIER_RANK.get(i.tier, len(_TIER_RANK)), -i.overdue_days, i.account_id),
    )  # fmt: skip
    asks = [
        (pf.today, by_id[i.account_id], _purpose(i.reasons[0].rule))
        for i in late[: (len(late) + 1) // 2]
    ]
    coming = sorted(
        (r.due_on, _TIER_RANK.get(i.tier, len(_TIER_RANK)), i.account_id, r.rule)
        for i in due
        if i.account_id not in behind
        for r in i.reasons[:1]
        if r.due_on >= pf.today
    )
    asks += [(day, by_id[account], _purpose(rule)) for day, _, account, rule in coming]
    return asks


def _purpose(rule: RevisitRule) -> VisitPurpose:
    return _PURPOSE.get(rule, VisitPurpose.REVISIT)


def _sales_purpose(rng: random.Random, acct: Acct) -> VisitPurpose:
    if acct.status == AccountStatus.PROSPECT:
        return FUNNEL[min(funnel_reach(acct), len(FUNNEL) - 1)]
    return weighted(
        rng,
        (
            (VisitPurpose.REVISIT, 40),
            (VisitPurpose.AFTER_SALES, 20),
            (VisitPurpose.NEGOTIATION, 15),
            (VisitPurpose.SOLUTION_DEMO, 15),
            (VisitPurpose.NEEDS_RESEARCH, 10),
        ),
    )


def _unlogged(pf: Portfolio, rng: random.Random, cal: _Calendar, behind: list[Acct]) -> None:
    """Two or three visits of the last working days still planned: the rep has not logged them
    (at accounts the rep is behind on: nothing was done there)."""
    days = [pf.today - timedelta(days=i) for i in range(1, 9)]
    days = [d for d in days if pf.is_workday(d)]
    free = [a for a in behind if a.id not in cal.accounts]
    for acct in rng.sample(free, min(rng.randint(2, 3), len(free))):
        for day in rng.sample(days, len(days)):  # the first day with a free slot
            if cal.book(rng, day, acct, VisitPurpose.REVISIT, remote=False):
                break


class _Calendar:
    """The rep's planned days: which slots are taken, and the visits planned here."""

    def __init__(self, pf: Portfolio) -> None:
        self.pf = pf
        self.busy: dict[date, list[tuple[datetime, datetime]]] = {}
        self.accounts: set[str] = set()
        self.made: list[VisitEvent] = []
        for acct in pf.accounts:
            for v in acct.visits:
                end = v.start + timedelta(minutes=v.minutes)
                self.busy.setdefault(v.day, []).append((v.start, end))
                if v.status == VisitStatus.PLANNED and v.day >= pf.today:
                    self.accounts.add(acct.id)

    def book(
        self, rng: random.Random, day: date, acct: Acct, purpose: VisitPurpose, *, remote: bool
    ) -> bool:
        """Plan a visit in a free slot of ``day``; False when the account or the day is full."""
        if acct.id in self.accounts:
            return False
        free = [
            s
            for s in SLOTS
            if not any(
                at(day, s[0], s[1]) < end and start < at(day, s[0], s[1]) + timedelta(minutes=s[2])
                for start, end in self.busy.get(day, [])
            )
        ]
        if not free:
            return False
        slot = rng.choice(free)
        method = _method(self.pf, rng, acct, purpose, remote)
        visit = new_visit(
            self.pf, rng, acct, day, purpose, VisitStatus.PLANNED, method=method, slot=slot
        )
        end = visit.start + timedelta(minutes=visit.minutes)
        self.busy.setdefault(day, []).append((visit.start, end))
        self.accounts.add(acct.id)
        self.made.append(visit)
        return True


def _method(
    pf: Portfolio, rng: random.Random, acct: Acct, purpose: VisitPurpose, remote: bool
) -> VisitMethod:
    if remote:
        return weighted(rng, ((VisitMethod.PHONE, 60), (VisitMethod.WECHAT, 40)))
    if purpose == VisitPurpose.HOLIDAY_GREETING:
        return weighted(rng, ((VisitMethod.IN_PERSON, 60), (VisitMethod.PHONE, 40)))
    return weighted(
        rng, ((VisitMethod.IN_PERSON, 70), (VisitMethod.VIDEO, 15), (VisitMethod.PHONE, 15))
    )
