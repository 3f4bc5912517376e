"""Planned visits to an iCalendar file (RFC 5545), for Outlook, Apple or phone calendars.

One VEVENT per planned visit with a stable UID (the visit's id), times in UTC, the purpose and
account as the summary, the address as the location, objectives and the questions to ask in
the description, and the customer's attendees. Attendees without an e-mail get a ``urn:uuid``
address (ATTENDEE must be a URI) and ``RSVP=FALSE``, so no calendar tries to invite them.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText
from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop import __version__
from kam_desktop.db.book import Book
from kam_desktop.db.models import (
    Account,
    Contact,
    SpinQuestion,
    Visit,
    VisitAttendee,
    VisitQuestion,
)
from kam_desktop.domain.enums import SpinStage, VisitMethod, VisitPurpose, VisitStatus
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from kam_desktop.domain.visits.visit_fields import as_utc

PRODID = f"-//KAM Desktop//Visits {__version__}//EN"
UID_DOMAIN = "kam-desktop"
DEFAULT_LENGTH = timedelta(hours=1)  # a visit planned without an end

_CONTEXT = "calendar"
_CALENDAR_NAME = QT_TRANSLATE_NOOP(_CONTEXT, "KAM Desktop visits")
_OBJECTIVES = QT_TRANSLATE_NOOP(_CONTEXT, "Objectives")
_EXPECTED = QT_TRANSLATE_NOOP(_CONTEXT, "Expected result")
_QUESTIONS = QT_TRANSLATE_NOOP(_CONTEXT, "Questions to ask")
_MATERIALS = QT_TRANSLATE_NOOP(_CONTEXT, "Materials and samples")
_COLLEAGUES = QT_TRANSLATE_NOOP(_CONTEXT, "Our colleagues")


@dataclass(frozen=True)
class _Person:
    id: str
    name: str
    title: str | None
    email: str | None


@dataclass(frozen=True)
class _PlannedVisit:
    id: str
    planned_start: datetime
    planned_end: datetime | None
    method: VisitMethod
    purpose: VisitPurpose | None
    objectives: str | None
    expected_result: str | None
    materials: list[dict[str, object]] | None
    colleagues: str | None
    address: str | None
    revision: int
    created_at: datetime
    updated_at: datetime
    account_name: str
    account_short_name: str | None


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


_PLANNED_COLUMNS = (
    Visit.id, Visit.planned_start, Visit.planned_end, Visit.method, Visit.purpose,
    Visit.objectives, Visit.expected_result, Visit.materials, Visit.colleagues, Visit.address,
    Visit.revision, Visit.created_at, Visit.updated_at, Account.name, Account.short_name,
)  # fmt: skip
_QUESTION_COLUMNS = (
    VisitQuestion.visit_id, SpinQuestion.stage, SpinQuestion.text_zh, SpinQuestion.text_en,
)  # fmt: skip


def _planned(s: Session, start: datetime, end: datetime, owner: str | None) -> list[_PlannedVisit]:
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
    return [_PlannedVisit(*r) for r in s.execute(stmt)]


def _attendees(s: Session, ids: list[str]) -> dict[str, list[_Person]]:
    found: dict[str, list[_Person]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        stmt = (
            select(VisitAttendee.visit_id, Contact.id, Contact.name, Contact.title, Contact.email)
            .join(Contact, Contact.id == VisitAttendee.contact_id)
            .where(VisitAttendee.visit_id.in_(ids[start : start + 500]))
            .where(VisitAttendee.deleted_at.is_(None))
            .order_by(Contact.name, Contact.id)
        )
        for visit_id, *person in s.execute(stmt):
            found[visit_id].append(_Person(*person))
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


def _summary(purpose: VisitPurpose | None, method: VisitMethod, account: str) -> str:
    what = purpose.label() if purpose is not None else method.label()
    return f"{what} · {account}"


def _description(row: _PlannedVisit, questions: list[tuple[SpinStage, str]]) -> str:
    parts: list[str] = []
    if row.objectives:
        parts.append(f"{_tr(_OBJECTIVES)}: {row.objectives}")
    if row.expected_result:
        parts.append(f"{_tr(_EXPECTED)}: {row.expected_result}")
    if questions:
        lines = [f"{i}. [{stage.value}] {text}" for i, (stage, text) in enumerate(questions, 1)]
        parts.append(f"{_tr(_QUESTIONS)}:\n" + "\n".join(lines))
    items = [m.get("item") for m in row.materials or () if isinstance(m, dict)]
    if any(items):
        parts.append(f"{_tr(_MATERIALS)}: " + ", ".join(str(i) for i in items if i))
    if row.colleagues:
        parts.append(f"{_tr(_COLLEAGUES)}: {row.colleagues}")
    return "\n\n".join(parts)


def _attendee(person: _Person) -> vCalAddress:
    address = f"mailto:{person.email}" if person.email else f"urn:uuid:{person.id}"
    attendee = vCalAddress(address)
    attendee.params["CN"] = vText(person.name)
    attendee.params["CUTYPE"] = "INDIVIDUAL"
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["RSVP"] = "FALSE"
    attendee.params["X-KAM-CONTACT-ID"] = person.id
    return attendee


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
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _tr(_CALENDAR_NAME))
    for r in rows:
        event = Event()
        event.add("uid", f"{r.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("created", r.created_at)
        event.add("last-modified", r.updated_at)
        # A calendar replaces its copy of an event only for a higher SEQUENCE.
        event.add("sequence", max(r.revision - 1, 0))
        begins = r.planned_start
        event.add("dtstart", begins)
        event.add("dtend", r.planned_end or begins + DEFAULT_LENGTH)
        account = r.account_short_name or r.account_name
        event.add("summary", _summary(r.purpose, r.method, account))
        if r.address:
            event.add("location", r.address)
        description = _description(r, asked.get(r.id, []))
        if description:
            event.add("description", description)
        for person in people.get(r.id, []):
            event.add("attendee", _attendee(person), encode=False)
        labels = [r.purpose.label()] if r.purpose else []
        event.add("categories", [*labels, r.method.label()])
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        cal.add_component(event)
    return cal


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
    path = Path(path)
    data = cal.to_ical()
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return len(cal.walk("VEVENT"))


__all__ = ["DEFAULT_LENGTH", "PRODID", "UID_DOMAIN", "build_calendar", "export_ics"]
