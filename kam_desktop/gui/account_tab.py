"""The base of the tabs of an account's detail (contacts, map, visits, SPIN; value next).

The detail panel tells each tab the book (``set_book``) and the account (``show_account``). A
tab reads the account only while the rep can see it (``LazyView``), shows nothing for an account
deleted meanwhile, opens one window-modal dialog at a time, and emits ``account_changed(id)``
after any change made in it (undo and redo included) so the other tabs and the list follow.

A new tab provides only its content:

- ``_read(book, account_id)``: what to show, read through the services;
- ``_show(data, select_id)``: put it on screen (``data`` is None when there is no account);
- ``_dialog_accepted(dialog)``, for tabs that open dialogs: what a saved dialog changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from kam_desktop.domain.errors import KamError, NotFound
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.lazy_view import LazyView
from kam_desktop.services.book.handle import Book

log = logging.getLogger(__name__)

D = TypeVar("D", bound=QDialog)


class AccountTab(LazyView):
    """One tab of the account detail; ``undo_stack`` keeps the changes made in it, ``name``
    is its object name, ``today`` fixes the rep's date (tests; None: the clock's)."""

    account_changed = Signal(str)

    def __init__(
        self,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        name: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._undo = undo_stack
        self._today = today
        self._book: Book | None = None
        self._account_id: str | None = None
        self.dialog: QDialog | None = None  # the dialog currently open, if any

    # --- the protocol the detail panel drives ------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        self._book = book
        self._account_id = None
        self.reload()

    def show_account(self, account_id: str | None) -> None:
        """Show ``account_id`` (None: no account); the same account again is read afresh."""
        self._account_id = account_id
        self.reload()

    @property
    def account_id(self) -> str | None:
        return self._account_id

    def reload(self, select_id: str | None = None) -> None:
        """Read the account again now if the tab is visible, else when it is shown.
        ``select_id`` names the item (contact, visit...) to choose afterwards."""
        self._load_when_visible(partial(self._load, select_id))

    # --- what a tab provides -----------------------------------------------------------------

    def _read(self, book: Book, account_id: str) -> Any:
        """What the tab shows of the account, read from the book."""
        raise NotImplementedError

    def _show(self, data: Any, select_id: str | None) -> None:
        """Show ``data`` from ``_read`` (None: no account, or it is gone: the empty state)."""
        raise NotImplementedError

    def _account_gone(self) -> None:
        """The account was deleted meanwhile (an undo, another page); by default the tab
        shows it as empty."""

    def _dialog_accepted(self, dialog: Any) -> None:
        """A dialog opened with ``_open_dialog`` saved; show what it changed."""

    # --- reading -----------------------------------------------------------------------------

    def _load(self, select_id: str | None = None) -> None:
        data = None
        if self._book is not None and self._account_id is not None:
            try:
                data = self._read(self._book, self._account_id)
            except NotFound:
                log.info(
                    "account %s is gone; %s shows nothing", self._account_id, type(self).__name__
                )
                self._account_gone()
        self._show(data, select_id)

    # --- changes -----------------------------------------------------------------------------

    def _after_change(self, account_id: str, item_id: str | None = None) -> None:
        """A change made here (or its undo or redo): show it if it is this account's, and
        tell the others."""
        if account_id == self._account_id:
            self.reload(select_id=item_id)
        self.account_changed.emit(account_id)

    def _push(self, command: QUndoCommand) -> bool:
        """Do ``command`` and keep it for undo; a refusal is shown and the tab read again."""
        try:
            self._undo.push(command)  # redo() changes the book and refreshes the views
        except KamError as exc:
            show_error(self, exc)
            self.reload()
            return False
        return True

    def _open_dialog(self, make: Callable[[Book, str], D]) -> D | None:
        """Open the dialog ``make(book, account_id)`` builds, window-modal; None while another
        is open or no account is shown. ``_dialog_accepted`` hears when it saved."""
        if self._book is None or self._account_id is None or self.dialog is not None:
            return None
        try:
            dialog = make(self._book, self._account_id)
        except KamError as exc:  # deleted elsewhere since the tab was read
            show_error(self, exc)
            self.reload()
            return None
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and self._book is not None:
            self._dialog_accepted(dialog)
