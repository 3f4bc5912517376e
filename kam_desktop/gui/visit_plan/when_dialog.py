"""A small dialog asking a day and a time: when to hold an accepted proposal, or a visit's new
time ("Set time…")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)


class WhenDialog(QDialog):
    """``text`` above a date and a time edit, both starting at ``default`` (naive local)."""

    def __init__(self, parent: QWidget | None, title: str, text: str, default: datetime) -> None:
        super().__init__(parent)
        self.setObjectName("whenDialog")
        self.setWindowTitle(title)
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(default.year, default.month, default.day), self)
        self.date_edit.setObjectName("whenDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.time_edit = QTimeEdit(QTime(default.hour, default.minute), self)
        self.time_edit.setObjectName("whenTime")
        self.time_edit.setDisplayFormat("HH:mm")
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.date_edit)
        form.addRow(self.tr("Time"), self.time_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        """The chosen day and time, naive local."""
        day, moment = self.date_edit.date(), self.time_edit.time()
        return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())


def ask_when(parent: QWidget | None, title: str, text: str, default: datetime) -> datetime | None:
    """The chosen moment (naive local), or None when the rep backs out. A module function so
    tests can answer without a modal loop."""
    dialog = WhenDialog(parent, title, text, default)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
