"""HQ's monthly value figures, one list row at a time: an account's sales, gross margin and
collections for one month, in 万元 (issue 10, point 6).

``value_row(cells, units)`` turns the cells of one row (by field name, as the header mapped
them) into a ``ValueFigure`` or the problems that go to the rejected-rows report; it never
raises for a bad cell. ``parse_month`` reads the month as HQ's lists write it. Also here, for
the order rows of ``hq_orders``: the field labels and the account-code cleaner.

A margin may be negative (a month sold at a loss); sales and collections may not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from kam_desktop.domain.accounts.account_fields import MAX_AMOUNT
from kam_desktop.domain.accounts.hq_cells import (
    FIRST_YEAR,
    LAST_YEAR,
    Cell,
    ImplausibleDate,
    NotAListDate,
    NotAnAmount,
    clean_code,
    clean_text,
    parse_amount,
    parse_date,
)
from kam_desktop.domain.errors import (
    FieldProblem,
    KamError,
    NegativeNumber,
    Required,
    Text,
    TooLong,
)
from kam_desktop.domain.field_values import NumberOutOfRange, text_problem
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

#: The longest account code, as ``account.code`` holds it.
CODE_LENGTH = 32

#: ``FieldProblem.field`` of a problem with the whole row rather than one cell.
ROW = ""

LABELS: dict[str, str] = {
    "code": QT_TRANSLATE_NOOP("hq_columns", "Customer code"),
    "month": QT_TRANSLATE_NOOP("hq_columns", "Month"),
    "sales": QT_TRANSLATE_NOOP("hq_columns", "Sales"),
    "margin": QT_TRANSLATE_NOOP("hq_columns", "Margin"),
    "collections": QT_TRANSLATE_NOOP("hq_columns", "Collections"),
    "order_no": QT_TRANSLATE_NOOP("hq_columns", "Order number"),
    "order_date": QT_TRANSLATE_NOOP("hq_columns", "Order date"),
    "amount": QT_TRANSLATE_NOOP("hq_columns", "Amount"),
    "product": QT_TRANSLATE_NOOP("hq_columns", "Product"),
    "quantity": QT_TRANSLATE_NOOP("hq_columns", "Quantity"),
    "repurchase_cycle_days": QT_TRANSLATE_NOOP("hq_columns", "Repurchase cycle (days)"),
    ROW: QT_TRANSLATE_NOOP("hq_columns", "Figures"),
}


class NotAMonth(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is not a month; write 2025-01 or 2025年1月.")


class NoFigures(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "are all empty; fill in at least one of sales, margin and collections."
    )


def label(field: str) -> Text:
    """The translatable name of an HQ list field, for its problems."""
    return Text("hq_columns", LABELS[field])


def problem(field: str, error: KamError) -> FieldProblem:
    """``error`` in the cell of ``field`` (``ROW``: in the row as a whole)."""
    return FieldProblem(field, label(field), error)


def clean_key(cell: Cell | None, limit: int) -> str | KamError | None:
    """A code or number kept as text (leading zeros and all), at most ``limit`` characters."""
    text = clean_code(cell)
    if text is None:
        return None
    if len(text) > limit:
        return TooLong(limit=limit)
    return text_problem(text) or text


# --- months ------------------------------------------------------------------------------------

_YEAR_MONTH = re.compile(r"^(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})$")
_CHINESE_MONTH = re.compile(
    r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?$"
)
_COMPACT_MONTH = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})$")
_SERIAL = re.compile(r"^\d+(?:\.\d+)?$")
_CHINESE_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}
_CHINESE_NUMERALS |= {"十一": 11, "十二": 12}
_ENGLISH_NAMES = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
_ENGLISH_MONTH = re.compile(
    r"^(?:(?P<n1>[a-z]{3,9})\.?[\s,/-]*(?P<y1>\d{4})|(?P<y2>\d{4})[\s/-]*(?P<n2>[a-z]{3,9})\.?)$"
)


def _month_text(year: int, month: int | None) -> str | KamError:
    if month is None or not 1 <= month <= 12:
        return NotAMonth()
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return ImplausibleDate(first=FIRST_YEAR, last=LAST_YEAR)
    return f"{year:04d}-{month:02d}"


def _english_month(name: str) -> int | None:
    """``jan``, ``Sept``, ``January``: any three or more first letters of the name."""
    for number, full in enumerate(_ENGLISH_NAMES, start=1):
        if len(name) >= 3 and full.startswith(name):
            return number
    return None


def parse_month(cell: Cell | None) -> str | KamError | None:
    """The month (``YYYY-MM``) a cell names, ``None`` for an empty one, or why it is none.

    Year and month (``2025-01``, ``2025/1``, ``2025.1``, ``2025年1月``, ``202501``, ``Jan 2025``),
    or a whole date (text, an Excel date or serial number), which stands for its month."""
    if isinstance(cell, date):  # a datetime is a date too
        return _month_text(cell.year, cell.month)
    text = clean_text(cell)
    if text is None:
        return None
    for pattern in (_YEAR_MONTH, _COMPACT_MONTH):
        found = pattern.match(text)
        if found:
            return _month_text(int(found["y"]), int(found["m"]))
    found = _CHINESE_MONTH.match(text)
    if found:
        month = found["m"]
        number = int(month) if month.isdigit() else _CHINESE_NUMERALS.get(month)
        return _month_text(int(found["y"]), number)
    found = _ENGLISH_MONTH.match(text.casefold())
    if found:
        name, year = (found["n1"], found["y1"]) if found["n1"] else (found["n2"], found["y2"])
        return _month_text(int(year), _english_month(name))
    day = parse_date(text)
    if isinstance(day, date):
        return _month_text(day.year, day.month)
    if day is None or isinstance(day, NotAListDate) or _SERIAL.match(text):
        return NotAMonth()  # a bare number that is no plausible serial: most likely a year
    return day


# --- amounts -----------------------------------------------------------------------------------

_MINUS = "-\u2212"  # NFKC leaves the minus sign U+2212 alone


def signed_amount(cell: Cell | None, unit: str | None, high: float) -> float | KamError | None:
    """Like ``hq_cells.parse_amount`` (which refuses negatives), but a leading minus (also after
    ``¥``) makes the amount negative: for a margin, where a loss is a real figure."""
    text = clean_text(cell) if isinstance(cell, str) else None
    if text is None:
        return parse_amount(cell, unit, high)  # empty, or a date: its answer stands
    negative = text[0] in _MINUS
    if negative:
        text = text[1:].lstrip()
        if not text or text[0] in _MINUS + "+":
            return NotAnAmount()  # a lone or doubled sign
    value = parse_amount(text, unit, high)
    if isinstance(value, NegativeNumber):
        if negative:  # ``-¥-12``
            return NotAnAmount()
        negative = True  # ``¥-12``: the sign after the currency
        value = parse_amount(text.replace("-", "", 1), unit, high)
    if isinstance(value, NumberOutOfRange):
        return NumberOutOfRange(low=f"-{high:,.0f}", high=f"{high:,.0f}")
    if negative and isinstance(value, float) and value:
        return -value
    return value


# --- rows --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueFigure:
    """One account's HQ figures for one month, amounts in 万元."""

    code: str
    month: str  # YYYY-MM
    sales: float | None
    margin: float | None  # 毛利; negative in a month sold at a loss
    collections: float | None  # 回款


