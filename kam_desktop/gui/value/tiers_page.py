"""The Tiers page of the Value settings (价值层级, DOMAIN §7.2): tiers drawn as shares of the
ranked accounts (percentile bands, the default) or by score thresholds, with what lead keeps
shown live and a refusal shown beside its field as the rep types.

Saved through ``services.value.value_rules.save_tier_rule``, which validates again.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import InvalidInput
from kam_desktop.domain.value.value import TierBands, TierRule, TierThresholds
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.value.settings_page import ValueSettingsPage
from kam_desktop.gui.value.settings_widgets import error_label, field_box
from kam_desktop.services.book.handle import Book
from kam_desktop.services.value.value_rules import (
    TIER_LABELS,
    TIER_LEVELS,
    load_tier_rule,
    save_tier_rule,
    tier_rule,
)

BANDS, THRESHOLDS = "bands", "thresholds"
_EPSILON = 1e-9


class _Group(QGroupBox):
    """Three spin boxes (platinum, gold, iron) and the line saying what lead keeps."""

    def __init__(self, kind: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for level in TIER_LEVELS:
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"edit_{kind}_{level}")
            spin.setDecimals(1)
            spin.setRange(0.0, 100.0)
            spin.setSuffix(" %" if kind == BANDS else "")
            label = QLabel(self)
            label.setBuddy(spin)
            form.addRow(label, field_box(self, spin, error_label(self, f"{kind}_{level}")))
            self.spins[level], self.labels[level] = spin, label
        self.remainder = QLabel(self)
        self.remainder.setObjectName(f"{kind}Remainder")
        form.addRow(self.remainder)
        if kind == BANDS:
            form.addRow(error_label(self, "bands_shares"))

    def values(self) -> tuple[float, float, float]:
        """As the service takes them: bands as fractions, thresholds as scores."""
        scale = 100.0 if self.kind == BANDS else 1.0
        platinum, gold, iron = (self.spins[level].value() / scale for level in TIER_LEVELS)
        return platinum, gold, iron

    def set_values(self, rule: TierRule) -> None:
        scale = 100.0 if self.kind == BANDS else 1.0
        for level in TIER_LEVELS:
            self.spins[level].setValue(getattr(rule, level) * scale)


class TiersPage(ValueSettingsPage):
    """Both groups stay visible; the one the chosen rule does not use is disabled."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.setObjectName("tiersPage")
        self._stored: TierRule = load_tier_rule(book)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.bands_radio = QRadioButton(self)
        self.bands_radio.setObjectName("bandsRadio")
        self.thresholds_radio = QRadioButton(self)
        self.thresholds_radio.setObjectName("thresholdsRadio")
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.bands_radio)
        self._kinds.addButton(self.thresholds_radio)
        self.bands = _Group(BANDS, self)
        self.thresholds = _Group(THRESHOLDS, self)
        # Each rule shows its stored values, or the defaults when the other one is in use.
        self.bands.set_values(self._stored if isinstance(self._stored, TierBands) else TierBands())
        self.thresholds.set_values(
            self._stored if isinstance(self._stored, TierThresholds) else TierThresholds()
        )
        uses_thresholds = isinstance(self._stored, TierThresholds)
        (self.thresholds_radio if uses_thresholds else self.bands_radio).setChecked(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.bands_radio)
        layout.addWidget(self.bands)
        layout.addWidget(self.thresholds_radio)
        layout.addWidget(self.thresholds)
        layout.addStretch(1)

        self._kinds.buttonToggled.connect(lambda *_: self._update())
        for group in (self.bands, self.thresholds):
            for spin in group.spins.values():
                spin.valueChanged.connect(lambda *_: self._update())
        translate_ui(self)

    # --- values ------------------------------------------------------------------------------

    def kind(self) -> str:
        return THRESHOLDS if self.thresholds_radio.isChecked() else BANDS

    def _group(self) -> _Group:
        return self.thresholds if self.kind() == THRESHOLDS else self.bands

    def problem_field_name(self, field: str) -> str:
        """The page's name for a service field: each rule has its own spin boxes."""
        return f"{self.kind()}_{field}"

    def _update(self) -> None:
        """Enable the chosen rule, say what lead keeps and show a refusal beside its field."""
        self.bands.setEnabled(self.kind() == BANDS)
        self.thresholds.setEnabled(self.kind() == THRESHOLDS)
        for label in self.findChildren(QLabel):
            if label.objectName().startswith("error_"):
                label.setVisible(False)
        try:
            tier_rule(self.kind(), *self._group().values())
        except InvalidInput as exc:
            for problem in exc.problems:
                label = self.findChild(QLabel, f"error_{self.problem_field_name(problem.field)}")
                if label is not None:
                    label.setText(problem.problem.message())
                    label.setVisible(True)
        self._show_remainder()

    def _show_remainder(self) -> None:
        platinum, gold, iron = self.bands.values()
        rest = 1.0 - (platinum + gold + iron)
        self.bands.remainder.setText(
            self.tr("Lead: the remaining {share} of accounts").format(share=f"{rest:.1%}")
            if rest >= -_EPSILON
            else self.tr("Lead: none (the shares add up to more than 100 %)")
        )
        iron_score = self.thresholds.spins["iron"].value()
        self.thresholds.remainder.setText(
            self.tr("Lead: scores below {score}").format(score=f"{iron_score:g}")
        )

    # --- the page protocol -------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Tiers")

    def is_modified(self) -> bool:
        stored = self._stored
        if self.kind() != (THRESHOLDS if isinstance(stored, TierThresholds) else BANDS):
            return True
        entered = dict(zip(TIER_LEVELS, self._group().values(), strict=True))
        return any(abs(v - getattr(stored, n)) > _EPSILON for n, v in entered.items())

    def save(self) -> bool:
        if not self.is_modified():
            return False
        self._stored = save_tier_rule(self._book, self.kind(), *self._group().values())
        return True

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "How accounts are sorted into the tiers of the value pyramid, by their value "
                "score. Lead takes every account below iron."
            )
        )
        self.bands_radio.setText(self.tr("Share of accounts (percentile bands)"))
        self.thresholds_radio.setText(self.tr("Score thresholds"))
        self.bands.setTitle(self.tr("Share of the scored accounts, from the top"))
        self.thresholds.setTitle(self.tr("Lowest value score of each tier (0–100)"))
        for group in (self.bands, self.thresholds):
            for level, label in group.labels.items():
                label.setText(self.tr("{tier}:").format(tier=TIER_LABELS[level]))
        self._update()
