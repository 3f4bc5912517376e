"""The portfolio being generated: its calendar, its accounts, and the rows made so far."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from kam_desktop.db.models import (
    Account,
    Complaint,
    Contact,
    ContactLink,
    NextStep,
    RelationshipChange,
    SalesOrder,
    SpinNote,
    SpinQuestion,
    ValueModel,
    ValueRecord,
    Visit,
    VisitAttendee,
    VisitQuestion,
)
from kam_desktop.domain.value.lifecycle import month_of, month_start, shift_month
from kam_desktop.services.demo.common import at, uuid_for
from kam_desktop.services.demo.data import DemoData
from kam_desktop.services.demo.model import Acct, Person

HISTORY_DAYS = 548  # visits over the 18 months before today
VALUE_MONTHS = 24


class Portfolio:
    """Every row of the demo book, made in memory phase by phase."""

    def __init__(self, data: DemoData, today: date) -> None:
        self.data = data
        self.today = today
        self.history_start = today - timedelta(days=HISTORY_DAYS)
        self.value_first_month = shift_month(month_of(today), -VALUE_MONTHS)
        self.value_last_month = shift_month(month_of(today), -1)
        self.window_start = month_start(self.value_first_month)
        self.book_created = at(self.history_start, 8, 30)
        self.accounts: list[Acct] = []
        self.rows: dict[type, list[dict[str, Any]]] = {}
        self._serial: dict[str, int] = {}
        self.festivals = {
            (int(year), name): date.fromisoformat(day)
            for year, days in data.visits["festival_dates"].items()
            for name, day in days.items()
        }
        # nobody is visited over the Spring Festival and National Day weeks
        self._holidays = {
            day + timedelta(days=offset)
            for (_, name), day in self.festivals.items()
            if name in ("春节", "国庆节")
            for offset in range(-1 if name == "春节" else 0, 6 if name == "春节" else 7)
        }

    def is_workday(self, day: date) -> bool:
        """Weekdays outside the Spring Festival and National Day weeks."""
        return day.weekday() < 5 and day not in self._holidays

    def workday(self, day: date, forward: bool = True) -> date:
        while not self.is_workday(day):
            day += timedelta(days=1 if forward else -1)
        return day

    # --- rows -----------------------------------------------------------------------------

    def add(
        self, model: type, created: datetime, updated: datetime | None = None, **values: Any
    ) -> dict[str, Any]:
        """Add a ``model`` row; its id comes from the table's serial unless ``values`` has one."""
        kind = model.__tablename__  # type: ignore[attr-defined]
        serial = self._serial.get(kind, 0) + 1
        self._serial[kind] = serial
        updated = updated or created
        row = {
            "id": values.pop("id", None) or uuid_for(f"{kind}/{serial}"),
            "created_at": created,
            "updated_at": updated,
            "revision": 1 if updated == created else 2,
            "deleted_at": None,
            **values,
        }
        self.rows.setdefault(model, []).append(row)
        return row

    def tables(
        self, device_id: str, since: dict[type, int] | None = None
    ) -> list[tuple[type, list[dict[str, Any]]]]:
        """Rows per table in an order that satisfies every foreign key, stamped by the device;
        only those added after ``since`` (a ``counts()``) when given."""
        for rows in self.rows.values():
            for row in rows:
                row["updated_by"] = device_id
        order = (
            SpinQuestion, ValueModel, Account, Contact, ContactLink, Visit, VisitAttendee,
            VisitQuestion, NextStep, Complaint, RelationshipChange, SpinNote, SalesOrder,
            ValueRecord,
        )  # fmt: skip
        since = since or {}
        return [(m, self.rows.get(m, [])[since.get(m, 0) :]) for m in order]

    def counts(self) -> dict[type, int]:
        """How many rows each table has so far (for ``tables(since=)``)."""
        return {model: len(rows) for model, rows in self.rows.items()}

    def text(
        self,
        rng: random.Random,
        template: str,
        acct: Acct,
        who: Person | None,
        festival: str = "春节",
    ) -> str:
        """Fill a demo text's placeholders for this account and contact."""
        product = rng.choice(acct.products)["name"] if acct.products else "润滑油品"
        colleague = rng.choice(self.data.people["our_colleagues"]).split(" ")[-1]
        return template.format(
            contact=who.name if who else "对方负责人",
            title=who.title if who else "",
            short=acct.short,
            product=product,
            competitor=rng.choice(self.data.competitors),
            colleague=colleague,
            festival=festival,
            n=rng.randint(3, 12),
            pct=rng.randint(8, 35),
            amount=rng.choice((5, 8, 10, 20, 30, 50)),
            referrer=colleague,
            interest=rng.choice(self.data.people["interests"]),
            qty=rng.randint(20, 200),
        )
