"""The thread-pool plumbing under ``gui.tasks.BackgroundOp``: a ``Task`` and its progress.

Services stay Qt-free and report to a ``Progress`` sink; ``start_task`` runs one in the
global thread pool and hands back a ``Task`` whose signals arrive on the GUI thread, step
names already translated. Views do not call this directly: ``BackgroundOp`` adds failure
handling, superseding and progress display. Workers never touch widgets.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from kam_desktop.domain.errors import Text
from kam_desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05
"""At most this often a task reports progress (the first and the last report always go)."""

_running: set[Task] = set()  # Python must not collect a task while its thread works


class Task(QObject):
    """One piece of work in the thread pool. Its public signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)  # done, total (0 = unknown), step name (translated)
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised (``Cancelled`` after a cancel)

    # Emitted in the worker thread; queued to the thread this object lives in.
    _worker_progressed = Signal(int, int, object)  # the note as a ``Text`` (or None)
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

    @Slot(int, int, object)
    def _on_worker_progressed(self, done: int, total: int, note: object) -> None:
        if not self._finished:
            self.progressed.emit(done, total, step_text(note))

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
        self._last_note: Text | None = None

    def update(self, done: int, total: int, note: Text | None = None) -> None:
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


def step_text(note: object) -> str:
    """A progress note in the current language ("" for none)."""
    if isinstance(note, Text):
        return QCoreApplication.translate(note.context, note.source)
    return str(note or "")


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
