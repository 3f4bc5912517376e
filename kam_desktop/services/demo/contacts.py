"""Contacts: each account's org chart, where each person stands with the rep, influence links.

The contact rows themselves are written later (``contact_rows``), once the visits say when
each person was first and last met.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from kam_desktop.db.models import ContactLink
from kam_desktop.domain.enums import AccountStatus, Grade
from kam_desktop.services.demo.common import uuid_for, weighted
from kam_desktop.services.demo.model import Acct, Person
from kam_desktop.services.demo.portfolio import Portfolio


def make_contacts(pf: Portfolio) -> None:
    """Each account's people, their standing, its contact-map gap, a few influence links."""
    rng = random.Random("kam-demo/contacts")
    big = [a for a in pf.accounts if a.grade == Grade.A and a.is_customer_now]
    showcase = {a.index for a in big[:5]}
    for acct in pf.accounts:
        org = (
            pf.data.roles["group_org"]
            if acct.is_group
            else pf.data.roles["orgs"][acct.industry["org"]]
        )
        _people(pf, rng, acct, org, _contact_count(pf, rng, acct, acct.index in showcase))
        _apply_gap(pf, rng, acct)
    _links(pf, rng)


def _contact_count(pf: Portfolio, rng: random.Random, acct: Acct, showcase: bool) -> int:
    if showcase:
        return rng.randint(10, 13)
    if acct.status == AccountStatus.PROSPECT:
        return rng.randint(1, 2) + (acct.spin_reach >= 2) + (acct.spin_reach >= 3)
    if acct.status != AccountStatus.CUSTOMER:
        return rng.randint(2, 3)
    low, high = {Grade.A: (6, 10), Grade.B: (3, 6), Grade.C: (2, 4), Grade.D: (1, 3)}[acct.grade]
    return rng.randint(low, high)


def _people(
    pf: Portfolio, rng: random.Random, acct: Acct, org: list[dict[str, Any]], count: int
) -> None:
    chosen: list[dict[str, Any]] = []
    for i, node in enumerate(org):
        if len(chosen) >= count:
            break
        if acct.gap == "no_decision" and node["level"] == "decision":
            continue
        if i >= 2 and rng.random() < 0.2:
            continue
        chosen.append(node)
    for node in org:  # the skipped ones, when the count still falls short
        if len(chosen) >= count:
            break
        if node not in chosen and not (acct.gap == "no_decision" and node["level"] == "decision"):
            chosen.append(node)
    by_key = {node["key"]: node for node in org}
    people: dict[str, Person] = {}
    taken: set[str] = set()
    for node in chosen:
        person = _person(pf, rng, acct, node, taken)
        people[node["key"]] = person
        acct.contacts.append(person)
    for person in acct.contacts:
        boss = person.node["under"]
        while boss is not None and boss not in people:
            boss = by_key[boss]["under"]
        person.reports_to = people[boss] if boss else None


def _person(
    pf: Portfolio, rng: random.Random, acct: Acct, node: dict[str, Any], taken: set[str]
) -> Person:
    people = pf.data.people
    senior = node["level"] == "decision" or node["influence"] == "high"
    older = senior or (node["level"] == "influence" and rng.random() < 0.5)
    male = rng.random() < (0.75 if senior else 0.55)
    names = people["given_names"]["male" if male else "female"]["older" if older else "younger"]
    surnames = people["surnames"]
    while True:
        surname = weighted(rng, [((s[0], s[1]), s[2]) for s in surnames])
        given = rng.choice(names)
        if surname[0] + given[0] not in taken:
            break
    taken.add(surname[0] + given[0])
    person = Person(
        id=uuid_for(f"contact/{acct.index + 1}/{len(acct.contacts) + 1}"),
        account=acct,
        node=node,
        name=surname[0] + given[0],
        pinyin=(surname[1], given[1]),
        older=older,
        influence=node["influence"],
    )
    person.level, person.attitude = _standing(pf, rng, acct, node)
    return person


