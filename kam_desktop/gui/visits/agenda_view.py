"""The agenda's tree: each local day a full-width row, its visits beneath, always expanded."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from kam_desktop.gui.visits.agenda_model import COLUMN_OF, AgendaModel

# Columns fitted to their content, and those fitted but kept narrow (px): the summary stretches.
FITTED = ("time", "purpose", "method", "status", "next_steps")
CAPPED = (("account", 170), ("attendees", 100))


class AgendaView(QTreeView):
    """Shows ``model``; a right-click emits ``customContextMenuRequested`` for the page."""

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaTree")
        self.setModel(model)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setExpandsOnDoubleClick(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_OF["summary"], QHeaderView.ResizeMode.Stretch)

    def fit_rows(self) -> None:
        """After new rows: days open and spanning the width, columns fitted to the visits."""
        self.expandAll()
        for row in range(self.model().rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        for key in FITTED:
            self.resizeColumnToContents(COLUMN_OF[key])
        for key, width in CAPPED:
            self.resizeColumnToContents(COLUMN_OF[key])
            self.setColumnWidth(COLUMN_OF[key], min(self.columnWidth(COLUMN_OF[key]), width))
