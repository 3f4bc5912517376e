"""Changing a plan through the visits service: a visit's new time, a day's visits in a new
order, the first free hour for a new visit. No Qt: the page calls these on the GUI thread
(one small write each, as the visit dialog does).

Reordering never moves a visit to another day: the day's start times stay the same set of
slots and are handed out in the new order, each visit keeping its length.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from kam_desktop.services.book.handle import Book
from kam_desktop.services.visit_plan.model import PlannedVisit, VisitPlan
from kam_desktop.services.visit_plan.proposals import DEFAULT_LENGTH, order_by_route
from kam_desktop.services.visits.visits import get_visit, update_visit

FIRST_HOUR, LAST_HOUR = 9, 17  # the working day a new visit's default hour is chosen from


def reschedule(book: Book, visit_id: str, start: datetime, *, today: date | None = None) -> None:
    """Move a visit to ``start`` (naive = local time), keeping its length."""
    found = get_visit(book, visit_id)
    draft = found.draft
    length = draft.planned_end - draft.planned_start if draft.planned_end else None
    moved = replace(draft, planned_start=start, planned_end=start + length if length else None)
    update_visit(book, visit_id, moved, found.revision, today=today)


def reorder_day(
    book: Book, visits: Sequence[PlannedVisit], order: Sequence[str], *, today: date | None = None
) -> int:
    """Give one day's ``visits`` that day's start times, earliest first, in ``order`` (their
    ids); returns how many visits moved."""
    by_id = {v.visit_id: v for v in visits}
    slots = sorted(v.start for v in visits)
    moved = 0
    for visit_id, slot in zip(order, slots, strict=True):
        if by_id[visit_id].start != slot:
            reschedule(book, visit_id, slot, today=today)
            moved += 1
    return moved


def group_by_route(book: Book, plan: VisitPlan, *, today: date | None = None) -> int:
    """Each day's visits grouped by city, then district, then time (``order_by_route``);
    returns how many visits moved."""
    moved = 0
    for _day, visits in plan.days():
        order = [v.visit_id for v in order_by_route(visits)]
        moved += reorder_day(book, visits, order, today=today)
    return moved


def first_free_hour(
    visits: Iterable[PlannedVisit], days: Sequence[date], now: datetime | None = None
) -> datetime:
    """The first whole hour from 09:00 to 17:00 on ``days`` (in order) that no visit overlaps
    and that is not past ``now`` (aware); 09:00 on the first day when every hour is taken.
    Naive local time, as ``accept_proposal`` takes it."""
    busy = [(v.start, v.end or v.start + DEFAULT_LENGTH) for v in visits]
    for day in days:
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            slot = datetime.combine(day, time(hour))
            begin = slot.astimezone()
            end = begin + DEFAULT_LENGTH
            if now is not None and begin < now:
                continue
            if not any(b < end and e > begin for b, e in busy):
                return slot
    return datetime.combine(days[0], time(FIRST_HOUR))


def range_days(start: date, end: date) -> list[date]:
    """Every day of ``start``..``end`` (inclusive)."""
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def next_week(today: date) -> tuple[date, date]:
    """Monday to Sunday of the week after ``today``'s (on Sunday evening: tomorrow onwards)."""
    monday = today + timedelta(days=7 - today.weekday())
    return monday, monday + timedelta(days=6)
