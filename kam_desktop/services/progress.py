"""The small progress sink long-running services report to (Qt-free)."""

from __future__ import annotations

from typing import Protocol

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP


class Progress(Protocol):
    def update(self, done: int, total: int, note: str = "") -> None: ...
    def cancelled(self) -> bool: ...


class NoProgress:
    """For callers that do not watch (CLI, tests)."""

    def update(self, done: int, total: int, note: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


class Cancelled(KamError):
    template = QT_TRANSLATE_NOOP("errors", "Cancelled. Nothing was changed.")


def check_cancelled(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled()
