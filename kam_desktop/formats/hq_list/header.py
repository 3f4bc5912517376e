"""Finding the header row of an HQ list among its first rows, by the synonyms of DOMAIN §10.

Real lists have a title, a date or blank rows above the header, so every one of the first
``SEARCH_ROWS`` rows is tried: the header is the row naming the most known fields that has the
kind's required ones (the name, for a customer list). Each column keeps its text as written and
the field it matched, so the mapping step can show and change it. The same score chooses the
sheet of a workbook and the delimiter of a CSV.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kam_desktop.domain.accounts.hq_columns import REQUIRED, ListKind, match_header
from kam_desktop.formats.hq_list.errors import (
    FieldNames,
    MissingColumns,
    NoHeader,
    header_list,
)
from kam_desktop.formats.hq_list.model import Cell, Header, HeaderColumn

SEARCH_ROWS = 20

NumberedCells = tuple[int, tuple[Cell, ...]]


@dataclass(frozen=True)
class Candidate:
    """A row as a possible header: how many fields it names, and whether it has the required."""

    row: int
    header: Header
    matched: int
    complete: bool

    @property
    def score(self) -> tuple[bool, int]:
        return (self.complete, self.matched)


def header_of(cells: Sequence[Cell], kind: ListKind) -> Header:
    """The columns of ``cells`` read as a header of ``kind``: the first column naming a field
    gets it; a later one naming the same field is left unknown."""
    taken: set[str] = set()
    columns = []
    for index, cell in enumerate(cells):
        text = cell if isinstance(cell, str) else str(cell)
        match = match_header(text, kind)
        if match is None or match.field in taken:
            columns.append(HeaderColumn(index, text, None))
        else:
            taken.add(match.field)
            columns.append(HeaderColumn(index, text, match.field, match.unit))
    return Header(kind, tuple(columns))


def best_candidate(rows: Sequence[NumberedCells], kind: ListKind | None) -> Candidate | None:
    """The best header among ``rows`` (for ``kind``, or any kind when ``None``)."""
    kinds = [kind] if kind is not None else list(ListKind)
    best: Candidate | None = None
    for number, cells in rows[:SEARCH_ROWS]:
        for k in kinds:
            header = header_of(cells, k)
            found = set(header.field_columns())
            if not found:
                continue
            candidate = Candidate(number, header, len(found), REQUIRED[k] <= found)
            if best is None or candidate.score > best.score:
                best = candidate
    return best


def find_header(rows: Sequence[NumberedCells], kind: ListKind | None, file: str) -> Candidate:
    """The header among the first rows, or the error a rep can act on."""
    best = best_candidate(rows, kind)
    if best is None:
        first = next((cells for _, cells in rows if any(_text(c) for c in cells)), ())
        raise NoHeader(file=file, limit=SEARCH_ROWS, headers=header_list(map(_text, first)))
    if not best.complete:
        missing = REQUIRED[best.header.list_kind] - set(best.header.field_columns())
        raise MissingColumns(
            file=file,
            row=best.row,
            fields=FieldNames(tuple(sorted(missing))),
            headers=header_list(c.text for c in best.header.columns),
        )
    return best


def _text(cell: Cell) -> str:
    return cell if isinstance(cell, str) else str(cell)
