"""The value model's weights (价值模型, DOMAIN §7.1): which model the book scores by, and how much
each indicator counts, shown as the share of the score it will carry.

Saved through ``services.value.value_models`` (``use_model``, ``set_weight``), which validate
and mark the caches stale; ``edit_value_model`` then rescores every account in the background
so the tiers in the account list follow the new weights.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import FieldProblem, InvalidInput, Text
from kam_desktop.domain.value.value import INDICATORS, ValueIndicator
from kam_desktop.gui.dialog_save import SaveDialog
from kam_desktop.gui.inline_problems import InlineProblems
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.services.book.account_caches import refresh_all
from kam_desktop.services.book.handle import Book
from kam_desktop.services.value.value_models import (
    AllWeightsZero,
    ValueModelInfo,
    active_model,
    list_models,
    set_weight,
    use_model,
)

RESCORE = "value_model.rescore"  # one at a time: a newer save supersedes the running rescore
MAX_WEIGHT = 1000.0
_WEIGHTS = Text("ValueModel", "Weights")  # the service's field label (translated there)
_COL_INDICATOR, _COL_WEIGHT, _COL_SHARE = range(3)
_EPSILON = 1e-9


class ValueModelDialog(SaveDialog):
    """``exec()`` returns Accepted only after saving; ``rescore_needed`` says whether anything
    the scorer uses changed."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.setObjectName("valueModelDialog")
        self.rescore_needed = False
        self._models: list[ValueModelInfo] = list_models(book)
        self._active = active_model(book)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b42318;")
        self.message_label.setVisible(False)

        self.model_combo = QComboBox(self)
        self.model_combo.setObjectName("edit_model")
        self.model_label = QLabel(self)
        self.model_label.setBuddy(self.model_combo)
        top = QFormLayout()
        top.addRow(self.model_label, self.model_combo)

        self.table = QTableWidget(len(INDICATORS), 3, self)
        self.table.setObjectName("weightsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from spin box to spin box
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_COL_INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_COL_WEIGHT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_COL_SHARE, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self._shares: dict[str, QTableWidgetItem] = {}
        for row, code in enumerate(INDICATORS):
            self.table.setItem(row, _COL_INDICATOR, QTableWidgetItem())
            spin = QDoubleSpinBox(self.table)
            spin.setObjectName(f"edit_{code}")
            spin.setRange(0.0, MAX_WEIGHT)
            spin.setDecimals(2)
            spin.setSingleStep(1.0)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(self._update_shares)
            self.table.setCellWidget(row, _COL_WEIGHT, spin)
            share = QTableWidgetItem()
            share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, _COL_SHARE, share)
            self.spins[code], self._shares[code] = spin, share
        self.table.resizeRowsToContents()

        self.weights_error = QLabel(self)
        self.weights_error.setObjectName("error_weights")
        self.weights_error.setWordWrap(True)
        self.weights_error.setStyleSheet("color: #b42318;")
        self.weights_error.setVisible(False)
        self.problems = InlineProblems(self, self.message_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message_label)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.weights_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        translate_ui(self)
        chosen = next((i for i, m in enumerate(self._models) if m.name == self._active.name), 0)
        self.model_combo.setCurrentIndex(chosen)
        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        self._on_model_chosen(chosen)
        self._fit_table()

    # --- values ------------------------------------------------------------------------------

    def model(self) -> ValueModelInfo:
        """The model chosen in the combo, with its weights as stored."""
        return self._models[max(self.model_combo.currentIndex(), 0)]

    def weights(self) -> dict[str, float]:
        """The weights as entered (not yet saved)."""
        return {code: spin.value() for code, spin in self.spins.items()}

    def set_weights(self, weights: dict[str, float]) -> None:
        for code, spin in self.spins.items():
            spin.setValue(weights.get(code, 0.0))

    def _on_model_chosen(self, index: int) -> None:
        if 0 <= index < len(self._models):
            self.problems.clear()
            self.set_weights(dict(self._models[index].weights))
            self._update_shares()

    def _update_shares(self) -> None:
        """Each indicator's share of the total, live; all zero cannot be saved."""
        weights = self.weights()
        total = sum(weights.values())
        for code, item in self._shares.items():
            item.setText(f"{weights[code] / total:.1%}" if total > 0 else "—")
        all_zero = total <= 0
        self.save_button.setEnabled(not all_zero)
        if all_zero:
            self.problems.show_label("weights", self._all_zero_problem().message())
        else:
            self.weights_error.setVisible(False)

    def _all_zero_problem(self) -> FieldProblem:
        return FieldProblem("weights", _WEIGHTS, AllWeightsZero())

    def _write(self) -> ValueModelInfo:
        model, weights = self.model(), self.weights()
        if sum(weights.values()) <= 0:
            raise InvalidInput([self._all_zero_problem()])
        saved = model
        if model.name != self._active.name:
            saved = use_model(self._book, model.name)
            self.rescore_needed = True
        changed = [c for c in INDICATORS if abs(weights[c] - model.weights[c]) > _EPSILON]
        # Raised weights first: no step in between leaves every weight at zero.
        changed.sort(key=lambda c: weights[c] <= model.weights[c])
        for code in changed:
            saved = set_weight(self._book, model.name, code, weights[code])
            self.rescore_needed = True
        return saved

    @property
    def saved_model(self) -> ValueModelInfo | None:
        return self._saved

    # --- layout and language -----------------------------------------------------------------

    def _fit_table(self) -> None:
        """Every indicator visible without scrolling."""
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)  # and no empty space below the last row
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Value model"))
        self.intro.setText(
            self.tr(
                "How much each indicator counts in an account's value score and tier. The model "
                "chosen here is the one the account book scores by; saving rescores every account."
            )
        )
        self.model_label.setText(self.tr("Active model:"))
        for index, model in enumerate(self._models):
            if index < self.model_combo.count():
                self.model_combo.setItemText(index, model.display_name)
            else:
                self.model_combo.addItem(model.display_name)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Weight"), self.tr("Share of the score")]
        )
        for row, code in enumerate(INDICATORS):
            item = self.table.item(row, _COL_INDICATOR)
            if item is not None:
                item.setText(ValueIndicator(code).label())
        if not self.weights_error.isHidden():
            self.weights_error.setText(self._all_zero_problem().message())


def edit_value_model(parent: QWidget, book: Book, on_rescored: Callable[[], object]) -> bool:
    """Open the dialog; after a change, rescore every account in the background (with a
    progress dialog) and call ``on_rescored``. True when the rep saved a change."""
    dialog = ValueModelDialog(book, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.rescore_needed:
        return False
    title = QCoreApplication.translate("edit_value_model", "Value model")
    label = QCoreApplication.translate(
        "edit_value_model", "Rescoring every account with the new weights…"
    )
    BackgroundOp(parent, kind=RESCORE, on_success=lambda _: on_rescored()).with_dialog(
        title, label
    ).run(lambda progress: refresh_all(book, progress=progress))
    return True
