"""What the HQ list readers hand back: the detected format, the header, the rows, the skips.

Plain frozen data; a cell is the text a person typed, or a ``date``/``datetime`` for a real
Excel date. Row numbers are the numbers a person sees: the file line in a CSV (the first line
of a record whose quoted fields hold line breaks), the sheet row in a workbook.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.domain.errors import KamError

Cell = str | date


class FileKind(Enum):
    """The container a list arrived in."""

    CSV = "csv"
    XLSX = "xlsx"
    XLS = "xls"


@dataclass(frozen=True)
class DetectedFormat:
    """How a list was read; the wizard shows it and lets the rep change any part."""

    kind: FileKind
    header_row: int
    encoding: str | None = None  # CSV only: a Python codec name
    delimiter: str | None = None  # CSV only
    sheet: str | None = None  # workbooks only
    sheets: tuple[str, ...] = ()  # every sheet of a workbook, to offer another


@dataclass(frozen=True)
class HeaderColumn:
    """One column: its header as written, and the field it was matched to (``None``: unknown)."""

    index: int
    text: str
    field: str | None
    unit: str | None = None


@dataclass(frozen=True)
class Header:
    """The header row: every column, and the list kind its fields fit."""

    list_kind: ListKind
    columns: tuple[HeaderColumn, ...]

    def field_columns(self) -> dict[str, int]:
        """Auto-matched field → column index."""
        return {c.field: c.index for c in self.columns if c.field is not None}

    def unknown(self) -> tuple[HeaderColumn, ...]:
        """Columns with a header no synonym matched (offered for manual mapping)."""
        return tuple(c for c in self.columns if c.field is None and c.text.strip())


@dataclass(frozen=True)
class RawRow:
    """One data row: its number, exactly as many cells as the header has columns, and a
    problem the reader found on it (too many cells), which the next layer rejects."""

    number: int
    cells: tuple[Cell, ...]
    problem: KamError | None = None


class SkipReason(Enum):
    SUMMARY = "summary"  # 合计 / 总计 / 小计
    REPEATED_HEADER = "repeated_header"  # a header repeated on every printed page


@dataclass(frozen=True)
class SkippedRow:
    """A row below the header that is not data and not an error."""

    number: int
    reason: SkipReason
