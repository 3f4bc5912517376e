"""Visits: plan, edit, log the outcome (planned or not), follow up, cancel, delete, restore.

Every write validates the whole draft first (``domain.visit_fields``) and checks that attendees
are contacts of the visit's account, so a refused visit leaves the book unchanged. Completing a
visit refreshes the attendees' "last contacted" and the account's last visit, and marks the
account's due revisits covered (``services.revisits.mark_covered``).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.base import new_id
from kam_desktop.db.book import Book
from kam_desktop.db.models import (
    Contact,
    Visit,
    VisitAttendee,
)
from kam_desktop.db.types import utc_now
from kam_desktop.domain.enums import VisitPurpose, VisitStatus
from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, NotFound, Required, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.visits.visit_fields import (
    VisitChangedElsewhere,
    VisitDraft,
    VisitField,
    validated,
)
from kam_desktop.services.visits.visit_checks import (
    check_refs,
    default_owner,
    label,
    live_account,
    live_visit,
)
from kam_desktop.services.visits.visit_queries import (
    NextStepRow,
    VisitQuery,
    VisitRow,
    account_timeline,
    list_visits,
    local_day_range,
    overdue_next_steps,
)
from kam_desktop.services.visits.visit_records import (
    Attendee,
    PlannedQuestion,
    VisitDetail,
    detail,
    refresh_last_visits,
    set_tombstones,
    write_attendees,
    write_complaints,
    write_next_steps,
    write_questions,
    write_visit,
)

log = logging.getLogger(__name__)

_VISIT = Text("errors", QT_TRANSLATE_NOOP("errors", "visit"))


class AlreadyDone(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This visit is already done, so it cannot be cancelled. Edit it to change what was "
        "recorded.",
    )


# --- the one write path -------------------------------------------------------------------------


def _save(
    book: Book,
    draft: VisitDraft,
    *,
    visit_id: str | None = None,
    account_id: str | None = None,
    status: VisitStatus | None = None,
    expected_revision: int | None = None,
    today: date | None = None,
) -> VisitDetail:
    """Create (``account_id``) or replace (``visit_id``) a visit from ``draft``, in one
    transaction; then, for a done visit, mark the account's due revisits covered."""
    today = today or date.today()
    if status is not None:
        draft = replace(draft, status=status)
    clean = validated(draft, today)
    with book.sessions.begin() as s:
        if visit_id is not None:
            v: Visit | None = live_visit(s, visit_id)
            assert v is not None
            if expected_revision is not None and v.revision != expected_revision:
                raise VisitChangedElsewhere()
            account = live_account(s, v.account_id)
        else:
            assert account_id is not None
            v = None
            account = live_account(s, account_id)
        check_refs(s, account, clean, v)
        clean = replace(clean, owner=default_owner(book, clean, account, v))
        before: set[str] = set()
        if v is None:
            v = Visit(id=new_id(), account_id=account.id)
            s.add(v)
        else:
            before = set(
                s.scalars(
                    select(VisitAttendee.contact_id).where(
                        VisitAttendee.visit_id == v.id, VisitAttendee.deleted_at.is_(None)
                    )
                )
            )
        changed = write_visit(v, clean)
        children = write_attendees(s, v.id, clean.attendee_ids)
        children |= write_questions(s, v.id, clean.question_ids)
        children |= write_next_steps(s, v, clean.next_steps)
        children |= write_complaints(s, v, clean.complaints)
        if children and not changed and v.revision:
            v.updated_at = utc_now()  # the visit's revision covers its child rows too
        refresh_last_visits(s, account.id, before | set(clean.attendee_ids))
        result = detail(s, v)
    log.info("saved visit %s (%s)", result.id, result.status.value)
    if result.status == VisitStatus.DONE:
        _mark_covered(book, result)  # also refreshes the account's cached due list
    else:
        _refresh_due(book, result.account_id)  # next steps and complaints can make it due
    return result


def _refresh_due(book: Book, account_id: str) -> None:
    """Keep today's cached due list right for this account after a change to its visits."""
    from kam_desktop.services.revisits.due_cache import refresh_due_for_accounts

    refresh_due_for_accounts(book, [account_id])


def _mark_covered(book: Book, visit: VisitDetail) -> None:
    # Imported here: the revisit rules build on visits, not the other way round. It runs in its
    # own transaction after the visit's (SQLite allows one writer; the visit is saved either
    # way, and the due list recomputes coverage from the visits themselves).
    from kam_desktop.services.revisits.revisits import mark_covered

    mark_covered(
        book, visit.account_id, visit.draft.day(), purpose=visit.draft.purpose, visit_id=visit.id
    )


# --- use cases ----------------------------------------------------------------------------------


def get_visit(book: Book, visit_id: str) -> VisitDetail:
    """One visit (also from the bin: ``deleted_at`` says so)."""
    with book.sessions() as s:
        v = s.get(Visit, visit_id)
        if v is None:
            raise NotFound(what=_VISIT, key=visit_id)
        return detail(s, v)


def plan_visit(
    book: Book, account_id: str, draft: VisitDraft, *, today: date | None = None
) -> VisitDetail:
    """A new planned visit of ``account_id`` (its status is planned whatever the draft says)."""
    return _save(book, draft, account_id=account_id, status=VisitStatus.PLANNED, today=today)


