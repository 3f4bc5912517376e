"""The Lifecycle page of the Value settings (生命周期, DOMAIN §7.4 and §5.3): the thresholds of the
lifecycle rule and the days after which an ordering account counts as dormant for revisits,
each with one line saying what it does.

Saved through ``services.value.value_rules.save_lifecycle_settings``, which validates again.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import InvalidInput
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.value.settings_page import ValueSettingsPage
from kam_desktop.gui.value.settings_widgets import error_label, field_box, note_label
from kam_desktop.services.book.handle import Book
from kam_desktop.services.value.value_rules import (
    LIFECYCLE_FIELDS,
    LifecycleSettings,
    lifecycle_settings,
    lifecycle_settings_to_json,
    load_lifecycle_settings,
    save_lifecycle_settings,
)

PERCENT_FIELDS = frozenset({"trend_threshold"})  # shown as %, stored as a fraction
_EPSILON = 1e-9


class LifecyclePage(ValueSettingsPage):
    """One spin box per threshold (``edit_<field>``), its explanation and its error label."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.setObjectName("lifecyclePage")
        self._stored: LifecycleSettings = load_lifecycle_settings(book)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, (_label, minimum, maximum) in LIFECYCLE_FIELDS.items():
            spin: QSpinBox | QDoubleSpinBox
            if name in PERCENT_FIELDS:
                spin = QDoubleSpinBox(self)
                spin.setDecimals(1)
                spin.setRange(minimum * 100, maximum * 100)
                spin.setSuffix(" %")
            else:
                spin = QSpinBox(self)
                spin.setRange(int(minimum), int(maximum))
            spin.setObjectName(f"edit_{name}")
            spin.valueChanged.connect(lambda *_: self._check())
            label = QLabel(self)
            label.setBuddy(spin)
            note = note_label(self)
            form.addRow(label, field_box(self, spin, note, error_label(self, name)))
            self.spins[name], self.labels[name], self.notes[name] = spin, label, note
        self.set_values(self._stored)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        translate_ui(self)

    # --- values ------------------------------------------------------------------------------

    def values(self) -> dict[str, float]:
        """As the service takes them (the trend threshold as a fraction)."""
        return {
            name: spin.value() / 100 if name in PERCENT_FIELDS else spin.value()
            for name, spin in self.spins.items()
        }

    def set_values(self, settings: LifecycleSettings) -> None:
        for name, value in lifecycle_settings_to_json(settings).items():
            spin = self.spins[name]
            if isinstance(spin, QDoubleSpinBox):
                spin.setValue(value * 100 if name in PERCENT_FIELDS else value)
            else:
                spin.setValue(int(value))

    def _check(self) -> None:
        """Show a refusal (a quarter over the trend window) beside its field as the rep types."""
        for label in self.findChildren(QLabel):
            if label.objectName().startswith("error_"):
                label.setVisible(False)
        try:
            lifecycle_settings(self.values())
        except InvalidInput as exc:
            for problem in exc.problems:
                label = self.findChild(QLabel, f"error_{problem.field}")
                if label is not None:
                    label.setText(problem.problem.message())
                    label.setVisible(True)

    # --- the page protocol -------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Lifecycle")

    def is_modified(self) -> bool:
        stored = lifecycle_settings_to_json(self._stored)
        return any(abs(v - stored[n]) > _EPSILON for n, v in self.values().items())

    def save(self) -> bool:
        if not self.is_modified():
            return False
        self._stored = save_lifecycle_settings(self._book, self.values())
        return True

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "When an account's lifecycle stage changes, from its orders by month, and when "
                "an account that stopped ordering counts as dormant for revisits."
            )
        )
        texts = {
            "exploration_months": (
                self.tr("Exploration (months):"),
                self.tr("An account whose first order is more recent than this is exploring."),
            ),
            "trend_months": (
                self.tr("Trend window (months):"),
                self.tr(
                    "The sales of this many recent complete months are compared with the "
                    "same number of months before them."
                ),
            ),
            "trend_threshold": (
                self.tr("Trend threshold:"),
                self.tr("Sales up by more than this: formation; down by more: decline."),
            ),
            "quarter_months": (
                self.tr("Quarter (months):"),
                self.tr(
                    "Stability needs an order in every block of this many months of the "
                    "trend window."
                ),
            ),
            "lost_after_days": (
                self.tr("Lost after (days):"),
                self.tr("No order for longer than this: the account is lost."),
            ),
            "dormant_after_days": (
                self.tr("Dormant after (days):"),
                self.tr(
                    "No order for longer than this: an account below gold is dormant for revisits."
                ),
            ),
        }
        for name, (label, note) in texts.items():
            self.labels[name].setText(label)
            self.notes[name].setText(note)
        self._check()
