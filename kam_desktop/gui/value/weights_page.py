"""The Weights page of the Value settings (价值模型, DOMAIN §7.1): which model the book scores by,
how much each indicator counts in it (shown as the share of the score it will carry), and the
models themselves (new, rename, delete).

Weights and the active model are written on Save (``set_weights``, ``use_model``); edits of
several models are kept until then. New, Rename and Delete act on the book at once, as a list
manager does: they change no score (a new model is inactive, the active one cannot be deleted).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, Text
from kam_desktop.domain.value.value import INDICATORS
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.value.settings_page import ValueSettingsPage
from kam_desktop.gui.value.settings_widgets import error_label
from kam_desktop.gui.value.weights_table import WeightsTable
from kam_desktop.services.book.handle import Book
from kam_desktop.services.value.value_models import (
    AllWeightsZero,
    ValueModelInfo,
    active_model,
    add_model,
    delete_model,
    list_models,
    rename_model,
    set_weights,
    use_model,
)

_WEIGHTS = Text("ValueModel", "Weights")  # the service's field label (translated there)
_EPSILON = 1e-9


class WeightsPage(ValueSettingsPage):
    """The model chosen in the combo becomes the active one on Save."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.setObjectName("weightsPage")
        self._pending: dict[str, dict[str, float]] = {}  # model name -> weights as entered
        self._shown: str | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model_combo = QComboBox(self)
        self.model_combo.setObjectName("edit_model")
        self.model_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_label = QLabel(self)
        self.model_label.setBuddy(self.model_combo)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newModelButton")
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renameModelButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteModelButton")
        self.new_button.clicked.connect(self._on_new)
        self.rename_button.clicked.connect(self._on_rename)
        self.delete_button.clicked.connect(self._on_delete)
        top = QHBoxLayout()
        top.addWidget(self.model_label)
        top.addWidget(self.model_combo, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            top.addWidget(button)

        self.name_error = error_label(self, "name")
        self.table = WeightsTable(self)
        self.table.weights_changed.connect(self._update_shares)
        self.spins = self.table.spins
        self.weights_error = error_label(self, "weights")

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.name_error)
        layout.addWidget(self.table)
        layout.addWidget(self.weights_error)
        layout.addStretch(1)

        self._load(active_model(book).name)
        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        translate_ui(self)

    # --- values ------------------------------------------------------------------------------

    def _load(self, show: str) -> None:
        """Read the models again and show ``show`` (pending weights stay)."""
        self._models: list[ValueModelInfo] = list_models(self._book)
        self._active = active_model(self._book)
        blocked = self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItems([m.display_name for m in self._models])
        index = next((i for i, m in enumerate(self._models) if m.name == show), 0)
        self.model_combo.setCurrentIndex(index)
        self.model_combo.blockSignals(blocked)
        self._show(self._models[index])

    def model(self) -> ValueModelInfo:
        """The model chosen in the combo, with its weights as stored."""
        return self._models[max(self.model_combo.currentIndex(), 0)]

    def weights(self) -> dict[str, float]:
        """The shown model's weights as entered (not yet saved)."""
        return self.table.weights()

    def set_weights(self, weights: dict[str, float]) -> None:
        self.table.set_weights(weights)

    def _keep_entered(self) -> None:
        if self._shown is not None:
            self._pending[self._shown] = self.weights()

    def _show(self, model: ValueModelInfo) -> None:
        self._shown = model.name
        self.set_weights(self._pending.get(model.name, dict(model.weights)))
        self.delete_button.setEnabled(len(self._models) > 1 and model.name != self._active.name)
        self._update_shares()

    def _on_model_chosen(self, index: int) -> None:
        if 0 <= index < len(self._models):
            self._keep_entered()
            self.name_error.setVisible(False)
            self._show(self._models[index])

    def _update_shares(self) -> None:
        """Each indicator's share of the total, live; all zero cannot be saved."""
        all_zero = self.table.update_shares() <= 0
        self.weights_error.setText(self._all_zero_problem().message() if all_zero else "")
        self.weights_error.setVisible(all_zero)

    def _all_zero_problem(self) -> FieldProblem:
        return FieldProblem("weights", _WEIGHTS, AllWeightsZero())

    def _changed(self) -> dict[str, dict[str, float]]:
        """Models whose entered weights differ from the stored ones."""
        self._keep_entered()
        stored = {m.name: m.weights for m in self._models}
        return {
            name: weights
            for name, weights in self._pending.items()
            if name in stored
            and any(abs(weights[c] - stored[name][c]) > _EPSILON for c in INDICATORS)
        }

    # --- the page protocol -------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Weights")

    def is_modified(self) -> bool:
        return self.model().name != self._active.name or bool(self._changed())

    def save(self) -> bool:
        if sum(self.weights().values()) <= 0:
            raise InvalidInput([self._all_zero_problem()])
        changed = self._changed()
        chosen = self.model().name
        rescore = chosen != self._active.name or self._active.name in changed
        for name, weights in changed.items():
            set_weights(self._book, name, weights)
        if chosen != self._active.name:
            use_model(self._book, chosen)
        self._pending.clear()
        self._load(chosen)
        return rescore

    # --- new, rename, delete -----------------------------------------------------------------

    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return name if ok else None

    def _refused(self, exc: KamError) -> None:
        problems = exc.problems if isinstance(exc, InvalidInput) else []
        self.name_error.setText(problems[0].message() if problems else exc.message())
        self.name_error.setVisible(True)

    def _on_new(self) -> None:
        name = self._ask_name(self.tr("New value model"), self.tr("Name of the new model:"))
        if name is None:
            return
        self._keep_entered()
        try:
            created = add_model(self._book, name, like=self.model().name)
        except KamError as exc:
            self._refused(exc)
            return
        self.name_error.setVisible(False)
        self._pending[created.name] = self.weights()  # as entered on the model it copies
        self._load(created.name)

    def _on_rename(self) -> None:
        model = self.model()
        title = self.tr("Rename value model")
        name = self._ask_name(title, self.tr("New name:"), model.display_name)
        if name is None:
            return
        self._keep_entered()
        try:
            renamed = rename_model(self._book, model.name, name)
        except KamError as exc:
            self._refused(exc)
            return
        self.name_error.setVisible(False)
        if model.name in self._pending:
            self._pending[renamed.name] = self._pending.pop(model.name)
        self._load(renamed.name)

    def _on_delete(self) -> None:
        model = self.model()
        answer = QMessageBox.question(
            self,
            self.tr("Delete value model"),
            self.tr("Delete the value model “{name}”? This cannot be undone.").format(
                name=model.display_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_model(self._book, model.name)
        except KamError as exc:
            self._refused(exc)
            return
        self.name_error.setVisible(False)
        self._pending.pop(model.name, None)
        self._shown = None
        self._load(self._active.name)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "How much each indicator counts in an account's value score and tier. The model "
                "chosen here is the one the account book scores by."
            )
        )
        self.model_label.setText(self.tr("Active model:"))
        self.new_button.setText(self.tr("New model…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))
        for index, model in enumerate(self._models):
            self.model_combo.setItemText(index, model.display_name)
        self.table.retranslate()
        if not self.weights_error.isHidden():
            self.weights_error.setText(self._all_zero_problem().message())
