"""Planned visits to an iCalendar file: which visits, read from the book for ``formats.ics``.

The planned, live visits of live accounts starting in a range (optionally of one owner), with
their attendees and the questions to ask in the interface language, read in a few bulk queries
and handed to the format as plain rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import (
    Account,
    Contact,
    SpinQuestion,
    Visit,
    VisitAttendee,
    VisitQuestion,
)
from kam_desktop.domain.enums import SpinStage, VisitStatus
from kam_desktop.domain.i18n import current_language
from kam_desktop.domain.visits.visit_fields import as_utc
from kam_desktop.formats.ics import Attendee, CalendarVisit, visits_calendar, write_ics_file

_PLANNED_COLUMNS = (
    Visit.id, Visit.planned_start, Visit.planned_end, Visit.method, Visit.purpose,
    Visit.objectives, Visit.expected_result, Visit.materials, Visit.colleagues, Visit.address,
    Visit.revision, Visit.created_at, Visit.updated_at, Account.name, Account.short_name,
)  # fmt: skip
_QUESTION_COLUMNS = (
    VisitQuestion.visit_id, SpinQuestion.stage, SpinQuestion.text_zh, SpinQuestion.text_en,
)  # fmt: skip


def _planned(s: Session, start: datetime, end: datetime, owner: str | None) -> list[CalendarVisit]:
    stmt = (
        select(*_PLANNED_COLUMNS)
        .join(Account, Account.id == Visit.account_id)
        .where(
            Visit.deleted_at.is_(None),
            Account.deleted_at.is_(None),
            Visit.status == VisitStatus.PLANNED,
            Visit.planned_start >= as_utc(start),
            Visit.planned_start < as_utc(end),
        )
        .order_by(Visit.planned_start, Visit.id)
    )
    if owner is not None:
        stmt = stmt.where(Visit.owner == owner)
    return [CalendarVisit(*r) for r in s.execute(stmt)]


def _attendees(s: Session, ids: list[str]) -> dict[str, list[Attendee]]:
    found: dict[str, list[Attendee]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        stmt = (
            select(VisitAttendee.visit_id, Contact.id, Contact.name, Contact.title, Contact.email)
            .join(Contact, Contact.id == VisitAttendee.contact_id)
            .where(VisitAttendee.visit_id.in_(ids[start : start + 500]))
            .where(VisitAttendee.deleted_at.is_(None))
            .order_by(Contact.name, Contact.id)
        )
        for visit_id, *person in s.execute(stmt):
            found[visit_id].append(Attendee(*person))
    return found


def _questions(s: Session, ids: list[str]) -> dict[str, list[tuple[SpinStage, str]]]:
    zh = current_language().startswith("zh")
    found: dict[str, list[tuple[SpinStage, str]]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        stmt = (
            select(*_QUESTION_COLUMNS)
            .join(SpinQuestion, SpinQuestion.id == VisitQuestion.question_id)
            .where(VisitQuestion.visit_id.in_(ids[start : start + 500]))
            .where(VisitQuestion.deleted_at.is_(None))
            .order_by(VisitQuestion.position, VisitQuestion.created_at)
        )
        for visit_id, stage, text_zh, text_en in s.execute(stmt):
            text = (text_zh or text_en) if zh else (text_en or text_zh)
            found[visit_id].append((stage, text or ""))
    return found


def build_calendar(
    book: Book,
    start: datetime,
    end: datetime,
    *,
    owner: str | None = None,
    now: datetime | None = None,
) -> Calendar:
    """The calendar of planned visits starting in [start, end), optionally of one owner."""
    stamp = as_utc(now) if now else datetime.now(UTC)
    with book.sessions() as s:
        rows = _planned(s, start, end, owner)
        ids = [r.id for r in rows]
        people = _attendees(s, ids)
        asked = _questions(s, ids)
    visits = [
        replace(r, attendees=tuple(people.get(r.id, ())), questions=tuple(asked.get(r.id, ())))
        for r in rows
    ]
    return visits_calendar(visits, stamp)


def export_ics(
    book: Book,
    start: datetime,
    end: datetime,
    path: Path,
    *,
    owner: str | None = None,
    now: datetime | None = None,
) -> int:
    """Write the planned visits starting in [start, end) to ``path``; how many were written.

    The file is written beside its target and renamed into place, so a failed export never
    leaves half a calendar where an old one was.
    """
    cal = build_calendar(book, start, end, owner=owner, now=now)
    return write_ics_file(Path(path), cal)


__all__ = ["build_calendar", "export_ics"]
