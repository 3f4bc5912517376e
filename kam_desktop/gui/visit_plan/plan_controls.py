"""The plan page's top row: the date range, the account manager, and "not visited for N days"
for nearby proposals. ``changed`` fires when any of them changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.visit_plan.proposals import NOT_VISITED_DAYS


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PlanControls(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        self.from_edit.setObjectName("planFrom")
        self.to_edit.setObjectName("planTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.changed)
        self.owner_label = QLabel(self)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("planOwner")
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_combo.currentIndexChanged.connect(self.changed)
        self.days_label = QLabel(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("notVisitedDays")
        self.days_spin.setRange(7, 730)
        self.days_spin.setValue(NOT_VISITED_DAYS)
        self.days_spin.valueChanged.connect(self.changed)
        self.from_label.setBuddy(self.from_edit)
        self.owner_label.setBuddy(self.owner_combo)
        self.days_label.setBuddy(self.days_spin)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.from_label)
        row.addWidget(self.from_edit)
        row.addWidget(self.to_label)
        row.addWidget(self.to_edit)
        row.addSpacing(12)
        row.addWidget(self.owner_label)
        row.addWidget(self.owner_combo)
        row.addSpacing(12)
        row.addWidget(self.days_label)
        row.addWidget(self.days_spin)
        row.addStretch(1)
        translate_ui(self)

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("to"))
        self.owner_label.setText(self.tr("&Account manager"))
        self.days_label.setText(self.tr("&Nearby: not visited for"))
        self.days_spin.setSuffix(self.tr(" days"))
        if self.owner_combo.count():
            self.owner_combo.setItemText(0, self.tr("All"))

    # --- values ------------------------------------------------------------------------------

    def set_range(self, start: date, end: date) -> None:
        self.blockSignals(True)
        try:
            self.from_edit.setDate(_qdate(start))
            self.to_edit.setDate(_qdate(end))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def range(self) -> tuple[date, date]:
        return _date(self.from_edit.date()), _date(self.to_edit.date())

    def set_owners(self, owners: list[str]) -> None:
        """Offer "All" and ``owners``; the chosen one stays chosen while it is offered."""
        chosen = self.owner()
        self.owner_combo.blockSignals(True)
        try:
            self.owner_combo.clear()
            self.owner_combo.addItem(self.tr("All"), None)
            for owner in owners:
                self.owner_combo.addItem(owner, owner)
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(chosen)))
        finally:
            self.owner_combo.blockSignals(False)

    def owner(self) -> str | None:
        return self.owner_combo.currentData()

    def choose_owner(self, owner: str | None) -> bool:
        index = self.owner_combo.findData(owner)
        if index >= 0:
            self.owner_combo.setCurrentIndex(index)
        return index >= 0

    def not_visited_days(self) -> int:
        return self.days_spin.value()
