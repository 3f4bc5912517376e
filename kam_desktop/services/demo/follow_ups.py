"""Visits that went wrong: rescheduled ones held again, complaints and the visits handling them."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kam_desktop.db.models import Complaint
from kam_desktop.domain.enums import (
    AccountStatus,
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintStatus,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.services.demo.common import at, weighted
from kam_desktop.services.demo.model import VisitEvent
from kam_desktop.services.demo.portfolio import Portfolio
from kam_desktop.services.demo.visit_events import new_visit

OPEN = 2  # complaints still open: the newest ones


def reschedule_and_complaints(pf: Portfolio, rng: random.Random) -> None:
    """Hold rescheduled visits again; raise complaints on some visits, mostly troubled ones."""
    for acct in pf.accounts:
        for visit in list(acct.visits):
            if visit.status != VisitStatus.RESCHEDULED:
                continue
            day = pf.workday(visit.day + timedelta(days=rng.randint(2, 9)))
            if day < pf.today:
                again = new_visit(
                    pf, rng, acct, day, visit.purpose, VisitStatus.DONE, method=visit.method
                )
                again.attendees = list(visit.attendees)
                visit.next_visit_on = day
    candidates = [
        v
        for a in pf.accounts
        if a.status != AccountStatus.PROSPECT
        for v in a.visits
        if v.done and v.purpose in (VisitPurpose.REVISIT, VisitPurpose.AFTER_SALES)
    ]
    weights = [
        (3 if v.account.trend in ("declining", "lapsed", "lost") else 1)
        * (5 if (pf.today - v.day).days < 50 else 1)  # some still being handled
        for v in candidates
    ]
    raised: list[VisitEvent] = []
    while len(raised) < 30 and candidates:
        visit = rng.choices(candidates, weights=weights)[0]
        i = candidates.index(visit)
        del candidates[i], weights[i]
        raised.append(visit)
    raised.sort(key=lambda v: v.start)
    for visit in raised:
        _complaint(pf, rng, visit, still_open=visit in raised[-OPEN:])  # the newest are open


def _complaint(pf: Portfolio, rng: random.Random, visit: VisitEvent, *, still_open: bool) -> None:
    category = weighted(
        rng,
        (
            (ComplaintCategory.PRODUCT_QUALITY, 30),
            (ComplaintCategory.DELIVERY, 25),
            (ComplaintCategory.SERVICE_STAFF, 20),
            (ComplaintCategory.PRICE, 15),
            (ComplaintCategory.OTHER, 10),
        ),
    )
    severity = weighted(
        rng,
        (
            (ComplaintSeverity.LOW, 25),
            (ComplaintSeverity.MEDIUM, 40),
            (ComplaintSeverity.HIGH, 25),
            (ComplaintSeverity.CRITICAL, 10),
        ),
    )
    texts = pf.data.visits["complaints"][category.value]
    k = rng.randrange(len(texts["descriptions"]))
    opened = visit.day
    resolved: date | None = None
    if not still_open:  # resolved in 2-35 days; a recent one by yesterday
        resolved = pf.workday(opened + timedelta(days=rng.randint(2, 35)))
        last = pf.workday(pf.today - timedelta(days=1), forward=False)
        resolved = max(opened, min(resolved, last))
    visit.satisfaction = rng.randint(1, 3)
    pf.add(
        Complaint,
        visit.start + timedelta(hours=3),
        at(resolved, 17) if resolved else None,
        visit_id=visit.id,
        account_id=visit.account.id,
        category=category,
        severity=severity,
        status=ComplaintStatus.OPEN if still_open else ComplaintStatus.RESOLVED,
        opened_on=opened,
        resolved_on=resolved,
        description=pf.text(rng, texts["descriptions"][k], visit.account, None),
        resolution=texts["resolutions"][min(k, len(texts["resolutions"]) - 1)]
        if resolved
        else None,
    )
    handle_day = pf.workday(opened + timedelta(days=rng.randint(1, 5)))
    if rng.random() < 0.8:
        done = handle_day < pf.today
        again = new_visit(
            pf,
            rng,
            visit.account,
            handle_day,
            VisitPurpose.COMPLAINT_HANDLING,
            VisitStatus.DONE if done else VisitStatus.PLANNED,
        )
        again.attendees = list(visit.attendees)
        again.satisfaction = rng.randint(2, 4) if done else None
