"""Relationship history: how each contact's level and attitude got where they are, and why."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kam_desktop.db.models import RelationshipChange
from kam_desktop.services.demo.common import at
from kam_desktop.services.demo.portfolio import Portfolio


def make_relationship_history(pf: Portfolio) -> None:
    """Each known contact's climb to its level, with setbacks and attitude changes."""
    rng = random.Random(f"kam-demo/relationships/{pf.today.isoformat()}")
    reasons = pf.data.accounts["relationship_reasons"]
    for acct in pf.accounts:
        for p in acct.contacts:
            first = p.first_met
            if not p.level or first is None:
                continue
            path = list(range(1, p.level + 1))
            if p.level < 5 and acct.trend in ("declining", "lapsed", "lost") and rng.random() < 0.5:
                path = [*range(1, p.level + 2), p.level]  # climbed higher, then slid back
            elif p.level >= 3 and rng.random() < 0.12:
                path = [*range(1, p.level + 1), p.level - 1, p.level]  # a dip, recovered
            met = [(v.day, v.id) for v in acct.visits if v.done and p in v.attendees]
            moments = _moments(pf, rng, first, met, len(path))
            previous = 0
            for level, (day, visit_id) in zip(path, moments, strict=True):
                if level > previous:
                    reason = rng.choice(reasons["up"][str(level)])
                else:
                    reason = rng.choice(reasons["down"])
                pf.add(
                    RelationshipChange,
                    at(day, 19),
                    contact_id=p.id,
                    changed_on=day,
                    aspect="level",
                    from_value=previous,
                    to_value=level,
                    reason=pf.text(rng, reason, acct, p),
                    visit_id=visit_id,
                )
                previous = level
            if p.attitude != 0 and rng.random() < 0.35 and len(moments) > 1:
                before = p.attitude - (1 if p.attitude > 0 else -1)
                day, visit_id = moments[-1]
                key = "attitude_up" if p.attitude > before else "attitude_down"
                pf.add(
                    RelationshipChange,
                    at(day, 19, 30),
                    contact_id=p.id,
                    changed_on=day,
                    aspect="attitude",
                    from_value=before,
                    to_value=p.attitude,
                    reason=rng.choice(reasons[key]),
                    visit_id=visit_id,
                )


def _moments(
    pf: Portfolio, rng: random.Random, first: date, met: list[tuple[date, str]], count: int
) -> list[tuple[date, str | None]]:
    """``count`` distinct, increasing dates from ``first``: visits where possible."""
    by_day: dict[date, str | None] = {}
    for day, visit_id in met:
        by_day.setdefault(day, visit_id)
    by_day.setdefault(first, None)
    later = sorted(d for d in by_day if d > first)
    span = max((pf.today - first).days - 1, 1)
    while len(later) < count - 1:
        day = first + timedelta(days=rng.randint(1, span))
        if day not in by_day and day < pf.today:
            by_day[day] = None
            later.append(day)
        if len(by_day) > span:
            break
    later = sorted(rng.sample(sorted(later), min(count - 1, len(later))))
    days = [first, *later]
    while len(days) < count:  # only when the span is shorter than the climb
        days.append(days[-1])
    return [(d, by_day[d]) for d in days]
