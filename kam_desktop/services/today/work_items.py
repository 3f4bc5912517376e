"""The Today page's work items: planned visits of today and overdue, next steps due, open
complaints. Each is a count and the first rows, read with ``LIMIT`` (a big book has thousands of
open complaints; the page shows a dozen)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Select, String, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from kam_desktop.db.models import Account, Complaint, NextStep, Visit
from kam_desktop.domain.enums import ComplaintSeverity, ComplaintStatus, VisitStatus
from kam_desktop.services.today.model import (
    AccountRef,
    OpenComplaint,
    PlannedVisit,
    Section,
    StepDue,
)
from kam_desktop.services.visits.visit_queries import local_day_range

_ACCOUNT = (Account.id, Account.code, Account.name, Account.value_tier)
_SEVERITY_RANK = {s: i for i, s in enumerate(reversed(list(ComplaintSeverity)))}  # critical: 0


def _ref(row: tuple[object, ...]) -> AccountRef:
    account_id, code, name, tier = row[:4]
    return AccountRef(account_id, code, name, tier)  # type: ignore[arg-type]


def _count(s: Session, stmt: Select) -> int:  # type: ignore[type-arg]
    return int(s.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def planned_visits(s: Session, today: date, limit: int) -> tuple[Section[PlannedVisit], int, int]:
    """Today's planned visits by time, then those planned before today and never logged, the
    latest first; with the counts of each."""
    day_start, day_end = local_day_range(today)
    base = (
        select(*_ACCOUNT, Visit.id.label("visit_id"), Visit.planned_start, Visit.method,
               Visit.purpose, Visit.objectives)
        .join(Account, Account.id == Visit.account_id)
        .where(Visit.status == VisitStatus.PLANNED, Visit.deleted_at.is_(None),
               Account.deleted_at.is_(None))
    )  # fmt: skip
    todays = base.where(Visit.planned_start >= day_start, Visit.planned_start < day_end)
    overdue = base.where(Visit.planned_start < day_start)
    n_today, n_overdue = _count(s, todays), _count(s, overdue)
    rows = list(s.execute(todays.order_by(Visit.planned_start, Visit.id).limit(limit)))
    if len(rows) < limit:
        order = (Visit.planned_start.desc(), Visit.id)
        rows += s.execute(overdue.order_by(*order).limit(limit - len(rows)))
    items = tuple(
        PlannedVisit(
            visit_id=r.visit_id,
            account=_ref(r),
            planned_start=r.planned_start,
            method=r.method,
            purpose=r.purpose,
            objectives=r.objectives,
            overdue_days=max(0, (today - _local_day(r.planned_start)).days),
        )
        for r in rows
    )
    return Section(items, n_today + n_overdue), n_today, n_overdue


def _local_day(moment: datetime) -> date:
    return moment.replace(tzinfo=moment.tzinfo or UTC).astimezone().date()


def steps_due(s: Session, today: date, limit: int) -> Section[StepDue]:
    """Open next steps due today or before, the oldest first (the count in the same query)."""
    stmt = (
        select(*_ACCOUNT, NextStep.id.label("step_id"), NextStep.visit_id, NextStep.text,
               NextStep.due_on, func.count().over().label("total"))
        .join(Account, Account.id == NextStep.account_id)
        .outerjoin(Visit, Visit.id == NextStep.visit_id)
        .where(NextStep.deleted_at.is_(None), NextStep.done.is_(False),
               NextStep.due_on <= today, Account.deleted_at.is_(None),
               or_(NextStep.visit_id.is_(None), Visit.deleted_at.is_(None)))
        .order_by(NextStep.due_on, Account.name, NextStep.id)
        .limit(limit)
    )  # fmt: skip
    found = s.execute(stmt).all()
    items = tuple(
        StepDue(r.step_id, _ref(r), r.visit_id, r.text, r.due_on, (today - r.due_on).days)
        for r in found
    )
    return Section(items, found[0].total if found else 0)


def open_complaints(s: Session, today: date, limit: int) -> Section[OpenComplaint]:
    """Open complaints, the most severe first, then the oldest (the count in the same query)."""
    severity = case(
        {str(level.code): rank for level, rank in _SEVERITY_RANK.items()},
        value=type_coerce(Complaint.severity, String),
        else_=len(_SEVERITY_RANK),
    )
    stmt = (
        select(*_ACCOUNT, Complaint.id.label("complaint_id"), Complaint.visit_id,
               Complaint.category, Complaint.severity, Complaint.opened_on,
               Complaint.description, func.count().over().label("total"))
        .join(Account, Account.id == Complaint.account_id)
        .outerjoin(Visit, Visit.id == Complaint.visit_id)
        .where(Complaint.deleted_at.is_(None), Complaint.status == ComplaintStatus.OPEN,
               Account.deleted_at.is_(None),
               or_(Complaint.visit_id.is_(None), Visit.deleted_at.is_(None)))
        .order_by(severity, Complaint.opened_on, Account.name, Complaint.id)
        .limit(limit)
    )  # fmt: skip
    found = s.execute(stmt).all()
    items = tuple(
        OpenComplaint(r.complaint_id, _ref(r), r.visit_id, r.category, r.severity,
                      r.opened_on, max(0, (today - r.opened_on).days), r.description)
        for r in found
    )  # fmt: skip
    return Section(items, found[0].total if found else 0)
