"""Long work off the GUI thread, with progress and cancel.

Services stay Qt-free and report to a ``Progress`` sink; ``start_task`` runs one in the
global thread pool and hands back a ``Task`` whose signals arrive on the GUI thread.
``run_with_progress`` wraps that in a modal progress dialog with Cancel for callers that
simply wait for the answer. Workers never touch widgets.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton, QWidget

from kam_desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)

T = TypeVar("T")

PROGRESS_INTERVAL_S = 0.05
"""At most this often a task reports progress (the first and the last report always go)."""

SHOW_DIALOG_AFTER_MS = 300
"""Quick work finishes without a progress dialog flashing up."""

_running: set[Task] = set()  # Python must not collect a task while its thread works


class Task(QObject):
    """One piece of work in the thread pool. Its public signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)  # done, total (0 = unknown), note
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised (``Cancelled`` after a cancel)

    # Emitted in the worker thread; queued to the thread this object lives in.
    _worker_progressed = Signal(int, int, str)
    _worker_succeeded = Signal(object)
    _worker_failed = Signal(object)

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._fn = fn
        self._cancel_requested = threading.Event()
        self._finished = False
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_progressed.connect(self._on_worker_progressed, queued)
        self._worker_succeeded.connect(self._on_worker_succeeded, queued)
        self._worker_failed.connect(self._on_worker_failed, queued)

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next ``progress.cancelled()`` check."""
        self._cancel_requested.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel_requested.is_set()

    def is_finished(self) -> bool:
        """True once ``succeeded`` or ``failed`` has been delivered."""
        return self._finished

    def _run_in_worker(self) -> None:
        try:
            result = self._fn(_TaskProgress(self))
        except BaseException as exc:  # every outcome must reach the GUI thread
            self._worker_failed.emit(exc)
        else:
            self._worker_succeeded.emit(result)

    @Slot(int, int, str)
    def _on_worker_progressed(self, done: int, total: int, note: str) -> None:
        if not self._finished:
            self.progressed.emit(done, total, note)

    @Slot(object)
    def _on_worker_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    @Slot(object)
    def _on_worker_failed(self, exc: object) -> None:
        self._finish()
        if not isinstance(exc, Cancelled):
            log.debug("background task failed", exc_info=exc)  # type: ignore[arg-type]
        self.failed.emit(exc)

    def _finish(self) -> None:
        self._finished = True
        _running.discard(self)


class _TaskProgress:
    """The ``Progress`` a task's function sees; called from the worker thread."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._last_sent: float | None = None
        self._last_note = ""

    def update(self, done: int, total: int, note: str = "") -> None:
        now = time.monotonic()
        due = (
            self._last_sent is None
            or (total > 0 and done >= total)
            or note != self._last_note
            or now - self._last_sent >= PROGRESS_INTERVAL_S
        )
        if due:  # throttled so a loop over 100k rows cannot flood the GUI's event queue
            self._last_sent, self._last_note = now, note
            self._task._worker_progressed.emit(done, total, note)

    def cancelled(self) -> bool:
        return self._task.is_cancel_requested()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run_in_worker()


def start_task(fn: Callable[[Progress], Any]) -> Task:
    """Run ``fn(progress)`` in the global thread pool. Connect to the returned task's
    signals right away: they are queued, so none is delivered before control returns to
    the event loop."""
    task = Task(fn)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def running_tasks() -> list[Task]:
    return list(_running)


def shutdown_tasks(timeout_ms: int = 10_000) -> bool:
    """Cancel every running task and wait for the pool (at exit); False on time-out."""
    for task in list(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_with_progress(
    parent: QWidget | None, title: str, label: str, fn: Callable[[Progress], T]
) -> T:
    """Run ``fn`` off the GUI thread behind a modal progress dialog with Cancel.

    Returns ``fn``'s result or raises its exception (``Cancelled`` when the rep cancelled
    and ``fn`` stopped). The GUI stays responsive (it repaints) while waiting.
    """
    task = start_task(fn)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def on_succeeded(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def on_failed(exc: object) -> None:
        outcome["error"] = exc
        loop.quit()

    task.succeeded.connect(on_succeeded)
    task.failed.connect(on_failed)

    dialog = _ProgressDialog(parent, title, label, task)
    # Phase 1: wait briefly without a dialog; clicks meanwhile are held back, not lost.
    grace = QTimer()
    grace.setSingleShot(True)
    grace.timeout.connect(loop.quit)
    grace.start(SHOW_DIALOG_AFTER_MS)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    grace.stop()
    if not task.is_finished():
        dialog.show()
        loop.exec()
    dialog.hide()
    dialog.deleteLater()

    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class _ProgressDialog(QProgressDialog):
    """Shows a task's progress; Cancel asks the task to stop and waits for it to."""

    def __init__(self, parent: QWidget | None, title: str, label: str, task: Task) -> None:
        super().__init__(parent)
        self._label = label
        self._task = task
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

        task.progressed.connect(self._on_task_progressed)
        self.canceled.connect(self._on_cancel_requested)
        self.rejected.connect(self._on_cancel_requested)  # Escape

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, note: str) -> None:
        if self._task.is_cancel_requested():
            return
        if total > 0:
            self._bar.setRange(0, total)
            self._bar.setValue(min(max(done, 0), total))
        else:
            self._bar.setRange(0, 0)
        self.setLabelText(f"{self._label}\n{note}" if note else self._label)

    @Slot()
    def _on_cancel_requested(self) -> None:
        if self._task.is_finished():
            return
        self._task.cancel()
        self._bar.setRange(0, 0)  # busy: how long the rollback takes is unknown
        self.setLabelText(QCoreApplication.translate("worker", "Cancelling…"))
        if self._cancel_button is not None:
            self._cancel_button.setEnabled(False)
        # QProgressDialog hides itself on cancel; stay up, modal, until the work has stopped.
        self.show()
