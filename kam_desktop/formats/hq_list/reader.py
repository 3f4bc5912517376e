"""Open an HQ list, whatever it is: the one entry point of the readers.

``open_hq_list`` looks at the bytes (workbook, or text in some encoding), finds the sheet or
delimiter and the header row, and returns an ``HqList``: the detected format and header at
once, the rows on demand. ``HqList.rows()`` reads the file again from the start each time it
is called and yields one ``RawRow`` at a time, so a 100,000-row list never sits in memory;
summary and repeated-header rows are collected in ``skipped`` as it goes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.formats.hq_list.csv_reader import csv_rows, detect_csv
from kam_desktop.formats.hq_list.encoding import sniff
from kam_desktop.formats.hq_list.errors import HqListUnreadable
from kam_desktop.formats.hq_list.excel_reader import detect_workbook, workbook_rows
from kam_desktop.formats.hq_list.model import (
    DetectedFormat,
    FileKind,
    Header,
    RawRow,
    SkippedRow,
)
from kam_desktop.formats.hq_list.rows import Skips, data_rows


@dataclass
class HqList:
    """An opened list: how it was read, its header, and its rows on demand."""

    path: Path
    format: DetectedFormat
    header: Header
    _skips: Skips = field(default_factory=Skips, repr=False)

    def rows(self) -> Iterator[RawRow]:
        """The data rows, read lazily from the file; resets ``skipped``."""
        self._skips = Skips()
        if self.format.kind is FileKind.CSV:
            numbered = csv_rows(self.path, self.format)
        else:
            numbered = workbook_rows(self.path, self.format)
        return data_rows(numbered, self.header, str(self.path), self._skips)

    @property
    def skipped(self) -> tuple[SkippedRow, ...]:
        """Summary (合计 …) and repeated-header rows passed over by the last ``rows()``."""
        return tuple(self._skips.rows)

    @property
    def blank_rows(self) -> int:
        """Blank rows below the header passed over by the last ``rows()``."""
        return self._skips.blank


def open_hq_list(
    path: Path | str,
    *,
    kind: ListKind | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> HqList:
    """Open ``path`` as an HQ list of ``kind`` (``None``: whichever kind its header fits).

    ``encoding`` and ``delimiter`` fix a text file's, ``sheet`` a workbook's sheet. Raises a
    ``KamError`` naming the file (and line or row) when the file cannot be read as a list.
    """
    path = Path(path)
    try:
        sniffed = sniff(path, encoding)
        if sniffed.kind is FileKind.CSV:
            assert sniffed.encoding is not None
            detected, candidate = detect_csv(path, sniffed.encoding, delimiter, kind)
        else:
            detected, candidate = detect_workbook(path, sniffed.kind, sheet, kind)
    except OSError as error:
        raise HqListUnreadable(file=str(path), reason=error.strerror or str(error)) from None
    return HqList(path, detected, candidate.header)
