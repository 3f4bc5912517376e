"""The SPIN note form (``ui/spin_note_dialog.ui``): add or edit one note of an account.

The question is typed, or picked from the bank for the chosen stage. The contact and the visit
are chosen among the account's own. ``exec()``/``open()`` end Accepted only after the note was
saved; ``saved_note()`` then returns it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QPlainTextEdit,
    QWidget,
)

from kam_desktop.domain.enums import SpinStage
from kam_desktop.domain.spin.spin_fields import STAGE_ORDER, SpinNoteDraft
from kam_desktop.gui.dialog_save import SaveDialog
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.ui_loader import find_child
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contacts import list_contacts
from kam_desktop.services.spin.spin import SpinNoteRow, add_note, update_note
from kam_desktop.services.spin.spin_bank import questions
from kam_desktop.services.visits.visits import VisitRow, account_timeline


def stage_text(stage: SpinStage) -> str:
    """The letter reps know the method by, and the label: "S · Situation"."""
    return f"{stage.value} · {stage.label()}"


def visit_text(row: VisitRow) -> str:
    """A visit as a choice: local day, purpose, status."""
    day = (row.done_at or row.planned_start).astimezone().strftime("%Y-%m-%d")
    parts = [day]
    if row.purpose is not None:
        parts.append(row.purpose.label())
    parts.append(row.status.label())
    return " · ".join(parts)


class NoteDialog(SaveDialog):
    def __init__(
        self,
        book: Book,
        account_id: str,
        note: SpinNoteRow | None = None,
        *,
        stage: SpinStage | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(book, parent)
        self._account_id = account_id
        self._note = note
        self._today = today or date.today()
        self._contacts = list_contacts(book, account_id)
        self._visits = account_timeline(book, account_id)

        self._load_form("spin_note_dialog")
        self.stage_combo = find_child(self.form, QComboBox, "edit_stage")
        self.bank_combo = find_child(self.form, QComboBox, "edit_bank")
        self.question_edit = find_child(self.form, QPlainTextEdit, "edit_question")
        self.answer_edit = find_child(self.form, QPlainTextEdit, "edit_answer")
        self.confirmed_box = find_child(self.form, QCheckBox, "edit_confirmed")
        self.date_edit = find_child(self.form, QDateEdit, "edit_noted_on")
        self.contact_combo = find_child(self.form, QComboBox, "edit_contact_id")
        self.visit_combo = find_child(self.form, QComboBox, "edit_visit_id")
        self.date_edit.setMaximumDate(QDate(max(self._today, note.noted_on if note else date.min)))

        draft = note.draft() if note else SpinNoteDraft(stage or SpinStage.SITUATION, "")
        self._fill(draft)
        translate_ui(self)

        self.stage_combo.currentIndexChanged.connect(self._on_stage_changed)
        self.bank_combo.activated.connect(self._on_bank_activated)
        (self.question_edit if note is None else self.answer_edit).setFocus()
        self.resize(600, 540)

    # --- what callers read -------------------------------------------------------------------

    def saved_note(self) -> SpinNoteRow | None:
        return self._saved

    def original_note(self) -> SpinNoteRow | None:
        return self._note

    def is_new(self) -> bool:
        return self._note is None

    def visible_problems(self) -> dict[str, str]:
        """Field name -> inline message currently shown."""
        return self.problems.visible()

    # --- widgets <-> draft -------------------------------------------------------------------

    def _fill(self, draft: SpinNoteDraft) -> None:
        self.question_edit.setPlainText(draft.question)
        self.answer_edit.setPlainText(draft.answer or "")
        self.confirmed_box.setChecked(draft.confirmed)
        self.date_edit.setDate(QDate(draft.noted_on or self._today))
        self._fill_combos(draft)

    def _fill_combos(self, draft: SpinNoteDraft) -> None:
        """(Re)build the choices in the current language, selecting the draft's values."""
        choices = {
            self.stage_combo: ([(stage_text(s), s) for s in STAGE_ORDER], draft.stage),
            self.contact_combo: (
                [(self.tr("— none —"), None)]
                + [(f"{c.name} · {c.title}" if c.title else c.name, c.id) for c in self._contacts],
                draft.contact_id,
            ),
            self.visit_combo: (
                [(self.tr("— none —"), None)] + [(visit_text(v), v.id) for v in self._visits],
                draft.visit_id,
            ),
        }
        for combo, (items, current) in choices.items():
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self._fill_bank()

    def _fill_bank(self) -> None:
        """The bank's questions for the chosen stage, in the interface language."""
        stage = self.stage_combo.currentData()
        self.bank_combo.clear()
        bank = questions(self._book, stage) if stage is not None else []
        self.bank_combo.addItem(
            self.tr("— pick a question (%n in the bank) —", "", len(bank)), None
        )
        for question in bank:
            text = question.text()
            self.bank_combo.addItem(text, text)
            last = self.bank_combo.count() - 1
            self.bank_combo.setItemData(last, text, Qt.ItemDataRole.ToolTipRole)
        self.bank_combo.setEnabled(bool(bank))

    def read_draft(self) -> SpinNoteDraft:
        """The note the widgets describe (not yet validated)."""
        return SpinNoteDraft(
            stage=self.stage_combo.currentData(),
            question=self.question_edit.toPlainText(),
            answer=self.answer_edit.toPlainText(),
            confirmed=self.confirmed_box.isChecked(),
            noted_on=self.date_edit.date().toPython(),
            visit_id=self.visit_combo.currentData(),
            contact_id=self.contact_combo.currentData(),
        )

    # --- behaviour ---------------------------------------------------------------------------

    def _on_stage_changed(self, _index: int) -> None:
        self._fill_bank()

    def _on_bank_activated(self, index: int) -> None:
        text = self.bank_combo.itemData(index)
        if text:
            self.question_edit.setPlainText(text)
            self.answer_edit.setFocus()

    def pick_question(self, index: int) -> None:
        """Choose the ``index``-th bank question of the stage (as the rep picks it)."""
        self.bank_combo.setCurrentIndex(index + 1)
        self._on_bank_activated(index + 1)

    def _write(self) -> SpinNoteRow:
        draft = self.read_draft()
        if self._note is None:
            return add_note(self._book, self._account_id, draft, today=self._today)
        return update_note(self._book, self._note.id, draft, self._note.revision, today=self._today)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Strings set from code; the .ui strings are retranslated by QUiLoader."""
        if self._note is None:
            self.setWindowTitle(self.tr("New SPIN note"))
        else:
            self.setWindowTitle(self.tr("SPIN note"))
        self._fill_combos(self.read_draft())