@dataclass(frozen=True)
class ValueRow:
    """One row of a value-figures list: its figure, or (``figure`` ``None``) its problems."""

    figure: ValueFigure | None
    problems: tuple[FieldProblem, ...]


_FIGURES = ("sales", "margin", "collections")


def value_row(
    cells: Mapping[str, Cell | None], units: Mapping[str, str | None] | None = None
) -> ValueRow:
    """The figure one row of a value-figures list gives (cells by field name; ``units`` the
    amount headers' units, ``None``: 万元), or every problem with it. Never raises for a bad
    cell; fields other than the list's own are ignored."""
    units = units or {}
    found: list[FieldProblem] = []
    values: dict[str, object] = {}
    cleaned = {
        "code": clean_key(cells.get("code"), CODE_LENGTH),
        "month": parse_month(cells.get("month")),
        "sales": parse_amount(cells.get("sales"), units.get("sales"), MAX_AMOUNT),
        "margin": signed_amount(cells.get("margin"), units.get("margin"), MAX_AMOUNT),
        "collections": parse_amount(cells.get("collections"), units.get("collections"), MAX_AMOUNT),
    }
    for field, value in cleaned.items():
        if value is None and field in ("code", "month"):
            value = Required()
        if isinstance(value, KamError):
            found.append(problem(field, value))
        else:
            values[field] = value
    if all(f in values and values[f] is None for f in _FIGURES):
        found.append(problem(ROW, NoFigures()))
    if found:
        return ValueRow(None, tuple(found))
    return ValueRow(ValueFigure(**values), ())  # type: ignore[arg-type]


__all__ = [
    "CODE_LENGTH",
    "LABELS",
    "ROW",
    "NoFigures",
    "NotAMonth",
    "ValueFigure",
    "ValueRow",
    "clean_key",
    "label",
    "parse_month",
    "signed_amount",
    "value_row",
]
