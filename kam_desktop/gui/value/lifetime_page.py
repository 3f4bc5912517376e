"""The Lifetime value page of the Value settings dialog (终身价值, DOMAIN §7.5): the retention
rate per lifecycle stage, the discount rate (both in percent) and the horizon in years.

Saved with ``services.value.value_settings``; a refused entry is shown beside its field and
nothing is saved. Lifetime value is computed when shown (``account_value``, ``portfolio``),
never cached on the accounts, so saving never asks for a rescore.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import LifecycleStage
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.domain.value.lifetime import (
    DEFAULT_ASSUMPTIONS,
    MAX_HORIZON_YEARS,
    LifetimeAssumptions,
)
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.value.settings_page import ValueSettingsPage
from kam_desktop.services.book.handle import Book
from kam_desktop.services.value.value_settings import (
    lifetime_assumptions_from_entries,
    load_lifetime_assumptions,
    save_lifetime_assumptions,
)

ERROR_STYLE = "color: #b3261e;"  # the inline problem colour of the .ui forms


def _percent_text(rate: float) -> str:
    """0.855 -> "85.5": a rate as the percentage the rep types, without float noise."""
    return f"{round(rate * 100, 4):g}"


def _same(a: LifetimeAssumptions, b: LifetimeAssumptions) -> bool:
    """Equal up to the float noise of going through a percentage."""
    return (
        a.horizon_years == b.horizon_years
        and math.isclose(a.discount_rate, b.discount_rate, abs_tol=1e-9)
        and all(
            math.isclose(a.retention_by_stage[s], b.retention_by_stage[s], abs_tol=1e-9)
            for s in LifecycleStage
        )
    )


class LifetimePage(ValueSettingsPage):
    """Edits ``LifetimeAssumptions``; each field ``<name>`` is ``edit_<name>`` with its problem
    in ``error_<name>`` (names as ``lifetime_assumptions_from_entries`` reports them)."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.setObjectName("lifetimePage")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.retention_box = QGroupBox(self)
        retention_form = QFormLayout(self.retention_box)
        self.retention_edits: dict[LifecycleStage, QLineEdit] = {}
        self.retention_captions: dict[LifecycleStage, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for stage in LifecycleStage:
            name = f"retention_{stage.code}"
            edit = self._percent_edit(name)
            self.retention_edits[stage] = edit
            self.retention_captions[stage] = QLabel(self.retention_box)
            retention_form.addRow(self.retention_captions[stage], self._with_error(name, edit))
        self.other_box = QGroupBox(self)
        other_form = QFormLayout(self.other_box)
        self.discount_edit = self._percent_edit("discount_rate")
        self.horizon_spin = QSpinBox(self)
        self.horizon_spin.setObjectName("edit_horizon_years")
        self.horizon_spin.setRange(1, MAX_HORIZON_YEARS)
        self.horizon_spin.setMaximumWidth(120)
        self.discount_caption, self.horizon_caption = QLabel(self), QLabel(self)
        other_form.addRow(
            self.discount_caption, self._with_error("discount_rate", self.discount_edit)
        )
        other_form.addRow(
            self.horizon_caption, self._with_error("horizon_years", self.horizon_spin)
        )
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreDefaultsButton")
        self.restore_button.clicked.connect(lambda: self.fill(DEFAULT_ASSUMPTIONS))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.retention_box)
        layout.addWidget(self.other_box)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self._saved = load_lifetime_assumptions(book)
        self.fill(self._saved)
        translate_ui(self)

    def _percent_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"edit_{name}")
        edit.setMaximumWidth(90)
        edit.textEdited.connect(lambda _text: self.clear_problems())
        return edit

    def _with_error(self, name: str, field: QWidget) -> QWidget:
        """The field, its unit (percent fields) and its problem label, on one row."""
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field)
        if isinstance(field, QLineEdit):
            line.addWidget(QLabel("%", row))
        error = QLabel(row)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)  # always there, empty when fine: it keeps the field at the left
        self.errors[name] = error
        line.addWidget(error, 1)
        return row

    # --- assumptions <-> widgets -------------------------------------------------------------

    def fill(self, assumptions: LifetimeAssumptions) -> None:
        for stage, edit in self.retention_edits.items():
            edit.setText(_percent_text(assumptions.retention_by_stage[stage]))
        self.discount_edit.setText(_percent_text(assumptions.discount_rate))
        self.horizon_spin.setValue(assumptions.horizon_years)
        self.clear_problems()

    def assumptions(self) -> LifetimeAssumptions:
        """The assumptions as shown; ``InvalidInput`` naming each unusable field."""
        return lifetime_assumptions_from_entries(
            {stage: edit.text() for stage, edit in self.retention_edits.items()},
            self.discount_edit.text(),
            self.horizon_spin.value(),
        )

    def saved_assumptions(self) -> LifetimeAssumptions:
        return self._saved

    # --- the page protocol -------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Lifetime value")

    def is_modified(self) -> bool:
        try:
            return not _same(self.assumptions(), self._saved)
        except InvalidInput:
            return True  # something was typed that the book does not hold

    def save(self) -> bool:
        """Write the assumptions when changed; True then: the book's quadrant medians (kept
        by the refresh) are recomputed in the background with the new assumptions."""
        self.clear_problems()
        try:
            assumptions = self.assumptions()
        except InvalidInput as exc:
            self.show_problems(exc)
            raise
        if _same(assumptions, self._saved):
            return False
        save_lifetime_assumptions(self._book, assumptions)
        self._saved = assumptions
        return True

    def show_problems(self, exc: InvalidInput) -> None:
        """Each problem beside its field; the first bad field gets the focus."""
        first: QWidget | None = None
        for problem in exc.problems:
            label = self.errors.get(problem.field)
            if label is None:
                continue  # the dialog shows the whole message anyway
            label.setText(problem.problem.message())
            first = first or self.findChild(QWidget, f"edit_{problem.field}")
        if first is not None:
            first.setFocus()

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()

    def visible_problems(self) -> dict[str, str]:
        """Field name -> problem shown beside it (for tests and accessibility)."""
        return {name: label.text() for name, label in self.errors.items() if label.text()}

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "Lifetime value (CLV) is what an account is worth over the coming years: each "
                "year's gross margin minus cost to serve, weighted by the chance the account "
                "stays (the retention rate of its lifecycle stage) and discounted to today."
            )
        )
        self.retention_box.setTitle(self.tr("Retention rate per year, by lifecycle stage"))
        for stage, caption in self.retention_captions.items():
            caption.setText(stage.label())
        self.other_box.setTitle(self.tr("Discounting"))
        self.discount_caption.setText(self.tr("Discount rate per year"))
        self.horizon_caption.setText(self.tr("Horizon"))
        self.horizon_spin.setSuffix(self.tr(" years"))
        self.restore_button.setText(self.tr("Restore defaults"))
