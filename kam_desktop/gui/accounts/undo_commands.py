"""Undoable account operations (soft delete can always be reverted by restore)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kam_desktop.services.accounts.accounts import delete_account, restore_account
from kam_desktop.services.book.handle import Book


class DeleteAccountCommand(QUndoCommand):
    """Moves an account to the bin; undo brings it back with everything attached."""

    def __init__(
        self, book: Book, account_id: str, text: str, on_change: Callable[[str], None]
    ) -> None:
        super().__init__(text)
        self._book = book
        self._account_id = account_id
        self._on_change = on_change

    def redo(self) -> None:
        delete_account(self._book, self._account_id)
        self._on_change(self._account_id)

    def undo(self) -> None:
        restore_account(self._book, self._account_id)
        self._on_change(self._account_id)
