"""The visit form's row editors: next steps, complaints, and the materials checklist.

Each reads its rows back into drafts for the visits service. Blank rows are left out, and the
n-th draft is the n-th filled row, so the service's ``next_steps.<n>.due_on`` problems find
their row again through ``filled_rows()``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from kam_desktop.domain.enums import ComplaintCategory, ComplaintSeverity
from kam_desktop.domain.errors import FieldProblem, KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.visits.visit_fields import (
    ComplaintDraft,
    MaterialItem,
    NextStepDraft,
    RowText,
)
from kam_desktop.gui.visits.visit_dialog_dates import DateField
from kam_desktop.gui.visits.visit_dialog_rows import EditorRow, RowEditor

OWNER_WIDTH, DATE_WIDTH, CATEGORY_WIDTH, SEVERITY_WIDTH = 100, 120, 150, 120
_DUE_LABEL = QT_TRANSLATE_NOOP("VisitField", "Next step {row}, due date")
_RESOLVED_LABEL = QT_TRANSLATE_NOOP("VisitField", "Complaint {row}, resolved on")


def _line(row: EditorRow, max_length: int, width: int | None = None) -> QLineEdit:
    edit = QLineEdit(row)
    edit.setMaxLength(max_length)
    if width is not None:
        edit.setFixedWidth(width)
    return edit


class NextStepsEditor(RowEditor):
    """What was agreed: action, owner (empty = the visit's owner), due date."""

    COLUMNS = 3
    STRETCH = (1, 0, 0)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def _make_header(self) -> QWidget:
        header = QWidget(self)
        grid = QGridLayout(header)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self._configure(grid)
        self._headers = [QLabel(header) for _ in range(3)]
        for col, label in enumerate(self._headers):
            grid.addWidget(label, 0, col)
        self._headers[1].setFixedWidth(OWNER_WIDTH)
        self._headers[2].setFixedWidth(DATE_WIDTH)
        return header

    def _build(self, row: EditorRow, value: NextStepDraft | None) -> None:
        step = value or NextStepDraft("", None)
        text = row.place("text", _line(row, 200), 0, 0)
        owner = row.place("owner", _line(row, 40, OWNER_WIDTH), 0, 1)
        due = row.place("due_on", _line(row, 20, DATE_WIDTH), 0, 2)
        assert isinstance(text, QLineEdit)
        assert isinstance(owner, QLineEdit)
        assert isinstance(due, QLineEdit)
        text.setText(step.text)
        owner.setText(step.owner or "")
        row.extra = {"field": DateField(due, self._today, future=True), "step": step}
        row.extra["field"].set_value(step.due_on)

    def _is_blank(self, row: EditorRow) -> bool:
        return not any(_text(row, part) for part in ("text", "owner", "due_on"))

    def read(self) -> tuple[list[NextStepDraft], list[FieldProblem]]:
        steps: list[NextStepDraft] = []
        problems: list[FieldProblem] = []
        for i, row in enumerate(self.filled_rows()):
            due: date | None = None
            try:
                due = row.extra["field"].value()
            except KamError as exc:
                label = RowText("VisitField", _DUE_LABEL, row=i + 1)
                problems.append(FieldProblem(f"next_steps.{i}.due_on", label, exc))
            step = row.extra["step"]
            steps.append(replace(step, text=_text(row, "text"), owner=_text(row, "owner"),
                                 due_on=due))  # fmt: skip
        return steps, problems

    def _retranslate_row(self, row: EditorRow) -> None:
        row.parts["text"].setAccessibleName(self.tr("Action"))
        row.parts["owner"].setAccessibleName(self.tr("Owner"))
        row.parts["due_on"].setAccessibleName(self.tr("Due date"))
        assert isinstance(row.parts["text"], QLineEdit)
        row.parts["text"].setPlaceholderText(self.tr("What was agreed"))
        assert isinstance(row.parts["owner"], QLineEdit)
        row.parts["owner"].setPlaceholderText(self.tr("me"))
        row.extra["field"].retranslate()

    def retranslate(self) -> None:
        for label, text in zip(
            self._headers, (self.tr("Action"), self.tr("Owner"), self.tr("Due date")), strict=True
        ):
            label.setText(text)
        self.add_button.setText(self.tr("Add &row"))
        self.add_button.setToolTip(self.tr("Enter in a row adds one below; Ctrl+Del removes it"))
        super().retranslate()


class ComplaintsEditor(RowEditor):
    """Complaints raised at the visit: category, severity, what it was about, resolved."""

    COLUMNS = 3
    STRETCH = (0, 0, 1)
    KEEP_BLANK_ROW = False  # most visits have none: added with the button

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def _build(self, row: EditorRow, value: ComplaintDraft | None) -> None:
        complaint = value or ComplaintDraft(None)
        category = QComboBox(row)
        category.setFixedWidth(CATEGORY_WIDTH)
        severity = QComboBox(row)
        severity.setFixedWidth(SEVERITY_WIDTH)
        row.place("category", category, 0, 0)
        row.place("severity", severity, 0, 1)
        description = row.place("description", _line(row, 500), 1, 0, span=3)
        resolved = QCheckBox(row)
        row.place("resolved", resolved, 2, 0)
        resolved_on = row.place("resolved_on", _line(row, 20, SEVERITY_WIDTH), 2, 1)
        assert isinstance(description, QLineEdit)
        assert isinstance(resolved_on, QLineEdit)
        description.setText(complaint.description or "")
        resolved.setChecked(complaint.resolved)
        row.extra = {"field": DateField(resolved_on, self._today), "complaint": complaint}
        row.extra["field"].set_value(complaint.resolved_on)
        self._fill_combos(row, complaint.category, complaint.severity)

    def _is_blank(self, row: EditorRow) -> bool:
        resolved = row.parts["resolved"]
        assert isinstance(resolved, QCheckBox)
        return (
            _data(row, "category") is None
            and not _text(row, "description")
            and not _text(row, "resolved_on")
            and not resolved.isChecked()
        )

    def read(self) -> tuple[list[ComplaintDraft], list[FieldProblem]]:
        complaints: list[ComplaintDraft] = []
        problems: list[FieldProblem] = []
        for i, row in enumerate(self.filled_rows()):
            resolved_on: date | None = None
            try:
                resolved_on = row.extra["field"].value()
            except KamError as exc:
                label = RowText("VisitField", _RESOLVED_LABEL, row=i + 1)
                problems.append(FieldProblem(f"complaints.{i}.resolved_on", label, exc))
            resolved = row.parts["resolved"]
            assert isinstance(resolved, QCheckBox)
            complaints.append(
                replace(
                    row.extra["complaint"], category=_data(row, "category"),
                    severity=_data(row, "severity"), description=_text(row, "description"),
                    resolved=resolved.isChecked(), resolved_on=resolved_on,
                )
            )  # fmt: skip
        return complaints, problems

    def _retranslate_row(self, row: EditorRow) -> None:
        self._fill_combos(row, _data(row, "category"), _data(row, "severity"))
        row.parts["category"].setAccessibleName(self.tr("Category"))
        row.parts["severity"].setAccessibleName(self.tr("Severity"))
        description = row.parts["description"]
        assert isinstance(description, QLineEdit)
        description.setAccessibleName(self.tr("What the complaint is about"))
        description.setPlaceholderText(self.tr("What the complaint is about"))
        resolved = row.parts["resolved"]
        assert isinstance(resolved, QCheckBox)
        resolved.setText(self.tr("Resolved, on"))
        row.parts["resolved_on"].setAccessibleName(self.tr("Resolved on"))
        row.extra["field"].retranslate()

    def _fill_combos(self, row: EditorRow, category: object, severity: object) -> None:
        """(Re)label the category and severity choices in the current language."""
        choices = {
            "category": ([(self.tr("— category —"), None)], ComplaintCategory, category),
            "severity": ([], ComplaintSeverity, severity or ComplaintSeverity.MEDIUM),
        }
        for part, (first, enum, current) in choices.items():
            combo = row.parts[part]
            assert isinstance(combo, QComboBox)
            combo.blockSignals(True)
            combo.clear()
            for text, data in [*first, *((m.label(), m) for m in enum)]:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add comp&laint"))
        self.add_button.setToolTip(self.tr("Ctrl+Del in a complaint removes it"))
        super().retranslate()


class MaterialsEditor(RowEditor):
    """What to bring: one item a line, ticked once packed."""

    COLUMNS = 2
    STRETCH = (0, 1)

    def _build(self, row: EditorRow, value: MaterialItem | None) -> None:
        item = value or MaterialItem("")
        done = QCheckBox(row)
        done.setChecked(item.done)
        row.place("done", done, 0, 0)
        edit = row.place("item", _line(row, 120), 0, 1)
        assert isinstance(edit, QLineEdit)
        edit.setText(item.item)
        row.entry = edit

    def _is_blank(self, row: EditorRow) -> bool:
        return not _text(row, "item")

    def read(self) -> list[MaterialItem]:
        items = []
        for row in self.filled_rows():
            done = row.parts["done"]
            assert isinstance(done, QCheckBox)
            items.append(MaterialItem(_text(row, "item") or "", done.isChecked()))
        return items

    def _retranslate_row(self, row: EditorRow) -> None:
        row.parts["done"].setAccessibleName(self.tr("Packed"))
        row.parts["done"].setToolTip(self.tr("Packed"))
        item = row.parts["item"]
        assert isinstance(item, QLineEdit)
        item.setAccessibleName(self.tr("Material or sample"))
        item.setPlaceholderText(self.tr("Brochure, samples, quotation…"))

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add li&ne"))
        self.add_button.setToolTip(self.tr("Enter in a line adds one below; Ctrl+Del removes it"))
        super().retranslate()


# --- helpers ------------------------------------------------------------------------------------


def _text(row: EditorRow, part: str) -> str | None:
    edit = row.parts[part]
    assert isinstance(edit, QLineEdit)
    return edit.text().strip() or None


def _data(row: EditorRow, part: str) -> object:
    combo = row.parts[part]
    assert isinstance(combo, QComboBox)
    return combo.currentData()
