"""The one save cycle of a form: clear the old problems, write, and show a refusal inline.

``InvalidInput`` is shown beside each field it names (the banner sums it up), any other
``KamError`` in the banner. Nothing is saved then, what the rep typed stays, and a dialog stays
open: ``SaveDialog.accept`` (Save, OK, Ctrl+Enter) closes it only once it saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from kam_desktop.domain.errors import InvalidInput, KamError
from kam_desktop.gui.inline_problems import InlineProblems
from kam_desktop.gui.ui_loader import fill_with_form, find_child
from kam_desktop.services.book.handle import Book

T = TypeVar("T")


def try_save(problems: InlineProblems, write: Callable[[], T]) -> T | None:
    """``write()``'s result, or None after showing why it was refused on ``problems``."""
    problems.clear()
    try:
        return write()
    except InvalidInput as exc:
        problems.show(exc)
    except KamError as exc:
        problems.show_message(exc.message())
    return None


class SaveDialog(QDialog):
    """A form dialog that saves to ``book``. Subclasses set ``problems`` (``_load_form`` does)
    and implement ``_write``; what was saved is kept in ``_saved``."""

    problems: InlineProblems

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._saved: Any = None

    def _load_form(self, name: str, reveal: Callable[[QWidget], None] | None = None) -> QWidget:
        """Fill the dialog with ``ui/<name>.ui``. Its ``messageLabel`` and ``error_<field>``
        labels show refusals (``reveal`` as for ``InlineProblems``); its ``buttonBox`` Save
        saves: the default button (Enter in a line edit or combo), and Ctrl+Enter anywhere."""
        self.form = fill_with_form(self, name)
        self.message_label = find_child(self.form, QLabel, "messageLabel")
        self.problems = InlineProblems(self.form, self.message_label, reveal=reveal)
        self.button_box = find_child(self.form, QDialogButtonBox, "buttonBox")
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        return self.form

    def _write(self) -> Any:
        """Save what the form shows and return what was saved; a ``KamError`` refuses."""
        raise NotImplementedError

    def save(self) -> bool:
        """Validate and save; on a problem show it beside its field and save nothing."""
        saved = try_save(self.problems, self._write)
        if saved is None:
            return False
        self._saved = saved
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
