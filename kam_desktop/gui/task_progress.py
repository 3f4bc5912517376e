"""How a ``BackgroundOp`` shows that it is working: a status-bar message or a progress dialog.

Both get the task's progress with the step name already translated (``worker.step_text``).
The dialog appears only when the work takes longer than ``SHOW_DIALOG_AFTER_MS``, so quick
work never flashes one up; its Cancel asks the work to stop and stays up until it has.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeGuard

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QProgressBar, QProgressDialog, QPushButton, QWidget

SHOW_DIALOG_AFTER_MS = 300
"""Quick work finishes without a progress dialog flashing up."""


class ProgressView(Protocol):
    """What a ``BackgroundOp`` calls while it runs, on the GUI thread."""

    def started(self, parent: QWidget | None, cancel: Callable[[], None]) -> None: ...
    def progressed(self, done: int, total: int, note: str) -> None: ...
    def finished(self) -> None: ...


class StatusMessage:
    """A message in the parent window's status bar while the work runs (with the step
    being done); nothing when the parent is not in a main window."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._shown = ""
        self._window: QMainWindow | None = None

    def started(self, parent: QWidget | None, cancel: Callable[[], None]) -> None:
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            self._window = window
            self._show(self._text)

    def progressed(self, done: int, total: int, note: str) -> None:
        self._show(f"{self._text} {note}" if note else self._text)

    def finished(self) -> None:
        if _alive(self._window) and self._window.statusBar().currentMessage() == self._shown:
            self._window.statusBar().clearMessage()  # but not a message shown since
        self._window = None

    def _show(self, text: str) -> None:
        if _alive(self._window):
            self._shown = text
            self._window.statusBar().showMessage(text)


class ProgressDialog:
    """A modal dialog with a bar, the step being done and Cancel, shown after a moment."""

    def __init__(self, title: str, label: str) -> None:
        self._title, self._label = title, label
        self._dialog: _ProgressDialog | None = None

    def started(self, parent: QWidget | None, cancel: Callable[[], None]) -> None:
        self._dialog = _ProgressDialog(parent, self._title, self._label, cancel)
        QTimer.singleShot(SHOW_DIALOG_AFTER_MS, self._show_if_running)

    def progressed(self, done: int, total: int, note: str) -> None:
        if _alive(self._dialog):
            self._dialog.show_progress(done, total, note)

    def finished(self) -> None:
        if _alive(self._dialog):
            self._dialog.hide()
            self._dialog.deleteLater()
        self._dialog = None

    def _show_if_running(self) -> None:
        if _alive(self._dialog):
            self._dialog.show()


def _alive(widget: QWidget | None) -> TypeGuard[QWidget]:
    """False for none, or for a widget deleted with its parent while the work ran."""
    return widget is not None and shiboken6.isValid(widget)


class _ProgressDialog(QProgressDialog):
    """Shows a task's progress; Cancel asks the task to stop and waits for it to."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, cancel: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self._label = label
        self._cancel = cancel
        self._cancelling = False
        self.setWindowTitle(title)
        self.setLabelText(label)
        self.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumWidth(420)
        # Our own bar: QProgressDialog.setValue would re-enter the event loop when modal.
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)
        self.setBar(self._bar)
        # Qt's own (translated) Cancel button, disabled while the task winds down.
        self._cancel_button = self.findChild(QPushButton)

        self.canceled.connect(self._on_cancel_requested)
        self.rejected.connect(self._on_cancel_requested)  # Escape

    def show_progress(self, done: int, total: int, note: str) -> None:
        if self._cancelling:
            return
        if total > 0:
            self._bar.setRange(0, total)
            self._bar.setValue(min(max(done, 0), total))
        else:
            self._bar.setRange(0, 0)
        self.setLabelText(f"{self._label}\n{note}" if note else self._label)

    @Slot()
    def _on_cancel_requested(self) -> None:
        if self._cancelling:
            return
        self._cancelling = True
        self._cancel()
        self._bar.setRange(0, 0)  # busy: how long the rollback takes is unknown
        self.setLabelText(QCoreApplication.translate("worker", "Cancelling…"))
        if self._cancel_button is not None:
            self._cancel_button.setEnabled(False)
        # QProgressDialog hides itself on cancel; stay up, modal, until the work has stopped.
        self.show()
