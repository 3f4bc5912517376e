"""The Due list's decisions: the Snooze and Dismiss dialogs, and the undo command for a saved
snooze or dismissal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.book.handle import Book
from kam_desktop.services.revisits.due_items import DueItem
from kam_desktop.services.revisits.revisits import reopen

SNOOZE_DAYS = 7


class DecisionCommand(QUndoCommand):
    """A snooze or dismissal already saved; undo reopens the revisits, redo decides again."""

    def __init__(self, text: str, item: DueItem, decide: Callable[[], None], book: Book,
                 on_change: Callable[[str], None]) -> None:  # fmt: skip
        super().__init__(text)
        self._item, self._decide, self._book, self._on_change = item, decide, book, on_change
        self._first = True

    def redo(self) -> None:
        if self._first:  # the panel saved it already, to show a refusal before pushing
            self._first = False
            return
        self._decide()
        self._on_change(self._item.account_id)

    def undo(self) -> None:
        reopen(self._book, self._item.reasons)
        self._on_change(self._item.account_id)


class SnoozeDialog(QDialog):
    """Until when to hide an account's due revisits (default: a week from today)."""

    def __init__(self, item: DueItem, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setText(
            self.tr("Hide %1 from the Due list until:").replace("%1", item.account_name)
        )
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("snoozeUntil")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(QDate(today + timedelta(days=1)))
        self.date_edit.setDate(QDate(today + timedelta(days=SNOOZE_DAYS)))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(380)

    def until(self) -> date:
        return self.date_edit.date().toPython()


class DismissDialog(QDialog):
    """Why an account's due revisits can be dropped; OK stays off until a reason is typed."""

    def __init__(self, item: DueItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dismiss"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setText(
            self.tr("Why does %1 not need this visit? The reason is kept with the account.")
            .replace("%1", item.account_name)
        )  # fmt: skip
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("dismissReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. visited by a colleague from HQ"))
        self.reason_edit.setMaxLength(300)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        self._on_reason_changed("")
        self.setMinimumWidth(440)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _on_reason_changed(self, _text: str) -> None:
        self.ok_button().setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if self.reason():
            super().accept()
