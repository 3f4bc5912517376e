"""Plan an order-list import: ``sales_order`` rows, idempotent by HQ's order number, or by
account + date + amount when the list has none (an order the rep already entered by hand is
not added twice). New orders make the day-5 / day-15 revisits (DOMAIN §5.2) once the due
caches of their accounts are refreshed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from kam_desktop.db.models import SalesOrder
from kam_desktop.domain.enums import RecordSource
from kam_desktop.domain.value.hq_orders import OrderLine, order_row
from kam_desktop.formats.hq_list.model import RawRow
from kam_desktop.services.hq_import.apply import RecordWrites, apply_records
from kam_desktop.services.hq_import.book_accounts import same
from kam_desktop.services.hq_import.model import (
    FieldChange,
    NearDuplicateWarning,
    Outcome,
    RowChange,
)
from kam_desktop.services.hq_import.notes import MergedDuplicate
from kam_desktop.services.hq_import.plan_values import account_problem, accounts_by_code
from kam_desktop.services.hq_import.rows import RowSink

#: Fields of an order HQ may correct under the same order number.
ORDER_FIELDS = ("order_date", "amount", "product", "quantity", "repurchase_cycle_days")

OrderKey = tuple[str, ...]


def _key(account_id: str, order: OrderLine) -> OrderKey:
    if order.order_no:
        return ("ref", order.order_no)
    return ("same", account_id, order.order_date.isoformat(), f"{order.amount:.2f}")


def _detail(order: OrderLine) -> str:
    return order.order_no or order.order_date.isoformat()


class OrderPlanner:
    def __init__(self, sink: RowSink, conn: Connection) -> None:
        self.sink = sink
        self.warnings: list[NearDuplicateWarning] = []
        self.writes = RecordWrites()
        self._accounts = accounts_by_code(conn)
        self._existing: dict[OrderKey, object] = {}
        for row in conn.execute(
            select(
                SalesOrder.id,
                SalesOrder.account_id,
                SalesOrder.order_date,
                SalesOrder.amount,
                SalesOrder.product,
                SalesOrder.quantity,
                SalesOrder.repurchase_cycle_days,
                SalesOrder.hq_ref,
            ).where(SalesOrder.deleted_at.is_(None))
        ):
            if row.hq_ref:
                self._existing[("ref", row.hq_ref)] = row
            same_key = ("same", row.account_id, row.order_date.isoformat(), f"{row.amount:.2f}")
            self._existing.setdefault(same_key, row)
        self._orders: dict[OrderKey, tuple[int, str, OrderLine]] = {}

    def add(self, raw: RawRow) -> None:
        cells = self.sink.cells(raw)
        if cells is None:
            return
        result = order_row(cells, self.sink.units)
        order = result.order
        if order is None:
            self.sink.reject(raw, result.problems)
            return
        problem = account_problem(raw, order.code, self._accounts)
        if problem is not None:
            self.sink.reject(raw, [problem])
            return
        account = self._accounts[order.code]
        key = _key(account.id, order)
        earlier = self._orders.get(key)
        if earlier is not None:
            self._orders[key] = (earlier[0], account.id, order)  # the later line wins
            self.sink.change(
                RowChange(
                    (earlier[0], raw.number),
                    Outcome.DUPLICATE,
                    order.code,
                    account.name,
                    note=MergedDuplicate(row=earlier[0]),
                    detail=_detail(order),
                )
            )
            return
        self._orders[key] = (raw.number, account.id, order)

    def apply(self, conn: Connection, _log_id: int, now: datetime, device: str) -> list[str]:
        return apply_records(conn, SalesOrder, self.writes, now, device)

    def finish(self) -> None:
        for key, (number, account_id, order) in self._orders.items():
            account = self._accounts[order.code]
            existing = self._existing.get(key)
            new = {f: getattr(order, f) for f in ORDER_FIELDS}
            if existing is None:
                changes = tuple(FieldChange(f, None, v) for f, v in new.items() if v is not None)
                self.writes.inserts.append(
                    new
                    | {
                        "account_id": account_id,
                        "hq_ref": order.order_no,
                        "source": RecordSource.HQ,
                    }
                )
                outcome = Outcome.NEW
            else:
                changes = tuple(
                    FieldChange(f, getattr(existing, f), v)
                    for f, v in new.items()
                    if v is not None and not same(_plain(getattr(existing, f)), _plain(v))
                )
                if changes:
                    self.writes.updates.append(
                        {"id": existing.id} | {c.field: c.new for c in changes}
                    )  # type: ignore[attr-defined]
                outcome = Outcome.UPDATED if changes else Outcome.UNCHANGED
            if outcome is not Outcome.UNCHANGED:
                self.writes.touched.add(account_id)
            self.sink.change(
                RowChange(
                    (number,),
                    outcome,
                    order.code,
                    account.name,
                    account_id,
                    changes,
                    detail=_detail(order),
                )
            )


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value
