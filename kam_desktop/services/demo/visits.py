"""Visits: 18 months of history, festival greetings and follow-ups.

Runs the visits phase; its rows (and the contact rows, which need the visits) are written at
its end. The visits that answer the due list and the weeks ahead are made once the book is
scored (``catch_up``, ``week_ahead``).
"""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

from kam_desktop.domain.enums import (
    AccountStatus,
    Grade,
    SalesStage,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.services.demo.common import weighted
from kam_desktop.services.demo.contact_rows import contact_rows
from kam_desktop.services.demo.follow_ups import reschedule_and_complaints
from kam_desktop.services.demo.model import FUNNEL, Acct, funnel_reach
from kam_desktop.services.demo.next_steps import close_done_steps
from kam_desktop.services.demo.portfolio import HISTORY_DAYS, Portfolio
from kam_desktop.services.demo.visit_events import new_visit, pick_method, visit_span
from kam_desktop.services.demo.visit_rows import visit_rows

_CUSTOMER_PURPOSES = (
    (VisitPurpose.REVISIT, 34),
    (VisitPurpose.AFTER_SALES, 26),
    (VisitPurpose.NEEDS_RESEARCH, 8),
    (VisitPurpose.SOLUTION_DEMO, 8),
    (VisitPurpose.NEGOTIATION, 8),
    (VisitPurpose.CONTRACT, 3),
)


def make_visits(pf: Portfolio) -> None:
    """Past, follow-up and planned visits, then the visit and contact rows."""
    rng = random.Random(f"kam-demo/visits/{pf.today.isoformat()}")
    for acct in pf.accounts:
        _past_visits(pf, rng, acct)
    reschedule_and_complaints(pf, rng)
    for acct in pf.accounts:
        acct.visits.sort(key=lambda v: v.start)
        for visit, following in itertools.pairwise(acct.visits):
            gap = (following.day - visit.day).days
            if visit.done and 0 < gap <= 60 and rng.random() < 0.4:
                visit.next_visit_on = visit.next_visit_on or following.day
    for visit in sorted((v for a in pf.accounts for v in a.visits), key=lambda v: v.start):
        visit_rows(pf, rng, visit)
    close_done_steps(pf)
    contact_rows(pf, random.Random(f"kam-demo/contacts/{pf.today.isoformat()}"))


def _past_visits(pf: Portfolio, rng: random.Random, acct: Acct) -> None:
    start, end = visit_span(pf, acct)
    if end <= start:
        return
    base = {Grade.A: (12, 18), Grade.B: (7, 11), Grade.C: (4, 7), Grade.D: (2, 4)}
    low, high = base[acct.grade]
    if acct.status == AccountStatus.PROSPECT:
        low, high = 2, 3 + acct.spin_reach
    elif acct.status in (AccountStatus.DORMANT, AccountStatus.LOST):
        low, high = 3, 5
    share = (end - start).days / HISTORY_DAYS
    count = max(2, round(rng.randint(low, high) * max(share, 0.35)))
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    days = [d for d in days if pf.is_workday(d)]
    chosen = sorted(rng.sample(days, min(count, len(days))))
    funnel_end = acct.first_order if acct.trend == "new" else None
    reached = funnel_reach(acct)
    pre = [
        d
        for d in chosen
        if acct.status == AccountStatus.PROSPECT or (funnel_end and d < funnel_end)
    ]
    for i, day in enumerate(chosen):
        if day in pre:
            steps = reached if acct.status == AccountStatus.PROSPECT else len(FUNNEL)
            purpose = FUNNEL[min(i * steps // max(len(pre), 1), steps - 1)]
        elif (
            acct.sales_stage in (SalesStage.EVALUATION, SalesStage.BID_CONTRACT)
            and (pf.today - day).days < 120
        ):
            purpose = rng.choice(
                (
                    VisitPurpose.NEEDS_RESEARCH,
                    VisitPurpose.SOLUTION_DEMO,
                    VisitPurpose.NEGOTIATION,
                )
            )
        else:
            purpose = weighted(rng, _CUSTOMER_PURPOSES)
        method = pick_method(pf, rng, acct, purpose)
        missed = 4 if method == VisitMethod.IN_PERSON else 1  # a trip can fail on the way
        status = weighted(
            rng,
            (
                (VisitStatus.DONE, 86),
                (VisitStatus.CANCELLED, 5),
                (VisitStatus.RESCHEDULED, 5),
                (VisitStatus.MISSED, missed),
            ),
        )
        if i == 0 or purpose == VisitPurpose.CONTRACT:
            status = VisitStatus.DONE
        new_visit(pf, rng, acct, day, purpose, status, first=i < 2, method=method)
    if acct.status == AccountStatus.DORMANT and rng.random() < 0.6:
        day = pf.workday(pf.today - timedelta(days=rng.randint(10, 60)))
        if day < pf.today:
            new_visit(pf, rng, acct, day, VisitPurpose.REVISIT, VisitStatus.DONE)
    _greetings(pf, rng, acct, start, end)


def _greetings(pf: Portfolio, rng: random.Random, acct: Acct, start: date, end: date) -> None:
    if acct.status == AccountStatus.PROSPECT:
        return
    if acct.grade not in (Grade.A, Grade.B) and rng.random() > 0.3:
        return
    festivals = ("春节", "中秋节", "端午节") if acct.grade == Grade.A else ("春节", "中秋节")
    chance = 0.7 if acct.grade == Grade.A else 0.45
    for (_, name), day in sorted(pf.festivals.items(), key=lambda kv: kv[1]):
        if name not in festivals:
            continue
        visit_day = pf.workday(day - timedelta(days=rng.randint(2, 9)), forward=False)
        if start <= visit_day <= end and rng.random() < chance:
            visit = new_visit(
                pf, rng, acct, visit_day, VisitPurpose.HOLIDAY_GREETING, VisitStatus.DONE
            )
            visit.festival = name
