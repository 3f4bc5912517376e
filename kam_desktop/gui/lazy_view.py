"""A view that reads the book only while the rep can see it.

Account tabs behind another tab, and pages behind another page, would otherwise re-read the
book for every account the rep passes on the list. ``_load_when_visible()`` reads at once while
the view is visible; hidden, it only marks the view stale, and the next ``showEvent`` reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyView(QWidget):
    """Subclasses implement ``_load()``; ``stale=True`` makes the first showing read too."""

    #: Read at once even while hidden: for a view whose layout depends on what it shows
    #: before it is first laid out.
    read_when_hidden: ClassVar[bool] = False

    def __init__(self, parent: QWidget | None = None, *, stale: bool = False) -> None:
        super().__init__(parent)
        self._stale = stale

    @property
    def is_stale(self) -> bool:
        """Whether what is shown waits to be read again (the view was hidden meanwhile)."""
        return self._stale

    def _load_when_visible(self, load: Callable[[], None] | None = None) -> None:
        """Run ``load`` (by default ``_load``) now if visible, else ``_load`` when shown."""
        if self.isVisible() or self.read_when_hidden:
            self._stale = False
            (load or self._load)()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._load()

    def _load(self) -> None:
        """Read what the view shows from the book and show it."""
        raise NotImplementedError