def update_visit(
    book: Book,
    visit_id: str,
    draft: VisitDraft,
    expected_revision: int | None = None,
    *,
    today: date | None = None,
) -> VisitDetail:
    """Save an edited visit; attendees, next steps, complaints and questions become the
    draft's. ``expected_revision`` guards against overwriting a newer edit."""
    return _save(book, draft, visit_id=visit_id, expected_revision=expected_revision, today=today)


def log_outcome(
    book: Book,
    visit_id: str,
    draft: VisitDraft,
    *,
    today: date | None = None,
    expected_revision: int | None = None,
) -> VisitDetail:
    """Record what happened at a planned visit: it becomes done (``done_at`` defaults to its
    planned end, else start)."""
    return _save(
        book,
        draft,
        visit_id=visit_id,
        status=VisitStatus.DONE,
        expected_revision=expected_revision,
        today=today,
    )


def log_unplanned(
    book: Book, account_id: str, draft: VisitDraft, *, today: date | None = None
) -> VisitDetail:
    """Record a visit that was never planned (a call, a chance meeting) as done."""
    return _save(book, draft, account_id=account_id, status=VisitStatus.DONE, today=today)


def plan_follow_up(book: Book, visit_id: str, *, today: date | None = None) -> VisitDetail:
    """Plan the revisit agreed at a visit: on its next-visit date, at the same local time and
    for as long, with the same attendees. Planning twice gives the same visit back."""
    with book.sessions() as s:
        source = live_visit(s, visit_id)
        if source.next_visit_on is None:
            raise InvalidInput(
                [FieldProblem("next_visit_on", label(VisitField.NEXT_VISIT_ON), Required())]
            )
        day = source.next_visit_on
        first, last = local_day_range(day)
        existing = s.scalar(
            select(Visit.id)
            .where(
                Visit.account_id == source.account_id,
                Visit.status == VisitStatus.PLANNED,
                Visit.deleted_at.is_(None),
                Visit.purpose == VisitPurpose.REVISIT,
                Visit.planned_start >= first,
                Visit.planned_start < last,
            )
            .order_by(Visit.planned_start)
        )
        if existing is not None:
            return detail(s, live_visit(s, existing))
        attendees = tuple(
            s.scalars(
                select(VisitAttendee.contact_id)
                .join(Contact, Contact.id == VisitAttendee.contact_id)
                .where(
                    VisitAttendee.visit_id == source.id,
                    VisitAttendee.deleted_at.is_(None),
                    Contact.deleted_at.is_(None),
                    Contact.account_id == source.account_id,
                )
                .order_by(Contact.name, Contact.id)
            )
        )
        local_start = source.planned_start.astimezone()
        start = datetime.combine(day, local_start.time()).astimezone(UTC)  # naive = local
        length = source.planned_end - source.planned_start if source.planned_end else None
        draft = VisitDraft(
            planned_start=start,
            planned_end=start + length if length is not None else None,
            method=source.method,
            purpose=VisitPurpose.REVISIT,
            attendee_ids=attendees,
            location=source.address,
            owner=source.owner,
        )
        account_id = source.account_id
    return plan_visit(book, account_id, draft, today=today)


def cancel_visit(book: Book, visit_id: str, reason: str | None = None) -> VisitDetail:
    """Cancel a visit that has not happened; the reason is added to its notes."""
    with book.sessions.begin() as s:
        v = live_visit(s, visit_id)
        if v.status == VisitStatus.DONE:
            raise AlreadyDone()
        v.status = VisitStatus.CANCELLED
        reason = (reason or "").strip()
        if reason:
            v.notes = f"{v.notes}\n{reason}" if v.notes else reason
        s.flush()
        result = detail(s, v)
    _refresh_due(book, result.account_id)
    return result


def delete_visit(book: Book, visit_id: str) -> None:
    """Soft delete: the visit and its rows go to the bin (tombstones sync carries)."""
    with book.sessions.begin() as s:
        v = live_visit(s, visit_id)
        attendees = _attendee_ids(s, v.id)
        set_tombstones(s, v.id, utc_now())
        refresh_last_visits(s, v.account_id, attendees)
        account_id = v.account_id
    _refresh_due(book, account_id)


def restore_visit(book: Book, visit_id: str) -> VisitDetail:
    """Bring a deleted visit back with the rows deleted together with it."""
    with book.sessions.begin() as s:
        v = s.get(Visit, visit_id)
        if v is None:
            raise NotFound(what=_VISIT, key=visit_id)
        if v.deleted_at is not None:
            set_tombstones(s, v.id, None)
            refresh_last_visits(s, v.account_id, _attendee_ids(s, v.id))
        s.flush()
        result = detail(s, v)
    _refresh_due(book, result.account_id)
    return result


def _attendee_ids(s: Session, visit_id: str) -> set[str]:
    s.flush()
    return set(
        s.scalars(
            select(VisitAttendee.contact_id).where(
                VisitAttendee.visit_id == visit_id, VisitAttendee.deleted_at.is_(None)
            )
        )
    )


__all__ = [
    "AlreadyDone",
    "Attendee",
    "NextStepRow",
    "PlannedQuestion",
    "VisitDetail",
    "VisitQuery",
    "VisitRow",
    "account_timeline",
    "cancel_visit",
    "delete_visit",
    "get_visit",
    "list_visits",
    "local_day_range",
    "log_outcome",
    "log_unplanned",
    "overdue_next_steps",
    "plan_follow_up",
    "plan_visit",
    "restore_visit",
    "update_visit",
]
