"""Undoable changes made on the contact map."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kam_desktop.domain.errors import KamError
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contacts import set_reports_to


class ReparentContactCommand(QUndoCommand):
    """Puts a contact under another manager.

    The move is made with ``apply`` *before* the command goes on the undo stack, so that a
    refused move (a cycle) raises to the caller and never becomes an undo step; the stack's
    first ``redo`` then only reports the change.
    """

    def __init__(
        self,
        book: Book,
        contact_id: str,
        manager_id: str | None,
        text: str,
        on_change: Callable[[], None],
        on_error: Callable[[KamError], None],
    ) -> None:
        super().__init__(text)
        self._book = book
        self._contact_id = contact_id
        self._manager_id = manager_id
        self._previous_id: str | None = None
        self._on_change = on_change
        self._on_error = on_error
        self._applied = False

    def apply(self) -> None:
        """Make the move now; raises the service's error (and changes nothing) if refused."""
        self._previous_id = set_reports_to(self._book, self._contact_id, self._manager_id)
        self._applied = True

    def redo(self) -> None:
        if not self._applied:
            self._set(self._manager_id)
        self._applied = False
        self._on_change()

    def undo(self) -> None:
        self._set(self._previous_id)
        self._on_change()

    def _set(self, manager_id: str | None) -> None:
        try:
            set_reports_to(self._book, self._contact_id, manager_id)
        except KamError as exc:
            # The chart changed in the meantime (e.g. the manager was deleted): drop the step.
            self.setObsolete(True)
            self._on_error(exc)
