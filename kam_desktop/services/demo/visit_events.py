"""One visit being made: when the account is visited, how, for how long, and who attends."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kam_desktop.domain.enums import VisitMethod, VisitPurpose, VisitStatus
from kam_desktop.services.demo.common import at, uuid_for, weighted
from kam_desktop.services.demo.model import Acct, Person, VisitEvent
from kam_desktop.services.demo.portfolio import Portfolio

_PREFERRED = {
    VisitPurpose.NEGOTIATION: {"decider", "buyer", "finance"},
    VisitPurpose.CONTRACT: {"decider", "buyer"},
    VisitPurpose.AFTER_SALES: {"technical", "user"},
    VisitPurpose.COMPLAINT_HANDLING: {"technical", "user", "buyer"},
    VisitPurpose.NEEDS_RESEARCH: {"technical", "user"},
    VisitPurpose.SOLUTION_DEMO: {"technical", "decider"},
    VisitPurpose.HOLIDAY_GREETING: {"decider", "technical"},
}

#: When visits start: business hours on the rep's clock, none over lunch.
BUSINESS_STARTS = ((9, 0), (9, 30), (10, 0), (10, 30), (14, 0), (14, 30), (15, 0), (15, 30),
                   (16, 0))  # fmt: skip


def visit_span(pf: Portfolio, acct: Acct) -> tuple[date, date]:
    """The days the account's history of visits can cover."""
    start = max(pf.history_start, acct.engaged_from or pf.history_start)
    end = pf.today - timedelta(days=1)
    if acct.lapse:
        end = min(end, acct.lapse + timedelta(days=45 if acct.trend == "lapsed" else 30))
    return start, end


def new_visit(
    pf: Portfolio,
    rng: random.Random,
    acct: Acct,
    day: date,
    purpose: VisitPurpose,
    status: VisitStatus,
    *,
    first: bool = False,
    method: VisitMethod | None = None,
    slot: tuple[int, int, int] | None = None,
) -> VisitEvent:
    """Add a visit to the account: its length, time of day and attendees. ``slot`` (hour,
    minute, longest minutes) fixes when it starts and caps its length (a planned day's visits
    must not overlap)."""
    if method is None:
        method = pick_method(pf, rng, acct, purpose)
    minutes = {
        VisitMethod.IN_PERSON: rng.choice((60, 90, 90, 120)),
        VisitMethod.VIDEO: rng.choice((45, 60, 90)),
        VisitMethod.EMAIL: 15,
    }.get(method, rng.choice((15, 20, 30, 40)))
    if slot is None:
        hour, minute = rng.choice(BUSINESS_STARTS)
    else:
        hour, minute, longest = slot
        minutes = min(minutes, longest)
    visit = VisitEvent(
        id=uuid_for(f"visit/{acct.index + 1}/{len(acct.visits) + 1}"),
        account=acct,
        start=at(day, hour, minute),
        minutes=minutes,
        status=status,
        purpose=purpose,
        method=method,
        attendees=_attendees(pf, rng, acct, purpose, method, first),
    )
    acct.visits.append(visit)
    return visit


def pick_method(
    pf: Portfolio, rng: random.Random, acct: Acct, purpose: VisitPurpose
) -> VisitMethod:
    """How the rep gets in touch: far accounts and greetings are less often in person."""
    home = pf.data.geography["home_base"]
    far = acct.place["province"] != home["province"]
    if purpose == VisitPurpose.HOLIDAY_GREETING:
        options = (
            (VisitMethod.IN_PERSON, 45),
            (VisitMethod.WECHAT, 35),
            (VisitMethod.PHONE, 20),
        )
    elif purpose in (VisitPurpose.REVISIT, VisitPurpose.AFTER_SALES):
        options = ((VisitMethod.IN_PERSON, 40 if far else 60), (VisitMethod.PHONE, 25),
                   (VisitMethod.WECHAT, 18), (VisitMethod.VIDEO, 10),
                   (VisitMethod.EMAIL, 7))  # fmt: skip
    elif purpose == VisitPurpose.FIRST_VISIT:
        options = ((VisitMethod.IN_PERSON, 70), (VisitMethod.PHONE, 12),
                   (VisitMethod.EVENT, 10), (VisitMethod.VIDEO, 8))  # fmt: skip
    else:
        options = ((VisitMethod.IN_PERSON, 65 if far else 85), (VisitMethod.VIDEO, 20),
                   (VisitMethod.PHONE, 8))  # fmt: skip
    return weighted(rng, options)


def _attendees(
    pf: Portfolio,
    rng: random.Random,
    acct: Acct,
    purpose: VisitPurpose,
    method: VisitMethod,
    first: bool,
) -> list[Person]:
    known = [p for p in acct.contacts if p.level >= 1]
    if first:
        known = known[:2]
    if not known:
        return []
    wanted = 1
    if method in (VisitMethod.IN_PERSON, VisitMethod.VIDEO, VisitMethod.EVENT):
        wanted = weighted(rng, ((1, 55), (2, 33), (3, 12)))
    preferred = _PREFERRED.get(purpose, set())
    pool = list(known)
    picked: list[Person] = []
    while pool and len(picked) < wanted:
        weights = [(3 if p.persona in preferred else 1) * (1 + p.level / 2) for p in pool]
        person = rng.choices(pool, weights=weights)[0]
        pool.remove(person)
        picked.append(person)
    return picked
