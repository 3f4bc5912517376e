"""HQ's order lists, one row at a time: an account's order with its date and amount in 万元,
and what else HQ knows of it (order number, product, quantity, repurchase cycle) (issue 10,
point 6).

``order_row(cells, units)`` turns the cells of one row (by field name, as the header mapped
them) into an ``OrderLine`` or the problems that go to the rejected-rows report; it never
raises for a bad cell. A zero or negative amount is a return or a credit note, not an order:
the row is refused with that reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from kam_desktop.domain.accounts.account_fields import MAX_AMOUNT
from kam_desktop.domain.accounts.hq_cells import (
    Cell,
    clean_text,
    parse_amount,
    parse_date,
)
from kam_desktop.domain.errors import FieldProblem, KamError, NegativeNumber, Required, TooLong
from kam_desktop.domain.field_values import (
    NotAWholeNumber,
    NumberOutOfRange,
    text_problem,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value.hq_figures import CODE_LENGTH, clean_key, problem

#: As ``sales_order``: ``hq_ref`` holds 64 characters, ``product`` 200.
ORDER_NO_LENGTH = 64
PRODUCT_LENGTH = 200
#: A repurchase cycle beyond ten years is a typing mistake (or a date in the wrong column).
MAX_CYCLE_DAYS = 3650
#: No order counts beyond 10^12 pieces; the bound keeps every quantity a finite float.
MAX_QUANTITY = 1e12


class NotAnOrderAmount(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "must be more than 0; a zero or negative amount is a return or a credit note, "
        "not an order.",
    )


class NotAQuantity(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "is not a quantity; write a number such as 12 or 1,200.5."
    )


_NUMBER = re.compile(r"^\+?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
_NEGATIVE = re.compile(r"^[-\u2212]\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
# A day count may say its unit: ``30天``, ``30 days``, ``30d``.
_DAYS_SUFFIX = re.compile(r"\s*(?:天|日|days?|d)$", re.IGNORECASE)


def _amount(cell: Cell | None, unit: str | None) -> float | KamError | None:
    value = parse_amount(cell, unit, MAX_AMOUNT)
    if isinstance(value, NegativeNumber) or value == 0:
        return NotAnOrderAmount()
    return value


def _product(cell: Cell | None) -> str | KamError | None:
    text = clean_text(cell)
    if text is None:
        return None
    if len(text) > PRODUCT_LENGTH:
        return TooLong(limit=PRODUCT_LENGTH)
    return text_problem(text) or text


def _quantity(cell: Cell | None) -> float | KamError | None:
    if isinstance(cell, date):
        return NotAQuantity()
    text = clean_text(cell)
    if text is None:
        return None
    text = text.replace(" ", "")
    if _NEGATIVE.match(text):
        return NegativeNumber()
    if not _NUMBER.match(text):
        return NotAQuantity()
    value = float(text.lstrip("+").replace(",", ""))
    if value > MAX_QUANTITY:
        return NumberOutOfRange(low=0, high=f"{MAX_QUANTITY:,.0f}")
    return value


def _cycle_days(cell: Cell | None) -> int | KamError | None:
    if isinstance(cell, date):
        return NotAWholeNumber()
    text = clean_text(cell)
    if text is None:
        return None
    text = _DAYS_SUFFIX.sub("", text).replace(",", "")
    text = text[:-2] if text.endswith(".0") else text  # a numeric cell written as a float
    negative = text.startswith(("-", "\u2212"))
    digits = text[1:] if negative else text
    if not digits.isascii() or not digits.isdigit():
        return NotAWholeNumber()
    days = -int(digits) if negative else int(digits)
    if not 1 <= days <= MAX_CYCLE_DAYS:
        return NumberOutOfRange(low=1, high=f"{MAX_CYCLE_DAYS:,}")
    return days


@dataclass(frozen=True)
class OrderLine:
    """One HQ order, amount in 万元."""

    code: str
    order_date: date
    amount: float
    order_no: str | None = None
    product: str | None = None
    quantity: float | None = None
    repurchase_cycle_days: int | None = None


@dataclass(frozen=True)
class OrderRow:
    """One row of an order list: its order, or (``order`` ``None``) its problems."""

    order: OrderLine | None
    problems: tuple[FieldProblem, ...]


_REQUIRED = ("code", "order_date", "amount")


def order_row(
    cells: Mapping[str, Cell | None], units: Mapping[str, str | None] | None = None
) -> OrderRow:
    """The order one row of an order list gives (cells by field name; ``units`` the amount
    header's unit, ``None``: 万元), or every problem with it. Never raises for a bad cell;
    fields other than the list's own are ignored."""
    units = units or {}
    cleaned: dict[str, object] = {
        "code": clean_key(cells.get("code"), CODE_LENGTH),
        "order_date": parse_date(cells.get("order_date")),
        "amount": _amount(cells.get("amount"), units.get("amount")),
        "order_no": clean_key(cells.get("order_no"), ORDER_NO_LENGTH),
        "product": _product(cells.get("product")),
        "quantity": _quantity(cells.get("quantity")),
        "repurchase_cycle_days": _cycle_days(cells.get("repurchase_cycle_days")),
    }
    found: list[FieldProblem] = []
    for field, value in cleaned.items():
        if value is None and field in _REQUIRED:
            value = Required()
        if isinstance(value, KamError):
            found.append(problem(field, value))
    if found:
        return OrderRow(None, tuple(found))
    return OrderRow(OrderLine(**cleaned), ())  # type: ignore[arg-type]


__all__ = [
    "MAX_CYCLE_DAYS",
    "ORDER_NO_LENGTH",
    "PRODUCT_LENGTH",
    "NotAQuantity",
    "NotAnOrderAmount",
    "OrderLine",
    "OrderRow",
    "order_row",
]
