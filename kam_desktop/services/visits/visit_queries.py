"""Reading visits: the agenda, an account's timeline, overdue next steps.

Rows are built from plain column selects (no ORM objects) plus one grouped query each for the
attendees' names and the open next steps and complaints of the visits shown, so a timeline of
2,000 visits costs a handful of indexed queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, Complaint, Contact, NextStep, Visit, VisitAttendee
from kam_desktop.domain.enums import (
    ComplaintStatus,
    Grade,
    ValueTier,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.domain.visits.visit_fields import as_utc

_CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit


@dataclass(frozen=True)
class VisitRow:
    """One line of the agenda or of an account's timeline. Times are aware UTC."""

    id: str
    account_id: str
    account_name: str
    account_code: str | None
    planned_start: datetime
    planned_end: datetime | None
    done_at: datetime | None
    status: VisitStatus
    method: VisitMethod
    purpose: VisitPurpose | None
    objectives: str | None
    outcome: str | None
    owner: str | None
    location: str | None
    satisfaction: int | None
    next_visit_on: date | None
    attendee_names: tuple[str, ...]
    open_next_steps: int
    open_complaints: int

    @property
    def duration(self) -> timedelta | None:
        return None if self.planned_end is None else self.planned_end - self.planned_start

    def is_overdue(self, now: datetime | None = None) -> bool:
        """Still planned although its start has passed."""
        now = as_utc(now) if now else datetime.now(UTC)
        return self.status == VisitStatus.PLANNED and self.planned_start < now


@dataclass(frozen=True)
class VisitQuery:
    """What the agenda shows. ``start``/``end`` bound the planned start (end excluded); empty
    sets mean "any"; ``overdue_only`` keeps planned visits whose start has passed."""

    start: datetime | None = None
    end: datetime | None = None
    statuses: frozenset[VisitStatus] = frozenset()
    owners: frozenset[str] = frozenset()
    account_ids: frozenset[str] = frozenset()
    grades: frozenset[Grade] = frozenset()
    tiers: frozenset[ValueTier] = frozenset()
    methods: frozenset[VisitMethod] = frozenset()
    purposes: frozenset[VisitPurpose] = frozenset()
    overdue_only: bool = False


@dataclass(frozen=True)
class NextStepRow:
    """An open next step, with its account, for the due rules and the visit plan."""

    id: str
    account_id: str
    account_name: str
    account_code: str | None
    visit_id: str | None
    text: str
    owner: str | None
    due_on: date
    overdue_days: int


