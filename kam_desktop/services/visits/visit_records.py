"""The rows behind one visit: reading them into a ``VisitDetail`` and writing a draft back.

Writing replaces the visit's attendees, next steps, complaints and planned questions with the
draft's, soft-deleting the ones it no longer names (tombstones that sync carries). Values are
only assigned when they differ, so an unchanged row keeps its revision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from kam_desktop.db.models import (
    Account,
    Complaint,
    Contact,
    NextStep,
    SpinQuestion,
    Visit,
    VisitAttendee,
    VisitQuestion,
)
from kam_desktop.db.types import utc_now
from kam_desktop.domain.enums import ComplaintStatus, SpinStage, VisitStatus
from kam_desktop.domain.errors import NotFound, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language
from kam_desktop.domain.visits.visit_fields import (
    ComplaintDraft,
    MaterialItem,
    NextStepDraft,
    VisitDraft,
)

_NEXT_STEP = Text("errors", QT_TRANSLATE_NOOP("errors", "next step"))
_COMPLAINT = Text("errors", QT_TRANSLATE_NOOP("errors", "complaint"))


@dataclass(frozen=True)
class Attendee:
    id: str
    name: str
    title: str | None
    email: str | None


@dataclass(frozen=True)
class PlannedQuestion:
    """A question from the bank that the visit means to ask."""

    id: str
    stage: SpinStage
    text_zh: str | None
    text_en: str | None

    def text(self, language: str | None = None) -> str:
        zh = (language or current_language()).startswith("zh")
        first, second = (self.text_zh, self.text_en) if zh else (self.text_en, self.text_zh)
        return first or second or ""


@dataclass(frozen=True)
class VisitDetail:
    """Everything about one visit the form shows, with its sync identity."""

    id: str
    account_id: str
    account_name: str
    account_code: str | None
    draft: VisitDraft
    revision: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    attendees: tuple[Attendee, ...]
    questions: tuple[PlannedQuestion, ...]

    @property
    def status(self) -> VisitStatus:
        return self.draft.status


# --- reading ------------------------------------------------------------------------------------


def _materials(value: Any) -> tuple[MaterialItem, ...]:
    items = []
    for entry in value or ():
        if isinstance(entry, dict) and entry.get("item"):
            items.append(MaterialItem(str(entry["item"]), bool(entry.get("done"))))
    return tuple(items)


def detail(s: Session, v: Visit) -> VisitDetail:
    account = s.execute(select(Account.name, Account.code).where(Account.id == v.account_id)).one()
    attendees = tuple(
        Attendee(*row)
        for row in s.execute(
            select(Contact.id, Contact.name, Contact.title, Contact.email)
            .join(VisitAttendee, VisitAttendee.contact_id == Contact.id)
            .where(VisitAttendee.visit_id == v.id, VisitAttendee.deleted_at.is_(None))
            .order_by(Contact.name, Contact.id)
        )
    )
    questions = tuple(
        PlannedQuestion(*row)
        for row in s.execute(
            select(SpinQuestion.id, SpinQuestion.stage, SpinQuestion.text_zh, SpinQuestion.text_en)
            .join(VisitQuestion, VisitQuestion.question_id == SpinQuestion.id)
            .where(VisitQuestion.visit_id == v.id, VisitQuestion.deleted_at.is_(None))
            .order_by(VisitQuestion.position, VisitQuestion.created_at)
        )
    )
    steps = s.scalars(
        select(NextStep)
        .where(NextStep.visit_id == v.id, NextStep.deleted_at.is_(None))
        .order_by(NextStep.created_at, NextStep.id)
    )
    complaints = s.scalars(
        select(Complaint)
        .where(Complaint.visit_id == v.id, Complaint.deleted_at.is_(None))
        .order_by(Complaint.created_at, Complaint.id)
    )
    draft = VisitDraft(
        planned_start=v.planned_start, planned_end=v.planned_end, status=v.status,
        method=v.method, purpose=v.purpose, objectives=v.objectives,
        expected_result=v.expected_result, preparation=v.preparation,
        materials=_materials(v.materials), attendee_ids=tuple(a.id for a in attendees),
        colleagues=v.colleagues, location=v.address, travel_notes=v.travel_notes,
        outcome=v.outcome, notes=v.notes, satisfaction=v.satisfaction,
        next_visit_on=v.next_visit_on, done_at=v.done_at, owner=v.owner,
        next_steps=tuple(
            NextStepDraft(n.text, n.due_on, n.owner, n.done, n.id, n.done_on) for n in steps
        ),
        complaints=tuple(
            ComplaintDraft(
                c.category, c.severity, c.description, c.status == ComplaintStatus.RESOLVED,
                c.resolved_on, c.resolution, c.id, c.opened_on,
            )
            for c in complaints
        ),
        question_ids=tuple(q.id for q in questions),
    )  # fmt: skip
    return VisitDetail(
        id=v.id, account_id=v.account_id, account_name=account.name, account_code=account.code,
        draft=draft, revision=v.revision, created_at=v.created_at, updated_at=v.updated_at,
        deleted_at=v.deleted_at, attendees=attendees, questions=questions,
    )  # fmt: skip


# --- writing ------------------------------------------------------------------------------------


def assign(row: object, **values: Any) -> bool:
    """Set the attributes that differ; whether anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def write_visit(v: Visit, draft: VisitDraft) -> bool:
    return assign(
        v, planned_start=draft.planned_start, planned_end=draft.planned_end,
        done_at=draft.done_at, status=draft.status, method=draft.method, purpose=draft.purpose,
        colleagues=draft.colleagues, objectives=draft.objectives,
        expected_result=draft.expected_result, preparation=draft.preparation,
        materials=[{"item": m.item, "done": m.done} for m in draft.materials],
        outcome=draft.outcome, notes=draft.notes, satisfaction=draft.satisfaction,
        next_visit_on=draft.next_visit_on, address=draft.location,
        travel_notes=draft.travel_notes, owner=draft.owner,
    )  # fmt: skip


