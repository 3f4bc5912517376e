"""Where every kind of HQ import puts what it finds, row by row: the cells by field, the
changes, the rejected cells (with the header and the cell as written, for the report) and the
counts per outcome."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kam_desktop.domain.errors import FieldProblem, KamError
from kam_desktop.formats.hq_list.model import Cell, RawRow
from kam_desktop.services.hq_import.model import (
    ColumnMapping,
    Outcome,
    Rejection,
    RowChange,
)
from kam_desktop.services.hq_import.overview import cell_text


class RowSink:
    def __init__(self, file_name: str, columns: Iterable[ColumnMapping]) -> None:
        self.file_name = file_name
        mapped = [c for c in columns if c.field is not None]
        self._columns = [(c.index, str(c.field)) for c in mapped]
        self._headers = {str(c.field): c.header for c in mapped}
        self.units = {str(c.field): c.unit for c in mapped}
        self.changes: list[RowChange] = []
        self.rejected: list[Rejection] = []
        self.counts: Counter[Outcome] = Counter()

    def cells(self, raw: RawRow) -> dict[str, Cell] | None:
        """The row's cells by field, or ``None`` (rejected) when the reader found it broken."""
        if raw.problem is not None:
            self.rejected.append(Rejection(self.file_name, raw.number, "", "", raw.problem))
            self.counts[Outcome.REJECTED] += 1
            return None
        return {field: raw.cells[index] for index, field in self._columns}

    def value_of(self, raw: RawRow, field: str) -> str:
        index = next((i for i, f in self._columns if f == field), None)
        return cell_text(raw.cells[index]) if index is not None else ""

    def rejection(self, number: int, issue: FieldProblem, value: str) -> Rejection:
        header = self._headers.get(issue.field, str(issue.label))
        return Rejection(self.file_name, number, header, value, issue.problem)

    def reject(self, raw: RawRow, problems: Iterable[FieldProblem]) -> None:
        """Reject a row for its bad cells (one report line each)."""
        for issue in problems:
            self.rejected.append(self.rejection(raw.number, issue, self.value_of(raw, issue.field)))
        self.counts[Outcome.REJECTED] += 1

    def conflict(self, number: int, code: object, name: str, note: KamError) -> None:
        """A row not imported because it contradicts the book or another row."""
        self.changes.append(
            RowChange((number,), Outcome.CONFLICT, str(code) if code else None, name, note=note)
        )
        self.rejected.append(Rejection(self.file_name, number, "", "", note))
        self.counts[Outcome.CONFLICT] += 1

    def change(self, change: RowChange) -> None:
        if change.outcome is not Outcome.UNCHANGED:
            self.changes.append(change)
        self.counts[change.outcome] += 1
