"""Contact-map coverage rules (DOMAIN §3.2): the five thresholds behind the coverage gaps.

Saved in the book with ``services.coverage_settings.save_rules`` so a team shares them through
sync; a refused value is shown beside its field and nothing is saved. The caller recomputes the
stored gaps after a save (``refresh_map_gaps``).
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.contacts.coverage import DEFAULT_RULES, CoverageRuleField, CoverageRules
from kam_desktop.gui.dialog_save import SaveDialog
from kam_desktop.gui.inline_problems import InlineProblems
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.coverage_settings import RANGES, load_rules, save_rules

FIELDS = tuple(f.name for f in fields(CoverageRules))

# The spin boxes accept a little beyond the allowed ranges on purpose: the service is the one
# that decides, and its message beside the field says what is allowed.
_SPIN_MARGIN = 1


class MapRulesDialog(SaveDialog):
    """``exec()`` returns Accepted only after the rules were saved (``saved_rules``)."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.setObjectName("mapRulesDialog")

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b42318;")
        self.message_label.setVisible(False)

        self.form = QWidget(self)
        form_layout = QFormLayout(self.form)
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        for name in FIELDS:
            spin = QSpinBox(self.form)
            spin.setObjectName(f"edit_{name}")
            low, high = RANGES[name]
            spin.setRange(low - _SPIN_MARGIN, high + _SPIN_MARGIN)
            hint = QLabel(self.form)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #57606a;")
            error = QLabel(self.form)
            error.setObjectName(f"error_{name}")
            error.setWordWrap(True)
            error.setStyleSheet("color: #b42318;")
            error.setVisible(False)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(spin)
            box.addWidget(hint)
            box.addWidget(error)
            label = QLabel(self.form)
            label.setBuddy(spin)
            form_layout.addRow(label, box)
            self.spins[name], self.labels[name], self.hints[name] = spin, label, hint
        self.problems = InlineProblems(self.form, self.message_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.restore_button = QPushButton(self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(lambda: self.set_rules(DEFAULT_RULES))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message_label)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        translate_ui(self)
        self.set_rules(load_rules(book))

    # --- values ------------------------------------------------------------------------------

    def set_rules(self, rules: CoverageRules) -> None:
        for name in FIELDS:
            self.spins[name].setValue(getattr(rules, name))

    def rules(self) -> CoverageRules:
        """The rules as entered (not yet checked)."""
        return CoverageRules(**{name: self.spins[name].value() for name in FIELDS})

    @property
    def saved_rules(self) -> CoverageRules | None:
        return self._saved

    def _write(self) -> CoverageRules:
        rules = self.rules()
        save_rules(self._book, rules)
        return rules

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contact map rules"))
        self.intro.setText(
            self.tr(
                "When a contact map shows a coverage gap. The rules are stored in the account "
                "book, so a team that syncs shares them."
            )
        )
        hints = {
            "min_strong_contacts": self.tr(
                "Fewer contacts with a strong relationship than this: the account is "
                "single-threaded."
            ),
            "strong_level": self.tr(
                "The relationship level (1–5) from which a relationship counts as strong."
            ),
            "kdm_min_level": self.tr(
                "A key decision maker below this relationship level: weak relationship."
            ),
            "kdm_min_attitude": self.tr(
                "A key decision maker with a lower attitude is not supportive "
                "(2 strongly supportive, 1 supportive, 0 neutral, −1 opposed)."
            ),
            "not_met_days": self.tr(
                "Decision-level contacts and key decision makers not met for longer: not met "
                "recently."
            ),
        }
        for name in FIELDS:
            self.labels[name].setText(CoverageRuleField(name).label())
            self.hints[name].setText(hints[name])
        self.spins["not_met_days"].setSuffix(self.tr(" days"))
        self.restore_button.setText(self.tr("Restore defaults"))
