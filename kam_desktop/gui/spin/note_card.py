"""One SPIN note on the board: question, answer, whether the customer confirmed it, its date,
and the contact and visit it came from. Double-click or Enter edits it; Delete (or the ✕)
deletes it; right-click offers both."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.spin.spin import SpinNoteRow

CONFIRMED_COLOUR = "#1b6e3c"
MUTED_COLOUR = "#6b6f76"


class NoteCard(QFrame):
    """A card for ``note``; emits the note id when the rep asks to edit or delete it."""

    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, note: SpinNoteRow, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        self.setObjectName("noteCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        edge = accent if note.confirmed else "#d0d7de"
        self.setStyleSheet(
            f"#noteCard {{ background: white; border: 1px solid #d0d7de;"
            f" border-left: 4px solid {edge}; border-radius: 5px; }}"
            f"#noteCard:focus {{ border: 2px solid #0a5fa8; border-left: 4px solid {edge}; }}"
        )

        self.question_label = QLabel(note.question, self)
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setStyleSheet("font-weight: bold;")
        self.delete_button = QToolButton(self)
        self.delete_button.setText("✕")
        self.delete_button.setAutoRaise(True)
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.question_label, 1)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        self.answer_label = QLabel(self)
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)  # the column may be narrow: never clip it
        self.meta_label = QLabel(self)
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setStyleSheet(f"color: {MUTED_COLOUR};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.answer_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.meta_label)

        self.delete_button.clicked.connect(self._on_delete_clicked)
        translate_ui(self)

    # --- interaction ---------------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.edit_requested.emit(self.note.id)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(self.note.id)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(self.note.id)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_requested.emit(self.note.id))
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(self.note.id))
        menu.exec(event.globalPos())

    def _on_delete_clicked(self) -> None:
        self.delete_requested.emit(self.note.id)

    # --- texts ---------------------------------------------------------------------------------

    def meta_text(self) -> str:
        """Date · contact · visit, as shown under the answer."""
        note = self.note
        parts = [note.noted_on.isoformat()]
        if note.contact_name:
            parts.append(note.contact_name)
        if note.visit_day == note.noted_on:
            parts.append(self.tr("at the visit that day"))
        elif note.visit_day is not None:
            parts.append(self.tr("from the visit of %1").replace("%1", note.visit_day.isoformat()))
        return " · ".join(parts)

    def retranslate(self) -> None:
        note = self.note
        if note.answer:
            self.answer_label.setText(note.answer)
            self.answer_label.setStyleSheet("")
        else:
            self.answer_label.setText(self.tr("No answer yet"))
            self.answer_label.setStyleSheet(f"color: {MUTED_COLOUR}; font-style: italic;")
        if note.confirmed:
            self.status_label.setText("✓ " + self.tr("Confirmed by the customer"))
            self.status_label.setStyleSheet(f"color: {CONFIRMED_COLOUR}; font-weight: bold;")
        else:
            self.status_label.setText("○ " + self.tr("Not confirmed"))
            self.status_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.meta_label.setText(self.meta_text())
        self.delete_button.setToolTip(self.tr("Delete this note (Ctrl+Z undoes it)"))
        self.setToolTip(self.tr("Double-click or press Enter to edit; right-click for more"))
