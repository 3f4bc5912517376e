"""Revisit-rule settings (``ui/revisit_rules_dialog.ui``, DOMAIN §5.2): which rules are on and
their thresholds, cadence by tier and grade, holiday greetings and dates, which visits count.

Saved in the book with ``services.revisits.save_settings``; a refused value is shown beside its
field and nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from kam_desktop.domain.enums import Grade, RevisitRule, ValueTier, VisitPurpose
from kam_desktop.domain.errors import (
    BadChoice,
    BadNumber,
    FieldProblem,
    InvalidInput,
    KamError,
    Text,
)
from kam_desktop.domain.revisits.holidays import Holiday, HolidayDate
from kam_desktop.domain.revisits.revisit_settings import (
    DEFAULT_SETTINGS,
    RevisitSettingField,
    RevisitSettings,
)
from kam_desktop.gui.dialog_save import SaveDialog
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.ui_loader import find_child
from kam_desktop.services.book.handle import Book
from kam_desktop.services.revisits.revisits import load_settings, save_settings

#: Day thresholds shown as spin boxes (the field's name is also the widget's: edit_<name>).
DAY_FIELDS = (
    "repurchase_lead_days", "complaint_opened_days", "complaint_resolved_days",
    "holiday_lead_days", "birthday_lead_days", "dormant_after_days", "early_cover_days",
    "lapse_after_days",
)  # fmt: skip
HOLIDAYS = tuple(Holiday)
RULE_FIELDS = {
    RevisitRule.AFTER_ORDER: ("edit_after_order_days",),
    RevisitRule.REPURCHASE: ("edit_repurchase_lead_days",),
    RevisitRule.PERIODIC: ("tierGroup", "gradeGroup"),
    RevisitRule.COMPLAINT_OPENED: ("edit_complaint_opened_days",),
    RevisitRule.COMPLAINT_RESOLVED: ("edit_complaint_resolved_days",),
    RevisitRule.HOLIDAY: ("edit_holiday_lead_days",),
    RevisitRule.BIRTHDAY: ("edit_birthday_lead_days",),
    RevisitRule.DORMANT: ("edit_dormant_after_days",),
}  # the widgets each rule's checkbox enables


class RevisitRulesDialog(SaveDialog):
    """``exec()`` returns Accepted only after the settings were saved."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self._load_form("revisit_rules_dialog", reveal=self._show_tab_of)
        self.tabs = find_child(self.form, QTabWidget, "tabs")
        self.restore_button = find_child(self.form, QPushButton, "restoreDefaultsButton")
        self.after_order_edit = find_child(self.form, QLineEdit, "edit_after_order_days")
        self.holiday_table = find_child(self.form, QTableWidget, "edit_holiday_dates")
        self.add_year_button = find_child(self.form, QPushButton, "addYearButton")
        self.remove_year_button = find_child(self.form, QPushButton, "removeYearButton")
        self.any_visit_radio = find_child(self.form, QRadioButton, "edit_any_visit_satisfies")
        self.purposes_radio = find_child(self.form, QRadioButton, "purposesRadio")
        self.rule_boxes = {
            r: find_child(self.form, QCheckBox, f"rule_{r.code}") for r in RevisitRule
        }
        self.day_spins = {
            name: find_child(self.form, QSpinBox, f"edit_{name}") for name in DAY_FIELDS
        }
        self.tier_spins = {
            t: find_child(self.form, QSpinBox, f"edit_periodic_days_{t.code}") for t in ValueTier
        }
        self.grade_spins = {
            g: find_child(self.form, QSpinBox, f"edit_periodic_grade_days_{g.code}") for g in Grade
        }
        self.holiday_tier_boxes = {
            t: find_child(self.form, QCheckBox, f"holidayTier_{t.code}") for t in ValueTier
        }
        self.purpose_boxes = {
            p: find_child(self.form, QCheckBox, f"purpose_{p.code}") for p in VisitPurpose
        }  # fmt: skip
        self.holiday_table.setColumnCount(len(HOLIDAYS))
        self.holiday_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holiday_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.fill(load_settings(book))
        translate_ui(self)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.add_year_button.clicked.connect(self._on_add_year_clicked)
        self.remove_year_button.clicked.connect(self._on_remove_year_clicked)
        self.any_visit_radio.toggled.connect(self._on_any_visit_toggled)
        for box in self.rule_boxes.values():
            box.toggled.connect(self._on_rule_toggled)
        self._on_rule_toggled()
        self.resize(760, 600)

    # --- settings <-> widgets ----------------------------------------------------------------

    def fill(self, settings: RevisitSettings) -> None:
        for rule, box in self.rule_boxes.items():
            box.setChecked(rule in settings.rules)
        self.after_order_edit.setText(", ".join(str(d) for d in settings.after_order_days))
        for name, spin in self.day_spins.items():
            spin.setValue(getattr(settings, name))
        tiers, grades = dict(settings.periodic_days), dict(settings.periodic_grade_days)
        for tier, spin in self.tier_spins.items():
            spin.setValue(tiers.get(tier, 0))  # 0 shows "off"
        for grade, spin in self.grade_spins.items():
            spin.setValue(grades.get(grade, 0))
        for tier, box in self.holiday_tier_boxes.items():
            box.setChecked(tier in settings.holiday_tiers)
        self._fill_holiday_dates(settings.holiday_dates)
        self.any_visit_radio.setChecked(settings.any_visit_satisfies)
        self.purposes_radio.setChecked(not settings.any_visit_satisfies)
        for purpose, box in self.purpose_boxes.items():
            box.setChecked(purpose in settings.satisfying_purposes)
        self._on_any_visit_toggled(settings.any_visit_satisfies)

    def _fill_holiday_dates(self, dates: tuple[HolidayDate, ...]) -> None:
        by_year: dict[int, dict[Holiday, date]] = {}
        for d in dates:
            by_year.setdefault(d.on.year, {})[d.holiday] = d.on
        self.holiday_table.setRowCount(0)
        for year in sorted(by_year):
            self._add_year_row(year, by_year[year])

    def _add_year_row(self, year: int, days: dict[Holiday, date]) -> None:
        row = self.holiday_table.rowCount()
        self.holiday_table.insertRow(row)
        self.holiday_table.setVerticalHeaderItem(row, QTableWidgetItem(str(year)))
        for column, holiday in enumerate(HOLIDAYS):
            on = days.get(holiday)
            self.holiday_table.setItem(row, column, QTableWidgetItem(on.isoformat() if on else ""))

    def read_settings(self) -> RevisitSettings:
        """The settings as shown; ``InvalidInput`` for text that is not a day list or a date."""
        problems: list[FieldProblem] = []
        after_order: list[int] = []
        for part in self.after_order_edit.text().replace("，", ",").split(","):
            if not part.strip():
                continue
            try:
                after_order.append(int(part.strip()))
            except ValueError:
                problems.append(_problem("after_order_days", BadNumber(value=part.strip())))
        holiday_dates: list[HolidayDate] = []
        for row in range(self.holiday_table.rowCount()):
            for column, holiday in enumerate(HOLIDAYS):
                item = self.holiday_table.item(row, column)
                text = item.text().strip() if item else ""
                if not text:
                    continue
                try:
                    holiday_dates.append(HolidayDate(holiday, date.fromisoformat(text)))
                except ValueError:
                    problems.append(_problem("holiday_dates", BadChoice(value=text)))
        if problems:
            raise InvalidInput(problems)
        return replace(
            DEFAULT_SETTINGS,
            rules=frozenset(r for r, box in self.rule_boxes.items() if box.isChecked()),
            after_order_days=tuple(sorted(set(after_order))),
            periodic_days=tuple((t, s.value()) for t, s in self.tier_spins.items() if s.value()),
            periodic_grade_days=tuple(
                (g, s.value()) for g, s in self.grade_spins.items() if s.value()
            ),
            holiday_tiers=frozenset(t for t, b in self.holiday_tier_boxes.items() if b.isChecked()),
            holiday_dates=tuple(sorted(holiday_dates, key=lambda d: (d.on, d.holiday.code))),
            any_visit_satisfies=self.any_visit_radio.isChecked(),
            satisfying_purposes=frozenset(
                p for p, box in self.purpose_boxes.items() if box.isChecked()
            ),
            **{name: spin.value() for name, spin in self.day_spins.items()},
        )

    def saved_settings(self) -> RevisitSettings | None:
        return self._saved

    # --- saving ------------------------------------------------------------------------------

    def _write(self) -> RevisitSettings:
        settings = self.read_settings()
        save_settings(self._book, settings)
        return settings

    def _show_tab_of(self, widget: QWidget) -> None:
        page = widget.parentWidget()
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def visible_problems(self) -> dict[str, str]:
        return self.problems.visible()

    # --- reactions ---------------------------------------------------------------------------

    def _on_restore_clicked(self) -> None:
        self.problems.clear()
        self.fill(DEFAULT_SETTINGS)

    def _on_add_year_clicked(self) -> None:
        years = [self._row_year(r) for r in range(self.holiday_table.rowCount())]
        year = max(years, default=date.today().year - 1) + 1
        self._add_year_row(year, {Holiday.NATIONAL_DAY: date(year, 10, 1)})
        self.holiday_table.setCurrentCell(self.holiday_table.rowCount() - 1, 0)
        self.holiday_table.editItem(self.holiday_table.currentItem())

    def _on_remove_year_clicked(self) -> None:
        row = self.holiday_table.currentRow()
        if row >= 0:
            self.holiday_table.removeRow(row)

    def _row_year(self, row: int) -> int:
        header = self.holiday_table.verticalHeaderItem(row)
        return int(header.text()) if header and header.text().isdigit() else 0

    def _on_rule_toggled(self, *_args: object) -> None:
        """A rule switched off greys out its threshold (kept, for switching it on again)."""
        for rule, box in self.rule_boxes.items():
            for name in (f"thresholdLabel_{rule.code}", *RULE_FIELDS.get(rule, ())):
                widget = self.form.findChild(QWidget, name)
                if widget is not None:
                    widget.setEnabled(box.isChecked())

    def _on_any_visit_toggled(self, checked: bool) -> None:
        for box in self.purpose_boxes.values():
            box.setEnabled(not checked)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Enum labels set from code; the .ui strings are retranslated by QUiLoader."""
        self.setWindowTitle(self.tr("Revisit rules"))
        for rule, box in self.rule_boxes.items():
            box.setText(rule.label())
        for tier, box in self.holiday_tier_boxes.items():
            box.setText(tier.label())
        for purpose, box in self.purpose_boxes.items():
            box.setText(purpose.label())
        for tier in ValueTier:
            self._buddy_label(f"periodic_days_{tier.code}").setText(tier.label() + ":")
        for grade in Grade:
            self._buddy_label(f"periodic_grade_days_{grade.code}").setText(grade.label() + ":")
        self.holiday_table.setHorizontalHeaderLabels([h.label() for h in HOLIDAYS])
        self.holiday_table.setToolTip(self.tr("Double-click a date to change it; leave it empty "
                                              "to skip that holiday in that year."))  # fmt: skip
        self.holiday_table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _buddy_label(self, name: str) -> QLabel:
        return find_child(self.form, QLabel, f"label_{name}")


def _problem(name: str, problem: KamError) -> FieldProblem:
    label = RevisitSettingField(name)
    return FieldProblem(name, Text("RevisitSettingField", label.en), problem)


__all__ = ["RevisitRulesDialog"]
