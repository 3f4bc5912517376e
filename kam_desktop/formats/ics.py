"""Planned visits as an iCalendar file (RFC 5545), for Outlook, Apple or phone calendars.

One VEVENT per planned visit with a stable UID (the visit's id), times in UTC, the purpose and
account as the summary, the address as the location, objectives and the questions to ask in
the description, and the customer's attendees. Attendees without an e-mail get a ``urn:uuid``
address (ATTENDEE must be a URI) and ``RSVP=FALSE``, so no calendar tries to invite them.

Built from plain rows (``CalendarVisit``); which visits they are is the caller's business.
Control characters an older book may hold are left out of every text (a calendar program may
refuse a file with them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText

from kam_desktop import __version__
from kam_desktop.domain.enums import SpinStage, VisitMethod, VisitPurpose
from kam_desktop.domain.field_values import printable
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.formats.atomic_file import write_bytes_atomically

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
class Attendee:
    """A customer's contact at a visit."""

    id: str
    name: str
    title: str | None
    email: str | None


@dataclass(frozen=True)
class CalendarVisit:
    """One planned visit, as the calendar shows it; times are aware (UTC)."""

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
    attendees: tuple[Attendee, ...] = ()
    questions: tuple[tuple[SpinStage, str], ...] = ()  # to ask, in order, in the shown language


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


def _line(text: str) -> str:
    """One line of text with no control characters."""
    return printable(text, multiline=False)


def _summary(purpose: VisitPurpose | None, method: VisitMethod, account: str) -> str:
    what = purpose.label() if purpose is not None else method.label()
    return _line(f"{what} · {account}")


def _description(row: CalendarVisit) -> str:
    parts: list[str] = []
    if row.objectives:
        parts.append(f"{_tr(_OBJECTIVES)}: {row.objectives}")
    if row.expected_result:
        parts.append(f"{_tr(_EXPECTED)}: {row.expected_result}")
    if row.questions:
        lines = [f"{i}. [{stage.value}] {text}" for i, (stage, text) in enumerate(row.questions, 1)]
        parts.append(f"{_tr(_QUESTIONS)}:\n" + "\n".join(lines))
    items = [m.get("item") for m in row.materials or () if isinstance(m, dict)]
    if any(items):
        parts.append(f"{_tr(_MATERIALS)}: " + ", ".join(str(i) for i in items if i))
    if row.colleagues:
        parts.append(f"{_tr(_COLLEAGUES)}: {row.colleagues}")
    return printable("\n\n".join(parts))


def _attendee(person: Attendee) -> vCalAddress:
    address = f"mailto:{person.email}" if person.email else f"urn:uuid:{person.id}"
    attendee = vCalAddress(address)
    attendee.params["CN"] = vText(_line(person.name))
    attendee.params["CUTYPE"] = "INDIVIDUAL"
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["RSVP"] = "FALSE"
    attendee.params["X-KAM-CONTACT-ID"] = person.id
    return attendee


def visits_calendar(visits: Iterable[CalendarVisit], stamp: datetime) -> Calendar:
    """The calendar of ``visits``, in the order given; ``stamp`` (UTC) is every DTSTAMP."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _tr(_CALENDAR_NAME))
    for r in visits:
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
            event.add("location", _line(r.address))
        description = _description(r)
        if description:
            event.add("description", description)
        for person in r.attendees:
            event.add("attendee", _attendee(person), encode=False)
        labels = [r.purpose.label()] if r.purpose else []
        event.add("categories", [*labels, r.method.label()])
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        cal.add_component(event)
    return cal


def write_ics_file(path: Path, calendar: Calendar) -> int:
    """Replace ``path`` by ``calendar`` (whole, or not at all: ``OSError``); how many events."""
    write_bytes_atomically(path, calendar.to_ical())
    return len(calendar.walk("VEVENT"))


__all__ = [
    "DEFAULT_LENGTH",
    "PRODID",
    "UID_DOMAIN",
    "Attendee",
    "CalendarVisit",
    "visits_calendar",
    "write_ics_file",
]
