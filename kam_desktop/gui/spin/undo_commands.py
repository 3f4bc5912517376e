"""Undoable SPIN note operations: add (its undo deletes), edit, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kam_desktop.domain.spin.spin_fields import SpinNoteDraft
from kam_desktop.services.book.handle import Book
from kam_desktop.services.spin.spin import delete_note, restore_note, update_note

Changed = Callable[[str], None]
"""Called with the account id after every redo and undo, to refresh the views."""


class AddNoteCommand(QUndoCommand):
    """Records a note the dialog has already saved: undo deletes it, redo brings it back."""

    def __init__(
        self, book: Book, account_id: str, note_id: str, text: str, on_change: Changed
    ) -> None:
        super().__init__(text)
        self._book, self._account_id, self._note_id = book, account_id, note_id
        self._on_change = on_change
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo; the note exists already
            self._first = False
            return
        restore_note(self._book, self._note_id)
        self._on_change(self._account_id)

    def undo(self) -> None:
        delete_note(self._book, self._note_id)
        self._on_change(self._account_id)


class EditNoteCommand(QUndoCommand):
    """Records an edit the dialog has already saved: undo writes the old note back."""

    def __init__(
        self,
        book: Book,
        account_id: str,
        note_id: str,
        before: SpinNoteDraft,
        after: SpinNoteDraft,
        text: str,
        on_change: Changed,
    ) -> None:
        super().__init__(text)
        self._book, self._account_id, self._note_id = book, account_id, note_id
        self._before, self._after = before, after
        self._on_change = on_change
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        update_note(self._book, self._note_id, self._after)
        self._on_change(self._account_id)

    def undo(self) -> None:
        update_note(self._book, self._note_id, self._before)
        self._on_change(self._account_id)


class DeleteNoteCommand(QUndoCommand):
    """Moves a note to the bin; undo brings it back."""

    def __init__(
        self, book: Book, account_id: str, note_id: str, text: str, on_change: Changed
    ) -> None:
        super().__init__(text)
        self._book, self._account_id, self._note_id = book, account_id, note_id
        self._on_change = on_change

    def redo(self) -> None:
        delete_note(self._book, self._note_id)
        self._on_change(self._account_id)

    def undo(self) -> None:
        restore_note(self._book, self._note_id)
        self._on_change(self._account_id)
