"""The small progress sink long-running services report to (Qt-free).

A service reports ``update(done, total, note)``. The note is a ``Text`` (context and English
source), never a translated string: the service runs without knowing the language, and whoever
shows the note translates it (the GUI with ``QCoreApplication.translate``, the CLI with the
translator it installed). A service's named steps are a ``Steps``; when one step runs another
long service, ``Steps.within(i)`` hands that call a ``SubProgress`` mapping its own 0..n into
step ``i``, so the caller's bar only ever moves forward.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from kam_desktop.domain.errors import KamError, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

STEP_CONTEXT = "progress"
"""The translation context of every step name."""


class Progress(Protocol):
    def update(self, done: int, total: int, note: Text | None = None) -> None: ...
    def cancelled(self) -> bool: ...


class NoProgress:
    """For callers that do not watch (CLI, tests)."""

    def update(self, done: int, total: int, note: Text | None = None) -> None:
        return None

    def cancelled(self) -> bool:
        return False


class Cancelled(KamError):
    template = QT_TRANSLATE_NOOP("errors", "Cancelled. Nothing was changed.")


def check_cancelled(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled()


def step_names(*sources: str) -> tuple[Text, ...]:
    """Step names for ``Steps``; each source is marked ``QT_TRANSLATE_NOOP("progress", ...)``."""
    return tuple(Text(STEP_CONTEXT, source) for source in sources)


class SubProgress:
    """Steps ``start``..``end`` of a parent's ``total``, for a nested call's own steps.

    The nested call reports ``done`` of its own ``total``; the parent sees the same fraction of
    its range, in units ``SCALE`` times finer so the integer protocol keeps the detail, and never
    less than it already saw. A nested report without a note shows the parent step's name, except
    at the very end, which has none (as ``Steps.finish``).
    """

    SCALE = 1000

    def __init__(
        self, parent: Progress, start: int, end: int, total: int, note: Text | None = None
    ) -> None:
        self._parent = parent
        self._start, self._end, self._total = start, end, total
        self._note = note
        self._reached = start * self.SCALE

    def update(self, done: int, total: int, note: Text | None = None) -> None:
        fraction = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
        value = round((self._start + fraction * (self._end - self._start)) * self.SCALE)
        self._reached = max(self._reached, value)
        whole = self._total * self.SCALE
        if note is None and self._reached < whole:
            note = self._note  # between the nested call's steps: the step it is part of
        self._parent.update(self._reached, whole, note)

    def cancelled(self) -> bool:
        return self._parent.cancelled()


class Steps:
    """A service's named steps, reported to one ``Progress`` (or to nobody)."""

    def __init__(self, progress: Progress | None, names: Sequence[Text]) -> None:
        self.progress: Progress = progress or NoProgress()
        self._names = names

    def start(self, index: int) -> None:
        """Stop here if cancelled, else report that step ``index`` begins."""
        check_cancelled(self.progress)
        self.progress.update(index, len(self._names), self._names[index])

    def within(self, index: int) -> Progress:
        """Start step ``index`` and return the ``Progress`` for the call that does it."""
        self.start(index)
        return SubProgress(self.progress, index, index + 1, len(self._names), self._names[index])

    def finish(self) -> None:
        """Report every step done (no cancel check: call ``check_cancelled`` first if the work
        can still be rolled back)."""
        self.progress.update(len(self._names), len(self._names))
