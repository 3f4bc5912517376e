"""SPIN: the seeded question bank, and notes from the visits up to each account's SPIN reach."""

from __future__ import annotations

import random
from datetime import timedelta

from kam_desktop.db.models import SpinNote, SpinQuestion
from kam_desktop.domain.enums import Grade, SpinStage, VisitPurpose
from kam_desktop.domain.spin.spin_questions import SEED_QUESTIONS
from kam_desktop.services.demo.common import uuid_for
from kam_desktop.services.demo.portfolio import Portfolio


def make_spin_notes(pf: Portfolio) -> None:
    """The seeded SPIN questions, then notes spread over each account's conversations."""
    rng = random.Random(f"kam-demo/spin/{pf.today.isoformat()}")
    for position, question in enumerate(SEED_QUESTIONS):
        pf.add(
            SpinQuestion,
            pf.book_created,
            id=uuid_for(f"spin_question/{position + 1}"),
            stage=question.stage,
            text_zh=question.zh,
            text_en=question.en,
            seeded=True,
            position=sum(1 for q in SEED_QUESTIONS[:position] if q.stage == question.stage),
        )
    stages = list(SpinStage)
    for acct in pf.accounts:
        talks = [
            v
            for v in acct.visits
            if v.done and v.attendees and v.purpose != VisitPurpose.HOLIDAY_GREETING
        ]
        if not talks or not acct.spin_reach:
            continue
        reach = stages[: acct.spin_reach]
        per_stage = 3 if acct.grade == Grade.A else 2
        for k, stage in enumerate(reach):
            lo = k * len(talks) // len(reach)
            hi = max((k + 1) * len(talks) // len(reach), lo + 1)
            segment = talks[lo:hi]
            pairs = rng.sample(pf.data.spin[stage.value], rng.randint(1, per_stage))
            picks = sorted(rng.choices(segment, k=len(pairs)), key=lambda v: v.start)
            for (question, answer), visit in zip(pairs, picks, strict=True):
                who = rng.choice(visit.attendees)
                pf.add(
                    SpinNote,
                    visit.start + timedelta(hours=5),
                    account_id=acct.id,
                    visit_id=visit.id,
                    contact_id=who.id,
                    stage=stage,
                    question=question,
                    answer=pf.text(rng, answer, acct, who),
                    confirmed=rng.random() < (0.7 if stage == SpinStage.NEED_PAYOFF else 0.3),
                    noted_on=visit.day,
                )
