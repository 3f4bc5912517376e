"""An account's history as the plan prints it: the last done visits, the open next steps and
the open complaints. Plain column selects in the caller's session (no ORM object returned).
"""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kam_desktop.db.models import Complaint, NextStep, Visit
from kam_desktop.domain.enums import ComplaintStatus, VisitStatus
from kam_desktop.domain.visits.visit_fields import local_date
from kam_desktop.services.visit_plan.model import OpenComplaint, OpenNextStep, PastVisit

LAST_VISITS = 3


def last_done_visits(
    s: Session, account_id: str, limit: int = LAST_VISITS
) -> tuple[PastVisit, ...]:
    """The account's newest live done visits, newest first."""
    when = func.coalesce(Visit.done_at, Visit.planned_start)
    rows = s.execute(
        select(
            Visit.id,
            when.label("at"),
            Visit.done_at,
            Visit.planned_start,
            Visit.method,
            Visit.purpose,
            Visit.outcome,
            Visit.satisfaction,
        )
        .where(
            Visit.account_id == account_id,
            Visit.deleted_at.is_(None),
            Visit.status == VisitStatus.DONE,
        )
        .order_by(when.desc(), Visit.id.desc())
        .limit(limit)
    )
    return tuple(
        PastVisit(
            id=r.id,
            day=local_date(r.done_at or r.planned_start),
            method=r.method,
            purpose=r.purpose,
            outcome=r.outcome,
            satisfaction=r.satisfaction,
        )
        for r in rows
    )


def open_next_steps(s: Session, account_id: str) -> tuple[OpenNextStep, ...]:
    """The account's open next steps (of live visits, or of none), oldest due date first."""
    rows = s.execute(
        select(NextStep.id, NextStep.text, NextStep.due_on, NextStep.owner)
        .outerjoin(Visit, Visit.id == NextStep.visit_id)
        .where(
            NextStep.account_id == account_id,
            NextStep.deleted_at.is_(None),
            NextStep.done.is_(False),
            or_(NextStep.visit_id.is_(None), Visit.deleted_at.is_(None)),
        )
        .order_by(NextStep.due_on, NextStep.id)
    )
    return tuple(OpenNextStep(*r) for r in rows)


def open_complaints(s: Session, account_id: str) -> tuple[OpenComplaint, ...]:
    """The account's open complaints (of live visits, or of none), oldest first."""
    rows = s.execute(
        select(
            Complaint.id,
            Complaint.category,
            Complaint.severity,
            Complaint.opened_on,
            Complaint.description,
        )
        .outerjoin(Visit, Visit.id == Complaint.visit_id)
        .where(
            Complaint.account_id == account_id,
            Complaint.deleted_at.is_(None),
            Complaint.status == ComplaintStatus.OPEN,
            or_(Complaint.visit_id.is_(None), Visit.deleted_at.is_(None)),
        )
        .order_by(Complaint.opened_on, Complaint.id)
    )
    return tuple(OpenComplaint(*r) for r in rows)
