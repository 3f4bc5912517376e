"""Undoable contact operations: deleting (and adding, whose undo is a delete)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contacts import DeletedContact, delete_contact, restore_contact

Changed = Callable[[str, str], None]
"""Called with (account id, contact id) after every redo and undo, to refresh the views."""


class DeleteContactCommand(QUndoCommand):
    """Moves a contact to the bin (its reports move up to its manager); undo puts all back."""

    def __init__(
        self, book: Book, account_id: str, contact_id: str, text: str, on_change: Changed
    ) -> None:
        super().__init__(text)
        self._book = book
        self._account_id = account_id
        self._contact_id = contact_id
        self._on_change = on_change
        self._deleted: DeletedContact | None = None

    def redo(self) -> None:
        self._deleted = delete_contact(self._book, self._contact_id)
        self._on_change(self._account_id, self._contact_id)

    def undo(self) -> None:
        if self._deleted is not None:
            restore_contact(self._book, self._deleted)
            self._deleted = None
        self._on_change(self._account_id, self._contact_id)


class AddContactCommand(QUndoCommand):
    """Records a contact the dialog has already saved: undo deletes it, redo brings it back."""

    def __init__(
        self, book: Book, account_id: str, contact_id: str, text: str, on_change: Changed
    ) -> None:
        super().__init__(text)
        self._book = book
        self._account_id = account_id
        self._contact_id = contact_id
        self._on_change = on_change
        self._deleted: DeletedContact | None = None
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo; the contact exists already
            self._first = False
            return
        if self._deleted is not None:
            restore_contact(self._book, self._deleted)
            self._deleted = None
        self._on_change(self._account_id, self._contact_id)

    def undo(self) -> None:
        self._deleted = delete_contact(self._book, self._contact_id)
        self._on_change(self._account_id, self._contact_id)
