"""SPIN: an account's board of notes by stage, the note form and the question bank."""

from kam_desktop.gui.spin.note_dialog import NoteDialog
from kam_desktop.gui.spin.question_bank_dialog import QuestionBankDialog
from kam_desktop.gui.spin.spin_board_tab import SpinBoardTab

__all__ = ["NoteDialog", "QuestionBankDialog", "SpinBoardTab"]