def local_day_range(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """UTC bounds of the rep's local days ``first``..``last`` (inclusive): [start, end)."""
    last = last or first
    start = datetime.combine(first, time()).astimezone(UTC)  # naive = local time
    end = datetime.combine(last + timedelta(days=1), time()).astimezone(UTC)
    return start, end


# --- rows ---------------------------------------------------------------------------------------

_ROW_COLUMNS = (
    Visit.id, Visit.account_id, Account.name, Account.code, Visit.planned_start,
    Visit.planned_end, Visit.done_at, Visit.status, Visit.method, Visit.purpose,
    Visit.objectives, Visit.outcome, Visit.owner, Visit.address, Visit.satisfaction,
    Visit.next_visit_on,
)  # fmt: skip


def _base() -> Select:  # type: ignore[type-arg]
    return (
        select(*_ROW_COLUMNS)
        .join(Account, Account.id == Visit.account_id)
        .where(Visit.deleted_at.is_(None), Account.deleted_at.is_(None))
    )


def _of_visits(
    column: ColumnElement[str], ids: list[str], account_id: str | None
) -> Iterable[ColumnElement[bool]]:
    """Conditions on a visit-id ``column`` selecting the rows of the visits shown: one per chunk
    of ids, or, for a whole timeline, one sub-select by account (an indexed lookup instead of
    thousands of bound parameters)."""
    if account_id is not None:
        yield column.in_(select(Visit.id).where(Visit.account_id == account_id))
        return
    for start in range(0, len(ids), _CHUNK):
        yield column.in_(ids[start : start + _CHUNK])


def _attendee_names(s: Session, ids: list[str], account_id: str | None) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for scope in _of_visits(VisitAttendee.visit_id, ids, account_id):
        stmt = (
            select(VisitAttendee.visit_id, Contact.name)
            .join(Contact, Contact.id == VisitAttendee.contact_id)
            .where(scope, VisitAttendee.deleted_at.is_(None))
            .order_by(VisitAttendee.visit_id, Contact.name, Contact.id)
        )
        for visit_id, name in s.execute(stmt):
            names[visit_id].append(name)
    return names


def _open_counts(
    s: Session,
    ids: list[str],
    account_id: str | None,
    model: type[NextStep | Complaint],
    is_open: ColumnElement[bool],
) -> dict[str, int]:
    counts: dict[str, int] = {}
    for scope in _of_visits(model.visit_id, ids, account_id):
        stmt = (
            select(model.visit_id, func.count())
            .where(scope, model.deleted_at.is_(None), is_open)
            .group_by(model.visit_id)
        )
        counts.update({visit_id: n for visit_id, n in s.execute(stmt)})
    return counts


def _rows(s: Session, stmt: Select, account_id: str | None = None) -> list[VisitRow]:  # type: ignore[type-arg]
    """Rows for ``stmt``'s visits; ``account_id`` when they are all of that account's visits."""
    found = s.execute(stmt).all()
    ids = [r[0] for r in found]
    names = _attendee_names(s, ids, account_id)
    steps = _open_counts(s, ids, account_id, NextStep, NextStep.done.is_(False))
    complaints = _open_counts(
        s, ids, account_id, Complaint, Complaint.status == ComplaintStatus.OPEN
    )
    return [
        VisitRow(
            *r,
            attendee_names=tuple(names.get(r[0], ())),
            open_next_steps=steps.get(r[0], 0),
            open_complaints=complaints.get(r[0], 0),
        )
        for r in found
    ]


# --- queries ------------------------------------------------------------------------------------


def _where(stmt: Select, query: VisitQuery, now: datetime) -> Select:  # type: ignore[type-arg]
    if query.start is not None:
        stmt = stmt.where(Visit.planned_start >= as_utc(query.start))
    if query.end is not None:
        stmt = stmt.where(Visit.planned_start < as_utc(query.end))
    if query.overdue_only:
        stmt = stmt.where(Visit.status == VisitStatus.PLANNED, Visit.planned_start < now)
    filters = (
        (Visit.status, query.statuses),
        (Visit.owner, query.owners),
        (Visit.account_id, query.account_ids),
        (Account.hq_grade, query.grades),
        (Account.value_tier, query.tiers),
        (Visit.method, query.methods),
        (Visit.purpose, query.purposes),
    )
    for column, wanted in filters:
        if wanted:
            stmt = stmt.where(column.in_(list(wanted)))
    return stmt


def list_visits(
    book: Book, query: VisitQuery = VisitQuery(), *, now: datetime | None = None
) -> list[VisitRow]:
    """The agenda: matching live visits of live accounts, by planned start."""
    now = as_utc(now) if now else datetime.now(UTC)
    stmt = _where(_base(), query, now).order_by(Visit.planned_start, Visit.id)
    with book.sessions() as s:
        return _rows(s, stmt)


def account_timeline(book: Book, account_id: str, limit: int | None = None) -> list[VisitRow]:
    """An account's live visits, newest first (every status)."""
    stmt = (
        _base()
        .where(Visit.account_id == account_id)
        .order_by(Visit.planned_start.desc(), Visit.id.desc())
        .limit(limit)
    )
    with book.sessions() as s:
        # A limited timeline shows a few visits: look their rows up by id, not the account's.
        return _rows(s, stmt, account_id if limit is None else None)


_STEP_COLUMNS = (
    NextStep.id, NextStep.account_id, Account.name, Account.code, NextStep.visit_id,
    NextStep.text, NextStep.owner, NextStep.due_on,
)  # fmt: skip


def overdue_next_steps(
    book: Book, today: date | None = None, *, account_id: str | None = None
) -> list[NextStepRow]:
    """Open next steps due before ``today`` (local), oldest first; of one account if given."""
    today = today or date.today()
    stmt = (
        select(*_STEP_COLUMNS)
        .join(Account, Account.id == NextStep.account_id)
        .outerjoin(Visit, Visit.id == NextStep.visit_id)
        .where(
            NextStep.deleted_at.is_(None),
            NextStep.done.is_(False),
            NextStep.due_on < today,
            Account.deleted_at.is_(None),
            or_(NextStep.visit_id.is_(None), Visit.deleted_at.is_(None)),
        )
        .order_by(NextStep.due_on, Account.name, NextStep.id)
    )
    if account_id is not None:
        stmt = stmt.where(NextStep.account_id == account_id)
    with book.sessions() as s:
        return [NextStepRow(*r, overdue_days=(today - r.due_on).days) for r in s.execute(stmt)]


__all__ = [
    "NextStepRow",
    "VisitQuery",
    "VisitRow",
    "account_timeline",
    "list_visits",
    "local_day_range",
    "overdue_next_steps",
]
