"""The rows below the header, whatever the file: blank rows, summary rows (合计/总计/小计) and
repeated headers skipped, every data row cut or padded to the header's width, and a row with
more filled cells than the header has columns marked with its problem (rejected later, not a
crash now).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kam_desktop.domain.accounts.hq_columns import is_summary_label
from kam_desktop.formats.hq_list.errors import TooManyCells
from kam_desktop.formats.hq_list.model import (
    Cell,
    Header,
    RawRow,
    SkippedRow,
    SkipReason,
)


@dataclass
class Skips:
    """What was passed over while reading: summary and repeated-header rows, blank rows."""

    rows: list[SkippedRow] = field(default_factory=list)
    blank: int = 0


def _filled(cell: Cell) -> bool:
    return not isinstance(cell, str) or bool(cell.strip())


def data_rows(
    numbered: Iterable[tuple[int, tuple[Cell, ...]]],
    header: Header,
    file: str,
    skips: Skips,
) -> Iterator[RawRow]:
    """``numbered`` rows below the header as data rows; ``skips`` collects the rest."""
    width = len(header.columns)
    header_texts = tuple(c.text.strip() for c in header.columns)
    for number, cells in numbered:
        first = next((c for c in cells if _filled(c)), None)
        if first is None:
            skips.blank += 1
            continue
        if isinstance(first, str) and is_summary_label(first):
            skips.rows.append(SkippedRow(number, SkipReason.SUMMARY))
            continue
        row = tuple(cells[:width]) + ("",) * (width - len(cells))
        if tuple(c.strip() if isinstance(c, str) else c for c in row) == header_texts:
            skips.rows.append(SkippedRow(number, SkipReason.REPEATED_HEADER))
            continue
        extra = [c for c in cells[width:] if _filled(c)]
        problem = None
        if extra:
            last = max(i for i, c in enumerate(cells) if _filled(c))
            problem = TooManyCells(file=file, row=number, found=last + 1, expected=width)
        yield RawRow(number, row, problem)
