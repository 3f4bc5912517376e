"""A read-only table of rows (contacts, accounts due for a visit): sortable through a proxy,
one whole row chosen at a time, rows found by their place in the source model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_CHOOSE_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


class RowTable(QTableView):
    """Shows ``model`` sorted by its ``sort_role`` values (``proxy`` sits in between)."""

    def __init__(
        self, model: QAbstractItemModel, sort_role: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(sort_role)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def current_source_row(self) -> int | None:
        """The chosen row, as the source model counts; None when nothing is chosen."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().hasSelection():
            return None
        return self.proxy.mapToSource(index).row()

    def choose_source_row(self, row: int) -> bool:
        """Choose the source model's ``row`` and scroll to it; False for no such row (-1)."""
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.proxy.sourceModel().index(row, 0))
        self.selectionModel().setCurrentIndex(index, _CHOOSE_ROW)
        self.scrollTo(index)
        return True