def write_attendees(s: Session, visit_id: str, contact_ids: tuple[str, ...]) -> bool:
    existing = {
        a.contact_id: a
        for a in s.scalars(select(VisitAttendee).where(VisitAttendee.visit_id == visit_id))
    }
    changed = False
    for contact_id in contact_ids:
        row = existing.get(contact_id)
        if row is None:
            s.add(VisitAttendee(visit_id=visit_id, contact_id=contact_id))
            changed = True
        else:
            changed |= assign(row, deleted_at=None)
    now = utc_now()
    for contact_id, row in existing.items():
        if contact_id not in contact_ids and row.deleted_at is None:
            row.deleted_at = now
            changed = True
    return changed


def write_questions(s: Session, visit_id: str, question_ids: tuple[str, ...]) -> bool:
    existing = {
        q.question_id: q
        for q in s.scalars(select(VisitQuestion).where(VisitQuestion.visit_id == visit_id))
    }
    changed = False
    for position, question_id in enumerate(question_ids):
        row = existing.get(question_id)
        if row is None:
            s.add(VisitQuestion(visit_id=visit_id, question_id=question_id, position=position))
            changed = True
        else:
            changed |= assign(row, deleted_at=None, position=position)
    now = utc_now()
    for question_id, row in existing.items():
        if question_id not in question_ids and row.deleted_at is None:
            row.deleted_at = now
            changed = True
    return changed


def _by_id(
    s: Session, model: type[NextStep | Complaint], v: Visit, wanted: list[str | None], what: Text
) -> dict[str, Any]:
    existing = {r.id: r for r in s.scalars(select(model).where(model.visit_id == v.id))}
    for item_id in wanted:
        if item_id is not None and item_id not in existing:
            raise NotFound(what=what, key=item_id)
    return existing


