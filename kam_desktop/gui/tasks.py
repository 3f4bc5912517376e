"""One way to run work off the GUI thread: ``BackgroundOp`` (after Anki's ``QueryOp``).

The caller says what to run (a function of a ``Progress``, called in the thread pool, touching
no widget) and what to do with its result on the GUI thread. The rest is decided here, once:

- **Failure**: a ``KamError`` shows its own message; anything else is logged with its traceback
  and the rep gets an apology (``error_dialogs.show_error``). A caller that must take a failure
  differently passes ``on_failure``.
- **Cancel**: an op stopped by its owner (superseded by a newer op of the same ``kind``, its
  parent widget deleted, the book closing) ends quietly, and what it returns is never applied.
  Only when the rep pressed Cancel is "Cancelled. Nothing was changed." shown.
- **Progress**: nothing (quick reads), a status-bar message (``with_status``) or a modal dialog
  with Cancel that appears after a moment (``with_dialog``); step names are translated.

    BackgroundOp(self, kind=(AGENDA, self), on_success=self._show_agenda).run(
        lambda progress: list_visits(book, query)
    )

A ``kind`` is any hashable: a string for one op at a time in the whole app (the map-gap
recompute), ``(name, widget)`` for one per widget (each Visits page lists its own agenda).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from typing import Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.task_progress import (
    SHOW_DIALOG_AFTER_MS,
    ProgressDialog,
    ProgressView,
    StatusMessage,
)
from kam_desktop.gui.worker import Task, shutdown_tasks, start_task
from kam_desktop.services.progress import Progress

log = logging.getLogger(__name__)

T = TypeVar("T")

_live: set[BackgroundOp] = set()  # kept alive until the outcome is delivered
_by_kind: dict[Hashable, BackgroundOp] = {}  # the newest op of each kind still running


class BackgroundOp(Generic[T]):
    """One run of a function in the thread pool; outcome and progress on the GUI thread."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        kind: Hashable | None = None,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[BaseException], object] | None = None,
    ) -> None:
        self._parent = parent
        self._kind = kind
        self._on_success = on_success
        self._on_failure = on_failure
        self._views: list[ProgressView] = []
        self._task: Task | None = None
        self._rep_cancelled = False
        self._succeeded = False
        self._waiting: QEventLoop | None = None

    def with_status(self, text: str) -> Self:
        """Show ``text`` (and the step being done) in the window's status bar meanwhile."""
        self._views.append(StatusMessage(text))
        return self

    def with_dialog(self, title: str, label: str) -> Self:
        """Show a modal progress dialog with Cancel if the work takes more than a moment."""
        self._views.append(ProgressDialog(title, label))
        return self

    def run(self, fn: Callable[[Progress], T]) -> Self:
        """Start ``fn(progress)``; a running op of the same kind is cancelled quietly."""
        if self._task is not None:
            raise RuntimeError("a BackgroundOp runs once")
        if self._kind is not None:
            previous = _by_kind.get(self._kind)
            if previous is not None:
                previous.cancel()
            _by_kind[self._kind] = self
        self._task = task = start_task(fn)
        _live.add(self)
        task.progressed.connect(self._on_progressed)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        for view in self._views:
            view.started(self._parent, self._on_cancel_pressed)
        return self

    def run_and_wait(self, fn: Callable[[Progress], T]) -> bool:
        """Run ``fn`` and return once it is over, the GUI repainting meanwhile: for callers
        that cannot go on without the outcome (the first run's demo book). True when it
        succeeded (``on_success`` has run); a failure has been handled as always."""
        self.run(fn)
        self._waiting = QEventLoop()
        # Until the dialog is up, clicks are held back (not lost): none may start other work.
        grace = QTimer()
        grace.setSingleShot(True)
        grace.timeout.connect(self._waiting.quit)
        grace.start(SHOW_DIALOG_AFTER_MS)
        self._waiting.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        grace.stop()
        if self.is_running():
            self._waiting.exec()
        self._waiting = None
        return self._succeeded

    def cancel(self) -> None:
        """Stop quietly: the work stops at its next check and its outcome is dropped."""
        if self._task is not None:
            self._task.cancel()

    def is_running(self) -> bool:
        """True until the outcome has been delivered (or dropped)."""
        return self in _live

    # --- outcome, on the GUI thread ------------------------------------------------------------

    def _on_cancel_pressed(self) -> None:
        self._rep_cancelled = True
        self.cancel()

    def _dropped(self) -> bool:
        """Stopped by its owner rather than by the rep, or the widget it reports to is gone."""
        assert self._task is not None
        if self._parent is not None and not shiboken6.isValid(self._parent):
            return True
        return self._task.is_cancel_requested() and not self._rep_cancelled

    def _on_progressed(self, done: int, total: int, note: str) -> None:
        if not self._dropped():
            for view in self._views:
                view.progressed(done, total, note)

    def _on_succeeded(self, result: T) -> None:
        self._end_views()
        try:
            if self._dropped():
                log.debug("dropped the result of a cancelled task (kind %r)", self._kind)
                return
            self._succeeded = True
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self._forget()

    def _on_failed(self, exc: BaseException) -> None:
        self._end_views()
        try:
            if self._dropped():
                log.debug("dropped the failure of a cancelled task (kind %r)", self._kind)
            elif self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_error(self._parent, exc)
        finally:
            self._forget()

    def _end_views(self) -> None:
        for view in self._views:
            view.finished()

    def _forget(self) -> None:
        _live.discard(self)
        if self._kind is not None and _by_kind.get(self._kind) is self:
            del _by_kind[self._kind]
        if self._waiting is not None:
            self._waiting.quit()


def busy(kind: Hashable | None = None) -> bool:
    """True while an op of ``kind`` (of any kind: ``None``) is running."""
    return kind in _by_kind if kind is not None else bool(_live)


def cancel_all(timeout_ms: int = 10_000) -> bool:
    """Stop every op quietly and wait for their threads (before a book closes, at exit);
    False on time-out. Their outcomes, still queued, are dropped when they arrive."""
    return shutdown_tasks(timeout_ms)


def wait_until_idle(timeout_ms: int = 10_000) -> bool:
    """Let every running op deliver its outcome (screenshots, tests); False on time-out."""
    deadline = time.monotonic() + timeout_ms / 1000
    while _live:
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.002)
    return True
