"""The account picker for logging an unplanned visit: type part of a name or code, pick one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.accounts.find_accounts import AccountQuery, account_rows, find_account_ids
from kam_desktop.services.book.handle import Book

PICKER_LIMIT = 50  # accounts listed at once in the picker: type more to narrow it
SEARCH_DELAY_MS = 150


class AccountPicker(QDialog):
    """Which account a visit was with: type part of a name or code, Enter takes the first
    (or the highlighted) match, double-click takes any."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(self.tr("Log an unplanned visit"))
        self.prompt_label = QLabel(self.tr("Which account was the visit with?"), self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("accountSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, short name or code"))
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("accountChoices")
        self.hint_label = QLabel(self)
        self.hint_label.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self.accept)
        self.list.itemDoubleClicked.connect(self.accept)
        self.list.currentRowChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search_edit.installEventFilter(self)
        self.search()
        self.resize(480, 420)

    def search(self) -> None:
        """List the accounts matching the typed text (the first ``PICKER_LIMIT``)."""
        self._timer.stop()
        ids = find_account_ids(self._book, AccountQuery(text=self.search_edit.text().strip()))
        self.list.clear()
        for row in account_rows(self._book, ids[:PICKER_LIMIT]):
            parts = [row.name, row.code or "", row.city or ""]
            item = QListWidgetItem(" · ".join(p for p in parts if p), self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        more = len(ids) - PICKER_LIMIT
        self.hint_label.setText(
            self.tr("%n more: type more of the name to narrow the list.", "", more)
            if more > 0 else ""
        )  # fmt: skip
        self.list.setCurrentRow(0)
        self._update_ok()

    def chosen_account_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept(self) -> None:
        if self._timer.isActive():  # Enter right after typing: search first
            self.search()
        if self.chosen_account_id():
            super().accept()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Up and Down in the search box move through the list, so the keyboard never leaves.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _update_ok(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen_account_id() is not None)