def write_next_steps(s: Session, v: Visit, steps: tuple[NextStepDraft, ...]) -> bool:
    existing = _by_id(s, NextStep, v, [n.id for n in steps], _NEXT_STEP)
    changed = False
    kept: set[str] = set()
    for step in steps:
        values = {
            "account_id": v.account_id, "text": step.text, "owner": step.owner or v.owner,
            "due_on": step.due_on, "done": step.done, "done_on": step.done_on,
        }  # fmt: skip
        if step.id is None:
            s.add(NextStep(visit_id=v.id, **values))
            changed = True
        else:
            kept.add(step.id)
            changed |= assign(existing[step.id], deleted_at=None, **values)
    changed |= _bury(existing, kept)
    return changed


def write_complaints(s: Session, v: Visit, complaints: tuple[ComplaintDraft, ...]) -> bool:
    existing = _by_id(s, Complaint, v, [c.id for c in complaints], _COMPLAINT)
    changed = False
    kept: set[str] = set()
    for c in complaints:
        values = {
            "account_id": v.account_id, "category": c.category, "severity": c.severity,
            "status": ComplaintStatus.RESOLVED if c.resolved else ComplaintStatus.OPEN,
            "opened_on": c.opened_on, "resolved_on": c.resolved_on,
            "description": c.description, "resolution": c.resolution,
        }  # fmt: skip
        if c.id is None:
            s.add(Complaint(visit_id=v.id, **values))
            changed = True
        else:
            kept.add(c.id)
            changed |= assign(existing[c.id], deleted_at=None, **values)
    changed |= _bury(existing, kept)
    return changed


def _bury(existing: dict[str, Any], kept: set[str]) -> bool:
    now = utc_now()
    changed = False
    for row_id, row in existing.items():
        if row_id not in kept and row.deleted_at is None:
            row.deleted_at = now
            changed = True
    return changed


def set_tombstones(s: Session, visit_id: str, when: datetime | None) -> None:
    """Soft-delete (``when``) or restore (``None``) a visit's child rows together with it.

    Restoring brings back only the rows buried at the visit's own deletion time, not those an
    earlier edit had removed.
    """
    v = s.get(Visit, visit_id)
    assert v is not None
    children = (VisitAttendee, VisitQuestion, NextStep, Complaint)
    for model in children:
        rows = s.scalars(select(model).where(model.visit_id == visit_id))
        for row in rows:
            if when is not None and row.deleted_at is None:
                row.deleted_at = when
            elif when is None and row.deleted_at == v.deleted_at:
                row.deleted_at = None
    v.deleted_at = when


# --- derived caches -------------------------------------------------------------------------


def refresh_last_visits(s: Session, account_id: str, contact_ids: set[str]) -> None:
    """Recompute ``account.last_visit_on`` and the contacts' ``last_contact_on`` from the done
    visits (local dates, as ``services.derived`` does). Core UPDATEs: caches are not synced, so
    they must not bump any revision."""
    s.flush()
    conn = s.connection()
    done = and_(Visit.status == VisitStatus.DONE, Visit.deleted_at.is_(None))
    latest = func.date(func.max(func.coalesce(Visit.done_at, Visit.planned_start)), "localtime")
    account = Account.__table__
    conn.execute(
        update(account)
        .where(account.c.id == account_id)
        .values(
            last_visit_on=select(latest)
            .where(done, Visit.account_id == account.c.id)
            .scalar_subquery()
        )
    )
    if not contact_ids:
        return
    contact = Contact.__table__
    attended = (
        select(latest)
        .select_from(Visit)
        .join(VisitAttendee, VisitAttendee.visit_id == Visit.id)
        .where(done, VisitAttendee.deleted_at.is_(None), VisitAttendee.contact_id == contact.c.id)
        .scalar_subquery()
    )
    conn.execute(
        update(contact)
        .where(contact.c.id.in_(sorted(contact_ids)))
        .values(last_contact_on=attended)
    )
