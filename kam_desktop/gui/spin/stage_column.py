"""One column of the SPIN board: a stage's title and purpose, "Add note…", and its cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import SpinStage
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.spin.note_card import NoteCard
from kam_desktop.services.spin.spin import SpinNoteRow

# Okabe-Ito hues, darkened to read on white; the stage letter carries the meaning too.
STAGE_COLOURS = {
    SpinStage.SITUATION: "#0a6fa8",
    SpinStage.PROBLEM: "#b36b00",
    SpinStage.IMPLICATION: "#a8326e",
    SpinStage.NEED_PAYOFF: "#00734d",
}
COLUMN_MIN_WIDTH = 190


class StageColumn(QFrame):
    """Cards of one stage, newest first; ``add_requested(stage)`` from its button."""

    add_requested = Signal(object)
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, stage: SpinStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[NoteCard] = []
        colour = STAGE_COLOURS[stage]
        self.setObjectName(f"column_{stage.value}")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setStyleSheet(
            f"#column_{stage.value} {{ background: #f4f6f8; border-radius: 6px;"
            f" border-top: 4px solid {colour}; }}"
        )
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 11pt;")
        self.title_label.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #57606a;")
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #57606a;")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName(f"addNote_{stage.value}")

        self.cards_box = QWidget()
        self.cards_box.setObjectName("cards")
        self.cards_box.setStyleSheet("#cards { background: transparent; }")
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(8)
        self.empty_label = QLabel(self.cards_box)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #8a9099; padding: 16px 4px;")
        self.cards_layout.addWidget(self.empty_label)
        self.cards_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.cards_box)
        self.scroll.viewport().setStyleSheet("background: transparent;")
        self.scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.add_button)
        layout.addWidget(self.scroll, 1)

        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.stage))
        translate_ui(self)

    def set_notes(self, notes: list[SpinNoteRow]) -> None:
        """Replace the cards (notes of this stage, newest first)."""
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for position, note in enumerate(notes):
            card = NoteCard(note, STAGE_COLOURS[self.stage], self.cards_box)
            card.edit_requested.connect(self.edit_requested)
            card.delete_requested.connect(self.delete_requested)
            self.cards_layout.insertWidget(position, card)
            self.cards.append(card)
        self.empty_label.setVisible(not notes)
        self._update_title()

    def card(self, note_id: str) -> NoteCard | None:
        return next((c for c in self.cards if c.note.id == note_id), None)

    # --- texts ---------------------------------------------------------------------------------

    def _update_title(self) -> None:
        self.title_label.setText(f"{self.stage.value} · {self.stage.label()}")
        confirmed = sum(c.note.confirmed for c in self.cards)
        counts = self.tr("%n note(s)", "", len(self.cards))
        if confirmed:
            counts += " · " + self.tr("%n confirmed", "", confirmed)
        self.count_label.setText(counts)

    def retranslate(self) -> None:
        hints = {
            SpinStage.SITUATION: self.tr("Facts about the customer's current situation"),
            SpinStage.PROBLEM: self.tr("Difficulties and dissatisfactions"),
            SpinStage.IMPLICATION: self.tr("What the problems cost: grow the urgency"),
            SpinStage.NEED_PAYOFF: self.tr("The value of solving it, said by the customer"),
        }
        self.hint_label.setText(hints[self.stage])
        self.add_button.setText(self.tr("Add note…"))
        self.add_button.setToolTip(
            self.tr("Add a %1 question and the customer's answer").replace("%1", self.stage.label())
        )
        self.empty_label.setText(self.tr("No notes yet"))
        self._update_title()