def _standing(
    pf: Portfolio, rng: random.Random, acct: Acct, node: dict[str, Any]
) -> tuple[int, int]:
    level = node["level"]
    if acct.status == AccountStatus.CUSTOMER:
        low, high = {"decision": (2, 4), "influence": (2, 5), "execution": (1, 4)}[level]
        if acct.grade == Grade.A and level == "decision":
            low, high = 3, 5
        attitudes: tuple[tuple[int, int], ...] = ((2, 20), (1, 40), (0, 30), (-1, 10))
    elif acct.status == AccountStatus.PROSPECT:
        low, high = (1, 3) if acct.spin_reach >= 2 else (0, 2)
        attitudes = ((1, 25), (0, 55), (-1, 20))
    elif acct.status == AccountStatus.DORMANT:
        low, high = 1, 3
        attitudes = ((1, 20), (0, 50), (-1, 30))
    else:
        low, high = 0, 2
        attitudes = ((0, 40), (-1, 45), (-2, 15))
    rel = rng.randint(low, high)
    if node["key"] == "chairman" and not acct.is_group:
        rel = min(rel, 1)  # owners stay distant; the rep works through the general manager
    attitude = weighted(rng, attitudes)
    if rel >= 4:
        attitude = max(attitude, 1)
    elif rel <= 1:
        attitude = min(attitude, 0)
    return rel, attitude


def _apply_gap(pf: Portfolio, rng: random.Random, acct: Acct) -> None:
    people = acct.contacts
    if not people:
        return
    people[0].level = max(people[0].level, 1)  # someone always knows the rep
    deciders = [p for p in people if p.node["level"] == "decision" and p.node["key"] != "chairman"]
    kdm = deciders[0] if deciders else None
    if kdm and not (acct.status == AccountStatus.PROSPECT and acct.spin_reach < 2):
        kdm.is_kdm = True
    gap = acct.gap
    if kdm and kdm.is_kdm:
        if gap == "opposed_kdm":
            kdm.attitude = -2 if rng.random() < 0.25 else -1
            kdm.level = min(kdm.level, 2)
        elif gap == "none":
            kdm.attitude = max(kdm.attitude, 1)
            kdm.level = max(kdm.level, 3)
    if gap == "opponent":
        rivals = [p for p in people if not p.is_kdm and p.node["level"] == "influence"]
        if rivals:
            rival = max(rivals, key=lambda p: p.influence == "high")
            rival.influence = "high"
            rival.attitude = -2 if rng.random() < 0.4 else -1
            rival.opponent_plan = rng.choice(pf.data.accounts["opponent_plans"])
    if gap == "single":
        keep = max(people, key=lambda p: p.level)
        for p in people:
            if p is not keep:
                p.level = min(p.level, 2)
    coachable = acct.status == AccountStatus.CUSTOMER or acct.spin_reach >= 2
    if gap not in ("no_coach", "single") and coachable:
        candidates = [
            p
            for p in people
            if not p.is_kdm and p.persona != "decider" and p.attitude >= 0 and p.level >= 1
        ]
        if candidates:
            coach = min(candidates, key=lambda p: (p.depth, -p.level))
            coach.is_coach = True
            coach.attitude = max(coach.attitude, 1)
            coach.level = max(coach.level, 3)
    if gap == "none" and sum(p.level >= 3 for p in people) < 2 and len(people) > 1:
        best = sorted(people, key=lambda p: -p.level)[:2]
        for p in best:
            p.level = max(p.level, 3)
    for p in people:
        if p.attitude < 0 and p.level >= 4:
            p.level = 3


def _links(pf: Portfolio, rng: random.Random) -> None:
    notes = pf.data.accounts["contact_links"]
    for acct in pf.accounts:
        if len(acct.contacts) < 5 or rng.random() > 0.45:
            continue
        top = [p for p in acct.contacts if p.node["level"] == "decision"]
        others = [p for p in acct.contacts if p.node["level"] != "decision"]
        if top and others:
            source, target = rng.choice(others), rng.choice(top)
            pf.add(
                ContactLink,
                pf.book_created + timedelta(days=rng.randint(30, 400)),
                from_contact_id=source.id,
                to_contact_id=target.id,
                note=rng.choice(notes),
            )
