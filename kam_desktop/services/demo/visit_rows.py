"""The visit rows: plans, preparation, outcomes, attendees, next steps and SPIN questions."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from kam_desktop.db.models import NextStep, Visit, VisitAttendee, VisitQuestion
from kam_desktop.domain.enums import SpinStage, VisitMethod, VisitPurpose, VisitStatus
from kam_desktop.domain.spin.spin_questions import SEED_QUESTIONS
from kam_desktop.services.demo.common import at, uuid_for, weighted
from kam_desktop.services.demo.model import Acct, Person, VisitEvent
from kam_desktop.services.demo.portfolio import Portfolio


def visit_rows(pf: Portfolio, rng: random.Random, visit: VisitEvent) -> None:
    """Write the visit's row, its attendees, next steps and (when planned) SPIN questions."""
    acct = visit.account
    texts = pf.data.visits["purposes"][visit.purpose.value]
    who = visit.attendees[0] if visit.attendees else None

    def say(options: list[str]) -> str:
        return pf.text(rng, rng.choice(options), acct, who, visit.festival or "春节")

    planned = visit.status == VisitStatus.PLANNED
    in_person = visit.method == VisitMethod.IN_PERSON
    end = visit.start + timedelta(minutes=visit.minutes)
    plan_ahead = timedelta(days=rng.randint(2, 14), hours=rng.randint(1, 8))
    created = min(visit.start - plan_ahead, at(pf.today, 8) - timedelta(hours=2))
    updated = created
    row: dict[str, Any] = {
        "id": visit.id,
        "account_id": acct.id,
        "owner": acct.owner,
        "planned_start": visit.start,
        "planned_end": end,
        "done_at": None,
        "status": visit.status,
        "method": visit.method,
        "purpose": visit.purpose,
        "colleagues": None,
        "objectives": None,
        "expected_result": None,
        "preparation": None,
        "materials": [],
        "outcome": None,
        "notes": None,
        "satisfaction": None,
        "next_visit_on": visit.next_visit_on,
        "address": acct.place["address"] if in_person else None,
        "travel_notes": None,
    }
    if planned or in_person or rng.random() < 0.4:
        row["objectives"] = say(texts["objectives"])
        row["expected_result"] = say(texts["expected_results"])
    if in_person and (planned or rng.random() < 0.3):
        prep = rng.sample(pf.data.visits["planned"]["preparation"], 2)
        row["preparation"] = "\n".join(pf.text(rng, p, acct, who) for p in prep)
        items = rng.sample(pf.data.visits["planned"]["materials"], rng.randint(3, 5))
        row["materials"] = [
            {"item": item, "done": not planned or rng.random() < 0.4} for item in items
        ]
        row["travel_notes"] = _travel(pf, rng, acct)
    if in_person and (
        visit.purpose in (VisitPurpose.NEEDS_RESEARCH, VisitPurpose.SOLUTION_DEMO)
        or rng.random() < 0.2
    ):
        row["colleagues"] = rng.choice(pf.data.people["our_colleagues"])
    if visit.done:
        row["done_at"] = end + timedelta(minutes=rng.randint(-10, 25))
        outcomes = texts["outcomes"] if in_person else texts.get("remote_outcomes")
        row["outcome"] = say(outcomes or texts["outcomes"])
        row["notes"] = say(texts["notes"]) if rng.random() < 0.75 else None
        if visit.satisfaction is None and rng.random() < 0.7:
            visit.satisfaction = weighted(rng, ((5, 35), (4, 45), (3, 15), (2, 5)))
        row["satisfaction"] = visit.satisfaction
        updated = row["done_at"] + timedelta(hours=rng.randint(1, 30))
        _next_steps(pf, rng, visit, texts["next_steps"], who)
    elif visit.status != VisitStatus.PLANNED:
        kind = visit.status.value
        if visit.status == VisitStatus.MISSED and not in_person:
            kind = "missed_remote"
        reasons = pf.data.visits["status_reasons"][kind]
        row["notes"] = pf.text(rng, rng.choice(reasons), acct, who)
        updated = visit.start - timedelta(hours=rng.randint(2, 40))
    updated = min(max(updated, created), at(pf.today, 7))
    pf.add(Visit, created, updated, **row)
    for person in visit.attendees:
        pf.add(VisitAttendee, created, visit_id=visit.id, contact_id=person.id)
    if planned:
        _visit_questions(pf, rng, visit, created)


def _travel(pf: Portfolio, rng: random.Random, acct: Acct) -> str:
    home = pf.data.geography["home_base"]
    notes = pf.data.geography["travel_notes"]
    if acct.place["city"] == home["city"]:
        kind = "same_city"
    elif acct.place["province"] == home["province"]:
        kind = "same_province"
    else:
        kind = "far"
    return rng.choice(notes[kind]).format(
        minutes=rng.choice((20, 30, 40, 50)), hours=rng.choice((1, 1.5, 2, 3, 4))
    )


def _next_steps(
    pf: Portfolio, rng: random.Random, visit: VisitEvent, options: list[str], who: Person | None
) -> None:
    if rng.random() > 0.65:
        return
    acct = visit.account
    for text in rng.sample(options, 2 if rng.random() < 0.15 else 1):
        due = visit.day + timedelta(days=rng.randint(3, 20))
        age = (pf.today - due).days
        done = rng.random() < (0.985 if age > 30 else 0.85 if age > 5 else 0.4 if age > 0 else 0.1)
        done_on = None
        if done:
            done_on = pf.workday(due + timedelta(days=rng.randint(-4, 3)), forward=False)
            done_on = min(max(done_on, visit.day), pf.today - timedelta(days=1))
        owner = acct.owner
        if rng.random() < 0.15:
            owner = rng.choice(pf.data.people["our_colleagues"]).split(" ")[-1]
        pf.add(
            NextStep,
            visit.start + timedelta(hours=4),
            at(done_on, 18) if done_on else None,
            visit_id=visit.id,
            account_id=acct.id,
            text=pf.text(rng, text, acct, who),
            owner=owner,
            due_on=due,
            done=done,
            done_on=done_on,
        )


def _visit_questions(
    pf: Portfolio, rng: random.Random, visit: VisitEvent, created: datetime
) -> None:
    stages = list(SpinStage)
    stage = stages[min(visit.account.spin_reach, len(stages) - 1)]
    bank = [i for i, q in enumerate(SEED_QUESTIONS) if q.stage == stage]
    for position, index in enumerate(rng.sample(bank, rng.randint(2, 4))):
        pf.add(
            VisitQuestion,
            created,
            visit_id=visit.id,
            question_id=uuid_for(f"spin_question/{index + 1}"),
            position=position,
        )
