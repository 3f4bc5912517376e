"""The SPIN tab of an account: its progress (S → P → I → N), and a board with the four stages
as columns of note cards. Add, edit and delete notes (all undoable); open the question bank.

The board is read from the book when the tab is shown (not for every account the rep passes
on the list). The columns keep a minimum width and scroll sideways in a narrow pane.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import SpinStage
from kam_desktop.domain.spin.spin_fields import STAGE_ORDER
from kam_desktop.gui.account_tab import AccountTab
from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.spin.note_dialog import NoteDialog
from kam_desktop.gui.spin.progress_strip import ProgressStrip
from kam_desktop.gui.spin.question_bank_dialog import QuestionBankDialog
from kam_desktop.gui.spin.stage_column import StageColumn
from kam_desktop.gui.spin.undo_commands import AddNoteCommand, DeleteNoteCommand, EditNoteCommand
from kam_desktop.services.book.handle import Book
from kam_desktop.services.spin.spin import SpinNoteRow, SpinProgress, notes, progress


class SpinBoardTab(AccountTab):
    """An account tab; ``account_changed(id)`` after any change to the account's notes made
    here (undo and redo included)."""

    def __init__(
        self, undo_stack: QUndoStack, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(undo_stack, parent, name="spinBoardTab", today=today)
        self._notes: list[SpinNoteRow] = []

        self.strip = ProgressStrip(self)
        self.bank_button = QPushButton(self)
        self.bank_button.setObjectName("questionBankButton")
        self.strip.steps_row.addWidget(self.bank_button)

        self.columns = {stage: StageColumn(stage) for stage in STAGE_ORDER}
        board = QWidget()
        board_layout = QHBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(8)
        for column in self.columns.values():
            board_layout.addWidget(column, 1)
            column.add_requested.connect(self.add_note)
            column.edit_requested.connect(self.edit_note)
            column.delete_requested.connect(self.delete_note)
        self.board_scroll = QScrollArea(self)
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.board_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board_scroll.setWidget(board)

        self.stack = EmptyStateStack(self.board_scroll, self)
        self.empty_label = self.stack.label

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.strip)
        layout.addWidget(self.stack, 1)

        self.bank_button.clicked.connect(self.open_question_bank)
        self.strip.stage_chosen.connect(self.scroll_to_stage)
        translate_ui(self)
        self._show_state()

    # --- state -------------------------------------------------------------------------------

    def _read(self, book: Book, account_id: str) -> tuple[list[SpinNoteRow], SpinProgress]:
        return notes(book, account_id), progress(book, account_id)

    def _show(
        self, data: tuple[list[SpinNoteRow], SpinProgress] | None, _select_id: str | None
    ) -> None:
        self._notes, shown = data or ([], None)
        for stage, column in self.columns.items():
            column.set_notes([n for n in self._notes if n.stage == stage])
        self.strip.show_progress(shown)
        self._show_state()

    def _show_state(self) -> None:
        has_account = self._book is not None and self._account_id is not None
        self.stack.setCurrentWidget(self.board_scroll if has_account else self.empty_label)
        self.strip.set_steps_visible(has_account)
        self.bank_button.setEnabled(self._book is not None)

    def notes(self) -> list[SpinNoteRow]:
        """The notes on the board, newest first."""
        return list(self._notes)

    def column(self, stage: SpinStage) -> StageColumn:
        return self.columns[stage]

    def scroll_to_stage(self, stage: SpinStage) -> None:
        """Bring a stage's column into view (a narrow pane shows only some of them)."""
        self.board_scroll.ensureWidgetVisible(self.columns[stage], 0, 0)

    def _note(self, note_id: str) -> SpinNoteRow | None:
        return next((n for n in self._notes if n.id == note_id), None)

    # --- commands ----------------------------------------------------------------------------

    def add_note(self, stage: SpinStage) -> NoteDialog | None:
        """Open the note form for a new note of ``stage`` (window-modal)."""
        return self._open_note(None, stage)

    def edit_note(self, note_id: str) -> NoteDialog | None:
        note = self._note(note_id)
        return self._open_note(note, note.stage) if note else None

    def _open_note(self, note: SpinNoteRow | None, stage: SpinStage) -> NoteDialog | None:
        return self._open_dialog(
            lambda book, account_id: NoteDialog(
                book, account_id, note, stage=stage, parent=self, today=self._today
            )
        )

    def _dialog_accepted(self, dialog: NoteDialog) -> None:
        saved = dialog.saved_note()
        if saved is None or self._book is None:
            return
        before = dialog.original_note()
        if before is None:
            text = self.tr("Add SPIN note")
            command = AddNoteCommand(
                self._book, saved.account_id, saved.id, text, self._after_change
            )
        else:
            text = self.tr("Edit SPIN note")
            command = EditNoteCommand(
                self._book, saved.account_id, saved.id, before.draft(), saved.draft(), text,
                self._after_change,
            )  # fmt: skip
        self._undo.push(command)
        self._after_change(saved.account_id)

    def delete_note(self, note_id: str) -> bool:
        note = self._note(note_id)
        if self._book is None or note is None:
            return False
        text = self.tr("Delete SPIN note")
        return self._push(
            DeleteNoteCommand(self._book, note.account_id, note.id, text, self._after_change)
        )

    def open_question_bank(self) -> QuestionBankDialog | None:
        """The bank editor (window-modal); notes are not changed by it."""
        if self._book is None:
            return None
        dialog = QuestionBankDialog(self._book, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.bank_button.setText(self.tr("Question bank…"))
        self.bank_button.setToolTip(self.tr("Add, reword or remove the questions to pick from"))
        self.empty_label.setText(self.tr("Choose an account to see its SPIN notes."))
