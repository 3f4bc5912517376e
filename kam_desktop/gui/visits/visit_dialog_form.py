"""The widgets of the visit form (``ui/visit_dialog.ui``) and the draft they describe.

One form serves both modes: planning shows the when, the plan, the questions and the materials;
logging shows when it was done, what happened, next steps, complaints and the next visit.
Attendees, method and purpose are in both. Whatever a mode does not show is kept from the
visit as it was, so logging an outcome never loses the plan and the other way round.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from kam_desktop.domain.enums import VisitMethod, VisitPurpose
from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, Text
from kam_desktop.domain.visits.visit_fields import VisitDraft, VisitField
from kam_desktop.gui.inline_problems import InlineProblems
from kam_desktop.gui.ui_loader import fill_with_form, find_child
from kam_desktop.gui.visits.visit_dialog_dates import DateField, from_qdatetime, to_qdatetime
from kam_desktop.gui.visits.visit_dialog_items import (
    ComplaintsEditor,
    MaterialsEditor,
    NextStepsEditor,
)
from kam_desktop.gui.visits.visit_dialog_pickers import (
    AttendeePicker,
    BankQuestion,
    QuestionPicker,
)
from kam_desktop.gui.visits.visit_dialog_rows import RowEditor
from kam_desktop.gui.visits.visit_dialog_satisfaction import SatisfactionInput
from kam_desktop.services.contacts.contacts import ContactRow
from kam_desktop.services.visits.visit_records import Attendee

Mode = Literal["plan", "log"]
PLAN_TEXTS = ("objectives", "expected_result", "preparation")
PLAN_LINES = ("location", "travel_notes", "colleagues")
LOG_TEXTS = ("outcome", "notes")
PLAN_ONLY = ("groupPlan", "groupQuestions", "groupMaterials", "label_planned_start",
             "edit_planned_start", "label_duration", "edit_duration")  # fmt: skip
LOG_ONLY = ("groupOutcome", "groupNextSteps", "groupComplaints", "groupNextVisit",
            "label_done_at", "edit_done_at")  # fmt: skip
# Where a problem with a field is shown, when its widget is not ``edit_<field>``.
PROBLEM_WIDGET = {"planned_end": "edit_duration", "materials": "groupMaterials"}


class VisitForm(QWidget):
    """The loaded form with its helpers; ``fill`` shows a draft, ``read`` gives it back."""

    def __init__(
        self,
        mode: Mode,
        today: date,
        contacts: list[ContactRow],
        kept_attendees: tuple[Attendee, ...],
        questions: list[BankQuestion],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self._after: list[QWidget] = []  # the dialog's buttons, after the form in Tab order
        self.ui = fill_with_form(self, "visit_dialog")
        find_child(self.ui, QScrollArea, "scrollArea").setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title_label = find_child(self.ui, QLabel, "titleLabel")
        self.summary_label = find_child(self.ui, QLabel, "summaryLabel")
        self.message_label = find_child(self.ui, QLabel, "messageLabel")
        self.problems = InlineProblems(self.ui, self.message_label)
        self.follow_up = find_child(self.ui, QCheckBox, "follow_up")
        self.next_visit = DateField(self.line("next_visit_on"), today, future=True)
        self.satisfaction = SatisfactionInput()
        self._hold("satisfactionHolder", self.satisfaction)
        find_child(self.ui, QLabel, "label_satisfaction").setBuddy(self.satisfaction)
        self.steps = NextStepsEditor(today)
        self.complaints = ComplaintsEditor(today)
        self.materials = MaterialsEditor()
        for name, editor in (("nextStepsHolder", self.steps), ("complaintsHolder",
                             self.complaints), ("materialsHolder", self.materials)):  # fmt: skip
            self._hold(name, editor)
            editor.rows_changed.connect(self.apply_tab_order)
        self.attendees = AttendeePicker(self.widget(QListWidget, "attendee_ids"), contacts,
                                        kept_attendees)  # fmt: skip
        find_child(self.ui, QLabel, "attendeesEmptyLabel").setVisible(self.attendees.is_empty())
        self.questions = QuestionPicker(
            self.widget(QListWidget, "question_ids"), self.widget(QComboBox, "question_stage"),
            find_child(self.ui, QLabel, "questionCountLabel"), questions,
        )  # fmt: skip
        for name in (*PLAN_TEXTS, *LOG_TEXTS):
            self.text(name).setTabChangesFocus(True)
        for name in PLAN_ONLY:
            find_child(self.ui, QWidget, name).setVisible(mode == "plan")
        for name in LOG_ONLY:
            find_child(self.ui, QWidget, name).setVisible(mode == "log")
        self._method: VisitMethod | None = None
        self._purpose: VisitPurpose | None = None

    # --- widgets -------------------------------------------------------------------------------

    def widget(self, cls: type, name: str) -> QWidget:
        return find_child(self.ui, cls, f"edit_{name}")

    def line(self, name: str) -> QLineEdit:
        return find_child(self.ui, QLineEdit, f"edit_{name}")

    def text(self, name: str) -> QPlainTextEdit:
        return find_child(self.ui, QPlainTextEdit, f"edit_{name}")

    def combo(self, name: str) -> QComboBox:
        return find_child(self.ui, QComboBox, f"edit_{name}")

    def date_time(self, name: str) -> QDateTimeEdit:
        return find_child(self.ui, QDateTimeEdit, f"edit_{name}")

    def duration(self) -> QSpinBox:
        return find_child(self.ui, QSpinBox, "edit_duration")

    def _hold(self, holder_name: str, widget: QWidget) -> QWidget:
        holder = find_child(self.ui, QWidget, holder_name)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(widget)
        return holder

    # --- draft <-> widgets ---------------------------------------------------------------------

    def fill(self, draft: VisitDraft) -> None:
        self.date_time("planned_start").setDateTime(to_qdatetime(draft.planned_start))
        end = draft.planned_end
        minutes = int((end - draft.planned_start) / timedelta(minutes=1)) if end else 0
        self.duration().setValue(max(minutes, 0))
        self.date_time("done_at").setDateTime(to_qdatetime(draft.done_at or draft.planned_start))
        self._method, self._purpose = draft.method, draft.purpose
        self._fill_combos()
        for name in (*PLAN_TEXTS, *LOG_TEXTS):
            self.text(name).setPlainText(getattr(draft, name) or "")
        for name in PLAN_LINES:
            self.line(name).setText(getattr(draft, name) or "")
        self.satisfaction.set_value(draft.satisfaction)
        self.next_visit.set_value(draft.next_visit_on)
        self.attendees.set_checked(draft.attendee_ids)
        self.questions.set_chosen(draft.question_ids)
        self.steps.set_values(list(draft.next_steps))
        self.complaints.set_values(list(draft.complaints))
        self.materials.set_values(list(draft.materials))

    def _fill_combos(self) -> None:
        for name, enum, current, empty in (
            ("method", VisitMethod, self._method, False),
            ("purpose", VisitPurpose, self._purpose, True),
        ):
            combo = self.combo(name)
            combo.blockSignals(True)
            combo.clear()
            if empty:
                combo.addItem("—", None)
            for member in enum:
                combo.addItem(member.label(), member)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def read(self, base: VisitDraft, planned: bool) -> tuple[VisitDraft, list[FieldProblem]]:
        """The draft the widgets describe over ``base`` (what this mode does not show), and the
        problems found reading it. ``planned``: logging a visit that was planned."""
        problems: list[FieldProblem] = []
        values: dict[str, object] = {
            "method": self.combo("method").currentData(),
            "purpose": self.combo("purpose").currentData(),
            "attendee_ids": self.attendees.checked_ids(),
        }
        if self.mode == "plan":
            start = from_qdatetime(self.date_time("planned_start").dateTime())
            minutes = self.duration().value()
            values["planned_start"] = start
            values["planned_end"] = start + timedelta(minutes=minutes) if minutes else None
            values.update({name: self.text(name).toPlainText() for name in PLAN_TEXTS})
            values.update({name: self.line(name).text() for name in PLAN_LINES})
            values["question_ids"] = self.questions.chosen_ids()
            values["materials"] = tuple(self.materials.read())
        else:
            done_at = from_qdatetime(self.date_time("done_at").dateTime())
            values["done_at"] = done_at
            if not planned:  # a visit never planned took place when it was done
                values["planned_start"], values["planned_end"] = done_at, None
            values.update({name: self.text(name).toPlainText() for name in LOG_TEXTS})
            values["satisfaction"] = self.satisfaction.value()
            steps, step_problems = self.steps.read()
            complaints, complaint_problems = self.complaints.read()
            values["next_steps"], values["complaints"] = tuple(steps), tuple(complaints)
            problems += step_problems + complaint_problems
            try:
                values["next_visit_on"] = self.next_visit.value()
            except KamError as exc:
                values["next_visit_on"] = None
                problems.append(field_problem("next_visit_on", exc))
        return replace(base, **values), problems  # type: ignore[arg-type]

    # --- problems ------------------------------------------------------------------------------

    def show_problems(self, exc: InvalidInput) -> QWidget | None:
        """Each problem beside its field; the widget of the first, to put the focus on."""
        first: QWidget | None = None
        for problem in exc.problems:
            shown = self._show_problem(problem)
            first = first or shown
        self.show_message(exc.message())
        return first

    def _show_problem(self, problem: FieldProblem) -> QWidget | None:
        name, _, rest = problem.field.partition(".")
        editors: dict[str, RowEditor] = {"next_steps": self.steps, "complaints": self.complaints}
        if name in editors and rest:
            index, _, part = rest.partition(".")
            rows = editors[name].filled_rows()
            if index.isdigit() and int(index) < len(rows):
                return editors[name].show_problem(rows[int(index)], part, problem.message())
        if not self.problems.show_label(name, problem.problem.message()):
            return None  # not a field of this form: the message above names it
        widget = self.ui.findChild(QWidget, PROBLEM_WIDGET.get(name, f"edit_{name}"))
        return self.satisfaction if name == "satisfaction" else widget

    def show_message(self, text: str) -> None:
        self.problems.show_message(text)

    def clear_problems(self) -> None:
        self.problems.clear()
        for editor in (self.steps, self.complaints, self.materials):
            editor.clear_problems()

    def visible_problems(self) -> dict[str, str]:
        """Field -> inline message shown (rows: ``next_steps`` / ``complaints``)."""
        shown = self.problems.visible()
        for name, editor in (("next_steps", self.steps), ("complaints", self.complaints)):
            if texts := editor.problem_texts():
                shown[name] = "\n".join(texts)
        return shown

    # --- keyboard ------------------------------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        """The mode's widgets in Tab order: down the left column, then down the right."""
        w = self.widget
        people = [w(QListWidget, "attendee_ids")]
        if self.mode == "plan":
            left: list[QWidget] = [self.date_time("planned_start"), self.duration()]
            left += [self.combo("method"), self.combo("purpose")]
            left += [self.text(n) for n in PLAN_TEXTS] + [self.line(n) for n in PLAN_LINES]
            right = [*people, self.combo("question_stage"), w(QListWidget, "question_ids")]
            return left + right + self.materials.focus_chain()
        left = [self.date_time("done_at"), self.combo("method"), self.combo("purpose")]
        left += [self.text(n) for n in LOG_TEXTS] + [self.satisfaction]
        right = people + self.steps.focus_chain() + self.complaints.focus_chain()
        return left + right + [self.line("next_visit_on"), self.follow_up]

    def apply_tab_order(self) -> None:
        chain = self.focus_chain() + self._after
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_after(self, widgets: list[QWidget]) -> None:
        """Put ``widgets`` (the dialog's buttons) after the form in Tab order."""
        self._after = widgets
        self.apply_tab_order()

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Strings set from code; the .ui strings are retranslated by QUiLoader."""
        self._method = self.combo("method").currentData()
        self._purpose = self.combo("purpose").currentData()
        self._fill_combos()
        self.attendees.retranslate()
        self.questions.retranslate()
        self.next_visit.retranslate()
        for editor in (self.steps, self.complaints, self.materials):
            editor.retranslate()


def field_problem(name: str, exc: KamError) -> FieldProblem:
    return FieldProblem(name, Text("VisitField", VisitField(name).en), exc)
