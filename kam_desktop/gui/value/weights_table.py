"""The weights table of a value model: one row per indicator, its weight in a spin box and the
share of the score that weight will carry, updated as the rep types."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kam_desktop.domain.value.value import INDICATORS, ValueIndicator

MAX_WEIGHT = 1000.0
_COL_INDICATOR, _COL_WEIGHT, _COL_SHARE = range(3)


class WeightsTable(QTableWidget):
    """Tab goes from spin box to spin box; every indicator is visible without scrolling."""

    weights_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(INDICATORS), 3, parent)
        self.setObjectName("weightsTable")
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(_COL_INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_COL_WEIGHT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_COL_SHARE, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self._shares: dict[str, QTableWidgetItem] = {}
        for row, code in enumerate(INDICATORS):
            self.setItem(row, _COL_INDICATOR, QTableWidgetItem())
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"edit_{code}")
            spin.setRange(0.0, MAX_WEIGHT)
            spin.setDecimals(2)
            spin.setSingleStep(1.0)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(self.weights_changed)
            self.setCellWidget(row, _COL_WEIGHT, spin)
            share = QTableWidgetItem()
            share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, _COL_SHARE, share)
            self.spins[code], self._shares[code] = spin, share
        self.resizeRowsToContents()
        self._fit()

    def weights(self) -> dict[str, float]:
        return {code: spin.value() for code, spin in self.spins.items()}

    def set_weights(self, weights: dict[str, float]) -> None:
        for code, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(weights.get(code, 0.0))
            spin.blockSignals(False)
        self.weights_changed.emit()

    def update_shares(self) -> float:
        """Show each indicator's share of the total; returns the total."""
        weights = self.weights()
        total = sum(weights.values())
        for code, item in self._shares.items():
            item.setText(f"{weights[code] / total:.1%}" if total > 0 else "—")
        return total

    def _fit(self) -> None:
        """Every row visible, and no empty space below the last."""
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Weight"), self.tr("Share of the score")]
        )
        for row, code in enumerate(INDICATORS):
            item = self.item(row, _COL_INDICATOR)
            if item is not None:
                item.setText(ValueIndicator(code).label())
        self._fit()
