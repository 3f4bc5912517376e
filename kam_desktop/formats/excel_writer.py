"""Writing a workbook of plain tables (openpyxl): one sheet per table, ready to send to HQ.

Each sheet has a bold header row frozen at the top and columns as wide as their content
(CJK characters count double, capped so a long note does not make a column screen-wide).
Cells are typed by their column: text and codes are text cells with number format ``@`` (so
a code ``005112`` or a mobile ``13800000000`` is never turned into a number by Excel), numbers
are numbers, dates are real dates with a date format. Every text cell goes through
``spreadsheet_safety.neutralise`` and is stored as a string, never as a formula. The file is
written through ``atomic_file``: a failed save leaves any earlier file as it was.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from kam_desktop.formats.atomic_file import write_atomically
from kam_desktop.formats.spreadsheet_safety import neutralise


class CellKind(Enum):
    """How a column's cells are stored."""

    TEXT = "text"  # text cell, format "@" (codes, phones, names, notes)
    NUMBER = "number"  # a number with two decimals (amounts)
    INTEGER = "integer"
    DATE = "date"
    DATETIME = "datetime"


_FORMATS = {
    CellKind.TEXT: "@",
    CellKind.NUMBER: "#,##0.00",
    CellKind.INTEGER: "0",
    CellKind.DATE: "yyyy-mm-dd",
    CellKind.DATETIME: "yyyy-mm-dd hh:mm",
}
_DATE_WIDTH = {CellKind.DATE: 10, CellKind.DATETIME: 16}
MIN_WIDTH = 6
MAX_WIDTH = 50
MAX_SHEET_TITLE = 31  # Excel's limit
_SHEET_TITLE_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})

Value = str | int | float | date | datetime | None


@dataclass(frozen=True)
class Column:
    header: str
    kind: CellKind = CellKind.TEXT


@dataclass(frozen=True)
class Sheet:
    """A table: its title, its columns, and rows of plain values in column order."""

    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Value]]


def display_width(text: str) -> int:
    """Columns ``text`` takes: wide and full-width (CJK) characters count double."""
    return sum(
        2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
        for c in text
        if not unicodedata.combining(c)
    )


def clean_text(text: str) -> str:
    """Text a cell may hold: control characters XML forbids removed, formulas neutralised."""
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", text))


def _cell_value(value: Value, kind: CellKind) -> Value:
    if value is None:
        return None
    if kind is CellKind.TEXT:
        return clean_text(str(value))
    if kind in (CellKind.NUMBER, CellKind.INTEGER):
        return value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if isinstance(value, datetime):  # Excel knows no time zones: local wall-clock time
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    return value if isinstance(value, date) else None


def _width(values: Sequence[Value], column: Column) -> float:
    widest = display_width(column.header)
    if column.kind in _DATE_WIDTH:
        widest = max(widest, _DATE_WIDTH[column.kind])
    elif column.kind is CellKind.NUMBER:
        widest = max([widest, *(len(f"{v:,.2f}") for v in values if isinstance(v, float | int))])
    else:
        for value in values:
            if value is not None:  # a multi-line note: its longest line
                lines = str(value).splitlines() or [""]
                widest = max(widest, *(display_width(line) for line in lines))
                if widest >= MAX_WIDTH:
                    break
    return min(max(widest + 2, MIN_WIDTH), MAX_WIDTH)


def sheet_title(title: str, taken: set[str]) -> str:
    """A title Excel accepts: no ``[]:*?/\\``, at most 31 characters, unique in the book."""
    base = title.translate(_SHEET_TITLE_FORBIDDEN).strip("'")[:MAX_SHEET_TITLE] or "Sheet"
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate, n = base[: MAX_SHEET_TITLE - len(suffix)] + suffix, n + 1
    taken.add(candidate.casefold())
    return candidate


def build_workbook(
    sheets: Sequence[Sheet], on_sheet: Callable[[int], None] | None = None
) -> Workbook:
    """The workbook for ``sheets``; ``on_sheet(i)`` is called before sheet ``i`` is filled."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    taken: set[str] = set()
    for index, sheet in enumerate(sheets):
        if on_sheet is not None:
            on_sheet(index)
        ws = workbook.create_sheet(sheet_title(sheet.title, taken))
        for col, column in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=1, column=col, value=clean_text(column.header))
            cell.data_type = "s"
            cell.font = bold
        for r, row in enumerate(sheet.rows, start=2):
            for col, (value, column) in enumerate(zip(row, sheet.columns, strict=True), start=1):
                cell = ws.cell(row=r, column=col)
                cell.value = _cell_value(value, column.kind)
                if column.kind is CellKind.TEXT and cell.value is not None:
                    cell.data_type = "s"  # a string, whatever openpyxl guessed: never a formula
                cell.number_format = _FORMATS[column.kind]
        for col, column in enumerate(sheet.columns, start=1):
            values = [row[col - 1] for row in sheet.rows]
            ws.column_dimensions[get_column_letter(col)].width = _width(values, column)
        ws.freeze_panes = "A2"
    if not sheets:
        workbook.create_sheet("Sheet")
    return workbook


def write_workbook(
    path: Path | str, sheets: Sequence[Sheet], on_sheet: Callable[[int], None] | None = None
) -> None:
    """Write ``sheets`` as an ``.xlsx`` at ``path``, atomically."""
    workbook = build_workbook(sheets, on_sheet)
    write_atomically(path, workbook.save)


__all__ = ["CellKind", "Column", "Sheet", "build_workbook", "display_width", "write_workbook"]
