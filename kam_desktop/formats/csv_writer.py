"""Writing a table as a CSV file that Excel and WPS open right, and that never runs a formula.

UTF-8 with a byte-order mark (without it, Excel on a Chinese Windows reads UTF-8 as GBK and
shows mojibake), CRLF line ends (what Excel writes and expects), every text cell through
``spreadsheet_safety.neutralise``; numbers are written as numbers. The file is written whole
through ``atomic_file``: a failed save leaves any earlier file as it was.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from kam_desktop.formats.atomic_file import write_bytes_atomically
from kam_desktop.formats.spreadsheet_safety import neutralise

Value = str | int | float | date | datetime | None

BOM = "\ufeff"


def cell_text(value: Value) -> str:
    """The text of one cell: empty for ``None``, ISO dates, numbers as they are, text made inert."""
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int: say what it means
        return str(value).lower()
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return neutralise(str(value).replace("\x00", ""))  # a NUL would cut the file short


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[Value]]) -> str:
    """The whole file as text, BOM first, CRLF line ends."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([cell_text(h) for h in headers])
    writer.writerows([cell_text(v) for v in row] for row in rows)
    return out.getvalue()


def write_csv(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[Value]]) -> None:
    """Write ``headers`` and ``rows`` as a UTF-8 (BOM) CSV at ``path``, atomically."""
    write_bytes_atomically(path, csv_text(headers, rows).encode("utf-8"))


__all__ = ["BOM", "cell_text", "csv_text", "write_csv"]
