"""The preview's tables: what each row of the list would do, and the rejected cells.

Both hold the plan's tuples as they are and render text when the view asks, in the current
language; the changes can be narrowed to one outcome (``OutcomeFilter``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from kam_desktop.gui.hq_import.field_names import field_label, outcome_label, value_text
from kam_desktop.services.hq_import.model import Outcome, Rejection, RowChange

Index = QModelIndex | QPersistentModelIndex
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1
_EDITED_COLOUR = QColor("#8a5a00")


class _TableModel(QAbstractTableModel):
    """Rows of plain data, a header per column, text made by ``_text``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Any] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return self._other(row, index.column(), role)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def _text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def _other(self, row: Any, column: int, role: int) -> Any:
        return None


class ChangesModel(_TableModel):
    """One line per row (or merged group) of the list: rows, outcome, code, name, changes."""

    ROWS, OUTCOME, CODE, NAME, NOTE, CHANGES = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Row"),
            self.tr("Outcome"),
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Note"),
            self.tr("Changes"),
        ]

    def change(self, row: int) -> RowChange:
        return self._rows[row]

    def _text(self, row: RowChange, column: int) -> str:
        if column == self.ROWS:
            return ", ".join(str(n) for n in row.rows)
        if column == self.OUTCOME:
            return outcome_label(row.outcome)
        if column == self.CODE:
            return row.code or ""
        if column == self.NAME:
            return row.name
        if column == self.CHANGES:
            return self.changes_text(row)
        return row.note.message() if row.note is not None else ""

    def changes_text(self, row: RowChange) -> str:
        """ "field: old → new" for each field, the ones the rep had edited locally marked."""
        parts = []
        edited = self.tr("⚠ edited locally")
        for change in row.changes:
            old, new = value_text(change.old), value_text(change.new)
            if row.outcome is Outcome.NEW:  # nothing old; code and name have their columns
                if change.field not in ("code", "name"):
                    parts.append(f"{field_label(change.field)}: {new}")
                continue
            text = f"{field_label(change.field)}: {old} → {new}"
            if change.locally_edited:
                text += f" ({edited})"
            parts.append(text)
        return "; ".join(parts)

    def _other(self, row: RowChange, column: int, role: int) -> Any:
        if role == OUTCOME_ROLE:
            return row.outcome.value
        edited = any(c.locally_edited for c in row.changes)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANGES and edited:
            return _EDITED_COLOUR
        return None


class RejectedModel(_TableModel):
    """One line per rejected cell: file, row, column, value, why."""

    def headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Value"),
            self.tr("Reason"),
        ]

    def _text(self, row: Rejection, column: int) -> str:
        return (row.file, str(row.row), row.column, row.value, row.reason)[column]


class OutcomeFilter(QSortFilterProxyModel):
    """The changes of one outcome (``None``: all of them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcome: Outcome | None = None
        self.setFilterRole(OUTCOME_ROLE)

    def set_outcome(self, outcome: Outcome | None) -> None:
        self.beginFilterChange()
        self._outcome = outcome
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._outcome is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(OUTCOME_ROLE) == self._outcome.value
