"""The SPIN question bank: the questions of each stage (seeded ones and the rep's own), in both
languages; add, reword, move to another stage, remove.

Built in code: a tab per stage over one table, and an editor under it for the chosen question.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import SpinStage
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.spin.spin_fields import STAGE_ORDER, QuestionDraft
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.book.handle import Book
from kam_desktop.services.spin.spin_bank import (
    Question,
    add_question,
    delete_question,
    questions,
    update_question,
)


def confirm_remove(parent: QWidget, title: str, text: str) -> bool:
    """Ask before removing a question. A module function so tests can answer it."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class QuestionBankDialog(QDialog):
    """Edits the bank in place (each button saves at once); ``bank_changed`` after a change."""

    bank_changed = Signal()

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._questions: list[Question] = []

        self.stage_tabs = QTabBar(self)
        self.stage_tabs.setExpanding(False)
        for _stage in STAGE_ORDER:
            self.stage_tabs.addTab("")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("questionTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.stage_combo = QComboBox(self)
        self.zh_edit = QLineEdit(self)
        self.en_edit = QLineEdit(self)
        self.editor_labels = [QLabel(self) for _ in range(3)]
        self.editor = QFormLayout()
        for label, edit in zip(
            self.editor_labels, (self.stage_combo, self.zh_edit, self.en_edit), strict=True
        ):
            label.setBuddy(edit)
            self.editor.addRow(label, edit)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(
            "background: #fdecea; color: #b3261e; padding: 6px; border-radius: 4px;"
        )
        self.message_label.hide()
        self.add_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Enter in the editor saves (or adds) through _on_return_pressed, never closes.
        for button in (self.add_button, self.save_button, self.remove_button,
                       *self.close_box.buttons()):  # fmt: skip
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_tabs)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.editor)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        layout.addWidget(self.close_box)

        self.stage_tabs.currentChanged.connect(self._on_stage_tab_changed)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.add_button.clicked.connect(self.add_from_editor)
        self.save_button.clicked.connect(self.save_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.close_box.rejected.connect(self.reject)
        self.zh_edit.returnPressed.connect(self._on_return_pressed)
        self.en_edit.returnPressed.connect(self._on_return_pressed)
        translate_ui(self)
        self.resize(760, 560)

    # --- state ---------------------------------------------------------------------------------

    def stage(self) -> SpinStage:
        return STAGE_ORDER[self.stage_tabs.currentIndex()]

    def show_stage(self, stage: SpinStage) -> None:
        self.stage_tabs.setCurrentIndex(STAGE_ORDER.index(stage))

    def questions_shown(self) -> list[Question]:
        return list(self._questions)

    def reload(self, select_id: str | None = None) -> None:
        """Re-read the chosen stage's questions; keep (or move to) the chosen one."""
        keep = select_id or (self.current_question().id if self.current_question() else None)
        self._questions = questions(self._book, self.stage())
        self.table.setRowCount(len(self._questions))
        for row, question in enumerate(self._questions):
            cells = (question.text_zh or "", question.text_en or "", "✓" if question.seeded else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        ids = [q.id for q in self._questions]
        self.table.clearSelection()
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._on_selection_changed()
        self._update_tab_titles()

    def current_question(self) -> Question | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._questions):
            return None
        return self._questions[rows[0].row()]

    def select_question(self, question_id: str) -> bool:
        """Show and choose a question (switching to its stage)."""
        for stage in STAGE_ORDER:
            found = [q.id for q in questions(self._book, stage)]
            if question_id in found:
                self.show_stage(stage)
                self.table.selectRow(found.index(question_id))
                return True
        return False

    def _on_stage_tab_changed(self, _index: int) -> None:
        self.table.clearSelection()
        self.reload()

    def _on_selection_changed(self) -> None:
        question = self.current_question()
        self.save_button.setEnabled(question is not None)
        self.remove_button.setEnabled(question is not None)
        stage = question.stage if question else self.stage()
        self.stage_combo.setCurrentIndex(STAGE_ORDER.index(stage))
        self.zh_edit.setText(question.text_zh or "" if question else "")
        self.en_edit.setText(question.text_en or "" if question else "")
        self.message_label.hide()

    # --- edits ---------------------------------------------------------------------------------

    def _draft(self) -> QuestionDraft:
        return QuestionDraft(
            self.stage_combo.currentData(), self.zh_edit.text(), self.en_edit.text()
        )

    def add_from_editor(self) -> Question | None:
        """Add the editor's text as a new question of the editor's stage."""
        return self._write(lambda draft: add_question(self._book, draft))

    def save_current(self) -> Question | None:
        """Save the editor's text over the chosen question."""
        question = self.current_question()
        if question is None:
            return None
        return self._write(lambda draft: update_question(self._book, question.id, draft))

    def _write(self, write) -> Question | None:  # type: ignore[no-untyped-def]
        try:
            saved = write(self._draft())
        except KamError as exc:
            self.message_label.setText(exc.message())
            self.message_label.show()
            return None
        self.bank_changed.emit()
        if saved.stage != self.stage():
            self.show_stage(saved.stage)  # reloads
        self.reload(select_id=saved.id)
        return saved

    def _on_return_pressed(self) -> None:
        if self.current_question() is not None:
            self.save_current()
        else:
            self.add_from_editor()

    def remove_current(self) -> bool:
        question = self.current_question()
        if question is None:
            return False
        text = self.tr("Remove this question from the bank?\n\n%1").replace("%1", question.text())
        if not confirm_remove(self, self.tr("Question bank"), text):
            return False
        row = self.table.currentRow()
        delete_question(self._book, question.id)
        self.bank_changed.emit()
        self.reload()
        if self._questions:
            self.table.selectRow(min(row, len(self._questions) - 1))
        return True

    # --- language ------------------------------------------------------------------------------

    def _update_tab_titles(self) -> None:
        counts = {stage: 0 for stage in STAGE_ORDER}
        for question in questions(self._book):
            counts[question.stage] += 1
        for index, stage in enumerate(STAGE_ORDER):
            self.stage_tabs.setTabText(index, f"{stage.value} · {stage.label()} ({counts[stage]})")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("SPIN question bank"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Chinese"), self.tr("English"), self.tr("Shipped")]
        )
        self.table.horizontalHeaderItem(2).setToolTip(
            self.tr("Shipped with KAM Desktop; you may reword or remove it like your own")
        )
        current = self.stage_combo.currentIndex()
        self.stage_combo.clear()
        for stage in STAGE_ORDER:
            self.stage_combo.addItem(f"{stage.value} · {stage.label()}", stage)
        self.stage_combo.setCurrentIndex(max(current, 0))
        labels = (self.tr("Stage"), self.tr("Chinese"), self.tr("English"))
        for label, text in zip(self.editor_labels, labels, strict=True):
            label.setText(text)
        self.zh_edit.setPlaceholderText(self.tr("The question in Chinese"))
        self.en_edit.setPlaceholderText(self.tr("The question in English"))
        self.add_button.setText(self.tr("Add as new question"))
        self.save_button.setText(self.tr("Save changes"))
        self.remove_button.setText(self.tr("Remove"))
        self.add_button.setToolTip(self.tr("Add the text above as a new question of its stage"))
        self.reload()  # the tab titles name the stages
