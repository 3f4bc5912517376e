"""A row of tiles, one per outcome: how many rows an import makes new, updates, rejects …"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kam_desktop.gui.hq_import.field_names import outcome_label
from kam_desktop.services.hq_import.model import ImportPlan, Outcome

_COLOURS = {
    Outcome.NEW: "#1b7a3d",
    Outcome.UPDATED: "#1a4f9c",
    Outcome.UNCHANGED: "#555555",
    Outcome.DUPLICATE: "#6b4fa0",
    Outcome.CONFLICT: "#a05a00",
    Outcome.REJECTED: "#b3261e",
}


class CountsBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countsBar")
        self._numbers: dict[Outcome, QLabel] = {}
        self._names: dict[Outcome, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for outcome in Outcome:
            tile = QFrame(self)
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            number = QLabel("–", tile)
            number.setObjectName(f"count_{outcome.value}")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet(f"font-size: 16pt; font-weight: 600; color: {_COLOURS[outcome]};")
            name = QLabel(tile)
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setWordWrap(True)
            inner = QVBoxLayout(tile)
            inner.setContentsMargins(6, 4, 6, 4)
            inner.setSpacing(0)
            inner.addWidget(number)
            inner.addWidget(name)
            layout.addWidget(tile, 1)
            self._numbers[outcome], self._names[outcome] = number, name
        self.retranslate()

    def show_counts(self, plan: ImportPlan | None) -> None:
        for outcome, label in self._numbers.items():
            label.setText("–" if plan is None else str(plan.counts.get(outcome, 0)))

    def count(self, outcome: Outcome) -> int | None:
        """The number shown for ``outcome`` (None while there is no plan)."""
        text = self._numbers[outcome].text()
        return int(text) if text.isdigit() else None

    def retranslate(self) -> None:
        for outcome, label in self._names.items():
            label.setText(outcome_label(outcome))
